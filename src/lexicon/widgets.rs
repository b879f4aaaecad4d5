//! Headings of a blog's or a small site's sidebar widgets that list no
//! stories ("Recent Comments", "Archives", "Categories", "Blogroll",
//! "Upcoming Events"), and the theme's credit in a blog's footer ("Powered
//! by WordPress"), lower-case, in the languages of the blog platforms' own
//! translations: under a list of other stories, such a heading ends the
//! list.

use super::key::with_key;

/// Sidebar widget headings (lower-case lookup keys).
#[rustfmt::skip]
static WIDGET_HEADINGS: &[&str] = &[
    // English
    "recent comments", "latest comments", "archives", "archive", "categories", "meta",
    "blogroll", "calendar", "quick links", "useful links", "upcoming events", "tag cloud",
    // German, French, Spanish, Italian, Portuguese, Dutch, Polish, Swedish
    "neueste kommentare", "letzte kommentare", "archiv", "kategorien",
    "commentaires récents", "catégories",
    "comentarios recientes", "archivos", "categorías",
    "commenti recenti", "archivi", "categorie",
    "comentários recentes", "arquivo", "arquivos", "categorias",
    "recente reacties", "archief", "categorieën",
    "najnowsze komentarze", "archiwum", "kategorie",
    "senaste kommentarer", "arkiv", "kategorier",
];

/// A blog's list of its latest posts, under the platforms' own headings
/// (lower-case lookup keys).
#[rustfmt::skip]
static RECENT_POSTS: &[&str] = &[
    "recent posts", "recent entries", "latest posts", "neueste beiträge", "articles récents",
    "entradas recientes", "articoli recenti", "artigos recentes", "posts recentes",
    "recente berichten", "najnowsze wpisy", "senaste inläggen",
];

/// True for the heading of a blog's list of its latest posts
/// ([`RECENT_POSTS`]: "Recent Posts", "Neueste Beiträge").
pub(crate) fn is_recent_posts_heading(line: &str) -> bool {
    line.len() <= 40 && with_key(line, |k| RECENT_POSTS.contains(&k))
}

/// True for a sidebar widget's heading ([`WIDGET_HEADINGS`]), looked up by
/// the line's key (case, spaces and end decorations aside).
pub(crate) fn is_widget_heading(line: &str) -> bool {
    // (Headings are short: three words at most.)
    line.len() <= 40
        && line.split_whitespace().nth(3).is_none()
        && with_key(line, |k| WIDGET_HEADINGS.contains(&k))
}

/// True for a blog theme's credit line ("Powered by WordPress | Theme:
/// Hemingway"): "powered by" and a platform or theme word.
pub(crate) fn is_theme_credit(line: &str) -> bool {
    line.len() <= 120
        && crate::table::with_lower_in::<120, _>(line, |l| {
            l.contains("powered by ")
                && ["wordpress", "blogger", "theme", "drupal", "joomla"]
                    .iter()
                    .any(|w| l.contains(w))
        })
}

#[cfg(test)]
mod tests {
    use super::{is_recent_posts_heading, is_theme_credit, is_widget_heading};

    #[test]
    fn recent_posts_headings() {
        assert!(is_recent_posts_heading("Neueste Beiträge"));
        assert!(is_recent_posts_heading("ARTICLES RÉCENTS"));
        assert!(!is_recent_posts_heading("Recent Comments"));
    }

    #[test]
    fn theme_credits() {
        assert!(is_theme_credit("Powered by WordPress | Theme: Hemingway"));
        assert!(is_theme_credit("Proudly powered by WordPress"));
        assert!(!is_theme_credit("Powered by the sun: a village goes solar"));
    }

    #[test]
    fn widget_headings() {
        for t in [
            "Recent Comments",
            "ARCHIVES",
            "Kategorien:",
            "Commenti recenti",
        ] {
            assert!(is_widget_heading(t), "{t}");
        }
        for t in ["Recent Posts", "Archives of the city council", "Related"] {
            assert!(!is_widget_heading(t), "{t}");
        }
    }
}

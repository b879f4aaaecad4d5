//! Static word tables: boilerplate lines, labels and markers, per language.
//!
//! Lexicons are data; the classifier decides what to do with a match. Every
//! entry is lower-case; lines are looked up after [`key`](key::key).
//!
//! The lookup of a whole line ([`boiler`]) reads the phrase table
//! (`phrases_promo`, `phrases_furniture`, `phrases_world`), then the line's shape: share rows
//! and buttons (`share`), menus, arrow links and gallery counters (`shapes`),
//! related headings (`prefixes`), runs of phrases and timed player buttons
//! (`runs`). The other lists: line openings (`prefixes`), kinds of piece
//! printed as a kicker (`genres`), prompts to follow
//! the outlet (`follow`), markers found
//! inside a line (`markers`), comment threads (`comments`, and the
//! commenters' dated headers: `dated_header`), sidebar widget headings
//! (`widgets`) and function words (`words`).

mod comment_markers;
mod comments;
mod contacts;
mod dated_header;
mod follow;
mod genres;
mod key;
mod markers;
mod markup;
mod menu_row;
mod phrases_furniture;
mod phrases_promo;
mod phrases_world;
mod prefixes;
mod related_prefixes;
mod reply;
mod runs;
mod shapes;
mod share;
mod widgets;
mod words;

pub use comment_markers::COMMENT_MARKERS;
pub(crate) use comment_markers::has_comment_marker;
pub use comments::{
    COUNTER_WORDS, is_comment_signature, is_comment_word, is_commenter_line, is_count_line,
    opens_with_comment_count, strip_trailing_count,
};
pub use contacts::{CONTACT_LABELS, is_contact_label};
pub use dated_header::is_dated_header;
// Public items only their own module reads, kept at their paths.
#[allow(unused_imports)]
pub use comments::COMMENTER_VERBS;
#[cfg(test)]
#[allow(unused_imports)]
pub use follow::is_follow_prompt;
pub(crate) use follow::{SOCIAL_NETWORKS, is_follow_prompt_lower, is_follow_word};
pub use genres::is_piece_kind;
#[cfg(test)]
#[allow(unused_imports)]
pub use markers::is_cookie_notice;
pub use markers::{COOKIE_MARKERS, FOOTER_MARKERS, NEWSLETTER_MARKERS, RIGHTS_RESERVED};
pub(crate) use markers::{
    has_any_marker, has_footer_marker, has_newsletter_marker, has_rights_notice,
    is_cookie_notice_lower,
};
pub use markup::is_markup_line;
pub use menu_row::is_word_menu_row;
use menu_row::opens_with_home_word;
pub(crate) use prefixes::UI_PREFIXES;
pub use prefixes::{SECTION_PREFIXES, TAG_PREFIXES, is_server_error, is_ui_line};
pub use related_prefixes::RELATED_PREFIXES;
#[cfg(test)]
pub(crate) use related_prefixes::opens_with_related_prefix;
pub(crate) use related_prefixes::{opens_related_link, unlabelled_related};
#[allow(unused_imports)]
pub use reply::REPLY_BUTTONS;
pub use reply::is_reply_button;
pub use shapes::{is_arrow_link, is_arrow_pair, is_not_section_word, is_record_header};
pub use share::is_share_row;
pub(crate) use widgets::{is_recent_posts_heading, is_theme_credit, is_widget_heading};
#[allow(unused_imports)]
pub use words::{DAY_FIRST_LANGUAGE_WORDS, STOPWORDS};
pub(crate) use words::{
    day_order_vote, day_order_words, is_stopword_packed, may_be_stopword_ascii, stopword_longest,
};
pub use words::{is_stopword, opens_with_lower_function_word};

use std::sync::OnceLock;

use crate::table::StrMap;
use key::with_key;
use prefixes::{is_more_heading, is_related_heading};
use runs::{phrase_run, strip_duration};
use shapes::{is_footer_row, is_gallery_counter, is_pipe_menu, is_slide_title};
use share::is_share_button;

/// What a whole-line boilerplate phrase is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Boiler {
    /// "Advertisement", "Anzeige", "Publicidad".
    Advertisement,
    /// Share buttons and share-row headings.
    Share,
    /// "Short Url", "Copy link".
    ShortUrl,
    /// Heading of a related-stories list ("Read more", "Related Stories").
    RelatedHeader,
    /// "Prev Post", "Next Post", "Previous article".
    PrevNext,
    /// "Next story": the next story of an infinite-scroll page follows.
    NextStory,
    /// Comments and comment forms ("Leave a Reply", "Post Comment").
    Comments,
    /// Site navigation ("Skip to main content", "Menu", "Home").
    Navigation,
    /// Newsletter / subscription / paywall prompts and form parts.
    Newsletter,
    /// A label with no content ("Avatar", "Loading...", "Show More").
    Label,
    /// Heading of a key-points list ("Summary", "Key points").
    KeyPointsHeader,
    /// Heading of a tag list ("Suggested Topics", "Tags").
    TagsHeader,
    /// Heading of an author box ("About the author").
    AuthorBoxHeader,
    /// Page footer ("All rights reserved", "Corrections and clarifications").
    Footer,
}

/// The phrase table's rows, in lookup order (the first class a phrase is
/// given wins): [`phrases_promo`]'s, then [`phrases_furniture`]'s, then
/// [`phrases_world`]'s.
fn phrases() -> impl Iterator<Item = &'static (Boiler, &'static [&'static str])> {
    phrases_promo::PHRASES
        .iter()
        .chain(phrases_furniture::PHRASES)
        .chain(phrases_world::PHRASES)
}

/// True for a line that is a gallery's counter, bare or named ("3 of 6",
/// "2/8", "Image 1 of 12").
pub(crate) fn is_gallery_counter_line(line: &str) -> bool {
    // (A counter opens with its number, or with a word in a short line:
    // most lines are told without a key.)
    let first = line.trim_start().bytes().next().unwrap_or(b' ');
    let may =
        first.is_ascii_digit() || first == b'[' || first.is_ascii_alphabetic() && line.len() <= 24;
    line.len() <= 40
        && may
        && line.bytes().any(|b| b.is_ascii_digit())
        && with_key(line, is_gallery_counter)
}

/// True for a photo gallery's slide label: its counter and headline ("2/50
/// Star Wars boosts economy") or a counter that names the picture ("Image
/// 1 of 12", "Foto 2 von 9"). The text under it is the slide's caption. A
/// bare counter ("2 / 3") is not enough: a story's text may follow an
/// inline picture's counter.
pub(crate) fn is_gallery_label(line: &str) -> bool {
    line.len() <= 120
        && (is_slide_title(line)
            || line.trim_start().starts_with(char::is_alphabetic)
                && with_key(line, is_gallery_counter))
}

fn table() -> &'static StrMap<Boiler> {
    static T: OnceLock<StrMap<Boiler>> = OnceLock::new();
    T.get_or_init(|| {
        let mut m = StrMap::default();
        for (b, words) in phrases() {
            for w in *words {
                m.entry(*w).or_insert(*b);
            }
        }
        m
    })
}

/// The boilerplate class of a whole line, if the line is a known phrase.
pub fn boiler(line: &str) -> Option<Boiler> {
    if line.len() > 120 {
        return None;
    }
    with_key(line, |k| boiler_of_key(line, k))
}

/// [`boiler`] of `line` (at most 120 bytes), whose [`key`](key::key) is `k`.
fn boiler_of_key(line: &str, k: &str) -> Option<Boiler> {
    if let Some(b) = table().get(k) {
        return Some(*b);
    }
    if is_share_row(line) || is_share_button(k) {
        return Some(Boiler::Share);
    }
    if is_pipe_menu(line) || opens_with_home_word(k) && is_word_menu_row(line) {
        return Some(Boiler::Navigation);
    }
    if is_footer_row(line, boiler) {
        return Some(Boiler::Footer);
    }
    if is_related_heading(k) || is_more_heading(line) {
        return Some(Boiler::RelatedHeader);
    }
    if contacts::is_contact_line(k) {
        return Some(Boiler::Footer);
    }
    if is_gallery_counter(k) || is_slide_title(line) {
        return Some(Boiler::Label);
    }
    if let Some(b) = phrase_run(k) {
        return Some(b);
    }
    // "Leave a Reply" style lines with a trailing asterisk, count or "(required)".
    let k = k.strip_suffix("(required)").map(str::trim_end).unwrap_or(k);
    let trimmed = k.trim_end_matches(|c: char| {
        c == '*' || c.is_ascii_digit() || c == ' ' || c == '(' || c == ')'
    });
    if trimmed != k {
        if let Some(b) = table().get(trimmed) {
            return Some(*b);
        }
    }
    // A player's button with its length: "Listen to this article · 4:12 min".
    let untimed = strip_duration(k);
    if untimed != k {
        return table().get(untimed).copied();
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lookups() {
        assert_eq!(boiler("RELATED COVERAGE"), Some(Boiler::RelatedHeader));
        assert_eq!(boiler("Leave a Reply"), Some(Boiler::Comments));
        assert_eq!(boiler("Comment *"), Some(Boiler::Comments));
        assert_eq!(boiler("Key points:"), Some(Boiler::KeyPointsHeader));
        assert_eq!(boiler("Suggested Topics:"), Some(Boiler::TagsHeader));
        assert_eq!(boiler("ABOUT THE AUTHOR"), Some(Boiler::AuthorBoxHeader));
        assert_eq!(boiler("Ukraine wants leaders involved"), None);
    }
}

/// The examples of this module's functions.
#[cfg(test)]
mod examples {
    #[test]
    fn boiler() {
        use super::{Boiler, boiler};
        assert_eq!(boiler("Advertisement"), Some(Boiler::Advertisement));
        assert_eq!(boiler("Share this article"), Some(Boiler::Share));
        assert_eq!(boiler("Mehr zum Thema"), Some(Boiler::RelatedHeader));
        assert_eq!(boiler("More from Europe"), Some(Boiler::RelatedHeader));
        assert_eq!(
            boiler("Read more from Sky News:"),
            Some(Boiler::RelatedHeader)
        );
        assert_eq!(boiler("Story continues"), Some(Boiler::Advertisement));
        assert_eq!(boiler("MORE FOR YOU"), Some(Boiler::RelatedHeader));
        // A blog's filing line under the post.
        assert!(super::has_footer_marker(
            "this entry was posted on thursday, august 9th, 2012 at 12:04 am and is filed under news."
        ));
        // An author box's heading, in German's gender-inclusive spellings too.
        for h in [
            "About the author",
            "Autor:innen",
            "Autorinnen",
            "Über die Autoren",
        ] {
            assert_eq!(boiler(h), Some(Boiler::AuthorBoxHeader), "{h}");
        }
        // An advertising widget's label, printed twice without a separator.
        for w in [
            "Sponsored Links Sponsored Links",
            "by Taboola by Taboola",
            "Promoted Stories",
        ] {
            assert_eq!(boiler(w), Some(Boiler::Advertisement), "{w}");
        }
        assert_eq!(boiler("More in Politics"), Some(Boiler::RelatedHeader));
        assert_eq!(
            boiler("More Great Tech Stories"),
            Some(Boiler::RelatedHeader)
        );
        assert_eq!(boiler("Image 1 of 12"), Some(Boiler::Label));
        assert_eq!(boiler("3/8"), Some(Boiler::Label));
        assert_eq!(boiler("1  /  1"), Some(Boiler::Label));
        assert_eq!(boiler("The council voted on Monday."), None);
    }

    /// Asserts that `test` holds for every line of `yes` and for none of `no`.
    pub(super) fn sorts(test: fn(&str) -> bool, yes: &[&str], no: &[&str]) {
        for line in yes {
            assert!(test(line), "{line:?}");
        }
        for line in no {
            assert!(!test(line), "{line:?}");
        }
    }

    #[test]
    fn gallery_labels_are_counters_and_slide_headlines() {
        sorts(
            super::is_gallery_label,
            &[
                "2/50 Star Wars boosts economy",
                "Image 3 of 12",
                "Foto 2 von 9",
            ],
            &[
                "Play Video",
                "1/4 cup sugar",
                "24/7 news",
                "2 / 3",
                "The council voted on Monday.",
            ],
        );
    }

    #[test]
    fn skip_links_and_search_boxes_are_navigation() {
        for line in [
            "Zum Inhalt springen",
            "Direkt zur Suche",
            "Close this search box.",
            "Jump to navigation",
            "Aller au contenu",
        ] {
            assert_eq!(
                super::boiler(line),
                Some(super::Boiler::Navigation),
                "{line}"
            );
        }
        assert!(super::is_ui_line(
            "Zum Inhalt springen Zur Hauptnavigation springen"
        ));
        assert_eq!(super::boiler("Zum Inhalt der Debatte"), None);
    }
}

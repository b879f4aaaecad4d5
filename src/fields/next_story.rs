//! The seam between two stories of a page: over a second story's headline
//! a page may print a marker pointing to it ("▼ Next story ▼", "Årtike
//! shuvant ↓") and the second story's kicker ("World"). The rules take
//! both for the first story's last related headlines. Once the articles
//! are assembled, the kicker right over a later story's headline is that
//! story's section, and a marker pointing down to it goes to the first
//! story's audit trail as a line of the other story.

use crate::{Article, LineRole, LineUse, RemovalReason, Span};

/// Most words of a kicker.
const KICKER_WORDS: usize = 3;
/// Most characters of a kicker.
const KICKER_CHARS: usize = 30;
/// Most words of a marker pointing to the next story.
const MARKER_WORDS: usize = 5;

/// Arrows pointing down, to what follows.
const DOWN_ARROWS: [char; 8] = ['▼', '▾', '↓', '⬇', '⇓', '⇩', '⤓', '🔽'];

/// What a page prints over the story that follows, in the languages the
/// crate reads (lower case).
const NEXT_STORY: &[&str] = &[
    "next story",
    "next article",
    "up next",
    "siguiente noticia",
    "noticia siguiente",
    "próxima noticia",
    "sonraki haber",
    "nächster artikel",
    "nächste meldung",
    "article suivant",
    "prochain article",
    "articolo successivo",
    "prossimo articolo",
    "notizia successiva",
    "próxima notícia",
    "próxima matéria",
    "próximo artigo",
    "volgend artikel",
    "volgende artikel",
    "volgend bericht",
    "następny artykuł",
    "kolejny artykuł",
    "další článek",
    "következő cikk",
    "következő hír",
    "articolul următor",
    "următorul articol",
    "știrea următoare",
    "berita selanjutnya",
    "artikel selanjutnya",
    "berita berikutnya",
    "следующая новость",
    "следующая статья",
    "nästa artikel",
];

/// True for a short line holding an arrow pointing down ("▼ Next story ▼")
/// or naming the next story ("Siguiente noticia", "Next article »").
fn is_down_marker(line: &str) -> bool {
    if crate::article::count_words(line) > MARKER_WORDS {
        return false;
    }
    line.contains(DOWN_ARROWS) || {
        let t = line.trim_matches(|c: char| !c.is_alphanumeric());
        crate::table::with_lower(t, |l| NEXT_STORY.contains(&l))
    }
}

/// True for a kicker: one to three words of letters, each opening with a
/// capital (or of a script without case), no digit, label, handle or
/// sentence's end.
fn is_kicker(line: &str) -> bool {
    let t = line.trim();
    let words = crate::article::count_words(t);
    let capitalised = t.split_whitespace().all(|w| {
        w.chars()
            .find(|c| c.is_alphanumeric())
            .is_none_or(|c| c.is_uppercase() || !c.is_lowercase())
    });
    (1..=KICKER_WORDS).contains(&words)
        && capitalised
        && t.chars().count() <= KICKER_CHARS
        && t.chars().any(char::is_alphabetic)
        && !t
            .chars()
            .any(|c| c.is_ascii_digit() || matches!(c, ':' | '@' | '(' | '#'))
        && !t.ends_with(['.', '!', '?', ','])
}

/// What a related headline of the story before is to the next story.
enum Seam {
    Marker,
    Kicker,
}

/// Hands the kickers and next-story markers printed at the end of each
/// story's related headlines, right over the next story's headline, to
/// where they belong (see the module); `text` is the text the articles'
/// spans point into.
pub(crate) fn hand_over_kickers(arts: &mut [Article], text: &str) {
    for k in 1..arts.len() {
        let (before, after) = arts.split_at_mut(k);
        let (Some(a), Some(b)) = (before.last_mut(), after.first_mut()) else {
            continue;
        };
        let Some(title) = b.spans.title else {
            continue;
        };
        hand_over(a, b, title, text);
    }
}

/// [`hand_over_kickers`] between story `a` and the next one, `b`, whose
/// headline is at `title`.
fn hand_over(a: &mut Article, b: &mut Article, title: Span, text: &str) {
    if a.related.len() != a.spans.related.len() {
        return;
    }
    // The next line of `a` over the headline: the last related headline,
    // when no other line of `a` follows it before the headline.
    let mut over = title.start;
    while let Some(&span) = a.spans.related.last() {
        let last_of_a = !a
            .lines
            .iter()
            .any(|l| l.span.start > span.start && l.span.start < over);
        let line = text.get(span.start..span.end).unwrap_or_default();
        if span.end > over || !last_of_a {
            return;
        }
        let seam = if is_down_marker(line) {
            Seam::Marker
        } else if over == title.start && b.section.is_none() && is_kicker(line) {
            Seam::Kicker
        } else {
            return;
        };
        let value = a.related.pop().unwrap_or_default();
        a.spans.related.pop();
        match seam {
            Seam::Marker => super::unuse_line(a, span, value, RemovalReason::OtherStory),
            Seam::Kicker => {
                a.lines.retain(|l| l.span != span);
                let at = b.lines.partition_point(|l| l.span.start <= span.start);
                b.lines.insert(
                    at,
                    LineUse {
                        span,
                        role: LineRole::Section,
                    },
                );
                b.section = Some(value);
                b.spans.section = Some(span);
            }
        }
        over = span.start;
    }
}

#[cfg(test)]
mod tests {
    use super::{hand_over_kickers, is_down_marker, is_kicker};
    use crate::{Article, LineRole, LineUse, RemovalReason, Span};

    #[test]
    fn kickers_and_markers_read_as_such() {
        assert!(is_kicker("World"));
        assert!(is_kicker("Local News"));
        assert!(!is_kicker(
            "Council approves the new bridge after a long debate"
        ));
        assert!(!is_kicker("Read more: Bridge closed"));
        assert!(!is_kicker("Loading newsletters"));
        assert!(!is_kicker("@jane_doe"));
        assert!(is_down_marker("▼ Next story ▼"));
        assert!(is_down_marker("Next story ↓"));
        assert!(is_down_marker("Siguiente noticia"));
        assert!(is_down_marker("NEXT ARTICLE »"));
        assert!(!is_down_marker("Next story about the storm"));
    }

    /// Two stories: the first one's related headlines end with `tail`,
    /// printed right over the second story's headline.
    fn pages(tail: &[&str]) -> (Vec<Article>, String) {
        let mut lines = vec!["First headline", "Body of the first story.", "Related one"];
        lines.extend_from_slice(tail);
        lines.push("Second headline");
        let (text, spans) = crate::fields::test_page(&lines, "\n");
        let mut a = Article::default();
        let mut b = Article::default();
        for (i, (&line, span)) in lines.iter().zip(&spans).enumerate() {
            let role = match i {
                0 => LineRole::Title,
                1 => LineRole::Paragraph,
                _ if i + 1 == lines.len() => LineRole::Title,
                _ => LineRole::Related,
            };
            let art = if i + 1 == lines.len() { &mut b } else { &mut a };
            art.lines.push(LineUse { span: *span, role });
            if role == LineRole::Related {
                art.related.push(line.to_string());
                art.spans.related.push(*span);
            }
        }
        b.title = "Second headline".into();
        b.spans.title = spans.last().copied();
        (vec![a, b], text)
    }

    #[test]
    fn the_kicker_over_the_next_headline_is_its_section() {
        let (mut arts, text) = pages(&["▼ Next story ▼", "World"]);
        hand_over_kickers(&mut arts, &text);
        assert_eq!(arts[0].related, ["Related one"]);
        assert_eq!(arts[1].section.as_deref(), Some("World"));
        let gone: Vec<RemovalReason> = arts[0].removed.iter().map(|r| r.reason).collect();
        assert_eq!(gone, [RemovalReason::OtherStory]);
        let section = arts[1].lines.iter().find(|l| l.role == LineRole::Section);
        assert_eq!(section.map(|l| l.span), arts[1].spans.section);
        assert!(arts[1].spans.section.is_some_and(|s: Span| s.start > 0));
    }

    #[test]
    fn a_headline_over_the_next_story_stays_related() {
        let (mut arts, text) = pages(&["Council approves the new bridge after a long debate"]);
        hand_over_kickers(&mut arts, &text);
        assert_eq!(arts[0].related.len(), 2);
        assert_eq!(arts[1].section, None);
    }
}

//! A headline printed reduced: cut short by a teaser ("It's official:
//! PayPal to cut 325 jobs ...") or at the end of a trail of links ("You are
//! here: Home > HTC DROID DNA Shot Leaked, Cleanest One"). When a line just
//! below prints it in full, that line is the headline. A comment section's
//! heading taken for the headline ("One Response to LOB: Ads for Outdated
//! Products", "45 Gedanken zu „...“") names the story: the line that prints
//! that name is the headline.

use super::apply::clean_line;
use super::fields::Decide;
use super::retitle::install;
use crate::Article;

/// Lines below the headline searched for its full printing.
const LOOK_AHEAD: usize = 6;
/// Fewest words of a reduced headline's stem (fewer match too much).
const STEM_WORDS: usize = 3;
/// Most words of the full printing.
const MAX_WORDS: u32 = 40;

/// The separators of a trail of links.
const TRAIL: [&str; 4] = [" > ", " » ", " › ", "/ "];

/// The stem of a reduced headline: the text after the trail's last
/// separator, without a closing ellipsis; `None` when `title` is neither
/// cut short nor at the end of a trail, or its stem is shorter than
/// [`STEM_WORDS`] words.
pub fn reduced_stem(title: &str) -> Option<&str> {
    let t = title.trim();
    let cut = t
        .strip_suffix("...")
        .or_else(|| t.strip_suffix('…'))
        .map(str::trim_end);
    let t = cut.unwrap_or(t);
    let after = TRAIL
        .iter()
        .filter_map(|sep| t.rfind(sep).map(|k| k + sep.len()))
        .max();
    if cut.is_none() && after.is_none() {
        return None;
    }
    let stem = t.get(after.unwrap_or(0)..)?.trim();
    (stem.split_whitespace().count() >= STEM_WORDS).then_some(stem)
}

/// What opens a comment section's heading after its count ("3 thoughts on
/// “X”", "One Response to X"), lower-case.
const COMMENTS_ON: &[&str] = &[
    "responses to ",
    "response to ",
    "thoughts on ",
    "thought on ",
    "comments on ",
    "comment on ",
    "comments to ",
    "comment to ",
    "replies to ",
    "reply to ",
    "gedanken zu ",
    "kommentare zu ",
    "kommentar zu ",
    "commentaires sur ",
    "réponses à ",
    "comentarios en ",
    "respuestas a ",
];

/// Quotation marks around the story's name in a comment heading.
const QUOTES: &[char] = &['“', '”', '„', '"', '«', '»', '‚', '‘', '’', '\''];

/// The story a comment section's heading names: `title` is a count (digits
/// or a word: "One", "45") and one of [`COMMENTS_ON`], then the name, its
/// quotation marks dropped; `None` for any other line.
pub fn commented_story(title: &str) -> Option<&str> {
    let t = title.trim();
    // (A count opens the heading, in digits or a word: "One", "zwei"; most
    // lines are told by their first byte.)
    let first = t.bytes().next()?;
    if !(first.is_ascii_digit() || b"oOtTeEzZdDuU".contains(&first)) {
        return None;
    }
    let (count, rest) = t.split_once(' ')?;
    // (The count's words are five letters at most: a longer first word is
    // told without lower-casing it.)
    let counted = count.chars().all(|c| c.is_ascii_digit())
        || count.len() <= 5
            && matches!(
                count.to_lowercase().as_str(),
                "one" | "two" | "three" | "ein" | "eine" | "zwei" | "drei" | "un" | "une" | "deux"
            );
    if !counted {
        return None;
    }
    // (The phrases are short: only the opening is lower-cased.)
    let opening = rest.char_indices().nth(24).map_or(rest.len(), |(i, _)| i);
    let lower = rest.get(..opening)?.to_lowercase();
    let head = COMMENTS_ON.iter().find(|p| lower.starts_with(*p))?;
    // The phrase is ASCII or Latin-1 lower-cased the same length as printed.
    let name = rest.get(head.len()..)?.trim().trim_matches(QUOTES).trim();
    (name.split_whitespace().count() >= 2).then_some(name)
}

/// Replaces the main story's reduced headline (see [`reduced_stem`]) with
/// the first of the [`LOOK_AHEAD`] lines under it that opens with the stem
/// (the crumb alone, or the headline it cut short), at most [`MAX_WORDS`]
/// words.
pub(super) fn full_title(main: &mut Article, at: Decide<'_>) {
    if let Some(name) = commented_story(&main.title) {
        let name = name.to_string();
        let found = at.page.lines.iter().enumerate().find_map(|(k, line)| {
            (line.stats().words <= MAX_WORDS
                && line.span.len() >= name.len()
                && line.span.len() <= name.len() + 16)
                .then(|| clean_line(at.text, line.span, at.opts))
                .filter(|t| t.trim_matches(QUOTES) == name)
                .map(|t| (k, t))
        });
        if let Some((k, t)) = found {
            install(main, at, k, t);
        }
        return;
    }
    let Some(stem) = reduced_stem(&main.title) else {
        return;
    };
    let stem = stem.to_string();
    let Some(held) = main.spans.title.and_then(|t| at.page.index_of(t.start)) else {
        return;
    };
    let found = (held + 1..=held + LOOK_AHEAD).find_map(|k| {
        let line = at.page.lines.get(k)?;
        if line.stats().words > MAX_WORDS || line.stats().ends_colon {
            return None;
        }
        let full = clean_line(at.text, line.span, at.opts);
        full.starts_with(stem.as_str()).then_some((k, full))
    });
    if let Some((k, full)) = found {
        install(main, at, k, full);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stems_of_reduced_headlines() {
        assert_eq!(
            reduced_stem("It's official: PayPal to cut 325 jobs ..."),
            Some("It's official: PayPal to cut 325 jobs")
        );
        assert_eq!(
            reduced_stem("You are here: Home > HTC DROID DNA Shot Leaked, Cleanest One"),
            Some("HTC DROID DNA Shot Leaked, Cleanest One")
        );
        assert_eq!(
            reduced_stem("/ Vegas Express Jet Introduces ..."),
            Some("Vegas Express Jet Introduces")
        );
        // A full headline, or a stem too short to tell.
        assert_eq!(reduced_stem("PayPal to cut 325 jobs"), None);
        assert_eq!(reduced_stem("Home > World"), None);
        assert_eq!(reduced_stem("Wait..."), None);
    }

    #[test]
    fn stories_comment_headings_name() {
        assert_eq!(
            commented_story("One Response to LOL: Ads for Outdated Products [Pics]"),
            Some("LOL: Ads for Outdated Products [Pics]")
        );
        assert_eq!(
            commented_story("45 Gedanken zu „„Das wird man ja wohl noch sagen dürfen!““"),
            Some("Das wird man ja wohl noch sagen dürfen!")
        );
        assert_eq!(
            commented_story("3 thoughts on “Storm closes schools”"),
            Some("Storm closes schools")
        );
        // A headline that merely counts.
        assert_eq!(commented_story("10 Thoughts on Leadership"), None);
        assert_eq!(commented_story("Storm closes schools"), None);
    }
}

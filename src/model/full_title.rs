//! A headline printed reduced: cut short by a teaser ("It's official:
//! PayPal to cut 325 jobs ...") or at the end of a trail of links ("You are
//! here: Home > HTC DROID DNA Shot Leaked, Cleanest One"). When a line just
//! below prints it in full, that line is the headline.

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

/// Replaces the main story's reduced headline (see [`reduced_stem`]) with
/// the first of the [`LOOK_AHEAD`] lines under it that opens with the stem
/// (the crumb alone, or the headline it cut short), at most [`MAX_WORDS`]
/// words.
pub(super) fn full_title(main: &mut Article, at: Decide<'_>) {
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
}

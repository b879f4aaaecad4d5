//! Hard-wrapped text: a page dumped by `lynx -dump`, `w3m`, `html2text` or
//! copied from an e-mail prints each paragraph over several lines cut at a
//! fixed width (72-80 columns). Those lines are one paragraph again.
//!
//! A document is read as wrapped when its lines never run much past one
//! width and several lines that reach that width are followed by a line
//! that goes on in lower case (a sentence carried over). A page dumped one
//! paragraph per line has paragraph lines far longer than any wrap width; a
//! list of headlines cut at a width goes on in capitals. In a wrapped
//! document a line is joined to the next when the next line's first word
//! would not have fitted on it: the wrap, not the writer, ended the line.
//! The width is that of the longest line another line directly follows, so
//! a centred headline standing alone does not widen it.

/// Lines longer than this many characters are no wrap width.
const MAX_WIDTH: usize = 100;
/// Narrower "widths" are short lines, not wrapping.
const MIN_WIDTH: usize = 50;
/// A line within this many characters of the width reaches it.
const NEAR: usize = 15;
/// A line ends a paragraph when the next word would have fitted with a
/// tenth of the width to spare: a page's markup (links, code, footnote
/// marks) left out of the dump shortens wrapped lines a little.
const SLACK: usize = 10;
/// At least this many carried-over sentences make a document wrapped.
const MIN_CARRIED: usize = 4;

/// The width the document's lines were wrapped at, if they were.
///
/// `lines()` yields each non-blank line as printed (leading indentation
/// kept, trailing whitespace trimmed) and whether it directly follows the
/// previous one (no blank line between).
pub(crate) fn wrap_width<'a, I>(lines: impl Fn() -> I) -> Option<usize>
where
    I: Iterator<Item = (&'a str, bool)>,
{
    // A cheap bound first (no character counted): a line carried over
    // follows a line of at least MIN_WIDTH - NEAR bytes and opens in lower
    // case. Most pages have fewer such pairs than MIN_CARRIED.
    let mut bound = 0usize;
    let mut prev_len = 0usize;
    for (l, follows) in lines() {
        if follows && prev_len + NEAR >= MIN_WIDTH && opens_lower(l) {
            bound += 1;
        }
        prev_len = l.len();
    }
    if bound < MIN_CARRIED {
        return None;
    }
    // The width: the longest line another line directly follows (a
    // centred headline standing alone may be longer).
    let mut width = 0;
    let mut long = 0usize;
    let mut prev: Option<usize> = None;
    for (l, follows) in lines() {
        if follows && let Some(n) = prev {
            width = width.max(n);
        }
        prev = width_of(l);
        long += usize::from(prev.is_none());
    }
    if width < MIN_WIDTH {
        return None;
    }
    let reaches = |l: &str| width_of(l).is_some_and(|n| n + NEAR >= width);
    let (mut near, mut carried) = (0usize, 0usize);
    let mut prev: Option<&str> = None;
    for (l, follows) in lines() {
        if reaches(l) {
            near += 1;
        }
        if follows && prev.is_some_and(reaches) && opens_lower(l) {
            carried += 1;
        }
        prev = Some(l);
    }
    (carried >= MIN_CARRIED && long <= (near / 10).max(2)).then_some(width)
}

/// Whether the printed line's first character is a lower-case letter.
fn opens_lower(l: &str) -> bool {
    l.trim_start()
        .chars()
        .next()
        .is_some_and(char::is_lowercase)
}

/// Whether `next` carries on the paragraph of `line` in a document wrapped
/// at `width`: `next`'s first word would not have fitted on `line` (give or
/// take [`SLACK`]), `next`
/// is indented like `line` (or like the text after `line`'s bullet) and
/// starts no list item of its own.
pub(crate) fn carries_on(line: &str, next: &str, width: usize) -> bool {
    let (Some(n), Some(_)) = (width_of(line), width_of(next)) else {
        return false;
    };
    let body = next.trim_start();
    let Some(first) = body.split_whitespace().next() else {
        return false;
    };
    let indent = |s: &str| s.len() - s.trim_start().len();
    let (a, b) = (indent(line), indent(next));
    n + 1 + first.chars().count() + width / SLACK > width
        && (a..=a + 4).contains(&b)
        && !starts_item(body)
        && !ends_cjk(line)
}

/// The printed width of `line` in characters, if it is no longer than
/// [`MAX_WIDTH`].
fn width_of(line: &str) -> Option<usize> {
    if line.len() > 4 * MAX_WIDTH {
        return None;
    }
    Some(line.chars().count()).filter(|&n| n <= MAX_WIDTH)
}

/// A bullet ([`parse_bullet`](crate::grammar::misc::parse_bullet)) or a
/// number (`1.`, `2)`) opening a list item.
fn starts_item(s: &str) -> bool {
    crate::grammar::misc::parse_bullet(s).is_ok()
        || s.split_whitespace()
            .next()
            .and_then(|w| w.strip_suffix(['.', ')']))
            .is_some_and(|n| (1..=3).contains(&n.len()) && n.bytes().all(|b| b.is_ascii_digit()))
}

/// Chinese, Japanese and Korean wrap without spaces: no word to measure
/// ([`is_cjk`](crate::features::is_cjk) on the last character).
fn ends_cjk(s: &str) -> bool {
    s.chars().next_back().is_some_and(crate::features::is_cjk)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lines(text: &str) -> Vec<(&str, bool)> {
        let mut out = Vec::new();
        let mut follows = false;
        for l in text.lines() {
            if l.trim().is_empty() {
                follows = false;
                continue;
            }
            out.push((l.trim_end(), follows));
            follows = true;
        }
        out
    }

    const WRAPPED: &str = "\
   The regional water board voted 5-2 on Tuesday to raise residential
   water rates by 8 percent, ending a three-hour meeting in which dozens
   of residents urged members to delay the increase for another year.

   Board chair Tom Alvarez said the increase was needed to pay for the
   repairs to aging pipes, some of which date to the 1950s. \"We cannot
   keep patching a system that is older than most people in this room,\"
   he said after the vote, as residents filed out of the crowded hall.

   Opponents said the increase would fall hardest on retirees and the
   families with fixed incomes who already struggle to pay their bills.
";

    #[test]
    fn a_wrapped_dump_has_its_width() {
        let l = lines(WRAPPED);
        assert_eq!(wrap_width(|| l.iter().copied()), Some(72));
        assert!(carries_on(l[0].0, l[1].0, 72));
        // The last line of a paragraph is short: the next word would fit.
        assert!(!carries_on(
            "   he said.",
            "   Opponents said the increase would fall hardest on retirees and the",
            72
        ));
    }

    #[test]
    fn one_paragraph_per_line_is_not_wrapped() {
        let text = WRAPPED.replace("\n   ", " ").replace("\n\n", "\n\n   ");
        let l = lines(&text);
        assert_eq!(wrap_width(|| l.iter().copied()), None);
    }

    #[test]
    fn headlines_cut_at_a_width_are_not_wrapped() {
        let text = "Top 10 Rock Operas That Deserve A Stage Adaptation Now And…\n\
                    Radiohead On A Friday Demo Cassettes Going For $50K On eBay\n"
            .repeat(6);
        let l = lines(&text);
        assert_eq!(wrap_width(|| l.iter().copied()), None);
    }

    #[test]
    fn list_items_and_cjk_do_not_carry_on() {
        let a = "   the board listed the streets where the work starts first and";
        assert!(!carries_on(a, "   * Main Street", 60));
        assert!(!carries_on(a, "   2. Oak Avenue", 60));
        assert!(carries_on(a, "   includes Main Street", 60));
        assert!(!carries_on(
            "   国家统计局今天发布了十一月份的居民消费价格数据显示同比上涨",
            "   百分之零点二",
            30
        ));
    }
}

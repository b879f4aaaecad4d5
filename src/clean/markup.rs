//! `strip_markup`: the marks a Markdown or text-browser dump leaves in the
//! text (heading hashes, link brackets, bold stars, link numbers).

use std::borrow::Cow;

/// Removes the marks that scrapers printing Markdown (`html2text`, reader
/// services) or text browsers (`lynx -dump`) put around the words, keeping
/// the words:
///
/// - `# ` … `###### ` opening a line (a heading),
/// - `[text](url)` links: the text stays,
/// - `![alt](url)` images, alt text and all (it repeats the caption, or
///   stands for a picture the text does not show),
/// - `**bold**`: the words stay (`__bold__` is left: `__init__` is code),
/// - `*a line*` and `_a line_`: one mark opening and one closing a whole
///   line, none between (a standfirst or caption printed in italics),
/// - `[12]` link numbers glued to the word they stand before (lynx).
///
/// A `#hashtag`, a `[bracketed aside]`, a `snake__case` name, a footnote
/// mark after a word (`word[1]`), a `*` or `_` alone and a line with a third
/// mark of the kind (`*a* and *b*`) are left as they are.
/// Never makes the text longer; linear in its length (a few passes at most).
///
/// ```
/// use newsclip::clean::strip_markup;
/// assert_eq!(strip_markup("## By **Jane Doe**"), "By Jane Doe");
/// assert_eq!(strip_markup("Read [the report](https://x.org/r) here"), "Read the report here");
/// assert_eq!(strip_markup("![A ship](https://x.org/s.jpg) A ship at sea"), " A ship at sea");
/// assert_eq!(strip_markup("[6]Share on Facebook"), "Share on Facebook");
/// assert_eq!(strip_markup("#news [sic] snake__case__name"), "#news [sic] snake__case__name");
/// ```
pub fn strip_markup(text: &str) -> Cow<'_, str> {
    strip_markup_counted(text, &mut 0)
}

pub(crate) fn strip_markup_counted<'a>(text: &'a str, count: &mut usize) -> Cow<'a, str> {
    // Taking marks away can leave new ones (`**# x**` leaves `# x`): a
    // few passes, each linear; only text that had marks pays for more.
    let mut out = Cow::Borrowed(text);
    for _ in 0..PASSES {
        match pass(&out, count) {
            Some(next) => out = Cow::Owned(next),
            None => break,
        }
    }
    out
}

/// At most this many passes over one text.
const PASSES: usize = 4;

/// One pass: the text without the marks found in it, if any were.
fn pass(text: &str, count: &mut usize) -> Option<String> {
    let b = text.as_bytes();
    if !b.iter().any(|&c| matches!(c, b'#' | b'[' | b'*' | b'_')) {
        return None;
    }
    let mut cut: Vec<(usize, usize)> = Vec::new();
    headings(b, &mut cut);
    links(b, &mut cut);
    bold(b, b'*', &mut cut);
    italic_lines(b, &mut cut);
    link_numbers(text, &mut cut);
    if cut.is_empty() {
        return None;
    }
    cut.sort_unstable();
    let mut out = String::with_capacity(text.len());
    let mut at = 0;
    for (s, e) in cut {
        if s > at {
            out.push_str(text.get(at..s).unwrap_or_default());
        }
        at = at.max(e);
        *count += 1;
    }
    out.push_str(text.get(at..).unwrap_or_default());
    (out != text).then_some(out)
}

/// The byte at `i`, 0 past the end.
fn at(b: &[u8], i: usize) -> u8 {
    b.get(i).copied().unwrap_or(0)
}

/// The byte before `i`, 0 at the start.
fn before(b: &[u8], i: usize) -> u8 {
    i.checked_sub(1).map_or(0, |k| at(b, k))
}

/// `#`-runs of one to six, each followed by spaces, at the start of a line.
fn headings(b: &[u8], cut: &mut Vec<(usize, usize)>) {
    let starts = std::iter::once(0).chain(memchr::memchr_iter(b'\n', b).map(|i| i + 1));
    for start in starts {
        let mut i = start;
        loop {
            let run = |from: usize, f: fn(u8) -> bool| {
                b.get(from..)
                    .unwrap_or_default()
                    .iter()
                    .take_while(|&&c| f(c))
                    .count()
            };
            let hashes = run(i, |c| c == b'#');
            let spaces = run(i + hashes, |c| c == b' ' || c == b'\t');
            let rest = b.get(i + hashes + spaces);
            if !(1..=6).contains(&hashes) || spaces == 0 || rest.is_none_or(|&c| c == b'\n') {
                break;
            }
            i += hashes + spaces;
        }
        if i > start {
            cut.push((start, i));
        }
    }
}

/// `[text](url)`, nested ones included: the brackets and `(url)` go; and
/// `![alt](url)`, all of it. The url holds no white space and no parenthesis.
fn links(b: &[u8], cut: &mut Vec<(usize, usize)>) {
    let mut open: Vec<usize> = Vec::new();
    let mut i = 0;
    while i < b.len() {
        match at(b, i) {
            b'[' => open.push(i),
            b']' => {
                let target = url_after(b, i + 1);
                // `[a]([b](u))`: the inner link is no url of the outer.
                let in_url =
                    |o: usize| before(b, o) == b'(' && before(b, o.saturating_sub(1)) == b']';
                if let (Some(o), Some(end)) = (open.pop(), target)
                    && !in_url(o)
                {
                    if before(b, o) == b'!' {
                        // An image: its alt text repeats the caption.
                        cut.push((o - 1, end));
                    } else {
                        cut.push((o, o + 1));
                        cut.push((i, end));
                    }
                    i = end;
                    continue;
                }
            }
            _ => {}
        }
        i += 1;
    }
}

/// The end of `(url)` starting at `b[i]`, past its `)`.
fn url_after(b: &[u8], i: usize) -> Option<usize> {
    if b.get(i) != Some(&b'(') {
        return None;
    }
    let len = b
        .get(i + 1..)?
        .iter()
        .position(|&c| c == b')' || c == b'(' || c.is_ascii_whitespace())?;
    (len > 0 && b.get(i + 1 + len) == Some(&b')')).then_some(i + len + 2)
}

/// The longest bold run looked for, in bytes: the search stays linear.
const MAX_BOLD: usize = 400;

/// `**words**`: two marks after a non-word character (or
/// the start), words that start and end with neither a space nor the mark,
/// two marks before a non-word character (or the end).
fn bold(b: &[u8], mark: u8, cut: &mut Vec<(usize, usize)>) {
    let word = |c: Option<&u8>| c.is_some_and(|&c| c.is_ascii_alphanumeric() || c >= 0x80);
    let pair = |i: usize| b.get(i) == Some(&mark) && b.get(i + 1) == Some(&mark);
    let inner_edge = |c: Option<&u8>| c.is_some_and(|&c| c != mark && !c.is_ascii_whitespace());
    let mut i = 0;
    while i + 1 < b.len() {
        let opens = pair(i)
            && !word(i.checked_sub(1).and_then(|k| b.get(k)))
            && before(b, i) != mark
            && inner_edge(b.get(i + 2));
        if !opens {
            i += 1;
            continue;
        }
        let close = (i + 3..b.len().saturating_sub(1).min(i + MAX_BOLD))
            .take_while(|&k| at(b, k) != b'\n')
            .find(|&k| pair(k));
        match close {
            Some(k)
                if inner_edge(b.get(k - 1))
                    && !word(b.get(k + 2))
                    && b.get(k + 2) != Some(&mark) =>
            {
                cut.push((i, i + 2));
                cut.push((k, k + 2));
                i = k + 2;
            }
            _ => i += 2,
        }
    }
}

/// A whole line in italics: `*` or `_` opening it before a non-space, the
/// same mark closing it after a non-space, and no other such mark on it.
fn italic_lines(b: &[u8], cut: &mut Vec<(usize, usize)>) {
    let mut start = 0;
    while start < b.len() {
        let end = memchr::memchr(b'\n', b.get(start..).unwrap_or_default())
            .map_or(b.len(), |k| start + k);
        let line = b.get(start..end).unwrap_or_default();
        let trimmed = line.trim_ascii_end();
        if let (Some(&m), Some(&last)) = (trimmed.first(), trimmed.last())
            && matches!(m, b'*' | b'_')
            && last == m
            && trimmed.len() >= 3
            && trimmed
                .get(1)
                .is_some_and(|c| !c.is_ascii_whitespace() && *c != m)
            && trimmed
                .get(trimmed.len() - 2)
                .is_some_and(|c| !c.is_ascii_whitespace() && *c != m)
            && trimmed.iter().filter(|&&c| c == m).count() == 2
        {
            cut.push((start, start + 1));
            cut.push((start + trimmed.len() - 1, start + trimmed.len()));
        }
        start = end + 1;
    }
}

/// `[12]` before a word, at the start or after a space: lynx's link numbers.
fn link_numbers(text: &str, cut: &mut Vec<(usize, usize)>) {
    let b = text.as_bytes();
    for i in memchr::memchr_iter(b'[', b) {
        if i > 0 && !before(b, i).is_ascii_whitespace() {
            continue;
        }
        let digits = b
            .get(i + 1..)
            .unwrap_or_default()
            .iter()
            .take_while(|c| c.is_ascii_digit())
            .count();
        let end = i + 1 + digits;
        let word = text
            .get(end + 1..)
            .and_then(|rest| rest.chars().next())
            .is_some_and(char::is_alphanumeric);
        if (1..=4).contains(&digits) && b.get(end) == Some(&b']') && word {
            cut.push((i, end + 1));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::strip_markup;

    #[test]
    fn cases() {
        let cases = [
            ("# Title", "Title"),
            ("### Longer voyages", "Longer voyages"),
            ("# # Title", "Title"),
            ("a\n## b", "a\nb"),
            ("####### seven", "####### seven"),
            ("#", "#"),
            ("# ", "# "),
            ("#hashtag", "#hashtag"),
            ("[a](u) and [b](v)", "a and b"),
            ("[[a](u)](v)", "a"),
            ("see [a] (u)", "see [a] (u)"),
            ("[a](with space)", "[a](with space)"),
            ("![](u)", ""),
            ("x![alt](u)", "x"),
            ("[![alt](i)](u)", ""),
            ("**Read more:** here", "Read more: here"),
            ("__bold__", "__bold__"),
            ("os.path.dirname(__file__)", "os.path.dirname(__file__)"),
            ("专辑 [20] ；", "专辑 [20] ；"),
            ("***a***", "***a***"),
            ("[a]([b](u))", "[a]([b](u))"),
            ("**# x**", "x"),
            ("a**b**c", "a**b**c"),
            ("** a**", "** a**"),
            ("2 ** 3 ** 4", "2 ** 3 ** 4"),
            ("_____", "_____"),
            ("[1]https://x.org", "https://x.org"),
            ("word[1] more", "word[1] more"),
            ("[12345]x", "[12345]x"),
            ("_A standfirst in italics._", "A standfirst in italics."),
            (
                "a\n*A caption. Photo: Jo Roe*\nb",
                "a\nA caption. Photo: Jo Roe\nb",
            ),
            ("*a* and *b*", "*a* and *b*"),
            ("_init_ _x_", "_init_ _x_"),
            ("* a list item*", "* a list item*"),
            ("*", "*"),
            ("__", "__"),
            ("_a_", "a"),
        ];
        for (input, want) in cases {
            assert_eq!(strip_markup(input), want, "input {input:?}");
            assert_eq!(strip_markup(want), want, "idempotent on {want:?}");
        }
    }
}

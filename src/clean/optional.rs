//! Optional rules, not in the default pipeline.

use std::borrow::Cow;

use unicode_normalization::{IsNormalized, UnicodeNormalization, is_nfc_quick, is_nfkc_quick};

use super::chars::is_hspace;

/// Replaces the characters `map` gives a replacement for; borrows when none.
fn replace_chars<'a>(
    text: &'a str,
    count: &mut usize,
    map: impl Fn(char) -> Option<&'static str>,
) -> Cow<'a, str> {
    if text.is_ascii() {
        return Cow::Borrowed(text);
    }
    let mut out: Option<String> = None;
    let mut seg = 0;
    for (i, c) in text.char_indices() {
        if let Some(rep) = map(c) {
            let o = out.get_or_insert_with(|| String::with_capacity(text.len()));
            o.push_str(text.get(seg..i).unwrap_or_default());
            o.push_str(rep);
            seg = i + c.len_utf8();
            *count += 1;
        }
    }
    super::chars::finish(out, text, seg)
}

/// Curly quotes and primes to ASCII: `‘ ’ ‚ ‛ ′` become `'`, `“ ” „ ‟ ″`
/// become `"`. Guillemets are kept. Never makes the text longer in bytes.
///
/// ```
/// use newsclip::clean::ascii_quotes;
/// assert_eq!(ascii_quotes("“It’s”"), "\"It's\"");
/// ```
pub fn ascii_quotes(text: &str) -> Cow<'_, str> {
    ascii_quotes_counted(text, &mut 0)
}

pub(crate) fn ascii_quotes_counted<'a>(text: &'a str, count: &mut usize) -> Cow<'a, str> {
    replace_chars(text, count, |c| match c {
        '\u{2018}' | '\u{2019}' | '\u{201a}' | '\u{201b}' | '\u{2032}' => Some("'"),
        '\u{201c}' | '\u{201d}' | '\u{201e}' | '\u{201f}' | '\u{2033}' => Some("\""),
        _ => None,
    })
}

/// Dashes to ASCII: hyphen, non-breaking hyphen, figure dash, en dash and
/// minus sign become `-`; em dash and horizontal bar become `--`. Never
/// makes the text longer in bytes.
///
/// ```
/// use newsclip::clean::ascii_dashes;
/// assert_eq!(ascii_dashes("2010–2020 — done"), "2010-2020 -- done");
/// ```
pub fn ascii_dashes(text: &str) -> Cow<'_, str> {
    ascii_dashes_counted(text, &mut 0)
}

pub(crate) fn ascii_dashes_counted<'a>(text: &'a str, count: &mut usize) -> Cow<'a, str> {
    replace_chars(text, count, |c| match c {
        '\u{2010}'..='\u{2013}' | '\u{2212}' => Some("-"),
        '\u{2014}' | '\u{2015}' => Some("--"),
        _ => None,
    })
}

/// The ellipsis character `…` becomes three full stops. Same length in bytes.
///
/// ```
/// use newsclip::clean::ascii_ellipsis;
/// assert_eq!(ascii_ellipsis("Wait…"), "Wait...");
/// ```
pub fn ascii_ellipsis(text: &str) -> Cow<'_, str> {
    ascii_ellipsis_counted(text, &mut 0)
}

pub(crate) fn ascii_ellipsis_counted<'a>(text: &'a str, count: &mut usize) -> Cow<'a, str> {
    replace_chars(text, count, |c| (c == '\u{2026}').then_some("..."))
}

/// Unicode normalisation form C (canonical composition). May make the text
/// longer: a few characters are excluded from composition and decompose.
///
/// ```
/// use newsclip::clean::nfc;
/// assert_eq!(nfc("cafe\u{301}"), "caf\u{e9}");
/// ```
pub fn nfc(text: &str) -> Cow<'_, str> {
    nfc_counted(text, &mut 0)
}

pub(crate) fn nfc_counted<'a>(text: &'a str, count: &mut usize) -> Cow<'a, str> {
    if text.is_ascii() || is_nfc_quick(text.chars()) == IsNormalized::Yes {
        return Cow::Borrowed(text);
    }
    changed_or_borrowed(text, text.nfc().collect(), count)
}

/// Unicode normalisation form KC (compatibility composition): also folds
/// ligatures, full-width forms, superscripts. May make the text longer.
///
/// ```
/// use newsclip::clean::nfkc;
/// assert_eq!(nfkc("ﬁle Ｎｏ．１"), "file No.1");
/// ```
pub fn nfkc(text: &str) -> Cow<'_, str> {
    nfkc_counted(text, &mut 0)
}

pub(crate) fn nfkc_counted<'a>(text: &'a str, count: &mut usize) -> Cow<'a, str> {
    if text.is_ascii() || is_nfkc_quick(text.chars()) == IsNormalized::Yes {
        return Cow::Borrowed(text);
    }
    changed_or_borrowed(text, text.nfkc().collect(), count)
}

fn changed_or_borrowed<'a>(text: &'a str, new: String, count: &mut usize) -> Cow<'a, str> {
    if new == text {
        Cow::Borrowed(text)
    } else {
        *count += 1;
        Cow::Owned(new)
    }
}

/// Drops empty items from comma-separated lists: a comma followed only by
/// spaces and another comma loses the spaces and the second comma, so
/// `a, , b` becomes `a, b` and `a,,b` becomes `a,b`. Useful after
/// [`remove_lone_marks`](super::remove_lone_marks) took out an icon glyph.
/// Never makes the text longer.
///
/// ```
/// use newsclip::clean::drop_empty_list_items;
/// assert_eq!(drop_empty_list_items("Qatar, , Turkiye"), "Qatar, Turkiye");
/// ```
pub fn drop_empty_list_items(text: &str) -> Cow<'_, str> {
    drop_empty_list_items_counted(text, &mut 0)
}

pub(crate) fn drop_empty_list_items_counted<'a>(text: &'a str, count: &mut usize) -> Cow<'a, str> {
    if memchr::memchr(b',', text.as_bytes()).is_none() {
        return Cow::Borrowed(text);
    }
    let mut out: Option<String> = None;
    let mut seg = 0;
    let mut iter = text.char_indices().peekable();
    while let Some((i, c)) = iter.next() {
        if c != ',' {
            continue;
        }
        // Look past spaces for further commas; drop through the last one.
        let mut drop_to = None;
        for (j, d) in text.get(i + 1..).unwrap_or_default().char_indices() {
            if d == ',' {
                drop_to = Some(i + 1 + j + 1);
            } else if !is_hspace(d) {
                break;
            }
        }
        if let Some(end) = drop_to {
            let o = out.get_or_insert_with(|| String::with_capacity(text.len()));
            o.push_str(text.get(seg..=i).unwrap_or_default());
            seg = end;
            *count += 1;
            while iter.peek().is_some_and(|&(k, _)| k < end) {
                iter.next();
            }
        }
    }
    super::chars::finish(out, text, seg)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cases() {
        type F = fn(&str) -> Cow<'_, str>;
        let cases: &[(F, &str, &str)] = &[
            (ascii_quotes, "‘a’ “b” „c‟ 5′ 6″", "'a' \"b\" \"c\" 5' 6\""),
            (ascii_quotes, "«x»", "«x»"),
            (ascii_dashes, "a‐b‑c‒d–e—f―g−h", "a-b-c-d-e--f--g-h"),
            (ascii_ellipsis, "a…b……", "a...b......"),
            (nfc, "e\u{301}", "\u{e9}"),
            (nfc, "\u{e9}", "\u{e9}"),
            (nfkc, "\u{fb01} \u{ff21} x\u{b2}", "fi A x2"),
            (drop_empty_list_items, "a, , b", "a, b"),
            (drop_empty_list_items, "a,,b", "a,b"),
            (drop_empty_list_items, "a, ,\t, b,", "a, b,"),
            (drop_empty_list_items, "Qatar, , Turkiye", "Qatar, Turkiye"),
            (drop_empty_list_items, "1,000, 2", "1,000, 2"),
        ];
        for (f, input, want) in cases {
            assert_eq!(f(input), *want, "input {input:?}");
            assert_eq!(f(want), *want, "idempotent on {want:?}");
        }
    }
}

//! Dates and bylines printed without their usual markers: segmented meta
//! lines, a date inside a short line, a name then a date, a byline without
//! "By".

use super::{Kind, Shape};
use crate::grammar::byline::{self, Byline};
use crate::grammar::date::{self, DateEntry, DateOptions, DateRole};

/// A short line of `|`/`·`-separated parts where one part is a date line and
/// the others are a byline or at most one unrecognised part (a place or an
/// outlet): "New Delhi, Outlet Bureau | Updated : 19 November 2019, 09:01 AM".
pub(super) fn segmented_meta(t: &str, dopts: &DateOptions) -> Option<Kind> {
    if t.len() > 300 || !t.contains(byline::META_SEPARATORS) {
        return None;
    }
    let mut dates = Vec::new();
    let mut by: Option<Byline> = None;
    let mut other = 0usize;
    // The first segment when it reads as a name in a script without
    // capitals ("נועה ברקוביץ | פורסם: 18.03.25, 09:14").
    let mut uncased_name: Option<&str> = None;
    for (k, seg) in t
        .split(byline::META_SEPARATORS)
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .enumerate()
    {
        match date::parse_date_line(seg, dopts) {
            Ok(p) if p.rest.trim().is_empty() => {
                dates.extend(p.value);
                continue;
            }
            _ => {}
        }
        match byline::parse_byline(seg) {
            Ok(b) if b.rest.trim().is_empty() && by.is_none() => by = Some(b.value),
            _ => {
                other += 1;
                if k == 0 && is_uncased_name(seg) {
                    uncased_name = Some(seg);
                }
            }
        }
    }
    if dates.is_empty() || other > 1 {
        return None;
    }
    if let (None, Some(name), 1) = (&by, uncased_name, other) {
        by = Some(Byline {
            authors: vec![name.to_string()],
            roles: vec![None],
            ..Byline::default()
        });
    }
    Some(match by {
        Some(b) => Kind::byline(b, dates),
        None => Kind::Date(dates.into()),
    })
}

/// Two or three words of Hebrew or Arabic letters (scripts without
/// capitals to show a name), none a function word.
fn is_uncased_name(seg: &str) -> bool {
    let n = crate::table::words_in(seg).count();
    (2..=3).contains(&n)
        && crate::table::words_in(seg).all(|w| {
            w.chars().all(|c| {
                matches!(c, '\u{5D0}'..='\u{5EA}' | '\u{620}'..='\u{64A}' | '\u{671}'..='\u{6D3}' | '\'' | '"' | '׳' | '-')
            }) && !crate::lexicon::is_stopword(w)
        })
}

/// A date phrase anywhere in a short line that is not a sentence.
pub(super) fn loose_date(t: &str, dopts: &DateOptions) -> Option<DateEntry> {
    let sh = Shape::of(t);
    if sh.words > 16 || (sh.terminal && sh.words > 8) {
        return None;
    }
    let p = date::find_date(t, dopts)?;
    let raw = p.span.slice(t).unwrap_or("").to_string();
    let before = t.get(..p.span.start).unwrap_or("").to_lowercase();
    let role = if before.contains("updated")
        || before.contains("aktualisiert")
        || before.contains("modified")
    {
        DateRole::Updated
    } else {
        DateRole::Unlabelled
    };
    Some(DateEntry {
        role,
        date: p.value,
        raw,
    })
}

/// "Jane Doe 27/09/2018 ...", "Agency November 19, 2019, 9:02 AM": a name or
/// credit followed by a date, on a short line; `no_date` is set when
/// [`date::find_date`] ran on `t` and found no date.
pub(super) fn name_then_date(t: &str, dopts: &DateOptions, no_date: &mut bool) -> Option<Kind> {
    if t.len() > 200 {
        return None;
    }
    let found = date::find_date(t, dopts);
    *no_date = found.is_none();
    let d = found?;
    let head = t
        .get(..d.span.start)?
        .trim()
        .trim_end_matches(['-', '|', '·', ',', '/', '—', '–'])
        .trim();
    let tail = t.get(d.span.end..).unwrap_or("");
    let tail_words = crate::table::words_in(tail).count();
    if head.is_empty() || tail_words > 8 {
        return None;
    }
    let raw = d.span.slice(t).unwrap_or("").to_string();
    let entry = DateEntry {
        role: DateRole::Unlabelled,
        date: d.value,
        raw,
    };
    let mut by = Byline::default();
    if byline::is_person_name(head) {
        by.authors.push(head.to_string());
    } else if crate::grammar::agency::is_organisation_credit(head) {
        by.credits.push(head.to_string());
    } else if crate::table::words_in(head).count() > 3 || head.contains(['.', '!', '?']) {
        return None;
    }
    // The writer after the date: "The Guardian 02/10/2020 Anna Fazackerley".
    if let Ok(m) = byline::parse_meta_tail(tail) {
        by.roles.resize(by.authors.len(), None);
        for a in m.value.authors {
            if !by.authors.contains(&a) {
                by.authors.push(a);
                by.roles.push(None);
            }
        }
    }
    Some(Kind::byline(by, [entry]))
}

/// Bylines printed without "By": "Jane Doe @handle / 2 days",
/// "Jane Doe, Outlet Name", "Jane Doe Senior Contributor", "Jane Doe Valley Today".
/// `words` is [`Shape::of`]`(t).words`, at least the number of words
/// `str::split_whitespace` cuts `t` into (it counts those, and more for
/// Chinese or Japanese text): at most 10 of those then, and they are
/// counted only when it is more.
pub(super) fn loose_byline(t: &str, words: usize, dopts: &DateOptions) -> Option<Kind> {
    if t.len() > 120 || (words > 10 && crate::table::words_in(t).count() > 10) {
        return None;
    }
    let mut by = Byline::default();
    let mut rest = "";
    if let Some((head, tail)) = split_at_byte(t, b'@') {
        // A handle has no space after "@" ("Name @ Place" is not a byline).
        if tail.starts_with(char::is_whitespace) {
            return None;
        }
        let head = head.trim();
        let head = head
            .strip_prefix("By ")
            .or_else(|| head.strip_prefix("by "))
            .unwrap_or(head)
            .trim();
        if !byline::is_person_name(head) {
            return None;
        }
        by.authors.push(head.to_string());
        // Drop the handle itself.
        rest = tail
            .split_once(char::is_whitespace)
            .map(|(_, r)| r)
            .unwrap_or("");
    } else if let Some((head, tail)) = split_at_byte(t, b',') {
        let (head, tail) = (head.trim(), tail.trim());
        // The cheap tests of the tail first, then the name.
        if tail.is_empty()
            || tail.chars().any(|c| c.is_ascii_digit())
            || crate::table::words_in(tail).count() > 4
            || !tail.starts_with(char::is_uppercase)
            || !byline::is_person_name(head)
        {
            return None;
        }
        by.authors.push(head.to_string());
        if byline::is_role(tail) {
            by.role = Some(tail.to_string());
        } else {
            by.credits.push(tail.to_string());
        }
    } else {
        // A name followed by a job title or an outlet.
        by = byline::parse_name_and_title(t).ok()?.value;
    }
    let dates: Vec<DateEntry> = loose_date(rest, dopts).into_iter().collect();
    Some(Kind::byline(by, dates))
}

/// `t.split_once(c)` for an ASCII byte `c`, found with one byte search.
fn split_at_byte(t: &str, c: u8) -> Option<(&str, &str)> {
    let i = memchr::memchr(c, t.as_bytes())?;
    Some((t.get(..i)?, t.get(i + 1..)?))
}

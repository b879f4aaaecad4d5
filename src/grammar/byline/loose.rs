//! A name followed by a job title or an outlet, with no separator between
//! them (author boxes): "Carla M. Lee Senior Contributor", "Elliot
//! Bernstein Valley Today".
//!
//! ```text
//! name_title := name (role | outlet) | agency role     ("Al Jazeera Correspondent")
//! name       := see `names`                           (2..=4 words)
//! role       := see `roles`
//! outlet     := agency | capitalised word {2,4} with an outlet word among them
//!               ("Today", "Times", "News", "Post", "Herald", ... see `words`)
//! ```
//!
//! A name is preferred that does not end with an initial ("Carla M." + "Lee
//! Senior Contributor" loses to "Carla M. Lee" + "Senior Contributor"), then
//! the shortest name ("Jane Doe" + "Moscow Correspondent", not "Jane Doe
//! Moscow" + "Correspondent").

use std::borrow::Cow;

use super::names::{is_honorific, is_name_part, is_person_name};
use super::roles::{is_role, may_end_role};
use super::words::{OUTLET_NAME_WORDS, contains};
use super::{Byline, BylineError};
use crate::Span;
use crate::grammar::Parsed;
use crate::grammar::agency::canonical_agency;

/// Most words in such a line.
const MAX_WORDS: usize = 10;

/// True when `words` name an organisation: an agency, or two to four
/// capitalised words of which one is an outlet word. One outlet word alone
/// is too weak: menus print "Exams Result News", "Elmira Sun Post".
/// `joined` is `words.join(" ")`.
fn is_outlet(words: &[&str], joined: &str) -> bool {
    if words.is_empty() || words.len() > 4 {
        return false;
    }
    if canonical_agency(joined).is_some() {
        return true;
    }
    if words.len() < 2 {
        return false;
    }
    let capitalised = words.iter().all(|w| {
        w.chars().next().is_some_and(char::is_uppercase)
            && w.chars()
                .all(|c| c.is_alphanumeric() || matches!(c, '-' | '\'' | '’' | '.' | '&'))
    });
    capitalised
        && words
            .iter()
            .any(|w| crate::table::with_lower(w, |l| contains(&OUTLET_NAME_WORDS, l)))
}

/// Parses `line` as a person's name followed by a job title or an outlet.
pub(crate) fn parse(line: &str) -> Result<Parsed<'_, Byline>, BylineError> {
    let t = line.trim();
    let start = line.len() - line.trim_start().len();
    // The first words, up to one more than a line may have (no allocation).
    let mut slots = [""; MAX_WORDS + 1];
    let mut n = 0usize;
    for (slot, w) in slots.iter_mut().zip(crate::table::words_in(t)) {
        *slot = w;
        n += 1;
    }
    let words = slots.get(..n).unwrap_or_default();
    if words.len() < 2 || words.len() > MAX_WORDS {
        return Err(BylineError::NoMatch);
    }
    // The words joined by single spaces, once: the first `k` words and the
    // others are slices of it (`head.join(" ")`, `tail.join(" ")`). When
    // the line is its words with one space between each two, it is that
    // text already.
    // (It is when it is as long as its words and one byte between each
    // two, and none of those bytes is ASCII white space but a space: white
    // space beyond ASCII takes more than one byte.)
    let single = t.len() == words.iter().map(|w| w.len()).sum::<usize>() + words.len() - 1
        && !t
            .bytes()
            .any(|b| matches!(b, b'\t' | b'\n' | 0x0B | 0x0C | b'\r'));
    let joined: Cow<'_, str> = if single {
        Cow::Borrowed(t)
    } else {
        Cow::Owned(words.join(" "))
    };
    let mut ends = [0usize; MAX_WORDS + 1];
    let mut end = 0usize;
    for (e, w) in ends.iter_mut().zip(words) {
        end += w.len();
        *e = end;
        end += 1;
    }
    let split = |k: usize| -> Option<(&str, &str)> {
        let e = *ends.get(k.checked_sub(1)?)?;
        Some((joined.get(..e)?, joined.get(e + 1..)?))
    };
    // Every tail below ends where the line does: none is a job title unless
    // the line may end with one.
    let role_possible = may_end_role(&joined);
    // "Al Jazeera Correspondent": an outlet and a job title, no person.
    for k in (1..words.len().min(5)).filter(|_| role_possible) {
        let Some((head, tail)) = split(k) else {
            continue;
        };
        if let Some(a) = canonical_agency(head)
            && is_role(tail)
        {
            let mut by = Byline::default();
            by.credits.push(a.to_string());
            by.role = Some(tail.to_string());
            return Ok(Parsed::new(by, "", Span::new(start, start + t.len())));
        }
    }
    // A name's first token is the first word, an honorific or a name part
    // (a name never starts with a particle or a suffix): otherwise no head
    // is a name, and the (costly) test of each is skipped.
    let may_be_name = std::cell::OnceCell::new();
    let mut best: Option<(usize, bool)> = None;
    let mut outlet = None;
    for k in 2..words.len().min(5) {
        let (Some((head_text, tail_text)), Some(head), Some(tail)) =
            (split(k), words.get(..k), words.get(k..))
        else {
            continue;
        };
        // The tail first: it is cheaper to test than the name.
        let role = role_possible && is_role(tail_text);
        if !role && (outlet.is_some() || !is_outlet(tail, tail_text)) {
            continue;
        }
        let first_ok = *may_be_name.get_or_init(|| {
            words
                .first()
                .is_some_and(|w| is_honorific(w) || is_name_part(w))
        });
        if !first_ok || !is_person_name(head_text) {
            continue;
        }
        if role {
            let initial_end = head.last().is_some_and(|w| is_initial_word(w));
            if best.is_none_or(|(_, init)| init && !initial_end) {
                best = Some((k, initial_end));
            }
        } else {
            outlet = Some(k);
        }
    }
    let (k, role) = match (best, outlet) {
        (Some((k, _)), _) => (k, true),
        (None, Some(k)) => (k, false),
        (None, None) => return Err(BylineError::NoMatch),
    };
    let (Some(head), Some(tail)) = (words.get(..k), words.get(k..)) else {
        return Err(BylineError::NoMatch);
    };
    let tail = tail.join(" ");
    let mut by = Byline::default();
    by.authors.push(head.join(" "));
    if role {
        by.roles.push(Some(tail.clone()));
        by.role = Some(tail);
    } else {
        by.roles.push(None);
        by.credits
            .push(canonical_agency(&tail).map_or(tail, str::to_string));
    }
    Ok(Parsed::new(by, "", Span::new(start, start + t.len())))
}

/// "Y.", "J.R.": an initial.
fn is_initial_word(w: &str) -> bool {
    w.ends_with('.')
        && w.chars().filter(|c| c.is_alphabetic()).count() <= 3
        && w.chars()
            .all(|c| c.is_uppercase() || matches!(c, '.' | '-'))
}

//! Date lines: one or more (labelled) dates separated by `|`, `,`, `·`, ...
//! or by nothing when a scrape glued a label to the previous date ("Nov. 20,
//! 2019Updated: Nov. 20, 2019 1:35 a.m.").

use nom::Parser;

use super::absolute::{Raw, RawDate};
use super::prim::{ci, ws0};
use super::{DateEntry, DateError, DateOptions, DateRole, Mode, is_weak, phrase, value};
use crate::Span;
use crate::grammar::Parsed;
use chrono::{Datelike, NaiveDate};

/// Labels naming the role of the date that follows (lower case).
#[rustfmt::skip]
static LABELS: &[(&str, DateRole)] = &[
    ("published", DateRole::Published), ("published on", DateRole::Published),
    ("published at", DateRole::Published), ("first published", DateRole::Published),
    ("first published on", DateRole::Published), ("first published at", DateRole::Published),
    ("posted", DateRole::Published), ("posted on", DateRole::Published),
    ("posted at", DateRole::Published), ("date", DateRole::Published),
    ("original", DateRole::Published),
    ("publié le", DateRole::Published), ("publié", DateRole::Published),
    ("publiée le", DateRole::Published), ("veröffentlicht am", DateRole::Published),
    ("veröffentlicht", DateRole::Published), ("erstellt am", DateRole::Published),
    ("publicado", DateRole::Published), ("publicado el", DateRole::Published),
    ("publicado em", DateRole::Published), ("pubblicato", DateRole::Published),
    ("pubblicato il", DateRole::Published), ("gepubliceerd", DateRole::Published),
    ("gepubliceerd op", DateRole::Published), ("опубликовано", DateRole::Published),
    ("опубліковано", DateRole::Published), ("publish date", DateRole::Published),
    ("publication date", DateRole::Published), ("date de publication", DateRole::Published),
    ("fecha", DateRole::Published), ("datum", DateRole::Published),
    ("updated", DateRole::Updated), ("updated on", DateRole::Updated),
    ("updated at", DateRole::Updated), ("last updated", DateRole::Updated),
    ("last updated on", DateRole::Updated), ("last updated at", DateRole::Updated),
    ("modified", DateRole::Updated), ("modified on", DateRole::Updated),
    ("last modified", DateRole::Updated),
    ("last modified on", DateRole::Updated), ("aktualisiert am", DateRole::Updated),
    ("aktualisiert", DateRole::Updated), ("zuletzt aktualisiert", DateRole::Updated),
    // Low German, Lower Sorbian, Esperanto.
    ("aktualiseert", DateRole::Updated), ("aktualizěrowane", DateRole::Updated),
    ("ĝisdatigita", DateRole::Updated), ("publikigita", DateRole::Published),
    ("stand", DateRole::Status), ("mis à jour le", DateRole::Updated),
    ("mis à jour", DateRole::Updated), ("modifié le", DateRole::Updated),
    ("modifié", DateRole::Updated), ("modifié à", DateRole::Updated),
    ("mis à jour à", DateRole::Updated), ("modifiée le", DateRole::Updated),
    ("actualisé le", DateRole::Updated), ("actualisé", DateRole::Updated),
    ("actualizado", DateRole::Updated),
    ("actualizado el", DateRole::Updated), ("atualizado", DateRole::Updated),
    ("atualizado em", DateRole::Updated), ("aggiornato", DateRole::Updated),
    ("aggiornato il", DateRole::Updated), ("bijgewerkt", DateRole::Updated),
    ("bijgewerkt op", DateRole::Updated), ("обновлено", DateRole::Updated),
    ("оновлено", DateRole::Updated),
    // Swedish, Danish, Norwegian, Finnish, Polish, Czech
    ("publicerad", DateRole::Published), ("publiceret", DateRole::Published),
    ("publisert", DateRole::Published), ("julkaistu", DateRole::Published),
    ("opublikowano", DateRole::Published), ("publikováno", DateRole::Published),
    ("uppdaterad", DateRole::Updated), ("opdateret", DateRole::Updated),
    ("oppdatert", DateRole::Updated), ("päivitetty", DateRole::Updated),
    ("zaktualizowano", DateRole::Updated), ("data aktualizacji", DateRole::Updated),
    ("data publikacji", DateRole::Published), ("aktualizováno", DateRole::Updated),
    // Turkish (capitals fold "I" to "i": the dotless "ı" spelled both ways)
    ("yayınlanma", DateRole::Published), ("yayinlanma", DateRole::Published),
    ("güncelleme", DateRole::Updated), ("giriş", DateRole::Published),
    ("giriş tarihi", DateRole::Published), ("son güncelleme", DateRole::Updated),
    ("güncellenme", DateRole::Updated),
    // Greek, Vietnamese, Indonesian, Korean, Arabic, Hindi
    ("ενημερώθηκε", DateRole::Updated), ("δημοσιεύθηκε", DateRole::Published),
    ("cập nhật", DateRole::Updated), ("diperbarui", DateRole::Updated),
    ("수정", DateRole::Updated), ("입력", DateRole::Published),
    ("آخر تحديث", DateRole::Updated), ("تاريخ النشر", DateRole::Published),
    ("अपडेटेड", DateRole::Updated), ("प्रकाशित", DateRole::Published),
    // Hungarian, Tagalog, Hebrew, Romanian, Slovak
    ("frissítve", DateRole::Updated), ("frissítés", DateRole::Updated),
    ("közzétéve", DateRole::Published), ("publikálva", DateRole::Published),
    ("huling update", DateRole::Updated), ("inilathala", DateRole::Published),
    ("עודכן", DateRole::Updated), ("פורסם", DateRole::Published),
    ("actualizat", DateRole::Updated), ("publicat", DateRole::Published),
    ("aktualizované", DateRole::Updated), ("publikované", DateRole::Published),
    // Croatian, Serbian, Bosnian, Slovenian, Bulgarian
    ("objavljeno", DateRole::Published), ("ažurirano", DateRole::Updated),
    ("azurirano", DateRole::Updated), ("објављено", DateRole::Published),
    ("ажурирано", DateRole::Updated), ("posodobljeno", DateRole::Updated),
    ("публикувано", DateRole::Published), ("актуализирано", DateRole::Updated),
    ("публикувана", DateRole::Published), ("обновена", DateRole::Updated),
    ("обновено", DateRole::Updated),
    // Malay, Indonesian, Swahili, Catalan
    ("dikemas kini", DateRole::Updated), ("dikemaskini", DateRole::Updated),
    ("diterbitkan", DateRole::Published), ("dipublikasikan", DateRole::Published),
    ("imechapishwa", DateRole::Published), ("imesasishwa", DateRole::Updated),
    ("actualitzat", DateRole::Updated), ("actualitzada", DateRole::Updated),
    ("publicada", DateRole::Published),
    // Thai, Persian, Bengali, Welsh, Estonian, Lithuanian, Latvian
    ("เผยแพร่", DateRole::Published), ("อัปเดต", DateRole::Updated),
    ("อัพเดท", DateRole::Updated), ("แก้ไขล่าสุด", DateRole::Updated),
    ("تاریخ انتشار", DateRole::Published), ("به‌روزرسانی", DateRole::Updated),
    ("بروزرسانی", DateRole::Updated), ("প্রকাশিত", DateRole::Published),
    ("প্রকাশ", DateRole::Published), ("আপডেট", DateRole::Updated),
    ("cyhoeddwyd", DateRole::Published), ("diweddarwyd", DateRole::Updated),
    ("avaldatud", DateRole::Published), ("uuendatud", DateRole::Updated),
    ("publikuota", DateRole::Published), ("atnaujinta", DateRole::Updated),
    ("publicēts", DateRole::Published), ("atjaunināts", DateRole::Updated),
    // Kazakh, Georgian, Armenian, Hindi
    ("жарияланды", DateRole::Published), ("жаңартылды", DateRole::Updated),
    ("გამოქვეყნდა", DateRole::Published), ("განახლდა", DateRole::Updated),
    ("հրապարակվել է", DateRole::Published), ("թարմացվել է", DateRole::Updated),
    ("अद्यतन", DateRole::Updated),
    // Polish and Italian nouns and participles
    ("aktualizacja", DateRole::Updated), ("publikacja", DateRole::Published),
    ("modifica il", DateRole::Updated), ("modificato il", DateRole::Updated),
    ("ultima modifica", DateRole::Updated), ("ultimo aggiornamento", DateRole::Updated),
    // Luxembourgish, Zulu, Telugu
    ("aktualiséiert", DateRole::Updated), ("publizéiert", DateRole::Published),
    ("kubuyekezwe", DateRole::Updated), ("ప్రచురణ", DateRole::Published),
    ("నవీకరణ", DateRole::Updated),
    // Icelandic, Welsh, Basque, Albanian, Belarusian, Kannada, Tamil
    ("uppfært", DateRole::Updated), ("birt", DateRole::Published),
    ("diweddarwyd diwethaf", DateRole::Updated), ("eguneratua", DateRole::Updated),
    ("argitaratua", DateRole::Published), ("përditësuar", DateRole::Updated),
    ("publikuar", DateRole::Published), ("абноўлена", DateRole::Updated),
    ("апублікавана", DateRole::Published), ("ಪ್ರಕಟಿತ", DateRole::Published),
    ("ನವೀಕರಿಸಲಾಗಿದೆ", DateRole::Updated), ("வெளியிடப்பட்டது", DateRole::Published),
    ("புதுப்பிக்கப்பட்டது", DateRole::Updated),
    // English singular, Northern Sami, Kabyle, Shona
    ("last update", DateRole::Updated), ("latest update", DateRole::Updated),
    ("maŋimuš ođasmahttojuvvon", DateRole::Updated), ("ođasmahttojuvvon", DateRole::Updated),
    ("yettwaleqqem", DateRole::Updated), ("yettwasuffeɣ", DateRole::Published),
    ("yakagadziridzwa", DateRole::Updated), ("yakabudiswa", DateRole::Published),
];

/// Characters that separate the dates of a date line.
const SEPARATORS: &[char] = &['|', ',', '·', '/', '-', '–', '—', '•', ';'];

/// Separators after which an unlabelled time or day word still ends an entry.
const STRONG_SEPARATORS: &[char] = &['|', '·', '/', '–', '—', '•'];

/// `label = label_words [ws0 (":" | "-" | "–" | "—" | "|")] ws0`, longest first.
fn label(i: &str) -> Option<(&str, DateRole)> {
    // Every label has a first word: none starts an empty input (a date line
    // read to its end), and all of them would be tried.
    if i.is_empty() {
        return None;
    }
    let mut best: Option<(&str, DateRole)> = None;
    let second = i.as_bytes().get(1).copied();
    let first = non_ascii_first_lower(i);
    for &(text, role) in label_candidates(i) {
        if !may_match_second(second, text) || !may_match_first(first, text) {
            continue;
        }
        if let Ok((rest, _)) = ci(text)(i) {
            if best.is_none_or(|(r, _)| rest.len() < r.len()) {
                best = Some((rest, role));
            }
        }
    }
    let (rest, role) = best?;
    let punct = (
        ws0,
        nom::character::complete::one_of::<_, _, nom::error::Error<&str>>(":-–—|"),
    );
    let (rest, _) = nom::combinator::opt(punct).parse(rest).ok()?;
    Some((rest.trim_start(), role))
}

/// False when `label` cannot match an input whose second byte is `second`.
///
/// Exact: with an ASCII second byte, the input's first character is one
/// byte (it is ASCII: non-ASCII first bytes are followed by continuation
/// bytes) and so is its second; `words_prefix` folds an ASCII character
/// only to its own lower case, which must then equal the label's second
/// character — unless that is a space, which any white space matches.
fn may_match_second(second: Option<u8>, label: &str) -> bool {
    match (second, label.as_bytes().get(1)) {
        (Some(a), Some(&b)) if a.is_ascii() => b == b' ' || a.eq_ignore_ascii_case(&b),
        _ => true,
    }
}

/// The first character of `i` lower-cased (its first lower-case
/// character), when `i` starts with a non-ASCII character.
fn non_ascii_first_lower(i: &str) -> Option<char> {
    let c = i.chars().next().filter(|c| !c.is_ascii())?;
    c.to_lowercase().next()
}

/// False when `label` cannot match an input whose first character is
/// non-ASCII and lower-cases to `first` first.
///
/// Exact: `fold_prefix` compares an ASCII first word of the label byte by
/// byte ignoring ASCII case, which a non-ASCII first byte never passes; any
/// other first word is compared character by character with the input
/// lower-cased, so its first character is the first one (`first`) the
/// input's first character lower-cases to.
fn may_match_first(first: Option<char>, label: &str) -> bool {
    match first {
        // (`f` is no space: the label opens with it exactly when its first
        // word does, told before the word is cut out.)
        Some(f) => label.starts_with(f) && !label.split(' ').next().unwrap_or(label).is_ascii(),
        None => true,
    }
}

/// The role a date label printed alone on its line gives the date under
/// it ("Publish date:", "Last updated:"); `None` when the line is not a
/// label with its colon.
pub(crate) fn lone_label(line: &str) -> Option<DateRole> {
    let t = line.trim();
    if !t.ends_with(':') || t.len() > 40 {
        return None;
    }
    label(t).and_then(|(rest, role)| rest.is_empty().then_some(role))
}

/// The labels that can start `i`, in [`LABELS`] order: when `i` starts with
/// an ASCII character, only the labels starting with it in either case (or
/// with a space) — the others fail on their first character (see
/// `words_prefix`).
fn label_candidates(i: &str) -> &'static [(&'static str, DateRole)] {
    static BY_FIRST: std::sync::OnceLock<Vec<Vec<(&'static str, DateRole)>>> =
        std::sync::OnceLock::new();
    let by_first = BY_FIRST.get_or_init(|| {
        (0u8..128)
            .map(|a| {
                LABELS
                    .iter()
                    .filter(|(text, _)| {
                        text.as_bytes()
                            .first()
                            .is_none_or(|&b| b == b' ' || a.eq_ignore_ascii_case(&b))
                    })
                    .copied()
                    .collect()
            })
            .collect()
    });
    match i.as_bytes().first() {
        Some(&a) if a.is_ascii() => by_first.get(usize::from(a)).map_or(LABELS, Vec::as_slice),
        _ => LABELS,
    }
}

/// `rest` without leading separators and whitespace.
fn skip_separators(rest: &str) -> &str {
    rest.trim_start_matches(|c: char| c.is_whitespace() || SEPARATORS.contains(&c))
}

/// Words that join two labelled entries ("Posted 5:42 PM, Mar 03, 2025 and
/// last updated 7:15 AM, Mar 04, 2025").
const CONJUNCTIONS: &[&str] = &["and", "und", "et", "y", "e", "en", "ja", "og", "och", "i"];

/// `rest` less a conjunction and the white space after it when a label
/// follows them; else `rest`.
fn skip_conjunction(rest: &str) -> &str {
    let Some((word, after)) = rest.split_once(' ') else {
        return rest;
    };
    let after = after.trim_start();
    if CONJUNCTIONS.iter().any(|c| word.eq_ignore_ascii_case(c)) && label(after).is_some() {
        after
    } else {
        rest
    }
}

/// `date_line = [label] phrase { sep [conjunction] [label] phrase } rest`
pub(super) fn parse<'a>(
    line: &'a str,
    opts: &DateOptions,
) -> Result<Parsed<'a, Vec<DateEntry>>, DateError> {
    let mut entries = Vec::new();
    let mut cur = line.trim_start();
    let start = line.len() - cur.len();
    let mut end = start;
    let mut paren = false;
    loop {
        let (body, role) = label(cur).unwrap_or((cur, DateRole::Unlabelled));
        let labelled = role != DateRole::Unlabelled;
        let mode = Mode {
            bare_time: labelled,
            weak: true,
        };
        let attempt = phrase(body, opts, mode).and_then(|(rest, raw)| {
            // "Today | By Jane Doe" but not "Today, the council voted"
            let next = rest.trim_start().chars().next();
            let ends = next.is_none_or(|c| STRONG_SEPARATORS.contains(&c));
            if !labelled && is_weak(&raw) && !ends {
                return Err(DateError::NoMatch);
            }
            let day = entries
                .last()
                .and_then(|e: &DateEntry| e.date.value.as_ref())
                .map(|v| v.date());
            Ok((rest, resolve_on(raw, day, opts)?))
        });
        match attempt {
            Ok((rest, date)) => {
                let raw = body.get(..body.len() - rest.len()).unwrap_or_default();
                entries.push(DateEntry {
                    role,
                    date,
                    raw: raw.to_string(),
                });
                end = line.len() - rest.len();
                // A bracket closing a labelled date opened below.
                if paren && let Some(r) = rest.trim_start().strip_prefix(')') {
                    end = line.len() - r.len();
                    paren = false;
                }
                cur = skip_conjunction(skip_separators(line.get(end..).unwrap_or_default()));
                // "13 marzo 2025 (modifica il 14 marzo 2025)": a labelled date
                // in brackets after the first.
                if let Some(r) = cur.strip_prefix('(').filter(|r| label(r).is_some()) {
                    cur = r;
                    paren = true;
                }
                // "Nov. 20, 2019Updated: ...": a label glued to the date;
                // "December 22, 2019December 23, 2019": a date glued to it.
                let glued_date = cur.starts_with(|c: char| c.is_ascii_digit() || c.is_uppercase());
                if cur.len() == rest.len() && label(cur).is_none() && !glued_date {
                    break;
                }
            }
            Err(e) if entries.is_empty() => return Err(e),
            Err(_) => break,
        }
    }
    let rest = skip_separators(line.get(end..).unwrap_or_default());
    Ok(Parsed::new(entries, rest, Span::new(start, end)))
}

/// A time printed alone after a dated entry of the same line is a time of
/// that day ("Published 4 March 2025, updated 10:45", "Publié le 4 mars
/// 2025 à 05h30, modifié à 08h12"); any other phrase is resolved alone.
fn resolve_on(
    raw: Raw<'_>,
    day: Option<NaiveDate>,
    opts: &DateOptions,
) -> Result<super::DateMatch, DateError> {
    match (raw, day) {
        (
            Raw::Abs {
                date: None,
                time: Some(t),
            },
            Some(d),
        ) => {
            let ymd = RawDate::Ymd(d.year().try_into().unwrap_or(0), d.month(), d.day());
            value::resolve(
                Raw::Abs {
                    date: Some(ymd),
                    time: Some(t),
                },
                opts,
            )
        }
        (raw, _) => value::resolve(raw, opts),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn second_byte_gate_keeps_every_label() {
        for &(text, role) in LABELS {
            for s in [text.to_string(), text.to_uppercase(), format!("{text}: x")] {
                let second = s.as_bytes().get(1).copied();
                assert!(may_match_second(second, text), "{s}");
                assert!(label(&s).is_some_and(|(_, r)| r == role), "{s}");
            }
        }
        assert!(!may_match_second(Some(b'o'), "published"));
        assert!(may_match_second(Some(b'\t'), "a b"));
        for &(text, _) in LABELS {
            let upper = text.to_uppercase();
            for s in [text, upper.as_str()] {
                assert!(may_match_first(non_ascii_first_lower(s), text), "{s}");
            }
        }
        assert!(!may_match_first(Some('о'), "published"));
        assert!(!may_match_first(Some('“'), "опубликовано"));
        assert_eq!(non_ascii_first_lower("Date"), None);
        // No label matches an empty input (every label was tried on it).
        assert!(LABELS.iter().all(|(text, _)| ci(text)("").is_err()));
        assert!(label("").is_none());
    }

    #[test]
    fn nordic_labels_name_the_role() {
        let o = DateOptions::default();
        for (line, role) in [
            ("Publicerad 4 mars 2025 kl. 10:31", DateRole::Published),
            ("Uppdaterad 4 mars 2025", DateRole::Updated),
            ("Opdateret 4. marts 2025", DateRole::Updated),
            ("Oppdatert 4. mars 2025", DateRole::Updated),
        ] {
            let p = parse(line, &o).unwrap_or_else(|e| panic!("{line}: {e:?}"));
            assert_eq!(p.value.len(), 1, "{line}");
            assert_eq!(p.value[0].role, role, "{line}");
        }
    }
}

//! The reading-time label: "2 min read", "Lesezeit: 3 Min.", "3 min.
//! læsetid", "Temps de lectura: 3 min".

use nom::branch::alt;
use nom::bytes::complete::{tag, tag_no_case, take_while};
use nom::character::complete::{digit1, space0, space1};
use nom::combinator::{map_res, opt};
use nom::{IResult, Parser as _};

use super::MiscError;
use crate::Span;
use crate::grammar::Parsed;

fn minutes(i: &str) -> IResult<&str, u32> {
    map_res(digit1, |d: &str| d.parse::<u32>()).parse(i)
}

fn min_word(i: &str) -> IResult<&str, &str> {
    // Longest first: "min" would stop "minuti" short.
    alt((
        alt((
            tag_no_case("minutter"),
            tag_no_case("minuter"),
            tag_no_case("minutes"),
            tag_no_case("minuten"),
            tag_no_case("minutos"),
            tag_no_case("minuti"),
            tag_no_case("minúty"),
            tag_no_case("minút"),
            tag_no_case("minuty"),
            tag_no_case("minuta"),
            tag_no_case("minute"),
            tag_no_case("minut"),
        )),
        tag_no_case("mins"),
        tag_no_case("min."),
        tag_no_case("min"),
        tag_no_case("минути"),
        tag_no_case("минут"),
        tag_no_case("perc"),
        tag_no_case("phút"),
        tag_no_case("мин."),
        tag_no_case("мин"),
        tag_no_case("хв."),
        tag_no_case("хв"),
        // Turkish "dakika", shortened "dk".
        tag_no_case("dakika"),
        tag_no_case("dk."),
        tag_no_case("dk"),
        // Thai "minutes"; Marathi, Persian and Arabic; Greek "minutes"
        // (and "minute"), Indonesian and Malay.
        alt((
            tag("นาที"),
            tag("मिनिटे"),
            tag("मिनिट"),
            tag("دقیقه"),
            tag("دقيقة"),
            tag("دقائق"),
            tag_no_case("λεπτά"),
            tag_no_case("λεπτό"),
            tag_no_case("menit"),
            tag_no_case("minit"),
            // Telugu "minutes" and "minute".
            tag("నిమిషాలు"),
            tag("నిమిషం"),
        )),
    ))
    .parse(i)
}

fn read_word(i: &str) -> IResult<&str, &str> {
    alt((
        tag_no_case("read"),
        tag_no_case("reading time"),
        tag_no_case("de lecture"),
        tag_no_case("lectura"),
        tag_no_case("de leitura"),
        tag_no_case("di lettura"),
        tag_no_case("Lesezeit"),
        tag_no_case("leestijd"),
        tag_no_case("чтения"),
        tag_no_case("читання"),
        alt((
            tag_no_case("de lectura"),
            tag_no_case("læsetid"),
            tag_no_case("lesetid"),
            tag_no_case("lästid"),
            tag_no_case("lukuaika"),
            tag_no_case("lettura"),
            tag_no_case("leitura"),
        )),
    ))
    .parse(i)
}

// reading_time := label? about? N ("-" | " ") min_word ("." )? (" "? read_word)?
// label        := ("Lesezeit" | "Reading time" | "Temps de lecture" | "Tiempo de lectura" | "Lesedauer" | "Lectura" | "Lecture" | ...) spaces? ":"? " "
// about        := ("noin" | "about" | "etwa" | "ca." | "circa" | "environ" | "approx." | "kb." | ...) " "   (after a label only)
pub(super) fn reading_time(i: &str) -> IResult<&str, u32> {
    // (A new label's first letter goes into `may_open_reading_time`, and
    // the label into its test.)
    let label = opt((
        alt((
            tag_no_case("Lesezeit"),
            tag_no_case("Lesedauer"),
            tag_no_case("Reading time"),
            tag_no_case("Read time"),
            tag_no_case("Temps de lecture"),
            tag_no_case("Tiempo de lectura"),
            tag_no_case("Tempo di lettura"),
            tag_no_case("Время чтения"),
            tag_no_case("Leestijd"),
            tag_no_case("Leesduur"),
            tag_no_case("Tempo de leitura"),
            tag_no_case("Czas czytania"),
            tag_no_case("Lesetid"),
            tag_no_case("Lästid"),
            tag_no_case("Okunma süresi"),
            tag_no_case("Okuma süresi"),
            tag_no_case("Lukuaika"),
            alt((
                tag_no_case("Temps de lectura"),
                tag_no_case("Læsetid"),
                tag_no_case("Olvasási idő"),
                tag_no_case("Timp de citire"),
                tag_no_case("Czas lektury"),
                tag_no_case("Čítanie na"),
                tag_no_case("Čas čítania"),
                tag_no_case("Čas čtení"),
                tag_no_case("Doba čtení"),
                tag_no_case("Време за четене"),
                tag_no_case("Час читання"),
                tag_no_case("Skaitymo laikas"),
                tag_no_case("Lasīšanas laiks"),
                tag_no_case("Lugemisaeg"),
                tag_no_case("Vrijeme čitanja"),
                tag_no_case("Vreme čitanja"),
                tag_no_case("Čas branja"),
                tag_no_case("Thời gian đọc"),
                tag_no_case("Waktu baca"),
                tag_no_case("Leestyd"),
                // Thai "read".
                tag("อ่าน"),
            )),
            // Persian and Arabic, Kazakh, Marathi, Greek, Telugu.
            alt((
                tag_no_case("Χρόνος ανάγνωσης"),
                // In capitals the final sigma is "Σ" (and the accents
                // are dropped as Greek capitals drop them, or kept).
                tag_no_case("ΧΡΟΝΟΣ ΑΝΑΓΝΩΣΗΣ"),
                tag_no_case("ΧΡΌΝΟΣ ΑΝΆΓΝΩΣΗΣ"),
                tag_no_case("Оқу уақыты"),
                tag("वाचन वेळ"),
                tag("زمان مطالعه"),
                tag("مدت مطالعه"),
                tag("وقت القراءة"),
                tag("مدة القراءة"),
                // Telugu "to read" ("చదవడానికి 4 నిమిషాలు").
                tag("చదవడానికి"),
            )),
            // The reading word alone as the label ("Lectura: 3 min",
            // "Lecture 4 min.").
            alt((
                tag_no_case("Lectura"),
                tag_no_case("Lecture"),
                tag_no_case("Leitura"),
                tag_no_case("Lettura"),
            )),
        )),
        // French typography spaces the colon ("Temps de lecture : 4 min").
        take_while(|c: char| matches!(c, ' ' | '\t' | '\u{a0}' | '\u{202f}')),
        opt(tag(":")),
        space0,
    ));
    // "Lukuaika noin 3 min": a word for "about" after a label.
    let about = opt((
        alt((
            tag_no_case("noin"),
            tag_no_case("about"),
            tag_no_case("etwa"),
            tag_no_case("ca."),
            tag_no_case("circa"),
            tag_no_case("environ"),
            tag_no_case("approx."),
            tag_no_case("approximately"),
            tag_no_case("aprox."),
            tag_no_case("kb."),
            tag_no_case("około"),
            tag_no_case("ok."),
            tag_no_case("cca"),
            tag_no_case("ongeveer"),
            tag_no_case("yaklaşık"),
            tag_no_case("sekitar"),
            tag_no_case("около"),
        )),
        space1,
    ));
    let (i, (lab, _, ab, n, _, _, _, rd)) = (
        label,
        space0,
        about,
        minutes,
        alt((tag("-"), space0)),
        min_word,
        space0,
        opt(read_word),
    )
        .parse(i)?;
    if lab.is_none() && (rd.is_none() || ab.is_some()) {
        return Err(nom::Err::Error(nom::error::Error::new(
            i,
            nom::error::ErrorKind::Tag,
        )));
    }
    Ok((i, n))
}

/// Parses a reading-time label: `2 min read`, `5-minute read`,
/// `Lesezeit: 3 Min.`, `Reading time: 4 minutes`, `3 min de lecture`.
///
/// ```
/// use newsclip::grammar::misc::parse_reading_time;
/// assert_eq!(parse_reading_time("2 min read").unwrap().value, 2);
/// assert_eq!(parse_reading_time("Lesezeit: 3 Min.").unwrap().value, 3);
/// assert_eq!(parse_reading_time("Temps de lecture : 4 min.").unwrap().value, 4);
/// assert_eq!(parse_reading_time("Tempo di lettura: 2 minuti").unwrap().value, 2);
/// assert_eq!(parse_reading_time("Lesezeit: 3 Minuten").unwrap().value, 3);
/// assert_eq!(parse_reading_time("Leestijd: 3 minuten").unwrap().value, 3);
/// // Digits of other scripts are read as ASCII digits.
/// assert_eq!(parse_reading_time("زمان مطالعه: ۵ دقیقه").unwrap().value, 5);
/// assert_eq!(parse_reading_time("3 min. læsetid").unwrap().value, 3);
/// assert_eq!(parse_reading_time("Temps de lectura: 3 min").unwrap().value, 3);
/// assert_eq!(parse_reading_time("5 min de lectura").unwrap().value, 5);
/// assert_eq!(parse_reading_time("Lectura: 3 min").unwrap().value, 3);
/// assert_eq!(parse_reading_time("Lecture 4 min.").unwrap().value, 4);
/// assert!(parse_reading_time("2 minutes later, he left").is_err());
/// ```
pub fn parse_reading_time(line: &str) -> Result<Parsed<'_, u32>, MiscError> {
    crate::grammar::digits::with_ascii_digits(line, reading_time_ascii)
}

/// [`parse_reading_time`] on a line whose digits are ASCII.
fn reading_time_ascii(line: &str) -> Result<Parsed<'_, u32>, MiscError> {
    let t = line.trim();
    if !may_open_reading_time(t) || !has_count_then_minute(t) {
        return Err(MiscError::NoMatch);
    }
    match reading_time(t) {
        Ok((rest, n)) if rest.trim().is_empty() && n > 0 && n < 1000 => {
            let start = line.len() - line.trim_start().len();
            Ok(Parsed::new(n, "", Span::new(start, start + t.len())))
        }
        _ => Err(MiscError::NoMatch),
    }
}

/// A necessary condition for [`reading_time`] on `t`: a run of ASCII
/// digits (`minutes` reads a whole run) followed by a minute word's first
/// letter, after a dash or after spaces and tabs (`alt((tag("-"),
/// space0))`). Every minute word opens with "m", "d", "p", "м", "х", "น",
/// "د", "म", "న" or "λ" in either case, and no other character lower-cases to
/// those.
pub(super) fn has_count_then_minute(t: &str) -> bool {
    let b = t.as_bytes();
    b.iter().enumerate().any(|(i, c)| {
        if !c.is_ascii_digit() || b.get(i + 1).is_some_and(u8::is_ascii_digit) {
            return false;
        }
        let mut j = i + 1;
        if b.get(j) == Some(&b'-') {
            j += 1;
        } else {
            while matches!(b.get(j), Some(b' ' | b'\t')) {
                j += 1;
            }
        }
        let rest = b.get(j..).unwrap_or_default();
        matches!(rest.first(), Some(b'm' | b'M' | b'd' | b'D' | b'p' | b'P'))
            || ["м", "М", "х", "Х", "น", "د", "म", "λ", "Λ", "న"]
                .iter()
                .any(|w| rest.starts_with(w.as_bytes()))
    })
}

/// A necessary condition for [`reading_time`] on the trimmed `t`: it
/// opens with a label (each starts with one of the letters below in either
/// case; `tag_no_case` compares characters lower-cased, and no other
/// character lower-cases to these) or with the count's ASCII digits (the
/// spaces before it are trimmed).
pub(super) fn may_open_reading_time(t: &str) -> bool {
    t.starts_with(|c: char| {
        c.is_ascii_digit()
            || matches!(
                c,
                'l' | 'L'
                    | 'r'
                    | 'R'
                    | 't'
                    | 'T'
                    | 'c'
                    | 'C'
                    | 'o'
                    | 'O'
                    | 'в'
                    | 'В'
                    | 'č'
                    | 'Č'
                    | 'd'
                    | 'D'
                    | 's'
                    | 'S'
                    | 'ч'
                    | 'Ч'
                    | 'v'
                    | 'V'
                    | 'w'
                    | 'W'
                    | 'อ'
                    | 'Χ'
                    | 'χ'
                    | 'ز'
                    | 'م'
                    | 'و'
                    | 'О'
                    | 'о'
                    | 'व'
                    | 'చ'
            )
    })
}

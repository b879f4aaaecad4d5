//! Source lines: the agencies a story is credited to, printed on a line of
//! their own ("Source: Reuters", "Quelle: dpa", "Źródło: PAP", "(dpa)",
//! "Mit Material von dpa und AFP").
//!
//! ```text
//! source_line := label ws* ":" ws* credits ["."]      (credits may be desks)
//!              | phrase ws+ credits ["."]             (credits may be desks)
//!              | "(" credits ")"                      (agencies only)
//! label       := "source" | "sources" | "quelle" | "quellen" | "fuente" | "fuentes"
//!              | "fonte" | "fontes" | "źródło" | "zdroj" | "källa" | "kilde" | "lähde"
//!              | "bron" | "forrás" | "kaynak" | "источник" | "джерело" | "sursa"
//!              | "πηγή" | "izvor" | "vir" | "allikas" | "avots" | "šaltinis" | "извор"
//!              | "източник" | "sumber" | "chanzo" | "font" | "nguồn" | "منبع" | "المصدر"
//!              | "מקור" | "ที่มา" | "स्रोत" | "সূত্র" | "来源" | "출처"
//! phrase      := "mit material von" | "mit material der" | "with files from"
//!              | "con información de" | "com informações da" | "com informações de"
//! credits     := credit { sep credit }
//! sep         := "," | "/" | ";" | "&" | a conjunction word ("and", "und", "y", "e", "et", ...)
//! credit      := a known agency (folded to its short form) | a desk ("Agencies")
//! ```
//!
//! A source that is no agency ("Source: company filings", "Quelle: EZB") is
//! no match: those lines source a figure, not the story.

use nom::branch::alt;
use nom::bytes::complete::tag_no_case;
use nom::character::complete::{char, space0, space1};
use nom::sequence::terminated;
use nom::{IResult, Parser as _};

use super::Parsed;
use super::agency::{canonical_agency, is_desk};
use super::misc::MiscError;
use super::prim::offset_in;
use crate::Span;

/// The longest line a source line can be, in bytes.
const MAX_BYTES: usize = 120;

fn label(i: &str) -> IResult<&str, &str> {
    alt((
        alt((
            tag_no_case("sources"),
            tag_no_case("source"),
            tag_no_case("quellen"),
            tag_no_case("quelle"),
            tag_no_case("fuentes"),
            tag_no_case("fuente"),
            tag_no_case("fontes"),
            tag_no_case("fonte"),
            tag_no_case("źródło"),
            tag_no_case("zdroj"),
            tag_no_case("källa"),
            tag_no_case("kilde"),
        )),
        alt((
            tag_no_case("lähde"),
            tag_no_case("bron"),
            tag_no_case("forrás"),
            tag_no_case("kaynak"),
            tag_no_case("источник"),
            tag_no_case("джерело"),
            tag_no_case("sursa"),
            tag_no_case("πηγή"),
            tag_no_case("izvor"),
            tag_no_case("vir"),
            tag_no_case("allikas"),
            tag_no_case("avots"),
            tag_no_case("šaltinis"),
        )),
        alt((
            tag_no_case("извор"),
            tag_no_case("източник"),
            tag_no_case("sumber"),
            tag_no_case("chanzo"),
            tag_no_case("font"),
            tag_no_case("nguồn"),
            tag_no_case("منبع"),
            tag_no_case("المصدر"),
            tag_no_case("מקור"),
            tag_no_case("ที่มา"),
            tag_no_case("स्रोत"),
            tag_no_case("সূত্র"),
            tag_no_case("来源"),
            tag_no_case("출처"),
        )),
    ))
    .parse(i)
}

fn phrase(i: &str) -> IResult<&str, &str> {
    alt((
        tag_no_case("mit material von"),
        tag_no_case("mit material der"),
        tag_no_case("with files from"),
        tag_no_case("con información de"),
        tag_no_case("com informações da"),
        tag_no_case("com informações de"),
    ))
    .parse(i)
}

/// The opening of a labelled or phrased source line: what follows it.
fn opening(i: &str) -> IResult<&str, &str> {
    alt((
        terminated(label, (space0, char(':'), space0)),
        terminated(phrase, space1),
    ))
    .parse(i)
}

/// Conjunctions that join two credits, lower-case.
const JOINS: &[&str] = &[
    "and", "und", "y", "e", "et", "i", "ja", "og", "och", "en", "a", "és", "ve", "и", "та", "και",
];

/// The credits of `list`, each folded to its short form; `None` when a
/// piece is no agency (nor a desk when `desks`).
fn credits(list: &str, desks: bool) -> Option<Vec<String>> {
    let mut out: Vec<String> = Vec::new();
    let mut push = |piece: &str| -> Option<()> {
        let piece = piece.trim().trim_end_matches('.').trim();
        if piece.is_empty() {
            return Some(());
        }
        let name = match canonical_agency(piece) {
            Some(a) => a.to_string(),
            None if desks && is_desk(piece) => piece.to_string(),
            None => return None,
        };
        if !out.contains(&name) {
            out.push(name);
        }
        Some(())
    };
    for part in list.split([',', '/', ';', '&']) {
        // Conjunction words split a part into pieces.
        let mut start = 0;
        let mut at = 0;
        for w in part.split(' ') {
            let end = at + w.len();
            if JOINS.iter().any(|j| w.eq_ignore_ascii_case(j) || w == *j) {
                push(part.get(start..at)?)?;
                start = (end + 1).min(part.len());
            }
            at = end + 1;
        }
        push(part.get(start..)?)?;
    }
    (!out.is_empty()).then_some(out)
}

/// Parses a line that credits the story to agencies ("Source: Reuters",
/// "Quelle: dpa/AFP", "(dpa)", "Mit Material von dpa und AFP"): the
/// agencies' short forms.
///
/// A labelled line may name desks ("Source: Agencies"); a bracketed one
/// names agencies only.
///
/// ```
/// use newsclip::grammar::source::parse_source_line;
/// assert_eq!(parse_source_line("Źródło: PAP").unwrap().value, ["PAP"]);
/// assert_eq!(parse_source_line("Quelle: dpa, AFP").unwrap().value, ["dpa", "AFP"]);
/// assert_eq!(parse_source_line("(Reuters)").unwrap().value, ["Reuters"]);
/// assert_eq!(parse_source_line("-- BERNAMA").unwrap().value, ["Bernama"]);
/// assert_eq!(parse_source_line("Извор: Танјуг").unwrap().value, ["Tanjug"]);
/// assert!(parse_source_line("Source: company filings").is_err());
/// ```
pub fn parse_source_line(line: &str) -> Result<Parsed<'_, Vec<String>>, MiscError> {
    let t = line.trim();
    if t.len() < 3 || t.len() > MAX_BYTES {
        return Err(MiscError::NoMatch);
    }
    let start = offset_in(line, t);
    let span = Span::new(start, start + t.len());
    let found = if let Some(inner) = t.strip_prefix('(').and_then(|r| r.strip_suffix(')')) {
        credits(inner, false)
    } else if let Some(rest) = dashed_sign_off(t) {
        credits(rest, false)
    } else {
        let (rest, _) = opening(t).map_err(|_| MiscError::NoMatch)?;
        credits(rest, true)
    };
    found
        .map(|v| Parsed::new(v, "", span))
        .ok_or(MiscError::NoMatch)
}

/// The agencies after the dashes of a wire's sign-off closing its text
/// ("-- BERNAMA", "— AFP", "–AP"): one or two dashes, then agencies only.
fn dashed_sign_off(t: &str) -> Option<&str> {
    let rest = t
        .strip_prefix("--")
        .or_else(|| t.strip_prefix(['—', '–', '-']))?;
    let rest = rest.trim_start();
    rest.starts_with(|c: char| c.is_alphabetic())
        .then_some(rest)
}

/// True when `line` opens with a source's label and its colon ("Source:
/// NASA", "Quelle: EZB"), whatever the source named after it.
pub(crate) fn opens_with_source_label(line: &str) -> bool {
    terminated(label, (space0, char(':'), space0))
        .parse(line.trim_start())
        .is_ok()
}

/// True when `line` may be a source line: short, and bracketed, dashed or
/// holding a colon or one of the phrases' first letters (a cheap gate
/// before [`parse_source_line`]).
pub(crate) fn may_be_source_line(line: &str) -> bool {
    let t = line.trim();
    (3..=MAX_BYTES).contains(&t.len())
        && (t.starts_with(['(', '-', '—', '–'])
            || t.contains(':')
            || t.starts_with(['m', 'M', 'w', 'W', 'c', 'C']))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_source_label_is_told_whatever_follows() {
        assert!(opens_with_source_label("Source: NASA"));
        assert!(opens_with_source_label("Quelle : EZB"));
        assert!(!opens_with_source_label("Foto: Jane Doe"));
    }

    fn credits_of(l: &str) -> Option<Vec<String>> {
        parse_source_line(l).ok().map(|p| p.value)
    }

    #[test]
    fn labelled_lines_in_several_languages() {
        for (l, want) in [
            ("Source: Reuters", vec!["Reuters"]),
            (
                "SOURCE: Al Jazeera and news agencies",
                vec!["Al Jazeera", "news agencies"],
            ),
            ("Quelle: Keystone-SDA", vec!["SDA"]),
            ("Fuente: EFE.", vec!["EFE"]),
            ("Zdroj: ČTK", vec!["ČTK"]),
            ("Source : AFP", vec!["AFP"]),
            ("Источник: ТАСС", vec!["TASS"]),
            ("Mit Material von dpa und AFP", vec!["dpa", "AFP"]),
            ("Quelle: dpa/AFP/Reuters", vec!["dpa", "AFP", "Reuters"]),
        ] {
            assert_eq!(
                credits_of(l),
                Some(want.iter().map(|s| s.to_string()).collect()),
                "{l}"
            );
        }
    }

    #[test]
    fn sources_that_name_no_agency_are_no_match() {
        for l in [
            "Source: company filings",
            "Quelle: EZB",
            "Quellen: EZB, eigene Berechnungen",
            "Source: Reuters analysis of company data",
            "(Bulk Orders)",
            "(Agencies)",
            "Reuters",
            "Sources say the talks failed",
            "Source:",
            "",
        ] {
            assert_eq!(credits_of(l), None, "{l}");
        }
    }

    #[test]
    fn the_gate_admits_every_match() {
        for l in [
            "(dpa)",
            "Quelle: dpa",
            "mit Material von AFP",
            "With files from AP",
            "Con información de EFE",
        ] {
            assert!(credits_of(l).is_some(), "{l}");
            assert!(may_be_source_line(l), "{l}");
        }
        assert!(!may_be_source_line("Reuters"));
    }
}

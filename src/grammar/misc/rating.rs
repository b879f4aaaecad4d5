//! A review's rating printed on its own line: "Rating: 4/5", "Notre note :
//! ★★★★☆", "Betyg: 4 av 5", "★★★½☆", "Our verdict: 3.5 out of 5 stars".
//!
//! ```text
//! rating := [label ws? ":" ws?] (stars | score [ws stars]) eof
//! label  := word{1,3}, one of them a rating word ("rating", "note", "Betyg")
//! stars  := ("★" | "☆" | "⭐" | "✩" | "½"){3,10}
//! score  := number ws? ("/" | ws of-word ws) ("5" | "10") [ws unit-word]
//! ```
//!
//! Without a label only stars make a rating: "3 of 5" alone is a gallery's
//! counter, "4/5" alone a fraction.

use nom::branch::alt;
use nom::bytes::complete::{tag, tag_no_case, take_while1};
use nom::character::complete::{char, digit1, one_of, space0, space1};
use nom::combinator::{eof, opt, recognize};
use nom::sequence::preceded;
use nom::{IResult, Parser as _};
use serde::{Deserialize, Serialize};

use super::MiscError;
use crate::Span;
use crate::grammar::Parsed;
use crate::grammar::prim::offset_in;

/// A review's rating: `score` out of `out_of`.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct Rating {
    /// The score given ("4" of "4/5"; the full stars of "★★★★☆").
    pub score: f32,
    /// The best score ("5" of "4/5"; the stars printed in "★★★★☆").
    pub out_of: u8,
}

/// Words that name a rating in a label, lower-case ("Notre note", "Our
/// rating", "Betyg", "Unsere Wertung").
const RATING_WORDS: &[&str] = &[
    "rating",
    "score",
    "verdict",
    "stars",
    "note",
    "notre",
    "betyg",
    "omdöme",
    "bewertung",
    "wertung",
    "urteil",
    "nota",
    "voto",
    "valutazione",
    "valoración",
    "calificación",
    "puntuación",
    "avaliação",
    "classificação",
    "ocena",
    "cijfer",
    "beoordeling",
    "oordeel",
];

/// The words between a score and its best score ("4 out of 5", "4 av 5").
fn of_word(i: &str) -> IResult<&str, &str> {
    alt((
        tag_no_case("out of"),
        tag_no_case("of"),
        tag_no_case("sur"),
        tag_no_case("av"),
        tag_no_case("på"),
        tag_no_case("von"),
        tag_no_case("de"),
        tag_no_case("su"),
        tag_no_case("em"),
        tag_no_case("uit"),
        tag_no_case("na"),
        tag_no_case("z"),
    ))
    .parse(i)
}

/// What may follow the best score ("4 out of 5 stars", "4/5 étoiles").
fn unit_word(i: &str) -> IResult<&str, &str> {
    alt((
        tag_no_case("stars"),
        tag_no_case("étoiles"),
        tag_no_case("sternen"),
        tag_no_case("sterne"),
        tag_no_case("stjärnor"),
        tag_no_case("estrellas"),
        tag_no_case("estrelas"),
        tag_no_case("stelle"),
        tag_no_case("sterren"),
        tag_no_case("gwiazdek"),
        tag_no_case("points"),
        tag_no_case("punkte"),
        tag_no_case("poäng"),
    ))
    .parse(i)
}

/// A label of one to three words, one a rating word, then its colon.
fn label(i: &str) -> IResult<&str, ()> {
    let (rest, printed) = recognize((
        take_while1(|c: char| c.is_alphabetic()),
        opt((space1, take_while1(|c: char| c.is_alphabetic()))),
        opt((space1, take_while1(|c: char| c.is_alphabetic()))),
    ))
    .parse(i)?;
    let named = printed
        .split_whitespace()
        .any(|w| crate::table::with_lower(w, |l| RATING_WORDS.contains(&l)));
    if !named {
        return Err(nom::Err::Error(nom::error::Error::new(
            i,
            nom::error::ErrorKind::Verify,
        )));
    }
    let (rest, _) = (space0, char(':'), space0).parse(rest)?;
    Ok((rest, ()))
}

/// Stars: full, empty and half, three to ten of them.
fn stars(i: &str) -> IResult<&str, Rating> {
    let (rest, run) =
        take_while1(|c: char| matches!(c, '★' | '☆' | '⭐' | '✩' | '½' | '\u{fe0f}')).parse(i)?;
    let glyphs = run.chars().filter(|&c| c != '\u{fe0f}');
    let (mut full, mut all) = (0.0f32, 0u8);
    for c in glyphs {
        all = all.saturating_add(1);
        full += match c {
            '★' | '⭐' => 1.0,
            '½' => 0.5,
            _ => 0.0,
        };
    }
    if !(3..=10).contains(&all) {
        return Err(nom::Err::Error(nom::error::Error::new(
            i,
            nom::error::ErrorKind::Count,
        )));
    }
    // Full stars alone print no best score: five, unless more are printed.
    let out_of = if full == f32::from(all) {
        all.max(5)
    } else {
        all
    };
    Ok((
        rest,
        Rating {
            score: full,
            out_of,
        },
    ))
}

/// A score and its best score: "4/5", "4,5 sur 5", "8 out of 10 stars".
fn score(i: &str) -> IResult<&str, Rating> {
    let (rest, (n, _, best, _)) = (
        recognize((digit1, opt((one_of(".,"), digit1)))),
        alt((
            recognize((space0, tag("/"), space0)),
            recognize((space1, of_word, space1)),
        )),
        alt((tag("10"), tag("5"))),
        opt(preceded(space1, unit_word)),
    )
        .parse(i)?;
    let bad = || nom::Err::Error(nom::error::Error::new(i, nom::error::ErrorKind::Verify));
    let score: f32 = n.replace(',', ".").parse().map_err(|_| bad())?;
    let out_of: u8 = best.parse().map_err(|_| bad())?;
    if score > f32::from(out_of) {
        return Err(bad());
    }
    let (rest, _) = opt(preceded(space1, stars)).parse(rest)?;
    Ok((rest, Rating { score, out_of }))
}

/// Parses a line that is only a review's rating (see the module's grammar):
/// a labelled score ("Betyg: 4 av 5") or stars, labelled or not.
///
/// ```
/// use newsclip::grammar::misc::parse_rating;
/// let r = parse_rating("Notre note : ★★★★☆").unwrap().value;
/// assert_eq!((r.score, r.out_of), (4.0, 5));
/// assert_eq!(parse_rating("Betyg: 4 av 5").unwrap().value.score, 4.0);
/// assert_eq!(parse_rating("Rating: 3.5/5").unwrap().value.score, 3.5);
/// assert!(parse_rating("3 of 5").is_err());
/// assert!(parse_rating("Photo: 2 of 5").is_err());
/// ```
pub fn parse_rating(line: &str) -> Result<Parsed<'_, Rating>, MiscError> {
    let t = crate::lines::text::trim(line);
    if t.len() > 80 {
        return Err(MiscError::NoMatch);
    }
    let labelled = (label, alt((stars, score)), space0, eof);
    let bare = (stars, space0, eof);
    let (_, r) = alt((labelled.map(|(_, r, _, _)| r), bare.map(|(r, _, _)| r)))
        .parse(t)
        .map_err(|_| MiscError::NoMatch)?;
    let start = offset_in(line, t);
    Ok(Parsed::new(r, "", Span::new(start, start + t.len())))
}

#[cfg(test)]
mod tests {
    use super::parse_rating;

    #[test]
    fn ratings() {
        for (t, score, out_of) in [
            ("Rating: 4/5", 4.0, 5),
            ("Our rating: 4 out of 5 stars", 4.0, 5),
            ("Notre note : ★★★★☆", 4.0, 5),
            ("Betyg: 4 av 5", 4.0, 5),
            ("Bewertung: 8 von 10 Punkte", 8.0, 10),
            ("Nota: 4,5 de 5", 4.5, 5),
            ("★★★½☆", 3.5, 5),
            ("⭐⭐⭐⭐", 4.0, 5),
            ("Verdict: ★★★", 3.0, 5),
            ("Ocena: 3/5 ★★★☆☆", 3.0, 5),
        ] {
            let r = parse_rating(t).unwrap_or_else(|_| panic!("{t}")).value;
            assert_eq!((r.score, r.out_of), (score, out_of), "{t}");
        }
        for t in [
            "3 of 5",
            "4/5",
            "Photo: 2 of 5",
            "Rating: 6/5",
            "★★",
            "Rating agencies cut Italy to 4/5",
            "Betyg: 4 av 5 i Dagens Nyheter",
            "The score: 3-1",
            "",
        ] {
            assert!(parse_rating(t).is_err(), "{t}");
        }
    }
}

//! The dateline in a script without capitals (Devanagari, Gurmukhi,
//! Kannada, Ethiopic, Arabic and most others): the place cannot be told by
//! its capitals, so it is read only in the forms the press of those
//! scripts prints, each closed by a mark a sentence does not open with:
//! the place, a comma and a day ("ਸ੍ਰੀ ਅਨੰਦਪੁਰ ਸਾਹਿਬ, 14 ਮਾਰਚ (ਪੱਤਰ
//! ਪ੍ਰੇਰਕ)- ", "ባሕር ዳር፣ መጋቢት 5/2017 (ኢዜአ)፦ "), a place of one word and a
//! dash between spaces ("पोखरा — "), or a place of one or two words and a colon
//! before a sentence of six words or more ("ಮಂಗಳೂರು: ", "नई दिल्ली: ").
//!
//! ```text
//! uncased := place (dated | dashed | colon)
//! place   := word (" " word){0,2}          -- letters without case, not CJK
//! dated   := comma ws* stamp agency? sep   -- stamp: 1 to 3 tokens, one with a digit
//! comma   := "," | "،" | "፣"
//! agency  := ws* "(" [^()]{1,40} ")"
//! dashed  := ws+ ("—" | "–" | "-")         -- one word; white space after it (parse_one)
//! colon   := ":"                           -- one or two words; six words after it
//! sep     := ws* ("-" | "—" | "–" | ":" | "፦" | "፡")
//! ```

use nom::{
    IResult, Parser,
    branch::alt,
    bytes::complete::{tag, take_while_m_n, take_while1},
    character::complete::{char, space0, space1},
    combinator::{opt, recognize, verify},
    multi::many_m_n,
    sequence::{delimited, preceded},
};

use super::Dateline;

/// Marks that end a word of the place: punctuation of any script the
/// grammar reads (commas, colons, dashes, quotes, full stops). The zero-width
/// joiner and non-joiner stay inside a word (Persian, the Indic scripts).
fn is_mark(c: char) -> bool {
    matches!(
        c,
        '\u{60c}' | '\u{61b}' | '\u{61f}' | '\u{6d4}' | '\u{964}' | '\u{965}' | '\u{2000}'..='\u{206f}'
            | '\u{1360}'..='\u{1368}' | '\u{3000}'..='\u{303f}' | '\u{ff00}'..='\u{ffef}'
    ) && !matches!(c, '\u{200c}' | '\u{200d}')
}

/// True for a character of a word of the place: no ASCII, no digit, no
/// letter with a case, no CJK (read by its own wire grammar), no mark.
fn is_word_char(c: char) -> bool {
    !c.is_ascii()
        && !c.is_whitespace()
        && !c.is_numeric()
        && !c.is_lowercase()
        && !c.is_uppercase()
        && !is_mark(c)
        && !crate::features::is_cjk(c)
}

/// One word of the place: two letters or more, each without case.
fn word(input: &str) -> IResult<&str, &str> {
    verify(take_while_m_n(1, 40, is_word_char), |w: &str| {
        w.chars().filter(|c| c.is_alphabetic()).count() >= 2
    })
    .parse(input)
}

/// `place := word (" " word){0,2}`
fn place(input: &str) -> IResult<&str, &str> {
    recognize((word, many_m_n(0, 2, preceded(space1, word)))).parse(input)
}

/// `stamp := token (ws+ token){0,2}`, one of them with a digit ("14 ਮਾਰਚ",
/// "መጋቢት 5/2017").
fn stamp(input: &str) -> IResult<&str, &str> {
    let token = || {
        take_while_m_n(1, 16, |c: char| {
            !c.is_whitespace() && !matches!(c, '(' | ')' | '-' | '—' | '–' | ':' | '፦' | '፡')
        })
    };
    verify(
        recognize((token(), many_m_n(0, 2, preceded(space1, token())))),
        |s: &str| s.chars().any(char::is_numeric),
    )
    .parse(input)
}

/// `sep := ws* ("-" | "—" | "–" | ":" | "፦" | "፡")`
fn sep(input: &str) -> IResult<&str, &str> {
    preceded(
        space0,
        alt((tag("-"), tag("—"), tag("–"), tag(":"), tag("፦"), tag("፡"))),
    )
    .parse(input)
}

/// `dated := comma ws* stamp agency? sep`, giving the agency.
fn dated(input: &str) -> IResult<&str, (Option<String>, &str)> {
    let agency = preceded(
        space0,
        delimited(
            char('('),
            take_while1(|c: char| c != '(' && c != ')'),
            char(')'),
        ),
    )
    .map(|a: &str| a.trim().to_string());
    let comma = alt((tag(","), tag("،"), tag("፣")));
    (preceded((comma, space0, stamp), opt(agency)), sep).parse(input)
}

/// `uncased`: the dateline and its separator.
pub(super) fn uncased_dateline(input: &str) -> IResult<&str, (Dateline, &str)> {
    let (after, place) = place(input)?;
    let at = |agency, sep| {
        let value = Dateline {
            place: place.to_string(),
            agency,
            ..Dateline::default()
        };
        (value, sep)
    };
    if let Ok((rest, (agency, sep))) = dated(after) {
        let agency = agency.filter(|a| (1..=40).contains(&a.chars().count()));
        return Ok((rest, at(agency, sep)));
    }
    let words = place.split_whitespace().count();
    // One word before a dash ("خبرگزاری آریا - " is an agency's name).
    let dash = alt((tag("—"), tag("–"), tag("-")));
    if let (1, Ok((rest, dash))) = (
        words,
        preceded(space1::<&str, nom::error::Error<&str>>, dash).parse(after),
    ) {
        return Ok((rest, at(None, dash)));
    }
    let (rest, _) = char(':').parse(after)?;
    let sentence = rest.split_whitespace().count() >= 6;
    if words <= 2 && sentence && !crate::lexicon::is_stopword(place) {
        return Ok((rest, at(None, ":")));
    }
    Err(nom::Err::Error(nom::error::Error::new(
        input,
        nom::error::ErrorKind::Verify,
    )))
}

#[cfg(test)]
mod tests {
    use super::super::parse_dateline;

    #[test]
    fn a_place_a_comma_a_day_and_an_agency_in_brackets() {
        let p =
            parse_dateline("ਸ੍ਰੀ ਅਨੰਦਪੁਰ ਸਾਹਿਬ, 14 ਮਾਰਚ (ਪੱਤਰ ਪ੍ਰੇਰਕ)- ਖ਼ਾਲਸਾਈ ਜਾਹੋ-ਜਲਾਲ ਦੇ ਪ੍ਰਤੀਕ").unwrap();
        assert_eq!(p.value.place, "ਸ੍ਰੀ ਅਨੰਦਪੁਰ ਸਾਹਿਬ");
        assert_eq!(p.value.agency.as_deref(), Some("ਪੱਤਰ ਪ੍ਰੇਰਕ"));
        assert_eq!(p.rest, "ਖ਼ਾਲਸਾਈ ਜਾਹੋ-ਜਲਾਲ ਦੇ ਪ੍ਰਤੀਕ");
        let p = parse_dateline("ባሕር ዳር፣ መጋቢት 5/2017 (ኢዜአ)፦ በጣና ሐይቅ ላይ የሚሰጠውን").unwrap();
        assert_eq!(p.value.place, "ባሕር ዳር");
        assert_eq!(p.value.agency.as_deref(), Some("ኢዜአ"));
        assert_eq!(p.rest, "በጣና ሐይቅ ላይ የሚሰጠውን");
        // No day after the comma: a clause, no dateline.
        assert!(parse_dateline("ਸ੍ਰੀ ਅਨੰਦਪੁਰ ਸਾਹਿਬ, ਜਿੱਥੇ ਸੰਗਤਾਂ - ਆਈਆਂ").is_err());
    }

    #[test]
    fn a_place_and_a_dash_between_spaces() {
        let p = parse_dateline("पोखरा — फेवातालमा डुंगा सयर गर्ने सबै यात्रुलाई").unwrap();
        assert_eq!(
            (p.value.place.as_str(), p.rest),
            ("पोखरा", "फेवातालमा डुंगा सयर गर्ने सबै यात्रुलाई")
        );
        let p = parse_dateline("اسعدآباد – د کونړ ولایت مرکز اسعدآباد کې").unwrap();
        assert_eq!(p.value.place, "اسعدآباد");
        // A zero-width non-joiner inside the place's word.
        let p = parse_dateline("مهاباد\u{200c}شهر — امروز بازار تازه شهر گشایش یافت").unwrap();
        assert_eq!(p.value.place, "مهاباد\u{200c}شهر");
        // Two words before the dash: an agency's name as likely as a place.
        assert!(parse_dateline("خبرگزاری آریا - رییس سازمان بورس اعلام کرد").is_err());
        // A dash inside a word is no separator.
        assert!(parse_dateline("पोखरा—फेवातालमा डुंगा").is_err());
    }

    #[test]
    fn a_place_and_a_colon_before_a_sentence() {
        let p = parse_dateline("ಮಂಗಳೂರು: ನಗರದಲ್ಲಿ ಪ್ರತಿ ಬೇಸಿಗೆಯಲ್ಲಿ ಎದುರಾಗುವ ಕುಡಿಯುವ ನೀರಿನ ಕೊರತೆಯನ್ನು").unwrap();
        assert_eq!(p.value.place, "ಮಂಗಳೂರು");
        let p = parse_dateline("नई दिल्ली: सरकार ने आज संसद में नया विधेयक पेश किया।").unwrap();
        assert_eq!(p.value.place, "नई दिल्ली");
        // A short line after the colon: a label and its value.
        assert!(parse_dateline("ਫੋਟੋ: ਗੁਰਪ੍ਰੀਤ ਸਿੰਘ").is_err());
        // Three words before the colon: a clause.
        assert!(parse_dateline("ਸਰਕਾਰ ਨੇ ਕਿਹਾ: ਨਵਾਂ ਨਿਯਮ ਅੱਜ ਤੋਂ ਲਾਗੂ ਹੋਵੇਗਾ ਸਾਰੇ ਸ਼ਹਿਰਾਂ ਵਿੱਚ").is_err());
        // A cased script is read by the other forms.
        assert!(parse_dateline("Note: the council met today and voted on the plan.").is_err());
    }
}

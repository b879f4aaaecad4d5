//! The dateline of a wire in the Arabic script: the place, the agency in
//! brackets, then a colon ("کابل (باختر): ", as Pashto and Dari agencies
//! print it). The script has no capitals to tell a place by, so the form
//! is read only with its bracket and its colon.
//!
//! ```text
//! arabic := words "(" words ")" ws* ":"
//! words  := arabic_word (" " arabic_word){0,2}
//! ```

use nom::{
    IResult, Parser,
    bytes::complete::take_while_m_n,
    character::complete::{char, space0, space1},
    combinator::recognize,
    multi::many_m_n,
    sequence::{delimited, preceded},
};

use super::Dateline;

/// True for a letter of the Arabic script (the Arabic block, with the
/// letters Persian, Urdu and Pashto add).
fn is_arabic_letter(c: char) -> bool {
    ('\u{620}'..='\u{64a}').contains(&c) || ('\u{671}'..='\u{6d3}').contains(&c)
}

/// One to three words of Arabic letters, a space between them.
fn words(input: &str) -> IResult<&str, &str> {
    let word = || take_while_m_n(2, 20, is_arabic_letter);
    recognize((word(), many_m_n(0, 2, preceded(space1, word())))).parse(input)
}

/// `arabic`: the dateline and its separator (":").
pub(super) fn arabic_wire(input: &str) -> IResult<&str, (Dateline, &str)> {
    let (rest, (place, agency)) = (
        words,
        preceded(space0, delimited(char('('), words, char(')'))),
    )
        .parse(input)?;
    let (rest, _) = (space0, char(':')).parse(rest)?;
    let value = Dateline {
        place: place.to_string(),
        agency: Some(agency.to_string()),
        ..Dateline::default()
    };
    Ok((rest, (value, ":")))
}

#[cfg(test)]
mod tests {
    use super::super::parse_dateline;

    #[test]
    fn the_place_the_agency_in_brackets_and_a_colon() {
        let p = parse_dateline("مزار شریف (باختر): د ښار په مرکز کې بازار پرانیستل شو.").unwrap();
        assert_eq!(p.value.place, "مزار شریف");
        assert_eq!(p.value.agency.as_deref(), Some("باختر"));
        assert_eq!(p.rest, "د ښار په مرکز کې بازار پرانیستل شو.");
        // Without the colon: no dateline.
        assert!(parse_dateline("کابل (باختر) د ښار په مرکز کې بازار پرانیستل شو.").is_err());
    }
}

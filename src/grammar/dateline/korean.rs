//! The Korean wire dateline: the place and the agency in one bracket, then
//! the reporter ("(서울=연합뉴스) 홍길동 기자 = ").
//!
//! ```text
//! korean := "(" hangul{1,8} ws* "=" ws* agency ")" ws* reporter? ws*
//! agency := [^()]{1,40}
//! reporter := hangul{2,5} ws* ("기자" | "특파원" | "통신원") ws* "="
//! ```

use nom::{
    IResult, Parser,
    bytes::complete::{tag, take_while_m_n},
    character::complete::{char, space0},
    combinator::opt,
    sequence::{delimited, preceded},
};

use super::Dateline;
use crate::grammar::agency::canonical_agency;

/// True for a Hangul syllable.
fn is_hangul(c: char) -> bool {
    ('\u{ac00}'..='\u{d7a3}').contains(&c)
}

/// The reporter's name and title before "=" ("홍길동 기자 =").
fn reporter(input: &str) -> IResult<&str, &str> {
    let (rest, name) = take_while_m_n(2, 5, is_hangul).parse(input)?;
    let (rest, _) = (
        space0,
        nom::branch::alt((tag("기자"), tag("특파원"), tag("통신원"))),
        space0,
        char('='),
    )
        .parse(rest)?;
    Ok((rest, name))
}

/// `korean`: the dateline and its separator ("=" after the reporter, or
/// "" after the bracket alone).
pub(super) fn korean_wire(input: &str) -> IResult<&str, (Dateline, &str)> {
    let (rest, (place, agency)) = delimited(
        char('('),
        (
            take_while_m_n(1, 8, is_hangul),
            preceded(
                (space0, char('='), space0),
                take_while_m_n(1, 40, |c| c != ')' && c != '('),
            ),
        ),
        char(')'),
    )
    .parse(input)?;
    let agency = agency.trim();
    let (rest, named) = (space0, opt(reporter), space0)
        .map(|(_, r, _)| r)
        .parse(rest)?;
    let value = Dateline {
        place: place.to_string(),
        agency: (!agency.is_empty())
            .then(|| canonical_agency(agency).map_or_else(|| agency.to_string(), str::to_string)),
        ..Dateline::default()
    };
    Ok((rest, (value, if named.is_some() { "=" } else { ")" })))
}

#[cfg(test)]
mod tests {
    use super::super::parse_dateline;

    #[test]
    fn the_place_and_agency_bracket_and_the_reporter() {
        let p = parse_dateline("(부산=동아시아통신) 박준호 기자 = 올해 부산항의 물동량이 늘었다.")
            .unwrap();
        assert_eq!(p.value.place, "부산");
        assert_eq!(p.value.agency.as_deref(), Some("동아시아통신"));
        assert_eq!(p.rest, "올해 부산항의 물동량이 늘었다.");
        let p = parse_dateline("(서울=연합뉴스) 정부가 4일 발표했다.").unwrap();
        assert_eq!(p.value.place, "서울");
        assert_eq!(p.rest, "정부가 4일 발표했다.");
        // A bracket without the place's "=" is none.
        assert!(parse_dateline("(1TEU는 20피트) 정부가 발표했다.").is_err());
    }
}

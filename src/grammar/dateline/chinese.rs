//! The Chinese wire dateline: the agency, the place and the day, then
//! "电" (wired), and the reporters in a full-width bracket after "记者"
//! (reporter): "新华社武汉12月8日电（记者 王磊、李娜）".
//!
//! ```text
//! chinese  := agency han{1,8} month "月" day "日" "电" reporter?
//! agency   := "新华社" | "中新社" | "中新网" | "新華社" | "中央社"
//! reporter := "（" ws* "记者" | "記者" ws* name ("、" ws* name)* ws* "）"
//! name     := han{2,4}
//! ```

use nom::{
    IResult, Parser,
    branch::alt,
    bytes::complete::{tag, take_while_m_n},
    character::complete::{char, space0},
    combinator::opt,
    multi::separated_list1,
    sequence::{delimited, preceded, terminated},
};

use super::Dateline;

/// The agencies whose wires open so, as printed.
const AGENCIES: [&str; 5] = ["新华社", "中新社", "中新网", "新華社", "中央社"];

/// True for a CJK unified ideograph.
fn is_han(c: char) -> bool {
    ('\u{4e00}'..='\u{9fff}').contains(&c)
}

/// A number of one or two ASCII digits.
fn number(input: &str) -> IResult<&str, u32> {
    let (rest, d) = take_while_m_n(1, 2, |c: char| c.is_ascii_digit()).parse(input)?;
    let n = d.parse().map_err(|_| {
        nom::Err::Error(nom::error::Error::new(input, nom::error::ErrorKind::Digit))
    })?;
    Ok((rest, n))
}

/// The reporters' bracket ("（记者 王磊、李娜）"): their names.
fn reporters(input: &str) -> IResult<&str, Vec<&str>> {
    delimited(
        (char('（'), space0, alt((tag("记者"), tag("記者"))), space0),
        separated_list1((space0, char('、'), space0), take_while_m_n(2, 4, is_han)),
        (space0, char('）')),
    )
    .parse(input)
}

/// `chinese`: the dateline and its separator ("电", or "）" after the
/// reporters).
pub(super) fn chinese_wire(input: &str) -> IResult<&str, (Dateline, &str)> {
    let (rest, agency) = alt((
        tag(AGENCIES[0]),
        tag(AGENCIES[1]),
        tag(AGENCIES[2]),
        tag(AGENCIES[3]),
        tag(AGENCIES[4]),
    ))
    .parse(input)?;
    let (rest, place) = take_while_m_n(1, 8, is_han).parse(rest)?;
    let (rest, (month, day)) = terminated(
        (
            terminated(number, char('月')),
            terminated(number, char('日')),
        ),
        char('电').or(char('電')),
    )
    .parse(rest)?;
    let (rest, names) = opt(preceded(space0, reporters)).parse(rest)?;
    let value = Dateline {
        place: place.to_string(),
        month_day: Some((month, day)),
        agency: Some(agency.to_string()),
        reporters: names.iter().flatten().map(|n| (*n).to_string()).collect(),
        ..Dateline::default()
    };
    Ok((rest, (value, if names.is_some() { "）" } else { "电" })))
}

#[cfg(test)]
mod tests {
    use super::super::parse_dateline;

    #[test]
    fn the_agency_place_day_and_reporters() {
        let p = parse_dateline("中新社广州5月3日电（记者 陈明）广东省今天发布新规。").unwrap();
        assert_eq!(p.value.place, "广州");
        assert_eq!(p.value.agency.as_deref(), Some("中新社"));
        assert_eq!(p.value.month_day, Some((5, 3)));
        assert_eq!(p.value.reporters, ["陈明"]);
        assert_eq!(p.rest, "广东省今天发布新规。");
        let p = parse_dateline("新华社北京1月2日电 国务院今天召开会议。").unwrap();
        assert_eq!(p.value.place, "北京");
        assert!(p.value.reporters.is_empty());
        assert_eq!(p.rest, "国务院今天召开会议。");
        // No day and "电": no dateline.
        assert!(parse_dateline("新华社记者今天在北京采访。").is_err());
    }
}

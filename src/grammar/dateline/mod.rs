//! Datelines that open a story: "KYIV:", "WASHINGTON (AP) —", "LONDON, Feb 3 (Reuters) -".
//!
//! ```text
//! dateline      := ws* (agency_only | caps_dateline | title_dateline | korean) rest
//! korean        := "(" place "=" agency ")" reporter?           -- "(서울=연합뉴스) 홍길동 기자 =" (korean.rs)
//! chinese       := agency place day "电" reporters?           -- "新华社武汉12月8日电（记者 王磊）" (chinese.rs)
//! arabic        := words "(" words ")" ":"                    -- "کابل (باختر):" (arabic.rs)
//! uncased       := place ("," day agency? sep | dash | ":")   -- "पोखरा — ", "ಮಂಗಳೂರು: " (uncased.rs)
//! agency_only   := agency sep                                  -- "(Reuters) -": empty place
//! caps_dateline := caps_place region? date? agency? sep        -- "WASHINGTON, D.C. —"
//! title_dateline:= title_place region? date? agency sep        -- "Berlin (dpa) -"
//!                | title_place region? date dash              -- "Vlorë, 13 mars – "
//! caps_place    := caps_word (" " caps_word){0,4}              -- "ST. LOUIS", "JERUSALEM/GAZA"
//! title_place   := title_word (" " particle? title_word){0,3}  -- "Santiago de Chile"
//! region        := "," ws title_word (" " title_word){0,2}     -- ", D.C.", ", Ill."
//! date          := "," ws (month ws day | day ws month) year?  -- ", Feb 3", ", 4 mar"
//!                | ws (month ws day | day ws month) year? &agency -- " 18. marca (TASR)"
//! tail          := (date | unnamed_date)? agency? slash_agency? sep?
//!                | date? comma_agency sep                     -- ", March 5, GNA –", ", CMC –"
//! unnamed_date  := "," ws day ws letter{3,12} "."? &agency   -- ", 12 màrs (APS)"
//! comma_agency  := "," ws+ caps{2,8}                            -- an acronym, no letter after it
//! agency        := ws* "(" known_agency | outlet ")"           -- "(AP)", "(dpa/lni)", "(CNN)"
//! slash_agency  := "."? ws+ "/" name "/"                       -- "/PRNewswire/", "/TASS/"
//! sep           := ws* (".-" | "--" | "—" | "–" | "-" | ":")   -- or "." after a slash agency
//!                                                              -- or a date's closing "." ("4 декабря.")
//!                                                              -- none after a known agency
//! rest          := ws+ not_lowercase ... | eof                 -- "-" and ":" need white space
//! ```
//!
//! A title-case place needs an agency ("Kyiv is the capital" is no
//! dateline); an upper-case place may stand alone before a separator, but
//! not a label ("UPDATE:", "BREAKING:", "Q:") nor a run of more than five
//! words. Only the first [`HEAD_BYTES`] bytes are looked at.

mod arabic;
mod chinese;
mod korean;
mod month;
mod place;
mod uncased;

use nom::{
    IResult, Parser,
    branch::alt,
    bytes::complete::{tag, take_while_m_n},
    character::complete::{char, space0, space1},
    combinator::{consumed, opt, peek, recognize, verify},
    sequence::{delimited, preceded, terminated},
};

use super::Parsed;
use crate::Span;
use crate::grammar::agency::canonical_agency;
use arabic::arabic_wire;
use chinese::chinese_wire;
use korean::korean_wire;
pub use place::parse_place_line;
use place::{agency, caps_place, comma_agency, region, title_place};
use uncased::uncased_dateline;

/// How many bytes at the start of a paragraph the dateline grammar reads.
pub const HEAD_BYTES: usize = 160;

/// A parsed dateline.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
#[non_exhaustive]
pub struct Dateline {
    /// The place, as printed; empty for a bare "(Reuters) -".
    pub place: String,
    /// (month, day) when the dateline carries a date.
    pub month_day: Option<(u32, u32)>,
    /// The year, when the date carries one ("RIVERTON, Ore., March 4, 2025
    /// /PRNewswire/ --").
    pub year: Option<i32>,
    /// The agency in the dateline, canonical short form.
    pub agency: Option<String>,
    /// The reporters a wire's dateline names ("新华社武汉12月8日电（记者
    /// 王磊、李娜）"), as printed.
    pub reporters: Vec<String>,
}

/// Why the dateline grammar did not match.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum DatelineError {
    /// The paragraph does not open with a dateline.
    #[error("no dateline")]
    NoMatch,
    /// The paragraph opens with a label ("UPDATE:", "BREAKING:"), not a place.
    #[error("label, not a dateline")]
    Label,
    /// A dateline-like opening is followed by lower-case text ("NATO: the alliance").
    #[error("dateline not followed by a sentence")]
    NotSentence,
}

/// Parses a dateline at the start of a paragraph; `rest` is the remainder.
///
/// `span` covers the dateline through its separator; `rest` is the rest of
/// the paragraph, trimmed. "(Reuters) - ..." alone gives an empty place and
/// the agency.
///
/// ```
/// use newsclip::grammar::dateline::parse_dateline;
/// let p = parse_dateline("LONDON, Feb 3 (Reuters) - British retailers suffered.").unwrap();
/// assert_eq!(p.value.place, "LONDON");
/// assert_eq!(p.value.month_day, Some((2, 3)));
/// assert_eq!(p.value.agency.as_deref(), Some("Reuters"));
/// assert_eq!(p.rest, "British retailers suffered.");
///
/// let p = parse_dateline("Berlin (dpa) - Die kommunalen Spitzenverbände warnen.").unwrap();
/// assert_eq!((p.value.place.as_str(), p.value.agency.as_deref()), ("Berlin", Some("dpa")));
///
/// // The agency first, then the place and day ("(ANSA) - ROMA, 04 MAR - ").
/// let p = parse_dateline("(ANSA) - ROMA, 04 MAR - Allerta rossa in Emilia.").unwrap();
/// assert_eq!((p.value.place.as_str(), p.value.agency.as_deref()), ("ROMA", Some("ANSA")));
/// assert_eq!(p.value.month_day, Some((3, 4)));
/// assert_eq!(p.value.year, None);
/// assert_eq!(p.rest, "Allerta rossa in Emilia.");
///
/// // A press release's dateline prints the year.
/// let p = parse_dateline("RIVERTON, Ore., March 4, 2025 /PRNewswire/ -- The city said.").unwrap();
/// assert_eq!((p.value.month_day, p.value.year), (Some((3, 4)), Some(2025)));
///
/// // Spanish wires close the place with ".-", in capitals or not.
/// let p = parse_dateline("SANTIAGO DE CHILE.- Un terremoto sacudió el norte.").unwrap();
/// assert_eq!(p.value.place, "SANTIAGO DE CHILE");
/// let p = parse_dateline("Ciudad Juárez, Chih.- Una tolvanera derribó árboles.").unwrap();
/// assert_eq!(p.value.place, "Ciudad Juárez, Chih.");
/// let p = parse_dateline("Monterrey.- El gobierno estatal informó.").unwrap();
/// assert_eq!(p.value.place, "Monterrey");
/// let p = parse_dateline("MONTERREY.— Durante 75 minutos, el Toluca dominó.").unwrap();
/// assert_eq!(p.value.place, "MONTERREY");
/// assert!(parse_dateline("Monterrey - El gobierno estatal informó.").is_err());
///
/// assert!(parse_dateline("UPDATE: This story was updated.").is_err());
/// assert!(parse_dateline("Washington said on Tuesday it would act.").is_err());
/// ```
pub fn parse_dateline(paragraph: &str) -> Result<Parsed<'_, Dateline>, DatelineError> {
    let outer = parse_one(paragraph)?;
    if !outer.value.place.is_empty() || outer.value.agency.is_none() {
        return Ok(outer);
    }
    // A bare agency, then the place: "(ANSA) - ROMA, 04 MAR - ...".
    match parse_one(outer.rest) {
        Ok(inner) if !inner.value.place.is_empty() && inner.value.agency.is_none() => {
            let base = crate::grammar::prim::offset_in(paragraph, outer.rest);
            let value = Dateline {
                agency: outer.value.agency,
                ..inner.value
            };
            Ok(Parsed::new(
                value,
                inner.rest,
                Span::new(outer.span.start, base + inner.span.end),
            ))
        }
        _ => Ok(outer),
    }
}

/// One dateline at the start of `paragraph` (see [`parse_dateline`]).
fn parse_one(paragraph: &str) -> Result<Parsed<'_, Dateline>, DatelineError> {
    let body = paragraph.trim_start();
    let start = paragraph.len() - body.len();
    let head = head_window(body);
    let (after, (value, sep)) = match dateline(head) {
        Ok(found) => found,
        Err(_) if is_label_opening(head) => return Err(DatelineError::Label),
        Err(_) => return Err(DatelineError::NoMatch),
    };
    let consumed = head.len() - after.len();
    // "SANTIAGO DE CHILE.- ", "MONTERREY.— ": the full stop glued to the dash is the
    // separator's, not the place's (an abbreviation, "D.C.", "ST.", a
    // region, "Ala. -", keeps its own).
    let mut value = value;
    let glued = body
        .get(..consumed)
        .is_some_and(|d| [".-", ".—", ".–"].iter().any(|s| d.trim_end().ends_with(s)));
    if matches!(sep, "-" | "—" | "–") && glued && !value.place.contains(',') {
        value.place = place_without_stop(&value.place).to_string();
    }
    let rest_raw = body.get(consumed..).ok_or(DatelineError::NoMatch)?;
    let needs_space = matches!(sep, "-" | ":" | "." | "");
    if needs_space && !(rest_raw.is_empty() || rest_raw.starts_with(char::is_whitespace)) {
        return Err(DatelineError::NoMatch);
    }
    let rest = rest_raw.trim_start();
    if rest.chars().next().is_some_and(char::is_lowercase) {
        return Err(DatelineError::NotSentence);
    }
    Ok(Parsed::new(value, rest, Span::new(start, start + consumed)))
}

/// `place` without a full stop that ends a word of three letters or more
/// with no other stop in it ("CHILE." but not "D.C." nor "ST.").
fn place_without_stop(place: &str) -> &str {
    let Some(stem) = place.strip_suffix('.') else {
        return place;
    };
    let last = stem.rsplit([' ', ',']).next().unwrap_or(stem);
    if last.contains('.') || last.chars().filter(|c| c.is_alphabetic()).count() < 3 {
        return place;
    }
    stem
}

/// The first [`HEAD_BYTES`] bytes of `s`, cut on a character boundary.
fn head_window(s: &str) -> &str {
    let mut cut = HEAD_BYTES.min(s.len());
    while cut > 0 && !s.is_char_boundary(cut) {
        cut -= 1;
    }
    s.get(..cut).unwrap_or("")
}

/// What follows the place: date, agency and separator.
struct Tail<'a> {
    month_day: Option<(u32, u32)>,
    year: Option<i32>,
    agency: Option<String>,
    /// An agency between slashes ("/PRNewswire/", "/TASS/").
    slashed: bool,
    sep: Option<&'a str>,
}

/// `dateline := agency_only | caps_dateline | title_dateline`, giving the
/// dateline and its separator ("" when a known agency stands without one).
fn dateline(input: &str) -> IResult<&str, (Dateline, &str)> {
    alt((
        agency_only,
        caps_dateline,
        title_dateline,
        korean_wire,
        chinese_wire,
        arabic_wire,
        uncased_dateline,
    ))
    .parse(input)
}

/// `agency_only := agency sep`
fn agency_only(input: &str) -> IResult<&str, (Dateline, &str)> {
    (agency, sep)
        .map(|(agency, sep)| {
            let value = Dateline {
                place: String::new(),
                agency: Some(agency),
                ..Dateline::default()
            };
            (value, sep)
        })
        .parse(input)
}

/// `tail := date? agency? slash_agency? (sep | "." after a slash agency)?`,
/// or a date ending with "." alone
fn tail(input: &str) -> IResult<&str, Tail<'_>> {
    let (input, dated) = opt(consumed(alt((date, bare_date)))).parse(input)?;
    // ", 12 màrs (APS)": a day and a month the grammar cannot name, before
    // an agency in brackets: read, and no date kept.
    // ", Monday (Reuters) –": a weekday alone, no date kept.
    let input = match dated {
        None => {
            opt(alt((
                unnamed_date,
                preceded(char(','), month::weekday_before).map(|_| ()),
            )))
            .parse(input)?
            .0
        }
        Some(_) => input,
    };
    let (rest, (agency, slash)) = (opt(agency), opt(slash_agency)).parse(input)?;
    // "Accra, March 5, GNA –": an agency's acronym behind a comma after the
    // date, when a separator follows it.
    // "ST JOHN'S, Antigua, CMC –": or after the place alone.
    let (rest, agency) = match (&agency, &slash) {
        (None, None) => match comma_agency(rest) {
            Ok((r, a)) if sep(r).is_ok() => (r, Some(a)),
            _ => (rest, agency),
        },
        _ => (rest, agency),
    };
    let (rest, mut sep) = if slash.is_some() {
        opt(alt((sep, tag(".")))).parse(rest)?
    } else {
        opt(sep).parse(rest)?
    };
    // "МОСКВА, 4 декабря. Совет ...": the full stop after the date (read
    // with the month) ends the dateline.
    if sep.is_none() && agency.is_none() && slash.is_none() {
        if let Some((printed, _)) = dated.filter(|(d, _)| d.ends_with('.')) {
            sep = printed.get(printed.len() - 1..);
        }
    }
    let month_day = dated.map(|(_, (md, _))| md);
    let year = dated.and_then(|(_, (_, y))| y);
    let slashed = slash.is_some();
    let agency = agency.or(slash);
    Ok((
        rest,
        Tail {
            month_day,
            year,
            agency,
            slashed,
            sep,
        },
    ))
}

/// Accepts a tail: a separator, or a known agency (or a slashed one)
/// standing before white space ("Mumbai, Mar 4 (PTI) The ...").
fn finish<'a>(
    place: &str,
    rest: &'a str,
    t: Tail<'a>,
    need_agency: bool,
) -> IResult<&'a str, (Dateline, &'a str)> {
    let fail = || nom::Err::Error(nom::error::Error::new(rest, nom::error::ErrorKind::Verify));
    // A title-case place stands without an agency only before a day and a
    // dash ("Vlorë, 13 mars – ").
    let dated_dash = t.month_day.is_some() && matches!(t.sep, Some("—" | "–" | "-"));
    if need_agency && t.agency.is_none() && !dated_dash {
        return Err(fail());
    }
    let known = t
        .agency
        .as_deref()
        .is_some_and(|a| t.slashed || canonical_agency(a).is_some());
    let sep = match t.sep {
        Some(sep) => sep,
        None if known && rest.starts_with(char::is_whitespace) => "",
        None => return Err(fail()),
    };
    let value = Dateline {
        place: place.to_string(),
        month_day: t.month_day,
        year: t.year,
        agency: t.agency,
        ..Dateline::default()
    };
    Ok((rest, (value, sep)))
}

/// `caps_dateline := caps_place region? tail`
fn caps_dateline(input: &str) -> IResult<&str, (Dateline, &str)> {
    let (rest, (place, t)) = (recognize((caps_place, opt(region))), tail).parse(input)?;
    finish(place, rest, t, false)
}

/// `title_dateline := title_place region? tail` with an agency, or
/// `title_place region? ".-"` (Latin American papers: "Ciudad Juárez,
/// Chih.- ", "Monterrey.- "): the place's words take the glued stop and
/// dash, so the place is read up to them.
fn title_dateline(input: &str) -> IResult<&str, (Dateline, &str)> {
    let tagged = |input| -> IResult<&str, (Dateline, &str)> {
        let (rest, (place, t)) = (recognize((title_place, opt(region))), tail).parse(input)?;
        finish(place, rest, t, true)
    };
    tagged(input).or_else(|e| {
        let fail = || Err(e.clone());
        let Some(at) = input.get(..64.min(input.len())).and_then(|h| h.find(".-")) else {
            return fail();
        };
        let (Some(place), Some(rest)) = (input.get(..=at), input.get(at + 2..)) else {
            return fail();
        };
        match recognize((title_place, opt(region))).parse(place) {
            Ok(("", _)) => {
                let value = Dateline {
                    place: place.to_string(),
                    ..Dateline::default()
                };
                Ok((rest, (value, "-")))
            }
            _ => fail(),
        }
    })
}

/// `slash_agency := ws+ "/" name "/"` ("/PRNewswire/", "/TASS/").
fn slash_agency(input: &str) -> IResult<&str, String> {
    let name = verify(
        take_while_m_n(2, 30, |c: char| {
            c.is_alphanumeric() || matches!(c, ' ' | '-' | '.')
        }),
        |n: &str| n.chars().next().is_some_and(char::is_uppercase),
    );
    preceded(
        (opt(char('.')), space1),
        delimited(char('/'), name, char('/')),
    )
    .map(|n: &str| canonical_agency(n).map_or_else(|| n.to_string(), str::to_string))
    .parse(input)
}

/// `date := "," weekday? month_day`, with its year if printed.
fn date(input: &str) -> IResult<&str, ((u32, u32), Option<i32>)> {
    terminated(
        preceded(
            (char(','), opt(month::weekday_before)),
            month::month_day_year,
        ),
        opt(month::weekday_after),
    )
    .parse(input)
}

/// `bare_date := ws month_day_year` followed by an agency in brackets: the
/// date without its comma ("Bratislava 18. marca (TASR) –").
fn bare_date(input: &str) -> IResult<&str, ((u32, u32), Option<i32>)> {
    terminated(month::month_day_year, peek(agency)).parse(input)
}

/// `unnamed_date := "," ws day ws letter{3,12} "."?` followed by an agency
/// in brackets: a date whose month no language the grammar reads names
/// ("Dakar, 12 màrs (APS) –").
fn unnamed_date(input: &str) -> IResult<&str, ()> {
    terminated(preceded(char(','), month::unnamed_month_day), peek(agency)).parse(input)
}

/// `sep := ws* (".-" | "--" | "—" | "–" | "―" | "-" | ":")`
fn sep(input: &str) -> IResult<&str, &str> {
    preceded(
        space0,
        alt((
            tag(".-"),
            tag("--"),
            tag("—"),
            tag("–"),
            tag("―"),
            tag("-"),
            tag(":"),
        )),
    )
    .parse(input)
}

/// True when `head` opens with an upper-case label and a colon ("UPDATE:").
fn is_label_opening(head: &str) -> bool {
    let Some((first, _)) = head.split_once(':') else {
        return false;
    };
    let first = first.trim();
    first.len() <= 20
        && first.chars().any(char::is_alphabetic)
        && !first.chars().any(char::is_lowercase)
        && place::is_stop_label(first)
}

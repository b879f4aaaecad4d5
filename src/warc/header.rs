//! The header block of a WARC record: a version line (`WARC/1.0`,
//! `WARC/1.1`) and `Name: value` fields up to a blank line, parsed with
//! `nom`. Lines may end in CRLF or a bare LF; a field may continue on lines
//! that open with a space or tab (folded values are joined by one space).

use nom::branch::alt;
use nom::bytes::complete::{tag, take_till, take_while, take_while1};
use nom::character::complete::digit1;
use nom::combinator::{map, opt, recognize};
use nom::multi::many0;
use nom::sequence::{preceded, terminated};
use nom::{IResult, Parser};

/// A parsed header block.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Header {
    /// The version as printed after `WARC/` (`1.0`, `1.1`).
    pub version: String,
    /// The fields in order, names as printed, values trimmed.
    pub fields: Vec<(String, String)>,
}

impl Header {
    /// The value of the first field named `name` (ASCII case-insensitive).
    pub fn get(&self, name: &str) -> Option<&str> {
        self.fields
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }
}

fn line_end(i: &[u8]) -> IResult<&[u8], &[u8]> {
    alt((tag(&b"\r\n"[..]), tag(&b"\n"[..]))).parse(i)
}

fn version(i: &[u8]) -> IResult<&[u8], &[u8]> {
    terminated(
        preceded(
            tag(&b"WARC/"[..]),
            recognize((digit1, tag(&b"."[..]), digit1)),
        ),
        (take_while(|b| b == b' ' || b == b'\t'), line_end),
    )
    .parse(i)
}

/// A field name: token characters of RFC 9110 (no separators, no controls).
fn is_token(b: u8) -> bool {
    b.is_ascii_graphic() && !b"()<>@,;:\\\"/[]?={}".contains(&b)
}

fn rest_of_line(i: &[u8]) -> IResult<&[u8], &[u8]> {
    terminated(take_till(|b| b == b'\n' || b == b'\r'), line_end).parse(i)
}

fn continuation(i: &[u8]) -> IResult<&[u8], &[u8]> {
    preceded(take_while1(|b| b == b' ' || b == b'\t'), rest_of_line).parse(i)
}

fn field(i: &[u8]) -> IResult<&[u8], (String, String)> {
    map(
        (
            take_while1(is_token),
            tag(&b":"[..]),
            rest_of_line,
            many0(continuation),
        ),
        |(name, _, first, more): (&[u8], _, &[u8], Vec<&[u8]>)| {
            let mut value = String::from_utf8_lossy(first).trim().to_string();
            for m in more {
                let m = String::from_utf8_lossy(m);
                if !m.trim().is_empty() {
                    value.push(' ');
                    value.push_str(m.trim());
                }
            }
            (String::from_utf8_lossy(name).into_owned(), value)
        },
    )
    .parse(i)
}

/// Parses a whole header block, blank line included. `Err` holds the byte
/// position inside `block` where the block stopped making sense.
pub fn parse_header(block: &[u8]) -> Result<Header, usize> {
    let at = |rest: &[u8]| block.len() - rest.len();
    let (rest, v) = version(block).map_err(|_| 0usize)?;
    let (rest, fields) = many0(field).parse(rest).map_err(|_| at(rest))?;
    let (rest, end) = opt(line_end).parse(rest).map_err(|_| at(rest))?;
    if end.is_none() || !rest.is_empty() {
        return Err(at(rest));
    }
    Ok(Header {
        version: String::from_utf8_lossy(v).into_owned(),
        fields,
    })
}

/// Whether `line` opens a WARC record (`WARC/1.` followed by a digit).
pub fn is_version_line(line: &[u8]) -> bool {
    version(line).is_ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn crlf_and_lf_headers_parse_alike() {
        let crlf = b"WARC/1.0\r\nWARC-Type: conversion\r\nContent-Length: 12\r\n\r\n";
        let lf = b"WARC/1.0\nWARC-Type: conversion\nContent-Length:12\n\n";
        let a = parse_header(crlf).unwrap();
        assert_eq!(a, parse_header(lf).unwrap());
        assert_eq!(a.version, "1.0");
        assert_eq!(a.get("warc-type"), Some("conversion"));
        assert_eq!(a.get("Content-Length"), Some("12"));
        assert_eq!(a.get("WARC-Date"), None);
    }

    #[test]
    fn folded_values_are_joined() {
        let h = parse_header(b"WARC/1.1\r\nX-Note: one\r\n  two\r\n\r\n").unwrap();
        assert_eq!(h.get("X-Note"), Some("one two"));
    }

    #[test]
    fn bad_blocks_give_the_position() {
        assert_eq!(parse_header(b"HTTP/1.1 200 OK\r\n\r\n"), Err(0));
        let block = b"WARC/1.0\r\nWARC-Type: x\r\nno colon here\r\n\r\n";
        assert_eq!(parse_header(block), Err(24));
        assert!(parse_header(b"WARC/1.0\r\nA: b\r\n").is_err());
    }

    #[test]
    fn version_lines() {
        assert!(is_version_line(b"WARC/1.0\r\n"));
        assert!(is_version_line(b"WARC/1.1\n"));
        assert!(!is_version_line(b"WARC/x\r\n"));
        assert!(!is_version_line(b"text WARC/1.0\n"));
    }
}

//! Byline and date lines seen on real pages, classified end to end: each
//! line is put under a headline and above a few paragraphs, and the article
//! must name the right authors, credits and dates (and still account for
//! every line).

#[allow(dead_code)]
#[path = "../fuzz/src/lib.rs"]
mod checks;

use chrono::DateTime;
use newsclip::{Article, Options, Parser, Warning};

const HEADLINE: &str = "Council approves new budget for the city parks and libraries";
const BODY: &str = "The city council voted on Tuesday to approve a new budget that will fund parks, libraries and road repairs across the district for the next two years.

Officials said the plan had been debated for months and that residents had asked for more money to be spent on public spaces and services.

The mayor said she was pleased with the result and expected work on the first projects to begin early next year, once contracts are signed.
";

fn page(lines: &[&str]) -> String {
    let mut s = format!("{HEADLINE}\n\n");
    for l in lines {
        s.push_str(l);
        s.push_str("\n\n");
    }
    s.push_str(BODY);
    s
}

fn parse_with(opts: Options, lines: &[&str]) -> Article {
    let text = page(lines);
    checks::check_parse_all(&text);
    let a = Parser::new(opts).parse(&text);
    assert_eq!(a.title, HEADLINE, "{lines:?}");
    assert_eq!(a.body.len(), 3, "{lines:?}: {:#?}", a.body);
    a
}

fn parse(lines: &[&str]) -> Article {
    parse_with(Options::default(), lines)
}

fn day(a: &Article) -> Option<String> {
    a.published.map(|v| v.date().to_string())
}

/// (lines, authors, credits, published day)
type Case = (
    &'static [&'static str],
    &'static [&'static str],
    &'static [&'static str],
    Option<&'static str>,
);

const CASES: &[Case] = &[
    // A marker on a line of its own, the name on the next.
    (&["By", "Al Reid"], &["Al Reid"], &[], None),
    (&["By:", "Al Reid"], &["Al Reid"], &[], None),
    (&["Von", "Anna Kessler"], &["Anna Kessler"], &[], None),
    (
        &[
            "By",
            "Al Reid",
            "Updated Nov. 19, 2019 8:21 am ET / Original Nov. 19, 2019 8:02 am ET",
        ],
        &["Al Reid"],
        &[],
        Some("2019-11-19"),
    ),
    (
        &["By Amy Kowalewski | Lakeside Media Group for Lakeside.com"],
        &["Amy Kowalewski"],
        &["Lakeside Media Group", "Lakeside.com"],
        None,
    ),
    (
        &["Marcus De OrtegaView More Articles"],
        &["Marcus De Ortega"],
        &[],
        None,
    ),
    (
        &["By Michael HartwigBusiness Columnist"],
        &["Michael Hartwig"],
        &[],
        None,
    ),
    (
        &["Carla M. Lee Senior Contributor"],
        &["Carla M. Lee"],
        &[],
        None,
    ),
    // An event menu entry is not a byline.
    (&["Safety Roundtable @ Solartech EU"], &[], &[], None),
    // A photographer's credit is not an author.
    (&["Amy K. Delgado/PIXAGENCY"], &[], &[], None),
    (&["Al Jazeera Correspondent"], &[], &["Al Jazeera"], None),
    (
        &["Elliot Bernstein Valley Today"],
        &["Elliot Bernstein"],
        &["Valley Today"],
        None,
    ),
    (
        &["Nov. 20, 2019Updated: Nov. 20, 2019 1:35 a.m."],
        &[],
        &[],
        Some("2019-11-20"),
    ),
    (
        &["Published Tue, Nov 19 20197:05 AM ESTUpdated Tue, Nov 19 20197:16 AM EST"],
        &[],
        &[],
        Some("2019-11-19"),
    ),
    (
        &["Wednesday 20 November 2019 11:42, UK"],
        &[],
        &[],
        Some("2019-11-20"),
    ),
    (
        &["13/06/2014 Tony Walsh All, Books, Kit Reviews"],
        &["Tony Walsh"],
        &[],
        Some("2014-06-13"),
    ),
    (
        &["October 15, 2018/0 Comments/in Harbour Theatre News /by siteadmin"],
        &[],
        &[],
        Some("2018-10-15"),
    ),
    (
        &["By Justine Marsh - 11/18/19 11:04 PM EST"],
        &["Justine Marsh"],
        &[],
        Some("2019-11-18"),
    ),
];

#[test]
fn page_lines() {
    for &(lines, authors, credits, published) in CASES {
        let a = parse(lines);
        assert_eq!(a.authors, authors, "authors of {lines:?}");
        assert_eq!(a.credits, credits, "credits of {lines:?}");
        assert_eq!(day(&a).as_deref(), published, "published of {lines:?}");
    }
}

#[test]
fn glued_labels_type_the_dates() {
    let a = parse(&["Nov. 20, 2019Updated: Nov. 20, 2019 1:35 a.m."]);
    assert_eq!(
        a.updated.map(|v| v.to_string()).as_deref(),
        Some("2019-11-20T01:35:00")
    );
    let a = parse(&["Published Tue, Nov 19 20197:05 AM ESTUpdated Tue, Nov 19 20197:16 AM EST"]);
    assert_eq!(
        a.updated.map(|v| v.to_string()).as_deref(),
        Some("2019-11-19T07:16:00-05:00")
    );
}

#[test]
fn yearless_dates_need_the_reference_time() {
    let lines = ["Updated Nov 19, 6:55 AM;Posted Nov 18, 8:19 PM"];
    let a = parse(&lines);
    assert_eq!(a.published, None);
    assert_eq!(a.updated, None);
    assert_eq!(a.raw_dates, ["Nov 19, 6:55 AM", "Nov 18, 8:19 PM"]);
    assert!(
        a.warnings
            .contains(&Warning::RelativeDateUnresolved("Nov 18, 8:19 PM".into()))
    );
    let r = DateTime::parse_from_rfc3339("2019-11-20T12:00:00+00:00").unwrap();
    let a = parse_with(Options::default().reference_time(r), &lines);
    assert_eq!(
        a.published.map(|v| v.to_string()).as_deref(),
        Some("2019-11-18T20:19:00")
    );
    assert_eq!(
        a.updated.map(|v| v.to_string()).as_deref(),
        Some("2019-11-19T06:55:00")
    );
    for line in ["Nov 18", "Posted: November 20"] {
        let a = parse(&[line]);
        assert_eq!(a.raw_dates.len(), 1, "{line:?}");
        let a = parse_with(Options::default().reference_time(r), &[line]);
        assert!(a.published.is_some(), "{line:?}");
    }
}

#[test]
fn yearless_dates_are_read_in_the_copyright_year_with_a_warning() {
    let footer = "Copyright © 2005-2019 Example Media Group. All rights reserved.";
    let text = format!(
        "{}\n\n{footer}\n",
        page(&["Updated Nov 19, 6:55 AM;Posted Nov 18, 8:19 PM"])
    );
    checks::check_parse_all(&text);
    let a = newsclip::parse(&text);
    assert_eq!(day(&a).as_deref(), Some("2019-11-18"));
    assert_eq!(
        a.updated.map(|v| v.to_string()).as_deref(),
        Some("2019-11-19T06:55:00")
    );
    assert!(
        a.warnings
            .contains(&Warning::YearInferred("Nov 18, 8:19 PM".into())),
        "{:?}",
        a.warnings
    );
    // A reference time wins over the page's year, and needs no warning.
    let r = DateTime::parse_from_rfc3339("2021-01-10T12:00:00+00:00").unwrap();
    let a = Parser::new(Options::default().reference_time(r)).parse(&text);
    assert_eq!(day(&a).as_deref(), Some("2020-11-18"));
    assert!(
        !a.warnings
            .iter()
            .any(|w| matches!(w, Warning::YearInferred(_)))
    );
    // A full date is never changed by the page's year.
    let text = format!("{}\n\n{footer}\n", page(&["March 3, 2017"]));
    assert_eq!(day(&newsclip::parse(&text)).as_deref(), Some("2017-03-03"));
}

#[test]
fn a_name_and_role_card_under_the_standfirst_is_the_byline() {
    let text = page(&[
        "The vote ends a decade of arguments about how the money for the parks should be spent.",
        "Dana Whitfield",
        "News reporter @danawhit",
        "Wednesday 20 November 2019 11:42, UK",
    ]);
    checks::check_parse_all(&text);
    let a = newsclip::parse(&text);
    assert_eq!(a.authors, ["Dana Whitfield"]);
    assert!(
        a.body.iter().all(|b| !b.text.contains("Dana Whitfield")),
        "{:#?}",
        a.body
    );
    assert_eq!(day(&a).as_deref(), Some("2019-11-20"));
}

#[test]
fn an_outlet_byline_with_a_comment_counter_and_a_share_prompt() {
    let a = parse(&[
        "November 20, 2019",
        "Print This Article Share it With Friends",
        "by Harbour Weekly News 0 Comments",
    ]);
    assert_eq!(a.credits, ["Harbour Weekly News"]);
    assert!(a.authors.is_empty(), "{:?}", a.authors);
    assert_eq!(day(&a).as_deref(), Some("2019-11-20"));
}

#[test]
fn a_date_label_on_its_own_line_types_the_date_under_it() {
    let a = parse(&["Publish date:", "Oct 4, 2018"]);
    assert_eq!(day(&a).as_deref(), Some("2018-10-04"));
    let a = parse(&["March 3, 2017", "Last updated:", "Oct 4, 2018"]);
    assert_eq!(day(&a).as_deref(), Some("2017-03-03"));
    assert_eq!(
        a.updated.map(|v| v.date().to_string()).as_deref(),
        Some("2018-10-04")
    );
}

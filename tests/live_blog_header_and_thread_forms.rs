//! A live blog's header ("Live coverage by A and B", a "KEY EVENTS" box),
//! caption labels after a bar or a dash ("... —File", "... | File"), a
//! footer line of a copyright notice and links, and reply buttons printed
//! with their counts ("Reply · 12") that mark a reader-comment thread.

use newsclip::grammar::byline::parse_byline;
use newsclip::grammar::caption::parse_caption;
use newsclip::parse;

#[test]
fn live_coverage_names_its_writers() {
    let b = parse_byline("Live coverage by Jana Okafor and Pete Lindqvist").unwrap();
    assert_eq!(b.value.authors, ["Jana Okafor", "Pete Lindqvist"]);
    let b = parse_byline("Compiled by Ruth Adebayo").unwrap();
    assert_eq!(b.value.authors, ["Ruth Adebayo"]);
}

#[test]
fn a_file_label_after_a_bar_or_dash_closes_a_caption() {
    for (line, text) in [
        (
            "Ngoma: She built the choir from nothing —File",
            "Ngoma: She built the choir from nothing",
        ),
        (
            "The high court building in Lusaka. | File",
            "The high court building in Lusaka.",
        ),
        (
            "Ferry passengers queue at the pier – File photo",
            "Ferry passengers queue at the pier",
        ),
    ] {
        let c = parse_caption(line).unwrap_or_else(|e| panic!("{line}: {e:?}"));
        assert_eq!(c.value.text, text);
        assert_eq!(c.value.credit, None);
    }
}

const LIVE: &str = "\
THE HARBOUR GAZETTE
Home   News   Politics   Sport   Business
Politics
LIVE
Port council vote LIVE: Okafor elected chair after second ballot
Follow our live updates as councillors choose a new chair
Live coverage by Jana Okafor and Pete Lindqvist
Published: Thu, Nov 5, 2026 5:00 PM | Updated: Thu, Nov 5, 2026 9:40 PM
KEY EVENTS
Councillor Ada Okafor elected chair with 14 of 25 votes
First ballot ended in a tie after one abstention
9:40 p.m.
That's all for tonight
Thank you for following the vote with us. Full analysis of the result and what it means for the harbour budget will be online tomorrow morning.
8:15 p.m.
Second ballot under way
Councillors are voting again after the first round ended level at twelve votes each, with one councillor abstaining on the grounds of a conflict of interest.
What do you think?
2 Comments
harbourwatcher · 1 day ago
About time the council got on with it. The budget has waited long enough.
Reply · 12
M.Tanaka · 20 hours ago
Congratulations to the new chair, now fix the ferry timetable.
Reply · 3
Harbour Gazette © 2026 | 4 Quay Street, Port Ellis | Advertise | Contact
";

#[test]
fn a_live_blog_keeps_its_header_and_drops_the_thread_and_footer() {
    let a = parse(LIVE);
    assert!(a.title.starts_with("Port council vote LIVE"), "{}", a.title);
    assert_eq!(a.authors, ["Jana Okafor", "Pete Lindqvist"]);
    assert!(!a.key_points.is_empty(), "{:?}", a.key_points);
    let body: Vec<&str> = a.body.iter().map(|b| b.text.as_str()).collect();
    assert!(
        body.iter()
            .all(|t| !t.contains("About time") && !t.contains("ferry timetable")),
        "{body:?}"
    );
    assert!(
        a.captions
            .iter()
            .all(|c| !c.text.contains("Harbour Gazette")),
        "{:?}",
        a.captions
    );
}

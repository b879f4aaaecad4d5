//! Pages as scrapers other than a browser print them: a text browser's
//! dump (`lynx -dump`: paragraphs wrapped at a fixed width, link numbers
//! glued to words, a list of references under the page) and a Markdown
//! dump (`html2text` or a reader service: `#` headings, `[text](url)`
//! links, `![alt](url)` images, `**bold**` bylines, or a reader service's
//! headings underlined with `===` and `---`). They give the fields and
//! whole paragraphs a browser copy of the same page gives.

use newsclip::{Article, Options, Parser, parse};

/// The headline, the standfirst and the one writer of `a`.
fn header(a: &Article, title: &str, subtitle: &str, author: &str) {
    assert_eq!(a.title, title);
    assert_eq!(a.subtitle.as_deref(), Some(subtitle));
    assert_eq!(a.authors, [author]);
}

const LYNX: &str = "   [1]Skip to content

   [2]The Riverside Tribune

     * [3]News
     * [4]Sports
     * [5]Opinion

                  Water board approves rate increase after heated meeting

   By Laura Chen
   Staff Writer

   Published March 4, 2025

   RIVERSIDE -- The regional water board voted 5-2 on Tuesday to raise
   residential water rates by 8 percent, ending a three-hour meeting in
   which dozens of residents urged members to delay the increase.

   Board chair Tom Alvarez said the increase was needed to pay for
   repairs to aging pipes, some of which date to the 1950s. \"We cannot
   keep patching a system that is older than most people in this room,\"
   he said.

   Opponents said the increase would fall hardest on retirees and
   families with fixed incomes. Maria Lopez, who has lived in the city
   for 40 years, told the board she already struggles to pay her bills.

   The new rates take effect July 1. The average household will pay
   about $6 more per month, according to the board's estimates.

   [6]Share on Facebook [7]Share on Twitter

References

   1. https://riverside.example/#content
   2. https://riverside.example/
";

#[test]
fn a_text_browser_dump_gives_whole_paragraphs() {
    let a = parse(LYNX);
    assert_eq!(
        a.title,
        "Water board approves rate increase after heated meeting"
    );
    assert_eq!(a.authors, ["Laura Chen"]);
    assert_eq!(
        a.published.map(|d| d.to_string()).as_deref(),
        Some("2025-03-04")
    );
    assert_eq!(a.dateline.as_deref(), Some("RIVERSIDE"));
    let body: Vec<&str> = a.body.iter().map(|b| b.text.as_str()).collect();
    assert_eq!(body.len(), 4, "{body:#?}");
    assert!(body[0].starts_with(
        "The regional water board voted 5-2 on Tuesday to raise residential water rates"
    ));
    assert!(
        body[1].ends_with("older than most people in this room,\" he said."),
        "{}",
        body[1]
    );
    assert!(
        body[3].ends_with("will pay about $6 more per month, according to the board's estimates.")
    );
    // Every input line is accounted for: a joined paragraph spans its lines.
    let start = LYNX.find("   RIVERSIDE").unwrap();
    let end = LYNX.find("delay the increase.").unwrap();
    assert!(
        a.body
            .iter()
            .any(|b| b.span.start <= start && b.span.end > end)
    );
}

#[test]
fn wrapped_lines_stay_apart_when_asked() {
    let a = Parser::new(Options::new().unwrap(false)).parse(LYNX);
    assert!(a.body.len() > 8, "{:#?}", a.body);
}

#[test]
fn a_page_printed_one_paragraph_per_line_is_left_as_it_is() {
    // Short lines under one another that are no wrapped prose: a byline
    // over a job title, a list of headlines.
    let text = "Council delays vote on parking plan\n\nBy Ann Lee\nCity Hall reporter\n\n\
                The council delayed a vote on the downtown parking plan on Tuesday after a long debate about fees.\n\n\
                More stories\nDrought rules eased for spring across the county\nLibrary expands weekend hours this summer\n";
    let a = parse(text);
    assert_eq!(a.authors, ["Ann Lee"]);
    assert_eq!(a.body.len(), 1, "{:#?}", a.body);
}

const MARKDOWN: &str = "[Skip to content](#main)

  * [Home](https://example.org/)
  * [World](https://example.org/world)

# Shipping rates surge as Red Sea attacks force detours

## Container lines add up to two weeks to Asia-Europe voyages

By **Priya Raman** | March 4, 2025

![A container ship passes through the Suez Canal](https://example.org/img/ship.jpg)

A container ship passes through the Suez Canal. Photo: Reuters/Amr Abdallah Dalsh

LONDON -- The cost of shipping a container from Shanghai to Rotterdam has more than doubled in a month, as carriers send vessels around the Cape of Good Hope.

The Drewry World Container Index rose 12% in the latest week, taking its gain since mid-December to 115%.

### Longer voyages

The detour adds about 3,500 nautical miles and up to two weeks to a one-way trip, tying up ships and pushing up fuel bills.

**Read more:** [Retailers brace for delays as shipping costs climb](https://example.org/retail)

Share: [Twitter](https://twitter.com/share) | [Facebook](https://facebook.com/share)
";

#[test]
fn a_markdown_dump_reads_like_the_page() {
    let a = parse(MARKDOWN);
    header(
        &a,
        "Shipping rates surge as Red Sea attacks force detours",
        "Container lines add up to two weeks to Asia-Europe voyages",
        "Priya Raman",
    );
    assert_eq!(a.dateline.as_deref(), Some("LONDON"));
    assert_eq!(a.captions.len(), 1, "{:?}", a.captions);
    assert_eq!(
        a.captions[0].text,
        "A container ship passes through the Suez Canal."
    );
    assert_eq!(
        a.captions[0].credit.as_deref(),
        Some("Reuters/Amr Abdallah Dalsh")
    );
    assert_eq!(
        a.related,
        ["Retailers brace for delays as shipping costs climb"]
    );
    let body: Vec<&str> = a.body.iter().map(|b| b.text.as_str()).collect();
    assert_eq!(body.len(), 4, "{body:#?}");
    assert_eq!(body[2], "Longer voyages");
    assert!(
        body.iter().all(|b| !b.contains("](") && !b.contains("**")),
        "{body:#?}"
    );
}

/// A reader service's dump: a header of its own (`Title:`, `URL Source:`,
/// `Published Time:`), then the page in Markdown with underlined headings.
const READER: &str = "Title: Ports brace for strike as talks with dockworkers stall | Harbor Times

URL Source: https://harbortimes.example/news/ports-strike

Published Time: 2025-03-04T10:31:00+00:00

Markdown Content:
[Skip to main content](https://harbortimes.example/news/ports-strike#main)

*   [News](https://harbortimes.example/news)
*   [Business](https://harbortimes.example/business)

Ports brace for strike as talks with dockworkers stall
======================================================

Union says members will walk out on Monday unless wages rise
------------------------------------------------------------

By [Daniel Ortiz](https://harbortimes.example/authors/daniel-ortiz)

March 4, 2025

![Image 1: Cranes at the container terminal](https://harbortimes.example/img/cranes.jpg)

Cranes stand idle at the container terminal on Tuesday. (Harbor Times/Ana Ruiz)

OAKLAND, Calif. — Shipping companies are preparing for a strike at West Coast ports after talks between the dockworkers' union and employers broke down on Tuesday.

The union said its 22,000 members would walk off the job on Monday unless employers raise their wage offer.

**Related:** [Truckers warn of delays at inland depots](https://harbortimes.example/news/truckers)

Both sides said they were willing to return to the table.
";

#[test]
fn underlined_markdown_headings_are_the_headline_and_standfirst() {
    let a = parse(READER);
    header(
        &a,
        "Ports brace for strike as talks with dockworkers stall",
        "Union says members will walk out on Monday unless wages rise",
        "Daniel Ortiz",
    );
    assert_eq!(
        a.published.map(|d| d.date().to_string()).as_deref(),
        Some("2025-03-04")
    );
    assert_eq!(a.dateline.as_deref(), Some("OAKLAND, Calif."));
    assert_eq!(a.related, ["Truckers warn of delays at inland depots"]);
    assert_eq!(a.body.len(), 3, "{:#?}", a.body);
    // The underline is part of the headline's span: accounted for, not lost.
    let under = READER.find("=====").unwrap();
    assert!(
        a.spans
            .title
            .is_some_and(|s| s.start < under && s.end > under)
    );
}

/// `html2text`'s Markdown, wrapped at 78 columns: a link or an image may
/// open on one line and close on the next.
const WRAPPED_MARKDOWN: &str = "  * [Home](https://example.org/)
  * [World](https://example.org/world)

# Shipping rates surge as Red Sea attacks force detours

By **Priya Raman** | March 4, 2025

![A container ship passes through the Suez
Canal](https://example.org/img/ship.jpg)

LONDON -- The cost of shipping a container from Shanghai to Rotterdam has more
than doubled in a month, as carriers send vessels around the Cape of Good Hope
to avoid attacks in the Red Sea, industry data showed on Tuesday. The [Drewry
World Container Index](https://example.org/drewry) rose 12% in the latest
week, taking its gain since mid-December to 115%.

Freight forwarders said some customers were paying even more for space on
ships leaving in the next fortnight, and that contracts signed for the year
were being renegotiated as carriers added surcharges to existing deals.

The detour adds about 3,500 nautical miles and up to two weeks to a one-way
trip, tying up ships and pushing up fuel bills. \"There is simply less capacity
in the system,\" said Lars Jensen, chief executive of consultancy Vespucci
Maritime.
";

#[test]
fn links_wrapped_over_two_lines_lose_their_marks() {
    let a = parse(WRAPPED_MARKDOWN);
    assert_eq!(
        a.title,
        "Shipping rates surge as Red Sea attacks force detours"
    );
    assert_eq!(a.authors, ["Priya Raman"]);
    let body: Vec<&str> = a.body.iter().map(|b| b.text.as_str()).collect();
    assert_eq!(body.len(), 3, "{body:#?}");
    assert!(
        body[0].contains("Tuesday. The Drewry World Container Index rose 12%"),
        "{}",
        body[0]
    );
    assert!(
        body.iter().all(|b| !b.contains("](") && !b.contains('[')),
        "{body:#?}"
    );
}

//! Pages as scrapers other than a browser print them: a text browser's
//! dump (`lynx -dump`: paragraphs wrapped at a fixed width, link numbers
//! glued to words, a list of references under the page) and a Markdown
//! dump (`html2text` or a reader service: `#` headings, `[text](url)`
//! links, `![alt](url)` images, `**bold**` bylines). Both give the fields
//! and whole paragraphs a browser copy of the same page gives.

use newsclip::{Options, Parser, parse};

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
    assert_eq!(
        a.title,
        "Shipping rates surge as Red Sea attacks force detours"
    );
    assert_eq!(
        a.subtitle.as_deref(),
        Some("Container lines add up to two weeks to Asia-Europe voyages")
    );
    assert_eq!(a.authors, ["Priya Raman"]);
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

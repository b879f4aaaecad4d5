//! A press release: a contact line with an e-mail address and a phone
//! number above the headline (no section label), the date printed only in
//! the dateline ("RIVERTON, Ore., March 4, 2025 /PRNewswire/ --": the
//! story's date), an end mark and the distributor's source line; a release
//! whose contact block stands under the headline and whose text closes with
//! the issuer's profile and a legal notice. And a Markdown dump's italic
//! standfirst and caption and its related list of links.

use newsclip::parse;

#[test]
fn a_press_release_takes_its_date_from_the_dateline() {
    let text = "\
FOR IMMEDIATE RELEASE

Contact: Jane Smith, Communications Director
jane.smith@cityofriverton.gov | (555) 123-4567

City of Riverton Launches Free Wi-Fi in Downtown Parks

RIVERTON, Ore., March 4, 2025 /PRNewswire/ -- The City of Riverton today launched free public Wi-Fi in five downtown parks, the first phase of a plan to connect every public space in the city by 2027.

\"Access to the internet is no longer a luxury,\" said Mayor Tom Reed.

The network was built with a $1.2 million state grant and will be maintained by the city's IT department.

###

SOURCE City of Riverton
";
    let a = parse(text);
    assert_eq!(
        a.title,
        "City of Riverton Launches Free Wi-Fi in Downtown Parks"
    );
    assert_eq!(a.section, None, "a contact line is no section");
    assert_eq!(a.dateline.as_deref(), Some("RIVERTON, Ore."));
    assert_eq!(
        a.published.map(|d| d.to_string()).as_deref(),
        Some("2025-03-04")
    );
    assert_eq!(a.body.len(), 3, "{:#?}", a.body);
    assert!(
        a.body[0]
            .text
            .starts_with("The City of Riverton today launched")
    );
}

#[test]
fn a_release_keeps_its_contact_and_closing_sections_out() {
    let text = "\
Northwind Cooperative Opens Oat Mill in Halverston
New facility will create 85 jobs for the region
Contact:
Renée Albrecht
Communications Manager
press@northwind.example
HALVERSTON, March 5, 2025 — Northwind Cooperative today opened a $38 million oat milling facility in Halverston.
The mill will process up to 180,000 tons of oats a year from more than 300 member farms across the region.
The facility will employ 85 people when it reaches full production later this year, the cooperative said.
About Northwind Cooperative
Founded in 1957, Northwind Cooperative is a farmer-owned cooperative of more than 300 grain growers.
Forward-Looking Statements
This press release contains forward-looking statements regarding production capacity and employment.
";
    let a = parse(text);
    assert!(a.authors.is_empty(), "{:?}", a.authors);
    assert_eq!(a.body.len(), 3, "{:#?}", a.body);
    assert!(a.body.iter().all(|b| !b.text.contains("forward-looking")));
}

#[test]
fn a_markdown_dump_loses_its_italics_and_lists_its_related_links() {
    let text = "\
# Deep-sea survey finds vast coral garden off the ridge

_Scientists say the reef, 900 metres down, is one of the largest cold-water coral systems ever recorded._

By [Hana Okonkwo](https://x.example/a/hana)

![A sea fan on the ridge.](https://x.example/i.jpg)

*A sea fan on the ridge at 880 metres. Photo: Marine Survey Institute*

A research expedition has found a cold-water coral reef stretching across roughly 45 square kilometres of the ridge, scientists said on Friday.

The reef was mapped over 19 days in January by a team using a remotely operated vehicle, and the findings were set out in a [preliminary report](https://x.example/r.pdf).

## Related

- [Trawling ban proposed for three northern seamounts](https://x.example/1)
- [Warming waters push cod north, study finds](https://x.example/2)
";
    let a = parse(text);
    assert_eq!(
        a.subtitle.as_deref(),
        Some(
            "Scientists say the reef, 900 metres down, is one of the largest cold-water coral systems ever recorded."
        )
    );
    assert_eq!(a.captions.len(), 1, "{:?}", a.captions);
    assert_eq!(a.captions[0].text, "A sea fan on the ridge at 880 metres.");
    assert_eq!(
        a.captions[0].credit.as_deref(),
        Some("Marine Survey Institute")
    );
    assert_eq!(a.body.len(), 2, "{:#?}", a.body);
    assert_eq!(
        a.related,
        [
            "Trawling ban proposed for three northern seamounts",
            "Warming waters push cod north, study finds"
        ]
    );
}

#[test]
fn a_button_behind_a_bullet_is_no_key_point() {
    let text = "\
Episode 12: How the harbour was rebuilt
▶ Play episode
• Share
In this episode our reporters walk the new harbour wall with the engineers who rebuilt it after the winter storms.
The work took two years and cost the city far more than the first estimate, the harbour board said.
";
    let a = parse(text);
    assert!(a.key_points.is_empty(), "{:?}", a.key_points);
    assert_eq!(a.body.len(), 2, "{:#?}", a.body);
}

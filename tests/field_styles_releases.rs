//! A press release: a contact line with an e-mail address and a phone
//! number above the headline (no section label), the date printed only in
//! the dateline ("RIVERTON, Ore., March 4, 2025 /PRNewswire/ --": the
//! story's date), an end mark and the distributor's source line.

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

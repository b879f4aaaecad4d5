//! The seam between two stories of one page: a marker pointing down to the
//! next story and the next story's kicker, printed over its headline, are
//! neither of them the first story's related headlines; the kicker is the
//! second story's section.

use newsclip::parse_all;

const PAGE: &str = "Harbour Gazette\nHome | News | Sport | Business | Opinion\n\n\
Council approves new ferry terminal for the north quay\n\n\
By Rhona Fielding\n5 March 2025 09:15 AM\n\n\
The city council has approved a new ferry terminal on the north quay after a vote of nine to four on Tuesday night.\n\n\
The terminal will cost 30 million dollars and is expected to open in the spring of 2027, the harbour board said.\n\n\
Councillors who voted against it said the money would be better spent on repairing the old wharf first.\n\n\
Related: Harbour board names new chief executive\n\n\
The board will now ask the government to pay half of the cost of the building work.\n\n\
Share this article\n\n\
▼ Next story ▼\n\
World\n\n\
Rail strike in the capital called off after overnight talks\n\n\
5 March 2025 06:10 PM\n\n\
CAPITAL CITY, March 5 (AAP) - A 24-hour strike by rail crews planned for Thursday has been called off after an overnight deal on pay.\n\n\
The union said its members would vote on the offer next week, but trains would run as normal in the meantime.\n\n\
Commuters on the western lines had been warned to expect major delays and crowded platforms.\n\n\
Share this article\n\n\
© 2025 Harbour Gazette Ltd\n";

#[test]
fn the_kicker_over_the_second_headline_is_its_section() {
    let arts = parse_all(PAGE);
    assert_eq!(
        arts.len(),
        2,
        "{:?}",
        arts.iter().map(|a| &a.title).collect::<Vec<_>>()
    );
    assert_eq!(
        arts[1].title,
        "Rail strike in the capital called off after overnight talks"
    );
    assert_eq!(arts[1].section.as_deref(), Some("World"));
    assert!(
        arts[0]
            .related
            .iter()
            .all(|r| !r.contains("Next story") && r != "World"),
        "{:?}",
        arts[0].related
    );
}

//! An infinite-scroll page whose next story is announced by "Up next" over
//! its headline: the headline under "Up next" is the next story's, the
//! sentence under it that story's standfirst, and a closing "Up next" with
//! one headline and no text under it stays a related link.

use newsclip::parse_all;

const PAGE: &str = "Menu
Search
Business

Airline orders 120 jets in biggest deal in its history

The carrier plans to replace its entire short-haul fleet by 2032

By Hannah Lee, Business Reporter

Published: 9:15 AM GMT, Tue 4 March 2025

Europe's largest budget airline has ordered 120 new jets from Airbus, in a deal worth about $15bn at list prices, as it bets on a continued rise in demand for cheap travel.

The airline said the A321neo aircraft would be delivered between 2027 and 2032 and would replace older planes that burn more fuel.

Chief executive Mark Dunn said the order showed \"real confidence in the future of short-haul travel\", despite higher airport charges.

Shares in the airline rose 3% in morning trading.

Advertisement

More from Business

Bank profits jump as interest rates stay high

Supermarket price war hits suppliers

Up next

Car maker recalls 80,000 vehicles over brake fault

The faulty part may cause the brakes to fail in cold weather, the company said

By Omar Khan

Published: 8:02 AM GMT, Tue 4 March 2025

A car maker is recalling about 80,000 vehicles in the UK because of a fault that could cause the brakes to fail in very cold weather.

The company said owners would be contacted by letter and the repair would take about an hour at a dealer.

No accidents have been linked to the fault, it said.

Advertisement

Up next

Energy bills to fall by 7% from April, regulator says
";

#[test]
fn up_next_over_a_story_starts_that_story() {
    let arts = parse_all(PAGE);
    assert_eq!(
        arts.len(),
        2,
        "{:#?}",
        arts.iter().map(|a| &a.title).collect::<Vec<_>>()
    );
    assert_eq!(
        arts[0].title,
        "Airline orders 120 jets in biggest deal in its history"
    );
    assert_eq!(
        arts[0].related,
        [
            "Bank profits jump as interest rates stay high",
            "Supermarket price war hits suppliers"
        ]
    );
    assert_eq!(
        arts[1].title,
        "Car maker recalls 80,000 vehicles over brake fault"
    );
    assert_eq!(
        arts[1].subtitle.as_deref(),
        Some("The faulty part may cause the brakes to fail in cold weather, the company said")
    );
    assert_eq!(arts[1].authors, ["Omar Khan"]);
    assert_eq!(arts[1].body.len(), 3);
    assert_eq!(
        arts[1].related,
        ["Energy bills to fall by 7% from April, regulator says"]
    );
}

/// A second story after "Next article", printed with its breadcrumb, byline
/// and date, then a share row, before its text: the share row does not hide
/// the story's paragraphs.
#[test]
fn a_share_row_under_the_next_story_header_still_starts_a_story() {
    let page = "Home > News > Local News
Bus drivers threaten sit-out over unpaid overtime
by Ricardo Forde
December 13, 2026 12:05 AM
Transport Board drivers say they will stay off the road on Monday unless they receive two months of overtime pay.
The union said about 180 drivers were owed money, some of it dating back to the summer timetable change.
The board said it expected the payment from the ministry before the end of the week.
Previous article
Next article
Home > News > Local News
Christmas ham prices up as importers cite freight costs
by Janelle Gittens
December 12, 2026 7:40 PM
Share
Facebook  Twitter  WhatsApp  Email
Shoppers will pay more for their Christmas ham this year, with supermarket prices up by about a tenth.
Importers blamed three factors:
• higher shipping rates from the United States;
• the weaker exchange margin on some brands;
• a new handling fee at the port.
Advertisement
Consumer Affairs officers advised shoppers to compare prices and to consider smaller cuts this year.
";
    let arts = parse_all(page);
    assert_eq!(
        arts.len(),
        2,
        "{:?}",
        arts.iter().map(|a| &a.title).collect::<Vec<_>>()
    );
    assert_eq!(
        arts[0].title,
        "Bus drivers threaten sit-out over unpaid overtime"
    );
    assert_eq!(arts[0].body.len(), 3);
    assert!(arts[0].related.is_empty(), "{:?}", arts[0].related);
    let b = &arts[1];
    assert_eq!(
        b.title,
        "Christmas ham prices up as importers cite freight costs"
    );
    assert_eq!(b.authors, ["Janelle Gittens"]);
    assert!(
        b.body
            .iter()
            .any(|p| p.text.starts_with("Consumer Affairs"))
    );
}

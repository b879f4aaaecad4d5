//! An update printed under a label the lexicon lacks is read in the order
//! the page writes its dates: "Update: 11/07/2025 17:45" on a page that
//! writes "Friday, 11 July 2025" is 11 July, later that day.

use newsclip::{DateValue, parse};

const PAGE: &str = "Lagos flood: rain covers Lekki and Ajah\n\n\
By Chinedu Okafor\nFriday, 11 July 2025\nUpdate: 11/07/2025 17:45\n\n\
Rain has fallen for more than ten hours in Lagos and the emergency agency has told people in low areas to leave their homes now.\n\n\
The state government said it would open three camps for families who lost their homes in the flood this week.\n\n\
Traffic on the expressway has been held up since the morning, and schools in the worst-hit areas were closed early.\n";

#[test]
fn a_numeric_update_is_read_day_first_on_a_day_first_page() {
    let a = parse(PAGE);
    assert_eq!(
        a.published.map(|d| d.to_string()).as_deref(),
        Some("2025-07-11")
    );
    let Some(DateValue::Local(u)) = a.updated else {
        panic!("updated: {:?}", a.updated);
    };
    assert_eq!(u.to_string(), "2025-07-11 17:45:00");
}

/// A page that prints no date written month first ("March 4, 2025") and
/// no American spelling reads a numeric date day first; one that does
/// reads it month first.
#[test]
fn a_page_without_a_month_first_date_reads_numbers_day_first() {
    let page = |extra: &str| {
        format!(
            "Longboats race on the river as the regatta returns\n\nBy Rozana Latif\n06/12/2025\n\n\
Thousands of spectators lined the banks of the river on Saturday as the regatta returned after a four-year break{extra}.\n\n\
Twenty-two crews took part in the traditional longboat races, the most since the event began.\n\n\
The district office said the regatta would now be held every two years.\n"
        )
    };
    let day = |p: String| parse(&p).published.map(|d| d.to_string());
    assert_eq!(day(page("")).as_deref(), Some("2025-12-06"));
    assert_eq!(
        day(page(", first held on March 4, 1990 at the harbor")).as_deref(),
        Some("2025-06-12")
    );
}

//! The published date printed under the headline after a weekday or a
//! label no lexicon holds ("Biyernes, Marso 14, 2025 - 5:30 PM",
//! "Inilathala: Biyernes, Marso 14, 2025"): the date is read, and the
//! line is the article's date line, not left out.

use newsclip::{LineRole, parse};

const PAGE: &str = "\
Balita Ngayon
Tahanan | Balita | Bansa | Mundo | Palakasan

Presyo ng bigas sa palengke, bumaba ngayong linggo

Ni Jose Ramos
DATE LINE
3 minutong basahin

Bumaba ang presyo ng bigas sa mga pampublikong palengke ngayong linggo matapos dumating ang bagong ani mula sa mga lalawigan sa hilaga.

Ayon sa mga tindero, nasa limang piso ang ibinaba ng presyo kada kilo kumpara noong nakaraang buwan, at inaasahang bababa pa ito.

Sinabi ng kagawaran na babantayan nito ang presyo hanggang sa katapusan ng anihan upang matiyak na makikinabang ang mga mamimili.

Ibahagi: Facebook | X | Messenger

© 2025 Balita Ngayon. Lahat ng karapatan ay nakalaan.
";

#[test]
fn a_date_after_an_unknown_weekday_or_label_is_the_published_date() {
    for line in [
        "Biyernes, Marso 14, 2025 - 5:30 PM",
        "Inilathala: Biyernes, Marso 14, 2025",
    ] {
        let a = parse(&PAGE.replace("DATE LINE", line));
        assert_eq!(
            a.title,
            "Presyo ng bigas sa palengke, bumaba ngayong linggo"
        );
        assert_eq!(a.authors, ["Jose Ramos"]);
        assert_eq!(
            a.published.map(|d| d.date().to_string()).as_deref(),
            Some("2025-03-14"),
            "{line}"
        );
        assert_eq!(a.body.len(), 3, "{line}: {:?}", a.body);
        let span = a.spans.published.expect("the date's line");
        let role = a.lines.iter().find(|l| l.span == span).map(|l| l.role);
        assert_eq!(role, Some(LineRole::Date), "{line}");
    }
}

#[test]
fn a_date_line_with_more_than_a_date_gives_no_published_date() {
    let a = parse(&PAGE.replace("DATE LINE", "Biyernes, Marso 14, 2025 sa munisipyo"));
    assert_eq!(a.published, None);
}

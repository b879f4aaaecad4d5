//! Header lines that label rather than tell: a writer's label alone over
//! the name, writers named with their shifts, a photographer's credit under
//! the writer's bare name, and the menu entry printed again over a badge.

use newsclip::parse;

mod common;

use common::ferry::TEXT;

const TITLE: &str = "Harbour ferry fares to rise by a fifth from April";
const DEK: &str =
    "Commuters will pay about 180 more a month; two early crossings are added from May";

#[test]
fn a_writers_label_over_the_name_keeps_the_standfirst() {
    let text = format!(
        "The Harbour Times\n{TITLE}\n{DEK}\nAuthor of the article:\nPriya Raman\nPublished Mar 4, 2025\n{TEXT}"
    );
    let a = parse(&text);
    assert_eq!(a.title, TITLE);
    assert_eq!(a.subtitle.as_deref(), Some(DEK));
    assert_eq!(a.authors, ["Priya Raman"]);
}

#[test]
fn writers_named_with_their_shifts_over_a_badge_and_the_section() {
    let text = format!(
        "The Harbour Times\nNews Local News Opinion Sport\nLocal News\nLive\n{TITLE}\n{DEK}\nPriya Raman (now) and Tom Haugen (earlier)\nMarch 4, 2025\n{TEXT}"
    );
    let a = parse(&text);
    assert_eq!(a.title, TITLE);
    assert_eq!(a.section.as_deref(), Some("Local News"));
    assert_eq!(a.subtitle.as_deref(), Some(DEK));
    assert_eq!(a.authors, ["Priya Raman", "Tom Haugen"]);
}

#[test]
fn a_photographers_credit_under_the_writers_bare_name() {
    let text = format!("{TITLE}\n{DEK}\nPriya Raman\nPhoto: Tom Haugen\nMarch 4, 2025\n{TEXT}");
    let a = parse(&text);
    assert_eq!(a.authors, ["Priya Raman"]);
    assert!(a.captions.is_empty(), "{:?}", a.captions);
}

#[test]
fn the_section_is_the_crumb_over_the_headline_not_a_piece_of_the_date_line() {
    let page = "मिथिला समाचार\nहोम\nमिथिला\nबिहार\nदेश\nखेल\nहोम » मिथिला » मधुबनी\n\n\
मधुबनी मे नव पुस्तकालय खुजल\n\n\
जिला मे पहिल बेर एकटा पैघ सार्वजनिक पुस्तकालय खुजल अछि।\n\n\
रिपोर्ट : सुनील कुमार\nशनि दिन, १५ मार्च २०२५ | ०९:३० बजे\n\n\
पुस्तकालय मे दस हजार सँ बेसी पोथी राखल गेल अछि आ सभ दिन साँझ धरि खुजल रहत।\n\n\
जिलाधिकारी कहलनि जे गाम-गाम सँ विद्यार्थी एतय पढ़बाक लेल आबि सकैत छथि।\n\n\
पुस्तकालयक भवन नगर निगम द्वारा बनाओल गेल अछि आ एहि मे एकटा पैघ पढ़बाक कक्ष सेहो अछि।\n";
    let a = newsclip::parse(page);
    assert_eq!(a.section.as_deref(), Some("मधुबनी"));
    assert!(a.published.is_some());
    assert!(
        a.lines
            .iter()
            .any(|l| l.role == newsclip::LineRole::Section)
    );
}

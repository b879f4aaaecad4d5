//! Lines inside and under the text that are no story: a line the page
//! prints again and again around its ad slots, a columnist's bio and the
//! outlet's disclaimer in other languages; and a subheading right under an
//! inline link, which is.

use newsclip::parse;

mod common;

use common::ferry::{HEAD, TEXT};

#[test]
fn a_line_printed_at_every_ad_slot_is_no_subheading() {
    let paras: Vec<&str> = TEXT.lines().collect();
    let text = format!(
        "{HEAD}{}\nArticle content\n{}\nArticle content\n{}\nArticle content\n{}\n",
        paras[0], paras[1], paras[2], paras[3]
    );
    let a = parse(&text);
    assert!(
        a.body.iter().all(|b| b.text != "Article content"),
        "{:?}",
        a.body
    );
    assert_eq!(a.body.len(), 4);
}

#[test]
fn a_columnists_bio_and_the_disclaimer_in_swedish() {
    let text = "Pendeltågen står still igen och ingen säger varför\nAv Johanna Berglund\n4 mars 2025\nDet är tisdag morgon och tåget från Bålsta står still utanför Kungsängen, för tredje gången den här veckan.\nIngen i vagnen vet varför, och högtalarna säger ingenting förrän efter tjugo minuter.\nJag har åkt den här sträckan i elva år och aldrig upplevt en vinter som den här.\nTill dess står vi kvar på perrongen i Bålsta, med kaffet som kallnar i handen.\nDetta är en krönika. Åsikterna är skribentens egna.\nJohanna Berglund är krönikör på Mälarposten och bor i Bålsta.\n";
    let a = parse(text);
    assert_eq!(a.body.len(), 4, "{:?}", a.body);
    assert!(a.body.iter().all(|b| !b.text.contains("krönik")));
}

#[test]
fn a_subheading_under_an_inline_link_stays() {
    let paras: Vec<&str> = TEXT.lines().collect();
    let text = format!(
        "{HEAD}{}\n{}\nRead more: Council backs night bus trial on two routes\nWhat comes next\n{}\n{}\n",
        paras[0], paras[1], paras[2], paras[3]
    );
    let a = parse(&text);
    assert!(
        a.body.iter().any(|b| b.text == "What comes next"),
        "{:?}",
        a.body
    );
}

#[test]
fn a_closing_paragraph_opening_with_a_name_and_on_stays() {
    let last =
        "Priya Raman on Monday said the board would publish the new timetable within a week.";
    let text = format!("{HEAD}{TEXT}{last}\n");
    let a = parse(&text);
    assert_eq!(
        a.body.last().map(|b| b.text.as_str()),
        Some(last),
        "{:?}",
        a.body
    );
}

#[test]
fn a_bracketed_note_about_the_writer_above_the_disclaimer_leaves_the_body() {
    let text = "\
Let the night mail run again: what the old line tells us
By Ravindra Jayasekera
19 March 2025
For almost a century, the night mail left the capital a little before eight in the evening and arrived in the hills at dawn.
It was withdrawn quietly last year, with a two-line notice on the railway department's website and no public meeting.
The official reason was cost, but a railway was never meant to be judged only on a spreadsheet.
(The writer is a retired chief engineer of the railways and a member of the heritage society.)
The views and opinions expressed in this article are those of the author and do not necessarily reflect those of this newspaper.
";
    let a = parse(text);
    assert_eq!(a.body.len(), 3, "{:?}", a.body);
    assert!(a.body.iter().all(|b| !b.text.starts_with('(')));
}

//! A blog's meta row under the headline names its writer among other
//! furniture: a date then "by" a one-word pen name and the categories the
//! post is filed in ("6. Dezember 2022 von Fatima in Gefühle, Popkultur"),
//! a date, the writer and a prompt to comment ("26 September 2019 Ulrike
//! Stockhausen Leave a comment"), or "By" glued to the name by a scrape
//! ("ByAlex Bozarjian"). The writer is read, without the prompt, the
//! categories or the glued marker, and the date is the published date.

const TITLE: &str = "Library roof repairs approved after long debate";

const BODY: &str = "\
The council met on Tuesday to decide the fate of the old library, which has stood on the square since 1901 and needs a new roof before winter.

Members voted seven to two in favour of the repairs, and work will begin in the spring, the mayor said after the meeting.

Residents who had campaigned for the building said they were relieved, and promised to raise money for new shelves.
";

/// The article read from the page with `meta` under the headline.
fn article(meta: &str) -> newsclip::Article {
    let a = newsclip::parse(&format!("{TITLE}\n\n{meta}\n\n{BODY}"));
    assert_eq!(a.title, TITLE, "{meta:?}");
    assert_eq!(a.body.len(), 3, "{meta:?}: {:?}", a.body);
    a
}

/// Checks that each row of `metas` names `writer` and dates the post `day`.
fn reads_writer_and_day(metas: &[&str], writer: &str, day: &str) {
    for meta in metas {
        let a = article(meta);
        assert_eq!(a.authors, [writer], "{meta:?}");
        assert_eq!(
            a.published.map(|d| d.date().to_string()).as_deref(),
            Some(day),
            "{meta:?}"
        );
    }
}

#[test]
fn a_one_word_pen_name_before_the_categories_is_the_writer() {
    reads_writer_and_day(
        &[
            "6. Dezember 2022 von Fatima in Gefühle, Popkultur",
            "December 6, 2022 by Fatima in Culture, Pop",
        ],
        "Fatima",
        "2022-12-06",
    );
}

#[test]
fn a_prompt_to_comment_after_the_writer_is_no_part_of_the_name() {
    reads_writer_and_day(
        &[
            "26 September 2019 Ulrike Stockhausen Leave a comment",
            "26. September 2019 Ulrike Stockhausen Schreibe einen Kommentar",
        ],
        "Ulrike Stockhausen",
        "2019-09-26",
    );
}

#[test]
fn a_marker_glued_to_the_name_is_not_kept_in_it() {
    let a = article("ByAlex Bozarjian\nThursday, November 9, 2023 4:41AM");
    assert_eq!(a.authors, ["Alex Bozarjian"]);
}

#[test]
fn a_login_before_the_categories_is_no_writer() {
    let a = article("December 6, 2022 by admin in Culture, Pop");
    assert!(a.authors.is_empty(), "{:?}", a.authors);
}

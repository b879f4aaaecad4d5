use super::*;
use crate::testgen::{BYLINE_PIECES, Texts};

/// Pages of the seeds and generated pages: story-like lines around
/// byline-like lines, some repeated, some with spaces around them.
fn pages() -> Vec<String> {
    let mut out: Vec<String> = [
        include_str!("../../seeds/000_9a97938ed1608d84.txt"),
        include_str!("../../seeds/001_8a7d62c0b10b160c.txt"),
        include_str!("../../seeds/002_e52ac8215c60bad7.txt"),
        include_str!("../../seeds/003_0b7696fe5ec64155.txt"),
        include_str!("../../seeds/004_e0244ff8b52462b6.txt"),
    ]
    .map(str::to_string)
    .to_vec();
    let mut texts = Texts::new(BYLINE_PIECES, 0x9E37_79B9_7F4A_7C15);
    for p in 0..60 {
        let mut page = String::from("Home\nNews\n\nStorm closes schools across the region\n\n");
        for k in 0..40 {
            let line = texts.text(1 + (k + p) % 5);
            match k % 4 {
                0 => page.push_str(&format!("  {}  \n\n", line.trim())),
                1 => page.push_str(&format!("{line}\n")),
                _ => page.push_str(&format!("{}\n\n", line.trim())),
            }
            // Names with numbers, some of them dates.
            if k % 5 == 2 {
                let tail = [
                    "4 March 2025",
                    "12 comments",
                    "2/50",
                    "Updated 3 hours ago",
                    "7",
                ];
                page.push_str(&format!("{} {}\n\n", line.trim(), tail[(k + p) % 5]));
            }
            if k % 7 == 3 {
                page.push_str(
                    "Schools closed on Monday as a storm brought heavy snow to the hills.\n\n",
                );
            }
        }
        page.push_str("Jane Doe\n\nHome\n");
        out.push(page);
    }
    out
}

#[test]
fn what_the_rules_learnt_of_lines_gives_the_same_candidates() {
    let mut person = 0;
    let mut no_person = 0;
    let mut cands = 0;
    let mut no_date = 0;
    for text in pages() {
        let opts = crate::Options::default();
        let (arts, dopts, known) = crate::pipeline::extract_dated(&text, &opts);
        person += known.person_names.len();
        no_person += known.no_person_names.len();
        no_date += known.no_dates.len();
        let page = Page::build(&text, &arts);
        let slow = author_candidates(&text, &page, &dopts);
        let fast = author_candidates_known(&text, &page, &dopts, known.names());
        assert_eq!(fast, slow, "{text}");
        cands += slow.len();
    }
    let facts = [person, no_person, no_date, cands];
    assert!(facts.iter().all(|&n| n > 5), "{facts:?}");
}

//! Comment threads in the forms of blog platforms: a signature under each
//! comment ("Posted by: NAME at DATE"), WordPress's "NAME says: DATE at
//! TIME", a name and date over each comment under the thread's own
//! heading, a thread under the second story of a page; an advertisement
//! label between two parts of the body; and a post whose story is one
//! paragraph, over its comments.

use newsclip::parse;

/// The body texts of the page's first article.
fn body(page: &str) -> Vec<String> {
    parse(page).body.iter().map(|b| b.text.clone()).collect()
}

/// Asserts that a block of `body` holds `kept` and none holds a string of
/// `dropped`.
fn keeps_and_drops<S: AsRef<str> + std::fmt::Debug>(body: &[S], kept: &str, dropped: &[&str]) {
    assert!(body.iter().any(|t| t.as_ref().contains(kept)), "{body:?}");
    assert!(
        body.iter()
            .all(|t| dropped.iter().all(|d| !t.as_ref().contains(d))),
        "{body:?}"
    );
}

const STORY: &str = "\
Town library reopens after two-year rebuild
The new building on Mill Street doubles the space for the children's collection and adds a study hall that stays open until ten every evening.
Librarian Ruth Okoye said the first week had brought more visitors than the whole of last winter, and that the waiting list for library cards had already passed four hundred names.
The council paid for most of the rebuild from a heritage grant, with the rest raised by a community appeal that ran for eighteen months.
";

#[test]
fn signatures_with_at_mark_the_comments() {
    let page = format!(
        "{STORY}Posted by Ruth at March 3, 2026 9:01 AM
Comments
Lovely news, we will visit with the children on Saturday morning.
Posted by: Ellen at March 3, 2026 11:40 AM
The study hall is what this town needed for the students in exam season.
Posted by: Tom Reyes at March 3, 2026 12:11 PM
"
    );
    keeps_and_drops(
        &body(&page),
        "heritage grant",
        &["Lovely news", "exam season"],
    );
}

#[test]
fn named_and_dated_headers_under_the_heading_mark_the_comments() {
    let page = format!(
        "{STORY}Comments
Ann-Marie P. March 3, 2026 at 3:12 pm
So glad to see it open again.
Kenny L. March 3, 2026 at 5:40 pm
A true gift to the town.
"
    );
    keeps_and_drops(&body(&page), "heritage grant", &["So glad", "true gift"]);
}

#[test]
fn a_thread_under_the_second_story_leaves_its_body() {
    let page = format!(
        "{STORY}NEXT ARTICLE
Bus route 7 returns to the old town
By Fatou Ceesay
Monday, 2 March 2026
The council restored the route after a petition signed by more than two thousand residents who rely on it to reach the market and the clinic.
Drivers will run every twenty minutes on weekdays and every half hour at weekends, the transport office said in a statement on Monday.
2 Comments
Lamin J. says: March 2, 2026 at 11:02 am
About time, the walk up the hill was hard for the older people.
Isatou B. says: March 2, 2026 at 1:45 pm
Please also add a stop by the school.
"
    );
    let arts = newsclip::parse_all(&page);
    let bus = arts
        .iter()
        .find(|a| a.title.starts_with("Bus route"))
        .expect("the second story");
    let b: Vec<&str> = bus.body.iter().map(|b| b.text.as_str()).collect();
    keeps_and_drops(&b, "twenty minutes", &["About time", "school"]);
}

#[test]
fn an_advertisement_label_does_not_cut_a_subheading_from_the_body() {
    let page = "\
Coastal council plans beach rebuild
Published: March 4, 2026
The council wants to pump sand from an offshore bank to rebuild a kilometre of beach that winter storms have washed away over the past decade.
Engineers say the work would take two summers and protect the road and the houses behind the dunes for at least thirty years.
What is being proposed?
The plan recommends a new sea wall at the northern end and the removal of the old groynes, which trap sand away from the town beach.
Advertisement
Who pays?
A coastal levy on beachfront owners would cover a third of the cost, with the rest shared between the council and the national flood fund.
Owners will be able to spread the payments over ten years, the council's finance officer said at a public meeting on Tuesday night.
";
    let b = body(page);
    assert!(b.iter().any(|t| t == "Who pays?"), "{b:?}");
    assert!(b.iter().all(|t| t != "Advertisement"), "{b:?}");
}

#[test]
fn a_heading_with_a_count_in_a_language_without_a_lexicon_opens_the_comments() {
    let page = "Harbour Times\nHarbour ferry fares to rise by a fifth from April\nBy Priya Raman\nMarch 4, 2025\n\
The harbour ferry operator will raise fares by 20 per cent from April 1, the regional transport board said on Tuesday.\n\
The board approved the increase after a two-hour meeting, with two members voting against it.\n\
Commuters who cross twice a day will pay about 180 more a month, according to the board.\n\
Xalaat yi (2)\nMoussa Ba · March 4, 2025\nBu dee dëgg la, baax na lool waaye njëg ji soppeekuwul.\n\
Fatou Ndiaye · March 4, 2025\nJërëjëf ci xibaar bi.\n© 2025 Harbour Times\n";
    let a = parse(page);
    keeps_and_drops(&body(page), "180 more", &["Xalaat", "njëg ji"]);
    let heading = a
        .removed
        .iter()
        .find(|r| r.text == "Xalaat yi (2)")
        .unwrap();
    assert_eq!(heading.reason, newsclip::RemovalReason::CommentForm);
}

#[test]
fn a_one_paragraph_post_over_its_comments_is_the_body() {
    let page = "\
Harbour Lens
Home
About
Ferry photographers get their own exhibition

A new show at the harbour gallery gathers forty pictures taken by the crews of the island ferries over ten winters, and it opens to the public on Saturday morning.

by Harbour Lens on March 3, 2027 · 2 comments

2 comments… read them below or add one

Mara Quint March 3, 2027 at 9:12 am

Lovely news, I will go on Saturday.

Reply

Leave a Comment

Name *

E-mail *

Website
";
    let a = parse(page);
    assert_eq!(a.subtitle, None);
    keeps_and_drops(
        &a.body.iter().map(|b| b.text.as_str()).collect::<Vec<_>>(),
        "forty pictures",
        &["Lovely news"],
    );
    assert!(a.removed.iter().any(|r| r.text.contains("Lovely news")));
}

//! Unit tests of [`super::apply`]: the model's labels applied to the rules' articles.

use super::*;
use crate::model::Model;
use crate::{Labeller, Parser};

const TEXT: &str = "Storm closes schools across the region\n\nBy Jane Doe\n\nSchools across the region closed on Monday as a storm brought heavy snow.\n\nOfficials said the schools would reopen on Wednesday if the roads were cleared.\n\nParents were asked to check the district website before leaving home.\n";

fn setup(opts: &Options) -> (Vec<Article>, Page) {
    let arts = Parser::new(opts.clone().labeller(Labeller::Rules)).parse_all(TEXT);
    let page = Page::build(TEXT, &arts);
    (arts, page)
}

/// The rules' labels for `page`, with line `i` labelled `l`.
fn labels(page: &Page, i: usize, l: Label) -> Vec<Scored> {
    (0..page.lines.len())
        .map(|k| Scored {
            label: if k == i {
                l
            } else if page.lines[k].rule.is_body() {
                Label::Paragraph
            } else {
                Label::Meta
            },
            margin: 1.0,
        })
        .collect()
}

fn accounted_once(arts: &[Article], page: &Page) {
    for l in &page.lines {
        let n: usize = arts
            .iter()
            .map(|a| {
                a.lines.iter().filter(|u| u.span == l.span).count()
                    + a.removed.iter().filter(|r| r.span == l.span).count()
            })
            .sum();
        assert_eq!(n, 1, "{:?}", l.span.slice(TEXT));
    }
}

/// The rules' articles of `TEXT` under `opts`, rewritten after labels that
/// agree with the rules except on line `from_end` counted from the last
/// (0 = the last line), labelled boilerplate; with the page.
fn relabel_one(opts: &Options, from_end: usize) -> (Vec<Article>, Page, usize) {
    let (arts, page) = setup(opts);
    let i = page.lines.len() - 1 - from_end;
    let out = apply(
        TEXT,
        arts,
        &page,
        &labels(&page, i, Label::Boilerplate),
        Default::default(),
        opts,
    );
    accounted_once(&out, &page);
    (out, page, i)
}

#[test]
fn a_body_line_the_model_calls_boilerplate_is_removed_with_its_verdict() {
    let (out, page, last) = relabel_one(&Options::default(), 0);
    let main = &out[0];
    assert_eq!(main.body.len(), 2);
    let r = main
        .removed
        .iter()
        .find(|r| r.span == page.lines[last].span)
        .expect("removed");
    assert_eq!(r.reason, RemovalReason::Boilerplate);
    assert_eq!(r.model.as_ref().map(|v| v.label), Some(Label::Boilerplate));
}

#[test]
fn recall_keeps_what_the_rules_keep() {
    let (out, _, _) = relabel_one(&Options::default().preference(Preference::Recall), 0);
    assert_eq!(out[0].body.len(), 3);
}

#[test]
fn a_line_between_two_body_lines_stays_on_the_models_doubt_alone() {
    let (out, _, _) = relabel_one(&Options::default(), 1);
    assert_eq!(out[0].body.len(), 3);
}

#[test]
fn the_models_doubt_alone_never_empties_the_body() {
    let opts = Options::default();
    let (arts, page) = setup(&opts);
    // Every line boilerplate: the rules' sentences stay the body
    let all: Vec<Scored> = page
        .lines
        .iter()
        .map(|_| Scored {
            label: Label::Boilerplate,
            margin: 50.0,
        })
        .collect();
    let out = apply(TEXT, arts.clone(), &page, &all, Default::default(), &opts);
    accounted_once(&out, &page);
    // (the last line names a website, a cookie notice's word: it stays out).
    assert_eq!(out[0].body, arts[0].body[..2]);
    assert!(!out[0].warnings.contains(&Warning::NoBody));
    // A line that is no sentence is not kept on that ground.
    let short = "Storm closes schools\n\nBy Jane Doe\n\nSchools closed on Monday\n";
    let arts = Parser::new(opts.clone().labeller(Labeller::Rules)).parse_all(short);
    assert_eq!(arts[0].body.len(), 1);
    let page = Page::build(short, &arts);
    let all = vec![all[0]; page.lines.len()];
    let out = apply(short, arts, &page, &all, Default::default(), &opts);
    assert!(out[0].body.is_empty());
    assert!(out[0].warnings.contains(&Warning::NoBody));
    // Interface words inside a sentence ("by", "about") do not bar it: the
    // interface cue that does is an opening one ("Follow us").
    let by = "Storm closes schools\n\nBy Jane Doe\n\nThe closures were ordered by the district after a night of snow.\n";
    let arts = Parser::new(opts.clone().labeller(Labeller::Rules)).parse_all(by);
    let page = Page::build(by, &arts);
    let all = vec![all[0]; page.lines.len()];
    let out = apply(by, arts.clone(), &page, &all, Default::default(), &opts);
    assert_eq!(out[0].body, arts[0].body);
    assert_eq!(out[0].body.len(), 1);
}

#[test]
fn a_body_line_the_headline_took_is_not_kept_as_body_too() {
    // One sentence, the rules' body; the model reads it as the headline.
    let text = "Snow closes every school in the region as the roads freeze over tonight.\n";
    let opts = Options::default();
    let arts = Parser::new(opts.clone().labeller(Labeller::Rules)).parse_all(text);
    assert_eq!(arts[0].body.len(), 1);
    let page = Page::build(text, &arts);
    let title = vec![
        Scored {
            label: Label::Title,
            margin: 50.0,
        };
        page.lines.len()
    ];
    let with = With {
        model: Some(Model::embedded()),
        ..Default::default()
    };
    let out = apply(text, arts, &page, &title, with, &opts);
    let uses = out[0]
        .lines
        .iter()
        .filter(|l| l.span == page.lines[0].span)
        .count()
        + out[0]
            .removed
            .iter()
            .filter(|r| r.span == page.lines[0].span)
            .count();
    assert_eq!(uses, 1, "{:#?}", out[0]);
}

#[test]
fn names_on_a_line_the_model_reads_as_body_are_no_authors() {
    let opts = Options::default();
    let (arts, page) = setup(&opts);
    assert_eq!(arts[0].authors, ["Jane Doe"], "the rules read the byline");
    let byline = (0..page.lines.len())
        .find(|&i| page.lines[i].span.slice(TEXT) == Some("By Jane Doe"))
        .expect("the byline line");
    let keep = apply(
        TEXT,
        arts.clone(),
        &page,
        &labels(&page, byline, Label::Meta),
        Default::default(),
        &opts,
    );
    assert_eq!(keep[0].authors, ["Jane Doe"]);
    let gone = apply(
        TEXT,
        arts,
        &page,
        &labels(&page, byline, Label::Paragraph),
        Default::default(),
        &opts,
    );
    assert!(gone[0].authors.is_empty(), "{:?}", gone[0].authors);
    assert!(gone[0].spans.authors.is_empty());
}

#[test]
fn names_read_from_several_lines_keep_the_line_the_ranker_ranks_first() {
    let opts = Options::default();
    let (mut arts, page) = setup(&opts);
    let line = |t: &str| {
        (0..page.lines.len())
            .find(|&i| page.lines[i].span.slice(TEXT) == Some(t))
            .expect("the line")
    };
    let (byline, title) = (
        line("By Jane Doe"),
        line("Storm closes schools across the region"),
    );
    // A second line of names beside the byline: the headline read as names.
    arts[0].authors.push("Storm Closes".into());
    arts[0].spans.authors.push(page.lines[title].span);
    let with = crate::model::With {
        model: Some(Model::embedded()),
        ..Default::default()
    };
    let out = apply(
        TEXT,
        arts.clone(),
        &page,
        &labels(&page, usize::MAX, Label::Meta),
        with,
        &opts,
    );
    assert_eq!(out[0].authors, ["Jane Doe"]);
    assert_eq!(out[0].spans.authors, [page.lines[byline].span]);
    // Without a model the rules' names stay.
    let out = apply(
        TEXT,
        arts,
        &page,
        &labels(&page, usize::MAX, Label::Meta),
        Default::default(),
        &opts,
    );
    assert_eq!(out[0].authors, ["Jane Doe", "Storm Closes"]);
}

#[test]
fn a_story_without_body_takes_its_running_text_standfirst_as_body() {
    let opts = Options::default();
    let text = "Storm closes schools\n\nSchools across the region closed on Monday as a storm brought heavy snow to the hills.\n";
    let arts = Parser::new(opts.clone().labeller(Labeller::Rules)).parse_all(text);
    let page = Page::build(text, &arts);
    let para = (0..page.lines.len())
        .find(|&i| page.lines[i].stats().words > 10)
        .expect("the paragraph");
    let span = page.lines[para].span;
    // The rules' reading turned into a headline and a deck over nothing.
    let mut deck = arts.clone();
    let main = &mut deck[0];
    main.body.clear();
    main.subtitle = span.slice(text).map(str::to_string);
    main.spans.subtitle = Some(span);
    for l in main.lines.iter_mut().filter(|l| l.span == span) {
        l.role = crate::LineRole::Subtitle;
    }
    let labels: Vec<Scored> = (0..page.lines.len())
        .map(|_| Scored {
            label: Label::Meta,
            margin: 1.0,
        })
        .collect();
    let out = apply(text, deck, &page, &labels, Default::default(), &opts);
    assert_eq!(out[0].subtitle, None);
    assert_eq!(out[0].body.len(), 1);
    assert_eq!(Some(out[0].body[0].text.as_str()), span.slice(text));
    assert!(
        out[0]
            .lines
            .iter()
            .any(|l| l.span == span && l.role == crate::LineRole::Paragraph)
    );
    assert!(!out[0].warnings.contains(&Warning::NoBody));
}

/// The rules' main article of `text`, its page, and its authors with the
/// model reading line `i` as `label`.
fn authors_after(text: &str, i: Option<usize>, label: Label) -> (Vec<String>, Vec<String>) {
    let arts = Parser::new(Options::default().labeller(Labeller::Rules)).parse_all(text);
    let page = Page::build(text, &arts);
    let mut main = arts[0].clone();
    let before = main.authors.clone();
    let i = i.unwrap_or(page.lines.len() - 1);
    crate::model::fields::drop_stray_authors(&mut main, text, &page, &labels(&page, i, label));
    (before, main.authors)
}

#[test]
fn a_trailer_the_model_reads_as_text_keeps_its_reporters() {
    let text = "Storm closes schools across the region\n\nSchools across the region closed on Monday as a storm brought heavy snow.\n\nOfficials said the schools would reopen on Wednesday if the roads were cleared.\n\nReporting by Marta Ruiz; Editing by Paul Grant\n";
    for label in [Label::Heading, Label::Paragraph] {
        let (before, after) = authors_after(text, None, label);
        assert_eq!(before, ["Marta Ruiz"]);
        assert_eq!(after, ["Marta Ruiz"], "{label:?}");
    }
    // A byline the model reads as text is no writer's.
    let text = "Storm closes schools across the region\n\nBy Marta Ruiz\n\nSchools across the region closed on Monday as a storm brought heavy snow.\n\nOfficials said the schools would reopen on Wednesday if the roads were cleared.\n";
    let (before, after) = authors_after(text, Some(1), Label::Paragraph);
    assert_eq!(before, ["Marta Ruiz"]);
    assert!(after.is_empty());
}

#[test]
fn a_labelled_caption_stays_a_caption_however_the_model_reads_it() {
    let text = "Technology\n\nChipmaker unveils faster processor for AI data centres\n\nNew design promises to halve the energy used to train large models\n\nBy Priya Natarajan, Technology Reporter\n\nPublished 4 March 2025\n\nThe chip, shown at a trade fair in Barcelona on Tuesday, uses a new packaging technique that stacks memory directly on top of the processor.\n\nThe company said the first customers would receive samples in the summer, with volume production planned for early 2026.\n\nAnalysts said the announcement puts pressure on rivals, which have struggled to meet demand for AI hardware.\n\nImage caption, The new processor was unveiled at the Mobile World Congress in Barcelona\n\n\"This is the biggest change to our architecture in a decade,\" the chief executive told reporters.\n\nShares in the company rose 4% in early trading.\n";
    let a = Parser::default().parse(text);
    let texts: Vec<&str> = a.captions.iter().map(|c| c.text.as_str()).collect();
    assert_eq!(
        texts,
        ["The new processor was unveiled at the Mobile World Congress in Barcelona"]
    );
    assert!(a.body.iter().all(|b| !b.text.contains("Image caption")));
}

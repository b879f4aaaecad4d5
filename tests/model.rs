//! The line model end to end: train on pages, write the weights, read them
//! back, label with them; bad weights files are refused with the file named;
//! the shipped model keeps a story's body and explains what it removes.

use newsclip::chrono::NaiveDate;
use newsclip::features::{Page, emit};
use newsclip::model::{
    AuthorCandidate, DateCandidate, Example, FitPage, Gold, Label, Model, TrainOptions, align,
    best_authors, best_date, best_title, fit, page_author_candidates, page_date_candidates,
    title_lines, train,
};
use newsclip::{Error, Labeller, Options, Parser};

fn page(k: usize) -> (String, String) {
    let body: Vec<String> = (0..4)
        .map(|p| format!("Paragraph {p} of story {k} tells the council's decision on the tram line and what it will cost the region."))
        .collect();
    let text = format!(
        "Home\n\nWorld\n\nSport\n\nTram line {k} approved after long debate\n\nBy Jane Doe\n\n{}\n\nShare this article\n\nFacebook\n\nMost read\n",
        body.join("\n\n")
    );
    (text, body.join("\n\n"))
}

fn example(text: &str, body: &str) -> (Page, Example) {
    let rules = Parser::new(Options::default().labeller(Labeller::Rules)).parse_all(text);
    let page = Page::build(text, &rules);
    let mut ex = Example::default();
    for i in 0..page.lines.len() {
        let mut f = Vec::new();
        emit(&page, i, &mut f);
        ex.feats.push(f);
    }
    let mut gold = Gold::default();
    gold.body = Some(body.to_string());
    ex.allowed = align(text, &page, &gold);
    (page, ex)
}

#[test]
fn trains_writes_reloads_and_labels() {
    let pages: Vec<(String, String)> = (0..12).map(page).collect();
    let examples: Vec<Example> = pages.iter().map(|(t, b)| example(t, b).1).collect();
    let mut opts = TrainOptions::default();
    opts.min_count = 1;
    let model = train(&examples, &opts);
    assert!(model.features() > 20);
    let path = std::env::temp_dir().join(format!("newsclip-test-{}.weights", std::process::id()));
    std::fs::write(&path, model.to_bytes()).expect("write weights");
    let back = Model::load(&path).expect("weights read back");
    let _ = std::fs::remove_file(&path);
    assert_eq!(back, model);
    let (text, _) = page(99);
    let (p, _) = example(&text, "");
    let labels = back.label(&p);
    let line = |i: usize| p.lines[i].span.slice(&text).unwrap_or("");
    for (i, s) in labels.iter().enumerate() {
        let body = line(i).starts_with("Paragraph ");
        assert_eq!(
            s.label.is_body(),
            body,
            "line {:?} labelled {:?}",
            line(i),
            s.label
        );
    }
    let a = Parser::new(Options::default().model(back)).parse(&text);
    assert_eq!(a.body.len(), 4);
}

/// A page of `page` with its date under the byline and a decoy date (an
/// archive link) in the footer.
fn dated_page(k: usize) -> (String, String) {
    let (text, body) = page(k);
    let day = 1 + k % 27;
    let text = text
        .replacen(
            "By Jane Doe\n\n",
            &format!("By Jane Doe\n\n{day} March 2024\n\n"),
            1,
        )
        .replacen("Most read\n", "Most read\n\nArchive: 1 January 2019\n", 1);
    (text, body)
}

/// A prepared training page: its lines, example, headline lines, dates and names.
type Prepared = (
    Page,
    Example,
    Vec<usize>,
    Vec<DateCandidate>,
    Vec<AuthorCandidate>,
);

/// `fit` trains the headline, date and author rankers beside the sequence model:
/// on an unseen page their best lines are the headline and the date under
/// the byline, and the rankers survive the weights file.
#[test]
fn fits_rankers_that_find_the_headline_date_and_authors() {
    let pages: Vec<(String, String)> = (0..15).map(dated_page).collect();
    let opts = Options::default().labeller(Labeller::Rules);
    let jane = vec!["Jane Doe".to_string()];
    let prepared: Vec<Prepared> = pages
        .iter()
        .enumerate()
        .map(|(k, (t, b))| {
            let (p, ex) = example(t, b);
            let mut gold = Gold::default();
            gold.title = Some(format!("Tram line {k} approved after long debate"));
            let lines = title_lines(t, &p, &gold);
            assert_eq!(lines.len(), 1, "one headline line");
            let dates = page_date_candidates(t, &p, &opts);
            assert_eq!(dates.len(), 2, "the date and the decoy");
            let names = page_author_candidates(t, &p, &opts);
            assert!(names.iter().any(|c| c.authors == ["Jane Doe"]));
            (p, ex, lines, dates, names)
        })
        .collect();
    let fits: Vec<FitPage<'_>> = prepared
        .iter()
        .enumerate()
        .map(|(k, (p, ex, lines, dates, names))| FitPage {
            page: p,
            example: ex,
            title_lines: lines,
            weight: 1,
            dates,
            published: NaiveDate::from_ymd_opt(2024, 3, 1 + k as u32 % 27),
            bylines: names,
            authors: Some(&jane),
        })
        .collect();
    let mut topts = TrainOptions::default();
    topts.min_count = 1;
    let model = fit(&fits, &topts);
    assert!(model.ranker().features() > 0);
    assert!(model.date_ranker().features() > 0);
    assert!(model.author_ranker().features() > 0);
    let back = Model::from_bytes(&model.to_bytes(), "round trip").expect("reads back");
    assert_eq!(back, model);
    let (text, _) = dated_page(20);
    let (p, _) = example(&text, "");
    let labels = back.label(&p);
    let (best, _) = best_title(back.ranker(), &p, &labels).expect("a headline");
    assert_eq!(
        p.lines[best].span.slice(&text),
        Some("Tram line 20 approved after long debate")
    );
    let dates = page_date_candidates(&text, &p, &opts);
    let d = best_date(back.date_ranker(), &p, &labels, &dates, p.title_line).expect("a date");
    assert_eq!(
        d.value.date(),
        NaiveDate::from_ymd_opt(2024, 3, 21).unwrap()
    );
    let names = page_author_candidates(&text, &p, &opts);
    let a = best_authors(back.author_ranker(), &p, &labels, &names, p.title_line).expect("names");
    assert_eq!(a.authors, ["Jane Doe"]);
    // A story left without a date or authors takes the rankers' picks; one
    // with only an update date keeps no publication date.
    let mut arts = Parser::new(opts.clone()).parse_all(&text);
    arts[0].published = None;
    arts[0].authors.clear();
    let out = newsclip::model::apply_labels(&text, arts.clone(), &p, &labels, Some(&back), &opts);
    assert_eq!(
        out[0].published.map(|d| d.date()),
        NaiveDate::from_ymd_opt(2024, 3, 21)
    );
    assert_eq!(out[0].authors, ["Jane Doe"]);
    arts[0].updated = out[0].published;
    let out = newsclip::model::apply_labels(&text, arts, &p, &labels, Some(&back), &opts);
    assert_eq!(out[0].published, None);
}

#[test]
fn bad_weights_files_name_the_file_and_the_problem() {
    let missing = std::env::temp_dir().join("newsclip-no-such.weights");
    match Model::load(&missing) {
        Err(Error::Model { origin, .. }) => assert!(origin.contains("newsclip-no-such.weights")),
        other => panic!("missing file: {other:?}"),
    }
    let good = Model::embedded().to_bytes();
    for (bytes, want) in [
        (good[..good.len() / 2].to_vec(), "header says"),
        (b"not weights at all, just some text".to_vec(), "magic"),
        (Vec::new(), "too short"),
    ] {
        let err = Model::from_bytes(&bytes, "my.weights").expect_err(want);
        let msg = err.to_string();
        assert!(msg.contains("my.weights") && msg.contains(want), "{msg}");
    }
}

#[cfg(feature = "cli")]
#[test]
fn the_cli_refuses_a_bad_weights_file_as_a_usage_error() {
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_newsclip"))
        .args(["extract", "--model", "/nonexistent/x.weights", "-"])
        .output()
        .expect("run newsclip");
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("/nonexistent/x.weights"));
}

#[test]
fn the_shipped_model_keeps_the_story_and_explains_what_it_removes() {
    let (text, _) = page(7);
    let a = newsclip::parse(&text);
    assert_eq!(a.title, "Tram line 7 approved after long debate");
    assert_eq!(a.body.len(), 4);
    assert!(a.body.iter().all(|b| b.text.starts_with("Paragraph ")));
    for r in a.removed.iter().filter(|r| r.model.is_some()) {
        let v = r.model.as_ref().map(|v| v.label);
        assert_ne!(v, Some(Label::Paragraph));
    }
    let rules = Parser::new(Options::default().labeller(Labeller::Rules)).parse(&text);
    assert_eq!(rules.body.len(), 4);
}

/// The `train` example on pages in the benchmark's record format: it writes
/// weights that load, and prints per-source and leave-one-source-out rows.
#[test]
fn the_train_example_writes_loadable_weights_and_reports_per_source() {
    let exe = std::env::current_exe().expect("test exe");
    let profile_dir = exe
        .parent()
        .and_then(std::path::Path::parent)
        .expect("target/<profile>");
    let mut build = std::process::Command::new(env!("CARGO"));
    build
        .args(["build", "--quiet", "--example", "train"])
        .current_dir(env!("CARGO_MANIFEST_DIR"));
    if profile_dir.file_name().and_then(|n| n.to_str()) == Some("release") {
        build.arg("--release");
    }
    assert!(build.status().expect("cargo build").success());
    let bin = profile_dir
        .join("examples")
        .join(format!("train{}", std::env::consts::EXE_SUFFIX));
    let dir = std::env::temp_dir().join(format!("newsclip-train-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let mut files = Vec::new();
    for source in ["alpha", "beta"] {
        let path = dir.join(format!("{source}.jsonl"));
        let lines: Vec<String> = (0..6)
            .map(|k| {
                let (text, body) = page(k);
                serde_json::json!({
                    "id": format!("{source}-{k}"), "source": source, "text_page": text,
                    "gold": {"body": body, "title": format!("Tram line {k} approved after long debate")}
                })
                .to_string()
            })
            .collect();
        std::fs::write(&path, lines.join("\n")).expect("write pages");
        files.push(path);
    }
    let weights = dir.join("out.weights");
    let out = std::process::Command::new(&bin)
        .arg("--out")
        .arg(&weights)
        .args(["--min-count", "1", "--loso"])
        .args(&files)
        .output()
        .expect("run train");
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        stdout.contains("| alpha |") && stdout.contains("| beta |"),
        "{stdout}"
    );
    assert!(stdout.contains("left out"), "{stdout}");
    let m = Model::load(&weights).expect("weights load");
    assert!(m.ranker().features() > 0, "the headline ranker was trained");
    let _ = std::fs::remove_dir_all(&dir);
}

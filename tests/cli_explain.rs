//! `newsclip explain`: every line with its role or removal reason, as text
//! and as one self-contained HTML page, checked rendered in headless
//! Chromium (skipped with a message when Chromium is not installed, unless
//! `NEWSCLIP_REQUIRE_CHROMIUM=1`, which `.ci/run` sets once it installed it).
#![cfg(feature = "cli")]

#[path = "common/cli.rs"]
mod cli;
use cli::*;

use std::process::Command;

const PAGE: &str = "Home | World | Business | Sport\nStorm closes schools across the region\nBy Jane Doe\nUpdated 4 March 2025\nAdvertisement\nA flooded road near the school on Monday. (Photo: Reuters)\nSchools across the region closed on Monday as a storm brought heavy snow and strong winds.\nOfficials said the schools would reopen on Wednesday if the roads & <b>rails</b> were cleared in time.\nRelated Stories\nRiver levels rise as the thaw begins in the north\nLeave a comment\n";

/// (role or reason, line text) of every line, from `explain`'s text output.
fn roles() -> Vec<(String, String)> {
    let o = newsclip(&["explain", "-"], Some(PAGE.as_bytes()));
    assert!(o.status.success(), "{}", stderr(&o));
    stdout(&o)
        .lines()
        .filter(|l| !l.starts_with("article "))
        .map(|l| {
            let mut parts = l.split_whitespace();
            let (_, _, role) = (parts.next(), parts.next(), parts.next().unwrap_or(""));
            let text = PAGE
                .lines()
                .find(|p| l.ends_with(p))
                .unwrap_or("")
                .to_string();
            (role.trim_start_matches('-').to_string(), text)
        })
        .collect()
}

#[test]
fn text_lists_every_line_with_its_role() {
    let r = roles();
    assert_eq!(r.len(), PAGE.lines().count());
    for want in [
        "navigation",
        "title",
        "byline",
        "date",
        "advertisement",
        "caption",
        "paragraph",
        "related_tail",
        "related",
        "comment_form",
    ] {
        assert!(r.iter().any(|(role, _)| role == want), "{want}: {r:?}");
    }
}

fn escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

#[test]
fn html_page_is_self_contained_and_shows_every_line() {
    let o = newsclip(&["explain", "--format", "html", "-"], Some(PAGE.as_bytes()));
    assert!(o.status.success(), "{}", stderr(&o));
    let html = stdout(&o);
    for banned in ["<script", "src=", "<link", "@import", "url("] {
        assert!(!html.contains(banned), "{banned} in the page");
    }
    for (role, text) in roles() {
        assert!(html.contains(&format!("data-role=\"{role}\"")), "{role}");
        assert!(html.contains(&escape(&text)), "{text}");
    }
    assert!(html.contains("title=\"removed: site navigation (navigation)\""));
    assert!(
        html.contains("<dt>authors</dt><dd>Jane Doe</dd>"),
        "fields beside the lines"
    );
}

/// Chromium's name on this machine, if installed.
fn chromium() -> Option<&'static str> {
    ["chromium", "chromium-browser", "google-chrome"]
        .into_iter()
        .find(|c| {
            Command::new(c)
                .arg("--version")
                .output()
                .is_ok_and(|o| o.status.success())
        })
}

#[test]
fn html_page_renders_in_headless_chromium() {
    let Some(browser) = chromium() else {
        assert!(
            std::env::var_os("NEWSCLIP_REQUIRE_CHROMIUM").is_none(),
            "NEWSCLIP_REQUIRE_CHROMIUM is set but Chromium is not installed"
        );
        eprintln!("SKIPPED html_page_renders_in_headless_chromium: Chromium is not installed");
        return;
    };
    let dir = temp_dir("explain-html");
    let input = dir.join("page.txt");
    std::fs::write(&input, PAGE).unwrap();
    let o = newsclip(
        &["explain", "--format", "html", input.to_str().unwrap()],
        None,
    );
    let page = dir.join("page.html");
    std::fs::write(&page, &o.stdout).unwrap();
    let profile = dir.join("profile");
    let dump = dir.join("dom.html");
    let mut child = Command::new(browser)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-dev-shm-usage",
            "--no-first-run",
        ])
        .arg(format!("--user-data-dir={}", profile.display()))
        .arg("--dump-dom")
        .arg(format!("file://{}", page.display()))
        .stdout(std::fs::File::create(&dump).unwrap())
        .stderr(std::process::Stdio::null())
        .spawn()
        .expect("run chromium");
    let start = std::time::Instant::now();
    while child.try_wait().expect("chromium status").is_none() {
        if start.elapsed() > std::time::Duration::from_secs(120) {
            let _ = child.kill();
            panic!("chromium did not finish within 120 s");
        }
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
    let dom = std::fs::read_to_string(&dump).unwrap();
    assert!(dom.contains("<div id=\"lines\">"), "rendered DOM: {dom}");
    for (role, text) in roles() {
        let found = dom
            .split("data-role=\"")
            .skip(1)
            .any(|d| d.starts_with(&format!("{role}\"")) && d.contains(&escape(&text)));
        assert!(found, "{role}: {text} not in the rendered page");
    }
}

/// The text output's article line says which input line each of the
/// headline, date and authors was read from (the rankers may take them from
/// any line).
#[test]
fn text_names_the_lines_fields_came_from() {
    let o = newsclip(&["explain", "-"], Some(PAGE.as_bytes()));
    assert!(o.status.success(), "{}", stderr(&o));
    let out = stdout(&o);
    let article = out
        .lines()
        .find(|l| l.starts_with("article 0:"))
        .expect("an article line");
    assert!(article.contains("| title from line 2"), "{article}");
    assert!(
        article.contains(r#"| authors ["Jane Doe"] from line 3"#),
        "{article}"
    );
}

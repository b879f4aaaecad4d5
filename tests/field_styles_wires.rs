//! Pages as crawls and wires print them: a web archive record dumped whole
//! (its header's crawl date is no date of the story), an agency's sign-off
//! of initials under the text (no photo credit), a sports live blog whose
//! entries stand under match minutes, a Korean reporter's line and a date
//! line with two labelled dates joined by "and".

use newsclip::{BlockKind, parse};

#[test]
fn a_record_header_gives_no_date() {
    let text = "\
WARC/1.0
WARC-Type: conversion
WARC-Target-URI: http://news.example/local/2025/03/11/fish-farming
WARC-Date: 2025-03-14T06:41:22Z
Content-Type: text/plain
Content-Length: 873

Farmers double their income with fish in the rice fields
March 11, 2025
Farmers in the valley have doubled their income by raising fish in their flooded rice fields, the county said on Tuesday.
The scheme started with twelve families three years ago and now covers more than four hundred farms.
Officials said the fish eat insects and weeds, so the farmers use fewer chemicals on their crops.
";
    let a = parse(text);
    assert_eq!(
        a.published.map(|d| d.date().to_string()).as_deref(),
        Some("2025-03-11")
    );
    assert!(
        a.body.iter().all(|b| !b.text.contains("WARC")),
        "{:?}",
        a.body
    );
}

#[test]
fn initials_under_the_last_paragraph_are_a_sign_off_not_a_photo_credit() {
    let text = "\
Câmara aprova plano para a zona ribeirinha

Santarém, 04 mar 2025 (Lusa) - A câmara municipal aprovou hoje o plano de requalificação da zona ribeirinha, afetada pelas cheias de janeiro.

O presidente da câmara disse que as obras começam no verão e devem durar dois anos.

As cheias de 14 e 15 de janeiro afetaram sobretudo a zona baixa da cidade, onde vivem cerca de 800 pessoas.

JMR // ROC
";
    let a = parse(text);
    assert!(a.captions.is_empty(), "{:?}", a.captions);
    assert_eq!(a.body.len(), 3, "{:?}", a.body);
    assert!(a.body[2].text.starts_with("As cheias"));
}

#[test]
fn match_minutes_head_a_live_blog_s_entries() {
    let text = "\
Harrowgate Rovers 2-1 Kestrel Town: live

By Sam Whitlock

90+3'
Vance wins it! A low cross from the right is flicked in at the near post and the home fans erupt.
78'
A double change for Kestrel as they chase the game in the final stages of the second half.
52'
Harrowgate are level. Patel wins the ball back in midfield and Vance finishes from the edge of the box.
23'
Okoro heads Kestrel in front from a corner after a poor clearance by the home defence.
";
    let a = parse(text);
    assert_eq!(a.title, "Harrowgate Rovers 2-1 Kestrel Town: live");
    let headings: Vec<&str> = a
        .body
        .iter()
        .filter(|b| b.kind == BlockKind::Heading)
        .map(|b| b.text.as_str())
        .collect();
    assert_eq!(headings, ["90+3'", "78'", "52'", "23'"], "{:?}", a.body);
}

#[test]
fn a_korean_reporter_s_line_names_the_author() {
    let text = "\
해안 산책로 절벽 무너져 관광객 3명 부상
김민준 기자
입력 2025-03-04 11:02
4일 오전 10시 20분께 강원 해담군 송정리 해안산책로에서 절벽 일부가 무너져 관광객 3명이 다쳤다.
소방당국은 부상자들을 인근 병원으로 옮겼으며 생명에는 지장이 없는 것으로 알려졌다.
해담군은 사고 구간의 출입을 통제하고 안전 점검에 나섰다.
";
    let a = parse(text);
    assert_eq!(a.authors, ["김민준"]);
}

#[test]
fn two_labelled_dates_joined_by_and_are_both_read() {
    let text = "\
Flood watch issued for the river valley

Posted 5:42 PM, Mar 03, 2025 and last updated 7:15 AM, Mar 04, 2025

The weather service issued a flood watch for the river valley on Monday as heavy rain moved into the region.

Forecasters expect two to three inches of rain by Wednesday morning, with higher totals in the hills.
";
    let a = parse(text);
    assert_eq!(
        a.published.map(|d| d.date().to_string()).as_deref(),
        Some("2025-03-03")
    );
    assert_eq!(
        a.updated.map(|d| d.date().to_string()).as_deref(),
        Some("2025-03-04")
    );
}

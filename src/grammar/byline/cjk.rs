//! Chinese and Japanese meta labels: the writer and the source printed as
//! label, colon and value, one or more on a line ("作者：张伟", "记者 王芳",
//! "記者：森川健太", "来源：新华社 作者：张伟"); and a Korean reporter's name
//! before the word for reporter ("김민준 기자", an e-mail address after it
//! allowed). These names carry no spaces and no capitals, so the Latin name
//! grammar cannot read them.
//!
//! ```text
//! line   := part (sep part)*
//! part   := writer label colon names | source label colon outlet
//! writer := "作者" | "记者" | "撰文" | "文"
//! source := "来源" | "稿源"
//! colon  := "：" | ":" | "/" | " "
//! names  := name (("、" | "，" | "," | " ") name)*       (at most 6)
//! name   := 2 to 4 Han characters, "·" between parts allowed ("买买提·艾力")
//! outlet := up to 20 characters, no space
//! korean := hangul_name (" " hangul_name){0,2} " 기자" [" " email]
//! hangul_name := 2 to 4 Hangul syllables
//! ```
//!
//! An editor's label ("责任编辑", "编辑") names no author (editors are not
//! authors), and a line must name at least one writer.

use super::Byline;

/// Labels before the writer's names.
const WRITER: &[&str] = &["作者", "记者", "記者", "撰文", "文"];
/// Labels before the source (an agency or outlet), read as a credit.
const SOURCE: &[&str] = &["来源", "稿源"];

/// True when `t` opens with a writer's or a source's label and its
/// separator (a cheap test before [`parse_cjk_byline`]; a name opening with
/// a label's character, "文静", does not).
pub(crate) fn opens_with_label(t: &str) -> bool {
    after_label(t, WRITER).is_some() || after_label(t, SOURCE).is_some() || korean(t).is_some()
}

/// True for a Hangul syllable.
fn is_hangul(c: char) -> bool {
    matches!(c, '\u{AC00}'..='\u{D7A3}')
}

/// The names of a Korean reporter's line ("김민준 기자",
/// "김민준 이서연 기자 minjun@example.com"): one to three names of two to
/// four Hangul syllables, then the word for reporter.
fn korean(t: &str) -> Option<Vec<&str>> {
    let t = crate::lines::text::trim(t);
    if t.len() > 120 || !t.starts_with(is_hangul) {
        return None;
    }
    let mut words = t.split_whitespace();
    let mut names = Vec::new();
    for w in words.by_ref() {
        if w == "기자" {
            break;
        }
        let n = w.chars().count();
        if names.len() == 3 || !(2..=4).contains(&n) || !w.chars().all(is_hangul) {
            return None;
        }
        names.push(w);
    }
    // At most an e-mail address after the word for reporter.
    let tail: Vec<&str> = words.collect();
    let mail = |w: &&str| w.contains('@') && w.contains('.');
    let ok = !names.is_empty() && t.contains(" 기자") && tail.len() <= 1 && tail.iter().all(mail);
    ok.then_some(names)
}

/// True for a Han (CJK unified) ideograph: the Han part of the line
/// statistics' CJK set (`features::is_cjk`), without its kana and Hangul,
/// which write no Chinese name.
fn is_han(c: char) -> bool {
    matches!(c, '\u{4E00}'..='\u{9FFF}' | '\u{3400}'..='\u{4DBF}')
}

/// True when `s` is one Chinese name: two to four Han characters, or
/// parts of Han characters joined by "·" (at most 12 in all).
fn is_name(s: &str) -> bool {
    let (mut parts, mut han) = (0, 0);
    for p in s.split(['·', '•']) {
        if p.is_empty() || !p.chars().all(is_han) {
            return false;
        }
        parts += 1;
        han += p.chars().count();
    }
    if parts == 1 {
        (2..=4).contains(&han)
    } else {
        han <= 12
    }
}

/// What follows one of `labels` at the start of `s` and its separator (a
/// colon, full-width or not, a slash or a space).
fn after_label<'a>(s: &'a str, labels: &[&str]) -> Option<&'a str> {
    // Every label opens with a character beyond ASCII (a test holds them to
    // it): a line opening with an ASCII byte (most) opens with none.
    if s.as_bytes().first().is_none_or(u8::is_ascii) {
        return None;
    }
    let label = labels.iter().find(|l| s.starts_with(**l))?;
    let rest = s.get(label.len()..)?;
    Some(rest.strip_prefix(['：', ':', '/', ' '])?.trim_start())
}

/// The value after one of `labels` at the start of `s` (up to the next
/// space; a second label of the same kind is skipped: "文/记者 王芳"), and
/// what follows it.
fn labelled<'a>(s: &'a str, labels: &[&str]) -> Option<(&'a str, &'a str)> {
    let rest = after_label(s, labels)?;
    let rest = after_label(rest, labels).unwrap_or(rest);
    let end = rest.find(char::is_whitespace).unwrap_or(rest.len());
    Some((rest.get(..end)?, rest.get(end..)?.trim_start()))
}

/// Parses a line of Chinese meta labels into the writers' names (authors)
/// and the source (a credit); `None` unless every part of the line is such
/// a label and one of them names a writer.
///
/// ```
/// use newsclip::grammar::byline::parse_cjk_byline;
/// let b = parse_cjk_byline("来源：新华社 作者：张伟").unwrap();
/// assert_eq!(b.authors, ["张伟"]);
/// assert_eq!(b.credits, ["新华社"]);
/// assert_eq!(parse_cjk_byline("记者 王芳、李明").unwrap().authors, ["王芳", "李明"]);
/// assert_eq!(parse_cjk_byline("김민준 기자").unwrap().authors, ["김민준"]);
/// assert!(parse_cjk_byline("责任编辑：李娜").is_none());
/// assert!(parse_cjk_byline("文化部门表示将加强管理").is_none());
/// ```
pub fn parse_cjk_byline(line: &str) -> Option<Byline> {
    if let Some(names) = korean(line) {
        return Some(Byline {
            roles: vec![None; names.len()],
            authors: names.iter().map(|n| n.to_string()).collect(),
            ..Byline::default()
        });
    }
    let mut rest = line.trim();
    if !rest.chars().next().is_some_and(is_han) || rest.len() > 200 {
        return None;
    }
    let mut b = Byline::default();
    // Each part is at least one label long: the loop ends.
    while !rest.is_empty() {
        if let Some((names, after)) = labelled(rest, WRITER) {
            let mut found: Vec<&str> = names
                .split(['、', '，', ','])
                .filter(|n| !n.is_empty())
                .collect();
            // Names run on over spaces ("记者 王芳 李明") until a label.
            let mut after = after;
            while let Some(next) = after.split_whitespace().next() {
                if !is_name(next) || opens_with_label(after) {
                    break;
                }
                found.push(next);
                after = after.get(next.len()..).unwrap_or("").trim_start();
            }
            if found.is_empty() || found.len() > 6 || !found.iter().all(|n| is_name(n)) {
                return None;
            }
            b.authors.extend(found.iter().map(|n| n.to_string()));
            rest = after;
        } else if let Some((source, after)) = labelled(rest, SOURCE) {
            if source.is_empty() || source.chars().count() > 20 {
                return None;
            }
            b.credits.push(source.to_string());
            rest = after;
        } else {
            return None;
        }
    }
    if b.authors.is_empty() {
        return None;
    }
    b.roles = vec![None; b.authors.len()];
    Some(b)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_open_beyond_ascii() {
        for l in WRITER.iter().chain(SOURCE) {
            assert!(l.as_bytes().first().is_some_and(|b| !b.is_ascii()), "{l:?}");
        }
    }

    #[test]
    fn korean_reporters() {
        for (l, want) in [
            ("김민준 기자", vec!["김민준"]),
            (
                "김민준 이서연 기자 minjun@example.com",
                vec!["김민준", "이서연"],
            ),
        ] {
            assert_eq!(
                parse_cjk_byline(l).map(|b| b.authors),
                Some(want.iter().map(|s| s.to_string()).collect()),
                "{l}"
            );
        }
        for l in [
            "기자 페이지",
            "김민준 기자 = 4일 오전 10시 20분께 강원",
            "해담군 송정리 해안산책로에서",
            "김 기자",
        ] {
            assert!(parse_cjk_byline(l).is_none(), "{l}");
        }
    }

    #[test]
    fn writers_and_sources_in_any_order() {
        let b = parse_cjk_byline("作者：张伟 来源：人民日报").unwrap();
        assert_eq!(
            (b.authors, b.credits),
            (vec!["张伟".into()], vec!["人民日报".into()])
        );
        assert_eq!(parse_cjk_byline("文/记者 王芳").unwrap().authors, ["王芳"]);
        assert_eq!(
            parse_cjk_byline("记者 买买提·艾力").unwrap().authors,
            ["买买提·艾力"]
        );
        assert_eq!(
            parse_cjk_byline("记者 王芳 作者 李明").unwrap().authors,
            ["王芳", "李明"],
            "a label ends the names"
        );
        assert_eq!(parse_cjk_byline("作者：文静").unwrap().authors, ["文静"]);
        assert_eq!(
            parse_cjk_byline("记者 王芳 文静").unwrap().authors,
            ["王芳", "文静"],
            "a name opening with a label's character is a name"
        );
        assert!(parse_cjk_byline("来源：新华社").is_none(), "no writer");
        assert!(parse_cjk_byline("作者：张").is_none(), "one character");
        assert!(
            parse_cjk_byline("作者：张伟在北京报道").is_none(),
            "a sentence"
        );
        assert_eq!(
            parse_cjk_byline("記者：森川健太").unwrap().authors,
            ["森川健太"]
        );
        assert!(parse_cjk_byline("By Jane Doe").is_none());
        assert!(parse_cjk_byline("").is_none());
    }
}

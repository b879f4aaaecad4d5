//! Chinese meta labels: the writer and the source printed as label, colon
//! and value, one or more on a line ("作者：张伟", "记者 王芳",
//! "来源：新华社 作者：张伟"). Chinese names carry no spaces and no capitals,
//! so the Latin name grammar cannot read them.
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
//! ```
//!
//! An editor's label ("责任编辑", "编辑") names no author (editors are not
//! authors), and a line must name at least one writer.

use super::Byline;

/// Labels before the writer's names.
const WRITER: &[&str] = &["作者", "记者", "撰文", "文"];
/// Labels before the source (an agency or outlet), read as a credit.
const SOURCE: &[&str] = &["来源", "稿源"];

/// True when `t` opens with a writer's or a source's label and its
/// separator (a cheap test before [`parse_cjk_byline`]; a name opening with
/// a label's character, "文静", does not).
pub(crate) fn opens_with_label(t: &str) -> bool {
    after_label(t, WRITER).is_some() || after_label(t, SOURCE).is_some()
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
/// assert!(parse_cjk_byline("责任编辑：李娜").is_none());
/// assert!(parse_cjk_byline("文化部门表示将加强管理").is_none());
/// ```
pub fn parse_cjk_byline(line: &str) -> Option<Byline> {
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
        assert!(parse_cjk_byline("By Jane Doe").is_none());
        assert!(parse_cjk_byline("").is_none());
    }
}

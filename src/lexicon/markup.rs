//! Markup printed as text: a scrape that kept a template's or a widget's
//! HTML ("<div> <div class=\"acHeadline hidden\" > </div> ...",
//! "<iframe width=\"476\" src=...>") as a line of the page.

/// Share of a line's bytes its tags must cover.
const TAG_SHARE: f32 = 0.5;

/// True when `line` opens with an HTML tag and tags ("<div ...>",
/// "</span>", "<!doctype html>": a lower-case name, after "/" or "!" in a
/// closing tag or a declaration) cover half its bytes or more, two tags at least or one with
/// an attribute: markup, never a story's text. A sentence that quotes a
/// tag ("Use <b> for bold") opens with a word; a title in angle brackets
/// ("<The Palace: Jang Noksu>") has no tag's name.
pub fn is_markup_line(line: &str) -> bool {
    let t = line.trim();
    if !t.starts_with('<') {
        return false;
    }
    let b = t.as_bytes();
    let (mut covered, mut tags, mut attributes) = (0usize, 0usize, false);
    let mut i = 0usize;
    while let Some(open) = memchr::memchr(b'<', b.get(i..).unwrap_or(&[])) {
        let at = i + open;
        let name = b.get(at + 1..).unwrap_or(&[]);
        let name = name
            .strip_prefix(b"/")
            .or(name.strip_prefix(b"!"))
            .unwrap_or(name);
        let named = name.first().is_some_and(u8::is_ascii_lowercase)
            && name
                .iter()
                .take_while(|c| c.is_ascii_alphanumeric() || **c == b'-')
                .all(|c| !c.is_ascii_uppercase());
        match memchr::memchr(b'>', b.get(at + 1..).unwrap_or(&[])) {
            Some(c) if named => {
                tags += 1;
                attributes |= b.get(at..at + c + 2).is_some_and(|tag| tag.contains(&b'='));
                covered += c + 2;
                i = at + c + 2;
            }
            _ => i = at + 1,
        }
    }
    (tags >= 2 || attributes) && covered as f32 >= TAG_SHARE * t.len() as f32
}

#[cfg(test)]
mod tests {
    use crate::lexicon::examples::sorts;

    #[test]
    fn tags_that_fill_a_line_are_markup_and_quoted_tags_are_not() {
        sorts(
            super::is_markup_line,
            &[
                r#"<div> <div class="acHeadline hidden" > </div> <div class="dropdownContainerClass"> </div></div>"#,
                r#"<iframe width="476" height="267" src="https://example.com/video/embed/?pid=1" frameborder="0"></iframe>"#,
                r##"<span class="pin_img"> <img style="#{img_style}" src="#{img_src}"> </span>"##,
            ],
            &[
                "Use the <b> tag for bold text and <i> for italics in your comments.",
                "You can use these HTML tags and attributes: <a href=\"\" title=\"\"> <abbr title=\"\">",
                "<3 this recipe, my kids ate every last bite of it",
                "<< Back to the index of all the stories of the week",
                "<b>Note:</b> the meeting moved to Thursday evening at the town hall, seven o'clock.",
                "<The Palace: Jang Noksu>",
                "<abc>",
            ],
        );
    }
}

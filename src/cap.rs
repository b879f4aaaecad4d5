//! Caps on one-line fields: a 50 MB "headline" is not a title.

use crate::{Article, Warning};

/// Cuts every one-line field of `a` (title, subtitle, dateline, section,
/// authors, credits, key points, related headlines, caption texts and
/// credits) longer than `limit` characters at `limit` characters, with a
/// [`Warning::FieldCapped`] naming the field and its length. The whole line
/// stays in the article's audit trail (its span in [`Article::lines`]).
pub(crate) fn cap_fields(a: &mut Article, limit: usize) {
    let mut warnings = Vec::new();
    let mut cap = |name: &str, s: &mut String| {
        // A string of at most `limit` bytes has at most `limit` characters.
        if s.len() <= limit {
            return;
        }
        if let Some((cut, _)) = s.char_indices().nth(limit) {
            let chars = limit + s.get(cut..).map_or(0, |t| t.chars().count());
            s.truncate(cut);
            warnings.push(Warning::FieldCapped(format!(
                "{name}: {chars} characters, cut to {limit}"
            )));
        }
    };
    cap("title", &mut a.title);
    for (name, field) in [
        ("subtitle", &mut a.subtitle),
        ("dateline", &mut a.dateline),
        ("section", &mut a.section),
    ] {
        if let Some(s) = field {
            cap(name, s);
        }
    }
    for (name, list) in [
        ("authors", &mut a.authors),
        ("credits", &mut a.credits),
        ("key_points", &mut a.key_points),
        ("related", &mut a.related),
    ] {
        for s in list.iter_mut() {
            cap(name, s);
        }
    }
    for c in &mut a.captions {
        cap("captions", &mut c.text);
        if let Some(s) = &mut c.credit {
            cap("captions", s);
        }
    }
    a.warnings.extend(warnings);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_one_line_fields_are_cut_with_a_warning() {
        let mut a = Article {
            title: "é".repeat(10),
            related: vec!["short".into(), "x".repeat(12)],
            ..Article::default()
        };
        cap_fields(&mut a, 8);
        assert_eq!(a.title, "é".repeat(8));
        assert_eq!(a.related, ["short".to_string(), "x".repeat(8)]);
        assert_eq!(
            a.warnings,
            [
                Warning::FieldCapped("title: 10 characters, cut to 8".into()),
                Warning::FieldCapped("related: 12 characters, cut to 8".into())
            ]
        );
    }
}

//! A gallery's slides printed as text: a bare counter ("3 of 6"), the
//! slide's caption, then its photographer's name alone on a line ("Hine
//! Walker"). The rules leave the counter and the name out (or keep the
//! name as a subheading) and keep the caption as a paragraph. Once the
//! article is assembled, a body paragraph between a counter left out and a
//! credit line is a caption with that credit, when the page prints two slides so at least (a counter
//! alone may stand over an inline picture, a name alone under a letter).

use super::page_rows::{At, page_rows};
use crate::{Article, Caption, LineRole};

/// Fewest slides (counter, caption, credit) that make a gallery.
const MIN_SLIDES: usize = 2;
/// Most words of a slide's caption.
const CAPTION_WORDS: usize = 40;
/// Most words of a credit line that is a name alone.
const NAME_WORDS: usize = 4;

/// True for a line that is a photo's credit alone: a credit with its
/// marker ("Photo: NAME"), or a person's name ([`NAME_WORDS`] words at
/// most).
fn is_credit_line(line: &str) -> Option<String> {
    if let Ok(p) = crate::grammar::caption::parse_credit_line(line) {
        return Some(p.value);
    }
    let t = line.trim();
    (t.split_whitespace().count() <= NAME_WORDS && crate::grammar::byline::is_person_name(t))
        .then(|| t.to_string())
}

/// Takes each slide of a gallery (see the module docs) out of `a`'s body
/// into its captions, the counter left out and the credit line used.
pub(crate) fn take_gallery_captions(a: &mut Article, text: &str) {
    // (Most pages print no bare counter: the rows are read only then.)
    if !a
        .removed
        .iter()
        .any(|r| crate::lexicon::is_gallery_counter_line(&r.text))
    {
        return;
    }
    let rows = page_rows(a, text);
    let mut slides: Vec<(crate::Span, crate::Span, String)> = Vec::new();
    // Body blocks the slides take: their captions and the names kept as
    // subheadings.
    let mut taken = 0;
    for w in rows.windows(3) {
        let [
            (_, At::Removed(c), _),
            (span, At::Used(LineRole::Paragraph), t),
            (cs, under, credit),
        ] = w
        else {
            continue;
        };
        // The name under the caption, left out or kept as a subheading.
        if !matches!(under, At::Removed(_) | At::Used(LineRole::Heading)) {
            continue;
        }
        let counter = a
            .removed
            .get(*c)
            .is_some_and(|r| crate::lexicon::is_gallery_counter_line(&r.text));
        if !counter || crate::article::count_words(t) > CAPTION_WORDS {
            continue;
        }
        if let Some(credit) = is_credit_line(credit) {
            taken += 1 + usize::from(matches!(under, At::Used(_)));
            slides.push((*span, *cs, credit));
        }
    }
    drop(rows);
    if slides.len() < MIN_SLIDES || a.body.len() <= taken {
        return;
    }
    // (All slides in one pass over the body, the lines and the removed
    // lines: a gallery may print thousands.)
    let key = |s: crate::Span| (s.start, s.end);
    let mut captions: Vec<(usize, usize)> = slides.iter().map(|s| key(s.0)).collect();
    let mut credits: Vec<(usize, usize)> = slides.iter().map(|s| key(s.1)).collect();
    captions.sort_unstable();
    credits.sort_unstable();
    let has = |set: &[(usize, usize)], s: crate::Span| set.binary_search(&key(s)).is_ok();
    let mut texts: Vec<((usize, usize), String)> = Vec::new();
    let body = std::mem::take(&mut a.body);
    for b in body {
        if has(&captions, b.span) {
            texts.push((key(b.span), b.text));
        } else if !has(&credits, b.span) {
            a.body.push(b);
        }
    }
    for l in a.lines.iter_mut() {
        if has(&captions, l.span) || has(&credits, l.span) {
            l.role = LineRole::Caption;
        }
    }
    let removed = std::mem::take(&mut a.removed);
    for r in removed {
        if has(&credits, r.span) {
            a.lines.push(crate::LineUse {
                span: r.span,
                role: LineRole::Caption,
            });
        } else {
            a.removed.push(r);
        }
    }
    a.lines.sort_by_key(|l| l.span.start);
    texts.sort_unstable_by_key(|t| t.0);
    for (span, credit_span, credit) in slides {
        let Ok(k) = texts.binary_search_by_key(&key(span), |t| t.0) else {
            continue;
        };
        let text = texts
            .get_mut(k)
            .map(|t| std::mem::take(&mut t.1))
            .unwrap_or_default();
        let whole = crate::Span::new(span.start, credit_span.end);
        a.captions.push(Caption::new(text, Some(credit), whole));
    }
    a.captions.sort_by_key(|c| c.span.start);
}

#[cfg(test)]
mod tests {
    use super::take_gallery_captions;
    use crate::{Article, RemovalReason};

    const PROSE: &str = "More than 400 boats sailed past the sea wall on Saturday evening.";

    fn article(lines: &[(&str, bool)]) -> (String, Article) {
        crate::fields::test_body_article(lines, RemovalReason::Label)
    }

    #[test]
    fn slides_between_counters_and_names_are_captions() {
        let slides = [
            ("1 of 2", false),
            ("A fishing boat leaves the harbour.", true),
            ("Mara Quinn", false),
            ("2 of 2", false),
            ("Rowers wave from the pier.", true),
            ("Photo: Tom Vale", false),
        ];
        let mut lines = vec![(PROSE, true)];
        lines.extend(slides);
        lines.push((PROSE, true));
        let (text, mut a) = article(&lines);
        take_gallery_captions(&mut a, &text);
        let got: Vec<(&str, Option<&str>)> = a
            .captions
            .iter()
            .map(|c| (c.text.as_str(), c.credit.as_deref()))
            .collect();
        assert_eq!(
            got,
            [
                ("A fishing boat leaves the harbour.", Some("Mara Quinn")),
                ("Rowers wave from the pier.", Some("Tom Vale")),
            ]
        );
        assert_eq!(a.body.len(), 2);
        assert_eq!(a.removed.len(), 2, "the counters stay out");
        // One slide alone is no gallery.
        let (text, mut a) = article(&lines[..5]);
        take_gallery_captions(&mut a, &text);
        assert!(a.captions.is_empty());
    }
}

//! A photo caption whose credit label no lexicon holds ("… Nyabugogo.
//! Ifoto: Eric Ruzindana", "… Huwebes. | Hulagway ni Alex Badayos"): the rules keep it as a paragraph or leave it
//! out before the story. Once the article is assembled, such a line
//! ([`crate::grammar::caption::unknown_label_credit`]) becomes a caption.

use crate::grammar::caption::{parse_caption, unknown_by_credit, unknown_label_credit};
use crate::{Article, Caption, LineRole, RemovalReason};

/// The caption text and credit of `text` when it is a caption with an
/// unknown credit label, and the caption grammar finds no credit in it;
/// `by_form` when the label may also be a word and a "by"-word with no
/// colon (only on one printed line: two lines joined would read "See all
/// Discussion Groups" under a question as a credit). A line of that shape
/// is a caption even when the grammar knows its label ("Pic by NAME"
/// between paragraphs, which the rules kept as a subheading): the
/// grammar's reading is kept then.
fn labelled(text: &str, by_form: bool) -> Option<(String, String)> {
    // (The shape first: the caption grammar is the costlier test. Only a
    // line with a colon can hold a colon label.)
    if text.contains([':', '：']) {
        let (t, c) = unknown_label_credit(text)?;
        let known = parse_caption(text).is_ok_and(|p| p.value.credit.is_some());
        return (!known).then(|| (t.to_string(), c.to_string()));
    }
    let (t, c) = by_form.then(|| unknown_by_credit(text)).flatten()?;
    match parse_caption(text) {
        Ok(p) if p.value.credit.is_some() => {
            let credit = p.value.credit.unwrap_or_default();
            Some((p.value.text.to_string(), credit))
        }
        _ => Some((t.to_string(), c.to_string())),
    }
}

/// Takes each body block of `a`, and each line left out between its
/// headline and its body, that is a caption with an unknown credit label
/// into `a.captions` (the body keeps one block at least).
pub(crate) fn take_labelled_captions(a: &mut Article) {
    for c in &mut a.captions {
        if let Some(name) = c.credit.as_deref().and_then(credit_after_label) {
            c.credit = Some(name.to_string());
        }
    }
    let mut found = false;
    for k in (0..a.body.len()).rev() {
        let Some((text, credit)) = a.body.get(k).and_then(|b| labelled(&b.text, true)) else {
            continue;
        };
        if a.body.len() < 2 {
            break;
        }
        let b = a.body.remove(k);
        super::recast_line(&mut a.lines, b.span, LineRole::Caption);
        a.captions.push(Caption::new(text, Some(credit), b.span));
        found = true;
    }
    let top = a.spans.title.map_or(0, |s| s.end);
    let body = a.body.first().map_or(0, |b| b.span.start);
    for k in (0..a.removed.len()).rev() {
        let Some(r) = a.removed.get(k) else {
            continue;
        };
        // (The rules may take such a line for the headline printed again.)
        let header = matches!(
            r.reason,
            RemovalReason::BeforeStory | RemovalReason::TitleRepeat
        ) && r.span.start >= top
            && r.span.end <= body;
        let Some((text, credit)) = header.then(|| labelled(&r.text, true)).flatten() else {
            continue;
        };
        if let Some(r) = super::use_removed(a, k, LineRole::Caption) {
            a.captions.push(Caption::new(text, Some(credit), r.span));
        }
        found = true;
    }
    found |= take_credit_under(a);
    found |= take_removed_credit_under(a);
    if found {
        a.captions.sort_by_key(|c| c.span.start);
    }
}

/// Body blocks near the top of the body where a photo and its caption stand.
const TOP_BLOCKS: usize = 3;
/// Most words of a caption over its credit line.
const CAPTION_WORDS: usize = 40;

/// Takes a caption whose credit stands on the line under it ("Gamla
/// ferjan liggur við bryggju.", then "Mynd: Turið Hansen"), among the
/// body's first blocks, into `a.captions`: the two blocks read as one line
/// are a caption with an unknown credit label. True when it took one.
fn take_credit_under(a: &mut Article) -> bool {
    let pair = (1..a.body.len().min(TOP_BLOCKS + 1)).find_map(|k| {
        let (prev, cur) = (a.body.get(k - 1)?, a.body.get(k)?);
        // (The credit line is short: a label and a name.)
        if cur.text.split_whitespace().count() > 6
            || crate::article::count_words(&prev.text) > CAPTION_WORDS
        {
            return None;
        }
        let (text, credit) = labelled(&format!("{} {}", prev.text.trim(), cur.text.trim()), false)?;
        (text == prev.text.trim()).then_some((k, text, credit))
    });
    let Some((k, text, credit)) = pair else {
        return false;
    };
    if a.body.len() < 3 {
        return false;
    }
    let credit_line = a.body.remove(k);
    let caption = a.body.remove(k - 1);
    for s in [caption.span, credit_line.span] {
        super::recast_line(&mut a.lines, s, LineRole::Caption);
    }
    let span = crate::Span::new(caption.span.start, credit_line.span.end);
    a.captions.push(Caption::new(text, Some(credit), span));
    true
}

/// Most words of a body block read as a caption over a credit line left
/// out (a paragraph over a source line is longer).
const UNDER_CAPTION_WORDS: usize = 15;

/// The credit of a line printed under a caption after a bar or a dot,
/// with a known marker ("| Photo Credit: S. Mahesh").
fn marked_credit_under(line: &str) -> Option<String> {
    let rest = line.trim().strip_prefix(['|', '·'])?.trim_start();
    crate::grammar::caption::parse_credit_line(rest)
        .ok()
        .map(|p| p.value)
}

/// The credit after an unknown one-word label that the caption grammar
/// kept in it ("Imådje: Marie Dethier" from "(Imådje: Marie Dethier)"):
/// a word of letters, a colon, then a credit opening with a capital.
fn credit_after_label(credit: &str) -> Option<&str> {
    let (label, rest) = credit.split_once(':')?;
    let (label, rest) = (label.trim(), rest.trim());
    let word =
        !label.is_empty() && label.chars().count() <= 20 && label.chars().all(char::is_alphabetic);
    (word && rest.starts_with(char::is_uppercase)).then_some(rest)
}

/// Takes a body block whose credit stands on the line under it, a line
/// the rules left out ("Dálki Kárášjoga guovddážis.", then "Govva: NAME"),
/// into `a.captions`, when more of the body follows: the two read as one
/// line are a caption with an unknown credit label. Only a block of
/// fifteen words at most over a line left out as the header's (a label, a
/// line before the story) or as furniture, and no source's ("Source:
/// NASA"): a source under a paragraph is no photo's credit. A block of
/// forty words at most takes a credit with a known marker after a bar,
/// which the rules took for a caption printed again ("| Photo Credit:
/// NAME"). True when it took one.
fn take_removed_credit_under(a: &mut Article) -> bool {
    let mut took = false;
    let mut k = 0;
    while k + 1 < a.body.len() {
        let Some(b) = a.body.get(k) else { break };
        let (end, next) = (b.span.end, a.body.get(k + 1).map_or(0, |n| n.span.start));
        // The line right under the block, left out, before the next block.
        let under = a
            .removed
            .iter()
            .enumerate()
            .filter(|(_, r)| r.span.start >= end && r.span.end <= next)
            .min_by_key(|(_, r)| r.span.start)
            .filter(|(_, r)| {
                matches!(
                    r.reason,
                    RemovalReason::BeforeStory
                        | RemovalReason::Label
                        | RemovalReason::Boilerplate
                        | RemovalReason::CaptionRepeat
                ) && !a
                    .lines
                    .iter()
                    .any(|l| l.span.start >= end && l.span.start < r.span.start)
                    && r.text.split_whitespace().count() <= 8
                    && !crate::grammar::source::opens_with_source_label(&r.text)
            })
            .map(|(i, r)| (i, r.text.clone(), r.reason));
        let pair = under.and_then(|(i, line, reason)| {
            let words = crate::article::count_words(&b.text);
            // A credit with a known marker after a bar ("| Photo Credit:
            // NAME"), which the rules took for a caption printed again.
            if let Some(credit) = marked_credit_under(&line)
                .filter(|_| reason == RemovalReason::CaptionRepeat && words <= CAPTION_WORDS)
            {
                return Some((i, b.text.trim().to_string(), credit));
            }
            let unknown = matches!(
                reason,
                RemovalReason::BeforeStory | RemovalReason::Label | RemovalReason::Boilerplate
            );
            if !unknown || words > UNDER_CAPTION_WORDS {
                return None;
            }
            let (text, credit) = labelled(&format!("{} {}", b.text.trim(), line.trim()), false)?;
            (text == b.text.trim()).then_some((i, text, credit))
        });
        let Some((i, text, credit)) = pair else {
            k += 1;
            continue;
        };
        let caption = a.body.remove(k);
        super::recast_line(&mut a.lines, caption.span, LineRole::Caption);
        let Some(r) = super::use_removed(a, i, LineRole::Caption) else {
            continue;
        };
        let span = crate::Span::new(caption.span.start, r.span.end);
        a.captions.push(Caption::new(text, Some(credit), span));
        took = true;
    }
    took
}

#[cfg(test)]
mod tests {
    use super::take_labelled_captions;
    use crate::{Article, RemovalReason};

    const PROSE: &str = "The road over the mountain stays closed until the wind drops on Thursday.";
    const LONG: &str = "The state government said on Monday that the new rules apply to every salon in the region from the first of next month.";

    /// The article of `lines`: body paragraphs, or lines left out before
    /// the story (`false`).
    fn article(lines: &[(&str, bool)]) -> Article {
        crate::fields::test_body_article(lines, RemovalReason::BeforeStory).1
    }

    #[test]
    fn a_short_block_over_a_credit_line_left_out_is_a_caption() {
        let mut a = article(&[
            (PROSE, true),
            ("Snow on the pass at noon.", true),
            ("Govva: Ánte Gaup / Sámi Áigi", false),
            (PROSE, true),
        ]);
        take_labelled_captions(&mut a);
        assert_eq!(a.captions.len(), 1);
        assert_eq!(a.captions[0].text, "Snow on the pass at noon.");
        assert_eq!(
            a.captions[0].credit.as_deref(),
            Some("Ánte Gaup / Sámi Áigi")
        );
        assert_eq!(a.body.len(), 2);
        assert!(a.removed.is_empty());
    }

    #[test]
    fn a_marked_credit_after_a_bar_under_a_long_caption_is_its_credit() {
        let caption = "Dr. Rajan Pillai at Valiyathura, where the shoreline has moved more than 60 metres since 2010.";
        for (under, reason, captions) in [
            ("| Photo Credit: S. Mahesh", RemovalReason::CaptionRepeat, 1),
            ("Photo Credit: S. Mahesh", RemovalReason::CaptionRepeat, 0),
            ("| Photo Credit: S. Mahesh", RemovalReason::Footer, 0),
        ] {
            let mut a = article(&[
                (PROSE, true),
                (caption, true),
                (under, false),
                (PROSE, true),
            ]);
            a.removed[0].reason = reason;
            take_labelled_captions(&mut a);
            assert_eq!(a.captions.len(), captions, "{under} {reason:?}");
            if captions == 1 {
                assert_eq!(a.captions[0].credit.as_deref(), Some("S. Mahesh"));
                assert_eq!(a.body.len(), 2);
            }
        }
    }

    #[test]
    fn an_unknown_label_leaves_the_credit() {
        use super::credit_after_label;
        assert_eq!(
            credit_after_label("Imådje: Marie Dethier"),
            Some("Marie Dethier")
        );
        assert_eq!(
            credit_after_label("Ja:Bakary Coulibaly"),
            Some("Bakary Coulibaly")
        );
        assert_eq!(credit_after_label("Marie Dethier"), None);
        assert_eq!(credit_after_label("AP Photo: Jane Doe"), None);
        assert_eq!(credit_after_label("Getty: via AFP"), None);
    }

    #[test]
    fn a_credit_line_cut_as_furniture_is_a_caption_credit_but_a_source_is_not() {
        for (credit, captions) in [("Tshifanyiso: Rudzani Mudau", 1), ("Source: NASA", 0)] {
            let mut a = article(&[
                (PROSE, true),
                ("Macadamia trees dry out near the river.", true),
                (credit, false),
                (PROSE, true),
            ]);
            a.removed[0].reason = RemovalReason::Boilerplate;
            take_labelled_captions(&mut a);
            assert_eq!(a.captions.len(), captions, "{credit}");
        }
    }

    #[test]
    fn a_paragraph_over_a_source_line_or_the_last_block_stays() {
        for lines in [
            // A long paragraph over its source.
            &[
                (LONG, true),
                ("Quelle: Landesregierung", false),
                (PROSE, true),
            ][..],
            // The body's last block.
            &[
                (PROSE, true),
                ("Snow on the pass at noon.", true),
                ("Govva: Ánte Gaup", false),
            ][..],
        ] {
            let mut a = article(lines);
            take_labelled_captions(&mut a);
            assert!(a.captions.is_empty(), "{lines:?}");
        }
    }
}

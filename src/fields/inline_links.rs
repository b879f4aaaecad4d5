//! An inline link to another story under a prompt no lexicon holds ("Soma
//! nanone: HEADLINE", "Les eisini: HEADLINE"): the rules keep it as a body
//! paragraph. Once the article is assembled, such a line among the body's
//! paragraphs goes to the related headlines, read by its shape alone
//! ([`labelled_headline`]).

use crate::grammar::misc::labelled_headline;
use crate::{Article, LineRole};

/// Moves to `a`'s related headlines each body paragraph that is an inline
/// link to another story ([`labelled_headline`]) between two paragraphs of
/// the body (or after the last one) that are not such lines themselves (a
/// block of "When: ... / Where: ..." facts is the story's).
pub(crate) fn take_inline_links(a: &mut Article) {
    let links: Vec<bool> = a
        .body
        .iter()
        .map(|b| labelled_headline(&b.text).is_some())
        .collect();
    let link = |k: usize| links.get(k).copied().unwrap_or(false);
    let taken: Vec<usize> = (1..a.body.len())
        .filter(|&k| link(k) && !link(k - 1) && !link(k + 1))
        .collect();
    // (From the last: the earlier indices stay valid.)
    for &k in taken.iter().rev() {
        if a.body.len() < 2 {
            break;
        }
        let b = a.body.remove(k);
        let Some(h) = labelled_headline(&b.text).map(str::to_string) else {
            continue;
        };
        super::recast_line(&mut a.lines, b.span, LineRole::Related);
        insert_related(a, b.span, h);
    }
}

/// Adds headline `h` from line `span` to `a`'s related headlines, in page
/// order when their spans are kept.
pub(super) fn insert_related(a: &mut Article, span: crate::Span, h: String) {
    let at = a.spans.related.partition_point(|s| s.start < span.start);
    if a.spans.related.len() == a.related.len() {
        a.spans.related.insert(at, span);
        a.related.insert(at, h);
    } else {
        a.related.push(h);
    }
}

#[cfg(test)]
mod tests {
    use super::{labelled_headline, take_inline_links};
    use crate::{Article, Block, BlockKind, Span};

    fn article(paras: &[&str]) -> Article {
        let mut a = Article::default();
        for (i, p) in paras.iter().enumerate() {
            a.body.push(Block::new(
                BlockKind::Paragraph,
                p.to_string(),
                Span::new(i * 100, i * 100 + 50),
            ));
        }
        a
    }

    const PROSE: &str = "The council met on Tuesday to discuss the new harbour plan.";

    #[test]
    fn a_prompted_link_between_paragraphs_goes_to_related() {
        let mut a = article(&[
            PROSE,
            "Les eisini: Smyril aftur í sigling eftir motorbrek",
            PROSE,
        ]);
        take_inline_links(&mut a);
        assert_eq!(a.body.len(), 2);
        assert_eq!(a.related, ["Smyril aftur í sigling eftir motorbrek"]);
    }

    #[test]
    fn facts_sentences_and_the_first_paragraph_stay() {
        for paras in [
            // A block of facts.
            &[
                PROSE,
                "Wann ist es: Montag bis Freitag ab neun",
                "Wo ist es: Im Rathaus am Markt gleich hier",
            ][..],
            // The first paragraph.
            &["Les eisini: Smyril aftur í sigling eftir motorbrek", PROSE][..],
            // A sentence.
            &[PROSE, "The mayor said: We will rebuild the bridge.", PROSE][..],
        ] {
            let mut a = article(paras);
            take_inline_links(&mut a);
            assert_eq!(a.body.len(), paras.len(), "{paras:?}");
            assert!(a.related.is_empty());
        }
    }

    #[test]
    fn prompts_are_short_and_in_sentence_case() {
        for line in [
            "Text und Fotos: Maria Huber und ihr Team aus Wien",
            "Photo: The harbour at dawn with the ferry",
            "Chapter 12 begins: The harbour at dawn",
            "Q: Why did the ferry stop running",
        ] {
            assert_eq!(labelled_headline(line), None, "{line}");
        }
        assert_eq!(
            labelled_headline("इहो पढ़ू : दरभंगा एयरपोर्ट सँ तीन नव उड़ान शुरू"),
            Some("दरभंगा एयरपोर्ट सँ तीन नव उड़ान शुरू")
        );
    }
}

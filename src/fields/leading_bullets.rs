//! Key points under a heading no lexicon holds ("D'Wichtegst a Kuerz",
//! then "• ..." items): the rules leave the heading out before the story
//! and keep the items as the body's first paragraphs. Once the article is
//! assembled, a run of bulleted items that opens the body, with the body's
//! prose after it, is the article's key points.

use crate::grammar::misc::parse_bullet;
use crate::{Article, LineRole};

/// Fewest items of a run read as key points.
const MIN_ITEMS: usize = 2;
/// Most items of such a run.
const MAX_ITEMS: usize = 8;
/// Most words of an item.
const MAX_WORDS: usize = 40;

/// True when `line` (a body block's input line) is a bulleted list item:
/// a bullet mark (not a dash: "– Hetta er ein stórur dagur" is a
/// quotation in many languages), a space, and at most [`MAX_WORDS`] words.
fn bulleted(line: &str) -> bool {
    let t = line.trim_start();
    !t.starts_with(['–', '—'])
        && parse_bullet(t).is_ok_and(|p| crate::article::count_words(p.value) <= MAX_WORDS)
}

/// The key point of body block `b` (its text, any bullet the body kept
/// taken off).
fn item(b: &crate::Block) -> String {
    parse_bullet(&b.text)
        .map_or(b.text.trim(), |p| p.value)
        .to_string()
}

/// Moves the bulleted items that open `a`'s body (two to eight, with more
/// of the body after them) to its key points, when it has none; `text` is
/// the text `a`'s spans point into (the body's blocks may have lost their
/// bullets).
pub(crate) fn take_leading_bullets(a: &mut Article, text: &str) {
    if !a.key_points.is_empty() {
        return;
    }
    let run = a
        .body
        .iter()
        .take_while(|b| b.span.slice(text).is_some_and(bulleted))
        .count();
    if !(MIN_ITEMS..=MAX_ITEMS).contains(&run) || run >= a.body.len() {
        return;
    }
    for b in a.body.drain(..run) {
        super::recast_line(&mut a.lines, b.span, LineRole::KeyPoint);
        a.key_points.push(item(&b));
        a.spans.key_points.push(b.span);
    }
}

#[cfg(test)]
mod tests {
    use super::take_leading_bullets;
    use crate::{Article, Block, BlockKind, Span};

    /// The article of `paras` (their blocks without bullets, as the body
    /// keeps them) and its text, one line each.
    fn article(paras: &[&str]) -> (Article, String) {
        let mut a = Article::default();
        let mut text = String::new();
        for p in paras {
            let span = Span::new(text.len(), text.len() + p.len());
            text.push_str(p);
            text.push('\n');
            let kept = p.trim_start_matches(['•', ' ']);
            a.body
                .push(Block::new(BlockKind::Paragraph, kept.to_string(), span));
        }
        (a, text)
    }

    const PROSE: &str = "The council met on Tuesday to discuss the new harbour plan.";

    #[test]
    fn bullets_that_open_the_body_are_key_points() {
        let (mut a, text) = article(&[
            "• 17 bus lines change on 7 April",
            "• Three new express lines",
            PROSE,
            PROSE,
        ]);
        take_leading_bullets(&mut a, &text);
        assert_eq!(
            a.key_points,
            ["17 bus lines change on 7 April", "Three new express lines"]
        );
        assert_eq!(a.body.len(), 2);
        assert_eq!(a.spans.key_points.len(), 2);
    }

    #[test]
    fn quotes_lone_items_lists_in_the_body_and_whole_bodies_stay() {
        for paras in [
            // Dashes open quotations.
            &[
                "– We waited long for this, he said.",
                "– It is a big day.",
                PROSE,
            ][..],
            // One item is no list.
            &["• Three new express lines", PROSE][..],
            // A list after the first paragraph is the story's.
            &[PROSE, "• One", "• Two", PROSE][..],
            // A body of bullets alone.
            &["• One item here", "• Two items here"][..],
        ] {
            let (mut a, text) = article(paras);
            take_leading_bullets(&mut a, &text);
            assert!(a.key_points.is_empty(), "{paras:?}");
            assert_eq!(a.body.len(), paras.len());
        }
    }
}

//! Comment threads' buttons: the reply button under each comment, alone
//! or after its like button and count ("Like (3) Reply").

use super::key::{key_trim, with_key};
use crate::table::EdgeGate;
use std::sync::OnceLock;

/// The reply button under each comment of a thread ("Reply", "Antworten",
/// "Répondre"): two of them on a page mark a comment thread.
pub static REPLY_BUTTONS: &[&str] = &[
    "reply",
    // Blogger prints its reply and delete buttons glued or side by side.
    "replydelete",
    "reply delete",
    "antworten",
    "répondre",
    "responder",
    "rispondi",
    "beantwoorden",
    "reageer",
    "ответить",
    "відповісти",
    "odpowiedz",
    "yanıtla",
    "cevapla",
    "trả lời",
    "odpovědět",
    "svara",
    "svar",
    "vastaa",
    "răspunde",
    "válasz",
    "balas",
];

/// The like button a thread prints before its reply button ("Like (3)
/// Reply", "Beğen (31) Yanıtla").
static LIKE_BUTTONS: &[&str] = &[
    "like",
    "likes",
    "beğen",
    "j'aime",
    "gefällt mir",
    "me gusta",
    "mi piace",
    "curtir",
    "vind ik leuk",
    "polub",
    "нравится",
    "подобається",
    "thích",
];

/// True when `line` is a comment's reply button alone ([`REPLY_BUTTONS`],
/// compared by [`key`](super::key::key): "Reply", "Reply ↓" is not), or after
/// its like button and count ("Like (3) Reply").
pub fn is_reply_button(line: &str) -> bool {
    line.len() <= 48
        && may_be_reply_button(line)
        && with_key(line, |k| {
            (line.len() <= 24 && REPLY_BUTTONS.contains(&k))
                || like_and_reply(k)
                || counted_reply(k)
        })
}

/// A reply button with its count of replies or likes ("reply · 12",
/// "reply (3)", "reply | 4"; `k` is the line's key).
fn counted_reply(k: &str) -> bool {
    if !k.bytes().any(|b| b.is_ascii_digit()) {
        return false;
    }
    let Some((reply, count)) = k.split_once(' ') else {
        return false;
    };
    REPLY_BUTTONS.contains(&reply)
        && count
            .chars()
            .all(|c| c.is_ascii_digit() || matches!(c, ' ' | '·' | '•' | '|' | '(' | ')'))
}

/// A like button with its count and a reply button on one line ("like (3)
/// reply", "beğen (31) yanıtla"; `k` is the line's key).
fn like_and_reply(k: &str) -> bool {
    let Some((rest, last)) = k.rsplit_once(' ') else {
        return false;
    };
    let like = rest.trim_end_matches(|c: char| c.is_ascii_digit() || matches!(c, '(' | ')' | ' '));
    REPLY_BUTTONS.contains(&last) && LIKE_BUTTONS.contains(&like)
}

/// False when the words at the ends of `line` tell it from every reply
/// button, before its key is made. A reply button's key (the line trimmed
/// of its decorations, white space collapsed, lower-cased) is an entry of
/// [`REPLY_BUTTONS`], or opens with one (its count after it), or ends with
/// one (after the like button): the first or the last word of the trimmed
/// line, lower-cased, is an entry or an entry's first word. Told for an
/// ASCII line only (a character beyond ASCII lower-cases to anything: such
/// a line is let through).
fn may_be_reply_button(line: &str) -> bool {
    let t = key_trim(line);
    if !t.is_ascii() {
        return true;
    }
    // (ASCII white space as the key reads it.)
    let space = |c: &u8| matches!(c, b' ' | b'\t' | b'\n' | b'\r' | 0x0B | 0x0C);
    let b = t.as_bytes();
    let first = b.split(space).next().unwrap_or_default();
    let last = b.rsplit(space).next().unwrap_or_default();
    is_entry_word(first) || is_entry_word(last)
}

/// True when an entry of [`REPLY_BUTTONS`] is the ASCII word `w` (in any
/// case) or opens with it and a space (told first by its end letters and
/// length: most words are no entry's first word).
fn is_entry_word(w: &[u8]) -> bool {
    static GATE: OnceLock<EdgeGate> = OnceLock::new();
    let gate = GATE
        .get_or_init(|| EdgeGate::new(REPLY_BUTTONS.iter().filter_map(|e| e.split(' ').next())));
    gate.admits(w)
        && REPLY_BUTTONS.iter().any(|e| {
            let e = e.as_bytes();
            e.get(..w.len()).is_some_and(|p| p.eq_ignore_ascii_case(w))
                && matches!(e.get(w.len()), None | Some(b' '))
        })
}

#[cfg(test)]
mod buttons {
    #[test]
    fn like_and_reply_buttons_on_one_line_are_a_reply_button() {
        for line in [
            "Reply",
            "Yanıtla",
            "Like (3) Reply",
            "Beğen (31) Yanıtla",
            "Curtir Responder",
            "Reply · 12",
            "Reply (3)",
            "Antworten | 4",
        ] {
            assert!(super::is_reply_button(line), "{line}");
        }
        for line in [
            "Like this story? Reply",
            "Beğen",
            "Share (3) Reply all",
            "Reply 2 critics",
        ] {
            assert!(!super::is_reply_button(line), "{line}");
        }
    }

    /// The gate lets through every line the full test takes: lines made of
    /// the reply and like buttons in every case, counts, marks and
    /// decorations, and words of no button.
    #[test]
    fn the_gate_passes_every_reply_button() {
        let mut pieces: Vec<String> = Vec::new();
        for w in super::REPLY_BUTTONS.iter().chain(super::LIKE_BUTTONS) {
            let mut cap = w.chars();
            let capital = cap
                .next()
                .map(|c| c.to_uppercase().chain(cap).collect::<String>())
                .unwrap_or_default();
            pieces.extend([w.to_string(), w.to_uppercase(), capital]);
        }
        pieces.extend(
            [
                " ", "  ", "(", ")", "3", "12", "·", "•", "|", ":", "-", "»", "«", "[", "]", "<",
                ">", "↓", "\u{a0}", "\t", "…", "Share", "all", "x",
            ]
            .map(String::from),
        );
        let pieces: Vec<&str> = pieces.iter().map(String::as_str).collect();
        let mut texts = crate::testgen::Texts::new(&pieces, 0x2545_F491_4F6C_DD1D);
        let mut buttons = 0;
        for n in 0..60_000 {
            let line = texts.text(1 + n % 5);
            let full = line.len() <= 48
                && super::with_key(&line, |k| {
                    (line.len() <= 24 && super::REPLY_BUTTONS.contains(&k))
                        || super::like_and_reply(k)
                        || super::counted_reply(k)
                });
            if full {
                buttons += 1;
                assert!(super::may_be_reply_button(&line), "{line:?}");
            }
            assert_eq!(super::is_reply_button(&line), full, "{line:?}");
        }
        assert!(buttons > 1000, "{buttons}");
        assert!(!super::may_be_reply_button("Share this story"));
    }
}

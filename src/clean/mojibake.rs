//! `repair_mojibake`: UTF-8 that was decoded as Windows-1252 or Latin-1.

use std::borrow::Cow;

use unicode_normalization::char::is_public_assigned;

use super::chars::mojibake_byte;

/// Passes over the text; each undoes one level of double encoding.
const MAX_PASSES: usize = 6;

/// Repairs UTF-8 text that was decoded as Windows-1252 or Latin-1
/// ("mojibake"): `â€™` becomes `’`, `Ã©` becomes `é`, `â€œ…â€\u{9d}`
/// becomes `“…”`, `Â\u{a0}` becomes a no-break space.
///
/// A run of characters is repaired only when mapping them back through the
/// Windows-1252/Latin-1 byte table gives one complete, valid UTF-8
/// multi-byte sequence (lead byte, then the right number of continuation
/// bytes). Real Latin text is left alone: "São Paulo", "Ångström", "naïve"
/// or a lone "Â" never form such a sequence. Sequences that real text can
/// form by chance, a letter followed only by punctuation such as a quote,
/// dash or no-break space (German „Spaß“, French « à\u{a0}» »), are
/// repaired only when the same text also holds an unambiguous repair.
/// Double-encoded text (`Ã¢â‚¬â„¢`) is repaired by further passes.
///
/// The rule never makes the text longer and is idempotent for up to six
/// levels of encoding.
///
/// ```
/// use newsclip::clean::repair_mojibake;
/// assert_eq!(repair_mojibake("Itâ€™s a cafÃ© in MÃ¼nchen"), "It’s a café in München");
/// assert_eq!(repair_mojibake("São Paulo, Ångström, naïve"), "São Paulo, Ångström, naïve");
/// ```
pub fn repair_mojibake(text: &str) -> Cow<'_, str> {
    repair_mojibake_counted(text, &mut 0)
}

pub(crate) fn repair_mojibake_counted<'a>(text: &'a str, count: &mut usize) -> Cow<'a, str> {
    let mut cur = Cow::Borrowed(text);
    for _ in 0..MAX_PASSES {
        match repair_once(&cur, count) {
            Some((s, again)) => {
                cur = Cow::Owned(s);
                if !again {
                    break;
                }
            }
            None => break,
        }
    }
    cur
}

struct Candidate {
    start: usize,
    end: usize,
    ch: char,
}

/// One pass: the repaired text, and whether another pass could find more
/// (only if a repaired character is itself one a decoder could have made
/// from a byte, i.e. the text was encoded twice).
fn repair_once(text: &str, count: &mut usize) -> Option<(String, bool)> {
    let bytes = text.as_bytes();
    // Every mojibake lead (U+00C2..=U+00F4) is encoded as C3 82..=C3 B4.
    memchr::memchr(0xC3, bytes)?;
    let mut cands = Vec::new();
    let mut any_strong = false;
    for p in memchr::memchr_iter(0xC3, bytes) {
        let Some(&b1) = bytes.get(p + 1) else {
            continue;
        };
        if !(0x82..=0xB4).contains(&b1) {
            continue;
        }
        let Some((ch, used, strong)) = text
            .get(p + 2..)
            .and_then(|rest| candidate(b1 + 0x40, rest))
        else {
            continue;
        };
        any_strong |= strong;
        cands.push(Candidate {
            start: p,
            end: p + 2 + used,
            ch,
        });
    }
    if !any_strong {
        return None;
    }
    let mut out = String::with_capacity(text.len());
    let mut last = 0;
    let mut again = false;
    for c in &cands {
        out.push_str(text.get(last..c.start)?);
        out.push(c.ch);
        again |= mojibake_byte(c.ch).is_some();
        last = c.end;
        *count += 1;
    }
    out.push_str(text.get(last..)?);
    Some((out, again))
}

/// Given a lead byte and the text after the lead character: the repaired
/// character, how many bytes of `rest` it used, and whether it is strong
/// evidence of mojibake (see [`repair_mojibake`]).
fn candidate(lead: u8, rest: &str) -> Option<(char, usize, bool)> {
    let n = match lead {
        0xC2..=0xDF => 1,
        0xE0..=0xEF => 2,
        0xF0..=0xF4 => 3,
        _ => return None,
    };
    let mut buf = [lead, 0, 0, 0];
    let mut used = 0;
    let mut all_punct = true;
    let mut chars = rest.chars();
    for slot in buf.iter_mut().skip(1).take(n) {
        let c = chars.next()?;
        let b = mojibake_byte(c)?;
        if !(0x80..=0xBF).contains(&b) {
            return None;
        }
        *slot = b;
        used += c.len_utf8();
        all_punct &= is_punct_like(c);
    }
    let ch = std::str::from_utf8(buf.get(..=n)?).ok()?.chars().next()?;
    if denied(ch) {
        return None;
    }
    let strong =
        !all_punct || (n == 1 && (lead == 0xC2 || lead == 0xC3)) || (n == 2 && lead == 0xE2);
    Some((ch, used, strong))
}

/// Continuation characters that real text often puts right after a letter.
fn is_punct_like(c: char) -> bool {
    matches!(
        c,
        '\u{a0}'
            | '\u{a1}'
            | '\u{a8}'
            | '\u{a9}'
            | '\u{ab}'
            | '\u{ad}'
            | '\u{ae}'
            | '\u{b0}'
            | '\u{b2}'
            | '\u{b3}'
            | '\u{b4}'
            | '\u{b7}'
            | '\u{b9}'
            | '\u{bb}'
            | '\u{bf}'
            | '\u{2013}'
            | '\u{2014}'
            | '\u{2018}'
            | '\u{2019}'
            | '\u{201a}'
            | '\u{201c}'
            | '\u{201d}'
            | '\u{201e}'
            | '\u{2022}'
            | '\u{2026}'
            | '\u{2039}'
            | '\u{203a}'
            | '\u{2122}'
    )
}

/// Results never produced: C1 controls, the soft hyphen, NKo (what `ß`
/// followed by punctuation would give) and unassigned code points.
fn denied(c: char) -> bool {
    let private = matches!(c, '\u{e000}'..='\u{f8ff}' | '\u{f0000}'..);
    matches!(c, '\u{80}'..='\u{9f}' | '\u{ad}' | '\u{7c0}'..='\u{7ff}')
        || (!private && !is_public_assigned(c))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cases() {
        let cases: &[(&str, &str)] = &[
            // Windows-1252 mojibake of punctuation
            ("Itâ€™s", "It’s"),
            ("â€œQuoteâ€\u{9d}", "“Quote”"),
            ("2010â€“2020 â€” done â€¦", "2010–2020 — done …"),
            ("â‚¬5 and â„¢", "€5 and ™"),
            // Latin-1 letters
            (
                "cafÃ©, MÃ¼nchen, StraÃŸe, EspaÃ±a",
                "café, München, Straße, España",
            ),
            ("Ã‰cole, Ã–l, Ãœber, Ã„rger", "École, Öl, Über, Ärger"),
            ("naÃ¯ve aÃ§Ã£o", "naïve ação"),
            ("Ã\u{ad}ndice", "índice"),
            // no-break space and Latin-1 symbols behind Â
            ("a\u{c2}\u{a0}b", "a\u{a0}b"),
            ("25Â°C, Â©2024, Â£5", "25°C, ©2024, £5"),
            // other scripts
            ("ÐŸÑ€Ð¸Ð²ÐµÑ‚", "Привет"),
            ("ä¸\u{ad}æ–‡", "中文"),
            ("×©×œ×•×", "שלו\u{d7}"),
            ("ðŸ˜€", "\u{1f600}"),
            // double encoding
            ("Ã¢â‚¬â„¢", "’"),
            ("cafÃƒÂ©", "café"),
            // ambiguous sequences repaired with other evidence on the line
            ("ÃœBERâ€™S Ð’", "ÜBER’S В"),
            // real text stays
            (
                "São Paulo, Ångström, naïve, Â alone, Ã",
                "São Paulo, Ångström, naïve, Â alone, Ã",
            ),
            ("„Spaß“ und „Fuß“", "„Spaß“ und „Fuß“"),
            (
                "Voilà\u{a0}» et «\u{a0}déjà\u{a0}»",
                "Voilà\u{a0}» et «\u{a0}déjà\u{a0}»",
            ),
            ("JOSÉ’S CAFÉ’S “NACIÓN”", "JOSÉ’S CAFÉ’S “NACIÓN”"),
            ("‘café’” and Nestlé®’s", "‘café’” and Nestlé®’s"),
            (
                "Ça va? Où? À bientôt. Ñandú.",
                "Ça va? Où? À bientôt. Ñandú.",
            ),
            ("CHÂ\u{ad}TEAU", "CHÂ\u{ad}TEAU"),
            ("Привет, 中文, עברית, 😀", "Привет, 中文, עברית, 😀"),
        ];
        for (input, want) in cases {
            assert_eq!(repair_mojibake(input), *want, "input {input:?}");
            assert_eq!(repair_mojibake(want), *want, "idempotent on {want:?}");
        }
    }

    #[test]
    fn borrows_when_clean() {
        assert!(matches!(
            repair_mojibake("Déjà vu in São Paulo"),
            Cow::Borrowed(_)
        ));
        assert!(matches!(repair_mojibake("plain"), Cow::Borrowed(_)));
    }
}

//! Splitting the credit and a trailing label off the end of a caption.

use super::TAIL_BYTES;
use super::clean::{clean_credit, strip_editor_initials};
use super::credit::{
    CREDIT_MARKERS, MAX_CREDIT_BYTES, is_bare_credit, is_boundary_before, marker_credit,
    needs_space_after, paren_credit, strip_prefix_ci,
};
use super::label::{is_sentence_label, is_trailing_label};
use super::markers::{last_starts, markers_opening};

/// What [`split_tail`] found.
pub(super) struct Tail<'a> {
    pub(super) text: &'a str,
    pub(super) credit: Option<String>,
    pub(super) label: Option<&'a str>,
}

/// Splits the credit (and a bracketed trailing label) off the end of a caption.
pub(super) fn split_tail(s: &str) -> Tail<'_> {
    let mut s = strip_junk(s.trim());
    let mut label = None;
    // A label in brackets or after a bar or dash ("(File photo)", "(FILE)",
    // "| File"; `is_sentence_label` holds every trailing label).
    if let Some((before, inner)) = trailing_paren(s).or_else(|| separated_label(s)) {
        if is_sentence_label(inner) {
            label = Some(inner);
            s = before;
        }
    }
    let found = trailing_paren(s)
        .and_then(|(before, inner)| paren_credit(inner).map(|c| (before, c)))
        .or_else(|| {
            // A credit in square brackets after its marker ("[Photo: Jane
            // Doe]", "[사진 = 부산항만공사 제공]"), or one with a label, a
            // slash or "via" closing a caption printed without its full
            // stop ("... back to the Moon [SpaceX via Nasa]", "... in
            // Afghanistan [File: Reuters]"). After a closed sentence it
            // is a note under the text ("... declined to comment. [photos
            // via AP]"); a bare outlet is a linked headline's source
            // ("... It's Complicated [Bloomberg]").
            trailing_square(s)
                .filter(|(before, inner)| {
                    opens_with_marker(inner)
                        || !before.is_empty()
                            && !before.ends_with(['.', '!', '?'])
                            && (inner.contains([':', '/']) || inner.contains(" via "))
                })
                .and_then(|(before, inner)| paren_credit(inner).map(|c| (before, c)))
        })
        .or_else(|| marker_split(s))
        .or_else(|| bare_split(s));
    let Some((mut text, mut credit)) = found else {
        return Tail {
            text: s,
            credit: None,
            label,
        };
    };
    // A label before the credit in its bracket ("(File: Reuters)", "[File
    // photo: AP]"): the label is the caption's, the rest the credit.
    if label.is_none()
        && let Some((l, c)) = credit.split_once(": ")
        && is_sentence_label(l)
        && !c.trim().is_empty()
    {
        label = s.rfind(l).and_then(|i| s.get(i..i + l.len()));
        credit = c.trim().to_string();
    }
    if label.is_none() {
        if let Some((before, inner)) = trailing_paren(text) {
            if is_trailing_label(inner) {
                label = Some(inner);
                text = before;
            }
        }
    }
    // A label after the caption's last sentence ("... in Mumbai. File").
    if label.is_none() {
        if let Some((before, last)) = text.trim_end().rsplit_once(". ") {
            if is_sentence_label(last) {
                label = Some(last);
                text = text.get(..before.len() + 1).unwrap_or(text);
            }
        }
    }
    Tail {
        text,
        credit: Some(credit),
        label,
    }
}

/// Drops link junk printed after a credit ("Purchase Licensing Rights, opens new tab").
pub(super) fn strip_junk(mut s: &str) -> &str {
    const JUNK: &[&str] = &[
        "purchase licensing rights, opens new tab",
        "purchase licensing rights",
        ", opens new tab",
        "opens new tab",
        "enlarge this image",
        "toggle caption",
        "hide caption",
    ];
    for _ in 0..3 {
        let before = s;
        for junk in JUNK {
            let cut = s.len().saturating_sub(junk.len());
            if let Some((head, tail)) = s.split_at_checked(cut) {
                if tail.eq_ignore_ascii_case(junk) {
                    s = head.trim_end();
                }
            }
        }
        if s.len() == before.len() {
            break;
        }
    }
    s
}

/// The window of `s` a trailing credit is looked for in: its last bytes.
fn tail_window(s: &str) -> (usize, &str) {
    let mut cut = s.len().saturating_sub(TAIL_BYTES);
    while cut < s.len() && !s.is_char_boundary(cut) {
        cut += 1;
    }
    (cut, s.get(cut..).unwrap_or(""))
}

/// True when `inner` opens with one of the credit markers ("사진 =",
/// "Photo:"), ignoring ASCII case.
fn opens_with_marker(inner: &str) -> bool {
    let inner = inner.trim_start();
    markers_opening(inner)
        .iter()
        .any(|m| strip_prefix_ci(inner, m).is_some())
}

/// `s` ending in a label after a bar or a dash ("... legacy —File", "... in
/// Dar es Salaam. | File"): the text before the mark and the label's words
/// (which the caller checks).
fn separated_label(s: &str) -> Option<(&str, &str)> {
    // The last word of every label opens with one of these letters
    // ("File", "file photo", "imagen de archivo", "Symbolbild"; a test
    // checks): most captions end with another word, told before a search.
    let last = s.rsplit(char::is_whitespace).next()?;
    let label_end = last
        .trim_start_matches(['|', '—', '–'])
        .bytes()
        .next()
        .is_some_and(|b| LABEL_LAST_INITIALS.contains(&b));
    if !label_end {
        return None;
    }
    let (before, after) = s.rsplit_once(['|', '—', '–'])?;
    let (before, after) = (before.trim_end(), after.trim());
    (!before.is_empty() && after.len() <= 24).then_some((before, after))
}

/// The first letters of the last words of the caption labels.
const LABEL_LAST_INITIALS: &[u8] = b"safipdSAFIPD";

/// `s` ending in one bracket group "(...)" or "（...）" (optionally
/// followed by "."):
/// the text before it and its contents. Nested brackets are no credit.
pub(super) fn trailing_paren(s: &str) -> Option<(&str, &str)> {
    let s = s.trim_end();
    let s = s.strip_suffix('.').map_or(s, str::trim_end);
    // Full-width brackets in Chinese and Japanese ("（記者林冠廷攝）").
    let (body, open_char, close_char) = match s.strip_suffix(')') {
        Some(b) => (b, '(', ')'),
        None => (s.strip_suffix('）')?, '（', '）'),
    };
    bracket_at_end(body, open_char, close_char)
}

/// `s` ending in one square bracket group "[...]" (optionally followed by
/// "."), as Korean captions print their credit ("[사진 = 부산항만공사
/// 제공]"): the text before it and its contents.
pub(super) fn trailing_square(s: &str) -> Option<(&str, &str)> {
    let s = s.trim_end();
    let s = s.strip_suffix('.').map_or(s, str::trim_end);
    bracket_at_end(s.strip_suffix(']')?, '[', ']')
}

/// The group opened by `open_char` that `body` (its closing bracket cut
/// off) ends with, within a credit's length: the text before it and its
/// contents. Nested brackets are no credit.
fn bracket_at_end(body: &str, open_char: char, close_char: char) -> Option<(&str, &str)> {
    let (cut, tail) = tail_window(body);
    let limit = MAX_CREDIT_BYTES + 20;
    for (i, c) in tail.char_indices().rev() {
        if tail.len() - i > limit || c == close_char {
            return None;
        }
        if c == open_char {
            let open = cut + i;
            let (before, inner) = body.split_at_checked(open)?;
            return Some((before.trim_end(), inner.get(open_char.len_utf8()..)?));
        }
    }
    None
}

/// The earliest marker in the tail of `s` that is followed by a credit.
fn marker_split(s: &str) -> Option<(&str, String)> {
    let (cut, tail) = tail_window(s);
    // Every marker has ':', "by", "...", "…", "©", "copyright", "courtesy",
    // "mula sa", "kuha ni", "picha na", "foto oleh", "fot.", "foto di", "source,",
    // "- foto ", "写真：", "撮影：", "사진" or a photo word before a bar:
    // skip lines with none (a test checks).
    if !has_colon_ellipsis_or_copyright(tail.as_bytes()) && !has_gate_string(tail) {
        return None;
    }
    let lower = tail.to_ascii_lowercase();
    let last = last_starts(lower.as_bytes());
    let mut best: Option<(usize, String)> = None;
    for ((marker, glued), found) in CREDIT_MARKERS.iter().zip(last) {
        let Some(pos) = found else {
            continue;
        };
        let at = cut + pos;
        if best.as_ref().is_some_and(|(b, _)| *b <= at) {
            continue;
        }
        let (before, after) = s.split_at_checked(at)?;
        let prev = before.chars().next_back();
        let ok_before = match prev {
            None => true,
            Some(c) if *glued => is_boundary_before(c) || c.is_alphanumeric(),
            Some(c) => c.is_whitespace() || c == '|' || c == '—',
        };
        let body = after.get(marker.len()..).unwrap_or("");
        if !ok_before || (needs_space_after(marker) && !body.starts_with(char::is_whitespace)) {
            continue;
        }
        if let Some(credit) = marker_credit(marker, body) {
            best = Some((at, credit));
        }
    }
    let (at, credit) = best?;
    let before = s.get(..at)?.trim_end();
    let before = before.trim_end_matches(['|', '—', '–']).trim_end();
    Some((before, credit))
}

/// The strings of [`marker_split`]'s gate besides ':', '…' and '©'.
const GATE_STRINGS: [&str; 27] = [
    "...",
    " by",
    " By",
    "opyright",
    "OPYRIGHT",
    "ourtesy",
    "mula sa",
    "uha ni",
    "icha na",
    "oto oleh",
    "ot. ",
    // Italian "Foto di NAME".
    "oto di ",
    "ource,",
    "- foto ",
    "- Foto ",
    "- FOTO ",
    "写真：",
    "撮影：",
    // The Armenian comma, the Ethiopic colon-dash and word space
    // ("Լուսանկարը՝", "ፎቶ፦", "ፎቶ፡").
    "՝",
    "፦",
    "፡",
    // A photo word before a bar ("PICHA | NAME", "Photo | File").
    "oto |",
    "OTO |",
    "icha |",
    "ICHA |",
    // Korean "photo =" ("사진 = ...", "사진=...").
    "사진",
    // Burmese "photo -".
    "ဓာတ်ပုံ -",
];

/// True when `tail` holds one of [`GATE_STRINGS`], looked for in one pass
/// of an automaton built once.
fn has_gate_string(tail: &str) -> bool {
    static AC: std::sync::OnceLock<Option<aho_corasick::AhoCorasick>> = std::sync::OnceLock::new();
    // (The fixed list builds; should it ever fail, each string is looked for.)
    match AC.get_or_init(|| aho_corasick::AhoCorasick::new(GATE_STRINGS).ok()) {
        Some(ac) => ac.is_match(tail),
        None => GATE_STRINGS.iter().any(|g| tail.contains(g)),
    }
}

/// `s.contains([':', '…', '©'])` of the bytes of a `str`, read many bytes at
/// a time: a ':', or the lead byte of '…' (E2 80 A6) or '©' (C2 A9) with
/// the rest of its bytes after it.
fn has_colon_ellipsis_or_copyright(b: &[u8]) -> bool {
    memchr::memchr3_iter(b':', 0xE2, 0xC2, b).any(|i| {
        matches!(
            b.get(i..),
            Some([b':', ..] | [0xE2, 0x80, 0xA6, ..] | [0xC2, 0xA9, ..])
        )
    })
}

/// A credit without marker after the last sentences of `s` ("... 2025. REUTERS/Name").
fn bare_split(s: &str) -> Option<(&str, String)> {
    let (cut, tail) = tail_window(s);
    let mut starts: Vec<usize> = Vec::new();
    let mut after_end = false;
    for (i, c) in tail.char_indices() {
        if matches!(c, '.' | '!' | '?') {
            after_end = true;
        } else if after_end && matches!(c, '"' | '”' | '’' | '\'') {
            continue;
        } else if after_end && c.is_whitespace() {
            starts.push(cut + i);
            after_end = false;
        } else {
            after_end = false;
        }
    }
    for &at in starts.iter().rev() {
        let (before, after) = s.split_at_checked(at)?;
        if is_bare_credit(strip_editor_initials(after.trim_end_matches('.')), true) {
            return Some((before.trim_end(), clean_credit(after)));
        }
        // A middle dot, a bar or a slash between the last sentence (closed
        // by a full stop: a headline closed by "?" or "!" before its
        // site's name is no caption) and the credit, a person's name alone
        // too ("... por dia. · Inês Moura", "... a Cádiz. / Julio González").
        let marked = before
            .trim_end()
            .ends_with('.')
            .then(|| after.trim_start().strip_prefix(['·', '|', '/']))
            .flatten()
            .map(str::trim_start);
        if let Some(c) =
            marked.filter(|c| is_bare_credit(c, true) || crate::grammar::byline::is_person_name(c))
        {
            return Some((before.trim_end(), clean_credit(c)));
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paren_at_end() {
        assert_eq!(trailing_paren("Text. (AP)"), Some(("Text.", "AP")));
        assert_eq!(trailing_paren("Text. (a (b) c)"), None);
        assert_eq!(trailing_paren("Text."), None);
    }

    #[test]
    fn the_byte_search_finds_what_the_char_search_finds() {
        let pieces = [
            ":", "…", "©", "a", " ", "é", "—", "“", "”", "\u{a9}x", "\u{2026}", "\u{2025}",
            "\u{c2}", "\u{a0}", "\u{fffd}", "東京", "Фото", "", "\u{2000}", "\u{e2}",
        ];
        let mut texts = crate::testgen::Texts::new(&pieces, 0xc0_ffee);
        for n in 0..20_000 {
            let t = texts.text(n % 11);
            assert_eq!(
                has_colon_ellipsis_or_copyright(t.as_bytes()),
                t.contains([':', '…', '©']),
                "{t:?}"
            );
        }
    }

    #[test]
    fn the_gate_automaton_finds_what_the_string_searches_find() {
        let mut pieces = GATE_STRINGS.to_vec();
        pieces.extend([
            ".",
            "..",
            " ",
            "b",
            "y",
            "B",
            "Copyright",
            "courtesy",
            "oleh",
            "é",
            "\u{fffd}",
            "",
            "Фото",
            "ot.",
            "source",
            ",",
        ]);
        let mut texts = crate::testgen::Texts::new(&pieces, 0x9a7e_5eed);
        let mut found = 0;
        for n in 0..20_000 {
            let t = texts.text(n % 7);
            let want = GATE_STRINGS.iter().any(|g| t.contains(g));
            found += usize::from(want);
            assert_eq!(has_gate_string(&t), want, "{t:?}");
        }
        assert!(found > 1000, "{found}");
    }

    #[test]
    fn the_label_gate_admits_every_label() {
        for label in super::super::label::TRAILING_LABELS
            .iter()
            .chain(&["File", "FILE"])
        {
            let line = format!("Crews work on the bridge. | {label}");
            assert_eq!(
                separated_label(&line).map(|(_, l)| l),
                Some(*label),
                "{line}"
            );
        }
    }

    #[test]
    fn the_marker_gate_admits_every_marker() {
        // `marker_split` skips a tail without one of the gate's strings:
        // each marker must still split a caption after its text.
        for (marker, glued) in CREDIT_MARKERS {
            let sep = if *glued { "" } else { " " };
            let line = format!("Crews work on the bridge.{sep}{marker} Jane Doe/AFP");
            assert!(marker_split(&line).is_some(), "{line}");
        }
    }
}

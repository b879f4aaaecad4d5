//! Lines printed again: the same headline with a site name glued on, and a
//! line whose words run on inside a longer one.

use super::Item;
use crate::rules::kind::Kind;

/// True when the norm of `it` ([`Item::norm`]) is shorter than `n` bytes,
/// told without computing it when the line is ASCII and shorter: each byte
/// of such a norm is a letter or digit of the line, or a space standing
/// for at least one other byte of it. (False when that does not tell.)
pub(super) fn norm_shorter_than(it: &Item<'_>, n: usize) -> bool {
    it.text.len() < n && it.text.is_ascii()
}

/// Is `other` the same headline as `it`, possibly with a site name glued on
/// ("Headline | Site", "Section|Headline")?
pub(super) fn same_headline(it: &Item<'_>, other: &Item<'_>) -> bool {
    let a = it.norm();
    if a.is_empty() || norm_shorter_than(other, a.len()) {
        return false;
    }
    let b = other.norm();
    if b == a {
        return true;
    }
    b.len() > a.len()
        && b.len() < a.len() + 40
        && (b.starts_with(a) || b.ends_with(a))
        && other.text.contains(['|', '-', '–', '—', ':', '·'])
}

/// Tokens of a normalised line appear as a contiguous run inside another:
/// the searcher for the small line is built once and tried on many lines.
/// The searcher is built on first use.
pub(super) struct Echo<'a> {
    small: &'a str,
    /// Where in `small` the search anchors (see [`Echo::few_starts`]),
    /// found on first use.
    anchor: std::cell::OnceCell<usize>,
    finder: std::cell::OnceCell<memchr::memmem::Finder<'a>>,
}

/// How common a byte is in normalised text (lower-case letters and digits
/// between single spaces), from English letter frequencies.
fn rarity(b: u8) -> u8 {
    match b {
        b' ' => 30,
        b'e' => 29,
        b't' => 28,
        b'a' => 27,
        b'o' => 26,
        b'i' => 25,
        b'n' => 24,
        b's' => 23,
        b'h' => 22,
        b'r' => 21,
        // Lead bytes of characters outside ASCII: the same few for a script.
        0xC0..=0xFF => 20,
        b'd' | b'l' => 19,
        b'c' | b'u' | b'm' => 17,
        b'w' | b'f' | b'g' | b'y' | b'p' => 14,
        b'b' | b'v' => 10,
        b'k' => 8,
        b'0'..=b'9' => 6,
        b'j' | b'x' | b'q' | b'z' => 4,
        _ => 12,
    }
}

/// How many leading bytes of the text looked for [`Echo`] weighs to pick
/// the byte its search jumps to.
const ANCHOR_WINDOW: usize = 16;

impl<'a> Echo<'a> {
    pub(super) fn new(small: &'a str) -> Self {
        Echo {
            small,
            anchor: std::cell::OnceCell::new(),
            finder: std::cell::OnceCell::new(),
        }
    }

    /// `small` appears inside the longer `big` (as `big.contains(small)`),
    /// and is at least 12 bytes long.
    pub(super) fn in_(&self, big: &str) -> bool {
        if self.small.len() < 12 || big.len() <= self.small.len() {
            return false;
        }
        if self.finder.get().is_none()
            && let Some(found) = self.few_starts(big.as_bytes())
        {
            return found;
        }
        self.finder
            .get_or_init(|| memchr::memmem::Finder::new(self.small.as_bytes()))
            .find(big.as_bytes())
            .is_some()
    }

    /// The search without building the searcher (which costs more than a few
    /// comparisons): the places where the rarest of the first bytes of
    /// `small` occurs (see [`rarity`]; at its offset `k` in `small`, so that
    /// `small` would start `k` bytes before and end inside `big`) are
    /// compared with it, up to 8 of them; `None` when there are more. Every
    /// place where `small` starts is one of them, whichever byte is picked;
    /// a rare one gives fewer places to compare.
    fn few_starts(&self, big: &[u8]) -> Option<bool> {
        let small = self.small.as_bytes();
        let k = *self.anchor.get_or_init(|| {
            small
                .iter()
                .take(ANCHOR_WINDOW)
                .enumerate()
                .min_by_key(|&(_, &b)| rarity(b))
                .map_or(0, |(k, _)| k)
        });
        let (&a, &b0) = (small.get(k)?, small.first()?);
        let last_start = big.len().checked_sub(small.len())?;
        let mut tries = 0usize;
        // `p` is where `small` would start: the picked byte is at `p + k`.
        for p in memchr::memchr_iter(a, big.get(k..=last_start + k)?) {
            if big.get(p) != Some(&b0) {
                continue;
            }
            tries += 1;
            if tries > 8 {
                return None;
            }
            if big.get(p..).is_some_and(|r| r.starts_with(small)) {
                return Some(true);
            }
        }
        Some(false)
    }
}

pub(super) fn echo_later(items: &[Item<'_>], j: usize) -> bool {
    let Some(it) = items.get(j) else { return false };
    if it.shape().words < 5 || it.norm().len() < 12 {
        return false;
    }
    let echo = Echo::new(it.norm());
    items.iter().skip(j + 1).take(60).any(|o| {
        matches!(o.kind, Kind::Text)
            && !norm_shorter_than(o, it.norm().len() + 1)
            && echo.in_(o.norm())
            // "Share this: Headline" or "Headline | Site" prints the line
            // again with a label; that is not the text repeating it.
            && !((o.norm().starts_with(it.norm()) || o.norm().ends_with(it.norm()))
                && o.shape().words <= it.shape().words + 6)
    })
}

//! Text helpers shared by the extraction stages.

/// Lower-case alphanumeric runs joined by single spaces: the form used to
/// compare lines for repetition and echo, whatever their punctuation or quotes.
pub(crate) fn norm_tokens(t: &str) -> String {
    let mut out = String::with_capacity(t.len());
    norm_tokens_into(t, &mut out);
    out
}

/// Appends [`norm_tokens`] of `t` to `out`.
pub(crate) fn norm_tokens_into(t: &str, out: &mut String) {
    let start = out.len();
    let mut gap = false;
    let mut rest = t;
    while !rest.is_empty() {
        // A run of ASCII bytes at a time: the same tests, without the Unicode tables.
        let ascii = rest.bytes().take_while(u8::is_ascii).count();
        let (head, tail) = rest.split_at_checked(ascii).unwrap_or((rest, ""));
        for b in head.bytes() {
            if b.is_ascii_alphanumeric() {
                if gap && out.len() > start {
                    out.push(' ');
                }
                gap = false;
                out.push(char::from(b.to_ascii_lowercase()));
            } else {
                gap = true;
            }
        }
        let mut chars = tail.chars();
        if let Some(c) = chars.next() {
            if c.is_alphanumeric() {
                if gap && out.len() > start {
                    out.push(' ');
                }
                gap = false;
                out.extend(c.to_lowercase());
            } else {
                gap = true;
            }
        }
        rest = chars.as_str();
    }
}

/// Truncates `s` to at most `max` bytes on a char boundary, adding "…" when cut.
pub(crate) fn preview(s: &str, max: usize) -> String {
    if s.len() <= max {
        return s.to_string();
    }
    let cut = super::lines::floor_char_boundary(s, max);
    let mut out = s.get(..cut).unwrap_or("").to_string();
    out.push('…');
    out
}

/// Link cards a scrape glued into a paragraph: a linked name printed twice
/// with nothing between ("Jane DoeJane Doe"), the card's own text (other
/// headlines), then an upper-case "MORE" link. Returns the paragraph with
/// each card cut down to the name printed once, and the cut text; `None`
/// when there is no card. Linear: each glue point is tried once, against
/// names of at most [`MAX_CARD_NAME`] bytes.
pub(crate) fn strip_link_cards(t: &str) -> Option<(String, Vec<String>)> {
    if !t.contains(" MORE") {
        return None;
    }
    let mut out = String::new();
    let mut cuts = Vec::new();
    let mut done = 0usize;
    let mut search = 0usize;
    while let Some(m) = t
        .get(search..)
        .and_then(|s| s.find(" MORE"))
        .map(|k| k + search)
    {
        let end = m + " MORE".len();
        // A card starts after the previous "MORE": each glue point is tried once.
        let from = search;
        search = end;
        // "MORE" as a word of its own.
        if t.get(end..)
            .is_some_and(|r| r.starts_with(char::is_alphanumeric))
        {
            continue;
        }
        let Some(g) = doubled_name_before(t, from, m) else {
            continue;
        };
        out.push_str(t.get(done..g).unwrap_or(""));
        cuts.push(t.get(g..end).unwrap_or("").to_string());
        done = end;
    }
    if cuts.is_empty() {
        return None;
    }
    out.push_str(t.get(done..).unwrap_or(""));
    Some((out, cuts))
}

/// Longest linked name a card repeats.
const MAX_CARD_NAME: usize = 60;

/// The first glue point `g` in `from..to` (a lower-case letter then an
/// upper-case one) where the name ending at `g` is printed again right after
/// it: `g` is where the card starts.
fn doubled_name_before(t: &str, from: usize, to: usize) -> Option<usize> {
    let seg = t.get(from..to)?;
    let mut prev: Option<char> = None;
    for (k, c) in seg.char_indices() {
        let glue = prev.is_some_and(char::is_lowercase) && c.is_uppercase();
        prev = Some(c);
        if !glue {
            continue;
        }
        let g = from + k;
        for len in 4..=MAX_CARD_NAME.min(g - from) {
            let (Some(name), Some(again)) = (t.get(g - len..g), t.get(g..g + len)) else {
                continue;
            };
            let starts_word = t
                .get(..g - len)
                .is_none_or(|b| b.is_empty() || b.ends_with(char::is_whitespace));
            if name == again && starts_word && name.starts_with(char::is_uppercase) {
                return Some(g);
            }
        }
    }
    None
}

//! Context-free classification of one line: what its text says it is, from
//! the field grammars, the lexicons and its shape.

use crate::grammar::byline::{self, Byline, Trailer};
use crate::grammar::caption::{self, CaptionParts};
use crate::grammar::date::{self, DateEntry, DateOptions, DateRole};
use crate::grammar::misc;
use crate::lexicon::{self, Boiler};
use crate::table::Needles;

/// What a line is on its own.
#[derive(Debug, Clone)]
pub(crate) enum Kind {
    /// Empty once cleaned (icon glyph, stray mark, invisible characters).
    Glyph,
    /// "-", "***", "* * *".
    Separator,
    /// A whole-line boilerplate phrase.
    Boiler(Boiler),
    /// "Tags: a, b".
    Tags,
    /// "Filed under: X" (the section).
    SectionPrefix(Box<Snippet>),
    /// Breadcrumb; the value is its last crumb.
    Breadcrumb(Box<Snippet>),
    /// "2 min read".
    ReadingTime(u32),
    /// Line made of dates.
    Date(Box<Dates>),
    /// Dates then a byline ("Posted on March 4, 2025 by Staff Writer").
    DateByline(Box<BylineDates>),
    /// A byline, possibly followed by dates.
    Byline(Box<BylineDates>),
    /// " date 2025-02-24 Headline": a date header carrying the headline
    /// (the dates, the headline; one box keeps the kind small).
    DateTitle(Box<(Box<[DateEntry]>, Box<str>)>),
    /// "Reporting by X; Editing by Y".
    Trailer(Box<Trailer>),
    /// A caption with a recognised credit or label.
    Caption(Box<CaptionParts>),
    /// A line that is only a photo credit.
    Credit(Box<Snippet>),
    /// "• item".
    Bullet(Box<Snippet>),
    /// "- Heading -".
    AfpHeading(Box<Snippet>),
    /// "Lesen Sie auch: X", "« Previous: X": the value is the other story's headline.
    InlineRelated(Box<Snippet>),
    /// Newsletter / subscription prompt sentence.
    Newsletter,
    /// Footer, copyright, standards notice.
    Footer,
    /// "3 thoughts on “...”": comments follow.
    CommentsHeader,
    /// Anything else: text judged by context.
    Text,
}

/// A text payload of a line's kind or assignment, behind a thin pointer
/// (`Box<Snippet>` is 8 bytes, `Box<str>` 16): the kinds and assignments of
/// every line stay at 16 bytes.
#[derive(Debug, Clone, Default)]
pub(crate) struct Snippet(Box<str>);

impl std::ops::Deref for Snippet {
    type Target = str;

    fn deref(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Display for Snippet {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl From<&str> for Box<Snippet> {
    fn from(s: &str) -> Self {
        Box::new(Snippet(s.into()))
    }
}

impl From<String> for Box<Snippet> {
    fn from(s: String) -> Self {
        Box::new(Snippet(s.into_boxed_str()))
    }
}

impl From<Box<Snippet>> for String {
    fn from(s: Box<Snippet>) -> Self {
        s.0.into_string()
    }
}

/// The dates of a date line, behind a thin pointer (see [`Snippet`]),
/// shared: a date line printed many times (a memoised line, see
/// `classify_lines`) clones a count, not its dates; they are copied only
/// when one copy is changed.
#[derive(Debug, Clone)]
pub(crate) struct Dates(std::rc::Rc<[DateEntry]>);

impl Default for Dates {
    fn default() -> Self {
        Dates(std::rc::Rc::from(Vec::new()))
    }
}

impl std::ops::Deref for Dates {
    type Target = [DateEntry];

    fn deref(&self) -> &[DateEntry] {
        &self.0
    }
}

impl std::ops::DerefMut for Dates {
    fn deref_mut(&mut self) -> &mut [DateEntry] {
        std::rc::Rc::make_mut(&mut self.0)
    }
}

impl From<Vec<DateEntry>> for Box<Dates> {
    fn from(d: Vec<DateEntry>) -> Self {
        Box::new(Dates(d.into()))
    }
}

impl From<Box<[DateEntry]>> for Box<Dates> {
    fn from(d: Box<[DateEntry]>) -> Self {
        Box::new(Dates(d.into()))
    }
}

/// A byline and the dates printed on its line, in one box (a line's kind
/// stays small).
#[derive(Debug, Clone, Default)]
pub(crate) struct BylineDates {
    pub by: Byline,
    pub dates: Box<[DateEntry]>,
}

impl BylineDates {
    pub fn new(by: Byline, dates: impl Into<Box<[DateEntry]>>) -> Box<Self> {
        Box::new(BylineDates {
            by,
            dates: dates.into(),
        })
    }
}

impl Kind {
    /// [`Kind::Byline`]: `by`, then `dates`.
    pub fn byline(by: Byline, dates: impl Into<Box<[DateEntry]>>) -> Kind {
        Kind::Byline(BylineDates::new(by, dates))
    }

    /// [`Kind::DateByline`]: `dates`, then `by`.
    pub fn date_byline(dates: impl Into<Box<[DateEntry]>>, by: Byline) -> Kind {
        Kind::DateByline(BylineDates::new(by, dates))
    }

    /// True for the kinds that belong to an article's header block.
    pub fn is_header_material(&self) -> bool {
        matches!(
            self,
            Kind::Separator
                | Kind::ReadingTime(_)
                | Kind::Date(_)
                | Kind::DateByline(..)
                | Kind::Byline(..)
                | Kind::Caption(_)
                | Kind::Credit(_)
                | Kind::Bullet(_)
                | Kind::Boiler(
                    Boiler::Share | Boiler::ShortUrl | Boiler::KeyPointsHeader | Boiler::Label
                )
        )
    }
}

/// Shape of a line's text.
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct Shape {
    pub words: usize,
    /// Ends with sentence punctuation (possibly inside closing quotes).
    pub terminal: bool,
    /// First letter is upper-case (or the line starts with a digit or quote).
    pub starts_upper: bool,
    /// Function words among the first 60 words (see [`crate::lexicon::is_stopword`]).
    pub stops: usize,
    /// Words ending with sentence punctuation (sentences inside the line).
    pub sentences: usize,
}

/// A [`Shape`] in 12 bytes, as every line's item keeps it: the counts
/// saturate at `u32::MAX` (`stops` at `u16::MAX`; it is at most 60).
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct PackedShape {
    words: u32,
    sentences: u32,
    stops: u16,
    terminal: bool,
    starts_upper: bool,
}

impl PackedShape {
    pub fn new(sh: &Shape) -> Self {
        PackedShape {
            words: u32::try_from(sh.words).unwrap_or(u32::MAX),
            sentences: u32::try_from(sh.sentences).unwrap_or(u32::MAX),
            stops: u16::try_from(sh.stops).unwrap_or(u16::MAX),
            terminal: sh.terminal,
            starts_upper: sh.starts_upper,
        }
    }

    pub fn get(self) -> Shape {
        Shape {
            words: self.words as usize,
            terminal: self.terminal,
            starts_upper: self.starts_upper,
            stops: usize::from(self.stops),
            sentences: self.sentences as usize,
        }
    }
}

/// The letters and digits of `w` (at most 16 bytes) lower-cased, as the
/// function-word test looks them up, and their number, when `w` holds only
/// ASCII and the curly quotes, dashes and ellipsis (U+2013, U+2014, U+2018,
/// U+2019, U+201C, U+201D, U+2026: no letters, so dropped); `None` for other
/// words, or longer ones.
fn stop_key_ascii(w: &str) -> Option<([u8; 16], usize)> {
    let b = w.as_bytes();
    let mut key = [0u8; 16];
    let mut n = 0usize;
    let mut i = 0usize;
    while let Some(&c) = b.get(i) {
        if c.is_ascii() {
            if c.is_ascii_alphanumeric() {
                *key.get_mut(n)? = c.to_ascii_lowercase();
                n += 1;
            }
            i += 1;
            continue;
        }
        match (c, b.get(i + 1), b.get(i + 2)) {
            (0xE2, Some(0x80), Some(0x93 | 0x94 | 0x98 | 0x99 | 0x9C | 0x9D | 0xA6)) => i += 3,
            _ => return None,
        }
    }
    Some((key, n))
}

/// Han, Hiragana and Katakana: scripts whose words are not separated by spaces.
fn is_unspaced_script(c: char) -> bool {
    matches!(c,
        '\u{3040}'..='\u{30FF}' // Hiragana, Katakana
        | '\u{3400}'..='\u{4DBF}' // CJK extension A
        | '\u{4E00}'..='\u{9FFF}' // CJK unified ideographs
        | '\u{F900}'..='\u{FAFF}' // compatibility ideographs
        | '\u{FF66}'..='\u{FF9F}' // half-width Katakana
    )
}

impl Shape {
    pub fn of(text: &str) -> Shape {
        let (words, stops, sentences) = if text.is_ascii() {
            Self::counts_ascii(text.as_bytes())
        } else {
            Self::counts(text)
        };
        Self::with_counts(text, words, stops, sentences)
    }

    /// Words, function words and sentence ends of ASCII text, in one pass
    /// over its bytes: what [`Shape::counts`] finds, without cutting the
    /// words out (a word's function-word key is gathered as it is read).
    fn counts_ascii(bytes: &[u8]) -> (usize, usize, usize) {
        let (mut words, mut stops, mut sentences) = (0usize, 0usize, 0usize);
        // The current word's length, last byte, and its letters and digits
        // lower-cased (the first 12 kept; `n` of them).
        let (mut len, mut last) = (0usize, 0u8);
        let mut key = [0u8; 16];
        let mut n = 0usize;
        let mut end_word = |len: usize, last: u8, key: &mut [u8; 16], n: usize| {
            words += 1;
            if matches!(last, b'.' | b'!' | b'?') {
                sentences += 1;
            }
            if words <= 60 && len <= 12 {
                stops += usize::from(lexicon::is_stopword_packed(
                    crate::table::pack_bytes(*key, n),
                    n,
                ));
            }
            *key = [0u8; 16];
        };
        for &b in bytes {
            if matches!(b, b' ' | b'\t' | b'\n' | b'\x0B' | b'\x0C' | b'\r') {
                if len > 0 {
                    end_word(len, last, &mut key, n);
                    (len, n) = (0, 0);
                }
                continue;
            }
            len += 1;
            last = b;
            if b.is_ascii_alphanumeric() && len <= 12 {
                if let Some(slot) = key.get_mut(n) {
                    *slot = b.to_ascii_lowercase();
                    n += 1;
                }
            }
        }
        if len > 0 {
            end_word(len, last, &mut key, n);
        }
        (words, stops, sentences)
    }

    /// Words, function words (among the first 60 words) and sentence ends of `text`.
    fn counts(text: &str) -> (usize, usize, usize) {
        let mut words = 0usize;
        let mut stops = 0usize;
        let mut sentences = 0usize;
        let mut buf = String::with_capacity(16);
        for w in words_of(text) {
            words += 1;
            if w.ends_with(['.', '!', '?']) {
                sentences += 1;
            }
            // Scripts written without spaces (Chinese, Japanese): about two
            // characters make a word, and each full stop ends a sentence.
            if !w.is_ascii() {
                let (mut cjk, mut stops_cjk) = (0usize, 0usize);
                for c in w.chars() {
                    if is_unspaced_script(c) {
                        cjk += 1;
                    } else if matches!(c, '。' | '！' | '？') {
                        stops_cjk += 1;
                    }
                }
                if cjk >= 4 {
                    words += cjk / 2 - 1;
                    sentences += stops_cjk;
                }
            }
            if words <= 60 && w.len() <= 12 {
                if let Some((key, n)) = stop_key_ascii(w) {
                    stops += usize::from(lexicon::is_stopword_packed(
                        crate::table::pack_bytes(key, n),
                        n,
                    ));
                    continue;
                }
                buf.clear();
                buf.extend(
                    w.chars()
                        .filter(|c| c.is_alphanumeric())
                        .flat_map(char::to_lowercase),
                );
                if lexicon::is_stopword(&buf) {
                    stops += 1;
                }
            }
        }
        (words, stops, sentences)
    }

    /// The shape of `text` with its counts.
    fn with_counts(text: &str, words: usize, stops: usize, sentences: usize) -> Shape {
        let trimmed = text.trim_end_matches(|c: char| {
            matches!(
                c,
                '"' | '\'' | '”' | '’' | '»' | ')' | ']' | '“' | '」' | '』' | '）'
            )
        });
        let terminal = trimmed.ends_with(['.', '!', '?', '…', ':', ';', '。', '！', '？'])
            && !trimmed.ends_with("...")
            || trimmed.ends_with("?\"");
        let first_alpha = text.chars().find(|c| c.is_alphanumeric());
        let starts_upper =
            first_alpha.is_some_and(|c| c.is_uppercase() || c.is_numeric() || !c.is_lowercase());
        Shape {
            words,
            terminal,
            starts_upper,
            stops,
            sentences,
        }
    }

    /// Share of function words among the first 60 words.
    pub fn stop_ratio(&self) -> f32 {
        if self.words == 0 {
            0.0
        } else {
            self.stops as f32 / self.words.min(60) as f32
        }
    }

    /// Reads as running text: a sentence of some length.
    pub fn prose(&self) -> bool {
        (self.terminal && self.words >= 5) || self.words >= 24
    }

    /// Could be a headline: a few words, not a finished sentence, no handle or address.
    pub fn titleish(&self, text: &str) -> bool {
        (3..=30).contains(&self.words)
            && !text.contains('@')
            && !text.contains("://")
            && !text.ends_with('.')
            && !text.ends_with(',')
            && self.starts_upper
    }

    /// Could be a subheading.
    pub fn headingish(&self, text: &str) -> bool {
        (1..=16).contains(&self.words)
            && !text.ends_with(['.', ',', ';'])
            && self.starts_upper
            && text.chars().any(char::is_alphabetic)
    }
}

/// The words of `text`, as `split_whitespace` gives them, found byte by
/// byte (only non-ASCII characters are decoded).
fn words_of(text: &str) -> impl Iterator<Item = &str> {
    let bytes = text.as_bytes();
    let mut i = 0usize;
    std::iter::from_fn(move || {
        let mut start = None;
        while let Some(&b) = bytes.get(i) {
            let (space, len) = if b.is_ascii() {
                (
                    matches!(b, b' ' | b'\t' | b'\n' | b'\x0B' | b'\x0C' | b'\r'),
                    1,
                )
            } else {
                let c = text.get(i..).and_then(|s| s.chars().next());
                (
                    c.is_some_and(char::is_whitespace),
                    c.map_or(1, char::len_utf8),
                )
            };
            match (space, start) {
                (true, Some(s)) => {
                    let w = text.get(s..i);
                    i += len;
                    return w;
                }
                (false, None) => start = Some(i),
                _ => {}
            }
            i += len;
        }
        start.and_then(|s| text.get(s..))
    })
}

fn is_separator(t: &str) -> bool {
    t.chars().count() <= 12
        && t.chars().all(|c| {
            matches!(
                c,
                '-' | '–' | '—' | '*' | '_' | '=' | '~' | '#' | '•' | '·' | '|' | '/' | ' '
            )
        })
}

/// `t` without the first of `prefixes` it starts with (case-insensitively);
/// `lower_head` is the lower-cased start of `t` (same byte lengths for the
/// prefixes, which are ASCII or lower-case already).
fn strip_prefix_ci<'a>(t: &'a str, lower_head: &str, prefixes: &[&str]) -> Option<&'a str> {
    let first = lower_head.as_bytes().first();
    for p in prefixes {
        // The first byte rules most prefixes out before the comparison.
        if first == p.as_bytes().first() && lower_head.starts_with(p) && t.is_char_boundary(p.len())
        {
            return t.get(p.len()..).map(str::trim);
        }
    }
    None
}

/// Cheap tests that rule grammars out before they run (most page lines are
/// short menu entries or plain sentences that no field grammar matches).
struct Hints {
    digit: bool,
    /// A relative-date word in the head (only looked for without a digit).
    relative: bool,
    separator: bool,
    caption_mark: bool,
    byline_start: bool,
}

impl Hints {
    fn of(t: &str, head: &str) -> Hints {
        let marks = Marks::of(t);
        let digit = marks.digit;
        static RELATIVE: Needles = Needles::new(&[
            "ago",
            "yesterday",
            "today",
            "gestern",
            "heute",
            "hier",
            "ayer",
            "hoy",
            "ieri",
            "oggi",
            "назад",
            "вчера",
            "сегодня",
            "учора",
            "сьогодні",
            "il y a",
            "vor ",
            "hace",
            "just now",
            "gisteren",
            "ontem",
            "hoje",
        ]);
        // Only read without a digit (see `date`).
        let relative = !digit && RELATIVE.found_in(head);
        let separator = marks.separator;
        static CAPTION_WORDS: Needles = Needles::new(&[
            "photo",
            "file",
            "image",
            "foto",
            "bild",
            "illustrat",
            "archiv",
            "symbol",
            "pictured",
            "picture",
        ]);
        let caption_mark = marks.caption
            || {
                let last = t.rsplit(char::is_whitespace).next().unwrap_or("");
                crate::grammar::agency::canonical_agency(
                    last.trim_matches(|c: char| !c.is_alphanumeric()),
                )
                .is_some()
                    || t.ends_with("Images")
            }
            || CAPTION_WORDS.found_in(head);
        let first = head
            .split_whitespace()
            .next()
            .unwrap_or("")
            .trim_end_matches(':');
        let byline_start = matches!(
            first,
            "by" | "von"
                | "par"
                | "por"
                | "di"
                | "door"
                | "av"
                | "af"
                | "written"
                | "words"
                | "story"
                | "reported"
                | "reporting"
                | "from"
                | "text"
                | "texte"
                | "texto"
                | "autor"
                | "автор"
                | "авторы"
                | "additional"
                | "compiled"
                | "contributing"
                | "with"
                | "editing"
                | "posted"
        );
        Hints {
            digit,
            relative,
            separator,
            caption_mark,
            byline_start,
        }
    }

    /// A date phrase needs a digit or a relative word.
    fn date(&self) -> bool {
        self.digit || self.relative
    }

    /// A byline needs a marker, a separator, or to be a desk or agency name.
    fn byline(&self, t: &str) -> bool {
        self.byline_start
            || self.separator
            || crate::grammar::agency::is_organisation_credit(t)
            || byline::has_glued_word(t)
    }
}

/// The characters [`Hints`] looks for, found in one pass over the bytes.
#[derive(Debug, PartialEq)]
struct Marks {
    /// An ASCII digit.
    digit: bool,
    /// One of `|` `·` `•` `,` `@` `/` `—` `–`, or " - ".
    separator: bool,
    /// One of `(` `:` `©` `/` `…` `[`, or "...".
    caption: bool,
}

impl Marks {
    fn of(t: &str) -> Marks {
        let b = t.as_bytes();
        let mut m = Marks {
            digit: false,
            separator: false,
            caption: false,
        };
        // In UTF-8 the bytes of a character never occur inside another
        // character: "·" is C2 B7, "©" C2 A9, "•" E2 80 A2, "—" E2 80 94,
        // "–" E2 80 93, "…" E2 80 A6 wherever they are found.
        for (i, &c) in b.iter().enumerate() {
            let next = |k: usize| b.get(i + k).copied();
            match c {
                b'0'..=b'9' => m.digit = true,
                b'|' | b',' | b'@' => m.separator = true,
                b'/' => (m.separator, m.caption) = (true, true),
                b'(' | b':' | b'[' => m.caption = true,
                b'-' => {
                    m.separator |= i > 0 && b.get(i - 1) == Some(&b' ') && next(1) == Some(b' ')
                }
                b'.' => m.caption |= next(1) == Some(b'.') && next(2) == Some(b'.'),
                0xC2 => match next(1) {
                    Some(0xB7) => m.separator = true,
                    Some(0xA9) => m.caption = true,
                    _ => {}
                },
                0xE2 if next(1) == Some(0x80) => match next(2) {
                    Some(0xA2 | 0x93 | 0x94) => m.separator = true,
                    Some(0xA6) => m.caption = true,
                    _ => {}
                },
                _ => {}
            }
        }
        m
    }
}

/// Lower-cased first 48 characters of `t`, for prefix lookups (`classify`
/// lower-cases the first 48 bytes on the stack when they are ASCII: the
/// same characters).
fn lower_head(t: &str) -> String {
    t.chars().take(48).flat_map(char::to_lowercase).collect()
}

/// A short line of `|`/`·`-separated parts where one part is a date line and
/// the others are a byline or at most one unrecognised part (a place or an
/// outlet): "New Delhi, Outlet Bureau | Updated : 19 November 2019, 09:01 AM".
fn segmented_meta(t: &str, dopts: &DateOptions) -> Option<Kind> {
    if t.len() > 300 || !t.contains(['|', '·', '•']) {
        return None;
    }
    let mut dates = Vec::new();
    let mut by: Option<Byline> = None;
    let mut other = 0usize;
    for seg in t
        .split(['|', '·', '•'])
        .map(str::trim)
        .filter(|s| !s.is_empty())
    {
        match date::parse_date_line(seg, dopts) {
            Ok(p) if p.rest.trim().is_empty() => {
                dates.extend(p.value);
                continue;
            }
            _ => {}
        }
        match byline::parse_byline(seg) {
            Ok(b) if b.rest.trim().is_empty() && by.is_none() => by = Some(b.value),
            _ => other += 1,
        }
    }
    if dates.is_empty() || other > 1 {
        return None;
    }
    Some(match by {
        Some(b) => Kind::byline(b, dates),
        None => Kind::Date(dates.into()),
    })
}

/// A date phrase anywhere in a short line that is not a sentence.
fn loose_date(t: &str, dopts: &DateOptions) -> Option<DateEntry> {
    let sh = Shape::of(t);
    if sh.words > 16 || (sh.terminal && sh.words > 8) {
        return None;
    }
    let p = date::find_date(t, dopts)?;
    let raw = p.span.slice(t).unwrap_or("").to_string();
    let before = t.get(..p.span.start).unwrap_or("").to_lowercase();
    let role = if before.contains("updated")
        || before.contains("aktualisiert")
        || before.contains("modified")
    {
        DateRole::Updated
    } else {
        DateRole::Unlabelled
    };
    Some(DateEntry {
        role,
        date: p.value,
        raw,
    })
}

/// "Jane Doe 27/09/2018 ...", "Agency November 19, 2019, 9:02 AM": a name or
/// credit followed by a date, on a short line.
fn name_then_date(t: &str, dopts: &DateOptions) -> Option<Kind> {
    if t.len() > 200 {
        return None;
    }
    let d = date::find_date(t, dopts)?;
    let head = t
        .get(..d.span.start)?
        .trim()
        .trim_end_matches(['-', '|', '·', ',', '/', '—', '–'])
        .trim();
    let tail_words = t
        .get(d.span.end..)
        .map(|s| s.split_whitespace().count())
        .unwrap_or(0);
    if head.is_empty() || tail_words > 8 {
        return None;
    }
    let raw = d.span.slice(t).unwrap_or("").to_string();
    let entry = DateEntry {
        role: DateRole::Unlabelled,
        date: d.value,
        raw,
    };
    let mut by = Byline::default();
    if byline::is_person_name(head) {
        by.authors.push(head.to_string());
    } else if crate::grammar::agency::is_organisation_credit(head) {
        by.credits.push(head.to_string());
    } else if head.split_whitespace().count() > 3 || head.contains(['.', '!', '?']) {
        return None;
    }
    Some(Kind::byline(by, [entry]))
}

/// Bylines printed without "By": "Jane Doe @handle / 2 days",
/// "Jane Doe, Outlet Name", "Jane Doe Senior Contributor", "Jane Doe Valley Today".
fn loose_byline(t: &str, dopts: &DateOptions) -> Option<Kind> {
    if t.len() > 120 || t.split_whitespace().count() > 10 {
        return None;
    }
    let mut by = Byline::default();
    let mut rest = "";
    if let Some((head, tail)) = t.split_once('@') {
        // A handle has no space after "@" ("Name @ Place" is not a byline).
        if tail.starts_with(char::is_whitespace) {
            return None;
        }
        let head = head.trim();
        let head = head
            .strip_prefix("By ")
            .or_else(|| head.strip_prefix("by "))
            .unwrap_or(head)
            .trim();
        if !byline::is_person_name(head) {
            return None;
        }
        by.authors.push(head.to_string());
        // Drop the handle itself.
        rest = tail
            .split_once(char::is_whitespace)
            .map(|(_, r)| r)
            .unwrap_or("");
    } else if let Some((head, tail)) = t.split_once(',') {
        let (head, tail) = (head.trim(), tail.trim());
        // The cheap tests of the tail first, then the name.
        if tail.is_empty()
            || tail.chars().any(|c| c.is_ascii_digit())
            || tail.split_whitespace().count() > 4
            || !tail.starts_with(char::is_uppercase)
            || !byline::is_person_name(head)
        {
            return None;
        }
        by.authors.push(head.to_string());
        if byline::is_role(tail) {
            by.role = Some(tail.to_string());
        } else {
            by.credits.push(tail.to_string());
        }
    } else {
        // A name followed by a job title or an outlet.
        by = byline::parse_name_and_title(t).ok()?.value;
    }
    let dates: Vec<DateEntry> = loose_date(rest, dopts).into_iter().collect();
    Some(Kind::byline(by, dates))
}

/// Classifies one cleaned, trimmed, non-empty line.
pub(crate) fn classify(t: &str, sh: &Shape, dopts: &DateOptions) -> Kind {
    if t.is_empty() {
        return Kind::Glyph;
    }
    if !t.chars().any(char::is_alphanumeric) {
        return if is_separator(t) {
            Kind::Separator
        } else {
            Kind::Glyph
        };
    }
    if let Some(b) = lexicon::boiler(t) {
        return Kind::Boiler(b);
    }
    if t.len() > 400 {
        // Every grammar below runs on short lines only.
        return Kind::Text;
    }
    // Bylines, dates and credit lines are shorter still: the meta grammars run on those only.
    let meta = t.len() <= 250 && sh.words <= 30;
    // The lower-cased head, on the stack when its 48 bytes are ASCII.
    let mut head_buf = [0u8; 48];
    let head_owned;
    let head: &str = match t
        .as_bytes()
        .get(..48.min(t.len()))
        .and_then(|h| crate::table::lower_ascii_in(h, &mut head_buf))
    {
        Some(h) => h,
        None => {
            head_owned = lower_head(t);
            &head_owned
        }
    };
    let hints = Hints::of(t, head);
    if let Some(p) = hints
        .digit
        .then(|| misc::parse_reading_time(t).ok())
        .flatten()
    {
        return Kind::ReadingTime(p.value);
    }
    // An AFP heading opens with a dash and a list item with its bullet (see
    // the test `bullets_are_marks` in `grammar::misc`): a line opening with
    // a letter or digit is neither.
    let marked_start = t
        .trim_start()
        .chars()
        .next()
        .is_some_and(|c| !c.is_alphanumeric());
    if let Some(p) = marked_start
        .then(|| misc::parse_afp_heading(t).ok())
        .flatten()
    {
        return Kind::AfpHeading(p.value.into());
    }
    if let Some(p) = marked_start.then(|| misc::parse_bullet(t).ok()).flatten() {
        return Kind::Bullet(p.value.into());
    }
    // Every tag, section and related prefix ends with a colon (see the
    // test `label_prefixes_hold_a_colon`): a head without one starts with none.
    let labelled = head.as_bytes().contains(&b':');
    if labelled && strip_prefix_ci(t, head, lexicon::TAG_PREFIXES).is_some() {
        return Kind::Tags;
    }
    if let Some(rest) = labelled
        .then(|| strip_prefix_ci(t, head, lexicon::SECTION_PREFIXES))
        .flatten()
    {
        if !rest.is_empty() && rest.split_whitespace().count() <= 5 {
            return Kind::SectionPrefix(rest.into());
        }
    }
    if let Some(rest) = labelled
        .then(|| strip_prefix_ci(t, head, lexicon::RELATED_PREFIXES))
        .flatten()
    {
        let rest = rest.trim_end_matches(['»', '›', '>']).trim();
        if rest.split_whitespace().count() >= 2 {
            return Kind::InlineRelated(rest.into());
        }
    }
    if let Some(p) = (t.contains(['>', '›', '»', '/', '|', '→']) && !hints.byline_start)
        .then(|| misc::parse_breadcrumb(t).ok())
        .flatten()
    {
        if let Some(last) = p.value.last() {
            return Kind::Breadcrumb((*last).into());
        }
    }
    if !meta || !hints.date() {
        // Long lines, or no digit nor relative word: no date line.
    } else if let Ok(p) = date::parse_date_line(t, dopts) {
        let rest = p.rest.trim();
        if rest.is_empty() {
            return Kind::Date(p.value.into());
        }
        if let Ok(b) = byline::parse_byline_after_date(rest) {
            let after = b.rest.trim();
            if after.is_empty() || misc::parse_reading_time(after).is_ok() {
                return Kind::date_byline(p.value, b.value);
            }
        }
        // "13/06/2014 Tony Walsh All, Books", "…/0 Comments/in News /by admin"
        if let Ok(m) = byline::parse_meta_tail(rest) {
            return Kind::date_byline(p.value, m.value);
        }
        // A date line with a little page text after it ("..., UK", "/0 Comments/by admin").
        if sh.words <= 16
            && !(sh.terminal && sh.words > 10)
            && Shape::of(rest).words <= 8
            && !Shape::of(rest).titleish(rest)
        {
            return Kind::Date(p.value.into());
        }
        let label_date = t.get(..5).is_some_and(|h| h.eq_ignore_ascii_case("date "));
        if label_date && Shape::of(rest).titleish(rest) {
            return Kind::DateTitle(Box::new((p.value.into(), rest.into())));
        }
    }
    if let Some(k) = (meta && hints.date())
        .then(|| segmented_meta(t, dopts))
        .flatten()
    {
        return k;
    }
    if let Some(p) = (hints.byline_start || crate::table::has_sub(head, "by"))
        .then(|| byline::parse_trailer(t).ok())
        .flatten()
    {
        return Kind::Trailer(Box::new(p.value));
    }
    // A comment counter glued to the byline's end ("by Outlet 0 Comments").
    // (The count is a run of ASCII digits: none without a digit.)
    let by_line = hints
        .digit
        .then(|| lexicon::strip_trailing_count(t))
        .flatten()
        .unwrap_or(t);
    if let Some(p) = (meta && hints.byline(t))
        .then(|| byline::parse_byline(by_line).ok())
        .flatten()
    {
        let rest = p.rest.trim();
        if rest.is_empty() {
            return Kind::byline(p.value, []);
        }
        if let Ok(d) = date::parse_date_line(rest, dopts) {
            if d.rest.trim().is_empty() {
                return Kind::byline(p.value, d.value);
            }
        }
        // Names, then a date and a few page words ("By A - Contributor 2019-11-19T12:48Z Space").
        if let Some(d) = loose_date(rest, dopts) {
            return Kind::byline(p.value, [d]);
        }
        if rest.split_whitespace().count() <= 4 {
            return Kind::byline(p.value, []);
        }
    }
    if let Some(k) = (meta && hints.date())
        .then(|| name_then_date(t, dopts))
        .flatten()
    {
        return k;
    }
    if let Some(k) = meta.then(|| loose_byline(t, dopts)).flatten() {
        return k;
    }
    // Whether the line was found not to be a credit alone.
    let mut not_credit = false;
    if meta && hints.caption_mark {
        match caption::parse_credit_line(t) {
            Ok(p) => return Kind::Credit(p.value.into()),
            Err(e) => not_credit = e == caption::CaptionError::NoMatch,
        }
    }
    let caption = if not_credit {
        caption::parse_caption_not_credit
    } else {
        caption::parse_caption
    };
    if let Some(p) = hints.caption_mark.then(|| caption(t).ok()).flatten() {
        return Kind::Caption(Box::new(p.value));
    }
    // The marker lists are searched in the lower-cased line (on the stack:
    // the line has at most 400 bytes here).
    crate::table::with_lower_in::<400, _>(t, |lower| {
        // Each of the three marker lists is searched only when the line holds
        // one of their markers (one search for the three).
        let marked = lower.len() < 300 && lexicon::has_any_marker(lower);
        if marked && lexicon::has_comment_marker(lower) {
            return Kind::CommentsHeader;
        }
        if marked && lexicon::has_newsletter_marker(lower) {
            return Kind::Newsletter;
        }
        if lexicon::is_follow_prompt_lower(lower) {
            return Kind::Boiler(Boiler::Share);
        }
        // `is_cookie_notice(t)` on the lower-cased line (short: under its length limit).
        if lexicon::is_cookie_notice_lower(lower) {
            return Kind::Footer;
        }
        if marked && lower.len() < 200 && lexicon::has_footer_marker(lower) {
            return Kind::Footer;
        }
        Kind::Text
    })
}

#[cfg(test)]
mod tests {
    #[test]
    fn stop_keys_read_from_bytes_are_the_lower_cased_letters() {
        let pieces = [
            "a", "T", "he", "THE", "7", "'", "’", "‘", "“", "”", "–", "—", "…", ".", "-", "é", "É",
            "ß", "İ", "中", "\u{A0}",
        ];
        let mut texts = crate::testgen::Texts::new(&pieces, 0x9E37_79B9_7F4A_7C15);
        let mut fast = 0;
        for len in 0..5000 {
            let w = texts.text(len % 7);
            let slow: String = w
                .chars()
                .filter(|c| c.is_alphanumeric())
                .flat_map(char::to_lowercase)
                .collect();
            if let Some((key, n)) = super::stop_key_ascii(&w) {
                fast += 1;
                assert_eq!(key.get(..n), Some(slow.as_bytes()), "{w:?}");
            } else {
                assert!(w.bytes().any(|b| b >= 0x80) || w.len() > 16, "{w:?}");
            }
        }
        assert!(fast > 1000, "{fast}");
    }

    #[test]
    fn label_prefixes_hold_a_colon() {
        use crate::lexicon::{RELATED_PREFIXES, SECTION_PREFIXES, TAG_PREFIXES};
        for p in TAG_PREFIXES
            .iter()
            .chain(SECTION_PREFIXES)
            .chain(RELATED_PREFIXES)
        {
            assert!(p.contains(':') && p.len() <= 48, "{p:?}");
        }
    }

    #[test]
    fn marks_in_one_pass_match_the_searches() {
        let pieces = [
            " ", "a", "7", "|", "·", "•", ",", "@", "/", "—", "–", "-", " - ", "(", ":", "©", "…",
            "[", ".", "..", "...", "é", "\u{B7}", "\u{2022}", "\u{2026}", "\u{A9}", "€", "中",
        ];
        let mut texts = crate::testgen::Texts::new(&pieces, 0x2545_F491_4F6C_DD1D);
        for len in 0..6000 {
            let s = texts.text(len % 12);
            let want = super::Marks {
                digit: s.bytes().any(|b| b.is_ascii_digit()),
                separator: s.contains(['|', '·', '•', ',', '@', '/', '—', '–'])
                    || s.contains(" - "),
                caption: s.contains(['(', ':', '©', '/', '…', '[']) || s.contains("..."),
            };
            assert_eq!(super::Marks::of(&s), want, "{s:?}");
        }
    }

    #[test]
    fn ascii_counts_match_the_word_by_word_counts() {
        let pieces = [
            " ",
            "  ",
            "\t",
            "\n",
            "\x0B",
            "\x0C",
            "\r",
            "the",
            "The",
            "THE",
            "and",
            "of",
            "a",
            "x",
            "7",
            "2024",
            ".",
            "!",
            "?",
            ",",
            "'",
            "\"",
            "-",
            "(",
            ")",
            "\x1F",
            "\0",
            "in",
            "to",
            "der",
            "die",
            "le",
            "la",
            "el",
            "said",
            "abcdefghijkl",
            "Abcdefghijklm",
            "wasn't",
            "it's",
            "U.S.",
            "e-mail",
        ];
        let mut texts = crate::testgen::Texts::new(&pieces, 0x9E37_79B9_7F4A_7C15);
        for len in 0..4000 {
            let s = texts.text(len % 90);
            assert_eq!(
                super::Shape::counts_ascii(s.as_bytes()),
                super::Shape::counts(&s),
                "{s:?}"
            );
        }
    }

    #[test]
    fn words_like_split_whitespace() {
        for t in [
            "",
            " ",
            "a",
            " a  b\tc\u{B}d\u{C}e\r\nf ",
            "x\u{A0}y\u{2003}z\u{3000}w\u{85}v",
            "é ü\u{2028}中文 ",
            "\u{200B}zero width is no space",
        ] {
            let want: Vec<&str> = t.split_whitespace().collect();
            assert_eq!(super::words_of(t).collect::<Vec<_>>(), want, "{t:?}");
        }
    }
}

//! Cue classes: one multi-pattern automaton over the lexicon's phrases and the
//! grammars' keywords says which kinds of cue a line holds, and where.

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, AhoCorasickKind, MatchKind};
use std::sync::OnceLock;
use std::sync::atomic::{AtomicUsize, Ordering};

use crate::grammar::agency;
use crate::grammar::byline::words as bw;
use crate::lexicon;

/// A class of cue words; a line's cues are a bit set of these.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[repr(u8)]
#[non_exhaustive]
pub enum Cue {
    /// "Read more", "Related", "See also": a link to another story.
    Related,
    /// "Tags:", "Topics:".
    Tags,
    /// "Filed under", "Section:".
    Section,
    /// Newsletter, subscription and paywall prompts.
    Newsletter,
    /// Copyright lines and footers.
    Footer,
    /// Cookie and privacy notices.
    Cookie,
    /// Openers of a comment section and comment furniture ("Reply", "says:").
    Comment,
    /// A counter word ("comments", "shares", "views").
    Counter,
    /// Interface prefixes ("Follow", "About the author", "Updated").
    Interface,
    /// Social networks.
    Social,
    /// Month names.
    Month,
    /// Weekday names.
    Weekday,
    /// Clock and time-zone words ("am", "GMT", "ago", "updated", "published").
    Time,
    /// Byline openers and roles ("By", "Von", "reporter", "correspondent").
    Byline,
    /// Photo and credit words ("Photo", "Getty", "©", "Image").
    Photo,
    /// News agencies and desks.
    Agency,
    /// Reading time ("min read").
    ReadTime,
    /// Site navigation words ("Home", "Menu", "Search", "Sign in").
    Navigation,
    /// Live-blog and breaking-news words.
    Live,
}

/// Number of cue classes.
pub const CUE_CLASSES: usize = Cue::Live as usize + 1;

/// The cue classes found in a line: anywhere, and at its start.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Cues {
    /// Bit `c as u32` is set when a cue of class `c` occurs in the line.
    pub any: u32,
    /// Bit `c as u32` is set when the line opens with a cue of class `c`.
    pub start: u32,
}

impl Cues {
    /// True when the line holds a cue of class `c`.
    pub fn has(&self, c: Cue) -> bool {
        self.any & (1 << c as u32) != 0
    }

    /// True when the line opens with a cue of class `c`.
    pub fn opens_with(&self, c: Cue) -> bool {
        self.start & (1 << c as u32) != 0
    }
}

#[rustfmt::skip]
static RELATED: &[&str] = &[
    "read more", "related", "see also", "more from", "more on", "recommended", "most popular",
    "most read", "trending", "you may also like", "you might also like", "also read", "read also",
    "lesen sie auch", "mehr zum thema", "lire aussi", "à lire aussi", "leer más", "lee también",
    "leia mais", "leggi anche", "leia também", "veja também", "lees ook", "läs också",
    "czytaj też", "top stories", "latest news", "popular",
];
#[rustfmt::skip]
static COMMENT: &[&str] = &[
    "reply", "says:", "said:", "wrote:", "comments", "comment", "log in to reply", "leave a reply",
    "leave a comment", "report abuse", "permalink", "kommentar", "kommentare", "commentaires",
    "comentarios", "antworten", "répondre", "responder", "likes", "upvote",
];
#[rustfmt::skip]
static TIME: &[&str] = &[
    "am", "pm", "a.m.", "p.m.", "gmt", "utc", "bst", "cet", "cest", "edt", "est", "pst", "pdt",
    "ist", "ago", "updated", "published", "posted", "last modified", "aktualisiert",
    "veröffentlicht", "publié", "mis à jour", "publicado", "actualizado", "yesterday", "today",
    "hours", "minutes", "uhr",
];
#[rustfmt::skip]
static BYLINE: &[&str] = &[
    "by", "von", "par", "por", "di", "written by", "reporter", "correspondent", "editor",
    "contributor", "columnist", "author", "autor", "auteur", "staff writer", "reporting by",
    "editing by", "redaktion",
];
#[rustfmt::skip]
static PHOTO: &[&str] = &[
    "photo", "photos", "image", "images", "picture", "getty", "credit", "©", "(c)", "foto",
    "fotos", "bild", "file photo", "illustration", "video", "gallery", "caption", "shutterstock",
    "imago", "epa", "afp via",
];
#[rustfmt::skip]
static READ_TIME: &[&str] = &[
    "min read", "mins read", "minute read", "minutes read", "read time", "reading time",
    "min. lesezeit", "lesezeit", "min de lecture", "minutos de lectura",
];
#[rustfmt::skip]
static NAVIGATION: &[&str] = &[
    "home", "menu", "search", "sign in", "sign up", "log in", "login", "register", "subscribe",
    "skip to", "main menu", "navigation", "close", "open", "toggle", "back to top", "next",
    "previous", "contact us", "about us", "privacy", "terms", "startseite", "accueil", "inicio",
];
#[rustfmt::skip]
static LIVE: &[&str] = &["live", "breaking", "just in", "developing", "eilmeldung", "en direct", "en vivo"];

fn classes() -> Vec<(Cue, Vec<&'static str>)> {
    let agencies = agency::AGENCIES.iter().flat_map(|(_, v)| v.iter().copied());
    vec![
        (
            Cue::Related,
            RELATED
                .iter()
                .chain(lexicon::RELATED_PREFIXES)
                .copied()
                .collect(),
        ),
        (Cue::Tags, lexicon::TAG_PREFIXES.to_vec()),
        (Cue::Section, lexicon::SECTION_PREFIXES.to_vec()),
        (Cue::Newsletter, lexicon::NEWSLETTER_MARKERS.to_vec()),
        (
            Cue::Footer,
            lexicon::FOOTER_MARKERS
                .iter()
                .chain(lexicon::RIGHTS_RESERVED)
                .copied()
                .collect(),
        ),
        (Cue::Cookie, lexicon::COOKIE_MARKERS.to_vec()),
        (
            Cue::Comment,
            COMMENT
                .iter()
                .chain(lexicon::COMMENT_MARKERS)
                .copied()
                .collect(),
        ),
        (Cue::Counter, lexicon::COUNTER_WORDS.to_vec()),
        (Cue::Interface, lexicon::UI_PREFIXES.to_vec()),
        (Cue::Social, lexicon::SOCIAL_NETWORKS.to_vec()),
        (Cue::Month, bw::MONTHS.words().to_vec()),
        (Cue::Weekday, bw::WEEKDAYS.words().to_vec()),
        (Cue::Time, TIME.to_vec()),
        (Cue::Byline, BYLINE.to_vec()),
        (Cue::Photo, PHOTO.to_vec()),
        (
            Cue::Agency,
            agencies.chain(agency::DESKS.iter().copied()).collect(),
        ),
        (Cue::ReadTime, READ_TIME.to_vec()),
        (Cue::Navigation, NAVIGATION.to_vec()),
        (Cue::Live, LIVE.to_vec()),
    ]
}

/// Bytes of lines searched with the contiguous NFA before the DFA is built:
/// the DFA searches a byte for about 15 fewer instructions but costs about
/// 160 million to build (the NFA about 16 million), so it pays once some
/// 10 MB are searched. Building it after 3 MB, not at once, spares a short
/// run (one page, a few hundred) the build, and costs a long run at most
/// the NFA's extra search of those 3 MB (about 45 million instructions,
/// well under 1% of such a run). Both automata find the same matches (a
/// test compares them).
const DFA_AFTER_BYTES: usize = 3 << 20;

struct Automaton {
    /// The patterns, lower-case, each once.
    pats: Vec<String>,
    /// The contiguous NFA, searched until [`DFA_AFTER_BYTES`] are searched;
    /// `None` only if the fixed pattern list failed to build (never seen).
    nfa: Option<AhoCorasick>,
    /// The DFA, built on the first search after that.
    dfa: OnceLock<Option<AhoCorasick>>,
    /// Bytes searched with the NFA so far (by all threads).
    searched: AtomicUsize,
    /// Per pattern: the classes it belongs to.
    masks: Vec<u32>,
    /// Per pattern: it must start and end at a word boundary.
    bounded: Vec<(bool, bool)>,
}

fn automaton() -> &'static Automaton {
    static A: OnceLock<Automaton> = OnceLock::new();
    A.get_or_init(|| {
        let mut pats: Vec<String> = Vec::new();
        let mut masks: Vec<u32> = Vec::new();
        let mut seen: std::collections::HashMap<String, usize> = std::collections::HashMap::new();
        for (cue, words) in classes() {
            for w in words {
                let w = w.trim().to_lowercase();
                if w.is_empty() {
                    continue;
                }
                match seen.get(&w) {
                    Some(&i) => {
                        if let Some(m) = masks.get_mut(i) {
                            *m |= 1 << cue as u32;
                        }
                    }
                    None => {
                        seen.insert(w.clone(), pats.len());
                        pats.push(w);
                        masks.push(1 << cue as u32);
                    }
                }
            }
        }
        let bounded = pats
            .iter()
            .map(|p| {
                let word = |c: Option<char>| c.is_some_and(char::is_alphanumeric);
                (word(p.chars().next()), word(p.chars().last()))
            })
            .collect();
        let nfa = build(&pats, AhoCorasickKind::ContiguousNFA);
        Automaton {
            pats,
            nfa,
            dfa: OnceLock::new(),
            searched: AtomicUsize::new(0),
            masks,
            bounded,
        }
    })
}

/// States this near the start are dense in the NFA: one look-up per byte
/// instead of a scan of the state's transitions. One level deeper than the
/// crate's default (2) spares the search more than it costs the build (on
/// 2 MB of pages: 3.9 million instructions fewer searching, 0.8 million
/// more building; deeper levels cost the build more than they spare).
const DENSE_DEPTH: usize = 3;

/// The automaton of `kind` over `pats` (lower case), leftmost-longest,
/// searched in text lower-cased in ASCII ([`cues`]): what an ASCII
/// case-insensitive automaton finds in the text as printed, at the same
/// places, with half the transitions to build and to scan. The patterns
/// are a fixed, small, well-formed list: building does not fail; should
/// it ever, no cue is found rather than a panic.
fn build(pats: &[String], kind: AhoCorasickKind) -> Option<AhoCorasick> {
    AhoCorasickBuilder::new()
        .match_kind(MatchKind::LeftmostLongest)
        .dense_depth(DENSE_DEPTH)
        .kind(Some(kind))
        .build(pats)
        .ok()
}

impl Automaton {
    /// The automaton to search `len` more bytes with: the NFA until
    /// [`DFA_AFTER_BYTES`] have been searched, then the DFA.
    fn searcher(&self, len: usize) -> Option<&AhoCorasick> {
        if let Some(dfa) = self.dfa.get() {
            return dfa.as_ref();
        }
        if self.searched.fetch_add(len, Ordering::Relaxed) < DFA_AFTER_BYTES {
            return self.nfa.as_ref();
        }
        self.dfa
            .get_or_init(|| build(&self.pats, AhoCorasickKind::DFA))
            .as_ref()
    }
}

/// The cue classes of `line`, found in one leftmost-longest pass of the
/// automaton: where patterns overlap, the longest one counts ("Photo:" is an
/// interface prefix, not the photo cue "photo").
///
/// ```
/// use newsclip::features::{cues, Cue};
/// let c = cues("Getty Images / Reuters");
/// assert!(c.has(Cue::Photo) && c.opens_with(Cue::Photo) && c.has(Cue::Agency));
/// assert!(!cues("The photographer said no.").has(Cue::Photo));
/// ```
pub fn cues(line: &str) -> Cues {
    let a = automaton();
    let line = line.trim_start();
    let bytes = line.as_bytes();
    let mut out = Cues::default();
    let Some(ac) = a.searcher(line.len()) else {
        return out;
    };
    // The line lower-cased in ASCII (on the stack when short: most lines).
    let mut buf = [0u8; 256];
    let owned;
    let lower: &[u8] = match buf.get_mut(..bytes.len()) {
        Some(b) => {
            b.copy_from_slice(bytes);
            b.make_ascii_lowercase();
            b
        }
        None => {
            owned = bytes.to_ascii_lowercase();
            &owned
        }
    };
    for m in ac.find_iter(lower) {
        let id = m.pattern().as_usize();
        let (lb, rb) = a.bounded.get(id).copied().unwrap_or((false, false));
        let alnum_before = line
            .get(..m.start())
            .and_then(|s| s.chars().next_back())
            .is_some_and(char::is_alphanumeric);
        let alnum_after = line
            .get(m.end()..)
            .and_then(|s| s.chars().next())
            .is_some_and(char::is_alphanumeric);
        if (lb && alnum_before) || (rb && alnum_after) {
            continue;
        }
        let mask = a.masks.get(id).copied().unwrap_or(0);
        out.any |= mask;
        let lead = bytes
            .get(..m.start())
            .is_some_and(|b| b.iter().all(|c| !c.is_ascii_alphanumeric()));
        if lead && m.start() <= 4 {
            out.start |= mask;
        }
    }
    out
}

#[cfg(test)]
#[path = "cues_tests.rs"]
mod tests;

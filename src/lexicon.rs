//! Static word tables: boilerplate lines, labels and markers, per language.
//!
//! Lexicons are data; the classifier decides what to do with a match. Every
//! entry is lower-case; lines are looked up after [`key`].

use std::sync::OnceLock;

use crate::table::{Needles, StrMap, WordList};

/// What a whole-line boilerplate phrase is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Boiler {
    /// "Advertisement", "Anzeige", "Publicidad".
    Advertisement,
    /// Share buttons and share-row headings.
    Share,
    /// "Short Url", "Copy link".
    ShortUrl,
    /// Heading of a related-stories list ("Read more", "Related Stories").
    RelatedHeader,
    /// "Prev Post", "Next Post", "Previous article".
    PrevNext,
    /// "Next story": the next story of an infinite-scroll page follows.
    NextStory,
    /// Comments and comment forms ("Leave a Reply", "Post Comment").
    Comments,
    /// Site navigation ("Skip to main content", "Menu", "Home").
    Navigation,
    /// Newsletter / subscription / paywall prompts and form parts.
    Newsletter,
    /// A label with no content ("Avatar", "Loading...", "Show More").
    Label,
    /// Heading of a key-points list ("Summary", "Key points").
    KeyPointsHeader,
    /// Heading of a tag list ("Suggested Topics", "Tags").
    TagsHeader,
    /// Heading of an author box ("About the author").
    AuthorBoxHeader,
    /// Page footer ("All rights reserved", "Corrections and clarifications").
    Footer,
}

static PHRASES: &[(Boiler, &[&str])] = &[
    (
        Boiler::Advertisement,
        &[
            "advertisement",
            "advertisment",
            "advert",
            "ad",
            "sponsored",
            "sponsored content",
            "anzeige",
            "werbung",
            "publicidad",
            "publicité",
            "pubblicità",
            "реклама",
            "paid content",
            "story continues below advertisement",
            "story continues",
            "article continues below",
            "article continues below advertisement",
            "continue reading below",
            "scroll to continue with content",
            "advertisement - scroll to continue",
            "continue reading the main story",
            "skip advertisement",
            "skip ad",
            "supported by",
            "partner content",
            "sponsored links",
            "sponsored stories",
            "promoted links",
            "promoted stories",
            "promoted content",
            "by taboola",
            "recommended by outbrain",
        ],
    ),
    (
        Boiler::Share,
        &[
            "share",
            "share this",
            "share this:",
            "share this article",
            "share this story",
            "share on facebook",
            "share on twitter",
            "share on x",
            "share via email",
            "share article",
            "share the article",
            "tweet",
            "email",
            "e-mail",
            "print",
            "facebook",
            "twitter",
            "x",
            "whatsapp",
            "linkedin",
            "reddit",
            "telegram",
            "pinterest",
            "messenger",
            "threads",
            "bluesky",
            "flipboard",
            "social sharing",
            "like this",
            "like loading",
            "like loading...",
            "artikel teilen",
            "teilen",
            "partager",
            "partager cet article",
            "compartir",
            "compartir en facebook",
            "condividi",
            "поделиться",
            "поділитися",
            "paylaş",
            "شارك",
            "شارك هذا المقال",
            "مشاركة",
            "save",
            "save article",
            "gift this article",
            "gift article",
            "comments",
            "listen",
            "listen to this article",
            "copy",
            "copied",
            "more sharing options",
            "share full article",
            "follow us",
        ],
    ),
    (
        Boiler::ShortUrl,
        &[
            "short url",
            "shareable url",
            "short link",
            "copy link",
            "copy url",
            "permalink",
            "link copied",
        ],
    ),
    (
        Boiler::RelatedHeader,
        &[
            "read more",
            "read next",
            "read also",
            "also read",
            "related",
            "related stories",
            "related articles",
            "related content",
            "related coverage",
            "related news",
            "related posts",
            "related topics",
            "more stories",
            "more from",
            "don't miss",
            "don’t miss",
            "must read",
            "must reads",
            "read next",
            "more like this",
            "editor's picks",
            "editor’s picks",
            "more news",
            "more on this story",
            "top stories",
            "most read",
            "most popular",
            "trending",
            "trending now",
            "recommended",
            "recommended stories",
            "you may also like",
            "you might also like",
            "latest news",
            "latest stories",
            "more in news",
            "mehr zum thema",
            "das könnte sie auch interessieren",
            "lesen sie auch",
            "weitere artikel",
            "à lire aussi",
            "lire aussi",
            "sur le même sujet",
            "más información",
            "lee también",
            "te puede interesar",
            "leggi anche",
            "leia também",
            "veja também",
            "saiba mais",
            "lees ook",
            "zie ook",
            "läs också",
            "læs også",
            "les også",
            "czytaj też",
            "czytaj także",
            "ilgili haberler",
            "i̇lgili haberler",
            "benzer haberler",
            "اقرأ أيضا",
            "اقرأ أيضاً",
            "اقرأ ايضا",
            "أخبار ذات صلة",
            "مواضيع ذات صلة",
            "читайте также",
            "читайте також",
            "what to read next",
            "editor's picks",
            "popular",
            "around the web",
            "more coverage",
            "see also",
            "keep reading",
            "in other news",
            "elsewhere",
            "related links",
            "read this next",
            "more like this",
            "more to explore",
            "recommended for you",
            "partner news",
            "watch next",
            "you may be interested in",
            "you may also be interested in",
            "more for you",
            "from the web",
        ],
    ),
    (
        Boiler::PrevNext,
        &[
            "prev post",
            "previous post",
            "next post",
            "previous article",
            "next article",
            "vorheriger beitrag",
            "nächster beitrag",
            "article précédent",
            "article suivant",
            "entrada anterior",
            "entrada siguiente",
            "articolo precedente",
            "articolo successivo",
            "vorige bericht",
            "volgende bericht",
            "previous",
            "next",
            "older post",
            "newer post",
            "previous story",
        ],
    ),
    (Boiler::NextStory, &["next story", "next up", "up next"]),
    (
        Boiler::Comments,
        &[
            "leave a reply",
            "leave a comment",
            "post comment",
            "post a comment",
            "add comment",
            "add a comment",
            "comment",
            "comment *",
            "name *",
            "email *",
            "website",
            "reply",
            "cancel reply",
            "name",
            "comments are closed",
            "join the conversation",
            "view comments",
            "show comments",
            "load comments",
            "submit",
            "kommentare",
            "kommentieren",
            "commentaires",
            "comentarios",
            "commenti",
            "комментарии",
            "коментарі",
            "your email address will not be published. required fields are marked *",
            "your email address will not be published",
            // The comment forms of the other languages (blog platforms'
            // standard strings).
            "schreibe einen kommentar",
            "schreibe eine antwort",
            "hinterlasse einen kommentar",
            "hinterlasse eine antwort",
            "kommentar verfassen",
            "kommentar abschicken",
            "antworten abbrechen",
            "antwort abbrechen",
            "laisser un commentaire",
            "laisser une réponse",
            "annuler la réponse",
            "deja un comentario",
            "deja una respuesta",
            "cancelar respuesta",
            "lascia un commento",
            "lascia una risposta",
            "annulla risposta",
            "deixe um comentário",
            "deixe uma resposta",
            "cancelar resposta",
            "laat een reactie achter",
            "geef een reactie",
        ],
    ),
    (
        Boiler::Navigation,
        &[
            "skip to main content",
            "skip to content",
            "skip to navigation",
            "skip to site index",
            "skip to contentskip to site index",
            "menu",
            "home",
            "search",
            "sections",
            "log in",
            "login",
            "sign in",
            "my account",
            "today's paper",
            "today’s paper",
            "main menu",
            "close",
            "open menu",
            "close menu",
            "back to top",
            "startseite",
            "accueil",
            "inicio",
            "главная",
            "головна",
            "navigation",
            // Skip links, search boxes and menus in the other languages.
            "jump to navigation",
            "jump to search",
            "jump to: navigation, search",
            "close this search box",
            "close this search box.",
            "close search",
            "zum inhalt springen",
            "springe zum inhalt",
            "direkt zum inhalt",
            "direkt zur suche",
            "zur navigation springen",
            "zur hauptnavigation springen",
            "zur fußzeile springen",
            "wechseln zu: navigation, suche",
            "suche",
            "suchen",
            "menü",
            "hauptmenü",
            "menü schließen",
            "schließen",
            "aller au contenu",
            "aller au contenu principal",
            "rechercher",
            "fermer",
            "ir al contenido",
            "saltar al contenido",
            "buscar",
            "cerrar",
            "vai al contenuto",
            "cerca",
            "chiudi",
            "naar inhoud springen",
            "zoeken",
            // Back-to-top and overview links, a forum's search option.
            "nach oben",
            "zurück nach oben",
            "zum seitenanfang",
            "zurück zur übersicht",
            "zur übersicht",
            "zu den kommentaren",
            "retour en haut",
            "haut de page",
            "volver arriba",
            "ir arriba",
            "torna su",
            "terug naar boven",
            "search titles only",
            "nur titel durchsuchen",
        ],
    ),
    (
        Boiler::Newsletter,
        &[
            "subscribe",
            "subscribe now",
            "sign up",
            "sign up now",
            "enter your email address",
            "enter your email",
            "your email address",
            "email address",
            "newsletter",
            "get the newsletter",
            "already a subscriber? log in",
            "already a subscriber",
            "subscribe to continue reading",
            "create a free account",
            "register",
            "jetzt abonnieren",
            "abonnieren",
            "s'abonner",
            "suscríbete",
            "abbonati",
        ],
    ),
    (
        Boiler::Label,
        &[
            "avatar",
            "caption",
            "report",
            "report abuse",
            "report this comment",
            "loading",
            "loading...",
            "show more",
            "show less",
            "load more",
            "see more",
            "view more",
            "more",
            "close",
            "photo",
            "image",
            "video",
            "audio",
            "gallery",
            "watch",
            "listen",
            "play",
            "open image in gallery",
            "enlarge",
            "expand",
            "view image",
            "view gallery",
            "zoom",
            "fullscreen",
            "published",
            "updated",
            "breaking",
            "breaking news",
            "live",
            "exclusive",
            "analysis",
            "opinion",
            "explainer",
            "follow",
            "unfollow",
            "email the author",
            "contact the author",
            "more from the author",
        ],
    ),
    (
        Boiler::KeyPointsHeader,
        &[
            "summary",
            "key points",
            "key takeaways",
            "highlights",
            "story highlights",
            "in brief",
            "at a glance",
            "the big picture",
            "what you need to know",
            "das wichtigste in kürze",
            "auf einen blick",
            "en bref",
            "l'essentiel",
            "en resumen",
            "in sintesi",
            "главное",
        ],
    ),
    (
        Boiler::TagsHeader,
        &[
            "tags",
            "topics",
            "suggested topics",
            "filed under",
            "keywords",
            "themen",
            "schlagwörter",
            "mots-clés",
            "etiquetas",
            "темы",
            "теги",
        ],
    ),
    (
        Boiler::AuthorBoxHeader,
        &[
            "about the author",
            "about the authors",
            "about the reporter",
            "author",
            "authors",
            "über den autor",
            "über die autorin",
            "über die autoren",
            "über die autor:innen",
            "autorin",
            "autoren",
            "autorinnen",
            "autor:in",
            "autor:innen",
            "autor*in",
            "autor*innen",
            "autor_innen",
            "à propos de l'auteur",
            "à propos des auteurs",
            "sobre el autor",
            "sobre la autora",
            "sobre o autor",
            "sull'autore",
        ],
    ),
    (
        Boiler::Footer,
        &[
            "all rights reserved",
            "corrections and clarifications",
            "submit a news tip",
            "report error",
            "report an error",
            "terms of use",
            "privacy policy",
            "cookie policy",
            "cookie settings",
            "contact us",
            "about us",
            "accessibility",
            "site map",
            "sitemap",
            "impressum",
            "datenschutz",
            "mentions légales",
            "aviso legal",
            // Legal links and cookie buttons in the other languages.
            "haftungsausschluss",
            "disclaimer",
            "datenschutzerklärung",
            "nutzungsbedingungen",
            "agb",
            "politique de confidentialité",
            "política de privacidad",
            "privacybeleid",
            "informativa sulla privacy",
            "note legali",
            "cookie-richtlinie",
            "cookie-einstellungen",
            "alle akzeptieren",
            "akzeptieren",
            "alle ablehnen",
            "ablehnen",
            "tout accepter",
            "accepter",
            "aceptar",
            "aceptar todo",
            "rechazar",
            "accetta",
            "accepteren",
            "privacy overview",
            "privacy & cookies policy",
            "privacy and cookies policy",
            "necessary always enabled",
            "non-necessary",
            "necessary",
            "accept",
            "accept all",
            "reject all",
            "accept cookies",
            "manage cookies",
            "cookie preferences",
            "got it",
            "i agree",
            "agree",
            "ok, i agree",
        ],
    ),
];

/// The lookup key of a line: lower-cased, whitespace collapsed, trailing
/// `:` `…` `»` `›` `>` `|` `·` dashes and closing brackets, and leading
/// `«` `‹` `<` `|` `·` and opening brackets trimmed ("(Updated: )" gives "updated").
pub fn key(line: &str) -> String {
    let t = key_trim(line);
    if t.is_ascii() {
        let mut out = vec![0u8; t.len()];
        let n = key_ascii(t.as_bytes(), &mut out);
        out.truncate(n);
        return String::from_utf8(out).unwrap_or_default();
    }
    let mut out = String::with_capacity(t.len());
    let mut space = false;
    for c in t.chars() {
        if c.is_whitespace() {
            space = true;
            continue;
        }
        if space && !out.is_empty() {
            out.push(' ');
        }
        space = false;
        if c.is_ascii() {
            out.push(c.to_ascii_lowercase());
        } else {
            out.extend(c.to_lowercase());
        }
    }
    out
}

/// `line` with the decorations [`key`] trims cut off its ends.
fn key_trim(line: &str) -> &str {
    line.trim()
        .trim_end_matches(|c: char| {
            matches!(
                c,
                ':' | '…' | '»' | '›' | '>' | '|' | '·' | '-' | '—' | ')' | ']'
            ) || c.is_whitespace()
        })
        .trim_start_matches(|c: char| {
            matches!(c, '«' | '‹' | '<' | '|' | '·' | '(' | '[') || c.is_whitespace()
        })
}

/// [`key`]'s steps on the bytes of trimmed ASCII text `t` (white space and
/// case only), written to `out` (at least as long as `t`); the length
/// written.
fn key_ascii(t: &[u8], out: &mut [u8]) -> usize {
    let mut n = 0usize;
    let mut space = false;
    let mut put = |b: u8, n: &mut usize| {
        if let Some(slot) = out.get_mut(*n) {
            *slot = b;
            *n += 1;
        }
    };
    for &b in t {
        // `char::is_whitespace` on ASCII: also U+000B and U+000C, but not U+001C..U+001F.
        if matches!(b, b' ' | b'\t' | b'\n' | b'\r' | 0x0B | 0x0C) {
            space = true;
            continue;
        }
        if space && n > 0 {
            put(b' ', &mut n);
        }
        space = false;
        put(b.to_ascii_lowercase(), &mut n);
    }
    n
}

/// Calls `f` with [`key`] of `line`, without allocating when the trimmed
/// line is ASCII and at most 128 bytes long.
fn with_key<R>(line: &str, f: impl FnOnce(&str) -> R) -> R {
    let t = key_trim(line);
    let mut buf = [0u8; 128];
    if t.is_ascii() && t.len() <= buf.len() {
        let n = key_ascii(t.as_bytes(), &mut buf);
        if let Some(k) = buf.get(..n).and_then(|b| std::str::from_utf8(b).ok()) {
            return f(k);
        }
    }
    f(&key(line))
}

/// The first word of every phrase of the table.
fn first_words() -> &'static std::collections::HashSet<&'static str, crate::table::FastBuild> {
    static T: OnceLock<std::collections::HashSet<&'static str, crate::table::FastBuild>> =
        OnceLock::new();
    T.get_or_init(|| {
        PHRASES
            .iter()
            .flat_map(|(_, words)| words.iter())
            .filter_map(|w| w.split(' ').next())
            .collect()
    })
}

/// For each first byte, bit `n` (up to 63) set when a first word of
/// [`first_words`] starts with that byte and has `n` bytes (bit 63 for 63
/// bytes or more).
struct FirstWordShapes([u64; 256]);

impl FirstWordShapes {
    /// False when no word of [`first_words`] starts with the first byte of
    /// `w` and has its length in bytes.
    fn admits(&self, w: &str) -> bool {
        let Some(&b) = w.as_bytes().first() else {
            return true;
        };
        self.0
            .get(usize::from(b))
            .is_some_and(|m| m >> w.len().min(63) & 1 == 1)
    }
}

/// The first bytes and lengths of [`first_words`].
fn first_word_shapes() -> &'static FirstWordShapes {
    static T: OnceLock<FirstWordShapes> = OnceLock::new();
    T.get_or_init(|| {
        let mut m = [0u64; 256];
        for w in first_words() {
            if let Some(&b) = w.as_bytes().first()
                && let Some(slot) = m.get_mut(usize::from(b))
            {
                *slot |= 1 << w.len().min(63);
            }
        }
        FirstWordShapes(m)
    })
}

fn table() -> &'static StrMap<Boiler> {
    static T: OnceLock<StrMap<Boiler>> = OnceLock::new();
    T.get_or_init(|| {
        let mut m = StrMap::default();
        for (b, words) in PHRASES {
            for w in *words {
                m.entry(*w).or_insert(*b);
            }
        }
        m
    })
}

/// The boilerplate class of a whole line, if the line is a known phrase.
pub fn boiler(line: &str) -> Option<Boiler> {
    if line.len() > 120 {
        return None;
    }
    with_key(line, |k| boiler_of_key(line, k))
}

/// [`boiler`] of `line` (at most 120 bytes), whose [`key`] is `k`.
fn boiler_of_key(line: &str, k: &str) -> Option<Boiler> {
    if let Some(b) = table().get(k) {
        return Some(*b);
    }
    if is_share_row(line) || is_share_button(k) {
        return Some(Boiler::Share);
    }
    if is_pipe_menu(line) {
        return Some(Boiler::Navigation);
    }
    if is_related_heading(k) {
        return Some(Boiler::RelatedHeader);
    }
    if is_gallery_counter(k) || is_slide_title(line) {
        return Some(Boiler::Label);
    }
    if let Some(b) = phrase_run(k) {
        return Some(b);
    }
    // "Leave a Reply" style lines with a trailing asterisk, count or "(required)".
    let k = k.strip_suffix("(required)").map(str::trim_end).unwrap_or(k);
    let trimmed = k.trim_end_matches(|c: char| {
        c == '*' || c.is_ascii_digit() || c == ' ' || c == '(' || c == ')'
    });
    if trimmed != k {
        if let Some(b) = table().get(trimmed) {
            return Some(*b);
        }
    }
    // A player's button with its length: "Listen to this article · 4:12 min".
    let untimed = strip_duration(k);
    if untimed != k {
        return table().get(untimed).copied();
    }
    None
}

/// Words of a duration after its number, lower-case.
const DURATION_UNITS: &[&str] = &["min", "mins", "minutes", "minute", "minuten", "sec", "secs"];

/// `k` without a trailing duration and the mark before it ("listen to this
/// article · 4:12 min" gives "listen to this article"); `k` itself when it
/// ends with none.
fn strip_duration(k: &str) -> &str {
    const MARKS: [char; 7] = [' ', '(', '·', '|', '•', '-', '–'];
    let t = k.trim_end_matches([')', ' ']);
    let unit = DURATION_UNITS.iter().find_map(|u| t.strip_suffix(u));
    let t = unit.unwrap_or(t).trim_end();
    let t2 = t.trim_end_matches(|c: char| c.is_ascii_digit() || c == ':');
    let rest = t2.trim_end_matches(MARKS);
    // A length needs its unit or a mark before it: "Updated 14:30" is a
    // time stamp.
    let marked = t2.trim_end().ends_with(['(', '·', '|', '•']);
    if t2.len() == t.len() || !t2.ends_with(MARKS) || !(unit.is_some() || marked) {
        return k;
    }
    rest
}

/// How a blog platform's share buttons and their messages open, lower-case
/// ("Click to share on Twitter (Opens in new window)", "Klick, um über
/// Facebook zu teilen", "Post was not sent - check your email addresses!").
const SHARE_BUTTONS: &[&str] = &[
    "click to share on",
    "click to email a link",
    "click to email this",
    "click to print",
    // German: "Klick, um ..." / "Klicken, um ..." is a button's text.
    "klick, um ",
    "klicken, um ",
    "klicke, um ",
    "cliquez pour partager",
    "cliquer pour partager",
    "cliquez pour imprimer",
    "haz clic para compartir",
    "haz clic para imprimir",
    "clic para compartir",
    "clicca per condividere",
    "clique para compartilhar",
    "clique para partilhar",
    "klik om te delen",
    "post was not sent - check your email",
    "sorry, your blog cannot share posts by email",
    "beitrag nicht abgeschickt",
    "entschuldige, dein blog kann",
];

/// True for a share button's text or a share form's message ([`SHARE_BUTTONS`])
/// in the key `k` of a line.
fn is_share_button(k: &str) -> bool {
    SHARE_BUTTONS.iter().any(|p| k.starts_with(p))
}

/// Most words of one phrase in a run of phrases.
const RUN_PHRASE_WORDS: usize = 6;

/// A line of interface phrases printed without separators (`k` in lower
/// case): "Menü Springe zum Inhalt", "Zum Inhalt springen Zur
/// Hauptnavigation springen", "Schreibe einen Kommentar Antworten
/// abbrechen". Each phrase is the longest of the table at its place; the
/// class is the phrases' class when they share one, else navigation.
fn phrase_run(k: &str) -> Option<Boiler> {
    // Most lines open with a word that opens no phrase: one lookup, after
    // the first byte and the length of the word (no first word of a phrase
    // has that first byte and that many bytes: it is none of them).
    let first = k.split(' ').next().unwrap_or("");
    if first.len() == k.len()
        || !first_word_shapes().admits(first)
        || !first_words().contains(first)
    {
        return None;
    }
    // Where each word starts and ends (`k` has single spaces): a phrase of
    // words `a..=b` is `k[starts[a]..ends[b]]`, looked up without copying.
    let mut spans: Vec<(usize, usize)> = Vec::new();
    let mut start = 0usize;
    for w in k.split(' ') {
        spans.push((start, start + w.len()));
        start += w.len() + 1;
        if spans.len() > 16 {
            return None;
        }
    }
    let (mut at, mut class, mut phrases) = (0usize, None, 0usize);
    while let Some(&(from, _)) = spans.get(at) {
        let longest = RUN_PHRASE_WORDS.min(spans.len() - at);
        let found = (1..=longest).rev().find_map(|n| {
            let &(_, to) = spans.get(at + n - 1)?;
            table().get(k.get(from..to)?).map(|b| (n, *b))
        });
        let (n, b) = found?;
        class = match class {
            None => Some(b),
            Some(c) if c == b => Some(c),
            Some(_) => Some(Boiler::Navigation),
        };
        at += n;
        phrases += 1;
    }
    (phrases >= 2).then_some(class).flatten()
}

/// A pipe-separated menu row: "Home | World | Business | Sport", four or
/// more entries of one to three words, without digits (times, dates) or
/// sentence punctuation, none a byline ("By ...").
fn is_pipe_menu(line: &str) -> bool {
    // Four entries need three pipes between them.
    if memchr::memchr_iter(b'|', line.as_bytes()).nth(2).is_none() {
        return false;
    }
    if line.bytes().any(|b| b.is_ascii_digit()) {
        return false;
    }
    let mut n = 0usize;
    for item in line.split('|') {
        let item = item.trim();
        let words = item.split_whitespace().count();
        if !(1..=3).contains(&words)
            || item.ends_with(['.', '!', '?', ',', ':'])
            || item.get(..3).is_some_and(|p| p.eq_ignore_ascii_case("by "))
        {
            return false;
        }
        n += 1;
    }
    n >= 4
}

/// A link printed with an arrow: "« Older post | Main | Newer post »",
/// "All Trailers→", "SHOP NOW >", "‹ Back". A line that quotes in
/// guillemets ("« Nous partons » : ...") is no link.
pub fn is_arrow_link(line: &str) -> bool {
    arrows(line).is_some_and(|(opens, closes)| opens || closes)
}

/// True for the links to the previous and the next story on one line, an
/// arrow at each end: "« Vorige | Nächste »", "« Older | Main | Newer »".
pub fn is_arrow_pair(line: &str) -> bool {
    arrows(line).is_some_and(|(opens, closes)| opens && closes)
}

/// Whether `line` opens and closes with a link's arrow; `None` for a line
/// that quotes in guillemets.
fn arrows(line: &str) -> Option<(bool, bool)> {
    let t = line.trim();
    let opens = ["« ", "‹ ", "← ", "<< ", "< "]
        .iter()
        .any(|p| t.starts_with(p));
    let closes = [" »", " ›", "→", " >>", " >"]
        .iter()
        .any(|p| t.ends_with(p));
    if !opens && !closes {
        return Some((false, false));
    }
    let quoted = t
        .find('«')
        .is_some_and(|at| t.get(at..).is_some_and(|r| r.contains('»')))
        && !t.contains('|');
    (!quoted).then_some((opens, closes))
}

/// A photo gallery's counter: "Image 1 of 12", "Photo 3/8", "1 / 1", "2 of 5"
/// (`k` in lower case).
fn is_gallery_counter(k: &str) -> bool {
    let rest = ["image ", "photo ", "picture ", "slide ", "foto ", "bild "]
        .iter()
        .find_map(|p| k.strip_prefix(p))
        .unwrap_or(k);
    if !rest.starts_with(|c: char| c.is_ascii_digit()) {
        return false;
    }
    let num = |w: &str| {
        let w = w.trim();
        !w.is_empty() && w.len() <= 4 && w.bytes().all(|b| b.is_ascii_digit())
    };
    if let Some((a, b)) = rest.split_once('/') {
        return num(a) && num(b);
    }
    let mut words = rest.split_whitespace();
    matches!(
        (words.next(), words.next(), words.next(), words.next()),
        (Some(a), Some("of" | "von" | "de" | "di" | "из"), Some(b), None) if num(a) && num(b)
    )
}

/// A gallery slide's headline under its counter: "2/50 Star Wars boosts
/// economy" (the counter `k/n` with `1 <= k <= n`, `n` at least 3, then a
/// space and a capital). A fraction before a lower-case word ("1/4 cup"),
/// a date ("11/20/2019") or "24/7" is none.
fn is_slide_title(line: &str) -> bool {
    let t = line.trim_start();
    let num = |s: &str| -> Option<(u32, usize)> {
        let n = s.bytes().take_while(u8::is_ascii_digit).count();
        let v = s
            .get(..n)
            .filter(|d| (1..=3).contains(&d.len()))?
            .parse()
            .ok()?;
        Some((v, n))
    };
    let Some((k, a)) = num(t) else {
        return false;
    };
    let Some(rest) = t.get(a..).and_then(|r| r.strip_prefix('/')) else {
        return false;
    };
    let Some((n, b)) = num(rest) else {
        return false;
    };
    let Some(after) = rest.get(b..) else {
        return false;
    };
    (1..=n).contains(&k)
        && n >= 3
        && after.starts_with(' ')
        && after.trim_start().starts_with(char::is_uppercase)
}

/// Openings of a related-list heading naming a section or a topic ("More
/// from UK", "More in Politics", "Latest from Sport"), in lower case; "More
/// ... Stories" headings ("More Great Tech Stories") count too.
static RELATED_HEADING_PREFIXES: &[&str] = &[
    "read more from ",
    "read more on ",
    "read more about ",
    "more from ",
    "more in ",
    "more on ",
    "more stories from ",
    "more stories in ",
    "latest from ",
    "latest in ",
    "also in ",
    "mehr aus ",
    "mehr zu ",
    "plus de ",
    "más de ",
    "altro da ",
    "altre notizie ",
    "ещё из ",
    "еще из ",
    "більше з ",
];

/// The first bytes of [`RELATED_HEADING_PREFIXES`] and of "more ".
fn related_first_bytes() -> &'static [bool; 256] {
    static T: OnceLock<[bool; 256]> = OnceLock::new();
    T.get_or_init(|| {
        let mut t = [false; 256];
        for p in RELATED_HEADING_PREFIXES.iter().chain(&["more "]) {
            if let Some(slot) = p
                .as_bytes()
                .first()
                .and_then(|&b| t.get_mut(usize::from(b)))
            {
                *slot = true;
            }
        }
        t
    })
}

/// A short heading (at most five words, no sentence punctuation) opening
/// with a related-list prefix; `k` is the line's lookup key (lower case).
fn is_related_heading(k: &str) -> bool {
    // "Read more from Sky News:" introduces its list with a colon.
    let k = match k.strip_suffix(':') {
        Some(h) if k.starts_with("read more ") => h.trim_end(),
        _ => k,
    };
    // A key opening with a byte no prefix (nor "more ") opens with is none.
    k.as_bytes()
        .first()
        .is_some_and(|&b| related_first_bytes().get(usize::from(b)) == Some(&true))
        && k.split_whitespace().count() <= 5
        && !k.ends_with(['.', '!', '?', ':'])
        && (RELATED_HEADING_PREFIXES.iter().any(|p| {
            k.strip_prefix(p)
                .is_some_and(|rest| !rest.trim().is_empty())
        }) || k.starts_with("more ")
            && [" stories", " articles", " news", " reads", " coverage"]
                .iter()
                .any(|s| k.ends_with(s)))
}

static SHARE_WORDS: WordList = WordList::new(&[
    "share",
    "shares",
    "sharing",
    "options",
    "tweet",
    "email",
    "e-mail",
    "mail",
    "print",
    "facebook",
    "twitter",
    "x",
    "whatsapp",
    "linkedin",
    "reddit",
    "telegram",
    "pinterest",
    "messenger",
    "threads",
    "bluesky",
    "flipboard",
    "tumblr",
    "pocket",
    "vk",
    "xing",
    "sms",
    "google+",
    "google",
    "submit",
    "copy",
    "copied",
    "link",
    "url",
    "urlcopied",
    "comments",
    "comment",
    "save",
    "gift",
    "on",
    "via",
    "this",
    "article",
    "story",
    "the",
    "all",
    "more",
    "teilen",
    "partager",
    "compartir",
    "condividi",
    "fb",
    "wa",
    "in",
    "mastodon",
    "line",
    "viber",
    "weibo",
    "wechat",
    "it",
    "with",
    "friends",
    "your",
    // The same in the other languages the crate reads: the share verbs
    // ("teilen", "kopieren", "drucken") and the prepositions around the
    // network ("Auf Facebook teilen", "Partager sur X").
    "auf",
    "per",
    "sur",
    "par",
    "en",
    "por",
    "su",
    "no",
    "em",
    "op",
    "kopieren",
    "drucken",
    "imprimer",
    "imprimir",
    "stampa",
    "compartilhar",
    "compartilhe",
    "delen",
    "dela",
    "del",
    "udostępnij",
    "sdílet",
    "paylaş",
    "поделиться",
    "поділитися",
]);

/// True when the line is a row of share buttons glued together
/// ("Facebook Twitter Email LinkedIn", "Share on: Facebook Twitter").
pub fn is_share_row(line: &str) -> bool {
    if line.len() > 160 {
        return false;
    }
    let mut n = 0;
    let mut platforms = 0;
    for w in
        line.split(|c: char| c.is_whitespace() || matches!(c, '|' | '·' | ',' | ':' | '/' | '•'))
    {
        let w = w.trim_matches(|c: char| !c.is_alphanumeric() && c != '+');
        if w.is_empty() {
            continue;
        }
        // None: not a share word; Some(true): a platform or action.
        let word = crate::table::with_lower(w, |lw| {
            SHARE_WORDS.contains(lw).then_some(!matches!(
                lw,
                "on" | "via"
                    | "this"
                    | "the"
                    | "all"
                    | "more"
                    | "in"
                    | "article"
                    | "story"
                    | "options"
                    | "it"
                    | "with"
                    | "friends"
                    | "your"
                    | "auf"
                    | "per"
                    | "sur"
                    | "par"
                    | "en"
                    | "por"
                    | "su"
                    | "no"
                    | "em"
                    | "op"
            ))
        });
        let Some(platform) = word else {
            return false;
        };
        if platform {
            platforms += 1;
        }
        n += 1;
    }
    n >= 2 && platforms >= 2
}

/// Prefixes that introduce an inline link to another story
/// ("Lesen Sie auch: ...", "Related: ..."): the rest of the line is a related headline.
pub static RELATED_PREFIXES: &[&str] = &[
    "related:",
    "see more:",
    "don't miss:",
    "don’t miss:",
    "must read:",
    "read more:",
    "read also:",
    "also read:",
    "read:",
    "see also:",
    "more:",
    "lesen sie auch:",
    "lesen sie mehr:",
    "mehr dazu:",
    "auch interessant:",
    "lire aussi:",
    "à lire aussi:",
    "a lire aussi:",
    // French typography spaces the colon.
    "lire aussi :",
    "à lire aussi :",
    "a lire aussi :",
    "lire aussi\u{a0}:",
    "à lire aussi\u{a0}:",
    "voir aussi :",
    "voir aussi:",
    "lee también:",
    "lea también:",
    "te puede interesar:",
    "le puede interesar:",
    "también te puede interesar:",
    "leia também:",
    "leia mais:",
    "veja também:",
    "lees ook:",
    "zum thema:",
    "leer más:",
    "más información:",
    "leggi anche:",
    "läs också:",
    "læs også:",
    "les også:",
    "czytaj też:",
    "czytaj także:",
    "читайте также:",
    "читайте також:",
    "watch:",
    "listen:",
    "« previous:",
    "previous:",
    "prev:",
    "next:",
    "previous post:",
    "next post:",
    "previous article:",
    "next article:",
    // The previous and next post of a blog in the other languages.
    "vorheriger beitrag:",
    "nächster beitrag:",
    "vorheriger artikel:",
    "nächster artikel:",
    "article précédent:",
    "article précédent :",
    "article suivant:",
    "article suivant :",
    "entrada anterior:",
    "entrada siguiente:",
    "artículo anterior:",
    "artículo siguiente:",
    "articolo precedente:",
    "articolo successivo:",
    "post anterior:",
    "próximo post:",
    "vorige bericht:",
    "volgende bericht:",
];

/// True when `line` opens with one of [`RELATED_PREFIXES`] ("Read more:",
/// "Lire aussi :"): an inline link to another story.
pub(crate) fn opens_with_related_prefix(line: &str) -> bool {
    let head = crate::table::lower_head(line.trim_start(), 40);
    RELATED_PREFIXES.iter().any(|p| head.starts_with(p))
}

/// Prefixes of a tag line ("Tags: a, b, c").
pub static TAG_PREFIXES: &[&str] = &[
    "tags:",
    "tagged:",
    "topics:",
    "keywords:",
    "themen:",
    "schlagwörter:",
    "mots-clés:",
    "etiquetas:",
    "теги:",
    "темы:",
];

/// Prefixes of a section line ("Filed under: Local News").
pub static SECTION_PREFIXES: &[&str] = &[
    "filed under:",
    "section:",
    "category:",
    "categories:",
    "posted in:",
    "rubrik:",
    "ressort:",
    "rubrique:",
    "sección:",
];

/// Substrings that mark newsletter, subscription and paywall prompts.
pub static NEWSLETTER_MARKERS: &[&str] = &[
    "sign up for",
    "subscribe to our",
    "subscribe to the",
    "our newsletter",
    "free newsletter",
    "newsletter!",
    "delivered to your inbox",
    "to your inbox",
    "subscribe for",
    "become a subscriber",
    "already a subscriber",
    "subscribe now",
    "to continue reading",
    "unlock this article",
    "this article is for subscribers",
    "this content is for subscribers",
    "for subscribers only",
    "subscriber-only",
    "subscribers only",
    // The paywall's notice in the other languages.
    "réservé aux abonnés",
    "nur für abonnenten",
    "exclusivo para suscriptores",
    "solo para suscriptores",
    "riservato agli abbonati",
    "exclusivo para assinantes",
    "alleen voor abonnees",
    "newsletter abonnieren",
    "melden sie sich",
    "abonnez-vous",
    "suscríbete",
    "in your inbox",
    "unsubscribe at any time",
    "you can unsubscribe",
    "no spam",
    "subscribe to this newsletter",
    "get our weekly",
    "get our daily",
    "sign up here",
    "subscribe here",
    "free articles this month",
    "free article this month",
    "free articles remaining",
    "free article remaining",
    // Call-outs to the reader.
    "have you been affected?",
    "share your photos with us",
    "share your story with us",
    "share your experience with us",
    "do you have a story to share",
    "send us your photos",
    "tell us your story",
    "got a news tip?",
    "have a news tip?",
    "got a story tip?",
    // Prompts to follow the outlet elsewhere: its app, more of its news.
    "get more news",
    "download our app",
    "download the app",
    "get the app",
];

/// Substrings that mark footers and legal lines.
pub static FOOTER_MARKERS: &[&str] = &[
    "©",
    "(c) copyright",
    "copyright ©",
    "our standards:",
    "trust principles",
    "corrections and clarifications",
    "submit a news tip",
    "terms of service",
    "privacy policy",
    "this material may not be published",
    "may not be published, broadcast",
    // The print edition's notice under a web story.
    "appears in print on",
    "appeared in print on",
    // A blog post's filing line ("This entry was posted in News and tagged
    // X. Bookmark the permalink."), in the blog platforms' languages.
    "bookmark the permalink",
    "this entry was posted in",
    "and is filed under",
    "follow any responses to this entry",
    "lesezeichen für den permalink",
    "dieser eintrag wurde veröffentlicht in",
    "marque-page le permalien",
    "cette entrée a été publiée dans",
    "guarda el enlace permanente",
    "esta entrada fue publicada en",
    "aggiungi ai segnalibri il permalink",
    "questa voce è stata pubblicata in",
];

/// The rights notice of a site's copyright line, lower-case ("All rights
/// reserved" in the languages the crate reads): footer markers too.
pub static RIGHTS_RESERVED: &[&str] = &[
    "all rights reserved",
    "alle rechte vorbehalten",
    "riproduzione riservata",
    "todos os direitos reservados",
    "alle rechten voorbehouden",
    "tous droits réservés",
    "todos los derechos reservados",
];

/// True when `line` holds a rights notice ("© 2025 City Paper. All rights
/// reserved."): a site's copyright line, not a photo's credit.
pub(crate) fn has_rights_notice(line: &str) -> bool {
    static N: Needles = Needles::new(RIGHTS_RESERVED);
    line.len() <= 400 && N.found_in(&line.to_lowercase())
}

/// First words of interface lines ("Follow X on Twitter", "About the author",
/// "Updated 3:05 PM", "Cover image: ...") that are never a headline.
pub(crate) static UI_PREFIXES: &[&str] = &[
    "follow ",
    "about ",
    "updated",
    "posted",
    "published",
    "last updated",
    "by ",
    "cover image",
    "photo:",
    "image:",
    "photo by",
    "share ",
    "sign in",
    "sign up",
    "sign out",
    "log in",
    "log out",
    "edit profile",
    "subscribe",
    "click ",
    "download ",
    "watch:",
    "listen:",
    "get the ",
    "more from ",
    "view ",
    "see all",
    "email ",
    "contact ",
    "advertise",
    "something went wrong",
    "work with us",
    "skip to",
    "jump to",
    "zum inhalt",
    "direkt zu",
    "springe zu",
    "aller au ",
    "ir al contenido",
    "saltar al",
    "vai al contenuto",
    "follow",
    "loading",
];

/// True when a line is interface text rather than content (see `UI_PREFIXES`).
pub fn is_ui_line(line: &str) -> bool {
    let l = line.trim_start().to_lowercase();
    UI_PREFIXES.iter().any(|p| l.starts_with(p))
}

/// The labels a web server's scripting language prints its errors and
/// warnings with, at the top of a broken page.
static SERVER_ERROR_LABELS: &[&str] = &[
    "Deprecated:",
    "Strict Standards:",
    "Warning:",
    "Notice:",
    "Fatal error:",
    "Parse error:",
    "Catchable fatal error:",
];

/// True for an error or warning a page's server printed into it
/// ("Deprecated: Assigning the return value of new by reference is
/// deprecated in /www/wp-settings.php on line 520"): one of the labels, then
/// the file path it names and its line number, ending the line.
pub fn is_server_error(line: &str) -> bool {
    let t = line.trim();
    let labelled = SERVER_ERROR_LABELS
        .iter()
        .any(|l| t.get(..l.len()).is_some_and(|h| h.eq_ignore_ascii_case(l)));
    labelled
        && t.contains(" in /")
        && t.rsplit_once(" on line ")
            .is_some_and(|(_, n)| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
}

/// Social networks named by "follow us" prompts.
pub(crate) static SOCIAL_NETWORKS: &[&str] = &[
    "twitter",
    "facebook",
    "instagram",
    "youtube",
    "linkedin",
    "tiktok",
    "telegram",
    "whatsapp",
    "pinterest",
    "threads",
    "mastodon",
    "bluesky",
    "snapchat",
];

/// Opening words of a "follow us" prompt, per language.
static FOLLOW_OPENERS: &[&str] = &[
    "follow ",
    "like us",
    "find us",
    "connect with",
    "join us on",
    "folgen sie",
    "folge uns",
    "suivez",
    "síguenos",
    "siguenos",
    "seguici",
    "siga-nos",
    "siga a",
    "siga o",
    "volg ",
    "подписывайтесь",
    "підписуйтесь",
    "слідкуйте",
];

/// True for a lower-case word that prompts to follow a writer ("follow",
/// "folgen", "suivez": the first word of a follow prompt's opener) or names
/// a social network ("twitter"), as printed before a writer's handle.
pub(crate) fn is_follow_word(lower: &str) -> bool {
    FOLLOW_OPENERS
        .iter()
        .any(|p| p.split(' ').next() == Some(lower))
        || SOCIAL_NETWORKS.contains(&lower)
}

/// True for a short prompt to follow the outlet or the writer on social
/// networks ("Follow Newsbeat on Instagram, Facebook, Twitter and YouTube.").
#[cfg(test)]
pub fn is_follow_prompt(line: &str) -> bool {
    is_follow_prompt_lower(&crate::table::lower(line))
}

/// [`is_follow_prompt`] of a line already lower-cased.
pub(crate) fn is_follow_prompt_lower(l: &str) -> bool {
    if l.len() > 200 {
        return false;
    }
    // The opener first: it rules out most lines at once.
    let l = l.trim_start();
    FOLLOW_OPENERS.iter().any(|p| l.starts_with(p))
        && l.split_whitespace().nth(16).is_none()
        && SOCIAL_NETWORKS.iter().any(|n| l.contains(n))
}

/// Substrings that, together with "cookie", mark a cookie-consent notice.
pub static COOKIE_MARKERS: &[&str] = &[
    "website",
    "site",
    "browser",
    "consent",
    "accept",
    "privacy",
    "experience",
    "third-party",
    "third party",
    "opt-out",
    "opt out",
    "settings",
    "preferences",
];

/// True for a cookie-consent or privacy notice line.
#[cfg(test)]
pub fn is_cookie_notice(line: &str) -> bool {
    line.len() <= 1500 && is_cookie_notice_lower(&line.to_lowercase())
}

/// [`is_cookie_notice`] of a line already lower-cased (no length limit).
pub(crate) fn is_cookie_notice_lower(l: &str) -> bool {
    static N: Needles = Needles::new(COOKIE_MARKERS);
    (crate::table::has_sub(l, "cookie") || crate::table::has_sub(l, "gdpr")) && N.found_in(l)
}

/// True when the lower-cased `l` holds one of [`COMMENT_MARKERS`].
pub(crate) fn has_comment_marker(l: &str) -> bool {
    static N: Needles = Needles::new(COMMENT_MARKERS);
    N.found_in(l)
}

/// True when the lower-cased `l` holds one of [`NEWSLETTER_MARKERS`].
pub(crate) fn has_newsletter_marker(l: &str) -> bool {
    static N: Needles = Needles::new(NEWSLETTER_MARKERS);
    N.found_in(l)
}

/// True when the lower-cased `l` holds one of [`COMMENT_MARKERS`],
/// [`NEWSLETTER_MARKERS`], [`FOOTER_MARKERS`] or [`RIGHTS_RESERVED`]: one
/// pass over the line for the lists, which most lines hold none of.
pub(crate) fn has_any_marker(l: &str) -> bool {
    static ALL: OnceLock<Vec<&'static str>> = OnceLock::new();
    static N: OnceLock<Needles> = OnceLock::new();
    N.get_or_init(|| {
        Needles::new(ALL.get_or_init(|| {
            COMMENT_MARKERS
                .iter()
                .chain(NEWSLETTER_MARKERS)
                .chain(FOOTER_MARKERS)
                .chain(RIGHTS_RESERVED)
                .copied()
                .collect()
        }))
    })
    .found_in(l)
}

/// True when the lower-cased `l` holds one of [`FOOTER_MARKERS`] or
/// [`RIGHTS_RESERVED`].
pub(crate) fn has_footer_marker(l: &str) -> bool {
    static N: Needles = Needles::new(FOOTER_MARKERS);
    static R: Needles = Needles::new(RIGHTS_RESERVED);
    N.found_in(l) || R.found_in(l)
}

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
];

/// True when `line` is a comment's reply button alone ([`REPLY_BUTTONS`],
/// compared by [`key`]: "Reply", "Reply ↓" is not).
pub fn is_reply_button(line: &str) -> bool {
    line.len() <= 24 && with_key(line, |k| REPLY_BUTTONS.contains(&k))
}

/// The verbs a comment thread prints after each commenter's name ("Jane
/// says:", "Jan sagt:", "Jeanne dit :", "Juan dice:", "Jane wrote on March
/// 11th, 2015 at 02:57:"), in lower case.
pub static COMMENTER_VERBS: &[&str] = &[
    "says",
    "said",
    "wrote",
    "writes",
    "sagt",
    "schreibt",
    "schrieb",
    "dit",
    "écrit",
    "dice",
    "escribió",
    "disse",
    "escreveu",
    "scrive",
    "scritto",
    "zegt",
    "schreef",
    "пишет",
    "написал",
];

/// True when `line` is a commenter's line: a name of one to six words (no
/// lower-case function word among several), then
/// a verb of [`COMMENTER_VERBS`] and a colon ending the line, or the verb,
/// "on"/"am"/"le" and a date, then the colon. A headline that reports speech
/// ("Minister says taxes will rise") has no colon at its end. A forum's form
/// is read too: "by" before a handle, the member number and a star after it,
/// and the colon on the verb before the date ("by vlm (69642) writes:",
/// "by Jo (9) * writes: on Tuesday July 24, @11:35AM (#40750343)").
pub fn is_commenter_line(line: &str) -> bool {
    let t = line.trim();
    // Both forms hold a colon (most lines have none: no words gathered).
    if t.len() > 120 || memchr::memchr(b':', t.as_bytes()).is_none() {
        return false;
    }
    let colon_last = t.ends_with(':');
    let body = t.trim_end_matches(':').trim_end();
    let words: Vec<&str> = body.split_whitespace().collect();
    let verb = |w: &str| crate::table::with_lower(w, |l| COMMENTER_VERBS.contains(&l));
    // The verb: the last word, or the word before "on"/"am"/"le" and a date.
    let at = words.iter().rposition(|w| {
        if colon_last {
            verb(w)
        } else {
            w.strip_suffix(':').is_some_and(verb)
        }
    });
    let Some(at) = at else {
        return false;
    };
    let after = words.get(at + 1..).unwrap_or(&[]);
    let forum = words.first().is_some_and(|w| *w == "by");
    let dated = match after {
        [] => colon_last,
        _ if !colon_last && !forum => false,
        [on, rest @ ..] => {
            matches!(*on, "on" | "am" | "le" | "el" | "em" | "il" | "op")
                && rest.iter().any(|w| w.bytes().any(|b| b.is_ascii_digit()))
        }
    };
    // The name before the verb (after a date and "/" on some themes), less a
    // forum's "by", member number and star.
    let name: Vec<&str> = words
        .get(..at)
        .unwrap_or(&[])
        .rsplit(|w| *w == "/" || *w == "|")
        .next()
        .unwrap_or(&[])
        .iter()
        .copied()
        .filter(|w| !is_member_mark(w))
        .collect();
    let name = match name.split_first() {
        Some((_, rest)) if forum && !rest.is_empty() => rest,
        _ => &name[..],
    };
    // A name has no lower-case function word ("Here is what the report
    // says:"); a one-word handle may be all lower case ("texydeb says:").
    let named = name.len() == 1
        || name
            .iter()
            .all(|w| !(w.starts_with(|c: char| c.is_lowercase()) && is_stopword(w)));
    dated && named && (1..=6).contains(&name.len())
}

/// A forum's mark after a commenter's handle: the member number in
/// brackets ("(69642)") or a star.
fn is_member_mark(w: &str) -> bool {
    w == "*"
        || w.strip_prefix('(')
            .and_then(|r| r.strip_suffix(')'))
            .is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
}

/// Substrings that open a comment section ("3 thoughts on ...", "12 comments",
/// a comment form's messages).
pub static COMMENT_MARKERS: &[&str] = &[
    "thoughts on “",
    "thoughts on \"",
    "responses to “",
    "responses to \"",
    "comments on “",
    "replies to “",
    "kommentare zu",
    // A blog platform's comment section: its feed prompt, its comment
    // form's preview and verification messages.
    "comment feed for this post",
    "your comment has been saved",
    "your comment has been posted",
    "your comment has not yet been posted",
    "your comment could not be posted",
    "letters and numbers you entered",
    "letters and numbers you see in the image",
    "having trouble reading this image",
];

/// Words that, next to a number, make a counter line ("6 comments", "197 shares").
pub static COUNTER_WORDS: &[&str] = &[
    "comment",
    "comments",
    "kommentar",
    "kommentare",
    "commentaire",
    "commentaires",
    "comentario",
    "comentarios",
    "commento",
    "commenti",
    "comentário",
    "comentários",
    "reactie",
    "reacties",
    "комментарий",
    "комментария",
    "комментариев",
    "коментар",
    "коментарі",
    "коментарів",
    "replies",
    "responses",
    "shares",
    "views",
    "likes",
];

/// True for a short counter line: "New, 6 comments", "0 Comments",
/// "Comments (12)", "12 Kommentare", "197 Shares".
pub fn is_count_line(line: &str) -> bool {
    // The number is a word of digits: a short line without a digit has no
    // count (a cheap test first; most lines have none).
    if line.len() <= 64 && !line.bytes().any(|b| b.is_ascii_digit()) {
        return false;
    }
    let mut words = 0usize;
    let (mut number, mut counter) = (false, false);
    for w in line.split_whitespace() {
        words += 1;
        if words > 4 {
            return false;
        }
        let core = w.trim_matches(|c: char| !c.is_alphanumeric());
        if !core.is_empty() && core.bytes().all(|b| b.is_ascii_digit()) {
            number = true;
        } else if crate::table::with_lower(core, is_counter_word) {
            counter = true;
        }
    }
    number && counter
}

/// The line without a counter printed at its end ("by Harbour Weekly 0
/// Comments" gives "by Harbour Weekly"); `None` when it ends with none.
pub fn strip_trailing_count(line: &str) -> Option<&str> {
    let t = line.trim_end();
    let (head, word) = t.rsplit_once(char::is_whitespace)?;
    let (head, number) = head.trim_end().rsplit_once(char::is_whitespace)?;
    let counted = !number.is_empty() && number.bytes().all(|b| b.is_ascii_digit());
    (counted && crate::table::with_lower(word, is_counter_word)).then(|| head.trim_end())
}

/// True for a word that names comments ("comments", "Kommentare",
/// "commentaires"; any case, punctuation around it ignored): a word of
/// [`COUNTER_WORDS`] other than shares, views and likes.
pub fn is_comment_word(word: &str) -> bool {
    let core = word.trim_matches(|c: char| !c.is_alphanumeric());
    crate::table::with_lower(core, |w| {
        is_counter_word(w) && !matches!(w, "shares" | "views" | "likes")
    })
}

/// True for a line opening with a count of comments: the number, a comment
/// word ([`is_comment_word`]), then the line's end, a mark or a preposition
/// ("{ 2 comments… read them below or add one }", "11 responses to “...”",
/// "#1 Kommentar von Naru"; not "5 Replies That Changed the Debate").
pub fn opens_with_comment_count(line: &str) -> bool {
    let mut words = line.split_whitespace();
    let mut first = words.next().unwrap_or("");
    if first.chars().all(|c| !c.is_alphanumeric()) {
        first = words.next().unwrap_or("");
    }
    let number = first.trim_start_matches(|c: char| !c.is_alphanumeric());
    if number.is_empty() || !number.bytes().all(|b| b.is_ascii_digit()) {
        return false;
    }
    let Some(word) = words.next().filter(|w| is_comment_word(w)) else {
        return false;
    };
    let marked = word.ends_with(|c: char| !c.is_alphanumeric());
    marked
        || words.next().is_none_or(|w| {
            w.chars().all(|c| !c.is_alphanumeric())
                || matches!(
                    w,
                    "to" | "on"
                        | "for"
                        | "zu"
                        | "von"
                        | "zum"
                        | "à"
                        | "sur"
                        | "a"
                        | "en"
                        | "op"
                        | "su"
                )
        })
}

/// True for a lower-case word of [`COUNTER_WORDS`].
fn is_counter_word(lower: &str) -> bool {
    static WORDS: WordList = WordList::new(COUNTER_WORDS);
    WORDS.contains(lower)
}

/// Function words per language, used to judge whether a line reads as prose.
pub static STOPWORDS: &[&str] = &[
    // English
    "the", "a", "an", "and", "or", "of", "to", "in", "on", "for", "with", "that", "this", "is",
    "was", "are", "were", "be", "been", "has", "have", "had", "it", "its", "as", "at", "by",
    "from", "but", "not", "he", "she", "they", "we", "you", "his", "her", "their", "said", "says",
    "will", "would", "could", "which", "who", "after", "about", "than", "more", "into", "also",
    // German
    "der", "die", "das", "und", "ist", "nicht", "ein", "eine", "mit", "für", "auf", "den", "dem",
    "des", "sich", "von", "zu", "im", "es", "sie", "wird", "auch", "sei", "seien", "haben", "hat",
    // French
    "le", "la", "les", "et", "est", "un", "une", "du", "pour", "dans", "qui", "que", "pas", "sur",
    "au", "aux", "ont", "été", "il", "elle", // Spanish / Italian / Portuguese
    "el", "los", "las", "y", "es", "en", "por", "con", "para", "del", "que", "una", "il", "di",
    "che", "non", "per", "della", "sono", "não", "com", "uma", "os", "em",
    // Russian / Ukrainian
    "и", "в", "не", "на", "что", "с", "по", "это", "как", "к", "та", "що", "у", "з", "до", "від",
];

/// True when `line` opens with a lower-case function word and then a
/// capitalised word ("in Featured Article ServiceWorkers", "by Jane Doe",
/// "on Politics"): the tail of a meta row, never a headline.
pub fn opens_with_lower_function_word(line: &str) -> bool {
    let mut words = line.split_whitespace();
    let (Some(first), Some(second)) = (words.next(), words.next()) else {
        return false;
    };
    first.starts_with(|c: char| c.is_lowercase())
        && is_stopword(first)
        && second.starts_with(|c: char| c.is_uppercase())
}

/// True when `word` (lower-case) is a function word of one of the supported languages.
pub fn is_stopword(word: &str) -> bool {
    STOPWORD_LIST.contains(word)
}

static STOPWORD_LIST: WordList = WordList::new(STOPWORDS);

/// The byte length of the longest function word ([`is_stopword`]).
pub(crate) fn stopword_longest() -> usize {
    STOPWORD_LIST.longest()
}

/// [`is_stopword`] of a word of `len` bytes (at most 15) packed by
/// `table::pack_bytes`.
pub(crate) fn is_stopword_packed(key: u128, len: usize) -> bool {
    len <= STOPWORD_LIST.longest() && STOPWORD_LIST.contains_packed(key)
}

static DAY_FIRST_WORDS: WordList = WordList::new(DAY_FIRST_LANGUAGE_WORDS);

/// English function words that vote for month-first numeric dates.
static ENGLISH_VOTE_WORDS: WordList = WordList::new(&[
    "the", "and", "of", "to", "is", "was", "said", "with", "that",
]);

/// How `word` (any case) votes on the page's numeric date order:
/// (an English function word, a word of a day-first language
/// ([`DAY_FIRST_LANGUAGE_WORDS`])); at most one is true.
pub(crate) fn day_order_vote(word: &str) -> (bool, bool) {
    // Lower-casing keeps an ASCII word's length and lower-cases its first
    // byte: when no entry of either list has that first byte and length, the
    // word votes for neither (most words).
    if word.is_ascii()
        && let Some(first) = word.as_bytes().first().map(u8::to_ascii_lowercase)
        && !ENGLISH_VOTE_WORDS.may_hold(first, word.len())
        && !DAY_FIRST_WORDS.may_hold(first, word.len())
    {
        return (false, false);
    }
    // Lower-casing never gives fewer characters than it is given (one
    // character lower-cases to one or more): a word of more characters than
    // the longest entry has bytes is in neither list.
    let longest = ENGLISH_VOTE_WORDS.longest().max(DAY_FIRST_WORDS.longest());
    if !word.is_ascii() && word.chars().nth(longest).is_some() {
        return (false, false);
    }
    if let Some(key) = crate::table::pack_lower_ascii(word) {
        let en = ENGLISH_VOTE_WORDS.contains_packed(key);
        return (en, !en && DAY_FIRST_WORDS.contains_packed(key));
    }
    crate::table::with_lower(word, |w| {
        let en = ENGLISH_VOTE_WORDS.contains(w);
        (en, !en && DAY_FIRST_WORDS.contains(w))
    })
}

/// Every word of the lists [`day_order_vote`] looks words up in (lower case).
pub(crate) fn day_order_words() -> impl Iterator<Item = &'static str> {
    ENGLISH_VOTE_WORDS
        .words()
        .iter()
        .chain(DAY_FIRST_WORDS.words())
        .copied()
}

/// Words that make a page read as German, French, Spanish, Italian,
/// Portuguese, Dutch, Russian or Ukrainian (day-first numeric dates).
pub static DAY_FIRST_LANGUAGE_WORDS: &[&str] = &[
    "der", "die", "das", "und", "nicht", "für", "sich", "wird", "auch", "le", "les", "et", "est",
    "pour", "dans", "qui", "el", "los", "las", "por", "para", "del", "una", "il", "di", "che",
    "della", "não", "uma", "het", "een", "van", "niet", "и", "в", "не", "на", "что", "та", "що",
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_slide_headline_under_its_counter_is_gallery_furniture() {
        for l in [
            "2/50 Star Wars boosts economy",
            "10/12 Über den Wolken",
            " 3/3 Final slide",
        ] {
            assert_eq!(boiler(l), Some(Boiler::Label), "{l}");
        }
        for l in [
            "1/4 cup sugar",
            "1/2 Cup flour",
            "11/20/2019 01:14 PM",
            "24/7 News",
            "9/11: Tragedy",
            "0/5 Nothing yet",
            "1/1000 Chance",
            "2/50",
        ] {
            assert!(!is_slide_title(l), "{l}");
        }
    }

    #[test]
    fn related_heading_gate_admits_every_prefix() {
        // `is_related_heading` rules out keys by their first byte.
        for p in RELATED_HEADING_PREFIXES.iter().chain(&["more "]) {
            let first = p.as_bytes().first().copied();
            assert!(
                first.is_some_and(|b| related_first_bytes()[usize::from(b)]),
                "{p}"
            );
        }
        assert!(!related_first_bytes()[usize::from(b'z')]);
        // `phrase_run` rules out first words by their first byte and length.
        for w in first_words() {
            assert!(first_word_shapes().admits(w), "{w}");
        }
    }

    #[test]
    fn keys_on_the_stack_are_the_keys() {
        let pieces = [
            " ",
            "\t",
            "\x0B",
            "A",
            "b",
            "Z",
            ":",
            "…",
            "»",
            "|",
            "·",
            "-",
            "—",
            ")",
            "(",
            "[",
            "«",
            "<",
            "é",
            "É",
            "1",
            "Share",
            "x".repeat(40).as_str(),
        ]
        .map(String::from);
        let pieces: Vec<&str> = pieces.iter().map(String::as_str).collect();
        let mut texts = crate::testgen::Texts::new(&pieces, 0x2545_F491_4F6C_DD1D);
        for len in 0..3000 {
            let line = texts.text(len % 16);
            assert_eq!(with_key(&line, str::to_string), key(&line), "{line:?}");
        }
    }

    #[test]
    fn day_order_votes_as_the_lists_say() {
        // The vote of a word is its lower case's membership in the lists.
        let slow = |w: &str| {
            let l = w.to_lowercase();
            let en = ENGLISH_VOTE_WORDS.words().contains(&l.as_str());
            (en, !en && DAY_FIRST_LANGUAGE_WORDS.contains(&l.as_str()))
        };
        let mut words: Vec<String> = Vec::new();
        for w in ENGLISH_VOTE_WORDS
            .words()
            .iter()
            .chain(DAY_FIRST_LANGUAGE_WORDS)
        {
            let upper = w.to_uppercase();
            let mut title = w
                .chars()
                .next()
                .map(|c| c.to_uppercase().collect::<String>());
            if let Some(t) = title.as_mut() {
                t.extend(w.chars().skip(1));
            }
            words.extend([w.to_string(), upper, title.unwrap_or_default()]);
            words.extend([
                format!("{w}s"),
                format!("x{w}"),
                w.chars().skip(1).collect(),
            ]);
        }
        words.extend(["ДЛЯ", "Über", "İ", "NICHTS", "ЧТОБЫ", "straße", ""].map(String::from));
        let mut votes = 0;
        for w in &words {
            assert_eq!(day_order_vote(w), slow(w), "{w:?}");
            votes += usize::from(slow(w) != (false, false));
        }
        assert!(votes > 100, "{votes}");
    }

    #[test]
    fn keys_trim_decorations() {
        assert_eq!(key("  Share this:  "), "share this");
        assert_eq!(key("Next: "), "next");
        assert_eq!(key("« Previous"), "previous");
        assert_eq!(key("Loading..."), "loading...");
        assert_eq!(key("(Updated: )"), "updated");
    }

    #[test]
    fn lookups() {
        assert_eq!(boiler("RELATED COVERAGE"), Some(Boiler::RelatedHeader));
        assert_eq!(boiler("Leave a Reply"), Some(Boiler::Comments));
        assert_eq!(boiler("Comment *"), Some(Boiler::Comments));
        assert_eq!(boiler("Key points:"), Some(Boiler::KeyPointsHeader));
        assert_eq!(boiler("Suggested Topics:"), Some(Boiler::TagsHeader));
        assert_eq!(boiler("ABOUT THE AUTHOR"), Some(Boiler::AuthorBoxHeader));
        assert_eq!(boiler("Ukraine wants leaders involved"), None);
    }
}

/// The examples of this module's functions.
#[cfg(test)]
mod examples {
    #[test]
    fn boiler() {
        use super::{Boiler, boiler};
        assert_eq!(boiler("Advertisement"), Some(Boiler::Advertisement));
        assert_eq!(boiler("Share this article"), Some(Boiler::Share));
        assert_eq!(boiler("Mehr zum Thema"), Some(Boiler::RelatedHeader));
        assert_eq!(boiler("More from Europe"), Some(Boiler::RelatedHeader));
        assert_eq!(
            boiler("Read more from Sky News:"),
            Some(Boiler::RelatedHeader)
        );
        assert_eq!(boiler("Story continues"), Some(Boiler::Advertisement));
        assert_eq!(boiler("MORE FOR YOU"), Some(Boiler::RelatedHeader));
        // A blog's filing line under the post.
        assert!(super::has_footer_marker(
            "this entry was posted on thursday, august 9th, 2012 at 12:04 am and is filed under news."
        ));
        // An author box's heading, in German's gender-inclusive spellings too.
        for h in [
            "About the author",
            "Autor:innen",
            "Autorinnen",
            "Über die Autoren",
        ] {
            assert_eq!(boiler(h), Some(Boiler::AuthorBoxHeader), "{h}");
        }
        // An advertising widget's label, printed twice without a separator.
        for w in [
            "Sponsored Links Sponsored Links",
            "by Taboola by Taboola",
            "Promoted Stories",
        ] {
            assert_eq!(boiler(w), Some(Boiler::Advertisement), "{w}");
        }
        assert_eq!(boiler("More in Politics"), Some(Boiler::RelatedHeader));
        assert_eq!(
            boiler("More Great Tech Stories"),
            Some(Boiler::RelatedHeader)
        );
        assert_eq!(boiler("Image 1 of 12"), Some(Boiler::Label));
        assert_eq!(boiler("3/8"), Some(Boiler::Label));
        assert_eq!(boiler("1  /  1"), Some(Boiler::Label));
        assert_eq!(boiler("The council voted on Monday."), None);
    }

    #[test]
    fn pipe_menus_are_navigation() {
        assert_eq!(
            super::boiler("Home | World | Business | Sport"),
            Some(super::Boiler::Navigation)
        );
        assert_eq!(super::boiler("News | Local | Sport"), None);
        assert_eq!(
            super::boiler("By Jane Doe | CNN | Politics | Opinion"),
            None
        );
        assert_eq!(
            super::boiler("Jane Doe | CNN | Updated 5:53 PM | Politics"),
            None
        );
        assert_eq!(
            super::boiler("He said | she said it was over. | Then"),
            None
        );
    }

    /// Asserts that `test` holds for every line of `yes` and for none of `no`.
    fn sorts(test: fn(&str) -> bool, yes: &[&str], no: &[&str]) {
        for line in yes {
            assert!(test(line), "{line:?}");
        }
        for line in no {
            assert!(!test(line), "{line:?}");
        }
    }

    #[test]
    fn legal_links_cookie_buttons_and_back_to_top_links_in_other_languages() {
        use super::{Boiler, boiler};
        for line in [
            "Haftungsausschluss",
            "Datenschutzerklärung",
            "Alle akzeptieren",
            "AGB",
        ] {
            assert_eq!(boiler(line), Some(Boiler::Footer), "{line:?}");
        }
        for line in [
            "Nach oben",
            "Zurück zur Übersicht",
            "Zum Seitenanfang",
            "Retour en haut",
        ] {
            assert_eq!(boiler(line), Some(Boiler::Navigation), "{line:?}");
        }
        // The same words in a sentence are no boilerplate.
        assert_eq!(
            boiler("Nach oben ging es für den Verein in dieser Saison"),
            None
        );
        assert_eq!(boiler("Disclaimer: the author owns shares"), None);
    }

    #[test]
    fn interface_phrases_printed_without_separators() {
        use super::{Boiler, boiler};
        assert_eq!(boiler("Menü Springe zum Inhalt"), Some(Boiler::Navigation));
        assert_eq!(
            boiler("Zum Inhalt springen Zur Hauptnavigation springen Zur Fußzeile springen"),
            Some(Boiler::Navigation)
        );
        assert_eq!(
            boiler("Schreibe einen Kommentar Antworten abbrechen"),
            Some(Boiler::Comments)
        );
        // A phrase of the table followed by other words is no run.
        assert_eq!(boiler("Search for the missing hikers goes on"), None);
        assert_eq!(boiler("Home Secretary resigns"), None);
    }

    #[test]
    fn commenter_lines_end_with_a_verb_and_a_colon() {
        let yes = [
            "Jane Doe says:",
            "Marrije Says:",
            "11. Jul, 2012 / The Young Bigmouth says:",
            "Yvonne sagt:",
            "Jeanne dit :",
            "K.G. Schneider wrote:",
            "Alexander Petrov wrote on March 11th, 2015 at 02:57:",
            "by vlm (69642) writes:",
            "by mcgrew (92797) * writes: on Tuesday July 24, @11:35AM (#40750343) Journal",
        ];
        let no = [
            "Minister says taxes will rise",
            "'We had some issues,' exec says on Disney+ glitches",
            "Here is what the report says:",
            "says:",
            "The mayor wrote on his blog:",
            "Hugh Pickens writes \"Louis Uchitelle writes that in Aisle 34\"",
            "by the way, she writes:",
            "The minister writes: on Tuesday the 4th we meet",
        ];
        sorts(super::is_commenter_line, &yes, &no);
    }

    #[test]
    fn comment_counts_open_their_lines() {
        let yes = [
            "{ 2 comments… read them below or add one }",
            "11 responses to “The Loneliest Woman in the World”",
            "#1 Kommentar von Naru-chan",
            "604 COMMENTS",
            "35 Comments »",
        ];
        let no = [
            "5 Replies That Changed the Debate",
            "Comments (12)",
            "2024 comments policy",
            "12 Days of Christmas",
        ];
        sorts(super::opens_with_comment_count, &yes, &no);
    }

    #[test]
    fn server_errors_name_a_file_and_a_line() {
        let yes = [
            "Deprecated: Assigning the return value of new by reference is deprecated in /www/htdocs/wp-settings.php on line 520",
            "Strict Standards: Redefining already defined constructor for class wpdb in /var/www/wp-includes/wp-db.php on line 306",
            "Warning: Cannot modify header information in /home/site/index.php on line 12",
        ];
        let no = [
            "Warning: storms expected in /r/weather threads on line 5 of the forecast",
            "Warning: heavy rain on the line from Leeds to York",
            "Notice: the office is closed on Monday",
            "Fatal error in the cockpit, the report says",
        ];
        sorts(super::is_server_error, &yes, &no);
    }

    #[test]
    fn links_printed_with_an_arrow() {
        let yes = [
            "« Older post title | Main | Newer post title »",
            "All Trailers→",
            "SHOP NOW >",
            "‹ Back to the blog",
            "Next: Road work to close the bridge »",
        ];
        let no = [
            "« Nous ne pouvons plus vivre » : les agriculteurs bloquent Bruxelles",
            "Il a dit : « Nous partons »",
            "»Einfach kein Geld mehr, um die Miete zu zahlen«",
            "«Wir waren fast 40 Tage in Quarantäne»",
            "Storm closes schools",
        ];
        sorts(super::is_arrow_link, &yes, &no);
        sorts(
            super::opens_with_lower_function_word,
            &[
                "in Featured Article ServiceWorkers WebAPI",
                "on Politics",
                "by Jane Doe",
            ],
            &[
                "iPhone 14: Warum sich das Warten lohnt",
                "kein App Store mehr",
                "In Kyiv",
            ],
        );
        let pairs = ["« Vorige | Nächste »", "« Older post | Main | Newer post »"];
        sorts(
            super::is_arrow_pair,
            &pairs,
            &["View this image ›", "‹ Back"],
        );
    }

    #[test]
    fn share_buttons_are_share_rows() {
        for t in [
            "Click to share on Twitter (Opens in new window)",
            "Klick, um über Twitter zu teilen (Wird in neuem Fenster geöffnet)",
            "Klicken, um auf Facebook zu teilen (Wird in neuem Fenster geöffnet)",
            "Beitrag nicht abgeschickt - E-Mail Adresse kontrollieren!",
            "Post was not sent - check your email addresses!",
        ] {
            assert_eq!(super::boiler(t), Some(super::Boiler::Share), "{t}");
        }
        assert_eq!(super::boiler("Click here to read the full report"), None);
    }

    #[test]
    fn a_player_button_with_its_length() {
        for t in [
            "Listen to this article · 4:12 min",
            "Listen (3 min)",
            "Listen · 12:05",
        ] {
            assert_eq!(super::boiler(t), Some(super::Boiler::Share), "{t}");
        }
        for t in [
            "Listen to Jones 4:12",
            "The vote took 45 min",
            "Updated 14:30",
        ] {
            assert_ne!(super::boiler(t), Some(super::Boiler::Share), "{t}");
        }
    }

    #[test]
    fn is_share_row() {
        assert!(super::is_share_row(
            "Facebook Twitter Email LinkedIn Reddit Pinterest"
        ));
        assert!(super::is_share_row(
            "Share on: Facebook Twitter Reddit Google+"
        ));
        assert!(super::is_share_row(
            "Print This Article Share it With Friends"
        ));
        assert!(!super::is_share_row("Share prices fell on Monday"));
        assert!(super::opens_with_related_prefix(
            "Lire aussi : La Commission propose"
        ));
        assert!(super::opens_with_related_prefix(
            "READ MORE: Storm hits coast"
        ));
        assert!(!super::opens_with_related_prefix(
            "Related research found that ..."
        ));
        // Other languages: the verbs and prepositions around the networks.
        assert!(super::is_share_row(
            "Auf Facebook teilen Auf WhatsApp teilen Auf Twitter teilen"
        ));
        assert!(super::is_share_row("Partager sur Facebook Partager sur X"));
        assert!(!super::is_share_row("Auf Facebook teilen Eltern Fotos"));
        assert!(!super::is_share_row("En Twitter dijo el ministro"));
    }

    #[test]
    fn skip_links_and_search_boxes_are_navigation() {
        for line in [
            "Zum Inhalt springen",
            "Direkt zur Suche",
            "Close this search box.",
            "Jump to navigation",
            "Aller au contenu",
        ] {
            assert_eq!(
                super::boiler(line),
                Some(super::Boiler::Navigation),
                "{line}"
            );
        }
        assert!(super::is_ui_line(
            "Zum Inhalt springen Zur Hauptnavigation springen"
        ));
        assert_eq!(super::boiler("Zum Inhalt der Debatte"), None);
    }

    #[test]
    fn is_ui_line() {
        assert!(super::is_ui_line("Follow Jane Doe on Twitter"));
        assert!(!super::is_ui_line("Floods close schools across the region"));
    }

    #[test]
    fn is_follow_prompt() {
        assert!(super::is_follow_prompt(
            "Follow us on Twitter and Facebook."
        ));
        assert!(super::is_follow_prompt(
            "Follow me on Twitter or LinkedIn. Check out my website."
        ));
        assert!(!super::is_follow_prompt(
            "Follow the money, the investigators said, and you will find the donors behind the campaign on Facebook."
        ));
        assert!(!super::is_follow_prompt("Twitter shares rose on Monday."));
    }

    #[test]
    fn is_cookie_notice() {
        assert!(super::is_cookie_notice(
            "This website uses cookies to improve your experience."
        ));
        assert!(!super::is_cookie_notice(
            "She baked cookies for the whole street."
        ));
    }

    #[test]
    fn is_count_line() {
        assert!(super::is_count_line("New, 6 comments"));
        assert!(super::is_count_line("Comments (12)"));
        assert!(super::is_count_line("197 Shares"));
        assert!(!super::is_count_line(
            "Readers left 6 comments on the plan to close the school."
        ));
        assert!(!super::is_count_line("Comments"));
    }

    #[test]
    fn reply_buttons_and_comment_words() {
        for b in ["Reply", "Antworten", "Répondre ", "RESPONDER", "Ответить"] {
            assert!(super::is_reply_button(b), "{b}");
        }
        for b in ["Reply to this story and win", "Replying", "Answer"] {
            assert!(!super::is_reply_button(b), "{b}");
        }
        assert_eq!(
            super::boiler("Vorheriger Beitrag"),
            Some(super::Boiler::PrevNext)
        );
        assert!(super::opens_with_related_prefix(
            "Article précédent : Les vendanges"
        ));
        for w in ["comments…", "Kommentare", "(commentaires)"] {
            assert!(super::is_comment_word(w), "{w}");
        }
        for w in ["shares", "views", "Kommentator"] {
            assert!(!super::is_comment_word(w), "{w}");
        }
    }

    #[test]
    fn strip_trailing_count() {
        use super::strip_trailing_count;
        assert_eq!(
            strip_trailing_count("by Harbour Weekly 0 Comments"),
            Some("by Harbour Weekly")
        );
        assert_eq!(strip_trailing_count("By Jane Doe"), None);
    }
}

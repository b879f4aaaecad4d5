//! Word lists the byline grammar uses to tell names from everything else.
//! All entries are lower-case (look-ups lower-case the word first), but for
//! the post-nominal letters, matched as printed ("PhD", "MS").

use crate::table::WordList;

/// Lower-case function words: a name never contains one of these.
#[rustfmt::skip]
pub(crate) static FUNCTION_WORDS: WordList = WordList::new(&[
    "a", "an", "the", "and", "or", "of", "in", "on", "at", "to", "for", "with", "by", "from",
    "about", "into", "onto", "over", "under", "after", "before", "is", "are", "was", "were", "be",
    "been", "has", "have", "had", "this", "that", "these", "those", "it", "its", "his", "her",
    "hers", "their", "our", "my", "your", "not", "no", "but", "as", "if", "than", "then", "so",
    "up", "out", "off", "we", "you", "they", "he", "she", "i", "me", "us", "them", "who", "what",
    "why", "how", "when", "where", "which", "all", "any", "some", "more", "most", "less", "very",
    "just", "now", "here", "there", "amid", "against", "between", "via", "per", "vs", "versus",
    "says", "said", "will", "would", "could", "should", "must", "can't", "won't", "don't", "does",
    "did", "do", "also", "only", "again", "still", "yet", "why", "how", "der", "die", "das", "und",
    "le", "la", "les", "et", "el", "los", "las", "y", "il", "lo", "gli", "e", "het", "een", "en",
    // German, French, Spanish, Italian and Dutch function words that are
    // no name particle ("von", "de", "van", "der" may be)
    "für", "über", "mit", "auf", "aus", "bei", "nach", "ein", "eine",
    "einer", "nicht", "ist", "sind", "wie", "wir", "ihr", "unser", "unsere", "alle", "alles", "weitere",
    "ähnliche", "andere", "pour", "avec", "sur", "dans", "une", "sans", "tous", "para", "con",
    "sobre", "una", "todos", "otros", "per", "sul", "tutti", "altri", "voor", "met", "meer",
    "other", "others",
    // German pronouns and possessives, capitalised at a line's start or as
    // the polite "Sie" ("Aktivieren Sie Java", "Meine Geschichte")
    "sie", "ich", "es", "mein", "meine", "meinen", "dein", "deine", "sein", "seine",
    "ihre", "euer", "eure",
]);

/// Interface, navigation and boilerplate words ("Read more", "Follow").
#[rustfmt::skip]
pub(crate) static UI_WORDS: WordList = WordList::new(&[
    "read", "more", "show", "hide", "follow", "following", "followers", "email", "e-mail", "mail",
    "share", "shares", "sharing", "print", "comment", "comments", "published", "updated", "posted",
    "modified", "created", "edited", "min", "mins", "minute", "minutes", "hour", "hours", "ago",
    "loading", "loading...", "avatar", "subscribe", "subscribers", "sign", "login", "logout", "log",
    "register", "menu", "search", "home", "social", "stories", "story", "related", "next",
    "previous", "prev", "top", "latest", "news", "feed", "video", "videos", "photo", "photos",
    "image", "images", "gallery", "live", "breaking", "watch", "listen", "audio", "podcast",
    "newsletter", "newsletters", "advertisement", "advert", "ad", "ads", "sponsored", "promoted",
    "opinion", "analysis", "editorial", "author", "authors", "bio", "profile", "contact", "twitter",
    "facebook", "linkedin", "instagram", "whatsapp", "telegram", "reddit", "youtube", "tiktok",
    "threads", "bluesky", "copy", "link", "links", "save", "saved", "bookmark", "tweet", "reply",
    "order", "reprint", "reprints", "permissions",
    // A video player's controls ("Stream TypeLIVE", "Remaining Time -0:00")
    "stream", "streaming", "playback", "duration", "remaining", "loaded", "fullscreen", "mute",
    "unmute", "volume", "subtitles", "captions", "type",
    "replies", "like", "likes", "view", "views", "click", "tap", "skip", "content", "main", "page",
    "section", "today", "yesterday", "tomorrow", "correction", "corrections", "about", "terms",
    "privacy", "policy", "cookies", "cookie", "settings", "notifications", "notification", "open",
    "close", "toggle", "see", "continue", "reading", "full", "article", "articles", "report",
    "reports", "sport", "sports", "business", "world", "politics", "weather", "tech", "technology",
    "science", "health", "entertainment", "culture", "lifestyle", "travel", "markets", "economy",
    "features", "explainer", "exclusive", "update", "updates", "alert", "alerts", "highlights",
    "topics", "topic", "tags", "tag", "trending", "popular", "recommended", "sections", "archive",
    "archives", "download", "app", "apps", "listen", "play", "pause", "back", "forward", "expand",
    "collapse", "caption", "credit", "credits", "source", "sources", "getty", "shutterstock",
    "file", "handout", "pool", "byline", "headline", "summary", "overview", "introduction",
    "conclusion", "chapter", "contents", "index", "more...", "post", "posts", "feedback", "help",
    "faq", "donate", "support", "subscription", "premium", "free", "trial", "offer", "deal",
    "deals", "shop", "store", "buy", "sale", "jobs", "careers", "events", "obituaries",
    "classifieds", "games", "puzzles", "crossword", "horoscope", "horoscopes", "lottery", "traffic",
    "local", "national", "international", "regional", "world's", "week", "weeks", "month", "months",
    "year", "years", "day", "days", "am", "pm", "a.m.", "p.m.", "gmt", "utc", "est", "edt", "pst",
    "pdt", "cet", "cest", "bst", "ist", "noon", "midnight", "weiterlesen", "teilen", "mehr",
    "lesen", "aktualisiert", "veröffentlicht", "erstellt", "geändert", "modifié", "publicado",
    "actualizado", "pubblicato", "aggiornato", "gepubliceerd", "bijgewerkt", "partager", "lire", "suite", "publié", "compartir",
    "leer", "más", "condividi", "leggi", "delen", "lees", "meer", "поделиться", "читать", "далее",
    "новости", "picks", "pick", "key", "points", "takeaways", "fact", "check", "edition", "data",
    "protection", "site", "map", "statement", "accessibility", "manage", "preferences",
    "navigation", "staff", "newsroom", "contributors", "contributor", "people", "our", "listings",
    "guide", "guides", "review", "reviews", "quiz", "quizzes", "letters", "obituary", "forecast",
    "podcasts", "programs", "shows", "schedule", "series", "episode", "episodes", "season",
    "recipes", "recipe", "url", "shareable", "short", "permalink", "embed", "qr", "pdf",
    // A blog's filing row after the byline ("Categories: ...", "Leave a comment")
    "categories", "category", "uncategorized", "leave",
    // The same in German, French, Spanish, Italian and Dutch
    "artikel", "beiträge", "beitrag", "informationen", "suche", "startseite", "kontakt",
    "impressum", "datenschutz", "kommentar", "kommentare", "nachrichten", "vorheriger",
    "nächster", "zurück", "weiter", "übersicht", "erweiterte", "filter", "kategorie",
    "kategorien", "schlagwörter", "themen", "thema", "anmelden", "registrieren", "abonnieren",
    "drucken", "seite", "seiten", "vorteile", "nachteile", "datum", "veröffentlichung", "explore",
    "sites", "accueil", "recherche", "rechercher", "suivant", "précédent", "commentaires",
    "catégorie", "voir", "inicio", "buscar", "siguiente", "anterior", "comentarios", "noticias",
    "categoría", "artículos", "artículo", "cerca", "successivo", "precedente", "commenti",
    "notizie", "articoli", "articolo", "zoeken", "volgende", "vorige", "reacties", "nieuws",
    "artikelen",
]);

/// Words of places and organisations that are never part of a person's name.
#[rustfmt::skip]
pub(crate) static PLACE_ORG_WORDS: WordList = WordList::new(&[
    "new", "north", "south", "east", "west", "northern", "southern", "eastern", "western",
    "central", "united", "states", "kingdom", "republic", "federal", "federation", "union", "bank",
    "ministry", "department", "council", "university", "college", "school", "schools", "hospital",
    "police", "court", "courts", "government", "party", "press", "agency", "times", "independent",
    "herald", "journal", "media", "group", "company", "inc", "ltd", "corp", "corporation",
    "association", "committee", "commission", "parliament", "congress", "senate", "ministry",
    "office", "institute", "foundation", "network", "broadcasting", "broadcast", "radio",
    "television", "tv", "daily", "weekly", "magazine", "tribune", "telegraph", "gazette",
    "chronicle", "observer", "review", "insider", "online", "service", "services", "international",
    // Business and product nouns of site menus ("Mobile Commerce", "Data Solutions").
    "commerce", "solutions", "technology", "technologies", "software", "marketing", "analytics",
    "platform", "data", "digital", "products", "resources", "insights", "careers", "pricing",
    "enterprise", "ticketing", "nation", "co", "co.",
    "national", "city", "county", "state", "province", "district", "region", "street", "avenue",
    "road", "square", "park", "river", "lake", "island", "islands", "mount", "fort", "port", "bay",
    "valley", "airport", "station", "centre", "center", "club", "fc", "team", "league", "cup",
    "championship", "olympics", "nations", "europe", "european", "america", "american", "americas",
    "africa", "african", "asia", "asian", "pacific", "atlantic", "arctic", "middle", "ukraine",
    "ukrainian", "russia", "russian", "china", "chinese", "israel", "israeli", "gaza",
    "palestinian", "iran", "iranian", "iraq", "syria", "syrian", "india", "indian", "pakistan",
    "afghanistan", "france", "french", "germany", "german", "britain", "british", "england",
    "english", "scotland", "wales", "ireland", "irish", "canada", "canadian", "mexico", "japan",
    "japanese", "korea", "korean", "egypt", "brazil", "australia", "australian", "spain", "spanish",
    "italy", "italian", "poland", "polish", "turkey", "turkish", "saudi", "arabia", "emirates",
    "qatar", "yemen", "lebanon", "sudan", "nigeria", "kenya", "ethiopia", "taiwan", "vietnam",
    "indonesia", "philippines", "thailand", "venezuela", "colombia", "argentina", "chile", "peru",
    "cuba", "greece", "sweden", "norway", "denmark", "finland", "netherlands", "dutch", "belgium",
    "austria", "switzerland", "swiss", "hungary", "romania", "moldova", "belarus", "georgia",
    "armenia", "azerbaijan", "kazakhstan", "kyiv", "kiev", "moscow", "beijing", "tehran", "york",
    "zealand", "hong", "kong", "angeles", "francisco", "diego", "vegas", "nato", "un", "eu", "uk",
    "us", "usa", "u.s.", "u.k.", "white", "house", "kremlin", "pentagon", "downing", "wall",
    "stocks", "shares", "oil", "gas", "war", "peace", "talks", "election", "elections", "vote",
    "crisis", "storm", "fire", "flood", "attack", "strike", "strikes", "deal", "sanctions",
    "minerals", "market", "prices", "inflation", "budget", "tax", "taxes", "trade", "tariffs",
    "climate", "covid", "virus", "president", "minister", "prime", "secretary", "chancellor",
    "senator", "governor", "mayor", "ambassador", "spokesman", "spokeswoman", "spokesperson", "ceo",
    "chairman", "chairwoman", "chair", "officer", "official", "officials", "commander", "general",
    "leader", "leaders", "pope", "queen", "prince", "princess", "sir", "lord", "lady", "dame", "mr",
    "mrs", "ms", "dr", "prof", "president's", "ukraine's", "russia's",
]);

/// Event and programme nouns ("Safety Roundtable", "Battery Session"): menu
/// entries of event pages, never part of a person's name.
#[rustfmt::skip]
pub(crate) static EVENT_WORDS: WordList = WordList::new(&[
    "roundtable", "roundtables", "session", "sessions", "webinar", "webinars", "conference",
    "conferences", "summit", "summits", "symposium", "seminar", "seminars", "workshop",
    "workshops", "expo", "keynote", "panel", "panels", "meetup", "hackathon", "masterclass",
    "awards", "award", "exhibition", "fair", "forum",
]);

/// Words that make a capitalised phrase after a name an outlet's name
/// ("Valley Today", "Tampa Bay Times", "Sky News").
#[rustfmt::skip]
pub(crate) static OUTLET_NAME_WORDS: WordList = WordList::new(&[
    "today", "times", "news", "post", "herald", "journal", "press", "tribune", "gazette", "daily",
    "media", "network", "radio", "tv", "television", "chronicle", "telegraph", "observer",
    "courier", "examiner", "inquirer", "guardian", "magazine", "broadcasting", "newswire",
    // The same in the other languages the crate reads.
    "jornal", "diário", "diario", "periódico", "gazeta", "gazzetta", "giornale", "corriere",
    "zeitung", "quotidien", "hebdo", "revista", "rivista", "folha", "correio", "krant", "dagblad",
    "tidning", "tidningen", "avisen", "noticias", "notícias", "notizie", "nieuws", "nyheter",
]);

/// True when a word of `name` (any case) is one of [`OUTLET_NAME_WORDS`]:
/// an outlet's name ("GAZETA SOMEȘANĂ", "Valley Today"), no person's.
pub(crate) fn names_outlet(name: &str) -> bool {
    name.split_whitespace()
        .any(|w| crate::table::with_lower(w, |l| contains(&OUTLET_NAME_WORDS, l)))
}

/// True for a lower-case word of [`OUTLET_NAME_WORDS`] ("times", "gazette").
pub(crate) fn is_outlet_word(lower: &str) -> bool {
    contains(&OUTLET_NAME_WORDS, lower)
}

/// Verbs that make title-case text a headline, not a name.
#[rustfmt::skip]
pub(crate) static HEADLINE_VERBS: WordList = WordList::new(&[
    "says", "said", "say", "warns", "wants", "want", "calls", "seeks", "urges", "vows", "plans",
    "hits", "faces", "kills", "killed", "wins", "win", "loses", "lose", "holds", "meets", "takes",
    "backs", "slams", "rejects", "denies", "claims", "launches", "opens", "closes", "reopens",
    "rises", "falls", "jumps", "drops", "surges", "plunges", "signs", "announces", "agrees", "sues",
    "bans", "blocks", "cuts", "raises", "returns", "reveals", "leads", "leaves", "joins", "dies",
    "arrested", "charged", "named", "set", "sets", "gets", "makes", "sees", "hold", "push",
    "pushes", "fails", "expands", "approves", "orders", "resigns", "quits", "fires", "tells",
    "asks", "amid", "involved", "need", "needs", "must", "could", "might", "is", "are", "was",
    "will", "be", "has", "have", "new", "how", "why", "what", "who",
    // Presenting verbs that open feature headlines ("Introducing Jane Doe, ...").
    "introducing", "announcing", "meet", "welcoming", "welcome", "presenting", "remembering",
    "celebrating", "honoring", "honouring", "congratulating", "congratulations", "featuring",
]);

/// Name particles, written in lower case inside a name.
pub(crate) static PARTICLES: WordList = WordList::new(&[
    "van", "von", "de", "der", "den", "da", "di", "del", "della", "dei", "du", "des", "la", "le",
    "bin", "binti", "bint", "al", "el", "ibn", "ter", "ten", "dos", "das", "do", "zu", "af", "av",
    "st.", "mac", "ben", "abu", "ould",
]);

/// Generational suffixes ("Jr.", "III").
pub(crate) static SUFFIXES: WordList =
    WordList::new(&["jr", "jr.", "sr", "sr.", "ii", "iii", "iv"]);

/// Month names and abbreviations (English, German, French, Spanish, Italian).
#[rustfmt::skip]
pub(crate) static MONTHS: WordList = WordList::new(&[
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
    "sept", "oct", "nov", "dec", "januar", "februar", "märz", "juni", "juli", "oktober", "dezember",
    "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
    "novembre", "décembre", "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio",
    "agosto", "septiembre", "octubre", "noviembre", "diciembre",
]);

/// Weekday names (never part of a name).
#[rustfmt::skip]
pub(crate) static WEEKDAYS: WordList = WordList::new(&[
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mon", "tue",
    "tues", "wed", "thu", "thur", "thurs", "fri", "montag", "dienstag", "mittwoch", "donnerstag",
    "freitag", "samstag", "sonntag", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi",
    "dimanche", "lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo",
]);

/// Month names that are also common given names or surnames: a stop word only
/// when a number follows ("May 4"), a name otherwise ("Theresa May").
pub(crate) static NAME_MONTHS: WordList =
    WordList::new(&["may", "june", "april", "august", "mars", "mai"]);

/// Conjunctions joining two names ("and", "und", "et", "y", ...).
pub(crate) static CONJUNCTIONS: WordList = WordList::new(&[
    "and", "und", "et", "y", "e", "en", "i", "и", "і", "та", "og", "och", "ve", "és",
    // Welsh, Czech and Slovak "a" ("Gan Elin Puw a Dafydd Hughes"), Welsh "ac".
    "a", "ac", // Low German and Latvian "un", Esperanto "kaj".
    "un", "kaj",
]);

/// Prepositions introducing the place a reporter wrote from ("in Kyiv").
pub(crate) static PLACE_PREPOSITIONS: WordList = WordList::new(&[
    "in", "à", "aus", "en", "desde", "from", "в", "из", "з", "у", "em",
    // Portuguese, Italian and Spanish "from" / "in" ("Por João Silva, do Rio").
    "do", "da", "dos", "das", "de", "no", "na", "nel",
]);

/// True when `lower` (already lower-cased) is a word an outlet's desk
/// closes its credit with: "Reuters staff", "Juba Tribune reporters".
pub(crate) fn is_staff_word(lower: &str) -> bool {
    matches!(lower, "staff" | "reporters" | "correspondents")
}

/// True when `lower` (already lower-cased) is in `list`.
pub(crate) fn contains(list: &WordList, lower: &str) -> bool {
    list.contains(lower)
}

/// Degrees and professional letters printed after a writer's name (health
/// and science sites: "Rachael Link, MS, RD"), as printed.
const POST_NOMINALS: &[&str] = &[
    "PhD", "MD", "MS", "MSc", "MA", "MBA", "MPH", "RD", "RDN", "LD", "RN", "NP", "DO", "DDS",
    "DVM", "PharmD", "BSc", "BA", "APD", "CDE", "CPT", "LCSW", "MSW", "FACP", "CFA", "CPA", "JD",
    "Esq", "FRCP", "MBBS", "MRCP", "CSCS", "IBCLC",
];

/// The token after the post-nominal letters at `i` (and a full stop after
/// them), if `toks[i]` is one.
pub(super) fn post_nominal(toks: &[super::tokens::Tok<'_>], i: usize) -> Option<usize> {
    let t = toks.get(i)?;
    if !t.is_word() || !POST_NOMINALS.contains(&t.text) {
        return None;
    }
    let dot = toks
        .get(i + 1)
        .is_some_and(|d| d.kind == super::tokens::Kind::Dot);
    Some(i + 1 + usize::from(dot))
}

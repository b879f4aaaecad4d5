//! Lexicon of news agencies, wire services, outlets that credit like them
//! ("Al Jazeera") and desks, with their long names folded to one short form.

use crate::table::LengthGate;

/// (canonical short form, every spelling that folds to it, lower-cased).
pub(crate) static AGENCIES: &[(&str, &[&str])] = &[
    ("AP", &["ap", "associated press", "the associated press"]),
    (
        "AFP",
        &[
            "afp",
            "agence france-presse",
            "agence france presse",
            "agence france press",
        ],
    ),
    ("Reuters", &["reuters", "thomson reuters"]),
    (
        "dpa",
        &["dpa", "deutsche presse-agentur", "deutsche presse agentur"],
    ),
    ("EFE", &["efe", "agencia efe"]),
    ("ANSA", &["ansa", "agenzia nazionale stampa associata"]),
    ("PTI", &["pti", "press trust of india"]),
    ("IANS", &["ians", "indo-asian news service"]),
    ("ANI", &["ani", "asian news international"]),
    ("UNI", &["uni", "united news of india"]),
    ("Xinhua", &["xinhua", "xinhua news agency"]),
    ("Yonhap", &["yonhap", "yonhap news agency"]),
    ("Kyodo", &["kyodo", "kyodo news"]),
    ("TASS", &["tass", "itar-tass", "тасс", "итар-тасс"]),
    ("RIA Novosti", &["ria novosti", "ria", "риа новости"]),
    ("Interfax", &["interfax", "интерфакс"]),
    ("Ukrinform", &["ukrinform", "укрінформ"]),
    ("AA", &["aa", "anadolu", "anadolu agency"]),
    ("Bernama", &["bernama"]),
    ("Antara", &["antara"]),
    ("APA", &["apa", "austria presse agentur"]),
    ("SDA", &["sda", "keystone-sda"]),
    ("KNA", &["kna"]),
    ("epd", &["epd"]),
    ("AAP", &["aap", "australian associated press"]),
    ("CP", &["cp", "the canadian press", "canadian press"]),
    ("PA", &["pa", "pa media", "press association"]),
    ("UPI", &["upi", "united press international"]),
    ("Bloomberg", &["bloomberg", "bloomberg news"]),
    ("CNA", &["cna", "central news agency"]),
    ("WAM", &["wam"]),
    ("SPA", &["spa", "saudi press agency"]),
    ("MENA", &["mena"]),
    ("IRNA", &["irna", "ایرنا"]),
    ("Europa Press", &["europa press"]),
    ("Agência Brasil", &["agência brasil", "agencia brasil"]),
    ("Lusa", &["lusa"]),
    ("Belga", &["belga"]),
    ("ANP", &["anp"]),
    ("PAP", &["pap"]),
    ("ČTK", &["ctk", "čtk"]),
    ("NTB", &["ntb"]),
    ("TT", &["tt"]),
    ("Ritzau", &["ritzau"]),
    ("STT", &["stt"]),
    ("NAN", &["nan"]),
    ("KCNA", &["kcna"]),
    ("VNA", &["vna", "vietnam news agency"]),
    ("TTXVN", &["ttxvn"]),
    ("dpa-AFX", &["dpa-afx"]),
    ("Dow Jones", &["dow jones", "dow jones newswires"]),
    ("UNIAN", &["unian", "уніан"]),
    ("Interfax-Ukraine", &["interfax-ukraine"]),
    ("Jiji", &["jiji", "jiji press"]),
    ("SANA", &["sana", "syrian arab news agency"]),
    ("QNA", &["qna", "qatar news agency"]),
    ("KUNA", &["kuna", "kuwait news agency"]),
    ("APP", &["associated press of pakistan"]),
    ("MTI", &["mti"]),
    ("BTA", &["bta", "бта"]),
    ("HINA", &["hina"]),
    ("Tanjug", &["tanjug", "танјуг"]),
    ("Agerpres", &["agerpres"]),
    ("ATS", &["ats"]),
    ("Notimex", &["notimex"]),
    ("Prensa Latina", &["prensa latina"]),
    ("Télam", &["télam", "telam"]),
    ("TNS", &["tns", "tribune news service"]),
    ("NNA", &["nna", "national news agency"]),
    // More national agencies (Catalonia, Slovakia, the Baltic states, Bosnia,
    // Greece, Italy, Spain, Peru, Ghana, the Philippines, Bangladesh,
    // Kazakhstan, Belarus, Vietnam, Iran).
    ("ACN", &["acn", "agència catalana de notícies"]),
    ("TASR", &["tasr"]),
    ("SITA", &["sita"]),
    ("ELTA", &["elta"]),
    ("LETA", &["leta"]),
    ("BNS", &["bns"]),
    ("FENA", &["fena"]),
    ("ANA-MPA", &["ana-mpa", "ape-mpe"]),
    ("AGI", &["agi"]),
    ("Adnkronos", &["adnkronos"]),
    ("Askanews", &["askanews"]),
    ("Servimedia", &["servimedia"]),
    ("Andina", &["andina"]),
    ("GNA", &["gna", "ghana news agency"]),
    ("PNA", &["pna", "philippine news agency"]),
    ("UNB", &["unb"]),
    ("BSS", &["bss", "bangladesh sangbad sangstha"]),
    ("Kazinform", &["kazinform"]),
    ("BelTA", &["belta", "белта"]),
    ("ISNA", &["isna"]),
    ("Tasnim", &["tasnim"]),
    // Broadcasters and outlets that print their name where a byline goes.
    (
        "Al Jazeera",
        &[
            "al jazeera",
            "al-jazeera",
            "aljazeera",
            "al jazeera english",
        ],
    ),
];

/// Desks and collective credits that name no person.
pub(crate) static DESKS: &[&str] = &[
    "staff",
    "staff writer",
    "staff writers",
    "staff reporter",
    "staff report",
    "agencies",
    "agency",
    "news desk",
    "newsdesk",
    "web desk",
    "online desk",
    "digital desk",
    "news agencies",
    "wire reports",
    "wire services",
    "from wire reports",
    "editorial board",
    "the editorial board",
    "editors",
    "redaktion",
    "la rédaction",
    "redacción",
    "redazione",
    "trends desk",
    "sports desk",
    "world desk",
    "business desk",
    "press release",
    "picture desk",
    "photo desk",
    "pictures desk",
    "staff reporters",
    "staff correspondent",
    "staff and wire reports",
    "our correspondent",
    "special correspondent",
    "our correspondents",
    "our reporter",
    "our bureau",
    "correspondents",
    "wire",
    "wires",
    "newswires",
    "news wires",
    "news services",
    "wire staff",
    "editorial staff",
    "editorial team",
    "news team",
    "web team",
    "online team",
    "digital team",
    "web staff",
    "guest author",
    "guest contributor",
    "sponsored content",
    "partner content",
    "red.",
    "la redacción",
    "la redazione",
    "die redaktion",
    "redactie",
    "de redactie",
    "редакция",
    "редакція",
    // The newsroom in Catalan, Czech, Slovak, Polish, Serbian, Bosnian
    // and Croatian, Romanian, Hungarian, Finnish, Greek; Bengali "own
    // correspondent" and "special correspondent".
    "redacció",
    "la redacció",
    "redakce",
    "redakcia",
    "redakcja",
    "redakcija",
    "редакција",
    "redacția",
    "redactia",
    "szerkesztőség",
    "toimitus",
    "σύνταξη",
    "নিজস্ব প্রতিবেদক",
    "বিশেষ প্রতিনিধি",
];

/// True when `s` is an editor's initials as agencies print them after
/// their credit: two to four ASCII lower-case letters ("ČTK, kra",
/// "ANTARA FOTO/Andreas Fitri Atmoko/nym").
pub(crate) fn is_editor_initials(s: &str) -> bool {
    (2..=4).contains(&s.len()) && s.bytes().all(|b| b.is_ascii_lowercase())
}

/// The canonical short form of a news agency name ("Associated Press" gives
/// "AP"), or `None` when `name` is not a known agency.
///
/// ```
/// use newsclip::grammar::agency::canonical_agency;
/// assert_eq!(canonical_agency("Agence France-Presse"), Some("AFP"));
/// assert_eq!(canonical_agency("REUTERS"), Some("Reuters"));
/// assert_eq!(canonical_agency("Jane Doe"), None);
/// ```
pub fn canonical_agency(name: &str) -> Option<&'static str> {
    let n = trim_name(name);
    if n.is_empty() || n.len() > 48 {
        return None;
    }
    // An ASCII name lower-cases to the same length and first letter (lower
    // case): when no spelling has that first letter and that length, it is
    // no agency. Most words looked up fail here.
    if !gate_admits(agency_gate(), n) {
        return None;
    }
    crate::table::with_lower(n, |lower| agency_table().get(lower).copied())
}

/// `name` less white space around it and the dots ending it. Most names
/// looked up open and end with a printable ASCII character other than a
/// dot: then there is nothing to trim, told without decoding characters.
fn trim_name(name: &str) -> &str {
    let b = name.as_bytes();
    match (b.first(), b.last()) {
        (Some(f), Some(&l)) if f.is_ascii_graphic() && l.is_ascii_graphic() && l != b'.' => name,
        _ => name.trim().trim_end_matches('.').trim(),
    }
}

/// The first bytes and lengths of the agencies' spellings (lower case),
/// for a cheap test before the table look-up.
fn agency_gate() -> &'static LengthGate {
    static G: std::sync::OnceLock<LengthGate> = std::sync::OnceLock::new();
    G.get_or_init(|| LengthGate::new(agency_table().keys().copied()))
}

/// False when `n` is ASCII and no key of `gate` (lower case) has its first
/// letter, lower-cased, and its length: an ASCII name lower-cases to the
/// same length and first letter, so it cannot be a key.
fn gate_admits(gate: &LengthGate, n: &str) -> bool {
    !n.is_ascii()
        || n.bytes()
            .next()
            .is_some_and(|b| gate.admits(b.to_ascii_lowercase(), n.len()))
}

/// Every spelling (lower-case) to its canonical form, built once.
fn agency_table() -> &'static crate::table::StrMap<&'static str> {
    static T: std::sync::OnceLock<crate::table::StrMap<&'static str>> = std::sync::OnceLock::new();
    T.get_or_init(|| {
        let mut m = crate::table::StrMap::default();
        for (canon, forms) in AGENCIES {
            for f in *forms {
                m.entry(*f).or_insert(*canon);
            }
        }
        m
    })
}

fn desk_table() -> &'static crate::table::WordList {
    static T: crate::table::WordList = crate::table::WordList::new(DESKS);
    &T
}

/// True when `name` is a desk or collective credit that names no person
/// ("Staff", "Agencies", "Staff Writer", "From wire reports").
///
/// ```
/// use newsclip::grammar::agency::is_desk;
/// assert!(is_desk("Staff Writer"));
/// assert!(!is_desk("Jane Doe"));
/// ```
pub fn is_desk(name: &str) -> bool {
    let n = trim_name(name);
    // (The longest desk, in bytes, is a Bengali one of 48.)
    if n.is_empty() || n.len() > 60 {
        return false;
    }
    static GATE: std::sync::OnceLock<LengthGate> = std::sync::OnceLock::new();
    if !gate_admits(
        GATE.get_or_init(|| LengthGate::new(DESKS.iter().copied())),
        n,
    ) {
        return false;
    }
    crate::table::with_lower(n, |lower| desk_table().contains(lower))
}

/// False when an ASCII `word` opens no agency's spelling nor desk: the
/// name is neither `word` (less the dots ending it) nor `word` and a space
/// then more words, lower-cased, the forms [`canonical_agency`] and
/// [`is_desk`] look up for a word or words joined by single spaces (an ASCII
/// word lower-cases to the same bytes wherever it stands). True for other
/// words.
pub(crate) fn may_open_credit(word: &str) -> bool {
    static OPENINGS: std::sync::OnceLock<crate::table::StrSet> = std::sync::OnceLock::new();
    let set = OPENINGS.get_or_init(|| {
        let names = agency_table().keys().chain(DESKS.iter()).copied();
        names
            .flat_map(|n| [n, n.split_once(' ').map_or(n, |(first, _)| first)])
            .collect()
    });
    !word.is_ascii()
        || crate::table::with_lower(word, |l| {
            set.contains(l) || set.contains(l.trim_end_matches('.'))
        })
}

/// True when `name` is an agency or a desk.
pub fn is_organisation_credit(name: &str) -> bool {
    canonical_agency(name).is_some() || is_desk(name) || is_desk_of_agency(name)
}

/// True for a desk of one or two words, then a known agency ("Redazione
/// ANSA", "Redaktion dpa"): the whole-line test of the line hints, which
/// the byline grammar reads token by token
/// (`byline::phrases::match_desk_or_agency`).
fn is_desk_of_agency(name: &str) -> bool {
    let t = name.trim();
    t.len() <= 60
        && memchr::memchr_iter(b' ', t.as_bytes()).take(2).any(|k| {
            t.get(..k).is_some_and(is_desk)
                && t.get(k + 1..)
                    .is_some_and(|a| canonical_agency(a.trim()).is_some())
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn gate_admits_every_desk() {
        let g = LengthGate::new(DESKS.iter().copied());
        for &d in DESKS {
            assert!(gate_admits(&g, d), "{d}");
            assert!(gate_admits(&g, &d.to_uppercase()), "{d}");
            // Every desk is within `is_desk`'s length limit.
            assert!(is_desk(d) || d.ends_with('.'), "{d}");
        }
        assert!(is_desk("Staff Writer"));
        assert!(!gate_admits(&g, "Jane Doe"));
        assert!(is_organisation_credit("Redazione ANSA"));
        for n in [
            "",
            " ",
            "AP",
            "AP.",
            " AP ",
            "A.P. ",
            "dpa\u{a0}",
            "\u{a0}dpa",
            ".",
            "x . .",
            "é",
        ] {
            assert_eq!(trim_name(n), n.trim().trim_end_matches('.').trim(), "{n:?}");
        }
        assert!(!is_organisation_credit("Redazione Mario Rossi"));
    }

    #[test]
    fn gate_admits_every_spelling() {
        for (&f, &canon) in agency_table() {
            for spelling in [f.to_string(), f.to_uppercase()] {
                if spelling.trim() == spelling && !spelling.ends_with('.') {
                    assert_eq!(canonical_agency(&spelling), Some(canon), "{spelling}");
                }
            }
        }
    }

    #[test]
    fn folds_long_names() {
        for (input, want) in [
            ("Associated Press", Some("AP")),
            ("The Associated Press", Some("AP")),
            ("AP", Some("AP")),
            ("agence france-presse", Some("AFP")),
            ("Thomson Reuters", Some("Reuters")),
            ("Deutsche Presse-Agentur", Some("dpa")),
            ("Agencia EFE", Some("EFE")),
            ("Press Trust of India", Some("PTI")),
            ("Yonhap News Agency", Some("Yonhap")),
            ("Al Jazeera", Some("Al Jazeera")),
            ("AL-JAZEERA", Some("Al Jazeera")),
            ("Apple", None),
            ("", None),
        ] {
            assert_eq!(canonical_agency(input), want, "{input}");
        }
    }

    #[test]
    fn desks() {
        assert!(is_desk("Staff"));
        assert!(is_desk("AGENCIES"));
        assert!(is_desk("Staff Writer"));
        assert!(!is_desk("Staff of the White House said"));
        assert!(is_desk("Our Correspondent"));
        assert!(is_desk("Redaktion"));
        assert!(is_organisation_credit("Wire"));
        assert_eq!(canonical_agency("Tribune News Service"), Some("TNS"));
    }
}

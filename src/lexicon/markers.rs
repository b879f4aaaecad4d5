//! Markers found anywhere in a line: newsletter and paywall prompts, footer
//! and legal lines, rights notices and cookie-consent notices.

use std::sync::OnceLock;

use super::comment_markers::COMMENT_MARKERS;
use crate::table::Needles;

/// Substrings that mark newsletter, subscription and paywall prompts.
pub static NEWSLETTER_MARKERS: &[&str] = &[
    "sign up for",
    "sign up to our",
    "our daily newsletter",
    "our weekly newsletter",
    "daily newsletter",
    "weekly newsletter",
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
    "subscribe to news",
    "breaking news alerts",
    "app for breaking news",
    // Newsletter prompts in the other languages.
    "recevez chaque",
    "je m'inscris",
    "je m’inscris",
    "inscrivez-vous",
    "recibe cada",
    "iscriviti alla newsletter",
    "schrijf je in voor",
    "meld je aan voor",
    "prenumerera på",
    "cadastre-se",
    "jeden morgen per e-mail",
    "in ihrem postfach",
    "in ihr postfach",
    "to listen on the go",
    "email newsletters",
    "e-mail newsletters",
    "telegram channel",
    "whatsapp channel",
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
    "プライバシーポリシー",
    "隐私政策",
    "kontakt z redakcją",
    "ansvarig utgivare",
    "verantwortlich im sinne",
    "responsable de la publication",
    "directeur de la publication",
    "direttore responsabile",
    "hoofdredactie:",
    "ansvarlig redaktør",
    "felelős kiadó",
    "felelős szerkesztő",
    "використання матеріалів",
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
    "tüm hakları saklıdır",
    "wszelkie prawa zastrzeżone",
    "все права защищены",
    "alla rättigheter förbehållna",
    "alle rettigheder forbeholdes",
    "無断転載",
    "版权所有",
    // Pashto.
    "ټول حقونه خوندي دي",
];

/// True when `line` holds a rights notice ("© 2025 City Paper. All rights
/// reserved."): a site's copyright line, not a photo's credit.
pub(crate) fn has_rights_notice(line: &str) -> bool {
    static N: Needles = Needles::new(RIGHTS_RESERVED);
    line.len() <= 400 && crate::table::with_lower_in::<400, _>(line, |l| N.found_in(l))
}

/// Substrings that, together with one of [`COOKIE_WORDS`] ("cookie"), mark
/// a cookie-consent notice (see also [`COOKIE_MARKERS_MORE`]).
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
    // The same in the other languages (the line holds "cookie" too).
    "partners",
    "partner",
    "akkoord",
    "instellingen",
    "godkänn",
    "inställningar",
    "einstellungen",
    "zustimmen",
    "paramètres",
    "j'accepte",
    "confidentialité",
    "configuración",
    "privacidad",
    "impostazioni",
    "aceitar",
    "configurações",
    "privacidade",
    "webbplats",
    "webseite",
    "sitio web",
    "upplevelse",
    "akceptuję",
    "strona",
    "używa",
];

/// More substrings that, with one of [`COOKIE_WORDS`], mark a
/// cookie-consent notice: the site, accepting and the settings in Greek,
/// Serbian (Cyrillic and Latin) and Croatian, Russian and Bulgarian,
/// Turkish, Czech, Hungarian, Finnish, Lithuanian, Indonesian,
/// Vietnamese, Korean, Japanese, Hebrew, Arabic, Persian and Thai. Words
/// of running text in their languages, they are no cue of their own (the
/// line model's cookie cue reads [`COOKIE_MARKERS`]).
pub static COOKIE_MARKERS_MORE: &[&str] = &[
    "εμπειρία",
    "αποδοχή",
    "ρυθμίσεις",
    "ιστότοπ",
    "συναίνεση",
    "сајт",
    "прихват",
    "подешавањ",
    "сайт",
    "соглас",
    "принять",
    "настройк",
    "stranic",
    "prihvać",
    "postavk",
    "kabul",
    "souhlas",
    "nastavení",
    "přijmout",
    "elfogad",
    "beállítás",
    "hyväksy",
    "asetukset",
    "sutinku",
    "svetain",
    "situs",
    "setuju",
    "pengaturan",
    "trang web",
    "đồng ý",
    "동의",
    "설정",
    "同意",
    "設定",
    "אתר",
    "موقع",
    "سایت",
    "ยอมรับ",
];

/// The word for a cookie (or the consent law) that, with one of
/// [`COOKIE_MARKERS`], marks a cookie-consent notice: "cookie" and
/// "GDPR", and the local word where sites print one (Serbian, Croatian,
/// Russian, Bulgarian, Turkish, Hungarian, Finnish, Polish, Lithuanian,
/// Swedish, Norwegian, Korean, Japanese, Hebrew, Arabic, Persian, Thai).
pub static COOKIE_WORDS: &[&str] = &[
    "cookie",
    "gdpr",
    "колачић",
    "kolačić",
    "куки",
    "бисквитк",
    "çerez",
    "sütik",
    "eväste",
    "ciasteczk",
    "slapuk",
    "kakor",
    "informasjonskapsl",
    "쿠키",
    "クッキー",
    "עוגיות",
    "تعريف الارتباط",
    "کوکی",
    "คุกกี้",
];

/// True for a cookie-consent or privacy notice line.
#[cfg(test)]
pub fn is_cookie_notice(line: &str) -> bool {
    line.len() <= 1500 && is_cookie_notice_lower(&line.to_lowercase())
}

/// [`is_cookie_notice`] of a line already lower-cased (no length limit).
pub(crate) fn is_cookie_notice_lower(l: &str) -> bool {
    static N: Needles = Needles::new(COOKIE_MARKERS);
    static M: Needles = Needles::new(COOKIE_MARKERS_MORE);
    static W: Needles = Needles::new(COOKIE_WORDS);
    W.found_in(l) && (N.found_in(l) || M.found_in(l))
}

/// True when the lower-cased `l` holds one of [`NEWSLETTER_MARKERS`].
pub(crate) fn has_newsletter_marker(l: &str) -> bool {
    static N: Needles = Needles::new(NEWSLETTER_MARKERS);
    N.found_in(l)
}

/// True when the lower-cased `l` holds one of [`COMMENT_MARKERS`],
/// [`NEWSLETTER_MARKERS`], [`FOOTER_MARKERS`], [`RIGHTS_RESERVED`] or
/// [`COOKIE_WORDS`]: one pass over the line for the lists (a cookie notice
/// holds a cookie word), which most lines hold none of.
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
                .chain(COOKIE_WORDS)
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

/// The examples of this module's functions.
#[cfg(test)]
mod examples {
    #[test]
    fn is_cookie_notice() {
        // In English, and in other languages by their own word for a
        // cookie; the baked kind is no notice.
        crate::lexicon::examples::sorts(
            super::is_cookie_notice,
            &[
                "This website uses cookies to improve your experience.",
                "Овај сајт користи колачиће. Настављањем прегледа прихватате њихову употребу. У реду",
                "Χρησιμοποιούμε cookies για να σας προσφέρουμε καλύτερη εμπειρία περιήγησης. Αποδοχή | Ρυθμίσεις",
                "Мы используем файлы куки, чтобы сайт работал лучше. Принять",
            ],
            &[
                "She baked cookies for the whole street.",
                "Бабушка испекла куки для всей семьи.",
            ],
        );
    }
}

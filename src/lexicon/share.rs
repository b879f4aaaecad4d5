//! Share buttons: a blog platform's share buttons and their messages, and
//! rows of share buttons glued together ("Facebook Twitter Email").

use crate::table::WordList;

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
pub(super) fn is_share_button(k: &str) -> bool {
    SHARE_BUTTONS.iter().any(|p| k.starts_with(p))
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
    "zalo",
    "kakaotalk",
    "kakao",
    "naver",
    "vkontakte",
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
    // The share verb in more languages: Greek, Hungarian, Slovak,
    // Romanian, Croatian and Bosnian, Serbian, Bulgarian, Slovenian,
    // Finnish, Estonian, Latvian, Lithuanian, Catalan, Indonesian, Malay,
    // Vietnamese ("chia sẻ"), Swahili, Arabic, Persian, Hebrew, Urdu,
    // Hindi, Nepali and Marathi, Bengali, Tamil, Thai, Korean, Japanese,
    // Chinese, Georgian, Armenian, Kazakh, Amharic, Welsh; and the French
    // and German comment buttons beside them ("Réagir Partager").
    "κοινοποίηση",
    "μοιραστείτε",
    "megosztás",
    "zdieľať",
    "distribuie",
    "podijeli",
    "podeli",
    "подели",
    "сподели",
    "deli",
    "jaa",
    "jaga",
    "dalīties",
    "dalintis",
    "comparteix",
    "bagikan",
    "kongsi",
    "chia",
    "sẻ",
    "shiriki",
    "شارك",
    "مشاركة",
    "اشتراک",
    "שתף",
    "שיתוף",
    "شیئر",
    "शेयर",
    "शेअर",
    "সেয়ার",
    "শেয়ার",
    "பகிர்",
    "แชร์",
    "공유",
    "공유하기",
    "페이스북",
    "카카오톡",
    "트위터",
    "링크복사",
    "스크랩",
    "인쇄",
    "글자크기",
    "シェア",
    "分享",
    // Chinese: "share to", WeChat, Weibo, QQ Zone, and the font-size
    // buttons printed beside them ("字体：大 中 小").
    "分享到",
    "微信",
    "微博",
    "qq空间",
    "qq",
    "字体",
    "字号",
    "大",
    "中",
    "小",
    "გაზიარება",
    "կիսվել",
    "бөлісу",
    "አጋራ",
    "rhannu",
    "réagir",
    "commenter",
    "kommentieren",
]);

/// The words of [`SHARE_WORDS`] around the platforms and actions of a
/// share row ("Share **on** Facebook", "**Auf** Facebook teilen"): a row
/// needs two words that are none of them.
static CONNECTING_WORDS: WordList = WordList::new(&[
    "on", "via", "this", "the", "all", "more", "in", "article", "story", "options", "it", "with",
    "friends", "your", "auf", "per", "sur", "par", "en", "por", "su", "no", "em", "op", "字体",
    "字号", "大", "中", "小",
]);

/// What the word `w` (trimmed, not empty) is in a share row: `None` when it
/// is no share word, `Some(true)` for a platform or action, `Some(false)`
/// for a [connecting word](CONNECTING_WORDS). A short ASCII word is
/// looked up lower-cased and packed into an integer; any other word
/// through its lower case.
fn share_word(w: &str) -> Option<bool> {
    if let Some(key) = crate::table::pack_lower_ascii(w) {
        return SHARE_WORDS
            .contains_packed(key)
            .then(|| !CONNECTING_WORDS.contains_packed(key));
    }
    crate::table::with_lower(w, |lw| {
        SHARE_WORDS
            .contains(lw)
            .then(|| !CONNECTING_WORDS.contains(lw))
    })
}

/// True when the line is a row of share buttons glued together
/// ("Facebook Twitter Email LinkedIn", "Share on: Facebook Twitter").
pub fn is_share_row(line: &str) -> bool {
    if line.len() > 160 {
        return false;
    }
    let mut n = 0;
    let mut platforms = 0;
    for w in line
        .split(|c: char| c.is_whitespace() || matches!(c, '|' | '·' | ',' | ':' | '/' | '•' | '：'))
    {
        let w = if crate::lines::text::ascii_alphanumeric_ends(w) {
            w
        } else {
            w.trim_matches(|c: char| !c.is_alphanumeric() && c != '+')
        };
        if w.is_empty() {
            continue;
        }
        let Some(platform) = share_word(w) else {
            return false;
        };
        if platform {
            platforms += 1;
        }
        n += 1;
    }
    n >= 2 && platforms >= 2
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `share_word` as it read before the packed look-up: through the
    /// lower case of the word.
    fn share_word_slow(w: &str) -> Option<bool> {
        let lw = w.to_lowercase();
        SHARE_WORDS
            .contains(&lw)
            .then(|| !CONNECTING_WORDS.words().contains(&lw.as_str()))
    }

    #[test]
    fn packed_look_up_agrees_with_the_lower_case() {
        assert!(
            CONNECTING_WORDS
                .words()
                .iter()
                .all(|w| SHARE_WORDS.contains(w))
        );
        let mut words: Vec<String> = Vec::new();
        for w in SHARE_WORDS.words() {
            words.push(w.to_string());
            words.push(w.to_uppercase());
            words.push(format!("{w}s"));
            words.push(w.chars().skip(1).collect());
            words.retain(|w| !w.is_empty());
        }
        words.extend(
            [
                "Facebook",
                "WhatsApp",
                "E-Mail",
                "Google+",
                "Share",
                "Prices",
                "ÜBER",
                "Udostępnij",
                "ПОДЕЛИТЬСЯ",
                "İn",
                "sharesharesharesh",
                "a",
                "X",
            ]
            .map(String::from),
        );
        for w in &words {
            assert_eq!(share_word(w), share_word_slow(w), "{w:?}");
        }
        assert_eq!(share_word("Twitter"), Some(true));
        assert_eq!(share_word("ON"), Some(false));
        assert_eq!(share_word("prices"), None);
    }
}

/// The examples of this module's functions.
#[cfg(test)]
mod examples {
    #[test]
    fn share_buttons_are_share_rows() {
        for t in [
            "Click to share on Twitter (Opens in new window)",
            "Klick, um über Twitter zu teilen (Wird in neuem Fenster geöffnet)",
            "Klicken, um auf Facebook zu teilen (Wird in neuem Fenster geöffnet)",
            "Beitrag nicht abgeschickt - E-Mail Adresse kontrollieren!",
            "Post was not sent - check your email addresses!",
        ] {
            assert_eq!(
                crate::lexicon::boiler(t),
                Some(crate::lexicon::Boiler::Share),
                "{t}"
            );
        }
        assert_eq!(
            crate::lexicon::boiler("Click here to read the full report"),
            None
        );
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
        assert!(crate::lexicon::opens_with_related_prefix(
            "Lire aussi : La Commission propose"
        ));
        assert!(crate::lexicon::opens_with_related_prefix(
            "READ MORE: Storm hits coast"
        ));
        assert!(!crate::lexicon::opens_with_related_prefix(
            "Related research found that ..."
        ));
        // Other languages: the verbs and prepositions around the networks.
        assert!(super::is_share_row(
            "Auf Facebook teilen Auf WhatsApp teilen Auf Twitter teilen"
        ));
        assert!(super::is_share_row("Partager sur Facebook Partager sur X"));
        assert!(!super::is_share_row("Auf Facebook teilen Eltern Fotos"));
        assert!(!super::is_share_row("En Twitter dijo el ministro"));
        // The share verb of more languages beside the networks, and the
        // comment button beside the share button.
        assert!(super::is_share_row("Կիսվել   Facebook   Telegram"));
        assert!(super::is_share_row("გაზიარება   Facebook   X   Telegram"));
        assert!(super::is_share_row("አጋራ፦ Facebook | Telegram | X"));
        assert!(super::is_share_row("Chia sẻ Facebook Zalo Email"));
        assert!(super::is_share_row("Réagir Partager"));
        assert!(!super::is_share_row("Bagikan pengalaman Anda di Facebook"));
    }
}

//! Prompts to follow the outlet or the writer on social networks ("Follow
//! us on Twitter and Facebook.", "Folgen Sie uns auf Instagram") and the
//! words that open them.

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

/// The examples of this module's functions.
#[cfg(test)]
mod examples {
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
}

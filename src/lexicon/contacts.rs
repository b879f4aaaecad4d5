//! The label over a press release's contact block ("Media Contact:"): a
//! name under it is the issuer's contact, not the story's writer.

/// Labels of a press release's contact block, lower-case, without the colon.
pub static CONTACT_LABELS: &[&str] = &[
    "contact",
    "contacts",
    "media contact",
    "media contacts",
    "press contact",
    "press contacts",
    "media inquiries",
    "press inquiries",
    "media enquiries",
    "press enquiries",
    "press office",
    "for more information, contact",
    "kontakt",
    "pressekontakt",
    "contact presse",
    "contacto",
    "contacto de prensa",
    "contatto",
    "contatto stampa",
    "perscontact",
];

/// True when `t` is a contact label alone on its line ("Media Contact:").
pub fn is_contact_label(t: &str) -> bool {
    t.len() <= 40
        && t.ends_with(':')
        && CONTACT_LABELS.contains(&t.trim_end_matches(':').trim().to_lowercase().as_str())
}

/// True when the key `k` (lower case) is a contact label and a telephone
/// number ("media enquiries: 0300 025 8099", "press office: +44 20 7946
/// 0000"): the page's contact line, no story text.
pub(crate) fn is_contact_line(k: &str) -> bool {
    let Some((label, number)) = k.split_once(':') else {
        return false;
    };
    let number = number.trim();
    // The number first: most keys with a colon hold none.
    number.bytes().filter(u8::is_ascii_digit).count() >= 6
        && number
            .bytes()
            .all(|b| b.is_ascii_digit() || matches!(b, b' ' | b'+' | b'(' | b')' | b'-' | b'.'))
        && CONTACT_LABELS
            .iter()
            .chain(&["phone", "telephone", "tel", "enquiries", "inquiries"])
            .any(|l| *l == label.trim())
}

#[cfg(test)]
mod tests {
    use super::{is_contact_label, is_contact_line};

    #[test]
    fn contact_lines() {
        assert!(is_contact_line("media enquiries: 0300 025 8099"));
        assert!(is_contact_line("press office: +44 (0)20 7946 0000"));
        assert!(!is_contact_line("media enquiries: see the press page"));
        assert!(!is_contact_line("score: 3-1"));
        assert!(!is_contact_line("the minister said: 2025 will be hard"));
    }

    #[test]
    fn contact_labels() {
        assert!(is_contact_label("Contact:"));
        assert!(is_contact_label("Media Contact:"));
        assert!(is_contact_label("Pressekontakt:"));
        assert!(!is_contact_label("Contact"));
        assert!(!is_contact_label("Contact us for details:"));
    }
}

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

#[cfg(test)]
mod tests {
    use super::is_contact_label;

    #[test]
    fn contact_labels() {
        assert!(is_contact_label("Contact:"));
        assert!(is_contact_label("Media Contact:"));
        assert!(is_contact_label("Pressekontakt:"));
        assert!(!is_contact_label("Contact"));
        assert!(!is_contact_label("Contact us for details:"));
    }
}

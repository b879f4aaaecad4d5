//! A live blog's closing notice ("This live coverage has now ended. Thank
//! you for following.", "Ce direct est désormais terminé."): the page's
//! furniture, not an entry of the story.

use crate::{Article, RemovalReason};

/// Phrases naming a live blog, lower case.
const LIVE_WORDS: &[&str] = &[
    "live coverage",
    "live blog",
    "live updates",
    "live reporting",
    "liveblog",
    "live-blog",
    "liveticker",
    "live-ticker",
    "ce direct",
    "le direct",
    "notre direct",
    "este directo",
    "el directo",
    "nuestro directo",
    "la diretta",
    "questa diretta",
    "a nossa emissão",
    "liveblogi",
    "relacja na żywo",
    "online přenos",
];

/// Words telling it has ended, lower case.
const ENDED_WORDS: &[&str] = &[
    "ended",
    "closed",
    "finished",
    "concluded",
    "pausing",
    "beendet",
    "geschlossen",
    "terminé",
    "terminée",
    "clos",
    "finalizado",
    "terminado",
    "cerrado",
    "terminata",
    "terminato",
    "concluso",
    "conclusa",
    "encerrado",
    "encerrada",
    "afgelopen",
    "beëindigd",
    "gesloten",
    "zakończona",
    "zakończony",
    "ukončen",
    "ukončený",
    "închis",
    "încheiat",
    "sona erdi",
    "berakhir",
];

/// Most words of a closing notice.
const MAX_WORDS: usize = 25;
/// Most bytes of a closing notice.
const MAX_BYTES: usize = 400;
/// Body blocks at either end of the story searched.
const EDGE_BLOCKS: usize = 2;

/// True when `text` is a live blog's closing notice: short, naming the
/// live blog and that it ended.
pub(crate) fn is_live_end(text: &str) -> bool {
    let t = text.trim();
    // (A long paragraph is told by its length, before its words are read.)
    if t.len() > MAX_BYTES || crate::article::count_words(t) > MAX_WORDS {
        return false;
    }
    static LIVE: crate::table::Needles = crate::table::Needles::new(LIVE_WORDS);
    static ENDED: crate::table::Needles = crate::table::Needles::new(ENDED_WORDS);
    crate::table::with_lower(t, |l| {
        if !LIVE.found_in(l) || !ENDED.found_in(l) {
            return false;
        }
        let has = |w: &&str| {
            l.match_indices(*w).any(|(i, m)| {
                let before = l.get(..i).and_then(|b| b.chars().next_back());
                let after = l.get(i + m.len()..).and_then(|a| a.chars().next());
                !before.is_some_and(char::is_alphanumeric)
                    && !after.is_some_and(char::is_alphanumeric)
            })
        };
        LIVE_WORDS.iter().any(has) && ENDED_WORDS.iter().any(has)
    })
}

/// Takes a live blog's closing notice (see [`is_live_end`]) among the
/// body's first and last blocks into the audit trail as furniture.
pub(crate) fn drop_live_end(a: &mut Article) {
    super::unuse_edge_blocks(
        a,
        EDGE_BLOCKS,
        EDGE_BLOCKS,
        is_live_end,
        RemovalReason::Boilerplate,
    );
}

#[cfg(test)]
mod tests {
    use super::is_live_end;

    #[test]
    fn closing_notices_of_live_blogs() {
        assert!(is_live_end(
            "This live coverage has now ended. Thank you for following."
        ));
        assert!(is_live_end(
            "Ce direct est désormais terminé. Merci de l'avoir suivi."
        ));
        assert!(is_live_end("Der Liveticker ist beendet."));
    }

    #[test]
    fn story_lines_about_ending_are_no_notice() {
        assert!(!is_live_end("The concert ended at midnight."));
        assert!(!is_live_end("Roads closed as the storm hit the coast."));
        assert!(!is_live_end(
            "The live music venue closed in 2019 after a fire."
        ));
    }
}

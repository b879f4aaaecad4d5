//! An editor's note closing the story ("This interview has been edited for
//! length and clarity."): a disclaimer, not the story's text.

use crate::table::Needles;
use crate::{Article, RemovalReason};

/// Phrases of an editing note, lower-case, in the languages the crate reads.
const EDITING_NOTES: &[&str] = &[
    "edited for clarity and length",
    "condensed and edited for clarity",
    "edited and condensed for clarity",
    "lightly edited for clarity",
    "has been lightly edited",
    "have been lightly edited",
    "edited for length",
    // A correction under the story, its label on a line of its own.
    "an earlier version of this article",
    "an earlier version of this story",
    "wurde gekürzt und redigiert",
    "wurde aus gründen der lesbarkeit",
    "a été édité pour plus de clarté",
    "a été raccourci",
    "ha sido editada por razones de espacio",
    "ha sido editada y condensada",
    // Who funds the reporting ("LDR is local body journalism co-funded by
    // RNZ and NZ On Air.").
    "journalism co-funded by",
    "journalism funded by",
    "journalism is funded by",
    "journalism is co-funded by",
    // The outlet's disclaimer under an opinion piece.
    "views expressed here are",
    "views expressed in this",
    "opinions expressed here are",
    "opinions expressed in this",
    "do not necessarily reflect the views",
    "are the author's own",
    "are the author’s own",
    "are the writer's own",
    "are the writer’s own",
    "are those of the author",
    "geben nicht unbedingt die meinung",
    "n'engagent que leur auteur",
    "åsikterna är skribentens egna",
    "åsikter som uttrycks",
    "holdninger i teksten er skribentens egne",
    "meninger i teksten står for skribentens regning",
    "synspunkter er skribentens egne",
    "mielipiteet ovat kirjoittajan omia",
    "de mening van de auteur",
    "opinie wyrażone",
    "názory autora",
    "le opinioni espresse",
    "las opiniones expresadas",
    "as opiniões expressas",
    // A transcript's note on how it was made.
    "transcript was generated automatically",
    "transcript was automatically generated",
    "transcript has been edited",
    "transcripts are generated",
];

/// Openings of a note on where or when the story first ran ("This report by
/// The Canadian Press was first published Dec. 4, 2026.", "This article
/// originally appeared in ..."), lower-case; the note names its first
/// printing (see [`FIRST_PRINTED`]).
const REPRINT_OPENINGS: &[&str] = &[
    "this report by",
    "this report was",
    "this story was",
    "this article was",
    "this story originally",
    "this article originally",
    "this story first",
    "this article first",
    "dieser artikel erschien",
    "dieser beitrag erschien",
    "cet article a été publié",
];

/// What a reprint note says of the story's first printing, lower-case.
const FIRST_PRINTED: &[&str] = &[
    "first published",
    "originally published",
    "originally appeared",
    "first appeared",
    "erschien zuerst",
    "erschien ursprünglich",
    "initialement publié",
];

/// Labels opening a correction, lower-case (an editor's note may carry news
/// of its own: it stays).
const NOTE_LABELS: &[&str] = &[
    "correction:",
    "corrections:",
    "clarification:",
    "an earlier version of this article",
    "an earlier version of this story",
    "this article has been corrected",
    "this story has been corrected",
    "korrektur:",
    "berichtigung:",
    "richtigstellung:",
    "rectificatif :",
    "rectificatif:",
    "fe de errores:",
    "fe de erratas:",
    "rectificación:",
    "rettifica:",
    "errata corrige:",
    "correção:",
    "rectificatie:",
    "correctie:",
    "sprostowanie:",
    "rättelse:",
    "this story has been updated",
    "this article has been updated",
    "este artigo foi atualizado",
    "esta matéria foi atualizada",
    "este artículo fue actualizado",
    "este artículo ha sido actualizado",
    "dieser artikel wurde aktualisiert",
    "cet article a été mis à jour",
    "questo articolo è stato aggiornato",
    "dit artikel is bijgewerkt",
    "ten artykuł został zaktualizowany",
    "artikeln har uppdaterats",
    "this story was updated",
    "this article was updated",
];

/// What a correction says of the text it corrects, lower-case ("In einer
/// früheren Version dieses Artikels hieß es ..."), read after an editor's
/// note label.
const EARLIER_VERSION: &[&str] = &[
    "an earlier version",
    "a previous version",
    "in einer früheren version",
    "in einer vorherigen version",
    "dans une version précédente",
    "une version précédente",
    "en una versión anterior",
    "in una versione precedente",
    "numa versão anterior",
    "em uma versão anterior",
    "in een eerdere versie",
    "w poprzedniej wersji",
    "i en tidigare version",
];

/// Labels opening an editor's note printed with the story, lower-case.
const EDITOR_NOTE_LABELS: &[&str] = &[
    "editor's note",
    "editor’s note",
    "editors' note",
    "editors’ note",
    "note from the editor",
    "anmerkung der redaktion",
    "hinweis der redaktion",
    "note de la rédaction",
    "nota del editor",
    "nota de la redacción",
    "nota della redazione",
    "nota da redação",
    "nota da redacção",
    "noot van de redactie",
    "nota redakcji",
    "redaktionens anmärkning",
];

/// True when `text` opens with an editor's note label ("Editor's note: An
/// earlier version of this article ...", "Anmerkung der Redaktion: ...").
pub(crate) fn is_editor_note(text: &str) -> bool {
    let head: String = text.chars().take(32).collect::<String>().to_lowercase();
    EDITOR_NOTE_LABELS.iter().any(|l| {
        head.strip_prefix(l)
            .is_some_and(|r| r.starts_with([':', ' ', '-', '–', '—', '(']) || r.is_empty())
    })
}

/// The body's first blocks searched for a note over the story.
const FRONT_BLOCKS: usize = 3;

/// Longest line (in words) read as an editing note.
const MAX_WORDS: usize = 30;

/// Longest line (in words) read as a correction.
const MAX_NOTE_WORDS: usize = 80;

/// True when `text` is a short note saying the text was edited, or a
/// correction ("Correction: An earlier version of this article misstated
/// ...").
pub(crate) fn is_editing_note(text: &str) -> bool {
    if crate::table::words_in(text).nth(MAX_NOTE_WORDS).is_some() {
        return false;
    }
    let lower = text.to_lowercase();
    let lower = lower.trim_start_matches(|c: char| !c.is_alphanumeric());
    let short = crate::table::words_in(text).nth(MAX_WORDS).is_none();
    // (Each list searched for in one pass: no searcher set up per phrase.)
    static NOTES: Needles = Needles::new(EDITING_NOTES);
    static PRINTED: Needles = Needles::new(FIRST_PRINTED);
    static EARLIER: Needles = Needles::new(EARLIER_VERSION);
    // Under an editor's note label, the note itself ("EDITOR'S NOTE: This
    // story has been updated ...", "Nota da redação: Este artigo foi
    // atualizado ...").
    let noted = || {
        EDITOR_NOTE_LABELS
            .iter()
            .find_map(|l| lower.strip_prefix(l))
            .is_some_and(|r| {
                let r = r.trim_start_matches(|c: char| !c.is_alphanumeric());
                NOTE_LABELS.iter().any(|p| r.starts_with(p)) || short && NOTES.found_in(r)
            })
    };
    NOTE_LABELS.iter().any(|p| lower.starts_with(p))
        || EARLIER.found_in(lower) && is_editor_note(lower)
        || noted()
        || short && NOTES.found_in(lower)
        || short && REPRINT_OPENINGS.iter().any(|p| lower.starts_with(p)) && PRINTED.found_in(lower)
}

/// [`is_editing_note`] of a block at the body's top, told cheaply first: a
/// block of more than [`MAX_WORDS`] words is a note only under a label
/// (its opening lower-cased alone).
fn front_note(text: &str) -> bool {
    if crate::table::words_in(text).nth(MAX_WORDS).is_some() {
        let opening = text.char_indices().nth(40).map_or(text.len(), |(i, _)| i);
        let head = text.get(..opening).unwrap_or(text).to_lowercase();
        let head = head.trim_start_matches(|c: char| !c.is_alphanumeric());
        let labelled = NOTE_LABELS.iter().any(|p| head.starts_with(p))
            || EDITOR_NOTE_LABELS.iter().any(|p| head.starts_with(p));
        if !labelled {
            return false;
        }
    }
    is_editing_note(text)
}

/// First words of a wire service's note on what a new version of the story
/// changed, printed in brackets above it ("(Updates with analyst comment in
/// fourth paragraph.)", "(Adds details, quotes)").
const UPDATE_VERBS: &[&str] = &[
    "updates",
    "adds",
    "corrects",
    "recasts",
    "rewrites",
    "changes",
    "removes",
    "refiles",
    "fixes",
    "repeats",
    "inserts",
    "deletes",
    "clarifies",
    "replaces",
];

/// True when `text` is a wire service's note on a new version of the story:
/// a bracketed line of at most [`MAX_WORDS`] words opening with one of
/// [`UPDATE_VERBS`].
pub(crate) fn is_update_note(text: &str) -> bool {
    let t = text.trim().trim_end_matches('.');
    let Some(inner) = t.strip_prefix('(').and_then(|r| r.strip_suffix(')')) else {
        return false;
    };
    let first = inner.split_whitespace().next().unwrap_or("").to_lowercase();
    crate::table::words_in(text).nth(MAX_WORDS).is_none()
        && UPDATE_VERBS.contains(&first.trim_end_matches([',', ':']))
}

/// Takes a wire update note, an editing note or a correction out of the
/// first [`FRONT_BLOCKS`] paragraphs of `a`'s body (a note over the story,
/// under a standfirst the body may still hold), and an editing note or a
/// correction out of its last two, into the audit trail as a disclaimer,
/// when the body keeps another paragraph.
pub(crate) fn drop_editing_notes(a: &mut Article) {
    // From the last back: taking a block out moves none before it.
    for k in (0..FRONT_BLOCKS.min(a.body.len())).rev() {
        let t = a.body.get(k).map(|b| b.text.as_str());
        if t.is_some_and(|t| is_update_note(t) || front_note(t)) {
            super::unuse_block(a, k, RemovalReason::Disclaimer);
        }
    }
    for _ in 0..2 {
        let n = a.body.len();
        let note = (n.saturating_sub(2)..n)
            .rev()
            .find(|&k| a.body.get(k).is_some_and(|b| is_editing_note(&b.text)));
        if !note.is_some_and(|k| super::unuse_block(a, k, RemovalReason::Disclaimer)) {
            return;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{is_editing_note, is_update_note};
    use crate::{Parser, RemovalReason};

    #[test]
    fn wire_update_notes() {
        for t in [
            "(Updates with analyst comment in fourth paragraph.)",
            "(Adds details, quotes)",
            "(Corrects spelling of name in paragraph 3)",
        ] {
            assert!(is_update_note(t), "{t}");
        }
        for t in [
            "(The company updates its forecast every quarter.)",
            "Updates with analyst comment in fourth paragraph.",
            "(Adds details)  and more text after the bracket.",
        ] {
            assert!(!is_update_note(t), "{t}");
        }
    }

    #[test]
    fn editing_notes() {
        assert!(is_editing_note(
            "Anmerkung der Redaktion: In einer früheren Version dieses Artikels hieß es, die Linie werde eingestellt."
        ));
        assert!(is_editing_note(
            "This story has been updated to include comments from the mayor."
        ));
        assert!(is_editing_note(
            "LDR is local body journalism co-funded by RNZ and NZ On Air."
        ));
        assert!(!is_editing_note(
            "Anmerkung der Redaktion: Der Autor ist Mitglied des Stadtrats."
        ));
        assert!(is_editing_note(
            "This interview has been edited for length and clarity."
        ));
        assert!(is_editing_note(
            "The conversation was condensed and edited for clarity."
        ));
        assert!(!is_editing_note("She edited the magazine for ten years."));
        assert!(is_editing_note(
            "EDITOR'S NOTE: This story has been updated to include comment from the union."
        ));
        assert!(is_editing_note(
            "Editor's note: This interview was translated and edited for length and clarity."
        ));
        assert!(is_editing_note(
            "Nota da redação: Este artigo foi atualizado às 11h05 com os preços."
        ));
        assert!(is_editing_note(
            "This transcript has been lightly edited. Listen to the episode for the full conversation."
        ));
        assert!(is_editing_note(
            "This report by The Canadian Press was first published Dec. 4, 2026."
        ));
        assert!(is_editing_note(
            "This article originally appeared in The Conversation."
        ));
        assert!(!is_editing_note("The novel was first published in 1954."));
        assert!(is_editing_note(
            "Because of an editing error, an earlier version of this article misidentified the board president."
        ));
        assert!(super::is_editor_note(
            "Editor's note: An earlier version of this article misstated the number of schools."
        ));
        assert!(super::is_editor_note(
            "Anmerkung der Redaktion: Der Text wurde ergänzt."
        ));
        assert!(!super::is_editor_note(
            "Editorship of the paper passed to her in 1990."
        ));
        assert!(is_editing_note(
            "The views expressed here are the writer's own."
        ));
        assert!(is_editing_note(
            "Correction: An earlier version of this article misstated the length of the talks."
        ));
        assert!(is_editing_note(
            "*Clarification: This story was updated to include a statement from the city."
        ));
        assert!(!is_editing_note(
            "Editor's Note: On Tuesday night, the station reported that sources denied it."
        ));
        assert!(!is_editing_note(
            "The correction: prices fell 4% from their peak, analysts said."
        ));
    }

    #[test]
    fn an_editing_note_leaves_the_body_for_the_audit_trail() {
        let text = "'I wrote it in a single summer': a novelist on her debut\n\nInterview by Daniel Moreau\n\nYou wrote the novel in one summer. How did you manage it?\n\nI had no job and a lot of anger. I wrote every morning from six until noon, and by September I had a draft.\n\nThis interview has been edited for length and clarity.\n";
        let a = Parser::default().parse(text);
        assert_eq!(a.body.len(), 2, "{:?}", a.body);
        let notes: Vec<&str> = a
            .removed
            .iter()
            .filter(|r| r.reason == RemovalReason::Disclaimer)
            .map(|r| r.text.as_str())
            .collect();
        assert_eq!(
            notes,
            ["This interview has been edited for length and clarity."]
        );
    }
}

//! The markers that open a comment section inside a line: "3 thoughts on
//! ...", a comment form's messages, comment prompts and policies in the
//! languages the crate reads.

use crate::table::Needles;

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
    "comments are closed",
    "comments are moderated",
    "comment policy",
    "community-richtlinien",
    "posten sie ihre meinung",
    "keep comments relevant",
    "forum for discussion",
    "sort by newest",
    "sort by oldest",
    "ご意見・ご感想",
    // Comment prompts and notices in the other languages.
    "comentários são de responsabilidade",
    "comentarios son responsabilidad",
    "kommentare geben nicht",
    "reacties zijn gesloten",
    "kommentare sind geschlossen",
    "les commentaires sont fermés",
    "los comentarios están cerrados",
    "i commenti sono chiusi",
    "kommentarerna är stängda",
    "login para comentar",
    "inicia sesión para comentar",
    "connectez-vous pour commenter",
    "melden sie sich an, um zu kommentieren",
    "accedi per commentare",
    "log in om te reageren",
    "logga in för att kommentera",
    "log in to comment",
    "sign in to comment",
    "reageer op dit artikel",
    "kommentieren sie diesen artikel",
    "commentez cet article",
    "comenta esta noticia",
    "commenta l'articolo",
];

/// True when the lower-cased `l` holds one of [`COMMENT_MARKERS`].
pub(crate) fn has_comment_marker(l: &str) -> bool {
    static N: Needles = Needles::new(COMMENT_MARKERS);
    N.found_in(l)
}

//! HTML printed as text in the body ("<div> <div class=\"acHeadline
//! hidden\" > </div> ..."): taken back into the audit trail once the body
//! is assembled, whatever the rules or the line model read.

use crate::{Article, RemovalReason};

/// Takes each body block of `a` that is markup
/// ([`crate::lexicon::is_markup_line`]) into the audit trail as
/// [`RemovalReason::Markup`], keeping one block at least.
pub(crate) fn drop_markup(a: &mut Article) {
    // (Most bodies hold no block opening with "<": one pass to see.)
    if !a.body.iter().any(|b| b.text.starts_with('<')) {
        return;
    }
    for k in (0..a.body.len()).rev() {
        let markup = a
            .body
            .get(k)
            .is_some_and(|b| crate::lexicon::is_markup_line(&b.text));
        if markup {
            super::unuse_block(a, k, RemovalReason::Markup);
        }
    }
}

//! Whether the header block under a headline goes on at a line: the
//! standfirst is the line over the byline or date block, not the first
//! paragraph.

use super::Item;
use super::captions::labelled_source;
use crate::grammar::agency;
use crate::grammar::byline;
use crate::rules::kind::Kind;

/// True when the header goes on at `k`: a date, byline or other header line
/// comes there, or the title again, or after at most four lines that name
/// the writer alone, their job title, a desk, a source or the agency
/// ("Lerato Mokoena" / "Journalist" / "04 Mar 2025", "Agencia EFE" /
/// "04/03/2025"; a writer and a photographer each over their role take
/// four; a label ending with a colon over the name counts as one of them),
/// or a line of at most three words right over a date.
pub(super) fn header_follows(items: &[Item<'_>], k: usize, title: Option<&str>) -> bool {
    for m in k..k + 5 {
        let Some(n) = items.get(m) else {
            return false;
        };
        if n.kind.is_header_material() || Some(n.text) == title {
            return true;
        }
        // (A list of names alone, "Jane Doe and John Roe", is the byline.)
        let short = n.shape().words <= 4
            && (n.is_person_name()
                || byline::is_role(n.text)
                || agency::is_organisation_credit(n.text)
                || agency::is_desk(n.text)
                || labelled_source(n).is_some()
                // A short line of a byline's or credit's kind the grammars
                // do not read ("Picture desk", "ACN"), right over a date.
                || n.shape().words <= 3
                    && items
                        .get(m + 1)
                        .is_some_and(|o| matches!(o.kind, Kind::Date(_))));
        // A list of names alone ("Jane Doe and John Roe") is the byline.
        let names = matches!(n.kind, Kind::Text)
            && !n.shape().terminal
            && (short || n.shape().words <= 12 && byline::name_list(n.text).is_some());
        // A writer's label alone over the name ("Author of the article:" /
        // "Jessica MacLeod"), whatever the label's kind.
        let label = n.shape().words <= 5
            && n.text.trim_end().ends_with(':')
            && items.get(m + 1).is_some_and(|o| o.is_person_name());
        if !names && !label {
            return false;
        }
    }
    false
}

//! An article as it is filled from its lines: each field taken once, names
//! and credits without repeats, dates by their role.

use crate::grammar::agency;
use crate::grammar::date::{DateEntry, DateRole};
use crate::{Article, LineRole, LineUse, RemovalReason, Removed, Span, Warning};

fn same_name(a: &str, b: &str) -> bool {
    a.trim().to_lowercase() == b.trim().to_lowercase()
}

fn credit_key(c: &str) -> String {
    agency::canonical_agency(c)
        .unwrap_or(c)
        .trim()
        .to_lowercase()
}

/// Adds credit `c` (an agency in its canonical short form) to `a` from line
/// `span`, unless `a` holds it already.
pub(super) fn add_credit(a: &mut Article, c: &str, span: Span) {
    let c = c.trim();
    if c.is_empty() {
        return;
    }
    let canon = agency::canonical_agency(c)
        .map(str::to_string)
        .unwrap_or_else(|| c.to_string());
    let k = credit_key(&canon);
    if a.credits.iter().any(|x| credit_key(x) == k) {
        return;
    }
    a.credits.push(canon);
    a.spans.credits.push(span);
}

pub(super) struct Builder {
    pub(super) a: Article,
    pub(super) box_names: Vec<(String, Span)>,
    /// Dates without a year are read in the copyright year (a guess).
    pub(super) year_guessed: bool,
    /// The publication date was printed without a label.
    pub(super) published_unlabelled: bool,
}

impl Builder {
    pub(super) fn use_line(&mut self, span: Span, role: LineRole) {
        self.a.lines.push(LineUse { span, role });
    }

    pub(super) fn remove(&mut self, span: Span, text: &str, reason: RemovalReason) {
        self.a.removed.push(Removed::new(span, text, reason));
    }

    pub(super) fn author(&mut self, name: &str, span: Span) {
        let name = name.trim();
        if name.is_empty() || self.a.authors.iter().any(|x| same_name(x, name)) {
            return;
        }
        self.a.authors.push(name.to_string());
        self.a.spans.authors.push(span);
    }

    pub(super) fn credit(&mut self, c: &str, span: Span) {
        add_credit(&mut self.a, c, span);
    }

    /// Takes the dates of one line; `first_published` says the line opens
    /// with "First published".
    pub(super) fn dates(&mut self, entries: &[DateEntry], span: Span, first_published: bool) {
        for e in entries {
            if e.date.time_only {
                // A time without a day keeps its precision: never a day of its own.
                self.a.raw_dates.push(e.raw.clone());
                self.a.warnings.push(Warning::TimeOnlyDate(e.raw.clone()));
                continue;
            }
            if e.date.after_reference {
                self.a
                    .warnings
                    .push(Warning::DateAfterReference(e.raw.clone()));
            }
            if e.date.yearless && e.date.value.is_some() && self.year_guessed {
                self.a.warnings.push(Warning::YearInferred(e.raw.clone()));
            }
            let Some(v) = e.date.value else {
                if e.date.relative {
                    self.a.raw_dates.push(e.raw.clone());
                    self.a
                        .warnings
                        .push(Warning::RelativeDateUnresolved(e.raw.clone()));
                }
                continue;
            };
            match e.role {
                // A status stamp is the publication when none came before.
                DateRole::Status if self.a.published.is_some() => {
                    if self.a.updated.is_none() {
                        self.a.updated = Some(v);
                        self.a.spans.updated = Some(span);
                    }
                }
                DateRole::Updated => {
                    if self.a.updated.is_none() {
                        self.a.updated = Some(v);
                        self.a.spans.updated = Some(span);
                    }
                }
                // "First published on" under an unlabelled later date (the
                // page prints its last change first): the labelled date is
                // the publication, the other the update.
                DateRole::Published
                    if first_published
                        && self.published_unlabelled
                        && self.a.updated.is_none()
                        && self.a.published.is_some_and(|p| v.date() < p.date()) =>
                {
                    self.a.updated = self.a.published.replace(v);
                    self.a.spans.updated = self.a.spans.published.replace(span);
                    self.published_unlabelled = false;
                }
                role => {
                    if self.a.published.is_none() {
                        self.a.published = Some(v);
                        self.a.spans.published = Some(span);
                        self.published_unlabelled = role == DateRole::Unlabelled;
                    }
                }
            }
        }
    }
}

//! The articles, assembled from what the rules assigned each line
//! ([`assemble`](fn@assemble), filling a [`builder::Builder`]); the main story put
//! first ([`main_first`]); each article's warnings and confidence
//! ([`finish`](fn@finish)); an author's bio taken out of the standfirst and
//! the body ([`drop_author_bios`]); an editing note taken out of the body
//! ([`drop_editing_notes`]); a press release's closing sections taken out of
//! the body ([`drop_closing_sections`]); pull quotes printed away from their
//! paragraph taken out ([`drop_repeated_quotes`]).

mod after_caption;
mod assemble;
pub(crate) mod bio;
mod builder;
mod caption_credit;
mod closing;
mod comment_count;
mod contact_line;
mod disclaimer;
mod echoed_main;
mod echoed_points;
mod filing_line;
mod finish;
mod footer_caption;
mod gallery;
mod guessed_body;
mod header_date;
mod headline_over;
mod icon_row;
mod inline_links;
mod kicker_section;
mod labelled_caption;
mod late_byline;
mod late_dateline;
mod later_date;
mod leading_bullets;
mod live_end;
mod live_entries;
mod live_title;
mod lone_standfirst;
mod main_story;
mod markup;
mod next_story;
mod office_authors;
mod page_rows;
mod prefixed_byline;
mod pull_quotes;
mod rails;
mod rated_headline;
mod related_end;
mod resume;
mod section_widget;
mod standfirst;
mod summary_points;
mod timeline;

pub(crate) use after_caption::resume_after_caption;
pub(crate) use assemble::assemble;
pub(crate) use bio::drop_author_bios;
pub(crate) use caption_credit::take_cut_caption_credits;
pub(crate) use closing::drop_closing_sections;
pub(crate) use comment_count::{drop_comment_sections, drop_named_comment_sections};
pub(crate) use contact_line::drop_contact_lines;
pub(crate) use disclaimer::{drop_editing_notes, is_editor_note};
pub(crate) use echoed_main::echoed_first;
pub(crate) use echoed_points::restore_echoed_points;
pub(crate) use filing_line::read_filing_line;
pub(crate) use finish::finish;
pub(crate) use footer_caption::drop_footer_captions;
pub(crate) use gallery::take_gallery_captions;
pub(crate) use guessed_body::guess_empty_body;
pub(crate) use header_date::read_header_date;
pub(crate) use headline_over::take_headline_over;
pub(crate) use icon_row::drop_icon_subtitle;
pub(crate) use inline_links::take_inline_links;
pub(crate) use kicker_section::read_kicker_section;
pub(crate) use labelled_caption::take_labelled_captions;
pub(crate) use late_byline::read_late_byline;
pub(crate) use late_dateline::read_late_dateline;
pub(crate) use later_date::read_later_date;
pub(crate) use leading_bullets::take_leading_bullets;
pub(crate) use live_end::drop_live_end;
pub(crate) use live_entries::take_live_entries;
pub(crate) use live_title::retitle_live_blog;
pub(crate) use lone_standfirst::take_lone_standfirst;
pub(crate) use main_story::{main_first, main_first_counted, prose_first};
pub(crate) use markup::drop_markup;
pub(crate) use next_story::hand_over_kickers;
pub(crate) use office_authors::drop_office_authors;
pub(crate) use prefixed_byline::read_prefixed_byline;
pub(crate) use pull_quotes::drop_repeated_quotes;
pub(crate) use rails::take_rails;
pub(crate) use rated_headline::{join_rated_headline, retitle_rated};
pub(crate) use related_end::drop_sidebar_related;
pub(crate) use resume::resume_after_break;
pub(crate) use section_widget::drop_widget_section;
pub(crate) use standfirst::take_standfirst;
pub(crate) use summary_points::take_summary_points;
pub(crate) use timeline::take_timeline_entries;

/// Moves line `span` of `a` from the lines it used to its removed lines,
/// with `text` and `reason` (a field or paragraph taken back after assembly).
pub(crate) fn unuse_line(
    a: &mut crate::Article,
    span: crate::Span,
    text: String,
    reason: crate::RemovalReason,
) {
    a.lines.retain(|l| l.span != span);
    a.removed.push(crate::Removed::new(span, text, reason));
}

/// Gives the input line at `span` among `lines` (an article's) the role
/// `role`: a line the article used as one thing, now read as another.
pub(crate) fn recast_line(lines: &mut [crate::LineUse], span: crate::Span, role: crate::LineRole) {
    for l in lines.iter_mut().filter(|l| l.span == span) {
        l.role = role;
    }
}

/// Takes removed line `k` of `a` out of the audit trail into the lines it
/// used, with `role`, in page order; the removed line, when there was one.
pub(crate) fn use_removed(
    a: &mut crate::Article,
    k: usize,
    role: crate::LineRole,
) -> Option<crate::Removed> {
    if k >= a.removed.len() {
        return None;
    }
    let r = a.removed.remove(k);
    let at = a.lines.partition_point(|l| l.span.start <= r.span.start);
    a.lines.insert(at, crate::LineUse { span: r.span, role });
    Some(r)
}

/// Takes body block `k` of `a` back into the audit trail with `reason`
/// when the body keeps another block; true when it did.
pub(crate) fn unuse_block(a: &mut crate::Article, k: usize, reason: crate::RemovalReason) -> bool {
    if a.body.len() < 2 || k >= a.body.len() {
        return false;
    }
    let b = a.body.remove(k);
    unuse_line(a, b.span, b.text, reason);
    true
}

/// Takes `a`'s body blocks from the `from`th on into the audit trail with
/// `reason`, in one pass over the article's lines (a comment thread may
/// hold thousands of blocks), the body keeping one block at least.
pub(crate) fn unuse_body_from(a: &mut crate::Article, from: usize, reason: crate::RemovalReason) {
    if from == 0 || from >= a.body.len() {
        return;
    }
    let tail = a.body.split_off(from);
    let mut spans: Vec<crate::Span> = tail.iter().map(|b| b.span).collect();
    spans.sort_unstable_by_key(|s| (s.start, s.end));
    a.lines.retain(|l| {
        spans
            .binary_search_by_key(&(l.span.start, l.span.end), |s| (s.start, s.end))
            .is_err()
    });
    a.removed.extend(
        tail.into_iter()
            .map(|b| crate::Removed::new(b.span, b.text, reason)),
    );
}

/// Takes into the audit trail with `reason` each of `a`'s first `first`
/// and last `last` body blocks that `is` holds for, the body keeping one
/// block at least (the lines that close or open a story: a notice, a
/// contact line).
pub(crate) fn unuse_edge_blocks(
    a: &mut crate::Article,
    first: usize,
    last: usize,
    is: impl Fn(&str) -> bool,
    reason: crate::RemovalReason,
) {
    let n = a.body.len();
    // From the end back: taking a block out moves none before it.
    for k in (0..n).rev().filter(|&k| k < first || k + last >= n) {
        if a.body.get(k).is_some_and(|b| is(&b.text)) {
            unuse_block(a, k, reason);
        }
    }
}

/// The lines of `a` from byte `from` on, used and removed, in page order,
/// each with what `used` or `removed` makes of it (removed lines by their
/// index among `a`'s removed lines).
pub(crate) fn lines_from<T>(
    a: &crate::Article,
    from: usize,
    used: impl Fn(&crate::LineUse) -> T,
    removed: impl Fn(usize, &crate::Removed) -> T,
) -> Vec<(crate::Span, T)> {
    let mut out: Vec<(crate::Span, T)> = a
        .lines
        .iter()
        .filter(|l| l.span.start >= from)
        .map(|l| (l.span, used(l)))
        .collect();
    out.extend(
        a.removed
            .iter()
            .enumerate()
            .filter(|(_, r)| r.span.start >= from)
            .map(|(k, r)| (r.span, removed(k, r))),
    );
    out.sort_by_key(|(s, _)| (s.start, s.end));
    out
}

/// The date settings a finishing pass reads a line of a page with: the
/// options' day order and reference time, else the order the page's first
/// lines vote for ("Update: 11/07/2025" on a page that writes "Friday, 11
/// July 2025" is 11 July); made at most once, and only when a line is
/// read.
pub(crate) struct PageDates<'a> {
    read: std::cell::OnceCell<crate::grammar::date::DateOptions>,
    text: &'a str,
    opts: &'a crate::Options,
}

impl<'a> PageDates<'a> {
    /// The settings of page `text` read with `opts`, not read yet.
    pub(crate) fn new(text: &'a str, opts: &'a crate::Options) -> Self {
        PageDates {
            read: std::cell::OnceCell::new(),
            text,
            opts,
        }
    }

    /// The settings, made on the first call.
    pub(crate) fn get(&self) -> &crate::grammar::date::DateOptions {
        use crate::grammar::date::{DateOptions, DayOrder, VotedOrder};
        self.read.get_or_init(|| {
            let mut d = DateOptions {
                reference: self.opts.reference_time,
                day_order: self.opts.day_order,
                ..DateOptions::default()
            };
            if self.opts.day_order == DayOrder::Auto {
                let head = self.text.lines().take(crate::lines::HEAD_LINES);
                d.voted = Some(VotedOrder::new(head));
            }
            d
        })
    }
}

/// Takes removed lines back into `a`'s body as blocks of `kind`, each at
/// its place in page order (by span: each line taken back shifts the
/// removed lines' indices).
pub(crate) fn take_back_blocks(
    a: &mut crate::Article,
    taken: Vec<(crate::Span, crate::BlockKind)>,
) {
    for (span, kind) in taken {
        let Some(k) = a.removed.iter().position(|r| r.span == span) else {
            continue;
        };
        let role = match kind {
            crate::BlockKind::Heading => crate::LineRole::Heading,
            _ => crate::LineRole::Paragraph,
        };
        if let Some(r) = use_removed(a, k, role) {
            let at = a.body.partition_point(|b| b.span.start < r.span.start);
            a.body.insert(at, crate::Block::new(kind, r.text, r.span));
        }
    }
}

/// What a line of a passes' test page is to its article before the pass.
#[cfg(test)]
#[derive(Clone, Copy)]
pub(crate) enum TestAs {
    /// A paragraph of the body.
    Body,
    /// A line of a caption.
    Caption,
    /// A related headline.
    Related,
    /// A line used in this role (not in the body).
    Used(crate::LineRole),
    /// A line removed with this reason.
    Gone(crate::RemovalReason),
}

/// The page of `lines` (a blank line between each) and its article (for
/// the passes' tests).
#[cfg(test)]
pub(crate) fn test_article(lines: &[(&str, TestAs)]) -> (String, crate::Article) {
    use crate::{Article, Block, BlockKind, LineRole, LineUse, Removed};
    let texts: Vec<&str> = lines.iter().map(|l| l.0).collect();
    let (text, spans) = test_page(&texts, "\n\n");
    let mut a = Article::default();
    for (&(line, how), span) in lines.iter().zip(spans) {
        let role = match how {
            TestAs::Body => {
                a.body.push(Block::new(BlockKind::Paragraph, line, span));
                LineRole::Paragraph
            }
            TestAs::Caption => LineRole::Caption,
            TestAs::Related => LineRole::Related,
            TestAs::Used(role) => role,
            TestAs::Gone(reason) => {
                a.removed.push(Removed::new(span, line, reason));
                continue;
            }
        };
        a.lines.push(LineUse { span, role });
    }
    (text, a)
}

/// [`test_article`] of body paragraphs (`true`) and lines left out with
/// `reason` (`false`).
#[cfg(test)]
pub(crate) fn test_body_article(
    lines: &[(&str, bool)],
    reason: crate::RemovalReason,
) -> (String, crate::Article) {
    let how = |used: bool| {
        if used {
            TestAs::Body
        } else {
            TestAs::Gone(reason)
        }
    };
    test_article(
        &lines
            .iter()
            .map(|&(t, used)| (t, how(used)))
            .collect::<Vec<_>>(),
    )
}

/// The text of `lines`, each followed by `sep`, and each line's span (for
/// the passes' tests).
#[cfg(test)]
pub(crate) fn test_page(lines: &[&str], sep: &str) -> (String, Vec<crate::Span>) {
    let mut text = String::new();
    let mut spans = Vec::new();
    for line in lines {
        spans.push(crate::Span::new(text.len(), text.len() + line.len()));
        text.push_str(line);
        text.push_str(sep);
    }
    (text, spans)
}

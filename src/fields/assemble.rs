//! The article of one story, from what story finding assigned its lines.

use super::builder::Builder;
use crate::grammar::date::DateEntry;
use crate::lines::{self, text};
use crate::rules::story::Assign;
use crate::{Article, Block, BlockKind, Caption, DateValue, LineRole, RemovalReason, Span};

/// The article of lines `start..end`, from what story finding assigned
/// them. The lines and their assignments are taken from the ends of
/// `split` (see [`lines::Split::pop_first`]) and `assign` (reversed), so
/// the stories are assembled in order. `title_dates` holds the dates of
/// dated headlines by line, in line order.
pub(crate) fn assemble(
    split: &mut lines::Split<'_>,
    assign: &mut Vec<Assign>,
    title_dates: &[(usize, Box<[DateEntry]>)],
    start: usize,
    end: usize,
    year_guessed: bool,
) -> Article {
    let mut b = Builder {
        a: Article::default(),
        box_names: Vec::new(),
        year_guessed,
        published_unlabelled: false,
    };
    // The date a dateline prints with its year ("RIVERTON, Ore., March 4,
    // 2025 /PRNewswire/ --"): the story's date when no line gives one.
    let mut dateline_date: Option<(DateValue, Span)> = None;
    for k in start..end {
        let (Some(line), Some(mut owned)) = (split.pop_first(), assign.pop()) else {
            continue;
        };
        lines::shrink_half(assign);
        let asg = &mut owned;
        let span = line.span;
        let text = split.text(&line);
        match asg {
            Assign::Title(t) => {
                if b.a.title.is_empty() {
                    b.a.title = std::mem::take(t).into();
                    b.a.spans.title = Some(span);
                    b.use_line(span, LineRole::Title);
                    if let Some((_, d)) = title_dates
                        .binary_search_by_key(&k, |(i, _)| *i)
                        .ok()
                        .and_then(|i| title_dates.get(i))
                    {
                        b.dates(d, span, false);
                    }
                } else {
                    b.remove(span, text, RemovalReason::TitleRepeat);
                }
            }
            Assign::Subtitle => {
                b.a.subtitle = Some(text.to_string());
                b.a.spans.subtitle = Some(span);
                b.use_line(span, LineRole::Subtitle);
            }
            Assign::Section(s) => {
                if b.a.section.is_none() {
                    b.a.section = Some(std::mem::take(s).into());
                    b.a.spans.section = Some(span);
                    b.use_line(span, LineRole::Section);
                } else {
                    b.remove(span, text, RemovalReason::SectionLabel);
                }
            }
            Assign::ReadingTime(m) => {
                if b.a.reading_time_minutes.is_none() {
                    b.a.reading_time_minutes = Some(*m);
                    b.a.spans.reading_time_minutes = Some(span);
                    b.use_line(span, LineRole::ReadingTime);
                } else {
                    b.remove(span, text, RemovalReason::ReadingTime);
                }
            }
            Assign::Dates(d) => {
                b.dates(d, span, first_published(text));
                b.use_line(span, LineRole::Date);
                meta_reading_time(&mut b.a, text, span);
            }
            // (Only a date kind gives it, and its dates were moved in above.)
            Assign::LineDates => b.use_line(span, LineRole::Date),
            Assign::Byline(bd) => {
                for n in &bd.by.authors {
                    b.author(n, span);
                }
                for c in &bd.by.credits {
                    b.credit(c, span);
                }
                b.dates(&bd.dates, span, false);
                b.use_line(span, LineRole::Byline);
                meta_reading_time(&mut b.a, text, span);
            }
            Assign::KeyPoint(s) => {
                b.a.key_points.push(std::mem::take(s).into());
                b.a.spans.key_points.push(span);
                b.use_line(span, LineRole::KeyPoint);
            }
            Assign::Caption(c) => {
                let dup =
                    b.a.captions
                        .iter()
                        .any(|x| text::same_tokens(&x.text, &c.text));
                if dup || c.text.trim().is_empty() {
                    b.remove(span, text, RemovalReason::CaptionRepeat);
                } else {
                    b.a.captions.push(Caption::new(
                        std::mem::take(&mut c.text),
                        c.credit.take(),
                        span,
                    ));
                    b.use_line(span, LineRole::Caption);
                }
            }
            Assign::CaptionCredit => {
                if let Some(c) = b.a.captions.last_mut() {
                    c.span = c.span.join(span);
                }
                b.use_line(span, LineRole::Caption);
            }
            Assign::Body(kind, s) => {
                let mut s: String = s.take().map_or_else(|| text.to_string(), String::from);
                // Link cards glued into the paragraph go to the removed list.
                if let Some((kept, cuts)) = text::strip_link_cards(&s) {
                    // The card's own span when the line was printed as cleaned.
                    let exact = text.len() == span.len();
                    for c in &cuts {
                        let sp = match text.find(c.as_str()) {
                            Some(k) if exact => Span::new(span.start + k, span.start + k + c.len()),
                            _ => Span::new(span.start, span.start),
                        };
                        b.remove(sp, c, RemovalReason::RelatedTail);
                    }
                    s = kept;
                }
                b.a.body.push(Block::new(*kind, s, span));
                b.use_line(
                    span,
                    if *kind == BlockKind::Heading {
                        LineRole::Heading
                    } else {
                        LineRole::Paragraph
                    },
                );
            }
            Assign::Dateline(dr) => {
                let (d, rest) = &mut **dr;
                if !d.place.is_empty() {
                    b.a.dateline = Some(std::mem::take(&mut d.place));
                    b.a.spans.dateline = Some(span);
                }
                if let Some(ag) = &d.agency {
                    b.credit(ag, span);
                }
                for n in &d.reporters {
                    b.author(n, span);
                }
                if let (Some((m, day)), Some(y)) = (d.month_day, d.year) {
                    let date = chrono::NaiveDate::from_ymd_opt(y, m, day).map(DateValue::Date);
                    dateline_date = dateline_date.or(date.map(|v| (v, span)));
                }
                if rest.is_empty() {
                    b.use_line(span, LineRole::Dateline);
                } else {
                    b.a.body
                        .push(Block::new(BlockKind::Paragraph, std::mem::take(rest), span));
                    b.use_line(span, LineRole::Paragraph);
                }
            }
            Assign::Related(s) => {
                b.a.related.push(std::mem::take(s).into());
                b.a.spans.related.push(span);
                b.use_line(span, LineRole::Related);
            }
            Assign::Trailer(t) => {
                for n in &t.reporters {
                    b.author(n, span);
                }
                b.use_line(span, LineRole::Credit);
            }
            Assign::AuthorName(n) => {
                b.box_names.push((std::mem::take(n).into(), span));
                b.use_line(span, LineRole::Credit);
            }
            Assign::Removed(r) => b.remove(span, text, *r),
            Assign::Unassigned => b.remove(span, text, RemovalReason::AfterStory),
        }
    }
    let names = std::mem::take(&mut b.box_names);
    for (n, span) in names {
        b.author(&n, span);
    }
    if let Some((v, span)) = dateline_date.filter(|_| b.a.published.is_none()) {
        b.a.published = Some(v);
        b.a.spans.published = Some(span);
    }
    // The per-line lists grew by doubling: the spare room is given back
    // before the next story is built (a page of many stories holds them all).
    b.a.lines.shrink_to_fit();
    b.a.removed.shrink_to_fit();
    b.a.body.shrink_to_fit();
    b.a
}

/// Separators between the parts of a meta line ("5 March 2025 • 3 min read").
const SEGMENT_SEPARATORS: &[char] = &['•', '·', '|', '–', '—', '/'];

/// "5 March 2025 • 3 min read", "By Jane Doe | 5 min read": the reading
/// time of a date or byline line fills the article's, when it has none.
fn meta_reading_time(a: &mut Article, line: &str, span: Span) {
    if a.reading_time_minutes.is_none() {
        if let Some(m) = segment_reading_time(line) {
            a.reading_time_minutes = Some(m);
            a.spans.reading_time_minutes = Some(span);
        }
    }
}

/// The reading time printed as one part of a meta line, if any.
fn segment_reading_time(line: &str) -> Option<u32> {
    if !line.contains(SEGMENT_SEPARATORS) || line.len() > 200 {
        return None;
    }
    line.split(SEGMENT_SEPARATORS)
        .find_map(|seg| crate::grammar::misc::parse_reading_time(seg).ok())
        .map(|p| p.value)
}

/// True when a date line opens with "First published" (the page prints its
/// last change above it).
fn first_published(line: &str) -> bool {
    line.trim_start()
        .get(..15)
        .is_some_and(|h| h.eq_ignore_ascii_case("first published"))
}

#[cfg(test)]
mod tests {
    use super::segment_reading_time;

    #[test]
    fn a_meta_line_s_reading_time() {
        assert_eq!(segment_reading_time("5 March 2025 • 3 min read"), Some(3));
        assert_eq!(
            segment_reading_time("Lesezeit: 4 Min. | 05.03.2025"),
            Some(4)
        );
        assert_eq!(segment_reading_time("5 March 2025"), None);
        assert_eq!(segment_reading_time("5 March 2025 | 3 comments"), None);
    }

    #[test]
    fn a_byline_or_date_line_gives_its_reading_time() {
        for (meta, date) in [
            ("By Jane Doe | 5 min read", None),
            ("5 March 2025 • 5 min read", Some("2025-03-05")),
        ] {
            let text = format!(
                "Screening age for diabetes lowered to 35\n\n{meta}\n\nA national health panel has lowered the recommended age for diabetes screening, citing rising rates.\n\nThe panel said adults who are overweight should be tested every three years.\n"
            );
            let a = crate::Parser::default().parse(&text);
            assert_eq!(a.reading_time_minutes, Some(5), "{meta}");
            assert_eq!(
                a.published.map(|d| d.to_string()).as_deref(),
                date,
                "{meta}"
            );
        }
    }
}

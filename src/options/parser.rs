//! The reusable [`Parser`]: the pipeline run on a text (or bytes) with
//! its [`Options`], the input limits checked, the stories returned.

use std::sync::Arc;

use super::Options;
use crate::{Article, Error};

/// A parser built once from [`Options`] and reused; `Send + Sync`.
///
/// ```
/// let parser = newsclip::Parser::new(newsclip::Options::default());
/// let article = parser.parse("Headline here\n\nA first paragraph that says something.\n");
/// assert_eq!(article.title, "Headline here");
/// ```
#[derive(Debug, Clone)]
pub struct Parser {
    opts: Arc<Options>,
}

impl Default for Parser {
    fn default() -> Self {
        Parser::new(Options::default())
    }
}

impl Parser {
    /// Builds a parser.
    pub fn new(opts: Options) -> Self {
        Parser {
            opts: Arc::new(opts),
        }
    }

    /// The options this parser was built with.
    pub fn options(&self) -> &Options {
        &self.opts
    }

    /// The main story of `text`. Never fails.
    ///
    /// Input that looks binary (a NUL byte or many control characters near
    /// its start) gives an empty article with [`crate::Warning::BinaryInput`];
    /// [`Parser::try_parse`] refuses it as [`Error::Binary`].
    ///
    /// The lines of further stories (see [`Parser::parse_all`]) are listed in
    /// [`Article::removed`] with [`crate::RemovalReason::OtherStory`], so the
    /// main article alone still accounts for every input line (with the
    /// audit trail on; see [`Options::audit`]).
    pub fn parse(&self, text: &str) -> Article {
        if crate::binary::looks_binary(text) {
            return Article {
                warnings: vec![crate::Warning::BinaryInput],
                ..Article::default()
            };
        }
        let mut all = self.parse_all(text).into_iter();
        let mut main = all.next().unwrap_or_default();
        if !self.opts.audit {
            return main;
        }
        for other in all {
            for l in &other.lines {
                let t = l.span.slice(text).unwrap_or("").trim();
                main.removed.push(crate::Removed::new(
                    l.span,
                    t,
                    crate::RemovalReason::OtherStory,
                ));
            }
            for r in other.removed {
                main.removed.push(crate::Removed::new(
                    r.span,
                    r.text,
                    crate::RemovalReason::OtherStory,
                ));
            }
        }
        main
    }

    /// Every story of `text`, main story first. Never empty.
    ///
    /// An input of more than 50,000 non-blank lines (no page has as many)
    /// is read in windows of that many lines, each window's stories found
    /// on their own, with [`crate::Warning::Windowed`]: its memory then
    /// stays proportional to its text, not to its line count.
    pub fn parse_all(&self, text: &str) -> Vec<Article> {
        crate::window::parse_windowed(text, &self.opts, |w| self.parse_whole(w))
            .unwrap_or_else(|| self.parse_whole(text))
    }

    /// Every story of `text` read as one window.
    fn parse_whole(&self, text: &str) -> Vec<Article> {
        let (arts, dates, known) = crate::pipeline::extract_dated(text, &self.opts);
        let mut arts = match self.opts.labeller.model() {
            Some(m) if !m.is_empty() => {
                let page = crate::features::Page::build_known(text, &arts, &known.no_boiler);
                let (arts, page) = m.main_story_first(arts, page);
                let (labels, shares) = m.label_with_shares(&page);
                let with = crate::model::With {
                    model: Some(m),
                    shares: Some(&shares),
                    dates: Some(&dates),
                    known: known.names(),
                };
                let mut arts = crate::model::apply(text, arts, &page, &labels, with, &self.opts);
                // The removed lines (whose verdicts the features explain)
                // are dropped below unless the audit trail is kept.
                if self.opts.audit {
                    crate::model::explain(m, &page, &mut arts);
                }
                arts
            }
            _ => arts,
        };
        crate::fields::join_rated_headline(&mut arts, text);
        self.finish_articles(text, &mut arts);
        arts
    }

    /// The stories the rules alone read in `text` (as one window, main
    /// story first), with their audit trail, before the line model and
    /// before [`Parser::finish_articles`]: the articles the line model's
    /// features are built from ([`crate::features::Page::build`]), so a
    /// model is trained on the features it is later given.
    ///
    /// ```
    /// use newsclip::Parser;
    /// let arts = Parser::default().rule_articles("Headline here\nBy Jane Doe\nThe text of the story, long enough to be read as a paragraph of it.\n");
    /// assert_eq!(arts[0].authors, ["Jane Doe"]);
    /// assert!(!arts[0].lines.is_empty());
    /// ```
    pub fn rule_articles(&self, text: &str) -> Vec<Article> {
        crate::pipeline::extract_dated(text, &self.opts).0
    }

    /// The passes that finish articles read from `text` once their lines
    /// are labelled (by the rules or the line model): editing notes, author bios, a press
    /// release's closing sections, repeated pull quotes, markup and
    /// copyright notices go to the audit trail, related-story rails under
    /// an unknown heading and inline links under an unknown prompt to the
    /// related headlines, bulleted items that open the body to the key
    /// points, a byline with an unknown marker to the authors, a caption
    /// with an unknown credit label (on its line or the next) to the
    /// captions, a later date with an unknown label to the update; then the
    /// fields are capped ([`Options::max_field_chars`]) and, unless
    /// [`Options::audit`] is on, the audit trail is dropped. Last, the story
    /// of the page's running prose goes first when the first one holds
    /// little of it.
    pub fn finish_articles(&self, text: &str, arts: &mut [Article]) {
        for a in arts.iter_mut() {
            // The comments first: the notes and bios close the story above
            // them. Then editing notes and disclaimers: a bio above them is
            // then the body's last block.
            crate::fields::drop_comment_sections(a);
            crate::fields::drop_named_comment_sections(a, text);
            crate::fields::drop_editing_notes(a);
            crate::fields::drop_author_bios(a);
            crate::fields::drop_contact_lines(a);
            crate::fields::drop_closing_sections(a);
            crate::fields::drop_repeated_quotes(a);
            crate::fields::drop_markup(a);
            crate::fields::drop_icon_subtitle(a);
            crate::fields::drop_footer_captions(a);
            crate::fields::retitle_rated(a, text);
            crate::fields::retitle_live_blog(a, text);
            crate::fields::take_live_entries(a, text);
            crate::fields::drop_live_end(a);
            crate::fields::take_rails(a);
            crate::fields::drop_sidebar_related(a);
            crate::fields::take_inline_links(a);
            crate::fields::resume_after_break(a, text);
            crate::fields::resume_after_caption(a);
            crate::fields::take_timeline_entries(a);
            crate::fields::take_summary_points(a, text);
            crate::fields::take_leading_bullets(a, text);
            crate::fields::restore_echoed_points(a, text);
            crate::fields::take_standfirst(a);
            crate::fields::take_lone_standfirst(a);
            crate::fields::take_headline_over(a);
            crate::fields::read_prefixed_byline(a, text);
            crate::fields::read_late_byline(a, text);
            crate::fields::drop_office_authors(a);
            crate::fields::take_labelled_captions(a);
            crate::fields::take_gallery_captions(a, text);
            crate::fields::take_cut_caption_credits(a);
            crate::fields::read_kicker_section(a, text);
            crate::fields::drop_widget_section(a);
            crate::fields::read_filing_line(a);
            crate::fields::read_late_dateline(a);
            crate::fields::read_header_date(a, text, &self.opts);
            crate::fields::read_later_date(a, text, &self.opts);
            crate::fields::guess_empty_body(a);
        }
        crate::fields::hand_over_kickers(arts, text);
        for a in arts.iter_mut() {
            crate::cap::cap_fields(a, self.opts.max_field_chars);
            if !self.opts.audit {
                a.spans = crate::FieldSpans::default();
                a.lines = Vec::new();
                a.removed = Vec::new();
            }
        }
        crate::fields::prose_first(arts);
        crate::fields::echoed_first(arts, text);
    }

    /// Like [`Parser::parse`], but refuses input over the limits.
    pub fn try_parse(&self, text: &str) -> Result<Article, Error> {
        self.check_limits(text)?;
        Ok(self.parse(text))
    }

    /// Like [`Parser::parse_all`], but refuses input over the limits.
    pub fn try_parse_all(&self, text: &str) -> Result<Vec<Article>, Error> {
        self.check_limits(text)?;
        Ok(self.parse_all(text))
    }

    /// [`Parser::parse`] on bytes that may not be valid UTF-8: every valid
    /// character is kept, each bad sequence becomes U+FFFD, and the article
    /// carries [`crate::Warning::InvalidUtf8`].
    pub fn parse_bytes(&self, bytes: &[u8]) -> Article {
        self.decoded(bytes, |s| vec![self.parse(s)])
            .pop()
            .unwrap_or_default()
    }

    /// [`Parser::parse_all`] on bytes that may not be valid UTF-8, decoded
    /// as [`Parser::parse_bytes`] does.
    pub fn parse_all_bytes(&self, bytes: &[u8]) -> Vec<Article> {
        self.decoded(bytes, |s| self.parse_all(s))
    }

    fn decoded(&self, bytes: &[u8], f: impl Fn(&str) -> Vec<Article>) -> Vec<Article> {
        match std::str::from_utf8(bytes) {
            Ok(s) => f(s),
            Err(_) => {
                let mut arts = f(&String::from_utf8_lossy(bytes));
                for a in &mut arts {
                    a.warnings.push(crate::Warning::InvalidUtf8);
                }
                arts
            }
        }
    }

    /// Input over a limit is refused; blank input is refused as
    /// [`Error::Empty`], binary data as [`Error::Binary`].
    fn check_limits(&self, text: &str) -> Result<(), Error> {
        crate::lines::check_limits(text, &self.opts)?;
        if crate::binary::looks_binary(text) {
            return Err(Error::Binary);
        }
        if text.trim().is_empty() {
            return Err(Error::Empty);
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parser_is_send_sync() {
        fn assert_send_sync<T: Send + Sync>() {}
        assert_send_sync::<Parser>();
        assert_send_sync::<Options>();
    }
}

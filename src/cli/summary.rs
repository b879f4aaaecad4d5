//! The progress bar (on stderr, when it is a terminal and the batch is
//! large) and the one-line summary at the end of a batch.

use std::io::IsTerminal;
use std::time::{Duration, Instant};

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

/// A batch is large, and shows a progress bar, after this many documents
/// or this long.
const LARGE_DOCS: usize = 200;
const LARGE_AFTER: Duration = Duration::from_secs(1);

/// Counts of a batch.
#[derive(Debug)]
pub(super) struct Summary {
    pub documents: usize,
    pub articles: usize,
    pub warnings: usize,
    pub errors: usize,
    pub bytes: u64,
    start: Instant,
    bar: Option<ProgressBar>,
    terminal: bool,
}

impl Summary {
    pub(super) fn new() -> Self {
        Summary {
            documents: 0,
            articles: 0,
            warnings: 0,
            errors: 0,
            bytes: 0,
            start: Instant::now(),
            bar: None,
            terminal: std::io::stderr().is_terminal(),
        }
    }

    /// Updates the progress bar (after each document).
    pub(super) fn tick(&mut self) {
        if self.terminal
            && self.bar.is_none()
            && (self.documents >= LARGE_DOCS || self.start.elapsed() >= LARGE_AFTER)
        {
            let bar = ProgressBar::with_draw_target(None, ProgressDrawTarget::stderr());
            bar.set_style(
                ProgressStyle::with_template("{spinner} {pos} documents, {msg} [{elapsed}]")
                    .unwrap_or_else(|_| ProgressStyle::default_spinner()),
            );
            self.bar = Some(bar);
        }
        if let Some(bar) = &self.bar {
            bar.set_position(self.documents as u64);
            bar.set_message(format!("{:.1} MB", self.bytes as f64 / 1e6));
        }
    }

    /// Prints `msg` on stderr without breaking the progress bar.
    pub(super) fn message(&self, msg: &str) {
        match &self.bar {
            Some(bar) => bar.suspend(|| eprintln!("{msg}")),
            None => eprintln!("{msg}"),
        }
    }

    /// The summary line: documents, articles, warnings, errors, MB/s.
    pub(super) fn line(&self) -> String {
        let secs = self.start.elapsed().as_secs_f64().max(1e-6);
        let mb = self.bytes as f64 / 1e6;
        format!(
            "newsclip: {} {}, {} {}, {} {}, {} {}, {mb:.1} MB in {secs:.2} s ({:.1} MB/s)",
            self.documents,
            plural(self.documents, "document"),
            self.articles,
            plural(self.articles, "article"),
            self.warnings,
            plural(self.warnings, "warning"),
            self.errors,
            plural(self.errors, "error"),
            mb / secs
        )
    }

    /// Shows the final counts on the progress bar (drawn whatever the
    /// refresh rate), then clears it.
    pub(super) fn finish(&mut self) {
        self.tick();
        if let Some(bar) = self.bar.take() {
            bar.finish();
            bar.finish_and_clear();
        }
    }
}

fn plural(n: usize, word: &str) -> String {
    if n == 1 {
        word.to_string()
    } else {
        format!("{word}s")
    }
}

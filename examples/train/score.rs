//! The figures `train` prints: body F1 as the benchmark's scorer computes
//! it, snippet F1, headline, date and author agreement with the gold.

use newsclip::Article;
use newsclip::model::Gold;
use std::collections::HashMap;

fn tokens(t: &str) -> Vec<&str> {
    t.split(|c: char| !(c.is_alphanumeric() || c == '_'))
        .filter(|w| !w.is_empty())
        .collect()
}

fn shingles(t: &str) -> HashMap<Vec<&str>, i64> {
    let toks = tokens(t);
    let mut m = HashMap::new();
    if toks.len() < 4 {
        if !toks.is_empty() {
            m.insert(toks, 1);
        }
        return m;
    }
    for w in toks.windows(4) {
        *m.entry(w.to_vec()).or_insert(0) += 1;
    }
    m
}

/// (precision, recall) of one page, as the benchmark's scorer computes them.
pub fn body_pr(gold: &str, pred: &str) -> (f64, f64) {
    let (g, p) = (shingles(gold), shingles(pred));
    let tp: i64 = p
        .iter()
        .map(|(k, &c)| c.min(g.get(k).copied().unwrap_or(0)))
        .sum();
    let fp: i64 = p.values().sum::<i64>() - tp;
    let fnn: i64 = g.values().sum::<i64>() - tp;
    let total = (tp + fp + fnn) as f64;
    if total == 0.0 {
        return (0.0, 0.0);
    }
    let (tp, fp, fnn) = (tp as f64 / total, fp as f64 / total, fnn as f64 / total);
    let p = if tp + fp > 0.0 { tp / (tp + fp) } else { 0.0 };
    let r = if tp + fnn > 0.0 { tp / (tp + fnn) } else { 0.0 };
    (p, r)
}

fn squash(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

pub fn norm(s: &str) -> String {
    let s: String = s
        .to_lowercase()
        .chars()
        .map(|c| {
            if c.is_alphanumeric() || c.is_whitespace() {
                c
            } else {
                ' '
            }
        })
        .collect();
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[derive(Default)]
pub struct Score {
    pub titles: (usize, usize, usize),
    pub dates: (usize, usize, usize),
    pub authors: (usize, f64, f64),
    pub p: f64,
    pub r: f64,
    pub n: usize,
    pub zero: usize,
    pub snip: (usize, usize, usize),
}

impl Score {
    pub fn add(&mut self, gold: &Gold, body: &str) {
        if let Some(g) = gold.body.as_deref().filter(|b| !b.trim().is_empty()) {
            let (p, r) = body_pr(g, body);
            self.p += p;
            self.r += r;
            self.n += 1;
            self.zero += usize::from(p + r == 0.0);
        }
        let b = squash(body);
        for s in &gold.with {
            if b.contains(&squash(s)) {
                self.snip.0 += 1
            } else {
                self.snip.1 += 1
            }
        }
        self.snip.2 += gold
            .without
            .iter()
            .filter(|s| b.contains(&squash(s)))
            .count();
    }

    pub fn title(&mut self, gold: &Gold, rule: &str, model: &str) {
        if let Some(g) = gold.title.as_deref().filter(|t| !t.trim().is_empty()) {
            self.titles.0 += 1;
            self.titles.1 += usize::from(norm(g) == norm(rule));
            self.titles.2 += usize::from(norm(g) == norm(model));
        }
    }

    /// Counts a page with a gold publication day: the rules' and the
    /// model's main story's dates, right when a day either side.
    pub fn date(
        &mut self,
        gold: Option<newsclip::chrono::NaiveDate>,
        rule: &[Article],
        model: &[Article],
    ) {
        let Some(g) = gold else {
            return;
        };
        let ok = |arts: &[Article]| {
            arts.first()
                .and_then(|a| a.published)
                .is_some_and(|d| (d.date() - g).num_days().abs() <= 1)
        };
        self.dates.0 += 1;
        self.dates.1 += usize::from(ok(rule));
        self.dates.2 += usize::from(ok(model));
    }

    /// Counts a page whose gold names its authors (maybe none): the author
    /// set F1 of the rules' and the model's main story.
    pub fn authors(&mut self, gold: Option<&[String]>, rule: &[Article], model: &[Article]) {
        let Some(g) = gold else {
            return;
        };
        let key = |s: &String| norm(s);
        let g: std::collections::HashSet<String> = g.iter().map(key).collect();
        let f1 = |arts: &[Article]| {
            let p: std::collections::HashSet<String> = arts
                .first()
                .map(|a| a.authors.iter().map(key).collect())
                .unwrap_or_default();
            if g.is_empty() && p.is_empty() {
                return 1.0;
            }
            let tp = g.intersection(&p).count() as f64;
            if tp == 0.0 {
                0.0
            } else {
                2.0 * tp / (g.len() + p.len()) as f64
            }
        };
        self.authors.0 += 1;
        self.authors.1 += f1(rule);
        self.authors.2 += f1(model);
    }

    pub fn show(&self) -> String {
        let mut out = String::new();
        if self.authors.0 > 0 {
            let n = self.authors.0 as f64;
            out += &format!(
                "authors rules {:.3} model {:.3}; ",
                self.authors.1 / n,
                self.authors.2 / n
            );
        }
        if self.dates.0 > 0 {
            let n = self.dates.0 as f64;
            out += &format!(
                "date rules {:.3} model {:.3}; ",
                self.dates.1 as f64 / n,
                self.dates.2 as f64 / n
            );
        }
        if self.titles.0 > 0 {
            let n = self.titles.0 as f64;
            out += &format!(
                "title rules {:.3} model {:.3}; ",
                self.titles.1 as f64 / n,
                self.titles.2 as f64 / n
            );
        }
        if self.n > 0 {
            let (p, r) = (self.p / self.n as f64, self.r / self.n as f64);
            let f = if p + r > 0.0 {
                2.0 * p * r / (p + r)
            } else {
                0.0
            };
            out += &format!(
                "body F1 {f:.3} (P {p:.3} R {r:.3}, {} of {} pages at 0)",
                self.zero, self.n
            );
        }
        let (tp, fnn, fp) = self.snip;
        if tp + fnn > 0 {
            let p = tp as f64 / (tp + fp).max(1) as f64;
            let r = tp as f64 / (tp + fnn) as f64;
            out += &format!(
                " snippet F1 {:.3}",
                if p + r > 0.0 {
                    2.0 * p * r / (p + r)
                } else {
                    0.0
                }
            );
        }
        out
    }
}

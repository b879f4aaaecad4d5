//! `newsclip clean`: the cleaning rules alone.

use std::io::{self, Write};

use crate::clean::{Cleaner, all_rules};

use super::Status;

/// Arguments of `newsclip clean`.
#[derive(Debug, clap::Args)]
pub(super) struct CleanArgs {
    /// Run exactly these rules, in this order, instead of the default pipeline.
    #[arg(long, value_delimiter = ',', value_name = "RULE,...")]
    rules: Option<Vec<String>>,
    /// Print how many edits each rule made (on stderr).
    #[arg(long)]
    explain: bool,
    /// List every rule with a description.
    #[arg(long)]
    list: bool,
    /// Input file; `-` or none reads stdin.
    file: Option<String>,
}

pub(super) fn run(args: &CleanArgs) -> io::Result<Status> {
    let mut out = io::stdout().lock();
    if args.list {
        for r in all_rules() {
            let tag = if r.in_default() {
                "default "
            } else {
                "optional"
            };
            writeln!(out, "{:<24} {tag} {}", r.name(), r.description())?;
        }
        return Ok(Status::Ok);
    }
    let cleaner = match &args.rules {
        None => Cleaner::default(),
        Some(list) => {
            let names = list.iter().map(|n| n.trim()).filter(|n| !n.is_empty());
            match Cleaner::from_names(names) {
                Ok(c) => c,
                Err(e) => {
                    eprintln!("newsclip clean: {e}");
                    return Ok(Status::Usage);
                }
            }
        }
    };
    let name = args.file.as_deref().unwrap_or("-");
    let Some(text) = super::input::read_text("newsclip clean", name) else {
        return Ok(Status::SomeFailed);
    };
    let explanation = cleaner.explain(&text);
    out.write_all(explanation.output.as_bytes())?;
    if !explanation.output.is_empty() && !explanation.output.ends_with('\n') {
        out.write_all(b"\n")?;
    }
    out.flush()?;
    if args.explain {
        eprint!("{explanation}");
    }
    Ok(Status::Ok)
}

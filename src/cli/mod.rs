//! The `newsclip` command line (feature `cli`, on by default; a library
//! user turns it off with `default-features = false` and pulls in no CLI
//! dependency).
//!
//! ```text
//! newsclip extract [OPTIONS] [INPUT]...   articles of files, directories (*.txt), `-` (stdin), JSONL
//! newsclip explain [--format text|html] [FILE]   every input line with its role or removal reason
//! newsclip clean [--rules a,b] [--list] [--explain] [FILE]   the cleaning rules alone
//! ```
//!
//! Exit status: 0 when every input was read, 1 when some input failed (the
//! others are still processed), 2 on a usage error. `--help` prints on
//! stdout. The `extract`, `explain` and `clean` examples are thin wrappers
//! over [`run_example`].

use std::ffi::OsString;
use std::process::ExitCode;

use clap::{Parser as ClapParser, Subcommand, ValueEnum};

mod article_out;
mod clean;
mod explain;
mod extract;
mod html;
mod input;
mod input_jsonl;
mod input_warc;
mod output;
mod pipeline;
mod summary;

/// `newsclip`: cut clean, typed news articles out of scraped text.
#[derive(Debug, ClapParser)]
#[command(name = "newsclip", version, about, long_about = None)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Print the articles of each input document.
    Extract(extract::ExtractArgs),
    /// Show every input line of one page with its role or removal reason.
    Explain(explain::ExplainArgs),
    /// Run the cleaning rules on a text.
    Clean(clean::CleanArgs),
}

/// Precision/recall preference for body detection (`--favor`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum Favor {
    /// Stray short labels inside the body are removed too.
    Precision,
    /// The default trade-off.
    Balanced,
    /// Doubtful lines stay in the body.
    Recall,
}

/// Options shared by `extract` and `explain`.
#[derive(Debug, Clone, clap::Args)]
struct ParseArgs {
    /// Resolve relative dates ("2 hours ago") against this RFC 3339 time.
    #[arg(long, value_name = "RFC3339", value_parser = parse_time)]
    reference_time: Option<chrono::DateTime<chrono::FixedOffset>>,
    /// Favor precision or recall when deciding what is body text.
    #[arg(long, value_enum, default_value_t = Favor::Balanced)]
    favor: Favor,
    /// Label lines with these line-model weights (written by the `train`
    /// example) instead of the weights shipped in the crate.
    #[arg(long, value_name = "WEIGHTS", value_parser = load_model, conflicts_with = "rules")]
    model: Option<std::sync::Arc<crate::model::Model>>,
    /// Label lines with the hand-written rules alone, without the line model.
    #[arg(long)]
    rules: bool,
    /// Keep the lines of a hard-wrapped text (a `lynx -dump` page, an
    /// e-mail) apart instead of joining them back into paragraphs.
    #[arg(long)]
    keep_wrapped: bool,
}

fn load_model(path: &str) -> Result<std::sync::Arc<crate::model::Model>, String> {
    crate::model::Model::load(path)
        .map(std::sync::Arc::new)
        .map_err(|e| e.to_string())
}

fn parse_time(s: &str) -> Result<chrono::DateTime<chrono::FixedOffset>, String> {
    chrono::DateTime::parse_from_rfc3339(s).map_err(|e| format!("not an RFC 3339 time: {e}"))
}

impl ParseArgs {
    fn options(&self) -> crate::Options {
        let mut opts = crate::Options::new().preference(match self.favor {
            Favor::Precision => crate::Preference::Precision,
            Favor::Balanced => crate::Preference::Balanced,
            Favor::Recall => crate::Preference::Recall,
        });
        if let Some(t) = self.reference_time {
            opts = opts.reference_time(t);
        }
        if self.rules {
            opts = opts.labeller(crate::Labeller::Rules);
        }
        if self.keep_wrapped {
            opts = opts.unwrap(false);
        }
        if let Some(m) = &self.model {
            opts = opts.labeller(crate::Labeller::Custom(m.clone()));
        }
        opts
    }
}

/// Runs `newsclip` with the process's arguments.
pub fn main() -> ExitCode {
    run(std::env::args_os())
}

/// Runs `newsclip` with `args` (the first is the program name): `--help`
/// on stdout with status 0, usage errors on stderr with status 2, status 1
/// when some input failed.
pub fn run<I, T>(args: I) -> ExitCode
where
    I: IntoIterator<Item = T>,
    T: Into<OsString> + Clone,
{
    let cli = match Cli::try_parse_from(args) {
        Ok(c) => c,
        Err(e) => {
            // clap prints help and version on stdout, errors on stderr.
            let _ = e.print();
            return ExitCode::from(u8::try_from(e.exit_code()).unwrap_or(2));
        }
    };
    let result = match cli.command {
        Command::Extract(a) => extract::run(&a),
        Command::Explain(a) => explain::run(&a),
        Command::Clean(a) => clean::run(&a),
    };
    match result {
        Ok(Status::Ok) => ExitCode::SUCCESS,
        Ok(Status::SomeFailed) => ExitCode::FAILURE,
        Ok(Status::Usage) => ExitCode::from(2),
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => ExitCode::FAILURE,
        Err(e) => {
            eprintln!("newsclip: {e}");
            ExitCode::FAILURE
        }
    }
}

/// Runs the subcommand `sub` with the process's arguments: what the
/// `extract`, `explain` and `clean` examples do.
pub fn run_example(sub: &str) -> ExitCode {
    let mut args = std::env::args_os();
    let program = args.next().unwrap_or_else(|| OsString::from(sub));
    run(std::iter::once(program)
        .chain(std::iter::once(OsString::from(sub)))
        .chain(args))
}

/// How a subcommand ended, short of an I/O error on the output.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Status {
    /// Every input was read.
    Ok,
    /// Some input failed; the others were processed.
    SomeFailed,
    /// A usage error found after argument parsing (an unknown field name).
    Usage,
}

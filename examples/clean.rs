//! Cleans text with newsclip's cleaning rules.
//!
//! ```text
//! clean [--rules a,b,c] [--explain] [FILE]   # cleaned text to stdout
//! clean --list                               # every rule with a description
//! ```
//!
//! Reads FILE, or stdin when there is none (or it is `-`). `--rules` runs
//! exactly those rules in that order instead of the default pipeline (like
//! every cleaner, again while a round still changes the text);
//! `--explain` prints to stderr how many edits each rule made. Exit status 2
//! on a usage error or an unknown rule name, 1 on an I/O error.

use std::io::{self, Read, Write};
use std::process::ExitCode;

use newsclip::clean::{Cleaner, all_rules};

const USAGE: &str = "usage: clean [--rules a,b,c] [--explain] [FILE]\n       clean --list";

struct Args {
    rules: Option<String>,
    explain: bool,
    list: bool,
    file: Option<String>,
}

fn parse_args() -> Result<Args, String> {
    let mut args = Args {
        rules: None,
        explain: false,
        list: false,
        file: None,
    };
    let mut it = std::env::args().skip(1);
    while let Some(a) = it.next() {
        match a.as_str() {
            "--rules" => args.rules = Some(it.next().ok_or("--rules needs a value")?),
            "--explain" => args.explain = true,
            "--list" => args.list = true,
            "-h" | "--help" => return Err(String::new()),
            _ => {
                if let Some(v) = a.strip_prefix("--rules=") {
                    args.rules = Some(v.to_owned());
                } else if a.starts_with("--") {
                    return Err(format!("unknown option `{a}`"));
                } else if args.file.replace(a).is_some() {
                    return Err("more than one input file".to_owned());
                }
            }
        }
    }
    Ok(args)
}

fn main() -> ExitCode {
    let args = match parse_args() {
        Ok(a) => a,
        Err(msg) => {
            if !msg.is_empty() {
                eprintln!("clean: {msg}");
            }
            eprintln!("{USAGE}");
            return ExitCode::from(2);
        }
    };
    if args.list {
        let mut out = io::stdout().lock();
        for r in all_rules() {
            let tag = if r.in_default() {
                "default "
            } else {
                "optional"
            };
            if writeln!(out, "{:<24} {tag} {}", r.name(), r.description()).is_err() {
                return ExitCode::from(1);
            }
        }
        return ExitCode::SUCCESS;
    }
    let cleaner = match &args.rules {
        None => Cleaner::default(),
        Some(list) => {
            let names = list.split(',').map(str::trim).filter(|n| !n.is_empty());
            match Cleaner::from_names(names) {
                Ok(c) => c,
                Err(e) => {
                    eprintln!("clean: {e}");
                    return ExitCode::from(2);
                }
            }
        }
    };
    let mut bytes = Vec::new();
    let read = match args.file.as_deref() {
        None | Some("-") => io::stdin().read_to_end(&mut bytes),
        Some(path) => std::fs::File::open(path).and_then(|mut f| f.read_to_end(&mut bytes)),
    };
    if let Err(e) = read {
        eprintln!("clean: cannot read input: {e}");
        return ExitCode::from(1);
    }
    let text = String::from_utf8_lossy(&bytes);
    let explanation = cleaner.explain(&text);
    let mut out = io::stdout().lock();
    let mut result = out.write_all(explanation.output.as_bytes());
    if !explanation.output.is_empty() && !explanation.output.ends_with('\n') {
        result = result.and_then(|()| out.write_all(b"\n"));
    }
    if let Err(e) = result.and_then(|()| out.flush()) {
        eprintln!("clean: cannot write output: {e}");
        return ExitCode::from(1);
    }
    if args.explain {
        eprint!("{explanation}");
    }
    ExitCode::SUCCESS
}

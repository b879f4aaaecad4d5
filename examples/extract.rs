//! `extract`: the same as `newsclip extract` (see [`newsclip::cli`]); kept so
//! that `cargo run --example extract -- ...` and scripts built on it keep working.

fn main() -> std::process::ExitCode {
    newsclip::cli::run_example("extract")
}

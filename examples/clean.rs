//! `clean`: the same as `newsclip clean` (see [`newsclip::cli`]); kept so
//! that `cargo run --example clean -- ...` and scripts built on it keep working.

fn main() -> std::process::ExitCode {
    newsclip::cli::run_example("clean")
}

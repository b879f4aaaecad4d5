//! `explain`: the same as `newsclip explain` (see [`newsclip::cli`]); kept so
//! that `cargo run --example explain -- ...` and scripts built on it keep working.

fn main() -> std::process::ExitCode {
    newsclip::cli::run_example("explain")
}

//! The `newsclip` command; everything it does is in [`newsclip::cli`].

fn main() -> std::process::ExitCode {
    newsclip::cli::main()
}

//! The `policyc` binary: everything happens in [`policyc::run`].

fn main() {
    std::process::exit(policyc::run(std::env::args_os()));
}

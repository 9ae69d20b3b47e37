//! A build without the `scan` feature (`cargo test --no-default-features`):
//! `policyc scan` is listed, and says it is not built in, with exit code 2.

use std::process::{Command, Stdio};

#[test]
fn scan_says_it_is_not_built_in() {
    let out = Command::new(env!("CARGO_BIN_EXE_policyc"))
        .args(["scan", "https://shop.test/?q=SECRET"])
        .env("NO_COLOR", "1")
        .stdin(Stdio::null())
        .output()
        .expect("the policyc binary runs");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{stderr}");
    assert!(
        stderr.contains("not built into this policyc")
            && stderr.contains("without the `scan` feature"),
        "{stderr}"
    );
    assert!(!stderr.contains("SECRET"), "{stderr}");
}

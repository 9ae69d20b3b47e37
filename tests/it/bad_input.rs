//! Bad input gets a clear diagnostic and exit code 2, never a panic.

use crate::util::{policyc_in, TempDir};

fn check_file(tag: &str, bytes: &[u8]) -> crate::util::Run {
    let dir = TempDir::new(tag);
    std::fs::write(dir.path().join("input.policy"), bytes).unwrap();
    policyc_in(dir.path(), &["check", "input.policy"])
}

fn assert_refused(run: &crate::util::Run, needle: &str) {
    assert_eq!(run.code, 2, "stderr:\n{}", run.stderr);
    assert!(
        run.stderr.contains(needle),
        "expected {needle:?} in:\n{}",
        run.stderr
    );
    assert!(!run.stderr.contains("panicked"), "{}", run.stderr);
}

#[test]
fn empty_file() {
    let run = check_file("empty", b"");
    assert_refused(&run, "this policy is empty");
    assert!(run.stderr.contains("policyc init"));
}

#[test]
fn binary_file() {
    let run = check_file("binary", b"policy \"x\" {\n\x00\x01\x02\xff");
    assert_refused(&run, "is a binary file");
    assert!(run.stderr.contains("input.policy:2:1"), "{}", run.stderr);
}

#[test]
fn invalid_utf8() {
    let run = check_file("utf8", b"policy \"Caf\xe9\" {\n}\n");
    assert_refused(&run, "is not valid UTF-8");
    assert!(run.stderr.contains("input.policy:1:12"), "{}", run.stderr);
}

#[test]
fn fifty_megabyte_file() {
    let mut big = Vec::with_capacity(50 * 1024 * 1024);
    while big.len() < 50 * 1024 * 1024 {
        big.extend_from_slice(
            b"// padding padding padding padding padding padding padding padding\n",
        );
    }
    let run = check_file("huge", &big);
    assert_refused(&run, "policyc reads policies up to 8 MiB");
}

#[test]
fn unterminated_text_block() {
    let run = check_file(
        "unterminated",
        b"policy \"P\" {\n  updated 2024-01-01\n}\n\nsection a \"A\" {\n  text \"\"\"\n    never closed\n}\n",
    );
    assert_refused(&run, "this text block is never closed");
    assert!(run.stderr.contains("input.policy:6:8"), "{}", run.stderr);
}

#[test]
fn deep_nesting() {
    let mut text = String::from("policy \"P\" {\n  updated 2024-01-01\n}\n");
    for _ in 0..10_000 {
        text.push_str("a {\n");
    }
    let run = check_file("deep", text.as_bytes());
    assert_refused(&run, "blocks are nested too deeply");
}

#[test]
fn missing_file() {
    let dir = TempDir::new("missing");
    let run = policyc_in(dir.path(), &["check", "nope.policy"]);
    assert_refused(&run, "cannot read `nope.policy`");
}

#[test]
fn directory_given_as_a_file_to_build() {
    let dir = TempDir::new("dirarg");
    std::fs::create_dir_all(dir.path().join("empty-dir")).unwrap();
    let run = policyc_in(dir.path(), &["check", "empty-dir"]);
    assert_eq!(run.code, 2, "{}", run.stderr);
    assert!(run.stderr.contains("no policy files"), "{}", run.stderr);
}

#[test]
fn multibyte_text_at_a_syntax_error() {
    let run = check_file("multibyte", "日日日日日日日日日日日日日日".as_bytes());
    assert_refused(&run, "expected");
}

#[test]
fn an_absurd_cookie_lifetime_does_not_overflow() {
    let text = "policy \"P\" {\n  updated 2024-01-31\n}\n\ncookies {\n  | name | lifetime |\n  | _ga | 1000000000000 years |\n}\n";
    let dir = TempDir::new("overflow");
    std::fs::write(dir.path().join("p.policy"), text).unwrap();
    let run = policyc_in(dir.path(), &["check", "p.policy"]);
    assert!(!run.stderr.contains("panicked"), "{}", run.stderr);
    assert!(
        run.stderr.contains("cookie-lifetime-mismatch"),
        "{}",
        run.stderr
    );
}

/// Country codes are ISO 3166-1 alpha-2 in any case, kept in lower case; a
/// three-letter code or a country's name is refused with the code meant
/// (issue 23: `country NL` and `location USA` were taken as written).
#[test]
fn country_codes_are_normalised_or_refused_with_the_code_meant() {
    let policy = |controller_country: &str, location: &str| {
        format!(
            "policy \"P\" {{\n  updated 2026-01-01\n  jurisdictions gdpr\n}}\n\n\
controller \"Ex BV\" {{\n  address \"1 Main, Amsterdam\"\n  email \"a@b.example\"\n  country {controller_country}\n}}\n\n\
recipient host \"Host\" {{\n  location {location}\n  purpose \"hosting\"\n}}\n"
        )
    };
    // Upper case is the same code.
    let dir = TempDir::new("country-ok");
    std::fs::write(
        dir.path().join("input.policy"),
        policy("NL", "US, \"the European Union\""),
    )
    .unwrap();
    let run = policyc_in(
        dir.path(),
        &["build", "--format", "json", "-o", "out", "input.policy"],
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    let json = std::fs::read_to_string(dir.path().join("out/input.json")).unwrap();
    assert!(json.contains("\"country\": \"nl\""), "{json}");
    assert!(json.contains("\"us\""), "{json}");
    // A three-letter code and a name get the two-letter code meant.
    let run = check_file("country-usa", policy("nl", "USA").as_bytes());
    assert_refused(&run, "`USA` is not an ISO 3166-1 alpha-2 country code");
    assert!(
        run.stderr.contains("did you mean `us` (United States)?"),
        "{}",
        run.stderr
    );
    let run = check_file("country-name", policy("Germany", "us").as_bytes());
    assert_refused(&run, "`Germany` is not an ISO 3166-1 alpha-2 country code");
    assert!(
        run.stderr.contains("did you mean `de` (Germany)?"),
        "{}",
        run.stderr
    );
    // A word that is no country at all is refused too.
    let run = check_file("country-xx", policy("xx", "us").as_bytes());
    assert_refused(&run, "`xx` is not an ISO 3166-1 alpha-2 country code");
}

/// Two swapped letters are one slip: `usgae` gets `usage` (issue 23).
#[test]
fn a_swapped_pair_of_letters_gets_a_did_you_mean() {
    let run = check_file(
        "swapped",
        b"policy \"P\" {\n  updated 2026-01-01\n  jurisdictions gdpr\n}\n\ndata usage \"Usage\" {\n  retention 1 year\n}\n\npurpose support \"Support\" {\n  uses usgae\n  basis contract\n}\n",
    );
    assert_refused(&run, "no data category is declared with the id `usgae`");
    assert!(
        run.stderr.contains("did you mean `usage`?"),
        "{}",
        run.stderr
    );
}

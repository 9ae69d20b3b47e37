//! The command-line contract: exit codes, outputs, formats.

use crate::util::{policyc, policyc_in, root, TempDir};

#[test]
fn check_calsoft_reports_what_a_regulator_would_find() {
    let run = policyc(&["check", "--today", "2026-11-29", "policies/calsoft.policy"]);
    assert_eq!(run.code, 1, "deny-level findings exit 1:\n{}", run.stderr);
    insta::assert_snapshot!(run.stderr);
}

#[test]
fn check_without_files_reads_policies_dir() {
    let run = policyc(&["check"]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    // calsoft, reddit and spotify
    assert!(run.stderr.contains("checked 3 files:"), "{}", run.stderr);
}

#[test]
fn examples_are_clean_under_their_jurisdictions() {
    let run = policyc(&["check", "--today", "2026-11-29", "examples"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        run.stderr
            .contains("checked 3 files: 0 errors, 0 warnings, 0 infos"),
        "{}",
        run.stderr
    );
}

#[test]
fn build_json_writes_the_model() {
    let dir = TempDir::new("build-json");
    let out = dir.path().join("out");
    let run = policyc(&[
        "build",
        "--format",
        "json",
        "-o",
        out.to_str().unwrap(),
        "policies/calsoft.policy",
    ]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let json: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(out.join("calsoft.json")).unwrap()).unwrap();
    assert_eq!(json["format_version"], "4");
    assert_eq!(json["controller"]["name"], "Calsoft Systems");
}

#[test]
fn failed_build_writes_nothing_and_keeps_earlier_outputs() {
    let dir = TempDir::new("build-fail");
    std::fs::copy(
        root().join("policies/calsoft.policy"),
        dir.path().join("calsoft.policy"),
    )
    .unwrap();
    let ok = policyc_in(dir.path(), &["build", "--format", "json", "calsoft.policy"]);
    assert_eq!(ok.code, 0, "{}", ok.stderr);
    let before = std::fs::read(dir.path().join("dist/calsoft.json")).unwrap();

    let mut broken = std::fs::read_to_string(dir.path().join("calsoft.policy")).unwrap();
    broken = broken.replace("updated 2018-07-22", "updated 2018-07-32");
    std::fs::write(dir.path().join("calsoft.policy"), broken).unwrap();
    let failed = policyc_in(dir.path(), &["build", "--format", "json", "calsoft.policy"]);
    assert_eq!(failed.code, 2);
    assert!(
        failed.stderr.contains("July has 31 days, not 32"),
        "{}",
        failed.stderr
    );
    assert!(failed.stderr.contains("nothing was written"));
    assert_eq!(
        std::fs::read(dir.path().join("dist/calsoft.json")).unwrap(),
        before
    );
    let leftovers: Vec<_> = std::fs::read_dir(dir.path().join("dist"))
        .unwrap()
        .flatten()
        .collect();
    assert_eq!(leftovers.len(), 1, "no temporary files are left behind");
}

#[test]
fn build_is_deterministic() {
    let dir = TempDir::new("build-twice");
    let a = dir.path().join("a");
    let b = dir.path().join("b");
    for out in [&a, &b] {
        let run = policyc(&["build", "--format", "json", "-o", out.to_str().unwrap()]);
        assert_eq!(run.code, 0, "{}", run.stderr);
    }
    assert_eq!(
        std::fs::read(a.join("calsoft.json")).unwrap(),
        std::fs::read(b.join("calsoft.json")).unwrap()
    );
}

#[test]
fn check_json_findings_carry_their_place() {
    let dir = TempDir::new("check-json");
    std::fs::write(
        dir.path().join("p.policy"),
        "policy \"P\" {\n  updated 2024-01-01\n}\n\npurpose x \"X\" {\n  uses nothing-here\n}\n",
    )
    .unwrap();
    let run = policyc_in(dir.path(), &["check", "--format", "json", "p.policy"]);
    assert_eq!(run.code, 2);
    let findings: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    let f = &findings[0];
    assert_eq!(f["rule"], "unknown-reference");
    assert_eq!(f["severity"], "error");
    assert_eq!(f["file"], "p.policy");
    assert_eq!(
        (f["line"].as_u64(), f["column"].as_u64()),
        (Some(6), Some(8))
    );
    assert_eq!(
        (f["end_line"].as_u64(), f["end_column"].as_u64()),
        (Some(6), Some(20))
    );
    assert!(f["message"].as_str().unwrap().contains("nothing-here"));
}

#[test]
fn unknown_subcommand_is_a_usage_error() {
    let run = policyc(&["frobnicate"]);
    assert_eq!(run.code, 2);
}

#[test]
fn a_clean_build_says_so_and_sends_nobody_to_check() {
    let dir = TempDir::new("clean");
    let out = dir.path().join("out");
    let run = policyc(&[
        "build",
        "--format",
        "json",
        "--today",
        "2026-11-29",
        "-o",
        out.to_str().unwrap(),
        "examples/minimal.policy",
    ]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        run.stderr.contains("policy check: no findings"),
        "{}",
        run.stderr
    );
    assert!(!run.stderr.contains("policyc check"), "{}", run.stderr);
    assert!(!run.stderr.contains("(s)"), "{}", run.stderr);
}

#[test]
fn build_summarises_findings_and_strict_refuses() {
    let dir = TempDir::new("strict");
    let out = dir.path().join("out");
    let out = out.to_str().unwrap();
    let run = policyc(&[
        "build",
        "--format",
        "json",
        "--today",
        "2026-11-29",
        "-o",
        out,
        "policies/calsoft.policy",
    ]);
    assert_eq!(run.code, 0, "findings do not stop a build");
    assert!(
        run.stderr.contains(
            "policy check: 6 errors, 12 warnings, 5 infos; run `policyc check` for details"
        ),
        "{}",
        run.stderr
    );
    std::fs::remove_dir_all(out).unwrap();
    let strict = policyc(&[
        "build",
        "--strict",
        "--format",
        "json",
        "-o",
        out,
        "policies/calsoft.policy",
    ]);
    assert_eq!(strict.code, 1, "{}", strict.stderr);
    assert!(strict.stderr.contains("nothing was written"));
    assert!(!std::path::Path::new(out).exists());
}

#[test]
fn build_refuses_two_sources_with_the_same_name() {
    let dir = TempDir::new("same-stem");
    for sub in ["a", "b"] {
        std::fs::create_dir_all(dir.path().join(sub)).unwrap();
        std::fs::copy(
            root().join("examples/minimal.policy"),
            dir.path().join(sub).join("p.policy"),
        )
        .unwrap();
    }
    let run = policyc_in(dir.path(), &["build", "a/p.policy", "b/p.policy"]);
    assert_eq!(run.code, 2);
    assert!(
        run.stderr.contains("would both be written as p.*"),
        "{}",
        run.stderr
    );
    assert!(!dir.path().join("dist").exists());
}

#[test]
fn schema_language_prints_the_reference_the_docs_hold() {
    let run = policyc(&["schema", "--language"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        run.stdout.contains("### `data ID \"label\"`"),
        "{}",
        run.stdout
    );
    let docs = std::fs::read_to_string(crate::util::root().join("docs/language.md")).unwrap();
    assert!(docs.contains(&run.stdout));
}

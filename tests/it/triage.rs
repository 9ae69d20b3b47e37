//! The triage tables of docs/triage/ judge every finding the checker gives on the
//! real-policy transcriptions. When a rule changes what it reports on them, this
//! test fails: re-run `policyc check --today 2026-11-29 --format json` on the
//! policy, write the output to docs/triage/NAME.findings.json, and triage the
//! new or vanished findings in docs/triage/NAME.md.

use crate::util::{policyc, root};

fn rule_and_line(json: &str) -> Vec<(String, u64)> {
    let v: serde_json::Value = serde_json::from_str(json).unwrap();
    v.as_array()
        .unwrap()
        .iter()
        .map(|f| {
            (
                f["rule"].as_str().unwrap().to_string(),
                f["line"].as_u64().unwrap(),
            )
        })
        .collect()
}

#[test]
fn triaged_findings_are_the_checkers_findings() {
    for name in ["spotify", "reddit", "calsoft"] {
        let policy = format!("policies/{name}.policy");
        let run = policyc(&[
            "check",
            "--today",
            "2026-11-29",
            "--format",
            "json",
            &policy,
        ]);
        assert_eq!(run.code, 1, "{}", run.stderr);
        let kept =
            std::fs::read_to_string(root().join(format!("docs/triage/{name}.findings.json")))
                .unwrap();
        let table = std::fs::read_to_string(root().join(format!("docs/triage/{name}.md"))).unwrap();
        let now = rule_and_line(&run.stdout);
        assert_eq!(
            now,
            rule_and_line(&kept),
            "the findings on {policy} changed: triage them again in docs/triage/{name}.md"
        );
        // One table row per finding, each with a verdict.
        let rows = table
            .lines()
            .filter(|l| l.contains("| **true** |") || l.contains("| **false** |"))
            .count();
        assert_eq!(
            rows,
            now.len(),
            "docs/triage/{name}.md judges every finding"
        );
    }
}

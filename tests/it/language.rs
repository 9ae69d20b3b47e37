//! Constructs real policies needed that the language lacked (issue 22):
//! each is said as the policy says it, on the page and to the checker.

use crate::util::{policyc_in, TempDir};

fn policy(meta: &str, body: &str) -> String {
    format!(
        "policy \"Privacy Policy\" {{\n{meta}\n  jurisdictions gdpr, ccpa\n}}\n\n\
         controller \"Example SAS\" {{\n  address \"1 rue Example, Paris, France\"\n  email \"privacy@example.com\"\n  country fr\n}}\n\n{body}\n"
    )
}

/// Builds `text` as HTML and Markdown; the pages and the check's JSON findings.
fn build(tag: &str, text: &str, today: &str) -> (String, String, String) {
    let dir = TempDir::new(tag);
    std::fs::write(dir.path().join("p.policy"), text).unwrap();
    let run = policyc_in(
        dir.path(),
        &["build", "p.policy", "-o", "out", "--format", "html,md"],
    );
    assert!(run.code <= 1, "{}", run.stderr);
    let check = policyc_in(
        dir.path(),
        &["check", "p.policy", "--format", "json", "--today", today],
    );
    let read = |f: &str| std::fs::read_to_string(dir.path().join("out").join(f)).unwrap();
    (read("p.html"), read("p.md"), check.stdout)
}

#[test]
fn a_date_given_only_to_the_month_is_said_so_and_aged_from_its_last_day() {
    let text = policy("  updated 2025-08", "");
    let (html, md, fresh) = build("month-date", &text, "2026-08-30");
    assert!(html.contains("August 2025"), "{html}");
    assert!(md.contains("August 2025"));
    assert!(!html.contains("0 August"));
    // 364 days after 31 August 2025: not yet a year (CCPA 1798.130(a)(5)).
    assert!(!fresh.contains("policy-stale"), "{fresh}");
    let (_, _, stale) = build("month-date", &text, "2026-09-01");
    assert!(stale.contains("policy-stale"), "{stale}");
}

#[test]
fn a_longer_response_time_may_be_given_without_a_period() {
    let text = policy(
        "  updated 2026-01-01",
        "rights {\n  right access \"See your data\"\n  respond-within 1 month\n  extended-within \"when a request is complex\"\n}",
    );
    let (html, md, _) = build("extended", &text, "2026-02-01");
    for page in [&html, &md] {
        assert!(
            page.contains(
                "We answer within 1 month. We may take longer when a request is complex."
            ),
            "{page}"
        );
        assert!(!page.contains("up to"));
    }
}

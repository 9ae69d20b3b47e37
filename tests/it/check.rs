//! The checker from the command line: output formats, levels, configuration,
//! in-source silencing, jurisdictions.

use crate::util::{policyc, policyc_in, TempDir};

const SMALL: &str = r#"policy "Privacy Policy" {
  updated 2024-01-31
  jurisdictions gdpr
}

controller "Example Ltd" {
  email "privacy@example.com"
  country ie
}

data contact "Contact details" {
  source person
  required optional
}

purpose support "Answering you" {
  uses contact
}

recipients none

rights {
  right access, rectification, erasure, restriction, objection, portability "Your rights"
  right complain "Complain" {
    authority "Data Protection Commission"
  }
  request-via "privacy@example.com"
}

automated-decisions no
"#;

fn with_file(tag: &str, text: &str) -> TempDir {
    let dir = TempDir::new(tag);
    std::fs::write(dir.path().join("p.policy"), text).unwrap();
    dir
}

/// `check --format json --jurisdiction J p.policy` in `dir`.
fn check_json_under(dir: &std::path::Path, jurisdiction: &str) -> crate::util::Run {
    policyc_in(
        dir,
        &[
            "check",
            "--format",
            "json",
            "--jurisdiction",
            jurisdiction,
            "p.policy",
        ],
    )
}

fn rules_in(json: &str) -> Vec<String> {
    let v: serde_json::Value = serde_json::from_str(json).unwrap();
    v.as_array()
        .unwrap()
        .iter()
        .map(|f| f["rule"].as_str().unwrap().to_string())
        .collect()
}

#[test]
fn small_policy_has_exactly_its_two_gaps() {
    let dir = with_file("small", SMALL);
    let run = policyc_in(dir.path(), &["check", "--format", "json", "p.policy"]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert_eq!(
        rules_in(&run.stdout),
        ["missing-retention-period", "purpose-without-legal-basis"]
    );
}

#[test]
fn json_findings_have_the_documented_fields() {
    let dir = with_file("json", SMALL);
    let run = policyc_in(dir.path(), &["check", "--format", "json", "p.policy"]);
    let v: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    let f = &v[0];
    let keys: Vec<&str> = f.as_object().unwrap().keys().map(String::as_str).collect();
    assert_eq!(
        keys,
        [
            "rule",
            "severity",
            "message",
            "file",
            "line",
            "column",
            "end_line",
            "end_column",
            "help",
            "related"
        ]
    );
    assert_eq!(f["rule"], "missing-retention-period");
    assert_eq!(f["severity"], "error");
    assert_eq!(f["file"], "p.policy");
    assert_eq!(
        (f["line"].as_u64(), f["column"].as_u64()),
        (Some(11), Some(6))
    );
    assert_eq!(
        (f["end_line"].as_u64(), f["end_column"].as_u64()),
        (Some(11), Some(13))
    );
    assert!(f["help"].as_str().unwrap().contains("retention"));
}

#[test]
fn sarif_output_is_sarif_2_1_0() {
    let run = policyc(&[
        "check",
        "--format",
        "sarif",
        "--today",
        "2026-11-29",
        "policies/calsoft.policy",
    ]);
    assert_eq!(run.code, 1);
    let log: serde_sarif::sarif::Sarif =
        serde_json::from_str(&run.stdout).expect("deserialises as SARIF 2.1.0");
    assert_eq!(serde_json::to_value(&log.version).unwrap(), "2.1.0");
    let run0 = &log.runs[0];
    let rules = run0.tool.driver.rules.as_ref().unwrap();
    assert_eq!(rules.len(), policyc::lint::RULES.len());
    assert!(rules.iter().all(|r| r
        .help
        .as_ref()
        .is_some_and(|h| h.text.contains("## Why it matters"))));
    let results = run0.results.as_ref().unwrap();
    assert!(results.len() > 20);
    let first = &results[0];
    let loc = first.locations.as_ref().unwrap()[0]
        .physical_location
        .as_ref()
        .unwrap();
    assert_eq!(
        loc.artifact_location.as_ref().unwrap().uri.as_deref(),
        Some("policies/calsoft.policy")
    );
    let region = loc.region.as_ref().unwrap();
    assert!(region.start_line.unwrap() > 0 && region.start_column.unwrap() > 0);
    // Every result names a rule of the driver, by id and index.
    for r in results {
        let id = r.rule_id.as_deref().unwrap();
        let index = usize::try_from(r.rule_index.unwrap()).unwrap();
        assert_eq!(rules[index].id, id);
    }
}

#[test]
fn github_paths_are_relative_to_the_repository_root_wherever_policyc_runs() {
    // A repository with the policy at its root, checked from a subfolder.
    let dir = with_file("github-root", SMALL);
    std::fs::create_dir_all(dir.path().join(".git")).unwrap();
    std::fs::create_dir_all(dir.path().join("sub")).unwrap();
    let run = policyc_in(
        &dir.path().join("sub"),
        &["check", "--format", "github", "../p.policy"],
    );
    let first = run.stdout.lines().next().unwrap_or_default();
    assert!(
        first.starts_with("::error file=p.policy,"),
        "{}",
        run.stdout
    );
    let run = policyc_in(
        &dir.path().join("sub"),
        &["check", "--format", "sarif", "../p.policy"],
    );
    assert!(
        run.stdout.contains("\"uri\": \"p.policy\""),
        "{}",
        run.stdout
    );
}

#[test]
fn github_format_is_workflow_commands() {
    let dir = with_file("github", SMALL);
    // The temporary folder is its own repository, as a checkout is.
    std::fs::create_dir_all(dir.path().join(".git")).unwrap();
    let run = policyc_in(dir.path(), &["check", "--format", "github", "p.policy"]);
    let lines: Vec<&str> = run.stdout.lines().collect();
    assert_eq!(lines.len(), 2, "{}", run.stdout);
    assert!(
        lines[0].starts_with("::error file=p.policy,line=11,col=6,endLine=11,endColumn=13,title=missing-retention-period::the policy does not say how long `contact` is kept%0Ahelp: "),
        "{}",
        lines[0]
    );
}

#[test]
fn levels_from_the_command_line() {
    let dir = with_file("levels", SMALL);
    let json = |args: &[&str]| {
        let mut all = vec!["check", "--format", "json"];
        all.extend_from_slice(args);
        all.push("p.policy");
        let run = policyc_in(dir.path(), &all);
        let v: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
        let pairs: Vec<(String, String)> = v
            .as_array()
            .unwrap()
            .iter()
            .map(|f| {
                (
                    f["rule"].as_str().unwrap().to_string(),
                    f["severity"].as_str().unwrap().to_string(),
                )
            })
            .collect();
        (run.code, pairs)
    };
    let (code, found) = json(&[
        "-A",
        "missing-retention-period",
        "-W",
        "purpose-without-legal-basis",
    ]);
    assert_eq!(code, 0, "warnings alone do not fail");
    assert_eq!(
        found,
        [(
            "purpose-without-legal-basis".to_string(),
            "warning".to_string()
        )]
    );

    let (code, found) = json(&[
        "-A",
        "missing-retention-period",
        "-W",
        "purpose-without-legal-basis",
        "-D",
        "warnings",
    ]);
    assert_eq!(code, 1, "-D warnings turns warnings into errors");
    assert_eq!(
        found,
        [(
            "purpose-without-legal-basis".to_string(),
            "error".to_string()
        )]
    );

    let bad = policyc_in(
        dir.path(),
        &["check", "-A", "missing-retension-period", "p.policy"],
    );
    assert_eq!(bad.code, 2);
    assert!(
        bad.stderr
            .contains("no rule is called `missing-retension-period`"),
        "{}",
        bad.stderr
    );
    assert!(
        bad.stderr
            .contains("did you mean `missing-retention-period`?"),
        "{}",
        bad.stderr
    );
}

#[test]
fn config_file_sets_levels_and_unknown_ids_point_at_their_line() {
    let dir = with_file("config", SMALL);
    std::fs::write(
        dir.path().join("policyc.yaml"),
        "rules:\n  missing-retention-period: allow\n  purpose-without-legal-basis: info\n",
    )
    .unwrap();
    let run = policyc_in(dir.path(), &["check", "--format", "json", "p.policy"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(rules_in(&run.stdout), ["purpose-without-legal-basis"]);

    std::fs::write(
        dir.path().join("policyc.yaml"),
        "# levels\nrules:\n  purpose-without-legal-basis: info\n  cookie-purpose-generik: warn\n",
    )
    .unwrap();
    let run = policyc_in(dir.path(), &["check", "p.policy"]);
    assert_eq!(run.code, 2);
    assert!(
        run.stderr
            .contains("no rule is called `cookie-purpose-generik`"),
        "{}",
        run.stderr
    );
    assert!(run.stderr.contains("policyc.yaml:4:3"), "{}", run.stderr);
    assert!(
        run.stderr
            .contains("did you mean `cookie-purpose-generic`?"),
        "{}",
        run.stderr
    );

    std::fs::write(dir.path().join("policyc.yaml"), "rulez:\n  a: b\n").unwrap();
    let run = policyc_in(dir.path(), &["check", "p.policy"]);
    assert_eq!(run.code, 2);
    assert!(
        run.stderr.contains("unknown field `rulez`"),
        "{}",
        run.stderr
    );
}

#[test]
fn allow_in_source_silences_its_block_only() {
    let silenced = SMALL.replace(
        "purpose support \"Answering you\" {\n",
        "purpose other \"Something else\" {\n  uses contact\n}\n\npurpose support \"Answering you\" {\n  allow purpose-without-legal-basis \"the basis is set per request by our DPO\"\n",
    );
    let dir = with_file("allow", &silenced);
    let run = policyc_in(dir.path(), &["check", "--format", "json", "p.policy"]);
    let v: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    let found: Vec<(&str, u64)> = v
        .as_array()
        .unwrap()
        .iter()
        .map(|f| (f["rule"].as_str().unwrap(), f["line"].as_u64().unwrap()))
        .collect();
    // `support` is silenced; `other`, outside the allow's block, is still reported.
    assert_eq!(
        found,
        [
            ("missing-retention-period", 11),
            ("purpose-without-legal-basis", 16)
        ]
    );

    let unknown = SMALL.replace(
        "recipients none",
        "recipients none\nallow no-such-rule \"because\"",
    );
    let dir = with_file("allow-unknown", &unknown);
    let run = policyc_in(dir.path(), &["check", "p.policy"]);
    assert_eq!(run.code, 2, "{}", run.stderr);
    assert!(
        run.stderr.contains("no rule is called `no-such-rule`"),
        "{}",
        run.stderr
    );
    assert!(run.stderr.contains("p.policy:21:7"), "{}", run.stderr);
}

#[test]
fn jurisdiction_override_changes_the_rules_that_apply() {
    let dir = with_file("jurisdiction", SMALL);
    let run = check_json_under(dir.path(), "ccpa");
    let rules = rules_in(&run.stdout);
    assert!(
        rules.contains(&"ccpa-missing-pi-categories".to_string()),
        "{rules:?}"
    );
    assert!(
        !rules.contains(&"purpose-without-legal-basis".to_string()),
        "gdpr rules no longer apply: {rules:?}"
    );
}

#[test]
fn today_decides_staleness() {
    let dir = with_file(
        "today",
        &SMALL.replace("jurisdictions gdpr", "jurisdictions ccpa"),
    );
    let stale = |today: &str| {
        let run = policyc_in(
            dir.path(),
            &["check", "--format", "json", "--today", today, "p.policy"],
        );
        rules_in(&run.stdout).contains(&"policy-stale".to_string())
    };
    assert!(!stale("2025-01-30"), "within 12 months");
    assert!(stale("2025-02-01"), "more than 12 months");
    let bad = policyc_in(dir.path(), &["check", "--today", "2025-02-30", "p.policy"]);
    assert_eq!(bad.code, 2);
    assert!(
        bad.stderr.contains("February has 28 days, not 30"),
        "{}",
        bad.stderr
    );
}

#[test]
fn rules_lists_every_rule_as_json() {
    let run = policyc(&["rules", "--format", "json"]);
    assert_eq!(run.code, 0);
    let v: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    assert_eq!(v.as_array().unwrap().len(), policyc::lint::RULES.len());
    assert_eq!(v[0]["id"], "missing-controller-identity");
    assert_eq!(v[0]["level"], "deny");
}

#[test]
fn init_writes_a_starter_that_checks_clean_and_never_overwrites() {
    let dir = TempDir::new("init");
    let run = policyc_in(dir.path(), &["init"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let check = policyc_in(dir.path(), &["check", "--today", "2026-02-01"]);
    assert_eq!(check.code, 0, "{}", check.stderr);
    assert!(
        check.stderr.contains("0 errors, 0 warnings, 0 infos"),
        "{}",
        check.stderr
    );
    let again = policyc_in(dir.path(), &["init"]);
    assert_eq!(again.code, 2);
    assert!(again.stderr.contains("never overwrites"));
}

#[test]
fn dnt_honoured_while_third_party_ad_cookies_are_set() {
    let text = "policy \"P\" {\n  updated 2026-11-01\n  jurisdictions caloppa\n}\n\nhonors-do-not-track yes \"We honour Do Not Track.\"\n\ncookies {\n  | name | provider | party | category  | lifetime  | purpose |\n  | IDE  | Google   | third | marketing | 13 months | Ads     |\n}\n";
    let dir = with_file("dnt", text);
    let run = policyc_in(dir.path(), &["check", "--format", "json", "p.policy"]);
    let v: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    let hedged: Vec<&serde_json::Value> = v
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["rule"] == "dnt-statement-hedged")
        .collect();
    assert_eq!(hedged.len(), 1, "{}", run.stdout);
    assert!(hedged[0]["message"]
        .as_str()
        .unwrap()
        .contains("yet lets third parties track"));
    assert_eq!(hedged[0]["line"], 6);
}

#[test]
fn a_policy_that_names_no_jurisdiction_is_told_most_rules_did_not_run() {
    let dir = with_file("nojur", &SMALL.replace("  jurisdictions gdpr\n", ""));
    let run = policyc_in(dir.path(), &["check", "--format", "json", "p.policy"]);
    // Only a warning: the run does not fail on it.
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(rules_in(&run.stdout), ["no-jurisdictions"]);
    let v: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    assert_eq!(v[0]["severity"], "warning", "{}", run.stdout);
    assert_eq!(v[0]["line"], 1, "{}", run.stdout);
    // Named on the command line, the regimes run and the notice goes.
    let run = check_json_under(dir.path(), "gdpr");
    assert!(!rules_in(&run.stdout).contains(&"no-jurisdictions".to_string()));
    assert!(rules_in(&run.stdout).contains(&"missing-retention-period".to_string()));
}

/// A layered notice: a section of a topic that says the rest is on a page
/// of its own (`continues-at`) leaves what that topic must contain to the
/// page, for the section's places only.
#[test]
fn a_topic_continued_on_its_own_page_is_left_to_it_for_the_places_it_names() {
    let policy = |section: &str| {
        SMALL
            .replace("jurisdictions gdpr", "jurisdictions gdpr, uk-gdpr")
            .replace("  basis", "  //")
            + section
    };
    let bases = |scope: &str| {
        format!(
            "\nsection bases-page \"Legal bases\"{scope} {{\n  topic purposes\n  continues-at \"https://example.com/legal-bases\"\n  text \"The legal bases for each purpose are on their own page.\"\n}}\n"
        )
    };
    let messages = |dir: &TempDir| {
        let run = policyc_in(dir.path(), &["check", "--format", "json", "p.policy"]);
        let v: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
        v.as_array()
            .unwrap()
            .iter()
            .filter(|f| f["rule"] == "purpose-without-legal-basis")
            .map(|f| f["message"].as_str().unwrap().to_string())
            .collect::<Vec<_>>()
    };
    // Without the page, the purpose has no basis anywhere.
    let dir = with_file("layered-none", &policy(""));
    assert_eq!(messages(&dir).len(), 1, "{:?}", messages(&dir));
    // Left to a page for everyone: the rule leaves it to the page.
    let dir = with_file("layered-all", &policy(&bases("")));
    assert!(messages(&dir).is_empty(), "{:?}", messages(&dir));
    // Left to a page for the EEA only: the UK still needs it here.
    let dir = with_file("layered-eea", &policy(&bases(" for eea")));
    let m = messages(&dir);
    assert_eq!(m.len(), 1, "{m:?}");
    // A section of another topic leaves nothing.
    let dir = with_file(
        "layered-other",
        &policy(&bases("").replace("topic purposes", "topic rights")),
    );
    assert_eq!(messages(&dir).len(), 1, "{:?}", messages(&dir));
    // The page is named on the rendered policy, in the section.
    let dir = with_file("layered-md", &policy(&bases("")));
    let out = policyc_in(
        dir.path(),
        &["build", "--format", "md", "--out-dir", "out", "p.policy"],
    );
    assert_eq!(out.code, 0, "{}", out.stderr);
    let md = std::fs::read_to_string(dir.path().join("out/p.md")).unwrap();
    assert!(
        md.contains("The legal bases for each purpose are on their own page.\n\nThe rest is on a page of its own: <https://example.com/legal-bases>."),
        "{md}"
    );
}

//! Every rule, proved by its own documentation: the example under "Example"
//! must trigger it (its findings are snapshotted, so each points at the right
//! place), and the example under "How to fix" must not.

use policyc::cookies::KnowledgeBase;
use policyc::lint::{Level, Levels, Options, RULES};
use policyc::model::Date;

use crate::docs::{policy_blocks, with_header};

/// Compiles `text` and runs the checker on a fixed date; returns the findings of `rule`.
pub fn findings_of(rule: &str, name: &str, text: &str) -> (Vec<policyc::diag::Diagnostic>, String) {
    let compiled = policyc::compile_str(name, text);
    assert!(
        compiled.errors.is_empty(),
        "{name} does not compile:\n{}\n{text}",
        policyc::diag::render_human(&compiled.errors, false, 80)
    );
    let policy = compiled.policy.unwrap();
    // A rule that is off unless asked for (`allow` by default) is tested as
    // a user who turned it on sees it.
    let mut levels = Levels::default();
    if RULES
        .iter()
        .any(|r| r.id == rule && r.default == Level::Allow)
    {
        levels.set(rule, Level::Info);
    }
    // `cookie-not-observed` needs a recording: its example says the recording showed only `_ga`.
    let observed = vec![policyc::cookies::observed::ObservedCookie {
        name: "_ga".into(),
        domain: "example.com".into(),
        life: policyc::cookies::observed::Life::Unknown,
        asked: None,
        url: "https://example.com/".into(),
        by_script: true,
        third_party: Some(false),
        file: "recording.har".into(),
        before_consent: false,
    }];
    let observed: &[_] = if rule == "cookie-not-observed" {
        &observed
    } else {
        &[]
    };
    let opts = Options {
        levels: &levels,
        today: Date::parse("2026-11-29").unwrap(),
        jurisdictions: None,
        knowledge: KnowledgeBase::builtin(),
        observed,
    };
    let found: Vec<_> = policyc::lint::check(&policy, &opts)
        .into_iter()
        .filter(|d| d.code.as_str() == rule)
        .collect();
    let rendered = policyc::diag::render_human(&found, false, 80);
    (found, rendered)
}

/// The ```po LANG blocks of a rule's doc: (language, text).
fn po_blocks(markdown: &str) -> Vec<(String, String)> {
    let mut blocks = Vec::new();
    let mut current: Option<(String, String)> = None;
    for line in markdown.lines() {
        match &mut current {
            None => {
                if let Some(lang) = line.trim().strip_prefix("```po ") {
                    current = Some((lang.trim().to_string(), String::new()));
                }
            }
            Some(_) if line.trim() == "```" => blocks.extend(current.take()),
            Some((_, text)) => {
                text.push_str(line);
                text.push('\n');
            }
        }
    }
    blocks
}

/// The `policy { … }` statement of a fragment, if it has one.
fn header_of(fragment: &str) -> Option<String> {
    let start = fragment.find("policy \"")?;
    let end = fragment[start..].find("\n}")? + start + 2;
    Some(fragment[start..end].to_string())
}

#[test]
fn every_rule_is_triggered_by_its_example_and_silenced_by_its_fix() {
    let mut failures = Vec::new();
    for rule in RULES {
        let blocks = policy_blocks(rule.doc);
        assert!(
            blocks.len() >= 2,
            "{}: the doc needs an Example and a How to fix block",
            rule.id
        );
        let example = with_header(&blocks[0].1);
        // A rule about translation files: its doc shows them as ```po LANG
        // blocks, the first beside the Example, the last beside the fix.
        let po = po_blocks(rule.doc);
        let dir = crate::util::TempDir::new(&format!("rule-{}", rule.id));
        let beside = |which: &str, block: Option<&(String, String)>| -> String {
            let name = format!("{}.policy", rule.id);
            let Some((lang, text)) = block else {
                return if which == "fixed" {
                    format!("{}-fixed.policy", rule.id)
                } else {
                    name
                };
            };
            let at = dir.path().join(which);
            std::fs::create_dir_all(&at).unwrap();
            std::fs::write(at.join(format!("{}.{lang}.po", rule.id)), text).unwrap();
            at.join(name).display().to_string()
        };
        let example_name = beside("example", po.first());
        let (found, rendered) = findings_of(rule.id, &example_name, &example);
        // The temporary directory is not part of what the finding says.
        let rendered = rendered.replace(&format!("{}/", dir.path().join("example").display()), "");
        if found.is_empty() {
            failures.push(format!("{}: the Example does not trigger it", rule.id));
        }
        insta::assert_snapshot!(format!("rule-{}", rule.id), rendered);

        let fix = &blocks[blocks.len() - 1].1;
        let fix = match (header_of(fix), header_of(&blocks[0].1)) {
            (None, Some(header)) => format!("{header}\n\n{fix}"),
            _ => with_header(fix),
        };
        let fixed_name = beside("fixed", po.last());
        let (still, rendered) = findings_of(rule.id, &fixed_name, &fix);
        if !still.is_empty() {
            failures.push(format!(
                "{}: the fix still triggers it:\n{rendered}",
                rule.id
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn explain_prints_every_rule() {
    for rule in RULES {
        let run = crate::util::policyc(&["explain", rule.id]);
        assert_eq!(run.code, 0, "{}", rule.id);
        assert!(
            run.stdout.starts_with(&format!("# {}\n", rule.id)),
            "{}",
            rule.id
        );
        for heading in [
            "## What it finds",
            "## Why it matters",
            "## Example",
            "## How to fix",
        ] {
            assert!(run.stdout.contains(heading), "{} lacks {heading}", rule.id);
        }
        assert!(run
            .stdout
            .contains(&format!("Default level: {}", rule.default)));
    }
    let unknown = crate::util::policyc(&["explain", "purpose-without-legal-bases"]);
    assert_eq!(unknown.code, 2);
    assert!(
        unknown
            .stderr
            .contains("Did you mean `purpose-without-legal-basis`?"),
        "{}",
        unknown.stderr
    );
}

#[test]
fn rule_ids_are_unique_kebab_case() {
    let mut seen = std::collections::BTreeSet::new();
    for rule in RULES {
        assert!(seen.insert(rule.id), "{} is registered twice", rule.id);
        assert!(
            rule.id
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-'),
            "{} is not kebab-case",
            rule.id
        );
    }
}

#[test]
fn readme_rule_table_matches_the_registry() {
    let readme = std::fs::read_to_string(crate::util::root().join("README.md")).unwrap();
    let table = policyc::commands::rules::table();
    assert!(
        readme.contains(&table),
        "the README's rule table is out of date; replace it with the output of `policyc rules`:\n{table}"
    );
}

/// Every rule of the GDPR family applies to the UK GDPR too, by declaration of
/// the family and not by a list kept per rule. The list below is the family:
/// a rule joining or leaving it is a decision to make here, on purpose.
#[test]
fn gdpr_family_rules_apply_to_every_gdpr_regime() {
    use policyc::model::{Family, Jurisdiction};
    let family: Vec<&str> = RULES
        .iter()
        .filter(|r| r.applies.contains(&Family::Gdpr))
        .map(|r| r.id)
        .collect();
    insta::assert_snapshot!(family.join("\n"));
    for rule in RULES.iter().filter(|r| r.applies.contains(&Family::Gdpr)) {
        for j in [Jurisdiction::Gdpr, Jurisdiction::UkGdpr] {
            assert!(rule.applies_to(&[j]), "{} does not apply to {j}", rule.id);
        }
    }
}

/// The fixtures of one rule, from `tests/fixtures/rules/<id>/`: `(file name, text)`.
fn rule_fixtures(id: &str) -> Vec<(String, String)> {
    let dir = crate::util::root().join("tests/fixtures/rules").join(id);
    let Ok(entries) = std::fs::read_dir(&dir) else {
        return Vec::new();
    };
    let mut files: Vec<(String, String)> = entries
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "policy"))
        .map(|p| {
            let name = p.file_name().unwrap().to_string_lossy().into_owned();
            (name, std::fs::read_to_string(&p).unwrap())
        })
        .collect();
    files.sort();
    files
}

/// Ruff-style fixtures, written apart from the docs: every `fires-*.policy`
/// must trigger its rule, and every `near-miss-*.policy` (a close case on the
/// other side of the line) must not.
#[test]
fn rule_fixtures_fire_and_near_misses_do_not() {
    let root = crate::util::root().join("tests/fixtures/rules");
    for entry in std::fs::read_dir(&root).unwrap() {
        let name = entry.unwrap().file_name().to_string_lossy().into_owned();
        assert!(
            policyc::lint::find(&name).is_some(),
            "tests/fixtures/rules/{name} names no registered rule"
        );
    }
    let mut failures = Vec::new();
    for rule in RULES {
        for (file, text) in rule_fixtures(rule.id) {
            // The fixture's own path: a rule about translation files finds them beside it.
            let path = format!("tests/fixtures/rules/{}/{file}", rule.id);
            let (found, rendered) = findings_of(rule.id, &path, &text);
            if file.starts_with("fires-") && found.is_empty() {
                failures.push(format!("{}/{file}: does not trigger it", rule.id));
            } else if file.starts_with("near-miss-") && !found.is_empty() {
                failures.push(format!("{}/{file}: triggers it:\n{rendered}", rule.id));
            } else if !file.starts_with("fires-") && !file.starts_with("near-miss-") {
                failures.push(format!(
                    "{}/{file}: name it fires-… or near-miss-…",
                    rule.id
                ));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// Every registered rule keeps at least one case that must fire and one close
/// case that must not, as ruff keeps its rule fixtures: a rule added without
/// them fails here.
#[test]
fn every_rule_has_a_firing_fixture_and_a_near_miss() {
    let mut lacking = Vec::new();
    for rule in RULES {
        let files = rule_fixtures(rule.id);
        for prefix in ["fires-", "near-miss-"] {
            if !files.iter().any(|(name, _)| name.starts_with(prefix)) {
                lacking.push(format!("tests/fixtures/rules/{}/{prefix}….policy", rule.id));
            }
        }
    }
    assert!(
        lacking.is_empty(),
        "missing fixtures:\n{}",
        lacking.join("\n")
    );
}

/// One gap is one finding: a sale answer and a sharing answer hedged the same
/// way ask for one fix, so they are one finding that marks both.
#[test]
fn both_hedged_sale_answers_are_one_finding() {
    let text = r#"policy "Shop" {
  updated 2025-03-01
  jurisdictions ccpa
}

sells-data no "We currently do not sell your personal information."
shares-data no "We currently do not share your personal information for cross-context behavioral advertising."
"#;
    let (found, rendered) =
        findings_of("ccpa-missing-do-not-sell-statement", "hedged.policy", text);
    assert_eq!(found.len(), 1, "{rendered}");
    assert!(
        rendered.contains("both hedged") && rendered.matches("a hedged no").count() == 2,
        "{rendered}"
    );
    // One hedged answer alone keeps its own words.
    let one = text.replace("We currently do not share", "We do not share");
    let (found, rendered) =
        findings_of("ccpa-missing-do-not-sell-statement", "hedged.policy", &one);
    assert_eq!(found.len(), 1, "{rendered}");
    assert!(
        rendered.contains("does not sell personal information, but hedges"),
        "{rendered}"
    );
}

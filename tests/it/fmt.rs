//! The formatter: idempotent, meaning-preserving, comment-keeping, over every
//! bundled file and a generated corpus of carelessly laid-out variants.

use crate::util::{policyc_in, root, TempDir};
use policyc::facts::SameFacts;

/// Every policy source the project ships.
fn bundled_sources() -> Vec<(String, String)> {
    let mut out = Vec::new();
    for dir in [
        "policies",
        "examples",
        "tests/fixtures/model",
        "tests/fixtures/fmt",
        "templates/starter",
    ] {
        for e in std::fs::read_dir(root().join(dir)).unwrap().flatten() {
            let p = e.path();
            if p.extension().is_some_and(|x| x == "policy") {
                out.push((
                    p.display().to_string(),
                    std::fs::read_to_string(&p).unwrap(),
                ));
            }
        }
    }
    let doc = std::fs::read_to_string(root().join("docs/language.md")).unwrap();
    for (line, block) in crate::docs::policy_blocks(&doc) {
        out.push((
            format!("docs/language.md:{line}"),
            crate::docs::with_header(&block),
        ));
    }
    out.push(("synthetic".into(), policyc::synth::policy(16 * 1024)));
    out.sort();
    out
}

fn format(text: &str) -> String {
    let file = policyc::diag::SourceFile::new("x.policy", text);
    let (doc, errors) = policyc::syntax::parse(&file);
    assert!(
        errors.is_empty(),
        "{}",
        policyc::diag::render_human(&errors, false, 80)
    );
    policyc::fmt::format(&doc)
}

/// Asserts fmt(x) is a fixed point and means what x means.
fn check_properties(name: &str, text: &str) {
    let once = format(text);
    let twice = format(&once);
    assert_eq!(once, twice, "{name}: formatting twice changed the output");
    let before = policyc::compile_str(name, text);
    let after = policyc::compile_str(name, &once);
    assert_eq!(before.errors.len(), after.errors.len(), "{name}");
    assert!(
        before.policy.same_facts(&after.policy),
        "{name}: the model changed after formatting"
    );
    // Comments are kept: the same comment texts, in the same order.
    let comments = |t: &str| -> Vec<String> {
        let file = policyc::diag::SourceFile::new("x", t);
        let (doc, _) = policyc::syntax::parse(&file);
        let mut all = Vec::new();
        collect_comments(&doc.entries, &doc.end_comments, &mut all);
        all
    };
    assert_eq!(comments(text), comments(&once), "{name}: comments changed");
}

fn collect_comments(
    entries: &[policyc::syntax::ast::Entry],
    end: &[policyc::syntax::ast::Comment],
    out: &mut Vec<String>,
) {
    for e in entries {
        out.extend(e.comments.iter().map(|c| c.text.clone()));
        if let policyc::syntax::ast::Node::Statement(s) = &e.node {
            if let Some(b) = &s.block {
                out.extend(b.open_comment.iter().map(|c| c.text.clone()));
                collect_comments(&b.entries, &b.end_comments, out);
            }
        }
        out.extend(e.trailing.iter().map(|c| c.text.clone()));
    }
    out.extend(end.iter().map(|c| c.text.clone()));
}

/// A small deterministic generator (no dependency needed for this).
struct Lcg(u64);

impl Lcg {
    fn next(&mut self, n: u64) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        (self.0 >> 33) % n
    }
}

/// The same source, laid out carelessly: random indentation, trailing spaces,
/// extra blank lines, spaces around commas, unaligned table cells. Text blocks
/// are left as written (their indentation is content).
fn messy(text: &str, seed: u64) -> String {
    let mut rng = Lcg(seed);
    let mut out = String::new();
    let mut in_text = false;
    for line in text.lines() {
        let quotes = line.matches("\"\"\"").count();
        if in_text {
            out.push_str(line);
            out.push('\n');
            if quotes % 2 == 1 {
                in_text = false;
            }
            continue;
        }
        let trimmed = line.trim();
        if trimmed.starts_with('|') {
            let cells: Vec<&str> = trimmed
                .trim_matches('|')
                .split('|')
                .map(str::trim)
                .collect();
            out.push_str(&" ".repeat(rng.next(5) as usize));
            out.push('|');
            for c in cells {
                out.push_str(&" ".repeat(rng.next(3) as usize));
                out.push_str(c);
                out.push_str(&" ".repeat(rng.next(3) as usize));
                out.push('|');
            }
        } else {
            out.push_str(&" ".repeat(rng.next(7) as usize));
            // Spaces around commas outside strings only.
            let mut in_string = false;
            for (i, c) in trimmed.char_indices() {
                if c == '"' {
                    in_string = !in_string;
                }
                if !in_string && trimmed[i..].starts_with("//") {
                    // A comment's text is content: copy it as it is.
                    out.push_str(&trimmed[i..]);
                    break;
                }
                if c == ',' && !in_string && !trimmed.starts_with("//") {
                    out.push_str(&" ".repeat(rng.next(2) as usize));
                    out.push(',');
                    out.push_str(&" ".repeat(rng.next(3) as usize));
                } else if c == ' ' && !in_string && !trimmed.starts_with("//") && rng.next(4) == 0 {
                    out.push_str("  ");
                } else {
                    out.push(c);
                }
            }
        }
        out.push_str(&" ".repeat(rng.next(3) as usize));
        out.push('\n');
        if rng.next(6) == 0 && !trimmed.ends_with('{') {
            out.push('\n');
        }
        if quotes % 2 == 1 {
            in_text = true;
        }
    }
    out
}

#[test]
fn fmt_is_idempotent_and_keeps_meaning_on_every_bundled_file() {
    let sources = bundled_sources();
    assert!(sources.len() > 20);
    for (name, text) in &sources {
        check_properties(name, text);
    }
}

#[test]
fn fmt_is_idempotent_and_keeps_meaning_on_a_generated_corpus() {
    let mut count = 0;
    for (name, text) in bundled_sources() {
        for seed in 0..8 {
            let variant = messy(&text, seed * 7919 + name.len() as u64);
            check_properties(&format!("{name} (variant {seed})"), &variant);
            // Every variant formats back to the canonical text; only the blank lines
            // the generator added stay (the formatter keeps paragraphs as written).
            let without_blanks = |t: String| {
                t.lines()
                    .filter(|l| !l.is_empty())
                    .collect::<Vec<_>>()
                    .join("\n")
            };
            assert_eq!(
                without_blanks(format(&variant)),
                without_blanks(format(&text)),
                "{name} (variant {seed})"
            );
            count += 1;
        }
    }
    assert!(count > 160, "{count} variants");
}

#[test]
fn fmt_output_of_a_messy_file() {
    let text = std::fs::read_to_string(root().join("tests/fixtures/fmt/messy.policy")).unwrap();
    insta::assert_snapshot!(format(&text));
}

#[test]
fn fmt_check_prints_a_diff_and_exits_1_and_fmt_rewrites() {
    let dir = TempDir::new("fmt");
    let messy = "policy   \"P\" {\n updated 2024-01-31\n}\n";
    std::fs::write(dir.path().join("p.policy"), messy).unwrap();
    let run = policyc_in(dir.path(), &["fmt", "--check", "p.policy"]);
    assert_eq!(run.code, 1);
    assert!(
        run.stdout.contains(
            "-policy   \"P\" {\n- updated 2024-01-31\n+policy \"P\" {\n+  updated 2024-01-31\n"
        ),
        "{}",
        run.stdout
    );
    assert_eq!(
        std::fs::read_to_string(dir.path().join("p.policy")).unwrap(),
        messy,
        "--check changes nothing"
    );

    let run = policyc_in(dir.path(), &["fmt", "p.policy"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(
        std::fs::read_to_string(dir.path().join("p.policy")).unwrap(),
        "policy \"P\" {\n  updated 2024-01-31\n}\n"
    );
    let run = policyc_in(dir.path(), &["fmt", "--check", "p.policy"]);
    assert_eq!(run.code, 0);
    assert!(run.stdout.is_empty());
}

#[test]
fn fmt_leaves_a_file_with_syntax_errors_alone() {
    let dir = TempDir::new("fmt-broken");
    let broken =
        "policy \"P\" {\n  updated 2024-01-31\n}\n\ndata x \"X\" {\n  retention = 2 years\n}\n";
    std::fs::write(dir.path().join("p.policy"), broken).unwrap();
    let run = policyc_in(dir.path(), &["fmt", "p.policy"]);
    assert_eq!(run.code, 2);
    assert!(run.stderr.contains("p.policy:6:13"), "{}", run.stderr);
    assert_eq!(
        std::fs::read_to_string(dir.path().join("p.policy")).unwrap(),
        broken
    );
}

#[test]
fn bundled_sources_are_formatted() {
    let run = crate::util::policyc(&[
        "fmt",
        "--check",
        "policies",
        "examples",
        "templates/starter",
    ]);
    assert_eq!(run.code, 0, "{}", run.stdout);
}

#[test]
fn fmt_stdout_prints_and_changes_nothing() {
    let dir = TempDir::new("fmt-stdout");
    let messy = "policy   \"P\" {\n updated 2024-01-31\n}\n";
    std::fs::write(dir.path().join("p.policy"), messy).unwrap();
    let run = policyc_in(dir.path(), &["fmt", "--stdout", "p.policy"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(run.stdout, "policy \"P\" {\n  updated 2024-01-31\n}\n");
    assert_eq!(
        std::fs::read_to_string(dir.path().join("p.policy")).unwrap(),
        messy
    );
}

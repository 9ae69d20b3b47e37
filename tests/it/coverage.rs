//! No statement parses and disappears (issue 21). For every statement of the
//! language, generated from the schema: a policy that sets every statement
//! ([`schema::sample`]) is built in every format, then again with that one
//! statement's value changed (or left out, where its shape has no second
//! value). Each output must change, unless the statement's declaration
//! names that output with the reason it leaves the fact out; an output that
//! changes although the declaration says it leaves the fact out fails too,
//! so the reasons stay true. The JSON policy must change under the
//! statement's declared JSON name, and `policyc diff` must report the change.

use std::collections::BTreeMap;

use policyc::cookies::KnowledgeBase;
use policyc::model::schema::{self, Output, StatementInfo};
use policyc::model::Policy;
use policyc::render::export::{fides, jsonld, ropa};
use policyc::render::{Templates, Trust};
use serde_json::Value;

fn compile(text: &str, what: &str) -> Policy {
    let compiled = policyc::compile_str("coverage.policy", text);
    let errors: Vec<String> = compiled
        .errors
        .iter()
        .map(|d| format!("{}: {}", d.code, d.message))
        .collect();
    assert!(errors.is_empty(), "{what}:\n{text}\n{errors:#?}");
    compiled.policy.unwrap()
}

/// Every output of `policy`; an output that fails to render is its error, so it still compares.
fn outputs(policy: &Policy, templates: &Templates) -> BTreeMap<Output, String> {
    let trust = Trust::default();
    let shown = |r: Result<String, String>| r.unwrap_or_else(|e| format!("render error: {e}"));
    let mut out = BTreeMap::new();
    for output in Output::ALL {
        let text = match output {
            Output::Html => {
                shown(policyc::render::html_with(policy, templates, trust).map_err(|d| d.message))
            }
            Output::Markdown => shown(
                policyc::render::markdown_with(policy, templates, trust).map_err(|d| d.message),
            ),
            Output::Json => policyc::render::json(policy),
            Output::JsonLd => jsonld::render(policy),
            Output::Fides => shown(fides::render(policy).map_err(|d| format!("{d:?}"))),
            Output::Ropa => shown(ropa::render(policy).map_err(|d| d.message)),
        };
        out.insert(output, text);
    }
    out
}

/// The paths (keys and indexes) at which two JSON values differ.
fn changed_paths(a: &Value, b: &Value, path: &mut Vec<String>, out: &mut Vec<Vec<String>>) {
    match (a, b) {
        (Value::Object(x), Value::Object(y)) => {
            for key in x.keys().chain(y.keys().filter(|k| !x.contains_key(*k))) {
                path.push(key.clone());
                changed_paths(
                    x.get(key).unwrap_or(&Value::Null),
                    y.get(key).unwrap_or(&Value::Null),
                    path,
                    out,
                );
                path.pop();
            }
        }
        (Value::Array(x), Value::Array(y)) if x.len() == y.len() => {
            for (i, (p, q)) in x.iter().zip(y).enumerate() {
                path.push(i.to_string());
                changed_paths(p, q, path, out);
                path.pop();
            }
        }
        _ if a != b => out.push(path.clone()),
        _ => {}
    }
}

fn name(path: &[&str]) -> String {
    path.join(" › ")
}

#[test]
fn every_statement_reaches_every_output_or_says_why_not() {
    let templates = Templates::load(None).unwrap();
    let kb = KnowledgeBase::builtin();
    let base = compile(&schema::sample(None), "the sample");
    let before = outputs(&base, &templates);
    let base_json: Value = serde_json::from_str(&before[&Output::Json]).unwrap();
    let mut problems = Vec::new();
    let mut checked = 0;
    for (path, info) in schema::statement_paths() {
        let StatementInfo { shape, .. } = info;
        // A statement with no values of its own (`rights { … }`) only opens
        // a block; its statements are checked one by one.
        if matches!(shape, schema::Shape::Nothing) {
            continue;
        }
        let text = schema::sample(Some(&path));
        let changed = compile(&text, &name(&path));
        let after = outputs(&changed, &templates);
        checked += 1;
        for output in Output::ALL {
            let same = before[&output] == after[&output];
            match (same, info.omitted_from(output)) {
                (true, None) => problems.push(format!(
                    "{}: a change does not reach {} (show it, or declare `.omit(…)` with the reason)",
                    name(&path),
                    output.name()
                )),
                (false, Some(why)) => problems.push(format!(
                    "{}: declared as left out of {} ({why}), but that output changes",
                    name(&path),
                    output.name()
                )),
                _ => {}
            }
        }
        if info.omitted_from(Output::Json).is_none() {
            let json: Value = serde_json::from_str(&after[&Output::Json]).unwrap();
            let mut paths = Vec::new();
            changed_paths(&base_json, &json, &mut Vec::new(), &mut paths);
            let key = info.json_name();
            // A note is listed under its own block's `notes`, by its name.
            let block = match path.len().checked_sub(2).map(|i| path[i]) {
                Some("policy") => "meta",
                Some("recipient") => "recipients",
                Some("transfer") => "transfers",
                Some(b) => b,
                None => "",
            };
            let under_name = |p: &Vec<String>| {
                if !info.note {
                    return p.contains(&key);
                }
                let Some(at) = p.iter().position(|k| k == "notes") else {
                    return false;
                };
                let Some(entry) = p.get(..at + 2) else {
                    return false;
                };
                let note = entry.iter().try_fold(&json, |v, k| {
                    v.get(k).or_else(|| v.get(k.parse::<usize>().ok()?))
                });
                p.first().map(String::as_str) == Some(block)
                    && note.and_then(|n| n.get("statement")) == Some(&Value::String(key.clone()))
            };
            if !paths.is_empty() && !paths.iter().any(under_name) {
                problems.push(format!(
                    "{}: the JSON changes at {:?}, not under its declared name `{key}`",
                    name(&path),
                    paths
                        .iter()
                        .map(|p| p.join("."))
                        .take(3)
                        .collect::<Vec<_>>()
                ));
            }
        }
        if policyc::diff::diff(&base, &changed, kb).is_empty() {
            problems.push(format!("{}: `policyc diff` reports no change", name(&path)));
        }
    }
    assert!(checked > 100, "only {checked} statements checked");
    assert!(
        problems.is_empty(),
        "{} problem(s):\n{}",
        problems.len(),
        problems.join("\n")
    );
}

/// The same promise on policies that say almost nothing else: each
/// statement, alone in its enclosing blocks, beside a `policy` block. A section that appears only when other facts are
/// there would hide it (a sharing answer once vanished without recipients).
/// Statements that cannot stand alone (they name ids declared elsewhere) are
/// skipped and counted.
#[test]
fn every_statement_alone_reaches_the_pages_or_says_why_not() {
    let templates = Templates::load(None).unwrap();
    let paths = schema::statement_paths();
    let example = |s: &StatementInfo| s.shape.example(&|_| "example".to_string());
    let head = "policy \"P\" {\n  updated 2026-01-01\n}\n\n";
    let mut problems = Vec::new();
    let (mut checked, mut skipped) = (0, 0);
    for (path, info) in &paths {
        if path[0] == "policy" || matches!(info.shape, schema::Shape::Nothing) {
            continue;
        }
        // The statement inside its enclosing blocks, each written with its example.
        let text = |with: bool| -> String {
            let mut body = if with {
                format!("{} {}\n", path[path.len() - 1], example(info))
            } else {
                String::new()
            };
            for depth in (1..path.len()).rev() {
                let Some((_, p)) = paths.iter().find(|(q, _)| q.as_slice() == &path[..depth])
                else {
                    return String::new();
                };
                let inner: String = body.lines().map(|l| format!("  {l}\n")).collect();
                body = format!("{} {} {{\n{inner}}}\n", path[depth - 1], example(p));
            }
            format!("{head}{body}")
        };
        let (without, with) = (text(false), text(true));
        let compiles = |t: &str| policyc::compile_str("alone.policy", t).errors.is_empty();
        if without.is_empty() || !compiles(&without) || !compiles(&with) {
            skipped += 1;
            continue;
        }
        checked += 1;
        let before = outputs(&compile(&without, &name(path)), &templates);
        let after = outputs(&compile(&with, &name(path)), &templates);
        for output in [Output::Html, Output::Markdown] {
            if before[&output] == after[&output] && info.omitted_from(output).is_none() {
                problems.push(format!(
                    "{}: alone, it does not reach {}",
                    name(path),
                    output.name()
                ));
            }
        }
    }
    eprintln!("{checked} statements checked alone, {skipped} skipped");
    assert!(
        checked > 100,
        "only {checked} statements checked ({skipped} skipped)"
    );
    assert!(
        problems.is_empty(),
        "{} problem(s) ({checked} checked, {skipped} skipped):\n{}",
        problems.len(),
        problems.join("\n")
    );
}

/// `Policy::notes` is the one list of notes the translation segments and
/// the rules' prose read: every block that declares a note must be in it.
#[test]
fn every_declared_note_is_in_the_policys_list_of_notes() {
    let policy = compile(&schema::sample(None), "the sample");
    let listed: Vec<(String, policyc::syntax::Keyword)> = policy
        .notes()
        .into_iter()
        .flat_map(|(block, list)| list.iter().map(move |n| (block.clone(), n.keyword)))
        .collect();
    let mut declared = 0;
    for (path, info) in schema::statement_paths()
        .into_iter()
        .filter(|(_, i)| i.note)
    {
        declared += 1;
        let block = path[path.len() - 2];
        assert!(
            listed
                .iter()
                .any(|(b, k)| b.split('.').next() == Some(block) && *k == info.keyword),
            "{}: the sample states it, but Policy::notes does not list it",
            name(&path)
        );
    }
    assert!(declared >= 8, "only {declared} notes declared");
}

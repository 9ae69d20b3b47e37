//! Tests generated from the schema: every statement of every block has a
//! materiality decision, the documented table is the implemented one, and
//! every field of every block, changed in each direction, is reported with
//! the class the table gives that direction.

use super::table::{self, RULES};
use super::*;
use crate::model::materiality::Direction;
use crate::model::schema::{blocks, top, BlockInfo, Shape};
use crate::model::Column;

fn table_block(b: &dyn BlockInfo) -> &'static str {
    if b.keyword().is_empty() {
        "file"
    } else {
        b.keyword()
    }
}

/// What follows a block's keyword, as the table names it.
fn heads(b: &dyn BlockInfo) -> Vec<&'static str> {
    let mut out = match (b.keyword(), b.args()) {
        ("right", _) => vec!["(kinds)", "(description)"],
        ("authority", _) => vec!["(name)", "(example)"],
        (_, Shape::IdLabel) => vec!["(label)"],
        (_, Shape::Text) => vec!["(name)"],
        _ => vec![],
    };
    if accepts_for(b.keyword()) {
        out.push("(for)");
    }
    out
}

/// The blocks `for …` may limit: those opened by a statement the schema marks regional.
fn accepts_for(block: &str) -> bool {
    blocks().iter().any(|b| {
        b.statements()
            .iter()
            .any(|s| s.regional && s.block.is_some_and(|c| c.keyword() == block))
    })
}

/// Every `(block, field)` the language has: statements, heads, blocks, cookie columns.
fn all_fields() -> Vec<(&'static str, &'static str)> {
    let mut out = Vec::new();
    for b in blocks() {
        let block = table_block(b);
        if !b.keyword().is_empty() {
            out.push((block, "(block)"));
        }
        for h in heads(b) {
            out.push((block, h));
        }
        for s in b.statements() {
            if s.block.is_none() {
                out.push((block, s.keyword.as_str()));
            }
        }
    }
    out.push(("cookie", "(block)"));
    for c in Column::WORDS.iter().filter(|c| **c != "name") {
        out.push(("cookie", c));
    }
    out
}

#[test]
fn every_statement_has_a_materiality_decision() {
    let missing: Vec<String> = all_fields()
        .into_iter()
        .filter(|(b, f)| table::decide(b, f, &[]).is_none())
        .map(|(b, f)| {
            format!(
                "`{f}` in `{b}` has no materiality decision: add a row `\"{b}\" \"{f}\" \"any\" CLASS \"why\" SOURCE;` \
                 (and rows for the directions that matter) to RULES in src/diff/table.rs, then copy \
                 `table::markdown()` into docs/diff.md"
            )
        })
        .collect();
    assert!(missing.is_empty(), "{}", missing.join("\n"));
}

#[test]
fn every_rule_names_a_field_of_the_language() {
    let fields = all_fields();
    for r in RULES.iter() {
        let known = fields.iter().any(|(b, f)| *b == r.block && *f == r.field)
            || (r.block == "party"
                && table::PARTIES
                    .iter()
                    .any(|p| fields.contains(&(*p, r.field))));
        assert!(
            known,
            "a rule for `{}` `{}`, which the language does not have",
            r.block, r.field
        );
        assert!(!r.reason.is_empty() && !r.source.is_empty());
    }
}

#[test]
fn the_cookie_columns_are_the_models_serde_fields() {
    let text = "policy \"P\" {\n}\ncookies {\n  | name | provider | party | category | lifetime | purpose | domain |\n  |---|---|---|---|---|---|---|\n  | a | A | first | necessary | session | p | example.com |\n}\n";
    let policy = crate::compile_str("c.policy", text)
        .policy
        .expect("compiles");
    let row = &policy.cookies.as_ref().expect("cookies").rows[0];
    let serde_json::Value::Object(map) = crate::facts::facts_of(row) else {
        panic!("a cookie serialises to an object");
    };
    let mut keys: Vec<&str> = map.keys().map(String::as_str).collect();
    keys.sort_unstable();
    let mut columns: Vec<&str> = Column::WORDS.to_vec();
    columns.sort_unstable();
    assert_eq!(
        keys, columns,
        "a column added to the model needs a cookie rule"
    );
}

#[test]
fn docs_show_the_implemented_table() {
    let doc = include_str!("../../docs/diff.md");
    let generated = table::markdown();
    if std::env::var_os("POLICYC_BLESS_DOCS").is_some() && !doc.contains(&generated) {
        // The table runs from its header row to the first line that is not a row.
        let start = doc
            .find("| block | statement |")
            .expect("the table's header");
        let end = doc[start..]
            .find("\n\n")
            .map_or(doc.len(), |i| start + i + 1);
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/docs/diff.md");
        let text = format!("{}{generated}{}", &doc[..start], &doc[end..]);
        std::fs::write(path, text).expect("write docs/diff.md");
        return;
    }
    assert!(
        doc.contains(&generated),
        "docs/diff.md's materiality table is out of date (rerun with POLICYC_BLESS_DOCS=1 to rewrite it); replace it with:\n{generated}"
    );
}

// ---------------------------------------------------------------------------
// The mutation test.

/// A change to make: `field` of `block` written as `old` in one version and
/// `new` in the other (`None`: not written), meant to go in `dirs`.
#[derive(Clone, Debug)]
struct Mutation {
    block: &'static str,
    field: &'static str,
    old: Option<String>,
    new: Option<String>,
    dirs: Vec<String>,
}

fn dirs(d: &[&str]) -> Vec<String> {
    d.iter().map(|s| s.to_string()).collect()
}

/// Writes a file from the schema's examples, with the mutated field as `value`.
fn fill(
    block: &dyn BlockInfo,
    depth: usize,
    m: &Mutation,
    value: &Option<String>,
    out: &mut String,
) {
    let indent = "  ".repeat(depth);
    let here = table_block(block);
    for s in block.statements() {
        if block.keyword() == "right"
            && s.keyword.as_str() == "url"
            && !(m.block == "right" && m.field == "url")
        {
            continue;
        }
        if block.keyword() == "section"
            && s.keyword.as_str() == "after"
            && !(m.block == "section" && m.field == "after")
        {
            continue;
        }
        if block.keyword() == "section"
            && s.keyword.as_str() == "topic"
            && m.block == "section"
            && m.field == "after"
        {
            continue;
        }
        if block.keyword() == "right"
            && s.keyword.as_str() == "authority"
            && m.block == "right"
            && m.field == "url"
        {
            continue;
        }
        let example = s.shape.example(&|_| "example".to_string());
        match s.block {
            Some(child) => {
                let kw = table_block(child);
                let head_of = |example: String| -> String {
                    let mut head = example;
                    if kw == m.block && m.field.starts_with('(') && m.field != "(block)" {
                        match value {
                            Some(v) => head = v.clone(),
                            None => return String::new(),
                        }
                    }
                    head
                };
                let write = |head: String, out: &mut String| {
                    out.push_str(&format!("{indent}{} {head} {{\n", s.keyword));
                    fill(child, depth + 1, m, value, out);
                    out.push_str(&format!("{indent}}}\n"));
                };
                if kw == m.block && m.field == "(block)" {
                    match value.as_deref() {
                        None => {}
                        Some("") => write(head_of(example.clone()), out),
                        Some(extra) => {
                            write(head_of(example.clone()), out);
                            write(extra.to_string(), out);
                        }
                    }
                    continue;
                }
                let head = head_of(example);
                write(head, out);
            }
            None => {
                // A purpose's own interest and consent are compared as such when
                // it names no declared basis (else it has the basis's).
                let own = m.block == "purpose" && matches!(m.field, "interest" | "consent-by");
                if own && here == "purpose" && s.keyword.as_str() == "basis" {
                    out.push_str(&format!("{indent}basis legitimate-interests\n"));
                    continue;
                }
                // A purpose's own bases are compared as such: no declared basis covers it too.
                let bases = m.block == "purpose" && m.field == "basis";
                if (own || bases) && here == "basis" && s.keyword.as_str() == "covers" {
                    continue;
                }
                if here == m.block && s.keyword.as_str() == m.field {
                    if let Some(v) = value {
                        out.push_str(&format!("{indent}{} {v}\n", s.keyword));
                    }
                } else {
                    out.push_str(&format!("{indent}{} {example}\n", s.keyword));
                }
            }
        }
        if depth == 0 && s.keyword.as_str() == "data" {
            out.push_str("data other \"Other data\" {\n  source person\n}\n");
        }
    }
    if block.keyword() == "cookies" {
        let cols = [
            "provider", "party", "category", "lifetime", "purpose", "domain",
        ];
        let mut cells = [
            "example_cookie".to_string(),
            "Example".into(),
            "first".into(),
            "necessary".into(),
            "session".into(),
            "Keeps you signed in".into(),
            "example.com".into(),
        ];
        let mut present = true;
        if m.block == "cookie" {
            if let Some(i) = cols.iter().position(|c| *c == m.field) {
                // `value|category`: the cell, on a row of that category.
                let v = value.clone().unwrap_or_default();
                let (v, category) = v.split_once('|').unwrap_or((v.as_str(), ""));
                cells[i + 1] = v.to_string();
                if !category.is_empty() {
                    cells[3] = category.to_string();
                }
            }
            if m.field == "(block)" {
                present = value.is_some();
                if value.as_deref() == Some("renamed") {
                    cells[0] = "example_cookie2".into();
                }
            }
        }
        out.push_str(&format!(
            "{indent}| name | {} |\n{indent}|---|---|---|---|---|---|---|\n",
            cols.join(" | ")
        ));
        out.push_str(&format!("{indent}| session_id | Example | first | necessary | session | Signs you in | example.com |\n"));
        if present {
            out.push_str(&format!("{indent}| {} |\n", cells.join(" | ")));
        }
    }
}

fn text_of(m: &Mutation, value: &Option<String>) -> String {
    let mut out = String::new();
    fill(top(), 0, m, value, &mut out);
    out
}

/// The values to try for a statement of this shape, with the directions they go in.
fn candidates(block: &'static str, field: &'static str, shape: Shape) -> Vec<Mutation> {
    let ex = shape.example(&|_| "example".to_string());
    let mk = |old: &str, new: &str, d: &[&str]| Mutation {
        block,
        field,
        old: (!old.is_empty()).then(|| old.to_string()),
        new: (!new.is_empty()).then(|| new.to_string()),
        dirs: dirs(d),
    };
    let mut out = Vec::new();
    match shape {
        Shape::Keyword(v) => {
            for w in &v.words[1..] {
                let (to, from) = (format!("to {w}"), format!("from {}", v.words[0]));
                out.push(mk(v.words[0], w, &[&to, &from]));
                let (to, from) = (format!("to {}", v.words[0]), format!("from {w}"));
                out.push(mk(w, v.words[0], &[&to, &from]));
            }
            let to = format!("to {}", v.words[0]);
            out.push(mk("", v.words[0], &["stated", "more", &to]));
            let from = format!("from {}", v.words[0]);
            out.push(mk(v.words[0], "", &["dropped", &from]));
        }
        Shape::Keywords(v) => {
            for w in &v.words[1..] {
                let both = format!("{}, {w}", v.words[0]);
                let (to, from) = (format!("to {w}"), format!("from {w}"));
                out.push(mk(v.words[0], &both, &["more", &to]));
                out.push(mk(&both, v.words[0], &["fewer", &from]));
                // One word replaced by another.
                let from_first = format!("from {}", v.words[0]);
                out.push(mk(v.words[0], w, &["more", "fewer", &to, &from_first]));
            }
            let to = format!("to {}", v.words[0]);
            out.push(mk("", v.words[0], &["stated", "more", &to]));
            let from = format!("from {}", v.words[0]);
            out.push(mk(v.words[0], "", &["dropped", &from]));
        }
        Shape::Refs(_) => {
            out.push(mk("example", "example, other", &["more", "to other"]));
            out.push(mk("example, other", "example", &["fewer", "from other"]));
        }
        Shape::Places => {
            out.push(mk("us", "us, in", &["more", "to in"]));
            out.push(mk("us, in", "us", &["fewer", "from in"]));
            out.push(mk("", "us", &["stated", "more", "to us"]));
            out.push(mk("us", "", &["dropped", "from us"]));
        }
        Shape::Texts => {
            out.push(mk("\"one\"", "\"one\", \"two\"", &["more", "to two"]));
            out.push(mk("\"one\", \"two\"", "\"one\"", &["fewer", "from two"]));
            out.push(mk("", "\"one\"", &["stated", "more", "to one"]));
            out.push(mk("\"one\"", "", &["dropped", "from one"]));
        }
        Shape::Text => {
            out.push(mk("\"Some words\"", "\"Other words\"", &["reworded"]));
            out.push(mk("", "\"Some words\"", &["stated"]));
            out.push(mk("\"Some words\"", "", &["dropped"]));
        }
        Shape::Url => {
            let (a, b) = ("\"https://example.com/a\"", "\"https://example.com/b\"");
            out.push(mk(a, b, &["reworded"]));
            out.push(mk("", a, &["stated"]));
            out.push(mk(a, "", &["dropped"]));
        }
        Shape::Word => out.push(mk("en", "fr", &["to fr", "from en"])),
        Shape::YesNo => {
            out.push(mk("no", "yes", &["yes", "to yes", "from no"]));
            out.push(mk("yes", "no", &["no", "to no", "from yes"]));
            out.push(mk("no \"A\"", "no \"B\"", &["reworded"]));
            out.push(mk("", "yes", &["stated", "yes", "to yes"]));
            out.push(mk("", "no", &["stated", "no", "to no"]));
            out.push(mk("yes", "", &["dropped", "from yes"]));
            // The top level's answers may be hedged: `may` is a yes in words.
            if block == "file" {
                out.push(mk("no \"A\"", "may \"A\"", &["yes", "to may", "from no"]));
            }
        }
        Shape::Flag => {
            out.push(mk("no", "yes", &["yes", "to yes", "from no"]));
            out.push(mk("yes", "no", &["no", "to no", "from yes"]));
            out.push(mk("", "yes", &["stated", "yes", "to yes"]));
            out.push(mk("", "no", &["stated", "no", "to no"]));
            out.push(mk("yes", "", &["dropped", "from yes"]));
        }
        Shape::Date => out.push(mk(
            "2026-01-01",
            "2026-02-01",
            &["to 2026-02-01", "from 2026-01-01"],
        )),
        Shape::Other { .. } if field == "extended-within" => {
            let (a, b) = ("60 days \"when complex\"", "90 days \"when complex\"");
            out.push(mk(a, b, &["longer"]));
            out.push(mk("", a, &["stated"]));
            // Other words for when: read them.
            out.push(mk(a, "60 days \"when numerous\"", &["more", "fewer"]));
            // No longer bounded: "it may take longer" states no limit.
            out.push(mk(a, "\"when complex\"", &["longer"]));
            out.push(mk("\"when complex\"", a, &["shorter"]));
        }
        Shape::Duration if field == "respond-within" => {
            out.push(mk("1 month", "2 years", &["longer"]));
            out.push(mk("2 years", "1 month", &["shorter"]));
            // Longer than the GDPR's month, stated where none was.
            out.push(mk(
                "",
                "90 days",
                &["stated", "more", "beyond the legal time"],
            ));
            out.push(mk("1 month", "", &["dropped"]));
        }
        Shape::Lifetime if block == "file" && field == "retention" => {
            out.push(mk("1 month", "2 years", &["longer"]));
            out.push(mk("2 years", "1 month", &["shorter"]));
            out.push(mk("", "1 month", &["stated", "more"]));
            out.push(mk("1 month", "", &["dropped"]));
            // One of two general rules no longer stated, and it set a limit:
            // the people lose it.
            out.push(mk(
                "\"while needed\"\nretention \"in backups for 30 days\"",
                "\"while needed\"",
                &["from in backups for 30 days", "dropped"],
            ));
            // One rule in words put in another's place: read them.
            out.push(mk(
                "\"while needed\"",
                "\"until the dispute is settled\"",
                &["to until the dispute is settled", "from while needed"],
            ));
            // A new exception, and a new limit.
            out.push(mk(
                "\"while needed\"",
                "\"while needed\"\nretention \"some data may be kept for legal claims\"",
                &["to some data may be kept for legal claims", "excepted"],
            ));
            out.push(mk(
                "\"while needed\"",
                "\"while needed\"\nretention \"backups are deleted within 30 days\"",
                &["to backups are deleted within 30 days", "limited"],
            ));
            // One that only permitted keeping data no longer stated: lifted.
            out.push(mk(
                "\"while needed\"\nretention \"some data may be kept for legal claims\"",
                "\"while needed\"",
                &["from some data may be kept for legal claims", "lifted"],
            ));
            // An exception's reasons: more of them, then fewer.
            out.push(mk(
                "\"some data may be kept for reasons such as claims and audits\"",
                "\"some data may be kept for reasons such as claims, audits and research\"",
                &[
                    "to some data may be kept for reasons such as claims, audits and research",
                    "from some data may be kept for reasons such as claims and audits",
                    "widened",
                ],
            ));
            out.push(mk(
                "\"some data may be kept for reasons such as claims, audits and research\"",
                "\"some data may be kept for reasons such as claims and audits\"",
                &[
                    "to some data may be kept for reasons such as claims and audits",
                    "from some data may be kept for reasons such as claims, audits and research",
                    "narrowed",
                ],
            ));
        }
        Shape::Lifetime | Shape::Duration => {
            out.push(mk("1 month", "2 years", &["longer"]));
            out.push(mk("2 years", "1 month", &["shorter"]));
            out.push(mk("", "1 month", &["stated", "more"]));
            out.push(mk("1 month", "", &["dropped"]));
            if block == "data" && field == "retention" {
                out.push(mk(
                    "\"while needed\"",
                    "\"while needed\"\nretention \"it may be retained for legal claims\"",
                    &["to it may be retained for legal claims", "excepted"],
                ));
                out.push(mk(
                    "\"while needed\"",
                    "\"while needed\"\nretention \"it is deleted when you close your account\"",
                    &["to it is deleted when you close your account", "limited"],
                ));
                // A criterion replaced by keeping the data indefinitely.
                out.push(mk(
                    "\"while needed\"",
                    "indefinitely",
                    &["longer", "to indefinitely", "from while needed"],
                ));
                out.push(mk(
                    "\"while needed\"\nretention \"it may be retained for legal claims\"",
                    "\"while needed\"",
                    &["from it may be retained for legal claims", "lifted"],
                ));
                // An exception's reasons: more of them, then fewer.
                out.push(mk(
                    "\"it may be retained for reasons such as claims and audits\"",
                    "\"it may be retained for reasons such as claims, audits and research\"",
                    &[
                        "to it may be retained for reasons such as claims, audits and research",
                        "from it may be retained for reasons such as claims and audits",
                        "widened",
                    ],
                ));
                out.push(mk(
                    "\"it is kept until you leave; it is then deleted or anonymised\"",
                    "\"it is kept until you leave; it is then deleted\"",
                    &[
                        "to it is kept until you leave; it is then deleted",
                        "from it is kept until you leave; it is then deleted or anonymised",
                        "narrowed",
                    ],
                ));
            }
            if matches!(shape, Shape::Lifetime) {
                // One criterion for another: neither longer nor shorter.
                out.push(mk(
                    "\"while needed\"",
                    "\"until you ask us to delete it\"",
                    &["to until you ask us to delete it", "from while needed"],
                ));
            }
        }
        Shape::Nothing | Shape::IdLabel => {}
        Shape::Other { .. } => match (block, field) {
            ("purpose", "basis") | ("basis", "ground") => {
                out.push(mk("consent", "contract", &["to contract", "from consent"]));
                out.push(mk(
                    "consent",
                    "consent or contract",
                    &["more", "to contract"],
                ));
                if block == "purpose" {
                    // An alternative no longer relied on, the other kept.
                    out.push(mk(
                        "legitimate-interests or contract",
                        "contract",
                        &["fewer", "from legitimate-interests"],
                    ));
                    // Consent asked where another ground was relied on.
                    out.push(mk("contract", "consent", &["to consent", "from contract"]));
                    // One ground for another, neither of them consent.
                    out.push(mk(
                        "contract",
                        "legitimate-interests",
                        &["replaced", "to legitimate-interests", "from contract"],
                    ));
                    out.push(mk("", "contract", &["stated", "more", "to contract"]));
                    out.push(mk("contract", "", &["dropped", "from contract"]));
                    out.push(mk(
                        "consent \"where required\"",
                        "consent \"where the law requires it\"",
                        &["reworded"],
                    ));
                }
            }
            ("basis", "covers") => {
                out.push(mk("\"one\"", "\"one\", \"two\"", &["more", "to two"]));
                out.push(mk("\"one\", \"two\"", "\"one\"", &["fewer", "from two"]));
            }
            ("children", "minimum-age") => {
                out.push(mk("16", "13", &["lower"]));
                out.push(mk("16", "18", &["higher"]));
                out.push(mk("16", "", &["dropped", "from 16"]));
            }
            ("purpose", "only-with") => {
                out.push(mk("", "consent example", &["stated", "more", "to consent"]));
                out.push(mk("consent example", "", &["dropped", "from consent"]));
                out.push(mk(
                    "consent example",
                    "legitimate-interests example",
                    &["more", "fewer", "to legitimate-interests", "from consent"],
                ));
            }
            ("changes", "notify-by") => {
                out.push(mk("posting, email", "posting", &["fewer", "from email"]));
                out.push(mk("posting", "posting, email", &["more", "to email"]));
                out.push(mk(
                    "posting",
                    "posting \"We may post it.\"",
                    &["more", "to We may post it."],
                ));
                out.push(mk("posting", "", &["dropped", "from posting"]));
            }
            ("file", "recipients") => {
                out.push(mk("", "none", &["stated", "more", "to none"]));
                out.push(mk("none", "", &["dropped", "from none"]));
            }
            _ => out.push(mk(&ex, "", &["dropped"])),
        },
    }
    out
}

fn head_candidates(b: &'static dyn BlockInfo) -> Vec<Mutation> {
    let block = table_block(b);
    let ex = b.args().example(&|_| "example".to_string());
    let mk = |field: &'static str, old: &str, new: &str, d: &[&str]| Mutation {
        block,
        field,
        old: Some(old.to_string()),
        new: (!new.is_empty()).then(|| new.to_string()),
        dirs: dirs(d),
    };
    let mut out = Vec::new();
    match (block, b.args()) {
        ("right", _) => {
            out.push(mk(
                "(kinds)",
                "complain \"D\"",
                "complain, access \"D\"",
                &["more", "to access"],
            ));
            out.push(mk(
                "(kinds)",
                "complain, access \"D\"",
                "complain \"D\"",
                &["fewer", "from access"],
            ));
            out.push(mk(
                "(description)",
                "complain \"D\"",
                "complain \"E\"",
                &["reworded"],
            ));
        }
        ("authority", _) => {
            out.push(mk("(name)", "\"A\"", "\"B\"", &["reworded"]));
            out.push(mk(
                "(example)",
                "\"A\"",
                "\"A\" example",
                &["stated", "more", "to example"],
            ));
        }
        (_, Shape::IdLabel) => {
            out.push(mk(
                "(label)",
                "example \"A\"",
                "example \"B\"",
                &["reworded"],
            ));
        }
        (_, Shape::Text) => out.push(mk("(name)", "\"A\"", "\"B\"", &["reworded"])),
        _ => {}
    }
    if accepts_for(block) {
        let plain = ex.clone();
        out.push(mk(
            "(for)",
            &format!("{plain} for eea"),
            &format!("{plain} for eea, uk"),
            &["more", "to uk"],
        ));
        out.push(mk(
            "(for)",
            &format!("{plain} for eea, uk"),
            &format!("{plain} for eea"),
            &["fewer", "from uk"],
        ));
    }
    // The block itself: added (a second one), removed, renamed.
    let second = match b.args() {
        Shape::IdLabel => Some(("example2 \"Another\"", "example3 \"Another\"")),
        _ if block == "representative" => Some(("\"Another\" for uk", "")),
        _ if block == "right" => Some(("access \"Another\"", "")),
        _ if block == "authority" => Some(("\"Another\"", "")),
        _ => None,
    };
    if block == "controller" {
        // A second controller, for some places: the people there deal with it.
        let extra = "\"Another\" for eea";
        out.push(Mutation {
            block,
            field: "(block)",
            old: Some(String::new()),
            new: Some(extra.to_string()),
            dirs: dirs(&["added for places"]),
        });
    }
    match second {
        Some((extra, renamed)) => {
            let both = |old: &str, new: &str, d: &[&str]| Mutation {
                block,
                field: "(block)",
                old: Some(old.to_string()),
                new: Some(new.to_string()),
                dirs: dirs(d),
            };
            out.push(both("", extra, &["added"]));
            out.push(both(extra, "", &["removed"]));
            if !renamed.is_empty() {
                out.push(both(extra, renamed, &["renamed"]));
            }
        }
        None => {
            // Only the file has it or not.
            out.push(Mutation {
                block,
                field: "(block)",
                old: Some(String::new()),
                new: None,
                dirs: dirs(&["removed"]),
            });
            out.push(Mutation {
                block,
                field: "(block)",
                old: None,
                new: Some(String::new()),
                dirs: dirs(&["added"]),
            });
        }
    }
    out
}

fn cookie_candidates() -> Vec<Mutation> {
    let mk = |field: &'static str, old: &str, new: &str, d: &[&str]| Mutation {
        block: "cookie",
        field,
        old: Some(old.to_string()),
        new: Some(new.to_string()),
        dirs: dirs(d),
    };
    let mut out = vec![
        mk(
            "provider",
            "Example",
            "Other Ltd",
            &["to Other Ltd", "from Example"],
        ),
        mk(
            "provider",
            "Example|analytics",
            "Other Ltd|analytics",
            &["changed non-essential", "to Other Ltd", "from Example"],
        ),
        mk("party", "first", "third", &["to third", "from first"]),
        mk("party", "third", "first", &["to first", "from third"]),
        mk("lifetime", "1 month", "2 years", &["longer"]),
        mk("lifetime", "2 years", "1 month", &["shorter"]),
        mk("lifetime", "1 month", "while you are signed in", &[]),
        mk(
            "purpose",
            "Keeps you signed in",
            "Keeps you signed in and counts visits",
            &["reworded"],
        ),
        mk(
            "domain",
            "example.com",
            "example.org",
            &["to example.org", "from example.com"],
        ),
        mk(
            "category",
            "necessary",
            "analytics",
            &["to non-essential", "to analytics", "from necessary"],
        ),
        mk(
            "category",
            "analytics",
            "marketing",
            &["to marketing", "from analytics"],
        ),
    ];
    for (cat, dir) in [
        ("analytics", "added non-essential"),
        ("necessary", "added necessary"),
        ("", "added"),
    ] {
        let mut m = mk("(block)", "", "", &[dir]);
        m.old = None;
        out.push(Mutation {
            new: Some(cat.to_string()),
            ..m
        });
    }
    out.push(Mutation {
        block: "cookie",
        field: "(block)",
        old: Some(String::new()),
        new: None,
        dirs: dirs(&["removed"]),
    });
    out.push(Mutation {
        block: "cookie",
        field: "(block)",
        old: Some(String::new()),
        new: Some("renamed".into()),
        dirs: dirs(&["renamed"]),
    });
    out
}

fn all_mutations() -> Vec<Mutation> {
    let mut out = Vec::new();
    for b in blocks() {
        let block = table_block(b);
        for s in b.statements().into_iter().filter(|s| s.block.is_none()) {
            out.extend(candidates(block, s.keyword.as_str(), s.shape));
        }
        if !b.keyword().is_empty() {
            out.extend(head_candidates(b));
        }
    }
    out.extend(cookie_candidates());
    out
}

fn compile(text: &str) -> Policy {
    crate::compile_str("m.policy", text)
        .policy
        .expect("a policy statement")
}

/// Every field of every block, changed in each direction the generator knows,
/// is reported, with the class and reason the table gives that direction;
/// and every row of the table is exercised.
#[test]
fn every_field_changed_in_every_direction_is_reported_as_the_table_says() {
    let kb = KnowledgeBase::builtin();
    let mut failures = Vec::new();
    let mut seen: BTreeSet<(String, String, String)> = BTreeSet::new();
    for m in all_mutations() {
        let mut m = m;
        // A cookie added with a category: the row is written with it.
        let (old_text, new_text) =
            if m.block == "cookie" && m.field == "(block)" && m.new.is_some() && m.old.is_none() {
                let cat = m.new.clone().unwrap_or_default();
                let base = text_of(&m, &None);
                let with = text_of(
                    &Mutation {
                        field: "category",
                        ..m.clone()
                    },
                    &Some(cat),
                );
                m.new = Some(String::new());
                (base, with)
            } else {
                (text_of(&m, &m.old), text_of(&m, &m.new))
            };
        // A file without its `policy` statement is no policy: the block cannot come or go.
        if m.block == "policy" && m.field == "(block)" {
            continue;
        }
        let (a, b) = (compile(&old_text), compile(&new_text));
        let changes = diff(&a, &b, kb);
        let expected = table::decide(m.block, m.field, &m.dirs).expect("every field has a rule");
        let field_of = |c: &Change| c.field.clone().unwrap_or_else(|| "(block)".into());
        let matching: Vec<&Change> = changes
            .iter()
            .filter(|c| c.area == m.block && field_of(c) == m.field)
            .collect();
        if matching.is_empty() {
            failures.push(format!(
                "{}.{} {:?} → {:?}: not reported (got {:?})",
                m.block,
                m.field,
                m.old,
                m.new,
                changes
                    .iter()
                    .map(|c| (c.area, field_of(c), c.change.clone()))
                    .collect::<Vec<_>>()
            ));
            continue;
        }
        let c = matching[0];
        if c.class != expected.class || c.change != expected.change.to_string() {
            failures.push(format!(
                "{}.{} {:?} → {:?} (meant {:?}): reported {} by `{}`, the table says {} by `{}`",
                m.block,
                m.field,
                m.old,
                m.new,
                m.dirs,
                c.class.word(),
                c.change,
                expected.class.word(),
                expected.change
            ));
        }
        let rule_block = if table::rules_for(m.block, m.field)
            .iter()
            .any(|r| r.block == m.block && r.change.to_string() == c.change)
        {
            m.block.to_string()
        } else {
            "party".to_string()
        };
        seen.insert((rule_block, m.field.to_string(), c.change.clone()));
    }
    let unexercised: Vec<String> = RULES
        .iter()
        .filter(|r| {
            let key = (
                r.block.to_string(),
                r.field.to_string(),
                r.change.to_string(),
            );
            // A party row is exercised through any of the parties; the
            // `policy` block is in every file.
            let fixed = r.block == "policy" && r.field == "(block)";
            // Places are sets: a change of them is always more, fewer or
            // both, so a `(for)` that has rows for both never falls to `any`.
            let sets = r.field == "(for)"
                && r.change == Direction::Any
                && RULES.iter().any(|o| {
                    o.block == r.block && o.field == "(for)" && o.change == Direction::More
                })
                && RULES.iter().any(|o| {
                    o.block == r.block && o.field == "(for)" && o.change == Direction::Fewer
                });
            !seen.contains(&key) && !fixed && !sets
        })
        .map(|r| format!("{} {} {}", r.block, r.field, r.change))
        .collect();
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    assert!(
        unexercised.is_empty(),
        "rows of the table no generated change reaches (add a candidate in src/diff/tests.rs):\n{}",
        unexercised.join("\n")
    );
}

/// A retention rule that only permits keeping data, against one that
/// limits it or sets a period: only the first is an exception whose loss is
/// in people's favour.
#[test]
fn a_rule_that_only_permits_keeping_is_told_from_one_that_limits() {
    for permits in [
        "certain information may be kept for legitimate business purposes",
        "if your account is banned, we may keep the identifiers used to create it",
        "Records May Be Retained where the law requires it",
        "we may continue to store backups",
    ] {
        assert!(super::directions::only_permits(permits), "{permits}");
    }
    for limits in [
        "as long as necessary for the purposes for which it was collected",
        "we may keep it until you delete your account",
        "it may be kept for 30 days and is then deleted",
        "a deletion process removes your data",
        "we may keep it only as long as the law requires",
        "kept for legitimate business purposes",
    ] {
        assert!(!super::directions::only_permits(limits), "{limits}");
    }
    // A rule that only deletes or bounds, against one that also permits.
    for only in [
        "backups are deleted within 30 days",
        "it is reviewed each year and removed when no longer needed",
    ] {
        assert!(super::directions::only_limits(only), "{only}");
    }
    for not_only in [
        "copies of deleted data may remain in backups for 90 days",
        "as long as necessary for the purposes",
        "2 years",
    ] {
        assert!(!super::directions::only_limits(not_only), "{not_only}");
    }
}

#[test]
fn a_file_against_itself_is_no_change() {
    for m in all_mutations().into_iter().take(1) {
        let text = text_of(&m, &m.old);
        let p = compile(&text);
        assert!(diff(&p, &p, KnowledgeBase::builtin()).is_empty(), "{text}");
    }
}

#[test]
fn the_words_of_a_vocabulary_are_read() {
    assert_eq!(
        CookieCategory::from_word("analytics"),
        Some(CookieCategory::Analytics)
    );
}

#[test]
fn sentences_are_diffed_whole_and_a_rewrap_is_no_change() {
    let a = collapse("One sentence here.\nAnother one\nwrapped. A third.");
    let b = collapse("One sentence here. Another one wrapped.\nA third.");
    assert_eq!(a, b);
    let edits = sentence_diff("One. Two is here. Three.", "One. Two is now there. Three.");
    let ops: Vec<(&str, &str)> = edits.iter().map(|e| (e.op, e.text.as_str())).collect();
    assert_eq!(
        ops,
        [
            ("equal", "One."),
            ("delete", "Two is here."),
            ("insert", "Two is now there."),
            ("equal", "Three.")
        ]
    );
}

#[test]
fn sentences_do_not_end_at_abbreviations_and_list_items_stand_alone() {
    let split =
        |t: &str| -> Vec<String> { sentence_diff(t, t).into_iter().map(|e| e.text).collect() };
    assert_eq!(
        split("Example, Inc. and its affiliates decide. We use e.g. your e-mail. Data goes to the U.S. and stays there."),
        [
            "Example, Inc. and its affiliates decide.",
            "We use e.g. your e-mail.",
            "Data goes to the U.S. and stays there."
        ]
    );
    assert_eq!(
        // Texts are compared with their line breaks collapsed, so a numbered
        // item is known by the stop or colon before it.
        split("We collect: - your name - your e-mail. Then: 1. we read it; 2. we answer."),
        [
            "We collect:",
            "- your name",
            "- your e-mail.",
            "Then:",
            "1. we read it;",
            "2. we answer."
        ]
    );
    // A sentence that ends with an abbreviation and a capital after it still
    // splits only where the word is no abbreviation.
    assert_eq!(split("One. Two! Three?"), ["One.", "Two!", "Three?"]);
}

#[test]
fn retention_values_ordered_by_length_where_the_words_allow() {
    use super::directions::lengths;
    let days = |n: u64| format!("{}s", n * 86_400);
    let ip = "IP addresses are deleted after 100 days, except the IP address used to create your account";
    // A criterion holding one duration, then a bare period.
    assert_eq!(lengths(ip, &days(100)), Some("limited"));
    assert_eq!(lengths(ip, &days(30)), Some("shorter"));
    assert_eq!(lengths(ip, &days(730)), Some("longer"));
    // A bare period, then a criterion holding a longer one; not a shorter one.
    assert_eq!(lengths(&days(30), ip), Some("longer"));
    assert_eq!(lengths(&days(365), ip), None);
    // An end, then an open-ended criterion; a criterion with an end of its own is for a reader.
    assert_eq!(
        lengths(
            &days(100),
            "as long as necessary to keep the Services secure"
        ),
        Some("longer")
    );
    // Words with no end of their own lose the period people were told; after
    // "immediately", whether "promptly" is later lies in the word.
    assert_eq!(
        lengths(&days(100), "until you delete your account"),
        Some("longer")
    );
    assert_eq!(
        lengths(
            "deleted immediately after the Age Check is complete",
            "deleted promptly after the Age Check is complete"
        ),
        None
    );
    assert_eq!(
        lengths(
            "deleted immediately after the Age Check is complete",
            &format!("{} after age-check-completion", days(30))
        ),
        Some("longer")
    );
    // The same words with another duration.
    assert_eq!(
        lengths(
            &format!("{} after account-closure", days(30)),
            &format!("{} after account-closure", days(60))
        ),
        Some("longer")
    );
    assert_eq!(lengths(&days(30), &days(30)), None);
    // Kept pseudonymised where it was kept only anonymised: still personal data.
    assert_eq!(
        lengths(
            "a deletion process removes your data or keeps it only in anonymised form",
            "a deletion process removes your data or keeps it only in pseudonymised form"
        ),
        Some("longer")
    );
    assert_eq!(
        lengths("kept in pseudonymised form", "kept in anonymised form"),
        None
    );
}

#[test]
fn a_period_after_the_account_ends_and_rules_that_keep_deleted_data() {
    use super::directions::{after_account_end, keeps_deleted};
    assert!(after_account_end(&[
        "94608000s after account-closure".to_string()
    ]));
    assert!(!after_account_end(&["94608000s".to_string()]));
    assert!(!after_account_end(&[
        "as long as your account is open".to_string()
    ]));
    assert!(keeps_deleted(
        "copies of deleted data may remain in our backups for up to 90 days after deletion"
    ));
    assert!(keeps_deleted(
        "after you delete your account we may keep your messages for 30 days"
    ));
    assert!(!keeps_deleted(
        "deleted data is removed from backups within 90 days"
    ));
    assert!(!keeps_deleted(
        "we may keep your data while your account is open"
    ));
}

#[test]
fn a_necessity_criterion_replaced_by_a_period_loses_its_limit() {
    use super::directions::lengths;
    let two_years = format!("{}s", 2 * 365 * 86_400);
    let necessary = "as long as necessary for the purposes for which the information was collected";
    assert_eq!(lengths(necessary, &two_years), Some("longer"));
    // From an event too.
    assert_eq!(
        lengths(necessary, &format!("{two_years} after account-closure")),
        Some("longer")
    );
    // A criterion that is not one of necessity: for a reader.
    assert_eq!(
        lengths("until the audit of the year is complete", &two_years),
        None
    );
}

#[test]
fn an_exception_to_deletion_widened_or_narrowed_by_its_reasons() {
    use super::directions::lengths;
    let base = "after your account is deleted, some data is kept longer for very limited purposes, such as legal obligations, litigation, user safety and protection against harmful content";
    // The old reasons and more: widened.
    assert_eq!(
        lengths(
            base,
            "after your account is deleted, some data is kept longer for very limited purposes, such as legal obligations, litigation, user safety, protection against harmful content, product improvement and research"
        ),
        Some("widened")
    );
    // Some of the old reasons and no other: narrowed.
    assert_eq!(
        lengths(
            base,
            "after your account is deleted, some data is kept longer only for legal obligations and litigation"
        ),
        Some("narrowed")
    );
    // Reasons lost and gained: a person reads them.
    assert_eq!(
        lengths(
            base,
            "after your account is deleted, some data is kept longer for very limited purposes, such as legal holds, user safety and protection against harmful content"
        ),
        None
    );
    // A rule that no longer offers a de-identified copy instead of deleting.
    assert_eq!(
        lengths(
            "kept until your account is deleted; it is then deleted or de-identified",
            "kept until your account is deleted; it is then deleted"
        ),
        Some("narrowed")
    );
    // Not an exception: no verdict from the list.
    assert_eq!(
        lengths(
            "we delete logs, backups and caches",
            "we delete logs and backups"
        ),
        None
    );
}

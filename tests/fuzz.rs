//! A fuzzer on the stable toolchain: no coverage guidance, but structure-aware
//! mutations of real policies (and of a real HAR file), checked against the
//! properties policyc promises for any input:
//!
//! - parse → resolve → lint → render (HTML, Markdown, JSON) never panics or
//!   overflows the stack;
//! - HTML and Markdown outputs link only to allowed targets and repeat no
//!   element id;
//! - fmt round-trips: its output parses, formats to itself, and means the same
//!   ([`policyc::facts::SameFacts`]);
//! - parsing in pieces (as large files are) gives the tree of one parse;
//! - diagnostics for people and for CI logs carry no control character;
//! - reading a recording (HAR) never panics;
//! - the PR comment (`diff --format markdown`) of the mutated policy against
//!   the one it came from, rendered by a GFM renderer, holds no markup but
//!   policyc's own and no control character;
//! - the language server, fed LSP message streams with broken frames, bad
//!   JSON and lone surrogates, never panics and writes only well-framed
//!   JSON-RPC (tests/fuzz/lsp.rs).
//!
//! `cargo test --test fuzz` runs it for a few seconds; longer runs:
//! `cargo test --release --test fuzz -- --seconds 1800 [--seed N]`.
//! A failing input is written to `target/fuzz/crash-*` and the run fails;
//! `-- --replay FILE…` runs saved inputs again; copy one that showed a defect
//! into `tests/fuzz-regressions/` and every run tries it first;
//! the input being tried is always in `target/fuzz/current-SEED` (for an abort).

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use policyc::facts::SameFacts;

#[path = "it/gfm.rs"]
mod gfm;
#[path = "fuzz/lsp.rs"]
mod lsp;

/// splitmix64: small, fast, and reproducible from a seed.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    fn below(&mut self, n: usize) -> usize {
        if n == 0 {
            0
        } else {
            (self.next() % n as u64) as usize
        }
    }

    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

/// Tokens that matter to the grammar, the Markdown renderer, URLs and terminals.
const TOKENS: &[&str] = &[
    "{",
    "}",
    "{\n",
    "\n}\n",
    "\"",
    "\"\"",
    "\"\"\"",
    "\"\"\"\"",
    "\n",
    "\r\n",
    "\r",
    " ",
    "\t",
    "|",
    " | ",
    "//",
    ",",
    "\\",
    "\\n",
    "\\\"",
    "-",
    "_",
    ".",
    "after ",
    "2 years",
    "0 days",
    "99999999999999999999 years",
    "2024-02-30",
    "0000-00-00",
    "{{ ",
    " }}",
    "{{ data.",
    "{{ cookie.",
    "{{ section.",
    "{{ controller.name }}",
    "~~~",
    "```",
    "    ",
    "# ",
    "> ",
    "- ",
    "1. ",
    "[x](",
    "](#",
    "![i](https://t.example/p.gif)",
    "[^1]",
    "[^1]: n\n",
    "<script>",
    "</a>",
    "</details>",
    "\n</details>\n",
    "<details>",
    "<img src=x onerror=alert(1)>",
    "\\<img src=x>",
    "<![CDATA[",
    "<!DOCTYPE html>",
    "<?php ",
    "-->",
    "\\n</details>\\n",
    "<!--",
    "javascript&colon;",
    "javascript:",
    "&#x3A;",
    "&amp;",
    "data:",
    "https://",
    "mailto:",
    "\u{1b}[2J",
    "\u{7}",
    "\u{0}",
    "\u{feff}",
    "\u{202e}",
    "é",
    "💥",
    "::add-mask::",
    "yes",
    "no",
    "consent",
    "legitimate-interests",
    "processor",
    "first",
    "third",
    "analytics",
    "allow ",
    "topic ",
    "uses ",
    "data ",
    "purpose ",
    "section ",
    "cookies {\n",
    "text \"\"\"\n",
    "main",
    "toc-title",
    "_ga",
    "GA",
    "ga",
];

fn corpus(root: &Path) -> Vec<String> {
    let mut out = Vec::new();
    let mut stack = vec![
        root.join("policies"),
        root.join("examples"),
        root.join("tests/fixtures"),
    ];
    while let Some(d) = stack.pop() {
        let Ok(rd) = std::fs::read_dir(&d) else {
            continue;
        };
        for e in rd.flatten() {
            let p = e.path();
            if p.is_dir() {
                stack.push(p);
            } else if p.extension().is_some_and(|x| x == "policy") {
                if let Ok(t) = std::fs::read_to_string(&p) {
                    out.push(t);
                }
            }
        }
    }
    out.sort();
    out
}

/// A random place in `s` on a character boundary.
fn boundary(rng: &mut Rng, s: &str) -> usize {
    let mut i = rng.below(s.len() + 1);
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// One to eight random edits of a text: tokens in, ranges out or repeated, splices.
fn mutate(rng: &mut Rng, text: &str, corpus: &[String]) -> String {
    let mut s = text.to_string();
    for _ in 0..=rng.below(8) {
        match rng.below(7) {
            0 | 1 => {
                let at = boundary(rng, &s);
                let token = *rng.pick(TOKENS);
                s.insert_str(at, token);
            }
            2 => {
                let a = boundary(rng, &s);
                let b = boundary(rng, &s);
                let (a, b) = (a.min(b), a.max(b));
                let b = a + (b - a).min(64);
                let b = (b..=s.len())
                    .find(|i| s.is_char_boundary(*i))
                    .unwrap_or(s.len());
                s.replace_range(a..b, "");
            }
            3 => {
                let a = boundary(rng, &s);
                let b = boundary(rng, &s);
                let (a, b) = (a.min(b), a.max(b));
                let piece = s[a..b].to_string();
                let at = boundary(rng, &s);
                let times = 1 + rng.below(4);
                s.insert_str(at, &piece.repeat(times));
            }
            4 => {
                // Splice: the start of this text with the end of another.
                let other = rng.pick(corpus);
                let a = boundary(rng, &s);
                let b = boundary(rng, other);
                s.truncate(a);
                s.push_str(&other[b..]);
            }
            5 => {
                // Replace a quoted string's content with hostile words.
                if let Some(q) = s.match_indices('"').nth(rng.below(40)).map(|(i, _)| i) {
                    let words: String = (0..1 + rng.below(4)).map(|_| *rng.pick(TOKENS)).collect();
                    let words = words.replace(['"', '\n', '\r', '\\'], "");
                    s.insert_str(q + 1, &words);
                }
            }
            _ => {
                // A single random byte-level character.
                let at = boundary(rng, &s);
                let c = char::from_u32(rng.below(0x3000) as u32).unwrap_or('x');
                s.insert(at, c);
            }
        }
        if s.len() > 200_000 {
            // Cut on a character boundary at or below the limit: byte
            // 200,000 itself may fall inside a character (found by CI's run
            // with seed 1796648732175146738: the mutator, not policyc, panicked).
            let mut limit = 200_000;
            while !s.is_char_boundary(limit) {
                limit -= 1;
            }
            s.truncate(boundary(rng, &s[..limit]));
        }
    }
    s
}

fn hrefs(html: &str) -> impl Iterator<Item = &str> {
    html.match_indices("href=\"").map(move |(at, _)| {
        let rest = &html[at + 6..];
        &rest[..rest.find('"').unwrap_or(rest.len())]
    })
}

fn check_ids(what: &str, html: &str) -> Result<(), String> {
    let mut seen = std::collections::HashSet::new();
    for (at, _) in html.match_indices(" id=\"") {
        let rest = &html[at + 5..];
        let id = &rest[..rest.find('"').unwrap_or(0)];
        if !seen.insert(id) {
            return Err(format!("{what}: duplicate id {id:?}"));
        }
    }
    Ok(())
}

fn check_links(what: &str, html: &str) -> Result<(), String> {
    for h in hrefs(html) {
        // minijinja and pulldown-cmark escape attributes; a browser decodes them.
        let decoded = policyc::render::prose::decode_char_refs(h).unwrap_or_default();
        if !policyc::render::prose::safe_url(&decoded) {
            return Err(format!("{what}: link to {h:?}"));
        }
    }
    if html.contains(" src=\"") {
        return Err(format!("{what}: a remote resource"));
    }
    Ok(())
}

fn markdown_to_html(md: &str) -> String {
    let mut html = String::new();
    pulldown_cmark::html::push_html(
        &mut html,
        pulldown_cmark::Parser::new_ext(md, pulldown_cmark::Options::all()),
    );
    html
}

/// The PR comment of `new` against `old` (both compiled without errors),
/// with and without links: rendered as GitHub would, it holds no markup
/// policyc did not write, and no control character.
fn comment_case(old: &policyc::model::Policy, new: &policyc::model::Policy) -> Result<(), String> {
    let changes = policyc::diff::diff(old, new, policyc::cookies::KnowledgeBase::builtin());
    let base = "https://github.com/o/r/blob/abc";
    for links in [
        policyc::commands::diff::Links::default(),
        policyc::commands::diff::Links {
            old: Some(base.into()),
            new: Some(base.into()),
        },
    ] {
        let linked = links.new.is_some().then_some(base);
        let md =
            policyc::commands::diff::markdown("old.policy", "new\n<b>.policy", &changes, &links);
        if let Some(c) = md.chars().find(|c| c.is_control() && *c != '\n') {
            return Err(format!(
                "PR comment: the control character U+{:04X}",
                c as u32
            ));
        }
        let html = gfm::render(&md);
        let foreign = gfm::foreign_markup(&html, gfm::COMMENT_SCAFFOLDING, linked);
        if let Some(tag) = foreign.first() {
            return Err(format!("PR comment: markup from the policy: {tag}"));
        }
    }
    Ok(())
}

/// Every property for one policy text; `base`, the text it was made from, for the PR comment.
fn policy_case(
    text: &str,
    base: Option<&str>,
    templates: &policyc::render::Templates,
) -> Result<(), String> {
    let file = match policyc::source::from_bytes("fuzz.policy", text.as_bytes().to_vec()) {
        Ok(f) => f,
        Err(_) => return Ok(()),
    };
    let compiled = policyc::compile(&file);
    // Human rendering of every error (miette with the line index), and the
    // CI format: no control character of the input reaches a terminal or log.
    let human = policyc::diag::render_human(&compiled.errors, false, 80);
    let github = policyc::report::github(&compiled.errors);
    for (what, out) in [("human", &human), ("github", &github)] {
        if let Some(c) = out
            .chars()
            .find(|c| c.is_control() && !matches!(c, '\n' | '\t'))
        {
            return Err(format!(
                "{what} output has the control character U+{:04X}",
                c as u32
            ));
        }
    }
    let _ = policyc::report::sarif(&compiled.errors);
    if let Some(policy) = compiled.ok() {
        let levels = policyc::lint::config::Levels::default();
        let findings = policyc::lint::check(
            policy,
            &policyc::lint::Options {
                levels: &levels,
                today: policyc::model::Date::parse("2026-11-29").map_err(|e| e.to_string())?,
                jurisdictions: None,
                knowledge: policyc::cookies::KnowledgeBase::builtin(),
                observed: &[],
            },
        );
        let _ = policyc::diag::render_human(&findings, false, 80);
        let html = policyc::render::html(policy, templates, false).map_err(|d| d.message)?;
        check_links("html", &html)?;
        check_ids("html", &html)?;
        let md = policyc::render::markdown(policy, templates, false).map_err(|d| d.message)?;
        let md_html = markdown_to_html(&md);
        check_links("markdown", &md_html)?;
        if md_html.contains("<script") {
            return Err("markdown: a script element".into());
        }
        let _ = policyc::render::json(policy);
        // The PR comment, both ways: against the text it came from, or a small policy.
        let base = base.unwrap_or("policy \"P\" {\n  updated 2024-01-31\n}\n");
        let base_file = policyc::diag::SourceFile::new("base.policy", base.to_string());
        let base_compiled = policyc::compile(&base_file);
        if let Some(old) = base_compiled.ok() {
            comment_case(old, policy)?;
            comment_case(policy, old)?;
        }
    }
    // Parsing in pieces gives the tree of one parse.
    let whole = policyc::syntax::parse_with(&file, usize::MAX);
    let pieces = policyc::syntax::parse_with(&file, 1 + text.len() % 200);
    if whole.0 != pieces.0 || whole.1.len() != pieces.1.len() {
        return Err("parsing in pieces gives another tree".into());
    }
    // fmt round-trip.
    let (doc, errors) = policyc::syntax::parse(&file);
    if errors.is_empty() {
        let once = policyc::fmt::format(&doc);
        let refile = policyc::diag::SourceFile::new("fuzz.policy", once.clone());
        let (doc2, errors2) = policyc::syntax::parse(&refile);
        if !errors2.is_empty() {
            return Err(format!("fmt output does not parse: {}", errors2[0].message));
        }
        let twice = policyc::fmt::format(&doc2);
        if once != twice {
            return Err("fmt is not idempotent".into());
        }
        let after = policyc::compile(&refile);
        if compiled.errors.len() != after.errors.len() || !compiled.policy.same_facts(&after.policy)
        {
            return Err("fmt changed the meaning".into());
        }
    }
    Ok(())
}

/// Pieces of dates, numbers and cookie attributes for generated recordings.
const HAR_PIECES: &[&str] = &[
    "2026-11-29T01:35:37.992Z",
    "2026-02-30T25:61:61Z",
    "9999-12-31T23:59:59+23:59",
    "0000-01-01T00:00:00-00:00",
    "2026-11-29T01:35:37",
    "2026-11-29",
    "T",
    "Z",
    "+",
    "-",
    ":",
    "Wed, 21 Oct 2015 07:28:00 GMT",
    "Thu, 01-Jan-1970 00:00:00 GMT",
    "Fri, 31 Dec 99999 23:59:59 GMT",
    "Max-Age=",
    "Expires=",
    "max-age=-1",
    "Max-Age=9223372036854775807",
    "Max-Age=99999999999999999999",
    "; ",
    ";",
    "=",
    "\n",
    "Path=/",
    "Domain=.x",
    "_ga",
    "é",
    "",
    " ",
    "0",
    "-1",
    "1e308",
];

/// A recording made of random pieces: the dates and attributes that policyc computes lifetimes from.
fn har_text(rng: &mut Rng) -> String {
    let piece = |rng: &mut Rng, n: usize| -> String {
        (0..1 + rng.below(n))
            .map(|_| *rng.pick(HAR_PIECES))
            .collect()
    };
    let mut entries = Vec::new();
    for _ in 0..1 + rng.below(4) {
        let headers: Vec<serde_json::Value> = (0..rng.below(6))
            .map(|_| serde_json::json!({ "name": if rng.below(4) == 0 { "set-COOKIE" } else { "Set-Cookie" }, "value": format!("c{}={}; {}", rng.below(5), piece(rng, 2), piece(rng, 5)) }))
            .collect();
        let cookies: Vec<serde_json::Value> = (0..rng.below(6))
            .map(|_| {
                let mut c =
                    serde_json::json!({ "name": format!("c{}", rng.below(5)), "value": "v" });
                if rng.below(3) > 0 {
                    c["expires"] = serde_json::Value::String(piece(rng, 3));
                }
                c
            })
            .collect();
        let mut e = serde_json::json!({
            "request": { "url": piece(rng, 2) },
            "response": { "headers": headers, "cookies": cookies },
        });
        if rng.below(4) > 0 {
            e["startedDateTime"] = serde_json::Value::String(piece(rng, 2));
        }
        entries.push(e);
    }
    serde_json::json!({ "log": { "entries": entries } }).to_string()
}

fn har_case(text: &str) -> Result<(), String> {
    let _ = policyc::cookies::observed::parse("fuzz.har", text);
    Ok(())
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let value = |flag: &str| {
        args.iter()
            .position(|a| a == flag)
            .and_then(|i| args.get(i + 1))
            .and_then(|v| v.parse::<u64>().ok())
    };
    let seconds = value("--seconds").unwrap_or(5);
    let seed = value("--seed").unwrap_or_else(|| {
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(1, |d| d.as_nanos() as u64)
    });
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let out_dir = root.join("target").join("fuzz");
    let _ = std::fs::create_dir_all(&out_dir);
    let corpus = corpus(&root);
    assert!(!corpus.is_empty(), "no policies to start from");
    let har = std::fs::read_to_string(root.join("tests/fixtures/har/site.har")).unwrap_or_default();
    let templates = match policyc::render::Templates::load(None) {
        Ok(t) => t,
        Err(e) => panic!("built-in templates: {:?}", e.first().map(|d| &d.message)),
    };
    // `--replay FILE…`: run saved inputs again (a `.har` as a recording).
    if let Some(at) = args.iter().position(|a| a == "--replay") {
        let mut failed = 0;
        for path in &args[at + 1..] {
            let input = std::fs::read_to_string(path).unwrap_or_default();
            let result = if path.ends_with(".lsp") {
                lsp::case(&std::fs::read(path).unwrap_or_default())
            } else if path.ends_with(".har") {
                har_case(&input)
            } else {
                policy_case(&input, None, &templates)
            };
            match result {
                Ok(()) => println!("fuzz: {path}: ok"),
                Err(why) => {
                    failed += 1;
                    println!("fuzz: {path}: FAILED: {why}");
                }
            }
        }
        println!("{} passed, {failed} failed", args.len() - at - 1 - failed);
        std::process::exit(i32::from(failed > 0));
    }
    // Inputs that once failed (tests/fuzz-regressions/) run first, every time.
    let mut regressions: Vec<PathBuf> = std::fs::read_dir(root.join("tests/fuzz-regressions"))
        .map(|rd| {
            rd.flatten()
                .map(|e| e.path())
                .filter(|p| {
                    p.extension()
                        .is_some_and(|x| x == "policy" || x == "har" || x == "lsp")
                })
                .collect()
        })
        .unwrap_or_default();
    regressions.sort();
    for path in &regressions {
        let input = std::fs::read_to_string(path).unwrap_or_default();
        let is_har = path.extension().is_some_and(|x| x == "har");
        let result = if path.extension().is_some_and(|x| x == "lsp") {
            lsp::case(&std::fs::read(path).unwrap_or_default())
        } else if is_har {
            har_case(&input)
        } else {
            policy_case(&input, None, &templates)
        };
        if let Err(why) = result {
            println!("fuzz: FAILED regression {}: {why}", path.display());
            std::process::exit(1);
        }
    }
    // Panics are reported per case, not printed by the default hook.
    std::panic::set_hook(Box::new(|_| {}));
    let mut rng = Rng(seed);
    let deadline = Instant::now() + Duration::from_secs(seconds);
    let (mut cases, mut failures) = (0u64, 0u64);
    println!(
        "fuzz: seed {seed}, {seconds} s, {} seed policies, {} regressions passed",
        corpus.len(),
        regressions.len()
    );
    while Instant::now() < deadline {
        // One case in ten is a recording (HAR), one a language-server session.
        let turn = rng.below(10);
        if turn == 1 {
            let input = lsp::stream(&mut rng, &corpus);
            let _ = std::fs::write(out_dir.join(format!("current-{seed}")), &input);
            let result = std::panic::catch_unwind(|| lsp::case(&input));
            cases += 1;
            let problem = match result {
                Ok(Ok(())) => None,
                Ok(Err(why)) => Some(why),
                Err(_) => Some("panic".to_string()),
            };
            if let Some(why) = problem {
                failures += 1;
                let name = format!("crash-{seed}-{cases}.lsp");
                let _ = std::fs::write(out_dir.join(&name), &input);
                println!("fuzz: FAILED case {cases}: {why} (input in target/fuzz/{name})");
                if failures >= 20 {
                    break;
                }
            }
            continue;
        }
        let har_turn = turn == 0;
        let mut base = None;
        let input = if har_turn && rng.below(2) == 0 {
            har_text(&mut rng)
        } else {
            let start = if har_turn { &har } else { rng.pick(&corpus) };
            base = Some(start.as_str());
            mutate(&mut rng, start, &corpus)
        };
        let _ = std::fs::write(out_dir.join(format!("current-{seed}")), &input);
        let result = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
            if har_turn {
                har_case(&input)
            } else {
                policy_case(&input, base, &templates)
            }
        }));
        let problem = match result {
            Ok(Ok(())) => None,
            Ok(Err(why)) => Some(why),
            Err(panic) => Some(format!(
                "panic: {}",
                panic
                    .downcast_ref::<String>()
                    .cloned()
                    .or_else(|| panic.downcast_ref::<&str>().map(|s| s.to_string()))
                    .unwrap_or_default()
            )),
        };
        cases += 1;
        if let Some(why) = problem {
            failures += 1;
            let name = format!(
                "crash-{seed}-{cases}.{}",
                if har_turn { "har" } else { "policy" }
            );
            let _ = std::fs::write(out_dir.join(&name), &input);
            println!("fuzz: FAILED case {cases}: {why} (input in target/fuzz/{name})");
            if failures >= 20 {
                break;
            }
        }
    }
    println!("fuzz: {cases} cases, {failures} failing, seed {seed}");
    println!("{} passed, {failures} failed", cases - failures);
    if failures > 0 {
        std::process::exit(1);
    }
}

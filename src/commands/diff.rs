//! `policyc diff OLD NEW`: what changed between two versions, in legal terms.
//! OLD and NEW are paths or `REV:path` (read with `git show`).

use std::io::IsTerminal;
use std::sync::Arc;

use super::Io;
use crate::cli::{DiffArgs, DiffFormat, FailOn, EXIT_ERROR, EXIT_FINDINGS, EXIT_OK};
use crate::diag::{Code, Diagnostic, SourceFile};
pub use crate::diff::comment::{markdown, Links};
use crate::diff::{Change, Class, Place};

/// Runs `diff`.
pub fn run(args: &DiffArgs, io: &mut Io<'_>) -> i32 {
    let mut errors = Vec::new();
    let mut policies = Vec::new();
    for spec in [&args.old, &args.new] {
        match load(spec) {
            Err(d) => errors.push(*d),
            Ok(file) => {
                let compiled = crate::compile(&file);
                match compiled.policy {
                    Some(p) if compiled.errors.is_empty() => policies.push(p),
                    _ => errors.extend(compiled.errors),
                }
            }
        }
    }
    if !errors.is_empty() {
        io.report(&errors);
        return EXIT_ERROR;
    }
    let [old, new] = [&policies[0], &policies[1]];
    let changes = crate::diff::diff(old, new, crate::cookies::KnowledgeBase::builtin());
    let text = match args.format {
        DiffFormat::Human => {
            let color = std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
                && std::io::stdout().is_terminal();
            human(&args.old, &args.new, &changes, color)
        }
        DiffFormat::Markdown => markdown(
            &args.old,
            &args.new,
            &changes,
            &Links {
                old: args
                    .old_link_base
                    .clone()
                    .or_else(|| args.link_base.clone()),
                new: args.link_base.clone(),
            },
        ),
        DiffFormat::Json => json(&args.old, &args.new, &changes),
    };
    let _ = io.out.write_all(text.as_bytes());
    let material = changes.iter().any(|c| c.class == Class::Material);
    let review = changes.iter().any(|c| c.class == Class::Review);
    match args.fail_on {
        Some(FailOn::Material) if material => EXIT_FINDINGS,
        Some(FailOn::Review) if material || review => EXIT_FINDINGS,
        Some(FailOn::Any) if !changes.is_empty() => EXIT_FINDINGS,
        _ => EXIT_OK,
    }
}

/// Reads a path, or `REV:path` through git when no file has that name.
fn load(spec: &str) -> Result<Arc<SourceFile>, Box<Diagnostic>> {
    let path = std::path::Path::new(spec);
    if path.exists() {
        return crate::source::read(path);
    }
    let Some((rev, file)) = spec
        .split_once(':')
        // A revision never starts with `-`: git would read it as an option.
        .filter(|(r, f)| !r.is_empty() && !f.is_empty() && !r.starts_with('-'))
    else {
        return crate::source::read(path);
    };
    // Like a plain path, `REV:path` is read from the working directory, not
    // the repository's root: git reads `REV:./path` that way.
    let object = if file.starts_with("./") || file.starts_with("../") || file.starts_with('/') {
        format!("{rev}:{file}")
    } else {
        format!("{rev}:./{file}")
    };
    let output = std::process::Command::new("git")
        .args(["show", &object])
        .output();
    let empty = SourceFile::new(spec, "");
    match output {
        Err(e) => Err(Box::new(
            Diagnostic::error(
                Code::Io,
                &empty,
                format!("cannot run git to read `{spec}`: {e}"),
            )
            .help("install git, or give a file path"),
        )),
        Ok(o) if !o.status.success() => {
            let why = String::from_utf8_lossy(&o.stderr).trim().to_string();
            Err(Box::new(
                Diagnostic::error(Code::Io, &empty, format!("cannot read `{spec}` from git: {why}"))
                    .help("OLD and NEW are file paths or REV:path, such as HEAD~1:policies/calsoft.policy, inside a git checkout"),
            ))
        }
        Ok(o) => crate::source::from_bytes(spec, o.stdout),
    }
}

use super::check::plural;

/// A user string made harmless for a terminal.
fn visible(s: &str) -> String {
    crate::diag::escape_control(s).into_owned()
}

fn at(p: &Option<Place>) -> Option<String> {
    p.as_ref().map(|p| format!("{}:{}", p.file, p.line))
}

/// "1 sentence removed, 2 added".
fn sentence_counts(s: &[crate::diff::SentenceEdit]) -> String {
    let n = |op| s.iter().filter(|e| e.op == op).count();
    let (del, ins) = (n("delete"), n("insert"));
    match (del, ins) {
        (0, i) => format!("{} added", plural(i, "sentence")),
        (d, 0) => format!("{} removed", plural(d, "sentence")),
        (d, i) => format!("{} removed, {i} added", plural(d, "sentence")),
    }
}

/// The diff for people, in a terminal.
pub fn human(old: &str, new: &str, changes: &[Change], color: bool) -> String {
    let paint = |code: &str, s: &str| {
        if color {
            format!("\x1b[{code}m{s}\x1b[0m")
        } else {
            s.to_string()
        }
    };
    let [m, r, e] = crate::diff::counts(changes);
    let mut out = format!(
        "{} → {}: {}, {} to review, {}\n",
        visible(old),
        visible(new),
        plural(m, "material change"),
        r,
        plural(e, "editorial change")
    );
    for (class, title, code) in [
        (Class::Material, "MATERIAL", "1;31"),
        (Class::Review, "REVIEW", "1;35"),
        (Class::Editorial, "EDITORIAL", "33"),
    ] {
        let group: Vec<&Change> = changes.iter().filter(|c| c.class == class).collect();
        if group.is_empty() {
            continue;
        }
        out.push('\n');
        out.push_str(&paint(code, title));
        out.push('\n');
        for c in group {
            let field = match (c.field.as_deref(), c.subject.is_empty()) {
                (Some(f), true) => visible(f),
                // A part of the block is already in brackets: `(for)`, `(label)`.
                (Some(f), false) if f.starts_with('(') => format!(" {}", visible(f)),
                (Some(f), false) => format!(" ({})", visible(f)),
                (None, _) => String::new(),
            };
            out.push_str(&format!(
                "  {:<14} {:<8} {}{}",
                c.area,
                c.kind.word(),
                visible(&c.subject),
                field
            ));
            match (c.before.as_deref(), c.after.as_deref(), &c.sentences) {
                (_, _, Some(s)) => out.push_str(&format!(": {}", sentence_counts(s))),
                (b, a, _) if c.listed => out.push_str(&format!(
                    ":{}{}",
                    b.map_or(String::new(), |b| format!(" −{}", visible(b))),
                    a.map_or(String::new(), |a| format!(" +{}", visible(a)))
                )),
                (Some(b), Some(a), _) => {
                    out.push_str(&format!(": {} → {}", visible(b), visible(a)))
                }
                (None, Some(a), _) => out.push_str(&format!(": {}", visible(a))),
                (Some(b), None, _) => out.push_str(&format!(": was {}", visible(b))),
                (None, None, _) => {}
            }
            let place = match (at(&c.old_at), at(&c.new_at)) {
                (Some(o), Some(n)) => format!(" [{} → {}]", visible(&o), visible(&n)),
                (Some(o), None) => format!(" [{}]", visible(&o)),
                (None, Some(n)) => format!(" [{}]", visible(&n)),
                (None, None) => String::new(),
            };
            out.push_str(&paint("2", &format!(" — {}{place}", visible(&c.reason))));
            out.push('\n');
            if let Some(s) = &c.sentences {
                for e in s.iter().filter(|e| e.op != "equal") {
                    let sign = if e.op == "delete" { "-" } else { "+" };
                    out.push_str(&format!("      {sign} {}\n", visible(&e.text)));
                }
            }
        }
    }
    out
}

/// The diff as JSON.
pub fn json(old: &str, new: &str, changes: &[Change]) -> String {
    let [m, r, e] = crate::diff::counts(changes);
    let v = serde_json::json!({
        "old": old,
        "new": new,
        "summary": { "material": m, "review": r, "editorial": e },
        "changes": changes,
    });
    let mut s = crate::diag::json_visible(serde_json::to_string_pretty(&v).unwrap_or_default());
    s.push('\n');
    s
}

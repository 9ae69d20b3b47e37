//! `policyc diff OLD NEW`: what changed between two versions, in legal terms.
//! OLD and NEW are paths or `REV:path` (read with `git show`).

use std::io::IsTerminal;
use std::sync::Arc;

use super::Io;
use crate::cli::{DiffArgs, DiffFormat, FailOn, EXIT_ERROR, EXIT_FINDINGS, EXIT_OK};
use crate::diag::{Code, Diagnostic, SourceFile};
use crate::diff::{Change, Class, Kind, WordEdit};
use crate::render::prose::md_escape;

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
        DiffFormat::Markdown => markdown(&args.old, &args.new, &changes),
        DiffFormat::Json => json(&args.old, &args.new, &changes),
    };
    let _ = io.out.write_all(text.as_bytes());
    let material = changes.iter().any(|c| c.class == Class::Material);
    match args.fail_on {
        Some(FailOn::Material) if material => EXIT_FINDINGS,
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

fn counts(changes: &[Change]) -> (usize, usize) {
    let m = changes
        .iter()
        .filter(|c| c.class == Class::Material)
        .count();
    (m, changes.len() - m)
}

fn plural(n: usize, word: &str) -> String {
    format!("{n} {word}{}", if n == 1 { "" } else { "s" })
}

fn kind_word(k: Kind) -> &'static str {
    match k {
        Kind::Added => "added",
        Kind::Removed => "removed",
        Kind::Changed => "changed",
        Kind::Renamed => "renamed",
    }
}

/// The word edits with long unchanged stretches shortened, marked with `del` and `ins` wrappers.
fn words_inline(
    words: &[WordEdit],
    del: (&str, &str),
    ins: (&str, &str),
    escape: fn(&str) -> String,
) -> String {
    let mut out = String::new();
    let n = words.len();
    for (i, w) in words.iter().enumerate() {
        let text = w.text.replace('\n', " ");
        match w.op {
            "delete" => out.push_str(&format!("{}{}{}", del.0, escape(text.trim()), del.1)),
            "insert" => out.push_str(&format!("{}{}{}", ins.0, escape(text.trim()), ins.1)),
            _ => {
                let list: Vec<&str> = text.split_whitespace().collect();
                let keep = 6;
                let shown = if list.len() <= keep * 2 {
                    list.join(" ")
                } else if i == 0 {
                    format!("… {}", list[list.len() - keep..].join(" "))
                } else if i == n - 1 {
                    format!("{} …", list[..keep].join(" "))
                } else {
                    format!(
                        "{} … {}",
                        list[..keep].join(" "),
                        list[list.len() - keep..].join(" ")
                    )
                };
                out.push(' ');
                out.push_str(&escape(&shown));
                out.push(' ');
            }
        }
    }
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn visible(s: &str) -> String {
    crate::diag::escape_control(s).into_owned()
}

/// For the terminal: every text from the policies is shown with its control
/// characters and line breaks escaped ([`crate::diag::escape_control`]).
pub fn human(old: &str, new: &str, changes: &[Change], color: bool) -> String {
    let paint = |code: &str, s: &str| {
        if color {
            format!("\x1b[{code}m{s}\x1b[0m")
        } else {
            s.to_string()
        }
    };
    let (m, e) = counts(changes);
    let mut out = format!(
        "{} → {}: {}, {}\n",
        visible(old),
        visible(new),
        plural(m, "material change"),
        plural(e, "editorial change")
    );
    for (class, title, code) in [
        (Class::Material, "MATERIAL", "1;31"),
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
            let field = c
                .field
                .as_deref()
                .map(|f| format!(" ({})", visible(f)))
                .unwrap_or_default();
            out.push_str(&format!(
                "  {:<12} {:<8} {}{}",
                c.area,
                kind_word(c.kind),
                visible(&c.subject),
                field
            ));
            let (before, after) = (
                c.before.as_deref().map(visible),
                c.after.as_deref().map(visible),
            );
            match (before, after, &c.words) {
                (_, _, Some(words)) => out.push_str(&format!(
                    ": {}",
                    words_inline(words, ("[-", "-]"), ("{+", "+}"), visible)
                )),
                (Some(b), Some(a), _) => out.push_str(&format!(": {b} → {a}")),
                (None, Some(a), _) => out.push_str(&format!(": {a}")),
                (Some(b), None, _) => out.push_str(&format!(": was {b}")),
                (None, None, _) => {}
            }
            out.push_str(&paint("2", &format!(" — {}", visible(&c.reason))));
            out.push('\n');
        }
    }
    out
}

fn md_cell(s: &str) -> String {
    md_escape(s)
}

/// A pull-request comment: summary line, material changes first, a table per area, prose folded.
pub fn markdown(old: &str, new: &str, changes: &[Change]) -> String {
    let (m, e) = counts(changes);
    let mut out = format!(
        "**Privacy policy changes** `{}` → `{}`: **{}**, {}.\n",
        old.replace('`', "'"),
        new.replace('`', "'"),
        plural(m, "material change"),
        plural(e, "editorial change")
    );
    if m > 0 {
        out.push_str("\nMaterial changes may need notice to users (and, for significant changes, their acceptance) before they take effect.\n");
    }
    for (class, title, why) in [
        (Class::Material, "Material changes", "Why it is material"),
        (Class::Editorial, "Editorial changes", "Note"),
    ] {
        let group: Vec<&Change> = changes
            .iter()
            .filter(|c| c.class == class && c.words.is_none())
            .collect();
        if group.is_empty() {
            continue;
        }
        out.push_str(&format!("\n### {title}\n"));
        let mut areas: Vec<&str> = Vec::new();
        for c in &group {
            if !areas.contains(&c.area) {
                areas.push(c.area);
            }
        }
        for area in areas {
            out.push_str(&format!(
                "\n#### {}\n\n| Change | Before | After | {why} |\n| --- | --- | --- | --- |\n",
                capitalise(area)
            ));
            for c in group.iter().filter(|c| c.area == area) {
                let field = c
                    .field
                    .as_deref()
                    .map(|f| format!(" — {}", md_cell(f)))
                    .unwrap_or_default();
                out.push_str(&format!(
                    "| {} `{}`{} | {} | {} | {} |\n",
                    capitalise(kind_word(c.kind)),
                    c.subject.replace('`', "'"),
                    field,
                    c.before.as_deref().map_or(String::new(), md_cell),
                    c.after.as_deref().map_or(String::new(), md_cell),
                    md_cell(&c.reason)
                ));
            }
        }
    }
    for c in changes.iter().filter(|c| c.words.is_some()) {
        let words = c.words.as_deref().unwrap_or_default();
        out.push_str(&format!(
            "\n<details><summary>Prose: <code>{}</code> ({})</summary>\n\n{}\n\n</details>\n",
            crate::render::prose::escape_html_text(&c.subject),
            c.class_word(),
            words_inline(words, ("~~", "~~"), ("**", "**"), md_escape)
        ));
    }
    out
}

fn capitalise(s: &str) -> String {
    let mut c = s.chars();
    c.next().map_or_else(String::new, |f| {
        f.to_uppercase().collect::<String>() + c.as_str()
    })
}

impl Change {
    fn class_word(&self) -> &'static str {
        match self.class {
            Class::Material => "material",
            Class::Editorial => "editorial",
        }
    }
}

/// For machines.
pub fn json(old: &str, new: &str, changes: &[Change]) -> String {
    let (m, e) = counts(changes);
    let v = serde_json::json!({
        "old": old,
        "new": new,
        "summary": { "material": m, "editorial": e },
        "changes": changes,
    });
    let mut s = crate::diag::json_visible(serde_json::to_string_pretty(&v).unwrap_or_default());
    s.push('\n');
    s
}

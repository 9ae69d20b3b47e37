//! `policyc diff OLD NEW`: what changed between two versions, in legal terms.
//! OLD and NEW are paths or `REV:path` (read with `git show`).

use std::io::IsTerminal;
use std::sync::Arc;

use super::Io;
use crate::cli::{DiffArgs, DiffFormat, FailOn, EXIT_ERROR, EXIT_FINDINGS, EXIT_OK};
use crate::diag::{Code, Diagnostic, SourceFile};
use crate::diff::{Change, Class, Kind, Place};
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

/// How many changes of each class.
fn counts(changes: &[Change]) -> [usize; 3] {
    let n = |class| changes.iter().filter(|c| c.class == class).count();
    [n(Class::Material), n(Class::Review), n(Class::Editorial)]
}

use super::check::plural;

fn kind_word(k: Kind) -> &'static str {
    match k {
        Kind::Added => "added",
        Kind::Removed => "removed",
        Kind::Changed => "changed",
        Kind::Renamed => "renamed",
    }
}

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
    let [m, r, e] = counts(changes);
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
                (Some(f), false) => format!(" ({})", visible(f)),
                (None, _) => String::new(),
            };
            out.push_str(&format!(
                "  {:<14} {:<8} {}{}",
                c.area,
                kind_word(c.kind),
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

/// Where links to `file:line` point.
#[derive(Default)]
pub struct Links {
    /// For the old version's lines.
    pub old: Option<String>,
    /// For the new version's lines.
    pub new: Option<String>,
}

/// Policy text for a PR comment: escaped once for Markdown, and `@name`
/// broken with a zero-width space so that posting the comment pings no one.
fn md(s: &str) -> String {
    md_escape(&s.replace('\n', " ")).replace('@', "@\u{200B}")
}

/// The same for HTML inside `<summary>`.
fn html(s: &str) -> String {
    crate::render::prose::escape_html_text(s).replace('@', "@\u{200B}")
}

/// Percent-encodes what may not stand in a URL path (spaces, `#`, `?`, `%`, non-ASCII).
fn url_path(s: &str) -> String {
    let mut out = String::new();
    for b in s.bytes() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' | b'/' => {
                out.push(b as char)
            }
            _ => out.push_str(&format!("%{b:02X}")),
        }
    }
    out
}

/// `file:line`, linked when a base is given (a `REV:` prefix is not part of the path).
fn md_place(p: &Place, base: Option<&str>) -> String {
    let label = format!("{}:{}", p.file, p.line).replace('`', "'");
    match base {
        Some(base) => {
            let path = match p.file.split_once(':') {
                Some((rev, path)) if !std::path::Path::new(&p.file).exists() && !rev.is_empty() => {
                    path
                }
                _ => p.file.as_str(),
            };
            let path = path.trim_start_matches("./");
            format!(
                "[`{label}`]({}/{}#L{})",
                base.trim_end_matches('/'),
                url_path(path),
                p.line
            )
        }
        None => format!("`{label}`"),
    }
}

/// A value: short ones inline, long lists collapsed.
fn md_value(s: &str) -> String {
    let items: Vec<&str> = s.split(", ").collect();
    if items.len() > 8 || s.len() > 300 {
        format!(
            "<details><summary>{} …</summary>\n\n{}\n\n</details>",
            html(&s.chars().take(60).collect::<String>()),
            md(s)
        )
    } else {
        md(s)
    }
}

/// The pull-request comment.
pub fn markdown(old: &str, new: &str, changes: &[Change], links: &Links) -> String {
    let [m, r, e] = counts(changes);
    let mut out = format!(
        "**Privacy policy changes** `{}` → `{}`: **{}**, {} to review, {}.\n",
        old.replace('`', "'"),
        new.replace('`', "'"),
        plural(m, "material change"),
        r,
        plural(e, "editorial change")
    );
    if m > 0 {
        out.push_str("\nMaterial changes may need notice to users (and, for significant changes, their acceptance) before they take effect.\n");
    }
    if r > 0 {
        out.push_str("\nChanges to review are in the policy's own words: read them to decide whether the practice changed.\n");
    }
    for (class, title) in [
        (Class::Material, "Material changes"),
        (Class::Review, "To review"),
        (Class::Editorial, "Editorial changes"),
    ] {
        let group: Vec<&Change> = changes.iter().filter(|c| c.class == class).collect();
        if group.is_empty() {
            continue;
        }
        out.push_str(&format!("\n### {title}\n\n"));
        for c in group {
            out.push_str(&md_change(c, links));
        }
    }
    out
}

fn md_change(c: &Change, links: &Links) -> String {
    let field = c
        .field
        .as_deref()
        .map(|f| format!(" · {}", md(f)))
        .unwrap_or_default();
    let subject = if c.subject.is_empty() {
        String::new()
    } else {
        format!(
            " `{}`",
            c.subject.replace('`', "'").replace('@', "@\u{200B}")
        )
    };
    let mut line = format!("- **{}{subject}{field} {}**", md(c.area), kind_word(c.kind));
    match (c.before.as_deref(), c.after.as_deref()) {
        (b, a) if c.listed => {
            let mut parts = Vec::new();
            if let Some(b) = b {
                parts.push(format!("removed {}", md_value(b)));
            }
            if let Some(a) = a {
                parts.push(format!("added {}", md_value(a)));
            }
            line.push_str(&format!(": {}", parts.join("; ")));
        }
        (Some(b), Some(a)) => line.push_str(&format!(": {} → {}", md_value(b), md_value(a))),
        (None, Some(a)) => line.push_str(&format!(": {}", md_value(a))),
        (Some(b), None) => line.push_str(&format!(": was {}", md_value(b))),
        (None, None) => {}
    }
    line.push_str(&format!(" — {}", md(&c.reason)));
    if c.source != "—" {
        line.push_str(&format!(" ({})", md(&c.source)));
    }
    let places: Vec<String> = [
        ("old", c.old_at.as_ref(), links.old.as_deref()),
        ("new", c.new_at.as_ref(), links.new.as_deref()),
    ]
    .into_iter()
    .filter_map(|(w, p, base)| p.map(|p| format!("{w} {}", md_place(p, base))))
    .collect();
    if !places.is_empty() {
        line.push_str(&format!(" · {}", places.join(", ")));
    }
    line.push('\n');
    for (k, v) in &c.facts {
        line.push_str(&format!("  - {}: {}\n", md(k), md_value(v)));
    }
    if let Some(s) = &c.sentences {
        line.push_str(&format!(
            "\n  <details><summary>{}</summary>\n\n",
            sentence_counts(s)
        ));
        for (i, e) in s.iter().enumerate() {
            let near = |j: usize| s.get(j).is_some_and(|x| x.op != "equal");
            match e.op {
                "delete" => line.push_str(&format!("  - ~~{}~~\n", md(&e.text))),
                "insert" => line.push_str(&format!("  - **{}**\n", md(&e.text))),
                // Context: the sentences next to an edit.
                _ if near(i + 1) || (i > 0 && near(i - 1)) => {
                    line.push_str(&format!("  - {}\n", md(&e.text)))
                }
                _ => {}
            }
        }
        line.push_str("\n  </details>\n\n");
    }
    line
}

/// The diff as JSON.
pub fn json(old: &str, new: &str, changes: &[Change]) -> String {
    let [m, r, e] = counts(changes);
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

//! Findings for machines: JSON, SARIF 2.1.0 (GitHub code scanning) and
//! GitHub workflow commands. Human output is miette's, in [`crate::diag`].

use serde_json::{json, Value};

use crate::diag::{Code, Diagnostic, Severity};

/// One finding in the JSON format (field order is the format's).
#[derive(serde::Serialize)]
struct Item<'a> {
    rule: Code,
    severity: Severity,
    message: &'a str,
    file: &'a str,
    line: usize,
    column: usize,
    end_line: usize,
    end_column: usize,
    help: Option<&'a str>,
    /// The further places the finding marks (the other facts one gap
    /// concerns, the first declaration of a duplicate), in order.
    related: Vec<Related<'a>>,
}

/// A further place of a finding.
#[derive(serde::Serialize)]
struct Related<'a> {
    line: usize,
    column: usize,
    message: Option<&'a str>,
}

/// Diagnostics as a JSON array: rule, severity, message, file, line, column,
/// end_line, end_column, help, related (`{line, column, message}` for each
/// further place). Lines and columns are 1-based; columns count characters.
/// Serialized straight from the diagnostics (no JSON tree in between: 200,000
/// findings took 770 MB that way).
pub fn json(diags: &[Diagnostic]) -> String {
    let items: Vec<Item<'_>> = diags
        .iter()
        .map(|d| {
            let (line, column) = d.line_col();
            let (end_line, end_column) = d.end_line_col();
            Item {
                rule: d.code,
                severity: d.severity,
                message: &d.message,
                file: &d.file.name,
                line,
                column,
                end_line,
                end_column,
                help: d.help.as_deref(),
                related: d
                    .secondary
                    .iter()
                    .map(|l| {
                        let (line, column) = d.file.line_col(l.span.start);
                        Related {
                            line,
                            column,
                            message: l.message.as_deref(),
                        }
                    })
                    .collect(),
            }
        })
        .collect();
    crate::diag::json_visible(serde_json::to_string_pretty(&items).unwrap_or_else(|_| "[]".into()))
}

fn sarif_level(s: Severity) -> &'static str {
    match s {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Info => "note",
    }
}

/// A SARIF 2.1.0 log with one run: the driver lists every rule of the
/// registry with its documentation; results point at file regions.
pub fn sarif(diags: &[Diagnostic]) -> String {
    let rules: Vec<Value> = crate::lint::RULES
        .iter()
        .map(|r| {
            json!({
                "id": r.id,
                "shortDescription": { "text": r.summary() },
                "fullDescription": { "text": r.summary() },
                "help": { "text": r.doc, "markdown": r.doc },
                "defaultConfiguration": { "level": r.default.severity().map_or("none", sarif_level) },
                "properties": { "tags": r.jurisdictions().iter().map(|j| j.as_str()).collect::<Vec<_>>() },
            })
        })
        .collect();
    let results: Vec<Value> = diags
        .iter()
        .map(|d| {
            let (line, column) = d.line_col();
            let (end_line, end_column) = d.end_line_col();
            let mut text = d.message.clone();
            if let Some(h) = &d.help {
                text.push_str("\nhelp: ");
                text.push_str(h);
            }
            let mut result = json!({
                "ruleId": d.code,
                "level": sarif_level(d.severity),
                "message": { "text": text },
                "locations": [{
                    "physicalLocation": {
                        "artifactLocation": { "uri": uri(&repo_relative(&d.file.name)) },
                        "region": {
                            "startLine": line,
                            "startColumn": column,
                            "endLine": end_line,
                            "endColumn": end_column,
                        }
                    }
                }],
            });
            if let Some(index) = crate::lint::RULES
                .iter()
                .position(|r| Code::Rule(r.id) == d.code)
            {
                result["ruleIndex"] = json!(index);
            }
            result
        })
        .collect();
    let log = json!({
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [{
            "tool": {
                "driver": {
                    "name": "policyc",
                    "version": env!("CARGO_PKG_VERSION"),
                    "rules": rules,
                }
            },
            "results": results,
        }]
    });
    crate::diag::json_visible(serde_json::to_string_pretty(&log).unwrap_or_default())
}

/// GitHub Actions workflow commands, one line per finding.
pub fn github(diags: &[Diagnostic]) -> String {
    let mut out = String::new();
    for d in diags {
        let (line, column) = d.line_col();
        let (end_line, end_column) = d.end_line_col();
        let command = match d.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Info => "notice",
        };
        let mut message = d.message.clone();
        if let Some(h) = &d.help {
            message.push_str("\nhelp: ");
            message.push_str(h);
        }
        out.push_str(&format!(
            "::{command} file={},line={line},col={column},endLine={end_line},endColumn={end_column},title={}::{}\n",
            escape_property(&repo_relative(&d.file.name)),
            escape_property(d.code.as_str()),
            escape_data(&message)
        ));
    }
    out
}

/// A file's path as GitHub resolves it in annotations and code scanning:
/// relative to the root of the repository that holds it (`$GITHUB_WORKSPACE`
/// when set, else the nearest folder with a `.git`), with `/` between
/// segments, wherever policyc was run from. A file outside any repository
/// (or that cannot be found) keeps the path it was given.
pub fn repo_relative(name: &str) -> String {
    let Ok(file) = std::fs::canonicalize(name) else {
        return name.to_string();
    };
    let workspace = std::env::var_os("GITHUB_WORKSPACE")
        .and_then(|w| std::fs::canonicalize(w).ok())
        .filter(|w| file.starts_with(w));
    let root = workspace.or_else(|| {
        file.ancestors()
            .skip(1)
            .find(|dir| dir.join(".git").exists())
            .map(std::path::Path::to_path_buf)
    });
    match root.as_deref().and_then(|r| file.strip_prefix(r).ok()) {
        Some(relative) => relative
            .components()
            .map(|c| c.as_os_str().to_string_lossy())
            .collect::<Vec<_>>()
            .join("/"),
        None => name.to_string(),
    }
}

/// A file path as a relative URI reference (RFC 3986): `/` between
/// segments, and every byte that is not unreserved percent-encoded, so that a
/// name with spaces, `#` or `%` points at the file, not at a fragment.
pub fn uri(path: &str) -> String {
    let mut out = String::with_capacity(path.len());
    for b in path.replace('\\', "/").bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~' | b'/') {
            out.push(char::from(b));
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// A workflow command's message: the runner decodes `%25`, `%0D` and `%0A`;
/// other control characters are written as visible escapes so that none
/// reaches the log.
fn escape_data(s: &str) -> String {
    let visible: String = s
        .split('\n')
        .map(|line| crate::diag::escape_control(line).into_owned())
        .collect::<Vec<_>>()
        .join("\n");
    visible
        .replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

fn escape_property(s: &str) -> String {
    escape_data(s).replace(':', "%3A").replace(',', "%2C")
}

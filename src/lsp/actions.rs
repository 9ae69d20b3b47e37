//! Code actions: the fixes that are obvious from a finding. Each writes a
//! stub the writer completes (a `…` or a `TODO` comment), never a legal fact
//! the policy did not state.

use crate::syntax::Keyword;
use std::collections::HashMap;

use lsp_types::{CodeAction, CodeActionKind, Range, TextEdit, Uri, WorkspaceEdit};

use super::analysis::Analysis;
use super::index::Kind;
use crate::diag::{Code, Diagnostic};
use crate::model::Column;
use crate::syntax::ast::{Node, Statement};

/// The quick fixes for the findings overlapping `range`.
// `WorkspaceEdit::changes` is keyed by `Uri`, whose hash never changes: the lint is a false alarm.
#[allow(clippy::mutable_key_type)]
pub fn code_actions(a: &Analysis, uri: &Uri, range: Range) -> Vec<CodeAction> {
    let lsp_diags = a.diagnostics(uri);
    let mut out = Vec::new();
    for d in a.diagnostics_in(range) {
        let Some(i) = a.diags.iter().position(|x| std::ptr::eq(x, d)) else {
            continue;
        };
        let fix = match d.code {
            Code::Rule("missing-retention-period") => add_retention(a, d),
            Code::Rule("cookie-undisclosed") => add_cookie_row(a, d),
            Code::Rule(_) => add_right(a, d),
            _ => None,
        };
        let Some((title, edits)) = fix else { continue };
        let mut changes = HashMap::new();
        changes.insert(uri.clone(), edits);
        out.push(CodeAction {
            title,
            kind: Some(CodeActionKind::QUICKFIX),
            diagnostics: lsp_diags.get(i).cloned().map(|x| vec![x]),
            edit: Some(WorkspaceEdit {
                changes: Some(changes),
                ..WorkspaceEdit::default()
            }),
            is_preferred: Some(true),
            ..CodeAction::default()
        });
    }
    out
}

/// The leading whitespace of the line holding `offset`.
fn indent_at(text: &str, offset: usize) -> String {
    let offset = offset.min(text.len());
    let start = text[..offset].rfind('\n').map_or(0, |i| i + 1);
    text[start..]
        .chars()
        .take_while(|c| *c == ' ' || *c == '\t')
        .collect()
}

/// Inserts lines at the end of a statement's block (or gives it one), indented one level deeper.
fn append_to_block(a: &Analysis, s: &Statement, lines: &[String]) -> TextEdit {
    let text: &str = &a.file.text;
    let outer = indent_at(text, s.span.start);
    let inner = format!("{outer}  ");
    let body: String = lines.iter().map(|l| format!("{inner}{l}\n")).collect();
    match &s.block {
        Some(b) => {
            let close = b.span.end.saturating_sub(1);
            let line_start = text[..close].rfind('\n').map_or(0, |i| i + 1);
            if text[line_start..close].trim().is_empty() && line_start > b.span.start {
                let at = a.lines.position(line_start);
                TextEdit::new(Range::new(at, at), body)
            } else {
                let at = a.lines.position(close);
                TextEdit::new(Range::new(at, at), format!("\n{body}{outer}"))
            }
        }
        None => {
            let at = a.lines.position(s.span.end);
            TextEdit::new(Range::new(at, at), format!(" {{\n{body}{outer}}}"))
        }
    }
}

/// Appends a block at the end of the file.
fn append_to_file(a: &Analysis, block: &str) -> TextEdit {
    let text: &str = &a.file.text;
    let sep = if text.is_empty() || text.ends_with("\n\n") {
        ""
    } else if text.ends_with('\n') {
        "\n"
    } else {
        "\n\n"
    };
    let at = a.lines.position(text.len());
    TextEdit::new(Range::new(at, at), format!("{sep}{block}\n"))
}

fn top_statement(a: &Analysis, pred: impl Fn(&Statement) -> bool) -> Option<&Statement> {
    a.doc.entries.iter().find_map(|e| match &e.node {
        Node::Statement(s) if pred(s) => Some(s),
        _ => None,
    })
}

fn add_retention(a: &Analysis, d: &Diagnostic) -> Option<(String, Vec<TextEdit>)> {
    let span = d.primary.as_ref()?.span;
    let o = a
        .index
        .occurrences
        .iter()
        .find(|o| o.decl && o.kind == Kind::Data && o.span == span)?;
    let s = top_statement(a, |s| s.span == o.whole)?;
    let edit = append_to_block(
        a,
        s,
        &["retention 1 year // TODO: how long is it really kept?".to_string()],
    );
    Some((format!("Add a `retention` to `data {}`", o.id), vec![edit]))
}

/// `add \`right erasure "…"\` to \`rights\``: the statement in the help, added to `rights`.
fn add_right(a: &Analysis, d: &Diagnostic) -> Option<(String, Vec<TextEdit>)> {
    let help = d.help.as_deref()?;
    let start = help.find("`right ")? + 1;
    let snippet = &help[start..start + help[start..].find('`')?];
    // `right complain "…" { authority "…" }` is written over three lines.
    let lines: Vec<String> = match snippet.split_once(" { ") {
        Some((head, rest)) => {
            let inner = rest.trim_end_matches('}').trim();
            vec![format!("{head} {{"), format!("  {inner}"), "}".to_string()]
        }
        None => vec![snippet.to_string()],
    };
    let kind = snippet.split_whitespace().nth(1).unwrap_or("right");
    let title = format!("Add `right {kind}` to `rights`");
    let edit = match top_statement(a, |s| s.kw == Some(Keyword::Rights)) {
        Some(s) => append_to_block(a, s, &lines),
        None => {
            let body: String = lines.iter().map(|l| format!("  {l}\n")).collect();
            append_to_file(a, &format!("rights {{\n{body}}}"))
        }
    };
    Some((title, vec![edit]))
}

fn add_cookie_row(a: &Analysis, d: &Diagnostic) -> Option<(String, Vec<TextEdit>)> {
    let kb = crate::cookies::KnowledgeBase::builtin();
    let (index, vendor) = kb.vendors.iter().enumerate().find(|(_, v)| {
        d.message
            .starts_with(&format!("the policy names {}, ", v.name))
    })?;
    let known = kb.cookies_of(index).next()?;
    let name = if known.prefix {
        format!("{}*", known.name)
    } else {
        known.name.clone()
    };
    let cell = |c: Option<Column>| -> String {
        match c {
            Some(Column::Name) => name.clone(),
            Some(Column::Provider) => vendor.name.clone(),
            Some(Column::Party) => known.party.map_or(String::new(), |p| p.to_string()),
            Some(Column::Category) => known.category.to_string(),
            Some(Column::Lifetime) => known
                .lifetime
                .as_ref()
                .map_or(String::new(), ToString::to_string),
            Some(Column::Purpose) => "…".into(),
            Some(Column::Domain) | None => String::new(),
        }
    };
    let row_of = |cols: &[Option<Column>]| -> String {
        let cells: Vec<String> = cols.iter().map(|c| cell(*c)).collect();
        format!("| {} |", cells.join(" | "))
    };
    let default_cols = [
        Some(Column::Name),
        Some(Column::Provider),
        Some(Column::Party),
        Some(Column::Category),
        Some(Column::Lifetime),
        Some(Column::Purpose),
    ];
    let header = "| name | provider | party | category | lifetime | purpose |".to_string();
    let title = format!(
        "Add a row for `{name}` ({}) to the cookie table",
        vendor.name
    );
    let text: &str = &a.file.text;
    let edit = match (
        &a.index.table,
        top_statement(a, |s| s.kw == Some(Keyword::Cookies)),
    ) {
        (Some(t), Some(_)) if !t.columns.is_empty() => {
            let row = row_of(&t.columns);
            let indent = indent_at(text, t.last_row.start);
            let at = a.lines.position(t.last_row.end);
            TextEdit::new(Range::new(at, at), format!("\n{indent}{row}"))
        }
        (_, Some(s)) => append_to_block(a, s, &[header, row_of(&default_cols)]),
        (_, None) => append_to_file(
            a,
            &format!("cookies {{\n  {header}\n  {}\n}}", row_of(&default_cols)),
        ),
    };
    Some((title, vec![edit]))
}

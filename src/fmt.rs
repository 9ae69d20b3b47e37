//! The canonical layout of a policy source: two-space indentation, one
//! statement per line, `, ` between list values, cookie-table columns
//! aligned, at most one blank line in a row, comments kept where they were.
//! Order is kept as written. [`format`] prints the syntax tree; it never
//! changes what the file means (tested: the model of the output equals the
//! model of the input) and formatting twice changes nothing.

use crate::syntax::ast::{
    Block, Comment, Document, Entry, List, Node, Row, Statement, Value, ValueKind,
};

/// Prints a document in the canonical layout.
pub fn format(doc: &Document) -> String {
    let mut out = String::new();
    entries(&mut out, &doc.entries, &doc.end_comments, 0);
    while out.ends_with("\n\n") {
        out.pop();
    }
    out
}

fn indent(out: &mut String, depth: usize) {
    for _ in 0..depth {
        out.push_str("  ");
    }
}

fn comment(out: &mut String, c: &Comment, depth: usize) {
    if c.blank_before {
        out.push('\n');
    }
    indent(out, depth);
    out.push_str("//");
    out.push_str(&c.text);
    out.push('\n');
}

fn entries(out: &mut String, list: &[Entry], end_comments: &[Comment], depth: usize) {
    // All rows of a block form one table: its columns are aligned together.
    let rows: Vec<&Row> = list
        .iter()
        .filter_map(|e| match &e.node {
            Node::Row(r) => Some(r),
            Node::Statement(_) => None,
        })
        .collect();
    let widths = column_widths(&rows);
    for e in list {
        for c in &e.comments {
            comment(out, c, depth);
        }
        if e.blank_before {
            out.push('\n');
        }
        match &e.node {
            Node::Statement(s) => {
                statement(out, s, depth);
                if let Some(c) = &e.trailing {
                    out.push_str(" //");
                    out.push_str(&c.text);
                }
            }
            Node::Row(r) => row(out, r, &widths, depth),
        }
        out.push('\n');
    }
    for c in end_comments {
        comment(out, c, depth);
    }
}

fn statement(out: &mut String, s: &Statement, depth: usize) {
    indent(out, depth);
    out.push_str(&s.keyword.text);
    for list in &s.args {
        out.push(' ');
        values(out, list, depth);
    }
    if let Some(b) = &s.block {
        block(out, b, depth);
    }
}

fn values(out: &mut String, list: &List, depth: usize) {
    for (i, v) in list.values.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        value(out, v, depth);
    }
}

fn value(out: &mut String, v: &Value, depth: usize) {
    match &v.kind {
        ValueKind::Date(s) | ValueKind::Number(s) | ValueKind::Word(s) => out.push_str(s),
        ValueKind::Duration(d) => {
            out.push_str(&d.amount);
            out.push(' ');
            out.push_str(&d.unit);
            if let Some(t) = &d.trigger {
                out.push_str(" after ");
                out.push_str(&t.text);
            }
        }
        ValueKind::Str(s) => {
            out.push('"');
            for c in s.chars() {
                match c {
                    '"' => out.push_str("\\\""),
                    '\\' => out.push_str("\\\\"),
                    '\n' => out.push_str("\\n"),
                    c => out.push(c),
                }
            }
            out.push('"');
        }
        ValueKind::Text(text) => {
            out.push_str("\"\"\"\n");
            for line in text.split('\n') {
                if !line.is_empty() {
                    indent(out, depth + 1);
                    out.push_str(line);
                }
                out.push('\n');
            }
            indent(out, depth);
            out.push_str("\"\"\"");
        }
    }
}

fn block(out: &mut String, b: &Block, depth: usize) {
    out.push_str(" {");
    if let Some(c) = &b.open_comment {
        out.push_str(" //");
        out.push_str(&c.text);
    }
    out.push('\n');
    entries(out, &b.entries, &b.end_comments, depth + 1);
    indent(out, depth);
    out.push('}');
}

fn column_widths(rows: &[&Row]) -> Vec<usize> {
    let columns = rows.iter().map(|r| r.cells.len()).max().unwrap_or(0);
    let mut widths = vec![3usize; columns];
    // Every row counts towards the number of columns; separators do not widen them.
    for r in rows.iter().filter(|r| !r.is_separator()) {
        for (i, c) in r.cells.iter().enumerate() {
            widths[i] = widths[i].max(c.text.chars().count());
        }
    }
    widths
}

fn row(out: &mut String, r: &Row, widths: &[usize], depth: usize) {
    indent(out, depth);
    out.push('|');
    for (c, w) in r.cells.iter().zip(widths) {
        out.push(' ');
        if r.is_separator() {
            let left = c.text.starts_with(':');
            let right = c.text.ends_with(':');
            if left {
                out.push(':');
            }
            out.push_str(&"-".repeat(w - usize::from(left) - usize::from(right)));
            if right {
                out.push(':');
            }
        } else {
            out.push_str(&c.text);
            out.push_str(&" ".repeat(w - c.text.chars().count()));
        }
        out.push_str(" |");
    }
}

//! From syntax tree to [`Policy`]: the top level is walked against the
//! schema ([`super::blocks::TOP`]), then references are checked now that every
//! id is known, and placeholders in prose are resolved. Every problem becomes
//! a diagnostic and resolution goes on, so one run reports all of them.

use std::sync::Arc;

use super::blocks::{Builder, TOP};
use super::lower::Lower;
use super::prose::Known;
use super::*;
use crate::diag::{Code, Diagnostic, SourceFile, Span};
use crate::syntax::ast::{Document, Node};

/// Resolves a parsed document into a policy. The policy is `None` only when
/// the document has no `policy` statement; the diagnostics list every problem.
pub fn resolve(file: &Arc<SourceFile>, doc: &Document) -> (Option<Policy>, Vec<Diagnostic>) {
    let mut cx = Lower::new(file);
    let mut b = Builder::default();
    let first = first_statement(doc);
    cx.entries(&TOP, &doc.entries, Span::new(0, file.text.len()), &mut b);
    complete(cx, b, first)
}

/// [`resolve`], consuming the tree: each top-level statement is dropped as
/// soon as it is read, so that the tree and the model are never both whole
/// (for commands that need no tree afterwards).
pub fn resolve_owned(file: &Arc<SourceFile>, doc: Document) -> (Option<Policy>, Vec<Diagnostic>) {
    let mut cx = Lower::new(file);
    let mut b = Builder::default();
    let first = first_statement(&doc);
    cx.entries_owned(&TOP, doc.entries, Span::new(0, file.text.len()), &mut b);
    complete(cx, b, first)
}

/// Where the file's first entry starts (`None` for an empty file): where a
/// missing `policy` statement is reported.
fn first_statement(doc: &Document) -> Option<Span> {
    doc.entries.first().map(|e| match &e.node {
        Node::Statement(s) => s.keyword.span,
        Node::Row(r) => r.span,
    })
}

/// What follows reading the statements: references checked, `covers`
/// linked, placeholders resolved, the policy put together.
fn complete(
    mut cx: Lower,
    mut b: Builder,
    first: Option<Span>,
) -> (Option<Policy>, Vec<Diagnostic>) {
    // `uses all` means every category the file declares.
    for p in b.purposes.iter_mut().filter(|p| p.uses_all) {
        p.uses = b
            .data
            .iter()
            .map(|d| Spanned::new(d.id.value.clone(), p.id.span))
            .collect();
    }
    check_references(&mut cx, &b);
    link_covered_purposes(&mut b);
    let bodies: Vec<Vec<Segment>> = {
        let known = Known::new(&b);
        b.sections
            .iter()
            .map(|s| cx.segments(&s.source, &known))
            .collect()
    };
    for (s, body) in b.sections.iter_mut().zip(bodies) {
        s.body = body;
    }
    let policy = finish(&mut cx, first, b);
    (policy, cx.diags)
}

/// A basis whose `covers` names a purpose is a basis of that purpose, as the
/// policy's own list of bases says.
fn link_covered_purposes(b: &mut Builder) {
    let links: Vec<(String, Spanned<String>)> = b
        .bases
        .iter()
        .flat_map(|basis| {
            let named = basis.covers_purposes.iter().map(|p| {
                (
                    p.value.clone(),
                    Spanned::new(basis.id.value.clone(), p.span),
                )
            });
            // `covers all`: every purpose, linked at the basis's id.
            let all = b.purposes.iter().filter(|_| basis.covers_all).map(|p| {
                (
                    p.id.value.clone(),
                    Spanned::new(basis.id.value.clone(), basis.id.span),
                )
            });
            named.chain(all).collect::<Vec<_>>()
        })
        .collect();
    let index: std::collections::HashMap<String, usize> = b
        .purposes
        .iter()
        .enumerate()
        .map(|(i, p)| (p.id.value.clone(), i))
        .collect();
    for (purpose, basis) in links {
        let Some(p) = index.get(&purpose).and_then(|i| b.purposes.get_mut(*i)) else {
            continue;
        };
        if p.bases.iter().any(|x| x.value == basis.value) {
            continue;
        }
        p.bases.push(basis.clone());
        let single = p.alternatives.len() == 1;
        match p.alternatives.first_mut() {
            Some(a) if single => a.bases.push(basis),
            Some(_) => {}
            None => p.alternatives.push(Alternative {
                grounds: Vec::new(),
                bases: vec![basis],
                condition: None,
                scope: Scope::default(),
            }),
        }
    }
}

/// Every reference points at a declaration of its kind.
fn check_references(cx: &mut Lower, b: &Builder) {
    for p in &b.purposes {
        for u in &p.uses {
            cx.check_reference("data category", u);
        }
        for r in &p.bases {
            cx.check_reference("basis", r);
        }
    }
    for basis in &b.bases {
        for p in &basis.covers_purposes {
            cx.check_reference("purpose", p);
        }
    }
    for r in &b.recipients {
        for u in &r.receives {
            cx.check_reference("data category", u);
        }
    }
    for t in &b.transfers {
        for u in &t.data {
            cx.check_reference("data category", u);
        }
    }
}

fn finish(cx: &mut Lower, first: Option<Span>, b: Builder) -> Option<Policy> {
    let Some(meta) = b.meta else {
        let span = first.unwrap_or(Span::new(0, 0));
        let (msg, label) = if first.is_none() {
            ("this policy is empty", "no statements in this file")
        } else {
            (
                "this policy has no `policy` statement",
                "the first statement",
            )
        };
        cx.error(Code::MissingPolicyStatement, span, msg, label);
        cx.help("start the file with a `policy \"Privacy Policy\" {` block that gives its `updated` date; `policyc init` writes a starter");
        return None;
    };
    Some(Policy {
        file: Arc::clone(&cx.file),
        meta,
        controller: b.controller,
        regional_controllers: b.regional_controllers,
        regional_dpos: b.regional_dpos,
        dpo: b.dpo,
        representatives: b.representatives,
        data: b.data,
        bases: b.bases,
        purposes: b.purposes,
        recipients: b.recipients,
        no_recipients: b.no_recipients,
        transfers: b.transfers,
        retention: b.retention,
        rights: b.rights,
        children: b.children,
        cookies: b.cookies,
        trackers: b.trackers,
        statements: b.statements,
        security: b.security,
        changes: b.changes,
        sections: b.sections,
        allows: std::mem::take(&mut cx.allows),
        index: Index::default(),
    })
}

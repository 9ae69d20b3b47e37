//! One document as the editor sees it: compiled, checked and indexed, with
//! every feature answered from that. Each answer is computed from plain data
//! and clamps what the client sends, so no request can make it panic.

use crate::syntax::Keyword;
use std::sync::Arc;

use lsp_types::{
    CompletionItem, CompletionItemKind, Diagnostic as LspDiagnostic, DiagnosticRelatedInformation,
    DiagnosticSeverity, DocumentSymbol, Documentation, Hover, HoverContents, Location,
    MarkupContent, MarkupKind, NumberOrString, Position, Range, SymbolKind, TextEdit, Uri,
};

use super::index::{block_of, place, Index, Kind};
use super::text::LineIndex;
use crate::diag::{Code, Diagnostic, Severity, SourceFile, Span};
use crate::model::schema::{Shape, Vocabulary};
use crate::model::{Column, CookieCategory, CookieParty, Ground, Policy};
use crate::session::Session;
use crate::syntax::ast::{Document, Entry, Node, Statement, ValueKind};

/// Words the language reads in an id's place (`for REGIONS` after a
/// statement's arguments), so an id may not be one of them.
pub const RESERVED: &[&str] = &["for"];

/// A compiled, checked and indexed document.
pub struct Analysis {
    /// The source.
    pub file: Arc<SourceFile>,
    /// What parsed.
    pub doc: Document,
    /// The policy, when one could be built (even with errors).
    pub policy: Option<Policy>,
    /// Syntax and resolution errors, then the rules' findings.
    pub diags: Vec<Diagnostic>,
    /// Ids and keywords.
    pub index: Index,
    /// Positions.
    pub lines: LineIndex,
    /// Whether the syntax tree is the whole file (no syntax error).
    pub parsed: bool,
}

impl Analysis {
    /// Compiles, checks and indexes a text. The rules run on whatever part of
    /// the policy could be built, so that findings show while a line is broken.
    pub fn new(name: &str, text: &str, setup: &Session) -> Analysis {
        let file = SourceFile::new(name, text);
        let lines = LineIndex::new(Arc::clone(&file.text));
        if text.len() as u64 > crate::source::MAX_SOURCE_BYTES {
            let d = Diagnostic::error(
                Code::TooLarge,
                &file,
                format!(
                    "this file is {} bytes, over the limit of {} MiB ({} bytes) that policyc reads",
                    text.len(),
                    crate::source::MAX_SOURCE_BYTES / 1_048_576,
                    crate::source::MAX_SOURCE_BYTES
                ),
            )
            .at(Span::new(0, 0), "too large to check");
            return Analysis {
                file,
                doc: Document {
                    entries: Vec::new(),
                    end_comments: Vec::new(),
                },
                policy: None,
                diags: vec![d],
                index: Index::default(),
                lines,
                parsed: false,
            };
        }
        let (doc, compiled) = crate::compile_with_tree(&file);
        let parsed = !compiled.errors.iter().any(|d| d.code == Code::Syntax);
        let mut diags = compiled.errors;
        if let Some(p) = &compiled.policy {
            diags.extend(setup.lint(p));
        }
        let index = Index::new(&doc, text);
        Analysis {
            file,
            doc,
            policy: compiled.policy,
            diags,
            index,
            lines,
            parsed,
        }
    }

    fn text(&self) -> &str {
        &self.file.text
    }

    /// The diagnostics in the protocol's terms.
    pub fn diagnostics(&self, uri: &Uri) -> Vec<LspDiagnostic> {
        self.diags
            .iter()
            .map(|d| {
                let span = d.primary.as_ref().map_or(Span::new(0, 0), |l| l.span);
                let mut message = d.message.clone();
                if let Some(h) = &d.help {
                    message.push_str("\nhelp: ");
                    message.push_str(h);
                }
                let related: Vec<DiagnosticRelatedInformation> = d
                    .secondary
                    .iter()
                    .map(|l| DiagnosticRelatedInformation {
                        location: Location::new(uri.clone(), self.lines.range(l.span)),
                        message: l.message.clone().unwrap_or_default(),
                    })
                    .collect();
                LspDiagnostic {
                    range: self.lines.range(span),
                    severity: Some(match d.severity {
                        Severity::Error => DiagnosticSeverity::ERROR,
                        Severity::Warning => DiagnosticSeverity::WARNING,
                        Severity::Info => DiagnosticSeverity::INFORMATION,
                    }),
                    code: Some(NumberOrString::String(d.code.as_str().to_string())),
                    source: Some("policyc".into()),
                    message,
                    related_information: (!related.is_empty()).then_some(related),
                    ..LspDiagnostic::default()
                }
            })
            .collect()
    }

    /// Hover: the rule behind a finding, the fact an id names, what the
    /// knowledge base knows about a cookie, what a statement states.
    pub fn hover(&self, pos: Position) -> Option<Hover> {
        let at = self.lines.offset(pos);
        let mut parts: Vec<String> = Vec::new();
        let mut range: Option<Span> = None;
        for d in &self.diags {
            let Some(l) = &d.primary else { continue };
            if !(l.span.start <= at && at <= l.span.end) {
                continue;
            }
            range.get_or_insert(l.span);
            match d.code {
                Code::Rule(id) => {
                    let doc = crate::lint::find(id).map_or(String::new(), |r| r.doc.to_string());
                    parts.push(format!("**{id}**: {}\n\n{doc}", d.message));
                }
                code => parts.push(format!(
                    "**{code}**: {}{}",
                    d.message,
                    d.help
                        .as_ref()
                        .map_or(String::new(), |h| format!("\n\nhelp: {h}"))
                )),
            }
        }
        if let Some(o) = self.index.at(at) {
            range = Some(o.span);
            parts.push(self.describe_id(o.kind, &o.id));
        } else if let Some((span, info)) = self.index.keyword_at(at) {
            range = Some(*span);
            let syntax = info.shape.syntax();
            let block = if info.block.is_some() { " { … }" } else { "" };
            parts.push(format!(
                "```policy\n{} {syntax}{block}\n```\n\n{}",
                info.keyword, info.doc
            ));
        }
        if parts.is_empty() {
            return None;
        }
        Some(Hover {
            contents: HoverContents::Markup(MarkupContent {
                kind: MarkupKind::Markdown,
                value: parts.join("\n\n---\n\n"),
            }),
            range: range.map(|s| self.lines.range(s)),
        })
    }

    /// What an id names: its declaration as written; for a cookie, what the knowledge base knows too.
    fn describe_id(&self, kind: Kind, id: &str) -> String {
        let mut out = Vec::new();
        let decls: Vec<Span> = self
            .index
            .all(kind, id)
            .filter(|o| o.decl)
            .map(|o| o.whole)
            .collect();
        match decls.first() {
            Some(whole) => {
                let src = self.text().get(whole.start..whole.end).unwrap_or("");
                let mut lines: Vec<&str> = src.lines().collect();
                if lines.len() > 25 {
                    lines.truncate(25);
                    lines.push("  …");
                }
                out.push(format!("```policy\n{}\n```", lines.join("\n")));
            }
            None => out.push(format!(
                "no {} `{id}` is declared in this file",
                kind.word()
            )),
        }
        if kind == Kind::Cookie {
            out.push(cookie_facts(id));
        }
        out.join("\n\n")
    }

    /// Definition: where the id at `pos` is declared.
    pub fn definition(&self, uri: &Uri, pos: Position) -> Vec<Location> {
        let at = self.lines.offset(pos);
        let Some(o) = self.index.at(at) else {
            return Vec::new();
        };
        self.index
            .all(o.kind, &o.id)
            .filter(|x| x.decl)
            .map(|x| Location::new(uri.clone(), self.lines.range(x.span)))
            .collect()
    }

    /// References: every place the id at `pos` is written.
    pub fn references(&self, uri: &Uri, pos: Position, with_decl: bool) -> Vec<Location> {
        let at = self.lines.offset(pos);
        let Some(o) = self.index.at(at) else {
            return Vec::new();
        };
        self.index
            .all(o.kind, &o.id)
            .filter(|x| with_decl || !x.decl)
            .map(|x| Location::new(uri.clone(), self.lines.range(x.span)))
            .collect()
    }

    /// The range of the id a rename would change, and the id as the
    /// placeholder; `None` (the editor refuses the rename) where no id is.
    pub fn prepare_rename(&self, pos: Position) -> Option<lsp_types::PrepareRenameResponse> {
        let at = self.lines.offset(pos);
        self.index
            .at(at)
            .map(|o| lsp_types::PrepareRenameResponse::RangeWithPlaceholder {
                range: self.lines.range(o.span),
                placeholder: o.id.clone(),
            })
    }

    /// Rename: the edits that rename the id at `pos` everywhere, placeholders included.
    pub fn rename(&self, pos: Position, new_name: &str) -> Result<Vec<TextEdit>, String> {
        let at = self.lines.offset(pos);
        let Some(o) = self.index.at(at) else {
            return Err("there is no id here to rename".into());
        };
        let valid = match o.kind {
            Kind::Cookie => {
                !new_name.is_empty()
                    && !new_name.contains(['|', '{', '}', '\n', '\r'])
                    && new_name.trim() == new_name
            }
            _ => {
                new_name.starts_with(|c: char| c.is_ascii_alphabetic() || c == '_')
                    && new_name
                        .chars()
                        .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.'))
            }
        };
        if !valid {
            return Err(format!(
                "`{new_name}` is not a valid {} id: use letters, digits, `-` and `_`, starting with a letter",
                o.kind.word()
            ));
        }
        let word = o.kind.word();
        if new_name == o.id {
            return Ok(Vec::new());
        }
        if o.kind != Kind::Cookie && RESERVED.contains(&new_name) {
            return Err(format!(
                "`{new_name}` is a word of the policy language and cannot be a {word} id"
            ));
        }
        if self.index.all(o.kind, new_name).next().is_some() {
            return Err(format!(
                "there is already a {word} `{new_name}`: renaming `{}` onto it would merge the two",
                o.id
            ));
        }
        let spans: Vec<Span> = self.index.all(o.kind, &o.id).map(|x| x.span).collect();
        self.check_rename(o.kind, &spans, new_name)?;
        Ok(spans
            .iter()
            .map(|s| TextEdit::new(self.lines.range(*s), new_name.to_string()))
            .collect())
    }

    /// Refuses a rename that would change how the file reads: the renamed
    /// text must compile with the same errors as before, and the new id must
    /// be found at exactly the places the old one was.
    fn check_rename(&self, kind: Kind, spans: &[Span], new_name: &str) -> Result<(), String> {
        let mut sorted = spans.to_vec();
        sorted.sort_by_key(|s| s.start);
        let text = self.text();
        let mut renamed = String::with_capacity(text.len());
        let mut at = 0;
        for s in &sorted {
            if s.start < at || s.end > text.len() {
                return Err("the id's occurrences overlap; rename it by hand".into());
            }
            renamed.push_str(&text[at..s.start]);
            renamed.push_str(new_name);
            at = s.end;
        }
        renamed.push_str(&text[at..]);
        let codes = |t: &str| {
            let file = SourceFile::new(&self.file.name, t);
            let (doc, compiled) = crate::compile_with_tree(&file);
            let mut codes: Vec<String> =
                compiled.errors.iter().map(|d| d.code.to_string()).collect();
            codes.sort();
            (doc, codes)
        };
        let (_, before) = codes(text);
        let (doc, after) = codes(&renamed);
        let found = Index::new(&doc, &renamed).all(kind, new_name).count();
        if after != before || found != spans.len() {
            return Err(format!(
                "renaming to `{new_name}` would change how the file reads (the {} id would no longer be found everywhere it is used); choose another name",
                kind.word()
            ));
        }
        Ok(())
    }

    /// Formatting: the whole file in the canonical layout; nothing for a file with syntax errors.
    pub fn format(&self) -> Option<Vec<TextEdit>> {
        if !self.parsed || self.diags.iter().any(|d| d.code == Code::TooLarge) {
            return None;
        }
        let formatted = crate::fmt::format(&self.doc);
        if formatted == self.text() {
            return Some(Vec::new());
        }
        Some(vec![TextEdit::new(self.lines.whole(), formatted)])
    }

    /// The outline: top-level statements, the statements and table rows inside.
    pub fn symbols(&self) -> Vec<DocumentSymbol> {
        self.doc
            .entries
            .iter()
            .filter_map(|e| self.symbol(e, 0))
            .collect()
    }

    #[allow(deprecated)] // `DocumentSymbol::deprecated` must be written out.
    fn symbol(&self, e: &Entry, depth: usize) -> Option<DocumentSymbol> {
        let (name, detail, kind, span, select, children) = match &e.node {
            Node::Row(r) => {
                if r.is_separator() {
                    return None;
                }
                let name = r.cells.first().map_or(String::new(), |c| c.text.clone());
                let select = r.cells.first().map_or(r.span, |c| c.span);
                (name, None, SymbolKind::FIELD, r.span, select, None)
            }
            Node::Statement(s) => {
                let (name, detail) = statement_title(s);
                let kind = match s.kw {
                    Some(Keyword::Section) => SymbolKind::NAMESPACE,
                    Some(Keyword::Data) => SymbolKind::STRUCT,
                    Some(Keyword::Purpose) => SymbolKind::FUNCTION,
                    Some(
                        Keyword::Recipient
                        | Keyword::Controller
                        | Keyword::Dpo
                        | Keyword::Representative,
                    ) => SymbolKind::OBJECT,
                    Some(Keyword::Policy) => SymbolKind::FILE,
                    Some(Keyword::Cookies) => SymbolKind::ARRAY,
                    _ if s.block.is_some() => SymbolKind::MODULE,
                    _ => SymbolKind::PROPERTY,
                };
                let children: Option<Vec<DocumentSymbol>> = s.block.as_ref().map(|b| {
                    if depth > 8 {
                        return Vec::new();
                    }
                    b.entries
                        .iter()
                        .filter_map(|c| self.symbol(c, depth + 1))
                        .collect()
                });
                (name, detail, kind, s.span, s.keyword.span, children)
            }
        };
        Some(DocumentSymbol {
            name: if name.is_empty() { "?".into() } else { name },
            detail,
            kind,
            tags: None,
            deprecated: None,
            range: self.lines.range(span),
            selection_range: self.lines.range(select),
            children,
        })
    }

    /// Completion at `pos`: placeholders in prose, cookie names and words in
    /// the table, statements of the block, then the values of a statement.
    pub fn complete(&self, pos: Position) -> Vec<CompletionItem> {
        let at = self.lines.offset(pos);
        let text = self.text();
        let line_start = text[..at].rfind('\n').map_or(0, |i| i + 1);
        let prefix = &text[line_start..at];
        // `{{ data.` in a string or text block.
        if let Some(open) = prefix.rfind("{{") {
            let inner = &prefix[open + 2..];
            if !inner.contains("}}") {
                return self.complete_placeholder(inner.trim_start());
            }
        }
        let place = place(text, at);
        if place.in_text_block {
            return Vec::new();
        }
        let Some(block) = block_of(&place.path) else {
            return Vec::new();
        };
        let trimmed = prefix.trim_start();
        if trimmed.starts_with('|') {
            if !block.has_table() {
                return Vec::new();
            }
            let column = trimmed.matches('|').count().saturating_sub(1);
            let col = self
                .index
                .table
                .as_ref()
                .and_then(|t| t.columns.get(column).copied().flatten());
            let is_name = col == Some(Column::Name) || (col.is_none() && column == 0);
            if is_name {
                return cookie_names();
            }
            return match col {
                Some(Column::Category) => words(CookieCategory::VOCAB.words, "a cookie category"),
                Some(Column::Party) => words(CookieParty::VOCAB.words, "a cookie party"),
                _ => Vec::new(),
            };
        }
        // Still typing the keyword: the statements this block holds.
        if !trimmed.contains([' ', '\t']) {
            let mut items: Vec<CompletionItem> = block
                .statements()
                .into_iter()
                .map(|s| {
                    let syntax = s.shape.syntax();
                    let open = if s.block.is_some() { " { … }" } else { "" };
                    CompletionItem {
                        label: s.keyword.to_string(),
                        kind: Some(CompletionItemKind::KEYWORD),
                        detail: Some(format!("{} {syntax}{open}", s.keyword)),
                        documentation: Some(Documentation::String(s.doc.to_string())),
                        ..CompletionItem::default()
                    }
                })
                .collect();
            if block.allows() {
                items.push(CompletionItem {
                    label: "allow".into(),
                    kind: Some(CompletionItemKind::KEYWORD),
                    detail: Some("allow RULE \"reason\"".into()),
                    documentation: Some(Documentation::String(
                        "Silences a rule inside this block, with the reason.".into(),
                    )),
                    ..CompletionItem::default()
                });
            }
            return items;
        }
        let keyword: String = trimmed.chars().take_while(|c| !c.is_whitespace()).collect();
        if Keyword::from_word(&keyword) == Some(Keyword::Allow) {
            return crate::lint::RULES
                .iter()
                .map(|r| CompletionItem {
                    label: r.id.to_string(),
                    kind: Some(CompletionItemKind::VALUE),
                    detail: Some(r.summary()),
                    ..CompletionItem::default()
                })
                .collect();
        }
        let Some(info) = block
            .statements()
            .into_iter()
            .find(|s| s.keyword.as_str() == keyword)
        else {
            return Vec::new();
        };
        let parent = place.path.last().map_or("", String::as_str);
        // `… for eea, uk`: after `for`, the places; once a value is written,
        // `for` itself, on statements that may be limited to places.
        let rest = &trimmed[keyword.len()..];
        if info.regional && rest.split([' ', '\t', ',']).any(|w| w == "for") {
            let mut items = words(
                crate::model::Region::VOCAB.words,
                crate::model::Region::VOCAB.what,
            );
            items.extend(words(
                crate::model::Jurisdiction::VOCAB.words,
                crate::model::Jurisdiction::VOCAB.what,
            ));
            return items;
        }
        let mut items = self.complete_values(&info, parent);
        if info.regional && !rest.trim().is_empty() {
            items.push(CompletionItem {
                label: "for".into(),
                kind: Some(CompletionItemKind::KEYWORD),
                detail: Some("for REGIONS".into()),
                documentation: Some(Documentation::String(
                    "Limits this fact to some places: `for eea, uk`.".into(),
                )),
                ..CompletionItem::default()
            });
        }
        items
    }

    /// The values a statement takes, as completions.
    fn complete_values(
        &self,
        info: &crate::model::schema::StatementInfo,
        parent: &str,
    ) -> Vec<CompletionItem> {
        match info.shape {
            Shape::Keyword(v) | Shape::Keywords(v) => words(v.words, v.what),
            Shape::YesNo | Shape::Flag => words(&["yes", "no"], "yes or no"),
            Shape::Refs(kind) => Kind::of_schema(kind).map_or(Vec::new(), |k| self.ids(k)),
            Shape::Lifetime => words(&["session", "indefinitely"], "a lifetime"),
            Shape::Other { .. } if parent == "purpose" && info.keyword == Keyword::Basis => {
                let mut items = words(Ground::VOCAB.words, Ground::VOCAB.what);
                items.extend(self.ids(Kind::Basis));
                items
            }
            Shape::Other { .. } if info.keyword == Keyword::Right => words(
                crate::model::RightKind::VOCAB.words,
                crate::model::RightKind::VOCAB.what,
            ),
            _ => Vec::new(),
        }
    }

    fn ids(&self, kind: Kind) -> Vec<CompletionItem> {
        self.index
            .declared(kind)
            .into_iter()
            .map(|id| CompletionItem {
                label: id.to_string(),
                kind: Some(CompletionItemKind::REFERENCE),
                detail: Some(format!("a declared {}", kind.word())),
                ..CompletionItem::default()
            })
            .collect()
    }

    fn complete_placeholder(&self, inner: &str) -> Vec<CompletionItem> {
        match inner.split_once('.') {
            Some((head, _)) => match head {
                "policy" => words(&["title", "updated", "effective"], "a policy fact"),
                "controller" | "dpo" => words(
                    crate::model::PartyField::VOCAB.words,
                    crate::model::PartyField::VOCAB.what,
                ),
                other => Kind::of_keyword(other)
                    .filter(|k| {
                        matches!(
                            k,
                            Kind::Data
                                | Kind::Purpose
                                | Kind::Recipient
                                | Kind::Section
                                | Kind::Cookie
                        )
                    })
                    .map_or(Vec::new(), |k| self.ids(k)),
            },
            None => words(
                &[
                    "policy.",
                    "controller.",
                    "dpo.",
                    "data.",
                    "purpose.",
                    "recipient.",
                    "cookie.",
                    "section.",
                ],
                "a placeholder",
            ),
        }
    }

    /// The findings whose place overlaps a range.
    pub fn diagnostics_in(&self, range: Range) -> Vec<&Diagnostic> {
        let start = self.lines.offset(range.start);
        let end = self.lines.offset(range.end);
        self.diags
            .iter()
            .filter(|d| {
                d.primary
                    .as_ref()
                    .is_some_and(|l| l.span.start <= end && start <= l.span.end)
            })
            .collect()
    }
}

/// A statement's name in the outline, and its label.
/// A statement as the outline names it: a block named by a title is called
/// by it (`policy "Privacy Policy"` → "Privacy Policy", detail `policy`); a
/// declaration by its keyword and id, its label as the detail; any other
/// statement by its keyword, all its values as the detail.
fn statement_title(s: &Statement) -> (String, Option<String>) {
    let short = |t: &str| -> String { t.chars().take(60).collect() };
    let values: Vec<&ValueKind> = s
        .args
        .iter()
        .flat_map(|l| l.values.iter())
        .map(|v| &v.kind)
        .collect();
    match values.as_slice() {
        [ValueKind::Str(title), ..] if s.block.is_some() => {
            (short(title), Some(s.keyword.text.clone()))
        }
        [ValueKind::Word(id), ValueKind::Str(label), ..] if s.block.is_some() => {
            (format!("{} {id}", s.keyword.text), Some(short(label)))
        }
        [] => (s.keyword.text.clone(), None),
        _ => {
            let written: Vec<String> = values.iter().map(|v| v.written(short)).collect();
            (s.keyword.text.clone(), Some(short(&written.join(", "))))
        }
    }
}

fn words(list: &[&str], what: &str) -> Vec<CompletionItem> {
    list.iter()
        .map(|w| CompletionItem {
            label: (*w).to_string(),
            kind: Some(CompletionItemKind::ENUM_MEMBER),
            detail: Some(what.to_string()),
            ..CompletionItem::default()
        })
        .collect()
}

/// Every cookie the knowledge base knows, by name.
fn cookie_names() -> Vec<CompletionItem> {
    let kb = crate::cookies::KnowledgeBase::builtin();
    let mut seen = std::collections::HashSet::new();
    kb.cookies
        .iter()
        .filter_map(|c| {
            let label = if c.prefix {
                format!("{}*", c.name)
            } else {
                c.name.clone()
            };
            if !seen.insert(label.clone()) {
                return None;
            }
            let vendor = &kb.vendor(c).name;
            Some(CompletionItem {
                label,
                kind: Some(CompletionItemKind::CONSTANT),
                detail: Some(format!("{vendor}, {}", c.category)),
                documentation: Some(Documentation::String(cookie_facts(&c.name))),
                ..CompletionItem::default()
            })
        })
        .collect()
}

/// What the built-in knowledge base knows about a cookie name, in Markdown.
pub fn cookie_facts(name: &str) -> String {
    let kb = crate::cookies::KnowledgeBase::builtin();
    let Some(c) = kb.lookup(name) else {
        return format!("the knowledge base knows no cookie called `{name}`");
    };
    let v = kb.vendor(c);
    let lifetime = c
        .lifetime
        .as_ref()
        .map_or("not documented".to_string(), ToString::to_string);
    let party = c
        .party
        .map_or("not documented".to_string(), |p| p.to_string());
    format!(
        "**{}{}** (knowledge base)\n\n- vendor: {}\n- category: {}\n- party: {party}\n- documented lifetime: {lifetime}\n- source: {}",
        c.name,
        if c.prefix { "*" } else { "" },
        v.name,
        c.category,
        c.source
    )
}

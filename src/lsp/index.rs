//! What the editor features look up: every id as declared and as referred
//! to (statements, `{{ placeholders }}` in prose, cookie names in the table),
//! and every statement keyword with its schema entry. Built from the syntax
//! tree, so a file with errors still has an index of everything that parsed.

use crate::diag::Span;
use crate::model::schema::{self, BlockInfo, Shape, StatementInfo};
use crate::model::{Column, Ground};
use crate::syntax::ast::{Document, Entry, Node, Row, Statement, ValueKind};
use crate::syntax::Keyword;

/// The kinds of id a policy declares.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Kind {
    /// `data ID`.
    Data,
    /// `purpose ID`.
    Purpose,
    /// `basis ID`.
    Basis,
    /// `recipient ID`.
    Recipient,
    /// `transfer ID`.
    Transfer,
    /// `tracker ID`.
    Tracker,
    /// `section ID`.
    Section,
    /// A cookie's name in the table.
    Cookie,
}

impl Kind {
    /// The kind declared by a top-level keyword.
    pub fn of_keyword(keyword: &str) -> Option<Kind> {
        Some(match keyword {
            "data" => Kind::Data,
            "purpose" => Kind::Purpose,
            "basis" => Kind::Basis,
            "recipient" => Kind::Recipient,
            "transfer" => Kind::Transfer,
            "tracker" => Kind::Tracker,
            "section" => Kind::Section,
            "cookie" => Kind::Cookie,
            _ => return None,
        })
    }

    /// The kind a schema reference (`Shape::Refs`) names.
    pub fn of_schema(kind: &str) -> Option<Kind> {
        match kind {
            "data category" => Some(Kind::Data),
            other => Kind::of_keyword(other),
        }
    }

    /// The word used in messages and placeholders.
    pub fn word(self) -> &'static str {
        match self {
            Kind::Data => "data",
            Kind::Purpose => "purpose",
            Kind::Basis => "basis",
            Kind::Recipient => "recipient",
            Kind::Transfer => "transfer",
            Kind::Tracker => "tracker",
            Kind::Section => "section",
            Kind::Cookie => "cookie",
        }
    }
}

/// One place an id is written.
#[derive(Clone, Debug)]
pub struct Occurrence {
    /// Its kind.
    pub kind: Kind,
    /// The id.
    pub id: String,
    /// Where the id itself is written.
    pub span: Span,
    /// A declaration (else a reference).
    pub decl: bool,
    /// For a declaration: the whole statement or table row.
    pub whole: Span,
}

/// A cookie table: its columns and where it ends.
#[derive(Clone, Debug)]
pub struct Table {
    /// The header's columns (`None` for an unknown one).
    pub columns: Vec<Option<Column>>,
    /// The `cookies` statement.
    pub block: Span,
    /// The last row, to append after.
    pub last_row: Span,
}

/// Everything the features look up.
#[derive(Default)]
pub struct Index {
    /// Ids, in source order.
    pub occurrences: Vec<Occurrence>,
    /// Statement keywords and their schema entries.
    pub keywords: Vec<(Span, StatementInfo)>,
    /// The cookie table, when there is one.
    pub table: Option<Table>,
}

impl Index {
    /// Indexes a syntax tree read from `text`.
    pub fn new(doc: &Document, text: &str) -> Index {
        let mut ix = Index::default();
        ix.entries(&doc.entries, Some(schema::top()), text, "");
        ix.occurrences.sort_by_key(|o| o.span.start);
        ix
    }

    fn entries(
        &mut self,
        entries: &[Entry],
        block: Option<&'static dyn BlockInfo>,
        text: &str,
        parent: &str,
    ) {
        let mut header: Option<Vec<Option<Column>>> = None;
        // The block's statements, listed once for all its entries (listing
        // them per statement was a tenth of an analysis of a large file).
        let infos = block.map(|b| b.statements()).unwrap_or_default();
        for e in entries {
            match &e.node {
                Node::Statement(s) => self.statement(s, &infos, text, parent),
                Node::Row(r) => self.row(r, &mut header, block),
            }
        }
    }

    fn statement(&mut self, s: &Statement, infos: &[StatementInfo], text: &str, parent: &str) {
        let info = infos.iter().find(|i| s.kw == Some(i.keyword)).copied();
        if let Some(info) = info {
            self.keywords.push((s.keyword.span, info));
        }
        let top = parent.is_empty();
        if top {
            if let Some(kind) = Kind::of_keyword(&s.keyword.text) {
                if let Some(v) = s.args.first().and_then(|l| l.values.first()) {
                    if let ValueKind::Word(w) = &v.kind {
                        self.occurrences.push(Occurrence {
                            kind,
                            id: w.clone(),
                            span: v.span,
                            decl: true,
                            whole: s.span,
                        });
                    }
                }
            }
        }
        let refs = match info.map(|i| i.shape) {
            Some(Shape::Refs(kind)) => Kind::of_schema(kind),
            _ if parent == "purpose" && s.kw == Some(Keyword::Basis) => Some(Kind::Basis),
            _ => None,
        };
        for v in s.args.iter().flat_map(|l| l.values.iter()) {
            match &v.kind {
                ValueKind::Word(w) => {
                    let Some(kind) = refs else { continue };
                    // `basis consent` names a ground, not a declared basis.
                    if kind == Kind::Basis && Ground::from_word(w).is_some() {
                        continue;
                    }
                    self.occurrences.push(Occurrence {
                        kind,
                        id: w.clone(),
                        span: v.span,
                        decl: false,
                        whole: v.span,
                    });
                }
                ValueKind::Str(_) | ValueKind::Text(_) => self.placeholders(v.span, text),
                _ => {}
            }
        }
        if let Some(b) = &s.block {
            let child = info.and_then(|i| i.block);
            if s.kw == Some(Keyword::Cookies) {
                self.table = Some(Table {
                    columns: Vec::new(),
                    block: s.span,
                    last_row: Span::new(b.span.start, b.span.start),
                });
            }
            self.entries(&b.entries, child, text, &s.keyword.text);
        }
    }

    fn row(
        &mut self,
        r: &Row,
        header: &mut Option<Vec<Option<Column>>>,
        block: Option<&'static dyn BlockInfo>,
    ) {
        if !block.is_some_and(|b| b.has_table()) {
            return;
        }
        if let Some(t) = self.table.as_mut() {
            t.last_row = r.span;
        }
        if r.is_separator() {
            return;
        }
        let Some(cols) = header else {
            let cols: Vec<Option<Column>> = r
                .cells
                .iter()
                .map(|c| Column::from_header(&c.text))
                .collect();
            if let Some(t) = self.table.as_mut() {
                t.columns = cols.clone();
            }
            *header = Some(cols);
            return;
        };
        let name_at = cols
            .iter()
            .position(|c| *c == Some(Column::Name))
            .unwrap_or(0);
        if let Some(cell) = r.cells.get(name_at).filter(|c| !c.text.is_empty()) {
            self.occurrences.push(Occurrence {
                kind: Kind::Cookie,
                id: cell.text.clone(),
                span: cell.span,
                decl: true,
                whole: r.span,
            });
        }
    }

    /// `{{ kind.id }}` in a string or text block: a reference to the id.
    fn placeholders(&mut self, span: Span, text: &str) {
        let Some(raw) = text.get(span.start..span.end) else {
            return;
        };
        let mut at = 0;
        while let Some(open) = raw[at..].find("{{") {
            let inner_start = at + open + 2;
            let Some(close) = raw[inner_start..].find("}}") else {
                break;
            };
            let inner = &raw[inner_start..inner_start + close];
            at = inner_start + close + 2;
            let lead = inner.len() - inner.trim_start().len();
            let path = inner.trim();
            let Some((head, tail)) = path.split_once('.') else {
                continue;
            };
            let kind = match head {
                "data" | "purpose" | "recipient" | "section" | "cookie" => Kind::of_keyword(head),
                _ => None,
            };
            let Some(kind) = kind else { continue };
            let start = span.start + inner_start + lead + head.len() + 1;
            self.occurrences.push(Occurrence {
                kind,
                id: tail.to_string(),
                span: Span::new(start, start + tail.len()),
                decl: false,
                whole: Span::new(start, start + tail.len()),
            });
        }
    }

    /// The id written at a byte offset (its end included, where a cursor after a word stands).
    pub fn at(&self, offset: usize) -> Option<&Occurrence> {
        self.occurrences
            .iter()
            .find(|o| o.span.start <= offset && offset <= o.span.end)
    }

    /// Every place an id of a kind is written.
    pub fn all(&self, kind: Kind, id: &str) -> impl Iterator<Item = &Occurrence> {
        let id = id.to_string();
        self.occurrences
            .iter()
            .filter(move |o| o.kind == kind && o.id == id)
    }

    /// The declared ids of a kind, each once, in source order.
    pub fn declared(&self, kind: Kind) -> Vec<&str> {
        let mut out: Vec<&str> = Vec::new();
        for o in self.occurrences.iter().filter(|o| o.decl && o.kind == kind) {
            if !out.contains(&o.id.as_str()) {
                out.push(&o.id);
            }
        }
        out
    }

    /// The statement keyword at a byte offset.
    pub fn keyword_at(&self, offset: usize) -> Option<&(Span, StatementInfo)> {
        self.keywords
            .iter()
            .find(|(s, _)| s.start <= offset && offset <= s.end)
    }
}

/// Where a cursor stands, read from the text alone (it may not parse): the
/// keywords of the blocks around it, and whether it is inside a text block.
pub struct Place {
    /// The keywords of the enclosing blocks, outermost first.
    pub path: Vec<String>,
    /// Inside a `"""` text block.
    pub in_text_block: bool,
}

/// Reads the blocks around `offset` by counting braces outside strings, text blocks and comments.
pub fn place(text: &str, offset: usize) -> Place {
    let mut offset = offset.min(text.len());
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    let before = &text[..offset];
    let mut path: Vec<String> = Vec::new();
    let mut in_text = false;
    for line in before.split('\n') {
        let mut first_word: Option<String> = None;
        let mut rest = line;
        loop {
            if in_text {
                match rest.find("\"\"\"") {
                    Some(i) => {
                        in_text = false;
                        rest = &rest[i + 3..];
                    }
                    None => break,
                }
            }
            let Some(i) = rest.find(['"', '{', '}', '/']) else {
                break;
            };
            if first_word.is_none() {
                first_word = word_of(&rest[..i]);
            }
            let c = rest.as_bytes()[i];
            let after = &rest[i + 1..];
            match c {
                b'"' if rest[i..].starts_with("\"\"\"") => {
                    in_text = true;
                    rest = &rest[i + 3..];
                }
                b'"' => {
                    rest = match after.find('"') {
                        Some(j) => &after[j + 1..],
                        None => "",
                    };
                }
                b'{' => {
                    path.push(first_word.clone().unwrap_or_default());
                    rest = after;
                }
                b'}' => {
                    path.pop();
                    rest = after;
                }
                _ if after.starts_with('/') => break,
                _ => rest = after,
            }
        }
    }
    Place {
        path,
        in_text_block: in_text,
    }
}

fn word_of(s: &str) -> Option<String> {
    let w: String = s
        .trim_start()
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '_')
        .collect();
    (!w.is_empty()).then_some(w)
}

/// The schema block of a path of keywords; `None` when a keyword opens no known block.
pub fn block_of(path: &[String]) -> Option<&'static dyn BlockInfo> {
    let mut b = schema::top();
    for k in path {
        b = b
            .statements()
            .into_iter()
            .find(|s| s.keyword.as_str() == k)?
            .block?;
    }
    Some(b)
}

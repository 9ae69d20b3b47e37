//! The syntax tree: what was written, where, with its comments.
//!
//! Every node keeps its [`Span`]; comments and blank lines are kept so that
//! `policyc fmt` can print the tree back without losing anything. Spans
//! compare by range; [`crate::facts::SameFacts`] compares two trees by content
//! (spans are skipped in the serde form).

use serde::Serialize;

use crate::diag::Span;

/// A parsed policy file.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Document {
    /// The top-level statements, rows and their comments.
    pub entries: Vec<Entry>,
    /// Comments after the last entry.
    pub end_comments: Vec<Comment>,
}

/// A `// …` comment.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Comment {
    /// Whether a blank line separated this comment from what came before.
    pub blank_before: bool,
    /// The text after `//`, with its leading space kept.
    pub text: String,
    /// Where it was written.
    #[serde(skip)]
    pub span: Span,
}

/// A statement or table row, with the comments written above it.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Entry {
    /// Whether a blank line comes directly before the entry (after its comments).
    pub blank_before: bool,
    /// Comment lines above the entry.
    pub comments: Vec<Comment>,
    /// The entry itself.
    pub node: Node,
    /// A comment at the end of the entry's (last) line (boxed, as the
    /// block below: most entries have none, and a tree holds many entries).
    pub trailing: Option<Box<Comment>>,
}

/// What an entry is.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub enum Node {
    /// `keyword args… { … }`.
    Statement(Statement),
    /// `| a | b | c |`.
    Row(Row),
}

/// `keyword args… { … }`.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Statement {
    /// The keyword as written.
    pub keyword: Word,
    /// The keyword, when it is one of the language's (`None`: a word the
    /// language does not know, which the resolver reports).
    #[serde(skip)]
    pub kw: Option<crate::syntax::Keyword>,
    /// The arguments: lists of values (a list has more than one value when commas join them).
    pub args: Vec<List>,
    /// The block, if any (boxed: most statements have none).
    pub block: Option<Box<Block>>,
    /// The whole statement, block included.
    #[serde(skip)]
    pub span: Span,
}

/// A bare word with its place.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Word {
    /// The text.
    pub text: String,
    /// Where.
    #[serde(skip)]
    pub span: Span,
}

/// Values joined by commas.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct List {
    /// The values, at least one.
    pub values: Vec<Value>,
    /// From the first value to the last.
    #[serde(skip)]
    pub span: Span,
}

/// One value with its place.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Value {
    /// What kind of value and its content.
    pub kind: ValueKind,
    /// Where.
    #[serde(skip)]
    pub span: Span,
}

/// The kinds of value, told apart by the grammar.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub enum ValueKind {
    /// `2018-07-22`, not yet checked as a calendar date.
    Date(String),
    /// `2 years after account-closure`; boxed, so that every other value
    /// (most of a tree's) is not as large as a duration.
    Duration(Box<Duration>),
    /// `13`, kept as written.
    Number(String),
    /// `"…"` with escapes resolved.
    Str(String),
    /// `"""…"""`, with the common indentation removed.
    Text(String),
    /// A bare word.
    Word(String),
}

/// `2 years after account-closure`; the amount is kept as written.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Duration {
    /// The digits.
    pub amount: String,
    /// The unit as written (`year`, `months` …).
    pub unit: String,
    /// The trigger word after `after`.
    pub trigger: Option<Word>,
}

impl ValueKind {
    /// The value as written, its escapes resolved; text in curly quotes,
    /// passed through `text` first (to collapse or shorten it).
    pub fn written(&self, text: impl Fn(&str) -> String) -> String {
        match self {
            ValueKind::Duration(d) => match &d.trigger {
                Some(t) => format!("{} {} after {}", d.amount, d.unit, t.text),
                None => format!("{} {}", d.amount, d.unit),
            },
            ValueKind::Str(s) | ValueKind::Text(s) => format!("\u{201C}{}\u{201D}", text(s)),
            ValueKind::Date(s) | ValueKind::Number(s) | ValueKind::Word(s) => s.clone(),
        }
    }
}

/// `{ … }`.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Block {
    /// A comment on the line of the `{`.
    pub open_comment: Option<Comment>,
    /// Statements and rows.
    pub entries: Vec<Entry>,
    /// Comments after the last entry, before `}`.
    pub end_comments: Vec<Comment>,
    /// From `{` to `}`.
    #[serde(skip)]
    pub span: Span,
}

/// A table row.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Row {
    /// The cells, trimmed.
    pub cells: Vec<Cell>,
    /// The whole row.
    #[serde(skip)]
    pub span: Span,
}

/// A table cell.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Cell {
    /// The trimmed text.
    pub text: String,
    /// Where the trimmed text is (an empty cell points at its gap).
    #[serde(skip)]
    pub span: Span,
}

impl Row {
    /// A separator row such as `|---|:--|`.
    pub fn is_separator(&self) -> bool {
        self.cells
            .iter()
            .all(|c| !c.text.is_empty() && c.text.chars().all(|ch| ch == '-' || ch == ':'))
    }
}

impl Value {
    /// A short word for the kind of value, for diagnostics.
    pub fn describe(&self) -> &'static str {
        match self.kind {
            ValueKind::Date(_) => "a date",
            ValueKind::Duration(_) => "a duration",
            ValueKind::Number(_) => "a number",
            ValueKind::Str(_) => "a string",
            ValueKind::Text(_) => "a text block",
            ValueKind::Word(_) => "a word",
        }
    }
}

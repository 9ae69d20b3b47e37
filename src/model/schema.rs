//! The language's schema: every block described once — its keyword, its
//! arguments, the statements it holds with their cardinality and value
//! shape, and the function that lowers each statement into the model.
//!
//! The resolver ([`super::lower`]) is a generic walker over these tables:
//! unknown statements, "stated twice", blocks under statements that take
//! none and rows outside the cookie table are all reported from them. The
//! same tables drive the reference in docs/language.md (tested against it),
//! and are what an editor completes from. Adding a statement to a block is
//! one [`Field`] entry in that block's file.

use super::lower::Lower;
use crate::syntax::ast::{Row, Statement};

/// How often a statement may appear in its block.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Repeat {
    /// At most once: a second one is an error at the second.
    Once,
    /// Any number of times; each adds to the fact.
    Many,
}

/// A closed vocabulary: its words and what one of them is called in messages.
#[derive(Clone, Copy, Debug)]
pub struct Vocab {
    /// "a recipient role".
    pub what: &'static str,
    /// Every word, in the documentation's order.
    pub words: &'static [&'static str],
}

/// A keyword enum of the language (implemented by the `keywords!` macro).
pub trait Vocabulary: Sized + Copy + 'static {
    /// Its words and name.
    const VOCAB: Vocab;
    /// Reads one of its words.
    fn from_word(word: &str) -> Option<Self>;
}

/// What a statement's values look like.
#[derive(Clone, Copy, Debug)]
pub enum Shape {
    /// No values: `rights { … }`.
    Nothing,
    /// An id and a label: `data contact "Contact details"`.
    IdLabel,
    /// One quoted string or text block.
    Text,
    /// Quoted strings separated by commas.
    Texts,
    /// One bare word (a language tag, a country code).
    Word,
    /// Ids of declared facts of this kind, separated by commas.
    Refs(&'static str),
    /// Places: country codes or quoted words, separated by commas.
    Places,
    /// One word of a vocabulary.
    Keyword(Vocab),
    /// Words of a vocabulary, separated by commas.
    Keywords(Vocab),
    /// `yes` or `no`, then optionally the policy's own words in quotes.
    YesNo,
    /// `yes` or `no` alone: a fact whose wording the page does not need.
    Flag,
    /// A date, `2018-07-22`.
    Date,
    /// A duration, `session`, `indefinitely`, or a criterion in quotes.
    Lifetime,
    /// A duration without a trigger, `1 month`.
    Duration,
    /// Anything else, described in words, with an example that is valid.
    Other {
        /// How it is written.
        syntax: &'static str,
        /// A valid example of the values alone.
        example: &'static str,
    },
}

impl Shape {
    /// How the values are written, for the reference and for hovers.
    pub fn syntax(&self) -> String {
        match self {
            Shape::Nothing => String::new(),
            Shape::IdLabel => "ID \"label\"".into(),
            Shape::Text => "\"text\"".into(),
            Shape::Texts => "\"text\", …".into(),
            Shape::Word => "WORD".into(),
            Shape::Refs(kind) => format!("{kind} ids, …"),
            Shape::Places => "country codes or \"places\", …".into(),
            Shape::Keyword(v) => v.words.join(" | "),
            Shape::Keywords(v) => format!("{}, …", v.words.join(" | ")),
            Shape::YesNo => "yes | no [\"the policy's words\"]".into(),
            Shape::Flag => "yes | no".into(),
            Shape::Date => "YYYY-MM-DD".into(),
            Shape::Lifetime => {
                "DURATION [after EVENT] | session | indefinitely | \"criterion\"".into()
            }
            Shape::Duration => "DURATION".into(),
            Shape::Other { syntax, .. } => (*syntax).into(),
        }
    }

    /// A valid example of the values, for tests and for completion snippets.
    /// `ids` names a declared id of the kind a reference needs.
    pub fn example(&self, ids: &dyn Fn(&str) -> String) -> String {
        match self {
            Shape::Nothing => String::new(),
            Shape::IdLabel => "example \"An example\"".into(),
            Shape::Text => "\"Some words\"".into(),
            Shape::Texts => "\"one\", \"two\"".into(),
            Shape::Word => "en".into(),
            Shape::Refs(kind) => ids(kind),
            Shape::Places => "us, \"the European Economic Area\"".into(),
            Shape::Keyword(v) | Shape::Keywords(v) => v.words[0].into(),
            Shape::YesNo => "no \"We do not.\"".into(),
            Shape::Flag => "no".into(),
            Shape::Date => "2026-01-01".into(),
            Shape::Lifetime => "2 years after account-closure".into(),
            Shape::Duration => "1 month".into(),
            Shape::Other { example, .. } => (*example).into(),
        }
    }
}

/// One statement a block may hold, and how it is lowered into `T`.
pub struct Field<T: 'static> {
    /// The keyword.
    pub keyword: &'static str,
    /// How often it may appear.
    pub repeat: Repeat,
    /// Its values.
    pub shape: Shape,
    /// What it states, in a sentence.
    pub doc: &'static str,
    /// The block it opens, if it takes one.
    pub block: Option<&'static dyn BlockInfo>,
    /// Whether `for REGIONS` may limit it to places (then "once" means once per set of places).
    pub regional: bool,
    /// Reads the statement into the fact being built.
    pub lower: fn(&mut Lower, &Statement, &mut T),
}

impl<T: 'static> Field<T> {
    /// A statement that may appear once.
    pub const fn once(
        keyword: &'static str,
        shape: Shape,
        doc: &'static str,
        lower: fn(&mut Lower, &Statement, &mut T),
    ) -> Self {
        Field {
            keyword,
            repeat: Repeat::Once,
            shape,
            doc,
            block: None,
            regional: false,
            lower,
        }
    }

    /// The same statement, which `for REGIONS` may limit to places; its
    /// lowering takes the places with [`Lower::take_scope`].
    pub const fn regional(self) -> Self {
        Field {
            regional: true,
            ..self
        }
    }

    /// A statement that may appear any number of times.
    pub const fn many(
        keyword: &'static str,
        shape: Shape,
        doc: &'static str,
        lower: fn(&mut Lower, &Statement, &mut T),
    ) -> Self {
        Field {
            repeat: Repeat::Many,
            ..Field::once(keyword, shape, doc, lower)
        }
    }

    /// A statement that may appear once and opens a block.
    pub const fn once_block(
        block: &'static dyn BlockInfo,
        keyword: &'static str,
        shape: Shape,
        doc: &'static str,
        lower: fn(&mut Lower, &Statement, &mut T),
    ) -> Self {
        Field {
            block: Some(block),
            ..Field::once(keyword, shape, doc, lower)
        }
    }

    /// A statement that may appear any number of times and opens a block.
    pub const fn many_block(
        block: &'static dyn BlockInfo,
        keyword: &'static str,
        shape: Shape,
        doc: &'static str,
        lower: fn(&mut Lower, &Statement, &mut T),
    ) -> Self {
        Field {
            block: Some(block),
            ..Field::many(keyword, shape, doc, lower)
        }
    }
}

/// A block: `keyword args { statements }`, lowered into a `T`.
pub struct Block<T: 'static> {
    /// The keyword that opens it (empty for the file itself).
    pub keyword: &'static str,
    /// The values after the keyword.
    pub args: Shape,
    /// What it declares, in a sentence.
    pub doc: &'static str,
    /// "in a `data` block", for messages.
    pub place: &'static str,
    /// Whether `allow RULE "reason"` may silence a rule inside it.
    pub allow: bool,
    /// The statements it may hold.
    pub fields: &'static [Field<T>],
    /// Reads a table row, for blocks that hold a table.
    pub row: Option<fn(&mut Lower, &Row, &mut T)>,
}

/// A block seen without its model type: what docs and editors read.
pub trait BlockInfo: Sync {
    /// The keyword that opens it.
    fn keyword(&self) -> &'static str;
    /// The values after the keyword.
    fn args(&self) -> Shape;
    /// What it declares.
    fn doc(&self) -> &'static str;
    /// Whether `allow` may appear inside.
    fn allows(&self) -> bool;
    /// Whether it holds a table.
    fn has_table(&self) -> bool;
    /// Its statements.
    fn statements(&self) -> Vec<StatementInfo>;
}

/// A statement seen without its model type.
#[derive(Clone, Copy)]
pub struct StatementInfo {
    /// The keyword.
    pub keyword: &'static str,
    /// How often it may appear.
    pub repeat: Repeat,
    /// Its values.
    pub shape: Shape,
    /// What it states.
    pub doc: &'static str,
    /// The block it opens.
    pub block: Option<&'static dyn BlockInfo>,
    /// Whether `for REGIONS` may follow it.
    pub regional: bool,
}

impl<T: 'static> BlockInfo for Block<T> {
    fn keyword(&self) -> &'static str {
        self.keyword
    }

    fn args(&self) -> Shape {
        self.args
    }

    fn doc(&self) -> &'static str {
        self.doc
    }

    fn allows(&self) -> bool {
        self.allow
    }

    fn has_table(&self) -> bool {
        self.row.is_some()
    }

    fn statements(&self) -> Vec<StatementInfo> {
        self.fields
            .iter()
            .map(|f| StatementInfo {
                keyword: f.keyword,
                repeat: f.repeat,
                shape: f.shape,
                doc: f.doc,
                block: f.block,
                regional: f.regional,
            })
            .collect()
    }
}

impl<T: 'static> Block<T> {
    /// The keywords allowed inside, for "did you mean" and the list in the help.
    pub fn keywords(&self) -> Vec<&'static str> {
        let mut all: Vec<&'static str> = self.fields.iter().map(|f| f.keyword).collect();
        if self.allow {
            all.push("allow");
        }
        all
    }
}

/// The file itself: the top-level statements.
pub fn top() -> &'static dyn BlockInfo {
    &super::blocks::TOP
}

/// Every block of the language, the file first, each once, in the order of the reference.
pub fn blocks() -> Vec<&'static dyn BlockInfo> {
    let mut out: Vec<&'static dyn BlockInfo> = vec![top()];
    let mut i = 0;
    while i < out.len() {
        for s in out[i].statements() {
            if let Some(b) = s.block {
                if !out.iter().any(|o| o.keyword() == b.keyword()) {
                    out.push(b);
                }
            }
        }
        i += 1;
    }
    out
}

/// The statement reference of docs/language.md, generated from the schema
/// (a test keeps the page equal to it).
pub fn reference() -> String {
    let mut out = String::new();
    for b in blocks() {
        let title = if b.keyword().is_empty() {
            "The top level of a file".to_string()
        } else {
            format!("`{} {}`", b.keyword(), b.args().syntax()).replace(" `", "`")
        };
        out.push_str(&format!("### {title}\n\n{}\n\n", b.doc()));
        out.push_str("| statement | values | repeat | what it states |\n|---|---|---|---|\n");
        for s in b.statements() {
            let values = s.shape.syntax().replace('|', "\\|");
            let values = if s.regional {
                format!("{values} [for REGIONS]").trim_start().to_string()
            } else {
                values
            };
            let values = if values.is_empty() {
                String::new()
            } else {
                format!("`{values}`")
            };
            let block = if s.block.is_some() { " `{ … }`" } else { "" };
            let repeat = match (s.repeat, s.regional) {
                (Repeat::Once, false) => "once",
                (Repeat::Once, true) => "once per region",
                (Repeat::Many, _) => "many",
            };
            out.push_str(&format!(
                "| `{}`{block} | {values} | {repeat} | {} |\n",
                s.keyword, s.doc
            ));
        }
        if b.allows() {
            out.push_str("| `allow` | `RULE \"reason\"` | many | Silences a rule inside this block, with the reason. |\n");
        }
        if b.has_table() {
            out.push_str("| `\\| … \\|` rows | a header row, then one row per cookie | many | The cookie table. |\n");
        }
        out.push('\n');
    }
    format!("{}\n", out.trim_end())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Writes `block`'s statements, each with its schema example, nested blocks filled the same way.
    fn fill(block: &dyn BlockInfo, depth: usize, out: &mut String) {
        let indent = "  ".repeat(depth);
        for s in block.statements() {
            // A right's own `url` is the older spelling of its authority's
            // `url`; stating both for one authority is an error by design.
            if block.keyword() == "right" && s.keyword == "url" {
                continue;
            }
            // A section joins a generated section (`topic`) or follows one
            // (`after`); the two together are an error by design.
            if block.keyword() == "section" && s.keyword == "after" {
                continue;
            }
            let example = s.shape.example(&|_| "example".to_string());
            out.push_str(&format!("{indent}{} {example}", s.keyword));
            match s.block {
                Some(child) => {
                    out.push_str(" {\n");
                    fill(child, depth + 1, out);
                    out.push_str(&format!("{indent}}}\n"));
                }
                None => out.push('\n'),
            }
        }
    }

    /// Every statement of every block, written as its schema says, lowers
    /// without a diagnostic: the shapes the schema documents (and an editor
    /// completes) are the shapes the lowerings accept.
    #[test]
    fn every_statement_written_as_the_schema_says_is_accepted() {
        let mut text = String::new();
        fill(top(), 0, &mut text);
        let compiled = crate::compile_str("schema.policy", &text);
        let errors: Vec<String> = compiled
            .errors
            .iter()
            .map(|d| format!("{}: {}", d.code, d.message))
            .collect();
        assert!(errors.is_empty(), "{text}\n{errors:#?}");
        let policy = compiled.policy.expect("a policy");
        assert_eq!(policy.data.len(), 1);
        assert_eq!(policy.rights.rights.len(), 1);
        assert_eq!(policy.rights.rights[0].authorities.len(), 1);
    }

    #[test]
    fn every_block_is_reachable_once() {
        let all = blocks();
        let mut keywords: Vec<&str> = all.iter().map(|b| b.keyword()).collect();
        keywords.sort_unstable();
        let before = keywords.len();
        keywords.dedup();
        assert_eq!(before, keywords.len());
        for expected in [
            "policy", "data", "purpose", "cookies", "right", "section", "dpo",
        ] {
            assert!(keywords.contains(&expected), "{expected}");
        }
    }

    #[test]
    fn the_language_reference_is_generated_from_the_schema() {
        let doc = include_str!("../../docs/language.md");
        let generated = reference();
        if std::env::var_os("POLICYC_BLESS_DOCS").is_some() && !doc.contains(&generated) {
            // The reference is the end of the file, from its first heading on.
            let first = generated.lines().next().unwrap_or_default();
            let at = doc.find(first).expect("the reference's first heading");
            let path = concat!(env!("CARGO_MANIFEST_DIR"), "/docs/language.md");
            std::fs::write(path, format!("{}{generated}", &doc[..at])).expect("write docs");
            return;
        }
        assert!(
            doc.contains(&generated),
            "docs/language.md's statement reference is out of date (rerun with POLICYC_BLESS_DOCS=1 to rewrite it); replace it with:\n{generated}"
        );
    }
}

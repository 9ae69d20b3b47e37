//! The semantic diff: two versions of a policy compared statement by
//! statement, each change classed **material** (people may need to be told
//! before it applies), **review** (its meaning lies in the policy's own
//! words, which a person must read) or **editorial**, with the reason and its
//! legal source.
//!
//! Complete by construction: the comparison walks the syntax tree with the
//! schema ([`crate::model::schema`]), so every statement of every block is
//! compared without a line of code naming it, and the cookie table is compared
//! column by column from the model's serde form. What each statement states
//! is the resolved model's ([`resolved`]): the syntax tree gives where a fact
//! is written and how, the model what it is (`uses all` as the categories it
//! names, codes as normalised). What a change means is the
//! materiality table ([`table`]), which must decide every statement the schema
//! has (a test names any that it misses).
//!
//! Values are compared as facts, not text: lists as sets, durations by
//! length (`2 years` = `24 months`), prose by its words (a rewrap is no
//! change), references through renamed ids. Items are matched by id (or by
//! what identifies them: a right by its kinds and regions, a cookie by its
//! name), and an id that disappears while another with the same label or
//! content appears is a rename, for every kind and for several at once.

mod collect;
pub mod comment;
mod directions;
mod read;
mod renames;
mod resolved;
mod sentences;
pub mod table;

use collect::*;
use directions::*;
use read::*;
use renames::*;
pub use sentences::sentence_diff;

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::sync::Arc;

use serde::Serialize;

use crate::cookies::KnowledgeBase;
use crate::diag::{SourceFile, Span};
use crate::model::schema::{self, BlockInfo, Repeat, Shape};
use crate::model::{CookieCategory, Policy, Region};
use crate::syntax::ast::{Entry, List, Node, Statement, ValueKind};

pub use crate::model::materiality::Class;

/// What happened to a fact.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    /// New in the new version.
    Added,
    /// Gone from the new version.
    Removed,
    /// Present in both, different.
    Changed,
    /// The same fact under a new id.
    Renamed,
}

impl Kind {
    /// The word for it.
    pub fn word(self) -> &'static str {
        match self {
            Kind::Added => "added",
            Kind::Removed => "removed",
            Kind::Changed => "changed",
            Kind::Renamed => "renamed",
        }
    }
}

/// How many changes of each class: material, review, editorial.
pub fn counts(changes: &[Change]) -> [usize; 3] {
    let n = |class| changes.iter().filter(|c| c.class == class).count();
    [n(Class::Material), n(Class::Review), n(Class::Editorial)]
}

/// One sentence-level edit of prose.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct SentenceEdit {
    /// `equal`, `delete` or `insert`.
    pub op: &'static str,
    /// The sentence.
    pub text: String,
}

/// Where a fact is written.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Place {
    /// The file, as given.
    pub file: String,
    /// The line, from 1.
    pub line: usize,
}

/// One change between two versions.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Change {
    /// The block: `data`, `purpose`, `cookie`, `file` (the top level) …
    pub area: &'static str,
    /// Added, removed, changed or renamed.
    pub kind: Kind,
    /// The id, name or key of the fact.
    pub subject: String,
    /// The statement that changed, for `changed`.
    pub field: Option<String>,
    /// The value before, as written.
    pub before: Option<String>,
    /// The value after, as written.
    pub after: Option<String>,
    /// Material, review or editorial.
    pub class: Class,
    /// The direction that decided the class (`longer`, `to controller`, `any` …).
    pub change: String,
    /// Why it is classed so.
    pub reason: String,
    /// The legal source of the reason (`—` when there is none).
    pub source: String,
    /// Where it was in the old version.
    pub old_at: Option<Place>,
    /// Where it is in the new version.
    pub new_at: Option<Place>,
    /// For an added or removed fact: every statement it holds.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub facts: Vec<(String, String)>,
    /// For prose: the sentence-level edits.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sentences: Option<Vec<SentenceEdit>>,
    /// `before` and `after` are the members of a list removed and added, not the whole list.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub listed: bool,
}

/// A statement's values, normalised for comparison.
#[derive(Clone, Debug, Default)]
struct Val {
    /// The facts: words, ids, canonical durations; sorted and deduplicated for lists.
    atoms: Vec<String>,
    /// Whether the atoms are ids of declared facts (renames apply).
    refs: bool,
    /// The policy's own words (a yes/no answer's quotes, a text), whitespace collapsed.
    words: Option<String>,
    /// A comparable size: seconds of a duration, years of an age.
    size: Option<u64>,
    /// The answer of a yes/no.
    yes: Option<bool>,
    /// As written.
    shown: String,
    /// For a list: each member's atom and how it is written.
    members: Vec<(String, String)>,
    /// For a yes/no: each answer's atom (with its places) and its words.
    said: Vec<(String, String)>,
    /// Where.
    span: Span,
    /// Stated for some places only (`… for eea`).
    placed: bool,
}

/// A block as written: what identifies it and what it states.
#[derive(Clone, Debug)]
struct Item {
    block: &'static str,
    key: String,
    id: Option<String>,
    span: Span,
    fields: BTreeMap<String, Val>,
    children: Vec<Item>,
}

/// Old ids under their new names, by kind.
type Renames = HashMap<String, String>;

struct Version {
    file: Arc<SourceFile>,
    root: Item,
}

/// Compares two policies.
pub fn diff(old: &Policy, new: &Policy, kb: &KnowledgeBase) -> Vec<Change> {
    let o = version(old, kb);
    let n = version(new, kb);
    let mut c = Collector {
        old: &o,
        new: &n,
        renames: Renames::new(),
        changes: Vec::new(),
    };
    c.renames = renames(&o.root, &n.root);
    c.compare(&o.root, &n.root, "");
    let mut changes = c.changes;
    // Most serious first; within a class, in the order of the new file.
    changes.sort_by_key(|ch| {
        (
            ch.class,
            ch.new_at
                .as_ref()
                .or(ch.old_at.as_ref())
                .map_or(0, |p| p.line),
        )
    });
    changes
}

#[cfg(test)]
mod tests;

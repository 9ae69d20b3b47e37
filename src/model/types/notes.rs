//! Notes: statements the page states in the policy's own words under a
//! label of their own. No generated sentence is built from them and no rule
//! reads them as facts; the rules that read the policy's prose read their
//! words with the rest of it.
//!
//! A note is declared once, with [`Field::note`](crate::model::schema::Field::note)
//! in its block's schema; the resolver, the JSON policy, the page, the diff,
//! the formatter and the editor all take it from there. Its label is the
//! message `note-BLOCK-KEYWORD` of each language (i18n/*/policy.ftl). A
//! statement that a rule reads, or that the page turns into a sentence of
//! its own, is not a note: it has a field of its own in the model.
//! [`crate::model::Policy::notes`] lists every block's notes.

use serde::Serialize;

use crate::diag::Span;
use crate::model::{Scope, Spanned};

/// One note as stated.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Note {
    /// The statement's keyword (`fee`).
    pub keyword: crate::syntax::Keyword,
    /// The policy's words, one or more quoted strings (for a question,
    /// none or the one after its answer).
    pub words: Vec<Spanned<String>>,
    /// A question's answer ([`Field::question`](crate::model::schema::Field::question)):
    /// `yes` or `no` (`may` is a yes whose words say the rest); `None` for
    /// a note in words alone.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub answer: Option<bool>,
    /// `may`: the policy neither affirms nor denies; its words are the answer.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub hedged: bool,
    /// Where it holds (`for …`); empty: everywhere.
    #[serde(skip_serializing_if = "Scope::is_everywhere")]
    pub scope: Scope,
    /// The statement.
    #[serde(skip)]
    pub span: Span,
}

/// A fact of the model that holds notes.
pub trait HasNotes {
    /// Its notes, in the order of the source.
    fn notes_mut(&mut self) -> &mut Vec<Note>;
}

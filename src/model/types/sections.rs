//! The writer's prose sections.

use serde::Serialize;

use crate::model::*;

/// A prose section written by the policy's author.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Section {
    /// The id (the anchor in HTML).
    pub id: Spanned<String>,
    /// The heading.
    pub title: String,
    /// The generated section it belongs to, if any.
    pub topic: Option<Topic>,
    /// The generated section it follows, when it stands on its own.
    pub after: Option<Topic>,
    /// Where what it says applies.
    pub scope: Scope,
    /// The separate page that holds the rest of what its topic must say (a
    /// layered notice): the checker leaves that topic to the page for the
    /// section's places.
    pub continues_at: Option<Spanned<String>>,
    /// The Markdown text: the writer's words and the facts its placeholders name.
    pub body: Vec<Segment>,
    /// The Markdown text as written, with its span (for lint rules that read prose).
    #[serde(skip)]
    pub source: Spanned<String>,
}

//! The writer's prose sections, with the facts they quote.

use schemars::JsonSchema;
use serde::Serialize;

use super::{scope, v};
use crate::model as m;
use crate::render::anchors::Anchors;

/// A prose section.
#[derive(Serialize, JsonSchema)]
pub struct Section {
    /// The id (its anchor).
    pub id: String,
    /// The heading.
    pub title: String,
    /// The generated section it joins.
    pub topic: Option<m::Topic>,
    /// The generated section it follows, as a section of its own.
    pub after: Option<m::Topic>,
    /// Where what it says applies; empty means everywhere.
    pub scope: Vec<m::Place>,
    /// The separate page that holds the rest of what its topic must say.
    pub continues_at: Option<String>,
    /// The writer's Markdown with each named fact in plain words (not escaped).
    pub text: String,
    /// The same text as segments: the writer's Markdown, and each fact with what it names.
    pub body: Vec<Segment>,
}

/// A piece of a section's text.
#[derive(Serialize, JsonSchema)]
#[serde(untagged)]
pub enum Segment {
    /// The writer's Markdown.
    Text {
        /// The Markdown.
        text: String,
    },
    /// A declared fact named by a placeholder.
    Fact {
        /// What it names.
        fact: m::FactRef,
        /// Its words, plain.
        text: String,
        /// The anchor it links to, for cookies and sections.
        anchor: Option<String>,
    },
}

/// One section as published.
fn section(p: &m::Policy, anchors: &Anchors, s: &m::Section) -> Section {
    let body = s
        .body
        .iter()
        .map(|seg| match seg {
            m::Segment::Text(t) => Segment::Text { text: t.clone() },
            m::Segment::Fact(f) => {
                let shown = p.fact(f);
                Segment::Fact {
                    fact: f.clone(),
                    text: shown.as_ref().map(|x| x.text.clone()).unwrap_or_default(),
                    anchor: shown.and_then(|x| x.anchor).and(anchors.fact(f)),
                }
            }
        })
        .collect();
    Section {
        id: v(&s.id),
        title: s.title.clone(),
        topic: s.topic,
        after: s.after,
        scope: scope(&s.scope),
        continues_at: s.continues_at.as_ref().map(v),
        text: s.plain_text(p),
        body,
    }
}

/// The writer's prose sections, in order.
pub(super) fn sections(p: &m::Policy) -> Vec<Section> {
    let anchors = Anchors::new(p, &[]);
    p.sections.iter().map(|s| section(p, &anchors, s)).collect()
}

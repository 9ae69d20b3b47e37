//! `section ID "Heading" { … }`: the writer's prose, in Markdown.

use super::super::lower::Lower;
use super::super::materiality::{
    row, source as src,
    Class::{Editorial as E, Material as M, Review as R},
    Direction as D, Part,
};
use super::super::schema::{why, Block, Field, Shape, Vocabulary};
use super::super::*;
use crate::diag::Code;
use crate::syntax::ast::Statement;
use crate::syntax::Keyword as K;

/// A section being read.
#[derive(Default)]
pub struct Reading {
    topic: Option<Topic>,
    after: Option<Spanned<Topic>>,
    source: Option<Spanned<String>>,
    continues_at: Option<Spanned<String>>,
}

/// The `section` block.
pub static BLOCK: Block<Reading> = Block {
    keyword: Some(K::Section),
    args: Shape::IdLabel,
    doc: "A prose section in Markdown, on its own or joined to a generated section with `topic`.",
    place: "in a `section` block",
    allow: false,
    row: None,
    material: &[
        (
            Part::Block,
            &[
                row(D::Renamed, E, "the same section under a new id", src::NONE),
                row(
                    D::Any,
                    R,
                    "a prose section is added or removed; read it",
                    "GDPR Art. 12(1)",
                ),
            ],
        ),
        (Part::Label, &[row(D::Any, E, "the heading", src::NONE)]),
        (
            Part::For,
            &[row(
                D::Any,
                R,
                "the regions the section applies to",
                "GDPR Art. 12(1)",
            )],
        ),
    ],
    omit: &[
        (K::After, why::NOTICE),
        (K::Text, why::NOTICE),
        (K::Topic, why::NOTICE),
        (K::ContinuesAt, why::NOTICE),
    ],
    fields: &[
        Field::once(
            K::Topic,
            Shape::Keyword(Topic::VOCAB),
            "The generated section it joins.",
            |cx, s, r: &mut Reading| r.topic = cx.keyword(s).map(|t| t.value),
        )
        .material(&[row(D::Any, E, "where the section is placed", src::NONE)]),
        Field::once(
            K::After,
            Shape::Keyword(Topic::VOCAB),
            "The generated section it follows, as a section of its own.",
            |cx, s, r: &mut Reading| r.after = cx.keyword(s),
        )
        .material(&[row(D::Any, E, "where the section is placed", src::NONE)]),
        Field::once(
            K::Text,
            Shape::Text,
            "The Markdown text; `{{ placeholders }}` name declared facts.",
            |cx, s, r: &mut Reading| r.source = cx.string(s),
        )
        .material(&[row(
            D::Any,
            R,
            "the prose changed; only its words say whether the practice did",
            "GDPR Art. 12(1)",
        )]),
        Field::once(
            K::ContinuesAt,
            Shape::Url,
            "The separate page that holds the rest of what the section's `topic` must say, when the policy is a layered notice (\"for the controllers and legal bases, see our page for people outside the US\"); the checker then leaves what that topic must contain to the page, for the section's places.",
            |cx, s, r: &mut Reading| r.continues_at = cx.string(s),
        )
        .material(&[
            row(
                D::Dropped,
                M,
                "the page that held the rest of this topic is no longer named: what it said must now be in the policy, or is gone",
                "GDPR Art. 12(1), Art. 13; WP260 rev.01 para. 35-38 (layered notices)",
            ),
            row(
                D::Any,
                R,
                "the page that holds the rest of this topic: read it",
                "GDPR Art. 12(1); WP260 rev.01 para. 35-38 (layered notices)",
            ),
        ]),
    ],
};

/// Reads a `section` statement.
pub fn lower(cx: &mut Lower, stmt: &Statement) -> Option<Section> {
    let scope = cx.take_scope();
    let (id, title) = cx.id_label(stmt, "section")?;
    if Topic::from_word(&id.value).is_some() {
        cx.error(
            Code::ReservedId,
            id.span,
            format!(
                "`{}` is the anchor of a generated section and cannot be a section id",
                id.value
            ),
            "reserved",
        );
        cx.help(format!(
            "choose another id and write `topic {}` inside to place the prose in that section",
            id.value
        ));
    }
    cx.declare("section", &id);
    let mut r = Reading::default();
    cx.walk(&BLOCK, stmt, &mut r);
    if let (Some(_), Some(after)) = (r.topic, &r.after) {
        cx.error(
            Code::BadValue,
            after.span,
            "a section is either part of a generated section (`topic`) or follows one (`after`), not both",
            "remove one",
        );
    }
    let Some(source) = r.source else {
        cx.error(
            Code::MissingStatement,
            id.span,
            format!("the section `{}` has no text", id.value),
            "no `text`",
        );
        cx.help("add `text \"\"\"` … `\"\"\"` with the section's Markdown");
        return None;
    };
    // A section titled as a generated section is ("About this policy"):
    // it joins that section, so the page does not show the heading twice.
    let same_heading = || Topic::all().find(|t| t.heading().eq_ignore_ascii_case(title.trim()));
    let topic = match (r.topic, &r.after) {
        (None, None) => same_heading(),
        (topic, _) => topic,
    };
    Some(Section {
        id,
        title,
        topic,
        after: r.after.as_ref().map(|a| a.value),
        scope,
        continues_at: r.continues_at,
        body: Vec::new(),
        source,
    })
}

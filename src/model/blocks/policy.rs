//! `policy "Title" { … }`: title, dates, version, language, jurisdictions.

use super::super::lower::Lower;
use super::super::schema::{why, Block, Field, Omit, Output, Shape, Vocabulary};
use super::super::*;
use crate::syntax::ast::Statement;

/// The `policy` block.
pub static BLOCK: Block<Meta> = Block {
    keyword: "policy",
    args: Shape::Text,
    doc: "The policy's title, dates, version, language and the regimes it is written for.",
    place: "in a `policy` block",
    allow: false,
    row: None,
    omit: &[
        ("effective", why::NOTICE),
        ("jurisdictions", &[Omit::new(Output::Html, why::REGIMES), Omit::new(Output::Markdown, why::REGIMES), why::NOT_FIDES, why::NOT_RECORD]),
        ("language", &[Omit::new(Output::Markdown, why::LANGUAGE_MD), Omit::new(Output::JsonLd, why::DOCUMENT), Omit::new(Output::Fides, why::DOCUMENT), Omit::new(Output::Ropa, why::DOCUMENT)]),
        ("notice-at-collection", why::NOTICE),
        ("updated", why::NOTICE),
        ("url", &[Omit::new(Output::JsonLd, why::DOCUMENT), Omit::new(Output::Ropa, why::DOCUMENT)]),
        ("version", why::NOTICE),
    ],
    fields: &[
        Field::once(
            "updated",
            Shape::Date,
            "When it was last updated.",
            |cx, s, m| m.updated = cx.date(s),
        ),
        Field::once(
            "effective",
            Shape::Date,
            "When it takes effect.",
            |cx, s, m| m.effective = cx.date(s),
        ),
        Field::once("version", Shape::Text, "A version label.", |cx, s, m| {
            m.version = cx.text(s)
        }),
        Field::once(
            "language",
            Shape::Word,
            "A language tag (`en`).",
            |cx, s, m| m.language = cx.words(s, false).pop().map(|v| v.value),
        ),
        Field::once(
            "jurisdictions",
            Shape::Keywords(Jurisdiction::VOCAB),
            "The regimes it is written for.",
            |cx, s, m| m.jurisdictions = cx.keywords(s),
        ),
        Field::once("url", Shape::Url, "Where it is published.", |cx, s, m| {
            m.url = cx.text(s)
        }),
        Field::once(
            "notice-at-collection",
            Shape::Url,
            "Where the separate CCPA notice at collection is published, when this policy is not it (11 CCR 7012).",
            |cx, s, m| m.notice_at_collection = cx.string(s),
        ),
    ],
};

/// Reads a `policy` statement.
pub fn lower(cx: &mut Lower, stmt: &Statement) -> Option<Meta> {
    let title = cx.string(stmt)?;
    let mut m = Meta {
        title,
        effective: None,
        updated: None,
        version: None,
        language: None,
        jurisdictions: Vec::new(),
        url: None,
        notice_at_collection: None,
        span: stmt.span,
    };
    cx.walk(&BLOCK, stmt, &mut m);
    Some(m)
}

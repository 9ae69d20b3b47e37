//! `recipient ID "label" { … }`: who receives data.

use super::super::lower::Lower;
use super::super::schema::{why, Block, Field, Shape, Vocabulary};
use super::super::*;
use crate::syntax::ast::Statement;

/// The `recipient` block.
pub static BLOCK: Block<Recipient> = Block {
    keyword: "recipient",
    args: Shape::IdLabel,
    doc: "A recipient or category of recipients: role, the data it receives, where it is.",
    place: "in a `recipient` block",
    allow: true,
    row: None,
    omit: &[
        ("location", &[why::NOT_FIDES, why::RECORD_LACKS]),
        ("named", &[why::NOT_FIDES, why::RECORD_LACKS]),
        ("purpose", &[why::NOT_DPV, why::NOT_FIDES, why::NOT_RECORD]),
        ("receives", &[why::RECORD_LACKS]),
        ("role", &[why::NOT_FIDES]),
        ("shared", &[why::NOT_DPV, why::NOT_FIDES, why::NOT_RECORD]),
        ("sold", &[why::NOT_DPV, why::NOT_FIDES, why::NOT_RECORD]),
    ],
    fields: &[
        Field::once(
            "role",
            Shape::Keyword(Role::VOCAB),
            "Its role.",
            |cx, s, r| r.role = cx.keyword(s),
        ),
        Field::once(
            "named",
            Shape::Texts,
            "Named parties in this category.",
            |cx, s, r| r.named = cx.texts(s),
        ),
        Field::once(
            "receives",
            Shape::Refs("data category"),
            "The data it receives.",
            |cx, s, r| r.receives = cx.words(s, false),
        ),
        Field::once(
            "purpose",
            Shape::Text,
            "Why it receives data.",
            |cx, s, r| r.purpose = cx.text(s),
        ),
        Field::once(
            "location",
            Shape::Places,
            "Where it is.",
            |cx, s, r: &mut Recipient| r.locations = cx.words(s, true),
        )
        .json("locations")
        .json("locations"),
        Field::once(
            "sold",
            Shape::YesNo,
            "Whether handing data to it is a sale (CCPA).",
            |cx, s, r| (r.sold, r.sold_statement) = cx.answer(s),
        ),
        Field::once(
            "shared",
            Shape::YesNo,
            "Whether it is sharing for cross-context advertising (CCPA).",
            |cx, s, r| (r.shared, r.shared_statement) = cx.answer(s),
        ),
    ],
};

/// Reads a `recipient` statement.
pub fn lower(cx: &mut Lower, stmt: &Statement) -> Option<Recipient> {
    let (id, label) = cx.id_label(stmt, "recipient")?;
    cx.declare("recipient", &id);
    let mut r = Recipient {
        id,
        label,
        role: None,
        named: Vec::new(),
        receives: Vec::new(),
        purpose: None,
        locations: Vec::new(),
        sold: None,
        sold_statement: None,
        shared: None,
        shared_statement: None,
        span: stmt.span,
    };
    cx.walk(&BLOCK, stmt, &mut r);
    Some(r)
}

//! `transfer ID "label" { … }`: data sent to other countries.

use super::super::lower::Lower;
use super::super::schema::{why, Block, Field, Shape, Vocabulary};
use super::super::*;
use crate::syntax::ast::Statement;

/// The `transfer` block.
pub static BLOCK: Block<Transfer> = Block {
    keyword: "transfer",
    args: Shape::IdLabel,
    doc: "A transfer to other countries: destinations, safeguard, the data sent.",
    place: "in a `transfer` block",
    allow: true,
    row: None,
    omit: &[
        ("consent-by", &[why::NOT_FIDES]),
        ("copy", &[why::NOT_DPV, why::NOT_FIDES, why::NOT_RECORD]),
        ("data", &[why::NOT_FIDES, why::RECORD_LACKS]),
        ("derogation", &[why::NOT_FIDES]),
        (
            "statement",
            &[why::NOT_DPV, why::NOT_FIDES, why::NOT_RECORD],
        ),
        ("to", &[why::NOT_FIDES]),
    ],
    fields: &[
        Field::once(
            "to",
            Shape::Places,
            "Where data goes.",
            |cx, s, t: &mut Transfer| t.destinations = cx.words(s, true),
        )
        .json("destinations")
        .json("destinations"),
        Field::once(
            "safeguard",
            Shape::Keywords(Safeguard::VOCAB),
            "The safeguards relied on (GDPR Chapter V); several when the policy names several.",
            |cx, s, t: &mut Transfer| t.safeguards = cx.keywords(s),
        )
        .json("safeguards")
        .json("safeguards"),
        Field::once(
            "derogation",
            Shape::Keyword(Derogation::VOCAB),
            "The Art. 49 derogation, when the safeguard is a derogation.",
            |cx, s, t| t.derogation = cx.keyword(s),
        ),
        Field::once(
            "copy",
            Shape::Text,
            "How to obtain a copy of the safeguard.",
            |cx, s, t| t.copy = cx.text(s),
        ),
        Field::once(
            "data",
            Shape::Refs("data category"),
            "The data transferred.",
            |cx, s, t| t.data = cx.words(s, false),
        ),
        Field::once(
            "consent-by",
            Shape::Keywords(ConsentMechanism::VOCAB),
            "How consent to the transfer is obtained, when it rests on consent.",
            |cx, s, t| t.consent_by = cx.keywords(s),
        ),
        Field::once(
            "statement",
            Shape::Text,
            "The policy's own words.",
            |cx, s, t| t.statement = cx.text(s),
        ),
    ],
};

/// Reads a `transfer` statement.
pub fn lower(cx: &mut Lower, stmt: &Statement) -> Option<Transfer> {
    let (id, label) = cx.id_label(stmt, "transfer")?;
    cx.declare("transfer", &id);
    let mut t = Transfer {
        id,
        label,
        destinations: Vec::new(),
        safeguards: Vec::new(),
        scope: Scope::default(),
        derogation: None,
        copy: None,
        data: Vec::new(),
        statement: None,
        consent_by: Vec::new(),
        span: stmt.span,
    };
    cx.walk(&BLOCK, stmt, &mut t);
    Some(t)
}

//! `tracker ID "label" { … }`: a beacon, pixel or SDK.

use super::super::lower::Lower;
use super::super::schema::{why, Block, Field, Shape, Vocabulary};
use super::super::*;
use crate::syntax::ast::Statement;

/// The `tracker` block.
pub static BLOCK: Block<Tracker> = Block {
    keyword: "tracker",
    args: Shape::IdLabel,
    doc: "A tracking technology other than cookies: a web beacon, a pixel, an SDK.",
    place: "in a `tracker` block",
    allow: false,
    row: None,
    omit: &[
        ("kind", &[why::NOT_DPV, why::NOT_FIDES, why::NOT_RECORD]),
        ("provider", &[why::NOT_DPV, why::NOT_FIDES, why::NOT_RECORD]),
        ("purpose", &[why::NOT_DPV, why::NOT_FIDES, why::NOT_RECORD]),
    ],
    fields: &[
        Field::once(
            "kind",
            Shape::Keyword(TrackerKind::VOCAB),
            "Its kind.",
            |cx, s, t| t.kind = cx.keyword(s),
        ),
        Field::once("provider", Shape::Text, "Who provides it.", |cx, s, t| {
            t.provider = cx.text(s)
        }),
        Field::once("purpose", Shape::Text, "Why it is used.", |cx, s, t| {
            t.purpose = cx.text(s)
        }),
    ],
};

/// Reads a `tracker` statement.
pub fn lower(cx: &mut Lower, stmt: &Statement) -> Option<Tracker> {
    let (id, label) = cx.id_label(stmt, "tracker")?;
    cx.declare("tracker", &id);
    let mut t = Tracker {
        id,
        label,
        kind: None,
        provider: None,
        purpose: None,
        span: stmt.span,
    };
    cx.walk(&BLOCK, stmt, &mut t);
    Some(t)
}

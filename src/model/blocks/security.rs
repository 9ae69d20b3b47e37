//! `security { … }`: the measures taken and what happens after a breach.

use super::super::lower::Lower;
use super::super::materiality::{
    row, source as src,
    Class::{Editorial as E, Review as R},
    Direction as D, Part,
};
use super::super::schema::{why, Block, Field, Shape};
use super::super::*;
use crate::syntax::ast::Statement;
use crate::syntax::Keyword as K;

/// The `security` block.
pub static BLOCK: Block<Security> = Block {
    keyword: Some(K::Security),
    args: Shape::Nothing,
    doc: "Security: the measures named, whether security is promised, breach notification.",
    place: "in a `security` block",
    allow: false,
    row: None,
    material: &[(
        Part::Block,
        &[row(D::Any, E, "the security section", src::NONE)],
    )],
    omit: &[
        (
            K::BreachNotification,
            &[why::NOT_DPV, why::NOT_FIDES, why::NOT_RECORD],
        ),
        (
            K::Guarantee,
            &[why::NOT_DPV, why::NOT_FIDES, why::NOT_RECORD],
        ),
    ],
    fields: &[
        Field::once(
            K::Measures,
            Shape::Texts,
            "The measures named.",
            |cx, s, x: &mut Security| x.measures = cx.texts(s),
        )
        .material(&[
            row(
                D::Fewer,
                R,
                "a security measure is no longer named; read whether protection is weaker",
                "GDPR Art. 32",
            ),
            row(D::Any, E, "security measures named", src::NONE),
        ]),
        Field::once(
            K::Guarantee,
            Shape::YesNo,
            "Whether security is promised (no: \"we cannot guarantee\").",
            |cx, s, x: &mut Security| (x.guarantee, x.guarantee_statement) = cx.answer(s),
        )
        .material(&[row(D::Any, E, "whether security is promised", src::NONE)]),
        Field::once(
            K::BreachNotification,
            Shape::Text,
            "What happens after a breach.",
            |cx, s, x: &mut Security| x.breach_notification = cx.text(s),
        )
        .material(&[row(
            D::Any,
            R,
            "what happens after a breach, in words",
            "GDPR Art. 33, 34",
        )]),
    ],
};

/// Reads a `security` statement.
pub fn lower(cx: &mut Lower, stmt: &Statement) -> Option<Security> {
    let mut sec = Security {
        measures: Vec::new(),
        guarantee: None,
        guarantee_statement: None,
        breach_notification: None,
        span: stmt.span,
    };
    cx.walk(&BLOCK, stmt, &mut sec);
    Some(sec)
}

//! `children { … }`: minimum age, whether the service is for children, parental consent.

use super::super::lower::{flat_values, Lower};
use super::super::schema::{why, Block, Field, Shape};
use super::super::*;
use crate::syntax::ast::{Statement, Value, ValueKind};

/// The `children` block.
pub static BLOCK: Block<Children> = Block {
    keyword: "children",
    args: Shape::Nothing,
    doc: "Children: the minimum age, whether the service is directed at them, parental consent.",
    place: "in a `children` block",
    allow: false,
    row: None,
    omit: &[
        ("contact", &[why::NOT_DPV, why::NOT_FIDES, why::NOT_RECORD]),
        ("directed", &[why::NOT_DPV, why::NOT_FIDES, why::NOT_RECORD]),
        ("minimum-age", &[why::NOT_DPV, why::NOT_FIDES, why::NOT_RECORD]),
        ("on-discovery", &[why::NOT_DPV, why::NOT_FIDES, why::NOT_RECORD]),
        ("parental-consent", &[why::NOT_DPV, why::NOT_FIDES, why::NOT_RECORD]),
    ],
    fields: &[
        Field::many(
            "minimum-age",
            Shape::Other {
                syntax: "YEARS | \"words\"",
                example: "13",
                alt: "16",
            },
            "A minimum age, in years or in words; `for …` gives the age for some places (two for the same places are a contradiction).",
            minimum_age,
        )
.json("minimum_ages")
.json("minimum_ages")
        .regional(),
        Field::once(
            "directed",
            Shape::Flag,
            "Whether the service is directed at children.",
            |cx, s, c| c.directed = cx.flag(s),
        ),
        Field::once(
            "parental-consent",
            Shape::YesNo,
            "Whether parental consent is sought.",
            |cx, s, c| (c.parental_consent, c.parental_consent_statement) = cx.answer(s),
        ),
        Field::once(
            "on-discovery",
            Shape::Text,
            "What happens to data collected from a child by mistake.",
            |cx, s, c| c.on_discovery = cx.text(s),
        ),
        Field::once("contact", Shape::Text, "Whom to tell.", |cx, s, c| {
            c.contact = cx.text(s)
        }),
    ],
};

fn minimum_age(cx: &mut Lower, s: &Statement, c: &mut Children) {
    let scope = cx.take_scope();
    let age = match flat_values(s).as_slice() {
        [v @ Value {
            kind: ValueKind::Number(n),
            ..
        }] => {
            let n = cx.number(v, n);
            n.map(|n| Spanned::new(Age::Years(u32::try_from(n).unwrap_or(u32::MAX)), v.span))
        }
        [Value {
            kind: ValueKind::Str(w),
            span,
        }] => Some(Spanned::new(Age::Words(w.clone()), *span)),
        _ => {
            cx.expect_shape(
                s,
                "an age in years (`13`) or in words (`\"the age of majority\"`)",
            );
            None
        }
    };
    c.minimum_ages
        .extend(age.map(|value| Scoped { value, scope }));
}

/// Reads a `children` statement.
pub fn lower(cx: &mut Lower, stmt: &Statement) -> Option<Children> {
    let mut c = Children {
        minimum_ages: Vec::new(),
        directed: None,
        parental_consent: None,
        parental_consent_statement: None,
        on_discovery: None,
        contact: None,
        span: stmt.span,
    };
    cx.walk(&BLOCK, stmt, &mut c);
    Some(c)
}

//! `purpose ID "label" { … }`: why data is processed, and on what basis.

use super::super::lower::{flat_values, Lower};
use super::super::schema::{Block, Field, Shape, Vocabulary};
use super::super::*;
use crate::syntax::ast::{Statement, ValueKind};

/// The `purpose` block.
pub static BLOCK: Block<Purpose> = Block {
    keyword: "purpose",
    args: Shape::IdLabel,
    doc: "A purpose: the data it uses and the legal basis it rests on.",
    place: "in a `purpose` block",
    allow: true,
    row: None,
    fields: &[
        Field::once(
            "uses",
            Shape::Refs("data category"),
            "The data categories it uses.",
            |cx, s, p| p.uses = cx.words(s, false),
        ),
        Field::once(
            "basis",
            Shape::Other {
                syntax: "GROUND | BASIS-ID | \"the policy's words\", …",
                example: "consent",
            },
            "The Art. 6(1) grounds or declared bases it rests on.",
            basis,
        ),
        Field::once(
            "interest",
            Shape::Text,
            "The legitimate interest, in words.",
            |cx, s, p| p.interest = cx.string(s),
        ),
        Field::once(
            "condition",
            Shape::Keyword(Art9Condition::VOCAB),
            "The Art. 9(2) condition, for special categories.",
            |cx, s, p| p.condition = cx.keyword(s),
        ),
        Field::once(
            "consent-by",
            Shape::Keywords(ConsentMechanism::VOCAB),
            "How consent is given.",
            |cx, s, p| p.consent_by = cx.keywords(s),
        ),
    ],
};

/// A word is an Art. 6(1) ground or the id of a `basis` declaration; a
/// quoted string keeps the policy's own words when they name no ground.
fn basis(cx: &mut Lower, s: &Statement, p: &mut Purpose) {
    for v in flat_values(s) {
        match &v.kind {
            ValueKind::Word(w) => match Ground::from_word(w) {
                Some(g) => p
                    .grounds
                    .push(Spanned::new(GroundClaim::Article6(g), v.span)),
                None => p.bases.push(Spanned::new(w.clone(), v.span)),
            },
            ValueKind::Str(text) => p.grounds.push(Spanned::new(
                GroundClaim::Unrecognised(text.clone()),
                v.span,
            )),
            _ => cx.expect_shape(s, "Art. 6(1) grounds or basis ids, as in `basis consent`"),
        }
    }
}

/// Reads a `purpose` statement.
pub fn lower(cx: &mut Lower, stmt: &Statement) -> Option<Purpose> {
    let (id, label) = cx.id_label(stmt, "purpose")?;
    cx.declare("purpose", &id);
    let mut p = Purpose {
        id,
        label,
        uses: Vec::new(),
        bases: Vec::new(),
        grounds: Vec::new(),
        interest: None,
        condition: None,
        consent_by: Vec::new(),
        span: stmt.span,
    };
    cx.walk(&BLOCK, stmt, &mut p);
    Some(p)
}

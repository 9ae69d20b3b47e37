//! `changes { … }`: how changes to the policy are made and made known.

use super::super::lower::Lower;
use super::super::schema::{Block, Field, Shape, Vocabulary};
use super::super::*;
use crate::syntax::ast::Statement;

/// The `changes` block.
pub static BLOCK: Block<Changes> = Block {
    keyword: "changes",
    args: Shape::Nothing,
    doc: "How changes are made known, whether they need acceptance, when they take effect.",
    place: "in a `changes` block",
    allow: false,
    row: None,
    fields: &[
        Field::once(
            "notify-by",
            Shape::Keywords(Notice::VOCAB),
            "How people are told.",
            |cx, s, c| c.notify_by = cx.keyword_values(s),
        ),
        Field::once(
            "acceptance-required",
            Shape::Flag,
            "Whether significant changes need the person's acceptance.",
            |cx, s, c| c.acceptance_required = cx.flag(s),
        ),
        Field::once(
            "continued-use-is-consent",
            Shape::YesNo,
            "Whether using the service after a change counts as consent to it.",
            |cx, s, c| c.continued_use_is_consent = cx.yes_no(s).map(|(a, _)| a),
        ),
        Field::once(
            "take-effect",
            Shape::Text,
            "When changes take effect.",
            |cx, s, c| c.take_effect = cx.text(s),
        ),
    ],
};

/// Reads a `changes` statement.
pub fn lower(cx: &mut Lower, stmt: &Statement) -> Option<Changes> {
    let mut c = Changes {
        notify_by: Vec::new(),
        acceptance_required: None,
        continued_use_is_consent: None,
        take_effect: None,
        span: stmt.span,
    };
    cx.walk(&BLOCK, stmt, &mut c);
    Some(c)
}

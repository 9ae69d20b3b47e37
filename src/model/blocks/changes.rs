//! `changes { … }`: how changes to the policy are made and made known.

use super::super::lower::Lower;
use super::super::materiality::{
    row, source as src,
    Class::{Editorial as E, Material as M, Review as R},
    Direction as D, Part,
};
use super::super::schema::{why, Block, Field, Shape};
use super::super::*;
use crate::syntax::ast::{Statement, Value, ValueKind};
use crate::syntax::Keyword as K;

/// The `changes` block.
pub static BLOCK: Block<Changes> = Block {
    keyword: Some(K::Changes),
    args: Shape::Nothing,
    doc: "How changes are made known, whether they need acceptance, when they take effect.",
    place: "in a `changes` block",
    allow: false,
    row: None,
    material: &[(Part::Block, &[row(D::Any, E, "how changes are made known", src::NONE)])],
    omit: &[
        (K::AcceptanceRequired, why::NOTICE),
        (K::ContinuedUseIsConsent, why::NOTICE),
        (K::NotifyBy, why::NOTICE),
        (K::TakeEffect, why::NOTICE),
        (K::Archive, why::NOTICE),
    ],
    fields: &[
        Field::once(
            K::NotifyBy,
            Shape::Other {
                syntax: "posting | email | in-service | …, [\"the policy's words\"]",
                example: "posting, email \"For material changes we may also e-mail you.\"",
                alt: "in-service",
            },
            "How people are told of changes; the policy's words after the means, when it hedges them (\"we may, for example\"), are shown instead of a sentence made from them.",
            notify_by,
        )
.material(&[row(D::Fewer, M, "people are told of changes in fewer ways", src::WP260), row(D::Any, E, "people are told of changes in more ways", src::NONE)]),
        Field::once(
            K::AcceptanceRequired,
            Shape::Flag,
            "Whether significant changes need the person's acceptance.",
            |cx, s, c: &mut Changes| c.acceptance_required = cx.flag(s),
        )
.material(&[row(D::No, M, "significant changes no longer need acceptance", src::WP260), row(D::Any, E, "whether changes need acceptance", src::NONE)]),
        Field::once(
            K::ContinuedUseIsConsent,
            Shape::YesNo,
            "Whether using the service after a change counts as consent to it.",
            |cx, s, c: &mut Changes| {
                let (answer, words) = cx.yes_no(s).unzip();
                c.continued_use_is_consent = answer;
                c.continued_use_statement = words.flatten().map(|w| w.value);
            },
        )
.material(&[row(D::Yes, M, "continued use now counts as consent to changes", src::CONSENT), row(D::Any, E, "continued use no longer counts as consent", src::NONE)]),
        Field::once(
            K::TakeEffect,
            Shape::Text,
            "When changes take effect.",
            |cx, s, c: &mut Changes| c.take_effect = cx.text(s),
        )
.material(&[row(D::Any, R, "when changes take effect, in words", src::WP260)]),
        Field::note(
            K::Archive,
            "Where earlier versions of the policy can be read, in the policy's words.",
        )
        .material(&[row(D::Any, E, "where earlier versions can be read", src::NONE)]),
    ],
};

/// `notify-by posting, email "the policy's words"`: the means, then the words.
fn notify_by(cx: &mut Lower, s: &Statement, c: &mut Changes) {
    let mut means = s.clone();
    if let Some(last) = means.args.last() {
        if let [Value {
            kind: ValueKind::Str(words) | ValueKind::Text(words),
            ..
        }] = last.values.as_slice()
        {
            c.notify_statement = Some(words.clone());
            means.args.pop();
        }
    }
    c.notify_by = cx.keyword_values(&means);
}

/// Reads a `changes` statement.
pub fn lower(cx: &mut Lower, stmt: &Statement) -> Option<Changes> {
    let mut c = Changes {
        notes: Vec::new(),
        notify_by: Vec::new(),
        notify_statement: None,
        acceptance_required: None,
        continued_use_is_consent: None,
        continued_use_statement: None,
        take_effect: None,
        span: stmt.span,
    };
    cx.walk(&BLOCK, stmt, &mut c);
    Some(c)
}

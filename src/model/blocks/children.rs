//! `children { … }`: minimum age, whether the service is for children, parental consent.

use super::super::lower::{flat_values, Lower};
use super::super::materiality::{
    row, source as src,
    Class::{Editorial as E, Material as M, Review as R},
    Direction as D, Part,
};
use super::super::schema::{why, Block, Field, Shape};
use super::super::*;
use crate::syntax::ast::{Statement, Value, ValueKind};
use crate::syntax::Keyword as K;

/// The `children` block.
pub static BLOCK: Block<Children> = Block {
    keyword: Some(K::Children),
    args: Shape::Nothing,
    doc: "Children: the minimum age, whether the service is directed at them, parental consent.",
    place: "in a `children` block",
    allow: false,
    row: None,
    material: &[(Part::Block, &[row(D::Removed, R, "the policy no longer says anything about children; read whether it still addresses them", "GDPR Art. 8, Recital 38; COPPA 16 CFR 312.4"), row(D::Any, E, "the policy now addresses children", src::NONE)])],
    omit: &[
        (K::Contact, &[why::NOT_DPV, why::NOT_FIDES, why::NOT_RECORD]),
        (K::Directed, &[why::NOT_DPV, why::NOT_FIDES, why::NOT_RECORD]),
        (K::MinimumAge, &[why::NOT_DPV, why::NOT_FIDES, why::NOT_RECORD]),
        (K::OnDiscovery, &[why::NOT_DPV, why::NOT_FIDES, why::NOT_RECORD]),
        (K::ParentalConsent, &[why::NOT_DPV, why::NOT_FIDES, why::NOT_RECORD]),
        (K::ParentalConsentToUse, &[why::NOT_DPV, why::NOT_FIDES, why::NOT_RECORD]),
        (K::AgeCheck, &[why::NOT_DPV, why::NOT_FIDES, why::NOT_RECORD]),
        (K::ParentalTools, &[why::NOT_DPV, why::NOT_FIDES, why::NOT_RECORD]),
    ],
    fields: &[
        Field::many(
            K::MinimumAge,
            Shape::Other {
                syntax: "YEARS | \"words\"",
                example: "13",
                alt: "16",
            },
            "A minimum age, in years or in words; `for …` gives the age for some places, `for elsewhere` the age everywhere else (two for the same places are a contradiction the checker reports).",
            minimum_age,
        )
.material(&[row(D::Lower, M, "younger children may now use the service", "GDPR Art. 8(1); COPPA 16 CFR 312.2"), row(D::Dropped, M, "no minimum age is stated any more", "GDPR Art. 8(1)"), row(D::Any, E, "the minimum age is higher, or now stated", src::NONE)])
.json("minimum_ages")
        .regional(),
        Field::once(
            K::Directed,
            Shape::Flag,
            "Whether the service is directed at children.",
            |cx, s, c: &mut Children| c.directed = cx.flag(s),
        )
.material(&[row(D::Yes, M, "the service is now directed at children", "COPPA 15 U.S.C. 6502; GDPR Art. 8"), row(D::Any, E, "whether the service is directed at children", src::NONE)]),
        Field::once(
            K::ParentalConsent,
            Shape::YesNo,
            "Whether parental consent is sought.",
            |cx, s, c: &mut Children| (c.parental_consent, c.parental_consent_statement) = cx.answer(s),
        )
.material(&[row(D::No, M, "parental consent is no longer sought", "GDPR Art. 8(1)-(2); COPPA 16 CFR 312.5"), row(D::Dropped, M, "parental consent is no longer mentioned", "GDPR Art. 8(1)-(2); COPPA 16 CFR 312.5"), row(D::Reworded, R, "the policy's words on parental consent", "GDPR Art. 8(2)"), row(D::Any, E, "parental consent is sought", src::NONE)]),
        Field::once(
            K::ParentalConsentToUse,
            Shape::YesNo,
            "Whether minors may use the service only with a parent's consent: a condition of use, kept apart from `parental-consent` (the consent COPPA or GDPR Art. 8 asks for before their data is processed).",
            |cx, s, c: &mut Children| {
                (c.parental_consent_to_use, c.parental_consent_to_use_statement) = cx.answer(s)
            },
        )
        .material(&[
            row(D::Yes, M, "minors now need a parent's consent to use the service", "GDPR Art. 8(1)"),
            row(D::Reworded, R, "the policy's words on a parent's consent to use the service", src::NONE),
            row(D::Any, E, "whether minors need a parent's consent to use the service", src::NONE),
        ]),
        Field::once(
            K::OnDiscovery,
            Shape::Text,
            "What happens to data collected from a child by mistake.",
            |cx, s, c: &mut Children| c.on_discovery = cx.text(s),
        )
.material(&[row(D::Any, R, "what happens to a child's data collected by mistake", "COPPA 16 CFR 312.4")]),
        Field::once(K::Contact, Shape::Text, "Whom to tell.", |cx, s, c: &mut Children| {
            c.contact = cx.text(s)
        })
.material(&[row(D::Any, E, "whom to tell", src::NONE)]),
        Field::note(
            K::AgeCheck,
            "How age is checked, in the policy's words.",
        )
        .material(&[row(D::Any, R, "how age is checked", src::NONE)]),
        Field::question(
            K::ParentalTools,
            "Whether parents or guardians have tools to see or limit what their child does on the service: `yes`, `no` or `may`, with the policy's words (it names them, such as a family-pairing feature).",
        )
        .material(&[row(D::No, R, "parents are no longer said to have tools to see or limit what their child does: read what remains", "ICO Age Appropriate Design Code, standard 11 (parental controls)"), row(D::Any, E, "whether parents have tools, or the words that describe them", src::NONE)]),
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
        notes: Vec::new(),
        minimum_ages: Vec::new(),
        directed: None,
        parental_consent: None,
        parental_consent_statement: None,
        parental_consent_to_use: None,
        parental_consent_to_use_statement: None,
        on_discovery: None,
        contact: None,
        span: stmt.span,
    };
    cx.walk(&BLOCK, stmt, &mut c);
    Some(c)
}

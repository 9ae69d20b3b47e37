//! `basis ID "label" { … }`: a legal basis in the policy's own words.

use super::super::lower::{flat_values, suggestion_help, Lower};
use super::super::materiality::{
    row, source as src,
    Class::{Editorial as E, Material as M, Review as R},
    Direction as D, Part,
};
use super::super::schema::{why, Block, Field, Shape, Vocabulary};
use super::super::*;
use crate::diag::Code;
use crate::syntax::ast::{Statement, Value, ValueKind};
use crate::syntax::Keyword as K;

/// A basis being read: the ground is checked once the block is read.
pub struct Reading {
    basis: Basis,
    ground: Option<Spanned<GroundClaim>>,
    ground_written: bool,
}

/// The `basis` block.
pub static BLOCK: Block<Reading> = Block {
    keyword: Some(K::Basis),
    args: Shape::IdLabel,
    doc: "A legal basis as the policy words it, and the GDPR Art. 6(1) ground it rests on.",
    place: "in a `basis` block",
    allow: true,
    row: None,
    material: &[(Part::Block, &[row(D::Renamed, E, "the same basis under a new id", src::NONE), row(D::Any, E, "a basis declaration is added or removed (what each purpose rests on is compared on the purpose)", src::NONE)]), (Part::Label, &[row(D::Any, R, "the wording of the basis", src::A13_1C)]), (Part::For, &[row(D::More, M, "the basis is now relied on in more places: people there have their data processed on it", src::A13_1C), row(D::Fewer, R, "the basis is relied on in fewer places; read what the processing rests on elsewhere", src::A13_1C), row(D::Any, R, "the places the basis is relied on", src::A13_1C)])],
    omit: &[
        (
            K::ConsentBy,
            &[why::NOT_DPV, why::NOT_FIDES, why::NOT_RECORD],
        ),
        (K::Covers, &[why::NOT_FIDES]),
        (K::Ground, &[why::NOT_FIDES]),
        (K::Interest, &[why::NOT_FIDES, why::NOT_RECORD]),
    ],
    fields: &[
        Field::once(
            K::Ground,
            Shape::Other {
                syntax: "GROUND | \"the policy's words\"",
                example: "consent",
                alt: "contract",
            },
            "The Art. 6(1) ground, or the policy's own words when they name none.",
            |cx, s, r: &mut Reading| {
                r.ground_written = true;
                r.ground = ground_claim(cx, s);
            },
        )
.material(&[row(D::Any, M, "the legal basis changed (the rights that apply change with it)", "GDPR Art. 6(1), 13(1)(c), 17(1), 20(1), 21(1)")]),
        Field::once(
            K::Interest,
            Shape::Text,
            "The legitimate interest, in words.",
            |cx, s, r: &mut Reading| r.basis.interest = cx.string(s),
        )
.material(&[row(D::Any, R, "the legitimate interest, in the policy's words", src::A13_1D)]),
        Field::once(
            K::ConsentBy,
            Shape::Keywords(ConsentMechanism::VOCAB),
            "How consent is given.",
            |cx, s, r: &mut Reading| r.basis.consent_by = cx.keywords(s),
        )
.material(&[row(D::To("continued-use"), M, "consent is now inferred from continued use", src::CONSENT), row(D::To("pre-ticked"), M, "consent is now taken by a pre-ticked box", "GDPR Art. 4(11), 7; CJEU C-673/17 Planet49"), row(D::Any, E, "how consent is given", src::NONE)]),
        Field::once(
            K::Covers,
            Shape::Other {
                syntax: "all | PURPOSE-ID | \"words\", …",
                example: "example",
                alt: "\"Other words\"",
            },
            "The purposes the basis covers (their ids link them; quoted words stay unlinked); `all` when the policy says it covers all processing.",
            covers,
        )
.material(&[row(D::More, M, "the basis now covers more purposes", src::A13_1C), row(D::Any, R, "what the basis covers", src::A13_1C)]),
    ],
};

/// `ground consent`, or the policy's own words in quotes.
fn ground_claim(cx: &mut Lower, s: &Statement) -> Option<Spanned<GroundClaim>> {
    match flat_values(s).as_slice() {
        [Value {
            kind: ValueKind::Word(w),
            span,
        }] => match (Ground::from_word(w), LgpdGround::from_word(w)) {
            (Some(g), _) => Some(Spanned::new(GroundClaim::Article6(g), *span)),
            (None, Some(g)) => Some(Spanned::new(GroundClaim::Lgpd(g), *span)),
            (None, None) => {
                let help = suggestion_help(w, Ground::WORDS, "an Art. 6(1) ground is one of");
                cx.error(
                    Code::UnknownKeyword,
                    *span,
                    format!("`{w}` is not a GDPR Art. 6(1) ground"),
                    "not a ground",
                );
                cx.help(format!("{help}; to keep a policy's own wording that names no ground, write it in quotes"));
                None
            }
        },
        [Value {
            kind: ValueKind::Str(text),
            span,
        }] => Some(Spanned::new(GroundClaim::Unrecognised(text.clone()), *span)),
        _ => {
            cx.expect_shape(
                s,
                "an Art. 6(1) ground such as `consent`, or the policy's own words in quotes",
            );
            None
        }
    }
}

/// `covers a, "some words"`: purpose ids link, quoted words are kept as written.
fn covers(cx: &mut Lower, s: &Statement, r: &mut Reading) {
    if let [v] = flat_values(s).as_slice() {
        if matches!(&v.kind, ValueKind::Word(w) if w == "all") {
            r.basis.covers_all = true;
            return;
        }
    }
    for v in flat_values(s) {
        match &v.kind {
            ValueKind::Word(w) => r
                .basis
                .covers_purposes
                .push(Spanned::new(w.clone(), v.span)),
            ValueKind::Str(t) => r.basis.covers.push(Spanned::new(t.clone(), v.span)),
            _ => cx.expect_shape(
                s,
                "purpose ids or words in quotes, as in `covers newsletter, \"support\"`",
            ),
        }
    }
}

/// Reads a `basis` statement.
pub fn lower(cx: &mut Lower, stmt: &Statement) -> Option<Basis> {
    let (id, label) = cx.id_label(stmt, "basis")?;
    if Ground::from_word(&id.value).is_some() || LgpdGround::from_word(&id.value).is_some() {
        cx.error(
            Code::ReservedId,
            id.span,
            format!(
                "`{}` is the name of an Art. 6(1) ground and cannot be a basis id",
                id.value
            ),
            "reserved word",
        );
        cx.help(format!("choose another id, such as `{}-basis`", id.value));
    }
    cx.declare("basis", &id);
    let mut r = Reading {
        basis: Basis {
            id,
            label,
            ground: Spanned::new(GroundClaim::Unrecognised(String::new()), stmt.span),
            interest: None,
            consent_by: Vec::new(),
            covers: Vec::new(),
            covers_purposes: Vec::new(),
            covers_all: false,
            scope: cx.take_scope(),
            span: stmt.span,
        },
        ground: None,
        ground_written: false,
    };
    cx.walk(&BLOCK, stmt, &mut r);
    let mut b = r.basis;
    match r.ground {
        Some(g) => b.ground = g,
        None if !r.ground_written => {
            cx.error(
                Code::MissingStatement,
                b.id.span,
                format!("the basis `{}` does not say its ground", b.id.value),
                "no `ground`",
            );
            cx.help("add `ground consent` (or contract, legal-obligation, vital-interests, public-task, legitimate-interests), or the policy's words in quotes");
        }
        None => {}
    }
    Some(b)
}

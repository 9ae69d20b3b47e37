//! `rights { … }` and the `right KIND… "description" { … }` statements inside.

use super::super::lower::{flat_values, suggestion_help, Lower};
use super::super::materiality::{
    row, source as src,
    Class::{Editorial as E, Material as M, Review as R},
    Direction as D, Part,
};
use super::super::schema::{why, Block, Field, Shape};
use super::super::*;
use crate::diag::Code;
use crate::syntax::ast::{Statement, Value, ValueKind};
use crate::syntax::Keyword as K;

/// The `rights` block.
pub static BLOCK: Block<Rights> = Block {
    keyword: Some(K::Rights),
    args: Shape::Nothing,
    doc: "The rights offered, how to send a request and how quickly it is answered.",
    place: "in a `rights` block",
    allow: true,
    row: None,
    material: &[(
        Part::Block,
        &[
            row(
                D::Removed,
                M,
                "the rights are no longer stated",
                src::A13_2B,
            ),
            row(D::Any, E, "the rights are now stated", src::NONE),
        ],
    )],
    omit: &[
        (K::RequestVia, why::NOTICE),
        (
            K::RespondWithin,
            &[why::NOT_DPV, why::NOT_FIDES, why::NOT_RECORD],
        ),
        (
            K::ExtendedWithin,
            &[why::NOT_DPV, why::NOT_FIDES, why::NOT_RECORD],
        ),
        (K::Right, &[why::NOT_FIDES, why::NOT_RECORD]),
        (
            K::VerifiesIdentity,
            &[why::NOT_DPV, why::NOT_FIDES, why::NOT_RECORD],
        ),
        (K::Fee, &[why::NOT_DPV, why::NOT_FIDES, why::NOT_RECORD]),
        (K::Refusal, &[why::NOT_DPV, why::NOT_FIDES, why::NOT_RECORD]),
        (K::Agent, &[why::NOT_DPV, why::NOT_FIDES, why::NOT_RECORD]),
    ],
    fields: &[
        Field::many_block(
            &RIGHT,
            K::Right,
            Shape::Other {
                syntax: "KIND, … \"description\"",
                example: "complain \"Complain to a supervisory authority\"",
                alt: "complain, access \"Complain, or see the data we hold\"",
            },
            "A right as the policy states it; `for …` limits it to regions.",
            |cx, s, r: &mut Rights| r.rights.extend(right(cx, s)),
        )
        .json("rights")
        .regional(),
        Field::many(
            K::RequestVia,
            Shape::Texts,
            "How to send a request.",
            |cx, s, r: &mut Rights| r.request_via.extend(cx.strings(s)),
        )
        .material(&[
            row(
                D::Fewer,
                M,
                "a way to send a request is withdrawn",
                "GDPR Art. 12(2); CCPA 1798.130(a)(1)",
            ),
            row(D::Any, E, "ways to send a request", src::NONE),
        ]),
        Field::once(
            K::RespondWithin,
            Shape::Duration,
            "How quickly requests are answered; once per region with `for …` where it differs.",
            |cx, s, r: &mut Rights| {
                let scope = cx.take_scope();
                let within = cx.duration(s);
                r.respond_within
                    .extend(within.map(|value| Scoped { value, scope }));
            },
        )
        .material(&[
            row(
                D::Longer,
                M,
                "requests are answered more slowly",
                "GDPR Art. 12(3); CCPA 1798.130(a)(2)",
            ),
            row(
                D::BeyondLaw,
                M,
                "requests are now to be answered later than the law allows where it applies",
                "GDPR and UK GDPR Art. 12(3); CCPA 1798.130(a)(2)(A); LGPD Art. 19(II)",
            ),
            row(
                D::Dropped,
                R,
                "the response time is no longer stated",
                "GDPR Art. 12(3)",
            ),
            row(
                D::Any,
                E,
                "requests are answered sooner, or the time is stated",
                src::NONE,
            ),
        ])
        .regional(),
        Field::once(
            K::ExtendedWithin,
            Shape::Other {
                syntax: "[DURATION] \"when\"",
                example: "60 days \"when requests are complex or numerous\"",
                alt: "90 days \"when requests are complex or numerous\"",
            },
            "The longer time some requests may take, and when (\"within 30 days, 60 for complex requests\"); once per region with `for …` where it differs.",
            |cx, s, r: &mut Rights| {
                let scope = cx.take_scope();
                if let Some(value) = cx.extension(s) {
                    r.extended_within.push(Scoped { value, scope });
                }
            },
        )
        .material(&[
            row(
                D::Longer,
                M,
                "some requests may be answered more slowly",
                "GDPR Art. 12(3); CCPA 1798.130(a)(2)(A)",
            ),
            row(
                D::Stated,
                M,
                "some requests may now take longer than the response time",
                "GDPR Art. 12(3); CCPA 1798.130(a)(2)(A)",
            ),
            row(
                D::Any,
                R,
                "when requests may take longer; read the words",
                "GDPR Art. 12(3)",
            ),
        ])
        .regional(),
        Field::once(
            K::VerifiesIdentity,
            Shape::YesNo,
            "Whether identity is checked before answering.",
            |cx, s, r: &mut Rights| (r.verifies_identity, r.identity_statement) = cx.answer(s),
        )
        .material(&[
            row(
                D::Yes,
                R,
                "identity is now checked before answering; read how",
                "GDPR Art. 12(2), 12(6)",
            ),
            row(D::Any, E, "whether identity is checked", src::NONE),
        ]),
        Field::note(
            K::Fee,
            "Whether, or when, a fee is charged for a request, in the policy's words.",
        )
        .material(&[
            row(
                D::Stated,
                R,
                "what the policy says of fees for requests is now stated: read whether and when one is charged",
                "GDPR Art. 12(5)",
            ),
            row(D::Any, R, "when a fee is charged for a request", "GDPR Art. 12(5)"),
        ]),
        Field::note(
            K::Refusal,
            "When a request may be refused, in the policy's words.",
        )
        .material(&[
            row(
                D::Stated,
                M,
                "grounds for refusing a request are now stated: read them",
                "GDPR Art. 12(4), 12(5)",
            ),
            row(D::Any, R, "when a request may be refused", "GDPR Art. 12(4), 12(5)"),
        ]),
        Field::note(
            K::Agent,
            "How someone else (an authorised agent) may make a request for a person, in the policy's words.",
        )
        .material(&[row(
            D::Any,
            R,
            "how an authorised agent may make a request",
            "11 CCR 7063",
        )]),
    ],
};

/// A right being read.
pub struct Reading {
    authorities: Vec<Authority>,
    url: Option<Spanned<String>>,
    procedure: Option<String>,
    verifies_identity: Option<bool>,
}

/// The block of a `right` statement.
pub static RIGHT: Block<Reading> = Block {
    keyword: Some(K::Right),
    args: Shape::Other { syntax: "KIND, … \"description\"", example: "complain \"Complain to a supervisory authority\"", alt: "complain \"Lodge a complaint with a regulator\"" },
    doc: "One right, with the complaint authorities for `complain`.",
    place: "in a `right` block",
    allow: false,
    row: None,
    material: &[(Part::Block, &[row(D::Removed, M, "a right is no longer offered", src::A13_2B), row(D::Any, E, "a right is now offered", src::NONE)]), (Part::Kinds, &[row(D::Fewer, M, "a right is no longer offered", src::A13_2B), row(D::Any, E, "another right is offered", src::NONE)]), (Part::Description, &[row(D::Any, R, "the description of the right", src::A13_2B)]), (Part::For, &[row(D::Fewer, M, "the right is offered in fewer regions", src::A13_2B), row(D::Any, E, "the regions the right is offered in", src::NONE)])],
    omit: &[
        (K::Authority, why::NOTICE),
        (K::Procedure, why::NOTICE),
        (K::Url, why::NOTICE),
        (K::VerifiesIdentity, &[why::NOT_DPV, why::NOT_FIDES, why::NOT_RECORD]),
    ],
    fields: &[
        Field::once(
            K::Procedure,
            Shape::Text,
            "How to use the right, or the conditions on it, in the policy's words.",
            |cx, s, r: &mut Reading| r.procedure = cx.text(s),
        )
.material(&[row(D::Any, R, "how to use the right, or the conditions on it", src::A13_2B)]),
        Field::many_block(&AUTHORITY, K::Authority, Shape::Other { syntax: "\"name\" [example]", example: "\"The Information Commissioner's Office\" example", alt: "\"The Data Protection Commission\"" }, "A supervisory authority to complain to (`example` when named only as an example); `for …` names its region.", authority)
.json("authorities")
.regional(),
        Field::once(K::Url, Shape::Url, "The website of the one authority named; with none named, where the authorities are listed (a lawful way to point each reader to theirs); with several, give each its `url` in its own block.", |cx, s, r: &mut Reading| r.url = cx.string(s))
.material(&[row(D::Dropped, M, "the authority's website is no longer given", src::A13_2D), row(D::Any, E, "the authority's website", src::NONE)]),
        Field::once(
            K::VerifiesIdentity,
            Shape::Flag,
            "Whether a request under this right is verified, when it differs from the `rights` block's answer (opt-outs need none).",
            |cx, s, r: &mut Reading| r.verifies_identity = cx.flag(s),
        )
.material(&[row(D::Yes, R, "requests under this right are now verified; read whether the check burdens the right", "GDPR Art. 12(2), (6); 11 CCR 7060"), row(D::Any, E, "whether requests under this right are verified", src::NONE)]),
    ],
};

/// The block of an `authority` statement.
pub static AUTHORITY: Block<Authority> = Block {
    keyword: Some(K::Authority),
    args: Shape::Other {
        syntax: "\"name\" [example]",
        example: "\"The Information Commissioner's Office\"",
        alt: "\"The Data Protection Commission\"",
    },
    doc: "A supervisory authority.",
    place: "in an `authority` block",
    allow: false,
    row: None,
    material: &[
        (
            Part::Block,
            &[
                row(
                    D::Removed,
                    M,
                    "a supervisory authority is no longer named",
                    src::A13_2D,
                ),
                row(D::Any, E, "a supervisory authority is now named", src::NONE),
            ],
        ),
        (
            Part::Name,
            &[row(
                D::Any,
                M,
                "another supervisory authority is named",
                src::A13_2D,
            )],
        ),
        (
            Part::Example,
            &[row(
                D::Any,
                E,
                "whether the authority is only an example",
                src::NONE,
            )],
        ),
        (
            Part::For,
            &[row(
                D::Any,
                R,
                "the region the authority serves",
                src::A13_2D,
            )],
        ),
    ],
    omit: &[(K::Url, why::NOTICE)],
    fields: &[Field::once(
        K::Url,
        Shape::Url,
        "Its website.",
        |cx, s, a: &mut Authority| a.url = cx.text(s),
    )
    .material(&[
        row(
            D::Dropped,
            M,
            "the authority's website is no longer given",
            src::A13_2D,
        ),
        row(D::Any, E, "the authority's website", src::NONE),
    ])],
};

fn authority(cx: &mut Lower, s: &Statement, r: &mut Reading) {
    let scope = cx.take_scope();
    let (name, example_only) = match flat_values(s).as_slice() {
        [Value {
            kind: ValueKind::Str(name),
            span,
        }] => (Spanned::new(name.clone(), *span), false),
        [Value {
            kind: ValueKind::Str(name),
            span,
        }, Value {
            kind: ValueKind::Word(w),
            ..
        }] if w == "example" => (Spanned::new(name.clone(), *span), true),
        _ => {
            cx.expect_shape(
                s,
                "the authority's name in quotes, then `example` if it is named only as an example",
            );
            return;
        }
    };
    let mut a = Authority {
        name,
        example_only,
        url: None,
        scope,
    };
    cx.walk(&AUTHORITY, s, &mut a);
    r.authorities.push(a);
}

/// Reads a `rights` statement.
pub fn lower(cx: &mut Lower, stmt: &Statement) -> Rights {
    let mut rights = Rights {
        notes: Vec::new(),
        span: Some(stmt.span),
        ..Rights::default()
    };
    if !stmt.args.is_empty() {
        cx.expect_shape(stmt, "no arguments, only a block: `rights { … }`");
    }
    cx.walk(&BLOCK, stmt, &mut rights);
    rights
}

fn right(cx: &mut Lower, stmt: &Statement) -> Option<Right> {
    const SHAPE: &str =
        "the kinds of right and a description, as in `right access \"See the data we hold\"`";
    let vals = flat_values(stmt);
    let (label, kinds_vals) = match vals.split_last() {
        Some((
            Value {
                kind: ValueKind::Str(l),
                ..
            },
            rest,
        )) if !rest.is_empty() => (l.clone(), rest),
        _ => {
            cx.expect_shape(stmt, SHAPE);
            return None;
        }
    };
    let mut kinds = Vec::new();
    for v in kinds_vals {
        match &v.kind {
            ValueKind::Word(w) => match RightKind::from_word(w) {
                Some(k) => kinds.push(Spanned::new(k, v.span)),
                None => {
                    let help = suggestion_help(w, RightKind::WORDS, "a right is one of");
                    cx.error(
                        Code::UnknownKeyword,
                        v.span,
                        format!("`{w}` is not a right policyc knows"),
                        "unknown right",
                    );
                    cx.help(help);
                }
            },
            _ => cx.expect_shape(stmt, SHAPE),
        }
    }
    let scope = cx.take_scope();
    let mut r = Reading {
        authorities: Vec::new(),
        url: None,
        procedure: None,
        verifies_identity: None,
    };
    cx.walk(&RIGHT, stmt, &mut r);
    let mut authorities = r.authorities;
    let mut list = None;
    if let Some(url) = r.url {
        match authorities.as_mut_slice() {
            [one] if one.url.is_none() => one.url = Some(url.value),
            [] => list = Some(url.value),
            _ => {
                cx.error(
                    Code::BadValue,
                    url.span,
                    "this `url` does not say which authority it belongs to",
                    "which authority?",
                );
                cx.help("with several authorities, give each website inside the authority's own block: `authority \"…\" { url \"…\" }`");
            }
        }
    }
    Some(Right {
        kinds,
        label,
        authorities,
        procedure: r.procedure,
        url: list,
        verifies_identity: r.verifies_identity,
        scope,
        span: stmt.span,
    })
}

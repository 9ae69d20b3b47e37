//! `recipient ID "label" { … }`: who receives data.

use super::super::lower::Lower;
use super::super::materiality::{
    row, source as src,
    Class::{Editorial as E, Material as M, Review as R},
    Direction as D, Part,
};
use super::super::schema::{why, Block, Field, Shape, Vocabulary};
use super::super::*;
use crate::syntax::ast::Statement;
use crate::syntax::Keyword as K;

/// The `recipient` block.
pub static BLOCK: Block<Recipient> = Block {
    keyword: Some(K::Recipient),
    args: Shape::IdLabel,
    doc: "A recipient or category of recipients: role, the data it receives, where it is.",
    place: "in a `recipient` block",
    allow: true,
    row: None,
    material: &[
        (
            Part::Block,
            &[
                row(D::Added, M, "data goes to a new recipient", src::A13_1E),
                row(
                    D::Renamed,
                    E,
                    "the same recipient under a new id",
                    src::NONE,
                ),
                row(D::Any, E, "a recipient no longer receives data", src::NONE),
            ],
        ),
        (
            Part::Label,
            &[row(
                D::Any,
                R,
                "who the recipient is, in words",
                src::A13_1E,
            )],
        ),
        (
            Part::For,
            &[
                row(D::More, M, "data of people in more places goes to the recipient", src::A13_1E),
                row(D::Fewer, E, "data goes to the recipient from fewer places", src::NONE),
                row(D::Any, R, "the places whose data goes to the recipient", src::A13_1E),
            ],
        ),
    ],
    omit: &[
        (K::Location, &[why::NOT_FIDES, why::RECORD_LACKS]),
        (K::Named, &[why::NOT_FIDES, why::RECORD_LACKS]),
        (K::SuchAs, why::EXAMPLES),
        (K::Purpose, &[why::NOT_DPV, why::NOT_FIDES, why::NOT_RECORD]),
        (K::Receives, &[why::RECORD_LACKS]),
        (K::Role, &[why::NOT_FIDES]),
        (K::Shared, &[why::NOT_DPV, why::NOT_FIDES, why::NOT_RECORD]),
        (K::Sold, &[why::NOT_DPV, why::NOT_FIDES, why::NOT_RECORD]),
        (K::BoundBy, &[why::NOT_DPV, why::NOT_FIDES, why::NOT_RECORD]),
    ],
    fields: &[
        Field::once(
            K::Role,
            Shape::Keyword(Role::VOCAB),
            "Its role.",
            |cx, s, r: &mut Recipient| r.role = cx.keyword(s),
        )
        .material(&[
            row(
                D::To("controller"),
                M,
                "the recipient now decides for itself what it does with the data",
                "GDPR Art. 4(7), 13(1)(e), 28",
            ),
            row(
                D::To("joint-controller"),
                M,
                "the recipient now decides with the controller",
                "GDPR Art. 26, 13(1)(e)",
            ),
            row(
                D::To("acquirer"),
                M,
                "data goes to a buyer of the business",
                src::A13_1E,
            ),
            row(
                D::To("authority"),
                M,
                "data goes to public authorities",
                src::A13_1E,
            ),
            row(D::Stated, E, "the role is now stated", src::NONE),
            row(D::Any, R, "the recipient's role", src::A13_1E),
        ]),
        Field::once(
            K::Named,
            Shape::Texts,
            "Named parties in this category.",
            |cx, s, r: &mut Recipient| r.named = cx.texts(s),
        )
        .material(&[
            row(D::More, M, "another named party receives data", src::A13_1E),
            row(
                D::Any,
                E,
                "a named party no longer receives data",
                src::NONE,
            ),
        ]),
        Field::once(
            K::SuchAs,
            Shape::Texts,
            "Parties named only as examples of the category (\"such as Google reCAPTCHA\"): the page says so, and no export lists them as recipients.",
            |cx, s, r: &mut Recipient| r.examples = cx.texts(s),
        )
        .material(&[row(
            D::Any,
            R,
            "the parties given as examples changed; read whether a new party receives data",
            src::A13_1E,
        )]),
        Field::once(
            K::Receives,
            Shape::Refs("data category"),
            "The data it receives.",
            |cx, s, r: &mut Recipient| r.receives = cx.words(s, false),
        )
        .material(&[
            row(D::More, M, "the recipient receives more data", src::A13_1E),
            row(D::Any, E, "the recipient receives less data", src::NONE),
        ]),
        Field::once(
            K::Purpose,
            Shape::Text,
            "Why it receives data.",
            |cx, s, r: &mut Recipient| r.purpose = cx.text(s),
        )
        .material(&[row(
            D::Any,
            R,
            "why the recipient receives data, in words",
            src::A13_1E,
        )]),
        Field::once(
            K::Location,
            Shape::Places,
            "Where it is.",
            |cx, s, r: &mut Recipient| r.locations = cx.countries(s, true),
        )
        .material(&[
            row(
                D::More,
                M,
                "the recipient is in another country too",
                src::A13_1F,
            ),
            row(D::Any, E, "where the recipient is", src::NONE),
        ])
        .json("locations"),
        Field::once(
            K::Sold,
            Shape::YesNo,
            "Whether handing data to it is a sale (CCPA).",
            |cx, s, r: &mut Recipient| (r.sold, r.sold_statement) = cx.answer(s),
        )
        .material(&[
            row(
                D::Yes,
                M,
                "handing data to the recipient is now a sale",
                src::SALE,
            ),
            row(D::Reworded, R, "the policy's words on sale", src::SALE),
            row(
                D::Any,
                E,
                "no longer a sale, or the answer is stated",
                src::NONE,
            ),
        ]),
        Field::once(
            K::Shared,
            Shape::YesNo,
            "Whether it is sharing for cross-context advertising (CCPA).",
            |cx, s, r: &mut Recipient| (r.shared, r.shared_statement) = cx.answer(s),
        )
        .material(&[
            row(
                D::Yes,
                M,
                "handing data to the recipient is now sharing for cross-context advertising",
                src::SALE,
            ),
            row(D::Reworded, R, "the policy's words on sharing", src::SALE),
            row(
                D::Any,
                E,
                "no longer sharing, or the answer is stated",
                src::NONE,
            ),
        ]),
        Field::note(
            K::BoundBy,
            "What the recipient is bound to (confidentiality, using the data only for us), in the policy's words.",
        )
        .material(&[
            row(D::Any, R, "what the recipient is bound to, in the policy's words", src::NONE),
        ]),
    ],
};

/// Reads a `recipient` statement.
pub fn lower(cx: &mut Lower, stmt: &Statement) -> Option<Recipient> {
    let (id, label) = cx.id_label(stmt, "recipient")?;
    cx.declare("recipient", &id);
    let mut r = Recipient {
        notes: Vec::new(),
        id,
        label,
        role: None,
        named: Vec::new(),
        examples: Vec::new(),
        receives: Vec::new(),
        purpose: None,
        locations: Vec::new(),
        sold: None,
        sold_statement: None,
        shared: None,
        shared_statement: None,
        scope: Scope::default(),
        span: stmt.span,
    };
    cx.walk(&BLOCK, stmt, &mut r);
    Some(r)
}

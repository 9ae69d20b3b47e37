//! `transfer ID "label" { … }`: data sent to other countries.

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

/// The `transfer` block.
pub static BLOCK: Block<Transfer> = Block {
    keyword: Some(K::Transfer),
    args: Shape::IdLabel,
    doc: "A transfer to other countries: destinations, safeguard, the data sent.",
    place: "in a `transfer` block",
    allow: true,
    row: None,
    material: &[
        (
            Part::Block,
            &[
                row(
                    D::Added,
                    M,
                    "data is transferred to another country",
                    src::A13_1F,
                ),
                row(D::Renamed, E, "the same transfer under a new id", src::NONE),
                row(D::Any, E, "a transfer is no longer made", src::NONE),
            ],
        ),
        (
            Part::Label,
            &[row(D::Any, R, "the wording of the transfer", src::A13_1F)],
        ),
        (
            Part::For,
            &[
                row(
                    D::More,
                    M,
                    "the transfer now concerns people in more places",
                    src::A13_1F,
                ),
                row(
                    D::Fewer,
                    E,
                    "the transfer is stated for fewer places: no one's data goes anywhere new",
                    src::NONE,
                ),
                row(
                    D::Any,
                    R,
                    "the places the transfer is stated for",
                    src::A13_1F,
                ),
            ],
        ),
    ],
    omit: &[
        (K::ConsentBy, &[why::NOT_FIDES]),
        (K::Copy, &[why::NOT_DPV, why::NOT_FIDES, why::NOT_RECORD]),
        (K::Data, &[why::NOT_FIDES, why::RECORD_LACKS]),
        (K::Derogation, &[why::NOT_FIDES]),
        (
            K::Statement,
            &[why::NOT_DPV, why::NOT_FIDES, why::NOT_RECORD],
        ),
        (K::To, &[why::NOT_FIDES]),
        (
            K::OnYourInstruction,
            &[why::NOT_DPV, why::NOT_FIDES, why::NOT_RECORD],
        ),
        (K::Protections, &[why::NOT_DPV, why::NOT_FIDES, why::NOT_RECORD]),
    ],
    fields: &[
        Field::once(
            K::To,
            Shape::Places,
            "Where data goes.",
            |cx, s, t: &mut Transfer| t.destinations = cx.countries(s, true),
        )
        .material(&[
            row(D::More, M, "data goes to another country", src::A13_1F),
            row(D::Any, E, "data goes to fewer places", src::NONE),
        ])
        .json("destinations"),
        Field::once(
            K::Safeguard,
            Shape::Keywords(Safeguard::VOCAB),
            "The safeguards relied on (GDPR Chapter V); several when the policy names several.",
            |cx, s, t: &mut Transfer| t.safeguards = cx.keywords(s),
        )
        .material(&[
            row(
                D::Dropped,
                M,
                "the safeguard is no longer stated",
                src::A13_1F,
            ),
            row(
                D::To("none"),
                M,
                "the transfer no longer has a safeguard",
                "GDPR Art. 13(1)(f), 44, 46",
            ),
            row(
                D::To("derogation"),
                M,
                "the transfer now rests on an Art. 49 derogation, meant for occasional transfers",
                "GDPR Art. 49(1); EDPB Guidelines 2/2018 on Art. 49",
            ),
            row(
                D::From("adequacy"),
                M,
                "the destination no longer has an adequacy decision",
                "GDPR Art. 45, 46, 13(1)(f)",
            ),
            row(
                D::Stated,
                E,
                "a safeguard is now named where none was",
                src::NONE,
            ),
            row(D::Any, R, "another safeguard", src::A13_1F),
        ])
        .json("safeguards"),
        Field::once(
            K::Derogation,
            Shape::Keyword(Derogation::VOCAB),
            "The Art. 49 derogation, when the safeguard is a derogation.",
            |cx, s, t: &mut Transfer| t.derogation = cx.keyword(s),
        )
        .material(&[row(
            D::Any,
            M,
            "the Art. 49 derogation relied on",
            "GDPR Art. 49(1)",
        )]),
        Field::once(
            K::OnYourInstruction,
            Shape::Text,
            "The transfer is made when the person asks for it (sending their data to a service they connect), in the policy's words.",
            |cx, s, t: &mut Transfer| t.on_your_instruction = cx.string(s),
        )
        .material(&[
            row(D::Dropped, M, "the transfer no longer waits for the person's instruction", "GDPR Art. 49(1)(b)"),
            row(D::Any, R, "when the person's instruction makes the transfer; read the words", "GDPR Art. 49(1)(b)"),
        ]),
        Field::once(
            K::Copy,
            Shape::Text,
            "How to obtain a copy of the safeguard.",
            |cx, s, t: &mut Transfer| t.copy = cx.text(s),
        )
        .material(&[
            row(
                D::Dropped,
                M,
                "how to get a copy of the safeguard is no longer said",
                src::A13_1F,
            ),
            row(
                D::Any,
                R,
                "how to get a copy of the safeguard, in words",
                src::A13_1F,
            ),
        ]),
        Field::once(
            K::Data,
            Shape::Refs("data category"),
            "The data transferred.",
            |cx, s, t: &mut Transfer| t.data = cx.words(s, false),
        )
        .material(&[
            row(D::More, M, "more data is transferred", src::A13_1F),
            row(D::Any, E, "less data is transferred", src::NONE),
        ]),
        Field::once(
            K::ConsentBy,
            Shape::Keywords(ConsentMechanism::VOCAB),
            "How consent to the transfer is obtained, when it rests on consent.",
            |cx, s, t: &mut Transfer| t.consent_by = cx.keywords(s),
        )
        .material(&[
            row(
                D::To("continued-use"),
                M,
                "consent to the transfer is now inferred from continued use",
                src::CONSENT,
            ),
            row(D::Any, E, "how consent to the transfer is given", src::NONE),
        ]),
        Field::once(
            K::Statement,
            Shape::Text,
            "The policy's own words.",
            |cx, s, t: &mut Transfer| t.statement = cx.text(s),
        )
        .material(&[row(
            D::Any,
            R,
            "the policy's words on the transfer",
            src::A13_1F,
        )]),
        Field::note(
            K::Protections,
            "Protections for the transfer the policy describes besides a safeguard of GDPR Art. 45-49 (a certification such as the APEC Cross-Border Privacy Rules, contractual confidentiality), in its words.",
        )
        .material(&[row(D::Any, R, "the protections described for the transfer", "GDPR Art. 13(1)(f)")]),
    ],
};

/// Reads a `transfer` statement.
pub fn lower(cx: &mut Lower, stmt: &Statement) -> Option<Transfer> {
    let (id, label) = cx.id_label(stmt, "transfer")?;
    cx.declare("transfer", &id);
    let mut t = Transfer {
        notes: Vec::new(),
        id,
        label,
        destinations: Vec::new(),
        safeguards: Vec::new(),
        scope: Scope::default(),
        derogation: None,
        copy: None,
        on_your_instruction: None,
        data: Vec::new(),
        statement: None,
        consent_by: Vec::new(),
        span: stmt.span,
    };
    cx.walk(&BLOCK, stmt, &mut t);
    Some(t)
}

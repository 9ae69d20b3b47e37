//! `tracker ID "label" { … }`: a beacon, pixel or SDK.

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

/// The `tracker` block.
pub static BLOCK: Block<Tracker> = Block {
    keyword: Some(K::Tracker),
    args: Shape::IdLabel,
    doc: "A tracking technology other than cookies: a web beacon, a pixel, an SDK.",
    place: "in a `tracker` block",
    allow: false,
    row: None,
    material: &[
        (
            Part::Block,
            &[
                row(
                    D::Added,
                    M,
                    "a new tracking technology (needs consent unless strictly necessary)",
                    "ePrivacy Directive Art. 5(3); EDPB Guidelines 2/2023",
                ),
                row(D::Renamed, E, "the same tracker under a new id", src::NONE),
                row(D::Any, E, "a tracker is no longer used", src::NONE),
            ],
        ),
        (
            Part::Label,
            &[row(
                D::Any,
                R,
                "what the tracker is, in words",
                src::EPRIVACY,
            )],
        ),
    ],
    omit: &[
        (K::Kind, &[why::NOT_DPV, why::NOT_FIDES, why::NOT_RECORD]),
        (K::Provider, &[why::NOT_DPV, why::NOT_FIDES, why::NOT_RECORD]),
        (K::Purpose, &[why::NOT_DPV, why::NOT_FIDES, why::NOT_RECORD]),
        (K::Lifetime, &[why::NOT_DPV, why::NOT_FIDES, why::NOT_RECORD]),
    ],
    fields: &[
        Field::once(
            K::Kind,
            Shape::Keyword(TrackerKind::VOCAB),
            "Its kind.",
            |cx, s, t: &mut Tracker| t.kind = cx.keyword(s),
        )
        .material(&[
            row(
                D::To("fingerprinting"),
                M,
                "the tracker now fingerprints devices",
                "ePrivacy Directive Art. 5(3); EDPB Guidelines 2/2023",
            ),
            row(D::Any, R, "another kind of tracker", src::EPRIVACY),
        ]),
        Field::once(
            K::Provider,
            Shape::Text,
            "Who provides it.",
            |cx, s, t: &mut Tracker| t.provider = cx.text(s),
        )
        .material(&[row(
            D::Any,
            M,
            "another party provides the tracker",
            src::EPRIVACY,
        )]),
        Field::once(
            K::Purpose,
            Shape::Text,
            "Why it is used.",
            |cx, s, t: &mut Tracker| t.purpose = cx.text(s),
        )
        .material(&[row(
            D::Any,
            R,
            "why the tracker is used, in words",
            src::EPRIVACY,
        )]),
        Field::once(
            K::Lifetime,
            Shape::Lifetime,
            "How long what it stores or reads on the device lasts (a pixel's identifier, an SDK's install id).",
            |cx, s, t: &mut Tracker| t.lifetime = cx.lifetime(s),
        )
        .material(&[
            row(D::Longer, M, "the tracker's identifier lasts longer", src::EPRIVACY),
            row(D::Any, E, "how long the tracker's identifier lasts", src::NONE),
        ]),
    ],
};

/// Reads a `tracker` statement.
pub fn lower(cx: &mut Lower, stmt: &Statement) -> Option<Tracker> {
    let (id, label) = cx.id_label(stmt, "tracker")?;
    cx.declare("tracker", &id);
    let mut t = Tracker {
        id,
        label,
        kind: None,
        provider: None,
        purpose: None,
        lifetime: None,
        span: stmt.span,
    };
    cx.walk(&BLOCK, stmt, &mut t);
    Some(t)
}

//! `purpose ID "label" { … }`: why data is processed, and on what basis.

use super::super::lower::{flat_values, Lower};
use super::super::materiality::{
    row, source as src,
    Class::{Editorial as E, Material as M, Review as R},
    Direction as D, Part,
};
use super::super::schema::{why, Block, Field, Omit, Output, Shape, Vocabulary};
use super::super::*;
use crate::diag::Code;
use crate::syntax::ast::{Statement, ValueKind};
use crate::syntax::Keyword as K;

/// The `purpose` block.
pub static BLOCK: Block<Purpose> = Block {
    keyword: Some(K::Purpose),
    args: Shape::IdLabel,
    doc: "A purpose: the data it uses and the legal basis it rests on.",
    place: "in a `purpose` block",
    allow: true,
    row: None,
    material: &[(Part::Block, &[row(D::Added, M, "data is used for a new purpose", src::A13_1C), row(D::Renamed, E, "the same purpose under a new id", src::NONE), row(D::Any, E, "data is no longer used for this purpose", src::NONE)]), (Part::Label, &[row(D::Any, R, "the wording of the purpose; read whether it names a new activity", src::A13_1C)]), (Part::For, &[row(D::More, M, "data of people in more places is used for the purpose", src::A13_1C), row(D::Fewer, E, "the purpose is pursued in fewer places", src::NONE), row(D::Any, R, "the places the purpose is pursued in", src::A13_1C)])],
    omit: &[
        (K::Basis, &[why::NOT_FIDES]),
        (K::Condition, &[why::NOT_DPV, why::NOT_RECORD]),
        (K::ConsentBy, &[why::NOT_DPV, why::NOT_FIDES, why::NOT_RECORD]),
        (K::Fides, &[Omit::new(Output::Html, why::FIDES_KEY), Omit::new(Output::Markdown, why::FIDES_KEY), Omit::new(Output::Json, why::FIDES_KEY), Omit::new(Output::JsonLd, why::FIDES_KEY), Omit::new(Output::Ropa, why::FIDES_KEY)]),
        (K::Interest, &[why::NOT_FIDES, why::NOT_RECORD]),
        (K::OnlyWith, &[why::NOT_DPV, why::NOT_FIDES, why::NOT_RECORD]),
        (K::Includes, &[why::NOT_DPV, why::NOT_FIDES, why::NOT_RECORD]),
        (K::Retention, &[why::NOT_DPV]),
    ],
    fields: &[
        Field::once(
            K::Uses,
            Shape::Refs("data category"),
            "The data categories it uses, or `all` for every category in the policy.",
            uses,
        )
.material(&[row(D::More, M, "the purpose uses more data", "GDPR Art. 5(1)(b)-(c), 13(1)(c), 13(3)"), row(D::Any, E, "the purpose uses less data", src::NONE)]),
        Field::once(
            K::Basis,
            Shape::Other {
                syntax: "GROUND | BASIS-ID [\"condition\"], … [or …] | \"the policy's words\"",
                example: "consent \"where the law requires it\" or legitimate-interests \"otherwise\"",
                alt: "consent \"where the law requires it\" or contract \"otherwise\"",
            },
            "The Art. 6(1) grounds or declared bases it rests on; `or` joins alternatives, each with its condition; `for …` gives the bases for some places.",
            basis,
        )
.material(&[
    row(D::From("consent"), M, "consent is no longer the basis somewhere it was: the data is used without it", "GDPR Art. 6(1)(a), 7(3), 13(1)(c)"),
    row(D::Dropped, M, "no basis is stated any more for some places", "GDPR Art. 6(1), 13(1)(c)"),
    row(D::Reworded, R, "the words of the basis's conditions", "GDPR Art. 13(1)(c)"),
    row(D::Fewer, E, "an alternative basis is no longer relied on, the others remain", src::NONE),
    row(D::Replaced, M, "the legal basis changed for the people of some place (the rights that apply change with it)", "GDPR Art. 6(1), 13(1)(c), 17(1), 20(1), 21(1)"),
    row(D::Stated, E, "a basis is now stated where none was", src::NONE),
    row(D::To("consent"), E, "consent is now asked where another ground was relied on: the people there may refuse or withdraw it", src::NONE),
    row(D::Any, M, "the legal basis changed (the rights that apply change with it)", "GDPR Art. 6(1), 13(1)(c), 17(1), 20(1), 21(1)"),
])
.json("grounds")
        .regional(),
        Field::once(
            K::Interest,
            Shape::Text,
            "The legitimate interest, in words.",
            |cx, s, p: &mut Purpose| p.interest = cx.string(s),
        )
.material(&[row(D::Stated, M, "the purpose now rests on a legitimate interest", src::A13_1D), row(D::Any, R, "the legitimate interest, in the policy's words", src::A13_1D)]),
        Field::once(
            K::Condition,
            Shape::Keyword(Art9Condition::VOCAB),
            "The Art. 9(2) condition, for special categories.",
            |cx, s, p: &mut Purpose| p.condition = cx.keyword(s),
        )
.material(&[row(D::Any, M, "the Art. 9(2) condition for special-category data", "GDPR Art. 9(2), 13(1)(c)")]),
        Field::once(
            K::ConsentBy,
            Shape::Keywords(ConsentMechanism::VOCAB),
            "How consent is given.",
            |cx, s, p: &mut Purpose| p.consent_by = cx.keywords(s),
        )
.material(&[row(D::To("continued-use"), M, "consent is now inferred from continued use", src::CONSENT), row(D::To("pre-ticked"), M, "consent is now taken by a pre-ticked box", "GDPR Art. 4(11), 7; CJEU C-673/17 Planet49"), row(D::Any, E, "how consent is given", src::NONE)]),
        Field::many(
            K::OnlyWith,
            Shape::Other {
                syntax: "GROUND | BASIS-ID data ids, …",
                example: "consent example",
                alt: "legitimate-interests example",
            },
            "Data the purpose uses only when this one of its bases applies (a table of bases that gives each basis its own data).",
            only_with,
        )
.material(&[row(D::Dropped, M, "data once used only under one basis is now used under every basis of the purpose", src::A13_1C), row(D::Fewer, M, "data once used only under one of the bases is now used under the others too", src::A13_1C), row(D::Any, R, "which data each of the purpose's bases covers", src::A13_1C)]),
        Field::once(
            K::Includes,
            Shape::Texts,
            "What the purpose includes, as the policy lists it (\"checking payments\", \"blocking spam\").",
            |cx, s, p: &mut Purpose| p.includes = cx.texts(s),
        )
        .material(&[
            row(D::More, M, "the purpose now includes more", src::A13_1C),
            row(D::Any, E, "what the purpose includes", src::NONE),
        ]),
        Field::once(
            K::Retention,
            Shape::Lifetime,
            "How long the data used for it is kept, when the policy says so per purpose; `for …` gives the rule for some places.",
            |cx, s, p: &mut Purpose| p.retention.extend(cx.scoped_lifetime(s)),
        )
        .material(&[
            row(D::Longer, M, "data used for the purpose is kept longer", src::A13_2A),
            row(D::Shorter, E, "data used for the purpose is kept for less time", src::NONE),
            row(D::Any, R, "how long data used for the purpose is kept; read whether it is longer", src::A13_2A),
        ])
        .regional(),
        Field::once(
            K::Fides,
            Shape::Other {
                syntax: "FIDESLANG-KEY",
                example: "essential.service",
                alt: "marketing.advertising",
            },
            "Its fideslang data use (`essential.service`), for `build --format fides`.",
            |cx, s, p: &mut Purpose| p.fides = cx.fides_key(s),
        )
.material(&[row(D::Any, E, "the Fides data use: an export classification, not a statement of the policy", src::NONE)]),
    ],
};

/// `basis A, B` (both apply) or `basis A "when …" or B "otherwise"`
/// (alternatives, each with its condition in the writer's words). A word is
/// an Art. 6(1) ground or the id of a `basis` declaration; a quoted string
/// alone keeps the policy's own words when they name no ground.
fn basis(cx: &mut Lower, s: &Statement, p: &mut Purpose) {
    let scope = cx.take_scope();
    let alternative = || Alternative {
        grounds: Vec::new(),
        bases: Vec::new(),
        condition: None,
        scope: scope.clone(),
    };
    let mut alternatives = vec![alternative()];
    for v in flat_values(s) {
        let Some(alt) = alternatives.last_mut() else {
            break;
        };
        match &v.kind {
            ValueKind::Word(w) if w == "or" => {
                if alt.grounds.is_empty() && alt.bases.is_empty() {
                    cx.expect_shape(s, "a basis on each side of `or`, as in `basis consent \"where the law requires it\" or legitimate-interests`");
                }
                alternatives.push(alternative());
            }
            ValueKind::Word(w) => match (Ground::from_word(w), LgpdGround::from_word(w)) {
                (Some(g), _) => alt.grounds.push(Spanned::new(GroundClaim::Article6(g), v.span)),
                (None, Some(g)) => alt.grounds.push(Spanned::new(GroundClaim::Lgpd(g), v.span)),
                (None, None) => alt.bases.push(Spanned::new(w.clone(), v.span)),
            },
            ValueKind::Str(text) if alt.grounds.is_empty() && alt.bases.is_empty() => alt
                .grounds
                .push(Spanned::new(GroundClaim::Unrecognised(text.clone()), v.span)),
            ValueKind::Str(text) if alt.condition.is_none() => {
                alt.condition = Some(Spanned::new(text.clone(), v.span));
            }
            _ => cx.expect_shape(
                s,
                "Art. 6(1) grounds or basis ids, each optionally followed by its condition in quotes, as in `basis consent` or `basis consent \"where required\" or legitimate-interests`",
            ),
        }
    }
    for a in &alternatives {
        p.grounds.extend(a.grounds.iter().cloned());
        p.bases.extend(a.bases.iter().cloned());
    }
    p.alternatives.extend(alternatives);
}

/// `only-with consent public-content, account`: the basis, then the data.
fn only_with(cx: &mut Lower, s: &Statement, p: &mut Purpose) {
    let values = flat_values(s);
    let words: Vec<Spanned<String>> = values
        .iter()
        .filter_map(|v| match &v.kind {
            ValueKind::Word(w) => Some(Spanned::new(w.clone(), v.span)),
            _ => None,
        })
        .collect();
    match words.split_first() {
        Some((basis, data)) if !data.is_empty() && words.len() == values.len() => {
            let named = p.alternatives.iter().any(|a| {
                a.bases.iter().any(|b| b.value == basis.value)
                    || a.grounds.iter().any(|g| {
                        matches!(&g.value, GroundClaim::Article6(x) if x.as_str() == basis.value)
                    })
            });
            if !named {
                cx.error(
                    Code::UnknownReference,
                    basis.span,
                    format!("`{}` is not one of this purpose's bases", basis.value),
                    "not in `basis`",
                );
                cx.help("name a ground or basis id that the purpose's `basis` statement (written before this one) gives");
            }
            for d in data {
                if !p.uses_all && !p.uses.iter().any(|u| u.value == d.value) {
                    cx.error(
                        Code::UnknownReference,
                        d.span,
                        format!("`{}` is not among the data this purpose uses", d.value),
                        "not in `uses`",
                    );
                    cx.help("list it in `uses` (written before this one) too: `only-with` says under which basis it is used");
                }
            }
            p.only_with.push(OnlyWith {
                basis: basis.clone(),
                data: data.to_vec(),
            });
        }
        _ => cx.expect_shape(
            s,
            "a ground or basis id, then data ids, as in `only-with consent public-content, account`",
        ),
    }
}

/// `uses a, b` or `uses all`.
fn uses(cx: &mut Lower, s: &Statement, p: &mut Purpose) {
    match flat_values(s).as_slice() {
        [v] if matches!(&v.kind, ValueKind::Word(w) if w == "all") => p.uses_all = true,
        _ => p.uses = cx.words(s, false),
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
        uses_all: false,
        alternatives: Vec::new(),
        bases: Vec::new(),
        grounds: Vec::new(),
        interest: None,
        condition: None,
        consent_by: Vec::new(),
        only_with: Vec::new(),
        includes: Vec::new(),
        retention: Vec::new(),
        fides: None,
        scope: Scope::default(),
        span: stmt.span,
    };
    cx.walk(&BLOCK, stmt, &mut p);
    Some(p)
}

//! `data ID "label" { … }`: a category of personal data.

use super::super::lower::Lower;
use super::super::schema::{why, Block, Field, Omit, Output, Shape, Vocabulary};
use super::super::*;
use crate::diag::Code;
use crate::syntax::ast::Statement;

/// The `data` block.
pub static BLOCK: Block<DataCategory> = Block {
    keyword: "data",
    args: Shape::IdLabel,
    doc: "A category of personal data: what it holds, where it comes from, how long it is kept.",
    place: "in a `data` block",
    allow: true,
    row: None,
    omit: &[
        ("ccpa-category", &[why::NOT_DPV, why::NOT_FIDES, why::NOT_RECORD]),
        ("collected", &[why::NOT_DPV, why::NOT_FIDES, why::NOT_RECORD]),
        ("collected-by", &[why::NOT_FIDES]),
        ("examples", &[why::NOT_DPV, why::NOT_FIDES, why::NOT_RECORD]),
        ("fides", &[Omit::new(Output::Html, why::FIDES_KEY), Omit::new(Output::Markdown, why::FIDES_KEY), Omit::new(Output::Json, why::FIDES_KEY), Omit::new(Output::Ropa, why::FIDES_KEY)]),
        ("from", &[why::NOT_DPV, why::NOT_FIDES, why::NOT_RECORD]),
        ("required", &[why::NOT_DPV, why::NOT_FIDES, why::NOT_RECORD]),
        ("sensitive", &[why::NOT_FIDES, why::RECORD_LACKS]),
        ("source", &[why::NOT_DPV, why::NOT_FIDES, why::NOT_RECORD]),
        ("special", &[why::NOT_FIDES, why::RECORD_LACKS]),
    ],
    fields: &[
        Field::once(
            "examples",
            Shape::Texts,
            "Examples of what it holds.",
            |cx, s, d| d.examples = cx.texts(s),
        ),
        Field::once(
            "source",
            Shape::Keywords(Source::VOCAB),
            "Where it comes from.",
            |cx, s, d: &mut DataCategory| d.sources = cx.keywords(s),
        )
.json("sources")
.json("sources"),
        Field::many(
            "from",
            Shape::Texts,
            "Who provides it, when it comes from third parties; one or more.",
            |cx, s, d: &mut DataCategory| d.providers.extend(cx.texts(s)),
        )
.json("providers")
.json("providers"),
        Field::once(
            "subjects",
            Shape::Keywords(Subject::VOCAB),
            "Whose data it is: `others` for people who are not users (GDPR Art. 14).",
            |cx, s, d| d.subjects = cx.keywords(s),
        ),
        Field::once(
            "collected",
            Shape::Texts,
            "When it is collected.",
            |cx, s, d| d.collected = cx.texts(s),
        ),
        Field::once(
            "special",
            Shape::Keywords(Special::VOCAB),
            "Its GDPR Art. 9 special categories.",
            |cx, s, d| d.special = cx.keywords(s),
        ),
        Field::once(
            "sensitive",
            Shape::Keywords(Sensitive::VOCAB),
            "Its kinds of CCPA sensitive personal information.",
            |cx, s, d| d.sensitive = cx.keywords(s),
        ),
        Field::once(
            "collected-by",
            Shape::Text,
            "Who collects it, when a third party collects it directly under its own policy rather than the controller (an embedded video's host).",
            |cx, s, d| d.collected_by = cx.string(s),
        ),
        Field::once(
            "ccpa-category",
            Shape::Keywords(CcpaCategory::VOCAB),
            "Its CCPA categories of personal information.",
            |cx, s, d: &mut DataCategory| d.ccpa_categories = cx.keyword_values(s),
        )
.json("ccpa_categories")
.json("ccpa_categories"),
        Field::once(
            "retention",
            Shape::Lifetime,
            "How long it is kept.",
            |cx, s, d| d.retention = cx.lifetime(s),
        ),
        Field::once(
            "required",
            Shape::Keyword(Provision::VOCAB),
            "Whether providing it is required (GDPR Art. 13(2)(e)).",
            |cx, s, d: &mut DataCategory| d.provision = cx.keyword(s).map(|v| v.value),
        )
.json("provision")
.json("provision"),
        Field::once(
            "fides",
            Shape::Other {
                syntax: "FIDESLANG-KEY",
                example: "user.contact.email",
                alt: "user.contact.phone_number",
            },
            "Its fideslang data category (`user.contact.email`), for `build --format fides`.",
            |cx, s, d| d.fides = cx.fides_key(s),
        ),
    ],
};

/// Reads a `data` statement.
pub fn lower(cx: &mut Lower, stmt: &Statement) -> Option<DataCategory> {
    let (id, label) = cx.id_label(stmt, "data")?;
    if id.value == "all" {
        cx.error(
            Code::ReservedId,
            id.span,
            "`all` means every data category (`uses all`) and cannot be a data id",
            "reserved word",
        );
        cx.help("choose another id, such as `all-data`");
    }
    cx.declare("data category", &id);
    let mut d = DataCategory {
        id,
        label,
        examples: Vec::new(),
        sources: Vec::new(),
        providers: Vec::new(),
        subjects: Vec::new(),
        collected: Vec::new(),
        special: Vec::new(),
        sensitive: Vec::new(),
        collected_by: None,
        ccpa_categories: Vec::new(),
        retention: None,
        provision: None,
        fides: None,
        span: stmt.span,
    };
    cx.walk(&BLOCK, stmt, &mut d);
    Some(d)
}

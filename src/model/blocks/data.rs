//! `data ID "label" { … }`: a category of personal data.

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

/// The `data` block.
pub static BLOCK: Block<DataCategory> = Block {
    keyword: Some(K::Data),
    args: Shape::IdLabel,
    doc: "A category of personal data: what it holds, where it comes from, how long it is kept.",
    place: "in a `data` block",
    allow: true,
    row: None,
    material: &[(Part::Block, &[row(D::Added, M, "a new category of personal data is collected", src::A14_1D), row(D::Renamed, E, "the same category under a new id", src::NONE), row(D::Any, E, "a category is no longer collected", src::NONE)]), (Part::Label, &[row(D::Any, R, "the name of the category; read whether it now covers other data", src::A14_1D)]), (Part::For, &[row(D::More, M, "the data is now collected from people in more places", src::A14_1D), row(D::Fewer, E, "the data is collected in fewer places", src::NONE), row(D::Any, R, "the places the data is collected in", src::A14_1D)])],
    omit: &[
        (K::CcpaCategory, &[why::NOT_DPV, why::NOT_FIDES, why::NOT_RECORD]),
        (K::Collected, &[why::NOT_DPV, why::NOT_FIDES, why::NOT_RECORD]),
        (K::CollectedBy, &[why::NOT_FIDES]),
        (K::Examples, &[why::NOT_DPV, why::NOT_FIDES, why::NOT_RECORD]),
        (K::Fides, &[Omit::new(Output::Html, why::FIDES_KEY), Omit::new(Output::Markdown, why::FIDES_KEY), Omit::new(Output::Json, why::FIDES_KEY), Omit::new(Output::Ropa, why::FIDES_KEY)]),
        (K::From, &[why::NOT_DPV, why::NOT_FIDES, why::NOT_RECORD]),
        (K::Required, &[why::NOT_DPV, why::NOT_FIDES, why::NOT_RECORD]),
        (K::Sensitive, &[why::NOT_FIDES, why::RECORD_LACKS]),
        (K::MayBeSensitive, why::HEDGED),
        (K::Source, &[why::NOT_DPV, why::NOT_FIDES, why::NOT_RECORD]),
        (K::Special, &[why::NOT_FIDES, why::RECORD_LACKS]),
    ],
    fields: &[
        Field::once(
            K::Examples,
            Shape::Texts,
            "Examples of what it holds.",
            |cx, s, d: &mut DataCategory| d.examples = cx.texts(s),
        )
.material(&[row(D::More, R, "new examples; read whether they are new data", src::A14_1D), row(D::Any, E, "the examples given", src::NONE)]),
        Field::once(
            K::Source,
            Shape::Keywords(Source::VOCAB),
            "Where it comes from.",
            |cx, s, d: &mut DataCategory| d.sources = cx.keywords(s),
        )
.material(&[row(D::More, M, "the data now also comes from another source", src::A14_2F), row(D::Any, E, "the data no longer comes from a source", src::NONE)])
.json("sources"),
        Field::many(
            K::From,
            Shape::Texts,
            "Who provides it, when it comes from third parties; one or more.",
            |cx, s, d: &mut DataCategory| d.providers.extend(cx.texts(s)),
        )
.material(&[row(D::More, M, "the data now also comes from another named source", src::A14_2F), row(D::Any, E, "a named source is no longer listed", src::NONE)])
.json("providers"),
        Field::once(
            K::Subjects,
            Shape::Keywords(Subject::VOCAB),
            "Whose data it is: `others` for people who are not users (GDPR Art. 14).",
            |cx, s, d: &mut DataCategory| d.subjects = cx.keywords(s),
        )
.material(&[row(D::More, M, "the data now concerns other people too", "GDPR Art. 8, 13(1)(c), 14(1)(d)"), row(D::Any, E, "whose data it is", src::NONE)]),
        Field::once(
            K::Collected,
            Shape::Texts,
            "When it is collected.",
            |cx, s, d: &mut DataCategory| d.collected = cx.texts(s),
        )
.material(&[row(D::More, R, "collected at another moment; read whether it is more data", src::A14_1D), row(D::Any, E, "when it is collected", src::NONE)]),
        Field::once(
            K::Special,
            Shape::Keywords(Special::VOCAB),
            "Its GDPR Art. 9 special categories.",
            |cx, s, d: &mut DataCategory| d.special = cx.keywords(s),
        )
.material(&[row(D::Dropped, E, "no longer special-category data", src::NONE), row(D::Any, M, "special-category data, or another special category", src::ART9)]),
        Field::once(
            K::Sensitive,
            Shape::Keywords(Sensitive::VOCAB),
            "Its kinds of CCPA sensitive personal information.",
            |cx, s, d: &mut DataCategory| d.sensitive = cx.keywords(s),
        )
.material(&[row(D::Dropped, E, "no longer sensitive personal information", src::NONE), row(D::Any, M, "sensitive personal information, or another kind of it", "CCPA 1798.121, 1798.140(ae)")]),
        Field::once(
            K::MayBeSensitive,
            Shape::Keywords(Sensitive::VOCAB),
            "Kinds of sensitive personal information the policy says it may be (\"may be considered sensitive under some state laws\"); the page keeps the \"may\".",
            |cx, s, d: &mut DataCategory| d.maybe_sensitive = cx.keywords(s),
        )
        .material(&[
            row(D::Dropped, R, "no longer said to be possibly sensitive; read whether it is now said to be, or not to be", src::NONE),
            row(D::Any, M, "data is now said to be possibly sensitive personal information, or of another kind", "CCPA 1798.121, 1798.140(ae)"),
        ])
        .json("maybe_sensitive"),
        Field::once(
            K::CollectedBy,
            Shape::Text,
            "Who collects it, when a third party collects it directly under its own policy rather than the controller (an embedded video's host).",
            |cx, s, d: &mut DataCategory| d.collected_by = cx.string(s),
        )
.material(&[row(D::Dropped, M, "the data is no longer said to be collected by a third party under its own policy: the controller collects it", "GDPR Art. 13, 14; CCPA 1798.100(a)"), row(D::Any, R, "who collects the data under its own policy", "GDPR Art. 14(1)(e)")]),
        Field::once(
            K::CcpaCategory,
            Shape::Keywords(CcpaCategory::VOCAB),
            "Its CCPA categories of personal information.",
            |cx, s, d: &mut DataCategory| d.ccpa_categories = cx.keyword_values(s),
        )
.material(&[row(D::More, M, "the data now falls in another CCPA category", "CCPA 1798.100(a)(1), 1798.110"), row(D::Any, E, "the CCPA categories it is mapped to", src::NONE)])
.json("ccpa_categories"),
        Field::once(
            K::Retention,
            Shape::Lifetime,
            "How long it is kept; `for …` gives the rule for some places, `for elsewhere` the rule everywhere else.",
            |cx, s, d: &mut DataCategory| d.retention.extend(cx.scoped_lifetime(s)),
        )
.material(&[row(D::Longer, M, "data is kept longer", src::A13_2A), row(D::Dropped, M, "the retention rule no longer holds for the people of some place: no period or criterion is stated for them", src::A13_2A), row(D::Lifted, E, "a rule that only permitted keeping the data no longer holds for some people, and the rules that limit it still do: in their favour", src::NONE), row(D::Excepted, M, "a new rule lets the data be kept for some people: an exception to the limits on keeping it", src::A13_2A), row(D::Limited, E, "a new rule deletes the data or bounds how long it is kept for some people: in their favour", src::NONE), row(D::Widened, M, "an exception that lets the data be kept now lists more reasons, the old ones among them", src::A13_2A), row(D::Narrowed, E, "what lets the data be kept is narrowed (fewer reasons, or no de-identified copy instead of deleting): in people's favour", src::NONE), row(D::Shorter, E, "data is kept for less time", src::NONE), row(D::Stated, E, "a period is now stated", src::NONE), row(D::Any, R, "the retention rule changed in a way that cannot be compared; read whether it is longer", src::A13_2A)])
        .regional(),
        Field::many(
            K::Required,
            Shape::Other {
                syntax: "statutory | contractual | optional [\"item\", …]",
                example: "contractual",
                alt: "optional",
            },
            "Whether providing it is required (GDPR Art. 13(2)(e)); with items in quotes, whether providing those is, where it differs within the category (`required contractual \"phone number\"`, `required optional \"biography\"`).",
            required,
        )
.material(&[row(D::Any, M, "whether providing the data is required, and so what refusing it costs", src::A13_2E)])
.json("provision"),
        Field::once(
            K::Fides,
            Shape::Other {
                syntax: "FIDESLANG-KEY",
                example: "user.contact.email",
                alt: "user.contact.phone_number",
            },
            "Its fideslang data category (`user.contact.email`), for `build --format fides`.",
            |cx, s, d: &mut DataCategory| d.fides = cx.fides_key(s),
        )
.material(&[row(D::Any, E, "the Fides key: an export classification, not a statement of the policy", src::NONE)]),
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
        maybe_sensitive: Vec::new(),
        collected_by: None,
        ccpa_categories: Vec::new(),
        retention: Vec::new(),
        provision: None,
        provision_items: Vec::new(),
        fides: None,
        scope: Scope::default(),
        span: stmt.span,
    };
    cx.walk(&BLOCK, stmt, &mut d);
    Some(d)
}

/// `required KIND ["item", …]`: for the whole category at most once, for
/// named items as often as the kinds differ.
fn required(cx: &mut Lower, s: &Statement, d: &mut DataCategory) {
    let vals = flat_values(s);
    let kind = match vals.first().map(|v| &v.kind) {
        Some(ValueKind::Word(w)) => Provision::from_word(w),
        _ => None,
    };
    let items: Option<Vec<String>> = vals
        .get(1..)
        .unwrap_or(&[])
        .iter()
        .map(|v| match &v.kind {
            ValueKind::Str(t) if !t.trim().is_empty() => Some(t.clone()),
            _ => None,
        })
        .collect();
    let (Some(provision), Some(items)) = (kind, items) else {
        cx.expect_shape(
            s,
            "`statutory`, `contractual` or `optional`, then optionally the items it applies to in quotes",
        );
        return;
    };
    if !items.is_empty() {
        d.provision_items.push(ItemProvision { provision, items });
    } else if d.provision.is_some() {
        cx.error(
            Code::DuplicateStatement,
            s.span,
            "`required` is stated twice for the whole category".to_string(),
            "a second answer for the whole category",
        );
        cx.help("name the items a second `required` applies to, in quotes: `required optional \"biography\"`");
    } else {
        d.provision = Some(provision);
    }
}

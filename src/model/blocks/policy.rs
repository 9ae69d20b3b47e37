//! `policy "Title" { … }`: title, dates, version, language, jurisdictions.

use super::super::lower::Lower;
use super::super::materiality::{
    row, source as src,
    Class::{Editorial as E, Review as R},
    Direction as D, Part,
};
use super::super::schema::{why, Block, Field, Omit, Output, Shape, Vocabulary};
use super::super::*;
use crate::diag::Code;
use crate::syntax::ast::Statement;
use crate::syntax::Keyword as K;

/// The `policy` block.
pub static BLOCK: Block<Meta> = Block {
    keyword: Some(K::Policy),
    args: Shape::Text,
    doc: "The policy's title, dates, version, language and the regimes it is written for.",
    place: "in a `policy` block",
    allow: false,
    row: None,
    material: &[(Part::Block, &[row(D::Any, E, "the policy statement", src::NONE)]), (Part::Name, &[row(D::Any, E, "the title", src::NONE)])],
    omit: &[
        (K::Effective, why::NOTICE),
        (K::Jurisdictions, &[Omit::new(Output::Html, why::REGIMES), Omit::new(Output::Markdown, why::REGIMES), why::NOT_FIDES, why::NOT_RECORD]),
        (K::Language, &[Omit::new(Output::JsonLd, why::DOCUMENT), Omit::new(Output::Fides, why::DOCUMENT), Omit::new(Output::Ropa, why::DOCUMENT)]),
        (K::Translations, &[Omit::new(Output::Html, why::TRANSLATIONS), Omit::new(Output::Markdown, why::TRANSLATIONS), Omit::new(Output::Json, why::TRANSLATIONS), Omit::new(Output::JsonLd, why::TRANSLATIONS), Omit::new(Output::Fides, why::TRANSLATIONS), Omit::new(Output::Ropa, why::TRANSLATIONS)]),
        (K::NoticeAtCollection, why::NOTICE),
        (K::UsStateDisclosures, why::NOTICE),
        (K::Updated, why::NOTICE),
        (K::Undated, why::NOTICE),
        (K::Url, &[Omit::new(Output::JsonLd, why::DOCUMENT), Omit::new(Output::Ropa, why::DOCUMENT)]),
        (K::Version, why::NOTICE),
        (K::Precedence, why::NOTICE),
    ],
    fields: &[
        Field::once(
            K::Updated,
            Shape::Date,
            "When it was last updated.",
            |cx, s, m: &mut Meta| m.updated = cx.date(s),
        )
.material(&[row(D::Any, E, "the date", src::NONE)]),
        Field::once(
            K::Effective,
            Shape::Date,
            "When it takes effect.",
            |cx, s, m: &mut Meta| m.effective = cx.date(s),
        )
.material(&[row(D::Any, E, "the date", src::NONE)]),
        Field::once(
            K::Undated,
            Shape::Flag,
            "`yes` when the published policy carries no date at all (neither `updated` nor `effective` can then be given).",
            undated,
        )
        .material(&[
            row(D::To("yes"), R, "the policy no longer carries a date; read whether readers can still tell which version applies", "GDPR Art. 12(1); Cal. Civ. Code 1798.130(a)(5)"),
            row(D::Any, E, "whether the policy carries a date", src::NONE),
        ]),
        Field::once(K::Version, Shape::Text, "A version label.", |cx, s, m: &mut Meta| {
            m.version = cx.text(s)
        })
.material(&[row(D::Any, E, "the version label", src::NONE)]),
        Field::once(
            K::Language,
            Shape::Word,
            "The language the policy is written in, and its page: `en`, `de`, `fr`, `es`, `it`, `nl` or `pt`, a region may follow (`de-AT`); docs/i18n.md.",
            language,
        )
.material(&[row(D::Any, E, "the language tag", src::NONE)]),
        Field::once(
            K::Translations,
            Shape::Word,
            "The languages it is also published in (`de, fr`): `policyc build` writes a page in each beside the one in `language`, the writer's words from the translation files beside the source; docs/i18n.md.",
            translations,
        )
.material(&[row(D::Any, E, "the languages the policy is also published in", src::NONE)]),
        Field::once(
            K::Jurisdictions,
            Shape::Keywords(Jurisdiction::VOCAB),
            "The regimes it is written for.",
            |cx, s, m: &mut Meta| m.jurisdictions = cx.keywords(s),
        )
.material(&[row(D::Any, E, "the regimes the policy is written for (what is done with data is stated elsewhere)", src::NONE)]),
        Field::once(K::Url, Shape::Url, "Where it is published.", |cx, s, m: &mut Meta| {
            m.url = cx.text(s)
        })
.material(&[row(D::Any, E, "where the policy is published", src::NONE)]),
        Field::once(
            K::NoticeAtCollection,
            Shape::Url,
            "Where the separate CCPA notice at collection is published, when this policy is not it (11 CCR 7012).",
            |cx, s, m: &mut Meta| m.notice_at_collection = cx.string(s),
        )
.material(&[row(D::Dropped, R, "this policy no longer points to a separate notice at collection; read whether it now carries that notice's facts", "CCPA 1798.100(a); 11 CCR 7012"), row(D::Any, E, "where the separate notice at collection is published", src::NONE)]),
        Field::once(
            K::UsStateDisclosures,
            Shape::Url,
            "Where the disclosures US state privacy laws ask of a privacy policy are published, when the policy puts them in a separate document (a \"State Privacy Law Disclosures\" page); the checker then leaves what they must contain to that document.",
            |cx, s, m: &mut Meta| m.us_state_disclosures = cx.string(s),
        )
        .material(&[
            row(D::Dropped, R, "this policy no longer points to separate US state disclosures; read whether it now carries them", "Cal. Civ. Code 1798.130(a)(5); 11 CCR 7011"),
            row(D::Any, E, "where the separate US state disclosures are published", src::NONE),
        ]),
        Field::note(
            K::Precedence,
            "Which document prevails where this policy and another (a service's own policy, a translation) differ, in the policy's words.",
        )
        .material(&[row(D::Any, R, "which document prevails", src::NONE)]),
    ],
};

/// Reads a `policy` statement.
pub fn lower(cx: &mut Lower, stmt: &Statement) -> Option<Meta> {
    let title = cx.string(stmt)?;
    let mut m = Meta {
        notes: Vec::new(),
        title,
        effective: None,
        updated: None,
        undated: None,
        version: None,
        language: None,
        translations: Vec::new(),
        jurisdictions: Vec::new(),
        url: None,
        notice_at_collection: None,
        us_state_disclosures: None,
        span: stmt.span,
    };
    cx.walk(&BLOCK, stmt, &mut m);
    if let (Some(u), Some(date)) = (
        m.undated.as_ref().filter(|u| u.value),
        m.updated.as_ref().or(m.effective.as_ref()),
    ) {
        cx.error(
            Code::BadValue,
            u.span,
            "`undated yes` says the policy carries no date, but it gives one".to_string(),
            "no date",
        );
        cx.help(format!(
            "remove `undated yes`, or the date {} if the policy really gives none",
            date.value
        ));
    }
    Some(m)
}

/// `undated yes`: the policy carries no date, which a date then contradicts.
fn undated(cx: &mut Lower, s: &Statement, m: &mut Meta) {
    m.undated = cx.flag(s).map(|b| Spanned::new(b, s.span));
}

/// `language TAG`: a language policyc has the page's words in (issue 26);
/// any other is an error at the tag, with the supported ones as the hint.
fn language(cx: &mut Lower, s: &Statement, m: &mut Meta) {
    let Some(tag) = cx.words(s, false).pop() else {
        return;
    };
    if crate::i18n::Lang::parse(&tag.value).is_none() {
        unsupported(cx, &tag, " (a region may follow, as in `de-AT`)");
    }
    m.language = Some(tag.value);
}

/// A language tag policyc has no words for: an error at the tag, the
/// supported ones as the hint.
fn unsupported(cx: &mut Lower, tag: &Spanned<String>, more: &str) {
    cx.error(
        crate::diag::Code::UnknownKeyword,
        tag.span,
        format!(
            "policyc cannot write a policy in `{}`: its generated text has no translation into that language",
            tag.value
        ),
        "unsupported language",
    );
    cx.help(format!(
        "supported languages: {}{more}; docs/i18n.md explains how to add one",
        crate::i18n::Lang::supported_list()
    ));
}

/// `translations de, fr`: languages policyc has the page's words in, each
/// once; any other is an error at the tag, as for `language`.
fn translations(cx: &mut Lower, s: &Statement, m: &mut Meta) {
    for tag in cx.words(s, false) {
        let Some(lang) = crate::i18n::Lang::parse(&tag.value) else {
            unsupported(cx, &tag, "");
            continue;
        };
        if !m
            .translations
            .iter()
            .any(|t| crate::i18n::Lang::parse(&t.value) == Some(lang))
        {
            m.translations.push(tag);
        }
    }
}

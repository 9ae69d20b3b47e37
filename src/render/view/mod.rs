//! The template context: the policy, plus the words and order a document
//! needs (section list, anchors, labels in plain English, prose already
//! rendered). Templates only lay it out. docs/templates.md documents it.
//!
//! [`context`] builds it from one builder per part of the policy, each in
//! that part's file next to the views it makes; the words come from
//! [`super::wording`].

use serde::Serialize;

use super::anchors::Anchors;
use super::wording::*;
use crate::model::schema;
use crate::model::*;

mod changes;
mod children;
mod cookies;
mod data;
mod parties;
mod purposes;
mod recipients;
mod retention;
mod rights;
mod sections;
mod security;
mod stances;
mod transfers;

pub use super::wording::{ground_words, place_words, source_words};
pub use changes::ChangesView;
pub use children::ChildrenView;
mod items;
pub use cookies::{CookieView, CookiesView, TrackerView};
pub use data::{DataRef, DataView};
pub use items::Items;
pub use parties::PartyView;
pub use purposes::{BasisView, PurposeView};
pub use recipients::RecipientView;
pub use rights::{AuthorityView, ResponseTimeView, RightView};
pub use sections::{ProseView, SectionView};
pub use security::SecurityView;
pub use stances::StanceView;
pub use transfers::TransferView;

/// A note: its label in the page's language, the policy's words, and where
/// it holds.
#[derive(serde::Serialize)]
pub struct NoteView {
    /// The label (`note-BLOCK-KEYWORD`), with "only if you live in …" when
    /// the note holds for some places only; plain text, escaped once by the
    /// page it lands in.
    pub label: String,
    /// The policy's words, one per quoted string.
    pub words: Vec<String>,
    /// Where it holds, in words, when limited.
    pub region: Option<String>,
}

/// The notes of a block (`policy`, `rights` …), in source order.
pub fn notes(block: &str, notes: &[Note]) -> Vec<NoteView> {
    notes
        .iter()
        .map(|n| {
            // Every note in the model was lowered by its declaration.
            let declared = schema::note(block, n.keyword);
            let label = declared
                .map(|s| crate::i18n::t(&s.note_message(block)))
                .unwrap_or_default();
            // A question answered without words is stated in the sentence
            // its declaration's wording gives each answer.
            let words: Vec<String> = match (n.answer, n.words.is_empty(), declared) {
                (Some(yes), true, Some(s)) => vec![crate::i18n::t(&s.answer_message(block, yes))],
                _ => n.words.iter().map(|w| w.value.clone()).collect(),
            };
            let region = region(&n.scope);
            NoteView {
                label: match &region {
                    Some(r) => format!("{label} ({})", only_if_you_live_in(r)),
                    None => label,
                },
                words,
                region,
            }
        })
        .collect()
}

/// Which format prose is rendered for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    /// HTML fragments.
    Html,
    /// Markdown text.
    Markdown,
}

/// Everything a template receives. docs/templates.md documents these names.
#[derive(Serialize)]
pub struct Context {
    /// `policyc X.Y.Z`.
    pub generator: &'static str,
    /// The title.
    pub title: String,
    /// The language tag.
    pub language: String,
    /// Last updated, in words.
    pub updated: Option<String>,
    /// Last updated, `YYYY-MM-DD`.
    pub updated_iso: Option<String>,
    /// The policy says it carries no date.
    pub undated: bool,
    /// Where the policy is published.
    pub url: Option<String>,
    /// Where the separate CCPA notice at collection is published.
    pub notice_at_collection: Option<String>,
    /// Where the separate US state-law disclosures are published.
    pub us_state_disclosures: Option<String>,
    /// In effect from, in words.
    pub effective: Option<String>,
    /// A version label.
    pub version: Option<String>,
    /// The regimes, in words.
    pub jurisdictions: Vec<String>,
    /// The controller.
    pub controller: Option<PartyView>,
    /// Controllers for some places only, each with its region.
    pub regional_controllers: Vec<PartyView>,
    /// The DPO.
    pub dpo: Option<PartyView>,
    /// Data protection officers for some places only.
    pub regional_dpos: Vec<PartyView>,
    /// Representatives, each with its region.
    pub representatives: Vec<PartyView>,
    /// Data categories.
    pub data: Items<DataView>,
    /// Legal bases.
    pub bases: Vec<BasisView>,
    /// Purposes.
    pub purposes: Items<PurposeView>,
    /// Whether the purposes table has a legal-basis column.
    pub shows_bases: bool,
    /// Automated decisions.
    pub automated_decisions: Vec<StanceView>,
    /// Recipients.
    pub recipients: Items<RecipientView>,
    /// There are no recipients.
    pub no_recipients: bool,
    /// Sale.
    pub sells_data: Vec<StanceView>,
    /// Sharing.
    pub shares_data: Vec<StanceView>,
    /// Sensitive data collected.
    pub collects_sensitive_data: Vec<StanceView>,
    /// Sensitive data used only as 11 CCR §7027(m) allows.
    pub limits_sensitive_use: Vec<StanceView>,
    /// Transfers.
    pub transfers: Vec<TransferView>,
    /// Retention for all data, in words.
    pub retention: Vec<String>,
    /// Retention stated per purpose, in words.
    pub purpose_retention: Vec<String>,
    /// Rights.
    pub rights: Vec<RightView>,
    /// How to send a request.
    pub request_via: Vec<String>,
    /// How quickly requests are answered, per region where it differs.
    pub respond_within: Vec<ResponseTimeView>,
    /// The longer times some requests may take.
    pub extended_within: Vec<ResponseTimeView>,
    /// Identity is checked.
    pub verifies_identity: Option<bool>,
    /// The `rights` block's notes.
    pub rights_notes: Vec<NoteView>,
    /// The `policy` block's notes.
    pub policy_notes: Vec<NoteView>,
    /// The policy's own words about checking identity.
    pub identity_statement: Option<String>,
    /// Children.
    pub children: Option<ChildrenView>,
    /// Cookies.
    pub cookies: Option<CookiesView>,
    /// Trackers.
    pub trackers: Vec<TrackerView>,
    /// Do Not Track.
    pub honors_do_not_track: Vec<StanceView>,
    /// Global Privacy Control.
    pub honors_gpc: Vec<StanceView>,
    /// Third-party tracking.
    pub third_party_tracking: Vec<StanceView>,
    /// Security.
    pub security: Option<SecurityView>,
    /// Changes.
    pub changes: Option<ChangesView>,
    /// The document's sections, in order.
    pub sections: Items<SectionView>,
}

/// Builds the context a template receives. `reserved` are ids the templates
/// write themselves besides the built-in ones ([`super::anchors::TEMPLATE_IDS`]).
pub fn context(
    policy: &Policy,
    format: Format,
    trust: crate::render::Trust,
    reserved: &[String],
) -> Context {
    let lang = crate::i18n::Lang::parse(policy.meta.language.as_deref().unwrap_or("en"))
        .unwrap_or(crate::i18n::Lang::En);
    crate::i18n::with_language(lang, || build(policy, format, trust, reserved))
}

/// [`context`] in the page's language.
fn build(
    policy: &Policy,
    format: Format,
    trust: crate::render::Trust,
    reserved: &[String],
) -> Context {
    let mut anchors = Anchors::new(policy, reserved);
    let sections = sections::sections(policy, format, trust, &mut anchors);
    let anchors = &anchors;
    let st = &policy.statements;
    let meta = &policy.meta;
    Context {
        generator: concat!("policyc ", env!("CARGO_PKG_VERSION")),
        title: meta.title.value.clone(),
        language: meta.language.clone().unwrap_or_else(|| "en".into()),
        updated: meta.updated.as_ref().map(|d| date(d.value)),
        updated_iso: meta.updated.as_ref().map(|d| d.value.to_string()),
        undated: meta.undated.as_ref().is_some_and(|u| u.value),
        url: meta.url.clone(),
        notice_at_collection: meta.notice_at_collection.as_ref().map(|n| n.value.clone()),
        us_state_disclosures: meta.us_state_disclosures.as_ref().map(|n| n.value.clone()),
        effective: meta.effective.as_ref().map(|d| date(d.value)),
        version: meta.version.clone(),
        jurisdictions: meta
            .jurisdictions
            .iter()
            .map(|j| jurisdiction_words(j.value))
            .collect(),
        controller: policy.controller.as_ref().map(parties::party_view),
        regional_controllers: policy
            .regional_controllers
            .iter()
            .map(parties::party_view)
            .collect(),
        dpo: policy.dpo.as_ref().map(parties::party_view),
        regional_dpos: policy
            .regional_dpos
            .iter()
            .map(parties::party_view)
            .collect(),
        representatives: policy
            .representatives
            .iter()
            .map(parties::party_view)
            .collect(),
        data: data::data(policy, anchors).into(),
        bases: purposes::bases(policy, anchors),
        shows_bases: purposes::shows_bases(policy),
        purposes: purposes::purposes(policy, anchors).into(),
        automated_decisions: stances::stance(&st.automated_decisions),
        recipients: recipients::recipients(policy, anchors).into(),
        no_recipients: policy.no_recipients,
        sells_data: stances::stance(&st.sells_data),
        shares_data: stances::besides(
            stances::stance(&st.shares_data),
            &stances::stance(&st.sells_data),
        ),
        collects_sensitive_data: stances::stance(&st.collects_sensitive_data),
        limits_sensitive_use: stances::stance(&st.limits_sensitive_use),
        transfers: transfers::transfers(policy, anchors),
        retention: retention::retention(policy),
        purpose_retention: retention::per_purpose(policy),
        rights: rights::rights(policy),
        request_via: rights::request_via(policy),
        respond_within: rights::respond_within(policy),
        extended_within: rights::extended_within(policy),
        identity_statement: policy.rights.identity_statement.clone(),
        verifies_identity: rights::verifies_identity(policy),
        rights_notes: notes("rights", &policy.rights.notes),
        policy_notes: notes("policy", &meta.notes),
        children: children::children(policy),
        cookies: cookies::cookies(policy, anchors),
        trackers: cookies::trackers(policy),
        honors_do_not_track: stances::stance(&st.honors_do_not_track),
        honors_gpc: stances::stance(&st.honors_gpc),
        third_party_tracking: stances::stance(&st.third_party_tracking),
        security: security::security(policy),
        changes: changes::changes(policy),
        sections: sections.into(),
    }
}

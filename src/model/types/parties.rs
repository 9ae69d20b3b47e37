//! Who the policy is from: its title and regimes, and its parties.

use serde::Serialize;

use crate::model::*;

/// Title, dates, version, language, jurisdictions.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Meta {
    /// The title.
    pub title: Spanned<String>,
    /// When it takes effect.
    pub effective: Option<Spanned<Date>>,
    /// When it was last updated.
    pub updated: Option<Spanned<Date>>,
    /// The policy says it carries no date (`undated yes`): the original
    /// is undated, which is not the same as a date left out by mistake.
    pub undated: Option<Spanned<bool>>,
    /// A version label.
    pub version: Option<String>,
    /// A language tag (`en`).
    pub language: Option<String>,
    /// The languages it is also published in (`translations de, fr`; issue 26).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub translations: Vec<Spanned<String>>,
    /// The regimes it is written for.
    pub jurisdictions: Vec<Spanned<Jurisdiction>>,
    /// Where it is published.
    pub url: Option<String>,
    /// Where the separate CCPA notice at collection is published, when this
    /// policy is not it (11 CCR 7012).
    pub notice_at_collection: Option<Spanned<String>>,
    /// Where the disclosures the US state privacy laws ask of a privacy
    /// policy are published, when they are a separate document ("State
    /// Privacy Law Disclosures"): what this policy does not say of them is
    /// said there.
    pub us_state_disclosures: Option<Spanned<String>>,
    /// The `policy` statement.
    #[serde(skip)]
    pub span: Span,
    /// Notes: statements in the policy's own words (`Field::note`).
    pub notes: Vec<Note>,
}

/// A person or organisation with contact details.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Party {
    /// Name or title.
    pub name: Spanned<String>,
    /// Legal form ("a California corporation").
    pub legal_form: Option<String>,
    /// Postal address.
    pub address: Option<Spanned<String>>,
    /// Email.
    pub email: Option<Spanned<String>>,
    /// E-mail addresses for some places only (`email "…" for eea`).
    pub regional_emails: Vec<Scoped<Spanned<String>>>,
    /// Phone.
    pub phone: Option<String>,
    /// Website.
    pub website: Option<String>,
    /// An online contact form.
    pub contact_form: Option<String>,
    /// Its company registration ("RCS Paris 123 456 789").
    pub registration: Option<String>,
    /// Country of establishment (ISO 3166 alpha-2, lower case).
    pub country: Option<Spanned<String>>,
    /// An establishment in the EEA, when it is established elsewhere (GDPR Art. 3(1)).
    pub eu_establishment: Option<Spanned<String>>,
    /// The controller checks identity when contacted.
    pub verifies_identity: Option<bool>,
    /// The controller states a DPO is required (GDPR Art. 37).
    pub required: Option<bool>,
    /// Where it acts (a representative's region).
    pub scope: Scope,
    /// The statement.
    #[serde(skip)]
    pub span: Span,
}

impl HasNotes for Meta {
    fn notes_mut(&mut self) -> &mut Vec<Note> {
        &mut self.notes
    }
}

//! The policy's title, dates and regimes, and its parties.

use schemars::JsonSchema;
use serde::Serialize;

use super::{scope, v, vs};
use crate::model as m;

/// Title, dates, version, language, jurisdictions.
#[derive(Serialize, JsonSchema)]
pub struct Meta {
    /// The title.
    pub title: String,
    /// When it takes effect.
    pub effective: Option<m::Date>,
    /// When it was last updated.
    pub updated: Option<m::Date>,
    /// `true` when the policy says it carries no date.
    pub undated: bool,
    /// A version label.
    pub version: Option<String>,
    /// A language tag.
    pub language: Option<String>,
    /// The regimes it is written for.
    pub jurisdictions: Vec<m::Jurisdiction>,
    /// Where it is published.
    pub url: Option<String>,
    /// Where the separate CCPA notice at collection is published (11 CCR 7012).
    pub notice_at_collection: Option<String>,
    /// Where the separate US state-law disclosures are published.
    pub us_state_disclosures: Option<String>,
    /// Statements in the policy's own words (`Field::note`), by their JSON names.
    pub notes: Vec<super::Note>,
}

/// An e-mail address for some places only.
#[derive(Serialize, JsonSchema)]
pub struct RegionalEmail {
    /// The address.
    pub email: String,
    /// Where it is the address to use.
    pub scope: Vec<m::Place>,
}

/// A person or organisation with contact details.
#[derive(Serialize, JsonSchema)]
pub struct Party {
    /// Name.
    pub name: String,
    /// Legal form.
    pub legal_form: Option<String>,
    /// Postal address.
    pub address: Option<String>,
    /// E-mail.
    pub email: Option<String>,
    /// E-mail addresses for some places only, each with its `scope`.
    pub regional_emails: Vec<RegionalEmail>,
    /// Phone.
    pub phone: Option<String>,
    /// Website.
    pub website: Option<String>,
    /// An online contact form.
    pub contact_form: Option<String>,
    /// Its company registration.
    pub registration: Option<String>,
    /// Country of establishment.
    pub country: Option<String>,
    /// Its establishment in the EEA (GDPR Art. 3(1)), when it is established elsewhere.
    pub eu_establishment: Option<String>,
    /// Identity is checked when contacted.
    pub verifies_identity: Option<bool>,
    /// A DPO is stated to be required.
    pub required: Option<bool>,
    /// Where it acts: regions or regimes (`eea`, `uk`); empty means everywhere.
    pub scope: Vec<m::Place>,
}

/// Title, dates, version, language, jurisdictions.
pub(super) fn meta(p: &m::Policy) -> Meta {
    let mt = &p.meta;
    Meta {
        notes: super::notes("policy", &p.meta.notes),
        title: v(&mt.title),
        effective: mt.effective.as_ref().map(v),
        updated: mt.updated.as_ref().map(v),
        undated: mt.undated.as_ref().is_some_and(|u| u.value),
        version: mt.version.clone(),
        language: mt.language.clone(),
        jurisdictions: vs(&mt.jurisdictions),
        url: mt.url.clone(),
        notice_at_collection: mt.notice_at_collection.as_ref().map(v),
        us_state_disclosures: mt.us_state_disclosures.as_ref().map(v),
    }
}

/// A party as published.
pub(super) fn party(p: &m::Party) -> Party {
    Party {
        name: v(&p.name),
        legal_form: p.legal_form.clone(),
        address: p.address.as_ref().map(v),
        email: p.email.as_ref().map(v),
        regional_emails: p
            .regional_emails
            .iter()
            .map(|e| RegionalEmail {
                email: e.value.value.clone(),
                scope: scope(&e.scope),
            })
            .collect(),
        phone: p.phone.clone(),
        website: p.website.clone(),
        contact_form: p.contact_form.clone(),
        registration: p.registration.clone(),
        country: p.country.as_ref().map(v),
        eu_establishment: p.eu_establishment.as_ref().map(v),
        verifies_identity: p.verifies_identity,
        required: p.required,
        scope: scope(&p.scope),
    }
}

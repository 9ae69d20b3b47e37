//! The parties: the controller, regional controllers, the DPO and representatives.

use serde::Serialize;

use crate::model::*;
use crate::render::wording::*;

/// A party, in words.
#[derive(Serialize)]
pub struct PartyView {
    /// Name.
    pub name: String,
    /// Legal form.
    pub legal_form: Option<String>,
    /// Postal address.
    pub address: Option<String>,
    /// E-mail.
    pub email: Option<String>,
    /// Phone.
    pub phone: Option<String>,
    /// Website.
    pub website: Option<String>,
    /// Contact form.
    pub contact_form: Option<String>,
    /// Company registration.
    pub registration: Option<String>,
    /// Country, in words.
    pub country: Option<String>,
    /// Its establishment in the EEA (GDPR Art. 3(1)), when it is established elsewhere.
    pub eu_establishment: Option<String>,
    /// Whether identity is checked when contacted.
    pub verifies_identity: Option<bool>,
    /// Whether a DPO is stated to be required (GDPR Art. 37).
    pub dpo_required: Option<bool>,
    /// The region it serves, in words ("the EEA or the UK"), when stated.
    pub region: Option<String>,
    /// E-mail addresses for some places only.
    pub regional_emails: Vec<PlacedView>,
}

/// A value that holds in some places, with the places in words.
#[derive(Serialize)]
pub struct PlacedView {
    /// The value.
    pub value: String,
    /// Where, in words ("the EEA").
    pub region: String,
}

/// A party in words.
pub(super) fn party_view(p: &Party) -> PartyView {
    PartyView {
        name: p.name.value.clone(),
        legal_form: p.legal_form.clone(),
        address: p.address.as_ref().map(|a| a.value.clone()),
        email: p.email.as_ref().map(|a| a.value.clone()),
        regional_emails: p
            .regional_emails
            .iter()
            .map(|e| PlacedView {
                value: e.value.value.clone(),
                region: region(&e.scope).unwrap_or_default(),
            })
            .collect(),
        phone: p.phone.clone(),
        website: p.website.clone(),
        contact_form: p.contact_form.clone(),
        registration: p.registration.clone(),
        country: p.country.as_ref().map(|c| place_words(&c.value)),
        eu_establishment: p.eu_establishment.as_ref().map(|e| e.value.clone()),
        verifies_identity: p.verifies_identity,
        dpo_required: p.required,
        region: region(&p.scope),
    }
}

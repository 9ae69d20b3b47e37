//! Children: minimum ages, parental consent.

use serde::Serialize;

use crate::model::*;
use crate::render::wording::*;

/// Children.
#[derive(Serialize)]
pub struct ChildrenView {
    /// Minimum ages, in years or words.
    pub minimum_ages: Vec<String>,
    /// Directed at children.
    pub directed: Option<bool>,
    /// Parental consent.
    pub parental_consent: Option<bool>,
    /// The policy\'s own words about parental consent.
    pub parental_consent_statement: Option<String>,
    /// Minors need a parent's consent to use the service.
    pub parental_consent_to_use: Option<bool>,
    /// The policy's words about it.
    pub parental_consent_to_use_statement: Option<String>,
    /// What happens to data found.
    pub on_discovery: Option<String>,
    /// Whom to tell.
    pub contact: Option<String>,
    /// Notes: statements in the policy's own words.
    pub notes: Vec<super::NoteView>,
}

/// What the policy says of children, in words.
pub(super) fn children(policy: &Policy) -> Option<ChildrenView> {
    policy.children.as_ref().map(|c| ChildrenView {
        notes: super::notes("children", &c.notes),
        minimum_ages: c
            .minimum_ages
            .iter()
            .map(|a| {
                let age = match &a.value.value {
                    Age::Years(y) => age_years(u64::from(*y)),
                    Age::Words(w) => w.clone(),
                };
                match region(&a.scope) {
                    Some(r) => age_in(&age, &r),
                    None => age,
                }
            })
            .collect(),
        directed: c.directed,
        parental_consent: c.parental_consent,
        parental_consent_statement: c.parental_consent_statement.clone(),
        parental_consent_to_use: c.parental_consent_to_use,
        parental_consent_to_use_statement: c.parental_consent_to_use_statement.clone(),
        on_discovery: c.on_discovery.clone(),
        contact: c.contact.clone(),
    })
}

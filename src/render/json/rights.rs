//! Rights, and what the policy says of children.

use schemars::JsonSchema;
use serde::Serialize;

use super::{scope, v, vs};
use crate::model as m;

/// The rights offered.
#[derive(Serialize, JsonSchema)]
pub struct Rights {
    /// Each right as stated.
    pub rights: Vec<Right>,
    /// How to send a request.
    pub request_via: Vec<String>,
    /// How quickly requests are answered, per region where it differs.
    pub respond_within: Vec<ResponseTime>,
    /// The longer time some requests may take, and when.
    pub extended_within: Vec<ExtendedTime>,
    /// Identity is checked before answering.
    pub verifies_identity: Option<bool>,
    /// The policy's own words about checking identity.
    pub identity_statement: Option<String>,
    /// Statements in the policy's own words (`Field::note`), by their JSON names.
    pub notes: Vec<super::Note>,
}

/// A longer response time, when it applies, and where.
#[derive(Serialize, JsonSchema)]
pub struct ExtendedTime {
    /// The longer time; none when the policy says only that it may take longer.
    pub within: Option<m::Duration>,
    /// When it applies, in the policy's words.
    pub when: String,
    /// Where it applies; empty means everywhere.
    pub scope: Vec<m::Place>,
}

/// A response time and where it applies.
#[derive(Serialize, JsonSchema)]
pub struct ResponseTime {
    /// The time.
    pub within: m::Duration,
    /// Where it applies; empty means everywhere.
    pub scope: Vec<m::Place>,
}

/// One right.
#[derive(Serialize, JsonSchema)]
pub struct Right {
    /// What it covers.
    pub kinds: Vec<m::RightKind>,
    /// The policy's description.
    pub label: String,
    /// The complaint authorities.
    pub authorities: Vec<Authority>,
    /// Where the authorities are listed, when the policy names none.
    pub authorities_url: Option<String>,
    /// How to use it, in the policy's words.
    pub procedure: Option<String>,
    /// Whether requests under it are verified, when stated for this right.
    pub verifies_identity: Option<bool>,
    /// Where the right is offered; empty means everywhere.
    pub scope: Vec<m::Place>,
}

/// A supervisory authority.
#[derive(Serialize, JsonSchema)]
pub struct Authority {
    /// Its name.
    pub name: String,
    /// Named only as an example.
    pub example_only: bool,
    /// Its website.
    pub url: Option<String>,
    /// The region it serves; empty means everywhere.
    pub scope: Vec<m::Place>,
}

/// A minimum age and where it holds.
#[derive(Serialize, JsonSchema)]
pub struct MinimumAge {
    /// Years, or the policy's words ("the age of majority").
    pub age: m::Age,
    /// Where it holds: regions or regimes; empty means everywhere.
    pub scope: Vec<m::Place>,
}

/// Children.
#[derive(Serialize, JsonSchema)]
pub struct Children {
    /// The minimum ages stated, each with where it holds.
    pub minimum_ages: Vec<MinimumAge>,
    /// Directed at children.
    pub directed: Option<bool>,
    /// Parental consent is sought.
    pub parental_consent: Option<bool>,
    /// The policy\'s own words about parental consent.
    pub parental_consent_statement: Option<String>,
    /// Minors need a parent's consent to use the service (a condition of use).
    pub parental_consent_to_use: Option<bool>,
    /// The policy's own words about it.
    pub parental_consent_to_use_statement: Option<String>,
    /// What happens to data collected from a child by mistake.
    pub on_discovery: Option<String>,
    /// Whom to tell.
    pub contact: Option<String>,
    /// Statements in the policy's own words (`Field::note`), by their JSON names.
    pub notes: Vec<super::Note>,
}

/// The rights as published.
pub(super) fn rights(p: &m::Policy) -> Rights {
    Rights {
        notes: super::notes("rights", &p.rights.notes),
        rights: p
            .rights
            .rights
            .iter()
            .map(|r| Right {
                kinds: vs(&r.kinds),
                label: r.label.clone(),
                authorities: r
                    .authorities
                    .iter()
                    .map(|a| Authority {
                        name: v(&a.name),
                        example_only: a.example_only,
                        url: a.url.clone(),
                        scope: scope(&a.scope),
                    })
                    .collect(),
                authorities_url: r.url.clone(),
                procedure: r.procedure.clone(),
                verifies_identity: r.verifies_identity,
                scope: scope(&r.scope),
            })
            .collect(),
        request_via: vs(&p.rights.request_via),
        respond_within: p
            .rights
            .respond_within
            .iter()
            .map(|t| ResponseTime {
                within: t.value.value,
                scope: scope(&t.scope),
            })
            .collect(),
        extended_within: p
            .rights
            .extended_within
            .iter()
            .map(|t| ExtendedTime {
                within: t.value.within.as_ref().map(|w| w.value),
                when: t.value.when.clone(),
                scope: scope(&t.scope),
            })
            .collect(),
        verifies_identity: p.rights.verifies_identity,
        identity_statement: p.rights.identity_statement.clone(),
    }
}

/// What the policy says of children.
pub(super) fn children(p: &m::Policy) -> Option<Children> {
    p.children.as_ref().map(|c| Children {
        notes: super::notes("children", &c.notes),
        minimum_ages: c
            .minimum_ages
            .iter()
            .map(|a| MinimumAge {
                age: a.value.value.clone(),
                scope: scope(&a.scope),
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

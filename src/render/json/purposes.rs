//! Purposes and the legal bases they rest on.

use schemars::JsonSchema;
use serde::Serialize;

use super::{scope, v, vs};
use crate::model as m;

/// A legal basis as the policy words it.
#[derive(Serialize, JsonSchema)]
pub struct Basis {
    /// The id.
    pub id: String,
    /// The policy's wording.
    pub label: String,
    /// The ground.
    pub ground: Ground,
    /// The legitimate interest.
    pub interest: Option<String>,
    /// How consent is given.
    pub consent_by: Vec<m::ConsentMechanism>,
    /// What it is said to cover, in words that name no purpose.
    pub covers: Vec<String>,
    /// The purposes it covers (ids).
    pub covers_purposes: Vec<String>,
    /// It covers every purpose (`covers all`).
    pub covers_all: bool,
    /// Where it is relied on; empty means everywhere.
    pub scope: Vec<m::Place>,
}

/// What a basis rests on: an Art. 6(1) ground, or the policy's words when they name none.
#[derive(Serialize, JsonSchema)]
#[serde(tag = "kind", content = "value", rename_all = "kebab-case")]
pub enum Ground {
    /// One of the six grounds.
    #[serde(rename = "article-6")]
    Article6(m::Ground),
    /// A basis of LGPD Art. 7 with no Art. 6(1) counterpart.
    #[serde(rename = "lgpd-article-7")]
    Lgpd(m::LgpdGround),
    /// The policy's own words.
    Unrecognised(String),
}

/// Why data is processed.
#[derive(Serialize, JsonSchema)]
pub struct Purpose {
    /// The id.
    pub id: String,
    /// What it is.
    pub label: String,
    /// The data categories it uses (ids); every category when `uses_all`.
    pub uses: Vec<String>,
    /// It uses every category of data in the policy.
    pub uses_all: bool,
    /// Its bases as alternatives (one entry when they all apply together).
    pub alternatives: Vec<Alternative>,
    /// The `basis` declarations it rests on (ids).
    pub bases: Vec<String>,
    /// Grounds stated directly.
    pub grounds: Vec<Ground>,
    /// The legitimate interest.
    pub interest: Option<String>,
    /// The Art. 9(2) condition.
    pub condition: Option<m::Art9Condition>,
    /// How consent is given.
    pub consent_by: Vec<m::ConsentMechanism>,
    /// Data used only under one of the bases.
    pub only_with: Vec<OnlyWith>,
    /// What it includes, as the policy lists it.
    pub includes: Vec<String>,
    /// How long the data used for it is kept, when stated per purpose.
    pub retention: Vec<super::data::GeneralRetention>,
    /// Where it holds; empty means everywhere.
    pub scope: Vec<m::Place>,
}

/// Data a purpose uses only under one of its bases.
#[derive(Serialize, JsonSchema)]
pub struct OnlyWith {
    /// The ground or `basis` id.
    pub basis: String,
    /// The data categories (ids).
    pub data: Vec<String>,
}

/// One alternative basis and when it applies.
#[derive(Serialize, JsonSchema)]
pub struct Alternative {
    /// Grounds stated directly.
    pub grounds: Vec<Ground>,
    /// `basis` declarations (ids).
    pub bases: Vec<String>,
    /// When it applies, in the policy's words.
    pub condition: Option<String>,
    /// Where it holds: regions or regimes; empty means everywhere.
    pub scope: Vec<m::Place>,
}

/// A ground as published.
fn ground(g: &m::GroundClaim) -> Ground {
    match g {
        m::GroundClaim::Article6(g) => Ground::Article6(*g),
        m::GroundClaim::Lgpd(g) => Ground::Lgpd(*g),
        m::GroundClaim::Unrecognised(w) => Ground::Unrecognised(w.clone()),
    }
}

/// The legal bases as published.
pub(super) fn bases(p: &m::Policy) -> Vec<Basis> {
    p.bases
        .iter()
        .map(|b| Basis {
            id: v(&b.id),
            label: b.label.clone(),
            ground: ground(&b.ground.value),
            interest: b.interest.as_ref().map(v),
            consent_by: vs(&b.consent_by),
            covers: vs(&b.covers),
            covers_purposes: vs(&b.covers_purposes),
            covers_all: b.covers_all,
            scope: super::scope(&b.scope),
        })
        .collect()
}

/// The purposes as published.
pub(super) fn purposes(p: &m::Policy) -> Vec<Purpose> {
    p.purposes
        .iter()
        .map(|u| Purpose {
            id: v(&u.id),
            label: u.label.clone(),
            uses: vs(&u.uses),
            uses_all: u.uses_all,
            alternatives: u
                .alternatives
                .iter()
                .map(|a| Alternative {
                    grounds: a.grounds.iter().map(|g| ground(&g.value)).collect(),
                    bases: vs(&a.bases),
                    condition: a.condition.as_ref().map(v),
                    scope: scope(&a.scope),
                })
                .collect(),
            bases: vs(&u.bases),
            grounds: u.grounds.iter().map(|g| ground(&g.value)).collect(),
            interest: u.interest.as_ref().map(v),
            condition: u.condition.as_ref().map(v),
            consent_by: vs(&u.consent_by),
            only_with: u
                .only_with
                .iter()
                .map(|o| OnlyWith {
                    basis: v(&o.basis),
                    data: vs(&o.data),
                })
                .collect(),
            includes: u.includes.clone(),
            retention: u.retention.iter().map(super::data::rule).collect(),
            scope: super::scope(&u.scope),
        })
        .collect()
}

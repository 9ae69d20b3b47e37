//! The data categories, and retention stated for all data.

use schemars::JsonSchema;
use serde::Serialize;

use super::{scope, v, vs};
use crate::model::{self as m, Lifetime};

/// A category of personal data.
#[derive(Serialize, JsonSchema)]
pub struct DataCategory {
    /// The id.
    pub id: String,
    /// What it is called.
    pub label: String,
    /// Examples.
    pub examples: Vec<String>,
    /// Where it comes from.
    pub sources: Vec<m::Source>,
    /// Who provides it, when third parties do.
    pub providers: Vec<String>,
    /// Whose data it is, when stated.
    pub subjects: Vec<m::Subject>,
    /// When it is collected.
    pub collected: Vec<String>,
    /// GDPR Art. 9 special categories.
    pub special: Vec<m::Special>,
    /// Kinds of CCPA sensitive personal information.
    pub sensitive: Vec<m::Sensitive>,
    /// Kinds of sensitive personal information the policy says it may be.
    pub maybe_sensitive: Vec<m::Sensitive>,
    /// CCPA categories.
    pub ccpa_categories: Vec<m::CcpaCategory>,
    /// How long it is kept, each rule with where it holds.
    pub retention: Vec<GeneralRetention>,
    /// Whether providing it is required, for the whole category.
    pub provision: Option<m::Provision>,
    /// Whether providing some of its items is required, where that differs
    /// within the category.
    pub provision_items: Vec<ItemProvision>,
    /// The third party that collects it directly, under its own policy.
    pub collected_by: Option<String>,
    /// Where it holds; empty means everywhere.
    pub scope: Vec<m::Place>,
}

/// Whether providing some items of a category is required.
#[derive(Serialize, JsonSchema)]
pub struct ItemProvision {
    /// Required by law (`statutory`), for the contract, or optional.
    pub provision: m::Provision,
    /// The items, in the policy's words.
    pub items: Vec<String>,
}

/// A retention rule: for all data (top-level `retention`), or a category's.
#[derive(Serialize, JsonSchema)]
pub struct GeneralRetention {
    /// The rule: a period, an event, or the policy's criterion.
    #[serde(flatten)]
    pub rule: Lifetime,
    /// Where it holds: regions or regimes; empty means everywhere.
    pub scope: Vec<m::Place>,
}

/// The data categories as published.
pub(super) fn data(p: &m::Policy) -> Vec<DataCategory> {
    p.data
        .iter()
        .map(|d| DataCategory {
            id: v(&d.id),
            label: d.label.clone(),
            examples: d.examples.clone(),
            sources: vs(&d.sources),
            providers: d.providers.clone(),
            subjects: vs(&d.subjects),
            collected: d.collected.clone(),
            special: vs(&d.special),
            sensitive: vs(&d.sensitive),
            maybe_sensitive: vs(&d.maybe_sensitive),
            ccpa_categories: d.ccpa_categories.clone(),
            retention: d.retention.iter().map(rule).collect(),
            provision: d.provision,
            provision_items: d
                .provision_items
                .iter()
                .map(|p| ItemProvision {
                    provision: p.provision,
                    items: p.items.clone(),
                })
                .collect(),
            collected_by: d.collected_by.as_ref().map(v),
            scope: super::scope(&d.scope),
        })
        .collect()
}

/// Retention for all data, each rule with where it holds.
pub(super) fn retention(p: &m::Policy) -> Vec<GeneralRetention> {
    p.retention.iter().map(rule).collect()
}

pub(super) fn rule(r: &m::Scoped<m::Spanned<Lifetime>>) -> GeneralRetention {
    GeneralRetention {
        rule: r.value.value.clone(),
        scope: scope(&r.scope),
    }
}

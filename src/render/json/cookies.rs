//! The cookie table and other trackers.

use schemars::JsonSchema;
use serde::Serialize;

use super::{v, vs};
use crate::model::{self as m, Lifetime};

/// The cookie table.
#[derive(Serialize, JsonSchema)]
pub struct CookieConsent {
    /// The ways consent is obtained.
    pub ways: Vec<m::ConsentMechanism>,
    /// Where: regions or regimes; empty means everywhere.
    pub scope: Vec<m::Place>,
}

/// The cookie table as published.
#[derive(Serialize, JsonSchema)]
pub struct Cookies {
    /// The columns the table declares.
    pub columns: Vec<m::Column>,
    /// The rows.
    pub rows: Vec<Cookie>,
    /// How consent is obtained, each way with where it holds.
    pub consent: Vec<CookieConsent>,
    /// Opt-out links and tools.
    pub opt_out: Vec<String>,
    /// A separate cookie notice describing each cookie.
    pub notice: Option<String>,
}

/// One cookie.
#[derive(Serialize, JsonSchema)]
pub struct Cookie {
    /// Name or prefix pattern ending in `*`; empty for a row that describes
    /// cookies by provider and category without naming them.
    pub name: String,
    /// Who sets it.
    pub provider: Option<String>,
    /// First or third party.
    pub party: Option<m::CookieParty>,
    /// What it is for.
    pub category: Option<m::CookieCategory>,
    /// How long it lives.
    pub lifetime: Option<Lifetime>,
    /// Why it is set.
    pub purpose: Option<String>,
    /// The domain it is set on.
    pub domain: Option<String>,
}

/// A tracker other than cookies.
#[derive(Serialize, JsonSchema)]
pub struct Tracker {
    /// The id.
    pub id: String,
    /// What it is.
    pub label: String,
    /// Its kind.
    pub kind: Option<m::TrackerKind>,
    /// Who provides it.
    pub provider: Option<String>,
    /// Why it is used.
    pub purpose: Option<String>,
    /// How long its identifier lasts.
    pub lifetime: Option<Lifetime>,
}

/// The cookie table as published.
pub(super) fn cookies(p: &m::Policy) -> Option<Cookies> {
    p.cookies.as_ref().map(|c| Cookies {
        columns: c.columns.clone(),
        rows: c
            .rows
            .iter()
            .map(|r| Cookie {
                name: v(&r.name),
                provider: r.provider.as_ref().map(v),
                party: r.party.as_ref().map(v),
                category: r.category.as_ref().map(v),
                lifetime: r.lifetime.as_ref().map(v),
                purpose: r.purpose.as_ref().map(v),
                domain: r.domain.clone(),
            })
            .collect(),
        consent: c
            .consent
            .iter()
            .map(|w| CookieConsent {
                ways: vs(&w.value),
                scope: super::scope(&w.scope),
            })
            .collect(),
        opt_out: c.opt_out.clone(),
        notice: c.notice.as_ref().map(v),
    })
}

/// The trackers as published.
pub(super) fn trackers(p: &m::Policy) -> Vec<Tracker> {
    p.trackers
        .iter()
        .map(|t| Tracker {
            id: v(&t.id),
            label: t.label.clone(),
            kind: t.kind.as_ref().map(v),
            provider: t.provider.clone(),
            purpose: t.purpose.clone(),
            lifetime: t.lifetime.as_ref().map(v),
        })
        .collect()
}

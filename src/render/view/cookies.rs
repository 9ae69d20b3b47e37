//! Cookies and other trackers.

use serde::Serialize;

use crate::model::*;
use crate::render::anchors::Anchors;
use crate::render::wording::*;

/// A cookie row, in words.
#[derive(Serialize)]
pub struct CookieView {
    /// Name or pattern.
    pub name: String,
    /// Its anchor.
    pub anchor: String,
    /// Who sets it.
    pub provider: Option<String>,
    /// "first party" or "third party".
    pub party: Option<String>,
    /// Its category.
    pub category: Option<String>,
    /// Its lifetime, in words.
    pub lifetime: Option<String>,
    /// Why it is set.
    pub purpose: Option<String>,
    /// Its domain.
    pub domain: Option<String>,
}

/// How consent to cookies is obtained somewhere.
#[derive(Serialize)]
pub struct ConsentView {
    /// The ways, in words.
    pub ways: Vec<String>,
    /// Where, in words, when limited.
    pub region: Option<String>,
}

/// The cookie table.
#[derive(Serialize)]
pub struct CookiesView {
    /// The declared columns.
    pub columns: Vec<&'static str>,
    /// The rows.
    pub rows: Vec<CookieView>,
    /// How consent is obtained, in words, with where when it differs by place.
    pub consent: Vec<ConsentView>,
    /// Opt-out links and tools.
    pub opt_out: Vec<String>,
    /// The separate cookie notice.
    pub notice: Option<String>,
}

/// A tracker.
#[derive(Serialize)]
pub struct TrackerView {
    /// The id.
    pub id: String,
    /// What it is.
    pub label: String,
    /// Its kind.
    pub kind: Option<String>,
    /// Who provides it.
    pub provider: Option<String>,
    /// Why it is used.
    pub purpose: Option<String>,
    /// How long its identifier lasts, in words.
    pub lifetime: Option<String>,
}

/// The cookie table, in words.
pub(super) fn cookies(policy: &Policy, anchors: &Anchors) -> Option<CookiesView> {
    policy.cookies.as_ref().map(|c| CookiesView {
        columns: c.columns.iter().map(|x| x.as_str()).collect(),
        rows: c
            .rows
            .iter()
            .enumerate()
            .map(|(i, r)| CookieView {
                name: r.name.value.clone(),
                anchor: anchors
                    .cookie_row(i)
                    .map_or_else(|| r.anchor(), str::to_string),
                provider: r.provider.as_ref().map(|x| x.value.clone()),
                party: r.party.as_ref().map(|x| party_words(&x.value)),
                category: r.category.as_ref().map(|x| cookie_category_words(x.value)),
                lifetime: r.lifetime.as_ref().map(|x| lifetime(&x.value)),
                purpose: r.purpose.as_ref().map(|x| x.value.clone()),
                domain: r.domain.clone(),
            })
            .collect(),
        consent: c
            .consent
            .iter()
            .map(|w| ConsentView {
                ways: w.value.iter().map(|m| consent_words(m.value)).collect(),
                region: region(&w.scope),
            })
            .collect(),
        opt_out: c.opt_out.clone(),
        notice: c.notice.as_ref().map(|n| n.value.clone()),
    })
}

/// The trackers, in words.
pub(super) fn trackers(policy: &Policy) -> Vec<TrackerView> {
    policy
        .trackers
        .iter()
        .map(|t| TrackerView {
            id: t.id.value.clone(),
            label: t.label.clone(),
            kind: t.kind.as_ref().map(|k| k.value.words()),
            provider: t.provider.clone(),
            purpose: t.purpose.clone(),
            lifetime: t.lifetime.as_ref().map(|l| lifetime(&l.value)),
        })
        .collect()
}

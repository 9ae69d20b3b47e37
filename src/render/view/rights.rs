//! Rights, how to use them, and the California rights.

use serde::Serialize;

use crate::model::*;
use crate::render::wording::*;

/// A complaint authority.
#[derive(Serialize)]
pub struct AuthorityView {
    /// Its name.
    pub name: String,
    /// Named only as an example.
    pub example_only: bool,
    /// Its website.
    pub url: Option<String>,
    /// The region it serves, in words, when stated.
    pub region: Option<String>,
}

/// A response time and where it applies.
#[derive(Serialize)]
pub struct ResponseTimeView {
    /// The time, in words.
    pub within: String,
    /// When it applies, in the policy's words (for a longer time).
    pub when: Option<String>,
    /// Where it applies, in words, when it is limited.
    pub region: Option<String>,
}

/// A right, in words.
#[derive(Serialize)]
pub struct RightView {
    /// Its kinds (words of the language).
    pub kinds: Vec<&'static str>,
    /// Its kinds, named for people.
    pub names: Vec<String>,
    /// The policy's description.
    pub label: String,
    /// Only California rights.
    pub california: bool,
    /// The complaint authorities.
    pub authorities: Vec<AuthorityView>,
    /// Where the authorities are listed, when none is named.
    pub authorities_url: Option<String>,
    /// Where it is offered, in words, when limited.
    pub region: Option<String>,
    /// How to use it, in the policy's words.
    pub procedure: Option<String>,
    /// Whether requests under it are verified, when stated for this right.
    pub verifies_identity: Option<bool>,
}

/// Whether a right's kind is a California right.
fn is_california(k: RightKind) -> bool {
    matches!(
        k,
        RightKind::Know
            | RightKind::Delete
            | RightKind::Correct
            | RightKind::OptOut
            | RightKind::Limit
            | RightKind::NonDiscrimination
            | RightKind::ShineTheLight
    )
}

/// Whether the policy declares a California regime.
pub(super) fn california(policy: &Policy) -> bool {
    policy.targets(Jurisdiction::Ccpa) || policy.targets(Jurisdiction::Caloppa)
}

/// A right offered to Californians only: California's kinds, limited to
/// California (a right offered everywhere, or across the US, is not
/// California's alone and stays with the others).
pub(super) fn california_only(r: &Right) -> bool {
    r.kinds.iter().all(|k| is_california(k.value))
        && !r.scope.is_everywhere()
        && r.scope.places.iter().all(|p| {
            matches!(
                p.value,
                Place::Region(Region::California)
                    | Place::Regime(Jurisdiction::Ccpa | Jurisdiction::Caloppa)
            )
        })
}

/// The rights, in words.
pub(super) fn rights(policy: &Policy) -> Vec<RightView> {
    policy
        .rights
        .rights
        .iter()
        .map(|r| RightView {
            kinds: r.kinds.iter().map(|k| k.value.as_str()).collect(),
            names: r.kinds.iter().map(|k| right_words(k.value)).collect(),
            // A description that only repeats the right's name ("Access.
            // Access.") is said once.
            label: {
                let plain = |t: &str| t.trim().trim_end_matches('.').to_lowercase();
                let names: Vec<String> = r
                    .kinds
                    .iter()
                    .map(|k| plain(&right_words(k.value)))
                    .collect();
                if names.contains(&plain(&r.label)) {
                    String::new()
                } else {
                    r.label.clone()
                }
            },
            california: california_only(r),
            authorities: r
                .authorities
                .iter()
                .map(|a| AuthorityView {
                    name: a.name.value.clone(),
                    example_only: a.example_only,
                    url: a.url.clone(),
                    region: region(&a.scope),
                })
                .collect(),
            authorities_url: r.url.clone(),
            region: region(&r.scope),
            procedure: r.procedure.clone(),
            verifies_identity: r.verifies_identity,
        })
        .collect()
}

/// How to send a request.
pub(super) fn request_via(policy: &Policy) -> Vec<String> {
    policy
        .rights
        .request_via
        .iter()
        .map(|r| r.value.clone())
        .collect()
}

/// How quickly requests are answered, per region where it differs.
pub(super) fn respond_within(policy: &Policy) -> Vec<ResponseTimeView> {
    policy
        .rights
        .respond_within
        .iter()
        .map(|t| ResponseTimeView {
            within: duration(t.value.value),
            when: None,
            region: region(&t.scope),
        })
        .collect()
}

/// The longer times some requests may take, per region where it differs.
pub(super) fn extended_within(policy: &Policy) -> Vec<ResponseTimeView> {
    policy
        .rights
        .extended_within
        .iter()
        .map(|t| ResponseTimeView {
            within: t
                .value
                .within
                .as_ref()
                .map_or_else(String::new, |w| duration(w.value)),
            when: Some(t.value.when.clone()),
            region: region(&t.scope),
        })
        .collect()
}

/// Whether identity is checked: as the rights say, else as the controller does.
pub(super) fn verifies_identity(policy: &Policy) -> Option<bool> {
    policy
        .rights
        .verifies_identity
        .or(policy.controller.as_ref().and_then(|c| c.verifies_identity))
}

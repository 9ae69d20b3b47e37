//! Purposes and the legal bases they rest on.

use serde::Serialize;

use super::data::{data_refs, DataRef};
use crate::model::*;
use crate::render::anchors::Anchors;
use crate::render::wording::*;

/// A legal basis, in words.
#[derive(Serialize)]
pub struct BasisView {
    /// The id.
    pub id: String,
    /// Its anchor.
    pub anchor: String,
    /// The policy's wording.
    pub label: String,
    /// The ground, in words with its article.
    pub ground: String,
    /// The legitimate interest.
    pub interest: Option<String>,
    /// What it is said to cover.
    pub covers: Vec<String>,
    /// How consent is given, in words.
    pub consent_by: Vec<String>,
    /// Where it is relied on, in words; none when everywhere.
    pub region: Option<String>,
}

/// A purpose, in words.
#[derive(Serialize)]
pub struct PurposeView {
    /// The id.
    pub id: String,
    /// Its anchor.
    pub anchor: String,
    /// What it is.
    pub label: String,
    /// Where it holds, in words, when only in some places.
    pub region: Option<String>,
    /// The data it uses.
    pub uses: Vec<DataRef>,
    /// It uses every category of data in the policy.
    pub uses_all: bool,
    /// Its bases, in words.
    pub basis: Vec<String>,
    /// The legitimate interest.
    pub interest: Option<String>,
    /// The Art. 9(2) condition.
    pub condition: Option<String>,
    /// How consent is given, in words.
    pub consent_by: Vec<String>,
    /// Data used only under one of the bases, in words ("Public Content You
    /// Submit: only on the basis of consent (GDPR Art. 6(1)(a))").
    pub only_with: Vec<String>,
    /// What it includes, as the policy lists it.
    pub includes: Vec<String>,
}

/// Whether the page shows legal bases: when a purpose states one, or a
/// regime in force asks for them (GDPR Arts. 13(1)(c), 14(1)(c)). A US
/// notice that states none gets no column of "not stated".
pub(super) fn shows_bases(policy: &Policy) -> bool {
    policy.purposes.iter().any(|p| {
        !p.bases.is_empty()
            || !p.grounds.is_empty()
            || !p.consent_by.is_empty()
            || p.interest.is_some()
            || p.condition.is_some()
    }) || !policy.bases.is_empty()
        || policy.targets(Jurisdiction::Gdpr)
        || policy.targets(Jurisdiction::UkGdpr)
        || policy.targets(Jurisdiction::Lgpd)
}

/// The legal bases, in words.
pub(super) fn bases(policy: &Policy, anchors: &Anchors) -> Vec<BasisView> {
    policy
        .bases
        .iter()
        .map(|b| BasisView {
            id: b.id.value.clone(),
            anchor: anchors.basis(&b.id.value),
            label: b.label.clone(),
            region: region(&b.scope),
            ground: ground_words_in(&b.ground.value, &b.scope),
            interest: b.interest.as_ref().map(|i| i.value.clone()),
            // What it covers: the purposes it names, then the words that name none.
            covers: b
                .covers_all
                .then(|| every_purpose().to_string())
                .into_iter()
                .chain(b.covers_purposes.iter().map(|c| {
                    policy
                        .purposes
                        .iter()
                        .find(|p| p.id.value == c.value)
                        .map_or(c.value.clone(), |p| p.label.clone())
                }))
                .chain(b.covers.iter().map(|c| c.value.clone()))
                .collect(),
            consent_by: b
                .consent_by
                .iter()
                .map(|m| consent_words(m.value))
                .collect(),
        })
        .collect()
}

/// The purposes, in words, each with its bases.
pub(super) fn purposes(policy: &Policy, anchors: &Anchors) -> Vec<PurposeView> {
    policy
        .purposes
        .iter()
        .map(|p| {
            let basis_words = |b: &Spanned<String>| {
                policy.basis(&b.value).map_or(b.value.clone(), |d| {
                    let ground = ground_words_in(&d.ground.value, &d.scope);
                    if restates(&ground, &d.label) {
                        ground
                    } else {
                        format!("{ground} — {}", d.label)
                    }
                })
            };
            let words = |a: &Alternative| -> Vec<String> {
                let mut w: Vec<String> = a.bases.iter().map(basis_words).collect();
                w.extend(
                    a.grounds
                        .iter()
                        .map(|g| ground_words_in(&g.value, &a.scope)),
                );
                w
            };
            let conditional = p.alternatives.len() > 1
                || p.alternatives
                    .iter()
                    .any(|a| a.condition.is_some() || !a.scope.is_everywhere());
            let basis: Vec<String> = if conditional {
                // Alternatives, each with its condition in the writer's
                // words; those for some places only after "If you live in …".
                let mut scopes: Vec<&Scope> = Vec::new();
                for a in &p.alternatives {
                    if !scopes.iter().any(|s| s.key() == a.scope.key()) {
                        scopes.push(&a.scope);
                    }
                }
                scopes.sort_by_key(|s| !s.is_everywhere());
                scopes
                    .into_iter()
                    .map(|scope| {
                        let text = p
                            .alternatives
                            .iter()
                            .filter(|a| a.scope.key() == scope.key())
                            .map(|a| {
                                let w = words(a).join(", ");
                                match &a.condition {
                                    Some(c) => format!("{w}, {}", c.value),
                                    None => w,
                                }
                            })
                            .collect::<Vec<_>>();
                        let text = alternatives(&text);
                        match region(scope) {
                            Some(r) => if_you_live_in(&r, &text),
                            None => text,
                        }
                    })
                    .collect::<Vec<_>>()
            } else {
                p.alternatives.iter().flat_map(words).collect()
            };
            PurposeView {
                id: p.id.value.clone(),
                anchor: anchors.purpose(&p.id.value),
                label: p.label.clone(),
                region: region(&p.scope),
                uses: data_refs(policy, anchors, &p.uses),
                uses_all: p.uses_all,
                basis,
                interest: p.interest.as_ref().map(|i| i.value.clone()),
                condition: p.condition.as_ref().map(|c| c.value.to_string()),
                consent_by: p
                    .consent_by
                    .iter()
                    .map(|m| consent_words(m.value))
                    .collect(),
                only_with: p
                    .only_with
                    .iter()
                    .map(|o| {
                        let data: Vec<String> = data_refs(policy, anchors, &o.data)
                            .into_iter()
                            .map(|d| d.label)
                            .collect();
                        let basis = match Ground::from_word(&o.basis.value) {
                            Some(g) => ground_words(&GroundClaim::Article6(g)),
                            None => basis_words(&o.basis),
                        };
                        only_on_the_basis_of(&data, &basis)
                    })
                    .collect(),
                includes: p.includes.clone(),
            }
        })
        .collect()
}

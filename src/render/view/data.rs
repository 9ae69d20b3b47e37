//! The data categories, and references to them from other facts.

use serde::Serialize;

use crate::model::*;
use crate::render::anchors::Anchors;
use crate::render::wording::*;

/// A reference to a data category, for lists of the data a fact covers.
#[derive(Serialize)]
pub struct DataRef {
    /// The id.
    pub id: String,
    /// The anchor of its row.
    pub anchor: String,
    /// Its label.
    pub label: String,
}

/// A data category, in words.
#[derive(Serialize)]
pub struct DataView {
    /// The id.
    pub id: String,
    /// Its anchor.
    pub anchor: String,
    /// Its label.
    pub label: String,
    /// Where it holds, in words, when only in some places.
    pub region: Option<String>,
    /// Examples.
    pub examples: Vec<String>,
    /// Where it comes from, in words.
    pub sources: Vec<String>,
    /// When it is collected.
    pub collected: Vec<String>,
    /// Whose data it is, in words, when stated.
    pub subjects: Vec<String>,
    /// Special category.
    pub special: Option<String>,
    /// Sensitive personal information.
    pub sensitive: Option<String>,
    /// Kinds of sensitive personal information it may be, as the policy hedges it.
    pub maybe_sensitive: Option<String>,
    /// CCPA categories, in words.
    pub ccpa_categories: Vec<String>,
    /// Retention, in words.
    pub retention: Option<String>,
    /// Whether it is required, in words.
    pub required: Option<String>,
    /// The third party that collects it directly, under its own policy.
    pub collected_by: Option<String>,
    /// Every purpose that uses it says how long its data is kept.
    pub per_purpose: bool,
}

/// References to data categories by id, with their anchors and labels.
pub(super) fn data_refs(
    policy: &Policy,
    anchors: &Anchors,
    ids: &[Spanned<String>],
) -> Vec<DataRef> {
    ids.iter()
        .map(|i| DataRef {
            id: i.value.clone(),
            anchor: anchors.data(&i.value),
            label: policy
                .data_category(&i.value)
                .map_or(i.value.clone(), |d| d.label.clone()),
        })
        .collect()
}

/// The data categories, in words.
pub(super) fn data(policy: &Policy, anchors: &Anchors) -> Vec<DataView> {
    policy
        .data
        .iter()
        .map(|d| DataView {
            id: d.id.value.clone(),
            anchor: anchors.data(&d.id.value),
            label: d.label.clone(),
            region: region(&d.scope),
            examples: d.examples.clone(),
            sources: {
                let mut words: Vec<String> = d
                    .sources
                    .iter()
                    .map(|s| source_words(s.value, &d.providers))
                    .collect();
                // Providers named (`from "…"`) without `source third-party`
                // are a third-party source all the same.
                if !d.providers.is_empty()
                    && !d.sources.iter().any(|s| s.value == Source::ThirdParty)
                {
                    words.push(source_words(Source::ThirdParty, &d.providers));
                }
                words
            },
            collected: d.collected.clone(),
            subjects: d.subjects.iter().map(|x| x.value.words()).collect(),
            special: words_of(&d.special),
            sensitive: (!d.sensitive.is_empty()).then(|| {
                let words: Vec<String> = d.sensitive.iter().map(|x| x.value.words()).collect();
                words.join("; ")
            }),
            maybe_sensitive: (!d.maybe_sensitive.is_empty()).then(|| {
                let words: Vec<String> =
                    d.maybe_sensitive.iter().map(|x| x.value.words()).collect();
                words.join("; ")
            }),
            ccpa_categories: d.ccpa_categories.iter().map(|c| ccpa_words(*c)).collect(),
            retention: (!d.retention.is_empty()).then(|| {
                let rules: Vec<String> = d
                    .retention
                    .iter()
                    .map(|r| match region(&r.scope) {
                        Some(place) => retention_in(&lifetime(&r.value.value), &place),
                        None => lifetime(&r.value.value),
                    })
                    .collect();
                rules.join("; ")
            }),
            // Data nobody hands over (collected automatically, derived, or
            // from others) is not "provided": the question does not arise.
            required: required(d),
            collected_by: d.collected_by.as_ref().map(|c| c.value.clone()),
            per_purpose: policy.kept_per_purpose(&d.id.value),
        })
        .collect()
}

/// Whether giving the data is required: for the whole category, then item
/// by item where that differs ("optional; phone number and name: required
/// for the contract").
fn required(d: &DataCategory) -> Option<String> {
    let mut said: Vec<String> = d
        .provision
        .map(|p| provision_words(p).to_string())
        .into_iter()
        .collect();
    said.extend(
        d.provision_items
            .iter()
            .map(|p| items_provision(&p.items, p.provision)),
    );
    if !said.is_empty() {
        return Some(said.join("; "));
    }
    // Data nobody hands over (collected automatically, derived, or
    // from others) is not "provided": the question does not arise.
    (!d.sources.is_empty() && d.sources.iter().all(|s| s.value != Source::Person))
        .then(|| not_provided_by_you().to_string())
}

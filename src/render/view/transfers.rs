//! International transfers and their safeguards.

use serde::Serialize;

use super::data::{data_refs, DataRef};
use crate::model::*;
use crate::render::anchors::Anchors;
use crate::render::wording::*;

/// A transfer, in words.
#[derive(Serialize)]
pub struct TransferView {
    /// The id.
    pub id: String,
    /// Its anchor.
    pub anchor: String,
    /// What it is.
    pub label: String,
    /// Destinations, in words.
    pub destinations: Vec<String>,
    /// The safeguard, in words.
    pub safeguard: String,
    /// The policy's words on the person's instruction, when it makes the transfer.
    pub on_your_instruction: Option<String>,
    /// How to obtain a copy.
    pub copy: Option<String>,
    /// The data transferred.
    pub data: Vec<DataRef>,
    /// The policy's words.
    pub statement: Option<String>,
    /// Where it is stated for, in words, when not everywhere.
    pub region: Option<String>,
    /// Notes: statements in the policy's own words.
    pub notes: Vec<super::NoteView>,
}

/// The transfers, in words.
pub(super) fn transfers(policy: &Policy, anchors: &Anchors) -> Vec<TransferView> {
    policy
        .transfers
        .iter()
        .map(|t| TransferView {
            notes: super::notes("transfer", &t.notes),
            id: t.id.value.clone(),
            anchor: anchors.transfer(&t.id.value),
            label: t.label.clone(),
            destinations: t
                .destinations
                .iter()
                .map(|d| place_words(&d.value))
                .collect(),
            safeguard: {
                let derogation = t.derogation.as_ref().map(|d| d.value);
                let words: Vec<String> = match t.safeguards.as_slice() {
                    [] => vec![safeguard_words(None, derogation, &t.consent_by)],
                    all => all
                        .iter()
                        .map(|s| safeguard_words(Some(s.value), derogation, &t.consent_by))
                        .collect(),
                };
                and_list(&words)
            },
            on_your_instruction: t.on_your_instruction.as_ref().map(|w| w.value.clone()),
            copy: t.copy.clone(),
            data: data_refs(policy, anchors, &t.data),
            statement: t.statement.clone(),
            region: region(&t.scope),
        })
        .collect()
}

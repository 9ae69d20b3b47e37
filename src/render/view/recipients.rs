//! Recipients, and what the policy says of selling or sharing with them.

use serde::Serialize;

use super::data::{data_refs, DataRef};
use crate::model::*;
use crate::render::anchors::Anchors;
use crate::render::wording::*;

/// A recipient, in words.
#[derive(Serialize)]
pub struct RecipientView {
    /// The id.
    pub id: String,
    /// Its anchor.
    pub anchor: String,
    /// Who they are.
    pub label: String,
    /// Where it holds, in words, when only in some places.
    pub region: Option<String>,
    /// Their role, in words.
    pub role: Option<String>,
    /// Named parties.
    pub named: Vec<String>,
    /// Parties named only as examples.
    pub examples: Vec<String>,
    /// The data they receive.
    pub receives: Vec<DataRef>,
    /// Why.
    pub purpose: Option<String>,
    /// Where, in words.
    pub locations: Vec<String>,
    /// A sale.
    pub sold: Option<bool>,
    /// Sharing.
    pub shared: Option<bool>,
    /// What the policy says of sale and sharing for this recipient: its
    /// words where it gives them, else the answer in a sentence.
    pub sale_notes: Vec<String>,
    /// Notes: statements in the policy's own words.
    pub notes: Vec<super::NoteView>,
}

/// The recipients, in words.
pub(super) fn recipients(policy: &Policy, anchors: &Anchors) -> Vec<RecipientView> {
    policy
        .recipients
        .iter()
        .map(|r| RecipientView {
            notes: super::notes("recipient", &r.notes),
            id: r.id.value.clone(),
            anchor: anchors.recipient(&r.id.value),
            label: r.label.clone(),
            region: region(&r.scope),
            role: r.role.as_ref().map(|x| role_words(x.value)),
            named: r
                .named
                .iter()
                .filter(|n| !n.eq_ignore_ascii_case(&r.label))
                .cloned()
                .collect(),
            examples: r.examples.clone(),
            receives: data_refs(policy, anchors, &r.receives),
            purpose: r.purpose.clone(),
            locations: r.locations.iter().map(|l| place_words(&l.value)).collect(),
            sold: r.sold,
            shared: r.shared,
            sale_notes: [
                (r.sold, &r.sold_statement, sale_note as fn(bool) -> String),
                (r.shared, &r.shared_statement, sharing_note),
            ]
            .into_iter()
            .filter_map(|(answer, words, note)| {
                let answer = answer?;
                Some(words.clone().unwrap_or_else(|| note(answer).to_string()))
            })
            .collect(),
        })
        .collect()
}

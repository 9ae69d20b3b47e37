//! How long data is kept, for all data (per category it is in [`super::data`]).

use crate::model::*;
use crate::render::wording::*;

/// The retention rules stated per purpose, each a sentence: "Data used
/// for fraud checks: 5 years after the payment."
pub(super) fn per_purpose(policy: &Policy) -> Vec<String> {
    policy
        .purposes
        .iter()
        .flat_map(|p| {
            p.retention.iter().map(move |r| {
                let sentence = format!("{}: {}", data_used_for(&p.label), lifetime(&r.value.value));
                match region(&r.scope) {
                    Some(place) => if_you_live_in(&place, &sentence),
                    None => sentence,
                }
            })
        })
        .collect()
}

/// The retention rules for all data, each a sentence.
pub(super) fn retention(policy: &Policy) -> Vec<String> {
    policy
        .retention
        .iter()
        .map(|r| {
            let sentence = retention_sentence(&r.value.value);
            match region(&r.scope) {
                Some(place) => if_you_live_in(&place, &sentence),
                None => sentence,
            }
        })
        .collect()
}

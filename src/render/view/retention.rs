//! How long data is kept, for all data (per category it is in [`super::data`]).

use crate::model::*;
use crate::render::wording::*;

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

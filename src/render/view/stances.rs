//! Statements answered yes or no (sale, sharing, Do Not Track …), each
//! answer with the policy's words and where it holds.

use serde::Serialize;

use crate::model::*;
use crate::render::wording::*;

/// A yes/no answer with the policy's words.
#[derive(Serialize)]
pub struct StanceView {
    /// The answer.
    pub answer: bool,
    /// The policy's words.
    pub statement: Option<String>,
    /// Where it holds, in words, when it does not hold everywhere.
    pub region: Option<String>,
}

/// The answers to one question: the one for everywhere first, then the regional ones.
pub(super) fn stance(answers: &Answers) -> Vec<StanceView> {
    let mut out: Vec<&Stance> = answers.iter().collect();
    out.sort_by_key(|s| !s.scope.is_everywhere());
    out.into_iter()
        .map(|s| StanceView {
            answer: s.answer,
            statement: s.statement.as_ref().map(|t| t.value.clone()),
            region: region(&s.scope),
        })
        .collect()
}

/// The answers of `answers` that `shown` does not already say in the same
/// words for the same places: one sentence of the policy that answers two
/// questions ("what some states may define as sharing or selling") is said
/// once on the page.
pub(super) fn besides(answers: Vec<StanceView>, shown: &[StanceView]) -> Vec<StanceView> {
    answers
        .into_iter()
        .filter(|a| {
            a.statement.is_none()
                || !shown
                    .iter()
                    .any(|s| s.statement == a.statement && s.region == a.region)
        })
        .collect()
}

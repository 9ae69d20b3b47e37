//! Changes to the policy and how people are told.

use serde::Serialize;

use crate::model::*;
use crate::render::wording::*;

/// Changes.
#[derive(Serialize)]
pub struct ChangesView {
    /// How people are told, in words.
    pub notify_by: Vec<String>,
    /// The policy's words on how people are told.
    pub notify_statement: Option<String>,
    /// Acceptance needed.
    pub acceptance_required: Option<bool>,
    /// Continued use is consent.
    pub continued_use_is_consent: Option<bool>,
    /// The policy's words on it.
    pub continued_use_statement: Option<String>,
    /// When changes take effect.
    pub take_effect: Option<String>,
    /// Notes: statements in the policy's own words.
    pub notes: Vec<super::NoteView>,
}

/// What the policy says of its changes, in words.
pub(super) fn changes(policy: &Policy) -> Option<ChangesView> {
    policy.changes.as_ref().map(|c| ChangesView {
        notes: super::notes("changes", &c.notes),
        notify_by: c.notify_by.iter().map(|n| notice_words(*n)).collect(),
        acceptance_required: c.acceptance_required,
        continued_use_is_consent: c.continued_use_is_consent.as_ref().map(|v| v.value),
        continued_use_statement: c.continued_use_statement.clone(),
        notify_statement: c.notify_statement.clone(),
        take_effect: c.take_effect.clone(),
    })
}

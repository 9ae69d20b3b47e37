//! How data is protected.

use serde::Serialize;

use crate::model::*;

/// Security.
#[derive(Serialize)]
pub struct SecurityView {
    /// The measures.
    pub measures: Vec<String>,
    /// Security is promised.
    pub guarantee: Option<bool>,
    /// The policy\'s own words about it.
    pub guarantee_statement: Option<String>,
    /// After a breach.
    pub breach_notification: Option<String>,
}

/// What the policy says of security.
pub(super) fn security(policy: &Policy) -> Option<SecurityView> {
    policy.security.as_ref().map(|s| SecurityView {
        measures: s.measures.clone(),
        guarantee: s.guarantee,
        guarantee_statement: s.guarantee_statement.clone(),
        breach_notification: s.breach_notification.clone(),
    })
}

//! Yes/no answers with the policy's own words, security and changes.

use schemars::JsonSchema;
use serde::Serialize;

use super::{scope, v};
use crate::model as m;

/// A yes/no answer with the policy's words.
#[derive(Serialize, JsonSchema)]
pub struct Stance {
    /// The answer.
    pub answer: bool,
    /// The policy's words.
    pub statement: Option<String>,
    /// `true` for `may`: the policy neither affirms nor denies, and its
    /// words are the answer (`answer` is then `true`: the law decides).
    pub hedged: bool,
    /// Where the answer holds: regions or regimes; empty means everywhere.
    pub scope: Vec<m::Place>,
}

/// The questions a policy answers yes or no: for each, the answers given,
/// one for everywhere and one per set of places where they differ.
#[derive(Serialize, JsonSchema)]
pub struct Statements {
    /// Do Not Track is honoured.
    pub honors_do_not_track: Vec<Stance>,
    /// Global Privacy Control is honoured.
    pub honors_gpc: Vec<Stance>,
    /// Third parties may track across sites.
    pub third_party_tracking: Vec<Stance>,
    /// Decisions are made by automated means.
    pub automated_decisions: Vec<Stance>,
    /// Personal information is sold.
    pub sells_data: Vec<Stance>,
    /// Personal information is shared for cross-context advertising.
    pub shares_data: Vec<Stance>,
    /// Sensitive or special-category data is collected.
    pub collects_sensitive_data: Vec<Stance>,
    /// Sensitive personal information is used only for the purposes 11 CCR §7027(m) lists.
    pub limits_sensitive_use: Vec<Stance>,
}

/// Security measures.
#[derive(Serialize, JsonSchema)]
pub struct Security {
    /// The measures named.
    pub measures: Vec<String>,
    /// Security is promised.
    pub guarantee: Option<bool>,
    /// The policy\'s own words about it.
    pub guarantee_statement: Option<String>,
    /// What happens after a breach.
    pub breach_notification: Option<String>,
}

/// How changes are made known.
#[derive(Serialize, JsonSchema)]
pub struct Changes {
    /// How people are told.
    pub notify_by: Vec<m::Notice>,
    /// The policy's words on how people are told.
    pub notify_statement: Option<String>,
    /// Significant changes need acceptance.
    pub acceptance_required: Option<bool>,
    /// Continued use counts as consent.
    pub continued_use_is_consent: Option<bool>,
    /// The policy's words on it.
    pub continued_use_statement: Option<String>,
    /// When changes take effect.
    pub take_effect: Option<String>,
    /// Statements in the policy's own words (`Field::note`), by their JSON names.
    pub notes: Vec<super::Note>,
}

/// The answers to one question.
fn stance(answers: &m::Answers) -> Vec<Stance> {
    answers
        .iter()
        .map(|s| Stance {
            answer: s.answer,
            statement: s.statement.as_ref().map(v),
            hedged: s.hedged,
            scope: scope(&s.scope),
        })
        .collect()
}

/// The yes/no answers.
pub(super) fn statements(p: &m::Policy) -> Statements {
    Statements {
        honors_do_not_track: stance(&p.statements.honors_do_not_track),
        honors_gpc: stance(&p.statements.honors_gpc),
        third_party_tracking: stance(&p.statements.third_party_tracking),
        automated_decisions: stance(&p.statements.automated_decisions),
        sells_data: stance(&p.statements.sells_data),
        shares_data: stance(&p.statements.shares_data),
        collects_sensitive_data: stance(&p.statements.collects_sensitive_data),
        limits_sensitive_use: stance(&p.statements.limits_sensitive_use),
    }
}

/// Security as published.
pub(super) fn security(p: &m::Policy) -> Option<Security> {
    p.security.as_ref().map(|s| Security {
        measures: s.measures.clone(),
        guarantee: s.guarantee,
        guarantee_statement: s.guarantee_statement.clone(),
        breach_notification: s.breach_notification.clone(),
    })
}

/// Changes as published.
pub(super) fn changes(p: &m::Policy) -> Option<Changes> {
    p.changes.as_ref().map(|c| Changes {
        notes: super::notes("changes", &c.notes),
        notify_by: c.notify_by.clone(),
        notify_statement: c.notify_statement.clone(),
        acceptance_required: c.acceptance_required,
        continued_use_is_consent: c.continued_use_is_consent.as_ref().map(v),
        continued_use_statement: c.continued_use_statement.clone(),
        take_effect: c.take_effect.clone(),
    })
}

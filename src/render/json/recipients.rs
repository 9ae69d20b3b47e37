//! Recipients and international transfers.

use schemars::JsonSchema;
use serde::Serialize;

use super::{scope, v, vs};
use crate::model as m;

/// Who receives data.
#[derive(Serialize, JsonSchema)]
pub struct Recipient {
    /// The id.
    pub id: String,
    /// Who they are.
    pub label: String,
    /// Their role.
    pub role: Option<m::Role>,
    /// Named parties.
    pub named: Vec<String>,
    /// Parties named only as examples ("such as …"); not said to receive data.
    pub such_as: Vec<String>,
    /// The data they receive (ids).
    pub receives: Vec<String>,
    /// Why.
    pub purpose: Option<String>,
    /// Where they are.
    pub locations: Vec<String>,
    /// A sale (CCPA).
    pub sold: Option<bool>,
    /// The policy's words about the sale.
    pub sold_statement: Option<String>,
    /// Sharing for cross-context advertising (CCPA).
    pub shared: Option<bool>,
    /// The policy's words about the sharing.
    pub shared_statement: Option<String>,
    /// Where it holds; empty means everywhere.
    pub scope: Vec<m::Place>,
    /// Statements in the policy's own words (`Field::note`), by their JSON names.
    pub notes: Vec<super::Note>,
}

/// A transfer to other countries.
#[derive(Serialize, JsonSchema)]
pub struct Transfer {
    /// The id.
    pub id: String,
    /// What it is.
    pub label: String,
    /// Where data goes.
    pub destinations: Vec<String>,
    /// The safeguards relied on.
    pub safeguards: Vec<m::Safeguard>,
    /// The Art. 49 derogation.
    pub derogation: Option<m::Derogation>,
    /// How to obtain a copy of the safeguard.
    pub copy: Option<String>,
    /// The data transferred (ids).
    pub data: Vec<String>,
    /// The policy's own words.
    pub statement: Option<String>,
    /// How consent to it is obtained, when it rests on consent.
    pub consent_by: Vec<m::ConsentMechanism>,
    /// The policy's words when the person's own instruction makes the transfer.
    pub on_your_instruction: Option<String>,
    /// Where it is stated for: regions or regimes; empty means everywhere.
    pub scope: Vec<m::Place>,
    /// Statements in the policy's own words (`Field::note`), by their JSON names.
    pub notes: Vec<super::Note>,
}

/// The recipients as published.
pub(super) fn recipients(p: &m::Policy) -> Vec<Recipient> {
    p.recipients
        .iter()
        .map(|r| Recipient {
            notes: super::notes("recipient", &r.notes),
            id: v(&r.id),
            label: r.label.clone(),
            role: r.role.as_ref().map(v),
            named: r.named.clone(),
            such_as: r.examples.clone(),
            receives: vs(&r.receives),
            purpose: r.purpose.clone(),
            locations: vs(&r.locations),
            sold: r.sold,
            sold_statement: r.sold_statement.clone(),
            shared: r.shared,
            shared_statement: r.shared_statement.clone(),
            scope: super::scope(&r.scope),
        })
        .collect()
}

/// The transfers as published.
pub(super) fn transfers(p: &m::Policy) -> Vec<Transfer> {
    p.transfers
        .iter()
        .map(|t| Transfer {
            notes: super::notes("transfer", &t.notes),
            id: v(&t.id),
            label: t.label.clone(),
            destinations: vs(&t.destinations),
            safeguards: vs(&t.safeguards),
            derogation: t.derogation.as_ref().map(v),
            copy: t.copy.clone(),
            data: vs(&t.data),
            statement: t.statement.clone(),
            consent_by: vs(&t.consent_by),
            on_your_instruction: t.on_your_instruction.as_ref().map(v),
            scope: scope(&t.scope),
        })
        .collect()
}

//! Recipients and international transfers.

use serde::Serialize;

use crate::model::*;

/// Who receives data.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Recipient {
    /// The id.
    pub id: Spanned<String>,
    /// Who they are.
    pub label: String,
    /// Their role.
    pub role: Option<Spanned<Role>>,
    /// Named parties in this category.
    pub named: Vec<String>,
    /// Parties named only as examples of the category ("such as …").
    pub examples: Vec<String>,
    /// The data they receive (ids).
    pub receives: Vec<Spanned<String>>,
    /// Why they receive it.
    pub purpose: Option<String>,
    /// Where they are (country codes or words).
    pub locations: Vec<Spanned<String>>,
    /// Whether handing data to them is a sale (CCPA).
    pub sold: Option<bool>,
    /// The policy's words about the sale.
    pub sold_statement: Option<String>,
    /// Whether it is sharing for cross-context advertising (CCPA).
    pub shared: Option<bool>,
    /// The policy's words about the sharing.
    pub shared_statement: Option<String>,
    /// Where it holds (`data … for us`: disclosed to only there); empty: everywhere.
    #[serde(skip_serializing_if = "Scope::is_everywhere")]
    pub scope: Scope,
    /// The statement.
    #[serde(skip)]
    pub span: Span,
    /// Notes: statements in the policy's own words (`Field::note`).
    pub notes: Vec<Note>,
}

/// A transfer of data to other countries.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Transfer {
    /// The id.
    pub id: Spanned<String>,
    /// What it is.
    pub label: String,
    /// Where data goes.
    pub destinations: Vec<Spanned<String>>,
    /// The safeguards (several when the policy relies on more than one,
    /// "adequacy decisions and standard contractual clauses").
    pub safeguards: Vec<Spanned<Safeguard>>,
    /// The Art. 49 derogation, when the safeguard is a derogation.
    pub derogation: Option<Spanned<Derogation>>,
    /// How to obtain a copy of the safeguard.
    pub copy: Option<String>,
    /// The data transferred (ids).
    pub data: Vec<Spanned<String>>,
    /// The policy's own words.
    pub statement: Option<String>,
    /// How consent to the transfer is obtained, for the consent derogation.
    pub consent_by: Vec<Spanned<ConsentMechanism>>,
    /// The transfer is made at the person's own instruction (data sent to a
    /// service they connect), in the policy's words.
    pub on_your_instruction: Option<Spanned<String>>,
    /// Where the transfer is stated for (`transfer … for brazil`); empty: everywhere.
    #[serde(skip_serializing_if = "Scope::is_everywhere")]
    pub scope: Scope,
    /// The statement.
    #[serde(skip)]
    pub span: Span,
    /// Notes: statements in the policy's own words (`Field::note`).
    pub notes: Vec<Note>,
}

impl HasNotes for Recipient {
    fn notes_mut(&mut self) -> &mut Vec<Note> {
        &mut self.notes
    }
}

impl HasNotes for Transfer {
    fn notes_mut(&mut self) -> &mut Vec<Note> {
        &mut self.notes
    }
}

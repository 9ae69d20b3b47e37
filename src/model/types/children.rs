//! What the policy says of children.

use schemars::JsonSchema;
use serde::Serialize;

use crate::model::*;

/// Children.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Children {
    /// The minimum ages stated, each with where it holds (two for the same places are a contradiction).
    pub minimum_ages: Vec<Scoped<Spanned<Age>>>,
    /// The service is directed at children.
    pub directed: Option<bool>,
    /// Parental consent is sought.
    pub parental_consent: Option<bool>,
    /// The policy's own words about parental consent.
    pub parental_consent_statement: Option<String>,
    /// Minors may use the service only with a parent's consent: a condition
    /// of use, not the verifiable parental consent of COPPA or GDPR Art. 8.
    pub parental_consent_to_use: Option<bool>,
    /// The policy's own words about it.
    pub parental_consent_to_use_statement: Option<String>,
    /// What happens to data collected from a child by mistake.
    pub on_discovery: Option<String>,
    /// Whom to tell.
    pub contact: Option<String>,
    /// The `children` block.
    #[serde(skip)]
    pub span: Span,
    /// Notes: statements in the policy's own words (`Field::note`).
    pub notes: Vec<Note>,
}

/// An age, in years or in words ("the age of majority").
#[derive(Clone, Debug, PartialEq, Serialize, JsonSchema)]
#[serde(untagged)]
pub enum Age {
    /// Years.
    Years(u32),
    /// Words.
    Words(String),
}

impl HasNotes for Children {
    fn notes_mut(&mut self) -> &mut Vec<Note> {
        &mut self.notes
    }
}

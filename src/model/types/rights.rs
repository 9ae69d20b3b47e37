//! Rights and how to use them.

use serde::Serialize;

use crate::model::*;

/// The rights offered.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Rights {
    /// Each right as stated.
    pub rights: Vec<Right>,
    /// How to send a request.
    pub request_via: Vec<Spanned<String>>,
    /// How quickly requests are answered, per region where it differs.
    pub respond_within: Vec<Scoped<Spanned<Duration>>>,
    /// The longer time some requests may take, with when, per region
    /// ("60 days when requests are complex or numerous").
    pub extended_within: Vec<Scoped<Extension>>,
    /// Identity is checked before answering.
    pub verifies_identity: Option<bool>,
    /// The policy's own words about checking identity ("we may ask …").
    pub identity_statement: Option<String>,
    /// The `rights` block.
    #[serde(skip)]
    pub span: Option<Span>,
    /// Notes: statements in the policy's own words (`Field::note`).
    pub notes: Vec<Note>,
}

/// A longer response time and when it applies.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Extension {
    /// The longer time, when the policy states one ("it may take longer"
    /// states none).
    pub within: Option<Spanned<Duration>>,
    /// When it applies, in the policy's words.
    pub when: String,
}

/// One right as the policy states it.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Right {
    /// What it covers (one statement may cover two, "object or restrict").
    pub kinds: Vec<Spanned<RightKind>>,
    /// The policy's description.
    pub label: String,
    /// The complaint authorities, for `complain`, each with its region.
    pub authorities: Vec<Authority>,
    /// How to use it, or conditions on it, in the policy's words.
    pub procedure: Option<String>,
    /// For `complain` with no authority named: where the authorities are
    /// listed (the EDPB's list of national authorities), a lawful way to
    /// tell each reader which is theirs (GDPR Art. 13(2)(d)).
    pub url: Option<String>,
    /// Whether a request under this right is verified, when the policy says
    /// so for this right (Spotify verifies requests to know, delete and
    /// correct, not opt-outs); otherwise the `rights` block's answer holds.
    pub verifies_identity: Option<bool>,
    /// Where the right is offered.
    pub scope: Scope,
    /// The statement.
    #[serde(skip)]
    pub span: Span,
}

/// A supervisory authority.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Authority {
    /// Its name.
    pub name: Spanned<String>,
    /// Named only as an example ("for instance the ICO").
    pub example_only: bool,
    /// Its website.
    pub url: Option<String>,
    /// The region it serves.
    pub scope: Scope,
}

impl HasNotes for Rights {
    fn notes_mut(&mut self) -> &mut Vec<Note> {
        &mut self.notes
    }
}

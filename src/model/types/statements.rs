//! Yes/no answers with the policy's own words, security and changes.

use serde::Serialize;

use crate::model::*;

/// A yes/no answer with the policy's words.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Stance {
    /// The answer.
    pub answer: bool,
    /// The policy's words.
    pub statement: Option<Spanned<String>>,
    /// `may`: the policy neither affirms nor denies ("some of our
    /// advertising may be considered a sale"). It counts as a yes, since
    /// the law, not the hedge, decides; its words say the rest.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub hedged: bool,
    /// Where the answer holds (`automated-decisions no for us`); empty: everywhere.
    #[serde(skip_serializing_if = "Scope::is_everywhere")]
    pub scope: Scope,
    /// The statement.
    #[serde(skip)]
    pub span: Span,
}

/// The answers a policy gives to one question: at most one for everywhere and
/// one per set of places (`sells-data no for california`).
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
#[serde(transparent)]
pub struct Answers(pub Vec<Stance>);

impl Answers {
    /// Whether the question is answered anywhere.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// Every answer, in source order.
    pub fn iter(&self) -> std::slice::Iter<'_, Stance> {
        self.0.iter()
    }

    /// The answer given for everywhere.
    pub fn everywhere(&self) -> Option<&Stance> {
        self.0.iter().find(|s| s.scope.is_everywhere())
    }

    /// The answer that holds where regime `j` applies: one limited to places
    /// `j` covers before the one for everywhere.
    pub fn under(&self, j: Jurisdiction) -> Option<&Stance> {
        self.0
            .iter()
            .find(|s| !s.scope.is_everywhere() && s.scope.covers(j))
            .or_else(|| self.everywhere())
    }

    /// The regimes among `regimes` for which no answer holds.
    pub fn unanswered(&self, regimes: &[Jurisdiction]) -> Vec<Jurisdiction> {
        regimes
            .iter()
            .copied()
            .filter(|&j| self.under(j).is_none())
            .collect()
    }

    /// The answers that are `yes`.
    pub fn yes(&self) -> impl Iterator<Item = &Stance> {
        self.0.iter().filter(|s| s.answer)
    }
}

/// The questions a policy answers yes or no, each possibly per region.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Statements {
    /// Browser Do Not Track signals are honoured (CalOPPA 22575(b)(5)).
    pub honors_do_not_track: Answers,
    /// Global Privacy Control signals are honoured.
    pub honors_gpc: Answers,
    /// Third parties may track people across sites (CalOPPA 22575(b)(6)).
    pub third_party_tracking: Answers,
    /// Decisions are made by automated means (GDPR Art. 22).
    pub automated_decisions: Answers,
    /// Personal information is sold (CCPA).
    pub sells_data: Answers,
    /// Personal information is shared for cross-context advertising (CCPA).
    pub shares_data: Answers,
    /// Sensitive or special-category data is collected.
    pub collects_sensitive_data: Answers,
    /// Sensitive personal information is used or disclosed only for the
    /// purposes 11 CCR §7027(m) lists, so no notice of a right to limit is due
    /// (11 CCR §7014(e), §7027(b)).
    pub limits_sensitive_use: Answers,
}

/// Security measures.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Security {
    /// The measures named.
    pub measures: Vec<String>,
    /// The policy promises security (false: "we cannot guarantee").
    pub guarantee: Option<bool>,
    /// The policy's own words about it.
    pub guarantee_statement: Option<String>,
    /// What happens after a breach.
    pub breach_notification: Option<String>,
    /// The block.
    #[serde(skip)]
    pub span: Span,
}

/// How changes are made and made known.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Changes {
    /// How people are told.
    pub notify_by: Vec<Notice>,
    /// The policy's own words on how people are told ("for material changes
    /// we may, for example, …"), shown instead of a sentence made from `notify_by`.
    pub notify_statement: Option<String>,
    /// Significant changes need the person's acceptance.
    pub acceptance_required: Option<bool>,
    /// Using the service after a change counts as consent to it.
    pub continued_use_is_consent: Option<Spanned<bool>>,
    /// The policy's words on it.
    pub continued_use_statement: Option<String>,
    /// When changes take effect.
    pub take_effect: Option<String>,
    /// The block.
    #[serde(skip)]
    pub span: Span,
    /// Notes: statements in the policy's own words (`Field::note`).
    pub notes: Vec<Note>,
}

impl HasNotes for Changes {
    fn notes_mut(&mut self) -> &mut Vec<Note> {
        &mut self.notes
    }
}

//! Prose as text and typed references to declared facts, and how a fact
//! reads in prose.

use schemars::JsonSchema;
use serde::Serialize;

use super::{Party, PartyField, Policy, Section};

/// A piece of prose: the writer's Markdown, or a fact a placeholder names.
/// Facts are kept as references so that each output writes them in its own
/// format, escaped once.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Segment {
    /// Markdown as written.
    Text(String),
    /// A declared fact.
    Fact(FactRef),
}

/// A declared fact named in prose.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, JsonSchema)]
#[serde(tag = "of", content = "id", rename_all = "kebab-case")]
pub enum FactRef {
    /// `{{ policy.title }}`.
    PolicyTitle,
    /// `{{ policy.updated }}`.
    PolicyUpdated,
    /// `{{ policy.effective }}`.
    PolicyEffective,
    /// `{{ controller.email }}` …
    Party {
        /// Whose.
        role: PartyRole,
        /// Which detail.
        field: PartyField,
    },
    /// `{{ data.ID }}`: the category's label.
    Data(String),
    /// `{{ purpose.ID }}`: the purpose's label.
    Purpose(String),
    /// `{{ recipient.ID }}`: the recipient's label.
    Recipient(String),
    /// `{{ cookie.NAME }}`: a link to the cookie's row.
    Cookie(String),
    /// `{{ section.ID }}`: a link to the section.
    Section(String),
}

/// Which party a placeholder names.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum PartyRole {
    /// The controller.
    Controller,
    /// The DPO.
    Dpo,
}

impl Party {
    /// One of its details, if stated.
    pub fn field(&self, f: PartyField) -> Option<&str> {
        match f {
            PartyField::Name => Some(&self.name.value),
            PartyField::Email => self.email.as_ref().map(|e| e.value.as_str()),
            PartyField::Phone => self.phone.as_deref(),
            PartyField::Address => self.address.as_ref().map(|e| e.value.as_str()),
            PartyField::Website => self.website.as_deref(),
        }
    }
}

/// A fact as prose shows it: its words, and where it links to.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FactText {
    /// The words, as plain text.
    pub text: String,
    /// The anchor it links to in the document, if it is a link.
    pub anchor: Option<String>,
    /// Whether it is a name to show as code (a cookie name).
    pub code: bool,
}

impl Section {
    /// The prose with each fact in plain words: for comparing and for formats without markup.
    pub fn plain_text(&self, policy: &Policy) -> String {
        let mut out = String::new();
        for s in &self.body {
            match s {
                Segment::Text(t) => out.push_str(t),
                Segment::Fact(f) => {
                    out.push_str(&policy.fact(f).map(|f| f.text).unwrap_or_default())
                }
            }
        }
        out
    }
}

impl Policy {
    /// A fact named in prose, as prose shows it; `None` when it is not declared.
    pub fn fact(&self, f: &FactRef) -> Option<FactText> {
        let plain = |text: &str| FactText {
            text: text.to_string(),
            anchor: None,
            code: false,
        };
        match f {
            FactRef::PolicyTitle => Some(plain(&self.meta.title.value)),
            FactRef::PolicyUpdated => self.meta.updated.as_ref().map(|d| plain(&d.value.long())),
            FactRef::PolicyEffective => {
                self.meta.effective.as_ref().map(|d| plain(&d.value.long()))
            }
            FactRef::Party { role, field } => {
                let party = match role {
                    PartyRole::Controller => self.controller.as_ref(),
                    PartyRole::Dpo => self.dpo.as_ref().or(match self.regional_dpos.as_slice() {
                        [only] => Some(only),
                        _ => None,
                    }),
                };
                party.and_then(|p| p.field(*field)).map(plain)
            }
            FactRef::Data(id) => self.data_category(id).map(|d| plain(&d.label)),
            // By the policy's index (a scan per placeholder made rendering
            // N sections quadratic: 58% of building 10,000).
            FactRef::Purpose(id) => self.purpose(id).map(|p| plain(&p.label)),
            FactRef::Recipient(id) => self.recipient(id).map(|r| plain(&r.label)),
            FactRef::Cookie(name) => self.cookie_row(name).map(|r| FactText {
                text: r.name.value.clone(),
                anchor: Some(r.anchor()),
                code: true,
            }),
            FactRef::Section(id) => self.section(id).map(|s| FactText {
                text: s.title.clone(),
                anchor: Some(s.id.value.clone()),
                code: false,
            }),
        }
    }
}

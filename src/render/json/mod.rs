//! The published JSON format: its own structs, apart from the internal
//! model, so that refactoring the model never changes what consumers read.
//! The JSON Schema (`policyc schema`) is derived from these structs, and
//! docs/json.md documents them. Raise [`FORMAT_VERSION`] on any change that
//! could break a consumer.
//!
//! One file per part of the policy holds its published structs and the
//! conversion from the model next to them; [`Policy`] puts them together.

use schemars::JsonSchema;
use serde::Serialize;

use crate::model as m;

mod cookies;
mod data;
mod meta;
mod purposes;
mod recipients;
mod rights;
mod sections;
mod statements;

pub use cookies::{Cookie, Cookies, Tracker};
pub use data::{DataCategory, GeneralRetention};
pub use meta::{Meta, Party};
pub use purposes::{Alternative, Basis, Ground, OnlyWith, Purpose};
pub use recipients::{Recipient, Transfer};
pub use rights::{Authority, Children, MinimumAge, ResponseTime, Right, Rights};
pub use sections::{Section, Segment};
pub use statements::{Changes, Security, Stance, Statements};

/// The version of this format.
pub const FORMAT_VERSION: &str = "4";

/// A whole policy.
#[derive(Serialize, JsonSchema)]
pub struct Policy {
    /// The version of this format.
    pub format_version: &'static str,
    /// Title, dates, jurisdictions.
    pub meta: Meta,
    /// Who decides why and how data is processed, for everywhere.
    pub controller: Option<Party>,
    /// Controllers for some places only, each with its `scope`.
    pub regional_controllers: Vec<Party>,
    /// Data protection officers for some places only, each with its `scope`.
    pub regional_dpos: Vec<Party>,
    /// The data protection officer.
    pub dpo: Option<Party>,
    /// Representatives (GDPR Art. 27), each with the region it serves.
    pub representatives: Vec<Party>,
    /// The categories of data collected.
    pub data: Vec<DataCategory>,
    /// The legal bases as the policy lists them.
    pub bases: Vec<Basis>,
    /// Why data is processed.
    pub purposes: Vec<Purpose>,
    /// Who receives data.
    pub recipients: Vec<Recipient>,
    /// The policy states there are no recipients.
    pub no_recipients: bool,
    /// Transfers to other countries.
    pub transfers: Vec<Transfer>,
    /// Retention stated for all data, each rule with where it holds.
    pub retention: Vec<GeneralRetention>,
    /// The rights offered.
    pub rights: Rights,
    /// Children.
    pub children: Option<Children>,
    /// The cookie table.
    pub cookies: Option<Cookies>,
    /// Beacons, pixels, SDKs.
    pub trackers: Vec<Tracker>,
    /// Yes/no answers with the policy's own words.
    pub statements: Statements,
    /// Security measures.
    pub security: Option<Security>,
    /// How changes are made known.
    pub changes: Option<Changes>,
    /// The writer's prose sections, in order.
    pub sections: Vec<Section>,
}

fn v<T: Clone>(s: &m::Spanned<T>) -> T {
    s.value.clone()
}

fn vs<T: Clone>(s: &[m::Spanned<T>]) -> Vec<T> {
    s.iter().map(v).collect()
}

fn scope(s: &m::Scope) -> Vec<m::Place> {
    s.places.iter().map(|p| p.value).collect()
}

/// A note: a statement in the policy's own words (`Field::note`).
#[derive(Serialize, JsonSchema)]
pub struct Note {
    /// The statement, by its JSON name (`fee`).
    pub statement: String,
    /// The policy's words.
    pub words: Vec<String>,
    /// A question's answer (`Field::question`): `true` for `yes` (and
    /// `may`), `false` for `no`; absent for a note in words alone.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub answer: Option<bool>,
    /// `may`: the policy neither affirms nor denies; its words are the answer.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub hedged: bool,
    /// Where it holds; empty means everywhere.
    pub scope: Vec<m::Place>,
}

/// The notes of a block, under their declared JSON names.
fn notes(block: &str, notes: &[m::Note]) -> Vec<Note> {
    notes
        .iter()
        .map(|n| Note {
            statement: m::schema::note(block, n.keyword)
                .map_or_else(|| n.keyword.as_str().replace('-', "_"), |s| s.json_name()),
            words: vs(&n.words),
            answer: n.answer,
            hedged: n.hedged,
            scope: scope(&n.scope),
        })
        .collect()
}

impl From<&m::Policy> for Policy {
    fn from(p: &m::Policy) -> Self {
        Policy {
            format_version: FORMAT_VERSION,
            meta: meta::meta(p),
            controller: p.controller.as_ref().map(meta::party),
            regional_controllers: p.regional_controllers.iter().map(meta::party).collect(),
            regional_dpos: p.regional_dpos.iter().map(meta::party).collect(),
            dpo: p.dpo.as_ref().map(meta::party),
            representatives: p.representatives.iter().map(meta::party).collect(),
            data: data::data(p),
            bases: purposes::bases(p),
            purposes: purposes::purposes(p),
            recipients: recipients::recipients(p),
            no_recipients: p.no_recipients,
            transfers: recipients::transfers(p),
            retention: data::retention(p),
            rights: rights::rights(p),
            children: rights::children(p),
            cookies: cookies::cookies(p),
            trackers: cookies::trackers(p),
            statements: statements::statements(p),
            security: statements::security(p),
            changes: statements::changes(p),
            sections: sections::sections(p),
        }
    }
}

//! The resolved policy: every fact typed, every id unique, every reference
//! pointing at a declaration. Lint rules, renderers and `diff` read only this.
//!
//! Spans are kept so that findings can point at the source; they are skipped
//! in the serde form, which is what [`crate::facts::SameFacts`] compares.
//!
//! The policy's parts are typed in `types/`, one file per part, and
//! re-exported here; this file keeps [`Policy`] itself and its lookups.

mod blocks;
pub mod countries;
pub mod lower;
pub mod materiality;
mod prose;
mod refs;
mod resolve;
pub mod schema;
mod scope;
mod segment;
pub mod time;
mod types;
mod values;
pub mod vocab;

use std::sync::Arc;

use serde::{Serialize, Serializer};

pub use lower::did_you_mean;
pub use resolve::{resolve, resolve_owned};
pub use scope::{join_or, Parts, Place, Scope, Scoped, ALL};
pub use segment::{FactRef, FactText, PartyRole, Segment};
pub use time::{Date, Duration, Lifetime, Unit};
pub use types::*;
pub use vocab::*;

use crate::diag::{SourceFile, Span};

/// A value and where it was written.
#[derive(Clone, Debug, PartialEq)]
pub struct Spanned<T> {
    /// The value.
    pub value: T,
    /// Where.
    pub span: Span,
}

impl<T> Spanned<T> {
    /// Wraps a value.
    pub fn new(value: T, span: Span) -> Self {
        Spanned { value, span }
    }
}

impl<T: Serialize> Serialize for Spanned<T> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        self.value.serialize(s)
    }
}

/// A whole policy.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Policy {
    /// The file it came from.
    #[serde(skip)]
    pub file: Arc<SourceFile>,
    /// Title, dates, jurisdictions.
    pub meta: Meta,
    /// Who decides why and how data is processed (for everywhere).
    pub controller: Option<Party>,
    /// Controllers for some places only (`controller "…" for eea`), each with its scope.
    pub regional_controllers: Vec<Party>,
    /// Data protection officers for some places only (`dpo "…" for brazil`).
    pub regional_dpos: Vec<Party>,
    /// The data protection officer.
    pub dpo: Option<Party>,
    /// Representatives (GDPR Art. 27, UK GDPR Art. 27), each with the region it serves.
    pub representatives: Vec<Party>,
    /// The categories of data collected.
    pub data: Vec<DataCategory>,
    /// The legal bases as the policy lists them.
    pub bases: Vec<Basis>,
    /// Why data is processed.
    pub purposes: Vec<Purpose>,
    /// Who receives data.
    pub recipients: Vec<Recipient>,
    /// Set by `recipients none`: the policy states there are none.
    pub no_recipients: bool,
    /// Transfers to other countries.
    pub transfers: Vec<Transfer>,
    /// Retention rules stated for all data (per-category ones are in `data`),
    /// each with the places it holds for (`retention "…" for eea`).
    pub retention: Vec<Scoped<Spanned<Lifetime>>>,
    /// The rights offered and how to use them.
    pub rights: Rights,
    /// Children.
    pub children: Option<Children>,
    /// The cookie table and cookie practices.
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
    /// Rules silenced at a place, with the reason.
    #[serde(skip)]
    pub allows: Vec<Allow>,
    /// Lookups by id, built on first use (not a fact: equal for any two policies).
    #[serde(skip)]
    pub index: Index,
}

/// Positions of the declarations by id, so that looking a reference up does
/// not scan every declaration (a purpose using N categories would cost N²).
/// A position found is checked on use, and an id not found is searched for
/// when the list's length changed since, so that an index made stale by
/// adding or removing items afterwards gives a slower answer, not a wrong one.
#[derive(Clone, Debug, Default)]
pub struct Index(std::sync::OnceLock<Lookup>, std::sync::OnceLock<Users>);

/// Which purposes use each data category, made on the first question after
/// the policy is built (so that [`Policy::kept_per_purpose`] does not scan
/// every purpose's `uses` per category: N² for one purpose using N
/// categories). The purposes' count and their `uses` lengths are checked on
/// use; when they changed since, the answer is searched for, as before.
#[derive(Clone, Debug, Default)]
struct Users {
    /// Category id → indexes of the purposes listing it in `uses`, in order.
    by_category: std::collections::HashMap<String, Vec<usize>>,
    /// Indexes of the purposes using all data.
    all: Vec<usize>,
    /// The number of purposes, and of `uses` entries over all of them.
    shape: (usize, usize),
}

/// The number of purposes and of their `uses` entries.
fn uses_shape(purposes: &[Purpose]) -> (usize, usize) {
    (
        purposes.len(),
        purposes.iter().map(|p| p.uses.len()).sum::<usize>(),
    )
}

/// The positions, by kind.
#[derive(Clone, Debug, Default)]
pub struct Lookup {
    data: Positions,
    bases: Positions,
    purposes: Positions,
    recipients: Positions,
    cookies: Positions,
    sections: Positions,
}

/// Ids to positions in a list of `len` items.
#[derive(Clone, Debug, Default)]
struct Positions {
    map: std::collections::HashMap<String, usize>,
    len: usize,
}

impl PartialEq for Index {
    fn eq(&self, _: &Self) -> bool {
        true
    }
}

/// Ids to positions; the first declaration of an id wins, as a linear search finds it.
fn positions<'a>(ids: impl Iterator<Item = &'a str>) -> Positions {
    let mut map = std::collections::HashMap::new();
    let mut len = 0;
    for (i, id) in ids.enumerate() {
        map.entry(id.to_string()).or_insert(i);
        len = i + 1;
    }
    Positions { map, len }
}

/// The item at the indexed position if it still has that id; none when the
/// index does not know the id and the list kept its length; else a search.
fn lookup<'a, T>(
    items: &'a [T],
    index: &Positions,
    id: &str,
    id_of: impl Fn(&T) -> &str,
) -> Option<&'a T> {
    match index.map.get(id).and_then(|&i| items.get(i)) {
        Some(item) if id_of(item) == id => Some(item),
        None if items.len() == index.len => None,
        _ => items.iter().find(|item| id_of(item) == id),
    }
}

/// `allow RULE "reason"`: a rule silenced at a place.
#[derive(Clone, Debug, PartialEq)]
pub struct Allow {
    /// The rule id.
    pub rule: Spanned<String>,
    /// Why.
    pub reason: String,
    /// Where it applies: the enclosing block, or the whole file.
    pub scope: Span,
}

/// Lower-case letters, digits and dashes: an anchor or file name from free text.
pub fn slug(text: &str) -> String {
    let mut out = String::new();
    for c in text.chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c.to_ascii_lowercase());
        } else if c == '*' {
            out.push_str("star");
        } else if !out.ends_with('-') && !out.is_empty() {
            out.push('-');
        }
    }
    out.trim_end_matches('-').to_string()
}

/// The body of [`Policy::notes`] and [`Policy::notes_mut`]: the same
/// list, borrowed (`iter`, `&`) or to change (`iter_mut`, `&mut`).
macro_rules! note_lists {
    ($p:ident, $iter:ident, $($borrow:tt)+) => {{
        let mut out: Vec<(String, $($borrow)+ Vec<Note>)> = vec![
            ("policy".into(), $($borrow)+ $p.meta.notes),
            ("rights".into(), $($borrow)+ $p.rights.notes),
        ];
        out.extend($p.children.$iter().map(|c| ("children".into(), $($borrow)+ c.notes)));
        out.extend($p.changes.$iter().map(|c| ("changes".into(), $($borrow)+ c.notes)));
        out.extend(
            $p.recipients
                .$iter()
                .map(|r| (format!("recipient.{}", r.id.value), $($borrow)+ r.notes)),
        );
        out.extend(
            $p.transfers
                .$iter()
                .map(|t| (format!("transfer.{}", t.id.value), $($borrow)+ t.notes)),
        );
        out
    }};
}

impl Policy {
    /// Whether the policy declares a jurisdiction.
    pub fn targets(&self, j: Jurisdiction) -> bool {
        self.meta.jurisdictions.iter().any(|s| s.value == j)
    }

    fn lookup(&self) -> &Lookup {
        self.index.0.get_or_init(|| Lookup {
            data: positions(self.data.iter().map(|d| d.id.value.as_str())),
            bases: positions(self.bases.iter().map(|d| d.id.value.as_str())),
            purposes: positions(self.purposes.iter().map(|d| d.id.value.as_str())),
            recipients: positions(self.recipients.iter().map(|d| d.id.value.as_str())),
            cookies: positions(self.cookie_rows().iter().map(|r| r.name.value.as_str())),
            sections: positions(self.sections.iter().map(|d| d.id.value.as_str())),
        })
    }

    fn cookie_rows(&self) -> &[Cookie] {
        self.cookies.as_ref().map_or(&[], |c| c.rows.as_slice())
    }

    /// Every block's notes, each list with where it is in the policy
    /// (`policy`, `rights`, `recipient.hosting` …): the one list that the
    /// translation segments and the prose the rules read both walk.
    pub fn notes(&self) -> Vec<(String, &Vec<Note>)> {
        note_lists!(self, iter, &)
    }

    /// [`Policy::notes`], to change their words (translation).
    pub fn notes_mut(&mut self) -> Vec<(String, &mut Vec<Note>)> {
        note_lists!(self, iter_mut, &mut)
    }

    /// The data category with this id.
    pub fn data_category(&self, id: &str) -> Option<&DataCategory> {
        lookup(&self.data, &self.lookup().data, id, |d| &d.id.value)
    }

    /// The basis declaration with this id.
    pub fn basis(&self, id: &str) -> Option<&Basis> {
        lookup(&self.bases, &self.lookup().bases, id, |d| &d.id.value)
    }

    /// The purpose with this id.
    pub fn purpose(&self, id: &str) -> Option<&Purpose> {
        lookup(&self.purposes, &self.lookup().purposes, id, |d| &d.id.value)
    }

    /// The recipient with this id.
    pub fn recipient(&self, id: &str) -> Option<&Recipient> {
        lookup(&self.recipients, &self.lookup().recipients, id, |d| {
            &d.id.value
        })
    }

    /// The cookie row with this name.
    pub fn cookie_row(&self, name: &str) -> Option<&Cookie> {
        lookup(self.cookie_rows(), &self.lookup().cookies, name, |r| {
            &r.name.value
        })
    }

    /// The prose section with this id.
    pub fn section(&self, id: &str) -> Option<&Section> {
        lookup(&self.sections, &self.lookup().sections, id, |d| &d.id.value)
    }

    /// Whether every purpose that uses the data category `id` says how long
    /// its data is kept (and at least one does): then the category's
    /// retention is stated, per purpose.
    pub fn kept_per_purpose(&self, id: &str) -> bool {
        let users = self.index.1.get_or_init(|| {
            let mut users = Users {
                shape: uses_shape(&self.purposes),
                ..Users::default()
            };
            for (i, p) in self.purposes.iter().enumerate() {
                if p.uses_all {
                    users.all.push(i);
                }
                for u in &p.uses {
                    let list = users.by_category.entry(u.value.clone()).or_default();
                    // A purpose listing a category twice is one user.
                    if list.last() != Some(&i) {
                        list.push(i);
                    }
                }
            }
            users
        });
        if users.shape != uses_shape(&self.purposes) {
            let mut users = self.purposes.iter().filter(|p| p.uses_data(id)).peekable();
            return users.peek().is_some() && users.all(|p| !p.retention.is_empty());
        }
        let listed = users.by_category.get(id).map_or(&[][..], Vec::as_slice);
        let mut any = false;
        for &i in listed.iter().chain(&users.all) {
            let Some(p) = self.purposes.get(i) else {
                continue;
            };
            any = true;
            if p.retention.is_empty() {
                return false;
            }
        }
        any
    }

    /// Every data protection officer the policy names: the one for
    /// everywhere (or elsewhere), then those for some places.
    pub fn dpos(&self) -> impl Iterator<Item = &Party> {
        self.dpo.iter().chain(self.regional_dpos.iter())
    }

    /// The controller for people where regime `j` applies: one declared for
    /// places `j` covers, else the one for everywhere.
    pub fn controller_for(&self, j: Jurisdiction) -> Option<&Party> {
        self.regional_controllers
            .iter()
            .find(|c| c.scope.covers(j))
            .or(self.controller.as_ref())
    }

    /// Whether a right of this kind is offered (anywhere).
    pub fn offers(&self, kind: RightKind) -> bool {
        self.rights
            .rights
            .iter()
            .any(|r| r.kinds.iter().any(|k| k.value == kind))
    }

    /// Whether a right of this kind is offered where regime `j` applies.
    pub fn offers_in(&self, kind: RightKind, j: Jurisdiction) -> bool {
        self.rights
            .rights
            .iter()
            .any(|r| r.scope.covers(j) && r.kinds.iter().any(|k| k.value == kind))
    }
}

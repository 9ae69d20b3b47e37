//! The resolved policy: every fact typed, every id unique, every reference
//! pointing at a declaration. Lint rules, renderers and `diff` read only this.
//!
//! Spans are kept so that findings can point at the source; they are skipped
//! in the serde form, which is what [`crate::facts::SameFacts`] compares.

mod blocks;
pub mod lower;
pub mod materiality;
mod prose;
mod refs;
mod resolve;
pub mod schema;
mod scope;
mod segment;
pub mod time;
mod values;
pub mod vocab;

use std::sync::Arc;

use schemars::JsonSchema;
use serde::{Serialize, Serializer};

pub use lower::did_you_mean;
pub use resolve::resolve;
pub use scope::{join_or, Place, Scope, Scoped};
pub use segment::{FactRef, FactText, PartyRole, Segment};
pub use time::{Date, Duration, Lifetime, Unit};
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
pub struct Index(std::sync::OnceLock<Lookup>);

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

/// Title, dates, version, language, jurisdictions.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Meta {
    /// The title.
    pub title: Spanned<String>,
    /// When it takes effect.
    pub effective: Option<Spanned<Date>>,
    /// When it was last updated.
    pub updated: Option<Spanned<Date>>,
    /// A version label.
    pub version: Option<String>,
    /// A language tag (`en`).
    pub language: Option<String>,
    /// The regimes it is written for.
    pub jurisdictions: Vec<Spanned<Jurisdiction>>,
    /// Where it is published.
    pub url: Option<String>,
    /// Where the separate CCPA notice at collection is published, when this
    /// policy is not it (11 CCR 7012).
    pub notice_at_collection: Option<Spanned<String>>,
    /// The `policy` statement.
    #[serde(skip)]
    pub span: Span,
}

/// A person or organisation with contact details.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Party {
    /// Name or title.
    pub name: Spanned<String>,
    /// Legal form ("a California corporation").
    pub legal_form: Option<String>,
    /// Postal address.
    pub address: Option<Spanned<String>>,
    /// Email.
    pub email: Option<Spanned<String>>,
    /// Phone.
    pub phone: Option<String>,
    /// Website.
    pub website: Option<String>,
    /// An online contact form.
    pub contact_form: Option<String>,
    /// Its company registration ("RCS Paris 123 456 789").
    pub registration: Option<String>,
    /// Country of establishment (ISO 3166 alpha-2, lower case).
    pub country: Option<Spanned<String>>,
    /// An establishment in the EEA, when it is established elsewhere (GDPR Art. 3(1)).
    pub eu_establishment: Option<Spanned<String>>,
    /// The controller checks identity when contacted.
    pub verifies_identity: Option<bool>,
    /// The controller states a DPO is required (GDPR Art. 37).
    pub required: Option<bool>,
    /// Where it acts (a representative's region).
    pub scope: Scope,
    /// The statement.
    #[serde(skip)]
    pub span: Span,
}

/// A category of personal data.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct DataCategory {
    /// The id.
    pub id: Spanned<String>,
    /// What it is called.
    pub label: String,
    /// Examples of what it holds.
    pub examples: Vec<String>,
    /// Where it comes from.
    pub sources: Vec<Spanned<Source>>,
    /// Who provides it, when it comes from third parties (one entry per `from`).
    pub providers: Vec<String>,
    /// Whose data it is, when stated (`subjects others` for people who are not users).
    pub subjects: Vec<Spanned<Subject>>,
    /// When it is collected.
    pub collected: Vec<String>,
    /// The GDPR Art. 9 special categories it holds (a scan of an identity
    /// document can be biometric too).
    pub special: Vec<Spanned<Special>>,
    /// The kinds of CCPA sensitive personal information it holds.
    pub sensitive: Vec<Spanned<Sensitive>>,
    /// Who collects it, when a third party collects it directly under its
    /// own policy rather than the controller (an embedded video's host).
    pub collected_by: Option<Spanned<String>>,
    /// CCPA categories.
    pub ccpa_categories: Vec<CcpaCategory>,
    /// How long it is kept.
    pub retention: Option<Spanned<Lifetime>>,
    /// Whether providing it is required.
    pub provision: Option<Provision>,
    /// Its fideslang data category key (`user.contact.email`), when the writer names one.
    pub fides: Option<Spanned<String>>,
    /// The statement.
    #[serde(skip)]
    pub span: Span,
}

/// A legal basis as the policy words it (GDPR Art. 6).
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Basis {
    /// The id.
    pub id: Spanned<String>,
    /// The policy's wording.
    pub label: String,
    /// The Art. 6(1) ground, or the policy's own words when it names none.
    pub ground: Spanned<GroundClaim>,
    /// The legitimate interest, in words.
    pub interest: Option<Spanned<String>>,
    /// How consent is given, for consent.
    pub consent_by: Vec<Spanned<ConsentMechanism>>,
    /// What the basis is said to cover, in words that name no purpose.
    pub covers: Vec<Spanned<String>>,
    /// The purposes it is said to cover (ids, checked and linked: each purpose
    /// named here rests on this basis).
    pub covers_purposes: Vec<Spanned<String>>,
    /// The statement.
    #[serde(skip)]
    pub span: Span,
}

/// What a basis claims to rest on.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(tag = "kind", content = "value", rename_all = "kebab-case")]
pub enum GroundClaim {
    /// One of the Art. 6(1) grounds.
    #[serde(rename = "article-6")]
    Article6(Ground),
    /// Words that are not an Art. 6(1) ground ("legitimate business purposes").
    Unrecognised(String),
}

/// A ground as the source writes it: the Art. 6(1) word, or the policy's words in quotes.
impl std::fmt::Display for GroundClaim {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            GroundClaim::Article6(g) => write!(f, "{g}"),
            GroundClaim::Unrecognised(w) => write!(f, "“{w}”"),
        }
    }
}

/// Why data is processed.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Purpose {
    /// The id.
    pub id: Spanned<String>,
    /// What it is.
    pub label: String,
    /// The data categories it uses (ids); with `uses all`, every category.
    pub uses: Vec<Spanned<String>>,
    /// `uses all`: it uses every category of data in the policy.
    pub uses_all: bool,
    /// The bases it rests on, as alternatives when joined with `or`
    /// ("consent where the law requires it, or legitimate interests"), each
    /// with the places it holds for.
    pub alternatives: Vec<Alternative>,
    /// The bases it rests on: ids of `basis` declarations, resolved.
    pub bases: Vec<Spanned<String>>,
    /// Art. 6 grounds stated directly on the purpose.
    pub grounds: Vec<Spanned<GroundClaim>>,
    /// The legitimate interest in words, for legitimate interests.
    pub interest: Option<Spanned<String>>,
    /// The Art. 9(2) condition, for special categories.
    pub condition: Option<Spanned<Art9Condition>>,
    /// How consent is given, for consent.
    pub consent_by: Vec<Spanned<ConsentMechanism>>,
    /// Its fideslang data use key (`essential.service`), when the writer names one.
    pub fides: Option<Spanned<String>>,
    /// Data used only under one of the alternative bases (`only-with consent
    /// public-content`): the rest of `uses` holds under every alternative.
    pub only_with: Vec<OnlyWith>,
    /// The statement.
    #[serde(skip)]
    pub span: Span,
}

/// Data a purpose uses only when one of its bases applies.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct OnlyWith {
    /// The basis: an Art. 6(1) ground or the id of a `basis` declaration.
    pub basis: Spanned<String>,
    /// The data categories (ids).
    pub data: Vec<Spanned<String>>,
}

impl Purpose {
    /// Whether some basis of the purpose holds where regime `j` applies.
    pub fn has_basis_under(&self, j: Jurisdiction) -> bool {
        self.alternatives
            .iter()
            .any(|a| a.scope.covers(j) && !(a.grounds.is_empty() && a.bases.is_empty()))
    }
}

/// One alternative legal basis of a purpose, with its condition in the writer's words.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Alternative {
    /// Art. 6 grounds stated directly.
    pub grounds: Vec<Spanned<GroundClaim>>,
    /// Ids of `basis` declarations.
    pub bases: Vec<Spanned<String>>,
    /// When this basis applies ("where the law requires consent").
    pub condition: Option<Spanned<String>>,
    /// Where it holds (`basis legitimate-interests for eea, uk`); empty: everywhere.
    #[serde(skip_serializing_if = "Scope::is_everywhere")]
    pub scope: Scope,
}

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
    /// The statement.
    #[serde(skip)]
    pub span: Span,
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
    /// Where the transfer is stated for (`transfer … for brazil`); empty: everywhere.
    #[serde(skip_serializing_if = "Scope::is_everywhere")]
    pub scope: Scope,
    /// The statement.
    #[serde(skip)]
    pub span: Span,
}

/// The rights offered.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Rights {
    /// Each right as stated.
    pub rights: Vec<Right>,
    /// How to send a request.
    pub request_via: Vec<Spanned<String>>,
    /// How quickly requests are answered, per region where it differs.
    pub respond_within: Vec<Scoped<Spanned<Duration>>>,
    /// Identity is checked before answering.
    pub verifies_identity: Option<bool>,
    /// The policy's own words about checking identity ("we may ask …").
    pub identity_statement: Option<String>,
    /// The `rights` block.
    #[serde(skip)]
    pub span: Option<Span>,
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
    /// What happens to data collected from a child by mistake.
    pub on_discovery: Option<String>,
    /// Whom to tell.
    pub contact: Option<String>,
    /// The `children` block.
    #[serde(skip)]
    pub span: Span,
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

/// The cookie table and how cookies are controlled.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Cookies {
    /// The columns the table declares, in order.
    pub columns: Vec<Column>,
    /// The rows.
    pub rows: Vec<Cookie>,
    /// How consent to non-essential cookies is obtained.
    pub consent: Vec<Spanned<ConsentMechanism>>,
    /// Opt-out links and tools.
    pub opt_out: Vec<String>,
    /// A separate cookie notice that describes each cookie (its address or name).
    pub notice: Option<Spanned<String>>,
    /// The header row, or the `cookies` keyword when there is no table.
    #[serde(skip)]
    pub header_span: Span,
    /// The `cookies` block.
    #[serde(skip)]
    pub span: Span,
}

/// One row of the cookie table.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Cookie {
    /// The name, or a prefix pattern ending in `*`.
    pub name: Spanned<String>,
    /// Who sets it.
    pub provider: Option<Spanned<String>>,
    /// First or third party.
    pub party: Option<Spanned<CookieParty>>,
    /// What it is for.
    pub category: Option<Spanned<CookieCategory>>,
    /// How long it lives.
    pub lifetime: Option<Spanned<Lifetime>>,
    /// Why it is set.
    pub purpose: Option<Spanned<String>>,
    /// The domain it is set on.
    pub domain: Option<String>,
    /// The row.
    #[serde(skip)]
    pub span: Span,
}

impl Cookie {
    /// Whether a cookie called `name` is covered by this row (exactly or by its
    /// `*` prefix); a row that names no cookie covers none by name.
    pub fn matches(&self, name: &str) -> bool {
        if self.name.value.is_empty() {
            return false;
        }
        match self.name.value.strip_suffix('*') {
            Some(prefix) => name.starts_with(prefix),
            None => self.name.value == name,
        }
    }

    /// What identifies the row: its name, or its provider and category when it names no cookie.
    pub fn key(&self) -> String {
        if !self.name.value.is_empty() {
            return self.name.value.clone();
        }
        let provider = self.provider.as_ref().map_or("", |p| p.value.as_str());
        let category = self.category.as_ref().map_or("", |c| c.value.as_str());
        format!("{provider} {category}").trim().to_string()
    }

    /// An anchor for links to this row.
    pub fn anchor(&self) -> String {
        format!("cookie-{}", slug(&self.key()))
    }
}

/// A tracking technology other than cookies.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Tracker {
    /// The id.
    pub id: Spanned<String>,
    /// What it is.
    pub label: String,
    /// Its kind.
    pub kind: Option<Spanned<TrackerKind>>,
    /// Who provides it.
    pub provider: Option<String>,
    /// Why it is used.
    pub purpose: Option<String>,
    /// The statement.
    #[serde(skip)]
    pub span: Span,
}

/// A yes/no answer with the policy's words.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Stance {
    /// The answer.
    pub answer: bool,
    /// The policy's words.
    pub statement: Option<Spanned<String>>,
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
}

/// A prose section written by the policy's author.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Section {
    /// The id (the anchor in HTML).
    pub id: Spanned<String>,
    /// The heading.
    pub title: String,
    /// The generated section it belongs to, if any.
    pub topic: Option<Topic>,
    /// The generated section it follows, when it stands on its own.
    pub after: Option<Topic>,
    /// Where what it says applies.
    pub scope: Scope,
    /// The Markdown text: the writer's words and the facts its placeholders name.
    pub body: Vec<Segment>,
    /// The Markdown text as written, with its span (for lint rules that read prose).
    #[serde(skip)]
    pub source: Spanned<String>,
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

//! The categories of data collected.

use serde::Serialize;

use crate::model::*;

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
    /// The kinds of sensitive personal information the policy says it *may*
    /// be ("may be considered sensitive under some laws"): the statute, not
    /// the hedge, decides, so the checker treats them as sensitive; the page
    /// keeps the policy's "may".
    pub maybe_sensitive: Vec<Spanned<Sensitive>>,
    /// Who collects it, when a third party collects it directly under its
    /// own policy rather than the controller (an embedded video's host).
    pub collected_by: Option<Spanned<String>>,
    /// CCPA categories.
    pub ccpa_categories: Vec<CcpaCategory>,
    /// How long it is kept, each rule with where it holds (`retention
    /// 3 years for us`, `retention 2 years for elsewhere`).
    pub retention: Vec<Scoped<Spanned<Lifetime>>>,
    /// Whether providing it is required, for the whole category.
    pub provision: Option<Provision>,
    /// Whether providing some of what it holds is required, item by item
    /// (`required contractual "phone number"`, `required optional "biography"`),
    /// when that differs within the category.
    pub provision_items: Vec<ItemProvision>,
    /// Its fideslang data category key (`user.contact.email`), when the writer names one.
    pub fides: Option<Spanned<String>>,
    /// Where it holds (`data … for us`: collected only there); empty: everywhere.
    #[serde(skip_serializing_if = "Scope::is_everywhere")]
    pub scope: Scope,
    /// The statement.
    #[serde(skip)]
    pub span: Span,
}

/// Whether giving some items of a category is required.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ItemProvision {
    /// Required by law, for the contract, or optional.
    pub provision: Provision,
    /// The items, in the policy's words.
    pub items: Vec<String>,
}

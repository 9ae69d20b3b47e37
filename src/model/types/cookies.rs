//! The cookie table and other trackers.

use serde::Serialize;

use crate::model::*;

/// The cookie table and how cookies are controlled.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Cookies {
    /// The columns the table declares, in order.
    pub columns: Vec<Column>,
    /// The rows.
    pub rows: Vec<Cookie>,
    /// How consent to non-essential cookies is obtained, each way with
    /// where it holds (`consent banner for eea, uk`).
    pub consent: Vec<Scoped<Vec<Spanned<ConsentMechanism>>>>,
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
    /// How long what it stores or reads on the device lasts.
    pub lifetime: Option<Spanned<Lifetime>>,
    /// The statement.
    #[serde(skip)]
    pub span: Span,
}

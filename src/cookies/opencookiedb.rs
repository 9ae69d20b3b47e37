//! The Open Cookie Database (a CSV anyone can download, Apache-2.0): its
//! rows extend the built-in knowledge base with cookie names, categories and
//! lifetimes. Columns: `ID, Platform, Category, Cookie / Data Key name,
//! Domain, Description, Retention period, Data Controller, User Privacy & GDPR
//! Rights Portals, Wildcard match`. A wildcard row's name is a prefix. The
//! free-text retention is normalised where it can be read ("session", "1 year",
//! "13 months", "30 days"); anything else ("30 seconds till 1 year",
//! "unknown", "forever") stays unknown, never guessed.

use std::sync::Arc;

use super::{parse_lifetime, KnowledgeBase, KnownCookie, Tier, Vendor};
use crate::diag::{Code, Diagnostic, SourceFile, Span};
use crate::model::CookieCategory;

const NEEDED: &[&str] = &[
    "ID",
    "Platform",
    "Category",
    "Cookie / Data Key name",
    "Retention period",
    "Wildcard match",
];

/// A database category in policyc's words. The database defines its own:
/// "Functional (also known as technical, essential or strictly necessary)",
/// "Preferences (also known as functionality)", "Analytics (also known as
/// performance or statistics)", "Marketing (also known as tracking or social
/// media)" (its README): so its Functional is policyc's `necessary`, and its
/// Preferences policyc's `functional`.
fn category(word: &str) -> Option<CookieCategory> {
    Some(match word.trim().to_ascii_lowercase().as_str() {
        "functional" | "security" | "necessary" | "strictly necessary" => CookieCategory::Necessary,
        "preferences" | "personalization" => CookieCategory::Functional,
        "marketing" | "advertising" => CookieCategory::Marketing,
        "analytics" | "statistics" => CookieCategory::Analytics,
        _ => return None,
    })
}

/// The copy of the database bundled with policyc (see `data/open-cookie-database.NOTICE`),
/// as the file is: the tests check the generated table against it.
#[cfg(test)]
pub const BUNDLED_JSON: &str = include_str!("../../data/open-cookie-database.json");

// The same rows as a static table, made by build.rs from the JSON: no run parses it.
include!(concat!(env!("OUT_DIR"), "/open-cookie-database.rs"));

/// Adds the bundled copy of the database below every other entry.
pub fn extend_bundled(kb: &mut KnowledgeBase) -> Loaded {
    let mut adder = Adder::new(kb, "Open Cookie Database (bundled copy)", Tier::Bundled);
    for (platform, rows) in BUNDLED {
        for &(id, category, name, domain, retention, wildcard) in *rows {
            adder.add(Row {
                id,
                platform,
                category,
                name,
                domain,
                retention,
                wildcard,
            });
        }
    }
    adder.finish()
}

/// A database row, whatever file it came from.
struct Row<'a> {
    id: &'a str,
    platform: &'a str,
    category: &'a str,
    name: &'a str,
    domain: &'a str,
    retention: &'a str,
    wildcard: bool,
}

/// Adds rows to a knowledge base, a vendor per platform.
struct Adder<'k> {
    kb: &'k mut KnowledgeBase,
    origin: String,
    tier: Tier,
    vendors: std::collections::HashMap<String, usize>,
    loaded: Loaded,
}

impl<'k> Adder<'k> {
    fn new(kb: &'k mut KnowledgeBase, origin: &str, tier: Tier) -> Self {
        let vendors = kb
            .vendors
            .iter()
            .enumerate()
            .map(|(i, v)| (v.name.to_lowercase(), i))
            .collect();
        Adder {
            kb,
            origin: origin.to_string(),
            tier,
            vendors,
            loaded: Loaded::default(),
        }
    }

    fn add(&mut self, row: Row<'_>) {
        let Some(category) = category(row.category) else {
            self.loaded.skipped += 1;
            return;
        };
        let kb = &mut *self.kb;
        let vendor = match self.vendors.get(&row.platform.to_lowercase()) {
            Some(i) => *i,
            None => {
                self.vendors
                    .insert(row.platform.to_lowercase(), kb.vendors.len());
                kb.vendors.push(Vendor {
                    id: format!("ocd-{}", crate::model::slug(row.platform)),
                    name: if row.platform.is_empty() {
                        "unknown vendor".into()
                    } else {
                        row.platform.to_string()
                    },
                    // Prose aliases come only from the curated built-in base: platform
                    // names alone match too much ordinary prose.
                    aliases: Vec::new(),
                    technologies: vec!["cookie".into()],
                    source: self.origin.clone(),
                });
                kb.vendors.len() - 1
            }
        };
        let lifetime = parse_lifetime(row.retention);
        if lifetime.is_none() {
            self.loaded.unknown_lifetimes += 1;
        }
        // "example.com (3rd party)" → "example.com".
        let domain = row
            .domain
            .split_whitespace()
            .next()
            .unwrap_or("")
            .trim_start_matches('.')
            .to_ascii_lowercase();
        kb.cookies.push(KnownCookie {
            name: row.name.trim().trim_end_matches('*').to_string(),
            prefix: row.wildcard,
            party: None,
            category,
            lifetime,
            source: format!("{}, row {}", self.origin, row.id),
            vendor,
            tier: self.tier,
            domain: (!domain.is_empty()).then_some(domain),
        });
        self.loaded.cookies += 1;
    }

    fn finish(self) -> Loaded {
        self.kb.reindex();
        self.loaded
    }
}

/// What a load added.
#[derive(Debug, Default)]
pub struct Loaded {
    /// Rows added.
    pub cookies: usize,
    /// Rows whose lifetime could not be read (kept, with the lifetime unknown).
    pub unknown_lifetimes: usize,
    /// Rows skipped because their category is not one policyc knows.
    pub skipped: usize,
}

/// Adds the rows of an Open Cookie Database CSV to `kb`. Curated entries
/// keep precedence ([`KnowledgeBase::lookup`] looks there first): the
/// database fills gaps. A row with a generic name (`u`, `pid`, `uid`) is
/// matched only with its domain or vendor.
pub fn extend(kb: &mut KnowledgeBase, file: &Arc<SourceFile>) -> Result<Loaded, Diagnostic> {
    let mut reader = csv::ReaderBuilder::new()
        .flexible(false)
        .from_reader(file.text.as_bytes());
    let headers = reader.headers().map_err(|e| csv_error(file, &e))?.clone();
    let column = |name: &str| headers.iter().position(|h| h.trim() == name);
    let missing: Vec<&str> = NEEDED
        .iter()
        .copied()
        .filter(|n| column(n).is_none())
        .collect();
    if !missing.is_empty() {
        let first_line = file.text.find('\n').unwrap_or(file.text.len());
        return Err(Diagnostic::error(
            Code::CookieDb,
            file,
            format!(
                "this is not an Open Cookie Database CSV: no {} column",
                missing.join(", ")
            ),
        )
        .at(Span::new(0, first_line), "the header row")
        .help(format!(
            "the header must name the columns {}",
            NEEDED.join(", ")
        )));
    }
    let col = |n: &str| column(n).unwrap_or(0);
    let domain = column("Domain");
    let (id, platform, cat, name, retention, wildcard) = (
        col("ID"),
        col("Platform"),
        col("Category"),
        col("Cookie / Data Key name"),
        col("Retention period"),
        col("Wildcard match"),
    );
    let origin = format!("Open Cookie Database ({})", file.name);
    let mut adder = Adder::new(kb, &origin, Tier::Given);
    for record in reader.records() {
        let record = record.map_err(|e| csv_error(file, &e))?;
        let get = |i: usize| record.get(i).unwrap_or("").trim();
        adder.add(Row {
            id: get(id),
            platform: get(platform),
            category: get(cat),
            name: get(name),
            domain: domain.map_or("", get),
            retention: get(retention),
            wildcard: get(wildcard) == "1",
        });
    }
    Ok(adder.finish())
}

fn csv_error(file: &Arc<SourceFile>, e: &csv::Error) -> Diagnostic {
    let span = e.position().map_or(Span::new(0, 0), |p| {
        let start = usize::try_from(p.byte()).unwrap_or(0).min(file.text.len());
        let end = file.text[start..]
            .find('\n')
            .map_or(file.text.len(), |i| start + i);
        Span::new(start, end)
    });
    Diagnostic::error(
        Code::CookieDb,
        file,
        format!("cannot read the cookie database: {e}"),
    )
    .at(span, "this row")
    .help("the file must be the Open Cookie Database CSV, comma-separated, with its header row")
}

#[cfg(test)]
mod tests {
    use super::*;

    const CSV: &str = "ID,Platform,Category,Cookie / Data Key name,Domain,Description,Retention period,Data Controller,User Privacy & GDPR Rights Portals,Wildcard match\n\
        aaa-1,Example Ads,Marketing,exa_id,example.com,Identifies a browser,13 months,Example Inc.,https://example.com/privacy,0\n\
        aaa-2,Example Ads,Marketing,exa_sess_,example.com,Per session,session,Example Inc.,,1\n\
        aaa-3,Example Ads,Analytics,exa_range,example.com,Varies,30 seconds till 1 year,Example Inc.,,0\n\
        aaa-4,Example Ads,Unclassified,exa_x,example.com,?,1 day,Example Inc.,,0\n\
        aaa-5,Google Analytics,Analytics,_gid,google.com,Overridden,2 years,Google,,0\n";

    #[test]
    fn rows_extend_the_knowledge_base() {
        let mut kb = KnowledgeBase::builtin().clone();
        let before = kb.cookies.len();
        let file = SourceFile::new("ocd.csv", CSV);
        let loaded = extend(&mut kb, &file).unwrap();
        assert_eq!(
            (loaded.cookies, loaded.unknown_lifetimes, loaded.skipped),
            (4, 1, 1)
        );
        assert_eq!(kb.cookies.len(), before + 4);
        let exa = kb.lookup("exa_id").unwrap();
        assert_eq!(exa.lifetime.as_ref().unwrap().to_string(), "13 months");
        assert_eq!(exa.category, CookieCategory::Marketing);
        assert_eq!(exa.source, "Open Cookie Database (ocd.csv), row aaa-1");
        assert_eq!(kb.vendor(exa).name, "Example Ads");
        // A wildcard row is a prefix.
        assert_eq!(
            kb.lookup("exa_sess_42").unwrap().lifetime,
            Some(crate::model::Lifetime::Session)
        );
        // A range is not read as either end.
        assert_eq!(kb.lookup("exa_range").unwrap().lifetime, None);
        // The built-in, sourced fact keeps precedence.
        assert_eq!(
            kb.lookup("_gid")
                .unwrap()
                .lifetime
                .as_ref()
                .unwrap()
                .to_string(),
            "24 hours"
        );
    }

    #[test]
    fn curated_entries_win_over_database_rows_even_exact_ones() {
        let mut kb = KnowledgeBase::builtin().clone();
        let file = SourceFile::new(
            "ocd.csv",
            format!(
                "{}\nz-1,Other,Marketing,_gat_UA-1234-1,other.test,,2 years,,,0\nz-2,Totvs,Analytics,u,totvs.test,,1 year,,,0\nz-3,Some CMS,Functional,pid,cms.test,,30 days,,,0\n",
                CSV.lines().next().unwrap()
            ),
        );
        extend(&mut kb, &file).unwrap();
        // The curated `_gat_` prefix (Google, 1 minute) beats the database's exact row.
        let gat = kb.lookup("_gat_UA-1234-1").unwrap();
        assert_eq!(kb.vendor(gat).name, "Google Analytics");
        // Generic names need their domain or vendor.
        assert!(kb.lookup("u").is_none());
        assert!(kb.lookup("pid").is_none());
        let on = |d: &'static str| super::super::Context {
            domain: Some(d),
            provider: None,
            third_party: None,
        };
        assert_eq!(
            kb.vendor(kb.lookup_in("u", on("www.totvs.test")).unwrap())
                .name,
            "Totvs"
        );
        assert!(kb.lookup_in("u", on("shop.test")).is_none());
        let by = super::super::Context {
            domain: None,
            provider: Some("Some CMS"),
            third_party: None,
        };
        assert_eq!(
            kb.lookup_in("pid", by).unwrap().source,
            "Open Cookie Database (ocd.csv), row z-3"
        );
    }

    /// The table build.rs made is the bundled JSON file, row for row and in its order.
    #[test]
    fn the_generated_table_is_the_bundled_json() {
        #[derive(serde::Deserialize)]
        struct JsonRow {
            id: String,
            category: String,
            cookie: String,
            #[serde(default)]
            domain: String,
            #[serde(rename = "retentionPeriod", default)]
            retention: String,
            #[serde(rename = "wildcardMatch", default)]
            wildcard: String,
        }
        let platforms: serde_json::Map<String, serde_json::Value> =
            serde_json::from_str(BUNDLED_JSON).unwrap();
        assert_eq!(platforms.len(), BUNDLED.len());
        for ((platform, rows), (name, table)) in platforms.into_iter().zip(BUNDLED) {
            assert_eq!(&platform, name);
            let rows: Vec<JsonRow> = serde_json::from_value(rows).unwrap();
            assert_eq!(rows.len(), table.len(), "{platform}");
            for (r, t) in rows.iter().zip(table.iter()) {
                let wildcard = r.wildcard == "1";
                assert_eq!(
                    (
                        r.id.as_str(),
                        r.category.as_str(),
                        r.cookie.as_str(),
                        r.domain.as_str(),
                        r.retention.as_str(),
                        wildcard
                    ),
                    *t
                );
            }
        }
    }

    #[test]
    fn a_csv_without_the_columns_is_refused() {
        let mut kb = KnowledgeBase::default();
        let file = SourceFile::new("x.csv", "name,lifetime\n_ga,2 years\n");
        let err = extend(&mut kb, &file).unwrap_err();
        assert!(
            err.message.contains("no ID, Platform, Category"),
            "{}",
            err.message
        );
    }
}

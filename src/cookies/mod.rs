//! What is known about cookies and trackers: the built-in knowledge base
//! (`data/known-cookies.yaml`, every fact with the vendor documentation it
//! comes from), extended at run time by the Open Cookie Database.

pub mod observed;
pub mod opencookiedb;

use std::sync::LazyLock;

use serde::Deserialize;

use crate::model::{CookieCategory, CookieParty, Duration, Lifetime};

/// The built-in data file, embedded in the binary.
pub const BUILTIN_YAML: &str = include_str!("../../data/known-cookies.yaml");

/// The same knowledge base as JSON, made by build.rs: it parses in a fraction of the time.
const BUILTIN_JSON: &str = include_str!(concat!(env!("OUT_DIR"), "/known-cookies.json"));

/// A vendor of cookies and trackers.
#[derive(Clone, Debug)]
pub struct Vendor {
    /// Stable id (`google-analytics`).
    pub id: String,
    /// Display name.
    pub name: String,
    /// Words a policy's prose may use for the vendor, lower case.
    pub aliases: Vec<String>,
    /// Tracking technologies it uses (`cookie`, `pixel`, `web-beacon`, `sdk` …).
    pub technologies: Vec<String>,
    /// Where the vendor documents its cookies.
    pub source: String,
}

/// One known cookie.
#[derive(Clone, Debug)]
pub struct KnownCookie {
    /// The name, or the prefix when `prefix` is set.
    pub name: String,
    /// Whether `name` is a prefix.
    pub prefix: bool,
    /// First or third party, when documented.
    pub party: Option<CookieParty>,
    /// What it is for.
    pub category: CookieCategory,
    /// The documented lifetime; `None` when no source documents one.
    pub lifetime: Option<Lifetime>,
    /// Where the fact comes from.
    pub source: String,
    /// Index into [`KnowledgeBase::vendors`].
    pub vendor: usize,
}

/// Known vendors and cookies.
#[derive(Clone, Debug, Default)]
pub struct KnowledgeBase {
    /// Vendors.
    pub vendors: Vec<Vendor>,
    /// Cookies.
    pub cookies: Vec<KnownCookie>,
}

#[derive(Deserialize)]
struct RawFile {
    vendors: Vec<RawVendor>,
}

#[derive(Deserialize)]
struct RawVendor {
    id: String,
    name: String,
    #[serde(default)]
    aliases: Vec<String>,
    #[serde(default)]
    technologies: Vec<String>,
    source: String,
    #[serde(default)]
    cookies: Vec<RawCookie>,
}

#[derive(Deserialize)]
struct RawCookie {
    name: String,
    #[serde(rename = "match")]
    matching: String,
    party: Option<String>,
    category: String,
    lifetime: String,
    source: String,
}

/// Reads a free-text lifetime: `session`, `2 years`, `24 hours`; `None` for
/// anything else ("unknown", ranges, "forever"): never a guess.
pub fn parse_lifetime(text: &str) -> Option<Lifetime> {
    let t = text.trim().to_ascii_lowercase();
    if t == "session" {
        return Some(Lifetime::Session);
    }
    Duration::parse(&t).map(|duration| Lifetime::Period {
        duration,
        after: None,
    })
}

impl KnowledgeBase {
    /// The built-in knowledge base, parsed once.
    pub fn builtin() -> &'static KnowledgeBase {
        static KB: LazyLock<KnowledgeBase> = LazyLock::new(|| {
            // The file is embedded and validated by `cookies::tests`, so an
            // error here is a defect of the build, never of the input: stop
            // loudly rather than check policies against an empty knowledge base.
            match serde_json::from_str::<RawFile>(BUILTIN_JSON)
                .map_err(|e| e.to_string())
                .and_then(KnowledgeBase::from_raw)
            {
                Ok(kb) => kb,
                Err(e) => panic!("the built-in data/known-cookies.yaml is broken: {e}"),
            }
        });
        &KB
    }

    /// Parses a knowledge base in the format of `data/known-cookies.yaml`.
    pub fn from_yaml(text: &str) -> Result<KnowledgeBase, String> {
        let raw: RawFile = crate::yaml::from_str(text).map_err(|e| e.message)?;
        KnowledgeBase::from_raw(raw)
    }

    fn from_raw(raw: RawFile) -> Result<KnowledgeBase, String> {
        let mut kb = KnowledgeBase::default();
        for v in raw.vendors {
            let index = kb.vendors.len();
            for c in v.cookies {
                let category = CookieCategory::from_word(&c.category)
                    .ok_or_else(|| format!("{}: unknown category `{}`", c.name, c.category))?;
                kb.cookies.push(KnownCookie {
                    prefix: c.matching == "prefix",
                    party: c.party.as_deref().and_then(CookieParty::from_word),
                    category,
                    lifetime: parse_lifetime(&c.lifetime),
                    source: c.source,
                    vendor: index,
                    name: c.name,
                });
            }
            kb.vendors.push(Vendor {
                id: v.id,
                name: v.name,
                aliases: v.aliases.iter().map(|a| a.to_lowercase()).collect(),
                technologies: v.technologies,
                source: v.source,
            });
        }
        Ok(kb)
    }

    /// What is known about a cookie name (or a declared `prefix*` pattern):
    /// an exact entry first, else the longest known prefix.
    pub fn lookup(&self, name: &str) -> Option<&KnownCookie> {
        let name = name.strip_suffix('*').unwrap_or(name);
        self.cookies
            .iter()
            .find(|c| !c.prefix && c.name == name)
            .or_else(|| {
                self.cookies
                    .iter()
                    .filter(|c| c.prefix && name.starts_with(&c.name))
                    // The longest prefix; among equals the first, so built-in entries win.
                    .rev()
                    .max_by_key(|c| c.name.len())
            })
    }

    /// The vendor of a known cookie.
    pub fn vendor(&self, cookie: &KnownCookie) -> &Vendor {
        &self.vendors[cookie.vendor]
    }

    /// The known cookies of a vendor.
    pub fn cookies_of(&self, vendor: usize) -> impl Iterator<Item = &KnownCookie> {
        self.cookies.iter().filter(move |c| c.vendor == vendor)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_compiled_knowledge_base_is_the_yaml_file() {
        let from_yaml =
            KnowledgeBase::from_yaml(BUILTIN_YAML).expect("data/known-cookies.yaml parses");
        assert_eq!(
            format!("{from_yaml:?}"),
            format!("{:?}", KnowledgeBase::builtin())
        );
    }

    #[test]
    fn builtin_knowledge_base_parses_and_is_large_enough() {
        let kb = KnowledgeBase::from_yaml(BUILTIN_YAML).expect("data/known-cookies.yaml parses");
        assert!(kb.vendors.len() >= 30, "{} vendors", kb.vendors.len());
        assert!(kb.cookies.len() >= 150, "{} cookies", kb.cookies.len());
        assert!(kb.cookies.iter().all(|c| !c.source.trim().is_empty()));
        assert!(kb.vendors.iter().all(|v| !v.source.trim().is_empty()));
    }

    #[test]
    fn google_analytics_lifetimes_are_googles() {
        let kb = KnowledgeBase::builtin();
        let life = |n: &str| {
            kb.lookup(n)
                .and_then(|c| c.lifetime.clone())
                .map(|l| l.to_string())
        };
        assert_eq!(life("_ga").as_deref(), Some("2 years"));
        assert_eq!(life("_gid").as_deref(), Some("24 hours"));
        assert_eq!(life("_gat_UA-44883700-1").as_deref(), Some("1 minute"));
        assert_eq!(life("_gat_UA-*").as_deref(), Some("1 minute"));
        assert_eq!(
            kb.vendor(kb.lookup("_ga_ABC123").unwrap()).id,
            "google-analytics"
        );
    }

    #[test]
    fn unreadable_lifetimes_stay_unknown() {
        assert_eq!(parse_lifetime("30 seconds till 1 year"), None);
        assert_eq!(parse_lifetime("forever"), None);
        assert_eq!(parse_lifetime("Session"), Some(Lifetime::Session));
    }
}

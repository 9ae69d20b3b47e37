//! What is known about cookies and trackers: the built-in knowledge base
//! (`data/known-cookies.yaml`, every fact with the vendor documentation it
//! comes from), extended at run time by the Open Cookie Database.

#[cfg(feature = "scan")]
mod devtools;
pub mod observed;
pub mod opencookiedb;
#[cfg(feature = "scan")]
pub mod scan;

use std::sync::LazyLock;

use serde::Deserialize;

use crate::model::{Cookie, CookieCategory, CookieParty, Duration, Lifetime};
use observed::ObservedCookie;

/// The built-in data file, as written: the binary carries the JSON that
/// build.rs made of it, and the tests check the two agree.
#[cfg(test)]
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
    /// Where it comes from, which decides precedence.
    pub tier: Tier,
    /// The domain the source gives, lower case (Open Cookie Database rows).
    pub domain: Option<String>,
}

/// Where a known cookie comes from; a lookup tries each in this order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Tier {
    /// The curated base, `data/known-cookies.yaml`: each fact with its vendor source.
    Curated,
    /// An Open Cookie Database CSV given with `--cookie-db` (a newer copy).
    Given,
    /// The copy of the Open Cookie Database bundled in `data/`.
    Bundled,
}

/// Names too common to tell a vendor by themselves (`u`, `pid`, `uid`, `session` …):
/// a database row with such a name is matched only with its domain or vendor.
pub fn generic_name(name: &str) -> bool {
    const WORDS: &[&str] = &[
        "auth",
        "cart",
        "consent",
        "country",
        "currency",
        "csrf",
        "device",
        "guest",
        "lang",
        "language",
        "locale",
        "login",
        "pref",
        "prefs",
        "session",
        "sessionid",
        "test",
        "theme",
        "token",
        "user",
        "userid",
        "visitor",
    ];
    let n = name.trim_end_matches('*').to_ascii_lowercase();
    n.chars().count() <= 3 || WORDS.contains(&n.as_str())
}

/// What is known besides the name, to match a generic name: where the cookie is set, who provides it.
#[derive(Clone, Copy, Debug, Default)]
pub struct Context<'a> {
    /// The cookie's domain.
    pub domain: Option<&'a str>,
    /// Its provider as the policy names it.
    pub provider: Option<&'a str>,
    /// Whether it is set on another site than the one visited (`None`: not known).
    pub third_party: Option<bool>,
}

/// Whether a row of the cookie table covers a cookie seen on the site: the
/// name (exactly, or by the row's `prefix*`), and the domain when the table
/// has a `domain` column, else the party when it has a `party` column.
pub fn row_covers(row: &Cookie, seen: &ObservedCookie) -> bool {
    if !row.matches(&seen.name) {
        return false;
    }
    if let Some(d) = declared_domain(row) {
        return observed::registrable(&d) == observed::registrable(&seen.domain)
            && (observed::domain_match(&seen.domain, &d)
                || observed::domain_match(&d, &seen.domain));
    }
    match (row.party.as_ref().map(|p| p.value), seen.third_party) {
        (Some(CookieParty::First), Some(third)) => !third,
        (Some(CookieParty::Third), Some(third)) => third,
        _ => true,
    }
}

/// The domain a row of the cookie table declares, lower case without a leading dot.
fn declared_domain(row: &Cookie) -> Option<String> {
    row.domain
        .as_deref()
        .map(|d| d.trim().trim_start_matches('.').to_ascii_lowercase())
        .filter(|d| d.contains('.') && !d.contains(char::is_whitespace))
}

/// Whether a row would cover a seen cookie but for its `party` column: the
/// name matches, the row declares no domain, and the party is the other one.
/// One finding says so, instead of "declared but not seen" and "not listed".
pub fn row_differs_only_in_party(row: &Cookie, seen: &ObservedCookie) -> bool {
    row.matches(&seen.name)
        && declared_domain(row).is_none()
        && row.party.is_some()
        && seen.third_party.is_some()
        && !row_covers(row, seen)
}

/// Known vendors and cookies.
#[derive(Clone, Debug, Default)]
pub struct KnowledgeBase {
    /// Vendors.
    pub vendors: Vec<Vendor>,
    /// Cookies.
    pub cookies: Vec<KnownCookie>,
    /// Exact names → indexes into `cookies` (see [`KnowledgeBase::reindex`]).
    exact: std::collections::HashMap<String, Vec<usize>>,
    /// Indexes of prefix entries.
    prefixes: Vec<usize>,
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
    /// Why the entry departs from the database row it cites (checked by the tests).
    #[serde(default)]
    #[allow(dead_code)]
    differs: Option<String>,
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
    /// The built-in knowledge base, parsed once: the curated base, then the
    /// bundled Open Cookie Database below it.
    pub fn builtin() -> &'static KnowledgeBase {
        static KB: LazyLock<KnowledgeBase> = LazyLock::new(|| {
            // Both files are embedded and validated by `cookies::tests`, so an
            // error here is a defect of the build, never of the input: stop
            // loudly rather than check policies against an empty knowledge base.
            let mut kb = match KnowledgeBase::curated_from_build() {
                Ok(kb) => kb,
                Err(e) => panic!("the built-in data/known-cookies.yaml is broken: {e}"),
            };
            opencookiedb::extend_bundled(&mut kb);
            kb
        });
        &KB
    }

    /// The curated base alone.
    pub fn curated() -> KnowledgeBase {
        match KnowledgeBase::curated_from_build() {
            Ok(kb) => kb,
            Err(e) => panic!("the built-in data/known-cookies.yaml is broken: {e}"),
        }
    }

    /// The curated base from the JSON that build.rs made of the YAML (which
    /// the build already validated).
    fn curated_from_build() -> Result<KnowledgeBase, String> {
        serde_json::from_str::<RawFile>(BUILTIN_JSON)
            .map_err(|e| e.to_string())
            .and_then(KnowledgeBase::from_raw)
    }

    /// Rebuilds the name index after cookies were added.
    pub fn reindex(&mut self) {
        self.exact.clear();
        self.prefixes.clear();
        for (i, c) in self.cookies.iter().enumerate() {
            if c.prefix {
                self.prefixes.push(i);
            } else {
                self.exact.entry(c.name.clone()).or_default().push(i);
            }
        }
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
                    tier: Tier::Curated,
                    domain: None,
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
        kb.reindex();
        Ok(kb)
    }

    /// What is known about a cookie name (or a declared `prefix*` pattern):
    /// the curated base first, then the Open Cookie Database; in each, an
    /// exact entry first, else the longest known prefix. A database row with a
    /// generic name is not matched by name alone.
    pub fn lookup(&self, name: &str) -> Option<&KnownCookie> {
        self.lookup_in(name, Context::default())
    }

    /// As [`KnowledgeBase::lookup`], with what is known of the cookie's
    /// domain, party and provider. An entry whose own facts contradict those
    /// is not this cookie, however specific its name: a third-party entry
    /// does not match a first-party cookie (a first-party `AID` is not Google
    /// Ads), and a database row naming another domain does not match a
    /// third-party cookie (`uuid` on agkn.com is not MediaMath's, whose row
    /// says mathtag.com). When the curated base has an entry of the name that
    /// is contradicted, the database's rows of the name are not used either:
    /// the curated base has already said whose cookie that name is.
    pub fn lookup_in(&self, name: &str, cx: Context<'_>) -> Option<&KnownCookie> {
        let name = name.strip_suffix('*').unwrap_or(name);
        let usable = |c: &&KnownCookie| {
            !self.contradicted(c, cx)
                && (c.tier == Tier::Curated || !generic_name(&c.name) || self.confirmed(c, cx))
        };
        let exact: &[usize] = self.exact.get(name).map_or(&[], Vec::as_slice);
        let vetoed = exact
            .iter()
            .filter_map(|&i| self.cookies.get(i))
            .any(|c| c.tier == Tier::Curated && c.name == name && self.contradicted(c, cx));
        if vetoed {
            return None;
        }
        [Tier::Curated, Tier::Given, Tier::Bundled]
            .into_iter()
            .find_map(|tier| {
                let of = |ids: &'_ [usize]| -> Vec<&KnownCookie> {
                    ids.iter()
                        .filter_map(|&i| self.cookies.get(i))
                        .filter(|c| c.tier == tier && name.starts_with(&c.name))
                        .filter(usable)
                        .collect()
                };
                of(exact).into_iter().next().or_else(|| {
                    of(&self.prefixes)
                        .into_iter()
                        // The longest prefix; among equals the first.
                        .fold(None::<&KnownCookie>, |best, c| match best {
                            Some(b) if b.name.len() >= c.name.len() => Some(b),
                            _ => Some(c),
                        })
                })
            })
    }

    /// Whether what is known of a cookie contradicts an entry: the entry is
    /// third party and the cookie first party, or the cookie is third party
    /// and the entry names another registrable domain.
    fn contradicted(&self, c: &KnownCookie, cx: Context<'_>) -> bool {
        if cx.third_party == Some(false) && c.party == Some(CookieParty::Third) {
            return true;
        }
        match (cx.third_party, cx.domain, c.domain.as_deref()) {
            (Some(true), Some(seen), Some(known)) => {
                observed::registrable(seen) != observed::registrable(known)
            }
            _ => false,
        }
    }

    /// Whether the domain or provider known of a cookie agrees with an entry's.
    fn confirmed(&self, c: &KnownCookie, cx: Context<'_>) -> bool {
        let by_domain = match (cx.domain, c.domain.as_deref()) {
            (Some(seen), Some(known)) => {
                let known = known.trim_start_matches('.');
                observed::registrable(seen) == observed::registrable(known)
            }
            _ => false,
        };
        let vendor = &self.vendors[c.vendor].name;
        let by_provider = cx.provider.is_some_and(|p| {
            let (p, v) = (p.to_lowercase(), vendor.to_lowercase());
            !v.is_empty() && (p.contains(&v) || v.contains(&p))
        });
        by_domain || by_provider
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
        // Vendors and cookies, in order (the name index is a hash map, whose
        // debug form has no fixed order).
        let compiled = KnowledgeBase::curated();
        assert_eq!(
            format!("{:?}", from_yaml.vendors),
            format!("{:?}", compiled.vendors)
        );
        assert_eq!(
            format!("{:?}", from_yaml.cookies),
            format!("{:?}", compiled.cookies)
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
    fn the_bundled_open_cookie_database_is_below_the_curated_base() {
        let kb = KnowledgeBase::builtin();
        let bundled = kb
            .cookies
            .iter()
            .filter(|c| c.tier == Tier::Bundled)
            .count();
        assert!(bundled > 2_000, "{bundled} bundled rows");
        // Curated first: Google documents `_gid` as 24 hours.
        let gid = kb.lookup("_gid").unwrap();
        assert_eq!(gid.tier, Tier::Curated);
        // A name only the database knows.
        let td = kb.lookup("cookiePreferences").unwrap();
        assert_eq!(td.tier, Tier::Bundled);
        assert!(td
            .source
            .starts_with("Open Cookie Database (bundled copy), row "));
        // Its Functional is essential by its own definition.
        assert_eq!(td.category, CookieCategory::Necessary);
        // Generic names need a domain or vendor.
        assert!(kb.lookup("u").is_none());
    }

    /// Every curated entry that cites a row of the Open Cookie Database agrees
    /// with that row in the bundled copy (lifetime within 2 %, essential or
    /// not), or says in `differs` why not; a `differs` on an entry that agrees is stale.
    #[test]
    fn curated_entries_agree_with_the_rows_they_cite_or_say_why_not() {
        #[derive(Deserialize)]
        struct Row {
            id: String,
            category: String,
            cookie: String,
            #[serde(rename = "retentionPeriod")]
            retention: String,
        }
        let platforms: std::collections::HashMap<String, Vec<Row>> =
            serde_json::from_str(opencookiedb::BUNDLED_JSON).unwrap();
        let rows: std::collections::HashMap<&str, &Row> = platforms
            .values()
            .flatten()
            .map(|r| (r.id.as_str(), r))
            .collect();
        let raw: RawFile = crate::yaml::from_str(BUILTIN_YAML).unwrap();
        let secs = |l: &Lifetime| match l {
            Lifetime::Session => Some(0),
            Lifetime::Period { duration, .. } => Some(duration.seconds()),
            _ => None,
        };
        let essential = |w: &str| {
            matches!(
                w.trim().to_ascii_lowercase().as_str(),
                "functional" | "security" | "necessary" | "strictly necessary"
            )
        };
        let mut cited = 0;
        let mut problems = Vec::new();
        for c in raw.vendors.iter().flat_map(|v| v.cookies.iter()) {
            let Some(id) = c
                .source
                .strip_prefix("Open Cookie Database")
                .and_then(|s| s.split("row ").nth(1))
                .map(|s| s.trim_end_matches(['"', ')']).trim())
            else {
                continue;
            };
            cited += 1;
            let mut why = Vec::new();
            match rows.get(id) {
                None => why.push("the row is not in the bundled copy".to_string()),
                Some(row) => {
                    if !row
                        .cookie
                        .trim_end_matches('*')
                        .eq_ignore_ascii_case(&c.name)
                    {
                        why.push(format!("the row names `{}`", row.cookie));
                    }
                    if let (Some(a), Some(b)) = (
                        parse_lifetime(&c.lifetime).as_ref().and_then(secs),
                        parse_lifetime(&row.retention).as_ref().and_then(secs),
                    ) {
                        if a.abs_diff(b) > a.max(b) / 50 {
                            why.push(format!("lifetime {} vs {}", c.lifetime, row.retention));
                        }
                    }
                    if (c.category == "necessary") != essential(&row.category) {
                        why.push(format!("category {} vs {}", c.category, row.category));
                    }
                }
            }
            match (&c.differs, why.is_empty()) {
                (None, false) => {
                    problems.push(format!("{} (row {id}): {}", c.name, why.join("; ")))
                }
                (Some(_), true) => problems.push(format!(
                    "{} (row {id}): agrees, but says it differs",
                    c.name
                )),
                _ => {}
            }
        }
        assert!(cited >= 150, "{cited} entries cite a row");
        assert!(problems.is_empty(), "{}", problems.join("\n"));
    }

    /// The database rows and curated entries name a domain and a party; a
    /// cookie seen elsewhere is not theirs, however specific its name.
    #[test]
    fn knowledge_respects_the_domain_and_party_of_its_entries() {
        let kb = KnowledgeBase::builtin();
        let seen = |name: &str, domain: &'static str, third: bool| {
            kb.lookup_in(
                name,
                Context {
                    domain: Some(domain),
                    provider: None,
                    third_party: Some(third),
                },
            )
            .map(|k| kb.vendor(k).name.clone())
        };
        // The bundled rows: `uuid` is MediaMath's on mathtag.com, `tuuid`
        // Platform161's on creative-serving.com.
        assert_eq!(
            seen("uuid", "mathtag.com", true).as_deref(),
            Some("MediaMath")
        );
        assert_eq!(seen("uuid", "agkn.com", true), None);
        assert_eq!(seen("tuuid", "bidswitch.net", true), None);
        assert_eq!(
            seen("tuuid", "creative-serving.com", true).as_deref(),
            Some("Platform161")
        );
        // The curated `AID` is a third-party cookie of Google's: a first-party
        // one is someone else's, and the database's row of Google is not used either.
        assert!(seen("AID", "google.com", true).is_some());
        assert_eq!(seen("AID", "shop.test", false), None);
        // A first-party cookie a vendor's script sets on the site keeps its row
        // (the row's domain is the vendor's, not where the cookie lives).
        assert_eq!(
            seen("__stripe_sid", "shop.test", false).as_deref(),
            Some("Stripe")
        );
        assert_eq!(
            seen("_shopify_u", "shop.test", false).as_deref(),
            Some("Shopify")
        );
        // Without the party known, the name decides as before.
        assert!(kb.lookup("uuid").is_some());
    }

    #[test]
    fn unreadable_lifetimes_stay_unknown() {
        assert_eq!(parse_lifetime("30 seconds till 1 year"), None);
        assert_eq!(parse_lifetime("forever"), None);
        assert_eq!(parse_lifetime("Session"), Some(Lifetime::Session));
    }
}

//! Cookies the site really sets, read from a HAR 1.2 file (browser devtools,
//! Playwright, sitespeed.io), a Playwright `storageState` JSON, or the
//! recording `policyc scan` writes (a storageState without values, plus the
//! time it was taken). A cookie is identified by its name and domain. Only
//! names, domains, lifetimes and the origin and path of the URL that set each
//! cookie are kept: cookie values, URL queries and fragments are never kept,
//! let alone printed.
//!
//! This file holds the cookie type, merging, and what every format shares
//! (reading the file, JSON errors that show no value, URLs and domains,
//! lifetimes); each input format has its own file: `har.rs`,
//! `storage_state.rs` (storageState and `policyc scan` recordings) and
//! `set_cookie.rs` (`Set-Cookie` lines and cookie dates).

mod har;
mod set_cookie;
mod storage_state;

use std::collections::HashMap;
use std::fmt;
use std::path::Path;
use std::sync::Arc;

use serde::Deserialize;
use serde_json::value::RawValue;

use crate::diag::{Code, Diagnostic, Severity, SourceFile, Span};
use crate::model::Date;

use har::{from_har, HarEntry, HarLog};
pub use set_cookie::{parse_cookie_date, set_cookie_life};
use storage_state::{from_state, ScanMeta, StateCookie};

/// Recordings larger than this are refused: a HAR of a whole site visit is a
/// few megabytes; hundreds mean bodies were saved, which policyc does not read.
pub const MAX_RECORDING_BYTES: u64 = 256 * 1024 * 1024;

/// Browsers keep a cookie at most 400 days, whatever it asks for
/// (RFC 6265bis, "Cookies: HTTP State Management Mechanism", §5.5 and §5.6.1–2).
pub const BROWSER_LIMIT_SECS: u64 = 400 * 86_400;

/// How long a seen cookie lives.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Life {
    /// The recording does not tell (a cookie sent in a request, set by script).
    Unknown,
    /// Until the browser closes.
    Session,
    /// This many seconds (at most [`BROWSER_LIMIT_SECS`]).
    Seconds(u64),
}

impl Life {
    /// Seconds, with a session as 0; `None` when unknown.
    pub fn seconds(self) -> Option<u64> {
        match self {
            Life::Unknown => None,
            Life::Session => Some(0),
            Life::Seconds(s) => Some(s),
        }
    }
}

impl fmt::Display for Life {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Life::Unknown => f.write_str("an unknown time"),
            Life::Session => f.write_str("the session"),
            Life::Seconds(s) => f.write_str(&human_duration(*s)),
        }
    }
}

/// A cookie seen on the site.
#[derive(Clone, Debug, PartialEq)]
pub struct ObservedCookie {
    /// Its name.
    pub name: String,
    /// The domain it belongs to, lower case without a leading dot: its
    /// `Domain` attribute, else the host that set it.
    pub domain: String,
    /// How long it lives: the longest seen.
    pub life: Life,
    /// When it asked for more than browsers keep ([`BROWSER_LIMIT_SECS`]): what it asked for, in seconds.
    pub asked: Option<u64>,
    /// Where it was seen: the origin and path (never the query or fragment) of
    /// the URL that set its longest lifetime, or the domain for a storageState.
    pub url: Arc<str>,
    /// Seen only in requests (set by a script, or before the recording began).
    pub by_script: bool,
    /// Whether it belongs to another site than the one recorded; `None` when the site is not known.
    pub third_party: Option<bool>,
    /// The recording it comes from.
    pub file: Arc<str>,
    /// Seen before the visitor consented (a `policyc scan --consent-selector` recording).
    pub before_consent: bool,
}

impl ObservedCookie {
    /// How it was seen, for messages: "set by http://x.test/a.js", "sent to http://x.test/ (set by a script)".
    pub fn evidence(&self) -> String {
        if self.by_script && self.life == Life::Unknown {
            format!(
                "seen in {}: sent with requests to {} (set by a script; lifetime not recorded)",
                self.file, self.url
            )
        } else if self.by_script {
            format!("seen in {}: set by a script, on {}", self.file, self.url)
        } else {
            format!("seen in {}: set by {}", self.file, self.url)
        }
    }

    /// The lifetime for messages: "about 2 years", "24 hours", "400 days (the
    /// browser's limit; it asks for about 292 billion years)".
    pub fn life_text(&self) -> String {
        match self.asked {
            Some(a) => format!(
                "{} (the most browsers keep a cookie; it asks for {})",
                self.life,
                human_duration(a)
            ),
            None => self.life.to_string(),
        }
    }

    /// Whether the lifetime seen is the browsers' limit: the cookie may ask for longer.
    pub fn at_browser_limit(&self) -> bool {
        match self.life {
            Life::Seconds(s) => s.abs_diff(BROWSER_LIMIT_SECS) <= 86_400,
            _ => false,
        }
    }
}

/// What reading recordings gives: the cookies, and warnings about what was skipped.
#[derive(Debug, Default)]
pub struct Observations {
    /// The cookies, one per name and domain.
    pub cookies: Vec<ObservedCookie>,
    /// Entries that could not be read, empty recordings.
    pub warnings: Vec<Diagnostic>,
}

/// Cookies one per name and domain, keeping the longest lifetime and the URL that set it.
#[derive(Default)]
struct Merger {
    cookies: Vec<ObservedCookie>,
    /// Hash of name and domain → the first cookie with that hash; a million
    /// cookies need no second copy of their names.
    index: HashMap<u64, usize>,
    /// Cookies whose hash another cookie had first (practically none): searched one by one.
    collided: Vec<usize>,
}

fn key_hash(name: &str, domain: &str) -> u64 {
    use std::hash::{Hash, Hasher};
    let mut h = std::collections::hash_map::DefaultHasher::new();
    (name, domain).hash(&mut h);
    h.finish()
}

impl Merger {
    fn find(&self, name: &str, domain: &str) -> Option<usize> {
        let same = |i: &usize| {
            self.cookies
                .get(*i)
                .is_some_and(|c| c.name == name && c.domain == domain)
        };
        self.index
            .get(&key_hash(name, domain))
            .copied()
            .filter(same)
            .or_else(|| self.collided.iter().copied().find(same))
    }

    fn add(&mut self, c: ObservedCookie) {
        match self.find(&c.name, &c.domain) {
            Some(i) => {
                let o = &mut self.cookies[i];
                if c.life > o.life {
                    o.life = c.life;
                    o.asked = c.asked;
                    o.url = c.url;
                    o.file = c.file;
                    o.by_script = c.by_script;
                }
                o.by_script &= c.by_script;
                o.before_consent |= c.before_consent;
                if o.third_party.is_none() {
                    o.third_party = c.third_party;
                }
            }
            None => {
                let at = self.cookies.len();
                match self.index.entry(key_hash(&c.name, &c.domain)) {
                    std::collections::hash_map::Entry::Vacant(v) => {
                        v.insert(at);
                    }
                    std::collections::hash_map::Entry::Occupied(_) => self.collided.push(at),
                }
                self.cookies.push(c);
            }
        }
    }
}

/// Adds cookies, one per name and domain, keeping the longest lifetime and the URL that set it.
pub fn merge(into: &mut Vec<ObservedCookie>, more: impl IntoIterator<Item = ObservedCookie>) {
    let mut m = Merger::default();
    for c in std::mem::take(into).into_iter().chain(more) {
        m.add(c);
    }
    *into = m.cookies;
}

/// Reads a recording, refusing files over [`MAX_RECORDING_BYTES`].
pub fn read(path: &Path) -> Result<Observations, Box<Diagnostic>> {
    read_limited(path, MAX_RECORDING_BYTES)
}

fn read_limited(path: &Path, limit: u64) -> Result<Observations, Box<Diagnostic>> {
    let name = path.display().to_string();
    let fail = |message: String, help: &str| {
        let f = SourceFile::new(&name, "");
        Box::new(Diagnostic::error(Code::Observed, &f, message).help(help.to_string()))
    };
    let help =
        "give a HAR file, a Playwright storageState JSON, or a recording from `policyc scan -o`";
    let size = std::fs::metadata(path)
        .map_err(|e| fail(format!("cannot read `{name}`: {e}"), help))?
        .len();
    if size > limit {
        return Err(fail(
            format!(
                "`{name}` is {} MiB, more than the {} MiB policyc reads from a recording",
                size / (1024 * 1024),
                limit / (1024 * 1024)
            ),
            "record without response bodies (devtools: Save all as HAR without content; Playwright: recordHar with content: \"omit\"), or use `policyc scan`",
        ));
    }
    let bytes =
        std::fs::read(path).map_err(|e| fail(format!("cannot read `{name}`: {e}"), help))?;
    let text = String::from_utf8(bytes).map_err(|e| {
        fail(
            format!(
                "`{name}` is not UTF-8 text (invalid byte at {})",
                e.utf8_error().valid_up_to()
            ),
            help,
        )
    })?;
    parse(&name, &text)
}

/// The top level of any recording: which keys it has decides what it is.
#[derive(Deserialize)]
struct Top<'a> {
    #[serde(borrow, default)]
    log: Option<&'a RawValue>,
    #[serde(borrow, default)]
    cookies: Option<&'a RawValue>,
    #[serde(default)]
    policyc: Option<ScanMeta>,
}

/// Parses a recording's text. Whether it is a HAR or a storageState is
/// decided by its structure (a top-level `log` or `cookies`).
pub fn parse(name: &str, text: &str) -> Result<Observations, Box<Diagnostic>> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let top: Top = from_json(name, text, text, "")?;
    let mut out = Observations::default();
    let warn = |out: &mut Observations, message: String, help: &str| {
        let f = SourceFile::new(name, "");
        out.warnings.push(
            Diagnostic::error(Code::Observed, &f, message)
                .help(help.to_string())
                .with_severity(Severity::Warning),
        );
    };
    match (top.log, top.cookies) {
        (Some(log), _) => {
            let log: HarLog = from_json(name, text, log.get(), "log")?;
            let entries = log.entries.unwrap_or_default();
            if entries.is_empty() {
                warn(
                    &mut out,
                    format!("`{name}` is a HAR with no entries: it recorded no requests, so it shows no cookies"),
                    "record the HAR while the pages load (devtools: keep the Network panel open; Playwright: close the context before reading the file)",
                );
            }
            // Entries are read one at a time: a large HAR is never held twice.
            let mut warnings = Vec::new();
            let parsed = entries.iter().enumerate().filter_map(|(i, raw)| {
                match from_json::<HarEntry>(name, text, raw.get(), &format!("log.entries[{i}]")) {
                    Ok(e) => Some(e),
                    Err(d) => {
                        let d = d.with_severity(Severity::Warning);
                        warnings.push(Diagnostic {
                            message: d.message.replace(
                                "is not a readable HAR or storageState file:",
                                "has an entry that cannot be read; it is skipped, the others are read:",
                            ),
                            ..d
                        });
                        None
                    }
                }
            });
            let got = from_har(name, parsed);
            out.cookies = got.cookies;
            out.warnings.extend(warnings);
            for i in got.bad_started {
                warn(
                    &mut out,
                    format!("`{name}`: the date of `log.entries[{i}].startedDateTime` cannot be read; the lifetimes its response sets are read from its Date header, else left unknown"),
                    "a HAR date is ISO 8601 with a four-digit year, like 2026-11-29T01:40:00.123Z",
                );
            }
            for (i, cookie) in got.bad_expires {
                warn(
                    &mut out,
                    format!("`{name}`: the `expires` of the cookie `{}` in `log.entries[{i}].response.cookies` is not a date policyc can read; the cookie is kept, with its lifetime unknown", site_text(&cookie)),
                    "a HAR date is ISO 8601 with a four-digit year, like 2026-11-29T01:40:00.123Z",
                );
            }
        }
        (None, Some(cookies)) => {
            let cookies: Vec<StateCookie> = from_json(name, text, cookies.get(), "cookies")?;
            out.cookies = from_state(name, cookies, top.policyc.as_ref());
            let failed = top.policyc.as_ref().map_or(0, ScanMeta::failed);
            if failed > 0 {
                warn(
                    &mut out,
                    format!(
                        "`{name}` is an incomplete scan: {failed} of its pages could not be visited, so cookies they set are missing from it"
                    ),
                    "scan again when the pages load (`policyc scan` names each failure and its reason; a slow page may need a longer --timeout)",
                );
            }
        }
        (None, None) => {
            let f = SourceFile::new(name, "");
            return Err(Box::new(
                Diagnostic::error(Code::Observed,
                    &f,
                    format!("`{name}` is neither a HAR (it has no top-level `log`) nor a storageState (no top-level `cookies`)"),
                )
                .help("give a HAR file, a Playwright storageState JSON, or a recording from `policyc scan -o`"),
            ));
        }
    }
    Ok(out)
}

/// Deserializes `part` (a slice of `whole`, found at JSON path `at`), naming the path and place on failure.
fn from_json<'a, T: Deserialize<'a>>(
    name: &str,
    whole: &str,
    part: &'a str,
    at: &str,
) -> Result<T, Box<Diagnostic>> {
    let mut de = serde_json::Deserializer::from_str(part);
    serde_path_to_error::deserialize(&mut de).map_err(|e| {
        let inner = e.path().to_string();
        let path = match (at.is_empty(), inner.as_str()) {
            (true, p) => p.to_string(),
            (false, "" | ".") => at.to_string(),
            (false, p) if p.starts_with('[') => format!("{at}{p}"),
            (false, p) => format!("{at}.{p}"),
        };
        // Where `part` starts inside `whole` (it is a sub-slice of it).
        let base = (part.as_ptr() as usize).saturating_sub(whole.as_ptr() as usize);
        Box::new(json_error(name, whole, base, path, e.inner()))
    })
}

/// A string a site controls (a cookie's name, domain or path, a local
/// storage key, an origin, a URL, a host) as it may be printed on any stream
/// for people: every control character, line break and bidirectional or
/// invisible format character written as a visible escape
/// ([`crate::diag::escape_control`]), so that no site can move the cursor,
/// set a window title, ring the bell or start a line of its own (a CI log
/// reads a line starting with `::` as a command). Cookie values and URL
/// queries are never printed at all: pass a URL through [`origin_and_path`] first.
pub fn site_text(s: &str) -> std::borrow::Cow<'_, str> {
    crate::diag::escape_control(s)
}

/// The origin and path of a URL: no user, query or fragment.
pub fn origin_and_path(url: &str) -> String {
    let cut = url.find(['?', '#']).unwrap_or(url.len());
    let url = &url[..cut];
    match url.split_once("://") {
        Some((scheme, rest)) => {
            let (authority, path) = rest.split_at(rest.find('/').unwrap_or(rest.len()));
            let host = authority.rsplit_once('@').map_or(authority, |(_, h)| h);
            format!("{scheme}://{host}{path}")
        }
        // `data:`, `blob:` and the like carry content, not a place: the scheme alone.
        None => url.split_once(':').map_or_else(
            || "(no URL)".to_string(),
            |(scheme, _)| format!("{scheme}:"),
        ),
    }
}

/// Cookie values shorter than this are not identifiers (`1`, `yes`, `en`):
/// a path segment equal to one is left as it is.
pub const MIN_REDACTED_VALUE: usize = 4;

/// `url` (an origin and path, see [`origin_and_path`]) with every path
/// segment that equals a recorded cookie value, as written or
/// percent-decoded, replaced by `…`: a sync pixel's `/sync/id/<value>`
/// carries the visitor's identifier as surely as the cookie does.
pub fn redact_values(url: &str, values: &std::collections::HashSet<String>) -> String {
    if values.is_empty() {
        return url.to_string();
    }
    let (head, path) = match url.split_once("://") {
        Some((scheme, rest)) => match rest.find('/') {
            Some(i) => (format!("{scheme}://{}", &rest[..i]), &rest[i..]),
            None => return url.to_string(),
        },
        None => return url.to_string(),
    };
    let hidden = |segment: &str| {
        segment.len() >= MIN_REDACTED_VALUE
            && (values.contains(segment) || values.contains(&percent_decoded(segment)))
    };
    let path: Vec<&str> = path
        .split('/')
        .map(|seg| if hidden(seg) { "…" } else { seg })
        .collect();
    head + &path.join("/")
}

/// `%XX` escapes decoded (invalid ones kept as written); lossy UTF-8.
fn percent_decoded(s: &str) -> String {
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        let hex = |c: u8| (c as char).to_digit(16);
        match (
            b[i],
            b.get(i + 1).copied().and_then(hex),
            b.get(i + 2).copied().and_then(hex),
        ) {
            (b'%', Some(h), Some(l)) => {
                out.push((h * 16 + l) as u8);
                i += 3;
            }
            (c, _, _) => {
                out.push(c);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// The values a `Cookie` request header or a `Set-Cookie` line carries
/// (`a=1; b=2`: every pair of a `Cookie` header; the first of a `Set-Cookie`
/// line), for [`redact_values`] only: they are never kept in a cookie.
pub fn values_in(header: &str, set_cookie: bool) -> impl Iterator<Item = String> + '_ {
    header
        .split(';')
        .take(if set_cookie { 1 } else { usize::MAX })
        .filter_map(|p| p.split_once('='))
        .map(|(_, v)| v.trim().trim_matches('"').to_string())
        .filter(|v| v.len() >= MIN_REDACTED_VALUE)
}

/// The host of a URL, lower case, without port.
pub fn host_of(url: &str) -> Option<String> {
    let rest = url.split_once("://")?.1;
    let authority = &rest[..rest.find(['/', '?', '#']).unwrap_or(rest.len())];
    let host = authority.rsplit_once('@').map_or(authority, |(_, h)| h);
    let host = if let Some(v6) = host.strip_prefix('[') {
        v6.split(']').next().unwrap_or("")
    } else {
        host.split(':').next().unwrap_or("")
    };
    (!host.is_empty()).then(|| host.to_ascii_lowercase())
}

/// The registrable domain ("eTLD+1") of a host, by the Public Suffix List:
/// `www.shop.co.uk` → `shop.co.uk`. An IP address or a name that is itself a
/// public suffix (`localhost`) stands for itself.
pub fn registrable(host: &str) -> String {
    let host = host.trim_start_matches('.').to_ascii_lowercase();
    if host.parse::<std::net::IpAddr>().is_ok() {
        return host;
    }
    psl::domain_str(&host).map_or(host.clone(), str::to_string)
}

/// Whether a cookie of `domain` is sent to `host` (RFC 6265 §5.1.3 domain match).
pub fn domain_match(host: &str, domain: &str) -> bool {
    host == domain
        || (host.ends_with(domain)
            && host.as_bytes().get(host.len() - domain.len() - 1) == Some(&b'.')
            && host.parse::<std::net::IpAddr>().is_err())
}

fn normal_domain(d: &str) -> String {
    d.trim().trim_start_matches('.').to_ascii_lowercase()
}

/// 2001-01-01: an Expires before it, with no time to compare, is a deletion.
const EPOCH_2001: i64 = 978_307_200;

/// The life of a cookie expiring at `end` seen at `now`; `None` when it has already expired (a deletion).
fn life_until(end: i64, now: i64) -> Option<Life> {
    let secs = end.checked_sub(now)?;
    (secs > 0).then(|| Life::Seconds(u64::try_from(secs).unwrap_or(0)))
}

/// Applies the browsers' 400-day limit, keeping what was asked for.
fn capped(life: Life) -> (Life, Option<u64>) {
    match life {
        Life::Seconds(s) if s > BROWSER_LIMIT_SECS + 86_400 => {
            (Life::Seconds(BROWSER_LIMIT_SECS), Some(s))
        }
        l => (l, None),
    }
}

/// Seconds since the epoch of a date and a UTC time of day (for HAR and cookie dates).
fn unix(date: Date, h: i64, m: i64, s: i64) -> i64 {
    date.days_since_epoch() * 86_400 + h * 3_600 + m * 60 + s
}

/// A length of time as people write it: "24 hours", "30 days", "2 years",
/// "about 2 years", "400 days".
pub fn human_duration(secs: u64) -> String {
    const MINUTE: u64 = 60;
    const HOUR: u64 = 3_600;
    const DAY: u64 = 86_400;
    const YEAR: u64 = 31_556_952;
    const MONTH: u64 = 2_629_746;
    let plural = |n: u64, unit: &str| format!("{n} {unit}{}", if n == 1 { "" } else { "s" });
    // A whole number of a unit, allowing for the clock skew between a server's Expires and the recording.
    let whole = |size: u64, slack: u64| {
        let n = (secs + size / 2) / size;
        (n >= 1 && (n * size).abs_diff(secs) <= slack).then_some(n)
    };
    if secs < MINUTE {
        return plural(secs, "second");
    }
    // Near a whole number of years (within 2 %, what `cookie-lifetime-mismatch`
    // calls the same lifetime), a lifetime is said in years, wherever it is
    // printed: never "about 24 months" in one place and "2 years" in another.
    if secs / YEAR > 1_000_000_000 {
        return format!("about {} billion years", secs / YEAR / 1_000_000_000);
    }
    let years = (secs + YEAR / 2) / YEAR;
    if years >= 1 && (years * YEAR).abs_diff(secs) <= years * YEAR / 50 {
        let exact = whole(DAY, 120).is_some_and(|days| {
            let y = days / 365;
            y == years && days - y * 365 <= y.div_ceil(4)
        });
        return if exact {
            plural(years, "year")
        } else {
            format!("about {}", plural(years, "year"))
        };
    }
    if let Some(days) = whole(DAY, 120) {
        // Whole years, counting the leap days they may span.
        let years = days / 365;
        if years >= 1 && days - years * 365 <= years.div_ceil(4) {
            return plural(years, "year");
        }
        if days >= 2 {
            return plural(days, "day");
        }
    }
    if let Some(n) = whole(HOUR, 60).filter(|&n| n <= 48) {
        return plural(n, "hour");
    }
    if let Some(n) = whole(MINUTE, 5).filter(|&n| n < 120) {
        return plural(n, "minute");
    }
    let about = |size: u64, unit: &str| format!("about {}", plural((secs + size / 2) / size, unit));
    if secs >= 2 * YEAR {
        if secs / YEAR > 1_000_000_000 {
            return format!("about {} billion years", secs / YEAR / 1_000_000_000);
        }
        about(YEAR, "year")
    } else if secs >= 2 * MONTH {
        about(MONTH, "month")
    } else if secs >= 2 * DAY {
        about(DAY, "day")
    } else if secs >= 2 * HOUR {
        about(HOUR, "hour")
    } else {
        about(MINUTE, "minute")
    }
}

/// A diagnostic for malformed JSON at byte `base + (line, column of e)` of `whole` is hard to
/// compute exactly for a nested part, so the place is found from the error's line and column
/// within the part, shifted by the part's offset.
fn json_error(
    name: &str,
    whole: &str,
    base: usize,
    path: String,
    e: &serde_json::Error,
) -> Diagnostic {
    let part = &whole[base.min(whole.len())..];
    // A HAR is often one huge line: show a window around the error, not the whole line.
    let within: usize = part
        .split_inclusive('\n')
        .take(e.line().saturating_sub(1))
        .map(str::len)
        .sum::<usize>()
        + e.column().saturating_sub(1);
    let mut offset = (base + within).min(whole.len());
    while !whole.is_char_boundary(offset) {
        offset -= 1;
    }
    let (line, column) = {
        let before = &whole[..offset];
        let line = before.matches('\n').count() + 1;
        let column = before.len() - before.rfind('\n').map_or(0, |i| i + 1) + 1;
        (line, column)
    };
    let mut start = offset.saturating_sub(60);
    while !whole.is_char_boundary(start) {
        start -= 1;
    }
    let mut end = (offset + 60).min(whole.len());
    while !whole.is_char_boundary(end) {
        end += 1;
    }
    // The excerpt would show values read from the site: string values are blanked, keys kept.
    let (excerpt, at) = masked(whole, start, end, offset);
    let file = SourceFile::new(
        format!("{name}, around line {line} column {column}"),
        excerpt,
    );
    let next = file.text[at..].chars().next().map_or(0, char::len_utf8);
    let where_ = if path.is_empty() || path == "." {
        "the top level".to_string()
    } else {
        format!("`{path}`")
    };
    // serde quotes the string it did not expect: that is a value read from the site.
    let mut why = String::new();
    // Its "at line … column …" counts from the part read, not the file: the file name says where.
    let text = e.to_string();
    let text = text
        .rsplit_once(" at line ")
        .map_or(text.as_str(), |(t, _)| t);
    for (i, part) in text.split('"').enumerate() {
        if i % 2 == 1 {
            why.push_str("\"…\"");
        } else {
            why.push_str(part);
        }
    }
    let d: Diagnostic = Diagnostic::error(Code::Observed, &Arc::clone(&file), format!("`{name}` is not a readable HAR or storageState file: at {where_}, {why}"))
        .at(Span::new(at, at + next), "here")
        .help("record a HAR with the browser's devtools (Save all as HAR) or Playwright's recordHar, or pass a Playwright storageState JSON");
    d
}

/// `whole[start..end]` on one line with the contents of JSON string values
/// (not keys) replaced by `…`, and where `offset` lands in it.
fn masked(whole: &str, start: usize, end: usize, offset: usize) -> (String, usize) {
    let b = whole.as_bytes();
    let mut values: Vec<(usize, usize)> = Vec::new();
    let (mut i, mut open, mut escaped) = (0, None::<usize>, false);
    while i < b.len() {
        let c = b[i];
        match open {
            Some(from) => {
                if escaped {
                    escaped = false;
                } else if c == b'\\' {
                    escaped = true;
                } else if c == b'"' {
                    open = None;
                    let next = b[i + 1..].iter().find(|c| !c.is_ascii_whitespace());
                    if next != Some(&b':') {
                        values.push((from + 1, i));
                    }
                    if i >= end {
                        break;
                    }
                }
            }
            None if i >= end => break,
            None if c == b'"' => open = Some(i),
            None => {}
        }
        i += 1;
    }
    if let Some(from) = open {
        values.push((from + 1, b.len()));
    }
    let mut out = String::new();
    let mut at = 0;
    let mut last_masked = false;
    for (i, ch) in whole[start..end].char_indices() {
        let i = start + i;
        if i == offset {
            at = out.len();
        }
        if values.iter().any(|&(a, z)| (a..z).contains(&i)) {
            if !last_masked {
                out.push('…');
            }
            last_masked = true;
        } else {
            out.push(if ch == '\n' || ch == '\r' { ' ' } else { ch });
            last_masked = false;
        }
    }
    if offset >= end {
        at = out.len();
    }
    (out, at)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lifetimes_read_as_people_write_them() {
        assert_eq!(human_duration(86_400), "24 hours");
        assert_eq!(human_duration(86_400 + 30), "24 hours");
        assert_eq!(human_duration(2 * 86_400), "2 days");
        assert_eq!(human_duration(63_072_000), "2 years");
        assert_eq!(human_duration(63_176_474), "about 2 years");
        assert_eq!(human_duration(34_560_000), "400 days");
        assert_eq!(human_duration(7_776_000), "90 days");
        assert_eq!(human_duration(90 * 60), "90 minutes");
        assert_eq!(human_duration(3_600 * 5), "5 hours");
        assert_eq!(human_duration(60), "1 minute");
        assert_eq!(human_duration(45), "45 seconds");
        assert_eq!(human_duration(5_000_000), "about 58 days");
        assert_eq!(human_duration(6_000_000), "about 2 months");
        assert_eq!(human_duration(731 * 86_400), "2 years");
        assert_eq!(human_duration(366 * 86_400), "1 year");
        assert_eq!(human_duration(367 * 86_400), "about 1 year");
        assert_eq!(human_duration(380 * 86_400), "380 days");
        // Just under 2 years (an Expires read a few hours after it was set): years, not months.
        assert_eq!(human_duration(63_072_000 - 5 * 3_600), "about 2 years");
        assert_eq!(human_duration(725 * 86_400), "about 2 years");
        assert_eq!(human_duration(700 * 86_400), "700 days");
        assert_eq!(human_duration(13 * 2_629_746), "about 13 months");
    }

    #[test]
    fn origin_and_path_drops_user_query_and_fragment() {
        assert_eq!(
            origin_and_path("https://u:pw@x.test:8080/a/b?c=d#e"),
            "https://x.test:8080/a/b"
        );
        assert_eq!(origin_and_path("http://x.test#f"), "http://x.test");
        assert_eq!(origin_and_path("data:text/html,SECRET"), "data:");
        assert_eq!(origin_and_path("SECRET"), "(no URL)");
        assert_eq!(
            host_of("https://u:pw@WWW.X.test:8080/a"),
            Some("www.x.test".into())
        );
        assert_eq!(host_of("http://[::1]:80/"), Some("::1".into()));
    }

    #[test]
    fn path_segments_equal_to_a_cookie_value_are_redacted() {
        let values: std::collections::HashSet<String> = values_in("uid=AB12-CD34; x=1", false)
            .chain(values_in("t=Q%2FZ9; Max-Age=60; Path=/", true))
            .collect();
        assert_eq!(
            redact_values("https://sync.test/sync/id/AB12-CD34/p.gif", &values),
            "https://sync.test/sync/id/…/p.gif"
        );
        // Percent-encoded in the path, or in the cookie: either is found.
        assert_eq!(
            redact_values("https://sync.test/AB12%2DCD34", &values),
            "https://sync.test/…"
        );
        assert_eq!(
            redact_values("https://sync.test/Q%2FZ9", &values),
            "https://sync.test/…"
        );
        // A value too short to identify anyone (`x=1`) leaves `/page/1` alone.
        assert_eq!(
            redact_values("https://shop.test/page/1", &values),
            "https://shop.test/page/1"
        );
    }

    #[test]
    fn registrable_domains_come_from_the_public_suffix_list() {
        assert_eq!(registrable("www.shop.co.uk"), "shop.co.uk");
        assert_eq!(registrable(".ads.example.com"), "example.com");
        assert_eq!(registrable("127.0.0.1"), "127.0.0.1");
        assert_eq!(registrable("localhost"), "localhost");
        assert!(domain_match("www.shop.test", "shop.test"));
        assert!(!domain_match("evilshop.test", "shop.test"));
    }

    #[test]
    fn malformed_har_names_the_place() {
        let har =
            r#"{"log":{"entries":[{"startedDateTime":"x","request":{"url":7},"response":{}}]}}"#;
        let got = parse("bad.har", har).unwrap();
        assert!(got.cookies.is_empty());
        assert!(
            got.warnings[0]
                .message
                .contains("log.entries[0].request.url"),
            "{}",
            got.warnings[0].message
        );
        let broken = "{\"log\": {\"entries\": [\n  {\"request\": ";
        let err = parse("cut.har", broken).unwrap_err();
        assert!(err.file.name.contains("line 2"), "{}", err.file.name);
    }

    #[test]
    fn a_broken_recording_shows_no_value() {
        let har = r#"{"log":{"entries":[{"request":{"url":"https://x.test/?t=SECRET"},"response":{"headers":[{"name":"Set-Cookie","value":"a=SECRET"}]}} oops]}}"#;
        let err = parse("v.har", har).unwrap_err();
        let shown = format!("{} {} {:?}", err.message, err.file.text, err.primary);
        assert!(!shown.contains("SECRET"), "{shown}");
        assert!(
            err.file.text.contains("\"value\":\"…\""),
            "{}",
            err.file.text
        );
        let har = r#"{"log":{"entries":[{"request":{"url":"https://x.test/"},"response":{"cookies":[{"name":"a","expires":{"x":"SECRET"}}]}}]}}"#;
        let got = parse("v.har", har).unwrap();
        assert!(
            !got.warnings[0].message.contains("SECRET"),
            "{}",
            got.warnings[0].message
        );
        let har = r#"{"log":{"entries":[{"request":{"url":"https://x.test/"},"response":{"status":"SECRET","cookies":[{"name":"a","domain":7}]}}]}}"#;
        let got = parse("v.har", har).unwrap();
        assert!(
            !format!("{:?}", got.warnings[0]).contains("SECRET"),
            "{:?}",
            got.warnings[0]
        );
    }

    #[test]
    fn the_size_limit_is_a_clear_error() {
        let dir = std::env::temp_dir().join(format!("policyc-limit-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let p = dir.join("big.har");
        std::fs::write(&p, vec![b' '; 3 * 1024 * 1024]).unwrap();
        let err = read_limited(&p, 2 * 1024 * 1024).unwrap_err();
        assert!(
            err.message.contains("is 3 MiB, more than the 2 MiB"),
            "{}",
            err.message
        );
        let _ = std::fs::remove_dir_all(&dir);
    }
}

//! Cookies the site really sets, read from a HAR 1.2 file (browser devtools,
//! Playwright, sitespeed.io) or a Playwright `storageState` JSON. Only names,
//! lifetimes and the URL that set each cookie are kept: cookie values are
//! never read into memory, let alone printed.

use std::path::Path;
use std::sync::Arc;

use serde::Deserialize;

use crate::diag::{Code, Diagnostic, SourceFile, Span};
use crate::model::{Date, Duration, Lifetime, Unit};

/// A cookie seen on the site.
#[derive(Clone, Debug, PartialEq)]
pub struct ObservedCookie {
    /// Its name.
    pub name: String,
    /// How long it lives, when the recording tells (`None`: unknown).
    pub lifetime: Option<Lifetime>,
    /// The URL whose response set it (or the domain, for storageState).
    pub url: String,
    /// The recording it comes from.
    pub file: String,
}

enum Recording {
    Har(Har),
    StorageState(StorageState),
}

#[derive(Deserialize)]
struct Har {
    log: HarLog,
}

#[derive(Deserialize)]
struct StorageState {
    cookies: Vec<StateCookie>,
}

#[derive(Deserialize)]
struct HarLog {
    #[serde(default)]
    entries: Vec<HarEntry>,
}

#[derive(Deserialize)]
struct HarEntry {
    #[serde(rename = "startedDateTime", default)]
    started: String,
    request: HarRequest,
    response: HarResponse,
}

#[derive(Deserialize)]
struct HarRequest {
    url: String,
}

#[derive(Deserialize)]
struct HarResponse {
    #[serde(default)]
    cookies: Vec<HarCookie>,
    #[serde(default)]
    headers: Vec<HarHeader>,
}

#[derive(Deserialize)]
struct HarCookie {
    name: String,
    #[serde(default)]
    expires: Option<String>,
}

#[derive(Deserialize)]
struct HarHeader {
    name: String,
    value: String,
}

#[derive(Deserialize)]
struct StateCookie {
    name: String,
    #[serde(default)]
    domain: String,
    #[serde(default = "session_marker")]
    expires: f64,
}

fn session_marker() -> f64 {
    -1.0
}

/// Recordings larger than this are refused: a HAR of a whole site with its
/// response bodies is tens of megabytes.
pub const MAX_RECORDING_BYTES: u64 = 256 * 1024 * 1024;

/// Reads a recording. A malformed file gets a diagnostic naming the JSON path
/// and the line and column where it broke.
pub fn read(path: &Path) -> Result<Vec<ObservedCookie>, Box<Diagnostic>> {
    let name = path.display().to_string();
    if let Ok(meta) = std::fs::metadata(path) {
        if meta.len() > MAX_RECORDING_BYTES {
            let f = SourceFile::new(&name, "");
            return Err(Box::new(
                Diagnostic::error(
                    Code::TooLarge,
                    &f,
                    format!(
                        "`{name}` is {} MiB; policyc reads recordings up to {} MiB",
                        meta.len() / 1_048_576,
                        MAX_RECORDING_BYTES / 1_048_576
                    ),
                )
                .help("record fewer pages, or save the HAR without response bodies"),
            ));
        }
    }
    let text = std::fs::read_to_string(path).map_err(|e| {
        let f = SourceFile::new(&name, "");
        Box::new(
            Diagnostic::error(Code::Observed, &f, format!("cannot read `{name}`: {e}"))
                .help("give a HAR file or a Playwright storageState JSON"),
        )
    })?;
    parse(&name, &text)
}

/// Parses a recording's text.
pub fn parse(name: &str, text: &str) -> Result<Vec<ObservedCookie>, Box<Diagnostic>> {
    // A HAR names its `log` first; anything else is read as a storageState.
    let head = &text.as_bytes()[..text.len().min(4096)];
    let is_har = head.windows(5).any(|w| w == b"\"log\"");
    let mut de = serde_json::Deserializer::from_str(text);
    let recording = if is_har {
        serde_path_to_error::deserialize(&mut de).map(Recording::Har)
    } else {
        serde_path_to_error::deserialize(&mut de).map(Recording::StorageState)
    };
    let recording = match recording {
        Ok(r) => r,
        Err(e) => {
            return Err(Box::new(json_error(
                name,
                text,
                e.path().to_string(),
                e.inner(),
            )))
        }
    };
    let mut out: Vec<ObservedCookie> = Vec::new();
    let mut index: std::collections::HashMap<String, usize> = std::collections::HashMap::new();
    let mut add = |c: ObservedCookie| match index.get(&c.name).and_then(|&i| out.get_mut(i)) {
        // Seen twice: keep the longest lifetime, and the first URL as evidence.
        Some(o) => {
            if seconds(c.lifetime.as_ref()) > seconds(o.lifetime.as_ref()) {
                o.lifetime = c.lifetime;
            }
        }
        None => {
            index.insert(c.name.clone(), out.len());
            out.push(c);
        }
    };
    match recording {
        Recording::Har(Har { log }) => {
            for e in log.entries {
                let started = parse_iso(&e.started);
                // A set: a response with N headers and N cookies costs N, not N².
                let mut from_headers = std::collections::HashSet::new();
                for h in e
                    .response
                    .headers
                    .iter()
                    .filter(|h| h.name.eq_ignore_ascii_case("set-cookie"))
                {
                    // Some tools join several Set-Cookie headers with line breaks.
                    for line in h.value.split('\n').filter(|l| !l.trim().is_empty()) {
                        if let Some((n, lifetime)) = parse_set_cookie(line, started) {
                            from_headers.insert(n.clone());
                            add(ObservedCookie {
                                name: n,
                                lifetime,
                                url: e.request.url.clone(),
                                file: name.to_string(),
                            });
                        }
                    }
                }
                for c in e
                    .response
                    .cookies
                    .iter()
                    .filter(|c| !from_headers.contains(&c.name))
                {
                    let lifetime = match (&c.expires, started) {
                        (None, _) => Some(Lifetime::Session),
                        (Some(exp), Some(start)) => parse_iso(exp).map(|end| period(end - start)),
                        (Some(_), None) => None,
                    };
                    add(ObservedCookie {
                        name: c.name.clone(),
                        lifetime,
                        url: e.request.url.clone(),
                        file: name.to_string(),
                    });
                }
            }
        }
        Recording::StorageState(StorageState { cookies }) => {
            for c in cookies {
                // storageState records an expiry date but not when it was recorded: only "session" is known.
                let lifetime = (c.expires < 0.0).then_some(Lifetime::Session);
                add(ObservedCookie {
                    name: c.name,
                    lifetime,
                    url: c.domain,
                    file: name.to_string(),
                });
            }
        }
    }
    Ok(out)
}

fn seconds(l: Option<&Lifetime>) -> i64 {
    match l {
        Some(Lifetime::Period { duration, .. }) => {
            i64::try_from(duration.seconds()).unwrap_or(i64::MAX)
        }
        Some(Lifetime::Session) => 0,
        _ => -1,
    }
}

/// A lifetime of `secs` seconds, in the largest unit it is (within a little
/// clock skew between a server's `Expires` and the recording's timestamp) a
/// whole number of.
pub fn period(secs: i64) -> Lifetime {
    let secs = u64::try_from(secs.max(0)).unwrap_or(0);
    let (amount, unit) = [
        (86_400, 120, Unit::Day),
        (3_600, 60, Unit::Hour),
        (60, 5, Unit::Minute),
    ]
    .into_iter()
    .find_map(|(size, slack, unit)| {
        let n = (secs + size / 2) / size;
        (n >= 1 && (n * size).abs_diff(secs) <= slack).then_some((n, unit))
    })
    .unwrap_or((secs, Unit::Second));
    Lifetime::Period {
        duration: Duration { amount, unit },
        after: None,
    }
}

/// `name=value; Max-Age=…; Expires=…` → the name and its lifetime (Max-Age wins over Expires).
fn parse_set_cookie(line: &str, started: Option<i64>) -> Option<(String, Option<Lifetime>)> {
    let mut parts = line.split(';');
    let name = parts.next()?.split('=').next()?.trim().to_string();
    if name.is_empty() {
        return None;
    }
    let mut max_age = None;
    let mut expires = None;
    for attr in parts {
        let (k, v) = attr.split_once('=').unwrap_or((attr, ""));
        match k.trim().to_ascii_lowercase().as_str() {
            "max-age" => max_age = v.trim().parse::<i64>().ok(),
            "expires" => expires = parse_http_date(v.trim()),
            _ => {}
        }
    }
    let lifetime = match (max_age, expires, started) {
        (Some(s), _, _) => Some(period(s)),
        (None, Some(end), Some(start)) => Some(period(end - start)),
        (None, Some(_), None) => None,
        (None, None, _) => Some(Lifetime::Session),
    };
    Some((name, lifetime))
}

fn unix(date: Date, h: i64, m: i64, s: i64) -> i64 {
    date.days_since_epoch() * 86_400 + h * 3_600 + m * 60 + s
}

fn hms(t: &str) -> Option<(i64, i64, i64)> {
    let mut it = t.split(':');
    let h: i64 = it.next()?.parse().ok()?;
    let m: i64 = it.next()?.parse().ok()?;
    let s: f64 = it.next().unwrap_or("0").parse().ok()?;
    // Out-of-range times are not times: refuse them rather than overflow.
    ((0..24).contains(&h) && (0..60).contains(&m) && (0.0..61.0).contains(&s))
        .then_some((h, m, s as i64))
}

/// `2026-11-29T01:40:00.123Z` (UTC or with an offset) → seconds since the epoch.
fn parse_iso(s: &str) -> Option<i64> {
    let (date, rest) = s.split_once('T')?;
    let date = Date::parse(date).ok()?;
    let (time, offset) = match rest.find(['Z', '+', '-']) {
        Some(i) => (&rest[..i], &rest[i..]),
        None => (rest, "Z"),
    };
    let (h, m, sec) = hms(time)?;
    let shift = if offset == "Z" || offset.is_empty() {
        0
    } else {
        let sign = if offset.starts_with('-') { -1 } else { 1 };
        let (oh, om) = offset[1..].split_once(':').unwrap_or((&offset[1..], "0"));
        let (oh, om): (i64, i64) = (oh.parse().ok()?, om.parse().ok()?);
        if !(0..24).contains(&oh) || !(0..60).contains(&om) {
            return None;
        }
        sign * (oh * 3_600 + om * 60)
    };
    Some(unix(date, h, m, sec) - shift)
}

/// `Wed, 21 Oct 2015 07:28:00 GMT` (also with dashes, as cookies often write it) → seconds since the epoch.
fn parse_http_date(s: &str) -> Option<i64> {
    const MONTHS: [&str; 12] = [
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
    ];
    let words: Vec<&str> = s.split([' ', '-', ',']).filter(|w| !w.is_empty()).collect();
    let [_, day, month, year, time, ..] = words.as_slice() else {
        return None;
    };
    let month = MONTHS
        .iter()
        .position(|m| month.to_ascii_lowercase().starts_with(m))?
        + 1;
    let mut year: i32 = year.parse().ok()?;
    if year < 100 {
        year += if year < 70 { 2000 } else { 1900 };
    }
    let date = Date::parse(&format!(
        "{year:04}-{month:02}-{:02}",
        day.parse::<u32>().ok()?
    ))
    .ok()?;
    let (h, m, sec) = hms(time)?;
    Some(unix(date, h, m, sec))
}

fn json_error(name: &str, text: &str, path: String, e: &serde_json::Error) -> Diagnostic {
    // A HAR is often one huge line: show a window around the error, not the whole line.
    let offset: usize = text
        .split_inclusive('\n')
        .take(e.line().saturating_sub(1))
        .map(str::len)
        .sum::<usize>()
        + e.column().saturating_sub(1);
    let mut offset = offset.min(text.len());
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    let mut start = offset.saturating_sub(60);
    while !text.is_char_boundary(start) {
        start -= 1;
    }
    let mut end = (offset + 60).min(text.len());
    while !text.is_char_boundary(end) {
        end += 1;
    }
    let excerpt = text[start..end].replace(['\n', '\r'], " ");
    let file = SourceFile::new(
        format!("{name}, around line {} column {}", e.line(), e.column()),
        excerpt,
    );
    let at = offset - start;
    let next = file.text[at..].chars().next().map_or(0, char::len_utf8);
    let where_ = if path.is_empty() || path == "." {
        "the top level".to_string()
    } else {
        format!("`{path}`")
    };
    let d: Diagnostic = Diagnostic::error(Code::Observed, &Arc::clone(&file), format!("`{name}` is not a readable HAR or storageState file: at {where_}, {e}"))
        .at(Span::new(at, at + next), "here")
        .help("record a HAR with the browser's devtools (Save all as HAR) or Playwright's recordHar, or pass a Playwright storageState JSON");
    d
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn set_cookie_lifetimes() {
        let start = parse_iso("2026-11-29T00:00:00.000Z");
        let life = |l: &str| {
            parse_set_cookie(l, start)
                .and_then(|(_, l)| l)
                .map(|l| l.to_string())
        };
        assert_eq!(
            life("_ga=GA1.1.1; Max-Age=63072000; Path=/").as_deref(),
            Some("730 days")
        );
        assert_eq!(
            life("sid=abc; Path=/; HttpOnly").as_deref(),
            Some("session")
        );
        assert_eq!(
            life("x=1; Expires=Mon, 30 Nov 2026 00:00:00 GMT").as_deref(),
            Some("1 day")
        );
        assert_eq!(
            life("x=1; expires=Sun, 29-Nov-2026 00:30:00 GMT").as_deref(),
            Some("30 minutes")
        );
    }

    #[test]
    fn values_are_never_kept() {
        let har = r#"{"log":{"entries":[{"startedDateTime":"2026-11-29T00:00:00Z","request":{"url":"https://x.test/"},
            "response":{"cookies":[{"name":"tok","value":"SECRET-VALUE","expires":null}],"headers":[]}}]}}"#;
        let got = parse("x.har", har).unwrap();
        assert_eq!(got.len(), 1);
        assert!(!format!("{got:?}").contains("SECRET"));
    }

    #[test]
    fn storage_state_is_read() {
        let state = r#"{"cookies":[{"name":"a","value":"v","domain":"x.test","path":"/","expires":-1},{"name":"b","value":"v","domain":"x.test","expires":1900000000}],"origins":[]}"#;
        let got = parse("state.json", state).unwrap();
        assert_eq!(got[0].lifetime, Some(Lifetime::Session));
        assert_eq!(got[1].lifetime, None);
    }

    #[test]
    fn malformed_har_names_the_place() {
        let har =
            r#"{"log":{"entries":[{"startedDateTime":"x","request":{"url":7},"response":{}}]}}"#;
        let err = parse("bad.har", har).unwrap_err();
        assert!(
            err.message.contains("not a readable HAR"),
            "{}",
            err.message
        );
        let broken = "{\"log\": {\"entries\": [\n  {\"request\": ";
        let err = parse("cut.har", broken).unwrap_err();
        assert!(err.file.name.contains("line 2"), "{}", err.file.name);
    }
}

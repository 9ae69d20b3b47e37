//! Reading HAR 1.2 recordings (browser devtools, Playwright, sitespeed.io):
//! the cookies responses set (by `Set-Cookie` headers or the HAR's own
//! cookie list) and the cookies requests send, which a script set when no
//! response did.

use std::collections::{HashMap, HashSet};
use std::sync::Arc;

use serde::Deserialize;
use serde_json::value::RawValue;

use super::set_cookie::{parse_cookie_date, parse_set_cookie};
use super::{
    capped, domain_match, host_of, life_until, merge, normal_domain, origin_and_path,
    redact_values, registrable, unix, values_in, Life, Merger, ObservedCookie, EPOCH_2001,
    MIN_REDACTED_VALUE,
};
use crate::model::Date;

#[derive(Deserialize)]
pub(super) struct HarLog<'a> {
    #[serde(borrow, default)]
    pub(super) entries: Option<Vec<&'a RawValue>>,
}

#[derive(Deserialize)]
pub(super) struct HarEntry {
    #[serde(rename = "startedDateTime", default)]
    started: Option<String>,
    request: HarRequest,
    response: HarResponse,
}

#[derive(Deserialize)]
struct HarRequest {
    url: String,
    #[serde(default)]
    cookies: Vec<HarName>,
    #[serde(default)]
    headers: Vec<HarHeader>,
}

#[derive(Deserialize)]
struct HarResponse {
    #[serde(default)]
    cookies: Vec<HarCookie>,
    #[serde(default)]
    headers: Vec<HarHeader>,
}

#[derive(Deserialize)]
struct HarName {
    name: String,
    /// Read only to redact it from URLs ([`redact_values`]); never kept.
    #[serde(default)]
    value: Option<String>,
}

#[derive(Deserialize)]
struct HarCookie {
    name: String,
    /// Read only to redact it from URLs ([`redact_values`]); never kept.
    #[serde(default)]
    value: Option<String>,
    #[serde(default)]
    domain: Option<String>,
    #[serde(default)]
    expires: Option<String>,
}

#[derive(Deserialize)]
struct HarHeader {
    name: String,
    value: String,
}

/// What a HAR gives: its cookies, and what could not be read in it, for warnings.
pub(super) struct FromHar {
    /// The cookies, one per name and domain.
    pub(super) cookies: Vec<ObservedCookie>,
    /// Entries (by index) whose `startedDateTime` is not a date policyc can read.
    pub(super) bad_started: Vec<usize>,
    /// Cookies (entry index, name) whose `expires` is not a date policyc can read:
    /// kept, with an unknown lifetime.
    pub(super) bad_expires: Vec<(usize, String)>,
}

pub(super) fn from_har(file: &str, entries: impl Iterator<Item = HarEntry>) -> FromHar {
    let mut bad_started = Vec::new();
    let mut bad_expires = Vec::new();
    // Every cookie value recorded, to redact from the URLs kept; dropped at the end.
    let mut values: HashSet<String> = HashSet::new();
    // The site is the first page requested.
    let file: Arc<str> = Arc::from(file);
    let mut site: Option<String> = None;
    let party =
        |site: &Option<String>, domain: &str| site.as_ref().map(|s| registrable(domain) != *s);
    let mut merged = Merger::default();
    // Cookies sent, once per name and host, with the first URL they were sent to.
    let mut sent: Vec<(String, String, Arc<str>)> = Vec::new();
    let mut sent_once: HashSet<(String, String)> = HashSet::new();
    for (index, e) in entries.enumerate() {
        if site.is_none() {
            site = host_of(&e.request.url).map(|h| registrable(&h));
        }
        let host = host_of(&e.request.url).unwrap_or_default();
        let url: Arc<str> = Arc::from(origin_and_path(&e.request.url));
        // When the request was made, else when the server says it answered.
        // A four-digit year, as ISO 8601 and HAR 1.2 write it: a recording
        // "made" in year 99999 would make every cookie's Expires a deletion.
        let started = e
            .started
            .as_deref()
            .filter(|s| s.split('-').next().is_some_and(|y| y.len() == 4))
            .and_then(parse_iso);
        if e.started.is_some() && started.is_none() {
            bad_started.push(index);
        }
        let now = started.or_else(|| {
            e.response
                .headers
                .iter()
                .find(|h| h.name.eq_ignore_ascii_case("date"))
                .and_then(|h| parse_cookie_date(&h.value))
        });
        let mut from_headers: HashSet<&str> = HashSet::new();
        let mut found = Vec::new();
        for h in e
            .response
            .headers
            .iter()
            .filter(|h| h.name.eq_ignore_ascii_case("set-cookie"))
        {
            // Some tools join several Set-Cookie headers with line breaks.
            for line in h.value.split('\n').filter(|l| !l.trim().is_empty()) {
                values.extend(values_in(line, true));
                if let Some(set) = parse_set_cookie(line, now) {
                    from_headers.insert(set.name);
                    found.push((set.name.to_string(), set.domain, set.life));
                }
            }
        }
        let given = e
            .request
            .cookies
            .iter()
            .filter_map(|c| c.value.as_deref())
            .chain(e.response.cookies.iter().filter_map(|c| c.value.as_deref()))
            .filter(|v| v.len() >= MIN_REDACTED_VALUE);
        values.extend(given.map(str::to_string));
        for h in e
            .request
            .headers
            .iter()
            .filter(|h| h.name.eq_ignore_ascii_case("cookie"))
        {
            values.extend(values_in(&h.value, false));
        }
        for c in e
            .response
            .cookies
            .iter()
            .filter(|c| !from_headers.contains(c.name.as_str()))
        {
            let end = c.expires.as_deref().map(parse_iso);
            if let Some(None) = end {
                // Not a deletion: a date policyc cannot read (year 99999, a typo).
                bad_expires.push((index, c.name.clone()));
            }
            let life = match (end, now) {
                (None, _) => Some(Life::Session),
                (Some(None), _) => Some(Life::Unknown),
                (Some(Some(end)), Some(now)) => life_until(end, now),
                (Some(Some(end)), None) if end < EPOCH_2001 => None,
                (Some(Some(_)), None) => Some(Life::Unknown),
            };
            found.push((c.name.clone(), c.domain.clone(), life));
        }
        for (name, domain, life) in found {
            // `None`: a deletion (Max-Age=0, an Expires in the past), which sets nothing.
            let Some(life) = life else { continue };
            let domain = domain.map_or_else(|| host.clone(), |d| normal_domain(&d));
            let (life, asked) = capped(life);
            merged.add(ObservedCookie {
                third_party: party(&site, &domain),
                name,
                domain,
                life,
                asked,
                url: Arc::clone(&url),
                by_script: false,
                before_consent: false,
                file: Arc::clone(&file),
            });
        }
        // Cookies the browser sent: set earlier, by a response or by a script.
        let mut names: Vec<&str> = e.request.cookies.iter().map(|c| c.name.as_str()).collect();
        for h in e
            .request
            .headers
            .iter()
            .filter(|h| h.name.eq_ignore_ascii_case("cookie"))
        {
            names.extend(
                h.value
                    .split(';')
                    .filter_map(|p| p.split('=').next())
                    .map(str::trim)
                    .filter(|n| !n.is_empty()),
            );
        }
        for n in names {
            if sent_once.insert((n.to_string(), host.clone())) {
                sent.push((n.to_string(), host.clone(), Arc::clone(&url)));
            }
        }
    }
    let mut merged = merged.cookies;
    // A cookie sent that no response set was set by a script: it belongs to the
    // registrable domain it was sent to (where scripts set shared cookies).
    let set: HashMap<&str, Vec<&str>> = merged.iter().fold(HashMap::new(), |mut m, c| {
        m.entry(c.name.as_str())
            .or_default()
            .push(c.domain.as_str());
        m
    });
    let script: Vec<ObservedCookie> = sent
        .into_iter()
        .filter(|(n, host, _)| {
            !set.get(n.as_str())
                .is_some_and(|ds| ds.iter().any(|d| domain_match(host, d)))
        })
        .map(|(name, host, url)| {
            let domain = registrable(&host);
            ObservedCookie {
                third_party: party(&site, &domain),
                name,
                domain,
                life: Life::Unknown,
                asked: None,
                url,
                by_script: true,
                before_consent: false,
                file: Arc::clone(&file),
            }
        })
        .collect();
    merge(&mut merged, script);
    for c in &mut merged {
        let shown = redact_values(&c.url, &values);
        if *shown != *c.url {
            c.url = Arc::from(shown);
        }
    }
    FromHar {
        cookies: merged,
        bad_started,
        bad_expires,
    }
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
pub(super) fn parse_iso(s: &str) -> Option<i64> {
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

#[cfg(test)]
mod tests {
    use super::super::parse;

    #[test]
    fn values_are_never_kept() {
        let har = r#"{"log":{"entries":[{"startedDateTime":"2026-11-29T00:00:00Z","request":{"url":"https://x.test/p?tok=SECRET-Q#SECRET-F"},
            "response":{"cookies":[{"name":"tok","value":"SECRET-VALUE","expires":null}],"headers":[{"name":"Set-Cookie","value":"a=SECRET-A; Max-Age=60"}]}}]}}"#;
        let got = parse("x.har", har).unwrap().cookies;
        assert_eq!(got.len(), 2);
        assert!(!format!("{got:?}").contains("SECRET"), "{got:?}");
        assert_eq!(&*got[0].url, "https://x.test/p");
    }

    #[test]
    fn a_cookie_value_in_a_url_path_is_never_kept() {
        // A sync pixel that puts the visitor's id, a cookie value, in its path.
        let har = r#"{"log":{"entries":[
            {"startedDateTime":"2026-11-29T00:00:00Z","request":{"url":"https://shop.test/"},"response":{"headers":[{"name":"Set-Cookie","value":"uid=SECRET-UID-1; Max-Age=60"}]}},
            {"startedDateTime":"2026-11-29T00:00:01Z","request":{"url":"https://sync.test/sync/id/SECRET-UID-1","cookies":[{"name":"c","value":"SECRET-C-22"}]},"response":{"headers":[{"name":"Set-Cookie","value":"s=1; Max-Age=60"}]}},
            {"startedDateTime":"2026-11-29T00:00:02Z","request":{"url":"https://t.test/u/SECRET-C-22/x"},"response":{"cookies":[{"name":"t","value":"v"}]}}]}}"#;
        let got = parse("z.har", har).unwrap().cookies;
        let urls: Vec<&str> = got.iter().map(|c| &*c.url).collect();
        assert_eq!(
            urls,
            [
                "https://shop.test/",
                "https://sync.test/sync/id/…",
                "https://t.test/u/…/x",
                "https://sync.test/sync/id/…"
            ]
        );
        assert!(!format!("{got:?}").contains("SECRET"), "{got:?}");
    }

    #[test]
    fn a_date_that_cannot_be_read_is_a_warning_not_a_deletion() {
        // An entry dated year 99999, and a cookie expiring then.
        let har = r#"{"log":{"entries":[
            {"startedDateTime":"99999-01-01T00:00:00Z","request":{"url":"https://x.test/"},"response":{"headers":[{"name":"Set-Cookie","value":"a=1; Expires=Wed, 01 Dec 2027 00:00:00 GMT"}]}},
            {"startedDateTime":"2026-11-29T00:00:00Z","request":{"url":"https://x.test/b"},"response":{"cookies":[{"name":"far","value":"SECRET","expires":"next Tuesday"}]}}]}}"#;
        let got = parse("y.har", har).unwrap();
        let names: Vec<&str> = got.cookies.iter().map(|c| c.name.as_str()).collect();
        assert_eq!(names, ["a", "far"]);
        use super::super::Life;
        assert_eq!(got.cookies[0].life, Life::Unknown);
        assert_eq!(got.cookies[1].life, Life::Unknown);
        let messages: Vec<&str> = got.warnings.iter().map(|w| w.message.as_str()).collect();
        assert_eq!(messages.len(), 2, "{messages:?}");
        assert!(
            messages[0].contains("log.entries[0].startedDateTime"),
            "{messages:?}"
        );
        assert!(
            messages[1].contains("log.entries[1]") && messages[1].contains("`far`"),
            "{messages:?}"
        );
        assert!(!format!("{:?}", got.warnings).contains("SECRET"));
    }
}

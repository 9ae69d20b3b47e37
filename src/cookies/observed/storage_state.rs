//! Reading browser storage state: a Playwright `storageState` JSON, or the
//! recording `policyc scan` writes (a storageState without values, plus the
//! time it was taken, the site, and which response set each cookie).

use std::collections::HashMap;
use std::sync::Arc;

use serde::Deserialize;

use super::{
    capped, host_of, life_until, merge, normal_domain, origin_and_path, registrable, Life,
    ObservedCookie,
};

/// What `policyc scan` adds to a storageState.
#[derive(Deserialize)]
pub(super) struct ScanMeta {
    /// When the cookies were read (seconds since the epoch).
    recorded: f64,
    /// The first page visited.
    #[serde(default)]
    site: Option<String>,
    /// Whether a consent button was clicked (cookies then say whether they came before).
    #[serde(default)]
    consent: bool,
    /// Cookies set by responses: name and domain → the URL that set it.
    #[serde(default)]
    setters: Vec<ScanSetter>,
    /// Pages that could not be visited (only counted here).
    #[serde(default)]
    failed: Vec<serde::de::IgnoredAny>,
}

impl ScanMeta {
    /// How many pages of the scan could not be visited.
    pub(super) fn failed(&self) -> usize {
        self.failed.len()
    }
}

#[derive(Deserialize)]
struct ScanSetter {
    name: String,
    domain: String,
    url: String,
}

#[derive(Deserialize)]
pub(super) struct StateCookie {
    name: String,
    #[serde(default)]
    domain: String,
    #[serde(default = "session_marker")]
    expires: f64,
    #[serde(rename = "beforeConsent", default)]
    before_consent: Option<bool>,
    /// `false`: a response set it but the browser did not keep it (a blocked third-party cookie).
    #[serde(default)]
    stored: Option<bool>,
    /// The browser kept it, then this URL (a response, or a page whose script did it) deleted it.
    #[serde(rename = "deletedBy", default)]
    deleted_by: Option<String>,
}

fn session_marker() -> f64 {
    -1.0
}

pub(super) fn from_state(
    file: &str,
    cookies: Vec<StateCookie>,
    meta: Option<&ScanMeta>,
) -> Vec<ObservedCookie> {
    let site = meta
        .and_then(|m| m.site.as_deref())
        .and_then(host_of)
        .map(|h| registrable(&h));
    let file: Arc<str> = Arc::from(file);
    let recorded = meta.map(|m| m.recorded as i64);
    let setters: HashMap<(&str, &str), &str> = meta
        .map(|m| {
            m.setters
                .iter()
                .map(|s| ((s.name.as_str(), s.domain.as_str()), s.url.as_str()))
                .collect()
        })
        .unwrap_or_default();
    let out = cookies.into_iter().filter_map(|c| {
        let domain = normal_domain(&c.domain);
        let life = if c.expires < 0.0 {
            Life::Session
        } else {
            // A storageState has the expiry but not when it was taken, unless `policyc scan` wrote it.
            match recorded {
                Some(now) => life_until(c.expires as i64, now)?,
                None => Life::Unknown,
            }
        };
        let setter = setters.get(&(c.name.as_str(), domain.as_str())).copied();
        let (life, asked) = capped(life);
        Some(ObservedCookie {
            third_party: site.as_ref().map(|s| registrable(&domain) != *s),
            url: Arc::from({
                let at = setter.map_or_else(|| domain.clone(), origin_and_path);
                match (c.stored, &c.deleted_by) {
                    (_, Some(by)) => format!(
                        "{at} (the browser kept it, then {} deleted it)",
                        origin_and_path(by)
                    ),
                    (Some(false), None) => {
                        format!("{at} (the browser that recorded it did not keep it; others may)")
                    }
                    _ => at,
                }
            }),
            by_script: meta.is_some() && setter.is_none(),
            before_consent: meta.is_some_and(|m| m.consent) && c.before_consent == Some(true),
            name: c.name,
            domain,
            life,
            asked,
            file: Arc::clone(&file),
        })
    });
    let mut merged = Vec::new();
    merge(&mut merged, out);
    merged
}

#[cfg(test)]
mod tests {
    use super::super::{parse, Life};

    #[test]
    fn storage_state_is_read() {
        let state = r#"{"cookies":[{"name":"a","value":"v","domain":"x.test","path":"/","expires":-1},{"name":"b","value":"v","domain":".x.test","expires":1900000000}],"origins":[]}"#;
        let got = parse("state.json", state).unwrap().cookies;
        assert_eq!(got[0].life, Life::Session);
        assert_eq!(got[1].life, Life::Unknown);
        assert_eq!(got[1].domain, "x.test");
    }
}

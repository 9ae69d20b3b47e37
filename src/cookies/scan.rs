//! `policyc scan`: visit pages in the machine's headless Chromium over the
//! DevTools protocol (the `headless_chrome` crate), before and after clicking
//! a consent button, and record what the site stores: every cookie with its
//! real expiry and domain (set by a response or by a script), the setter of
//! those set by a response, local storage keys (never values) and the
//! third-party hosts contacted. The recording is a Playwright storageState
//! without values plus a `policyc` object, which `check --observed` reads.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use headless_chrome::protocol::cdp::types::{Event, Method};
use headless_chrome::{Browser, LaunchOptions, Tab};
use serde::{Deserialize, Serialize};

use super::observed::{host_of, origin_and_path, registrable, set_cookie_life, Life};

/// What to scan.
#[derive(Debug, Clone)]
pub struct Options {
    /// Pages to visit, in order; the first is the site.
    pub urls: Vec<String>,
    /// The consent button's CSS selector.
    pub consent_selector: Option<String>,
    /// The browser executable.
    pub browser: PathBuf,
    /// How long to let scripts run on each page.
    pub settle: Duration,
}

/// Why a scan failed.
#[derive(Debug)]
pub enum ScanError {
    /// The browser did not start.
    Launch(String),
    /// A page or the protocol failed.
    Page(String),
    /// The consent button was not found.
    NoConsentButton(String),
}

impl std::fmt::Display for ScanError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ScanError::Launch(e) => write!(f, "the browser did not start: {e}"),
            ScanError::Page(e) => write!(f, "{e}"),
            ScanError::NoConsentButton(s) => write!(
                f,
                "no element matches the consent selector `{s}` on the first page"
            ),
        }
    }
}

/// A recording, as written to a file.
#[derive(Debug, Serialize)]
pub struct Recording {
    /// Cookies after the last visit, without values.
    pub cookies: Vec<RecordedCookie>,
    /// Local storage keys per origin, without values.
    pub origins: Vec<RecordedOrigin>,
    /// What policyc adds.
    pub policyc: Meta,
}

/// One cookie.
#[derive(Debug, Serialize)]
pub struct RecordedCookie {
    /// Name.
    pub name: String,
    /// Domain, as the browser has it (a leading dot for a Domain cookie).
    pub domain: String,
    /// Path.
    pub path: String,
    /// Expiry, seconds since the epoch; -1 for a session cookie.
    pub expires: f64,
    /// HttpOnly.
    #[serde(rename = "httpOnly")]
    pub http_only: bool,
    /// Secure.
    pub secure: bool,
    /// Present before the consent button was clicked (only with a consent selector).
    #[serde(rename = "beforeConsent", skip_serializing_if = "Option::is_none")]
    pub before_consent: Option<bool>,
    /// `Some(false)`: a response set it, but the browser did not keep it (it
    /// blocks some third-party cookies); its expiry is what the response asked for.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub stored: Option<bool>,
}

/// Local storage of one origin.
#[derive(Debug, Serialize)]
pub struct RecordedOrigin {
    /// The origin.
    pub origin: String,
    /// Keys only: `{"name": key}`.
    #[serde(rename = "localStorage")]
    pub local_storage: Vec<Key>,
}

/// A local storage key.
#[derive(Debug, Serialize)]
pub struct Key {
    /// The key.
    pub name: String,
}

/// What policyc adds to the storageState.
#[derive(Debug, Serialize)]
pub struct Meta {
    /// Format version.
    pub version: u32,
    /// When the cookies were read, seconds since the epoch.
    pub recorded: f64,
    /// The first page (origin and path).
    pub site: String,
    /// The pages visited (origin and path).
    pub pages: Vec<String>,
    /// Whether a consent button was clicked.
    pub consent: bool,
    /// Cookies set by a response: which URL (origin and path) set each.
    pub setters: Vec<Setter>,
    /// Hosts of another registrable domain than the site's that the pages contacted.
    #[serde(rename = "thirdPartyHosts")]
    pub third_party_hosts: Vec<String>,
}

/// Which response set a cookie.
#[derive(Debug, Serialize)]
pub struct Setter {
    /// Cookie name.
    pub name: String,
    /// Its domain, lower case without a leading dot.
    pub domain: String,
    /// The URL (origin and path) whose response set it.
    pub url: String,
}

/// `Storage.getCookies`: every cookie of the browser, read into the few fields kept
/// (a local type, so that fields newer browsers add or drop do not break the read).
#[derive(Debug, Serialize)]
struct GetCookies {}

#[derive(Debug, Deserialize)]
struct Cookies {
    cookies: Vec<CdpCookie>,
}

#[derive(Debug, Deserialize)]
struct CdpCookie {
    name: String,
    domain: String,
    #[serde(default)]
    path: String,
    #[serde(default)]
    expires: f64,
    #[serde(default)]
    session: bool,
    #[serde(rename = "httpOnly", default)]
    http_only: bool,
    #[serde(default)]
    secure: bool,
}

impl Method for GetCookies {
    const NAME: &'static str = "Storage.getCookies";
    type ReturnObject = Cookies;
}

/// `Network.enable`, for the events that name requests and their Set-Cookie headers.
#[derive(Debug, Serialize)]
struct NetworkEnable {}

#[derive(Debug, Deserialize)]
struct Empty {}

impl Method for NetworkEnable {
    const NAME: &'static str = "Network.enable";
    type ReturnObject = Empty;
}

/// The browser to use: `--browser`, else `POLICYC_CHROMIUM`, else Chromium or Chrome on the PATH.
pub fn find_browser(given: Option<&Path>) -> Option<PathBuf> {
    if let Some(p) = given {
        return Some(p.to_path_buf());
    }
    if let Some(p) = std::env::var_os("POLICYC_CHROMIUM").filter(|p| !p.is_empty()) {
        return Some(PathBuf::from(p));
    }
    let path = std::env::var_os("PATH")?;
    for name in [
        "chromium",
        "chromium-browser",
        "google-chrome",
        "google-chrome-stable",
        "chrome",
    ] {
        for dir in std::env::split_paths(&path) {
            let p = dir.join(name);
            if p.is_file() {
                return Some(p);
            }
        }
    }
    None
}

/// Whether this process runs as root, where Chromium's sandbox cannot start.
fn running_as_root() -> bool {
    use std::os::unix::fs::MetadataExt;
    std::fs::metadata("/proc/self").is_ok_and(|m| m.uid() == 0)
}

/// What the network events showed.
#[derive(Default)]
struct Seen {
    /// Request id → URL.
    requests: BTreeMap<String, String>,
    /// (name, domain) → the URL whose response set it.
    setters: BTreeMap<(String, String), String>,
    /// (name, domain) → the longest life a Set-Cookie line asked for (`None`: only deletions).
    asked: BTreeMap<(String, String), Option<Life>>,
    /// Every host contacted.
    hosts: BTreeSet<String>,
    /// Set-Cookie lines of responses whose request was not seen yet (the
    /// protocol may send the extra information first).
    pending: BTreeMap<String, Vec<String>>,
}

impl Seen {
    fn set_by(&mut self, url: &str, lines: Vec<String>) {
        let host = host_of(url).unwrap_or_default();
        let now = SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .map_or(0, |d| i64::try_from(d.as_secs()).unwrap_or(0));
        for line in lines {
            if let Some((name, domain)) = name_and_domain(&line, &host) {
                let life = set_cookie_life(&line, now).flatten();
                let asked = self
                    .asked
                    .entry((name.clone(), domain.clone()))
                    .or_insert(None);
                if life > *asked {
                    *asked = life;
                }
                self.setters
                    .entry((name, domain))
                    .or_insert_with(|| origin_and_path(url));
            }
        }
    }
}

/// Visits the pages and records what they store.
pub fn scan(opts: &Options) -> Result<Recording, ScanError> {
    let site = opts
        .urls
        .first()
        .and_then(|u| host_of(u))
        .map(|h| registrable(&h))
        .ok_or_else(|| ScanError::Page("give at least one http(s) URL".into()))?;
    let profile = std::env::temp_dir().join(format!(
        "policyc-scan-{}-{}",
        std::process::id(),
        SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .map_or(0, |d| d.as_nanos())
    ));
    let result = scan_with_profile(opts, &site, &profile);
    let _ = std::fs::remove_dir_all(&profile);
    result
}

fn scan_with_profile(opts: &Options, site: &str, profile: &Path) -> Result<Recording, ScanError> {
    // Without the background-networking flags Chromium calls its own services, which a
    // closed network refuses; a fresh profile so that nothing is carried over.
    let args: Vec<&std::ffi::OsStr> = [
        "--disable-gpu",
        "--disable-quic",
        "--disable-component-update",
        "--disable-background-networking",
        "--no-first-run",
        "--disable-sync",
    ]
    .iter()
    .map(std::ffi::OsStr::new)
    .collect();
    let launch = LaunchOptions::default_builder()
        .path(Some(opts.browser.clone()))
        .headless(true)
        .sandbox(!running_as_root())
        .user_data_dir(Some(profile.to_path_buf()))
        .args(args)
        .idle_browser_timeout(Duration::from_secs(120))
        .build()
        .map_err(|e| ScanError::Launch(e.to_string()))?;
    let browser = Browser::new(launch).map_err(|e| ScanError::Launch(format!("{e:#}")))?;
    let tab = browser
        .new_tab()
        .map_err(|e| ScanError::Launch(format!("{e:#}")))?;
    tab.set_default_timeout(Duration::from_secs(30));
    let seen = Arc::new(Mutex::new(Seen::default()));
    let sink = Arc::clone(&seen);
    tab.add_event_listener(Arc::new(move |event: &Event| {
        let Ok(mut seen) = sink.lock() else { return };
        match event {
            Event::NetworkRequestWillBeSent(e) => {
                let url = e.params.request.url.clone();
                if let Some(h) = host_of(&url) {
                    seen.hosts.insert(h);
                }
                if let Some(lines) = seen.pending.remove(&e.params.request_id) {
                    seen.set_by(&url, lines);
                }
                seen.requests.insert(e.params.request_id.clone(), url);
            }
            Event::NetworkResponseReceivedExtraInfo(e) => {
                let lines: Vec<String> = e
                    .params
                    .headers
                    .0
                    .iter()
                    .flat_map(set_cookie_lines)
                    .collect();
                match seen.requests.get(&e.params.request_id).cloned() {
                    Some(url) => seen.set_by(&url, lines),
                    None => {
                        seen.pending
                            .entry(e.params.request_id.clone())
                            .or_default()
                            .extend(lines);
                    }
                }
            }
            _ => {}
        }
    }))
    .map_err(|e| ScanError::Page(format!("{e:#}")))?;
    tab.call_method(NetworkEnable {})
        .map_err(|e| ScanError::Page(format!("{e:#}")))?;

    let mut storage: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    let mut before: Option<BTreeSet<(String, String)>> = None;
    visit_all(&tab, opts, &mut storage)?;
    if let Some(selector) = &opts.consent_selector {
        let first = &opts.urls[0];
        before = Some(
            cookies(&tab)?
                .iter()
                .map(|c| (c.name.clone(), c.domain.clone()))
                .collect(),
        );
        visit(&tab, first, opts.settle)?;
        let button = tab
            .wait_for_element_with_custom_timeout(selector, Duration::from_secs(10))
            .map_err(|_| ScanError::NoConsentButton(selector.clone()))?;
        button
            .click()
            .map_err(|e| ScanError::Page(format!("cannot click `{selector}`: {e:#}")))?;
        std::thread::sleep(opts.settle);
        visit_all(&tab, opts, &mut storage)?;
    }
    let recorded = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0.0, |d| d.as_secs_f64());
    let all = cookies(&tab)?;
    let seen = seen
        .lock()
        .map_err(|_| ScanError::Page("the event listener failed".into()))?;
    let kept: BTreeSet<(String, String)> = all
        .iter()
        .map(|c| (c.name.clone(), c.domain.trim_start_matches('.').to_string()))
        .collect();
    // Cookies a response set that the browser did not keep: the site still sets them.
    let refused: Vec<RecordedCookie> = seen
        .asked
        .iter()
        .filter(|(key, _)| !kept.contains(*key))
        .filter_map(|((name, domain), life)| {
            let expires = match (*life)? {
                Life::Session | Life::Unknown => -1.0,
                Life::Seconds(s) => recorded + s as f64,
            };
            Some(RecordedCookie {
                name: name.clone(),
                domain: domain.clone(),
                path: "/".into(),
                expires,
                http_only: false,
                secure: false,
                before_consent: None,
                stored: Some(false),
            })
        })
        .collect();
    let cookies = all
        .into_iter()
        .map(|c| RecordedCookie {
            stored: None,
            before_consent: before
                .as_ref()
                .map(|b| b.contains(&(c.name.clone(), c.domain.clone()))),
            expires: if c.session { -1.0 } else { c.expires },
            name: c.name,
            domain: c.domain,
            path: c.path,
            http_only: c.http_only,
            secure: c.secure,
        })
        .chain(refused)
        .collect();
    let third_party_hosts = seen
        .hosts
        .iter()
        .filter(|h| registrable(h) != site)
        .cloned()
        .collect();
    Ok(Recording {
        cookies,
        origins: storage
            .into_iter()
            .map(|(origin, keys)| RecordedOrigin {
                origin,
                local_storage: keys.into_iter().map(|name| Key { name }).collect(),
            })
            .collect(),
        policyc: Meta {
            version: 1,
            recorded,
            site: origin_and_path(&opts.urls[0]),
            pages: opts.urls.iter().map(|u| origin_and_path(u)).collect(),
            consent: opts.consent_selector.is_some(),
            setters: seen
                .setters
                .iter()
                .map(|((name, domain), url)| Setter {
                    name: name.clone(),
                    domain: domain.clone(),
                    url: url.clone(),
                })
                .collect(),
            third_party_hosts,
        },
    })
}

fn visit_all(
    tab: &Arc<Tab>,
    opts: &Options,
    storage: &mut BTreeMap<String, BTreeSet<String>>,
) -> Result<(), ScanError> {
    for url in &opts.urls {
        visit(tab, url, opts.settle)?;
        // Keys only: the values are what the site stored about the visitor.
        let keys = tab
            .evaluate(
                "JSON.stringify([location.origin, Object.keys(window.localStorage)])",
                false,
            )
            .ok()
            .and_then(|o| o.value)
            .and_then(|v| v.as_str().map(str::to_string))
            .and_then(|s| serde_json::from_str::<(String, Vec<String>)>(&s).ok());
        if let Some((origin, keys)) = keys {
            storage.entry(origin).or_default().extend(keys);
        }
    }
    Ok(())
}

fn visit(tab: &Arc<Tab>, url: &str, settle: Duration) -> Result<(), ScanError> {
    let shown = origin_and_path(url);
    tab.navigate_to(url)
        .and_then(|t| t.wait_until_navigated())
        .map_err(|e| ScanError::Page(format!("cannot load {shown}: {e:#}")))?;
    // Let scripts run and set their cookies; bounded.
    let until = Instant::now() + settle;
    while Instant::now() < until {
        std::thread::sleep(Duration::from_millis(50));
    }
    Ok(())
}

fn cookies(tab: &Arc<Tab>) -> Result<Vec<CdpCookie>, ScanError> {
    tab.call_method(GetCookies {})
        .map(|c| c.cookies)
        .map_err(|e| ScanError::Page(format!("cannot read the cookies: {e:#}")))
}

/// The Set-Cookie lines of a DevTools header object (one header, lines joined by newlines).
fn set_cookie_lines(headers: &serde_json::Value) -> Vec<String> {
    headers
        .as_object()
        .into_iter()
        .flatten()
        .filter(|(k, _)| k.eq_ignore_ascii_case("set-cookie"))
        .filter_map(|(_, v)| v.as_str())
        .flat_map(|v| v.split('\n').map(str::to_string).collect::<Vec<_>>())
        .collect()
}

/// A Set-Cookie line's name and domain (its Domain attribute, else the host).
fn name_and_domain(line: &str, host: &str) -> Option<(String, String)> {
    let c = cookie::Cookie::parse(line.trim()).ok()?;
    let domain = c
        .domain()
        .map(|d| d.trim_start_matches('.').to_ascii_lowercase())
        .filter(|d| !d.is_empty())
        .unwrap_or_else(|| host.to_string());
    Some((c.name().to_string(), domain))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn set_cookie_headers_name_their_cookie_and_domain() {
        let headers = serde_json::json!({"Content-Type": "text/html", "set-cookie": "a=1; Path=/\nb=2; Domain=.Shop.test"});
        let lines = set_cookie_lines(&headers);
        assert_eq!(lines.len(), 2);
        assert_eq!(
            name_and_domain(&lines[0], "www.shop.test"),
            Some(("a".into(), "www.shop.test".into()))
        );
        assert_eq!(
            name_and_domain(&lines[1], "www.shop.test"),
            Some(("b".into(), "shop.test".into()))
        );
    }
}

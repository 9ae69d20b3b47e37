//! `policyc scan`: visit pages in the machine's headless Chromium over the
//! DevTools protocol (`devtools.rs`), before and after clicking
//! a consent button, and record what the site stores: every cookie with its
//! real expiry and domain (set by a response or by a script), the setter of
//! those set by a response, local storage keys (never values) and the
//! third-party hosts contacted. The recording is a Playwright storageState
//! without values plus a `policyc` object, which `check --observed` reads.

use std::cell::RefCell;
use std::collections::{BTreeMap, BTreeSet, HashSet};
use std::path::{Path, PathBuf};
use std::rc::Rc;
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use serde::{Deserialize, Serialize};
use serde_json::json;

use super::devtools::{self, Browser, Launch};

use super::observed::{
    host_of, origin_and_path, redact_values, registrable, set_cookie_life, values_in, Life,
    MIN_REDACTED_VALUE,
};

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
    /// How long a page may take to load before it counts as failed.
    pub timeout: Duration,
    /// How many pages of the same site, found by following links, to visit besides `urls`.
    pub crawl: usize,
}

/// Why a scan failed as a whole (a page that fails is a [`Failure`] of the recording).
#[derive(Debug)]
pub enum ScanError {
    /// The executable is not a Chromium or Chrome that answers `--version`.
    NotABrowser(String),
    /// The browser did not start.
    Launch(String),
    /// The protocol failed outside any page.
    Page(String),
    /// The consent button was not found.
    NoConsentButton(String),
    /// No page loaded at all: there is nothing to write.
    NothingLoaded(Vec<Failure>),
}

impl std::fmt::Display for ScanError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ScanError::NotABrowser(e) => write!(f, "{e}"),
            ScanError::Launch(e) => write!(f, "the browser did not start: {e}"),
            ScanError::Page(e) => write!(f, "{e}"),
            ScanError::NoConsentButton(s) => write!(
                f,
                "no element matches the consent selector `{s}` on the first page"
            ),
            ScanError::NothingLoaded(failed) => {
                write!(f, "no page loaded, nothing was recorded")?;
                for x in failed {
                    write!(f, "; {}: {}", x.url, x.reason)?;
                }
                Ok(())
            }
        }
    }
}

/// A page that could not be visited.
#[derive(Debug, Clone, Serialize)]
pub struct Failure {
    /// Its origin and path.
    pub url: String,
    /// Why, in words: the browser's network error, or the timeout.
    pub reason: String,
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
    /// `Some(false)`: a response or a script set it, but the browser did not
    /// keep it (it blocks some third-party cookies); its expiry is what was asked for.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub stored: Option<bool>,
    /// The browser kept it, then a later response or script deleted it: the
    /// URL (origin and path) that deleted it. Its expiry is what was asked for.
    #[serde(rename = "deletedBy", skip_serializing_if = "Option::is_none")]
    pub deleted_by: Option<String>,
}

/// Local storage of one origin.
#[derive(Debug, Serialize)]
pub struct RecordedOrigin {
    /// The origin.
    pub origin: String,
    /// Keys only: `{"name": key}`.
    #[serde(rename = "localStorage")]
    pub local_storage: Vec<Key>,
    /// Session storage keys (not in Playwright's storageState; policyc's own).
    #[serde(rename = "sessionStorage", skip_serializing_if = "Vec::is_empty")]
    pub session_storage: Vec<Key>,
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
    /// Pages that could not be visited.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub failed: Vec<Failure>,
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
/// (so that fields newer browsers add or drop do not break the read).
#[derive(Debug, Deserialize)]
struct Cookies {
    cookies: Vec<CdpCookie>,
}

#[derive(Debug, Deserialize)]
struct CdpCookie {
    name: String,
    /// Read only to redact it from the URLs recorded; never written.
    #[serde(default)]
    value: String,
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

/// The name of the binding through which every frame's script reports the
/// cookies it writes to `document.cookie`.
const BINDING: &str = "__policycCookie";

/// Runs in every frame before the page's own scripts: each write to
/// `document.cookie` is reported as the frame's URL and the cookie line with
/// its value replaced by `x` (the value never leaves the page), then done.
const COOKIE_HOOK: &str = r#"(() => {
  const d = Object.getOwnPropertyDescriptor(Document.prototype, 'cookie');
  if (!d || !d.set || !d.get) return;
  const report = globalThis.__policycCookie;
  Object.defineProperty(Document.prototype, 'cookie', {
    configurable: true,
    enumerable: d.enumerable,
    get() { return d.get.call(this); },
    set(v) {
      try {
        const s = String(v);
        const i = s.indexOf(';');
        const head = i < 0 ? s : s.slice(0, i);
        const eq = head.indexOf('=');
        if (eq > 0 && typeof report === 'function') {
          report(JSON.stringify([location.href, head.slice(0, eq).trim() + '=x' + (i < 0 ? '' : s.slice(i))]));
        }
      } catch (e) {}
      return d.set.call(this, v);
    },
  });
})();"#;

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

/// Asks the executable for its version, at most 15 seconds: something that
/// is not Chromium or Chrome (`/bin/true`) is refused at once, instead of
/// the DevTools client waiting minutes for a port it will never open.
pub fn check_browser(path: &Path) -> Result<String, ScanError> {
    use std::io::Read;
    let shown = path.display().to_string();
    let mut child = std::process::Command::new(path)
        .arg("--version")
        .stdin(std::process::Stdio::null())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::null())
        .spawn()
        .map_err(|e| ScanError::NotABrowser(format!("cannot run the browser `{shown}`: {e}")))?;
    let deadline = Instant::now() + Duration::from_secs(15);
    let status = loop {
        match child.try_wait() {
            Ok(Some(status)) => break status,
            Ok(None) if Instant::now() < deadline => std::thread::sleep(Duration::from_millis(20)),
            _ => {
                let _ = child.kill();
                let _ = child.wait();
                return Err(ScanError::NotABrowser(format!(
                    "the browser `{shown}` did not answer `--version` within 15 s"
                )));
            }
        }
    };
    let mut out = String::new();
    if let Some(o) = child.stdout.take() {
        let _ = o.take(4096).read_to_string(&mut out);
    }
    let version = out.trim().to_string();
    let looks_right = ["Chromium", "Chrome", "Google"]
        .iter()
        .any(|w| version.contains(w));
    if !status.success() || !looks_right {
        let said = if version.is_empty() {
            "nothing".to_string()
        } else {
            format!("`{}`", version.lines().next().unwrap_or(""))
        };
        return Err(ScanError::NotABrowser(format!(
            "`{shown}` is not Chromium or Chrome: asked for its version, it printed {said}{}",
            if status.success() {
                String::new()
            } else {
                format!(" and exited with {status}")
            }
        )));
    }
    Ok(version)
}

/// Whether this process runs as root, where Chromium's sandbox cannot start.
fn running_as_root() -> bool {
    use std::os::unix::fs::MetadataExt;
    std::fs::metadata("/proc/self").is_ok_and(|m| m.uid() == 0)
}

/// One thing a response or a script did to a cookie.
#[derive(Debug, Clone)]
struct Event {
    /// The URL (origin and path) of the response, or of the frame whose script did it.
    url: String,
    /// What it asked for; `None`: a deletion.
    life: Option<Life>,
    /// The browser refused it (a blocked third-party cookie).
    blocked: bool,
    /// A script did it, not a response.
    script: bool,
    /// Before the consent button was clicked.
    before_consent: bool,
}

/// What the network events and the scripts showed.
#[derive(Default)]
struct Seen {
    /// Request id → the URL of each hop of its redirect chain, in order.
    hops: BTreeMap<String, Vec<String>>,
    /// Request id → how many responses (ExtraInfo events) were read: the next one is that hop's.
    answered: BTreeMap<String, usize>,
    /// Responses whose hop URL was not seen yet (the protocol may send the
    /// extra information first): (request id, hop) → lines and the refused ones.
    pending: BTreeMap<(String, usize), (Vec<String>, Vec<String>)>,
    /// (name, domain) → what was done to it, in order.
    history: BTreeMap<(String, String), Vec<Event>>,
    /// Every host contacted.
    hosts: BTreeSet<String>,
    /// Cookie values seen, only to redact them from URLs; never written.
    values: HashSet<String>,
    /// Whether the consent button has been clicked.
    consented: bool,
}

impl Seen {
    /// Set-Cookie lines of a response (`refused`: those the browser blocked) or of a script.
    fn set_by(&mut self, url: &str, lines: &[String], refused: &[String], script: bool) {
        let host = host_of(url).unwrap_or_default();
        let now = SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .map_or(0, |d| i64::try_from(d.as_secs()).unwrap_or(0));
        for line in lines {
            if !script {
                self.values.extend(values_in(line, true));
            }
            let Some((name, domain)) = name_and_domain(line, &host) else {
                continue;
            };
            let Some(life) = set_cookie_life(line, now) else {
                continue;
            };
            let before_consent = !self.consented;
            self.history.entry((name, domain)).or_default().push(Event {
                url: origin_and_path(url),
                life,
                blocked: refused.iter().any(|r| r.trim() == line.trim()),
                script,
                before_consent,
            });
        }
    }

    /// A request, or the next hop of a redirect chain (`redirected`: the
    /// previous hop's response, and whether the protocol sent its extra
    /// information, which holds the Set-Cookie lines).
    fn request(&mut self, id: &str, url: &str, redirected: Option<bool>) {
        if let Some(h) = host_of(url) {
            self.hosts.insert(h);
        }
        let hops = self.hops.entry(id.to_string()).or_default();
        hops.push(url.to_string());
        let hop = hops.len() - 1;
        if redirected == Some(false) && hop > 0 {
            // The previous hop will have no extra information: the next one
            // read belongs to this hop, and so does one read already.
            let n = self.answered.entry(id.to_string()).or_insert(0);
            if *n < hop {
                *n = hop;
            }
            if let Some(early) = self.pending.remove(&(id.to_string(), hop - 1)) {
                self.pending.insert((id.to_string(), hop), early);
            }
        }
        if let Some((lines, refused)) = self.pending.remove(&(id.to_string(), hop)) {
            self.set_by(url, &lines, &refused, false);
        }
    }

    /// The extra information of a response: its Set-Cookie lines, and those
    /// the browser refused. The n-th of a request id is its n-th hop's.
    fn response(&mut self, id: &str, lines: Vec<String>, refused: Vec<String>) {
        let hop = {
            let n = self.answered.entry(id.to_string()).or_insert(0);
            *n += 1;
            *n - 1
        };
        match self.hops.get(id).and_then(|h| h.get(hop)).cloned() {
            Some(url) => self.set_by(&url, &lines, &refused, false),
            None => {
                self.pending.insert((id.to_string(), hop), (lines, refused));
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
    check_browser(&opts.browser)?;
    // One folder for the profile and for what Chromium puts in TMPDIR
    // (`.org.chromium.Chromium.*`), removed whatever happens.
    // A short name: Chromium puts a Unix socket (at most 107 bytes of path) in its TMPDIR.
    let root = std::env::temp_dir().join(format!(
        "policyc-scan-{}-{:x}",
        std::process::id(),
        SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .map_or(0, |d| d.subsec_nanos())
    ));
    let result = std::fs::create_dir_all(root.join("tmp"))
        .map_err(|e| ScanError::Launch(format!("cannot make a temporary folder: {e}")))
        .and_then(|()| scan_in(opts, &site, &root));
    remove_folder(&root);
    result
}

/// Removes a folder the browser wrote into: its helper processes may still
/// write for a moment after it was stopped, so it is tried again for up to 5 s.
fn remove_folder(dir: &Path) {
    let until = Instant::now() + Duration::from_secs(5);
    loop {
        let _ = std::fs::remove_dir_all(dir);
        if !dir.exists() || Instant::now() > until {
            return;
        }
        std::thread::sleep(Duration::from_millis(100));
    }
}

fn scan_in(opts: &Options, site: &str, root: &Path) -> Result<Recording, ScanError> {
    // Without the background-networking flags Chromium calls its own services, which a
    // closed network refuses; a fresh profile so that nothing is carried over. Site
    // isolation off: third-party iframes run in the page's own process, so that their
    // requests, cookies, scripts and storage are seen through the page's connection.
    let args = [
        "--disable-gpu",
        "--disable-quic",
        "--disable-component-update",
        "--disable-site-isolation-trials",
        "--disable-features=TranslateUI,BlinkGenPropertyTrees,IsolateOrigins,site-per-process",
    ];
    let launch = Launch {
        program: &opts.browser,
        profile: root.join("profile"),
        log: root.join("browser.log"),
        args: &args,
        envs: &[("TMPDIR", root.join("tmp"))],
        sandbox: !running_as_root(),
        timeout: opts.timeout,
    };
    let mut browser = Browser::launch(&launch).map_err(ScanError::Launch)?;
    let result = record(&mut browser, opts, site);
    // Stop the browser before its folder is removed.
    browser.close();
    result
}

/// The events a scan listens to: requests and their redirects, the
/// Set-Cookie lines of each response, and the cookies scripts write.
fn listen(seen: &mut Seen, method: &str, params: &serde_json::Value) {
    match method {
        "Network.requestWillBeSent" => {
            let redirected = params
                .get("redirectResponse")
                .map(|_| params["redirectHasExtraInfo"].as_bool().unwrap_or(false));
            if let (Some(id), Some(url)) = (
                params["requestId"].as_str(),
                params["request"]["url"].as_str(),
            ) {
                seen.request(id, url, redirected);
            }
        }
        "Network.responseReceivedExtraInfo" => {
            let Some(id) = params["requestId"].as_str() else {
                return;
            };
            let lines = set_cookie_lines(&params["headers"]);
            let refused: Vec<String> = params["blockedCookies"]
                .as_array()
                .into_iter()
                .flatten()
                .filter_map(|b| b["cookieLine"].as_str().map(str::to_string))
                .collect();
            seen.response(id, lines, refused);
        }
        "Runtime.bindingCalled" if params["name"] == BINDING => {
            if let Some(Ok((url, line))) = params["payload"]
                .as_str()
                .map(serde_json::from_str::<(String, String)>)
            {
                seen.set_by(&url, &[line], &[], true);
            }
        }
        _ => {}
    }
}

fn record(browser: &mut Browser, opts: &Options, site: &str) -> Result<Recording, ScanError> {
    let seen = Rc::new(RefCell::new(Seen::default()));
    let sink = Rc::clone(&seen);
    browser.listen(Box::new(move |method, params| {
        listen(&mut sink.borrow_mut(), method, params)
    }));
    for (method, params) in [
        ("Network.enable", json!({})),
        ("Runtime.enable", json!({})),
        ("Page.enable", json!({})),
        ("Page.setLifecycleEventsEnabled", json!({"enabled": true})),
        // Every frame's script reports the cookies it writes through this binding.
        ("Runtime.addBinding", json!({"name": BINDING})),
        (
            "Page.addScriptToEvaluateOnNewDocument",
            json!({ "source": COOKIE_HOOK }),
        ),
    ] {
        browser
            .call(method, params)
            .map_err(|e| ScanError::Page(format!("{method}: {e}")))?;
    }
    // Storage of every frame is read through DOMStorage; a browser without it falls back to the page's own.
    let _ = browser.call("DOMStorage.enable", json!({}));

    let mut storage = Storage::default();
    let mut failed: Vec<Failure> = Vec::new();
    let mut pages: Vec<String> = Vec::new();
    // The pages given, then (with --crawl) same-site pages their links lead to.
    let mut queue: std::collections::VecDeque<String> = opts.urls.iter().cloned().collect();
    let mut queued: BTreeSet<String> = opts.urls.iter().map(|u| without_fragment(u)).collect();
    let mut crawled = 0;
    while let Some(url) = queue.pop_front() {
        match visit(browser, &url, opts) {
            Ok(()) => {
                pages.push(url.clone());
                storage.read(browser);
                for link in links(browser, site) {
                    if crawled < opts.crawl && queued.insert(link.clone()) {
                        crawled += 1;
                        queue.push_back(link);
                    }
                }
            }
            Err(f) => failed.push(f),
        }
    }
    if pages.is_empty() {
        return Err(ScanError::NothingLoaded(failed));
    }
    let mut before: Option<BTreeSet<(String, String)>> = None;
    if let Some(selector) = &opts.consent_selector {
        let first = pages[0].clone();
        before = Some(
            cookies(browser)?
                .iter()
                .map(|c| (c.name.clone(), c.domain.clone()))
                .collect(),
        );
        if let Err(f) = visit(browser, &first, opts) {
            failed.push(f);
        }
        let Some((x, y)) = find_element(browser, selector, Duration::from_secs(10)) else {
            return Err(ScanError::NoConsentButton(selector.clone()));
        };
        seen.borrow_mut().consented = true;
        click(browser, x, y)
            .map_err(|e| ScanError::Page(format!("cannot click `{selector}`: {e}")))?;
        settle(browser, opts);
        storage.read(browser);
        for url in pages.clone() {
            match visit(browser, &url, opts) {
                Ok(()) => storage.read(browser),
                Err(f) => failed.push(f),
            }
        }
    }
    let recorded = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0.0, |d| d.as_secs_f64());
    let all = cookies(browser)?;
    // The listener goes with the browser; what it heard is complete now.
    browser.listen(Box::new(|_, _| {}));
    let mut seen = seen.borrow_mut();
    let values: HashSet<String> = std::mem::take(&mut seen.values)
        .into_iter()
        .chain(all.iter().map(|c| c.value.clone()))
        .filter(|v| v.len() >= MIN_REDACTED_VALUE)
        .collect();
    let shown = |url: &str| redact_values(&origin_and_path(url), &values);
    let kept: BTreeSet<(String, String)> = all
        .iter()
        .map(|c| (c.name.clone(), c.domain.trim_start_matches('.').to_string()))
        .collect();
    let mut setters = Vec::new();
    let mut gone = Vec::new();
    for ((name, domain), events) in &seen.history {
        // The response that first set it (a script-set cookie has none).
        if let Some(e) = events
            .iter()
            .find(|e| !e.script && !e.blocked && e.life.is_some())
            .or_else(|| events.iter().find(|e| !e.script && e.life.is_some()))
        {
            setters.push(Setter {
                name: name.clone(),
                domain: domain.clone(),
                url: shown(&e.url),
            });
        }
        if kept.contains(&(name.clone(), domain.clone())) {
            continue;
        }
        // Not in the browser at the end: deleted after it was kept, or never kept.
        let longest = events.iter().filter_map(|e| e.life).max();
        let Some(life) = longest else { continue };
        let was_kept = events.iter().any(|e| e.life.is_some() && !e.blocked);
        let deleted_by = match events.last() {
            Some(last) if last.life.is_none() && was_kept => Some(shown(&last.url)),
            _ => None,
        };
        if deleted_by.is_none() && was_kept && !events.iter().any(|e| e.blocked) {
            // Kept, not deleted, yet gone: it expired during the visit (Max-Age=1).
            if matches!(life, Life::Seconds(s) if s <= 5) {
                continue;
            }
        }
        let expires = match life {
            Life::Session | Life::Unknown => -1.0,
            Life::Seconds(s) => recorded + s as f64,
        };
        gone.push(RecordedCookie {
            name: name.clone(),
            domain: domain.clone(),
            path: "/".into(),
            expires,
            http_only: false,
            secure: false,
            before_consent: opts
                .consent_selector
                .as_ref()
                .map(|_| events.iter().any(|e| e.life.is_some() && e.before_consent)),
            stored: if deleted_by.is_some() {
                None
            } else {
                Some(false)
            },
            deleted_by,
        });
    }
    let mut cookies: Vec<RecordedCookie> = all
        .into_iter()
        .map(|c| RecordedCookie {
            stored: None,
            deleted_by: None,
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
        .chain(gone)
        .collect();
    // The browser's own order varies from run to run; a recording does not.
    cookies.sort_by(|a, b| {
        (a.domain.trim_start_matches('.'), &a.name, &a.path).cmp(&(
            b.domain.trim_start_matches('.'),
            &b.name,
            &b.path,
        ))
    });
    let third_party_hosts = seen
        .hosts
        .iter()
        .filter(|h| registrable(h) != site)
        .cloned()
        .collect();
    for f in &mut failed {
        f.url = shown(&f.url);
    }
    Ok(Recording {
        cookies,
        origins: storage.into_origins(),
        policyc: Meta {
            version: 1,
            recorded,
            site: shown(&opts.urls[0]),
            pages: pages.iter().map(|u| shown(u)).collect(),
            consent: opts.consent_selector.is_some(),
            setters,
            third_party_hosts,
            failed,
        },
    })
}

/// Local and session storage keys per origin, of every frame.
#[derive(Default)]
struct Storage(BTreeMap<String, (BTreeSet<String>, BTreeSet<String>)>);

impl Storage {
    /// The keys (never the values) of every frame's storage, now.
    fn read(&mut self, browser: &mut Browser) {
        let mut frames = Vec::new();
        if let Ok(tree) = browser.call("Page.getFrameTree", json!({})) {
            collect_frames(&tree["frameTree"], &mut frames);
        }
        let mut read_any = false;
        for (id, origin) in frames {
            if !(origin.starts_with("http://") || origin.starts_with("https://")) {
                continue;
            }
            let key = browser
                .call("Storage.getStorageKeyForFrame", json!({ "frameId": id }))
                .ok()
                .and_then(|v| v["storageKey"].as_str().map(str::to_string));
            for local in [true, false] {
                let storage_id = match &key {
                    Some(k) => json!({"storageKey": k, "isLocalStorage": local}),
                    None => json!({"securityOrigin": origin, "isLocalStorage": local}),
                };
                let Ok(items) = browser.call(
                    "DOMStorage.getDOMStorageItems",
                    json!({ "storageId": storage_id }),
                ) else {
                    continue;
                };
                read_any = true;
                let keys = items["entries"]
                    .as_array()
                    .into_iter()
                    .flatten()
                    .filter_map(|pair| pair.get(0).and_then(|k| k.as_str()))
                    .map(str::to_string);
                let entry = self.0.entry(origin.clone()).or_default();
                if local {
                    entry.0.extend(keys);
                } else {
                    entry.1.extend(keys);
                }
            }
        }
        if !read_any {
            // Keys only: the values are what the site stored about the visitor.
            let keys = evaluate(
                browser,
                "JSON.stringify([location.origin, Object.keys(window.localStorage), Object.keys(window.sessionStorage)])",
            )
            .and_then(|v| v.as_str().map(str::to_string))
            .and_then(|s| serde_json::from_str::<(String, Vec<String>, Vec<String>)>(&s).ok());
            if let Some((origin, local, session)) = keys {
                let entry = self.0.entry(origin).or_default();
                entry.0.extend(local);
                entry.1.extend(session);
            }
        }
    }

    fn into_origins(self) -> Vec<RecordedOrigin> {
        self.0
            .into_iter()
            .filter(|(_, (l, s))| !(l.is_empty() && s.is_empty()))
            .map(|(origin, (local, session))| RecordedOrigin {
                origin,
                local_storage: local.into_iter().map(|name| Key { name }).collect(),
                session_storage: session.into_iter().map(|name| Key { name }).collect(),
            })
            .collect()
    }
}

/// Every frame of a `Page.getFrameTree` answer: its id and security origin.
fn collect_frames(tree: &serde_json::Value, out: &mut Vec<(String, String)>) {
    let frame = &tree["frame"];
    if let (Some(id), Some(origin)) = (frame["id"].as_str(), frame["securityOrigin"].as_str()) {
        out.push((id.to_string(), origin.to_string()));
    }
    for child in tree["childFrames"].as_array().into_iter().flatten() {
        collect_frames(child, out);
    }
}

/// A URL without its fragment: pages that differ only there are one page.
fn without_fragment(url: &str) -> String {
    url.split('#').next().unwrap_or(url).to_string()
}

/// The same-site http(s) links of the page, in document order, without
/// fragments, skipping files that are not pages.
fn links(browser: &mut Browser, site: &str) -> Vec<String> {
    const NOT_PAGES: &[&str] = &[
        ".pdf", ".zip", ".jpg", ".jpeg", ".png", ".gif", ".svg", ".webp", ".mp4", ".mp3", ".css",
        ".js", ".xml", ".json", ".ico", ".dmg", ".exe",
    ];
    let found = evaluate(
        browser,
        "JSON.stringify(Array.from(document.querySelectorAll('a[href]'), a => a.href))",
    )
    .and_then(|v| v.as_str().map(str::to_string))
    .and_then(|s| serde_json::from_str::<Vec<String>>(&s).ok())
    .unwrap_or_default();
    let mut out: Vec<String> = Vec::new();
    for href in found {
        if !(href.starts_with("http://") || href.starts_with("https://")) {
            continue;
        }
        if host_of(&href).map(|h| registrable(&h)).as_deref() != Some(site) {
            continue;
        }
        let url = without_fragment(&href);
        let path = origin_and_path(&url).to_ascii_lowercase();
        if NOT_PAGES.iter().any(|x| path.ends_with(x)) {
            continue;
        }
        if !out.contains(&url) {
            out.push(url);
        }
    }
    out
}

/// Loads a page and lets its scripts run; a page that fails is a [`Failure`].
fn visit(browser: &mut Browser, url: &str, opts: &Options) -> Result<(), Failure> {
    let fail = |reason: String| Failure {
        url: origin_and_path(url),
        reason,
    };
    let timed_out = || {
        fail(format!(
            "it did not finish loading within {} s (the --timeout)",
            opts.timeout.as_secs()
        ))
    };
    let until = Instant::now() + opts.timeout;
    // `Page.navigate` answers once the response has begun (a server that never
    // answers holds it), with the navigation's loader; the page has loaded when
    // that loader's `load` lifecycle event comes, which may come first.
    let mut loaded: HashSet<String> = HashSet::new();
    let answer = browser
        .send("Page.navigate", json!({ "url": url }), true)
        .and_then(|id| {
            browser.answer_observing(id, until, |method, params| {
                note_load(&mut loaded, method, params)
            })
        });
    let answer = match answer {
        Ok(a) => a,
        Err(devtools::Error::Timeout) => {
            let _ = browser.call("Page.stopLoading", json!({}));
            return Err(timed_out());
        }
        Err(e) => return Err(fail(format!("cannot load it: {}", short_error(&e)))),
    };
    if let Some(error) = answer["errorText"].as_str().filter(|e| !e.is_empty()) {
        return Err(fail(format!("cannot load it: {}", short_error(&error))));
    }
    // No loader: the same document (a fragment), nothing more to load.
    if let Some(loader) = answer["loaderId"].as_str() {
        let done = loaded.contains(loader)
            || browser
                .wait_for(until, |method, params| {
                    method == "Page.lifecycleEvent"
                        && params["name"] == "load"
                        && params["loaderId"] == loader
                })
                .map_err(|e| fail(format!("cannot load it: {}", short_error(&e))))?;
        if !done {
            let _ = browser.call("Page.stopLoading", json!({}));
            return Err(timed_out());
        }
    }
    // Let scripts run and set their cookies; bounded.
    settle(browser, opts);
    Ok(())
}

/// Notes the loader of each `load` lifecycle event.
fn note_load(loaded: &mut HashSet<String>, method: &str, params: &serde_json::Value) {
    if method == "Page.lifecycleEvent" && params["name"] == "load" {
        if let Some(l) = params["loaderId"].as_str() {
            loaded.insert(l.to_string());
        }
    }
}

/// Lets the page's scripts run for the `--wait` time, hearing what they do.
fn settle(browser: &mut Browser, opts: &Options) {
    let _ = browser.idle(opts.settle);
}

/// A script's value in the page, or none if it threw.
fn evaluate(browser: &mut Browser, expression: &str) -> Option<serde_json::Value> {
    let mut answer = browser
        .call(
            "Runtime.evaluate",
            json!({ "expression": expression, "returnByValue": true }),
        )
        .ok()?;
    if answer.get("exceptionDetails").is_some() {
        return None;
    }
    Some(answer["result"]["value"].take())
}

/// Where on the page the first element `selector` matches is, once it is
/// there (scrolled into view first), waiting at most `within`.
fn find_element(browser: &mut Browser, selector: &str, within: Duration) -> Option<(f64, f64)> {
    // The selector reaches the script as a JSON string: a string literal in JavaScript.
    let script = format!(
        "(() => {{ const e = document.querySelector({}); if (!e) return null; \
         e.scrollIntoView({{block: 'center', inline: 'center'}}); \
         const r = e.getBoundingClientRect(); \
         return [r.left + r.width / 2, r.top + r.height / 2]; }})()",
        serde_json::Value::String(selector.to_string())
    );
    let until = Instant::now() + within;
    loop {
        if let Some(point) = evaluate(browser, &script) {
            if let (Some(x), Some(y)) = (point[0].as_f64(), point[1].as_f64()) {
                return Some((x, y));
            }
        }
        if Instant::now() > until {
            return None;
        }
        let _ = browser.idle(Duration::from_millis(100));
    }
}

/// Clicks at a point of the page as a mouse would: moved, pressed, released.
fn click(browser: &mut Browser, x: f64, y: f64) -> Result<(), devtools::Error> {
    for (kind, count) in [("mouseMoved", 0), ("mousePressed", 1), ("mouseReleased", 1)] {
        browser.call(
            "Input.dispatchMouseEvent",
            json!({"type": kind, "x": x, "y": y, "button": "left", "clickCount": count}),
        )?;
    }
    Ok(())
}

/// A protocol error in one line, as the browser words it (`net::ERR_CONNECTION_REFUSED`).
fn short_error(e: &impl std::fmt::Display) -> String {
    let text = format!("{e:#}");
    match text.find("net::") {
        Some(i) => text[i..]
            .split(|c: char| c.is_whitespace() || c == '"' || c == ',')
            .next()
            .unwrap_or("")
            .to_string(),
        None => text.lines().next().unwrap_or("").to_string(),
    }
}

fn cookies(browser: &mut Browser) -> Result<Vec<CdpCookie>, ScanError> {
    browser
        .call("Storage.getCookies", json!({}))
        .and_then(|v| {
            serde_json::from_value::<Cookies>(v)
                .map_err(|e| devtools::Error::Refused(e.to_string()))
        })
        .map(|c| c.cookies)
        .map_err(|e| ScanError::Page(format!("cannot read the cookies: {e}")))
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

    fn setters(seen: &Seen) -> Vec<(String, String, String)> {
        seen.history
            .iter()
            .map(|((n, d), e)| (n.clone(), d.clone(), e[0].url.clone()))
            .collect()
    }

    #[test]
    fn each_hop_of_a_redirect_chain_is_credited_with_its_own_cookies() {
        let line = |n: &str| vec![format!("{n}=v1234; Max-Age=60")];
        // The usual order: each hop's request, then its response.
        let mut seen = Seen::default();
        seen.request("1", "http://a.test/r1", None);
        seen.response("1", line("hop1"), vec![]);
        seen.request("1", "http://b.test/r2", Some(true));
        seen.response("1", line("hop2"), vec![]);
        let want = vec![
            (
                "hop1".to_string(),
                "a.test".to_string(),
                "http://a.test/r1".to_string(),
            ),
            (
                "hop2".to_string(),
                "b.test".to_string(),
                "http://b.test/r2".to_string(),
            ),
        ];
        assert_eq!(setters(&seen), want);
        // The protocol may send a hop's response before the next hop's
        // request is seen: the response is still that hop's.
        let mut seen = Seen::default();
        seen.request("1", "http://a.test/r1", None);
        seen.response("1", line("hop1"), vec![]);
        seen.response("1", line("hop2"), vec![]);
        seen.request("1", "http://b.test/r2", Some(true));
        assert_eq!(setters(&seen), want);
        // A hop without extra information (no Set-Cookie to read) does not shift the next.
        let mut seen = Seen::default();
        seen.request("1", "http://a.test/r1", None);
        seen.request("1", "http://b.test/r2", Some(false));
        seen.response("1", line("hop2"), vec![]);
        assert_eq!(
            setters(&seen),
            [(
                "hop2".to_string(),
                "b.test".to_string(),
                "http://b.test/r2".to_string()
            )]
        );
    }

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

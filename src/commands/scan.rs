//! `policyc scan`: record a site in headless Chromium, write the recording,
//! or check a policy against it.

use super::Io;
use crate::cli::{CheckArgs, ScanArgs, EXIT_ERROR, EXIT_OK};
use crate::cookies::observed::{self, site_text, Life};
use crate::cookies::scan::{self, Options, ScanError};

/// Runs `scan`.
pub fn run(args: &ScanArgs, io: &mut Io<'_>) -> i32 {
    if let Some(bad) = args
        .urls
        .iter()
        .find(|u| !(u.starts_with("http://") || u.starts_with("https://")))
    {
        let _ = writeln!(
            io.err,
            "error: `{}` is not an http or https URL",
            site_text(&observed::origin_and_path(bad))
        );
        return EXIT_ERROR;
    }
    let Some(browser) = scan::find_browser(args.browser.as_deref()) else {
        let _ = writeln!(
            io.err,
            "error: no Chromium or Chrome found (looked for chromium, chromium-browser, google-chrome and chrome on the PATH)\n\
             help: install one (Debian: `apt-get install chromium`), or name it with --browser PATH or POLICYC_CHROMIUM"
        );
        return EXIT_ERROR;
    };
    if !browser.is_file() {
        let _ = writeln!(
            io.err,
            "error: the browser `{}` does not exist\nhelp: give the path of a Chromium or Chrome executable",
            site_text(&browser.display().to_string())
        );
        return EXIT_ERROR;
    }
    let opts = Options {
        urls: args.urls.clone(),
        consent_selector: args.consent_selector.clone(),
        browser,
        settle: std::time::Duration::from_millis(args.wait.min(60_000)),
        timeout: std::time::Duration::from_secs(args.timeout),
        crawl: usize::try_from(args.crawl).unwrap_or(500),
    };
    let recording = match scan::scan(&opts) {
        Ok(r) => r,
        Err(e) => {
            let help = match e {
                ScanError::NotABrowser(_) => "\nhelp: give the path of a Chromium or Chrome executable with --browser PATH or POLICYC_CHROMIUM",
                ScanError::Launch(_) => "\nhelp: check that the browser runs: `chromium --headless --no-sandbox --dump-dom about:blank`",
                ScanError::NoConsentButton(_) => "\nhelp: give the CSS selector of the accept button, e.g. `#accept` or `button.accept-all`",
                ScanError::NothingLoaded(_) => "\nhelp: check the URLs and the network; a slow site may need a longer --timeout",
                ScanError::Page(_) => "",
            };
            // Page errors quote the site's URLs and the protocol's words.
            let _ = writeln!(io.err, "error: {}{help}", site_text(&e.to_string()));
            return EXIT_ERROR;
        }
    };
    // serde_json escapes C0 controls; the rest (DEL, C1, bidirectional
    // overrides) too, so that showing the recording (`cat`) obeys nothing.
    let text = match serde_json::to_string_pretty(&recording) {
        Ok(t) => crate::diag::json_visible(t) + "\n",
        Err(e) => {
            let _ = writeln!(io.err, "error: cannot write the recording: {e}");
            return EXIT_ERROR;
        }
    };
    // The summary reads the recording as `check --observed` will.
    let shown = match observed::parse("scan", &text) {
        Ok(o) => o.cookies,
        Err(d) => {
            io.report(&[*d]);
            return EXIT_ERROR;
        }
    };
    let _ = writeln!(io.err, "{}", summary(&recording, &shown));
    let temp;
    let path = match &args.output {
        Some(p) => p.clone(),
        None if args.policy.is_some() => {
            temp = TempFile(
                std::env::temp_dir().join(format!("policyc-scan-{}.json", std::process::id())),
            );
            temp.0.clone()
        }
        None => {
            let _ = io.out.write_all(text.as_bytes());
            return failures(&recording, EXIT_OK, io);
        }
    };
    if let Err(e) = super::build::write_atomic(&path, &text) {
        let _ = writeln!(
            io.err,
            "error: cannot write `{}`: {e}",
            site_text(&path.display().to_string())
        );
        return EXIT_ERROR;
    }
    let code = match &args.policy {
        None => {
            let _ = writeln!(
                io.err,
                "wrote {}: check a policy with `policyc check --observed {} POLICY`",
                site_text(&path.display().to_string()),
                site_text(&path.display().to_string())
            );
            EXIT_OK
        }
        Some(policy) => {
            let mut lint = args.lint.clone();
            lint.observed.insert(0, path.clone());
            super::check::run(
                &CheckArgs {
                    files: vec![policy.clone()],
                    format: args.format,
                    lint,
                },
                io,
            )
        }
    };
    failures(&recording, code, io)
}

/// Reports the pages that failed (after what the others recorded was
/// written); any failure makes the exit code 2: the scan is incomplete.
fn failures(recording: &scan::Recording, code: i32, io: &mut Io<'_>) -> i32 {
    let failed = &recording.policyc.failed;
    if failed.is_empty() {
        return code;
    }
    let _ = writeln!(
        io.err,
        "error: {} of the pages could not be visited; the recording has only what the others showed:",
        failed.len()
    );
    for f in failed {
        let _ = writeln!(io.err, "  {}: {}", site_text(&f.url), site_text(&f.reason));
    }
    EXIT_ERROR
}

/// A temporary file removed when dropped.
struct TempFile(std::path::PathBuf);

impl Drop for TempFile {
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.0);
    }
}

/// What was seen, for people: names, domains, lifetimes, setters; never
/// values. Every string the site controls goes through [`site_text`].
pub fn summary(r: &scan::Recording, cookies: &[observed::ObservedCookie]) -> String {
    let mut out = format!(
        "scanned {} page{}{}: {} cookie{}",
        r.policyc.pages.len(),
        if r.policyc.pages.len() == 1 { "" } else { "s" },
        if r.policyc.consent {
            ", before and after consent"
        } else {
            ""
        },
        cookies.len(),
        if cookies.len() == 1 { "" } else { "s" }
    );
    for c in cookies {
        let life = match c.life {
            Life::Session => "session".to_string(),
            l => l.to_string(),
        };
        let recorded = r
            .cookies
            .iter()
            .find(|x| x.name == c.name && x.domain.trim_start_matches('.') == c.domain);
        let by = if c.by_script {
            let note = match recorded {
                Some(x) if x.stored == Some(false) => {
                    " (this browser did not keep it; others may)".to_string()
                }
                Some(x) => x.deleted_by.as_deref().map_or(String::new(), |by| {
                    format!(" (kept, then {} deleted it)", site_text(by))
                }),
                None => String::new(),
            };
            format!("set by a script{note}")
        } else {
            format!("set by {}", site_text(&observed::origin_and_path(&c.url)))
        };
        let party = if c.third_party == Some(true) {
            ", third party"
        } else {
            ""
        };
        let before = recorded.and_then(|x| x.before_consent).map_or("", |b| {
            if b {
                ", before consent"
            } else {
                ", after consent"
            }
        });
        out.push_str(&format!(
            "\n  {} on {}: {life}, {by}{party}{before}",
            site_text(&c.name),
            site_text(&c.domain)
        ));
    }
    for o in &r.origins {
        if !o.local_storage.is_empty() {
            let keys: Vec<String> = o
                .local_storage
                .iter()
                .map(|k| site_text(&k.name).into_owned())
                .collect();
            out.push_str(&format!(
                "\nlocal storage of {}: {}",
                site_text(&observed::origin_and_path(&o.origin)),
                keys.join(", ")
            ));
        }
        if !o.session_storage.is_empty() {
            let keys: Vec<String> = o
                .session_storage
                .iter()
                .map(|k| site_text(&k.name).into_owned())
                .collect();
            out.push_str(&format!(
                "\nsession storage of {}: {}",
                site_text(&observed::origin_and_path(&o.origin)),
                keys.join(", ")
            ));
        }
    }
    if !r.policyc.third_party_hosts.is_empty() {
        let hosts: Vec<String> = r
            .policyc
            .third_party_hosts
            .iter()
            .map(|h| site_text(h).into_owned())
            .collect();
        out.push_str(&format!(
            "\nthird-party hosts contacted: {}",
            hosts.join(", ")
        ));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::cookies::scan::{Key, Meta, RecordedCookie, RecordedOrigin, Recording};

    const HOSTILE: &str =
        "k\u{1b}]0;owned\u{7}\u{1b}[2J\u{9b}31m\u{202e}\n::error title=forged::pwned";

    #[test]
    fn the_summary_prints_site_strings_escaped_and_no_value() {
        let cookie = |name: &str, domain: &str| RecordedCookie {
            name: name.into(),
            domain: domain.into(),
            path: format!("/{HOSTILE}"),
            expires: -1.0,
            http_only: false,
            secure: false,
            before_consent: None,
            stored: None,
            deleted_by: None,
        };
        let recording = Recording {
            cookies: vec![cookie(HOSTILE, &format!("shop.test{HOSTILE}"))],
            origins: vec![RecordedOrigin {
                origin: format!("https://shop.test{HOSTILE}"),
                local_storage: vec![Key {
                    name: HOSTILE.into(),
                }],
                session_storage: vec![],
            }],
            policyc: Meta {
                version: 1,
                recorded: 0.0,
                site: "https://shop.test/".into(),
                pages: vec!["https://shop.test/".into()],
                consent: false,
                setters: vec![],
                third_party_hosts: vec![format!("t.test{HOSTILE}")],
                failed: vec![],
            },
        };
        // Read back as `check --observed` reads it: the cookies, as the summary gets them.
        let text = serde_json::to_string(&recording).unwrap_or_default();
        let cookies = observed::parse("scan", &text)
            .map(|o| o.cookies)
            .unwrap_or_default();
        assert!(!cookies.is_empty());
        let shown = summary(&recording, &cookies);
        assert!(
            !shown
                .chars()
                .any(|c| (c.is_control() && c != '\n') || c == '\u{202e}'),
            "{shown:?}"
        );
        // Every line is policyc's: none starts with what the site wrote.
        for line in shown.lines() {
            assert!(!line.trim_start().starts_with("::"), "{shown}");
        }
        assert!(shown.contains("local storage of"), "{shown}");
        assert!(shown.contains("k\\u{1b}]0;owned"), "{shown}");
        assert!(shown.contains("\\n::error"), "{shown}");
    }
}

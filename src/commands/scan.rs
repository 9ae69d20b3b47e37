//! `policyc scan`: record a site in headless Chromium, write the recording,
//! or check a policy against it.

use super::Io;
use crate::cli::{CheckArgs, ScanArgs, EXIT_ERROR, EXIT_OK};
use crate::cookies::observed::{self, Life};
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
            observed::origin_and_path(bad)
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
            browser.display()
        );
        return EXIT_ERROR;
    }
    let opts = Options {
        urls: args.urls.clone(),
        consent_selector: args.consent_selector.clone(),
        browser,
        settle: std::time::Duration::from_millis(args.wait.min(60_000)),
    };
    let recording = match scan::scan(&opts) {
        Ok(r) => r,
        Err(e) => {
            let help = match e {
                ScanError::Launch(_) => "\nhelp: check that the browser runs: `chromium --headless --no-sandbox --dump-dom about:blank`",
                ScanError::NoConsentButton(_) => "\nhelp: give the CSS selector of the accept button, e.g. `#accept` or `button.accept-all`",
                ScanError::Page(_) => "",
            };
            let _ = writeln!(io.err, "error: {e}{help}");
            return EXIT_ERROR;
        }
    };
    let text = match serde_json::to_string_pretty(&recording) {
        Ok(t) => t + "\n",
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
            return EXIT_OK;
        }
    };
    if let Err(e) = super::build::write_atomic(&path, &text) {
        let _ = writeln!(io.err, "error: cannot write `{}`: {e}", path.display());
        return EXIT_ERROR;
    }
    match &args.policy {
        None => {
            let _ = writeln!(
                io.err,
                "wrote {}: check a policy with `policyc check --observed {} POLICY`",
                path.display(),
                path.display()
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
    }
}

/// A temporary file removed when dropped.
struct TempFile(std::path::PathBuf);

impl Drop for TempFile {
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.0);
    }
}

/// What was seen, for people: names, domains, lifetimes, setters; never values.
fn summary(r: &scan::Recording, cookies: &[observed::ObservedCookie]) -> String {
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
        let by = if c.by_script {
            "set by a script".to_string()
        } else {
            format!("set by {}", c.url)
        };
        let party = if c.third_party == Some(true) {
            ", third party"
        } else {
            ""
        };
        let before = r
            .cookies
            .iter()
            .find(|x| x.name == c.name && x.domain.trim_start_matches('.') == c.domain)
            .and_then(|x| x.before_consent)
            .map_or("", |b| {
                if b {
                    ", before consent"
                } else {
                    ", after consent"
                }
            });
        out.push_str(&format!(
            "\n  {} on {}: {life}, {by}{party}{before}",
            c.name, c.domain
        ));
    }
    for o in &r.origins {
        if !o.local_storage.is_empty() {
            let keys: Vec<&str> = o.local_storage.iter().map(|k| k.name.as_str()).collect();
            out.push_str(&format!(
                "\nlocal storage of {}: {}",
                o.origin,
                keys.join(", ")
            ));
        }
    }
    if !r.policyc.third_party_hosts.is_empty() {
        out.push_str(&format!(
            "\nthird-party hosts contacted: {}",
            r.policyc.third_party_hosts.join(", ")
        ));
    }
    out
}

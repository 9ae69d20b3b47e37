//! `policyc scan` in real Chromium against a small site this test serves on
//! 127.0.0.1: a cookie set by the page's response, one set by a script, a
//! third-party host (`localhost`, another site than `127.0.0.1`) whose pixel
//! tries to set its own cookie (Chromium may block it as a third-party
//! cookie; the host is recorded either way), local storage, and a consent
//! button that sets a cookie by script and another by a response. Without Chromium the test
//! says so and skips, unless POLICYC_REQUIRE_CHROMIUM=1 (CI), where it fails.

use std::io::{Read, Write};
use std::net::{TcpListener, TcpStream};
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use crate::util::{Run, TempDir};

fn run_policyc(dir: &std::path::Path, args: &[&str], envs: &[(&str, &str)]) -> Run {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_policyc"));
    cmd.args(args)
        .current_dir(dir)
        .env("NO_COLOR", "1")
        .stdin(Stdio::null());
    for (k, v) in envs {
        cmd.env(k, v);
    }
    let out = cmd.output().expect("the policyc binary runs");
    Run {
        code: out.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}

/// The Chromium to use, or `None` (after saying why) when the test must skip.
fn chromium() -> Option<String> {
    let found = std::env::var("POLICYC_CHROMIUM")
        .ok()
        .filter(|p| !p.is_empty())
        .or_else(|| {
            ["chromium", "chromium-browser", "google-chrome"]
                .iter()
                .flat_map(|n| {
                    std::env::split_paths(&std::env::var_os("PATH").unwrap_or_default())
                        .map(move |d| d.join(n))
                        .collect::<Vec<_>>()
                })
                .find(|p| p.is_file())
                .map(|p| p.display().to_string())
        });
    if found.is_none() {
        assert!(
            std::env::var("POLICYC_REQUIRE_CHROMIUM").as_deref() != Ok("1"),
            "POLICYC_REQUIRE_CHROMIUM=1 but no chromium was found: install it (apt-get install chromium)"
        );
        eprintln!(
            "SKIPPED scan::a_local_site_is_scanned_in_chromium: no chromium on this machine \
             (apt-get install chromium; CI sets POLICYC_REQUIRE_CHROMIUM=1 to make this a failure)"
        );
    }
    found
}

/// A tiny HTTP/1.1 server on 127.0.0.1 for one test: answers until stopped,
/// at most 60 seconds and 500 connections.
struct Site {
    port: u16,
    stop: Arc<AtomicBool>,
    thread: Option<std::thread::JoinHandle<()>>,
}

/// How a test site answers one connection (the port is the site's own).
type Handler = fn(TcpStream, u16) -> std::io::Result<()>;

impl Site {
    fn start() -> Site {
        Site::serving(answer)
    }

    fn serving(handler: Handler) -> Site {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        listener.set_nonblocking(true).unwrap();
        let port = listener.local_addr().unwrap().port();
        let stop = Arc::new(AtomicBool::new(false));
        let flag = Arc::clone(&stop);
        let thread = std::thread::spawn(move || {
            let deadline = Instant::now() + Duration::from_secs(60);
            let mut served = 0;
            while !flag.load(Ordering::Relaxed) && Instant::now() < deadline && served < 500 {
                match listener.accept() {
                    Ok((stream, _)) => {
                        served += 1;
                        // A thread per connection: Chromium opens some it never uses.
                        std::thread::spawn(move || {
                            let _ = handler(stream, port);
                        });
                    }
                    Err(_) => std::thread::sleep(Duration::from_millis(10)),
                }
            }
        });
        Site {
            port,
            stop,
            thread: Some(thread),
        }
    }
}

impl Drop for Site {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::Relaxed);
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
    }
}

/// The request's path and host (without port), read from its head.
fn request_of(stream: &mut TcpStream) -> std::io::Result<(String, String)> {
    stream.set_nonblocking(false)?;
    stream.set_read_timeout(Some(Duration::from_secs(5)))?;
    let mut head = Vec::new();
    let mut buf = [0u8; 4096];
    while !head.windows(4).any(|w| w == b"\r\n\r\n") && head.len() < 65_536 {
        let n = stream.read(&mut buf)?;
        if n == 0 {
            break;
        }
        head.extend_from_slice(&buf[..n]);
    }
    let head = String::from_utf8_lossy(&head);
    let path = head.split_whitespace().nth(1).unwrap_or("/").to_string();
    let host = head
        .lines()
        .find_map(|l| {
            l.strip_prefix("Host: ")
                .or_else(|| l.strip_prefix("host: "))
        })
        .unwrap_or("")
        .split(':')
        .next()
        .unwrap_or("")
        .to_string();
    Ok((path, host))
}

/// Writes one response.
fn respond(
    stream: &mut TcpStream,
    status: &str,
    headers: &[(&str, String)],
    body: &[u8],
) -> std::io::Result<()> {
    let mut response = format!(
        "HTTP/1.1 {status}\r\nContent-Length: {}\r\nConnection: close\r\nCache-Control: no-store\r\n",
        body.len()
    );
    for (k, v) in headers {
        response.push_str(&format!("{k}: {v}\r\n"));
    }
    response.push_str("\r\n");
    stream.write_all(response.as_bytes())?;
    stream.write_all(body)?;
    stream.flush()
}

const GIF: &[u8] = b"GIF89a\x01\x00\x01\x00\x00\x00\x00;";

/// The site of tests/scan-site (its README has the routes table): files
/// from that folder with `{port}` filled in, and the routes that set cookies,
/// redirect, or never answer.
fn answer_site(mut stream: TcpStream, port: u16) -> std::io::Result<()> {
    let (path, host) = request_of(&mut stream)?;
    let dir = crate::util::root().join("tests/scan-site");
    let file = |name: &str| {
        std::fs::read_to_string(dir.join(name))
            .unwrap_or_default()
            .replace("{port}", &port.to_string())
            .into_bytes()
    };
    let cookie = |c: &str| ("Set-Cookie", c.to_string());
    let kind = |k: &str| ("Content-Type", k.to_string());
    let html = kind("text/html; charset=utf-8");
    let site = host == "127.0.0.1";
    let third = host == "localhost";
    match path.as_str() {
        "/" if site => respond(
            &mut stream,
            "200 OK",
            &[html, cookie("session_id=SECRET-SESSION; Path=/; HttpOnly")],
            &file("index.html"),
        ),
        "/app.js" if site => respond(
            &mut stream,
            "200 OK",
            &[kind("text/javascript")],
            &file("app.js"),
        ),
        "/consent" if site => respond(
            &mut stream,
            "200 OK",
            &[
                kind("text/plain"),
                cookie("consent_given=SECRET-CONSENT; Max-Age=15552000; Path=/"),
            ],
            b"ok",
        ),
        "/r1" if site => respond(
            &mut stream,
            "302 Found",
            &[
                ("Location", format!("http://localhost:{port}/r2")),
                cookie("hop1=SECRET-HOP1; Max-Age=86400; Path=/"),
            ],
            b"",
        ),
        "/r2" if third => respond(
            &mut stream,
            "302 Found",
            &[
                ("Location", format!("http://127.0.0.1:{port}/r3")),
                cookie("hop2=SECRET-HOP2; Max-Age=172800; Path=/; SameSite=None; Secure"),
            ],
            b"",
        ),
        "/r3" if site => respond(
            &mut stream,
            "200 OK",
            &[
                kind("image/gif"),
                cookie("hop3=SECRET-HOP3; Max-Age=259200; Path=/"),
            ],
            GIF,
        ),
        "/flag-set" if site => respond(
            &mut stream,
            "200 OK",
            &[
                kind("text/plain"),
                cookie("temp_flag=SECRET-FLAG; Max-Age=86400; Path=/"),
            ],
            b"ok",
        ),
        "/flag-clear" if site => respond(
            &mut stream,
            "200 OK",
            &[kind("text/plain"), cookie("temp_flag=; Max-Age=0; Path=/")],
            b"ok",
        ),
        "/about" if site => respond(
            &mut stream,
            "200 OK",
            &[
                html,
                cookie("about_seen=SECRET-ABOUT; Max-Age=604800; Path=/"),
            ],
            &file("about.html"),
        ),
        "/deep" if site => respond(
            &mut stream,
            "200 OK",
            &[
                html,
                cookie("deep_seen=SECRET-DEEP; Max-Age=604800; Path=/"),
            ],
            &file("deep.html"),
        ),
        "/brochure.pdf" if site => respond(
            &mut stream,
            "200 OK",
            &[
                kind("application/pdf"),
                cookie("pdf_seen=SECRET-PDF; Max-Age=604800; Path=/"),
            ],
            b"%PDF-1.4\n%%EOF\n",
        ),
        "/hang" if site => {
            // Never answers: the scan's --timeout decides.
            std::thread::sleep(Duration::from_secs(30));
            Ok(())
        }
        "/pixel.gif" if third => respond(
            &mut stream,
            "200 OK",
            &[
                kind("image/gif"),
                cookie("tp_id=SECRET-TP; Max-Age=7776000; Path=/; SameSite=None; Secure"),
            ],
            GIF,
        ),
        "/sync/id/SECRET-JS" if third => respond(
            &mut stream,
            "200 OK",
            &[
                kind("image/gif"),
                cookie("sync_uid=SECRET-SYNC; Max-Age=2592000; Path=/; SameSite=None; Secure"),
            ],
            GIF,
        ),
        "/frame.html" if third => respond(&mut stream, "200 OK", &[html], &file("frame.html")),
        "/elsewhere" if third => respond(
            &mut stream,
            "200 OK",
            &[
                kind("text/plain"),
                cookie("elsewhere_seen=SECRET-ELSE; Max-Age=604800; Path=/"),
            ],
            b"ok",
        ),
        _ => respond(
            &mut stream,
            "404 Not Found",
            &[kind("text/plain")],
            b"not found",
        ),
    }
}

fn answer(mut stream: TcpStream, port: u16) -> std::io::Result<()> {
    let (path, host) = request_of(&mut stream)?;
    let page = format!(
        r#"<!DOCTYPE html><html lang="en"><head><title>Scan test shop</title><script src="/app.js"></script></head>
<body><h1>Scan test shop</h1><img src="http://localhost:{port}/pixel.gif" alt="">
<button id="accept" onclick="document.cookie='_ga=GA1.1.SECRET-GA; max-age=63072000; path=/'; fetch('/consent')">Accept</button></body></html>"#
    );
    let (status, kind, cookies, body): (&str, &str, Vec<&str>, Vec<u8>) =
        match (host.as_str(), path.as_str()) {
            ("127.0.0.1", "/") => (
                "200 OK",
                "text/html",
                vec!["session_id=SECRET-SESSION; Path=/; HttpOnly"],
                page.into_bytes(),
            ),
            ("127.0.0.1", "/app.js") => (
                "200 OK",
                "text/javascript",
                vec![],
                b"document.cookie = 'js_pref=SECRET-JS; max-age=86400; path=/'; localStorage.setItem('ls_key', 'SECRET-LS'); localStorage.setItem('ls\\u001b]0;owned\\u0007\\n::error title=forged::pwned', 'SECRET-LS2');".to_vec(),
            ),
            ("127.0.0.1", "/consent") => (
                "200 OK",
                "text/plain",
                vec!["consent_given=SECRET-CONSENT; Max-Age=15552000; Path=/"],
                b"ok".to_vec(),
            ),
            ("localhost", "/pixel.gif") => (
                "200 OK",
                "image/gif",
                vec!["tp_id=SECRET-TP; Max-Age=7776000; Path=/; SameSite=None; Secure"],
                b"GIF89a\x01\x00\x01\x00\x00\x00\x00;".to_vec(),
            ),
            _ => ("404 Not Found", "text/plain", vec![], b"not found".to_vec()),
        };
    let mut response = format!(
        "HTTP/1.1 {status}\r\nContent-Type: {kind}\r\nContent-Length: {}\r\nConnection: close\r\nCache-Control: no-store\r\n",
        body.len()
    );
    for c in cookies {
        response.push_str(&format!("Set-Cookie: {c}\r\n"));
    }
    response.push_str("\r\n");
    stream.write_all(response.as_bytes())?;
    stream.write_all(&body)?;
    stream.flush()
}

const POLICY: &str = r#"policy "Privacy Policy" {
  updated 2026-11-01
  jurisdictions eprivacy
}

controller "Scan Test Shop Ltd" {
  email "privacy@shop.test"
}

cookies {
  consent banner
  | name       | provider | party | category  | lifetime | purpose                |
  | session_id | Shop     | first | necessary | session  | Keeps your basket      |
  | _ga        | Google   | first | analytics | 2 years  | Distinguishes visitors |
}
"#;

#[test]
fn a_local_site_is_scanned_in_chromium() {
    let Some(browser) = chromium() else { return };
    let site = Site::start();
    let url = format!("http://127.0.0.1:{}/", site.port);
    let dir = TempDir::new("scan");
    std::fs::write(dir.path().join("site.policy"), POLICY).unwrap();
    let envs = [("POLICYC_CHROMIUM", browser.as_str())];
    let run = run_policyc(
        dir.path(),
        &[
            "scan",
            &url,
            "--consent-selector",
            "#accept",
            "--wait",
            "700",
            "-o",
            "scan.json",
        ],
        &envs,
    );
    assert_eq!(run.code, 0, "{}\n{}", run.stdout, run.stderr);
    let text = std::fs::read_to_string(dir.path().join("scan.json")).unwrap();
    for shown in [&text, &run.stdout, &run.stderr] {
        assert!(
            !shown.contains("SECRET"),
            "a value was recorded or printed:\n{shown}"
        );
    }
    // A local storage key the site chose, with an OSC sequence, a bell and a
    // line that would be a workflow command: shown escaped, on no line of its own.
    for (what, shown) in [
        ("file", &text),
        ("stdout", &run.stdout),
        ("stderr", &run.stderr),
    ] {
        if let Some(c) = shown
            .chars()
            .find(|c| c.is_control() && !matches!(c, '\n' | '\t'))
        {
            panic!("{what}: the raw character U+{:04X}:\n{shown}", c as u32);
        }
        for line in shown.lines() {
            assert!(
                !line.trim_start().starts_with("::error"),
                "{what}:\n{shown}"
            );
        }
    }
    assert!(
        run.stderr.contains("ls\\u{1b}]0;owned\\u{7}\\n::error"),
        "{}",
        run.stderr
    );
    let rec: serde_json::Value = serde_json::from_str(&text).unwrap();
    let cookie = |name: &str| {
        rec["cookies"]
            .as_array()
            .unwrap()
            .iter()
            .find(|c| c["name"] == name)
            .unwrap_or_else(|| panic!("no cookie `{name}` in the recording:\n{text}"))
            .clone()
    };
    let recorded = rec["policyc"]["recorded"].as_f64().unwrap();
    // Set by the page's response, before consent, a session cookie.
    let session = cookie("session_id");
    assert_eq!(session["expires"], -1.0);
    assert_eq!(session["httpOnly"], true);
    assert_eq!(session["beforeConsent"], true);
    // Set by a script, before consent, for a day.
    let js = cookie("js_pref");
    assert_eq!(js["beforeConsent"], true);
    let days = |c: &serde_json::Value| (c["expires"].as_f64().unwrap() - recorded) / 86_400.0;
    assert!((days(&js) - 1.0).abs() < 0.05, "{js}");
    // Set by a script after consent: 2 years asked, the browser keeps at most 400 days.
    let ga = cookie("_ga");
    assert_eq!(ga["beforeConsent"], false);
    assert!((days(&ga) - 400.0).abs() < 1.0, "{ga}");
    // Set by a response after consent.
    assert_eq!(cookie("consent_given")["beforeConsent"], false);
    // Set by the third party's pixel: recorded whether this Chromium kept it or
    // blocked it as a third-party cookie (then with `stored: false`).
    let tp = cookie("tp_id");
    assert_eq!(
        tp["domain"].as_str().map(|d| d.trim_start_matches('.')),
        Some("localhost")
    );
    assert!((days(&tp) - 90.0).abs() < 1.0, "{tp}");
    let setters = rec["policyc"]["setters"].as_array().unwrap();
    let setter_of = |name: &str| {
        setters
            .iter()
            .find(|s| s["name"] == name)
            .map(|s| s["url"].as_str().unwrap().to_string())
    };
    assert_eq!(setter_of("session_id"), Some(url.clone()), "{text}");
    assert_eq!(
        setter_of("consent_given"),
        Some(format!("{url}consent")),
        "{text}"
    );
    assert_eq!(setter_of("js_pref"), None, "{text}");
    assert_eq!(
        rec["policyc"]["thirdPartyHosts"],
        serde_json::json!(["localhost"])
    );
    let origin = &rec["origins"][0];
    assert_eq!(origin["origin"], format!("http://127.0.0.1:{}", site.port));
    assert!(origin["localStorage"]
        .as_array()
        .unwrap()
        .contains(&serde_json::json!({"name": "ls_key"})));
    assert!(
        run.stderr
            .contains("third-party hosts contacted: localhost"),
        "{}",
        run.stderr
    );

    // The recording is read by `check --observed`.
    let check = run_policyc(
        dir.path(),
        &[
            "check",
            "--format",
            "json",
            "--observed",
            "scan.json",
            "site.policy",
        ],
        &[],
    );
    let findings: serde_json::Value = serde_json::from_str(&check.stdout).unwrap();
    let messages: Vec<(String, String)> = findings
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            (
                f["message"].as_str().unwrap().to_string(),
                f["help"].as_str().unwrap_or("").to_string(),
            )
        })
        .collect();
    // The cookies the table leaves out are one gap: one finding names them
    // all, each with where it was seen.
    let has = |m: &str, h: &str| {
        messages
            .iter()
            .any(|(fm, fh)| fm.contains(m) && fh.contains(h))
    };
    let missing = |cookie: &str| {
        messages.iter().any(|(fm, _)| {
            fm.contains(&format!("`{cookie}`"))
                && fm.contains("but the cookie table does not list it")
        })
    };
    assert!(
        missing("js_pref") && has("`js_pref`", "set by a script, on 127.0.0.1"),
        "{messages:#?}"
    );
    assert!(
        has(
            "the site sets `tp_id` on the third-party domain localhost, but the cookie table does not list it",
            &format!("set by http://localhost:{}/pixel.gif", site.port)
        ),
        "{messages:#?}"
    );
    assert!(
        missing("consent_given") && has("`consent_given`", &format!("set by {url}consent")),
        "{messages:#?}"
    );
    // `session_id` and `_ga` are declared as seen: no finding about the recording names them
    // (`_ga`'s declared 2 years is over the CNIL's 13 months, which is another rule).
    assert!(
        !messages
            .iter()
            .any(|(m, h)| h.contains("scan.json")
                && (m.contains("`session_id`") || m.contains("`_ga`"))),
        "{messages:#?}"
    );
    assert!(
        !messages.iter().any(|(m, _)| m.contains("not seen")),
        "{messages:#?}"
    );

    // Or in one step.
    let direct = run_policyc(
        dir.path(),
        &[
            "scan",
            &url,
            "--consent-selector",
            "#accept",
            "--wait",
            "700",
            "--policy",
            "site.policy",
            "--format",
            "json",
        ],
        &envs,
    );
    assert_eq!(direct.code, 1, "{}\n{}", direct.stdout, direct.stderr);
    assert!(direct.stdout.contains("`js_pref`"), "{}", direct.stdout);
    assert!(!direct.stdout.contains("SECRET") && !direct.stderr.contains("SECRET"));
}

#[test]
fn without_a_browser_scan_says_so() {
    let dir = TempDir::new("scan-none");
    let run = run_policyc(
        dir.path(),
        &["scan", "http://127.0.0.1:9/"],
        &[("PATH", ""), ("POLICYC_CHROMIUM", "")],
    );
    assert_eq!(run.code, 2, "{}", run.stderr);
    assert!(
        run.stderr.contains("no Chromium or Chrome found"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.contains("apt-get install chromium"),
        "{}",
        run.stderr
    );
    let run = run_policyc(
        dir.path(),
        &[
            "scan",
            "--browser",
            "/no/such/chromium",
            "http://127.0.0.1:9/",
        ],
        &[],
    );
    assert_eq!(run.code, 2, "{}", run.stderr);
    assert!(run.stderr.contains("does not exist"), "{}", run.stderr);
    let run = run_policyc(dir.path(), &["scan", "ftp://x.test/?q=SECRET"], &[]);
    assert_eq!(run.code, 2);
    assert!(!run.stderr.contains("SECRET"), "{}", run.stderr);
}

/// A program that answers `--version` as Chromium does but exits when
/// started: the scan fails at once, says so with what the program printed,
/// its control characters escaped, and leaves no output file.
#[cfg(unix)]
#[test]
fn a_browser_that_does_not_start_says_what_it_printed() {
    use std::os::unix::fs::PermissionsExt;
    let dir = TempDir::new("scan-dies");
    let fake = dir.path().join("fake-chromium");
    std::fs::write(
        &fake,
        "#!/bin/sh\nif [ \"$1\" = \"--version\" ]; then echo 'Chromium 140.0.1'; exit 0; fi\n\
         printf 'ERROR: no display \\033]0;owned\\007 here\\n' >&2\nexit 3\n",
    )
    .unwrap();
    std::fs::set_permissions(&fake, std::fs::Permissions::from_mode(0o755)).unwrap();
    let started = Instant::now();
    let run = run_policyc(
        dir.path(),
        &[
            "scan",
            "--browser",
            fake.to_str().unwrap(),
            "http://127.0.0.1:9/",
            "-o",
            "scan.json",
        ],
        &[],
    );
    assert_eq!(run.code, 2, "{}", run.stderr);
    assert!(
        started.elapsed() < Duration::from_secs(20),
        "{:?}",
        started.elapsed()
    );
    assert!(
        run.stderr.contains("the browser did not start: it exited"),
        "{}",
        run.stderr
    );
    assert!(run.stderr.contains("ERROR: no display"), "{}", run.stderr);
    assert!(!run.stderr.contains('\u{1b}'), "{}", run.stderr);
    assert!(!dir.path().join("scan.json").exists());
}

/// The site of tests/scan-site against its ground truth
/// (tests/scan-site/ground-truth.json, written before the scanner was run on
/// it): every cookie with its domain, setter, lifetime, whether it was kept
/// and whether it came before consent; both storages of the site and of the
/// third-party iframe; the pages a bounded crawl visits; and the two pages
/// that fail, reported while the rest is written.
#[test]
fn the_test_site_is_recorded_as_its_ground_truth_says() {
    let Some(browser) = chromium() else { return };
    let truth: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(crate::util::root().join("tests/scan-site/ground-truth.json"))
            .unwrap(),
    )
    .unwrap();
    let site_server = Site::serving(answer_site);
    let port = site_server.port;
    let site = format!("http://127.0.0.1:{port}");
    let third = format!("http://localhost:{port}");
    // A port nobody listens on (not port 1: Chromium refuses that one itself, as unsafe).
    let closed = TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let closed = format!("http://127.0.0.1:{closed}");
    let expand = |s: &str| {
        if let Some(rest) = s.strip_prefix("closed") {
            format!("{closed}{rest}")
        } else if let Some(rest) = s.strip_prefix("site") {
            format!("{site}{rest}")
        } else if let Some(rest) = s.strip_prefix("third") {
            format!("{third}{rest}")
        } else {
            s.to_string()
        }
    };
    let host = |d: &str| {
        if d == "site" {
            "127.0.0.1"
        } else {
            "localhost"
        }
    };
    let dir = TempDir::new("scan-site");
    // A temporary folder of its own, to see what the scan leaves there; a
    // short path, as Chromium puts a Unix socket (at most 107 bytes) in it.
    let tmp = std::env::temp_dir().join(format!("pst-{}", std::process::id()));
    std::fs::create_dir_all(&tmp).unwrap();
    let started = Instant::now();
    let run = run_policyc(
        dir.path(),
        &[
            "scan",
            &format!("{site}/"),
            &format!("{closed}/"),
            &format!("{site}/hang"),
            "--crawl",
            "1",
            "--timeout",
            "3",
            "--wait",
            "700",
            "--consent-selector",
            "#accept",
            "-o",
            "scan.json",
        ],
        &[
            ("POLICYC_CHROMIUM", browser.as_str()),
            ("TMPDIR", tmp.to_str().unwrap()),
        ],
    );
    assert_eq!(
        run.code,
        truth["exitCode"].as_i64().unwrap() as i32,
        "{}\n{}",
        run.stdout,
        run.stderr
    );
    assert!(
        started.elapsed() < Duration::from_secs(90),
        "{:?}",
        started.elapsed()
    );
    let text = std::fs::read_to_string(dir.path().join("scan.json"))
        .unwrap_or_else(|e| panic!("{e}: {}", run.stderr));
    for shown in [&text, &run.stdout, &run.stderr] {
        assert!(
            !shown.contains("SECRET"),
            "a value was recorded or printed:\n{shown}"
        );
    }
    let rec: serde_json::Value = serde_json::from_str(&text).unwrap();
    let recorded = rec["policyc"]["recorded"].as_f64().unwrap();
    let cookies = rec["cookies"].as_array().unwrap();
    let setters = rec["policyc"]["setters"].as_array().unwrap();
    for want in truth["cookies"].as_array().unwrap() {
        let case = want["case"].as_str().unwrap();
        let name = want["name"].as_str().unwrap();
        let domain = host(want["domain"].as_str().unwrap());
        let got: Vec<&serde_json::Value> = cookies.iter().filter(|c| c["name"] == name).collect();
        assert_eq!(
            got.len(),
            1,
            "{case}: `{name}` recorded {} times:\n{text}",
            got.len()
        );
        let got = got[0];
        assert_eq!(
            got["domain"].as_str().unwrap().trim_start_matches('.'),
            domain,
            "{case}: {got}"
        );
        let setter = setters
            .iter()
            .find(|s| s["name"] == name && s["domain"] == domain)
            .map(|s| s["url"].as_str().unwrap().to_string());
        match want["setBy"].as_str().unwrap() {
            "script" => assert_eq!(setter, None, "{case}: a script set it"),
            by => assert_eq!(setter.as_deref(), Some(expand(by).as_str()), "{case}"),
        }
        let days = want["days"].as_f64().unwrap();
        let expires = got["expires"].as_f64().unwrap();
        if days == 0.0 {
            assert_eq!(expires, -1.0, "{case}: a session cookie: {got}");
        } else {
            let seen = (expires - recorded) / 86_400.0;
            assert!(
                (seen - days).abs() < (days * 0.01).max(0.01),
                "{case}: {seen} days, not {days}: {got}"
            );
        }
        match &want["kept"] {
            serde_json::Value::Bool(true) => {
                assert!(
                    got.get("stored").is_none() && got.get("deletedBy").is_none(),
                    "{case}: {got}"
                )
            }
            serde_json::Value::Bool(false) => assert_eq!(
                got["deletedBy"].as_str(),
                want["deletedBy"].as_str().map(&expand).as_deref(),
                "{case}: {got}"
            ),
            _ => assert!(got.get("deletedBy").is_none(), "{case}: {got}"),
        }
        assert_eq!(got["beforeConsent"], want["beforeConsent"], "{case}: {got}");
    }
    for gone in truth["absent"].as_array().unwrap() {
        let name = gone["name"].as_str().unwrap();
        assert!(
            !cookies.iter().any(|c| c["name"] == name),
            "{}: `{name}` was recorded:\n{text}",
            gone["why"]
        );
    }
    for (kind, key) in [
        ("localStorage", "localStorage"),
        ("sessionStorage", "sessionStorage"),
    ] {
        for (which, keys) in truth[kind].as_object().unwrap() {
            let origin = expand(which);
            let stored: Vec<&str> = rec["origins"]
                .as_array()
                .unwrap()
                .iter()
                .filter(|o| o["origin"] == origin.as_str())
                .flat_map(|o| o[key].as_array().into_iter().flatten())
                .filter_map(|k| k["name"].as_str())
                .collect();
            for k in keys.as_array().unwrap() {
                assert!(
                    stored.contains(&k.as_str().unwrap()),
                    "{kind} of {origin}: no `{k}` in {stored:?}:\n{text}"
                );
            }
        }
    }
    let pages: Vec<String> = truth["pages"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| expand(p.as_str().unwrap()))
        .collect();
    assert_eq!(rec["policyc"]["pages"], serde_json::json!(pages), "{text}");
    let failed = rec["policyc"]["failed"].as_array().unwrap();
    for want in truth["failed"].as_array().unwrap() {
        let url = expand(want["url"].as_str().unwrap());
        let reason = want["reason"].as_str().unwrap();
        assert!(
            failed
                .iter()
                .any(|f| f["url"] == url.as_str() && f["reason"].as_str().unwrap().contains(reason)),
            "{url}: {reason}: {failed:?}"
        );
        // Also said on stderr, with the URL and the reason.
        assert!(
            run.stderr
                .lines()
                .any(|l| l.contains(&url) && l.contains(reason)),
            "{}",
            run.stderr
        );
    }
    assert_eq!(
        failed.len(),
        truth["failed"].as_array().unwrap().len(),
        "{failed:?}"
    );
    // The browser's profile and temporary folders are gone.
    let left: Vec<String> = std::fs::read_dir(&tmp)
        .unwrap()
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    let _ = std::fs::remove_dir_all(&tmp);
    assert!(left.is_empty(), "left in the temporary folder: {left:?}");
}

/// `--browser /bin/true` (runs, but is no browser) fails at once with a clear message.
#[test]
fn a_program_that_is_not_a_browser_fails_fast() {
    let dir = TempDir::new("scan-true");
    let started = Instant::now();
    let run = run_policyc(
        dir.path(),
        &["scan", "--browser", "/bin/true", "http://127.0.0.1:9/"],
        &[],
    );
    assert_eq!(run.code, 2, "{}", run.stderr);
    assert!(
        started.elapsed() < Duration::from_secs(20),
        "{:?}",
        started.elapsed()
    );
    assert!(
        run.stderr.contains(
            "error: `/bin/true` is not Chromium or Chrome: asked for its version, it printed `true (GNU coreutils)"
        ),
        "{}",
        run.stderr
    );
}

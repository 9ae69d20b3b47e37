//! `policyc serve`: pages served on loopback, rebuilt on save, the overlay over
//! the last good page when the source breaks, events for the reload, and no
//! file outside the output (path traversal). The same in a real browser:
//! .ci/serve/live-reload.mjs.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use crate::util::{policyc_in, root, TempDir};

struct Server {
    child: Child,
    addr: String,
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn serve(dir: &std::path::Path, args: &[&str]) -> Server {
    let mut child = Command::new(env!("CARGO_BIN_EXE_policyc"))
        .arg("serve")
        .args(args)
        .args(["--port", "0"])
        .current_dir(dir)
        .env("NO_COLOR", "1")
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .expect("policyc serve starts");
    let stderr = child.stderr.take().unwrap();
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        for line in BufReader::new(stderr).lines().map_while(Result::ok) {
            if let Some(rest) = line.strip_prefix("serving http://") {
                let _ = tx.send(rest.split('/').next().unwrap_or("").to_string());
            }
        }
    });
    let addr = rx
        .recv_timeout(Duration::from_secs(60))
        .expect("serve says where it listens");
    Server { child, addr }
}

/// A raw GET: status code and body.
fn get(addr: &str, path: &str) -> (u16, String) {
    let mut s = TcpStream::connect(addr).expect("connect");
    s.set_read_timeout(Some(Duration::from_secs(10))).unwrap();
    write!(
        s,
        "GET {path} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\n\r\n"
    )
    .unwrap();
    let mut raw = Vec::new();
    let _ = s.read_to_end(&mut raw);
    let text = String::from_utf8_lossy(&raw).into_owned();
    let code = text
        .split_whitespace()
        .nth(1)
        .and_then(|c| c.parse().ok())
        .unwrap_or(0);
    let body = text
        .split_once("\r\n\r\n")
        .map_or(String::new(), |(_, b)| b.to_string());
    (code, body)
}

/// Polls a page until `check` holds, for at most 10 s; returns the page and how long it took.
fn wait_for(addr: &str, path: &str, check: impl Fn(&str) -> bool) -> (String, Duration) {
    let start = Instant::now();
    loop {
        let (_, body) = get(addr, path);
        if check(&body) {
            return (body, start.elapsed());
        }
        assert!(
            start.elapsed() < Duration::from_secs(10),
            "gave up waiting:\n{body}"
        );
        std::thread::sleep(Duration::from_millis(50));
    }
}

fn minimal() -> String {
    std::fs::read_to_string(root().join("examples/minimal.policy")).unwrap()
}

#[test]
fn serve_rebuilds_on_save_and_overlays_errors_on_the_last_good_page() {
    let dir = TempDir::new("serve-live");
    let src = dir.path().join("notice.policy");
    std::fs::write(&src, minimal()).unwrap();
    let server = serve(dir.path(), &["notice.policy", "-o", "out"]);
    let (code, page) = get(&server.addr, "/");
    assert_eq!(code, 200);
    assert!(page.contains("Jane Example") && page.contains("policyc-live-reload"));
    assert!(!page.contains("policyc-overlay"));
    let (code, same) = get(&server.addr, "/notice.html");
    assert_eq!((code, same.len()), (200, page.len()));

    std::fs::write(&src, minimal().replace("Jane Example", "Janet Edited")).unwrap();
    let (page, took) = wait_for(&server.addr, "/", |p| p.contains("Janet Edited"));
    assert!(!page.contains("policyc-overlay"));
    assert!(took < Duration::from_secs(5), "{took:?}");

    std::fs::write(
        &src,
        minimal().replace("  updated 2026-11-01", "  updated = 2026"),
    )
    .unwrap();
    // A save can be seen half-written; the overlay must end on the real error.
    let (page, _) = wait_for(&server.addr, "/", |p| {
        p.contains("policyc-overlay") && p.contains("expected")
    });
    assert!(
        page.contains("Janet Edited"),
        "the last good page stays beneath"
    );
    assert!(
        page.contains("notice.policy") && page.contains("expected"),
        "{page}"
    );

    std::fs::write(&src, minimal()).unwrap();
    let (page, _) = wait_for(&server.addr, "/", |p| !p.contains("policyc-overlay"));
    assert!(page.contains("Jane Example"));
}

#[test]
fn serve_sends_an_event_at_each_rebuild() {
    let dir = TempDir::new("serve-events");
    let src = dir.path().join("notice.policy");
    std::fs::write(&src, minimal()).unwrap();
    let server = serve(dir.path(), &["notice.policy", "-o", "out"]);
    let mut s = TcpStream::connect(&server.addr).unwrap();
    s.set_read_timeout(Some(Duration::from_secs(20))).unwrap();
    write!(s, "GET /__policyc/events HTTP/1.1\r\nHost: x\r\n\r\n").unwrap();
    let mut r = BufReader::new(s);
    // Keep-alive lines reset the read timeout, so the wait has its own deadline.
    let mut data = || {
        let deadline = std::time::Instant::now() + Duration::from_secs(60);
        loop {
            assert!(std::time::Instant::now() < deadline, "no event within 60 s");
            let mut line = String::new();
            assert!(r.read_line(&mut line).unwrap() > 0, "the stream ended");
            if let Some(d) = line.strip_prefix("data: ") {
                return d.trim().to_string();
            }
        }
    };
    let first = data();
    std::fs::write(&src, minimal().replace("Jane", "June")).unwrap();
    let second = data();
    assert_ne!(first, second);
}

#[test]
fn serve_never_serves_files_outside_the_output() {
    let dir = TempDir::new("serve-traversal");
    std::fs::write(dir.path().join("notice.policy"), minimal()).unwrap();
    std::fs::write(dir.path().join("secret.txt"), "TOP-SECRET").unwrap();
    std::fs::create_dir_all(dir.path().join("out")).unwrap();
    std::fs::write(dir.path().join("out/other.txt"), "NOT-A-PAGE").unwrap();
    let server = serve(dir.path(), &["notice.policy", "-o", "out"]);
    for path in [
        "/../secret.txt",
        "/..%2fsecret.txt",
        "/%2e%2e/secret.txt",
        "/%2E%2E%2Fsecret.txt",
        "/notice.html/../../secret.txt",
        "/..\\secret.txt",
        "//etc/passwd",
        "/%2Fetc%2Fpasswd",
        "/other.txt",
        "/.notice.html.tmp",
        "/notice.policy",
        "/%00",
        "/%zz",
    ] {
        let (code, body) = get(&server.addr, path);
        assert_eq!(code, 404, "{path}: {body}");
        assert!(
            !body.contains("TOP-SECRET") && !body.contains("NOT-A-PAGE") && !body.contains("root:")
        );
    }
    let mut s = TcpStream::connect(&server.addr).unwrap();
    s.set_read_timeout(Some(Duration::from_secs(10))).unwrap();
    write!(s, "POST / HTTP/1.1\r\n\r\n").unwrap();
    let mut reply = String::new();
    let _ = s.read_to_string(&mut reply);
    assert!(reply.starts_with("HTTP/1.1 405"), "{reply}");
}

#[test]
fn serve_listens_on_loopback_and_build_output_has_no_reload_script() {
    let dir = TempDir::new("serve-loopback");
    std::fs::write(dir.path().join("notice.policy"), minimal()).unwrap();
    let server = serve(dir.path(), &["notice.policy", "-o", "out"]);
    assert!(server.addr.starts_with("127.0.0.1:"), "{}", server.addr);
    let run = policyc_in(
        dir.path(),
        &["build", "notice.policy", "-o", "built", "--format", "html"],
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    let html = std::fs::read_to_string(dir.path().join("built/notice.html")).unwrap();
    assert!(!html.contains("policyc-live-reload") && !html.contains("__policyc"));
    // The file serve writes is the page without the script, too.
    let served = std::fs::read_to_string(dir.path().join("out/notice.html")).unwrap();
    assert!(!served.contains("policyc-live-reload"));
}

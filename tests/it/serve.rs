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
    write!(
        s,
        "GET /__policyc/events HTTP/1.1\r\nHost: localhost\r\n\r\n"
    )
    .unwrap();
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
    write!(s, "POST / HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n").unwrap();
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

// Hostile clients (issue 24). Expected answers come from HTTP (RFC 9110/9112:
// 400 without or with two Host fields, 414 for a request line too long, 431
// for header fields too large, 408 for a head that does not arrive) and from
// the property defended: a page on another name (DNS rebinding) reads nothing.

/// Sends raw bytes (from another thread, so a server that stops reading
/// cannot block the test) and returns the status code and body of the answer.
fn raw(addr: &str, bytes: Vec<u8>) -> (u16, String) {
    let mut s = TcpStream::connect(addr).expect("connect");
    s.set_read_timeout(Some(Duration::from_secs(20))).unwrap();
    let mut w = s.try_clone().unwrap();
    let writer = std::thread::spawn(move || {
        let _ = w.write_all(&bytes);
    });
    let mut reply = Vec::new();
    let _ = s.read_to_end(&mut reply);
    let _ = s.shutdown(std::net::Shutdown::Both);
    let _ = writer.join();
    let text = String::from_utf8_lossy(&reply).into_owned();
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

fn with_host(path: &str, host: &str) -> Vec<u8> {
    format!("GET {path} HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\n\r\n").into_bytes()
}

#[test]
fn serve_answers_only_requests_for_loopback_names() {
    let dir = TempDir::new("serve-hosts");
    std::fs::write(dir.path().join("notice.policy"), minimal()).unwrap();
    let server = serve(
        dir.path(),
        &["notice.policy", "-o", "out", "--allow-host", "Policy.Test"],
    );
    let port = server.addr.rsplit(':').next().unwrap().to_string();
    for host in [
        format!("127.0.0.1:{port}"),
        format!("localhost:{port}"),
        "localhost".into(),
        format!("LOCALHOST.:{port}"),
        format!("app.localhost:{port}"),
        format!("[::1]:{port}"),
        format!("policy.test:{port}"),
    ] {
        let (code, body) = raw(&server.addr, with_host("/", &host));
        assert_eq!(code, 200, "{host}");
        assert!(body.contains("Jane Example"), "{host}");
    }
    // What a DNS-rebinding page would send: its own name, for the page, the events, anything.
    for host in [
        format!("attacker.example:{port}"),
        "attacker.example".into(),
        format!("localhost.attacker.example:{port}"),
        format!("127.0.0.1.nip.io:{port}"),
        format!("192.168.1.20:{port}"),
        format!("localhost:{port}x"),
        String::new(),
    ] {
        for path in ["/", "/notice.html", "/__policyc/events", "/nothing"] {
            let (code, body) = raw(&server.addr, with_host(path, &host));
            assert_eq!(code, 403, "{host} {path}: {body}");
            assert!(!body.contains("Jane"), "{host} {path}");
        }
    }
    // RFC 9112 §3.2: no Host, or two, is a bad request.
    let (code, _) = raw(&server.addr, b"GET / HTTP/1.1\r\n\r\n".to_vec());
    assert_eq!(code, 400);
    let two = b"GET / HTTP/1.1\r\nHost: localhost\r\nHost: attacker.example\r\n\r\n";
    assert_eq!(raw(&server.addr, two.to_vec()).0, 400);
}

#[test]
fn serve_bounds_request_lines_and_headers() {
    let dir = TempDir::new("serve-limits");
    std::fs::write(dir.path().join("notice.policy"), minimal()).unwrap();
    let server = serve(dir.path(), &["notice.policy", "-o", "out"]);
    let long_target = format!(
        "GET /{} HTTP/1.1\r\nHost: localhost\r\n\r\n",
        "a".repeat(9000)
    );
    assert_eq!(raw(&server.addr, long_target.into_bytes()).0, 414);
    // One huge header (8 MiB, sent without end): answered 431 long before it is all read.
    let mut huge = b"GET / HTTP/1.1\r\nHost: localhost\r\nX-Big: ".to_vec();
    huge.extend(std::iter::repeat_n(b'x', 8 << 20));
    assert_eq!(raw(&server.addr, huge).0, 431);
    // Many small headers.
    let mut many = String::from("GET / HTTP/1.1\r\nHost: localhost\r\n");
    for i in 0..200 {
        many.push_str(&format!("X-H{i}: y\r\n"));
    }
    many.push_str("\r\n");
    assert_eq!(raw(&server.addr, many.into_bytes()).0, 431);
    // The server is still there.
    assert_eq!(get(&server.addr, "/").0, 200);
}

#[test]
fn serve_slow_clients_do_not_block_others() {
    let dir = TempDir::new("serve-slow");
    std::fs::write(dir.path().join("notice.policy"), minimal()).unwrap();
    let server = serve(dir.path(), &["notice.policy", "-o", "out"]);
    // More slow clients than connections served at once, each mid-head.
    let slow: Vec<TcpStream> = (0..100)
        .map(|_| {
            let mut s = TcpStream::connect(&server.addr).unwrap();
            s.write_all(b"GET / HTTP/1.1\r\nHost: localh").unwrap();
            s
        })
        .collect();
    std::thread::sleep(Duration::from_millis(300));
    // Another client is served at once: well before a slow head would time out.
    for _ in 0..5 {
        let started = Instant::now();
        let (code, _) = get(&server.addr, "/");
        assert_eq!(code, 200);
        assert!(
            started.elapsed() < Duration::from_secs(3),
            "{:?}",
            started.elapsed()
        );
    }
    // A slow head is given up on (408 or closed) in bounded time.
    let mut one = TcpStream::connect(&server.addr).unwrap();
    one.write_all(b"GET / HTTP/1.1\r\n").unwrap();
    one.set_read_timeout(Some(Duration::from_secs(20))).unwrap();
    let started = Instant::now();
    let mut reply = String::new();
    let _ = one.read_to_string(&mut reply);
    assert!(
        started.elapsed() < Duration::from_secs(15),
        "{:?}",
        started.elapsed()
    );
    assert!(
        reply.is_empty() || reply.starts_with("HTTP/1.1 408"),
        "{reply}"
    );
    drop(slow);
}

#[test]
fn serve_404_pages_reload_when_a_deleted_source_returns() {
    let dir = TempDir::new("serve-deleted");
    let sources = dir.path().join("policies");
    std::fs::create_dir_all(&sources).unwrap();
    std::fs::write(sources.join("a.policy"), minimal()).unwrap();
    let b = sources.join("b.policy");
    std::fs::write(&b, minimal().replace("Jane Example", "Bea Example")).unwrap();
    let server = serve(dir.path(), &["policies", "-o", "out"]);
    assert_eq!(get(&server.addr, "/b.html").0, 200);
    std::fs::remove_file(&b).unwrap();
    let started = Instant::now();
    let body = loop {
        let (code, body) = get(&server.addr, "/b.html");
        if code == 404 {
            break body;
        }
        assert!(started.elapsed() < Duration::from_secs(10), "still {code}");
        std::thread::sleep(Duration::from_millis(50));
    };
    assert!(body.contains("policyc-live-reload"), "{body}");
    std::fs::write(&b, minimal().replace("Jane Example", "Bea Example")).unwrap();
    let (page, _) = wait_for(&server.addr, "/b.html", |p| p.contains("Bea Example"));
    assert!(page.contains("policyc-live-reload"));
}

//! `policyc serve`: build the HTML of the policies, serve it on loopback,
//! rebuild when a source changes and reload the open page.
//!
//! The server is std::net, one thread per connection, one request per
//! connection. Sources are watched by polling their modification times.
//! Served pages get a small script that listens on `/__policyc/events`
//! (server-sent events) and reloads the page when the build changes; it is
//! added as a page is served (404 pages included), never written to the
//! output. When a source is broken, the last good page stays and the
//! diagnostics are laid over it. Only the pages of the current build are
//! served: any other path, `..` included, is a 404.
//!
//! What a hostile client (or a page in the browser) can send is bounded:
//! - the `Host` must be a loopback name (`localhost`, `*.localhost`, a
//!   loopback address), the address listened on, or one given with
//!   `--allow-host`, else 403: a DNS-rebinding page cannot read the pages or
//!   the overlay (which shows source excerpts);
//! - the request line is at most [`MAX_REQUEST_LINE`] bytes (else 414), the
//!   head at most [`MAX_HEAD`] bytes and [`MAX_HEADERS`] lines (else 431);
//! - the whole head must arrive within [`HEAD_TIMEOUT`] (else 408) and every
//!   write finish within [`WRITE_TIMEOUT`];
//! - at most [`MAX_CONNECTIONS`] connections are served at once; when all
//!   are taken, the one that has waited longest for its head is closed to
//!   make room, so slow clients cannot starve others (503 only when every
//!   connection is past its head), and event streams take at most half.
//!
//! It stays hand-written rather than on `tiny_http` (or `hyper`): the limits
//! are a few dozen lines here, while those crates would not give a head
//! deadline or eviction without the same code around them, and would add
//! compile time and binary size (issue 27). Polling stays rather than
//! `notify`: it needs no platform back-end and already settles saves.

use std::collections::BTreeMap;
use std::io::{Read, Write};
use std::net::{IpAddr, Shutdown, SocketAddr, TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Condvar, Mutex};
use std::time::{Duration, Instant, SystemTime};

use super::{stem, Io};
use crate::cli::{ServeArgs, EXIT_ERROR};
use crate::session::{check_files, Session};

/// The path of the event stream.
const EVENTS: &str = "/__policyc/events";
/// How often the sources are looked at.
const POLL: Duration = Duration::from_millis(100);
/// How long a changed source must stay unchanged before it is rebuilt.
const SETTLE: Duration = Duration::from_millis(30);
/// Connections served at once.
pub const MAX_CONNECTIONS: usize = 64;
/// Event streams open at once (each open tab holds one); more get 503 and retry.
pub const MAX_EVENT_STREAMS: usize = MAX_CONNECTIONS / 2;
/// The longest request line, in bytes (414 beyond).
pub const MAX_REQUEST_LINE: usize = 8 * 1024;
/// The longest request head (request line and headers), in bytes (431 beyond).
pub const MAX_HEAD: usize = 64 * 1024;
/// The most header lines in a request (431 beyond).
pub const MAX_HEADERS: usize = 100;
/// How long a client has to send its whole request head (408 after).
pub const HEAD_TIMEOUT: Duration = Duration::from_secs(5);
/// How long one write to a client may block.
pub const WRITE_TIMEOUT: Duration = Duration::from_secs(10);

/// What the server shows.
#[derive(Default)]
struct State {
    /// Bumped at every rebuild; pages reload when it changes.
    generation: u64,
    /// The pages of the last good build: name (`saas.html`) → file in the output directory.
    pages: BTreeMap<String, PathBuf>,
    /// The diagnostics of the last build, when it failed (plain text).
    errors: Option<String>,
}

type Shared = Arc<(Mutex<State>, Condvar)>;

/// Runs `serve` until the process is stopped.
pub fn run(args: &ServeArgs, io: &mut Io<'_>) -> i32 {
    let (setup, files) = match super::start(&args.lint, &args.files, io, "serve") {
        Ok(started) => started,
        Err(code) => return code,
    };
    let addr = SocketAddr::new(args.host, args.port);
    let listener = match TcpListener::bind(addr) {
        Ok(l) => l,
        Err(e) => {
            let _ = writeln!(io.err, "error: cannot listen on {addr}: {e}");
            return EXIT_ERROR;
        }
    };
    let local = listener.local_addr().unwrap_or(addr);
    let shared: Shared = Arc::new((Mutex::new(State::default()), Condvar::new()));
    let builder = Builder {
        args: args.clone(),
        setup,
    };
    // The baseline is taken before the first build, so a save made while the
    // first build runs (or before the watcher starts) is never missed.
    let baseline = stamp(&files);
    builder.build(&files, &shared);
    let _ = writeln!(
        io.err,
        "serving http://{local}/ ; watching {} file(s); stop with Ctrl-C",
        files.len()
    );
    let _ = io.err.flush();
    if !args.host.is_loopback() {
        let _ = writeln!(
            io.err,
            "warning: listening on {} : anyone who can reach this address can read the pages",
            args.host
        );
    }
    {
        let shared = Arc::clone(&shared);
        std::thread::spawn(move || builder.watch(&shared, baseline));
    }
    let out_dir = args.out_dir.clone();
    let hosts = Arc::new(Hosts {
        listen: args.host,
        allowed: args
            .allow_host
            .iter()
            .map(|h| h.trim_end_matches('.').to_ascii_lowercase())
            .collect(),
    });
    let slots = Arc::new(Slots::default());
    let events = Arc::new(AtomicUsize::new(0));
    for stream in listener.incoming() {
        let Ok(stream) = stream else { continue };
        let _ = stream.set_write_timeout(Some(WRITE_TIMEOUT));
        let Some(slot) = slots.take(&stream) else {
            std::thread::spawn(move || {
                let _ = respond(&stream, "503 Service Unavailable", "text/plain", b"busy");
            });
            continue;
        };
        let shared = Arc::clone(&shared);
        let out_dir = out_dir.clone();
        let hosts = Arc::clone(&hosts);
        let slots = Arc::clone(&slots);
        let events = Arc::clone(&events);
        std::thread::spawn(move || {
            let conn = Conn {
                stream: &stream,
                slot,
                slots: &slots,
                events: &events,
            };
            handle(&conn, &shared, &out_dir, &hosts);
            slots.release(slot);
        });
    }
    EXIT_ERROR
}

/// The connections being served, and those still sending their head.
#[derive(Default)]
struct Slots {
    inner: Mutex<SlotsInner>,
}

#[derive(Default)]
struct SlotsInner {
    open: usize,
    next: u64,
    /// Connections still sending their head, oldest first.
    reading: Vec<(u64, TcpStream)>,
}

impl Slots {
    fn lock(&self) -> std::sync::MutexGuard<'_, SlotsInner> {
        self.inner
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }

    /// A slot for a new connection. When all are taken, the connection that
    /// has waited longest for its head is closed to make room; `None` when
    /// every connection is past its head.
    fn take(&self, stream: &TcpStream) -> Option<u64> {
        let mut s = self.lock();
        if s.open >= MAX_CONNECTIONS {
            if s.reading.is_empty() {
                return None;
            }
            let (_, oldest) = s.reading.remove(0);
            // Its thread's read fails at once; it then gives back its slot.
            let _ = oldest.shutdown(Shutdown::Both);
        }
        s.open += 1;
        s.next += 1;
        let id = s.next;
        if let Ok(clone) = stream.try_clone() {
            s.reading.push((id, clone));
        }
        Some(id)
    }

    /// The connection has sent its head: it can no longer be closed for room.
    fn head_read(&self, id: u64) {
        self.lock().reading.retain(|(i, _)| *i != id);
    }

    fn release(&self, id: u64) {
        let mut s = self.lock();
        s.reading.retain(|(i, _)| *i != id);
        s.open = s.open.saturating_sub(1);
    }
}

/// One connection being served.
struct Conn<'a> {
    stream: &'a TcpStream,
    slot: u64,
    slots: &'a Slots,
    /// Event streams open now.
    events: &'a AtomicUsize,
}

/// The `Host` values the server answers.
struct Hosts {
    /// The address listened on (allowed as a `Host` when it is not 0.0.0.0 or ::).
    listen: IpAddr,
    /// Added with `--allow-host`, lower case.
    allowed: Vec<String>,
}

impl Hosts {
    /// Whether a request's `Host` names this server: a loopback name or
    /// address, the address listened on, or a name allowed by the user. Any
    /// other name may be a DNS-rebinding page's (it would read the pages).
    fn allows(&self, host: &str) -> bool {
        let host = host.trim();
        let name = if let Some(rest) = host.strip_prefix('[') {
            match rest.split_once(']') {
                Some((ip, port)) if port.is_empty() || is_port(port) => ip,
                _ => return false,
            }
        } else {
            match host.rsplit_once(':') {
                Some((name, port)) if is_port(port) => name,
                Some(_) => return false,
                None => host,
            }
        };
        let name = name.trim_end_matches('.').to_ascii_lowercase();
        if name.is_empty() {
            return false;
        }
        if name == "localhost" || name.ends_with(".localhost") {
            return true;
        }
        if let Ok(ip) = name.parse::<IpAddr>() {
            return ip.is_loopback() || (ip == self.listen && !ip.is_unspecified());
        }
        self.allowed.contains(&name)
    }
}

fn is_port(s: &str) -> bool {
    s.strip_prefix(':')
        .unwrap_or(s)
        .bytes()
        .all(|b| b.is_ascii_digit())
        && !s.trim_start_matches(':').is_empty()
        && s.trim_start_matches(':').len() <= 5
}

struct Builder {
    args: ServeArgs,
    setup: Session,
}

/// What changes when a source is saved: each file's modification time and size.
fn stamp(files: &[PathBuf]) -> Vec<(PathBuf, Option<SystemTime>, u64)> {
    files
        .iter()
        .map(|f| {
            let meta = std::fs::metadata(f).ok();
            (
                f.clone(),
                meta.as_ref().and_then(|m| m.modified().ok()),
                meta.map_or(0, |m| m.len()),
            )
        })
        .collect()
}

impl Builder {
    /// Rebuilds when a source (or the set of sources below a directory) changes. Runs forever.
    fn watch(&self, shared: &Shared, baseline: Vec<(PathBuf, Option<SystemTime>, u64)>) {
        let mut files;
        let mut last = baseline;
        loop {
            std::thread::sleep(POLL);
            files = crate::source::expand(&self.args.files);
            let mut now = stamp(&files);
            if now != last {
                // An editor's save may be seen half-written (truncated, then
                // written): build once the files have stopped changing.
                loop {
                    std::thread::sleep(SETTLE);
                    let again = stamp(&files);
                    if again == now {
                        break;
                    }
                    now = again;
                }
                last = now;
                self.build(&files, shared);
            }
        }
    }

    /// Compiles every file; on success writes the HTML and serves it, else keeps the last pages and shows the errors.
    fn build(&self, files: &[PathBuf], shared: &Shared) {
        let result = self.render(files);
        let (lock, changed) = &**shared;
        let mut state = lock
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        match result {
            Ok(pages) => {
                state.pages = pages;
                state.errors = None;
                eprintln!("rebuilt {} page(s)", state.pages.len());
            }
            Err(errors) => {
                eprintln!("{errors}");
                state.errors = Some(errors);
            }
        }
        state.generation += 1;
        changed.notify_all();
    }

    fn render(&self, files: &[PathBuf]) -> Result<BTreeMap<String, PathBuf>, String> {
        let checked = check_files(files, &self.setup);
        let errors: Vec<crate::diag::Diagnostic> = checked
            .iter()
            .flat_map(|c| c.errors.iter().cloned())
            .collect();
        if !errors.is_empty() {
            return Err(crate::diag::render_human(&errors, false, 100));
        }
        let dir = self
            .args
            .templates
            .as_deref()
            .or(self.setup.config.templates.as_deref());
        let templates = crate::render::Templates::load(dir)
            .map_err(|e| crate::diag::render_human(&e, false, 100))?;
        let mut pages = BTreeMap::new();
        for c in &checked {
            let Some(policy) = &c.policy else { continue };
            let html = crate::render::html(policy, &templates, self.setup.config.allow_raw_html)
                .map_err(|d| crate::diag::render_human(&[d], false, 100))?;
            let name = format!("{}.html", stem(&c.path));
            let path = self.args.out_dir.join(&name);
            super::build::write_atomic(&path, &html)
                .map_err(|e| format!("cannot write {}: {e}", path.display()))?;
            pages.insert(name, path);
        }
        Ok(pages)
    }
}

/// A request's head, as far as the server reads it.
struct Head {
    method: String,
    target: String,
    host: String,
}

/// Reads a request head within [`HEAD_TIMEOUT`] and the size limits. `Err`
/// carries the status to answer, or `None` when the client is gone.
fn read_head(stream: &TcpStream) -> Result<Head, Option<&'static str>> {
    let deadline = Instant::now() + HEAD_TIMEOUT;
    let mut buf: Vec<u8> = Vec::with_capacity(1024);
    let mut chunk = [0u8; 4096];
    let end = loop {
        if let Some(i) = find(&buf, b"\r\n\r\n") {
            break i;
        }
        if !buf.contains(&b'\n') && buf.len() > MAX_REQUEST_LINE {
            return Err(Some("414 URI Too Long"));
        }
        if buf.len() > MAX_HEAD {
            return Err(Some("431 Request Header Fields Too Large"));
        }
        let left = deadline.saturating_duration_since(Instant::now());
        if left.is_zero() {
            return Err(Some("408 Request Timeout"));
        }
        let _ = stream.set_read_timeout(Some(left));
        let mut reader = stream;
        match reader.read(&mut chunk) {
            Ok(0) => return Err(None),
            Ok(n) => buf.extend_from_slice(&chunk[..n]),
            Err(e)
                if matches!(
                    e.kind(),
                    std::io::ErrorKind::WouldBlock | std::io::ErrorKind::TimedOut
                ) =>
            {
                return Err(Some("408 Request Timeout"))
            }
            Err(_) => return Err(None),
        }
    };
    if end > MAX_HEAD {
        return Err(Some("431 Request Header Fields Too Large"));
    }
    let head = String::from_utf8_lossy(&buf[..end]);
    let mut lines = head.split("\r\n");
    let request_line = lines.next().unwrap_or_default();
    if request_line.len() > MAX_REQUEST_LINE {
        return Err(Some("414 URI Too Long"));
    }
    let mut host = None;
    for (n, line) in lines.enumerate() {
        if n >= MAX_HEADERS {
            return Err(Some("431 Request Header Fields Too Large"));
        }
        let Some((name, value)) = line.split_once(':') else {
            return Err(Some("400 Bad Request"));
        };
        if name.eq_ignore_ascii_case("host") {
            // RFC 9112 §3.2: more than one Host is a bad request.
            if host.is_some() {
                return Err(Some("400 Bad Request"));
            }
            host = Some(value.trim().to_string());
        }
    }
    let mut parts = request_line.split(' ');
    let (Some(method), Some(target), Some(version), None) =
        (parts.next(), parts.next(), parts.next(), parts.next())
    else {
        return Err(Some("400 Bad Request"));
    };
    if !version.starts_with("HTTP/1.") {
        return Err(Some("505 HTTP Version Not Supported"));
    }
    // RFC 9112 §3.2: a request without Host is a bad request.
    let Some(host) = host else {
        return Err(Some("400 Bad Request"));
    };
    Ok(Head {
        method: method.to_string(),
        target: target.to_string(),
        host,
    })
}

/// Closes a connection whose request was not read to its end so that the
/// answer reaches the client: closing with unread input sends a reset,
/// which can discard the answer. Reads (and drops) at most 1 MiB for at most 1 s.
fn linger(stream: &TcpStream) {
    let _ = stream.shutdown(Shutdown::Write);
    let deadline = Instant::now() + Duration::from_secs(1);
    let mut chunk = [0u8; 16 * 1024];
    let mut total = 0;
    while total < 1024 * 1024 {
        let left = deadline.saturating_duration_since(Instant::now());
        if left.is_zero() || stream.set_read_timeout(Some(left)).is_err() {
            return;
        }
        let mut reader = stream;
        match reader.read(&mut chunk) {
            Ok(0) | Err(_) => return,
            Ok(n) => total += n,
        }
    }
}

fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
}

/// Reads one request and answers it.
fn handle(conn: &Conn<'_>, shared: &Shared, out_dir: &Path, hosts: &Hosts) {
    let stream = conn.stream;
    let head = read_head(stream);
    conn.slots.head_read(conn.slot);
    let head = match head {
        Ok(h) => h,
        Err(Some(status)) => {
            let _ = respond(stream, status, "text/plain", status.as_bytes());
            linger(stream);
            return;
        }
        Err(None) => return,
    };
    if !hosts.allows(&head.host) {
        let _ = respond(
            stream,
            "403 Forbidden",
            "text/plain",
            b"forbidden: policyc serve answers requests for localhost only; allow another name with --allow-host",
        );
        return;
    }
    let method = head.method.as_str();
    if method != "GET" && method != "HEAD" {
        let _ = respond(stream, "405 Method Not Allowed", "text/plain", b"GET only");
        return;
    }
    let path = head.target.split(['?', '#']).next().unwrap_or("/");
    if path == EVENTS {
        if conn.events.fetch_add(1, Ordering::SeqCst) >= MAX_EVENT_STREAMS {
            let _ = respond(stream, "503 Service Unavailable", "text/plain", b"busy");
        } else {
            events(stream, shared);
        }
        conn.events.fetch_sub(1, Ordering::SeqCst);
        return;
    }
    let (generation, pages, errors) = {
        let state = shared
            .0
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        (state.generation, state.pages.clone(), state.errors.clone())
    };
    let name = match percent_decode(path.trim_start_matches('/')) {
        Some(n) if n.is_empty() && pages.len() == 1 => pages.keys().next().cloned().unwrap_or(n),
        Some(n) => n,
        None => String::from("\u{0}"),
    };
    if name.is_empty() {
        let body = index_page(&pages);
        let page = inject(&body, generation, errors.as_deref());
        let _ = respond(
            stream,
            "200 OK",
            "text/html; charset=utf-8",
            page.as_bytes(),
        );
        return;
    }
    let html = resolve(out_dir, &pages, &name).and_then(|f| std::fs::read_to_string(f).ok());
    match html {
        Some(html) => {
            let page = inject(&html, generation, errors.as_deref());
            let _ = respond(
                stream,
                "200 OK",
                "text/html; charset=utf-8",
                page.as_bytes(),
            );
        }
        None => {
            // With the reload script: when the page comes back (a deleted
            // source restored), the tab reloads into it.
            let page = inject(&not_found_page(), generation, errors.as_deref());
            let _ = respond(
                stream,
                "404 Not Found",
                "text/html; charset=utf-8",
                page.as_bytes(),
            );
        }
    }
}

fn not_found_page() -> String {
    "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Not found · policyc serve</title></head><body><main><h1>Not found</h1><p>No page of the current build has this name. This tab reloads when the build changes. <a href=\"/\">All pages</a></p></main></body></html>\n".to_string()
}

/// The file of a page of the current build, only if it is one and lies in the output directory.
fn resolve(out_dir: &Path, pages: &BTreeMap<String, PathBuf>, name: &str) -> Option<PathBuf> {
    if name.contains(['/', '\\', '\0']) || name.contains("..") || name.starts_with('.') {
        return None;
    }
    let file = pages.get(name)?;
    let root = out_dir.canonicalize().ok()?;
    let real = file.canonicalize().ok()?;
    real.starts_with(&root).then_some(real)
}

/// Decodes `%XX` escapes; `None` for a bad escape or bytes that are not UTF-8.
fn percent_decode(s: &str) -> Option<String> {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hex = s.get(i + 1..i + 3)?;
            out.push(u8::from_str_radix(hex, 16).ok()?);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).ok()
}

/// The server-sent events: the generation now, then at every rebuild; a comment every 15 s keeps the connection.
fn events(stream: &TcpStream, shared: &Shared) {
    let mut out = stream;
    let head = "HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nCache-Control: no-store\r\nConnection: keep-alive\r\n\r\nretry: 300\n\n";
    if out.write_all(head.as_bytes()).is_err() {
        return;
    }
    let (lock, changed) = &**shared;
    let mut seen = u64::MAX;
    loop {
        let generation = {
            let mut state = lock
                .lock()
                .unwrap_or_else(std::sync::PoisonError::into_inner);
            if state.generation == seen {
                state = changed
                    .wait_timeout(state, Duration::from_secs(15))
                    .map(|(s, _)| s)
                    .unwrap_or_else(|e| e.into_inner().0);
            }
            state.generation
        };
        let message = if generation == seen {
            ": ping\n\n".to_string()
        } else {
            seen = generation;
            format!("data: {generation}\n\n")
        };
        if out.write_all(message.as_bytes()).is_err() || out.flush().is_err() {
            return;
        }
    }
}

fn respond(stream: &TcpStream, status: &str, kind: &str, body: &[u8]) -> std::io::Result<()> {
    let mut out = stream;
    write!(
        out,
        "HTTP/1.1 {status}\r\nContent-Type: {kind}\r\nContent-Length: {}\r\nCache-Control: no-store\r\nX-Content-Type-Options: nosniff\r\nConnection: close\r\n\r\n",
        body.len()
    )?;
    out.write_all(body)?;
    out.flush()
}

fn index_page(pages: &BTreeMap<String, PathBuf>) -> String {
    let items: String = pages
        .keys()
        .map(|n| {
            let n = crate::render::prose::escape_html_text(n);
            format!("<li><a href=\"/{n}\">{n}</a></li>")
        })
        .collect();
    let list = if items.is_empty() {
        "<p>No page has been built yet.</p>".to_string()
    } else {
        format!("<ul>{items}</ul>")
    };
    format!("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>policyc serve</title></head><body><main><h1>Policies</h1>{list}</main></body></html>\n")
}

/// Adds the live-reload script, and the diagnostics over the page when the build failed.
fn inject(html: &str, generation: u64, errors: Option<&str>) -> String {
    let overlay = errors.map_or(String::new(), |e| {
        format!(
            "<div id=\"policyc-overlay\" role=\"alert\" style=\"position:fixed;inset:0;z-index:2147483647;overflow:auto;margin:0;padding:1.5rem;background:#141414;color:#fff;font:14px/1.45 ui-monospace,monospace\"><p style=\"margin:0 0 1rem;font-weight:bold;color:#ff8a80\">policyc: the source has errors; this is the last page that built.</p><pre style=\"white-space:pre-wrap;margin:0\">{}</pre></div>",
            crate::render::prose::escape_html_text(e)
        )
    });
    let script = format!(
        "<script id=\"policyc-live-reload\">(function(){{var g=\"{generation}\";var s=new EventSource(\"{EVENTS}\");s.onmessage=function(e){{if(e.data!==g){{s.close();location.reload();}}}};}})();</script>"
    );
    let extra = format!("{overlay}{script}");
    match html.rfind("</body>") {
        Some(i) => format!("{}{extra}{}", &html[..i], &html[i..]),
        None => format!("{html}{extra}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_pages_of_the_build_inside_the_output_are_served() {
        let dir = std::env::temp_dir().join(format!("policyc-serve-unit-{}", std::process::id()));
        let _ = std::fs::create_dir_all(&dir);
        let page = dir.join("a.html");
        std::fs::write(&page, "x").unwrap_or_default();
        let mut pages = BTreeMap::new();
        pages.insert("a.html".to_string(), page);
        pages.insert("..".to_string(), dir.join(".."));
        assert!(resolve(&dir, &pages, "a.html").is_some());
        for bad in [
            "..",
            "../a.html",
            "b.html",
            "a.html/..",
            ".a",
            "a\\b",
            "a\0",
        ] {
            assert!(resolve(&dir, &pages, bad).is_none(), "{bad}");
        }
        assert_eq!(percent_decode("%2e%2E/x").as_deref(), Some("../x"));
        assert_eq!(percent_decode("%zz"), None);
        assert_eq!(percent_decode("%"), None);
        let _ = std::fs::remove_dir_all(&dir);
    }

    #[test]
    fn only_loopback_names_and_allowed_hosts_are_answered() {
        let hosts = Hosts {
            listen: "127.0.0.1".parse().expect("an address"),
            allowed: vec!["policy.test".into()],
        };
        for ok in [
            "localhost",
            "localhost:8686",
            "LocalHost.",
            "a.b.localhost:1",
            "127.0.0.1",
            "127.1.2.3:80",
            "[::1]",
            "[::1]:8686",
            "policy.test:8686",
        ] {
            assert!(hosts.allows(ok), "{ok}");
        }
        for bad in [
            "",
            ":8686",
            "attacker.example",
            "localhost.attacker.example",
            "localhost:86x",
            "localhost:123456",
            "[::1]x",
            "::1",
            "0.0.0.0:8686",
            "10.0.0.1",
            "sub.policy.test",
        ] {
            assert!(!hosts.allows(bad), "{bad}");
        }
        let lan = Hosts {
            listen: "10.0.0.1".parse().expect("an address"),
            allowed: Vec::new(),
        };
        assert!(lan.allows("10.0.0.1:8686"));
    }

    #[test]
    fn the_script_and_overlay_go_before_the_end_of_the_body() {
        let page = inject(
            "<html><body><p>hi</p></body></html>",
            7,
            Some("a <b> error"),
        );
        assert!(page.contains("var g=\"7\""));
        assert!(page.contains("a &lt;b&gt; error"));
        assert!(page.ends_with("</body></html>"));
        assert!(!inject("<body></body>", 1, None).contains("policyc-overlay"));
    }

    #[test]
    fn the_overlay_hides_the_page_behind_it() {
        // Opaque, as Vite's is: the page's own text must not show through the diagnostics.
        let page = inject("<body><p>hi</p></body>", 1, Some("error"));
        let style = page
            .split("id=\"policyc-overlay\"")
            .nth(1)
            .and_then(|rest| rest.split('>').next())
            .expect("the overlay");
        let background = style
            .split(';')
            .find_map(|d| d.trim().strip_prefix("background:"))
            .expect("a background");
        assert!(
            background.starts_with('#') && background.len() == 7,
            "{background}"
        );
        assert!(style.contains("inset:0"), "{style}");
    }
}

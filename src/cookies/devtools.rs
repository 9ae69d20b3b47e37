//! The few parts of the Chrome DevTools protocol that `policyc scan` uses,
//! spoken directly: start Chromium headless with a fresh profile, connect to
//! its WebSocket, open one page and send it commands, reading the events that
//! arrive meanwhile. One thread, no async runtime; every wait has a deadline.
//!
//! The protocol: <https://chromedevtools.github.io/devtools-protocol/>. A
//! command is `{"id", "method", "params", "sessionId"}`, its answer carries
//! the same `id` and a `result` or an `error`; anything with a `method` and no
//! `id` is an event. The page's commands go through a "flat" session
//! (`Target.attachToTarget` with `flatten`), so one connection serves both
//! the browser and the page.

use std::io::Read;
use std::net::TcpStream;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use serde_json::{json, Value};
use tungstenite::{Message, WebSocket};

/// What went wrong in a command or a wait.
#[derive(Debug)]
pub enum Error {
    /// Nothing came before the deadline.
    Timeout,
    /// The browser answered the command with an error (its own message).
    Refused(String),
    /// The connection failed or the browser went away.
    Lost(String),
}

impl std::fmt::Display for Error {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Error::Timeout => f.write_str("no answer in time"),
            Error::Refused(m) => f.write_str(m),
            Error::Lost(m) => write!(f, "the connection to the browser was lost: {m}"),
        }
    }
}

/// How to start the browser.
pub struct Launch<'a> {
    pub program: &'a Path,
    /// The profile folder (fresh); the browser writes `DevToolsActivePort` there.
    pub profile: PathBuf,
    /// Where the browser's own messages go: read back when it fails to start.
    pub log: PathBuf,
    /// Flags besides the ones every scan needs.
    pub args: &'a [&'a str],
    pub envs: &'a [(&'a str, PathBuf)],
    /// Off when running as root, where Chromium refuses to start sandboxed.
    pub sandbox: bool,
    /// How long the browser may take to start and to answer a command.
    pub timeout: Duration,
}

/// Called with each event's method and parameters, in the order they arrive.
pub type Listener = Box<dyn FnMut(&str, &Value)>;

/// A running browser with one page open.
pub struct Browser {
    child: Child,
    ws: WebSocket<TcpStream>,
    next_id: u64,
    session: String,
    timeout: Duration,
    listener: Option<Listener>,
}

/// Flags for an unattended browser that calls no service of its own and
/// keeps timers running in a page nobody looks at (those puppeteer starts
/// Chromium with, which the `headless_chrome` crate used before this module).
const FLAGS: &[&str] = &[
    "--headless",
    "--remote-debugging-port=0",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-background-timer-throttling",
    "--disable-backgrounding-occluded-windows",
    "--disable-breakpad",
    "--disable-client-side-phishing-detection",
    "--disable-component-extensions-with-background-pages",
    "--disable-default-apps",
    "--disable-dev-shm-usage",
    "--disable-extensions",
    "--disable-hang-monitor",
    "--disable-ipc-flooding-protection",
    "--disable-popup-blocking",
    "--disable-prompt-on-repost",
    "--disable-renderer-backgrounding",
    "--disable-sync",
    "--metrics-recording-only",
    "--enable-automation",
    "--password-store=basic",
    "--use-mock-keychain",
];

impl Browser {
    /// Starts the browser, connects, and opens a blank page.
    pub fn launch(l: &Launch) -> Result<Browser, String> {
        let log = std::fs::File::create(&l.log)
            .map_err(|e| format!("cannot write {}: {e}", l.log.display()))?;
        let mut cmd = Command::new(l.program);
        cmd.args(FLAGS)
            .arg(format!("--user-data-dir={}", l.profile.display()))
            .args(l.args)
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(log);
        if !l.sandbox {
            cmd.args(["--no-sandbox", "--disable-setuid-sandbox"]);
        }
        for (k, v) in l.envs {
            cmd.env(k, v);
        }
        cmd.arg("about:blank");
        let mut child = cmd.spawn().map_err(|e| e.to_string())?;
        match Self::connect(&mut child, l) {
            Ok(ws) => {
                let mut browser = Browser {
                    child,
                    ws,
                    next_id: 0,
                    session: String::new(),
                    timeout: l.timeout,
                    listener: None,
                };
                browser.open_page().map_err(|e| e.to_string())?;
                Ok(browser)
            }
            Err(e) => {
                let _ = child.kill();
                let _ = child.wait();
                Err(match last_lines(&l.log) {
                    Some(said) => format!("{e}; it said: {said}"),
                    None => e,
                })
            }
        }
    }

    /// Waits for the browser to write the port it listens on, then opens the WebSocket.
    fn connect(child: &mut Child, l: &Launch) -> Result<WebSocket<TcpStream>, String> {
        let until = Instant::now() + l.timeout.max(Duration::from_secs(20));
        let file = l.profile.join("DevToolsActivePort");
        let (port, path) = loop {
            // Two lines: the port, and the browser's WebSocket path.
            if let Ok(text) = std::fs::read_to_string(&file) {
                let mut lines = text.lines();
                if let (Some(port), Some(path)) = (lines.next(), lines.next()) {
                    if let Ok(port) = port.trim().parse::<u16>() {
                        break (port, path.trim().to_string());
                    }
                }
            }
            if let Ok(Some(status)) = child.try_wait() {
                return Err(format!("it exited ({status}) before it listened"));
            }
            if Instant::now() > until {
                return Err("it did not open its DevTools port in time".into());
            }
            std::thread::sleep(Duration::from_millis(20));
        };
        let addr = std::net::SocketAddr::from(([127, 0, 0, 1], port));
        let stream = TcpStream::connect_timeout(&addr, l.timeout).map_err(|e| e.to_string())?;
        let deadline = Some(l.timeout.max(Duration::from_secs(1)));
        stream
            .set_read_timeout(deadline)
            .and_then(|()| stream.set_write_timeout(deadline))
            .and_then(|()| stream.set_nodelay(true))
            .map_err(|e| e.to_string())?;
        let url = format!("ws://127.0.0.1:{port}{path}");
        tungstenite::client(url.as_str(), stream)
            .map(|(ws, _)| ws)
            .map_err(|e| format!("the DevTools handshake failed: {e}"))
    }

    /// A new blank page, and a flat session on it for the page's commands.
    fn open_page(&mut self) -> Result<(), Error> {
        let target = self.call_browser("Target.createTarget", json!({"url": "about:blank"}))?;
        let id = target["targetId"].as_str().unwrap_or_default().to_string();
        let attached = self.call_browser(
            "Target.attachToTarget",
            json!({"targetId": id, "flatten": true}),
        )?;
        self.session = attached["sessionId"]
            .as_str()
            .ok_or_else(|| Error::Refused("no session for the page".into()))?
            .to_string();
        Ok(())
    }

    /// Every event from now on goes to `listener`.
    pub fn listen(&mut self, listener: Listener) {
        self.listener = Some(listener);
    }

    /// A command to the page, answered within the browser's timeout.
    pub fn call(&mut self, method: &str, params: Value) -> Result<Value, Error> {
        self.request(method, params, true)
    }

    /// A command to the browser itself (no session).
    fn call_browser(&mut self, method: &str, params: Value) -> Result<Value, Error> {
        self.request(method, params, false)
    }

    fn request(&mut self, method: &str, params: Value, page: bool) -> Result<Value, Error> {
        let until = Instant::now() + self.timeout;
        let id = self.send(method, params, page)?;
        self.answer(id, until)
    }

    /// Sends a command (to the page, or to the browser) and returns its id without waiting.
    pub fn send(&mut self, method: &str, params: Value, page: bool) -> Result<u64, Error> {
        self.next_id += 1;
        let mut message = json!({"id": self.next_id, "method": method, "params": params});
        if page {
            message["sessionId"] = Value::String(self.session.clone());
        }
        self.ws
            .send(Message::text(message.to_string()))
            .map_err(|e| Error::Lost(e.to_string()))?;
        Ok(self.next_id)
    }

    /// Reads until the answer to command `id` comes, or the deadline passes.
    pub fn answer(&mut self, id: u64, until: Instant) -> Result<Value, Error> {
        self.answer_observing(id, until, |_, _| {})
    }

    /// [`Browser::answer`], showing `observe` each event that comes before it.
    pub fn answer_observing(
        &mut self,
        id: u64,
        until: Instant,
        mut observe: impl FnMut(&str, &Value),
    ) -> Result<Value, Error> {
        let mut answer = None;
        self.read_until(until, |m| {
            if m["id"].as_u64() == Some(id) {
                answer = Some(m.clone());
                return true;
            }
            if let (Some(method), None) = (m["method"].as_str(), m.get("id")) {
                observe(method, &m["params"]);
            }
            false
        })?;
        let Some(mut m) = answer else {
            return Err(Error::Timeout);
        };
        if let Some(e) = m.get("error") {
            let text = e["message"].as_str().unwrap_or("an error").to_string();
            return Err(Error::Refused(match e["data"].as_str() {
                Some(data) => format!("{text}: {data}"),
                None => text,
            }));
        }
        Ok(m["result"].take())
    }

    /// Reads events until `done` says so of an event (`true`) or the deadline
    /// passes (`false`); every event also goes to the listener.
    pub fn wait_for(
        &mut self,
        until: Instant,
        mut done: impl FnMut(&str, &Value) -> bool,
    ) -> Result<bool, Error> {
        self.read_until(until, |m| match m["method"].as_str() {
            Some(method) if m.get("id").is_none() => done(method, &m["params"]),
            _ => false,
        })
    }

    /// Reads events for `how_long`: lets the page's scripts run and be heard.
    pub fn idle(&mut self, how_long: Duration) -> Result<(), Error> {
        self.wait_for(Instant::now() + how_long, |_, _| false)
            .map(|_| ())
    }

    /// Reads messages, events to the listener, until `stop` accepts one (`true`)
    /// or the deadline passes (`false`).
    fn read_until(
        &mut self,
        until: Instant,
        mut stop: impl FnMut(&Value) -> bool,
    ) -> Result<bool, Error> {
        loop {
            let left = until.saturating_duration_since(Instant::now());
            if left.is_zero() {
                return Ok(false);
            }
            self.ws
                .get_mut()
                .set_read_timeout(Some(left))
                .map_err(|e| Error::Lost(e.to_string()))?;
            let text = match self.ws.read() {
                Ok(Message::Text(t)) => t,
                Ok(Message::Close(_)) => return Err(Error::Lost("the browser closed it".into())),
                Ok(_) => continue,
                Err(tungstenite::Error::Io(e))
                    if matches!(
                        e.kind(),
                        std::io::ErrorKind::WouldBlock | std::io::ErrorKind::TimedOut
                    ) =>
                {
                    continue
                }
                Err(e) => return Err(Error::Lost(e.to_string())),
            };
            let Ok(message) = serde_json::from_str::<Value>(text.as_str()) else {
                continue;
            };
            if message.get("id").is_none() {
                if let (Some(method), Some(listener)) =
                    (message["method"].as_str(), self.listener.as_mut())
                {
                    listener(method, &message["params"]);
                }
            }
            if stop(&message) {
                return Ok(true);
            }
        }
    }

    /// Closes the browser: asked first, then stopped.
    pub fn close(mut self) {
        if let Ok(id) = self.send("Browser.close", json!({}), false) {
            let _ = self.answer(id, Instant::now() + Duration::from_secs(2));
        }
        let until = Instant::now() + Duration::from_secs(5);
        while Instant::now() < until {
            if let Ok(Some(_)) = self.child.try_wait() {
                return;
            }
            std::thread::sleep(Duration::from_millis(50));
        }
    }
}

impl Drop for Browser {
    fn drop(&mut self) {
        if let Ok(None) = self.child.try_wait() {
            let _ = self.child.kill();
        }
        let _ = self.child.wait();
    }
}

/// The last few lines the browser wrote (at most 600 bytes), in one line.
fn last_lines(log: &Path) -> Option<String> {
    let mut bytes = Vec::new();
    std::fs::File::open(log)
        .ok()?
        .read_to_end(&mut bytes)
        .ok()?;
    let text = String::from_utf8_lossy(&bytes);
    let lines: Vec<&str> = text.lines().filter(|l| !l.trim().is_empty()).collect();
    let tail = lines[lines.len().saturating_sub(3)..].join(" | ");
    let tail = tail.trim();
    if tail.is_empty() {
        return None;
    }
    let start = tail.len().saturating_sub(600);
    let start = (start..tail.len())
        .find(|&i| tail.is_char_boundary(i))
        .unwrap_or(tail.len());
    Some(tail[start..].to_string())
}

//! `policyc lsp`: a Language Server Protocol server over stdio, with the
//! `lsp-server` message types and the `lsp-types` types (as rust-analyzer).
//!
//! Frames are read by [`framing`], not by `lsp-server`'s reader, so that a bad
//! frame (no or a wrong `Content-Length`, a body that is not JSON, a lone
//! surrogate) is answered or skipped and the server goes on. The lifecycle
//! (`initialize`, `shutdown`, `exit`) follows the protocol: requests before
//! `initialize` get `ServerNotInitialized`, after `shutdown` `InvalidRequest`.
//!
//! Documents are synchronised whole (each change sends the full text). A
//! change only stores the text; the analysis ([`analysis::Analysis`]: compile,
//! check, index) runs when a request needs the document or when no message is
//! waiting, so a burst of changes is analysed once, at its last version.
//! A request that fails, even by a defect that panics, is answered with an
//! error and the server goes on.

pub mod actions;
pub mod analysis;
pub mod framing;
pub mod index;
pub mod text;

use std::collections::{HashMap, VecDeque};
use std::io::{BufRead, Write};
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::sync::mpsc::{channel, Receiver, RecvTimeoutError, Sender};
use std::time::{Duration, Instant};

use lsp_server::{ErrorCode, Message, Notification, Request, RequestId, Response};
use lsp_types::notification::{
    DidChangeTextDocument, DidCloseTextDocument, DidOpenTextDocument, Notification as _,
    PublishDiagnostics,
};
use lsp_types::request::{
    CodeActionRequest, Completion, DocumentSymbolRequest, Formatting, GotoDefinition, HoverRequest,
    PrepareRenameRequest, References, Rename, Request as _,
};
use lsp_types::{
    CodeActionProviderCapability, CompletionOptions, HoverProviderCapability, OneOf,
    PublishDiagnosticsParams, RenameOptions, ServerCapabilities, ServerInfo,
    TextDocumentSyncCapability, TextDocumentSyncKind, Uri,
};
use serde_json::Value;

use analysis::Analysis;
use framing::Frame;

use crate::session::{Options, Session};

/// A document at least this large (bytes) is analysed only once its changes
/// have paused for [`DEBOUNCE`], since one analysis takes a noticeable time.
pub const DEBOUNCE_BYTES: usize = 1024 * 1024;
/// How long changes to a large document must pause before it is analysed.
pub const DEBOUNCE: Duration = Duration::from_millis(150);

/// Runs the server on stdin and stdout until `exit`; returns the process exit
/// code: 0 after `shutdown` then `exit`, 1 otherwise (as the protocol says).
pub fn run_stdio() -> i32 {
    let stdout = std::io::stdout();
    serve_io(
        std::io::BufReader::new(std::io::stdin()),
        stdout.lock(),
        &mut std::io::stderr(),
    )
}

/// What the reading thread hands on.
enum Incoming {
    Message(Message),
    /// An error response for a body that was not a message.
    Reply(Value),
    /// A line for the log.
    Log(String),
    Eof,
}

/// Reads frames until the end of the stream, decodes them and hands them on.
fn read_loop(mut input: impl BufRead, tx: &Sender<Incoming>) {
    loop {
        let incoming = match framing::read_frame(&mut input) {
            Ok(Frame::Body(body)) => {
                let (decoded, repaired) = framing::decode(body);
                if repaired > 0 {
                    let _ = tx.send(Incoming::Log(format!(
                        "replaced {repaired} lone UTF-16 surrogate(s) with U+FFFD"
                    )));
                }
                match decoded {
                    Ok(m) => Incoming::Message(m),
                    Err(r) => match r.response {
                        Some(response) => {
                            let _ = tx.send(Incoming::Log(r.log));
                            Incoming::Reply(response)
                        }
                        None => Incoming::Log(r.log),
                    },
                }
            }
            Ok(Frame::Skipped(why)) => Incoming::Log(format!("skipped a frame: {why}")),
            Ok(Frame::Eof) => Incoming::Eof,
            Err(e) => Incoming::Log(format!("cannot read the input: {e}")),
        };
        let last = matches!(incoming, Incoming::Eof);
        if tx.send(incoming).is_err() || last {
            return;
        }
    }
}

/// Runs the server on any input and output (the process's stdio, or memory
/// in tests and the fuzzer) until `exit` or the end of the input; log lines
/// go to `log`. Returns the exit code, 0 only after `shutdown` then `exit`.
pub fn serve_io(
    input: impl BufRead + Send + 'static,
    output: impl Write,
    log: &mut dyn Write,
) -> i32 {
    let (tx, rx) = channel();
    let reader = std::thread::spawn(move || read_loop(input, &tx));
    let mut server = Server {
        out: output,
        log,
        setup: None,
        docs: HashMap::new(),
        phase: Phase::Uninitialized,
    };
    let code = server.run(&rx);
    drop(rx);
    // The reader is blocked on the input when the client sent `exit` with the
    // stream still open; it ends with the process. In memory it ends at once.
    if reader.is_finished() {
        let _ = reader.join();
    }
    code
}

/// The checker's setup: policyc.yaml in the working directory when it is valid, else the defaults.
fn setup() -> Session {
    Session::new(&Options::default()).unwrap_or_else(|_| Session {
        config: crate::lint::config::Config::default(),
        today: crate::model::Date::today(),
        knowledge: std::borrow::Cow::Borrowed(crate::cookies::KnowledgeBase::builtin()),
        observed: Vec::new(),
        warnings: Vec::new(),
    })
}

/// What the server offers.
pub fn capabilities() -> ServerCapabilities {
    ServerCapabilities {
        text_document_sync: Some(TextDocumentSyncCapability::Kind(TextDocumentSyncKind::FULL)),
        hover_provider: Some(HoverProviderCapability::Simple(true)),
        definition_provider: Some(OneOf::Left(true)),
        references_provider: Some(OneOf::Left(true)),
        rename_provider: Some(OneOf::Right(RenameOptions {
            prepare_provider: Some(true),
            work_done_progress_options: Default::default(),
        })),
        completion_provider: Some(CompletionOptions {
            trigger_characters: Some(vec![".".into(), "|".into(), " ".into()]),
            ..CompletionOptions::default()
        }),
        document_formatting_provider: Some(OneOf::Left(true)),
        document_symbol_provider: Some(OneOf::Left(true)),
        code_action_provider: Some(CodeActionProviderCapability::Simple(true)),
        ..ServerCapabilities::default()
    }
}

/// Where the server is in the protocol's lifecycle.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Phase {
    Uninitialized,
    Running,
    ShutDown,
}

/// An open document: its latest text, and its analysis when that is current.
struct Doc {
    text: String,
    analysis: Option<Analysis>,
    /// The text changed since the last analysis.
    stale: bool,
    changed: Instant,
}

struct Server<'l, W: Write> {
    out: W,
    log: &'l mut dyn Write,
    /// Read at `initialize`.
    setup: Option<Session>,
    docs: HashMap<String, Doc>,
    phase: Phase,
}

/// Reads `params.textDocument.uri` and a position, tolerating what a client may omit.
fn uri_of(params: &Value) -> Option<String> {
    params
        .pointer("/textDocument/uri")
        .and_then(Value::as_str)
        .map(str::to_string)
}

/// The short answer to a request the lifecycle does not allow (never echoing it).
fn refuse(id: RequestId, code: ErrorCode, message: &str) -> Response {
    Response::new_err(id, code as i32, message.to_string())
}

impl<W: Write> Server<'_, W> {
    fn send(&mut self, m: Message) {
        let _ = m.write(&mut self.out);
    }

    fn send_raw(&mut self, v: &Value) {
        let body = v.to_string();
        let _ = write!(self.out, "Content-Length: {}\r\n\r\n{body}", body.len());
        let _ = self.out.flush();
    }

    fn note(&mut self, line: &str) {
        let _ = writeln!(self.log, "policyc lsp: {line}");
    }

    /// The message loop; returns the exit code.
    fn run(&mut self, rx: &Receiver<Incoming>) -> i32 {
        let mut queue: VecDeque<Incoming> = VecDeque::new();
        loop {
            // Take in everything already sent, so superseded changes are dropped unanalysed.
            while let Ok(m) = rx.try_recv() {
                queue.push_back(m);
            }
            let Some(next) = queue.pop_front() else {
                match self.idle(rx) {
                    Some(m) => queue.push_back(m),
                    None => {
                        self.note("the input ended without `exit`");
                        return 1;
                    }
                }
                continue;
            };
            match next {
                Incoming::Message(m) => {
                    if let Some(code) = self.message(m) {
                        return code;
                    }
                }
                Incoming::Reply(v) => self.send_raw(&v),
                Incoming::Log(l) => self.note(&l),
                Incoming::Eof => {
                    self.note("the input ended without `exit`");
                    return 1;
                }
            }
        }
    }

    /// With nothing queued: analyses stale documents (a large one once its
    /// changes pause), then waits for the next message (`None` at the end).
    fn idle(&mut self, rx: &Receiver<Incoming>) -> Option<Incoming> {
        loop {
            let now = Instant::now();
            let mut wait: Option<Duration> = None;
            let mut due = Vec::new();
            for (key, d) in &self.docs {
                if !d.stale {
                    continue;
                }
                let ready = d.changed + DEBOUNCE;
                if d.text.len() >= DEBOUNCE_BYTES && ready > now {
                    let left = ready - now;
                    wait = Some(wait.map_or(left, |w| w.min(left)));
                } else {
                    due.push(key.clone());
                }
            }
            if let Some(key) = due.into_iter().next() {
                self.refresh(&key);
                // Something may have come in during the analysis.
                if let Ok(m) = rx.try_recv() {
                    return Some(m);
                }
                continue;
            }
            return match wait {
                Some(w) => match rx.recv_timeout(w) {
                    Ok(m) => Some(m),
                    Err(RecvTimeoutError::Timeout) => continue,
                    Err(RecvTimeoutError::Disconnected) => None,
                },
                None => rx.recv().ok(),
            };
        }
    }

    /// Analyses a document if its text changed, and publishes its diagnostics.
    fn refresh(&mut self, key: &str) {
        let setup = self.setup.get_or_insert_with(setup);
        let Some(d) = self.docs.get_mut(key) else {
            return;
        };
        if !d.stale {
            return;
        }
        d.stale = false;
        let name = key.rsplit('/').next().unwrap_or("policy").to_string();
        let text = &d.text;
        let old = d.analysis.take();
        d.analysis = catch_unwind(AssertUnwindSafe(|| Analysis::new(&name, text, setup))).ok();
        // Freeing the previous analysis of a large file (its syntax tree and
        // model) took a tenth of a keystroke's time: it is done beside the
        // next steps, not before them.
        // (Should no thread start, the closure and the analysis are dropped here.)
        if old.is_some() {
            let _ = std::thread::Builder::new().spawn(move || drop(old));
        }
        if d.analysis.is_none() {
            self.note(&format!("the analysis of {key} failed; please report it"));
        }
        self.publish(key);
    }

    fn publish(&mut self, key: &str) {
        let diagnostics = match (self.docs.get(key), key.parse::<Uri>()) {
            (Some(d), Ok(uri)) => d
                .analysis
                .as_ref()
                .map(|a| a.diagnostics(&uri))
                .unwrap_or_default(),
            _ => return,
        };
        self.publish_list(key, diagnostics);
    }

    fn publish_list(&mut self, key: &str, diagnostics: Vec<lsp_types::Diagnostic>) {
        let Ok(uri) = key.parse::<Uri>() else { return };
        let params = PublishDiagnosticsParams {
            diagnostics,
            uri,
            version: None,
        };
        self.send(Message::Notification(Notification::new(
            PublishDiagnostics::METHOD.into(),
            params,
        )));
    }

    /// Handles one message; `Some(code)` when the server must exit.
    fn message(&mut self, m: Message) -> Option<i32> {
        match m {
            Message::Request(req) => {
                let id = req.id.clone();
                let response = match (self.phase, req.method.as_str()) {
                    (Phase::Uninitialized, "initialize") => {
                        self.phase = Phase::Running;
                        self.setup.get_or_insert_with(setup);
                        Response::new_ok(
                            id,
                            serde_json::json!({
                                "capabilities": capabilities(),
                                "serverInfo": ServerInfo { name: "policyc".into(), version: Some(env!("CARGO_PKG_VERSION").into()) },
                            }),
                        )
                    }
                    (Phase::Uninitialized, _) => refuse(
                        id,
                        ErrorCode::ServerNotInitialized,
                        "policyc lsp is not initialized: send `initialize` first",
                    ),
                    (_, "initialize") => refuse(
                        id,
                        ErrorCode::InvalidRequest,
                        "policyc lsp is already initialized",
                    ),
                    (Phase::ShutDown, _) => refuse(
                        id,
                        ErrorCode::InvalidRequest,
                        "policyc lsp is shutting down: only `exit` is accepted",
                    ),
                    (Phase::Running, "shutdown") => {
                        self.phase = Phase::ShutDown;
                        Response::new_ok(id, Value::Null)
                    }
                    (Phase::Running, _) => {
                        let method = req.method.clone();
                        if let Some(key) = uri_of(&req.params) {
                            self.refresh(&key);
                        }
                        match catch_unwind(AssertUnwindSafe(|| self.request(req))) {
                            Ok(r) => r,
                            Err(_) => Response::new_err(
                                id,
                                ErrorCode::InternalError as i32,
                                format!("policyc failed on {method}; please report it"),
                            ),
                        }
                    }
                };
                self.send(Message::Response(response));
                None
            }
            Message::Notification(n) if n.method == "exit" => {
                if self.phase == Phase::ShutDown {
                    Some(0)
                } else {
                    self.note("`exit` without `shutdown`");
                    Some(1)
                }
            }
            Message::Notification(n) => {
                if self.phase == Phase::Running {
                    let _ = catch_unwind(AssertUnwindSafe(|| self.notification(n)));
                }
                None
            }
            Message::Response(_) => None,
        }
    }

    fn notification(&mut self, n: Notification) {
        match n.method.as_str() {
            DidOpenTextDocument::METHOD | DidChangeTextDocument::METHOD => {
                let Some(key) = uri_of(&n.params) else { return };
                let text = n
                    .params
                    .pointer("/textDocument/text")
                    .or_else(|| {
                        n.params
                            .get("contentChanges")
                            .and_then(Value::as_array)
                            .and_then(|c| c.last())
                            .and_then(|c| c.get("text"))
                    })
                    .and_then(Value::as_str);
                if let Some(text) = text {
                    let doc = self.docs.entry(key).or_insert_with(|| Doc {
                        text: String::new(),
                        analysis: None,
                        stale: true,
                        changed: Instant::now(),
                    });
                    text.clone_into(&mut doc.text);
                    doc.stale = true;
                    doc.changed = Instant::now();
                }
            }
            DidCloseTextDocument::METHOD => {
                if let Some(key) = uri_of(&n.params) {
                    self.docs.remove(&key);
                    self.publish_list(&key, Vec::new());
                }
            }
            _ => {}
        }
    }

    fn request(&mut self, req: Request) -> Response {
        let id = req.id.clone();
        let result = self.answer(&req.method, req.params);
        match result {
            Ok(v) => Response::new_ok(id, v),
            Err((code, message)) => Response::new_err(id, code as i32, message),
        }
    }

    // `WorkspaceEdit::changes` is keyed by `Uri`, whose hash never changes: the lint is a false alarm.
    #[allow(clippy::mutable_key_type)]
    fn answer(&self, method: &str, params: Value) -> Result<Value, (ErrorCode, String)> {
        let bad = |e: serde_json::Error| (ErrorCode::InvalidParams, e.to_string());
        let doc = |uri: &Uri| {
            self.docs
                .get(uri.as_str())
                .and_then(|d| d.analysis.as_ref())
        };
        let json =
            |v: serde_json::Result<Value>| v.map_err(|e| (ErrorCode::InternalError, e.to_string()));
        match method {
            HoverRequest::METHOD => {
                let p: lsp_types::HoverParams = serde_json::from_value(params).map_err(bad)?;
                let t = &p.text_document_position_params;
                json(serde_json::to_value(
                    doc(&t.text_document.uri).and_then(|a| a.hover(t.position)),
                ))
            }
            GotoDefinition::METHOD => {
                let p: lsp_types::GotoDefinitionParams =
                    serde_json::from_value(params).map_err(bad)?;
                let t = &p.text_document_position_params;
                let locs = doc(&t.text_document.uri)
                    .map(|a| a.definition(&t.text_document.uri, t.position))
                    .unwrap_or_default();
                json(serde_json::to_value(locs))
            }
            References::METHOD => {
                let p: lsp_types::ReferenceParams = serde_json::from_value(params).map_err(bad)?;
                let t = &p.text_document_position;
                let locs = doc(&t.text_document.uri)
                    .map(|a| {
                        a.references(
                            &t.text_document.uri,
                            t.position,
                            p.context.include_declaration,
                        )
                    })
                    .unwrap_or_default();
                json(serde_json::to_value(locs))
            }
            PrepareRenameRequest::METHOD => {
                let p: lsp_types::TextDocumentPositionParams =
                    serde_json::from_value(params).map_err(bad)?;
                json(serde_json::to_value(
                    doc(&p.text_document.uri).and_then(|a| a.prepare_rename(p.position)),
                ))
            }
            Rename::METHOD => {
                let p: lsp_types::RenameParams = serde_json::from_value(params).map_err(bad)?;
                let t = &p.text_document_position;
                let Some(a) = doc(&t.text_document.uri) else {
                    return Ok(Value::Null);
                };
                let edits = a
                    .rename(t.position, &p.new_name)
                    .map_err(|m| (ErrorCode::InvalidParams, m))?;
                let mut changes = HashMap::new();
                changes.insert(t.text_document.uri.clone(), edits);
                json(serde_json::to_value(lsp_types::WorkspaceEdit {
                    changes: Some(changes),
                    ..lsp_types::WorkspaceEdit::default()
                }))
            }
            Completion::METHOD => {
                let p: lsp_types::CompletionParams = serde_json::from_value(params).map_err(bad)?;
                let t = &p.text_document_position;
                let items = doc(&t.text_document.uri)
                    .map(|a| a.complete(t.position))
                    .unwrap_or_default();
                json(serde_json::to_value(items))
            }
            Formatting::METHOD => {
                let p: lsp_types::DocumentFormattingParams =
                    serde_json::from_value(params).map_err(bad)?;
                json(serde_json::to_value(
                    doc(&p.text_document.uri).and_then(Analysis::format),
                ))
            }
            DocumentSymbolRequest::METHOD => {
                let p: lsp_types::DocumentSymbolParams =
                    serde_json::from_value(params).map_err(bad)?;
                json(serde_json::to_value(
                    doc(&p.text_document.uri).map(Analysis::symbols),
                ))
            }
            CodeActionRequest::METHOD => {
                let p: lsp_types::CodeActionParams = serde_json::from_value(params).map_err(bad)?;
                let actions = doc(&p.text_document.uri)
                    .map(|a| actions::code_actions(a, &p.text_document.uri, p.range))
                    .unwrap_or_default();
                json(serde_json::to_value(actions))
            }
            _ => Err((
                ErrorCode::MethodNotFound,
                format!("policyc lsp does not handle `{method}`"),
            )),
        }
    }
}

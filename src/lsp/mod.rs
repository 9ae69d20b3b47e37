//! `policyc lsp`: a Language Server Protocol server over stdio, on the
//! `lsp-server` message loop and the `lsp-types` types (as rust-analyzer).
//!
//! Documents are synchronised whole (each change sends the full text), then
//! compiled, checked and indexed ([`analysis::Analysis`]); every request is
//! answered from that analysis. A request that fails, even by a defect that
//! panics, is answered with an error and the server goes on.

pub mod actions;
pub mod analysis;
pub mod index;
pub mod text;

use std::collections::HashMap;
use std::panic::{catch_unwind, AssertUnwindSafe};

use lsp_server::{Connection, ErrorCode, Message, Notification, Request, Response};
use lsp_types::notification::{
    DidChangeTextDocument, DidCloseTextDocument, DidOpenTextDocument, Notification as _,
    PublishDiagnostics,
};
use lsp_types::request::{
    CodeActionRequest, Completion, DocumentSymbolRequest, Formatting, GotoDefinition, HoverRequest,
    PrepareRenameRequest, References, Rename, Request as _,
};
use lsp_types::{
    CodeActionProviderCapability, CompletionOptions, HoverProviderCapability, InitializeParams,
    OneOf, PublishDiagnosticsParams, RenameOptions, ServerCapabilities, ServerInfo,
    TextDocumentSyncCapability, TextDocumentSyncKind, Uri,
};
use serde_json::Value;

use analysis::Analysis;

use crate::session::{Options, Session};

/// Runs the server on stdin and stdout until `exit`; returns the process exit
/// code: 0 after `shutdown` then `exit`, 1 otherwise (as the protocol says).
pub fn run_stdio() -> i32 {
    let (connection, io_threads) = Connection::stdio();
    let code = match serve(&connection) {
        Ok(()) => 0,
        Err(e) => {
            eprintln!("policyc lsp: {e}");
            1
        }
    };
    drop(connection);
    let _ = io_threads.join();
    code
}

/// The checker's setup: policyc.yaml in the working directory when it is valid, else the defaults.
fn setup() -> Session {
    Session::new(&Options::default()).unwrap_or_else(|_| Session {
        config: crate::lint::config::Config::default(),
        today: crate::model::Date::today(),
        knowledge: crate::cookies::KnowledgeBase::builtin().clone(),
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

struct Server<'a> {
    connection: &'a Connection,
    setup: Session,
    docs: HashMap<String, Analysis>,
}

fn serve(connection: &Connection) -> Result<(), String> {
    let init = serde_json::json!({
        "capabilities": capabilities(),
        "serverInfo": ServerInfo { name: "policyc".into(), version: Some(env!("CARGO_PKG_VERSION").into()) },
    });
    let (id, params) = connection.initialize_start().map_err(|e| e.to_string())?;
    // The client's capabilities are not needed: positions are UTF-16, the protocol's default.
    let _: Option<InitializeParams> = serde_json::from_value(params).ok();
    connection
        .initialize_finish(id, init)
        .map_err(|e| e.to_string())?;
    let mut server = Server {
        connection,
        setup: setup(),
        docs: HashMap::new(),
    };
    for msg in &connection.receiver {
        match msg {
            Message::Request(req) => {
                if connection
                    .handle_shutdown(&req)
                    .map_err(|e| e.to_string())?
                {
                    return Ok(());
                }
                let id = req.id.clone();
                let method = req.method.clone();
                let response = match catch_unwind(AssertUnwindSafe(|| server.request(req))) {
                    Ok(r) => r,
                    Err(_) => Response::new_err(
                        id,
                        ErrorCode::InternalError as i32,
                        format!("policyc failed on {method}; please report it"),
                    ),
                };
                let _ = connection.sender.send(Message::Response(response));
            }
            Message::Notification(n) => {
                if n.method == "exit" {
                    return Err("exit without shutdown".into());
                }
                let _ = catch_unwind(AssertUnwindSafe(|| server.notification(n)));
            }
            Message::Response(_) => {}
        }
    }
    Err("the client closed the connection without `exit`".into())
}

/// Reads `params.textDocument.uri` and a position, tolerating what a client may omit.
fn uri_of(params: &Value) -> Option<String> {
    params
        .pointer("/textDocument/uri")
        .and_then(Value::as_str)
        .map(str::to_string)
}

impl Server<'_> {
    fn publish(&self, key: &str) {
        let Some(a) = self.docs.get(key) else { return };
        let Ok(uri) = key.parse::<Uri>() else { return };
        let params = PublishDiagnosticsParams {
            diagnostics: a.diagnostics(&uri),
            uri,
            version: None,
        };
        let _ = self
            .connection
            .sender
            .send(Message::Notification(Notification::new(
                PublishDiagnostics::METHOD.into(),
                params,
            )));
    }

    fn update(&mut self, key: String, text: &str) {
        let name = key.rsplit('/').next().unwrap_or("policy").to_string();
        self.docs
            .insert(key.clone(), Analysis::new(&name, text, &self.setup));
        self.publish(&key);
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
                    let text = text.to_string();
                    self.update(key, &text);
                }
            }
            DidCloseTextDocument::METHOD => {
                if let Some(key) = uri_of(&n.params) {
                    self.docs.remove(&key);
                    if let Ok(uri) = key.parse::<Uri>() {
                        let params = PublishDiagnosticsParams {
                            uri,
                            diagnostics: Vec::new(),
                            version: None,
                        };
                        let _ =
                            self.connection
                                .sender
                                .send(Message::Notification(Notification::new(
                                    PublishDiagnostics::METHOD.into(),
                                    params,
                                )));
                    }
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
        let doc = |uri: &Uri| self.docs.get(uri.as_str());
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

//! LSP message streams for the fuzzer: valid sessions (initialize, documents
//! that are mutated policies, every request the server offers, shutdown and
//! exit) broken by bad frames — wrong or missing `Content-Length`, bodies
//! cut short, batches, lone surrogates, random bytes — run through the
//! server loop in process ([`policyc::lsp::serve_io`]).
//!
//! Properties: the server never panics (neither the loop nor a request,
//! which it would answer with "please report it"), writes only well-framed
//! JSON-RPC 2.0 objects, and exits with 0 or 1.

use std::io::Cursor;

use serde_json::{json, Value};

use super::{mutate, Rng};

const URI: &str = "file:///fuzz/a.policy";

const REQUESTS: &[&str] = &[
    "textDocument/hover",
    "textDocument/completion",
    "textDocument/definition",
    "textDocument/references",
    "textDocument/prepareRename",
    "textDocument/rename",
    "textDocument/documentSymbol",
    "textDocument/formatting",
    "textDocument/codeAction",
    "initialize",
    "shutdown",
    "policyc/unknown",
];

const NAMES: &[&str] = &[
    "for",
    "email",
    "x",
    "two words",
    "",
    "{{",
    "a|b",
    "é",
    "usage",
    "_",
    "-x",
];

fn frame(body: &[u8]) -> Vec<u8> {
    let mut out = format!("Content-Length: {}\r\n\r\n", body.len()).into_bytes();
    out.extend_from_slice(body);
    out
}

/// One message of a plausible session.
fn message(rng: &mut Rng, id: &mut i64, corpus: &[String]) -> Value {
    let pos = json!({ "line": rng.below(60), "character": rng.below(80) });
    match rng.below(8) {
        0 | 1 => {
            let start = rng.pick(corpus);
            let text = mutate(rng, start, corpus);
            let method = if rng.below(2) == 0 {
                "textDocument/didOpen"
            } else {
                "textDocument/didChange"
            };
            json!({ "jsonrpc": "2.0", "method": method, "params": {
                "textDocument": { "uri": URI, "languageId": "policy", "version": rng.below(100), "text": text },
                "contentChanges": [{ "text": text }] } })
        }
        2 => json!({ "jsonrpc": "2.0", "method": "textDocument/didClose",
            "params": { "textDocument": { "uri": URI } } }),
        3 => {
            json!({ "jsonrpc": "2.0", "method": *rng.pick(&["initialized", "$/cancelRequest", "exit", "x"]), "params": {} })
        }
        _ => {
            *id += 1;
            let end = json!({ "line": rng.below(60), "character": rng.below(80) });
            json!({ "jsonrpc": "2.0", "id": *id, "method": *rng.pick(REQUESTS), "params": {
                "textDocument": { "uri": URI }, "position": pos,
                "range": { "start": pos, "end": end },
                "newName": *rng.pick(NAMES),
                "context": { "includeDeclaration": true, "diagnostics": [], "triggerKind": 1 },
                "options": { "tabSize": 2, "insertSpaces": true },
                "capabilities": {} } })
        }
    }
}

/// A stream of frames, some of them broken.
pub fn stream(rng: &mut Rng, corpus: &[String]) -> Vec<u8> {
    let mut out = Vec::new();
    let mut id = 0;
    if rng.below(4) != 0 {
        out.extend(frame(
            br#"{"jsonrpc":"2.0","id":0,"method":"initialize","params":{"capabilities":{}}}"#,
        ));
    }
    for _ in 0..1 + rng.below(12) {
        let body = message(rng, &mut id, corpus).to_string().into_bytes();
        match rng.below(14) {
            0 => {
                // A Content-Length that is wrong.
                let n = *rng.pick(&[
                    0,
                    1,
                    body.len() / 2,
                    body.len() + 7,
                    u64::MAX as usize,
                    (64 << 20) + 1,
                ]);
                out.extend(format!("Content-Length: {n}\r\n\r\n").into_bytes());
                out.extend(&body);
            }
            1 => {
                // No Content-Length, or one that is not a number.
                let header = *rng.pick(&[
                    "Content-Type: application/vscode-jsonrpc\r\n\r\n",
                    "Content-Length: -1\r\n\r\n",
                    "Content-Length: 1e3\r\n\r\n",
                    "Content-Length:\r\n\r\n",
                    "content-length:  12  \n\n",
                    "\r\n\r\n",
                ]);
                out.extend(header.as_bytes());
                out.extend(&body);
            }
            2 => {
                // The body cut short, or a batch, or a scalar.
                let cut = rng.below(body.len());
                let piece = match rng.below(3) {
                    0 => body[..cut].to_vec(),
                    1 => [b"[".as_slice(), &body, b"]"].concat(),
                    _ => rng
                        .pick(&[b"null".as_slice(), b"42", b"\"x\"", b"{}", b"[]"])
                        .to_vec(),
                };
                out.extend(frame(&piece));
            }
            3 => {
                // A lone surrogate (or a broken escape) inside a string.
                let s = String::from_utf8_lossy(&body).into_owned();
                let esc = *rng.pick(&[
                    "\\ud800",
                    "\\udfff",
                    "\\ud800\\ud800",
                    "\\u12",
                    "\\uZZZZ",
                    "\\",
                ]);
                let at = s.rfind("\"}").unwrap_or(0);
                let s = format!("{}{esc}{}", &s[..at], &s[at..]);
                out.extend(frame(s.as_bytes()));
            }
            4 => {
                // Bytes: random, or a header line too long.
                let n = rng.below(300);
                let bytes: Vec<u8> = (0..n).map(|_| rng.next() as u8).collect();
                if rng.below(2) == 0 {
                    out.extend(frame(&bytes));
                } else {
                    out.extend(b"X: ");
                    out.extend(std::iter::repeat_n(b'a', 2000));
                    out.extend(&bytes);
                }
            }
            _ => out.extend(frame(&body)),
        }
    }
    if rng.below(2) == 0 {
        out.extend(frame(br#"{"jsonrpc":"2.0","id":999,"method":"shutdown"}"#));
        out.extend(frame(br#"{"jsonrpc":"2.0","method":"exit"}"#));
    }
    out
}

/// Runs a stream through the server and checks what it wrote.
pub fn case(input: &[u8]) -> Result<(), String> {
    let mut output = Vec::new();
    let mut log = Vec::new();
    let code = policyc::lsp::serve_io(Cursor::new(input.to_vec()), &mut output, &mut log);
    let log = String::from_utf8_lossy(&log);
    if log.contains("please report it") {
        return Err(format!("the analysis panicked: {log}"));
    }
    if code != 0 && code != 1 {
        return Err(format!("exit code {code}"));
    }
    let mut rest = output.as_slice();
    while !rest.is_empty() {
        let text = String::from_utf8_lossy(rest);
        let Some(len) = text
            .strip_prefix("Content-Length: ")
            .and_then(|t| t.split_once("\r\n\r\n"))
            .and_then(|(n, _)| n.parse::<usize>().ok())
        else {
            return Err(format!(
                "badly framed output: {:?}",
                &text[..text.len().min(80)]
            ));
        };
        let head = text.find("\r\n\r\n").unwrap_or(0) + 4;
        let Some(body) = rest.get(head..head + len) else {
            return Err("output shorter than its Content-Length".into());
        };
        let v: Value = serde_json::from_slice(body).map_err(|e| format!("output not JSON: {e}"))?;
        if v["jsonrpc"] != "2.0" {
            return Err(format!("not JSON-RPC 2.0: {v}"));
        }
        if v.to_string().contains("please report it") {
            return Err(format!("a request panicked: {v}"));
        }
        rest = &rest[head + len..];
    }
    Ok(())
}

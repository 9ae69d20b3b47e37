//! The base protocol, read defensively: `Content-Length` framed JSON-RPC
//! messages from a client that may send anything.
//!
//! `lsp-server`'s own reader ends the connection at the first bad frame (and
//! allocates whatever `Content-Length` says), so the server reads frames here
//! instead: header lines and the header block are bounded, a body is at most
//! [`MAX_CONTENT_LENGTH`] bytes, and a frame that cannot be read is skipped
//! with a reason rather than ending the stream. A body that is not JSON is
//! answered with a `-32700` parse error, JSON that is not a message with a
//! `-32600` invalid request ([`decode`]).

use std::io::{self, BufRead, Read};

use lsp_server::Message;
use serde_json::{json, Value};

/// The largest message body read, in bytes (64 MiB). A larger one is
/// discarded as it streams in, never allocated.
pub const MAX_CONTENT_LENGTH: u64 = 64 * 1024 * 1024;
/// The longest header line kept, in bytes; a longer one is discarded.
pub const MAX_HEADER_LINE: usize = 1024;
/// The most header lines in one frame.
pub const MAX_HEADER_LINES: usize = 32;

/// What one read of the stream gives.
#[derive(Debug)]
pub enum Frame {
    /// A message body of the length the headers gave.
    Body(Vec<u8>),
    /// A frame that could not be read, and why; the stream goes on after it.
    Skipped(String),
    /// The end of the stream.
    Eof,
}

/// Reads one line of at most `MAX_HEADER_LINE` bytes (the rest of a longer
/// line is consumed and dropped). `None` at the end of the stream.
fn header_line(r: &mut impl BufRead) -> io::Result<Option<(Vec<u8>, bool)>> {
    let mut line = Vec::new();
    let n = r
        .by_ref()
        .take(MAX_HEADER_LINE as u64 + 1)
        .read_until(b'\n', &mut line)?;
    if n == 0 {
        return Ok(None);
    }
    let mut too_long = false;
    if !line.ends_with(b"\n") && line.len() > MAX_HEADER_LINE {
        too_long = true;
        // Drop the rest of the line without keeping it.
        loop {
            let buf = r.fill_buf()?;
            if buf.is_empty() {
                break;
            }
            match buf.iter().position(|&b| b == b'\n') {
                Some(i) => {
                    r.consume(i + 1);
                    break;
                }
                None => {
                    let len = buf.len();
                    r.consume(len);
                }
            }
        }
    }
    while line.last().is_some_and(|b| *b == b'\n' || *b == b'\r') {
        line.pop();
    }
    Ok(Some((line, too_long)))
}

/// Finds a `Content-Length:` header inside a line that is not a header: what
/// follows a body shorter than its length, or a body sent without headers,
/// runs into the next frame's first header line.
fn resync(line: &[u8]) -> Option<&[u8]> {
    let needle = b"content-length:";
    line.windows(needle.len())
        .rposition(|w| w.eq_ignore_ascii_case(needle))
        .map(|i| &line[i..])
}

/// Reads one frame. I/O errors end the stream (as [`Frame::Eof`] would), all
/// else is a [`Frame::Body`] or a [`Frame::Skipped`].
pub fn read_frame(r: &mut impl BufRead) -> io::Result<Frame> {
    let mut length: Option<Result<u64, String>> = None;
    let mut lines = 0;
    let mut problem: Option<String> = None;
    loop {
        let Some((line, too_long)) = header_line(r)? else {
            return Ok(if lines == 0 {
                Frame::Eof
            } else {
                Frame::Skipped("the stream ended inside a message's headers".into())
            });
        };
        if line.is_empty() {
            if lines == 0 {
                // A stray blank line between frames.
                continue;
            }
            break;
        }
        lines += 1;
        if too_long {
            problem.get_or_insert_with(|| {
                format!("a header line is longer than {MAX_HEADER_LINE} bytes")
            });
            continue;
        }
        if lines > MAX_HEADER_LINES {
            problem.get_or_insert_with(|| format!("more than {MAX_HEADER_LINES} header lines"));
            continue;
        }
        let line = resync(&line).unwrap_or(&line);
        let text = String::from_utf8_lossy(line);
        let Some((name, value)) = text.split_once(':') else {
            continue;
        };
        if name.trim().eq_ignore_ascii_case("content-length") {
            let value = value.trim();
            length = Some(value.parse::<u64>().map_err(|_| {
                format!(
                    "Content-Length `{}` is not a number",
                    value
                        .escape_debug()
                        .to_string()
                        .chars()
                        .take(40)
                        .collect::<String>()
                )
            }));
        }
    }
    if let Some(problem) = problem {
        return Ok(Frame::Skipped(problem));
    }
    let length = match length {
        None => return Ok(Frame::Skipped("a message without Content-Length".into())),
        Some(Err(e)) => return Ok(Frame::Skipped(e)),
        Some(Ok(n)) => n,
    };
    if length > MAX_CONTENT_LENGTH {
        // Read past the body (so the next frame is found) without keeping it.
        let skipped = io::copy(&mut r.by_ref().take(length), &mut io::sink())?;
        return Ok(Frame::Skipped(if skipped < length {
            format!(
                "a message of {length} bytes, over the limit of {} MiB; the stream ended inside it",
                MAX_CONTENT_LENGTH / 1024 / 1024
            )
        } else {
            format!(
                "a message of {length} bytes, over the limit of {} MiB",
                MAX_CONTENT_LENGTH / 1024 / 1024
            )
        }));
    }
    let mut body = Vec::new();
    let got = r.by_ref().take(length).read_to_end(&mut body)?;
    if (got as u64) < length {
        return Ok(Frame::Skipped(format!(
            "the stream ended {} bytes into a message of {length}",
            got
        )));
    }
    Ok(Frame::Body(body))
}

/// Replaces each `\uXXXX` escape of a lone UTF-16 surrogate with `\uFFFD` in
/// place (the same length, and one UTF-16 unit as before, so positions hold).
/// JSON allows lone surrogates, a Rust string cannot hold one, and editors
/// (JavaScript strings) do send them. Returns how many were replaced.
pub fn repair_surrogates(body: &mut [u8]) -> usize {
    fn hex4(b: &[u8]) -> Option<u16> {
        let s = std::str::from_utf8(b.get(..4)?).ok()?;
        u16::from_str_radix(s, 16).ok()
    }
    let mut replaced = 0;
    let mut i = 0;
    while i < body.len() {
        if body[i] != b'\\' {
            i += 1;
            continue;
        }
        if body.get(i + 1) != Some(&b'u') {
            i += 2;
            continue;
        }
        let Some(unit) = hex4(&body[i + 2..]) else {
            i += 2;
            continue;
        };
        let high = (0xD800..0xDC00).contains(&unit);
        let low = (0xDC00..0xE000).contains(&unit);
        if high
            && body.get(i + 6..i + 8) == Some(b"\\u")
            && hex4(&body[i + 8..]).is_some_and(|u| (0xDC00..0xE000).contains(&u))
        {
            i += 12;
            continue;
        }
        if high || low {
            body[i + 2..i + 6].copy_from_slice(b"FFFD");
            replaced += 1;
        }
        i += 6;
    }
    replaced
}

/// A body that is not a message: the error response to send (`id` null
/// unless the body has a usable one) and the line to log.
#[derive(Debug)]
pub struct Rejected {
    /// The JSON-RPC error response (none for a bad response: those are never answered).
    pub response: Option<Value>,
    /// What went wrong, for stderr.
    pub log: String,
}

fn reject(id: Value, code: i32, message: String) -> Rejected {
    Rejected {
        response: Some(
            json!({ "jsonrpc": "2.0", "id": id, "error": { "code": code, "message": message } }),
        ),
        log: message,
    }
}

/// Parses a body into a message. Lone surrogates are replaced (and counted
/// in the second value); bytes that are not JSON give a `-32700` parse error,
/// JSON that is not one request, notification or response a `-32600`
/// invalid request (JSON-RPC 2.0 §5.1), with the request's id when it has a
/// readable one, else null. Never echoes the body.
pub fn decode(mut body: Vec<u8>) -> (Result<Message, Rejected>, usize) {
    let repaired = repair_surrogates(&mut body);
    let value: Value = match serde_json::from_slice(&body) {
        Ok(v) => v,
        Err(e) => {
            return (
                Err(reject(
                    Value::Null,
                    lsp_server::ErrorCode::ParseError as i32,
                    format!("parse error: the message is not JSON ({e})"),
                )),
                repaired,
            )
        }
    };
    let id = match value.get("id") {
        Some(id @ (Value::Number(_) | Value::String(_))) => id.clone(),
        _ => Value::Null,
    };
    let what = match &value {
        Value::Array(_) => Some("a batch (JSON array); the protocol sends one message at a time"),
        Value::Object(_) => None,
        _ => Some("JSON that is not an object"),
    };
    if let Some(what) = what {
        return (
            Err(reject(
                Value::Null,
                lsp_server::ErrorCode::InvalidRequest as i32,
                format!("invalid request: {what}"),
            )),
            repaired,
        );
    }
    // A message is told by its fields, not by which type happens to
    // deserialize (a response's fields are all optional but `id`).
    let obj = value.as_object();
    let has = |k: &str| obj.is_some_and(|o| o.contains_key(k));
    let parsed = if has("method") {
        if has("id") {
            serde_json::from_value::<lsp_server::Request>(value).map(Message::Request)
        } else {
            serde_json::from_value::<lsp_server::Notification>(value).map(Message::Notification)
        }
    } else if has("id") && (has("result") || has("error")) {
        match serde_json::from_value::<lsp_server::Response>(value) {
            Ok(r) => Ok(Message::Response(r)),
            Err(_) => {
                // Responses are never answered (JSON-RPC 2.0 §5).
                return (
                    Err(Rejected {
                        response: None,
                        log: "skipped a response from the client that is not valid JSON-RPC".into(),
                    }),
                    repaired,
                );
            }
        }
    } else {
        serde_json::from_value::<lsp_server::Request>(Value::Null).map(Message::Request)
    };
    match parsed {
        Ok(m) => (Ok(m), repaired),
        Err(_) => (
            Err(reject(
                id,
                lsp_server::ErrorCode::InvalidRequest as i32,
                "invalid request: not a JSON-RPC request, notification or response (the id must be a 32-bit integer or a string, the method a string)".into(),
            )),
            repaired,
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn frames(input: &[u8]) -> Vec<String> {
        let mut r = io::BufReader::new(input);
        let mut out = Vec::new();
        loop {
            match read_frame(&mut r).expect("reads from memory") {
                Frame::Eof => return out,
                Frame::Body(b) => out.push(format!("body {}", String::from_utf8_lossy(&b))),
                Frame::Skipped(why) => out.push(format!("skipped {why}")),
            }
        }
    }

    #[test]
    fn bad_frames_are_skipped_and_the_next_one_is_found() {
        let got = frames(
            b"Content-Length: 2\r\n\r\n{}\
              X: y\r\n\r\n\
              Content-Length: 1\r\n\r\n{}Content-Length: 2\r\n\r\n[]\
              Content-Length: nope\r\n\r\n\
              Content-Length: 18446744073709551615\r\n\r\n",
        );
        assert_eq!(got[0], "body {}");
        assert_eq!(got[1], "skipped a message without Content-Length");
        assert_eq!(got[2], "body {");
        assert_eq!(got[3], "body []");
        assert!(got[4].contains("not a number"), "{got:?}");
        assert!(got[5].contains("over the limit"), "{got:?}");
        assert_eq!(got.len(), 6);
    }

    #[test]
    fn lone_surrogates_become_replacement_characters() {
        let mut b = br#"["\ud800", "\\ud800", "\ud83d\ude00", "\udc00x", "\u00e9"]"#.to_vec();
        assert_eq!(repair_surrogates(&mut b), 2);
        let v: Value = serde_json::from_slice(&b).expect("JSON");
        assert_eq!(v, json!(["\u{FFFD}", "\\ud800", "😀", "\u{FFFD}x", "é"]));
    }

    #[test]
    fn bodies_that_are_not_messages_get_errors_without_echo() {
        let (r, _) = decode(b"{\"jsonrpc\":\"2.0\",\"id\":1,".to_vec());
        assert_eq!(
            r.expect_err("not JSON").response.expect("an answer")["error"]["code"],
            -32700
        );
        let (r, _) = decode(b"[1,2]".to_vec());
        let e = r.expect_err("a batch");
        assert_eq!(
            e.response.as_ref().expect("an answer")["error"]["code"],
            -32600
        );
        assert_eq!(e.response.as_ref().expect("an answer")["id"], Value::Null);
        let (r, _) = decode(br#"{"id":7,"method":5,"params":"SECRET"}"#.to_vec());
        let e = r.expect_err("bad method");
        let response = e.response.expect("an answer");
        assert_eq!(response["id"], 7);
        assert!(!response.to_string().contains("SECRET"));
    }
}

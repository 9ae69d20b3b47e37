//! `policyc lsp` driven over stdio with real JSON-RPC messages (Content-Length
//! framing), one capability per test, each ending with shutdown and exit (exit code 0).

use std::io::{BufRead, BufReader, Read, Write};
use std::process::{Child, ChildStdin, Command, Stdio};
use std::sync::mpsc::{channel, Receiver};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use serde_json::{json, Value};

use crate::util::root;

const URI: &str = "file:///tmp/test.policy";

struct Client {
    child: Child,
    stdin: ChildStdin,
    messages: Receiver<Value>,
    next_id: i64,
    /// Notifications seen while waiting for responses.
    notifications: Vec<Value>,
    /// What the server wrote on stderr so far.
    stderr: Arc<Mutex<String>>,
}

impl Client {
    fn start() -> Client {
        let mut c = Client::spawn();
        let init = c.request(
            "initialize",
            json!({ "processId": null, "rootUri": null, "capabilities": {} }),
        );
        assert!(init["result"]["capabilities"].is_object(), "{init}");
        c.notify("initialized", json!({}));
        c
    }

    /// The server, not yet initialized; its stderr goes to `stderr`.
    fn spawn() -> Client {
        let mut child = Command::new(env!("CARGO_BIN_EXE_policyc"))
            .arg("lsp")
            .current_dir(root())
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("policyc lsp starts");
        let stdin = child.stdin.take().unwrap();
        let stdout = child.stdout.take().unwrap();
        let mut stderr_pipe = child.stderr.take().unwrap();
        let stderr = Arc::new(Mutex::new(String::new()));
        {
            let stderr = Arc::clone(&stderr);
            std::thread::spawn(move || {
                let mut buf = [0; 4096];
                while let Ok(n) = stderr_pipe.read(&mut buf) {
                    if n == 0 {
                        return;
                    }
                    stderr
                        .lock()
                        .unwrap()
                        .push_str(&String::from_utf8_lossy(&buf[..n]));
                }
            });
        }
        let (tx, rx) = channel();
        std::thread::spawn(move || {
            let mut r = BufReader::new(stdout);
            loop {
                let mut len = None;
                loop {
                    let mut line = String::new();
                    if r.read_line(&mut line).unwrap_or(0) == 0 {
                        return;
                    }
                    let line = line.trim_end();
                    if line.is_empty() {
                        break;
                    }
                    if let Some(v) = line.strip_prefix("Content-Length: ") {
                        len = v.parse::<usize>().ok();
                    }
                }
                let mut body = vec![0; len.expect("a Content-Length header")];
                if r.read_exact(&mut body).is_err() {
                    return;
                }
                let v: Value = serde_json::from_slice(&body).expect("the server sends JSON");
                if tx.send(v).is_err() {
                    return;
                }
            }
        });
        Client {
            child,
            stdin,
            messages: rx,
            next_id: 0,
            notifications: Vec::new(),
            stderr,
        }
    }

    /// Writes bytes as they are, framing or not.
    fn raw(&mut self, bytes: &[u8]) {
        self.stdin.write_all(bytes).unwrap();
        self.stdin.flush().unwrap();
    }

    /// Writes a body with a correct Content-Length.
    fn frame(&mut self, body: &str) {
        self.raw(format!("Content-Length: {}\r\n\r\n{body}", body.len()).as_bytes());
    }

    /// The next message that is a response (one with an `id` and no `method`).
    fn response(&mut self) -> Value {
        let deadline = Instant::now() + Duration::from_secs(120);
        loop {
            let m = self.next(deadline);
            if m.get("method").is_none() {
                return m;
            }
            self.notifications.push(m);
        }
    }

    /// The exit code once the process ends (killed after 20 s).
    fn wait(&mut self) -> Option<i32> {
        let deadline = Instant::now() + Duration::from_secs(20);
        loop {
            if let Some(status) = self.child.try_wait().unwrap() {
                return status.code();
            }
            if Instant::now() > deadline {
                let _ = self.child.kill();
                panic!("policyc lsp did not exit");
            }
            std::thread::sleep(Duration::from_millis(20));
        }
    }

    /// What the server has written on stderr so far: a reader thread collects
    /// it, so a line the server wrote may still be on its way. Waits up to 10 s
    /// for every line a test looks for (`needles`), then returns what is there.
    fn stderr_with(&self, needles: &[&str]) -> String {
        let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
        loop {
            let now = self.stderr.lock().unwrap().clone();
            if needles.iter().all(|n| now.contains(n)) || std::time::Instant::now() > deadline {
                return now;
            }
            std::thread::sleep(std::time::Duration::from_millis(20));
        }
    }

    fn stderr(&self) -> String {
        self.stderr.lock().unwrap().clone()
    }

    fn send(&mut self, msg: Value) {
        let body = msg.to_string();
        write!(self.stdin, "Content-Length: {}\r\n\r\n{body}", body.len()).unwrap();
        self.stdin.flush().unwrap();
    }

    fn notify(&mut self, method: &str, params: Value) {
        self.send(json!({ "jsonrpc": "2.0", "method": method, "params": params }));
    }

    fn next(&mut self, deadline: Instant) -> Value {
        let left = deadline.saturating_duration_since(Instant::now());
        self.messages
            .recv_timeout(left)
            .expect("the server answers in time")
    }

    /// Sends a request; returns the whole response (`result` or `error`).
    fn request(&mut self, method: &str, params: Value) -> Value {
        self.next_id += 1;
        let id = self.next_id;
        self.send(json!({ "jsonrpc": "2.0", "id": id, "method": method, "params": params }));
        let deadline = Instant::now() + Duration::from_secs(120);
        loop {
            let m = self.next(deadline);
            if m["id"] == json!(id) {
                return m;
            }
            self.notifications.push(m);
        }
    }

    fn result(&mut self, method: &str, params: Value) -> Value {
        let r = self.request(method, params);
        assert!(r.get("error").is_none(), "{method}: {r}");
        r["result"].clone()
    }

    /// Opens (or replaces) the document and returns the diagnostics published for it.
    fn open(&mut self, text: &str) -> Vec<Value> {
        self.notify(
            "textDocument/didOpen",
            json!({ "textDocument": { "uri": URI, "languageId": "policy", "version": 1, "text": text } }),
        );
        self.diagnostics()
    }

    fn change(&mut self, version: i64, text: &str) -> Vec<Value> {
        self.notify(
            "textDocument/didChange",
            json!({ "textDocument": { "uri": URI, "version": version }, "contentChanges": [{ "text": text }] }),
        );
        self.diagnostics()
    }

    fn diagnostics(&mut self) -> Vec<Value> {
        let deadline = Instant::now() + Duration::from_secs(120);
        loop {
            let m = self.next(deadline);
            if m["method"] == "textDocument/publishDiagnostics" {
                return m["params"]["diagnostics"].as_array().cloned().unwrap();
            }
            self.notifications.push(m);
        }
    }

    /// Shutdown, exit, and the exit code.
    fn finish(mut self) -> i32 {
        let r = self.request("shutdown", Value::Null);
        assert_eq!(r["result"], Value::Null, "{r}");
        self.notify("exit", Value::Null);
        let deadline = Instant::now() + Duration::from_secs(10);
        loop {
            if let Some(status) = self.child.try_wait().unwrap() {
                return status.code().unwrap_or(-1);
            }
            if Instant::now() > deadline {
                let _ = self.child.kill();
                panic!("policyc lsp did not exit");
            }
            std::thread::sleep(Duration::from_millis(20));
        }
    }
}

fn at(line: u32, character: u32) -> Value {
    json!({ "textDocument": { "uri": URI }, "position": { "line": line, "character": character } })
}

/// The UTF-16 position of the `nth` occurrence of `needle` (plus `plus` characters), counted as the protocol does.
fn pos_of(text: &str, needle: &str, nth: usize, plus: usize) -> (u32, u32) {
    let offset = text
        .match_indices(needle)
        .nth(nth)
        .unwrap_or_else(|| panic!("{needle} #{nth}"))
        .0
        + plus;
    let before = &text[..offset];
    let line = before.matches('\n').count();
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    let col: usize = before[line_start..].chars().map(char::len_utf16).sum();
    (line as u32, col as u32)
}

/// The byte offset of a UTF-16 position.
fn offset_of(text: &str, line: u64, character: u64) -> usize {
    let line_start: usize = text
        .split_inclusive('\n')
        .take(line as usize)
        .map(str::len)
        .sum();
    let mut units = 0u64;
    for (i, c) in text[line_start..].char_indices() {
        if units >= character || c == '\n' {
            return line_start + i;
        }
        units += c.len_utf16() as u64;
    }
    text.len()
}

/// Applies text edits (non-overlapping) to a text.
fn apply(text: &str, edits: &[Value]) -> String {
    let mut spans: Vec<(usize, usize, String)> = edits
        .iter()
        .map(|e| {
            let r = &e["range"];
            let s = offset_of(
                text,
                r["start"]["line"].as_u64().unwrap(),
                r["start"]["character"].as_u64().unwrap(),
            );
            let t = offset_of(
                text,
                r["end"]["line"].as_u64().unwrap(),
                r["end"]["character"].as_u64().unwrap(),
            );
            (s, t, e["newText"].as_str().unwrap().to_string())
        })
        .collect();
    spans.sort_by_key(|s| std::cmp::Reverse(s.0));
    let mut out = text.to_string();
    for (s, t, new) in spans {
        out.replace_range(s..t, &new);
    }
    out
}

fn codes(diags: &[Value]) -> Vec<String> {
    diags
        .iter()
        .map(|d| d["code"].as_str().unwrap_or("").to_string())
        .collect()
}

fn fixture() -> String {
    std::fs::read_to_string(root().join("tests/fixtures/lsp/every-kind.policy")).unwrap()
}

fn minimal() -> String {
    std::fs::read_to_string(root().join("examples/minimal.policy")).unwrap()
}

#[test]
fn lsp_initializes_and_exits_0_after_shutdown() {
    let c = Client::start();
    assert_eq!(c.finish(), 0);
}

#[test]
fn lsp_exit_without_shutdown_is_1() {
    let mut c = Client::start();
    c.notify("exit", Value::Null);
    let deadline = Instant::now() + Duration::from_secs(10);
    let code = loop {
        if let Some(s) = c.child.try_wait().unwrap() {
            break s.code();
        }
        assert!(Instant::now() < deadline, "did not exit");
        std::thread::sleep(Duration::from_millis(20));
    };
    assert_eq!(code, Some(1));
}

#[test]
fn lsp_publishes_syntax_errors_and_every_rules_findings_on_open_and_change() {
    let mut c = Client::start();
    assert_eq!(codes(&c.open(&minimal())), Vec::<String>::new());
    // No retention for `email`: the rule's finding, placed on the id, with its help.
    let text = minimal().replace("  retention 30 days after unsubscribe\n", "");
    let diags = c.change(2, &text);
    let d = diags
        .iter()
        .find(|d| d["code"] == "missing-retention-period")
        .expect("the finding");
    let (line, col) = pos_of(&text, "data email", 0, 5);
    assert_eq!(
        d["range"]["start"],
        json!({ "line": line, "character": col })
    );
    assert_eq!(d["severity"], 1);
    assert!(d["message"]
        .as_str()
        .unwrap()
        .contains("help: add `retention"));
    // A typo inside a block: the syntax error, and the rest of the block still counts
    // (`source person` and `required` after the typo are kept, so no finding about them).
    let broken = text.replace(
        "  examples \"your e-mail address\"\n",
        "  examples = \"x\"\n",
    );
    let diags = c.change(3, &broken);
    let got = codes(&diags);
    assert!(got.contains(&"syntax".to_string()), "{got:?}");
    assert!(
        got.contains(&"missing-retention-period".to_string()),
        "{got:?}"
    );
    assert!(
        !got.contains(&"missing-provision-requirement-statement".to_string()),
        "{got:?}"
    );
    assert_eq!(c.finish(), 0);
}

#[test]
fn lsp_hovers_explain_findings_ids_cookies_and_statements() {
    let mut c = Client::start();
    let text = fixture();
    c.open(&text);
    let hover = |c: &mut Client, needle: &str, nth: usize, plus: usize| -> String {
        let (l, ch) = pos_of(&text, needle, nth, plus);
        let r = c.result("textDocument/hover", at(l, ch));
        r["contents"]["value"].as_str().unwrap_or("").to_string()
    };
    // An id: the fact it names, from the placeholder in prose after multi-byte text.
    let h = hover(&mut c, "{{ data.email }}", 0, 9);
    assert!(h.contains("data email \"Adresse e-mail\""), "{h}");
    assert!(h.contains("retention 30 days after unsubscribe"), "{h}");
    let h = hover(&mut c, "uses email", 0, 6);
    assert!(h.contains("data email \"Adresse e-mail\""), "{h}");
    // A cookie in the table: what the knowledge base knows.
    let h = hover(&mut c, "| _ga |", 0, 3);
    assert!(
        h.contains("Google Analytics") && h.contains("2 years"),
        "{h}"
    );
    assert!(h.contains("source: http"), "{h}");
    // A statement keyword: the schema's words.
    let h = hover(&mut c, "retention 30", 0, 2);
    assert!(h.contains("How long it is kept;"), "{h}");
    // A finding: the rule's documentation. `usage` has no retention.
    let h = hover(&mut c, "data usage", 0, 6);
    assert!(h.contains("missing-retention-period"), "{h}");
    let doc = policyc::lint::find("missing-retention-period").unwrap().doc;
    assert!(h.contains(doc.lines().nth(2).unwrap_or(doc)), "{h}");
    assert_eq!(c.finish(), 0);
}

#[test]
fn lsp_goes_to_definitions_and_finds_references_across_prose() {
    let mut c = Client::start();
    let text = fixture();
    c.open(&text);
    let (l, ch) = pos_of(&text, "{{ data.email }}", 0, 10);
    let defs = c.result("textDocument/definition", at(l, ch));
    let (dl, dc) = pos_of(&text, "data email", 0, 5);
    assert_eq!(defs.as_array().unwrap().len(), 1, "{defs}");
    assert_eq!(
        defs[0]["range"]["start"],
        json!({ "line": dl, "character": dc })
    );
    assert_eq!(
        defs[0]["range"]["end"],
        json!({ "line": dl, "character": dc + 5 })
    );
    let mut params = at(dl, dc + 1);
    params["context"] = json!({ "includeDeclaration": true });
    let refs = c.result("textDocument/references", params);
    // Declared, used by the purpose, received, transferred, and named in prose.
    assert_eq!(refs.as_array().unwrap().len(), 5, "{refs}");
    let (pl, pc) = pos_of(&text, "{{ data.email }}", 0, 8);
    assert!(
        refs.as_array()
            .unwrap()
            .iter()
            .any(|r| r["range"]["start"] == json!({ "line": pl, "character": pc })),
        "the placeholder, in UTF-16 columns: {refs}"
    );
    assert_eq!(c.finish(), 0);
}

#[test]
fn lsp_renames_every_kind_of_id_with_its_placeholders() {
    let mut c = Client::start();
    let text = fixture();
    c.open(&text);
    for (needle, plus, old, new, expect) in [
        (
            "data email",
            5,
            "email",
            "e-mail-address",
            "{{ data.e-mail-address }}",
        ),
        ("data usage", 5, "usage", "activity", "uses email, activity"),
        (
            "basis consent-form",
            6,
            "consent-form",
            "form",
            "basis form\n",
        ),
        (
            "purpose newsletter",
            8,
            "newsletter",
            "letters",
            "{{ purpose.letters }}",
        ),
        (
            "recipient mailer",
            10,
            "mailer",
            "sender",
            "{{ recipient.sender }}",
        ),
        ("transfer to-us", 9, "to-us", "to-usa", "transfer to-usa \""),
        ("tracker pixel", 8, "pixel", "beacon", "tracker beacon \""),
        ("section intro", 8, "intro", "about", "{{ section.about }}"),
        ("| _ga |", 2, "_ga", "_ga_X*", "{{ cookie._ga_X* }}"),
    ] {
        let (l, ch) = pos_of(&text, needle, 0, plus);
        let prep = c.result("textDocument/prepareRename", at(l, ch));
        assert_eq!(
            prep["range"]["start"],
            json!({ "line": l, "character": ch }),
            "{needle}: {prep}"
        );
        assert_eq!(prep["placeholder"], old, "{needle}: {prep}");
        let mut params = at(l, ch + 1);
        params["newName"] = json!(new);
        let edit = c.result("textDocument/rename", params);
        let edits = edit["changes"][URI].as_array().cloned().unwrap_or_default();
        assert!(!edits.is_empty(), "{needle}: {edit}");
        let renamed = apply(&text, &edits);
        assert!(renamed.contains(expect), "{needle}:\n{renamed}");
        assert_eq!(
            edits.len(),
            text.matches(old).count().min(edits.len()),
            "{needle}"
        );
        // The renamed file means what the original meant: no new error.
        let before = policyc::compile_str("a.policy", &text).errors.len();
        let after = policyc::compile_str("a.policy", &renamed).errors.len();
        assert_eq!(before, after, "{needle}:\n{renamed}");
    }
    // A name that is not an id is refused, with a message.
    let (l, ch) = pos_of(&text, "data email", 0, 6);
    let mut params = at(l, ch);
    params["newName"] = json!("two words");
    let r = c.request("textDocument/rename", params);
    assert!(
        r["error"]["message"]
            .as_str()
            .unwrap()
            .contains("not a valid"),
        "{r}"
    );
    assert_eq!(c.finish(), 0);
}

fn labels(items: &Value) -> Vec<String> {
    let list = items.get("items").unwrap_or(items);
    list.as_array()
        .unwrap()
        .iter()
        .map(|i| i["label"].as_str().unwrap().to_string())
        .collect()
}

#[test]
fn lsp_completes_statements_words_ids_cookies_and_placeholders() {
    let mut c = Client::start();
    let text = fixture();
    // Statements valid in a `data` block, from the schema.
    let t = text.replace("  source person\n", "  source person\n  \n");
    c.open(&t);
    let (l, _) = pos_of(&t, "  source person\n", 0, 16);
    let got = labels(&c.result("textDocument/completion", at(l, 2)));
    assert!(
        got.contains(&"retention".into()) && got.contains(&"special".into()),
        "{got:?}"
    );
    assert!(
        !got.contains(&"uses".into()) && !got.contains(&"policy".into()),
        "{got:?}"
    );
    // At the top level: the top-level statements.
    let got = labels(&c.result("textDocument/completion", at(7, 0)));
    assert!(
        got.contains(&"policy".into()) && got.contains(&"section".into()),
        "{got:?}"
    );
    // A vocabulary.
    let t = text.replace("  source person\n", "  source person\n  special \n");
    c.change(2, &t);
    let (l, ch) = pos_of(&t, "  special \n", 0, 10);
    let got = labels(&c.result("textDocument/completion", at(l, ch)));
    assert!(got.contains(&"health".into()), "{got:?}");
    // Ids of the right kind: data ids after `uses`, basis ids and grounds after `basis`.
    let (l, ch) = pos_of(&t, "uses email, usage", 0, 5);
    let got = labels(&c.result("textDocument/completion", at(l, ch)));
    assert_eq!(got, vec!["email".to_string(), "usage".to_string()]);
    let (l, ch) = pos_of(&t, "  basis consent-form", 0, 8);
    let got = labels(&c.result("textDocument/completion", at(l, ch)));
    assert!(
        got.contains(&"consent-form".into()) && got.contains(&"legitimate-interests".into()),
        "{got:?}"
    );
    // Cookie names from the knowledge base, in the table's name column.
    let (l, ch) = pos_of(&t, "| _ga |", 0, 2);
    let got = labels(&c.result("textDocument/completion", at(l, ch)));
    assert!(
        got.contains(&"_ga".into()) && got.contains(&"_fbp".into()),
        "{got:?}"
    );
    // Placeholders, after multi-byte text.
    let (l, ch) = pos_of(&t, "{{ data.email }}", 0, 8);
    let got = labels(&c.result("textDocument/completion", at(l, ch)));
    assert_eq!(got, vec!["email".to_string(), "usage".to_string()]);
    // `for` after the values of a statement that takes it, then the places.
    let t = format!("{t}\nautomated-decisions no for \n");
    c.change(3, &t);
    let (l, _) = pos_of(&t, "automated-decisions no for ", 0, 0);
    let got = labels(&c.result("textDocument/completion", at(l, 23)));
    assert!(
        got.contains(&"for".into()) && got.contains(&"yes".into()),
        "{got:?}"
    );
    let got = labels(&c.result("textDocument/completion", at(l, 27)));
    assert!(
        got.contains(&"eea".into()) && got.contains(&"gdpr".into()) && !got.contains(&"yes".into()),
        "{got:?}"
    );
    // Not on a statement that cannot be limited.
    let (l, ch) = pos_of(&t, "  special \n", 0, 10);
    let got = labels(&c.result("textDocument/completion", at(l, ch)));
    assert!(!got.contains(&"for".into()), "{got:?}");
    assert_eq!(c.finish(), 0);
}

#[test]
fn lsp_formats_like_policyc_fmt_and_leaves_broken_files_alone() {
    let mut c = Client::start();
    let messy = minimal().replace("  updated 2026-11-01", "updated    2026-11-01");
    c.open(&messy);
    let edits = c.result(
        "textDocument/formatting",
        json!({ "textDocument": { "uri": URI }, "options": { "tabSize": 2, "insertSpaces": true } }),
    );
    let formatted = apply(&messy, edits.as_array().unwrap());
    assert_eq!(formatted, minimal());
    c.change(2, "policy \"x\" {\n  updated = 1\n}\n");
    let edits = c.result(
        "textDocument/formatting",
        json!({ "textDocument": { "uri": URI }, "options": { "tabSize": 2, "insertSpaces": true } }),
    );
    assert_eq!(edits, Value::Null);
    assert_eq!(c.finish(), 0);
}

#[test]
fn lsp_outlines_blocks_and_sections() {
    let mut c = Client::start();
    let text = fixture();
    c.open(&text);
    let symbols = c.result(
        "textDocument/documentSymbol",
        json!({ "textDocument": { "uri": URI } }),
    );
    let names: Vec<&str> = symbols
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["name"].as_str().unwrap())
        .collect();
    assert_eq!(
        names,
        [
            "Politique de confidentialité",
            "Café Ünïcode SAS",
            "data email",
            "data usage",
            "basis consent-form",
            "purpose newsletter",
            "recipient mailer",
            "transfer to-us",
            "tracker pixel",
            "cookies",
            "section intro"
        ]
    );
    let section = &symbols[10];
    assert_eq!(section["detail"], "Introduction");
    let cookies = &symbols[9];
    let rows: Vec<&str> = cookies["children"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["name"].as_str().unwrap())
        .collect();
    assert_eq!(rows, ["consent", "name", "_ga"]);
    assert_eq!(cookies["children"][0]["detail"], "opt-in");
    // The policy block is named by its title; its statements show all their values.
    assert_eq!(symbols[0]["detail"], "policy");
    let jurisdictions = symbols[0]["children"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["name"] == "jurisdictions")
        .expect("jurisdictions in the outline");
    assert_eq!(jurisdictions["detail"], "gdpr, ccpa, lgpd, us-states");
    assert_eq!(c.finish(), 0);
}

/// Asks for the fixes of the first diagnostic with `code`, applies the first, and returns the new text.
fn fix(c: &mut Client, text: &str, diags: &[Value], code: &str) -> String {
    let d = diags
        .iter()
        .find(|d| d["code"] == code)
        .unwrap_or_else(|| panic!("no {code} in {diags:?}"));
    let actions = c.result(
        "textDocument/codeAction",
        json!({ "textDocument": { "uri": URI }, "range": d["range"], "context": { "diagnostics": [d] } }),
    );
    let action = actions
        .as_array()
        .unwrap()
        .iter()
        .find(|a| a["diagnostics"][0]["code"] == code)
        .unwrap_or_else(|| panic!("no fix for {code}: {actions}"));
    assert_eq!(action["kind"], "quickfix");
    apply(text, action["edit"]["changes"][URI].as_array().unwrap())
}

#[test]
fn lsp_code_actions_fix_retention_rights_and_undisclosed_cookies() {
    let mut c = Client::start();
    let text = minimal()
        .replace("  retention 30 days after unsubscribe\n", "")
        .replace("  right erasure \"Have it deleted\"\n", "")
        .replace(
            "  named \"Example Mail SAS\"\n",
            "  named \"Google Analytics\"\n",
        );
    let diags = c.open(&text);
    let text = fix(&mut c, &text, &diags, "missing-retention-period");
    assert!(text.contains("  retention 1 year"), "{text}");
    let diags = c.change(2, &text);
    assert!(
        !codes(&diags).contains(&"missing-retention-period".into()),
        "{diags:?}"
    );
    let text = fix(&mut c, &text, &diags, "missing-data-subject-right");
    assert!(text.contains("  right erasure \"…\"\n"), "{text}");
    let diags = c.change(3, &text);
    assert!(
        !codes(&diags).contains(&"missing-data-subject-right".into()),
        "{diags:?}"
    );
    let text = fix(&mut c, &text, &diags, "cookie-undisclosed");
    assert!(text.contains("cookies {\n  | name | provider |"), "{text}");
    let diags = c.change(4, &text);
    assert!(
        !codes(&diags).contains(&"cookie-undisclosed".into()),
        "{diags:?}"
    );
    assert!(!codes(&diags).contains(&"syntax".into()), "{diags:?}");
    assert_eq!(c.finish(), 0);
}

#[test]
fn lsp_answers_every_request_on_half_typed_broken_and_huge_documents() {
    let mut c = Client::start();
    let full = fixture();
    let mut cuts: Vec<usize> = (0..full.len()).step_by(37).collect();
    cuts.push(full.len());
    let requests = [
        "textDocument/hover",
        "textDocument/completion",
        "textDocument/definition",
        "textDocument/references",
        "textDocument/prepareRename",
        "textDocument/documentSymbol",
        "textDocument/formatting",
        "textDocument/codeAction",
    ];
    for (version, cut) in cuts.into_iter().enumerate() {
        let mut cut = cut;
        while !full.is_char_boundary(cut) {
            cut -= 1;
        }
        let text = &full[..cut];
        c.change(version as i64 + 2, text);
        let lines = text.lines().count() as u32;
        for (line, character) in [(0, 0), (lines / 2, 3), (lines, 0), (lines + 5, 999)] {
            for method in requests {
                let mut params = at(line, character);
                params["context"] =
                    json!({ "includeDeclaration": true, "diagnostics": [], "triggerKind": 1 });
                params["range"] = json!({ "start": { "line": 0, "character": 0 }, "end": { "line": line, "character": character } });
                params["options"] = json!({ "tabSize": 2, "insertSpaces": true });
                let r = c.request(method, params);
                assert!(
                    r.get("result").is_some(),
                    "{method} at {line}:{character} after {cut} bytes: {r}"
                );
            }
        }
    }
    // Garbage params and unknown methods get errors, and the server goes on.
    let r = c.request("textDocument/hover", json!({ "nonsense": true }));
    assert!(r["error"]["code"].is_i64(), "{r}");
    let r = c.request("policyc/nothing", json!({}));
    assert_eq!(r["error"]["code"], -32601, "{r}");
    // Bytes that are not a policy at all.
    let diags = c.change(1000, "\u{0}\u{1}{{{{ }}}} \"\"\" | | |\n}}}}");
    assert!(codes(&diags).contains(&"syntax".into()));
    // A large file (about 1 MB) is checked; one past the size limit is refused with a diagnostic.
    let block = "data d0 \"D\" {\n  source person\n  retention 1 year\n}\n";
    let big: String = (0..20_000)
        .map(|i| block.replace("d0", &format!("d{i}")))
        .collect();
    let started = Instant::now();
    c.change(1001, &big);
    let r = c.request(
        "textDocument/documentSymbol",
        json!({ "textDocument": { "uri": URI } }),
    );
    assert!(r["result"].as_array().is_some_and(|a| a.len() == 20_000));
    assert!(
        started.elapsed() < Duration::from_secs(60),
        "{:?}",
        started.elapsed()
    );
    let huge = "// x\n".repeat(2_000_000);
    let diags = c.change(1002, &huge);
    assert_eq!(codes(&diags), ["too-large"]);
    let r = c.request("textDocument/completion", at(3, 1));
    assert!(r.get("result").is_some(), "{r}");
    assert_eq!(c.finish(), 0);
}

/// Recovery per statement inside blocks: a typo hides only its own line (and a
/// block it opens), never the rest of the block or the file.
#[test]
fn a_syntax_error_inside_a_block_keeps_the_rest_of_the_block() {
    let text = minimal()
        .replace("  source person\n", "  source = person\n")
        .replace(
            "  named \"Example Mail SAS\"\n",
            "  named \"Example Mail SAS\n",
        )
        .replace(
            "  right complain \"Complain to the French supervisory authority\" {",
            "  right complain \"Complain\" @ {",
        );
    let compiled = policyc::compile_str("typos.policy", &text);
    let syntax: Vec<_> = compiled
        .errors
        .iter()
        .filter(|d| d.code == policyc::diag::Code::Syntax)
        .collect();
    assert_eq!(syntax.len(), 3, "{:#?}", compiled.errors);
    let policy = compiled.policy.expect("a policy");
    let email = &policy.data[0];
    assert!(email.sources.is_empty());
    assert!(
        !email.retention.is_empty(),
        "the line after the typo is kept"
    );
    assert_eq!(policy.recipients[0].receives.len(), 1);
    // The broken `right complain … {` goes with its block; the rights after it stay.
    assert!(!policy.rights.respond_within.is_empty());
    assert_eq!(policy.rights.rights.len(), 7);
    assert!(policy.children.is_some());
}

// Hostile input (issue 24). The expected answers come from the protocol: the
// base protocol's framing, JSON-RPC 2.0 §5.1 (-32700 for a body that is not
// JSON, -32600 for JSON that is not a request, id null when none can be read)
// and the LSP lifecycle (ServerNotInitialized, InvalidRequest after shutdown,
// exit code 0 only for exit after shutdown).

fn assert_no_crash(c: &Client) {
    let err = c.stderr();
    assert!(!err.contains("panicked"), "{err}");
    assert!(!err.contains("closed the connection"), "{err}");
}

#[test]
fn lsp_answers_bad_frames_and_bad_json_and_stays_alive() {
    let mut c = Client::start();
    // A lone surrogate in a document: the document is read (U+FFFD in its place).
    let open = r#"{"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":"file:///tmp/test.policy","languageId":"policy","version":1,"text":"policy \"\ud800\" {\n  updated 2026-01-01\n}\n"}}}"#;
    c.frame(open);
    let diags = c.diagnostics();
    assert!(diags.iter().all(|d| d["code"] != "syntax"), "{diags:?}");
    let hover = c.request("textDocument/hover", at(0, 2));
    assert!(hover.get("result").is_some(), "{hover}");
    // Malformed JSON: a parse error, id null.
    c.frame(r#"{"jsonrpc":"2.0","id":7,"method":"#);
    let r = c.response();
    assert_eq!(r["error"]["code"], -32700, "{r}");
    assert_eq!(r["id"], Value::Null, "{r}");
    // Bytes that are not UTF-8 are not JSON either.
    c.raw(b"Content-Length: 4\r\n\r\n\xff\xfe{}");
    assert_eq!(c.response()["error"]["code"], -32700);
    // An array (a batch, which the protocol does not have) and a scalar: invalid requests, id null.
    c.frame(r#"[{"jsonrpc":"2.0","id":8,"method":"shutdown"}]"#);
    let r = c.response();
    assert_eq!(r["error"]["code"], -32600, "{r}");
    assert_eq!(r["id"], Value::Null, "{r}");
    c.frame("42");
    assert_eq!(c.response()["error"]["code"], -32600);
    // An object that is no message: the id it has is kept, the body is not echoed.
    c.frame(r#"{"jsonrpc":"2.0","id":9,"method":["SECRET-MARKER"]}"#);
    let r = c.response();
    assert_eq!(r["error"]["code"], -32600, "{r}");
    assert_eq!(r["id"], 9, "{r}");
    assert!(!r.to_string().contains("SECRET-MARKER"), "{r}");
    // No Content-Length: the frame is skipped and the next one is read.
    c.raw(b"Content-Type: application/vscode-jsonrpc\r\n\r\n{\"jsonrpc\":\"2.0\",\"id\":10,\"method\":\"shutdown\"}");
    let r = c.request("textDocument/hover", at(0, 2));
    assert!(r.get("result").is_some(), "{r}");
    // A Content-Length that is too short: the cut body is a parse error, the rest is skipped.
    let body = r#"{"jsonrpc":"2.0","id":11,"method":"shutdown"}"#;
    c.raw(format!("Content-Length: 10\r\n\r\n{body}").as_bytes());
    let r = c.response();
    assert_eq!(r["error"]["code"], -32700, "{r}");
    let r = c.request("textDocument/hover", at(0, 2));
    assert!(r.get("result").is_some(), "{r}");
    // A Content-Length that is not a number, and a header line of a megabyte.
    c.raw(b"Content-Length: lots\r\n\r\n");
    c.raw(
        format!(
            "X-Long: {}\r\nContent-Length: 2\r\n\r\n{{}}",
            "x".repeat(1 << 20)
        )
        .as_bytes(),
    );
    let r = c.request("textDocument/hover", at(0, 2));
    assert!(r.get("result").is_some(), "{r}");
    assert_no_crash(&c);
    let err = c.stderr_with(&["not JSON", "without Content-Length"]);
    assert!(err.contains("not JSON"), "{err}");
    assert!(err.contains("without Content-Length"), "{err}");
    assert_eq!(c.finish(), 0);
}

#[test]
fn lsp_bounds_content_length() {
    let mut c = Client::start();
    // Over the 64 MiB bound: read past, not kept; the next message is answered.
    let n = 65 * 1024 * 1024;
    c.raw(format!("Content-Length: {n}\r\n\r\n").as_bytes());
    let chunk = vec![b' '; 1 << 20];
    for _ in 0..65 {
        c.raw(&chunk);
    }
    let r = c.request("textDocument/hover", at(0, 0));
    assert!(r.get("result").is_some(), "{r}");
    let err = c.stderr_with(&["over the limit of 64 MiB"]);
    assert!(err.contains("over the limit of 64 MiB"), "{err}");
    // u64::MAX, then the end of the input: no abort, no panic, the exit code for a lost client.
    c.raw(format!("Content-Length: {}\r\n\r\n{{}}", u64::MAX).as_bytes());
    let Client {
        mut child,
        stdin,
        stderr,
        ..
    } = c;
    drop(stdin);
    let deadline = Instant::now() + Duration::from_secs(20);
    let code = loop {
        if let Some(s) = child.try_wait().unwrap() {
            break s.code();
        }
        assert!(Instant::now() < deadline, "did not exit");
        std::thread::sleep(Duration::from_millis(20));
    };
    assert_eq!(code, Some(1), "{}", stderr.lock().unwrap());
    let err = stderr.lock().unwrap().clone();
    assert!(!err.contains("panicked"), "{err}");
}

#[test]
fn lsp_follows_the_lifecycle_and_never_echoes_requests() {
    let mut c = Client::spawn();
    // Before initialize: ServerNotInitialized (-32002), short.
    let mut params = at(0, 0);
    params["marker"] = json!("SECRET-MARKER");
    let r = c.request("textDocument/hover", params.clone());
    assert_eq!(r["error"]["code"], -32002, "{r}");
    assert!(!r.to_string().contains("SECRET-MARKER"), "{r}");
    let r = c.request("initialize", json!({ "capabilities": {} }));
    assert!(r["result"]["capabilities"].is_object(), "{r}");
    c.notify("initialized", json!({}));
    // A second initialize: InvalidRequest, short.
    let r = c.request(
        "initialize",
        json!({ "capabilities": {}, "marker": "SECRET-MARKER" }),
    );
    assert_eq!(r["error"]["code"], -32600, "{r}");
    assert!(!r.to_string().contains("SECRET-MARKER"), "{r}");
    let r = c.request("shutdown", Value::Null);
    assert_eq!(r["result"], Value::Null, "{r}");
    // Between shutdown and exit: InvalidRequest, and the exit code stays 0.
    let r = c.request("textDocument/hover", params);
    assert_eq!(r["error"]["code"], -32600, "{r}");
    assert!(!r.to_string().contains("SECRET-MARKER"), "{r}");
    c.notify("exit", Value::Null);
    assert_eq!(c.wait(), Some(0));
}

#[test]
fn lsp_refuses_renames_onto_existing_ids_and_words_of_the_language() {
    let mut c = Client::start();
    let text = fixture();
    c.open(&text);
    let (l, ch) = pos_of(&text, "data email", 0, 6);
    for (new, says) in [("usage", "already"), ("for", "word of the policy language")] {
        let mut params = at(l, ch);
        params["newName"] = json!(new);
        let r = c.request("textDocument/rename", params);
        let message = r["error"]["message"].as_str().unwrap_or_default();
        assert!(message.contains(says), "{new}: {r}");
    }
    // Where there is no id, prepareRename says so (null), so editors refuse early.
    let (l, ch) = pos_of(&text, "retention", 0, 2);
    let r = c.request("textDocument/prepareRename", at(l, ch));
    assert_eq!(r["result"], Value::Null, "{r}");
    assert_eq!(c.finish(), 0);
}

#[test]
fn lsp_analyses_a_burst_of_changes_once_at_its_last_version() {
    let mut c = Client::start();
    c.open(&minimal());
    let block = "data d0 \"D\" {\n  source person\n  retention 1 year\n}\n";
    let mut burst = Vec::new();
    for version in 2..22 {
        let text: String = (0..2_000 + version)
            .map(|i| block.replace("d0", &format!("d{i}")))
            .collect();
        let body = json!({ "jsonrpc": "2.0", "method": "textDocument/didChange",
            "params": { "textDocument": { "uri": URI, "version": version },
                "contentChanges": [{ "text": text }] } })
        .to_string();
        burst.extend_from_slice(format!("Content-Length: {}\r\n\r\n{body}", body.len()).as_bytes());
    }
    c.raw(&burst);
    let r = c.request(
        "textDocument/documentSymbol",
        json!({ "textDocument": { "uri": URI } }),
    );
    assert_eq!(
        r["result"].as_array().map(Vec::len),
        Some(2_021),
        "{}",
        r["error"]
    );
    let published = c
        .notifications
        .iter()
        .filter(|m| m["method"] == "textDocument/publishDiagnostics")
        .count();
    assert!(
        published <= 4,
        "{published} analyses for a burst of 20 changes"
    );
    assert_eq!(c.finish(), 0);
}

#[test]
fn lsp_says_how_large_a_file_is_and_the_limit() {
    let mut c = Client::start();
    let huge = "// x\n".repeat(2_000_000);
    let diags = c.open(&huge);
    let message = diags[0]["message"].as_str().unwrap();
    assert!(message.contains("10000000 bytes"), "{message}");
    assert!(message.contains("8 MiB"), "{message}");
    assert_eq!(c.finish(), 0);
}

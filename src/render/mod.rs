//! Renderers: the published policy as HTML and Markdown (minijinja templates
//! over [`view::context`]) and as JSON (the model under a versioned schema);
//! [`export`] writes DPV JSON-LD, a Fides manifest and the Art. 30 record.

pub mod anchors;
pub mod export;
pub mod json;
pub mod prose;
pub mod schema;
mod templates;
pub mod view;
pub mod wording;

pub use templates::{Templates, BUILTIN};

use crate::diag::Diagnostic;
use crate::model::Policy;

/// The policy in the published JSON format ([`json::Policy`], `format_version`
/// first), pretty-printed, with a final newline.
pub fn json(policy: &Policy) -> String {
    let published = json::Policy::from(policy);
    let mut s = serde_json::to_string_pretty(&published)
        .unwrap_or_else(|e| format!("{{\"error\": \"{e}\"}}"));
    s.push('\n');
    s
}

/// What the writer's prose may bring into a document beyond safe Markdown.
/// Both are off by default and turned on in `policyc.yaml`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Trust {
    /// Raw HTML in prose reaches the output (`allow-raw-html`).
    pub raw_html: bool,
    /// Images from other sites load in the output (`allow-remote-resources`);
    /// otherwise a remote image becomes a link to it.
    pub remote_resources: bool,
}

/// The policy as one self-contained HTML page.
pub fn html(
    policy: &Policy,
    templates: &Templates,
    allow_raw_html: bool,
) -> Result<String, Diagnostic> {
    html_with(
        policy,
        templates,
        Trust {
            raw_html: allow_raw_html,
            remote_resources: false,
        },
    )
}

/// The policy as one self-contained HTML page, with what the configuration trusts.
pub fn html_with(
    policy: &Policy,
    templates: &Templates,
    trust: Trust,
) -> Result<String, Diagnostic> {
    let context = view::context(policy, view::Format::Html, trust, templates.ids());
    templates
        .render("policy.html", context)
        .map(|s| tidy(&without_controls(&s)))
}

/// The policy as GitHub-flavoured Markdown.
pub fn markdown(
    policy: &Policy,
    templates: &Templates,
    allow_raw_html: bool,
) -> Result<String, Diagnostic> {
    markdown_with(
        policy,
        templates,
        Trust {
            raw_html: allow_raw_html,
            remote_resources: false,
        },
    )
}

/// The policy as GitHub-flavoured Markdown, with what the configuration trusts.
pub fn markdown_with(
    policy: &Policy,
    templates: &Templates,
    trust: Trust,
) -> Result<String, Diagnostic> {
    let context = view::context(policy, view::Format::Markdown, trust, templates.ids());
    templates
        .render("policy.md", context)
        .map(|s| tidy(&without_controls(&s)))
}

/// The rule for text in files written for people (HTML, Markdown, the PR
/// comment): no control character but tab and line break. Every other C0
/// control (ESC, BEL, NUL, a lone CR…), DEL and every C1 control becomes
/// U+FFFD, so that a terminal that shows the file (`cat`, a CI log, `git
/// diff`) obeys no escape sequence, and a reader sees that something was
/// there. A CR before LF is a line end and stays.
pub fn without_controls(s: &str) -> std::borrow::Cow<'_, str> {
    let bad = |at: usize, c: char| {
        c.is_control() && !matches!(c, '\t' | '\n') && !(c == '\r' && s[at + 1..].starts_with('\n'))
    };
    if !s.char_indices().any(|(i, c)| bad(i, c)) {
        return std::borrow::Cow::Borrowed(s);
    }
    std::borrow::Cow::Owned(
        s.char_indices()
            .map(|(i, c)| if bad(i, c) { '\u{FFFD}' } else { c })
            .collect(),
    )
}

/// Output that is stable for diffs: no trailing spaces, no runs of blank
/// lines, no leading blank lines, exactly one final newline.
pub fn tidy(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut blank = true;
    for line in text.lines() {
        let line = line.trim_end();
        if line.is_empty() {
            if !blank {
                out.push('\n');
            }
            blank = true;
        } else {
            out.push_str(line);
            out.push('\n');
            blank = false;
        }
    }
    while out.ends_with("\n\n") {
        out.pop();
    }
    out
}

//! `{{ placeholders }}` in prose: each names a declared fact.

use std::collections::HashMap;

use super::lower::{did_you_mean, Lower};
use super::*;
use crate::diag::{Code, Span};

impl Lower {
    pub fn placeholders(
        &mut self,
        source: &Spanned<String>,
        ctx: &PlaceholderContext<'_>,
    ) -> String {
        let text = &source.value;
        let mut out = String::with_capacity(text.len());
        let mut rest = text.as_str();
        let mut consumed = 0;
        let mut cursor = 0;
        while let Some(open) = rest.find("{{") {
            out.push_str(&rest[..open]);
            let after = &rest[open + 2..];
            let Some(close) = after.find("}}") else {
                out.push_str(&rest[open..]);
                rest = "";
                break;
            };
            let inner = after[..close].trim();
            let at = consumed + open;
            let span = self.prose_span(source, at, at + close + 4, &mut cursor);
            match ctx.expand(inner) {
                Ok(s) => out.push_str(&s),
                Err(help) => {
                    self.error(
                        Code::UnknownPlaceholder,
                        span,
                        format!("`{{{{ {inner} }}}}` does not name a declared fact"),
                        "unknown placeholder",
                    );
                    self.help(help);
                    out.push_str(&rest[open..open + close + 4]);
                }
            }
            consumed += open + close + 4;
            rest = &rest[open + close + 4..];
        }
        out.push_str(rest);
        out
    }

    /// Maps an offset in a text block's (dedented) content back to the source, approximately:
    /// exactly when the text is on one line, else to the text block.
    /// The search resumes at `cursor` (the end of the previous placeholder), so
    /// repeated placeholders point at their own place and the scan stays linear.
    fn prose_span(
        &self,
        source: &Spanned<String>,
        start: usize,
        end: usize,
        cursor: &mut usize,
    ) -> Span {
        let raw = self
            .file
            .text
            .get(source.span.start..source.span.end)
            .unwrap_or("");
        let needle = source.value.get(start..end).unwrap_or("");
        match raw.get(*cursor..).and_then(|rest| rest.find(needle)) {
            Some(i) if !needle.is_empty() => {
                let at = *cursor + i;
                *cursor = at + needle.len();
                Span::new(
                    source.span.start + at,
                    source.span.start + at + needle.len(),
                )
            }
            _ => source.span,
        }
    }
}

/// The facts prose can refer to, looked up by id.
pub struct PlaceholderContext<'a> {
    meta: Option<&'a Meta>,
    controller: Option<&'a Party>,
    dpo: Option<&'a Party>,
    /// `data`, `purpose`, `recipient`, `cookie`, `section` → id → replacement Markdown.
    by_kind: HashMap<&'static str, HashMap<&'a str, String>>,
}

impl<'a> PlaceholderContext<'a> {
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        meta: Option<&'a Meta>,
        controller: Option<&'a Party>,
        dpo: Option<&'a Party>,
        data: &'a [DataCategory],
        purposes: &'a [Purpose],
        recipients: &'a [Recipient],
        cookies: Option<&'a Cookies>,
        sections: &'a [Section],
    ) -> Self {
        let mut by_kind: HashMap<&'static str, HashMap<&'a str, String>> = HashMap::new();
        by_kind.insert(
            "data",
            data.iter()
                .map(|d| (d.id.value.as_str(), md_escape(&d.label)))
                .collect(),
        );
        by_kind.insert(
            "purpose",
            purposes
                .iter()
                .map(|d| (d.id.value.as_str(), md_escape(&d.label)))
                .collect(),
        );
        by_kind.insert(
            "recipient",
            recipients
                .iter()
                .map(|d| (d.id.value.as_str(), md_escape(&d.label)))
                .collect(),
        );
        by_kind.insert(
            "cookie",
            cookies
                .into_iter()
                .flat_map(|c| c.rows.iter())
                .map(|r| {
                    (
                        r.name.value.as_str(),
                        format!("[`{}`](#{})", r.name.value, r.anchor()),
                    )
                })
                .collect(),
        );
        by_kind.insert(
            "section",
            sections
                .iter()
                .map(|s| {
                    (
                        s.id.value.as_str(),
                        format!("[{}](#{})", md_escape(&s.title), s.id.value),
                    )
                })
                .collect(),
        );
        PlaceholderContext {
            meta,
            controller,
            dpo,
            by_kind,
        }
    }
}

/// Escapes Markdown's punctuation in a fact placed into prose.
fn md_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if "\\`*_{}[]<>()#+-.!|".contains(c) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

impl PlaceholderContext<'_> {
    pub fn expand(&self, path: &str) -> Result<String, String> {
        const FIELDS: &[&str] = &[
            "policy.title",
            "policy.updated",
            "policy.effective",
            "controller.name",
            "controller.email",
            "controller.phone",
            "controller.address",
            "controller.website",
            "dpo.name",
            "dpo.email",
            "data.ID",
            "purpose.ID",
            "recipient.ID",
            "cookie.NAME",
            "section.ID",
        ];
        let unknown = || {
            format!(
                "placeholders are {}",
                FIELDS
                    .iter()
                    .map(|f| format!("`{{{{ {f} }}}}`"))
                    .collect::<Vec<_>>()
                    .join(", ")
            )
        };
        let (head, tail) = path.split_once('.').ok_or_else(unknown)?;
        let field = |p: Option<&Party>, f: &str| -> Result<String, String> {
            let p = p.ok_or_else(|| format!("the policy declares no `{head}`"))?;
            let v = match f {
                "name" => Some(p.name.value.clone()),
                "email" => p.email.as_ref().map(|e| e.value.clone()),
                "phone" => p.phone.clone(),
                "address" => p.address.as_ref().map(|e| e.value.clone()),
                "website" => p.website.clone(),
                _ => return Err(unknown()),
            };
            v.map(|v| md_escape(&v))
                .ok_or_else(|| format!("the `{head}` declares no `{f}`"))
        };
        let pick = |kind: &str| -> Result<String, String> {
            let ids = self.by_kind.get(head).ok_or_else(unknown)?;
            match ids.get(tail) {
                Some(s) => Ok(s.clone()),
                None => {
                    let mut names: Vec<&str> = ids.keys().copied().collect();
                    names.sort_unstable();
                    Err(match did_you_mean(tail, names) {
                        Some(s) => format!("did you mean `{{{{ {head}.{s} }}}}`?"),
                        None => format!("no {kind} `{tail}` is declared"),
                    })
                }
            }
        };
        match head {
            "policy" => {
                let m = self.meta.ok_or("the policy has no `policy` statement")?;
                match tail {
                    "title" => Ok(md_escape(&m.title.value)),
                    "updated" => m
                        .updated
                        .as_ref()
                        .map(|d| d.value.long())
                        .ok_or_else(|| "the policy states no `updated` date".into()),
                    "effective" => m
                        .effective
                        .as_ref()
                        .map(|d| d.value.long())
                        .ok_or_else(|| "the policy states no `effective` date".into()),
                    _ => Err(unknown()),
                }
            }
            "controller" => field(self.controller, tail),
            "dpo" => field(self.dpo, tail),
            "data" => pick("data category"),
            "purpose" => pick("purpose"),
            "recipient" => pick("recipient"),
            "cookie" => pick("cookie"),
            "section" => pick("section"),
            _ => Err(unknown()),
        }
    }
}

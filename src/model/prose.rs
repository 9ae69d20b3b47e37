//! Prose: the writer's Markdown split into text and the facts its
//! `{{ placeholders }}` name. The model keeps the facts as references
//! ([`FactRef`]); each renderer writes them in its own format, escaped once.

use super::blocks::Builder;
use super::lower::{did_you_mean, Lower};
use super::*;
use crate::diag::{Code, Span};

/// What can be named in a placeholder, for the help text.
const PLACEHOLDERS: &[&str] = &[
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

impl Lower {
    /// Splits prose into text and facts; a placeholder that names no declared
    /// fact is reported and kept as written.
    pub fn segments(&mut self, source: &Spanned<String>, known: &Known<'_>) -> Vec<Segment> {
        let text = &source.value;
        let mut out = Vec::new();
        let mut plain = String::new();
        let mut rest = text.as_str();
        let mut consumed = 0;
        let mut cursor = 0;
        while let Some(open) = rest.find("{{") {
            plain.push_str(&rest[..open]);
            let after = &rest[open + 2..];
            let Some(close) = after.find("}}") else {
                plain.push_str(&rest[open..]);
                rest = "";
                break;
            };
            let inner = after[..close].trim();
            let at = consumed + open;
            let span = self.prose_span(source, at, at + close + 4, &mut cursor);
            match placeholder(inner, known) {
                Ok(fact) => {
                    if !plain.is_empty() {
                        out.push(Segment::Text(std::mem::take(&mut plain)));
                    }
                    out.push(Segment::Fact(fact));
                }
                Err(help) => {
                    self.error(
                        Code::UnknownPlaceholder,
                        span,
                        format!("`{{{{ {inner} }}}}` does not name a declared fact"),
                        "unknown placeholder",
                    );
                    self.help(help);
                    plain.push_str(&rest[open..open + close + 4]);
                }
            }
            consumed += open + close + 4;
            rest = &rest[open + close + 4..];
        }
        plain.push_str(rest);
        if !plain.is_empty() {
            out.push(Segment::Text(plain));
        }
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

/// The ids prose may name, indexed once so that each placeholder is looked up in constant time.
pub struct Known<'a> {
    b: &'a Builder,
    ids: std::collections::HashMap<&'static str, std::collections::HashSet<&'a str>>,
}

impl<'a> Known<'a> {
    /// Indexes the ids of a file's facts.
    pub fn new(b: &'a Builder) -> Self {
        let mut ids = std::collections::HashMap::new();
        ids.insert("data", b.data.iter().map(|d| d.id.value.as_str()).collect());
        ids.insert(
            "purpose",
            b.purposes.iter().map(|d| d.id.value.as_str()).collect(),
        );
        ids.insert(
            "recipient",
            b.recipients.iter().map(|d| d.id.value.as_str()).collect(),
        );
        ids.insert(
            "cookie",
            b.cookies
                .iter()
                .flat_map(|c| c.rows.iter())
                .map(|r| r.name.value.as_str())
                .collect(),
        );
        ids.insert(
            "section",
            b.sections.iter().map(|s| s.id.value.as_str()).collect(),
        );
        Known { b, ids }
    }
}

/// Reads `head.tail` into the fact it names, or says why it names none.
fn placeholder(path: &str, known: &Known<'_>) -> Result<FactRef, String> {
    let b = known.b;
    let unknown = || {
        format!(
            "placeholders are {}",
            PLACEHOLDERS
                .iter()
                .map(|f| format!("`{{{{ {f} }}}}`"))
                .collect::<Vec<_>>()
                .join(", ")
        )
    };
    let (head, tail) = path.split_once('.').ok_or_else(unknown)?;
    let party = |p: Option<&Party>, role: PartyRole| -> Result<FactRef, String> {
        let p = p.ok_or_else(|| {
            if head == "dpo" && b.regional_dpos.len() > 1 {
                "the policy declares a DPO for each of several places, and no words say which one this is: name it in the text".to_string()
            } else {
                format!("the policy declares no `{head}`")
            }
        })?;
        let field = PartyField::from_word(tail).ok_or_else(unknown)?;
        if p.field(field).is_none() {
            return Err(format!("the `{head}` declares no `{tail}`"));
        }
        Ok(FactRef::Party { role, field })
    };
    let pick = |kind: &str, make: fn(String) -> FactRef| {
        let ids = known.ids.get(head).ok_or_else(unknown)?;
        if ids.contains(tail) {
            return Ok(make(tail.to_string()));
        }
        let mut names: Vec<&str> = ids.iter().copied().collect();
        names.sort_unstable();
        Err(match did_you_mean(tail, names) {
            Some(s) => format!("did you mean `{{{{ {head}.{s} }}}}`?"),
            None => format!("no {kind} `{tail}` is declared"),
        })
    };
    match head {
        "policy" => {
            let m = b
                .meta
                .as_ref()
                .ok_or("the policy has no `policy` statement")?;
            match tail {
                "title" => Ok(FactRef::PolicyTitle),
                "updated" if m.updated.is_some() => Ok(FactRef::PolicyUpdated),
                "updated" => Err("the policy states no `updated` date".into()),
                "effective" if m.effective.is_some() => Ok(FactRef::PolicyEffective),
                "effective" => Err("the policy states no `effective` date".into()),
                _ => Err(unknown()),
            }
        }
        "controller" => party(b.controller.as_ref(), PartyRole::Controller),
        // A DPO named for some places only (the EU/UK supplement's) is
        // the one the words mean when it is the only one.
        "dpo" => party(
            b.dpo.as_ref().or(match b.regional_dpos.as_slice() {
                [only] => Some(only),
                _ => None,
            }),
            PartyRole::Dpo,
        ),
        "data" => pick("data category", FactRef::Data),
        "purpose" => pick("purpose", FactRef::Purpose),
        "recipient" => pick("recipient", FactRef::Recipient),
        "cookie" => pick("cookie", FactRef::Cookie),
        "section" => pick("section", FactRef::Section),
        _ => Err(unknown()),
    }
}

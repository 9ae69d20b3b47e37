//! Ids and references: each id declared once per kind, each reference
//! pointing at a declaration, with "did you mean" for a typo.

use super::lower::{did_you_mean, Lower};
use super::*;
use crate::diag::{Code, Diagnostic};

/// After this many errors, unknown references get no "did you mean".
const MAX_SUGGESTED_ERRORS: usize = 200;

impl Lower {
    /// Records an id; a second declaration of the same kind is an error labelled at both places.
    pub fn declare(&mut self, kind: &'static str, id: &Spanned<String>) {
        let key = (kind, id.value.clone());
        if let Some(first) = self.ids.get(&key).copied() {
            self.diags.push(
                Diagnostic::error(
                    Code::DuplicateId,
                    &self.file,
                    format!("the {kind} `{}` is declared twice", id.value),
                )
                .at(id.span, "declared again here")
                .also(first, "first declared here")
                .help(format!(
                    "give each {kind} its own id, or merge the two declarations"
                )),
            );
        } else {
            self.ids.insert(key, id.span);
        }
    }

    fn declared(&self, kind: &'static str) -> Vec<&str> {
        let mut v: Vec<&str> = self
            .ids
            .keys()
            .filter(|(k, _)| *k == kind)
            .map(|(_, id)| id.as_str())
            .collect();
        v.sort_unstable();
        v
    }

    /// Reports a reference to an id of `kind` that nothing declares.
    pub fn check_reference(&mut self, kind: &'static str, r: &Spanned<String>) {
        if self.ids.contains_key(&(kind, r.value.clone())) {
            return;
        }
        // Suggestions cost a scan of every id: past a few hundred errors, skip them.
        if self.diags.len() > MAX_SUGGESTED_ERRORS {
            self.error(
                Code::UnknownReference,
                r.span,
                format!("no {kind} is declared with the id `{}`", r.value),
                format!("unknown {kind}"),
            );
            return;
        }
        let mut declared = self.declared(kind);
        if kind == "basis" {
            // `basis X` also takes an Art. 6(1) ground: suggest those too.
            declared.extend(Ground::WORDS);
            let help = match did_you_mean(&r.value, declared.iter().copied()) {
                Some(s) => format!("did you mean `{s}`?"),
                None => format!(
                    "an Art. 6(1) ground is one of {}",
                    Ground::WORDS
                        .iter()
                        .map(|g| format!("`{g}`"))
                        .collect::<Vec<_>>()
                        .join(", ")
                ),
            };
            self.error(
                Code::UnknownReference,
                r.span,
                format!(
                    "`{}` is neither an Art. 6(1) ground nor a declared basis",
                    r.value
                ),
                "unknown basis",
            );
            self.help(help);
            return;
        }
        let help = match did_you_mean(&r.value, declared.iter().copied()) {
            Some(s) => format!("did you mean `{s}`?"),
            None if declared.is_empty() => format!("no {kind} is declared in this file"),
            None => format!(
                "the declared {kind} ids are: {}{}",
                declared
                    .iter()
                    .take(12)
                    .map(|d| format!("`{d}`"))
                    .collect::<Vec<_>>()
                    .join(", "),
                if declared.len() > 12 { ", …" } else { "" }
            ),
        };
        self.error(
            Code::UnknownReference,
            r.span,
            format!("no {kind} is declared with the id `{}`", r.value),
            format!("unknown {kind}"),
        );
        self.help(help);
    }
}

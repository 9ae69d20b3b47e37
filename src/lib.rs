//! policyc: a compiler for privacy policies written as code.
//!
//! The pipeline: [`source::read`] → [`syntax::parse`] → [`model::resolve`] →
//! lint, render, diff. [`compile`] runs the first three.

pub mod cli;
pub mod commands;
pub mod cookies;
pub mod diag;
pub mod diff;
pub mod facts;
pub mod fmt;
pub mod i18n;
pub mod lint;
pub mod lsp;
pub mod model;
pub mod output;
pub mod render;
pub mod report;
pub mod session;
pub mod source;
pub mod syntax;
pub mod synth;
pub mod yaml;

use std::sync::Arc;

use diag::{Code, Diagnostic, SourceFile};
use model::Policy;

/// The result of compiling one file: the model (when it could be built) and
/// every problem found on the way.
#[derive(Debug)]
pub struct Compiled {
    /// The source.
    pub file: Arc<SourceFile>,
    /// The resolved policy; `None` when the file has no `policy` statement or did not parse at all.
    pub policy: Option<Policy>,
    /// Syntax and resolution errors, in source order.
    pub errors: Vec<Diagnostic>,
}

impl Compiled {
    /// The policy, when there were no errors.
    pub fn ok(&self) -> Option<&Policy> {
        if self.errors.is_empty() {
            self.policy.as_ref()
        } else {
            None
        }
    }
}

/// Parses and resolves a source file, collecting every error.
pub fn compile(file: &Arc<SourceFile>) -> Compiled {
    let (doc, errors) = syntax::parse(file);
    // The tree is read once and dropped as it is read (issue 27: the tree
    // and the model are never both whole).
    let (policy, resolve_errors) = model::resolve_owned(file, doc);
    compiled(file, policy, errors, resolve_errors)
}

/// [`compile`], also returning the syntax tree (for tools that point into the source).
pub fn compile_with_tree(file: &Arc<SourceFile>) -> (syntax::ast::Document, Compiled) {
    let (doc, errors) = syntax::parse(file);
    let (policy, resolve_errors) = model::resolve(file, &doc);
    (doc, compiled(file, policy, errors, resolve_errors))
}

/// The syntax errors and the resolution errors that are not echoes of them, in source order.
fn compiled(
    file: &Arc<SourceFile>,
    policy: Option<Policy>,
    mut errors: Vec<Diagnostic>,
    resolve_errors: Vec<Diagnostic>,
) -> Compiled {
    let syntax_failed = !errors.is_empty();
    // When parts of the file did not parse, a missing `policy` statement or a
    // reference to an id declared in the broken part would only echo the syntax error.
    const ECHOES: &[Code] = &[
        Code::MissingPolicyStatement,
        Code::UnknownReference,
        Code::UnknownPlaceholder,
    ];
    errors.extend(
        resolve_errors
            .into_iter()
            .filter(|d| !(syntax_failed && ECHOES.contains(&d.code))),
    );
    errors.sort_by_key(|d| d.primary.as_ref().map_or(0, |l| l.span.start));
    Compiled {
        file: Arc::clone(file),
        policy,
        errors,
    }
}

/// Parses and resolves source text (for tests and tools).
pub fn compile_str(name: &str, text: &str) -> Compiled {
    compile(&SourceFile::new(name, text))
}

/// Runs the command line; returns the process exit code.
pub fn run(args: impl IntoIterator<Item = std::ffi::OsString>) -> i32 {
    cli::run(args)
}

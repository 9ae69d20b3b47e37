//! `policyc explain RULE`: the rule's documentation.

use super::Io;
use crate::cli::{ExplainArgs, EXIT_ERROR, EXIT_OK};

/// Runs `explain`.
pub fn run(args: &ExplainArgs, io: &mut Io<'_>) -> i32 {
    match crate::lint::find(&args.rule) {
        Some(rule) => {
            let _ = write!(io.out, "{}", rule.doc);
            let applies = if rule.applies.is_empty() {
                "every policy".to_string()
            } else {
                rule.jurisdictions()
                    .iter()
                    .map(|j| j.as_str())
                    .collect::<Vec<_>>()
                    .join(", ")
            };
            let _ = writeln!(
                io.out,
                "\n---\nDefault level: {}. Applies to: {applies}.",
                rule.default
            );
            EXIT_OK
        }
        None => {
            let ids = crate::lint::RULES.iter().map(|r| r.id);
            let hint = match crate::model::did_you_mean(&args.rule, ids) {
                Some(s) => format!(" Did you mean `{s}`?"),
                None => String::new(),
            };
            let _ = writeln!(
                io.err,
                "error: no rule is called `{}`.{hint} `policyc rules` lists every rule.",
                args.rule
            );
            EXIT_ERROR
        }
    }
}

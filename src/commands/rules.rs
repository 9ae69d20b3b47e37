//! `policyc rules`: every rule with its level, jurisdictions and summary.

use super::Io;
use crate::cli::{ListFormat, RulesArgs, EXIT_OK};
use crate::lint::RULES;

/// Runs `rules`.
pub fn run(args: &RulesArgs, io: &mut Io<'_>) -> i32 {
    match args.format {
        ListFormat::Json => {
            let list: Vec<serde_json::Value> = RULES
                .iter()
                .map(|r| {
                    serde_json::json!({
                        "id": r.id,
                        "level": r.default,
                        "jurisdictions": r.jurisdictions().iter().map(|j| j.as_str()).collect::<Vec<_>>(),
                        "summary": r.summary(),
                    })
                })
                .collect();
            let _ = writeln!(
                io.out,
                "{}",
                serde_json::to_string_pretty(&list).unwrap_or_default()
            );
        }
        ListFormat::Human => {
            let _ = write!(io.out, "{}", table());
        }
    }
    EXIT_OK
}

/// The rule table in Markdown, as the README shows it.
pub fn table() -> String {
    let mut s =
        String::from("| rule | level | applies to | what it reports |\n|---|---|---|---|\n");
    for r in RULES {
        let applies = if r.applies.is_empty() {
            "all".to_string()
        } else {
            r.jurisdictions()
                .iter()
                .map(|j| j.as_str())
                .collect::<Vec<_>>()
                .join(", ")
        };
        s.push_str(&format!(
            "| `{}` | {} | {} | {} |\n",
            r.id,
            r.default,
            applies,
            r.summary()
        ));
    }
    s
}

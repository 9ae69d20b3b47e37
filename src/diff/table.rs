//! The materiality table: for every statement of every block (and every
//! column of the cookie table), what a change in each direction means.
//!
//! Every `(block, field)` the schema knows must have an `any` row, the
//! decision when no more specific row applies; a test fails for a statement
//! without one, naming it. docs/diff.md holds [`markdown`] (tested equal).

use std::sync::LazyLock;

use super::Class;
use crate::model::materiality::{Direction, Part, Row};
use crate::model::schema;

/// One decision, with the block and statement it belongs to.
#[derive(Clone, Copy, Debug)]
pub struct Rule {
    /// The block: `file` for the top level, `party` for a statement all
    /// parties share, `cookie` for a row of the cookie table.
    pub block: &'static str,
    /// The statement or column; `(block)` for the block itself, `(label)`,
    /// `(name)`, `(kinds)`, `(for)`… for what follows the block's keyword.
    pub field: &'static str,
    /// The direction of the change.
    pub change: Direction,
    /// The class.
    pub class: Class,
    /// Why, in words.
    pub reason: &'static str,
    /// The legal source, or `—`.
    pub source: &'static str,
}

/// The table, in the order of docs/diff.md: every block of the schema, its
/// own parts first, then its statements' rows.
pub static RULES: LazyLock<Vec<Rule>> = LazyLock::new(|| {
    let mut out: Vec<Rule> = Vec::new();
    let mut add = |block: &'static str, field: &'static str, rows: &'static [Row]| {
        for r in rows {
            let known = out
                .iter()
                .any(|o| o.block == block && o.field == field && o.change == r.change);
            if !known {
                out.push(Rule {
                    block,
                    field,
                    change: r.change,
                    class: r.class,
                    reason: r.reason,
                    source: r.source,
                });
            }
        }
    };
    for b in schema::blocks() {
        let block = match b.keyword() {
            "" => "file",
            k => k,
        };
        for (part, rows) in b.material() {
            let block = match part {
                Part::Cookie | Part::Column(_) => "cookie",
                _ => block,
            };
            add(block, part.name(), rows);
        }
        for s in b.statements() {
            let block = if PARTIES.contains(&block) {
                "party"
            } else {
                block
            };
            add(block, s.keyword.as_str(), s.material);
        }
    }
    out
});

/// The blocks whose statements are those of a party (`party` rows apply to all three).
pub const PARTIES: &[&str] = &["controller", "dpo", "representative"];

/// The rules for a `(block, field)`, with the party rows standing in for the parties' shared fields.
pub fn rules_for(block: &str, field: &str) -> Vec<&'static Rule> {
    let own: Vec<&Rule> = RULES
        .iter()
        .filter(|r| r.block == block && r.field == field)
        .collect();
    if own.iter().any(|r| r.change == Direction::Any) || !PARTIES.contains(&block) {
        return own;
    }
    let mut out = own;
    out.extend(
        RULES
            .iter()
            .filter(|r| r.block == "party" && r.field == field),
    );
    out
}

/// The decision for a change in these directions: the most serious of the
/// rows naming one of them, else the `any` row.
pub fn decide(block: &str, field: &str, directions: &[String]) -> Option<&'static Rule> {
    let rules = rules_for(block, field);
    let specific = rules
        .iter()
        .filter(|r| directions.iter().any(|d| *d == r.change.to_string()))
        .min_by_key(|r| r.class);
    specific
        .or_else(|| rules.iter().find(|r| r.change == Direction::Any))
        .copied()
}

/// The table as docs/diff.md shows it.
pub fn markdown() -> String {
    let mut out = String::from(
        "| block | statement | change | class | why | source |\n|---|---|---|---|---|---|\n",
    );
    for r in RULES.iter() {
        let class = match r.class {
            Class::Material => "material",
            Class::Review => "review",
            Class::Editorial => "editorial",
        };
        out.push_str(&format!(
            "| `{}` | `{}` | {} | {} | {} | {} |\n",
            r.block, r.field, r.change, class, r.reason, r.source
        ));
    }
    out
}

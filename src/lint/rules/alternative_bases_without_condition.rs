//! `alternative-bases-without-condition`: documented in `docs/rules/alternative-bases-without-condition.md`, which `policyc explain alternative-bases-without-condition` prints.

use super::prelude::*;

/// The rule.
pub const RULE: Rule = Rule {
    id: "alternative-bases-without-condition",
    default: Level::Warn,
    applies: &[Family::Gdpr],
    doc: include_str!("../../../docs/rules/alternative-bases-without-condition.md"),
    check,
};

fn check(cx: &Context<'_>) -> Vec<Finding> {
    let regimes = cx.regimes(Family::Gdpr);
    let mut out = Vec::new();
    for u in &cx.policy.purposes {
        let alternatives: Vec<&Alternative> = u
            .alternatives
            .iter()
            .filter(|a| a.scope.covers_any(&regimes) || a.scope.places.is_empty())
            .collect();
        // One alternative without words is "the rest"; two or more leave the
        // reader unable to tell which ground covers which processing. A
        // declared `basis` has its own words (its label says what it is for).
        let unconditioned: Vec<&Alternative> = alternatives
            .iter()
            .copied()
            .filter(|a| a.condition.is_none() && a.bases.is_empty())
            .collect();
        if alternatives.len() < 2 || unconditioned.len() < 2 {
            continue;
        }
        let names: Vec<String> = unconditioned
            .iter()
            .flat_map(|a| a.grounds.iter().map(|g| format!("`{}`", g.value)))
            .collect();
        let names: Vec<&str> = names.iter().map(String::as_str).collect();
        let Some(at) = unconditioned
            .iter()
            .flat_map(|a| a.grounds.iter().map(|g| g.span))
            .next()
        else {
            continue;
        };
        out.push(
            Finding::new(
                at,
                format!(
                    "the purpose `{}` rests on {} without saying which covers which processing",
                    u.id.value,
                    join_or(&names)
                ),
                "which one, when?",
            )
            .help("say when each ground applies: `basis legitimate-interests \"for …\" or consent \"for …\"`, or split the purpose"),
        );
    }
    out
}

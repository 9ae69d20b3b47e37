//! `fadp-transfer-destinations-not-named`: documented in `docs/rules/fadp-transfer-destinations-not-named.md`, which `policyc explain fadp-transfer-destinations-not-named` prints.

use super::prelude::*;

/// The rule.
pub const RULE: Rule = Rule {
    id: "fadp-transfer-destinations-not-named",
    default: Level::Warn,
    // Switzerland has no regime word: the rule asks whether the policy
    // addresses people there (a statement `for switzerland`).
    applies: &[],
    doc: include_str!("../../../docs/rules/fadp-transfer-destinations-not-named.md"),
    check,
};

fn names_switzerland(s: &Scope) -> bool {
    s.places
        .iter()
        .any(|p| p.value == Place::Region(Region::Switzerland))
}

fn check(cx: &Context<'_>) -> Vec<Finding> {
    let p = cx.policy;
    let addresses = p
        .controller
        .iter()
        .chain(&p.regional_controllers)
        .chain(&p.representatives)
        .any(|c| names_switzerland(&c.scope))
        || p.rights.rights.iter().any(|r| names_switzerland(&r.scope))
        || p.purposes
            .iter()
            .flat_map(|u| &u.alternatives)
            .any(|a| names_switzerland(&a.scope))
        || p.transfers.iter().any(|t| names_switzerland(&t.scope))
        // A policy written for the revFADP addresses Swiss users as a whole.
        || cx.targets(Jurisdiction::Fadp);
    if !addresses {
        return Vec::new();
    }
    let mut out = Vec::new();
    for t in p
        .transfers
        .iter()
        .filter(|t| t.scope.places.is_empty() || names_switzerland(&t.scope))
    {
        for d in t
            .destinations
            .iter()
            .filter(|d| vague_destination(&d.value, crate::lint::language::of(p)))
        {
            out.push(
                Finding::new(
                    d.span,
                    format!(
                        "“{}” does not name the states Swiss users' data goes to",
                        d.value
                    ),
                    "which states?",
                )
                .help("name each country data is disclosed to (`to us, in`), with its safeguard: the Swiss FADP asks for the states themselves"),
            );
        }
    }
    out
}

//! `transfer-safeguard-copy-missing`: documented in `docs/rules/transfer-safeguard-copy-missing.md`, which `policyc explain transfer-safeguard-copy-missing` prints.

use super::prelude::*;

/// The rule.
pub const RULE: Rule = Rule {
    id: "transfer-safeguard-copy-missing",
    default: Level::Warn,
    applies: &[Family::Gdpr],
    doc: include_str!("../../../docs/rules/transfer-safeguard-copy-missing.md"),
    check,
};

fn check(cx: &Context<'_>) -> Vec<Finding> {
    // The transfer's own words may say how to get a copy: "ask us for a
    // copy of the clauses", "a copy is available on request". "Contact us
    // for more information about the safeguards" does not: Art. 13(1)(f)
    // asks for the means to obtain a copy, not information about them.
    static HOW: prose::Pattern = prose::Pattern::new(
        r"(?i)\b(contact|write|e-?mail|ask|request)\b[^.]*\b(copy|copies)\b|\b(copy|copies)\b[^.]*\b(available|obtain|request)",
    );
    let regimes = cx.regimes(Family::Gdpr);
    // A copy offered for the clauses (or rules) of one transfer is the way
    // to obtain them for every transfer of the policy that relies on the
    // same kind and holds in some of the same places, where the GDPR
    // applies: the reader has it.
    let offered = |t: &Transfer, kind: Safeguard| {
        cx.policy.transfers.iter().any(|o| {
            (o.copy.is_some() || o.statement.as_deref().is_some_and(|w| HOW.is_match(w)))
                && o.safeguards.iter().any(|s| s.value == kind)
                && o.scope.overlaps(&t.scope)
                // Offered to readers the GDPR protects: a copy of Brazil's
                // clauses, offered for transfers from Brazil, serves no one
                // in the EEA.
                && o.scope.covers_any(&regimes)
        })
    };
    cx.policy
        .transfers
        .iter()
        .filter(|t| t.copy.is_none() && t.scope.covers_any(&regimes))
        .filter(|t| !t.statement.as_deref().is_some_and(|w| HOW.is_match(w)))
        .filter_map(|t| {
            t.safeguards.iter().find(|s| {
                matches!(s.value, Safeguard::Sccs | Safeguard::Bcrs) && !offered(t, s.value)
            })
        })
        .map(|s| {
            Finding::new(
                s.span,
                format!(
                    "the policy relies on {} but does not say how to get a copy",
                    if s.value == Safeguard::Sccs {
                        "standard contractual clauses"
                    } else {
                        "binding corporate rules"
                    }
                ),
                "how to obtain a copy?",
            )
            .help("add `copy \"write to privacy@… for a copy\"` to the transfer")
        })
        .collect()
}

//! `transfer-relies-on-invalidated-privacy-shield`: documented in `docs/rules/transfer-relies-on-invalidated-privacy-shield.md`, which `policyc explain transfer-relies-on-invalidated-privacy-shield` prints.

use super::prelude::*;

/// The rule.
pub const RULE: Rule = Rule {
    id: "transfer-relies-on-invalidated-privacy-shield",
    default: Level::Deny,
    applies: &[Family::Gdpr, Family::Fadp],
    doc: include_str!("../../../docs/rules/transfer-relies-on-invalidated-privacy-shield.md"),
    check,
};

/// Words naming the Privacy Shield.
static SHIELD: prose::Pattern = prose::Pattern::new(r"(?i)\bprivacy\s+shield\b");
/// Words naming the framework that replaced it.
static FRAMEWORK: prose::Pattern =
    prose::Pattern::new(r"(?i)\bdata\s+privacy\s+framework\b|\bDPF\b");

fn check(cx: &Context<'_>) -> Vec<Finding> {
    let p = cx.policy;
    // A policy that names the Data Privacy Framework (which took over the
    // Privacy Shield's certification lists) may mention the Shield by way
    // of history; only a policy that relies on the Shield alone is reported.
    let texts = prose::texts(p);
    let names_framework = texts.iter().any(|t| FRAMEWORK.is_match(t.raw))
        || p.transfers.iter().any(|t| {
            t.statement
                .as_deref()
                .is_some_and(|w| FRAMEWORK.is_match(w))
        });
    if names_framework {
        return Vec::new();
    }
    let in_transfers = p
        .transfers
        .iter()
        .filter(|t| t.statement.as_deref().is_some_and(|w| SHIELD.is_match(w)))
        .map(|t| t.id.span);
    let in_prose = prose::find(p, &SHIELD);
    let mut places: Vec<crate::diag::Span> = in_transfers.chain(in_prose).collect();
    places.sort_by_key(|s| s.start);
    let Some((first, rest)) = places.split_first() else {
        return Vec::new();
    };
    let mut f = Finding::new(
        *first,
        "the policy relies on the EU-U.S. (or Swiss-U.S.) Privacy Shield, which no longer allows transfers",
        "Privacy Shield",
    )
    .help("name the mechanism the transfer rests on now: the EU-U.S. Data Privacy Framework for a certified recipient, or standard contractual clauses");
    for s in rest.iter().take(3) {
        f = f.also(*s, "named again");
    }
    vec![f]
}

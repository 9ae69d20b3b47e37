//! `transfer-without-safeguard`: documented in `docs/rules/transfer-without-safeguard.md`, which `policyc explain transfer-without-safeguard` prints.

use super::prelude::*;

/// The rule.
pub const RULE: Rule = Rule {
    id: "transfer-without-safeguard",
    default: Level::Deny,
    applies: &[Family::Gdpr],
    doc: include_str!("../../../docs/rules/transfer-without-safeguard.md"),
    check,
};

fn check(cx: &Context<'_>) -> Vec<Finding> {
    let mut out = Vec::new();
    let regimes = cx.regimes(Family::Gdpr);
    for t in cx
        .policy
        .transfers
        .iter()
        .filter(|t| t.scope.covers_any(&regimes))
    {
        match t.safeguards.first() {
            None => out.push(Finding::new(
                t.id.span,
                format!("the transfer `{}` names no safeguard", t.id.value),
                "no `safeguard`",
            )),
            Some(s) if s.value == Safeguard::None => out.push(Finding::new(
                s.span,
                format!("the transfer `{}` has no safeguard", t.id.value),
                "no safeguard",
            )),
            Some(s) if s.value == Safeguard::Derogation && t.derogation.is_none() => {
                out.push(Finding::new(
                    s.span,
                    format!(
                        "the transfer `{}` relies on a derogation without naming it",
                        t.id.value
                    ),
                    "which derogation?",
                ));
            }
            Some(_) => {}
        }
        // With an adequacy decision or an Art. 46 safeguard named, a vague
        // destination is a defect of the information (which countries?), not
        // a transfer without protection: a warning.
        let protected = t.safeguards.iter().any(|s| {
            matches!(
                s.value,
                Safeguard::Adequacy | Safeguard::Sccs | Safeguard::Bcrs | Safeguard::Certification
            )
        });
        for d in &t.destinations {
            if vague_destination(&d.value) {
                let f = Finding::new(
                    d.span,
                    format!(
                        "“{}” is not a destination a safeguard can be given for",
                        d.value
                    ),
                    "which countries?",
                );
                out.push(if protected { f.at_most(Level::Warn) } else { f });
            }
        }
    }
    out.into_iter()
        .map(|f| f.help("name each destination country and its safeguard: `safeguard adequacy`, `sccs`, `bcrs`, `certification`, or `derogation` with the Art. 49 derogation"))
        .collect()
}

//! `gpc-statement-hedged`: documented in `docs/rules/gpc-statement-hedged.md`, which `policyc explain gpc-statement-hedged` prints.

use super::prelude::*;

/// The rule.
pub const RULE: Rule = Rule {
    id: "gpc-statement-hedged",
    default: Level::Warn,
    applies: &[Family::Ccpa],
    doc: include_str!("../../../docs/rules/gpc-statement-hedged.md"),
    check,
};

fn check(cx: &Context<'_>) -> Vec<Finding> {
    // Conditions the regulations do not allow on an opt-out preference signal.
    static HEDGES: prose::Pattern = prose::Pattern::new(
        r"(?i)\b(if|when|where|provided)\s+(that\s+)?you\s+(have|are logged in|are signed in|sign in|log in)\b[^.;]*\b(account|logged|signed)|\bin some (jurisdictions|states|regions)\b|\b(in|of)\s+(some|certain)\s+(u\.?s\.?\s+)?(jurisdictions|states|regions)\b|\bwhere (required|the law requires)\b|\bonly (for|if) (logged|signed)",
    );
    let mut out = Vec::new();
    for gpc in cx.policy.statements.honors_gpc.yes() {
        let Some(words) = gpc.statement.as_ref() else {
            continue;
        };
        let mut hits = prose::find_in(cx.policy, words.span, &HEDGES);
        // In the policy's own language too (issue 26).
        if let Some(own) = crate::lint::language::gpc_hedges(crate::lint::language::of(cx.policy)) {
            hits.extend(prose::find_in(cx.policy, words.span, own));
            hits.sort_by_key(|h| h.start);
        }
        let Some((first, rest)) = hits.split_first() else {
            continue;
        };
        let mut f = Finding::new(
            *first,
            "Global Privacy Control is honoured only on conditions the law does not allow",
            "a condition on the signal",
        )
        .help("honour the signal for the browser or device that sends it, and for the consumer if known, account or not (11 CCR 7025(c))");
        for r in rest {
            f = f.also(*r, "another condition");
        }
        out.push(f);
    }
    out
}

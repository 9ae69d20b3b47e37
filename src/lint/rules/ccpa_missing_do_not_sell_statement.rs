//! `ccpa-missing-do-not-sell-statement`: documented in `docs/rules/ccpa-missing-do-not-sell-statement.md`, which `policyc explain ccpa-missing-do-not-sell-statement` prints.

use super::prelude::*;

/// The rule.
pub const RULE: Rule = Rule {
    id: "ccpa-missing-do-not-sell-statement",
    default: Level::Deny,
    applies: &[Family::Ccpa],
    doc: include_str!("../../../docs/rules/ccpa-missing-do-not-sell-statement.md"),
    check,
};

fn check(cx: &Context<'_>) -> Vec<Finding> {
    let p = cx.policy;
    let st = &p.statements;
    let mut out = Vec::new();
    let sells = st.sells_data.under(Jurisdiction::Ccpa);
    let shares = st.shares_data.under(Jurisdiction::Ccpa);
    if sells.is_none() {
        out.push(
            Finding::new(
                cx.policy_span(),
                "the policy does not say whether it sells personal information",
                "no `sells-data`",
            )
            .help("add `sells-data no \"…\"`, or `yes` with the right to opt out"),
        );
    }
    if shares.is_none() {
        out.push(Finding::new(cx.policy_span(), "the policy does not say whether it shares personal information for cross-context advertising", "no `shares-data`").help("add `shares-data no \"…\"`, or `yes` with the right to opt out"));
    }
    if !p.offers(RightKind::OptOut) {
        for (s, kw) in [(sells, "sells-data"), (shares, "shares-data")] {
            let Some(s) = s.filter(|s| s.answer) else {
                continue;
            };
            out.push(Finding::new(head(s.span, kw), "personal information is sold or shared, but the right to opt out is not offered", "no opt-out").help("add `right opt-out \"…\"` with a \"Do Not Sell or Share\" link"));
        }
    }
    out
}

//! `ccpa-sale-share-inconsistent`: documented in `docs/rules/ccpa-sale-share-inconsistent.md`, which `policyc explain ccpa-sale-share-inconsistent` prints.

use super::prelude::*;

/// The rule.
pub const RULE: Rule = Rule {
    id: "ccpa-sale-share-inconsistent",
    default: Level::Warn,
    applies: &[Family::Ccpa],
    doc: include_str!("../../../docs/rules/ccpa-sale-share-inconsistent.md"),
    check,
};

fn check(cx: &Context<'_>) -> Vec<Finding> {
    let p = cx.policy;
    let st = &p.statements;
    let no_sale = st
        .sells_data
        .under(Jurisdiction::Ccpa)
        .filter(|s| !s.answer);
    let no_share = st
        .shares_data
        .under(Jurisdiction::Ccpa)
        .filter(|s| !s.answer);
    let mut out = Vec::new();
    if let Some(ns) = no_sale {
        for r in p.recipients.iter().filter(|r| r.sold == Some(true)) {
            out.push(Finding::new(r.id.span, format!("the recipient `{}` is marked as a sale, but the policy says it sells nothing", r.id.value), "sold here").also(head(ns.span, "sells-data"), "“no sale” stated here"));
        }
    }
    if let Some(ns) = no_share {
        for r in p.recipients.iter().filter(|r| r.shared == Some(true)) {
            out.push(Finding::new(r.id.span, format!("the recipient `{}` is marked as sharing, but the policy says it shares nothing", r.id.value), "shared here").also(head(ns.span, "shares-data"), "“no sharing” stated here"));
        }
        for c in p.cookies.iter().flat_map(|c| c.rows.iter()) {
            let third = c
                .party
                .as_ref()
                .is_some_and(|x| x.value == CookieParty::Third);
            let marketing = c
                .category
                .as_ref()
                .is_some_and(|x| x.value == CookieCategory::Marketing);
            if third && marketing {
                out.push(Finding::new(c.name.span, format!("the third-party advertising cookie `{}` is sharing under CCPA, but the policy says it shares nothing", c.name.value), "cross-context advertising").also(head(ns.span, "shares-data"), "“no sharing” stated here"));
            }
        }
    }
    out.into_iter()
        .map(|f| f.help("either stop the disclosure, or say the policy sells or shares and offer the opt-out"))
        .collect()
}

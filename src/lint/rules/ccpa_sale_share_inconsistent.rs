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

/// Identifiers that single a person out across sites and apps.
static IDENTIFIERS: prose::Pattern = prose::Pattern::new(
    r"(?i)\b(cookie\s+ids?|cookie\s+identifiers?|(mobile\s+)?ad(vertising)?\s+(ids?|identifiers?)|device\s+(ids?|identifiers?)|ip\s+address(es)?|hashed\s+e-?mail(\s+address(es)?)?|e-?mail\s+address(es)?|resettable\s+device\s+identifiers?)\b",
);

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
            out.push(Finding::new(r.id.span, format!("the recipient `{}` is marked as a sale, but the policy says it sells nothing", r.id.value), "sold here").also(head(ns.span, Keyword::SellsData), "“no sale” stated here"));
        }
    }
    if let Some(ns) = no_share {
        for r in p.recipients.iter().filter(|r| r.shared == Some(true)) {
            out.push(Finding::new(r.id.span, format!("the recipient `{}` is marked as sharing, but the policy says it shares nothing", r.id.value), "shared here").also(head(ns.span, Keyword::SharesData), "“no sharing” stated here"));
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
                out.push(Finding::new(c.name.span, format!("the third-party advertising cookie `{}` is sharing under CCPA, but the policy says it shares nothing", c.name.value), "cross-context advertising").also(head(ns.span, Keyword::SharesData), "“no sharing” stated here"));
            }
        }
    }
    // A recipient the policy itself says gets identifiers from it to tailor
    // ads ("cookie and mobile ad identifiers … to target ads to you"), while
    // the policy denies selling (or sharing) and nowhere admits sharing: that
    // disclosure is sharing for cross-context behavioural advertising
    // (1798.140(ah)), whatever the recipient is called: the business
    // purposes a service provider may serve leave cross-context behavioural
    // advertising out (1798.140(e)).
    let admits_sharing = st
        .shares_data
        .under(Jurisdiction::Ccpa)
        .is_some_and(|s| s.answer);
    if let (Some(no), false) = (no_sale.or(no_share), admits_sharing) {
        let kw = if no_sale.is_some() {
            Keyword::SellsData
        } else {
            Keyword::SharesData
        };
        for r in p
            .recipients
            .iter()
            .filter(|r| r.sold != Some(true) && r.shared != Some(true))
        {
            let Some(words) = r.purpose.as_deref() else {
                continue;
            };
            if !tailored_advertising(words) {
                continue;
            }
            // What it gets: identifiers its purpose names, or declared data
            // it receives that identifies a person or records what they do
            // online (the CCPA's identifiers and internet activity).
            let received: Vec<String> = r
                .receives
                .iter()
                .filter(|id| {
                    p.data_category(&id.value).is_some_and(|d| {
                        d.ccpa_categories.iter().any(|c| {
                            matches!(
                                c,
                                CcpaCategory::Identifiers | CcpaCategory::InternetActivity
                            )
                        })
                    })
                })
                .map(|id| format!("`{}`", id.value))
                .collect();
            let what = if IDENTIFIERS.is_match(words) {
                "gets identifiers".to_string()
            } else if received.is_empty() {
                continue;
            } else {
                let ids: Vec<&str> = received.iter().map(String::as_str).collect();
                format!("receives {}", join_and(&ids))
            };
            out.push(
                Finding::new(
                    r.id.span,
                    format!(
                        "`{}` {what} to tailor ads, which is sharing for cross-context behavioural advertising, but the policy says it does not sell{}",
                        r.id.value,
                        if no_share.is_some() { " or share" } else { "" }
                    ),
                    "personal information given for tailored ads",
                )
                .also(head(no.span, kw), "“no” stated here"),
            );
        }
    }
    out.into_iter()
        .map(|f| f.help("either stop the disclosure, or say the policy sells or shares and offer the opt-out"))
        .collect()
}

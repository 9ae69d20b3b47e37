//! `ccpa-missing-do-not-sell-statement`: documented in `docs/rules/ccpa-missing-do-not-sell-statement.md`, which `policyc explain ccpa-missing-do-not-sell-statement` prints.

use super::prelude::*;
use crate::diag::Span;

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
    // Where the answer is missing: beside the other answer when there is
    // one, else at the first recipient of data for advertising or marketing
    // by someone other than a processor (the disclosure that may be a sale
    // or sharing), else the policy.
    static ADS: prose::Pattern = prose::Pattern::new(r"(?i)\b(advertis|marketing)");
    let ads_recipient = p
        .recipients
        .iter()
        // A processor (a CCPA service provider) receiving data is not a sale.
        .filter(|r| {
            r.role
                .as_ref()
                .is_none_or(|role| role.value != Role::Processor)
        })
        .find(|r| ADS.is_match(&r.label) || r.purpose.as_deref().is_some_and(|w| ADS.is_match(w)))
        .map(|r| r.id.span);
    let at = |other: Option<Span>| other.or(ads_recipient).unwrap_or_else(|| cx.policy_span());
    // Missing answers belong to the separate state disclosures when there
    // are some; an answer given here is still judged.
    let elsewhere = cx.state_disclosures_elsewhere();
    if sells.is_none() && !elsewhere {
        out.push(
            Finding::new(
                at(shares.map(|s| head(s.span, Keyword::SharesData))),
                "the policy does not say whether it sells personal information",
                "no `sells-data`",
            )
            .help("add `sells-data no \"…\"`, or `yes` with the right to opt out"),
        );
    }
    if shares.is_none() && !elsewhere {
        out.push(
            Finding::new(
                at(sells.map(|s| head(s.span, Keyword::SellsData))),
                "the policy does not say whether it shares personal information for cross-context advertising",
                "no `shares-data`",
            )
            .help("add `shares-data no \"…\"`, or `yes` with the right to opt out"),
        );
    }
    // A "no" in words that take it back ("not in the traditional sense",
    // "not in the business of selling" (which denies a business, not a sale),
    // "currently", "may be considered a sale") does not answer.
    static HEDGED: prose::Pattern = prose::Pattern::new(
        r"(?i)\bin\s+the\s+traditional\s+sense\b|\bnot\s+in\s+the\s+business\s+of\s+sell|\b(currently|at\s+this\s+time|at\s+present)\b|\bmay\s+(?:count|be\s+considered|constitute|amount\s+to|qualify)\b[^.;]*\b(sale|selling|sharing)\b",
    );
    // Both answers hedged is one gap, with one fix: answer plainly.
    let mut hedged = Vec::new();
    for (answer, kw, what) in [
        (sells, Keyword::SellsData, "sells"),
        (shares, Keyword::SharesData, "shares"),
    ] {
        // `may`: the policy says neither yes nor no.
        if let Some(a) = answer.filter(|a| a.hedged) {
            hedged.push(
                Finding::new(
                    head(a.span, kw),
                    format!(
                        "the policy says only that it may {} personal information, which is not an answer",
                        what.trim_end_matches('s')
                    ),
                    "neither yes nor no",
                )
                .help(format!("answer plainly: `{kw} yes \"…\"` with the right to opt out, or `{kw} no \"…\"`")),
            );
            continue;
        }
        let Some(a) = answer.filter(|a| !a.answer) else {
            continue;
        };
        let Some(words) = a.statement.as_ref() else {
            continue;
        };
        // In the policy's own language too (issue 26).
        let mut hedges = prose::find_in(p, words.span, &HEDGED);
        if let Some(own) = crate::lint::language::sale_hedges(crate::lint::language::of(p)) {
            hedges.extend(prose::find_in(p, words.span, own));
        }
        hedges.sort_by_key(|h| h.start);
        if let Some(hedge) = hedges.into_iter().next() {
            hedged.push(
                Finding::new(
                    hedge,
                    format!("the policy says it does not {} personal information, but hedges the answer", what.trim_end_matches('s')),
                    "a hedged no",
                )
                .also(head(a.span, kw), "the answer")
                .help(format!("answer plainly: `{kw} no \"…\"` without conditions, or `yes` with the right to opt out")),
            );
        }
    }
    let both = hedged.len() == 2;
    out.extend(one_finding(hedged).into_iter().map(|f| {
        if !both {
            return f;
        }
        Finding {
            message: "the policy's answers on selling and on sharing personal information are both hedged"
                .into(),
            help: Some("answer both plainly, without conditions: `no \"…\"`, or `yes` with the right to opt out".into()),
            ..f
        }
    }));
    if !p.offers(RightKind::OptOut) {
        for (s, kw) in [(sells, Keyword::SellsData), (shares, Keyword::SharesData)] {
            let Some(s) = s.filter(|s| s.answer) else {
                continue;
            };
            out.push(Finding::new(head(s.span, kw), "personal information is sold or shared, but the right to opt out is not offered", "no opt-out").help("add `right opt-out \"…\"` with a \"Do Not Sell or Share\" link"));
        }
    }
    out
}

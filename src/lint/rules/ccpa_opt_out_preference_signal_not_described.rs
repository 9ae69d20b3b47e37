//! `ccpa-opt-out-preference-signal-not-described`: documented in `docs/rules/ccpa-opt-out-preference-signal-not-described.md`, which `policyc explain ccpa-opt-out-preference-signal-not-described` prints.

use super::prelude::*;

/// The rule.
pub const RULE: Rule = Rule {
    id: "ccpa-opt-out-preference-signal-not-described",
    default: Level::Warn,
    applies: &[Family::Ccpa],
    doc: include_str!("../../../docs/rules/ccpa-opt-out-preference-signal-not-described.md"),
    check,
};

fn check(cx: &Context<'_>) -> Vec<Finding> {
    // What the separate US state disclosures must contain is judged there.
    if cx.state_disclosures_elsewhere() {
        return Vec::new();
    }
    let p = cx.policy;
    let st = &p.statements;
    if st.honors_gpc.under(Jurisdiction::Ccpa).is_some() {
        return Vec::new();
    }
    // A business that says it neither sells nor shares owes no opt-out, and
    // processes no signal (11 CCR 7025(c)(1)).
    let denied = |a: &Answers| a.under(Jurisdiction::Ccpa).is_some_and(|s| !s.answer);
    let neither = denied(&st.sells_data)
        && denied(&st.shares_data)
        && !p
            .recipients
            .iter()
            .any(|r| r.sold == Some(true) || r.shared == Some(true));
    if neither {
        return Vec::new();
    }
    let opt_out = p
        .rights
        .rights
        .iter()
        .find(|r| r.kinds.iter().any(|k| k.value == RightKind::OptOut))
        .map(|r| head(r.span, Keyword::Right));
    let answer = st
        .sells_data
        .under(Jurisdiction::Ccpa)
        .map(|s| head(s.span, Keyword::SellsData))
        .or_else(|| {
            st.shares_data
                .under(Jurisdiction::Ccpa)
                .map(|s| head(s.span, Keyword::SharesData))
        });
    let at = opt_out.or(answer).unwrap_or_else(|| cx.policy_span());
    let mut f = Finding::new(
        at,
        "the policy does not say whether it treats an opt-out preference signal (Global Privacy Control) as a request to opt out of sale and sharing",
        "no `honors-gpc`",
    )
    .help("add `honors-gpc yes \"…\"` saying the signal opts the browser (and the known consumer) out, or state `sells-data no` and `shares-data no` if the business does neither");
    // The gap concerns the sale or sharing the policy says it does too:
    // the opt-out the signal must carry is of that.
    let admitted = [
        (&st.sells_data, Keyword::SellsData),
        (&st.shares_data, Keyword::SharesData),
    ]
    .into_iter()
    .find_map(|(a, k)| {
        a.under(Jurisdiction::Ccpa)
            .filter(|s| s.answer)
            .map(|s| head(s.span, k))
    });
    if let (Some(_), Some(admitted)) = (opt_out, admitted) {
        f = f.also(admitted, "the sale or sharing a signal must opt out of");
    }
    vec![f]
}

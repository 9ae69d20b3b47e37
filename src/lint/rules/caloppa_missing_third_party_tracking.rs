//! `caloppa-missing-third-party-tracking`: documented in `docs/rules/caloppa-missing-third-party-tracking.md`, which `policyc explain caloppa-missing-third-party-tracking` prints.

use super::prelude::*;

/// The rule.
pub const RULE: Rule = Rule {
    id: "caloppa-missing-third-party-tracking",
    default: Level::Deny,
    applies: &[Family::Caloppa],
    doc: include_str!("../../../docs/rules/caloppa-missing-third-party-tracking.md"),
    check,
};

fn check(cx: &Context<'_>) -> Vec<Finding> {
    if cx
        .policy
        .statements
        .third_party_tracking
        .under(Jurisdiction::Caloppa)
        .is_some()
    {
        return Vec::new();
    }
    // A recipient that is not a processor and receives data to advertise to
    // the person elsewhere online says, in substance, that other parties
    // follow the person across sites: the answer is given, as "yes".
    static ELSEWHERE: prose::Pattern = prose::Pattern::new(
        r"(?i)\b(advertis\w*|ads)\b.*\b(online|other (web)?sites|other services|other apps|across (sites|services|apps|the (web|internet))|off [A-Z]\w+|elsewhere)\b",
    );
    let answered = cx.policy.recipients.iter().any(|r| {
        r.role
            .as_ref()
            .is_none_or(|role| role.value != Role::Processor)
            && r.purpose.as_deref().is_some_and(|w| ELSEWHERE.is_match(w))
    });
    // A choice offered about third parties' advertising tracking ("opt out
    // of third-party ad networks") says, in substance, that they may track
    // the person: the answer is given, as "yes".
    static THIRD_PARTY_ADS: prose::Pattern = prose::Pattern::new(
        r"(?i)\bthird[- ]party\s+(?:ad(?:vertising)?\s+)?(?:networks?|advertisers?|ad\s+partners?|advertising\s+partners?)\b",
    );
    let offered = cx
        .policy
        .cookies
        .iter()
        .flat_map(|c| c.opt_out.iter())
        .any(|w| THIRD_PARTY_ADS.is_match(w));
    if answered || offered {
        return Vec::new();
    }
    vec![Finding::new(
        cx.policy_span(),
        "the policy does not say whether third parties may track people across sites",
        "no `third-party-tracking`",
    )
    .help("add `third-party-tracking yes|no \"…\"`")]
}

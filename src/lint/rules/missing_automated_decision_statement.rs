//! `missing-automated-decision-statement`: documented in `docs/rules/missing-automated-decision-statement.md`, which `policyc explain missing-automated-decision-statement` prints.

use super::prelude::*;

/// The rule.
pub const RULE: Rule = Rule {
    id: "missing-automated-decision-statement",
    default: Level::Info,
    applies: &[Family::Gdpr],
    doc: include_str!("../../../docs/rules/missing-automated-decision-statement.md"),
    check,
};

fn check(cx: &Context<'_>) -> Vec<Finding> {
    // An answer given anywhere, even in one region's section, addresses the
    // question: Art. 13(2)(f) bites only where such decisions are made, and
    // this rule only advises.
    if !cx.policy.statements.automated_decisions.is_empty() {
        return Vec::new();
    }
    let Some(shown) = may_decide_automatically(cx) else {
        return Vec::new();
    };
    vec![Finding::new(
        cx.policy_span(),
        "the policy does not say whether decisions are made by automated means",
        "no `automated-decisions`",
    )
    .also(shown, "processing that may decide by automated means")
    .help(
        "add `automated-decisions no \"…\"`, or `yes` with the logic involved and its consequences",
    )]
}

/// Whether the policy shows processing that may decide about people by
/// automated means: profiling, tailored advertising, recommendations,
/// scoring, automated moderation or fraud checks, inferences, age
/// estimation, eligibility checks. A policy that shows none (a forum that
/// stores posts and sends e-mails) has no Art. 22 decision to speak of.
/// The first purpose or data category that shows it, at its id.
fn may_decide_automatically(cx: &Context<'_>) -> Option<crate::diag::Span> {
    static AUTOMATED: prose::Pattern = prose::Pattern::new(concat!(
        r"(?i)\b(",
        profiling_re!(),
        r"|automat\w*|algorithm\w*|scor(e|es|ing)\b|fraud\w*|moderat\w*|recommend\w*|infer\w*|eligib\w*|credit\s+checks?|age\s+(estimation|assurance|verification)|machine\s+learning|artificial\s+intelligence)",
    ));
    // Telling spam, bots and fraudulent clicks on ads from people decides
    // nothing about a person (Art. 22(1): a decision with legal or similarly
    // significant effects on them): those words are set aside first.
    static TRAFFIC: prose::Pattern = prose::Pattern::new(
        r"(?i)\b(?:fraudulent\s+clicks?|click[- ]?fraud|automated\s+(?:activity|traffic|requests?|queries|access)|spam)\b",
    );
    let p = cx.policy;
    let shows = |t: &str| {
        let t = TRAFFIC.replace_all(t, " ");
        AUTOMATED.is_match(&t) || tailored_advertising(&t)
    };
    let purposes = p.purposes.iter().filter_map(|u| {
        std::iter::once(u.label.as_str())
            .chain(u.includes.iter().map(String::as_str))
            .any(shows)
            .then_some(u.id.span)
    });
    let data = p.data.iter().filter_map(|d| {
        std::iter::once(d.label.as_str())
            .chain(d.examples.iter().map(String::as_str))
            .any(shows)
            .then_some(d.id.span)
    });
    purposes.chain(data).next()
}

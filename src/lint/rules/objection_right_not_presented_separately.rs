//! `objection-right-not-presented-separately`: documented in `docs/rules/objection-right-not-presented-separately.md`, which `policyc explain objection-right-not-presented-separately` prints.

use super::prelude::*;

/// The rule.
pub const RULE: Rule = Rule {
    id: "objection-right-not-presented-separately",
    default: Level::Warn,
    applies: &[Family::Gdpr],
    doc: include_str!("../../../docs/rules/objection-right-not-presented-separately.md"),
    check,
};

fn check(cx: &Context<'_>) -> Vec<Finding> {
    // Words that bring the right home: what can be objected to (Art. 21(1):
    // legitimate interests, public task, profiling on them, "grounds relating
    // to [the person's] particular situation"; Art. 21(2): direct marketing,
    // "commercial prospecting" in the French usage, promotional messages).
    static EXPLICIT: prose::Pattern = prose::Pattern::new(
        r"(?i)\b(direct\s+marketing|marketing|legitimate\s+interests?|public\s+interest|public\s+task|official\s+authority|profiling|advertising|ads|prospecting|promotional|particular\s+situation)\b",
    );
    static MARKETING: prose::Pattern =
        prose::Pattern::new(r"(?i)\b(marketing|advertising|advertisements?|ads)\b");
    let p = cx.policy;
    let objectionable = |g: &Spanned<GroundClaim>| {
        matches!(
            g.value,
            GroundClaim::Article6(Ground::LegitimateInterests | Ground::PublicTask)
        )
    };
    // Art. 21(4) concerns the rights of Art. 21(1) and (2): processing on
    // legitimate interests or a public task, or for direct marketing.
    let applies = p.bases.iter().any(|b| objectionable(&b.ground))
        || p.purposes.iter().any(|u| {
            u.grounds.iter().any(objectionable)
                || MARKETING.is_match(&u.id.value)
                || MARKETING.is_match(&u.label)
        });
    if !applies {
        return Vec::new();
    }
    let regimes = cx.regimes(Family::Gdpr);
    let objections: Vec<&Right> = p
        .rights
        .rights
        .iter()
        .filter(|r| {
            r.kinds.iter().any(|k| k.value == RightKind::Objection)
                && regimes.iter().any(|j| r.scope.covers(*j))
        })
        .collect();
    let Some(first) = objections.first() else {
        // No right to object at all: missing-data-subject-right says so.
        return Vec::new();
    };
    let explicit = objections.iter().any(|r| {
        EXPLICIT.is_match(&r.label) || r.procedure.as_deref().is_some_and(|w| EXPLICIT.is_match(w))
    });
    if explicit {
        return Vec::new();
    }
    let shared = first.kinds.len() > 1;
    vec![Finding::new(
        head(first.span, Keyword::Right),
        if shared {
            "the right to object is one item among other rights, and does not say what can be objected to"
        } else {
            "the right to object does not say what can be objected to"
        },
        "not brought to attention",
    )
    .help("state the right to object on its own: `right objection \"Object at any time to direct marketing, and to processing on our legitimate interests\"` (GDPR Art. 21(4))")]
}

//! `purpose-without-legal-basis`: documented in `docs/rules/purpose-without-legal-basis.md`, which `policyc explain purpose-without-legal-basis` prints.

use super::prelude::*;

/// The rule.
pub const RULE: Rule = Rule {
    id: "purpose-without-legal-basis",
    default: Level::Deny,
    applies: &[Family::Gdpr, Family::Lgpd],
    doc: include_str!("../../../docs/rules/purpose-without-legal-basis.md"),
    check,
};

fn check(cx: &Context<'_>) -> Vec<Finding> {
    // Only GDPR-family regimes list the legal basis among what the notice
    // must say (Arts. 13(1)(c), 14(1)(c)); LGPD Art. 9 does not.
    let regimes = cx.regimes(Family::Gdpr);
    let mut out: Vec<Finding> = cx
        .policy
        .purposes
        .iter()
        .filter(|p| p.bases.is_empty() && p.grounds.is_empty())
        .map(|p| {
            Finding::new(p.id.span, format!("the purpose `{}` states no legal basis", p.id.value), "no `basis`")
                .help("add `basis` with an Art. 6(1) ground (`consent`, `contract`, `legal-obligation`, `vital-interests`, `public-task`, `legitimate-interests`) or the id of a `basis` declaration")
        })
        .collect();
    // A purpose whose only basis is consent inferred from continued use
    // rests on nothing: use is no consent (Art. 4(11), Art. 7; EDPB
    // Guidelines 05/2020), so no Art. 6(1) ground is left.
    // So does one in the policy's own words that makes using or visiting
    // the service the acceptance of the policy ("by using the Service you
    // agree to the collection and use …", "visiting the website means
    // accepting the practices"): that is the same consent by use, written
    // out.
    static USE_AS_ACCEPTANCE: prose::Pattern = prose::Pattern::new(
        r"(?i)\b(?:agree\w*|accept\w*|deemed|consent\w*)\b[^.]{0,80}?\b(?:us(?:e|es|ing)|visit\w*|access\w*|brows\w*)\b|\b(?:us(?:e|es|ing)|visit\w*|access\w*|brows\w*)\b[^.]{0,80}?\b(?:agree\w*|accept\w*|deemed|consent\w*|means)\b",
    );
    let by_use_only = |b: &Basis| {
        let inferred = !b.consent_by.is_empty()
            && b.consent_by
                .iter()
                .all(|m| m.value == ConsentMechanism::ContinuedUse);
        match &b.ground.value {
            GroundClaim::Article6(Ground::Consent) => inferred,
            GroundClaim::Unrecognised(words) => inferred || USE_AS_ACCEPTANCE.is_match(words),
            _ => false,
        }
    };
    out.extend(
        cx.policy
            .purposes
            .iter()
            .filter(|p| {
                p.grounds.is_empty()
                    && !p.bases.is_empty()
                    && p.bases
                        .iter()
                        .all(|r| cx.policy.basis(&r.value).is_some_and(by_use_only))
            })
            .map(|p| {
                Finding::new(
                    p.id.span,
                    format!(
                        "the purpose `{}` rests only on consent inferred from continued use, which is no legal basis",
                        p.id.value
                    ),
                    "no valid basis",
                )
                .help("state the Art. 6(1) ground each purpose rests on; consent must be a clear affirmative act (GDPR Art. 4(11))")
            }),
    );
    // Bases stated for some places only (`basis … for eea, uk`): each
    // GDPR-family regime in force needs one that holds there.
    for p in cx
        .policy
        .purposes
        .iter()
        .filter(|p| !p.bases.is_empty() || !p.grounds.is_empty())
    {
        let missing: Vec<&str> = regimes
            .iter()
            .filter(|&&j| !p.has_basis_under(j))
            .map(|&j| Place::Regime(j).words())
            .collect();
        if !missing.is_empty() {
            out.push(
                Finding::new(
                    p.id.span,
                    format!(
                        "the purpose `{}` states a legal basis for some places, but none for {}",
                        p.id.value,
                        join_or(&missing)
                    ),
                    "no basis here",
                )
                .help(
                    "add a `basis` for those places (`basis … for brazil`), or one without `for`",
                ),
            );
        }
    }
    out
}

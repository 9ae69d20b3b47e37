//! `alternative-bases-without-condition`: documented in `docs/rules/alternative-bases-without-condition.md`, which `policyc explain alternative-bases-without-condition` prints.

use super::prelude::*;

/// The rule.
pub const RULE: Rule = Rule {
    id: "alternative-bases-without-condition",
    default: Level::Warn,
    applies: &[Family::Gdpr],
    doc: include_str!("../../../docs/rules/alternative-bases-without-condition.md"),
    check,
};

fn check(cx: &Context<'_>) -> Vec<Finding> {
    let regimes = cx.regimes(Family::Gdpr);
    let mut out = Vec::new();
    for u in &cx.policy.purposes {
        let unconditioned =
            unconditioned_alternatives(u, &regimes, crate::lint::language::of(cx.policy));
        if unconditioned.is_empty() {
            out.extend(consent_beside_another(cx, u));
            continue;
        }
        let names: Vec<String> = unconditioned
            .iter()
            .flat_map(|a| {
                a.grounds
                    .iter()
                    .map(|g| format!("`{}`", g.value))
                    .chain(a.bases.iter().map(|b| format!("`{}`", b.value)))
            })
            .collect();
        let names: Vec<&str> = names.iter().map(String::as_str).collect();
        let Some(at) = unconditioned
            .iter()
            .flat_map(|a| {
                a.grounds
                    .iter()
                    .map(|g| g.span)
                    .chain(a.bases.iter().map(|b| b.span))
            })
            .min_by_key(|s| s.start)
        else {
            continue;
        };
        out.push(
            Finding::new(
                at,
                format!(
                    "the purpose `{}` rests on {} without saying which covers which processing",
                    u.id.value,
                    join_or(&names)
                ),
                "which one, when?",
            )
            .help("say when each ground applies: `basis legitimate-interests \"for …\" or consent \"for …\"`, or split the purpose"),
        );
    }
    out
}

/// A purpose that declared bases give both consent and another ground
/// (`covers` in each, or `basis a, b`), with nothing saying which covers
/// what: consent cannot stand beside another ground for the same processing
/// (what would withdrawing it change?), so the reader cannot tell which
/// applies. Grounds stated together without consent (a legal obligation and
/// legitimate interests for fraud checks) may well hold together, and are
/// not reported.
fn consent_beside_another(cx: &Context<'_>, u: &Purpose) -> Option<Finding> {
    if u.alternatives.len() > 1 {
        return None;
    }
    let bases: Vec<&Basis> = cx.bases_under(&[Family::Gdpr]).collect();
    let stated: Vec<(&Spanned<String>, &Basis)> = u
        .bases
        .iter()
        .filter_map(|r| {
            bases
                .iter()
                .find(|b| b.id.value == r.value)
                .map(|b| (r, *b))
        })
        .collect();
    let consent = GroundClaim::Article6(Ground::Consent);
    let (with_consent, others): (Vec<_>, Vec<_>) =
        stated.iter().partition(|(_, b)| b.ground.value == consent);
    let others: Vec<_> = others
        .into_iter()
        .filter(|(_, b)| matches!(b.ground.value, GroundClaim::Article6(_)))
        .collect();
    let (first, _) = with_consent.first()?;
    others.first()?;
    let names: Vec<String> = with_consent
        .iter()
        .chain(others.iter())
        .map(|(r, _)| format!("`{}`", r.value))
        .collect();
    let names: Vec<&str> = names.iter().map(String::as_str).collect();
    Some(
        Finding::new(
            first.span,
            format!(
                "the purpose `{}` rests on {} together, with nothing saying which covers which processing",
                u.id.value,
                join_and(&names)
            ),
            "consent beside another ground",
        )
        .help("say which processing rests on consent and which on the other ground, or split the purpose"),
    )
}

/// The alternatives of a purpose's bases that hold where these regimes apply
/// and say nothing of when they apply, when there are two or more of them
/// (else none): the reader cannot tell which ground covers which processing.
///
/// One alternative without words is "the rest". A declared `basis` is no
/// different from a ground: its label says what the ground is ("necessary
/// to fulfil our contract with you"), not which part of this purpose rests
/// on it. Words that only defer to the law ("where required by applicable
/// laws", "in countries where consent is not required", and in the
/// policy's language "sofern gesetzlich vorgeschrieben") tell no reader
/// which ground is theirs: they are no condition either.
pub(crate) fn unconditioned_alternatives<'a>(
    u: &'a Purpose,
    regimes: &[Jurisdiction],
    lang: crate::i18n::Lang,
) -> Vec<&'a Alternative> {
    let alternatives: Vec<&Alternative> = u
        .alternatives
        .iter()
        .filter(|a| a.scope.covers_any(regimes) || a.scope.places.is_empty())
        .collect();
    // The same words on every alternative ("depending on the type of
    // information" on both grounds) cannot tell a reader which is theirs.
    let same_words = alternatives.len() > 1
        && alternatives.iter().all(|a| {
            a.condition.as_ref().map(|c| c.value.trim())
                == alternatives[0].condition.as_ref().map(|c| c.value.trim())
        });
    let unconditioned: Vec<&Alternative> = alternatives
        .iter()
        .copied()
        .filter(|a| {
            same_words
                || a.condition.as_ref().is_none_or(|c| {
                    defers_to_the_law(&c.value)
                        || only_otherwise(&c.value)
                        || hedge_or_left_to_a_tool(&c.value)
                        || crate::lint::language::law_deferrals(lang)
                            .is_some_and(|re| re.is_match(&c.value))
                })
        })
        .collect();
    if alternatives.len() < 2 || unconditioned.len() < 2 {
        return Vec::new();
    }
    unconditioned
}

/// Whether a condition is only "otherwise" ("sonst", "sinon", "de lo
/// contrario"): the rest of what the other alternatives leave, which says
/// when this ground applies only if another says when it does; beside
/// alternatives with no words, or words that only defer to the law, it
/// tells no reader which ground is theirs.
fn only_otherwise(condition: &str) -> bool {
    static OTHERWISE: prose::Pattern = prose::Pattern::new(
        r"(?i)^\s*(?:or\s+)?(?:otherwise|else|if\s+not|in\s+(?:all\s+)?other\s+cases|andernfalls|ansonsten|sonst|sinon|autrement|dans\s+les\s+autres\s+cas|de\s+lo\s+contrario|en\s+(?:los\s+)?dem[aá]s\s+casos|altrimenti|negli\s+altri\s+casi|anders|in\s+andere\s+gevallen|caso\s+contr[aá]rio|nos\s+demais\s+casos)\s*[.;,]?\s*$",
    );
    OTHERWISE.is_match(condition)
}

/// Whether a condition only hedges ("normally", "usually", "in most
/// cases": how often, not when) or leaves the choice to something the notice
/// does not reproduce ("where the consent tool's vendor details say so",
/// "as the vendor list of our consent tool shows"): Art. 13(1)(c) asks the
/// notice itself to tie each purpose to its basis, so neither tells the
/// reader which ground is theirs.
fn hedge_or_left_to_a_tool(condition: &str) -> bool {
    static HEDGE: prose::Pattern = prose::Pattern::new(
        r"(?i)^\s*(?:(?:will\s+)?(?:normally|usually|generally|typically|mostly|mainly|primarily|ordinarily|by\s+default)|in\s+most\s+cases|as\s+a\s+(?:general\s+)?rule)\s*[.;,]?\s*$",
    );
    static SAYS_SO: prose::Pattern = prose::Pattern::new(
        r"(?i)\b(?:says?|states?|indicates?|specif(?:y|ies))\s+so\b|\bvendor\s+(?:details|list|information|settings)\b",
    );
    static EXAMPLES: prose::Pattern =
        prose::Pattern::new(r"(?i)\b(?:such\s+as|for\s+example|for\s+instance|e\.g\.)");
    HEDGE.is_match(condition) || (SAYS_SO.is_match(condition) && !EXAMPLES.is_match(condition))
}

#[cfg(test)]
mod tests {
    use super::super::support::defers_to_the_law;

    #[test]
    fn a_hedge_or_a_choice_left_to_a_consent_tool_is_no_condition() {
        for c in [
            "normally",
            "Usually.",
            "in most cases",
            "where the Consent Management Tool's vendor details say so",
            "as the vendor list of our consent tool shows",
        ] {
            assert!(super::hedge_or_left_to_a_tool(c), "{c}");
        }
        for c in [
            "normally, where you live in the EEA",
            "for newsletters you sign up for",
            "where you accept advertising cookies in the consent banner",
            "where our vendor list names a partner, for example for retargeting",
        ] {
            assert!(!super::hedge_or_left_to_a_tool(c), "{c}");
        }
    }

    #[test]
    fn otherwise_alone_is_no_condition() {
        for c in [
            "otherwise",
            "Otherwise.",
            "in all other cases",
            "sonst",
            "sinon",
            "de lo contrario",
        ] {
            assert!(super::only_otherwise(c), "{c}");
        }
        for c in [
            "otherwise, where you have no account with us",
            "if there is no contract",
            "for user surveys",
        ] {
            assert!(!super::only_otherwise(c), "{c}");
        }
    }

    #[test]
    fn words_that_only_defer_to_the_law_are_no_condition() {
        for c in [
            "where required by applicable laws",
            "in countries where consent is not required",
            "where the law requires it",
            "to the extent required by law",
            "otherwise, where permitted by applicable law",
            "where necessary",
            "where applicable, before sending such marketing communications",
            "where Applicable Laws permit",
        ] {
            assert!(defers_to_the_law(c) || c.starts_with("otherwise"), "{c}");
        }
        for c in [
            "for user surveys",
            "for complying with applicable law",
            "where you live in the EEA",
            "where required by the GDPR",
            "when you sign up for the newsletter",
            "otherwise",
            "Where necessary to perform a contract with you, such as processing your contact information to send you a technical announcement",
        ] {
            assert!(!defers_to_the_law(c), "{c}");
        }
    }
}

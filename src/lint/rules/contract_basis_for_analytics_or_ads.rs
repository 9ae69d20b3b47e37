//! `contract-basis-for-analytics-or-ads`: documented in `docs/rules/contract-basis-for-analytics-or-ads.md`, which `policyc explain contract-basis-for-analytics-or-ads` prints.

use super::prelude::*;

/// The rule.
pub const RULE: Rule = Rule {
    id: "contract-basis-for-analytics-or-ads",
    default: Level::Warn,
    applies: &[Family::Gdpr],
    doc: include_str!("../../../docs/rules/contract-basis-for-analytics-or-ads.md"),
    check,
};

/// Words naming the purposes the EDPB finds generally not necessary for a
/// contract with the person: analytics, advertising, marketing, research.
/// (Labels are mostly ASCII: compiling the pattern's Unicode form for them was
/// a tenth of a Calsoft build.)
fn beyond_the_contract(label: &str) -> bool {
    // A person's profile on the service (a page of listings) is no
    // profiling: "profiling", or a profile built of someone, is.
    // "Non-marketing communications" are what the word is not: a word
    // negated by `non-` is left out.
    let negated = |w: &&str| {
        w.get(..3)
            .is_some_and(|head| head.eq_ignore_ascii_case("non"))
            && matches!(w[3..].chars().next(), Some('-' | '\u{2011}'))
    };
    let kept: Vec<&str> = label.split_whitespace().filter(|w| !negated(w)).collect();
    static WORDS: prose::Pattern = prose::Pattern::new(concat!(
        r"(?i)\b(analy[sz]\w*|analytics|trends|statistic\w*|advertis(?:e|es|ed|ing|ements?)|ads|marketing|",
        profiling_re!(),
        r"|research\w*|measur\w*|understand\w*\s+(how\s+\w+\s+use|the\s+use|(the\s+)?usage)|fraud\w*|(develop|build|train)\w*\s+(\w+\s+){0,3}?models?|personali[sz]\w*\s+(prices|pricing)|discounts?|promotions?)\b",
    ));
    WORDS.is_match(&kept.join(" "))
}

fn check(cx: &Context<'_>) -> Vec<Finding> {
    let p = cx.policy;
    let contract = |g: &GroundClaim| *g == GroundClaim::Article6(Ground::Contract);
    let mut out = Vec::new();
    // The purpose's label, or one of the things it `includes`, speaks of them.
    for pu in p.purposes.iter().filter(|pu| {
        beyond_the_contract(&pu.label) || pu.includes.iter().any(|i| beyond_the_contract(i))
    }) {
        let direct = pu
            .grounds
            .iter()
            .find(|g| contract(&g.value))
            .map(|g| g.span);
        let declared = || {
            pu.bases
                .iter()
                .find(|r| {
                    cx.bases_under(&[Family::Gdpr])
                        .any(|b| b.id.value == r.value && contract(&b.ground.value))
                })
                .map(|r| r.span)
        };
        // An alternative on the contract whose own words say what it covers
        // ("contract for non-marketing communication, such as technical
        // notices", beside "consent for marketing") is judged by them.
        let rests_on_contract = |a: &Alternative| {
            a.grounds.iter().any(|g| contract(&g.value))
                || a.bases.iter().any(|r| {
                    cx.bases_under(&[Family::Gdpr])
                        .any(|b| b.id.value == r.value && contract(&b.ground.value))
                })
        };
        // (A sole basis's words only restate it: the purpose's words decide.)
        let said_otherwise = pu.alternatives.len() > 1
            && pu.alternatives.iter().any(|a| {
                rests_on_contract(a)
                    && a.condition
                        .as_ref()
                        .is_some_and(|c| !beyond_the_contract(&c.value))
            });
        if said_otherwise {
            continue;
        }
        if let Some(span) = direct.or_else(declared) {
            out.push(
                Finding::new(
                    span,
                    format!(
                        "the purpose `{}` rests on the contract, but analytics, advertising, marketing and research are rarely necessary to perform it",
                        pu.id.value
                    ),
                    "performance of a contract",
                )
                .help("rest the purpose on `legitimate-interests` (with the interest) or `consent`, or say why the contract cannot be performed without it"),
            );
        }
    }
    out
}

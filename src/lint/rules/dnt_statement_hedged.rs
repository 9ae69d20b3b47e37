//! `dnt-statement-hedged`: documented in `docs/rules/dnt-statement-hedged.md`, which `policyc explain dnt-statement-hedged` prints.

use super::prelude::*;

/// The rule.
pub const RULE: Rule = Rule {
    id: "dnt-statement-hedged",
    default: Level::Warn,
    applies: &[Family::Caloppa],
    doc: include_str!("../../../docs/rules/dnt-statement-hedged.md"),
    check,
};

fn check(cx: &Context<'_>) -> Vec<Finding> {
    let mut out = Vec::new();
    for dnt in cx.policy.statements.honors_do_not_track.iter() {
        hedged(cx, dnt, &mut out);
    }
    out
}

fn hedged(cx: &Context<'_>, dnt: &Stance, out: &mut Vec<Finding>) {
    static HEDGE: LazyLock<prose::Lean> = LazyLock::new(|| {
        prose::phrases(&[
            "attempt",
            "attempts",
            "try to",
            "will try",
            "endeavour",
            "endeavor",
            "seek to",
            "where possible",
            "if possible",
            "to the extent",
            "may honor",
            "may honour",
        ])
    });
    let p = cx.policy;
    let st = &p.statements;
    // Only a promise can be hedged: "to the extent that no standard has
    // been adopted, we do not respond" says plainly that nothing happens.
    if let Some(words) = dnt.statement.as_ref().filter(|_| dnt.answer) {
        // English, and the policy's own language (issue 26).
        let mut hits = prose::find_in(p, words.span, &HEDGE);
        if let Some(own) = crate::lint::language::try_hedges(crate::lint::language::of(p)) {
            hits.extend(prose::find_in(p, words.span, own));
            hits.sort_by_key(|h| h.start);
        }
        if let Some(first) = hits.first() {
            out.push(
                Finding::new(
                    *first,
                    "the Do Not Track answer is hedged",
                    "a promise to try is not an answer",
                )
                .help("say plainly what the site does when it receives the signal"),
            );
        }
    }
    if dnt.answer {
        // Cross-site tracking declared: by the yes/no answer, or by a third-party advertising cookie.
        let stated = st.third_party_tracking.yes().next().map(|t| {
            (
                head(t.span, Keyword::ThirdPartyTracking),
                "cross-site tracking declared here",
            )
        });
        let cookie = p
            .cookies
            .iter()
            .flat_map(|c| c.rows.iter())
            .find(|r| {
                r.party
                    .as_ref()
                    .is_some_and(|x| x.value == CookieParty::Third)
                    && effective_category(cx, r) == Some(CookieCategory::Marketing)
            })
            .map(|r| (r.name.span, "a third-party advertising cookie"));
        if let Some((span, label)) = stated.or(cookie) {
            out.push(
                Finding::new(head(dnt.span, Keyword::HonorsDoNotTrack), "the policy says it honours Do Not Track, yet lets third parties track people across sites", "honoured?")
                    .also(span, label)
                    .help("say what honouring the signal means for the third parties, or answer `no`"),
            );
        }
    }
}

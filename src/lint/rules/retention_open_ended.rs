//! `retention-open-ended`: documented in `docs/rules/retention-open-ended.md`, which `policyc explain retention-open-ended` prints.

use super::prelude::*;

/// The rule.
pub const RULE: Rule = Rule {
    id: "retention-open-ended",
    default: Level::Warn,
    applies: &[Family::Gdpr, Family::Ccpa],
    doc: include_str!("../../../docs/rules/retention-open-ended.md"),
    check,
};

fn check(cx: &Context<'_>) -> Vec<Finding> {
    static OPEN: LazyLock<prose::Lean> =
        LazyLock::new(|| prose::phrases(crate::lint::retention::GENERIC));
    let p = cx.policy;
    // Under the CCPA alone, retention belongs to the notice at collection
    // (11 CCR 7012(e)(6)); when that is a separate document, what the
    // privacy policy says of retention is not where the duty lies.
    if !cx.targets_family(Family::Gdpr) && p.meta.notice_at_collection.is_some() {
        return Vec::new();
    }
    let all = p
        .data
        .iter()
        .flat_map(|d| d.retention.iter())
        .chain(p.retention.iter())
        .map(|r| &r.value);
    let mut out = Vec::new();
    for r in all {
        match &r.value {
            Lifetime::Indefinite => out.push(Finding::new(
                r.span,
                "data is kept without limit",
                "indefinitely",
            )),
            Lifetime::Criterion { .. } => {
                let mut hits = prose::find_in(p, r.span, &OPEN);
                let text = p.file.text.get(r.span.start..r.span.end).unwrap_or("");
                // Kept "longer" with no end of its own (English).
                let mut found = crate::lint::retention::longer_phrases(text);
                // The policy's own language (issue 26); an English policy
                // keeps the phrases of every language, as before.
                match crate::lint::language::open_retention(crate::lint::language::of(p)) {
                    Some(own) => hits.extend(prose::find_in(p, r.span, own)),
                    None => found.extend(crate::lint::retention::foreign_phrases(text)),
                }
                hits.extend(
                    found.into_iter().map(|h| {
                        crate::diag::Span::new(r.span.start + h.start, r.span.start + h.end)
                    }),
                );
                // "At least" in a condition ("if you are not online for at
                // least 6 months, your account is deleted") bounds nothing:
                // it says when deletion starts, not that keeping has no end.
                hits.retain(|h| !in_condition(&p.file.text, r.span.start, *h));
                hits.sort_by_key(|h| h.start);
                if let Some((first, rest)) = hits.split_first() {
                    let mut f = Finding::new(*first, "this retention sets no end", "open-ended");
                    for h in rest {
                        f = f.also(*h, "open-ended");
                    }
                    out.push(f);
                }
            }
            Lifetime::Period { .. } | Lifetime::Session => {}
        }
    }
    out.into_iter()
        .map(|f| f.help("state a maximum period (`retention 1 year after account-closure`) or a criterion with an end"))
        .collect()
}

/// Whether the hit is a minimum ("at least", "mindestens", "au moins",
/// "al menos", "almeno", "ten minste", "pelo menos") inside a condition
/// that opens the same clause ("if", "wenn", "si", "se", "als" …).
fn in_condition(text: &str, start: usize, hit: crate::diag::Span) -> bool {
    static MINIMUM: prose::Pattern = prose::Pattern::new(
        r"(?i)^(at\s+least|mindestens|au\s+moins|al\s+menos|almeno|ten\s+minste|pelo\s+menos)$",
    );
    static CONDITION: prose::Pattern = prose::Pattern::new(
        r"(?i)\b(if|when|unless|wenn|falls|sobald|bist\s+du|sind\s+sie|si|cuando|quand|se|quando|als|indien)\b[^.;:]*$",
    );
    let (Some(word), Some(before)) = (
        text.get(hit.start..hit.end),
        text.get(start.min(hit.start)..hit.start),
    ) else {
        return false;
    };
    MINIMUM.is_match(word.trim()) && CONDITION.is_match(before)
}

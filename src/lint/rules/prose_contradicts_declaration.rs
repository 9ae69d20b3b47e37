//! `prose-contradicts-declaration`: documented in `docs/rules/prose-contradicts-declaration.md`, which `policyc explain prose-contradicts-declaration` prints.

use super::prelude::*;
use crate::lint::Span;

/// The rule.
pub const RULE: Rule = Rule {
    id: "prose-contradicts-declaration",
    default: Level::Warn,
    applies: &[],
    doc: include_str!("../../../docs/rules/prose-contradicts-declaration.md"),
    check,
};

fn check(cx: &Context<'_>) -> Vec<Finding> {
    static NO_PERSONAL_DATA: prose::Pattern = prose::Pattern::new(
        r"(?i)\bcookies?\s+(?:(?:do|does)\s+not\s+(?:in\s+themselves\s+)?(?:carry|contain|collect|store|hold)\s+(?:any\s+)?|(?:carry|contain|collect|store|hold)\s+no\s+)personal\s+(?:data|information)",
    );
    // Information said not to identify the reader, as collected (not data
    // made anonymous afterwards: "de-identified data cannot reasonably be
    // used to identify an individual" is not this claim): an identifier
    // called anonymous, visits to the site called anonymous, data said to
    // be collected "in an anonymous form".
    static DOES_NOT_IDENTIFY: prose::Pattern = prose::Pattern::new(
        r"(?i)\b(?:may|does|do|will|would)\s+not\s+(?:reasonably\s+|directly\s+|personally\s+)?identify\s+you\b|\bnon-personal(?:ly identifiable)?\s+information\b|\bnot\s+personally\s+identifiable\b|\banonymous\s+(?:unique\s+)?identifiers?\b|\b(?:visit|browse|use)\s+(?:the|our|this)\s+(?:site|website|services?|app)\s+anonymously\b|\bin\s+(?:an\s+)?anonymous\s+form\b|\banonymous\s+visits?\s+from\s+your\s+ip\s+address\b",
    );
    // What is published or shared after processing ("aggregated or
    // non-personal information in data sets", "posted content becomes
    // published content") is an output, not the data collected; and data
    // used "in ways that do not identify you" speaks of how it is used.
    static OUTPUT: prose::Pattern = prose::Pattern::new(
        r"(?i)\b(?:aggregat\w*|publish\w*)\b|\bin\s+(?:a\s+)?ways?\s+that\s+(?:do|does|may|will|would)\s+not\b",
    );
    // An online identifier among a category's examples (GDPR Recital 30).
    static IDENTIFIER: prose::Pattern = prose::Pattern::new(
        r"(?i)\b(?:ip\s+address(?:es)?|device\s+(?:id|ids|identifiers?)|advertising\s+(?:id|ids|identifiers?)|cookie\s+(?:id|ids|identifiers?))\b",
    );
    // A denial of selling personal information as such; "we do not sell your
    // precise location" denies one kind only and is not contradicted by the
    // sale of another.
    static NO_SALE: prose::Pattern = prose::Pattern::new(
        r"(?i)\bwe\s+(?:do\s+not|don't|never|will\s+not)\s+sell\s+(?:your\s+|any\s+)?(?:personal\s+)?(?:information|data)\b",
    );
    let p = cx.policy;
    let mut out = Vec::new();
    // Cookies that identify a browser: a row of the cookie table, or a data category of cookie identifiers.
    let row = p
        .cookies
        .iter()
        .flat_map(|c| c.rows.iter())
        .next()
        .map(|r| (r.name.span, "a cookie that identifies a browser"));
    let category = p
        .data
        .iter()
        .find(|d| {
            d.id.value.contains("cookie")
                || d.label.to_lowercase().contains("cookie")
                || d.examples
                    .iter()
                    .any(|e| e.to_lowercase().contains("cookie"))
        })
        .map(|d| (d.id.span, "cookie data declared as personal data"));
    // Each passage's claims that the data collected is not personal (cookies
    // that carry none, information that does not identify): one finding
    // per passage, since the same claim said twice in one section is one
    // thing to fix.
    let mut passages: Vec<(Option<usize>, Finding, Vec<Span>)> = Vec::new();
    let mut add = |at: Option<usize>, spans: Vec<Span>, first: Finding| match passages
        .iter_mut()
        .find(|(i, _, _)| at.is_some() && *i == at)
    {
        Some((_, _, more)) => more.extend(spans),
        None => passages.push((at, first, spans[1..].to_vec())),
    };
    if let Some((span_declared, label)) = row.or(category) {
        for (at, spans) in per_passage(p, prose::find(p, &NO_PERSONAL_DATA)) {
            let f = Finding::new(spans[0], "the prose says cookies carry no personal data, but the policy declares identifying cookies", "contradicted")
                .also(span_declared, label)
                .help("cookie identifiers are online identifiers (GDPR Recital 30): describe what the cookies hold instead");
            add(at, spans, f);
        }
    }
    let identifiers = p
        .data
        .iter()
        .find(|d| d.examples.iter().any(|e| IDENTIFIER.is_match(e)));
    if let Some(d) = identifiers {
        let file: &str = &p.file.text;
        let said: Vec<Span> = prose::find(p, &DOES_NOT_IDENTIFY)
            .into_iter()
            .filter(|m| !OUTPUT.is_match(sentence_around(file, m.start..m.end)))
            .collect();
        for (at, spans) in per_passage(p, said) {
            let f = Finding::new(
                    spans[0],
                    format!("the prose says information collected does not identify people, but `{}` holds online identifiers", d.id.value),
                    "contradicted",
                )
                .also(d.id.span, "IP addresses or device identifiers")
                .help("IP addresses and device or advertising identifiers are online identifiers (GDPR Recital 30) and personal information (Cal. Civ. Code 1798.140(v)(1)(A)): say so");
            add(at, spans, f);
        }
    }
    out.extend(
        passages
            .into_iter()
            .map(|(_, f, more)| more.into_iter().fold(f, |f, s| f.also(s, "the same claim"))),
    );
    if let Some(sells) = p.statements.sells_data.everywhere().filter(|s| s.answer) {
        for span in prose::find(p, &NO_SALE) {
            out.push(Finding::new(span, "the prose says no personal information is sold, but the policy declares a sale", "contradicted").also(head(sells.span, Keyword::SellsData), "sale declared here"));
        }
    }
    out
}

/// Spans grouped by the passage of prose (a section's text, a statement's
/// words) they fall in, in the order found, each group with the passage's
/// index among [`prose::texts`].
fn per_passage(p: &Policy, spans: Vec<Span>) -> Vec<(Option<usize>, Vec<Span>)> {
    let texts = prose::texts(p);
    let mut groups: Vec<(Option<usize>, Vec<Span>)> = Vec::new();
    for s in spans {
        let at = texts
            .iter()
            .position(|t| t.span.start <= s.start && s.end <= t.span.end);
        match groups.iter_mut().find(|(i, _)| at.is_some() && *i == at) {
            Some((_, g)) => g.push(s),
            None => groups.push((at, vec![s])),
        }
    }
    groups
}

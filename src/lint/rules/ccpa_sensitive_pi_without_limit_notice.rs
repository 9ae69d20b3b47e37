//! `ccpa-sensitive-pi-without-limit-notice`: documented in `docs/rules/ccpa-sensitive-pi-without-limit-notice.md`, which `policyc explain ccpa-sensitive-pi-without-limit-notice` prints.

use super::prelude::*;

/// The rule.
pub const RULE: Rule = Rule {
    id: "ccpa-sensitive-pi-without-limit-notice",
    default: Level::Warn,
    applies: &[Family::Ccpa],
    doc: include_str!("../../../docs/rules/ccpa-sensitive-pi-without-limit-notice.md"),
    check,
};

fn check(cx: &Context<'_>) -> Vec<Finding> {
    // What the separate US state disclosures must contain is judged there.
    if cx.state_disclosures_elsewhere() {
        return Vec::new();
    }
    let p = cx.policy;
    let exempt = p
        .statements
        .limits_sensitive_use
        .under(Jurisdiction::Ccpa)
        .is_some_and(|s| s.answer);
    if p.offers(RightKind::Limit) || exempt {
        return Vec::new();
    }
    let declared: Vec<Finding> = p
        .data
        .iter()
        // "May be sensitive" is sensitive where the statute says so.
        .filter_map(|d| d.sensitive.first().or(d.maybe_sensitive.first()).map(|s| (d, s)))
        .map(|(d, s)| {
            Finding::new(s.span, format!("`{}` is sensitive personal information, but the right to limit its use is not offered", d.id.value), "sensitive")
                .help("add `right limit \"…\"` with a \"Limit the Use of My Sensitive Personal Information\" link")
        })
        .collect();
    if !declared.is_empty() {
        return declared;
    }
    // A policy that marks nothing sensitive: a category whose own words
    // name a sensitive kind (precise location, religion, health …) is
    // sensitive all the same. (Where the policy marks some, it has said
    // which it holds sensitive, and that finding is the gap.)
    p.data
        .iter()
        .filter(|d| d.collected_by.is_none())
        .filter_map(|d| {
            let kinds = sensitive_in_words(d);
            (!kinds.is_empty()).then(|| {
                Finding::new(
                    d.id.span,
                    format!(
                        "`{}` is sensitive personal information by its own words ({}), but the right to limit its use is not offered",
                        d.id.value,
                        join_and(&kinds)
                    ),
                    "sensitive by what it holds",
                )
                .help("mark it `sensitive …`, and add `right limit \"…\"` or `limits-sensitive-use yes` if it is used only as 11 CCR 7027(m) allows")
            })
        })
        .collect()
}

/// The sensitive kinds a category's own words name: precise geolocation
/// ("precise location", "GPS location"; Cal. Civ. Code 1798.140(ae)(1)(C)),
/// and the kinds Art. 9 of the GDPR shares with the CCPA (religion, health,
/// sexual orientation …; 1798.140(ae)(1)(D)-(F), (ae)(2)). Log-in
/// credentials and identity documents are left to a declaration: used only
/// to sign in or to verify, as most policies use them, they need no right to
/// limit (11 CCR 7027(m)(1)-(2)), and the words do not say more.
fn sensitive_in_words(d: &DataCategory) -> Vec<&'static str> {
    static PRECISE: prose::Pattern =
        prose::Pattern::new(r"(?i)\bprecise\s+(?:geo)?location|\bGPS\b|\bexact\s+location");
    static NOT_PRECISE: prose::Pattern =
        prose::Pattern::new(r"(?i)\b(?:not|no|never)\s+(?:your\s+)?(?:precise|exact|GPS)\b");
    // Political opinions are Art. 9 data but not sensitive under the CCPA.
    let mut kinds: Vec<&'static str> = art9_in_words(d)
        .into_iter()
        .filter(|k| *k != "political opinions")
        .collect();
    let precise = std::iter::once(d.label.as_str())
        .chain(d.examples.iter().map(String::as_str))
        .any(|w| PRECISE.is_match(w) && !NOT_PRECISE.is_match(w));
    if precise {
        kinds.insert(0, "precise geolocation");
    }
    kinds
}

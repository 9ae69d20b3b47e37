//! `missing-source-for-indirect-data`: documented in `docs/rules/missing-source-for-indirect-data.md`, which `policyc explain missing-source-for-indirect-data` prints.

use super::prelude::*;

/// The rule.
pub const RULE: Rule = Rule {
    id: "missing-source-for-indirect-data",
    default: Level::Deny,
    applies: &[Family::Gdpr, Family::Ccpa],
    doc: include_str!("../../../docs/rules/missing-source-for-indirect-data.md"),
    check,
};

/// Words that name no source beyond what `source third-party` says:
/// "third parties", "other sources", with at most a condition ("where
/// legally allowed"). Art. 14(2)(f) asks for the source, or at least its
/// kind (WP260 rev.01, Annex: public or private, the type of organisation).
fn names_no_source(from: &str) -> bool {
    static GENERIC: prose::Pattern = prose::Pattern::new(
        r"(?i)^\s*(?:other\s+|certain\s+|selected\s+|trusted\s+|various\s+)?(?:third[- ]part(?:y|ies)|(?:external\s+|other\s+)?sources?|companies)\b\s*(?:,?\s*(?:where|when|as|if|to\s+the\s+extent|in\s+accordance|subject)\b.*)?$",
    );
    GENERIC.is_match(from)
}

fn check(cx: &Context<'_>) -> Vec<Finding> {
    // Under the CCPA alone, the categories of sources are owed in the
    // separate US state disclosures, when the policy has them; the GDPR
    // (Art. 14(2)(f)) asks this notice itself.
    if !cx.targets_family(Family::Gdpr) && cx.state_disclosures_elsewhere() {
        return Vec::new();
    }
    let mut out = Vec::new();
    for d in cx
        .policy
        .data
        .iter()
        .filter(|d| d.providers.iter().all(|p| names_no_source(p)))
    {
        if let Some(s) = d.sources.iter().find(|s| s.value == Source::ThirdParty) {
            out.push(
                Finding::new(
                    s.span,
                    format!(
                        "`{}` comes from a third party, but the policy does not say which",
                        d.id.value
                    ),
                    "from whom?",
                )
                .help("add `from \"…\"` naming the source or the category of sources"),
            );
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::names_no_source;

    #[test]
    fn third_parties_alone_name_no_source() {
        for w in [
            "third parties",
            "third parties, where legally allowed",
            "other third parties",
            "other sources",
        ] {
            assert!(names_no_source(w), "{w}");
        }
        for w in [
            "business partners",
            "third parties such as data brokers",
            "public registers",
            "other Expedia Group companies",
        ] {
            assert!(!names_no_source(w), "{w}");
        }
    }
}

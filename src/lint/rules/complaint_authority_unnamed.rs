//! `complaint-authority-unnamed`: documented in `docs/rules/complaint-authority-unnamed.md`, which `policyc explain complaint-authority-unnamed` prints.

use super::prelude::*;

/// The rule.
pub const RULE: Rule = Rule {
    id: "complaint-authority-unnamed",
    default: Level::Allow,
    applies: &[Family::Gdpr],
    doc: include_str!("../../../docs/rules/complaint-authority-unnamed.md"),
    check,
};

fn check(cx: &Context<'_>) -> Vec<Finding> {
    let mut out = Vec::new();
    for r in cx
        .policy
        .rights
        .rights
        .iter()
        .filter(|r| r.kinds.iter().any(|k| k.value == RightKind::Complain))
    {
        // "Your local supervisory authority", "the authority of your Member
        // State": the words already tell each reader which authority is theirs
        // (GDPR Art. 77(1)); an example beside them is only an example.
        // A link to where the authorities are listed does the same.
        if points_to_own_authority(&r.label)
            || r.procedure.as_deref().is_some_and(points_to_own_authority)
            || r.url.is_some()
        {
            continue;
        }
        if r.authorities.is_empty() {
            out.push(Finding::new(
                r.span,
                "the right to complain names no authority",
                "which authority?",
            ));
        }
        for a in r.authorities.iter().filter(|a| a.example_only) {
            out.push(Finding::new(
                a.name.span,
                "the authority is named only as an example",
                "an example, not the authority",
            ));
        }
    }
    out.into_iter()
        .map(|f| {
            f.help("name the competent supervisory authority with `authority \"…\"` and its `url`")
        })
        .collect()
}

/// Whether the words send each reader to the authority of their own place.
fn points_to_own_authority(text: &str) -> bool {
    static OWN: LazyLock<prose::Lean> = LazyLock::new(|| {
        prose::phrases(&[
            "your local",
            "local supervisory authority",
            "local data protection authority",
            "your member state",
            "your country",
            "where you live",
            "habitual residence",
            "place of work",
            "in your jurisdiction",
            "national authority",
            "national authorities",
            "national supervisory authority",
            "national data protection authority",
            "competent supervisory authority",
            "competent data protection authority",
        ])
    });
    // The same pointers in the languages policies are written in: the
    // national or competent authority, the one where the reader lives.
    static OWN_ELSEWHERE: prose::Pattern = prose::Pattern::new(
        r"(?i)\bnationalen?\s+(datenschutz|aufsichts)behörden?\b|\bzuständigen?\s+(datenschutz|aufsichts)behörden?\b|\b(datenschutz|aufsichts)behörden?\s+(deines|ihres|des)\s+(wohnorts|wohnsitzes|landes|mitgliedstaat)|\bautorités?\s+(de\s+contrôle\s+)?(nationales?|compétentes?)\b|\bautorità\s+(di\s+controllo\s+)?(nazionale|competente)\b|\bautoridad(es)?\s+(de\s+control\s+)?(nacional(es)?|competentes?)\b|\bautoridades?\s+(de\s+controlo\s+)?(nacional|nacionais|competentes?)\b|\b(nationale|bevoegde)\s+(toezichthouder|toezichthoudende\s+autoriteit|gegevensbeschermingsautoriteit)\b",
    );
    OWN.is_match(text) || OWN_ELSEWHERE.is_match(text)
}

#[cfg(test)]
mod tests {
    use super::points_to_own_authority;

    #[test]
    fn pointers_to_the_readers_own_authority_in_other_languages() {
        for t in [
            "Dich bei den nationalen Datenschutzbehörden beschweren",
            "bei der zuständigen Aufsichtsbehörde",
            "auprès de l'autorité de contrôle compétente",
            "ante la autoridad de control competente",
            "all'autorità di controllo competente",
            "junto da autoridade de controlo competente",
            "bij de bevoegde toezichthoudende autoriteit",
            "Complain to your local supervisory authority",
        ] {
            assert!(points_to_own_authority(t), "{t}");
        }
        for t in [
            "Beschwerde bei einer Behörde",
            "Complain to an authority",
            "junto da autoridade",
        ] {
            assert!(!points_to_own_authority(t), "{t}");
        }
    }
}

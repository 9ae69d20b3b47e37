//! `missing-eu-representative`: documented in `docs/rules/missing-eu-representative.md`, which `policyc explain missing-eu-representative` prints.

use super::prelude::*;

/// The rule.
pub const RULE: Rule = Rule {
    id: "missing-eu-representative",
    default: Level::Warn,
    applies: &[Family::Gdpr],
    doc: include_str!("../../../docs/rules/missing-eu-representative.md"),
    check,
};

fn check(cx: &Context<'_>) -> Vec<Finding> {
    const EEA: &[&str] = &[
        "at", "be", "bg", "hr", "cy", "cz", "dk", "ee", "fi", "fr", "de", "gr", "el", "hu", "ie",
        "it", "lv", "lt", "lu", "mt", "nl", "pl", "pt", "ro", "sk", "si", "es", "se", "is", "li",
        "no",
    ];
    let p = cx.policy;
    // Each GDPR-family regime in force is checked on its own, with the
    // controller for its people: the EU one needs a representative in the
    // Union, the UK one a representative in the UK.
    let mut out = Vec::new();
    for (j, place, scope) in [
        (Jurisdiction::Gdpr, "the EU", "eea"),
        (Jurisdiction::UkGdpr, "the UK", "uk"),
    ] {
        let Some(country) = p.controller_for(j).and_then(|c| c.country.as_ref()) else {
            continue;
        };
        let c = country.value.to_ascii_lowercase();
        let outside = match j {
            Jurisdiction::Gdpr => !EEA.contains(&c.as_str()),
            _ => c != "gb" && c != "uk",
        };
        if !cx.targets(j) || !outside {
            continue;
        }
        if p.representatives.iter().any(|r| r.scope.covers(j)) {
            continue;
        }
        out.push(
            Finding::new(
                country.span,
                format!("the controller is established outside {place} but names no representative there"),
                "established here",
            )
            .help(format!("name the representative of {} Art. 27 with `representative \"Name\" for {scope} {{ address \"…\" email \"…\" }}`", if j == Jurisdiction::Gdpr { "GDPR" } else { "UK GDPR" })),
        );
    }
    out
}

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
    let Some(country) = p.controller.as_ref().and_then(|c| c.country.as_ref()) else {
        return Vec::new();
    };
    let c = country.value.to_ascii_lowercase();
    let outside = if cx.targets(Jurisdiction::Gdpr) {
        !EEA.contains(&c.as_str())
    } else {
        c != "gb" && c != "uk"
    };
    if !outside || p.representative.is_some() {
        return Vec::new();
    }
    vec![Finding::new(country.span, "the controller is established outside the EU but names no representative there", "established here")
        .help("name the representative of GDPR Art. 27 with `representative \"Name\" { address \"…\" email \"…\" }`")]
}

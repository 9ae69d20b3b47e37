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
    let p = cx.policy;
    // Each GDPR-family regime in force is checked on its own, with the
    // controller for its people: the EU one needs a representative in the
    // Union, the UK one a representative in the UK.
    let mut out = Vec::new();
    let mut unstated: Vec<(&str, &Party)> = Vec::new();
    for (j, place, scope) in [
        (Jurisdiction::Gdpr, "the EU", "eea"),
        (Jurisdiction::UkGdpr, "the UK", "uk"),
    ] {
        let Some(controller) = p.controller_for(j) else {
            continue;
        };
        let established_in_eu = j == Jurisdiction::Gdpr && controller.eu_establishment.is_some();
        if !cx.targets(j)
            || established_in_eu
            || p.representatives.iter().any(|r| r.scope.covers(j))
        {
            continue;
        }
        let Some((c, at)) = established_in(controller) else {
            // A postal address tells the reader the country in words.
            if controller.address.is_none() {
                unstated.push((place, controller));
            }
            continue;
        };
        let outside = match j {
            Jurisdiction::Gdpr => !in_eea(&c),
            _ => c != "gb" && c != "uk",
        };
        if !outside {
            continue;
        }
        out.push(
            Finding::new(
                at,
                format!("the controller is established outside {place} but names no representative there"),
                "established here",
            )
            .help(format!("name the representative of {} Art. 27 with `representative \"Name\" for {scope} {{ address \"…\" email \"…\" }}`", if j == Jurisdiction::Gdpr { "GDPR" } else { "UK GDPR" })),
        );
    }
    // Where the controller is established decides whether a representative
    // is needed (Art. 27(1)); a policy that says neither leaves the reader
    // unable to tell whom to address in the Union (Art. 13(1)(a)).
    if let Some((_, controller)) = unstated.first() {
        let places: Vec<&str> = unstated.iter().map(|(place, _)| *place).collect();
        out.push(
            Finding::new(
                controller.name.span,
                format!(
                    "the policy does not say where the controller is established, and names no representative in {}",
                    places.join(" or ")
                ),
                "established where?",
            )
            .help("add `country XX` to the controller; if it is outside the EU or the UK, name the Art. 27 representative with `representative \"Name\" for eea { … }`")
            .at_most(Level::Info),
        );
    }
    out
}

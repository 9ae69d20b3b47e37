//! `cookie-party-mismatch`: documented in `docs/rules/cookie-party-mismatch.md`, which `policyc explain cookie-party-mismatch` prints.

use super::prelude::*;

/// The rule.
pub const RULE: Rule = Rule {
    id: "cookie-party-mismatch",
    default: Level::Warn,
    applies: &[Family::Eprivacy, Family::Gdpr],
    doc: include_str!("../../../docs/rules/cookie-party-mismatch.md"),
    check,
};

fn check(cx: &Context<'_>) -> Vec<Finding> {
    let kb = cx.knowledge;
    let mut out = Vec::new();
    for row in cx.policy.cookies.iter().flat_map(|c| c.rows.iter()) {
        // A row that names its domain says which cookie it means; the
        // knowledge base's party is for the cookie as the vendor sets it.
        if row.domain.is_some() {
            continue;
        }
        let known = kb.lookup_in(
            &row.name.value,
            crate::cookies::Context {
                domain: None,
                provider: row.provider.as_ref().map(|p| p.value.as_str()),
                // The documented party is what is asked: not filtered by one.
                third_party: None,
            },
        );
        let (Some(declared), Some(known)) = (&row.party, known) else {
            continue;
        };
        let Some(party) = known.party else {
            continue;
        };
        if party == declared.value {
            continue;
        }
        let vendor = kb.vendor(known);
        // The controller's own cookie on its own site is first party,
        // whatever it is where others embed it.
        if declared.value == CookieParty::First && vendor_is_controller(cx.policy, vendor) {
            continue;
        }
        out.push(
            Finding::new(
                declared.span,
                format!(
                    "`{}` is declared a {}-party cookie, but {} documents it as {}-party",
                    row.name.value, declared.value, vendor.name, party
                ),
                format!("documented as {party}-party"),
            )
            .help(format!(
                "check which domain sets the cookie on the site and correct the `party` column; source: {}",
                known.source
            )),
        );
    }
    out
}

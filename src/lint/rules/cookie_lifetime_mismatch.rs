//! `cookie-lifetime-mismatch`: documented in `docs/rules/cookie-lifetime-mismatch.md`, which `policyc explain cookie-lifetime-mismatch` prints.

use super::prelude::*;

/// The rule.
pub const RULE: Rule = Rule {
    id: "cookie-lifetime-mismatch",
    default: Level::Warn,
    applies: &[],
    doc: include_str!("../../../docs/rules/cookie-lifetime-mismatch.md"),
    check,
};

fn check(cx: &Context<'_>) -> Vec<Finding> {
    let kb = cx.knowledge;
    let mut out = Vec::new();
    for row in cx.policy.cookies.iter().flat_map(|c| c.rows.iter()) {
        let Some(declared) = &row.lifetime else {
            continue;
        };
        let declared_secs = match &declared.value {
            Lifetime::Session => Some(0),
            Lifetime::Period { duration, .. } => Some(duration.seconds()),
            _ => None,
        };
        // What the site was seen to do, one finding per cookie the row covers.
        let mut seen_any = false;
        let covered: Vec<&crate::cookies::observed::ObservedCookie> = cx
            .observed
            .iter()
            .filter(|o| crate::cookies::row_covers(row, o))
            .collect();
        for o in covered.iter().copied() {
            // The same name on two domains: each message names its domain.
            let name = if covered
                .iter()
                .any(|x| x.name == o.name && x.domain != o.domain)
            {
                format!("`{}` on {}", o.name, o.domain)
            } else {
                format!("`{}`", o.name)
            };
            let (Some(seen), Some(want)) = (o.life.seconds(), declared_secs) else {
                continue;
            };
            seen_any = true;
            let same = seen.abs_diff(want) <= seen.max(want) / 50;
            // Browsers keep a cookie at most 400 days: a longer declaration may be what it asks for.
            let capped = o.at_browser_limit() && want >= seen;
            if same || capped {
                continue;
            }
            let (message, label) = if seen > want {
                (
                    format!(
                        "{} is declared to live {}, but the site sets it for {}",
                        name,
                        declared.value,
                        o.life_text()
                    ),
                    format!("seen: {}", o.life),
                )
            } else {
                (
                    format!(
                        "{} is declared to live {}, but the site sets it for only {}: the table overstates it",
                        name,
                        declared.value,
                        o.life_text()
                    ),
                    format!("seen: {}", o.life),
                )
            };
            out.push(
                Finding::new(declared.span, message, label)
                    .help(format!("{}; correct the table or the cookie", o.evidence())),
            );
        }
        // The recording is better evidence than documentation: when it shows the lifetime, it decides.
        if seen_any {
            continue;
        }
        let known = kb.lookup_in(
            &row.name.value,
            crate::cookies::Context {
                domain: row.domain.as_deref(),
                provider: row.provider.as_ref().map(|p| p.value.as_str()),
                third_party: None,
            },
        );
        let Some(known) = known else {
            continue;
        };
        let Some(documented) = &known.lifetime else {
            continue;
        };
        if same_lifetime(&declared.value, documented) {
            continue;
        }
        let vendor = kb.vendor(known);
        // The controller's own cookie: this policy is the vendor's
        // documentation, and a database's figure does not contradict it.
        if own_cookie(cx, row, &vendor.name) {
            continue;
        }
        // Who says so: the vendor's documentation, or the Open Cookie
        // Database (a community list), as the fact's source names it.
        let says = if known.source.starts_with("Open Cookie Database") {
            format!(
                "the Open Cookie Database lists {documented} for {}",
                vendor.name
            )
        } else {
            format!("{} documents {documented}", vendor.name)
        };
        out.push(
            Finding::new(
                declared.span,
                format!(
                    "`{}` is declared to live {}, but {says}",
                    row.name.value, declared.value
                ),
                says.clone(),
            )
            .help(format!(
                "check the cookie on the site and correct the table; source: {}",
                known.source
            )),
        );
    }
    out
}

/// Whether the row is the controller's own cookie: its provider, or the
/// known vendor, is the controller ("Wikimedia" for the Wikimedia
/// Foundation's policy).
fn own_cookie(cx: &Context<'_>, row: &Cookie, vendor: &str) -> bool {
    let Some(controller) = cx.policy.controller.as_ref() else {
        return false;
    };
    let controller = controller.name.value.to_lowercase();
    let names = |a: &str| {
        let a = a.trim().to_lowercase();
        !a.is_empty() && (controller.contains(&a) || a.contains(&controller))
    };
    names(vendor) || row.provider.as_ref().is_some_and(|p| names(&p.value))
}

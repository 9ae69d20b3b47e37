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
    // What the site was seen to do: a lifetime longer than declared.
    for row in cx.policy.cookies.iter().flat_map(|c| c.rows.iter()) {
        let Some(declared) = &row.lifetime else {
            continue;
        };
        for o in cx.observed.iter().filter(|o| row.matches(&o.name)) {
            let Some(seen) = &o.lifetime else { continue };
            if longer(seen, &declared.value) {
                out.push(
                    Finding::new(
                        declared.span,
                        format!(
                            "`{}` is declared to live {}, but the site sets it for {}",
                            o.name, declared.value, seen
                        ),
                        format!("seen: {seen}"),
                    )
                    .help(format!(
                        "seen in {}: set by {}; correct the table or the cookie",
                        o.file, o.url
                    )),
                );
            }
        }
    }
    for row in cx.policy.cookies.iter().flat_map(|c| c.rows.iter()) {
        let (Some(declared), Some(known)) = (&row.lifetime, kb.lookup(&row.name.value)) else {
            continue;
        };
        let Some(documented) = &known.lifetime else {
            continue;
        };
        if same_lifetime(&declared.value, documented) {
            continue;
        }
        let vendor = kb.vendor(known);
        out.push(
            Finding::new(
                declared.span,
                format!(
                    "`{}` is declared to live {}, but {} documents {}",
                    row.name.value, declared.value, vendor.name, documented
                ),
                format!("{} documents {documented}", vendor.name),
            )
            .help(format!(
                "check the cookie on the site and correct the table; source: {}",
                known.source
            )),
        );
    }
    out
}

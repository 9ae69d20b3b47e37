//! `embedded-content-responsibility-disclaimed`: documented in `docs/rules/embedded-content-responsibility-disclaimed.md`, which `policyc explain embedded-content-responsibility-disclaimed` prints.

use super::prelude::*;

/// The rule.
pub const RULE: Rule = Rule {
    id: "embedded-content-responsibility-disclaimed",
    default: Level::Warn,
    applies: &[Family::Gdpr],
    doc: include_str!("../../../docs/rules/embedded-content-responsibility-disclaimed.md"),
    check,
};

fn check(cx: &Context<'_>) -> Vec<Finding> {
    // What the controller's own pages load from another service: embedded
    // content, plugins, widgets, buttons, pixels, tags, SDKs.
    static EMBEDDED: prose::Pattern = prose::Pattern::new(
        r"(?i)\b(embed\w*|plug-?ins?|widgets?|social buttons?|like buttons?|pixels?|tags?|sdks?)\b",
    );
    let mut out = Vec::new();
    for d in &cx.policy.data {
        let Some(by) = &d.collected_by else {
            continue;
        };
        let embedded = EMBEDDED.is_match(&by.value)
            || EMBEDDED.is_match(&d.label)
            || d.examples.iter().any(|e| EMBEDDED.is_match(e));
        if !embedded {
            continue;
        }
        out.push(
            Finding::new(
                by.span,
                format!(
                    "`{}` is collected through content the service embeds, yet left to the other service's policy",
                    d.id.value
                ),
                "the embedding site decides this collection",
            )
            .also(d.id.span, "collected on our pages")
            .help("the site that embeds the content is joint controller for its collection and transmission (CJEU C-40/17 Fashion ID): say what is collected, for what, and who receives it, and ask consent where it is needed"),
        );
    }
    out
}

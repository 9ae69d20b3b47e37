//! `missing-controller-contact`: documented in `docs/rules/missing-controller-contact.md`, which `policyc explain missing-controller-contact` prints.

use super::prelude::*;

/// The rule.
pub const RULE: Rule = Rule {
    id: "missing-controller-contact",
    default: Level::Deny,
    applies: &[],
    doc: include_str!("../../../docs/rules/missing-controller-contact.md"),
    check,
};

fn check(cx: &Context<'_>) -> Vec<Finding> {
    let Some(c) = &cx.policy.controller else {
        return Vec::new();
    };
    if c.address.is_some()
        || c.email.is_some()
        || !c.regional_emails.is_empty()
        || c.contact_form.is_some()
    {
        return Vec::new();
    }
    vec![Finding::new(
        c.name.span,
        format!("there is no way to contact {}", c.name.value),
        "no address, e-mail or contact form",
    )
    .help("add `address \"…\"`, `email \"…\"` or `contact-form \"…\"` to the controller")]
}

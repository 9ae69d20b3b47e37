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
    // Where only US laws are in force (and some are), a telephone number is a contact: the
    // CCPA regulations ask for a method that reflects how the business deals
    // with consumers (11 CCR 7011(e)(3)(J)) and CalOPPA asks for none.
    // COPPA's notice asks for an address, a telephone number and an e-mail
    // address (16 CFR 312.4(d)(1)), but only of a service for children.
    let us_only = !cx.jurisdictions.is_empty()
        && cx.jurisdictions.iter().all(|j| {
            matches!(
                j.family(),
                Family::Ccpa | Family::Caloppa | Family::Coppa | Family::UsStates
            )
        });
    let for_children = cx.targets_family(Family::Coppa)
        && cx
            .policy
            .children
            .as_ref()
            .is_some_and(|k| k.directed == Some(true));
    let written = !us_only || for_children;
    let number = c
        .phone
        .as_deref()
        .is_some_and(|p| p.chars().filter(char::is_ascii_digit).count() >= 7);
    if number && !written {
        return Vec::new();
    }
    vec![Finding::new(
        c.name.span,
        format!("there is no way to contact {}", c.name.value),
        "no address, e-mail or contact form",
    )
    .help("add `address \"…\"`, `email \"…\"` or `contact-form \"…\"` to the controller")]
}

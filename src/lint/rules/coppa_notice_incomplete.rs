//! `coppa-notice-incomplete`: documented in `docs/rules/coppa-notice-incomplete.md`, which `policyc explain coppa-notice-incomplete` prints.

use super::prelude::*;

/// The rule.
pub const RULE: Rule = Rule {
    id: "coppa-notice-incomplete",
    default: Level::Deny,
    applies: &[Family::Coppa],
    doc: include_str!("../../../docs/rules/coppa-notice-incomplete.md"),
    check,
};

fn check(cx: &Context<'_>) -> Vec<Finding> {
    let p = cx.policy;
    let Some(children) = p.children.as_ref().filter(|c| c.directed == Some(true)) else {
        return Vec::new();
    };
    let mut missing = Vec::new();
    // 16 CFR 312.4(d)(1): the operator's name, address, telephone number and e-mail address.
    match &p.controller {
        None => missing.push("the operator's name, address, telephone number and e-mail address"),
        Some(c) => {
            if c.address.is_none() {
                missing.push("the operator's address");
            }
            if c.phone.is_none() {
                missing.push("the operator's telephone number");
            }
            if c.email.is_none() && c.regional_emails.is_empty() {
                missing.push("the operator's e-mail address");
            }
        }
    }
    if p.data.is_empty() {
        missing.push("what is collected from children");
    }
    if p.purposes.is_empty() {
        missing.push("how it is used");
    }
    if p.recipients.is_empty() && !p.no_recipients {
        missing.push("whether it is disclosed");
    }
    if children.parental_consent.is_none() || children.contact.is_none() {
        missing.push("parents' rights and how to use them");
    }
    // One notice, one finding, listing what it leaves out.
    if missing.is_empty() {
        return Vec::new();
    }
    vec![Finding::new(
        head(children.span, Keyword::Children),
        format!(
            "a service directed at children must say {}",
            join_and(&missing)
        ),
        "incomplete notice",
    )
    .help("16 CFR 312.4(d) lists what the notice to parents must contain")]
}

//! `missing-dpo-contact`: documented in `docs/rules/missing-dpo-contact.md`, which `policyc explain missing-dpo-contact` prints.

use super::prelude::*;

/// The rule.
pub const RULE: Rule = Rule {
    id: "missing-dpo-contact",
    default: Level::Deny,
    applies: &[Family::Gdpr],
    doc: include_str!("../../../docs/rules/missing-dpo-contact.md"),
    check,
};

fn check(cx: &Context<'_>) -> Vec<Finding> {
    let mut out = Vec::new();
    for dpo in cx.policy.dpos() {
        out.extend(one(dpo));
    }
    out
}

fn one(dpo: &Party) -> Option<Finding> {
    // Art. 13(1)(b) applies whenever there is a DPO, required or not.
    if dpo.email.is_some()
        || !dpo.regional_emails.is_empty()
        || dpo.phone.is_some()
        || dpo.address.is_some()
        || dpo.contact_form.is_some()
    {
        return None;
    }
    Some(
        Finding::new(
            dpo.name.span,
            "the data protection officer has no contact details",
            "no e-mail, phone, address or contact form",
        )
        .help("add `email \"dpo@…\"` (or a phone, address or contact form) to the `dpo` block"),
    )
}

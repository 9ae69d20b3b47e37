//! `dpo-contact-is-general-inbox`: documented in `docs/rules/dpo-contact-is-general-inbox.md`, which `policyc explain dpo-contact-is-general-inbox` prints.

use super::prelude::*;

/// The rule.
pub const RULE: Rule = Rule {
    id: "dpo-contact-is-general-inbox",
    default: Level::Info,
    applies: &[Family::Gdpr],
    doc: include_str!("../../../docs/rules/dpo-contact-is-general-inbox.md"),
    check,
};

fn check(cx: &Context<'_>) -> Vec<Finding> {
    const GENERAL: &[&str] = &[
        "support", "info", "contact", "hello", "help", "office", "admin", "sales", "mail",
    ];
    let p = cx.policy;
    let mut out = Vec::new();
    let emails = p.dpos().flat_map(|d| {
        d.email
            .iter()
            .chain(d.regional_emails.iter().map(|e| &e.value))
    });
    for email in emails {
        out.extend(general(p, email, GENERAL));
    }
    out
}

fn general(p: &Policy, email: &Spanned<String>, words: &[&str]) -> Option<Finding> {
    let local = email
        .value
        .split('@')
        .next()
        .unwrap_or("")
        .to_ascii_lowercase();
    let controller_email = p.controller.as_ref().and_then(|c| c.email.as_ref());
    // An address whose name is the DPO's or data protection's own
    // (`dpo@`, `dataprotectionoffice@`) is a dedicated one (WP243 rev.01,
    // 2.6), even where the controller gives it as its own; `privacy@`, the
    // inbox for every privacy question, is not.
    let dedicated = ["dpo", "dataprotection", "datenschutz", "dataprivacyofficer"]
        .iter()
        .any(|w| local.replace(['.', '-', '_'], "").contains(w));
    let same = controller_email
        .filter(|c| c.value.eq_ignore_ascii_case(&email.value))
        .filter(|_| !dedicated);
    if same.is_none() && !words.contains(&local.as_str()) {
        return None;
    }
    let mut f = Finding::new(
        email.span,
        format!("the DPO is reached at `{}`, a general inbox", email.value),
        "general inbox",
    )
    .help("give the DPO an address of their own, such as `dpo@…`, so requests reach them directly");
    if let Some(c) = same {
        f = f.also(c.span, "the controller's own address");
    }
    Some(f)
}

//! `build --format ropa`: the record of processing activities of GDPR
//! Art. 30(1) as CSV, one row per purpose. Each column says which point of
//! Art. 30(1) it answers; a fact the policy does not state is written as
//! `not stated`, never guessed. Several values in a cell are joined with `; `.

use super::{
    bases_in_words, purpose_bases, purpose_data, purpose_recipients, purpose_retention,
    purpose_subjects, purpose_transfers, Link,
};
use crate::diag::{Code, Diagnostic};
use crate::model::{Party, Policy, Scope};

/// What a cell holds when the policy does not state the fact.
pub const NOT_STATED: &str = "not stated";

/// The header row: a column name, then the point of Art. 30(1) it answers.
pub const COLUMNS: &[(&str, &str)] = &[
    ("purpose_id", "the purpose's id in the source"),
    ("purpose", "Art. 30(1)(b)"),
    ("legal_basis", "Art. 6(1), as the policy states it"),
    ("controller", "Art. 30(1)(a)"),
    ("controller_contact", "Art. 30(1)(a)"),
    ("representatives", "Art. 30(1)(a)"),
    ("dpo", "Art. 30(1)(a)"),
    ("data_subjects", "Art. 30(1)(c)"),
    ("personal_data", "Art. 30(1)(c)"),
    (
        "collected_by",
        "who collects data directly, when a third party does (`collected-by`)",
    ),
    ("recipients", "Art. 30(1)(d)"),
    ("recipients_data_not_stated", "Art. 30(1)(d)"),
    ("transfers", "Art. 30(1)(e)"),
    ("retention", "Art. 30(1)(f)"),
    ("security_measures", "Art. 30(1)(g)"),
];

/// A spreadsheet reads a cell that starts with `=`, `+`, `-`, `@` or a
/// control character as a formula; a leading `'` keeps it text (the OWASP
/// advice on CSV injection).
fn cell(text: String) -> String {
    match text.chars().next() {
        Some('=' | '+' | '-' | '@' | '\t' | '\r') => format!("'{text}"),
        _ => text,
    }
}

/// Values joined, or `not stated`.
fn joined(values: Vec<String>) -> String {
    if values.is_empty() {
        NOT_STATED.to_string()
    } else {
        values.join("; ")
    }
}

/// A party's contact details as stated: email, phone, address, website, form.
fn contact(p: &Party) -> Vec<String> {
    [
        p.email.as_ref().map(|e| e.value.clone()),
        p.phone.clone(),
        p.address.as_ref().map(|a| a.value.clone()),
        p.website.clone(),
        p.contact_form.clone(),
    ]
    .into_iter()
    .flatten()
    .collect()
}

/// " (for eea, uk)" after a fact that holds in some places only; nothing when it holds everywhere.
fn places(scope: &Scope) -> String {
    if scope.is_everywhere() {
        String::new()
    } else {
        format!(" (for {})", scope.written())
    }
}

/// A party with its contact details and, when limited, where it acts.
fn party_line(p: &Party) -> String {
    let mut s = p.name.value.clone();
    if !p.scope.is_everywhere() {
        s.push_str(&format!(" (for {})", p.scope.written()));
    }
    let c = contact(p);
    if !c.is_empty() {
        s.push_str(&format!(": {}", c.join(", ")));
    }
    s
}

/// The record as CSV with a header row, one row per purpose.
pub fn render(policy: &Policy) -> Result<String, Diagnostic> {
    let mut w = csv::WriterBuilder::new()
        .terminator(csv::Terminator::Any(b'\n'))
        .from_writer(Vec::new());
    let err = |e: &dyn std::fmt::Display| {
        Diagnostic::error(
            Code::Io,
            &policy.file,
            format!("cannot write the record of processing: {e}"),
        )
    };
    w.write_record(COLUMNS.iter().map(|(name, _)| *name))
        .map_err(|e| err(&e))?;
    // Controllers for some places only follow, each with its places.
    let regional = policy.regional_controllers.iter().map(party_line);
    let controller = match &policy.controller {
        None if policy.regional_controllers.is_empty() => NOT_STATED.to_string(),
        c => joined(
            c.iter()
                .map(|c| c.name.value.clone())
                .chain(
                    policy
                        .regional_controllers
                        .iter()
                        .map(|c| format!("{} (for {})", c.name.value, c.scope.written())),
                )
                .collect(),
        ),
    };
    let controller_contact = joined(
        policy
            .controller
            .as_ref()
            .map(contact)
            .unwrap_or_default()
            .into_iter()
            .chain(regional)
            .collect(),
    );
    let representatives = joined(policy.representatives.iter().map(party_line).collect());
    let dpo = policy
        .dpo
        .as_ref()
        .map_or(NOT_STATED.to_string(), party_line);
    let security = joined(
        policy
            .security
            .as_ref()
            .map(|s| s.measures.clone())
            .unwrap_or_default(),
    );
    for u in &policy.purposes {
        let data = purpose_data(policy, u);
        // Alternatives stay alternatives, with their conditions and places,
        // in the policy's words.
        let bases = joined(bases_in_words(&purpose_bases(policy, u)));
        let subjects = joined(
            purpose_subjects(&data)
                .iter()
                .map(|s| s.words().to_string())
                .collect(),
        );
        let recipients = purpose_recipients(policy, &data);
        let named = |which: Link| -> Vec<String> {
            recipients
                .iter()
                .filter(|(_, l)| *l == which)
                .map(|(r, _)| match &r.role {
                    Some(role) => format!("{} ({}){}", r.label, role.value, places(&r.scope)),
                    None => format!("{}{}", r.label, places(&r.scope)),
                })
                .collect()
        };
        let by_data = if policy.no_recipients {
            "none (the policy states there are none)".to_string()
        } else {
            joined(named(Link::ByData))
        };
        let transfers = joined(
            purpose_transfers(policy, &data)
                .iter()
                .map(|(t, link)| {
                    let to: Vec<&str> = t.destinations.iter().map(|d| d.value.as_str()).collect();
                    let safeguard = match (t.safeguards.as_slice(), &t.derogation) {
                        ([], _) => NOT_STATED.to_string(),
                        (all, d) => all
                            .iter()
                            .map(|s| match (s.value, d) {
                                (crate::model::Safeguard::Derogation, Some(d)) => {
                                    // How consent is obtained, as stated: it
                                    // may not be the explicit consent Art.
                                    // 49(1)(a) asks for.
                                    let how: Vec<String> =
                                        t.consent_by.iter().map(|m| m.value.to_string()).collect();
                                    if how.is_empty() {
                                        format!("{} {}", s.value, d.value)
                                    } else {
                                        format!("{} {}, by {}", s.value, d.value, how.join(", "))
                                    }
                                }
                                (v, _) => v.to_string(),
                            })
                            .collect::<Vec<_>>()
                            .join(", "),
                    };
                    let scope = if t.scope.is_everywhere() {
                        String::new()
                    } else {
                        format!("for {}; ", t.scope.written())
                    };
                    let mut s = format!(
                        "{} ({scope}to: {}; safeguard: {safeguard}",
                        t.label,
                        if to.is_empty() {
                            NOT_STATED.to_string()
                        } else {
                            to.join(", ")
                        }
                    );
                    if *link == Link::DataNotStated {
                        s.push_str("; which data: not stated");
                    }
                    s.push(')');
                    s
                })
                .collect(),
        );
        let retention = joined(
            purpose_retention(policy, u, &data)
                .iter()
                .map(|(d, l, scope)| match d {
                    Some(d) => format!("{}: {l}{}", d.label, places(scope)),
                    None => format!("{l}{}", places(scope)),
                })
                .collect(),
        );
        let collected_by = joined(
            data.iter()
                .filter_map(|d| {
                    d.collected_by
                        .as_ref()
                        .map(|c| format!("{}: {}", d.label, c.value))
                })
                .collect(),
        );
        let row = [
            u.id.value.clone(),
            format!("{}{}", u.label, places(&u.scope)),
            bases,
            controller.clone(),
            controller_contact.clone(),
            representatives.clone(),
            dpo.clone(),
            subjects,
            joined(
                data.iter()
                    .map(|d| format!("{}{}", d.label, places(&d.scope)))
                    .collect(),
            ),
            collected_by,
            by_data,
            joined(named(Link::DataNotStated)),
            transfers,
            retention,
            security.clone(),
        ];
        w.write_record(row.map(cell)).map_err(|e| err(&e))?;
    }
    let bytes = w.into_inner().map_err(|e| err(&e))?;
    String::from_utf8(bytes).map_err(|e| err(&e))
}

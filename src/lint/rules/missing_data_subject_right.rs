//! `missing-data-subject-right`: documented in `docs/rules/missing-data-subject-right.md`, which `policyc explain missing-data-subject-right` prints.

use super::prelude::*;

/// The rule.
pub const RULE: Rule = Rule {
    id: "missing-data-subject-right",
    default: Level::Deny,
    applies: &[Family::Gdpr, Family::Lgpd],
    doc: include_str!("../../../docs/rules/missing-data-subject-right.md"),
    check,
};

fn check(cx: &Context<'_>) -> Vec<Finding> {
    const NEEDED: &[(RightKind, &str)] = &[
        (RightKind::Access, "access (Art. 15)"),
        (RightKind::Rectification, "rectification (Art. 16)"),
        (RightKind::Erasure, "erasure (Art. 17)"),
        (
            RightKind::Restriction,
            "restriction of processing (Art. 18)",
        ),
        (RightKind::Objection, "object (Art. 21)"),
        (RightKind::Portability, "data portability (Art. 20)"),
    ];
    let p = cx.policy;
    let regimes: Vec<Jurisdiction> = [Jurisdiction::Gdpr, Jurisdiction::UkGdpr, Jurisdiction::Lgpd]
        .into_iter()
        .filter(|j| cx.targets(*j))
        .collect();
    // Each regime needs the right where it applies. Under the LGPD one right
    // covers anonymisation, blocking and erasure (Art. 18, IV): blocking is
    // its restriction of processing.
    let offers = |k: RightKind, j: Jurisdiction| {
        p.offers_in(k, j)
            || (j == Jurisdiction::Lgpd
                && k == RightKind::Restriction
                && p.offers_in(RightKind::Anonymisation, j))
    };
    // One finding per set of regions a list leaves out: one incomplete list
    // is one gap, naming every right it lacks.
    let mut groups: Vec<Group> = Vec::new();
    for (k, name) in NEEDED {
        let missing: Vec<Jurisdiction> = if p.offers(*k) {
            regimes
                .iter()
                .copied()
                .filter(|j| !offers(*k, *j))
                .collect()
        } else {
            // Offered nowhere: missing everywhere, however the regimes are written.
            Vec::new()
        };
        if p.offers(*k) && missing.is_empty() {
            continue;
        }
        match groups.iter_mut().find(|(m, _)| *m == missing) {
            Some((_, rights)) => rights.push((*k, name)),
            None => groups.push((missing, vec![(*k, name)])),
        }
    }
    groups
        .into_iter()
        .map(|(missing, rights)| {
            let names: Vec<&str> = rights.iter().map(|(_, n)| *n).collect();
            let subject = if rights.len() == 1 {
                format!("the right to {} is", names[0])
            } else {
                format!("the rights to {} are", join_and(&names))
            };
            let words: Vec<&str> = missing.iter().map(|j| place_word(*j)).collect();
            let scope = if missing.is_empty() {
                String::new()
            } else {
                format!(" for {}", words.join(", "))
            };
            let adds: Vec<String> = rights
                .iter()
                .map(|(k, _)| format!("`right {k} \"…\"{scope}`"))
                .collect();
            let adds: Vec<&str> = adds.iter().map(String::as_str).collect();
            let help = format!("add {} to `rights`", join_and(&adds));
            let message = if missing.is_empty() {
                format!("{subject} not offered")
            } else {
                let places: Vec<&str> = missing.iter().map(|j| place_name(*j)).collect();
                format!("{subject} not offered in {}", join_or(&places))
            };
            let regions = if missing.is_empty() {
                regimes.clone()
            } else {
                missing
            };
            Finding::new(
                missing_right_span(cx, rights[0].0, &regions),
                message,
                "not among the rights",
            )
            .help(help)
        })
        .collect()
}

/// The regions a list leaves out (none: every region) and the rights it lacks there.
type Group = (Vec<Jurisdiction>, Vec<(RightKind, &'static str)>);

fn place_name(j: Jurisdiction) -> &'static str {
    match j {
        Jurisdiction::Gdpr => "the EEA",
        Jurisdiction::UkGdpr => "the UK",
        _ => "Brazil",
    }
}

fn place_word(j: Jurisdiction) -> &'static str {
    match j {
        Jurisdiction::Gdpr => "eea",
        Jurisdiction::UkGdpr => "uk",
        _ => "brazil",
    }
}

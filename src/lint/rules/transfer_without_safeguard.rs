//! `transfer-without-safeguard`: documented in `docs/rules/transfer-without-safeguard.md`, which `policyc explain transfer-without-safeguard` prints.

use super::prelude::*;

/// The rule.
pub const RULE: Rule = Rule {
    id: "transfer-without-safeguard",
    default: Level::Deny,
    applies: &[Family::Gdpr],
    doc: include_str!("../../../docs/rules/transfer-without-safeguard.md"),
    check,
};

fn check(cx: &Context<'_>) -> Vec<Finding> {
    let mut out = Vec::new();
    // Destinations no safeguard can be given for: one gap, however many
    // transfers leave them unnamed (a warning where a safeguard is named).
    let mut vague: Vec<(crate::diag::Span, String, bool)> = Vec::new();
    let regimes = cx.regimes(Family::Gdpr);
    for t in cx
        .policy
        .transfers
        .iter()
        .filter(|t| t.scope.covers_any(&regimes))
        // Made when the person asks for it: necessary for the service they
        // ask of the controller (Art. 49(1)(b)), not a transfer the policy
        // must ground in a safeguard of its own.
        .filter(|t| t.on_your_instruction.is_none())
        .filter(|t| !direct_collection(cx, t, &regimes))
    {
        match t.safeguards.first() {
            // A derogation named without `safeguard derogation` is the safeguard.
            None if t.derogation.is_some() => {}
            None => out.push(Finding::new(
                t.id.span,
                format!("the transfer `{}` names no safeguard", t.id.value),
                "no `safeguard`",
            )),
            Some(s) if s.value == Safeguard::None => out.push(Finding::new(
                s.span,
                format!("the transfer `{}` has no safeguard", t.id.value),
                "no safeguard",
            )),
            Some(s) if s.value == Safeguard::Derogation && t.derogation.is_none() => {
                out.push(Finding::new(
                    s.span,
                    format!(
                        "the transfer `{}` relies on a derogation without naming it",
                        t.id.value
                    ),
                    "which derogation?",
                ));
            }
            Some(_) => {}
        }
        // With an adequacy decision or an Art. 46 safeguard named, a vague
        // destination is a defect of the information (which countries?), not
        // a transfer without protection: a warning.
        let protected = t.safeguards.iter().any(|s| {
            matches!(
                s.value,
                Safeguard::Adequacy | Safeguard::Sccs | Safeguard::Bcrs | Safeguard::Certification
            )
        });
        for d in &t.destinations {
            if vague_destination(&d.value, crate::lint::language::of(cx.policy)) {
                vague.push((d.span, d.value.clone(), protected));
            }
        }
    }
    if let Some((first, rest)) = vague.split_first() {
        let mut f = Finding::new(
            first.0,
            format!(
                "“{}” is not a destination a safeguard can be given for",
                first.1
            ),
            "which countries?",
        );
        for (span, words, _) in rest {
            f = f.also(*span, format!("nor “{words}”"));
        }
        // Where every such transfer names its safeguard, what is missing is
        // the destination, not the protection.
        out.push(if vague.iter().all(|v| v.2) {
            f.at_most(Level::Warn)
        } else {
            f
        });
    }
    let mut out: Vec<Finding> = out.into_iter()
        .map(|f| f.help("name each destination country and its safeguard: `safeguard adequacy`, `sccs`, `bcrs`, `certification`, or `derogation` with the Art. 49 derogation"))
        .collect();
    out.extend(recipients_abroad(cx, &regimes));
    out
}

/// Data people give straight to a controller established outside the EEA,
/// kept where it is established: no exporter subject to the GDPR discloses
/// it to an importer, so there is no transfer under Chapter V (EDPB
/// Guidelines 05/2021 on the interplay between Art. 3 and Chapter V, Example
/// 1: the person hands the data over; the controller is bound by the GDPR
/// through Art. 3(2) all the same). It is one only when the controller has
/// an establishment in the Union acting for it, when the destination is not
/// the controller's own country, or when the words speak of handing the
/// data to others ("a transfer that we or a third party make", "our
/// affiliates", "service providers").
fn direct_collection(cx: &Context<'_>, t: &Transfer, regimes: &[Jurisdiction]) -> bool {
    static TO_OTHERS: prose::Pattern = prose::Pattern::new(
        r"(?i)\b(?:transfer\w*|shar(?:e|es|ed|ing)|disclos\w*|third[\s-]+part(?:y|ies)|affiliat\w*|group\s+compan\w*|subsidiar\w*|service\s+providers?|vendors?|processors?|sub-?processors?|partners?|suppliers?)\b",
    );
    let Some(controller) = regimes.iter().find_map(|j| cx.policy.controller_for(*j)) else {
        return false;
    };
    let Some((home, _)) = established_in(controller) else {
        return false;
    };
    !in_eea(&home)
        && controller.eu_establishment.is_none()
        && !t.destinations.is_empty()
        && t.destinations
            .iter()
            .all(|d| d.value.eq_ignore_ascii_case(&home))
        && !std::iter::once(t.label.as_str())
            .chain(t.statement.as_deref())
            .any(|w| TO_OTHERS.is_match(w))
}

/// Recipients whose `location` is a country outside the area a regime
/// protects, while no transfer to that country is declared.
fn recipients_abroad(cx: &Context<'_>, regimes: &[Jurisdiction]) -> Vec<Finding> {
    let p = cx.policy;
    let inside = |code: &str| {
        in_eea(code)
            // UK GDPR alone: the UK, and the EEA (UK adequacy regulations).
            || (!regimes.contains(&Jurisdiction::Gdpr) && (code == "gb" || code == "uk"))
    };
    let declared = |code: &str| {
        p.transfers
            .iter()
            .filter(|t| t.scope.covers_any(regimes))
            .any(|t| t.destinations.iter().any(|d| d.value == code))
    };
    let mut out = Vec::new();
    for r in &p.recipients {
        for l in &r.locations {
            let code = l.value.as_str();
            // Quoted places ("the European Union") are not country codes.
            if crate::model::countries::alpha2(code).is_none() || inside(code) || declared(code) {
                continue;
            }
            out.push(
                Finding::new(
                    l.span,
                    format!(
                        "the recipient `{}` is in `{code}`, but no transfer there is declared",
                        r.id.value
                    ),
                    "outside the EEA",
                )
                .help(format!(
                    "declare it: `transfer id \"…\" {{ to {code}  safeguard adequacy|sccs|… }}` (GDPR Art. 13(1)(f))"
                )),
            );
        }
    }
    out
}

//! `basis-covers-unlinked`: documented in `docs/rules/basis-covers-unlinked.md`, which `policyc explain basis-covers-unlinked` prints.

use super::prelude::*;

/// The rule.
pub const RULE: Rule = Rule {
    id: "basis-covers-unlinked",
    default: Level::Info,
    applies: &[Family::Gdpr, Family::Lgpd],
    doc: include_str!("../../../docs/rules/basis-covers-unlinked.md"),
    check,
};

/// Words that name only what is done with the data ("collecting, using,
/// disclosing and sharing amongst ourselves your personal data",
/// "disclosing such personal data to our service providers and relevant
/// third parties"), and so no aim a purpose could be linked by.
static OPERATIONS: prose::Pattern = prose::Pattern::new(
    r"(?i)^\s*(?:(?:collect|us|process|disclos|shar|stor|transferr|retain|handl)ing(?:\s+(?:it\s+)?(?:amongst|among|between)\s+ourselves)?(?:\s*,\s*(?:and\s+|or\s+)?|\s+and\s+|\s+or\s+|\s+and/or\s+))*(?:collect|us|process|disclos|shar|stor|transferr|retain|handl)ing(?:\s+(?:amongst|among|between)\s+ourselves)?\s+(?:of\s+)?(?:your|the|such|this)\s+personal\s+(?:data|information)(?:\s+(?:amongst|among|between)\s+ourselves)?(?:\s+(?:to|with)\s+(?:our\s+|the\s+|relevant\s+|authori[sz]ed\s+|other\s+)*(?:(?:authori[sz]ed|relevant|other|third|service|group)\s+)*(?:service\s+providers|third\s+parties|affiliates|partners|recipients|companies|providers)(?:\s+(?:and|or)\s+(?:our\s+|the\s+|relevant\s+|authori[sz]ed\s+|other\s+)*(?:(?:authori[sz]ed|relevant|other|third|service|group)\s+)*(?:service\s+providers|third\s+parties|affiliates|partners|recipients|companies|providers))*)?\s*[.;]?\s*$",
);

fn check(cx: &Context<'_>) -> Vec<Finding> {
    // Words naming a law say which law imposes the obligation the basis
    // answers ("the Telecommunications Act", "Art. 6(1)(c)"), not a purpose.
    // (Both are matched against short phrases, mostly ASCII: see prose::Pattern.)
    static LAW: prose::Pattern = prose::Pattern::new(
        r"(?i)(\b(act|law|laws|regulation|directive|code|statute|ordinance|decree|gdpr|ccpa|lgpd)\b|\bart(icle)?\.?\s*\d|§)",
    );
    // Words for the whole policy's processing name no one purpose to link
    // (a consent to everything is bundled-consent's finding), nor do words
    // that begin with the data itself ("the processing of your personal data
    // related to the app").
    static WHOLE: prose::Pattern = prose::Pattern::new(
        r"(?i)\b(this (privacy )?policy|generally|all (of )?(the )?processing|all purposes|everything)\b|^\s*(the\s+)?(processing\s+of\s+)?(all\s+(of\s+)?)?(your|the)\s+personal\s+(data|information)\b",
    );
    let p = cx.policy;
    cx.bases_under(&[Family::Gdpr, Family::Lgpd])
        // A basis every purpose rests on already covers them all.
        .filter(|b| {
            !p.purposes.iter().all(|u| {
                u.bases.iter().any(|x| x.value == b.id.value)
                    || b.covers_purposes.iter().any(|c| c.value == u.id.value)
            }) || p.purposes.is_empty()
        })
        .flat_map(|b| b.covers.iter().map(move |c| (b, c)))
        .filter(|(_, c)| {
            !LAW.is_match(&c.value) && !WHOLE.is_match(&c.value) && !names_only_operations(&c.value)
        })
        .map(|(b, c)| {
            Finding::new(
                c.span,
                format!(
                    "the basis `{}` covers \"{}\", which names no purpose of this policy",
                    b.id.value, c.value
                ),
                "not linked to a purpose",
            )
            .help("write the id of the purpose it covers (`covers newsletter`), so the purpose is known to rest on this basis")
        })
        .collect()
}

/// Whether the words name only what is done with the data, and so no aim.
fn names_only_operations(words: &str) -> bool {
    OPERATIONS.is_match(words)
}

#[cfg(test)]
mod tests {
    use super::names_only_operations;

    #[test]
    fn words_that_name_only_operations_on_the_data() {
        for words in [
            "collecting, using, disclosing and sharing amongst ourselves your personal data",
            "disclosing such personal data to our authorised service providers and relevant third parties",
            "processing your personal information",
        ] {
            assert!(names_only_operations(words), "{words}");
        }
        for words in [
            "sending you our newsletter",
            "sharing your personal data with partners to show you ads",
            "using your personal data to improve the app",
        ] {
            assert!(!names_only_operations(words), "{words}");
        }
    }
}

//! `public-task-basis-without-law`: documented in `docs/rules/public-task-basis-without-law.md`, which `policyc explain public-task-basis-without-law` prints.

use super::prelude::*;

/// The rule.
pub const RULE: Rule = Rule {
    id: "public-task-basis-without-law",
    default: Level::Warn,
    applies: &[Family::Gdpr],
    doc: include_str!("../../../docs/rules/public-task-basis-without-law.md"),
    check,
};

/// Words that name a law: a numbered act, article or section ("Regulation
/// (EU) 2022/2065", "Art. 6 BDSG", "§ 100a StPO"), or an act by its name
/// ("the Online Safety Act", "Children Act 1989"). "Applicable laws" and
/// "the law" name none.
static NAMES_A_LAW: prose::Pattern = prose::Pattern::new(
    r"(?i)\b(?:regulation|directive|act|code|law|decree|ordinance|gesetz|verordnung|richtlinie|loi|décret|ley|decreto|legge|wet|lei)\s*(?:\((?:eu|ec|eg|ue)\)\s*)?(?:no\.?\s*|nr\.?\s*|n°\s*)?\d|\b(?:art(?:icles?|ikel|\.)?|arts\.|sections?|sec\.|ss?\.)\s*\d|\btreaty\s+on\b|§\s*\d|(?-i:\b[A-Z][\w-]*(?:\s+(?:[A-Z][\w-]*|and|of|on|for))*\s+Act\b)|(?-i:\b(?:[A-Z]{2,}G|StPO)\b)",
);

fn check(cx: &Context<'_>) -> Vec<Finding> {
    let public_task = GroundClaim::Article6(Ground::PublicTask);
    let mut found = Vec::new();
    for pu in &cx.policy.purposes {
        let grounds = purpose_grounds(cx, pu, &[Family::Gdpr]);
        let Some((_, at)) = grounds.iter().find(|(g, _)| *g == public_task) else {
            continue;
        };
        // The law may be named in the purpose's words or in those of the
        // declared basis it rests on.
        let basis_words = pu
            .bases
            .iter()
            .filter_map(|r| cx.policy.basis(&r.value))
            .filter(|b| b.ground.value == public_task)
            .map(|b| b.label.as_str());
        let named = std::iter::once(pu.label.as_str())
            .chain(pu.includes.iter().map(String::as_str))
            .chain(
                pu.alternatives
                    .iter()
                    .filter_map(|a| a.condition.as_ref().map(|c| c.value.as_str())),
            )
            .chain(basis_words)
            .any(|w| NAMES_A_LAW.is_match(w));
        if named {
            continue;
        }
        found.push(
            Finding::new(
                *at,
                format!(
                    "the purpose `{}` rests on a task in the public interest, but no law that gives the task is named",
                    pu.id.value
                ),
                "which law?",
            )
            .help("name the Union or Member State law that lays down the task (GDPR Art. 6(3)), in the purpose's words or its basis's label, or rest the purpose on the ground that really applies"),
        );
    }
    one_finding(found)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_that_name_a_law_and_words_that_do_not() {
        for (text, names) in [
            ("under Regulation (EU) 2022/2065", true),
            ("as § 100a StPO requires", true),
            ("the duties of the Online Safety Act 2023", true),
            ("Art. 6 BDSG", true),
            ("we rely on Articles 168 and 179 of the Treaty on the Functioning of the European Union", true),
            ("we rely on s.53 of the Data Protection Act 2018", true),
            ("under section 8 of the Data Protection Act 2018", true),
            ("in accordance with applicable laws", false),
            ("promoting public safety and integrity under the law", false),
            (
                "Förderung der öffentlichen Sicherheit nach den geltenden Gesetzen",
                false,
            ),
            ("a task carried out in the public interest", false),
        ] {
            assert_eq!(NAMES_A_LAW.is_match(text), names, "{text}");
        }
    }
}

//! `purpose-not-specified`: documented in `docs/rules/purpose-not-specified.md`, which `policyc explain purpose-not-specified` prints.

use super::prelude::*;

/// The rule.
pub const RULE: Rule = Rule {
    id: "purpose-not-specified",
    default: Level::Warn,
    applies: &[Family::Gdpr],
    doc: include_str!("../../../docs/rules/purpose-not-specified.md"),
    check,
};

/// Words that leave the purpose open: whatever the law permits, whatever the
/// controller finds compatible, any other purpose.
static OPEN: prose::Pattern = prose::Pattern::new(
    r"(?i)\bpermitted\s+(by|under)\s+(applicable\s+)?laws?\b|\b(allowed|authori[sz]ed)\s+by\s+(applicable\s+)?laws?\b|\b(?:not\s+in)?compatible\s+with\b|\b(any|such)\s+other\s+(lawful\s+|legitimate\s+|business\s+)?(purposes?|reasons?)\b|\bfor\s+any\s+(lawful\s+|legitimate\s+)?(purposes?|reasons?)\b|^\s*any\s+purposes?\b|\bas\s+we\s+(may\s+)?(see\s+fit|deem\s+(appropriate|necessary))\b|\b(other\s+)?purposes\s+(that\s+)?we\s+(may\s+)?(determine|decide|consider)\b|\bgeneral\s+business\s+(operations|purposes)\b|\bbusiness\s+administration\s+purposes\b|\blawful\s+business\s+purposes\b|\bbusiness\s+(?:or|and)\s+commercial\s+purposes\b|\bas\s+(the\s+)?law\s+permits\b|\bor\s+(for\s+)?other\s+uses\b|\bany\s+(necessary\s+)?legal\s+purposes?\b",
);

/// Whether the words leave the purpose open. Other purposes "with your
/// (prior) consent" are not: the consent, asked when the purpose comes,
/// must name it (Art. 4(11), 13(3)); nor is "any other purpose for which
/// you provide it": the purpose the person gives the data for, told where
/// they give it.
pub fn open_ended(words: &str) -> bool {
    static WITH_CONSENT: prose::Pattern = prose::Pattern::new(
        r"(?i)\bwith\s+your\s+(?:prior\s+|express\s+|explicit\s+)?consent\b|\bfor\s+which\s+you\s+(?:provide|provided|give|gave|submit|submitted)\b",
    );
    OPEN.is_match(words) && !WITH_CONSENT.is_match(words)
}

/// In the policy's prose on its purposes: "other purposes" that the law
/// permits or allows, in one sentence ("we also use it for other purposes
/// that you request or that applicable law permits").
static OTHER_PERMITTED: prose::Pattern = prose::Pattern::new(
    r"(?i)\bother\s+(?:purposes|uses)\b[^.;]*\b(?:permit|permits|permitted|allow|allows|allowed|authori[sz]es|authori[sz]ed)\b",
);

/// The sections on the policy's purposes whose words leave them open.
fn open_sections(p: &Policy) -> Vec<&Section> {
    sections_on(p, Topic::Purposes)
        .filter(|(_, t)| OTHER_PERMITTED.is_match(t))
        .map(|(s, _)| s)
        .collect()
}

/// A recipient's purpose left open ("other legitimate business purposes
/// such as audit", "any other purposes"): data disclosed for it is
/// disclosed for a purpose nobody has specified (Art. 5(1)(b), 13(1)(e)).
/// What the law permits or requires is not read here: for a recipient it
/// names the disclosure the law makes (to authorities), not a purpose left
/// to the controller.
fn open_recipients(p: &Policy) -> Vec<&Recipient> {
    static OTHER: prose::Pattern = prose::Pattern::new(
        r"(?i)\b(?:any|such)\s+other\s+(?:\w+\s+){0,2}?purposes?\b|\bother\s+(?:legitimate\s+|lawful\s+)?business\s+purposes\b|\bfor\s+any\s+(?:lawful\s+|legitimate\s+)?purposes?\b",
    );
    p.recipients
        .iter()
        .filter(|r| r.purpose.as_deref().is_some_and(|w| OTHER.is_match(w)))
        .collect()
}

fn check(cx: &Context<'_>) -> Vec<Finding> {
    const HELP: &str = "name the purposes themselves (Art. 5(1)(b)); a new purpose is told to people before the processing starts (Art. 13(3))";
    let open: Vec<&Purpose> = cx
        .policy
        .purposes
        .iter()
        .filter(|u| open_ended(&u.label) || u.includes.iter().any(|i| open_ended(i)))
        .collect();
    let sections = open_sections(cx.policy);
    let recipients = open_recipients(cx.policy);
    // One finding: at the first open purpose, else the first recipient,
    // else the first section; the others are marked.
    let (span, message) = if let Some(first) = open.first() {
        let ids: Vec<String> = open.iter().map(|u| format!("`{}`", u.id.value)).collect();
        let ids: Vec<&str> = ids.iter().map(String::as_str).collect();
        (
            first.id.span,
            format!(
                "{} {} {} left open: what the law permits, or what the controller finds compatible, is not a specified purpose",
                if open.len() == 1 { "the purpose" } else { "the purposes" },
                join_and(&ids),
                if open.len() == 1 { "is" } else { "are" }
            ),
        )
    } else if let Some(r) = recipients.first() {
        (
            r.id.span,
            format!(
                "data goes to `{}` for purposes left open: other business purposes are not specified purposes",
                r.id.value
            ),
        )
    } else if let Some(s) = sections.first() {
        (
            s.id.span,
            "the policy's words on its purposes leave them open: other purposes that the law permits are not specified purposes".to_string(),
        )
    } else {
        return Vec::new();
    };
    let marks = open
        .iter()
        .map(|u| (u.id.span, "open-ended too"))
        .chain(sections.iter().map(|s| (s.id.span, "open-ended too")))
        .chain(
            recipients
                .iter()
                .map(|r| (r.id.span, "data goes to it for purposes left open")),
        );
    let mut f = Finding::new(span, message, "open-ended").help(HELP);
    for (at, label) in marks.filter(|(at, _)| *at != span) {
        f = f.also(at, label);
    }
    vec![f]
}

#[cfg(test)]
mod tests {
    use super::{open_ended, OTHER_PERMITTED};

    #[test]
    fn open_words_and_specified_ones() {
        for w in [
            "purposes permitted by applicable law",
            "another reason we reasonably consider compatible with the original purpose",
            "any other lawful purpose",
            "for any purpose",
            "other purposes we may determine",
            "as we deem appropriate",
            "as part of our general business operations",
            "other business administration purposes",
            "Operating our business for lawful business purposes and as the law permits",
            "Marketing, advertising or other uses by other parties",
            "Any necessary legal purpose",
            "For our business or commercial purposes",
            "Any purposes (data described as anonymous)",
            "use it for any purposes",
        ] {
            assert!(open_ended(w), "{w}");
        }
        for w in [
            "Other purposes we tell you about when we collect the information",
            "other purposes clearly disclosed to you at the time you provide personal information",
            "complying with applicable law",
            "as required by law",
            "Answering your questions",
            "Any other purposes, with your prior consent",
            "Fulfilling any other purpose for which you provide the data",
        ] {
            assert!(!open_ended(w), "{w}");
        }
    }

    #[test]
    fn other_purposes_the_law_permits_in_prose() {
        for (text, open) in [
            ("We also use it for other purposes that you request or that applicable law permits.", true),
            ("and for other uses allowed by law", true),
            ("We keep it as long as the law permits; other purposes are listed above.", false),
            ("Other purposes are told to you when we collect the data.", false),
        ] {
            assert_eq!(OTHER_PERMITTED.is_match(text), open, "{text}");
        }
    }
}

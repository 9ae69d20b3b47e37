//! `rights-hedged-to-unnamed-jurisdictions`: documented in `docs/rules/rights-hedged-to-unnamed-jurisdictions.md`, which `policyc explain rights-hedged-to-unnamed-jurisdictions` prints.

use super::prelude::*;
use crate::diag::Span;

/// The rule.
pub const RULE: Rule = Rule {
    id: "rights-hedged-to-unnamed-jurisdictions",
    default: Level::Warn,
    applies: &[Family::Gdpr],
    doc: include_str!("../../../docs/rules/rights-hedged-to-unnamed-jurisdictions.md"),
    check,
};

/// The rights of GDPR Arts. 15–18, 20 and 21, whose existence a notice
/// must state (Art. 13(2)(b), 14(2)(c)), in the vocabulary's order.
const GDPR_RIGHTS: [RightKind; 6] = [
    RightKind::Access,
    RightKind::Rectification,
    RightKind::Erasure,
    RightKind::Restriction,
    RightKind::Objection,
    RightKind::Portability,
];

/// Words that make a right depend on where the reader lives without
/// saying where: "depending on where you live", "in some jurisdictions",
/// "where your country or region provides it", "subject to local laws".
static HEDGE: prose::Pattern = prose::Pattern::new(
    r"(?i)\bdepending\s+on\s+(?:the\s+)?(?:\w+\s+){0,2}?laws?\s+(?:of|in|where)\s+(?:your|you)\b|\bdepending\s+on\s+(?:where\s+you\s+(?:live|reside|are)|your\s+(?:location|country|jurisdiction|region|state|place\s+of\s+residence|residence)|(?:the\s+)?(?:local|applicable\s+local)\s+laws?|the\s+(?:country|jurisdiction|region|state)\b)|\b(?:in|under\s+the\s+laws\s+of)\s+(?:some|certain|many|a\s+few|several)\s+(?:jurisdictions|countries|regions|places|areas|states|locations|parts\s+of\s+the\s+world)\b|\bsome\s+(?:jurisdictions|countries|regions|places|areas|states)\s+(?:give|grant|provide|offer|allow|recogni[sz]e)|\bwhere\s+(?:your|the)\s+(?:country|region|state|jurisdiction|local\s+law)(?:\s+or\s+(?:region|state|country))?\s+(?:provides|gives|grants|allows|recogni[sz]es|permits)|\bif\s+(?:the\s+)?(?:local\s+)?laws?\s+(?:of|in)\s+(?:your|the\s+place\s+where\s+you)\s+(?:country|region|state|jurisdiction|live|reside)|\bsubject\s+to\s+(?:your\s+)?local\s+laws?\b|\bin\s+(?:the\s+)?(?:places|jurisdictions|countries|regions)\s+where\s+(?:such\s+a\s+|this\s+|the\s+|that\s+)?right\s+(?:applies|exists)\b",
);

/// A place named in the words: the hedge then tells the reader where.
static NAMED: prose::Pattern = prose::Pattern::new(
    r"(?i)\b(?:EEA|EWR|EEE|EER|SEE|EU|UE|Europ\w*|UK|United\s+Kingdom|Britain|Vereinigt\w*\s+Königreich|Royaume-Uni|Reino\s+Unido|Regno\s+Unito|Verenigd\s+Koninkrijk|Switzerland|Swiss|Schweiz|Suisse|Suiza|Svizzera|Zwitserland|Suíça|California|Kalifornien|Californie|Brazil|Brasil\w*|Brésil)\b",
);

fn hedged(text: &str, lang: crate::i18n::Lang) -> bool {
    // "Subject to local law and the legal requirements and exemptions"
    // qualifies the rights by the law's exemptions (GDPR Art. 23), as any
    // right is: it does not make them depend on where the reader lives.
    static EXEMPTIONS: prose::Pattern = prose::Pattern::new(
        r"(?i)^[^.;]{0,80}?\b(?:exemptions?|exceptions?|limitations?|restrictions?)\b",
    );
    let by_place = HEDGE.find_iter(text).into_iter().any(|r| {
        let said = &text[r.start..r.end];
        !(said.to_ascii_lowercase().starts_with("subject to")
            && EXEMPTIONS.is_match(&text[r.end..]))
    });
    (by_place || crate::lint::language::place_hedges(lang).is_some_and(|re| re.is_match(text)))
        && !NAMED.is_match(text)
}

fn check(cx: &Context<'_>) -> Vec<Finding> {
    let p = cx.policy;
    let lang = crate::lint::language::of(p);
    let regimes = cx.regimes(Family::Gdpr);
    // A prose section on rights, for these readers, that hedges the list
    // as a whole ("depending on the laws of your country, you may have the
    // rights listed here") hedges each right stated for everyone; a right
    // stated `for` these readers is plain to them.
    static LIST: prose::Pattern = prose::Pattern::new(
        r"(?i)\b(?:rights?\s+(?:listed|below|above|set\s+out|described)|(?:the\s+)?following\s+rights|these\s+rights|the\s+rights\b)",
    );
    let section_hedge = sections_on(p, Topic::Rights).any(|(s, w)| {
        (s.scope.is_everywhere() || s.scope.covers_any(&regimes))
            && hedged(w, lang)
            && LIST.is_match(w)
    });
    let words = |r: &Right| {
        hedged(&r.label, lang)
            || r.procedure.as_deref().is_some_and(|w| hedged(w, lang))
            || (section_hedge && r.scope.places.is_empty())
    };
    // A kind is hedged when every statement that offers it to people the
    // GDPR protects is hedged; one plain statement of it tells them.
    let mut at: Vec<Span> = Vec::new();
    let mut kinds: Vec<&str> = Vec::new();
    for kind in GDPR_RIGHTS {
        let offering: Vec<&Right> = p
            .rights
            .rights
            .iter()
            .filter(|r| {
                r.kinds.iter().any(|k| k.value == kind)
                    && regimes.iter().any(|j| r.scope.covers(*j))
            })
            .collect();
        if offering.is_empty() || !offering.iter().all(|r| words(r)) {
            continue;
        }
        kinds.push(kind.as_str());
        at.extend(offering.iter().map(|r| r.span));
    }
    // At the first statement of them.
    let Some(span) = at.into_iter().min_by_key(|s| s.start) else {
        return Vec::new();
    };
    let one = kinds.len() == 1;
    let readers =
        if regimes.contains(&Jurisdiction::UkGdpr) && regimes.contains(&Jurisdiction::Gdpr) {
            "the EEA and the UK"
        } else if regimes.contains(&Jurisdiction::UkGdpr) {
            "the UK"
        } else {
            "the EEA"
        };
    vec![Finding::new(
        head(span, Keyword::Right),
        format!(
            "the {} of {} {} offered only where an unnamed place or law provides {}; readers in {readers} are not told that {} theirs",
            if one { "right" } else { "rights" },
            join_and(&kinds),
            if one { "is" } else { "are" },
            if one { "it" } else { "them" },
            if one { "it is" } else { "they are" },
        ),
        "where?",
    )
    .help("say for whom the rights hold: `right access, erasure \"…\" for eea, uk`, or state them without the hedge (GDPR Art. 12(1), 13(2)(b))")]
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;

    #[test]
    fn a_hedge_on_the_readers_place_that_names_no_place() {
        for (text, expected) in [
            ("Depending on where you live, you may ask for a copy", true),
            ("depending on your location and the local laws", true),
            ("In some jurisdictions: ask for access", true),
            ("Some jurisdictions give you a right to delete", true),
            (
                "Where your country or region provides it: port your data",
                true,
            ),
            (
                "If the laws of your country allow it, object to our use",
                true,
            ),
            ("Subject to local law, ask us to restrict processing", true),
            (
                "Depending on the privacy laws of your country, you may have these rights",
                true,
            ),
            (
                "In places where such a right applies, we stop processing on your objection",
                true,
            ),
            // The place is named: the reader is told.
            (
                "Depending on where you live, for example in the EEA, you can ask",
                false,
            ),
            (
                "In some countries, such as the United Kingdom, you can object",
                false,
            ),
            // Conditions that are not about place.
            (
                "In certain cases, receive your data in a portable format",
                false,
            ),
            (
                "Ask us to delete your data; we grant it if the law requires it",
                false,
            ),
            ("You may ask for a copy of your data", false),
        ] {
            assert_eq!(hedged(text, Lang::En), expected, "{text}");
        }
    }
}

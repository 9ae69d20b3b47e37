//! Retention wording: does a criterion let a reader work out how long data
//! is kept, or is it too generic to?
//!
//! GDPR Art. 13(2)(a) and 14(2)(a) accept "the criteria used to determine"
//! the period where a period cannot be given. The Article 29 Working Party's
//! transparency guidelines (WP260 rev.01, endorsed by the EDPB) add that it
//! is not enough to say generically that data is kept "as long as necessary
//! for the legitimate purposes of the processing": the criterion must let
//! the person assess how long their data will be kept. A criterion tied to an
//! event ("until you close your account", "30 days after the end of the
//! contract", "until the limitation period ends") does; wording that names
//! only a need, a purpose, a minimum, or "certain circumstances" does not.

use std::sync::LazyLock;

use super::prose;

/// Wording that sets no end a reader could work out.
pub const GENERIC: &[&str] = &[
    "as long as necessary",
    "as long as it is necessary",
    "as long as is necessary",
    "as long as reasonably necessary",
    "as long as it is reasonably necessary",
    "for as long as necessary",
    "as long as needed",
    "as long as it is needed",
    "as long as it's needed",
    "as needed",
    "as long as we need",
    "as long as we reasonably need",
    "so long as we reasonably need",
    "as long as required",
    "as required",
    "no longer needed",
    "no longer necessary",
    "no longer than necessary",
    "at least",
    "or longer",
    "for a longer time",
    "for a longer period",
    "for longer",
    "in certain circumstances",
    "in some circumstances",
    "for a limited period",
    "for a limited time",
    "for a reasonable period",
    "for business purposes",
    "business and legal purposes",
    "legitimate business need",
    "legitimate business purposes",
    "business reason",
    "may remain",
    "indefinitely",
    // The controller's own judgement as the only limit.
    "as long as we determine",
    "as long as we deem",
    "as long as we consider",
    "as long as we believe",
    "as long as we think",
    // Kept until no claim could ever be brought, or for an unnamed time.
    "potential legal claims",
    "possible legal claims",
    "potential claims",
    "for a period of time",
    // Relevance, or a period that is named but never said.
    "as long as it may be relevant",
    "as long as it is relevant",
    "as long as relevant",
    "permits a longer period",
    "requires a longer period",
    "require a longer period",
    "a longer retention period",
    "for the period necessary",
    "for the period needed",
    "for the time necessary",
    "for the time needed",
    "as long as it is required",
    "or permitted) by law",
    "as otherwise communicated",
    "for a given period",
    "a given period of time",
    "for a minimum period",
    "for a certain period",
];

static GENERIC_RE: LazyLock<prose::Lean> = LazyLock::new(|| prose::phrases(GENERIC));

/// The same wording in the other languages policies are written in: "only as
/// long as necessary" in German, French, Spanish, Portuguese, Italian and
/// Dutch ("nur so lange, wie es erforderlich ist").
static FOREIGN_RE: prose::Pattern = prose::Pattern::new(
    r"(?i)\bso\s*lange\b[^.;]{0,80}?\b(?:erforderlich|notwendig|nötig|benötigt|braucht|brauchen|gebraucht)|\bsolange\b[^.;]{0,80}?\b(?:erforderlich|notwendig|nötig|benötigt|braucht|brauchen|gebraucht)|\b(?:aussi\s+longtemps\s+que|la\s+durée|le\s+temps)\s+(?:strictement\s+)?(?:nécessaire|requis)|\bel\s+tiempo\s+(?:que\s+sea\s+|estrictamente\s+)?necesario|\bpelo\s+tempo\s+(?:que\s+for\s+|estritamente\s+)?necessário|\bper\s+(?:tutto\s+)?il\s+tempo\s+(?:strettamente\s+)?necessario|\bzo\s*lang\s+(?:als\s+)?(?:dat\s+)?(?:nodig|noodzakelijk)|\bniet\s+langer\s+dan\s+(?:nodig|noodzakelijk)",
);

/// Data kept "longer" with nothing to say how much longer: "it may be kept
/// longer for archiving", "we may keep it longer where the law requires".
/// ("Never kept longer than 30 days" names its end, and is not matched.)
static LONGER_RE: prose::Pattern = prose::Pattern::new(
    r"(?i)\b(?:kept|retained|stored|held|keep|retain|store|hold)(?:\s+\w+){0,3}?\s+longer(?:\s*[.;,:)]|\s*$|\s+(?:for|to|where|when|if|as|in|under|on|because|while|after|so|than\s+(?:necessary|needed|required|described|stated|set\s+out)))",
);

/// Whether the text holds one of the words [`FOREIGN_RE`] is anchored on: a
/// plain search that spares compiling that pattern (Unicode, and the largest
/// of the rules') for the English text most policies are written in.
fn may_be_foreign(text: &str) -> bool {
    let lower = text.to_lowercase();
    [
        "lange",
        "longtemps",
        "durée",
        "temps",
        "tiempo",
        "tempo",
        "lang",
    ]
    .iter()
    .any(|w| lower.contains(w))
}

/// Where the other languages' open-ended wording stands in `text`.
pub fn foreign_phrases(text: &str) -> Vec<std::ops::Range<usize>> {
    if !may_be_foreign(text) {
        return Vec::new();
    }
    FOREIGN_RE.find_iter(text)
}

/// The generic phrases in a criterion (empty when it gives a workable criterion).
pub fn generic_phrases(text: &str) -> Vec<std::ops::Range<usize>> {
    let mut found: Vec<std::ops::Range<usize>> = GENERIC_RE
        .find_iter(text)
        .into_iter()
        .chain(foreign_phrases(text))
        .chain(longer_phrases(text))
        .collect();
    found.sort_by_key(|r| r.start);
    found
}

/// Whether a retention criterion is too generic to let a reader work out the period.
pub fn is_generic(text: &str) -> bool {
    GENERIC_RE.is_match(text)
        || (may_be_foreign(text) && FOREIGN_RE.is_match(text))
        || !longer_phrases(text).is_empty()
}

/// Where "kept longer" without an end stands in `text` (searched only when
/// the word "longer" is there: most criteria never say it).
pub fn longer_phrases(text: &str) -> Vec<std::ops::Range<usize>> {
    if !text
        .as_bytes()
        .windows(6)
        .any(|w| w.eq_ignore_ascii_case(b"longer"))
    {
        return Vec::new();
    }
    LONGER_RE.find_iter(text)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Retention wording from the policies in `../shared/corpus/` (Spotify,
    /// Reddit), `policies/` and `examples/`, and criteria of the kind
    /// supervisory authorities give as workable, each labelled by hand:
    /// `true` when too generic to let a reader work out the period.
    const TABLE: &[(&str, bool)] = &[
        // Workable criteria: an event or a stated end.
        ("until you close your account", false),
        ("until your account is deleted", false),
        ("30 days after the end of the contract", false),
        ("until the 6-year limitation period ends", false),
        ("until the end of the limitation period for claims", false),
        ("deleted immediately after the age check is complete", false),
        ("search queries are deleted after 90 days", false),
        ("IP addresses are deleted after 100 days", false),
        ("when your account is deleted, this data is deleted or de-identified", false),
        ("until you delete them", false),
        ("until you stop syncing them", false),
        ("until you unsubscribe", false),
        ("for the duration of your subscription", false),
        ("until the warranty period ends", false),
        ("for 10 years after the purchase, as tax law requires", false),
        ("until you withdraw your consent", false),
        ("for the duration of the contract and 3 years after it ends", false),
        ("while your account is open", false),
        ("until the end of your browser session", false),
        ("until the dispute is resolved", false),
        // Too generic: a need, a purpose, a minimum, circumstances.
        ("as long as necessary for the purposes in this policy", true),
        ("for as long as it is necessary for the purposes for which we collected it", true),
        ("as long as needed to provide our services", true),
        ("for as long as your account is active or as needed to provide you services", true),
        ("at least 1 year after the account is terminated, and as long as needed for business and legal purposes", true),
        ("deleted or changed information may remain in backup files", true),
        ("we keep some data for a longer time period but for very limited purposes", true),
        ("data removed from the service may be kept for a limited period of time", true),
        ("archived for longer in certain circumstances", true),
        ("for as long as it is reasonably necessary", true),
        ("for business purposes", true),
        ("as long as we have a legitimate business need", true),
        ("as long as required by law", true),
        ("two years, or longer where the law allows", true),
        ("for a reasonable period after you leave", true),
        ("no longer than necessary", true),
        ("indefinitely", true),
        // Kept until the person removes it: an end the reader controls and so
        // can work out, like "until you delete them".
        ("we keep the information for as long as the user chooses", false),
        ("data you can see and update yourself: for as long as you choose", false),
        ("as long as we reasonably need it", true),
        ("for as long as is necessary to fulfil our obligations", true),
        ("in some circumstances we keep it longer", true),
        // Relevance as the measure, or a period named but never said (Expedia, LINE).
        ("for as long as it may be relevant to fulfil the purposes in this statement", true),
        ("unless the law requires or permits a longer period", true),
        // The same need, said as a period (Apple, ASUS).
        ("for the period necessary to fulfil the purposes outlined in this Privacy Policy, unless the law requires a longer period", true),
        ("unless a longer retention period is permitted by law", true),
        ("for the time needed to answer your request", true),
        ("for the period of the contract", false),
        // A business reason the reader cannot see (Vimeo).
        ("when we no longer have a business reason to keep data, we delete or anonymize it", true),
        ("deleted after we retain it for a given period of time", true),
        ("kept for a minimum period, then deleted automatically", true),
        ("until the relevant contract ends", false),
        // Kept "longer" with no end of its own (Le Chat), against an upper bound.
        ("until the appeal period ends; it may be kept longer for archiving", true),
        ("we may keep it longer where the law requires", true),
        ("some records are retained longer.", true),
        ("server logs are never kept longer than 30 days", false),
        ("we do not keep it longer than 12 months", false),
        ("for as long as it is required to fulfil the relevant purposes, as may be required (or permitted) by law, or as otherwise communicated to you", true),
        // Other languages (issue 23): the same need-only wording.
        ("Wir speichern Ihre Daten nur so lange, wie es für die Zwecke erforderlich ist", true),
        ("nur so lange, wie Telegram es braucht, um seine Verpflichtungen zu erfüllen", true),
        ("only for as long as we determine is necessary to achieve the purposes", true),
        ("Wir löschen die Daten nach 12 Monaten", false),
        ("solange dies zur Erfüllung des Vertrags notwendig ist", true),
        ("aussi longtemps que nécessaire", true),
        ("pendant la durée nécessaire aux finalités", true),
        ("durante el tiempo necesario para cumplir la finalidad", true),
        ("pelo tempo necessário para as finalidades", true),
        ("per il tempo strettamente necessario", true),
        ("zo lang als nodig is voor het doel", true),
        ("bis zur Löschung Ihres Kontos", false),
        ("jusqu'à la suppression de votre compte", false),
    ];

    #[test]
    fn criteria_are_told_from_generic_wording() {
        assert!(TABLE.len() >= 40);
        let wrong: Vec<&str> = TABLE
            .iter()
            .filter(|(text, generic)| is_generic(text) != *generic)
            .map(|(text, _)| *text)
            .collect();
        assert!(wrong.is_empty(), "misclassified: {wrong:#?}");
    }
}

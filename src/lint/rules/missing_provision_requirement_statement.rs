//! `missing-provision-requirement-statement`: documented in `docs/rules/missing-provision-requirement-statement.md`, which `policyc explain missing-provision-requirement-statement` prints.

use super::prelude::*;

/// The rule.
pub const RULE: Rule = Rule {
    id: "missing-provision-requirement-statement",
    default: Level::Info,
    applies: &[Family::Gdpr],
    doc: include_str!("../../../docs/rules/missing-provision-requirement-statement.md"),
    check,
};

/// Whether every occasion of collection is a choice the person makes to use
/// a feature or to write to the controller ("when you create a Story", "when
/// you contact us"): giving the data is then plainly optional. Creating an
/// account, signing up, signing in, buying or paying are not such choices:
/// what they ask for may be required.
fn only_by_choice(occasions: &[String]) -> bool {
    static CHOICE: prose::Pattern = prose::Pattern::new(r"(?i)^\s*(when|if|where)\s+you\b");
    !occasions.is_empty()
        && occasions
            .iter()
            .all(|o| CHOICE.is_match(o) && !required_step(o))
}

/// Whether an occasion is a step that may come with required data:
/// creating an account, signing up or in, subscribing, buying, paying, or
/// using the service at all.
fn required_step(occasion: &str) -> bool {
    static REQUIRED_STEP: prose::Pattern = prose::Pattern::new(
        r"(?i)\b(register|registering|registration|sign(ing)?[- ]?up|sign(ing)?[- ]?in|log(ging)?[- ]?in|account|subscribe|subscription|purchase|order|buy|buying|pay|payment|use\s+(the|our)\s+(service|services|site|app))\b",
    );
    REQUIRED_STEP.is_match(occasion)
}

/// Whether the category is what the person writes or makes when they use
/// the service (posts, comments, messages, chats, uploads, content, survey
/// answers, their profile's extras) or when they write to the controller
/// (communications, support requests): nobody must post or write, and the
/// category's name says so. Data named as that of an account, registration
/// or payment is not, nor a category one of whose occasions is a step that
/// may require data (signing up, buying: see [`only_by_choice`]).
fn made_by_the_person(d: &DataCategory) -> bool {
    static CONTENT: prose::Pattern = prose::Pattern::new(
        r"(?i)\b(posts?|posted|posting|comments?|messages?|chats?|conversations?|uploads?|uploaded|photos?|videos?|user[- ]generated|content|contents|surveys?|feedback|reviews?|profile|(what|contents?)\s+you\s+(enter|write|type)|communications?|contacting\s+us|correspondence|support\s+requests?|inquiries|enquiries|nachrichten|inhalte)\b",
    );
    static SIGN_UP: prose::Pattern = prose::Pattern::new(
        r"(?i)\b(account|registration|register|sign[- ]?up|billing|payment|identity|verification|contact\s+details)\b",
    );
    CONTENT.is_match(&d.label)
        && !SIGN_UP.is_match(&d.label)
        && d.collected.iter().all(|o| !required_step(o))
}

/// Whether the category is that of people applying for a job: applying is
/// the person's choice, and what an application must contain is asked for
/// by the application form or the recruitment notice given with it.
fn of_applicants(d: &DataCategory) -> bool {
    static APPLICANT: prose::Pattern = prose::Pattern::new(
        r"(?i)\b(job\s+applica\w*|applicants?|candidates?|recruit\w*|bewerb\w*)\b",
    );
    let only_applicants =
        !d.subjects.is_empty() && d.subjects.iter().all(|s| s.value == Subject::Applicants);
    only_applicants || APPLICANT.is_match(&d.label)
}

/// Prose that promises the answer where the data is asked for ("when we ask
/// for it we tell you whether you must give it and what happens if you do
/// not"): Art. 13(2)(e) is then met at the point of collection, which the
/// transparency guidelines accept (WP260 rev.01, the layered approach).
fn told_at_collection(cx: &Context<'_>) -> bool {
    static TOLD: prose::Pattern = prose::Pattern::new(
        r"(?i)\b(?:tell|inform|advise|notify|let)\b[^.;]*\bwhether\s+(?:you\s+(?:must|have\s+to|need\s+to|are\s+(?:required|obliged)\s+to)\s+(?:give|provide)|(?:the\s+)?provision\b[^.;]*\b(?:mandatory|required|obligatory|compulsory)|(?:it|this\s+information|the\s+information)\s+is\s+(?:mandatory|required|obligatory|compulsory|optional)|giving\s+(?:it|them|(?:the\s+|this\s+|your\s+)?(?:personal\s+)?(?:data|information))\s+is\s+(?:mandatory|required|obligatory|compulsory|optional))|\bwhether\s+giving\s+(?:it|them|(?:the\s+|this\s+|your\s+)?(?:personal\s+)?(?:data|information))\s+is\s+(?:mandatory|required|obligatory|compulsory|optional)\s+is\s+(?:told|said|stated|indicated|shown|explained)\b",
    );
    // Or the prose says it once for all data: what follows from not giving
    // required data, and from not giving the rest ("without the required
    // data you cannot use the product …; where giving data is optional,
    // features that depend on it will not work").
    static GENERAL: prose::Pattern = prose::Pattern::new(
        r"(?i)\bwithout\s+(?:the\s+)?(?:required|necessary|needed)\s+(?:personal\s+)?(?:data|information)\b[^.;]{0,60}\b(?:cannot|can't|will\s+not|won't|may\s+not|unable)\b|\bif\s+you\s+(?:choose\s+not\s+to|do\s+not|don't|decline\s+to|refuse\s+to)\s+(?:provide|give|share)\s+(?:the\s+)?(?:required|necessary)\s+(?:personal\s+)?(?:data|information)\b[^.;]{0,80}\b(?:cannot|can't|will\s+not\s+be\s+able|won't\s+be\s+able|may\s+not\s+be\s+able|unable|not\s+(?:be\s+)?able)\b",
    );
    !prose::find(cx.policy, &TOLD).is_empty()
        || !prose::find(cx.policy, &GENERAL).is_empty()
        || consequence_said(cx)
}

/// Prose that says, in one sentence, that data is needed (or giving it
/// voluntary) and what is lost without it ("providing data is voluntary, but
/// a reservation cannot be processed without your name"; "some information
/// is needed …: without an email address no account can be created"), or
/// what follows when the person does not give it ("where we need data for
/// the contract and you do not provide it, we cannot enter into it"). A
/// sentence about consent or cookies answers another question (Art. 7(4),
/// ePrivacy Art. 5(3)) and is not read.
fn consequence_said(cx: &Context<'_>) -> bool {
    static LOST_WITHOUT: prose::Pattern = prose::Pattern::new(
        r"(?i)\b(?:voluntary|optional|needed|needs?\s+it|required|necessary)\b[^.]{0,160}?\b(?:without\b[^.]{0,80}?\b(?:cannot|can't|can\s+not|unable|not\s+be\s+able|no\s+\w+\s+(?:can|could)\s+be)|(?:cannot|can't|unable\s+to|not\s+be\s+able\s+to)\b[^.]{0,80}?\bwithout)\b",
    );
    static NOT_GIVEN: prose::Pattern = prose::Pattern::new(
        r"(?i)\byou\s+(?:can\s+|may\s+|might\s+|are\s+free\s+to\s+)?(?:do\s+not|don't|choose\s+not\s+to|decline\s+to|refuse\s+to|fail\s+to)\s+(?:provide|give|supply)\s+(?:it|them|this|that|these|the|such|your|certain|some|any)\b[^.]{0,80}?\b(?:cannot|can't|unable|not\s+be\s+able|may\s+not|will\s+not|won't)\b|\byou\s+(?:do\s+not|don't|are\s+not|aren't)\s+(?:have|need|required|obliged)\s+to\s+(?:provide|give|supply)\b[^.]{0,100}?\b(?:cannot|can't|unable|not\s+be\s+able|may\s+not|will\s+not|won't)\b",
    );
    static OTHER_QUESTION: prose::Pattern = prose::Pattern::new(
        r"(?i)\b(?:consent\w*|cookies?|agree(?:s|d|ing)?|accept(?:s|ed|ing)?)\b",
    );
    prose::texts(cx.policy).iter().any(|t| {
        [&LOST_WITHOUT, &NOT_GIVEN].iter().any(|p| {
            p.find_iter(t.raw)
                .into_iter()
                .any(|r| !OTHER_QUESTION.is_match(sentence_around(t.raw, r)))
        })
    })
}

fn check(cx: &Context<'_>) -> Vec<Finding> {
    let found: Vec<Finding> = cx
        .policy
        .data
        .iter()
        // Data a third party collects under its own policy is not asked for
        // by the controller: the third party says whether it is required.
        .filter(|d| {
            d.provision.is_none()
                && d.provision_items.is_empty()
                && d.collected_by.is_none()
                && !only_by_choice(&d.collected)
                && !made_by_the_person(d)
                && !of_applicants(d)
                && d.sources.iter().any(|s| s.value == Source::Person)
        })
        .map(|d| {
            Finding::new(
                d.id.span,
                format!(
                    "the policy does not say whether giving `{}` is required",
                    d.id.value
                ),
                "statutory, contractual or optional?",
            )
            .help("add `required statutory`, `required contractual` or `required optional`")
        })
        .collect();
    // The prose is searched only when some category would be reported.
    if found.is_empty() || told_at_collection(cx) {
        return Vec::new();
    }
    found
}

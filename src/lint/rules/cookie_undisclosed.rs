//! `cookie-undisclosed`: documented in `docs/rules/cookie-undisclosed.md`, which `policyc explain cookie-undisclosed` prints.

use super::prelude::*;

/// The rule.
pub const RULE: Rule = Rule {
    id: "cookie-undisclosed",
    default: Level::Deny,
    applies: &[Family::Eprivacy, Family::Gdpr],
    doc: include_str!("../../../docs/rules/cookie-undisclosed.md"),
    check,
};

fn check(cx: &Context<'_>) -> Vec<Finding> {
    let mut found = cookie_undisclosed(cx);
    // A tracker declared only by its kind does not say whose it is: it is
    // mentioned, not disclosed. So is one whose provider is only "third
    // parties" or "partners", unless the words point to where they are
    // listed, or the cookie table has a row for the same providers (whose
    // missing names are cookie-missing-field's finding). A separate cookie
    // notice lists them all.
    let cookies = cx.policy.cookies.as_ref();
    let separate_notice = cookies.is_some_and(|c| c.notice.is_some());
    let row_for = |provider: &str| {
        cookies.iter().flat_map(|c| c.rows.iter()).any(|r| {
            r.provider
                .as_ref()
                .is_some_and(|p| p.value.trim().eq_ignore_ascii_case(provider.trim()))
        })
    };
    for t in cx.policy.trackers.iter().filter(|t| match &t.provider {
        None => !separate_notice,
        Some(p) => unnamed_third_parties(p) && !separate_notice && !row_for(p),
    }) {
        found.push(
            Finding::new(
                t.id.span,
                format!(
                    "the tracker `{}` is declared without saying whose it is",
                    t.id.value
                ),
                "no provider named",
            )
            .help("name who provides it: `provider \"…\"`, and the cookies or data it reads"),
        );
    }
    // What the table leaves out is one gap, however many trackers it concerns.
    one_finding(found)
}

/// Whether a provider's words leave the third parties unnamed ("Bluesky and
/// third parties that provide content"), with no pointer to a list of them.
fn unnamed_third_parties(provider: &str) -> bool {
    static UNNAMED: prose::Pattern = prose::Pattern::new(
        r"(?i)\b(third[- ]part(y|ies)|partners?|providers?|vendors?|other\s+companies|others)\b",
    );
    static LISTED: prose::Pattern = prose::Pattern::new(r"(?i)\b(listed|list|see)\b|https?://");
    UNNAMED.is_match(provider) && !LISTED.is_match(provider)
}

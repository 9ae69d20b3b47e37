//! `cookie-nonessential-without-consent`: documented in `docs/rules/cookie-nonessential-without-consent.md`, which `policyc explain cookie-nonessential-without-consent` prints.

use super::prelude::*;

/// The rule.
pub const RULE: Rule = Rule {
    id: "cookie-nonessential-without-consent",
    default: Level::Deny,
    applies: &[Family::Eprivacy],
    doc: include_str!("../../../docs/rules/cookie-nonessential-without-consent.md"),
    check,
};

fn check(cx: &Context<'_>) -> Vec<Finding> {
    let mut out = set_before_consent(cx);
    out.extend(declared_without_consent(cx));
    out
}

/// Cookies a scan saw before the consent button was clicked that are not
/// strictly necessary: as declared by the row that covers them, else as known.
fn set_before_consent(cx: &Context<'_>) -> Vec<Finding> {
    let rows: Vec<&Cookie> = cx
        .policy
        .cookies
        .iter()
        .flat_map(|c| c.rows.iter())
        .collect();
    let anchor = cx
        .policy
        .cookies
        .as_ref()
        .map_or_else(|| cx.policy_span(), |c| c.header_span);
    let mut out = Vec::new();
    for o in cx.observed.iter().filter(|o| o.before_consent) {
        let row = rows
            .iter()
            .find(|r| crate::cookies::row_covers(r, o))
            .copied();
        let known = cx.knowledge.lookup_in(
            &o.name,
            crate::cookies::Context {
                domain: Some(&o.domain),
                provider: None,
                third_party: o.third_party,
            },
        );
        let (category, whose) = match row.and_then(|r| effective_category(cx, r)) {
            Some(c) => (c, "declared".to_string()),
            None => match known {
                Some(k) => (
                    k.category,
                    format!("known as such to {}", cx.knowledge.vendor(k).name),
                ),
                None => continue,
            },
        };
        if !category.needs_consent() {
            continue;
        }
        let span = row.map_or(anchor, |r| r.name.span);
        // The same name on two domains: each message names its domain.
        let on = if cx
            .observed
            .iter()
            .any(|x| x.before_consent && x.name == o.name && x.domain != o.domain)
        {
            format!(" on {}", o.domain)
        } else {
            String::new()
        };
        out.push(
            Finding::new(
                span,
                format!(
                    "the site sets `{}`{on} ({category}, {whose}) before the visitor consents",
                    o.name
                ),
                "set before consent",
            )
            .help(format!(
                "{}, before the consent button was clicked; set it only after consent",
                o.evidence()
            )),
        );
    }
    out
}

fn declared_without_consent(cx: &Context<'_>) -> Vec<Finding> {
    let Some(table) = &cx.policy.cookies else {
        return Vec::new();
    };
    // Consent is asked where each regime of the rule applies: by a way
    // stated for places it covers (`consent banner for eea`).
    let asks = |j: Jurisdiction| {
        table.consent.iter().filter(|c| c.scope.covers(j)).any(|c| {
            c.value.iter().any(|m| {
                matches!(
                    m.value,
                    ConsentMechanism::Banner | ConsentMechanism::OptIn | ConsentMechanism::Checkbox
                )
            })
        })
    };
    if cx.regimes(Family::Eprivacy).into_iter().all(asks) {
        return Vec::new();
    }
    // A table that summarises a separate cookie notice (a layered notice),
    // and says nothing here of how consent is obtained, leaves consent to
    // that notice and the site: this text gives nothing to judge. A way it
    // does state (`consent browser-settings`) is still judged.
    if table.consent.is_empty() && table.notice.is_some() {
        return Vec::new();
    }
    // Nor does a table with no `consent` whose policy says in its words on
    // cookies that consent is asked before such cookies are set ("where the
    // law requires it, we ask for consent before placing optional
    // cookies"): the way is not named, but consent is not said to be missing.
    static ASKED_FIRST: prose::Pattern = prose::Pattern::new(
        r"(?i)\b(?:ask|asks|obtain|obtains|request|requests|seek|seeks|get|gets)\s+(?:for\s+)?(?:your\s+|the\s+(?:visitor|user)'?s?\s+)?consent\s+(?:before|prior\s+to)\s+(?:placing|setting|using|storing|reading|dropping|deploying)\b",
    );
    if table.consent.is_empty()
        && sections_on(cx.policy, Topic::Cookies).any(|(_, w)| ASKED_FIRST.is_match(w))
    {
        return Vec::new();
    }
    // A row whose own words say it is set only with consent ("only with
    // your consent", "if you have consented") states how consent is asked
    // for it.
    static WITH_CONSENT: prose::Pattern = prose::Pattern::new(
        r"(?i)\b(with|after|upon|once|if|when)\s+(you\s+(have\s+)?|your\s+|the\s+user'?s?\s+)?(prior\s+|explicit\s+)?(consent|consented|opt(ed)?[- ]in)\b",
    );
    let nonessential: Vec<&Cookie> = table
        .rows
        .iter()
        .filter(|r| effective_category(cx, r).is_some_and(CookieCategory::needs_consent))
        .filter(|r| {
            !r.purpose
                .as_ref()
                .is_some_and(|p| WITH_CONSENT.is_match(&p.value))
        })
        .collect();
    // Pixel tags, web beacons, SDKs and the like store or read information
    // on the device as cookies do (ePrivacy Art. 5(3); EDPB Guidelines
    // 2/2023 on its technical scope): one whose purpose is advertising,
    // analytics, measurement or knowing whether an e-mail was opened is
    // not strictly necessary either.
    static NOT_NECESSARY: prose::Pattern = prose::Pattern::new(
        r"(?i)\b(?:advertis\w*|ads?|marketing|analytics?|measur\w*|behaviou?r\w*|effectiveness|personali[sz]\w*|profil\w*|retarget\w*|interest-based|(?:whether|when)\s+(?:an?\s+|the\s+|your\s+)?e-?mails?\s+(?:was|were|is|are|has\s+been)\s+opened)\b",
    );
    let trackers: Vec<&Tracker> = cx
        .policy
        .trackers
        .iter()
        .filter(|t| {
            let words = [Some(t.label.as_str()), t.purpose.as_deref()];
            words.iter().flatten().any(|w| NOT_NECESSARY.is_match(w))
                && !words.iter().flatten().any(|w| WITH_CONSENT.is_match(w))
        })
        .collect();
    let first = match (nonessential.first(), trackers.first()) {
        (Some(r), _) => r.name.span,
        (None, Some(t)) => t.id.span,
        (None, None) => return Vec::new(),
    };
    let (span, label) = match table.consent.iter().flat_map(|c| c.value.iter()).next() {
        Some(m) => (m.span, format!("`{}` is not consent", m.value)),
        None => (
            table.header_span,
            "no `consent` for these cookies".to_string(),
        ),
    };
    let what = match (nonessential.len(), trackers.len()) {
        (n, 0) => count(n, "cookie"),
        (0, t) => count(t, "tracker"),
        (n, t) => format!("{} and {}", count(n, "cookie"), count(t, "tracker")),
    };
    let many = nonessential.len() + trackers.len() > 1;
    let mut f = Finding::new(span, format!("{what} that {} not strictly necessary {} set without asking for consent", if many { "are" } else { "is" }, if many { "are" } else { "is" }), label)
        .also(first, "not strictly necessary")
        .help("ask before setting analytics and marketing cookies: `consent banner` with accept and reject");
    for t in trackers.iter().filter(|t| t.id.span != first) {
        f = f.also(t.id.span, "not strictly necessary");
    }
    vec![f]
}

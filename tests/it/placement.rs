//! Where a finding points, and how the findings of one gap become one
//! (issue 23): a regulator writes one finding per gap, at the statement it
//! is about. Each case is a small policy whose lines are counted here.

use crate::rules::findings_of;

/// `(line, severity, message)` of each finding of `rule`.
fn found(rule: &str, text: &str) -> Vec<(usize, String, String)> {
    findings_of(rule, "placement.policy", text)
        .0
        .into_iter()
        .map(|d| {
            let line = d
                .primary
                .as_ref()
                .map_or(0, |l| d.file.line_col(l.span.start).0);
            (line, format!("{:?}", d.severity), d.message)
        })
        .collect()
}

fn lines(rule: &str, text: &str) -> Vec<usize> {
    found(rule, text).into_iter().map(|(l, _, _)| l).collect()
}

const HEADER: &str = "policy \"Privacy Policy\" {\n  updated 2026-07-01\n  jurisdictions ";

#[test]
fn a_right_missing_in_one_region_points_at_that_regions_list() {
    let text = format!(
        "{HEADER}gdpr, uk-gdpr, lgpd\n}}\n\
rights {{\n\
  right access, rectification, erasure, restriction, objection, portability \"EEA and UK rights\" for eea, uk\n\
  right complain \"Complain to your authority\" for eea\n\
  right confirm, access \"Confirmation and access\" for brazil\n\
  right rectification \"Correction\" for brazil\n\
  right anonymisation, erasure \"Anonymisation, blocking or erasure\" for brazil\n\
  right portability \"Portability\" for brazil\n\
  request-via \"privacy@example.com\"\n\
}}\n"
    );
    // Line 7 is the EEA complaint to extend to the UK; line 8 starts Brazil's list.
    assert_eq!(
        found("missing-right-to-complain", &text),
        [
            (
                7,
                "Error".to_string(),
                "the right to complain to a supervisory authority is not offered in the UK"
                    .to_string()
            ),
            (
                8,
                "Error".to_string(),
                "the right to complain to a supervisory authority is not offered in Brazil"
                    .to_string()
            ),
        ]
    );
    // Blocking (in `anonymisation`) is the LGPD's restriction; objection is missing.
    assert_eq!(
        found("missing-data-subject-right", &text),
        [(
            8,
            "Error".to_string(),
            "the right to object (Art. 21) is not offered in Brazil".to_string()
        )]
    );
}

#[test]
fn missing_california_rights_are_one_finding_at_the_california_list() {
    let text = format!(
        "{HEADER}gdpr, ccpa, us-states\n}}\n\
rights {{\n\
  right access, rectification, erasure, restriction, objection, portability \"Your rights\" for eea\n\
  right know \"Know what we hold\" for california, us-states\n\
  request-via \"privacy@example.com\"\n\
}}\n\
sells-data no \"We do not sell.\"\n\
shares-data no \"We do not share.\"\n"
    );
    assert_eq!(
        found("ccpa-missing-consumer-rights", &text),
        [(
            7,
            "Error".to_string(),
            "the California rights to delete (1798.105), correct (1798.106) and non-discrimination (1798.125) are not described".to_string()
        )]
    );
    assert_eq!(lines("appeal-process-not-described", &text), [7]);
}

#[test]
fn a_missing_sale_answer_points_at_the_other_answer_or_the_ad_partners() {
    let with_sells = format!("{HEADER}ccpa\n}}\nsells-data no \"We do not sell.\"\n");
    assert_eq!(
        lines("ccpa-missing-do-not-sell-statement", &with_sells),
        [5]
    );
    // Neither answer: at the advertising partners, not at the processor that also markets.
    let neither = format!(
        "{HEADER}ccpa\n}}\n\
recipient vendors \"Service providers\" {{\n  role processor\n  purpose \"hosting and marketing support\"\n}}\n\
recipient ads \"Advertising partners\" {{\n  purpose \"showing you ads on other sites\"\n}}\n"
    );
    let all = found("ccpa-missing-do-not-sell-statement", &neither);
    assert_eq!(all.len(), 1, "one gap, one finding: {all:?}");
    assert_eq!(all[0].0, 9);
    assert!(
        all[0].2.contains("sells") && all[0].2.contains("shares"),
        "{all:?}"
    );
}

#[test]
fn statements_are_pointed_at_not_their_blocks() {
    let changes = format!(
        "{HEADER}gdpr\n}}\n\
changes {{\n  notify-by posting, email \"We post the new policy; if we decide a change is material, we may e-mail you.\"\n}}\n"
    );
    assert_eq!(lines("changes-only-posted", &changes), [6]);
    let verification = format!(
        "{HEADER}ccpa\n}}\n\
rights {{\n  right know, delete \"Ask\"\n  request-via \"privacy@example.com\"\n  verifies-identity yes \"Without an account we cannot verify your request and will not process it.\"\n}}\n"
    );
    assert_eq!(
        lines("verification-refuses-non-account-holders", &verification),
        [8]
    );
    let dnt = format!(
        "{HEADER}caloppa\n}}\n\
section dnt \"Signals\" {{\n  text \"\"\"\n    Browsers may send a Do Not Track signal.\n  \"\"\"\n}}\n"
    );
    assert_eq!(lines("caloppa-missing-dnt-disclosure", &dnt), [7]);
}

#[test]
fn a_vague_destination_beside_a_safeguard_is_a_warning() {
    let transfer = |safeguard: &str| {
        format!("{HEADER}gdpr\n}}\ntransfer abroad \"Transfers\" {{\n  to us, \"various countries\"\n  safeguard {safeguard}\n}}\n")
    };
    let sccs = found("transfer-without-safeguard", &transfer("sccs"));
    assert_eq!(sccs.len(), 1, "{sccs:?}");
    assert_eq!(sccs[0].1, "Warning");
    let none = found("transfer-without-safeguard", &transfer("none"));
    // The missing safeguard and the vague destination are one statement's gap: one finding, an error.
    assert_eq!(none.len(), 1, "{none:?}");
    assert_eq!(none[0].1, "Error");
}

#[test]
fn findings_of_one_rule_with_one_fix_are_one() {
    // Three invalid grounds, one fix: one finding naming each.
    let text = format!(
        "{HEADER}gdpr\n}}\n\
basis a \"A\" {{\n  ground \"it is necessary\"\n}}\n\
basis b \"B\" {{\n  ground \"legitimate business purposes\"\n}}\n"
    );
    let all = found("legal-basis-invalid", &text);
    assert_eq!(all.len(), 1, "{all:?}");
    assert_eq!(
        all[0].2,
        "“it is necessary” is not a legal basis of GDPR Art. 6(1); the same holds for “legitimate business purposes”"
    );
    // Everything a cookie table leaves out is one finding, and without a table it says so.
    let undisclosed = format!(
        "{HEADER}gdpr, eprivacy\n}}\n\
section ads \"Ads\" {{\n  text \"\"\"\n    Third-party vendors serve ads using web beacons.\n  \"\"\"\n}}\n\
tracker px \"Pixel tags\" {{\n  kind pixel\n}}\n"
    );
    let all = found("cookie-undisclosed", &undisclosed);
    assert_eq!(all.len(), 1, "{all:?}");
    assert!(
        all[0]
            .2
            .contains("the policy declares no cookie for marketing"),
        "{all:?}"
    );
    assert!(
        all[0]
            .2
            .contains("the tracker `px` is declared without saying whose it is"),
        "{all:?}"
    );
    assert!(!all[0].2.contains("the cookie table"), "{all:?}");
}

#[test]
fn a_necessary_cookie_without_lifetime_is_a_warning() {
    let table = |category: &str| {
        format!(
            "{HEADER}gdpr, eprivacy\n}}\n\
cookies {{\n  consent banner\n\n  | name | provider | party | category | lifetime | purpose |\n  | c    | Shop     | first | {category} |  | Does something |\n}}\n"
        )
    };
    let necessary = found("cookie-missing-field", &table("necessary"));
    assert_eq!(necessary.len(), 1, "{necessary:?}");
    assert_eq!(necessary[0].1, "Warning");
    let analytics = found("cookie-missing-field", &table("analytics"));
    assert_eq!(analytics.len(), 1, "{analytics:?}");
    assert_eq!(analytics[0].1, "Error");
}

#[test]
fn consent_by_use_for_a_transfer_is_an_error() {
    let transfer = format!(
        "{HEADER}gdpr\n}}\n\
transfer abroad \"Transfers\" {{\n  to us\n  safeguard derogation\n  derogation consent\n  statement \"By using the site, you agree to the transfer.\"\n}}\n"
    );
    let all = found("consent-by-continued-use", &transfer);
    assert_eq!(all.len(), 1, "{all:?}");
    assert_eq!(all[0].1, "Error");
    let changes = format!(
        "{HEADER}gdpr\n}}\nchanges {{\n  notify-by email\n  continued-use-is-consent yes\n}}\n"
    );
    let all = found("consent-by-continued-use", &changes);
    assert_eq!(all.len(), 1, "{all:?}");
    assert_eq!(all[0].1, "Warning");
}

#[test]
fn a_category_under_a_general_criterion_lacks_a_period_of_its_own() {
    let text = |general: &str| {
        format!("{HEADER}ccpa\n}}\n{general}\ndata contact \"Contact details\" {{\n  ccpa-category identifiers\n}}\n")
    };
    assert_eq!(
        found(
            "missing-retention-period",
            &text("retention \"as long as your account is open\"\n")
        ),
        [(
            7,
            "Error".to_string(),
            "the policy gives `contact` no retention period of its own, only the general criterion"
                .to_string()
        )]
    );
    assert_eq!(
        found("missing-retention-period", &text("")),
        [(
            6,
            "Error".to_string(),
            "the policy does not say how long `contact` is kept".to_string()
        )]
    );
}

#[test]
fn a_recipient_abroad_needs_a_transfer() {
    let recipient = |transfer: &str| {
        format!(
            "{HEADER}gdpr\n}}\n\
recipient mailer \"Mailer\" {{\n  location us, \"the European Union\"\n  purpose \"mail\"\n}}\n{transfer}"
        )
    };
    assert_eq!(
        found("transfer-without-safeguard", &recipient("")),
        [(
            6,
            "Error".to_string(),
            "the recipient `mailer` is in `us`, but no transfer there is declared".to_string()
        )]
    );
    assert!(found(
        "transfer-without-safeguard",
        &recipient("transfer t \"T\" {\n  to us\n  safeguard sccs\n}\n")
    )
    .is_empty());
}

//! Facts stated for some places only (`for eea, uk`) are judged per regime:
//! each case that must fire sits next to a near miss that must not.

use crate::rules::findings_of;

fn policy(jurisdictions: &str, body: &str) -> String {
    format!(
        "policy \"Privacy Policy\" {{\n  updated 2026-07-01\n  jurisdictions {jurisdictions}\n}}\n\n\
         controller \"Example Ltd\" {{\n  address \"1 Main Street, Dublin, Ireland\"\n  email \"privacy@example.com\"\n  country ie\n}}\n\n{body}\n"
    )
}

fn messages(rule: &str, text: &str) -> Vec<String> {
    findings_of(rule, "regional.policy", text)
        .0
        .into_iter()
        .map(|d| d.message)
        .collect()
}

#[test]
fn a_basis_for_the_eea_only_leaves_the_uk_without_one() {
    let purpose = |scope: &str| {
        policy(
            "gdpr, uk-gdpr",
            &format!("data contact \"Contact details\"\n\npurpose support \"Answering you\" {{\n  uses contact\n  basis contract {scope}\n}}"),
        )
    };
    let rule = "purpose-without-legal-basis";
    assert_eq!(
        messages(rule, &purpose("for eea")),
        ["the purpose `support` states a legal basis for some places, but none for the UK"]
    );
    assert!(messages(rule, &purpose("for eea, uk")).is_empty());
    assert!(messages(rule, &purpose("")).is_empty());
    // LGPD Art. 9 does not ask for the basis: a European-only basis is not a Brazilian finding.
    let brazil = policy(
        "gdpr, lgpd",
        "data contact \"Contact details\"\n\npurpose support \"Answering you\" {\n  uses contact\n  basis contract for eea\n}",
    );
    assert!(messages(rule, &brazil).is_empty());
}

#[test]
fn an_automated_decision_answer_for_one_region_answers_the_question() {
    // Art. 13(2)(f) bites only where such decisions are made; an answer in
    // a regional section addresses it (issue 23), and silence is advised on.
    let rule = "missing-automated-decision-statement";
    // Profiling is stated, so the question arises.
    let profiling =
        "purpose ads \"Showing you ads based on your interests\" {\n  basis consent\n}\n";
    let text = |scope: &str| {
        policy(
            "gdpr, uk-gdpr, ccpa",
            &format!("{profiling}automated-decisions no \"We make no such decisions.\" {scope}"),
        )
    };
    assert!(messages(rule, &text("for us")).is_empty());
    assert!(messages(rule, &text("for eea")).is_empty());
    assert!(messages(rule, &text("")).is_empty());
    assert_eq!(
        messages(rule, &policy("gdpr, uk-gdpr, ccpa", profiling)),
        ["the policy does not say whether decisions are made by automated means"]
    );
}

#[test]
fn minimum_ages_for_different_places_do_not_contradict() {
    let rule = "children-age-threshold-inconsistent";
    let text = |second: &str| {
        policy(
            "gdpr",
            &format!("children {{\n  minimum-age 13\n  minimum-age 16{second}\n}}"),
        )
    };
    assert!(messages(rule, &text(" for eea")).is_empty());
    assert_eq!(
        messages(rule, &text("")),
        ["the policy states more than one minimum age"]
    );
}

#[test]
fn an_eea_controller_needs_no_eu_representative() {
    let rule = "missing-eu-representative";
    // Beside a regional controller, the US one is the controller `for elsewhere`.
    let text = |regional: &str| {
        let scope = if regional.is_empty() {
            ""
        } else {
            " for elsewhere"
        };
        format!(
            "policy \"Privacy Policy\" {{\n  updated 2026-07-01\n  jurisdictions gdpr\n}}\n\ncontroller \"Example, Inc.\"{scope} {{\n  address \"1 Market Street, San Francisco, USA\"\n  country us\n}}\n\n{regional}"
        )
    };
    assert!(messages(
        rule,
        &text("controller \"Example B.V.\" for eea {\n  address \"Keizersgracht 1, Amsterdam\"\n  country nl\n}\n")
    )
    .is_empty());
    assert_eq!(
        messages(rule, &text("")),
        ["the controller is established outside the EU but names no representative there"]
    );
    // A controller for California only does not speak for the EEA.
    assert_eq!(
        messages(
            rule,
            &text("controller \"Example B.V.\" for california {\n  country nl\n}\n")
        ),
        ["the controller is established outside the EU but names no representative there"]
    );
}

#[test]
fn a_sale_answer_for_the_eea_is_no_answer_for_california() {
    let rule = "ccpa-missing-do-not-sell-statement";
    let text = |scope: &str| {
        policy(
            "ccpa",
            &format!(
                "sells-data no \"We sell nothing.\" {scope}\nshares-data no \"We share nothing.\""
            ),
        )
    };
    assert_eq!(
        messages(rule, &text("for eea")),
        ["the policy does not say whether it sells personal information"]
    );
    assert!(messages(rule, &text("for california")).is_empty());
    assert!(messages(rule, &text("for us")).is_empty());
}

#[test]
fn a_statement_that_takes_no_region_says_which_do() {
    let text = policy("gdpr", "tracker pixel \"A pixel\" for eea");
    let compiled = policyc::compile_str("regional.policy", &text);
    let messages: Vec<_> = compiled.errors.iter().map(|d| d.message.as_str()).collect();
    assert_eq!(messages, ["`tracker` cannot be limited to a region"]);
    let help = compiled.errors[0].help.as_deref().unwrap_or_default();
    assert!(
        help.contains("`controller`") && help.contains("`automated-decisions`"),
        "{help}"
    );
    // Stated twice for the same places is an error; for different places it is not.
    let twice = policy(
        "gdpr",
        "automated-decisions no for eea\nautomated-decisions yes \"We score applications.\" for eea",
    );
    let compiled = policyc::compile_str("regional.policy", &twice);
    assert_eq!(compiled.errors.len(), 1);
    assert_eq!(
        compiled.errors[0].message,
        "`automated-decisions` is stated twice for the EEA in this file"
    );
    let apart = policy(
        "gdpr",
        "automated-decisions no for eea\nautomated-decisions yes \"We score applications.\" for us",
    );
    assert!(policyc::compile_str("regional.policy", &apart)
        .errors
        .is_empty());
}

#[test]
fn the_7027m_statement_answers_for_the_right_to_limit_where_it_holds() {
    let rule = "ccpa-sensitive-pi-without-limit-notice";
    let text = |statement: &str| {
        policy(
            "ccpa",
            &format!("data location \"Precise location\" {{\n  sensitive precise-geolocation\n}}\n\n{statement}"),
        )
    };
    let words = "\"We use sensitive personal information only to provide the service.\"";
    assert!(messages(
        rule,
        &text(&format!("limits-sensitive-use yes {words} for us"))
    )
    .is_empty());
    assert!(messages(rule, &text(&format!("limits-sensitive-use yes {words}"))).is_empty());
    // Said for Europe only, or answered no: the right to limit is still due.
    assert_eq!(
        messages(
            rule,
            &text(&format!("limits-sensitive-use yes {words} for eea"))
        )
        .len(),
        1
    );
    assert_eq!(messages(rule, &text("limits-sensitive-use no")).len(), 1);
    assert_eq!(messages(rule, &text("")).len(), 1);
}

#[test]
fn data_of_one_basis_must_be_among_the_purposes_bases_and_data() {
    let text = |only: &str| {
        policy(
            "gdpr",
            &format!("data account \"Account\"\ndata photos \"Photos\"\n\npurpose ads \"Showing ads\" {{\n  uses account, photos\n  basis consent or legitimate-interests\n  {only}\n}}"),
        )
    };
    let errors = |only: &str| -> Vec<String> {
        policyc::compile_str("basis-data.policy", &text(only))
            .errors
            .into_iter()
            .map(|d| d.message)
            .collect()
    };
    assert!(errors("only-with consent photos").is_empty());
    assert_eq!(
        errors("only-with contract photos"),
        ["`contract` is not one of this purpose's bases"]
    );
    assert_eq!(
        errors("only-with consent contacts"),
        ["`contacts` is not among the data this purpose uses"]
    );
    assert_eq!(errors("only-with consent").len(), 1);
}

#[test]
fn a_transfer_stated_for_brazil_is_not_judged_by_the_gdpr() {
    let rule = "transfer-without-safeguard";
    let text = |scope: &str| {
        policy(
            "gdpr, lgpd",
            &format!("transfer abroad \"Transfers outside Brazil\" {scope}{{\n  to us\n}}"),
        )
    };
    assert!(messages(rule, &text("for brazil ")).is_empty());
    assert_eq!(
        messages(rule, &text("")),
        ["the transfer `abroad` names no safeguard"]
    );
    assert_eq!(messages(rule, &text("for eea ")).len(), 1);
}

#[test]
fn a_general_retention_rule_for_europe_says_nothing_for_brazil() {
    let rule = "missing-retention-period";
    let text = |scope: &str| {
        policy(
            "lgpd",
            &format!("retention \"until you close your account\" {scope}\n\ndata contact \"Contact details\""),
        )
    };
    assert!(messages(rule, &text("")).is_empty());
    assert!(messages(rule, &text("for brazil")).is_empty());
    assert_eq!(messages(rule, &text("for eea")).len(), 1);
}

/// "3 years in the US, 2 years everywhere else": each rule is shown with its
/// place, so a reader in the US is never told the 2-year rule holds for them,
/// and two rules for the same place do not compile.
#[test]
fn complementary_rules_are_shown_each_with_its_place() {
    let text = policy(
        "gdpr, ccpa",
        "data messages \"Messages\" {\n  source person\n  retention 3 years for us\n  retention 2 years for elsewhere\n}\n",
    );
    let compiled = policyc::compile_str("regional.policy", &text);
    assert!(compiled.errors.is_empty(), "{:?}", compiled.errors);
    let templates = policyc::render::Templates::load(None).unwrap();
    let md =
        policyc::render::markdown(compiled.policy.as_ref().unwrap(), &templates, false).unwrap();
    let row = md
        .lines()
        .find(|l| l.starts_with("| [Messages]"))
        .expect("the retention row");
    assert!(
        row.contains("3 years if you live in the United States; 2 years if you live in a place other than the United States"),
        "{row}"
    );
    // Without `elsewhere`, the rule for everywhere would also hold in the US.
    let overlapping = text.replace(" for elsewhere", "");
    let compiled = policyc::compile_str("regional.policy", &overlapping);
    let messages: Vec<&str> = compiled.errors.iter().map(|d| d.message.as_str()).collect();
    assert_eq!(
        messages,
        ["`retention` is stated twice for the United States in this block"]
    );
}

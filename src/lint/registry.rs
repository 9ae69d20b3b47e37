//! The registry: every rule, in the order `policyc rules` lists them.
//! Ids are stable; a rule is never renamed, only removed with a note in the changelog.

use super::rules;
use super::Rule;
use crate::model::Topic;

/// Every rule.
pub static RULES: &[Rule] = &[
    rules::missing_controller_identity::RULE,
    rules::missing_controller_contact::RULE,
    rules::missing_eu_representative::RULE,
    rules::missing_dpo_contact::RULE,
    rules::dpo_contact_is_general_inbox::RULE,
    rules::dpo_not_designated::RULE,
    rules::dpo_not_identified::RULE,
    rules::purpose_without_legal_basis::RULE,
    rules::purpose_not_specified::RULE,
    rules::legal_basis_invalid::RULE,
    rules::contract_basis_for_analytics_or_ads::RULE,
    rules::basis_covers_unlinked::RULE,
    rules::alternative_bases_without_condition::RULE,
    rules::legitimate_interests_for_behavioural_advertising::RULE,
    rules::public_task_basis_without_law::RULE,
    rules::legitimate_interest_not_described::RULE,
    rules::data_category_without_purpose::RULE,
    rules::consent_basis_without_withdrawal_right::RULE,
    rules::bundled_consent::RULE,
    rules::consent_by_continued_use::RULE,
    rules::consent_conditional_on_service::RULE,
    rules::special_category_without_art9_condition::RULE,
    rules::objection_right_not_presented_separately::RULE,
    rules::missing_automated_decision_statement::RULE,
    rules::missing_provision_requirement_statement::RULE,
    rules::missing_source_for_indirect_data::RULE,
    rules::embedded_content_responsibility_disclaimed::RULE,
    rules::missing_recipients::RULE,
    rules::recipient_without_purpose::RULE,
    rules::transfer_without_safeguard::RULE,
    rules::fadp_transfer_destinations_not_named::RULE,
    rules::transfer_safeguard_copy_missing::RULE,
    rules::transfer_relies_on_consent_derogation::RULE,
    rules::transfer_relies_on_invalidated_privacy_shield::RULE,
    rules::missing_retention_period::RULE,
    rules::retention_open_ended::RULE,
    rules::missing_data_subject_right::RULE,
    rules::rights_hedged_to_unnamed_jurisdictions::RULE,
    rules::missing_right_to_complain::RULE,
    rules::complaint_authority_unnamed::RULE,
    rules::missing_rights_request_method::RULE,
    rules::appeal_process_not_described::RULE,
    rules::verification_refuses_non_account_holders::RULE,
    rules::ccpa_missing_pi_categories::RULE,
    rules::ccpa_missing_consumer_rights::RULE,
    rules::ccpa_missing_do_not_sell_statement::RULE,
    rules::ccpa_sale_share_inconsistent::RULE,
    rules::ccpa_sensitive_pi_without_limit_notice::RULE,
    rules::ccpa_financial_incentive_notice_missing::RULE,
    rules::missing_effective_date::RULE,
    rules::policy_stale::RULE,
    rules::caloppa_missing_dnt_disclosure::RULE,
    rules::dnt_statement_hedged::RULE,
    rules::gpc_statement_hedged::RULE,
    rules::gpc_account_scope_not_explained::RULE,
    rules::ccpa_opt_out_preference_signal_not_described::RULE,
    rules::ccpa_request_process_incomplete::RULE,
    rules::caloppa_missing_third_party_tracking::RULE,
    rules::missing_change_notification_process::RULE,
    rules::changes_only_posted::RULE,
    rules::cookie_missing_field::RULE,
    rules::cookie_lifetime_exceeds_13_months::RULE,
    rules::cookie_nonessential_without_consent::RULE,
    rules::cookie_purpose_generic::RULE,
    rules::prose_contradicts_declaration::RULE,
    rules::children_age_threshold_inconsistent::RULE,
    rules::gdpr_child_consent_age_not_addressed::RULE,
    rules::coppa_notice_incomplete::RULE,
    rules::cookie_lifetime_mismatch::RULE,
    rules::cookie_category_mismatch::RULE,
    rules::cookie_party_mismatch::RULE,
    rules::cookie_undisclosed::RULE,
    rules::third_party_cookies_disclaimed::RULE,
    rules::cookie_not_observed::RULE,
    rules::translation_missing::RULE,
    rules::translation_stale::RULE,
];

/// The rules that report something the notice must contain and does not,
/// with the topic it belongs to. Where a `section` of that topic says the
/// rest is on a page of its own (`continues-at`), a layered notice (WP260
/// rev.01 para. 35-38; for the CCPA, 11 CCR 7011(a) lets the privacy policy
/// link its parts), the rule leaves the section's places to that page: what
/// the page says is judged there, not here.
pub static LEFT_TO_A_PAGE: &[(&str, Topic)] = &[
    ("missing-controller-identity", Topic::Controller),
    ("missing-controller-contact", Topic::Controller),
    ("missing-eu-representative", Topic::Controller),
    ("missing-dpo-contact", Topic::Controller),
    ("dpo-not-designated", Topic::Controller),
    ("dpo-not-identified", Topic::Controller),
    ("purpose-without-legal-basis", Topic::Purposes),
    ("basis-covers-unlinked", Topic::Purposes),
    ("legitimate-interest-not-described", Topic::Purposes),
    ("missing-automated-decision-statement", Topic::Purposes),
    ("special-category-without-art9-condition", Topic::Purposes),
    ("missing-provision-requirement-statement", Topic::Data),
    ("missing-source-for-indirect-data", Topic::Data),
    ("missing-recipients", Topic::Recipients),
    ("transfer-without-safeguard", Topic::Transfers),
    ("transfer-safeguard-copy-missing", Topic::Transfers),
    ("fadp-transfer-destinations-not-named", Topic::Transfers),
    ("missing-retention-period", Topic::Retention),
    ("missing-data-subject-right", Topic::Rights),
    ("missing-right-to-complain", Topic::Rights),
    ("complaint-authority-unnamed", Topic::Rights),
    ("missing-rights-request-method", Topic::Rights),
    ("consent-basis-without-withdrawal-right", Topic::Rights),
    ("rights-hedged-to-unnamed-jurisdictions", Topic::Rights),
    ("ccpa-missing-pi-categories", Topic::California),
    ("ccpa-missing-consumer-rights", Topic::California),
    ("ccpa-missing-do-not-sell-statement", Topic::California),
    ("ccpa-sensitive-pi-without-limit-notice", Topic::California),
    (
        "ccpa-opt-out-preference-signal-not-described",
        Topic::California,
    ),
    ("ccpa-request-process-incomplete", Topic::California),
    ("appeal-process-not-described", Topic::California),
    ("gdpr-child-consent-age-not-addressed", Topic::Children),
    ("coppa-notice-incomplete", Topic::Children),
    ("caloppa-missing-dnt-disclosure", Topic::DoNotTrack),
    ("missing-change-notification-process", Topic::Changes),
];

/// The topic a rule leaves to a page of its own, if it is one of
/// [`LEFT_TO_A_PAGE`].
pub fn left_to_a_page(id: &str) -> Option<Topic> {
    LEFT_TO_A_PAGE
        .iter()
        .find(|(rule, _)| *rule == id)
        .map(|(_, t)| *t)
}

/// The rule with this id.
pub fn find(id: &str) -> Option<&'static Rule> {
    RULES.iter().find(|r| r.id == id)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A misspelt id in the table would leave its rule judging every place,
    /// silently; and each rule left to a page says so in its doc.
    #[test]
    fn every_rule_left_to_a_page_exists_and_its_doc_says_so() {
        for (id, topic) in LEFT_TO_A_PAGE {
            let rule = find(id).unwrap_or_else(|| panic!("{id} is no rule"));
            let said = format!("`topic {topic}`");
            assert!(
                rule.doc.contains("continues-at") && rule.doc.contains(&said),
                "{id}'s doc does not say it leaves {said} to a page of its own"
            );
        }
    }
}

//! The registry: every rule, in the order `policyc rules` lists them.
//! Ids are stable; a rule is never renamed, only removed with a note in the changelog.

use super::rules;
use super::Rule;

/// Every rule.
pub static RULES: &[Rule] = &[
    rules::missing_controller_identity::RULE,
    rules::missing_controller_contact::RULE,
    rules::missing_eu_representative::RULE,
    rules::missing_dpo_contact::RULE,
    rules::dpo_contact_is_general_inbox::RULE,
    rules::dpo_not_identified::RULE,
    rules::purpose_without_legal_basis::RULE,
    rules::legal_basis_invalid::RULE,
    rules::contract_basis_for_analytics_or_ads::RULE,
    rules::basis_covers_unlinked::RULE,
    rules::alternative_bases_without_condition::RULE,
    rules::legitimate_interest_not_described::RULE,
    rules::data_category_without_purpose::RULE,
    rules::consent_basis_without_withdrawal_right::RULE,
    rules::bundled_consent::RULE,
    rules::consent_by_continued_use::RULE,
    rules::special_category_without_art9_condition::RULE,
    rules::objection_right_not_presented_separately::RULE,
    rules::missing_automated_decision_statement::RULE,
    rules::missing_provision_requirement_statement::RULE,
    rules::missing_source_for_indirect_data::RULE,
    rules::missing_recipients::RULE,
    rules::recipient_without_purpose::RULE,
    rules::transfer_without_safeguard::RULE,
    rules::transfer_safeguard_copy_missing::RULE,
    rules::transfer_relies_on_consent_derogation::RULE,
    rules::missing_retention_period::RULE,
    rules::retention_open_ended::RULE,
    rules::missing_data_subject_right::RULE,
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
    rules::missing_effective_date::RULE,
    rules::policy_stale::RULE,
    rules::caloppa_missing_dnt_disclosure::RULE,
    rules::dnt_statement_hedged::RULE,
    rules::gpc_statement_hedged::RULE,
    rules::ccpa_opt_out_preference_signal_not_described::RULE,
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
    rules::cookie_undisclosed::RULE,
    rules::cookie_not_observed::RULE,
];

/// The rule with this id.
pub fn find(id: &str) -> Option<&'static Rule> {
    RULES.iter().find(|r| r.id == id)
}

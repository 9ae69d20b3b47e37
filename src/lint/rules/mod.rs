//! One file per rule. Each defines `RULE`; [`super::registry`] lists them.

/// Words that speak of profiling, as a regex fragment for `concat!`: the
/// word itself, or a profile built of someone or for ads ("building
/// interest profiles", "an advertising profile"). A person's profile on the
/// service (a page of their own) is no profiling.
macro_rules! profiling_re {
    () => {
        r"profiling|profiled|(?:advertising|interest|behaviou?ral|marketing|consumer)\s+profiles?|(?:build\w*|creat\w*|compil\w*)\s+(?:an?\s+)?(?:\w+\s+)?profiles?"
    };
}

mod support;

pub mod alternative_bases_without_condition;
pub mod appeal_process_not_described;
pub mod basis_covers_unlinked;
pub mod bundled_consent;
pub mod caloppa_missing_dnt_disclosure;
pub mod caloppa_missing_third_party_tracking;
pub mod ccpa_financial_incentive_notice_missing;
pub mod ccpa_missing_consumer_rights;
pub mod ccpa_missing_do_not_sell_statement;
pub mod ccpa_missing_pi_categories;
pub mod ccpa_opt_out_preference_signal_not_described;
pub mod ccpa_request_process_incomplete;
pub mod ccpa_sale_share_inconsistent;
pub mod ccpa_sensitive_pi_without_limit_notice;
pub mod changes_only_posted;
pub mod children_age_threshold_inconsistent;
pub mod complaint_authority_unnamed;
pub mod consent_basis_without_withdrawal_right;
pub mod consent_by_continued_use;
pub mod consent_conditional_on_service;
pub mod contract_basis_for_analytics_or_ads;
pub mod cookie_category_mismatch;
pub mod cookie_lifetime_exceeds_13_months;
pub mod cookie_lifetime_mismatch;
pub mod cookie_missing_field;
pub mod cookie_nonessential_without_consent;
pub mod cookie_not_observed;
pub mod cookie_party_mismatch;
pub mod cookie_purpose_generic;
pub mod cookie_undisclosed;
pub mod coppa_notice_incomplete;
pub mod data_category_without_purpose;
pub mod dnt_statement_hedged;
pub mod dpo_contact_is_general_inbox;
pub mod dpo_not_designated;
pub mod dpo_not_identified;
pub mod embedded_content_responsibility_disclaimed;
pub mod fadp_transfer_destinations_not_named;
pub mod gdpr_child_consent_age_not_addressed;
pub mod gpc_account_scope_not_explained;
pub mod gpc_statement_hedged;
pub mod legal_basis_invalid;
pub mod legitimate_interest_not_described;
pub mod legitimate_interests_for_behavioural_advertising;
pub mod missing_automated_decision_statement;
pub mod missing_change_notification_process;
pub mod missing_controller_contact;
pub mod missing_controller_identity;
pub mod missing_data_subject_right;
pub mod missing_dpo_contact;
pub mod missing_effective_date;
pub mod missing_eu_representative;
pub mod missing_provision_requirement_statement;
pub mod missing_recipients;
pub mod missing_retention_period;
pub mod missing_right_to_complain;
pub mod missing_rights_request_method;
pub mod missing_source_for_indirect_data;
pub mod objection_right_not_presented_separately;
pub mod policy_stale;
pub mod prose_contradicts_declaration;
pub mod public_task_basis_without_law;
pub mod purpose_not_specified;
pub mod purpose_without_legal_basis;
pub mod recipient_without_purpose;
pub mod retention_open_ended;
pub mod rights_hedged_to_unnamed_jurisdictions;
pub mod special_category_without_art9_condition;
pub mod third_party_cookies_disclaimed;
pub mod transfer_relies_on_consent_derogation;
pub mod transfer_relies_on_invalidated_privacy_shield;
pub mod transfer_safeguard_copy_missing;
pub mod transfer_without_safeguard;
pub mod translation_missing;
pub mod translation_stale;
pub mod verification_refuses_non_account_holders;

/// What every rule file uses.
pub(crate) mod prelude {
    pub use std::sync::LazyLock;

    pub use super::support::*;
    pub use crate::lint::{prose, Context, Finding, Level, Rule};
    pub use crate::model::*;
    pub use crate::syntax::Keyword;
}

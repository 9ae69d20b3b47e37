//! `build --format fides`: a Fides system manifest (fideslang 3.x YAML), one
//! privacy declaration per purpose. A purpose must name its data use
//! (`fides essential.service`): fideslang requires one and nothing in a
//! policy decides it. A data category may name its key (`fides
//! user.contact.email`); otherwise its special or sensitive kind picks one
//! where a key says exactly that, else the root `user` (data about a person,
//! not further classified). docs/exports.md has the tables.

use serde::Serialize;

use super::{
    bases_are_plain, policy_key, purpose_bases, purpose_data, purpose_grounds, purpose_recipients,
    purpose_retention, purpose_subjects, Link,
};
use crate::diag::{Code, Diagnostic, Severity};
use crate::model::{
    Art9Condition, DataCategory, Ground, GroundClaim, Policy, Safeguard, Sensitive, Special,
    Subject,
};

/// The manifest: fideslang reads resources by their kind.
#[derive(Serialize)]
struct Manifest {
    system: Vec<System>,
}

/// A `System` resource (fideslang.models.System); absent facts are left out.
#[derive(Serialize)]
struct System {
    fides_key: String,
    name: String,
    description: String,
    system_type: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    privacy_policy: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    legal_name: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    legal_address: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    dpo: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    data_security_practices: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    does_international_transfers: Option<bool>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    legal_basis_for_transfers: Vec<&'static str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    uses_cookies: Option<bool>,
    privacy_declarations: Vec<Declaration>,
}

/// A `PrivacyDeclaration`.
#[derive(Serialize)]
struct Declaration {
    name: String,
    data_use: String,
    data_categories: Vec<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    data_subjects: Vec<&'static str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    legal_basis_for_processing: Option<&'static str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    retention_period: Option<String>,
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    processes_special_category_data: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    special_category_legal_basis: Option<&'static str>,
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    data_shared_with_third_parties: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    third_parties: Option<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    shared_categories: Vec<String>,
}

/// The fideslang data category of a data category: its own key, else the
/// key its special or sensitive kind names exactly, else `user`.
pub fn data_category_key(d: &DataCategory) -> String {
    if let Some(k) = &d.fides {
        return k.value.clone();
    }
    let special = d.special.iter().find_map(|s| match s.value {
        Special::Health => Some("user.health_and_medical"),
        Special::Genetic => Some("user.health_and_medical.genetic"),
        Special::Biometric => Some("user.biometric"),
        Special::RacialEthnic => Some("user.demographic.race_ethnicity"),
        Special::Political => Some("user.demographic.political_opinion"),
        Special::Religious => Some("user.demographic.religious_belief"),
        Special::TradeUnion | Special::SexLife => None,
    });
    let sensitive = || {
        d.sensitive.iter().find_map(|s| match s.value {
            Sensitive::GovernmentId => Some("user.government_id"),
            Sensitive::AccountCredentials => Some("user.authorization.credentials"),
            Sensitive::FinancialAccount => Some("user.financial"),
            Sensitive::PreciseGeolocation => Some("user.location.precise"),
            Sensitive::Health => Some("user.health_and_medical"),
            Sensitive::Genetic => Some("user.health_and_medical.genetic"),
            Sensitive::Biometric => Some("user.biometric"),
            Sensitive::Beliefs | Sensitive::CommunicationsContent | Sensitive::SexLife => None,
        })
    };
    special.or_else(sensitive).unwrap_or("user").to_string()
}

/// The fideslang data subject of a kind of subject, when its default taxonomy has one.
pub fn subject_key(s: Subject) -> Option<&'static str> {
    match s {
        Subject::Customers => Some("customer"),
        Subject::Visitors => Some("visitor"),
        Subject::Employees => Some("employee"),
        Subject::Applicants => Some("job_applicant"),
        Subject::Users | Subject::Others | Subject::Children => None,
    }
}

/// fideslang's `LegalBasisForProcessingEnum` value of an Art. 6(1) ground.
pub fn ground_value(g: Ground) -> &'static str {
    match g {
        Ground::Consent => "Consent",
        Ground::Contract => "Contract",
        Ground::LegalObligation => "Legal obligations",
        Ground::VitalInterests => "Vital interests",
        Ground::PublicTask => "Public interest",
        Ground::LegitimateInterests => "Legitimate interests",
    }
}

/// fideslang's `SpecialCategoryLegalBasisEnum` value of an Art. 9(2) condition.
fn condition_value(c: Art9Condition) -> &'static str {
    match c {
        Art9Condition::ExplicitConsent => "Explicit consent",
        Art9Condition::Employment => "Employment, social security and social protection",
        Art9Condition::VitalInterests => "Vital interests",
        Art9Condition::NotForProfit => "Not-for-profit bodies",
        Art9Condition::MadePublic => "Made public by the data subject",
        Art9Condition::LegalClaims => "Legal claims or judicial acts",
        Art9Condition::SubstantialPublicInterest => {
            "Reasons of substantial public interest (with a basis in law)"
        }
        Art9Condition::HealthCare => "Health or social care (with a basis in law)",
        Art9Condition::PublicHealth => "Public health (with a basis in law)",
        Art9Condition::Archiving => "Archiving, research and statistics (with a basis in law)",
    }
}

/// fideslang's `LegalBasisForTransfersEnum` value of a safeguard.
fn transfer_value(s: Safeguard) -> Option<&'static str> {
    match s {
        Safeguard::Adequacy => Some("Adequacy Decision"),
        Safeguard::Sccs => Some("SCCs"),
        Safeguard::Bcrs => Some("BCRs"),
        Safeguard::Certification | Safeguard::Derogation => Some("Other"),
        Safeguard::None => None,
    }
}

/// Keys each once, in first-seen order.
fn unique(keys: impl Iterator<Item = String>) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for k in keys {
        if !out.contains(&k) {
            out.push(k);
        }
    }
    out
}

/// The purposes the manifest leaves out, because they name no fideslang
/// data use (which a `PrivacyDeclaration` requires): a warning at each, with
/// a hint to add `fides KEY`. The other formats do not need the key.
pub fn warnings(policy: &Policy) -> Vec<Diagnostic> {
    policy
        .purposes
        .iter()
        .filter(|u| u.fides.is_none())
        .map(|u| {
            Diagnostic::error(
                Code::MissingStatement,
                &policy.file,
                format!(
                    "purpose `{}` names no fideslang data use, so the Fides manifest leaves its declaration out",
                    u.id.value
                ),
            )
            .with_severity(Severity::Warning)
            .at(u.id.span, "no `fides` statement in this purpose")
            .help("add the data use it is, such as `fides essential.service` or `fides marketing.communications.email` (docs/exports.md)")
        })
        .collect()
}

/// The policy as a Fides system manifest, one declaration per purpose that
/// names its data use; [`warnings`] lists those left out. An error only
/// when the YAML cannot be written.
pub fn render(policy: &Policy) -> Result<String, Vec<Diagnostic>> {
    let declarations = policy
        .purposes
        .iter()
        .filter_map(|u| u.fides.as_ref().map(|key| (u, key)))
        .map(|(u, key)| {
            let data = purpose_data(policy, u);
            let grounds = purpose_grounds(policy, u);
            // fideslang holds one value, with no condition and no place: set
            // it only when one Art. 6(1) ground holds everywhere, without
            // condition or alternative.
            let legal_basis = match grounds.as_slice() {
                [GroundClaim::Article6(g)] if bases_are_plain(&purpose_bases(policy, u)) => {
                    Some(ground_value(*g))
                }
                _ => None,
            };
            // Free text: each rule keeps its places.
            let retention: Vec<String> = purpose_retention(policy, u, &data)
                .iter()
                .map(|(d, l, scope)| {
                    let places = if scope.is_everywhere() {
                        String::new()
                    } else {
                        format!(" (for {})", scope.written())
                    };
                    match d {
                        Some(d) => format!("{}: {l}{places}", d.label),
                        None => format!("{l}{places}"),
                    }
                })
                .collect();
            let shared: Vec<_> = purpose_recipients(policy, &data)
                .into_iter()
                .filter(|(_, link)| *link == Link::ByData)
                .map(|(r, _)| r)
                .collect();
            let shared_categories = unique(shared.iter().flat_map(|r| {
                r.receives
                    .iter()
                    .filter(|id| data.iter().any(|d| d.id.value == id.value))
                    .filter_map(|id| policy.data_category(&id.value))
                    .map(data_category_key)
                    .collect::<Vec<_>>()
            }));
            Declaration {
                // A purpose pursued in some places only says where in its
                // name: a declaration has no field for places.
                name: if u.scope.is_everywhere() {
                    u.label.clone()
                } else {
                    format!("{} (for {})", u.label, u.scope.written())
                },
                data_use: key.value.clone(),
                data_categories: unique(data.iter().map(|d| data_category_key(d))),
                data_subjects: purpose_subjects(&data)
                    .into_iter()
                    .filter_map(subject_key)
                    .collect(),
                legal_basis_for_processing: legal_basis,
                retention_period: (!retention.is_empty()).then(|| retention.join("; ")),
                processes_special_category_data: data.iter().any(|d| !d.special.is_empty()),
                special_category_legal_basis: u
                    .condition
                    .as_ref()
                    .map(|c| condition_value(c.value)),
                data_shared_with_third_parties: !shared.is_empty(),
                third_parties: (!shared.is_empty()).then(|| {
                    shared
                        .iter()
                        .map(|r| r.label.as_str())
                        .collect::<Vec<_>>()
                        .join("; ")
                }),
                shared_categories,
            }
        })
        .collect();
    let controller = policy.controller.as_ref();
    let mut transfer_bases: Vec<&'static str> = policy
        .transfers
        .iter()
        .flat_map(|t| t.safeguards.iter().filter_map(|s| transfer_value(s.value)))
        .collect();
    transfer_bases.sort_unstable();
    transfer_bases.dedup();
    let measures = policy
        .security
        .as_ref()
        .map(|s| s.measures.join("; "))
        .filter(|m| !m.is_empty());
    let system = System {
        fides_key: policy_key(policy),
        name: controller.map_or_else(|| policy.meta.title.value.clone(), |c| c.name.value.clone()),
        description: policy.meta.title.value.clone(),
        system_type: "Service",
        privacy_policy: policy.meta.url.clone(),
        legal_name: controller.map(|c| c.name.value.clone()),
        legal_address: controller.and_then(|c| c.address.as_ref().map(|a| a.value.clone())),
        dpo: policy.dpo.as_ref().and_then(|d| {
            d.email
                .as_ref()
                .map(|e| e.value.clone())
                .or_else(|| d.phone.clone())
                .or_else(|| d.address.as_ref().map(|a| a.value.clone()))
        }),
        data_security_practices: measures,
        does_international_transfers: (!policy.transfers.is_empty()).then_some(true),
        legal_basis_for_transfers: transfer_bases,
        uses_cookies: policy
            .cookies
            .as_ref()
            .filter(|c| !c.rows.is_empty())
            .map(|_| true),
        privacy_declarations: declarations,
    };
    crate::yaml::to_string(&Manifest {
        system: vec![system],
    })
    .map_err(|e| {
        vec![Diagnostic::error(
            Code::Io,
            &policy.file,
            format!("cannot write the Fides manifest: {}", e.message),
        )]
    })
}

//! The template context: the policy, plus the words and order a document
//! needs (section list, anchors, labels in plain English, prose already
//! rendered). Templates only lay it out. docs/templates.md documents it.

use serde_json::{json, Value};

use super::prose;
use crate::model::*;

/// Which format prose is rendered for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    /// HTML fragments.
    Html,
    /// Markdown text.
    Markdown,
}

/// Builds the context a template receives.
pub fn context(policy: &Policy, format: Format, allow_raw_html: bool) -> Value {
    let data_label = |id: &str| {
        policy
            .data_category(id)
            .map_or(id.to_string(), |d| d.label.clone())
    };
    let data_refs = |ids: &[Spanned<String>]| -> Value {
        ids.iter()
            .map(|i| json!({ "id": i.value, "anchor": format!("data-{}", i.value), "label": data_label(&i.value) }))
            .collect()
    };
    let stance = |s: &Option<Stance>| -> Value {
        s.as_ref().map_or(Value::Null, |s| json!({ "answer": s.answer, "statement": s.statement.as_ref().map(|t| t.value.clone()) }))
    };

    let data: Vec<Value> = policy
        .data
        .iter()
        .map(|d| {
            json!({
                "id": d.id.value,
                "anchor": format!("data-{}", d.id.value),
                "label": d.label,
                "examples": d.examples,
                "sources": d.sources.iter().map(|s| source_words(s.value, d.source_detail.as_deref())).collect::<Vec<_>>(),
                "collected": d.collected,
                "special": d.special.as_ref().map(|s| s.value.to_string()),
                "sensitive": d.sensitive.as_ref().map(|s| s.value.to_string()),
                "ccpa_categories": d.ccpa_categories.iter().map(|c| ccpa_words(*c)).collect::<Vec<_>>(),
                "retention": d.retention.as_ref().map(|r| r.value.to_string()),
                "required": d.provision.map(provision_words),
            })
        })
        .collect();

    let bases: Vec<Value> = policy
        .bases
        .iter()
        .map(|b| {
            json!({
                "id": b.id.value,
                "anchor": format!("basis-{}", b.id.value),
                "label": b.label,
                "ground": ground_words(&b.ground.value),
                "interest": b.interest.as_ref().map(|i| i.value.clone()),
                "covers": b.covers,
            })
        })
        .collect();

    let purposes: Vec<Value> = policy
        .purposes
        .iter()
        .map(|p| {
            let mut basis: Vec<String> = p
                .bases
                .iter()
                .map(|b| {
                    policy.basis(&b.value).map_or(b.value.clone(), |d| {
                        format!("{} — {}", ground_words(&d.ground.value), d.label)
                    })
                })
                .collect();
            basis.extend(p.grounds.iter().map(|g| ground_words(&g.value)));
            json!({
                "id": p.id.value,
                "anchor": format!("purpose-{}", p.id.value),
                "label": p.label,
                "uses": data_refs(&p.uses),
                "basis": basis,
                "interest": p.interest.as_ref().map(|i| i.value.clone()),
                "condition": p.condition.as_ref().map(|c| c.value.to_string()),
            })
        })
        .collect();

    let recipients: Vec<Value> = policy
        .recipients
        .iter()
        .map(|r| {
            json!({
                "id": r.id.value,
                "anchor": format!("recipient-{}", r.id.value),
                "label": r.label,
                "role": r.role.as_ref().map(|x| role_words(x.value)),
                "named": r.named,
                "receives": data_refs(&r.receives),
                "purpose": r.purpose,
                "locations": r.locations.iter().map(|l| place_words(&l.value)).collect::<Vec<_>>(),
                "sold": r.sold,
                "shared": r.shared,
            })
        })
        .collect();

    let transfers: Vec<Value> = policy
        .transfers
        .iter()
        .map(|t| {
            json!({
                "id": t.id.value,
                "anchor": format!("transfer-{}", t.id.value),
                "label": t.label,
                "destinations": t.destinations.iter().map(|d| place_words(&d.value)).collect::<Vec<_>>(),
                "safeguard": safeguard_words(t.safeguard.as_ref().map(|s| s.value), t.derogation.as_ref().map(|d| d.value)),
                "copy": t.copy,
                "data": data_refs(&t.data),
                "statement": t.statement,
            })
        })
        .collect();

    let rights: Vec<Value> = policy
        .rights
        .rights
        .iter()
        .map(|r| {
            json!({
                "kinds": r.kinds.iter().map(|k| k.value.to_string()).collect::<Vec<_>>(),
                "names": r.kinds.iter().map(|k| right_words(k.value)).collect::<Vec<_>>(),
                "label": r.label,
                "california": r.kinds.iter().all(|k| is_california(k.value)),
                "authority": r.authority.as_ref().map(|a| json!({ "name": a.name.value, "example_only": a.example_only, "url": a.url })),
            })
        })
        .collect();

    let cookies = policy.cookies.as_ref().map(|c| {
        json!({
            "columns": c.columns,
            "rows": c.rows.iter().map(|r| json!({
                "name": r.name.value,
                "anchor": r.anchor(),
                "provider": r.provider.as_ref().map(|x| x.value.clone()),
                "party": r.party.as_ref().map(|x| format!("{} party", x.value)),
                "category": r.category.as_ref().map(|x| x.value.to_string()),
                "lifetime": r.lifetime.as_ref().map(|x| x.value.to_string()),
                "purpose": r.purpose.as_ref().map(|x| x.value.clone()),
                "domain": r.domain,
            })).collect::<Vec<_>>(),
            "consent": c.consent.iter().map(|m| consent_words(m.value)).collect::<Vec<_>>(),
            "opt_out": c.opt_out,
        })
    });

    let trackers: Vec<Value> = policy
        .trackers
        .iter()
        .map(|t| json!({ "id": t.id.value, "label": t.label, "kind": t.kind.as_ref().map(|k| k.value.to_string()), "provider": t.provider, "purpose": t.purpose }))
        .collect();

    let california = policy.targets(Jurisdiction::Ccpa) || policy.targets(Jurisdiction::Caloppa);
    let st = &policy.statements;
    let mut has: std::collections::HashMap<&str, bool> = std::collections::HashMap::new();
    has.insert("introduction", true);
    has.insert(
        "controller",
        policy.controller.is_some() || policy.dpo.is_some(),
    );
    has.insert("data", !policy.data.is_empty());
    has.insert(
        "purposes",
        !policy.purposes.is_empty() || !policy.bases.is_empty(),
    );
    has.insert(
        "recipients",
        !policy.recipients.is_empty() || policy.no_recipients || st.sells_data.is_some(),
    );
    has.insert("transfers", !policy.transfers.is_empty());
    has.insert(
        "retention",
        !policy.retention.is_empty() || policy.data.iter().any(|d| d.retention.is_some()),
    );
    has.insert("rights", !policy.rights.rights.is_empty());
    has.insert("california", california);
    has.insert(
        "cookies",
        policy.cookies.is_some() || !policy.trackers.is_empty(),
    );
    has.insert("children", policy.children.is_some());
    has.insert(
        "do-not-track",
        st.honors_do_not_track.is_some()
            || st.honors_gpc.is_some()
            || st.third_party_tracking.is_some(),
    );
    has.insert("security", policy.security.is_some());
    has.insert("changes", policy.changes.is_some());
    has.insert("contact", policy.controller.is_some());

    let render_prose = |s: &Section| -> Value {
        let body = match format {
            Format::Html => prose::to_html(&prose::section_markdown(policy, s), allow_raw_html, 2),
            Format::Markdown => {
                prose::to_markdown(&prose::section_markdown(policy, s), allow_raw_html, 2)
            }
        };
        json!({ "id": s.id.value, "anchor": s.id.value, "title": s.title, "body": body })
    };
    let mut sections: Vec<Value> = Vec::new();
    for t in Topic::all() {
        let (topic, title) = (t.as_str(), t.heading());
        let prose: Vec<Value> = policy
            .sections
            .iter()
            .filter(|s| s.topic == Some(t))
            .map(render_prose)
            .collect();
        // A regime's section appears only where the policy declares the regime.
        let allowed = t != Topic::California || california;
        if allowed && (has.get(topic).copied().unwrap_or(false) || !prose.is_empty()) {
            sections.push(json!({ "id": topic, "anchor": topic, "title": title, "kind": topic, "prose": prose }));
        }
    }
    for s in policy.sections.iter().filter(|s| s.topic.is_none()) {
        let p = render_prose(s);
        sections.push(json!({ "id": s.id.value, "anchor": s.id.value, "title": s.title, "kind": "prose", "prose": [p] }));
    }

    json!({
        "generator": concat!("policyc ", env!("CARGO_PKG_VERSION")),
        "title": policy.meta.title.value,
        "language": policy.meta.language.clone().unwrap_or_else(|| "en".into()),
        "updated": policy.meta.updated.as_ref().map(|d| d.value.long()),
        "updated_iso": policy.meta.updated.as_ref().map(|d| d.value.to_string()),
        "effective": policy.meta.effective.as_ref().map(|d| d.value.long()),
        "version": policy.meta.version,
        "jurisdictions": policy.meta.jurisdictions.iter().map(|j| jurisdiction_words(j.value)).collect::<Vec<_>>(),
        "controller": policy.controller.as_ref().map(party_view),
        "dpo": policy.dpo.as_ref().map(party_view),
        "representative": policy.representative.as_ref().map(party_view),
        "data": data,
        "bases": bases,
        "purposes": purposes,
        "automated_decisions": stance(&st.automated_decisions),
        "recipients": recipients,
        "no_recipients": policy.no_recipients,
        "sells_data": stance(&st.sells_data),
        "shares_data": stance(&st.shares_data),
        "transfers": transfers,
        "retention": policy.retention.iter().map(|r| r.value.to_string()).collect::<Vec<_>>(),
        "rights": rights,
        "request_via": policy.rights.request_via.iter().map(|r| r.value.clone()).collect::<Vec<_>>(),
        "respond_within": policy.rights.respond_within.as_ref().map(|d| d.value.to_string()),
        "verifies_identity": policy.rights.verifies_identity.or(policy.controller.as_ref().and_then(|c| c.verifies_identity)),
        "children": policy.children.as_ref().map(|c| json!({
            "minimum_ages": c.minimum_ages.iter().map(|a| match &a.value { Age::Years(y) => format!("{y}"), Age::Words(w) => w.clone() }).collect::<Vec<_>>(),
            "directed": c.directed,
            "parental_consent": c.parental_consent,
            "on_discovery": c.on_discovery,
            "contact": c.contact,
        })),
        "cookies": cookies,
        "trackers": trackers,
        "honors_do_not_track": stance(&st.honors_do_not_track),
        "honors_gpc": stance(&st.honors_gpc),
        "third_party_tracking": stance(&st.third_party_tracking),
        "security": policy.security.as_ref().map(|s| json!({ "measures": s.measures, "guarantee": s.guarantee, "breach_notification": s.breach_notification })),
        "changes": policy.changes.as_ref().map(|c| json!({
            "notify_by": c.notify_by.iter().map(|n| notice_words(*n)).collect::<Vec<_>>(),
            "acceptance_required": c.acceptance_required,
            "continued_use_is_consent": c.continued_use_is_consent.as_ref().map(|v| v.value),
            "take_effect": c.take_effect,
        })),
        "sections": sections,
    })
}

fn party_view(p: &Party) -> Value {
    json!({
        "name": p.name.value,
        "legal_form": p.legal_form,
        "address": p.address.as_ref().map(|a| a.value.clone()),
        "email": p.email.as_ref().map(|a| a.value.clone()),
        "phone": p.phone,
        "website": p.website,
        "contact_form": p.contact_form,
        "country": p.country.as_ref().map(|c| place_words(&c.value)),
    })
}

/// Where data comes from, in words.
pub fn source_words(s: Source, detail: Option<&str>) -> String {
    match (s, detail) {
        (Source::Person, _) => "you".into(),
        (Source::Automatic, _) => "collected automatically".into(),
        (Source::ThirdParty, Some(d)) => format!("third parties: {d}"),
        (Source::ThirdParty, None) => "third parties".into(),
        (Source::Derived, _) => "derived by us from other data".into(),
    }
}

/// A legal basis in words, with its article.
pub fn ground_words(g: &GroundClaim) -> String {
    match g {
        GroundClaim::Article6(g) => match g {
            Ground::Consent => "Consent (GDPR Art. 6(1)(a))",
            Ground::Contract => "Performance of a contract (GDPR Art. 6(1)(b))",
            Ground::LegalObligation => "Legal obligation (GDPR Art. 6(1)(c))",
            Ground::VitalInterests => "Vital interests (GDPR Art. 6(1)(d))",
            Ground::PublicTask => "Public task (GDPR Art. 6(1)(e))",
            Ground::LegitimateInterests => "Legitimate interests (GDPR Art. 6(1)(f))",
        }
        .to_string(),
        GroundClaim::Unrecognised(words) => format!("“{words}”"),
    }
}

fn provision_words(p: Provision) -> &'static str {
    match p {
        Provision::Statutory => "required by law",
        Provision::Contractual => "required for the contract",
        Provision::Optional => "optional",
    }
}

fn role_words(r: Role) -> &'static str {
    match r {
        Role::Processor => "processor, acting on our behalf",
        Role::Controller => "independent controller",
        Role::JointController => "joint controller",
        Role::Authority => "public authority",
        Role::Affiliate => "company of our group",
        Role::Acquirer => "party to a merger or acquisition",
        Role::Agent => "someone acting for you",
    }
}

fn safeguard_words(s: Option<Safeguard>, d: Option<Derogation>) -> String {
    match (s, d) {
        (None, _) | (Some(Safeguard::None), _) => "none stated".into(),
        (Some(Safeguard::Adequacy), _) => "adequacy decision (GDPR Art. 45)".into(),
        (Some(Safeguard::Sccs), _) => "standard contractual clauses (GDPR Art. 46(2)(c))".into(),
        (Some(Safeguard::Bcrs), _) => "binding corporate rules (GDPR Art. 47)".into(),
        (Some(Safeguard::Certification), _) => {
            "approved code of conduct or certification (GDPR Art. 46(2)(e)–(f))".into()
        }
        (Some(Safeguard::Derogation), None) => "a derogation of GDPR Art. 49 (not named)".into(),
        (Some(Safeguard::Derogation), Some(d)) => format!(
            "derogation: {} (GDPR Art. 49(1))",
            match d {
                Derogation::Consent => "your explicit consent",
                Derogation::Contract => "necessary for a contract with you",
                Derogation::LegalClaims => "legal claims",
                Derogation::PublicInterest => "public interest",
                Derogation::VitalInterests => "vital interests",
            }
        ),
    }
}

fn right_words(k: RightKind) -> &'static str {
    match k {
        RightKind::Access => "Access",
        RightKind::Rectification => "Rectification",
        RightKind::Erasure => "Erasure",
        RightKind::Restriction => "Restriction of processing",
        RightKind::Objection => "Objection",
        RightKind::Portability => "Data portability",
        RightKind::WithdrawConsent => "Withdrawing consent",
        RightKind::Complain => "Complaint to a supervisory authority",
        RightKind::NoAutomatedDecisions => "Not being subject to automated decisions",
        RightKind::Know => "Right to know",
        RightKind::Delete => "Right to delete",
        RightKind::Correct => "Right to correct",
        RightKind::OptOut => "Right to opt out of sale and sharing",
        RightKind::Limit => "Right to limit use of sensitive personal information",
        RightKind::NonDiscrimination => "Right to non-discrimination",
        RightKind::ShineTheLight => "Disclosures for direct marketing (Cal. Civ. Code 1798.83)",
        RightKind::MarketingOptOut => "Opting out of marketing messages",
    }
}

fn is_california(k: RightKind) -> bool {
    matches!(
        k,
        RightKind::Know
            | RightKind::Delete
            | RightKind::Correct
            | RightKind::OptOut
            | RightKind::Limit
            | RightKind::NonDiscrimination
            | RightKind::ShineTheLight
    )
}

fn ccpa_words(c: CcpaCategory) -> &'static str {
    match c {
        CcpaCategory::Identifiers => "identifiers",
        CcpaCategory::CustomerRecords => "customer records",
        CcpaCategory::ProtectedCharacteristics => "protected characteristics",
        CcpaCategory::Commercial => "commercial information",
        CcpaCategory::Biometric => "biometric information",
        CcpaCategory::InternetActivity => "internet or network activity",
        CcpaCategory::Geolocation => "geolocation data",
        CcpaCategory::Sensory => "audio, electronic or visual information",
        CcpaCategory::Professional => "professional or employment information",
        CcpaCategory::Education => "education information",
        CcpaCategory::Inferences => "inferences",
        CcpaCategory::SensitivePersonalInformation => "sensitive personal information",
    }
}

fn consent_words(m: ConsentMechanism) -> &'static str {
    match m {
        ConsentMechanism::Checkbox => "a box you tick",
        ConsentMechanism::OptIn => "a separate opt-in",
        ConsentMechanism::PreTicked => "a box ticked in advance",
        ConsentMechanism::ContinuedUse => "your continued use of the site",
        ConsentMechanism::Banner => "a cookie banner where you accept or refuse",
        ConsentMechanism::BrowserSettings => "your browser's cookie settings",
    }
}

fn notice_words(n: Notice) -> &'static str {
    match n {
        Notice::Email => "an e-mail to you",
        Notice::Posting => "posting the new policy on the site",
        Notice::InService => "a notice in the service",
        Notice::Banner => "a banner on the site",
    }
}

fn jurisdiction_words(j: Jurisdiction) -> &'static str {
    match j {
        Jurisdiction::Gdpr => "the EU General Data Protection Regulation",
        Jurisdiction::UkGdpr => "the UK GDPR",
        Jurisdiction::Ccpa => "the California Consumer Privacy Act",
        Jurisdiction::Caloppa => "the California Online Privacy Protection Act",
        Jurisdiction::Coppa => "the Children's Online Privacy Protection Act",
        Jurisdiction::Eprivacy => "the EU ePrivacy Directive",
        Jurisdiction::Lgpd => "Brazil's LGPD",
    }
}

/// A place: two-letter country codes in words, anything else as written.
pub fn place_words(code: &str) -> String {
    const COUNTRIES: &[(&str, &str)] = &[
        ("us", "United States"),
        ("gb", "United Kingdom"),
        ("uk", "United Kingdom"),
        ("ie", "Ireland"),
        ("fr", "France"),
        ("de", "Germany"),
        ("nl", "Netherlands"),
        ("es", "Spain"),
        ("it", "Italy"),
        ("be", "Belgium"),
        ("at", "Austria"),
        ("se", "Sweden"),
        ("dk", "Denmark"),
        ("fi", "Finland"),
        ("pl", "Poland"),
        ("pt", "Portugal"),
        ("ch", "Switzerland"),
        ("ca", "Canada"),
        ("in", "India"),
        ("br", "Brazil"),
        ("jp", "Japan"),
        ("au", "Australia"),
        ("sg", "Singapore"),
        ("no", "Norway"),
        ("lu", "Luxembourg"),
    ];
    COUNTRIES
        .iter()
        .find(|(c, _)| c.eq_ignore_ascii_case(code))
        .map_or_else(|| code.to_string(), |(_, n)| (*n).to_string())
}

//! `build --format jsonld`: the policy as JSON-LD in the W3C Data Privacy
//! Vocabulary (DPV 2.x). One `dpv:Process` per purpose carries the purpose,
//! its legal bases, the personal data it uses, its data subjects, recipients,
//! transfers and storage; the notice carries the controller, rights, laws and
//! security measures. The context is inline: a consumer never fetches one.
//! docs/exports.md holds the mapping table and where each term is defined.

use serde_json::{json, Map, Value};

use super::{
    policy_key, purpose_bases, purpose_data, purpose_interests, purpose_recipients,
    purpose_subjects, purpose_transfers, BasisOption, Link,
};
use crate::model::{
    DataCategory, Derogation, Ground, GroundClaim, Jurisdiction, Lifetime, Party, Place, Policy,
    Recipient, Region, RightKind, Role, Safeguard, Scope, Sensitive, Special, Subject, Transfer,
    Unit,
};

/// The inline context: the three namespaces the issue names, plus `loc:` for
/// places, `rdfs:` for labels and `xsd:` for durations.
fn context() -> Value {
    json!({
        "dpv": "https://w3id.org/dpv#",
        "eu-gdpr": "https://w3id.org/dpv/legal/eu/gdpr#",
        "pd": "https://w3id.org/dpv/pd#",
        "loc": "https://w3id.org/dpv/loc#",
        "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
        "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
        "xsd": "http://www.w3.org/2001/XMLSchema#"
    })
}

/// The DPV class and the DPV-GDPR class of an Art. 6(1) ground.
pub fn ground_terms(g: Ground) -> [&'static str; 2] {
    match g {
        Ground::Consent => ["dpv:Consent", "eu-gdpr:A6-1-a"],
        Ground::Contract => ["dpv:Contract", "eu-gdpr:A6-1-b"],
        Ground::LegalObligation => ["dpv:LegalObligation", "eu-gdpr:A6-1-c"],
        Ground::VitalInterests => ["dpv:VitalInterest", "eu-gdpr:A6-1-d"],
        Ground::PublicTask => ["dpv:PublicInterest", "eu-gdpr:A6-1-e"],
        Ground::LegitimateInterests => ["dpv:LegitimateInterest", "eu-gdpr:A6-1-f"],
    }
}

/// The DPV-GDPR class of a right, when it is a GDPR right.
pub fn right_term(k: RightKind) -> Option<&'static str> {
    Some(match k {
        RightKind::Access => "eu-gdpr:A15",
        RightKind::Rectification => "eu-gdpr:A16",
        RightKind::Erasure => "eu-gdpr:A17",
        RightKind::Restriction => "eu-gdpr:A18",
        RightKind::Portability => "eu-gdpr:A20",
        RightKind::Objection => "eu-gdpr:A21",
        RightKind::NoAutomatedDecisions => "eu-gdpr:A22",
        RightKind::WithdrawConsent => "eu-gdpr:A7-3",
        RightKind::Complain => "eu-gdpr:A77",
        _ => return None,
    })
}

/// The DPV-GDPR class of a transfer safeguard, when there is exactly one.
pub fn safeguard_term(s: Safeguard, d: Option<Derogation>) -> Option<&'static str> {
    match (s, d) {
        (Safeguard::Adequacy, _) => Some("eu-gdpr:A45-3"),
        (Safeguard::Sccs, _) => Some("eu-gdpr:A46-2-c"),
        (Safeguard::Bcrs, _) => Some("eu-gdpr:A46-2-b"),
        (Safeguard::Derogation, Some(d)) => Some(match d {
            Derogation::Consent => "eu-gdpr:A49-1-a",
            Derogation::Contract => "eu-gdpr:A49-1-b",
            Derogation::PublicInterest => "eu-gdpr:A49-1-d",
            Derogation::LegalClaims => "eu-gdpr:A49-1-e",
            Derogation::VitalInterests => "eu-gdpr:A49-1-f",
        }),
        // A code of conduct (46(2)(e)) or a certification (46(2)(f)): the language does not say which.
        (Safeguard::Certification | Safeguard::Derogation | Safeguard::None, _) => None,
    }
}

/// The DPV class of a kind of data subject.
pub fn subject_term(s: Subject) -> &'static str {
    match s {
        Subject::Users => "dpv:User",
        Subject::Visitors => "dpv:Visitor",
        Subject::Customers => "dpv:Customer",
        Subject::Others => "dpv:DataSubject",
        Subject::Children => "dpv:Child",
        Subject::Applicants => "dpv:JobApplicant",
        Subject::Employees => "dpv:Employee",
    }
}

/// The DPV `loc:` term of a region, when there is one.
fn region_term(r: Region) -> Option<&'static str> {
    Some(match r {
        Region::Eea => "loc:EEA",
        Region::Eu => "loc:EU",
        Region::Uk => "loc:GB",
        Region::Switzerland => "loc:CH",
        Region::Us => "loc:US",
        Region::California => "loc:US-CA",
        Region::Brazil => "loc:BR",
        Region::Canada => "loc:CA",
        Region::Nevada => "loc:US-NV",
        Region::UsStates | Region::Elsewhere => return None,
    })
}

/// A labelled node with no IRI of its own.
fn labelled(types: &[&str], label: &str) -> Value {
    json!({ "@type": types, "rdfs:label": label })
}

/// A reference to a term.
fn id(term: &str) -> Value {
    json!({ "@id": term })
}

/// A place or a regime, as the `for …` of a fact.
fn place(p: Place) -> (&'static str, Value) {
    match p {
        Place::Region(r) => match region_term(r) {
            Some(t) => ("dpv:hasJurisdiction", id(t)),
            None => (
                "dpv:hasJurisdiction",
                labelled(&["dpv:Location"], r.words()),
            ),
        },
        Place::Regime(j) => ("dpv:hasApplicableLaw", law(j)),
    }
}

/// A law the policy is written for: a labelled node (its word in the source).
fn law(j: Jurisdiction) -> Value {
    labelled(&["dpv:Law"], j.as_str())
}

/// Adds the scope of a fact: nothing when it holds everywhere.
fn add_scope(node: &mut Map<String, Value>, scope: &Scope) {
    let mut places: Vec<Place> = scope.places.iter().map(|p| p.value).collect();
    places.sort();
    places.dedup();
    for p in places {
        if p == Place::Region(Region::Elsewhere) {
            // DPV has no term for "everywhere but": the page's words say it.
            push(
                node,
                "dpv:hasJurisdiction",
                labelled(&["dpv:Location"], &scope.words()),
            );
            continue;
        }
        let (prop, value) = place(p);
        push(node, prop, value);
    }
}

/// Appends a value to a property, making it a list.
fn push(node: &mut Map<String, Value>, prop: &str, value: Value) {
    match node
        .entry(prop.to_string())
        .or_insert_with(|| Value::Array(Vec::new()))
    {
        Value::Array(a) => a.push(value),
        other => *other = Value::Array(vec![other.take(), value]),
    }
}

/// A country code (`us`) as a `loc:` term, or words as a labelled location.
fn location(text: &str) -> Value {
    if text.len() == 2 && text.chars().all(|c| c.is_ascii_alphabetic()) {
        id(&format!("loc:{}", text.to_ascii_uppercase()))
    } else {
        labelled(&["dpv:Location"], text)
    }
}

/// An ISO 8601 duration for a period.
fn iso_duration(amount: u64, unit: Unit) -> String {
    match unit {
        Unit::Second => format!("PT{amount}S"),
        Unit::Minute => format!("PT{amount}M"),
        Unit::Hour => format!("PT{amount}H"),
        Unit::Day => format!("P{amount}D"),
        Unit::Week => format!("P{amount}W"),
        Unit::Month => format!("P{amount}M"),
        Unit::Year => format!("P{amount}Y"),
    }
}

/// A retention rule as a storage duration.
fn storage(l: &Lifetime) -> Value {
    let label = l.to_string();
    match l {
        Lifetime::Period {
            duration,
            after: None,
        } => json!({
            "@type": ["dpv:StorageDuration", "dpv:TemporalDuration"],
            "rdfs:label": label,
            "rdf:value": { "@value": iso_duration(duration.amount, duration.unit), "@type": "xsd:duration" }
        }),
        Lifetime::Period { .. } | Lifetime::Session => {
            labelled(&["dpv:StorageDuration", "dpv:UntilEventDuration"], &label)
        }
        Lifetime::Indefinite => labelled(&["dpv:StorageDuration", "dpv:EndlessDuration"], &label),
        Lifetime::Criterion { .. } => labelled(&["dpv:StorageDuration"], &label),
    }
}

/// The node of a party: its name and contact details, as stated.
fn party(iri: String, types: &[&str], p: &Party) -> Map<String, Value> {
    let mut node = Map::new();
    node.insert("@id".into(), json!(iri));
    node.insert("@type".into(), json!(types));
    node.insert("dpv:hasName".into(), json!(p.name.value));
    if let Some(a) = &p.address {
        node.insert("dpv:hasAddress".into(), json!(a.value));
    }
    let contacts: Vec<&str> = [
        p.email.as_ref().map(|e| e.value.as_str()),
        p.phone.as_deref(),
        p.website.as_deref(),
        p.contact_form.as_deref(),
    ]
    .into_iter()
    .flatten()
    .collect();
    if !contacts.is_empty() {
        node.insert("dpv:hasContact".into(), json!(contacts));
    }
    if let Some(c) = &p.country {
        node.insert("dpv:hasCountry".into(), location(&c.value));
    }
    add_scope(&mut node, &p.scope);
    node
}

/// The `pd:` term of a GDPR Art. 9(1) special category: the term that says
/// exactly that, or the narrowest one that covers it.
pub fn special_pd(s: Special) -> &'static str {
    match s {
        Special::Health => "pd:Health",
        Special::Genetic => "pd:Genetic",
        Special::Biometric => "pd:Biometric",
        // "Racial or ethnic origin": pd:Race and pd:EthnicOrigin are both narrower than pd:Ethnicity.
        Special::RacialEthnic => "pd:Ethnicity",
        Special::Political => "pd:PoliticalOpinion",
        // "Religious or philosophical beliefs": pd:ReligiousBelief and pd:PhilosophicalBelief are narrower.
        Special::Religious => "pd:KnowledgeBelief",
        Special::TradeUnion => "pd:TradeUnionMembership",
        Special::SexLife => "pd:Sexual",
    }
}

/// The `pd:` term of a kind of CCPA sensitive personal information, when one covers it.
pub fn sensitive_pd(s: Sensitive) -> Option<&'static str> {
    Some(match s {
        Sensitive::GovernmentId => "pd:OfficialID",
        Sensitive::AccountCredentials => "pd:Authenticating",
        Sensitive::FinancialAccount => "pd:FinancialAccount",
        Sensitive::PreciseGeolocation => "pd:Location",
        Sensitive::CommunicationsContent => "pd:Communication",
        Sensitive::Genetic => "pd:Genetic",
        Sensitive::Biometric => "pd:Biometric",
        Sensitive::Health => "pd:Health",
        Sensitive::SexLife => "pd:Sexual",
        // Racial or ethnic origin, religion, union membership: no one term.
        Sensitive::Beliefs => return None,
    })
}

/// The `pd:` term of a fideslang data category the writer named, where the two say the same.
pub fn fides_pd(key: &str) -> Option<&'static str> {
    Some(match key {
        "user.contact" => "pd:Contact",
        "user.contact.email" => "pd:EmailAddress",
        "user.contact.phone_number" => "pd:TelephoneNumber",
        "user.contact.address" => "pd:PhysicalAddress",
        "user.name" => "pd:Name",
        "user.account.username" => "pd:Username",
        "user.authorization.password" => "pd:Password",
        "user.authorization.credentials" => "pd:Authenticating",
        "user.device" => "pd:DeviceBased",
        "user.device.ip_address" => "pd:IPAddress",
        "user.location" => "pd:Location",
        "user.behavior" => "pd:Behavioral",
        "user.behavior.browsing_history" => "pd:BrowserHistory",
        "user.financial" => "pd:Financial",
        "user.financial.bank_account" => "pd:BankAccount",
        "user.demographic" => "pd:Demographic",
        "user.demographic.gender" => "pd:Gender",
        "user.demographic.language" => "pd:Language",
        "user.demographic.date_of_birth" => "pd:BirthDate",
        "user.demographic.age_range" => "pd:AgeRange",
        "user.demographic.marital_status" => "pd:MaritalStatus",
        "user.demographic.political_opinion" => "pd:PoliticalOpinion",
        "user.demographic.religious_belief" => "pd:ReligiousBelief",
        "user.demographic.race_ethnicity" => "pd:Ethnicity",
        "user.health_and_medical" => "pd:MedicalHealth",
        "user.health_and_medical.genetic" => "pd:Genetic",
        "user.biometric" => "pd:Biometric",
        "user.biometric.fingerprint" => "pd:Fingerprint",
        "user.biometric.retinal" => "pd:Retina",
        "user.government_id" => "pd:OfficialID",
        "user.government_id.passport_number" => "pd:Passport",
        "user.criminal_history" => "pd:Criminal",
        "user.privacy_preferences" => "pd:PrivacyPreference",
        "user.job_title" => "pd:Job",
        "user.content.self_image" => "pd:Picture",
        "user.unique_id" => "pd:UID",
        _ => return None,
    })
}

/// The node of a data category: a local term, labelled, typed by what the
/// policy says of it, with the `pd:` terms its special or sensitive kind and
/// its named fideslang key map to.
fn data_node(base: &str, d: &DataCategory) -> Value {
    let mut types = vec!["dpv:PersonalData"];
    if !d.special.is_empty() {
        types.push("dpv:SpecialCategoryPersonalData");
    }
    if !d.sensitive.is_empty() && d.special.is_empty() {
        types.push("dpv:SensitivePersonalData");
    }
    let pd = d
        .special
        .iter()
        .map(|s| Some(special_pd(s.value)))
        .chain(d.sensitive.iter().map(|s| sensitive_pd(s.value)))
        .chain([d.fides.as_ref().and_then(|k| fides_pd(&k.value))]);
    for t in pd.flatten() {
        if !types.contains(&t) {
            types.push(t);
        }
    }
    let mut node = Map::new();
    node.insert("@id".into(), json!(format!("{base}#data-{}", d.id.value)));
    node.insert("@type".into(), json!(types));
    node.insert("rdfs:label".into(), json!(d.label));
    add_scope(&mut node, &d.scope);
    for r in &d.retention {
        let mut condition = storage(&r.value.value);
        if let Some(c) = condition.as_object_mut() {
            add_scope(c, &r.scope);
        }
        push(&mut node, "dpv:hasStorageCondition", condition);
    }
    // `collected-by`: a third party collects it directly, under its own
    // policy. DPV's `dpv:hasDataSource` would say where the controller gets
    // it from, which is not what the policy says: a note, in its words.
    if let Some(c) = &d.collected_by {
        node.insert(
            "rdfs:comment".into(),
            json!(format!(
                "collected directly by a third party, not by the controller: {}",
                c.value
            )),
        );
    }
    Value::Object(node)
}

fn recipient_node(base: &str, r: &Recipient) -> Value {
    let mut types = vec!["dpv:Recipient"];
    match r.role.as_ref().map(|x| x.value) {
        Some(Role::Processor) => types.push("dpv:DataProcessor"),
        Some(Role::Controller | Role::JointController) => types.push("dpv:DataController"),
        _ => {}
    }
    let mut node = Map::new();
    node.insert(
        "@id".into(),
        json!(format!("{base}#recipient-{}", r.id.value)),
    );
    node.insert("@type".into(), json!(types));
    node.insert("rdfs:label".into(), json!(r.label));
    add_scope(&mut node, &r.scope);
    if !r.named.is_empty() {
        node.insert("dpv:hasName".into(), json!(r.named));
    }
    for l in &r.locations {
        push(&mut node, "dpv:hasLocation", location(&l.value));
    }
    add_data(&mut node, base, &r.receives);
    Value::Object(node)
}

fn transfer_node(base: &str, t: &Transfer) -> Value {
    let mut node = Map::new();
    node.insert(
        "@id".into(),
        json!(format!("{base}#transfer-{}", t.id.value)),
    );
    node.insert("@type".into(), json!(["dpv:CrossBorderTransfer"]));
    node.insert("rdfs:label".into(), json!(t.label));
    for d in &t.destinations {
        push(&mut node, "dpv:hasThirdCountry", location(&d.value));
    }
    let derogation = t.derogation.as_ref().map(|d| d.value);
    for s in &t.safeguards {
        // Art. 49(1)(a) asks for explicit consent (EDPB Guidelines 2/2018 on
        // Art. 49 derogations, section 2.1), and continued use is no consent
        // at all (EDPB Guidelines 05/2020 on consent, §86). When the policy
        // says how consent is obtained, the export does not judge whether
        // that is explicit: it states the derogation in the policy's words,
        // as a generic transfer basis, not as eu-gdpr:A49-1-a.
        if let (Safeguard::Derogation, Some(Derogation::Consent), false) =
            (s.value, derogation, t.consent_by.is_empty())
        {
            let how: Vec<&str> = t.consent_by.iter().map(|m| m.value.as_str()).collect();
            push(
                &mut node,
                "dpv:hasLegalBasis",
                labelled(
                    &["dpv:DataTransferLegalBasis"],
                    &format!("derogation consent, by {}", how.join(", ")),
                ),
            );
            continue;
        }
        let term = safeguard_term(s.value, derogation);
        match (term, s.value) {
            (Some(term), _) => push(&mut node, "dpv:hasLegalBasis", id(term)),
            (None, Safeguard::None) => {}
            (None, _) => push(
                &mut node,
                "dpv:hasLegalBasis",
                labelled(&["dpv:DataTransferLegalBasis"], s.value.as_str()),
            ),
        }
    }
    add_data(&mut node, base, &t.data);
    add_scope(&mut node, &t.scope);
    Value::Object(node)
}

/// Links a node to the data categories it names, when it names any.
fn add_data(node: &mut Map<String, Value>, base: &str, ids: &[crate::model::Spanned<String>]) {
    let data: Vec<Value> = ids
        .iter()
        .map(|d| id(&format!("{base}#data-{}", d.value)))
        .collect();
    if !data.is_empty() {
        node.insert("dpv:hasPersonalData".into(), Value::Array(data));
    }
}

/// The bases of a purpose that are alternatives, or hold under a condition
/// or in some places only: one node per basis, typed with its DPV and DPV-GDPR terms (or a labelled
/// `dpv:LegalBasis` for the policy's words), labelled with the basis and its
/// condition in the policy's words, with its places (`dpv:hasJurisdiction`,
/// `dpv:hasApplicableLaw`) and, when it is one of several alternatives, a
/// comment that says so and names them.
fn scoped_bases(options: &[BasisOption]) -> Vec<Value> {
    let mut out = Vec::new();
    for o in options.iter().filter(|o| !o.is_plain()) {
        let alternatives: Vec<String> = options
            .iter()
            .filter(|x| x.alternative && x.scope.key() == o.scope.key())
            .map(BasisOption::words)
            .collect();
        for b in &o.bases {
            let mut node = Map::new();
            let types: Vec<&str> = match &b.ground {
                GroundClaim::Article6(g) => ground_terms(*g).to_vec(),
                GroundClaim::Unrecognised(_) | GroundClaim::Lgpd(_) => vec!["dpv:LegalBasis"],
            };
            node.insert("@type".into(), json!(types));
            let mut label = match &b.ground {
                GroundClaim::Unrecognised(words) if b.label.is_none() => words.clone(),
                _ => b.words(),
            };
            if let Some(c) = o.condition {
                label.push_str(&format!(" “{c}”"));
            }
            node.insert("rdfs:label".into(), json!(label));
            if o.alternative {
                node.insert(
                    "rdfs:comment".into(),
                    json!(format!(
                        "one of these alternatives applies, not all of them: {}",
                        alternatives.join(" or ")
                    )),
                );
            }
            add_scope(&mut node, o.scope);
            out.push(Value::Object(node));
        }
    }
    out
}

/// The policy as DPV JSON-LD, pretty-printed, with a final newline.
pub fn render(policy: &Policy) -> String {
    let base = format!("urn:policyc:{}", policy_key(policy));
    let controller_iri = format!("{base}#controller");
    let mut graph: Vec<Value> = Vec::new();

    // The notice: the policy itself, with what holds for all of it.
    let mut notice = Map::new();
    notice.insert("@id".into(), json!(base));
    notice.insert("@type".into(), json!(["dpv:PrivacyNotice"]));
    notice.insert("rdfs:label".into(), json!(policy.meta.title.value));
    let mut laws: Vec<Jurisdiction> = policy.meta.jurisdictions.iter().map(|j| j.value).collect();
    laws.sort();
    laws.dedup();
    for j in laws {
        push(&mut notice, "dpv:hasApplicableLaw", law(j));
    }
    if policy.controller.is_some() {
        push(&mut notice, "dpv:hasDataController", id(&controller_iri));
    }
    for i in 0..policy.regional_controllers.len() {
        push(
            &mut notice,
            "dpv:hasDataController",
            id(&format!("{controller_iri}-{}", i + 1)),
        );
    }
    for (i, right) in policy.rights.rights.iter().enumerate() {
        let mut node = Map::new();
        node.insert("@id".into(), json!(format!("{base}#right-{}", i + 1)));
        let gdpr = right.scope.is_everywhere() || right.scope.covers(Jurisdiction::Gdpr);
        let mut types: Vec<&str> = vec!["dpv:DataSubjectRight"];
        if gdpr {
            types.extend(right.kinds.iter().filter_map(|k| right_term(k.value)));
        }
        node.insert("@type".into(), json!(types));
        node.insert("rdfs:label".into(), json!(right.label));
        add_scope(&mut node, &right.scope);
        push(&mut notice, "dpv:hasRight", Value::Object(node));
    }
    if let Some(sec) = &policy.security {
        for m in &sec.measures {
            push(
                &mut notice,
                "dpv:hasTechnicalOrganisationalMeasure",
                labelled(&["dpv:TechnicalOrganisationalMeasure"], m),
            );
        }
    }
    for u in &policy.purposes {
        push(
            &mut notice,
            "dpv:hasProcess",
            id(&format!("{base}#process-{}", u.id.value)),
        );
    }
    graph.push(Value::Object(notice));

    // The parties.
    if let Some(c) = &policy.controller {
        let mut node = party(controller_iri.clone(), &["dpv:DataController"], c);
        if policy.dpo.is_some() {
            node.insert(
                "dpv:hasDataProtectionOfficer".into(),
                id(&format!("{base}#dpo")),
            );
        }
        for i in 0..policy.representatives.len() {
            push(
                &mut node,
                "dpv:hasRepresentative",
                id(&format!("{base}#representative-{}", i + 1)),
            );
        }
        graph.push(Value::Object(node));
    }
    // Controllers for some places only carry their places (`add_scope`).
    for (i, c) in policy.regional_controllers.iter().enumerate() {
        graph.push(Value::Object(party(
            format!("{controller_iri}-{}", i + 1),
            &["dpv:DataController"],
            c,
        )));
    }
    if let Some(d) = &policy.dpo {
        graph.push(Value::Object(party(
            format!("{base}#dpo"),
            &["dpv:DataProtectionOfficer"],
            d,
        )));
    }
    for (i, r) in policy.representatives.iter().enumerate() {
        graph.push(Value::Object(party(
            format!("{base}#representative-{}", i + 1),
            &["dpv:Representative"],
            r,
        )));
    }

    // One process per purpose.
    for u in &policy.purposes {
        let data = purpose_data(policy, u);
        let mut node = Map::new();
        node.insert(
            "@id".into(),
            json!(format!("{base}#process-{}", u.id.value)),
        );
        node.insert("@type".into(), json!(["dpv:Process"]));
        node.insert(
            "dpv:hasPurpose".into(),
            json!({
                "@id": format!("{base}#purpose-{}", u.id.value),
                "@type": ["dpv:Purpose"],
                "rdfs:label": u.label,
            }),
        );
        // A purpose pursued in some places only: the process holds there.
        add_scope(&mut node, &u.scope);
        // Bases that hold everywhere, alone and without condition are stated
        // on the process; the others are nodes of their own that carry their
        // alternatives, conditions and places (`scoped_bases`).
        let options = purpose_bases(policy, u);
        let mut plain: Vec<GroundClaim> = Vec::new();
        for b in options
            .iter()
            .filter(|o| o.is_plain())
            .flat_map(|o| &o.bases)
        {
            if !plain.contains(&b.ground) {
                plain.push(b.ground.clone());
            }
        }
        for g in plain {
            match g {
                GroundClaim::Article6(g) => {
                    for t in ground_terms(g) {
                        push(&mut node, "dpv:hasLegalBasis", id(t));
                    }
                }
                GroundClaim::Unrecognised(words) => push(
                    &mut node,
                    "dpv:hasLegalBasis",
                    labelled(&["dpv:LegalBasis"], &words),
                ),
                GroundClaim::Lgpd(g) => push(
                    &mut node,
                    "dpv:hasLegalBasis",
                    labelled(
                        &["dpv:LegalBasis"],
                        &crate::render::wording::ground_words(&GroundClaim::Lgpd(g)),
                    ),
                ),
            }
        }
        for b in scoped_bases(&options) {
            push(&mut node, "dpv:hasLegalBasis", b);
        }
        for i in purpose_interests(policy, u) {
            push(
                &mut node,
                "dpv:hasJustification",
                labelled(&["dpv:Justification"], &i),
            );
        }
        if policy.controller.is_some() {
            node.insert("dpv:hasDataController".into(), id(&controller_iri));
        }
        for d in &data {
            push(
                &mut node,
                "dpv:hasPersonalData",
                id(&format!("{base}#data-{}", d.id.value)),
            );
        }
        for s in purpose_subjects(&data) {
            push(
                &mut node,
                "dpv:hasDataSubject",
                labelled(&[subject_term(s)], &s.words()),
            );
        }
        for (r, link) in purpose_recipients(policy, &data) {
            if link == Link::ByData {
                push(
                    &mut node,
                    "dpv:hasRecipient",
                    id(&format!("{base}#recipient-{}", r.id.value)),
                );
            }
        }
        for (t, link) in purpose_transfers(policy, &data) {
            if link == Link::ByData {
                push(
                    &mut node,
                    "dpv:hasProcessing",
                    id(&format!("{base}#transfer-{}", t.id.value)),
                );
            }
        }
        for r in &policy.retention {
            let mut condition = storage(&r.value.value);
            if let Value::Object(map) = &mut condition {
                add_scope(map, &r.scope);
            }
            push(&mut node, "dpv:hasStorageCondition", condition);
        }
        graph.push(Value::Object(node));
    }

    // The declarations the processes point at; recipients and transfers
    // whose data the policy does not state stand here on their own.
    graph.extend(policy.data.iter().map(|d| data_node(&base, d)));
    graph.extend(policy.recipients.iter().map(|r| recipient_node(&base, r)));
    graph.extend(policy.transfers.iter().map(|t| transfer_node(&base, t)));

    let doc = json!({ "@context": context(), "@graph": graph });
    let mut s =
        serde_json::to_string_pretty(&doc).unwrap_or_else(|e| format!("{{\"error\": \"{e}\"}}"));
    s.push('\n');
    s
}

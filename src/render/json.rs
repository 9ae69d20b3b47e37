//! The published JSON format: its own structs, apart from the internal
//! model, so that refactoring the model never changes what consumers read.
//! The JSON Schema (`policyc schema`) is derived from these structs, and
//! docs/json.md documents them. Raise [`FORMAT_VERSION`] on any change that
//! could break a consumer.

use schemars::JsonSchema;
use serde::Serialize;

use crate::model::{self as m, Lifetime};

/// The version of this format.
pub const FORMAT_VERSION: &str = "3";

/// A whole policy.
#[derive(Serialize, JsonSchema)]
pub struct Policy {
    /// The version of this format.
    pub format_version: &'static str,
    /// Title, dates, jurisdictions.
    pub meta: Meta,
    /// Who decides why and how data is processed, for everywhere.
    pub controller: Option<Party>,
    /// Controllers for some places only, each with its `scope`.
    pub regional_controllers: Vec<Party>,
    /// The data protection officer.
    pub dpo: Option<Party>,
    /// Representatives (GDPR Art. 27), each with the region it serves.
    pub representatives: Vec<Party>,
    /// The categories of data collected.
    pub data: Vec<DataCategory>,
    /// The legal bases as the policy lists them.
    pub bases: Vec<Basis>,
    /// Why data is processed.
    pub purposes: Vec<Purpose>,
    /// Who receives data.
    pub recipients: Vec<Recipient>,
    /// The policy states there are no recipients.
    pub no_recipients: bool,
    /// Transfers to other countries.
    pub transfers: Vec<Transfer>,
    /// Retention stated for all data, each rule with where it holds.
    pub retention: Vec<GeneralRetention>,
    /// The rights offered.
    pub rights: Rights,
    /// Children.
    pub children: Option<Children>,
    /// The cookie table.
    pub cookies: Option<Cookies>,
    /// Beacons, pixels, SDKs.
    pub trackers: Vec<Tracker>,
    /// Yes/no answers with the policy's own words.
    pub statements: Statements,
    /// Security measures.
    pub security: Option<Security>,
    /// How changes are made known.
    pub changes: Option<Changes>,
    /// The writer's prose sections, in order.
    pub sections: Vec<Section>,
}

/// Title, dates, version, language, jurisdictions.
#[derive(Serialize, JsonSchema)]
pub struct Meta {
    /// The title.
    pub title: String,
    /// When it takes effect.
    pub effective: Option<m::Date>,
    /// When it was last updated.
    pub updated: Option<m::Date>,
    /// A version label.
    pub version: Option<String>,
    /// A language tag.
    pub language: Option<String>,
    /// The regimes it is written for.
    pub jurisdictions: Vec<m::Jurisdiction>,
    /// Where it is published.
    pub url: Option<String>,
    /// Where the separate CCPA notice at collection is published (11 CCR 7012).
    pub notice_at_collection: Option<String>,
}

/// A person or organisation with contact details.
#[derive(Serialize, JsonSchema)]
pub struct Party {
    /// Name.
    pub name: String,
    /// Legal form.
    pub legal_form: Option<String>,
    /// Postal address.
    pub address: Option<String>,
    /// E-mail.
    pub email: Option<String>,
    /// Phone.
    pub phone: Option<String>,
    /// Website.
    pub website: Option<String>,
    /// An online contact form.
    pub contact_form: Option<String>,
    /// Its company registration.
    pub registration: Option<String>,
    /// Country of establishment.
    pub country: Option<String>,
    /// Its establishment in the EEA (GDPR Art. 3(1)), when it is established elsewhere.
    pub eu_establishment: Option<String>,
    /// Identity is checked when contacted.
    pub verifies_identity: Option<bool>,
    /// A DPO is stated to be required.
    pub required: Option<bool>,
    /// Where it acts: regions or regimes (`eea`, `uk`); empty means everywhere.
    pub scope: Vec<m::Place>,
}

/// A category of personal data.
#[derive(Serialize, JsonSchema)]
pub struct DataCategory {
    /// The id.
    pub id: String,
    /// What it is called.
    pub label: String,
    /// Examples.
    pub examples: Vec<String>,
    /// Where it comes from.
    pub sources: Vec<m::Source>,
    /// Who provides it, when third parties do.
    pub providers: Vec<String>,
    /// Whose data it is, when stated.
    pub subjects: Vec<m::Subject>,
    /// When it is collected.
    pub collected: Vec<String>,
    /// GDPR Art. 9 special categories.
    pub special: Vec<m::Special>,
    /// Kinds of CCPA sensitive personal information.
    pub sensitive: Vec<m::Sensitive>,
    /// CCPA categories.
    pub ccpa_categories: Vec<m::CcpaCategory>,
    /// How long it is kept.
    pub retention: Option<Lifetime>,
    /// Whether providing it is required.
    pub provision: Option<m::Provision>,
    /// The third party that collects it directly, under its own policy.
    pub collected_by: Option<String>,
}

/// A legal basis as the policy words it.
#[derive(Serialize, JsonSchema)]
pub struct Basis {
    /// The id.
    pub id: String,
    /// The policy's wording.
    pub label: String,
    /// The ground.
    pub ground: Ground,
    /// The legitimate interest.
    pub interest: Option<String>,
    /// How consent is given.
    pub consent_by: Vec<m::ConsentMechanism>,
    /// What it is said to cover, in words that name no purpose.
    pub covers: Vec<String>,
    /// The purposes it covers (ids).
    pub covers_purposes: Vec<String>,
}

/// What a basis rests on: an Art. 6(1) ground, or the policy's words when they name none.
#[derive(Serialize, JsonSchema)]
#[serde(tag = "kind", content = "value", rename_all = "kebab-case")]
pub enum Ground {
    /// One of the six grounds.
    #[serde(rename = "article-6")]
    Article6(m::Ground),
    /// The policy's own words.
    Unrecognised(String),
}

/// Why data is processed.
#[derive(Serialize, JsonSchema)]
pub struct Purpose {
    /// The id.
    pub id: String,
    /// What it is.
    pub label: String,
    /// The data categories it uses (ids); every category when `uses_all`.
    pub uses: Vec<String>,
    /// It uses every category of data in the policy.
    pub uses_all: bool,
    /// Its bases as alternatives (one entry when they all apply together).
    pub alternatives: Vec<Alternative>,
    /// The `basis` declarations it rests on (ids).
    pub bases: Vec<String>,
    /// Grounds stated directly.
    pub grounds: Vec<Ground>,
    /// The legitimate interest.
    pub interest: Option<String>,
    /// The Art. 9(2) condition.
    pub condition: Option<m::Art9Condition>,
    /// How consent is given.
    pub consent_by: Vec<m::ConsentMechanism>,
    /// Data used only under one of the bases.
    pub only_with: Vec<OnlyWith>,
}

/// A retention rule stated for all data.
#[derive(Serialize, JsonSchema)]
pub struct GeneralRetention {
    /// The rule: a period, an event, or the policy's criterion.
    #[serde(flatten)]
    pub rule: Lifetime,
    /// Where it holds: regions or regimes; empty means everywhere.
    pub scope: Vec<m::Place>,
}

/// Data a purpose uses only under one of its bases.
#[derive(Serialize, JsonSchema)]
pub struct OnlyWith {
    /// The ground or `basis` id.
    pub basis: String,
    /// The data categories (ids).
    pub data: Vec<String>,
}

/// One alternative basis and when it applies.
#[derive(Serialize, JsonSchema)]
pub struct Alternative {
    /// Grounds stated directly.
    pub grounds: Vec<Ground>,
    /// `basis` declarations (ids).
    pub bases: Vec<String>,
    /// When it applies, in the policy's words.
    pub condition: Option<String>,
    /// Where it holds: regions or regimes; empty means everywhere.
    pub scope: Vec<m::Place>,
}

/// Who receives data.
#[derive(Serialize, JsonSchema)]
pub struct Recipient {
    /// The id.
    pub id: String,
    /// Who they are.
    pub label: String,
    /// Their role.
    pub role: Option<m::Role>,
    /// Named parties.
    pub named: Vec<String>,
    /// The data they receive (ids).
    pub receives: Vec<String>,
    /// Why.
    pub purpose: Option<String>,
    /// Where they are.
    pub locations: Vec<String>,
    /// A sale (CCPA).
    pub sold: Option<bool>,
    /// The policy's words about the sale.
    pub sold_statement: Option<String>,
    /// Sharing for cross-context advertising (CCPA).
    pub shared: Option<bool>,
    /// The policy's words about the sharing.
    pub shared_statement: Option<String>,
}

/// A transfer to other countries.
#[derive(Serialize, JsonSchema)]
pub struct Transfer {
    /// The id.
    pub id: String,
    /// What it is.
    pub label: String,
    /// Where data goes.
    pub destinations: Vec<String>,
    /// The safeguards relied on.
    pub safeguards: Vec<m::Safeguard>,
    /// The Art. 49 derogation.
    pub derogation: Option<m::Derogation>,
    /// How to obtain a copy of the safeguard.
    pub copy: Option<String>,
    /// The data transferred (ids).
    pub data: Vec<String>,
    /// The policy's own words.
    pub statement: Option<String>,
    /// How consent to it is obtained, when it rests on consent.
    pub consent_by: Vec<m::ConsentMechanism>,
    /// Where it is stated for: regions or regimes; empty means everywhere.
    pub scope: Vec<m::Place>,
}

/// The rights offered.
#[derive(Serialize, JsonSchema)]
pub struct Rights {
    /// Each right as stated.
    pub rights: Vec<Right>,
    /// How to send a request.
    pub request_via: Vec<String>,
    /// How quickly requests are answered, per region where it differs.
    pub respond_within: Vec<ResponseTime>,
    /// Identity is checked before answering.
    pub verifies_identity: Option<bool>,
    /// The policy's own words about checking identity.
    pub identity_statement: Option<String>,
}

/// A response time and where it applies.
#[derive(Serialize, JsonSchema)]
pub struct ResponseTime {
    /// The time.
    pub within: m::Duration,
    /// Where it applies; empty means everywhere.
    pub scope: Vec<m::Place>,
}

/// One right.
#[derive(Serialize, JsonSchema)]
pub struct Right {
    /// What it covers.
    pub kinds: Vec<m::RightKind>,
    /// The policy's description.
    pub label: String,
    /// The complaint authorities.
    pub authorities: Vec<Authority>,
    /// How to use it, in the policy's words.
    pub procedure: Option<String>,
    /// Whether requests under it are verified, when stated for this right.
    pub verifies_identity: Option<bool>,
    /// Where the right is offered; empty means everywhere.
    pub scope: Vec<m::Place>,
}

/// A supervisory authority.
#[derive(Serialize, JsonSchema)]
pub struct Authority {
    /// Its name.
    pub name: String,
    /// Named only as an example.
    pub example_only: bool,
    /// Its website.
    pub url: Option<String>,
    /// The region it serves; empty means everywhere.
    pub scope: Vec<m::Place>,
}

/// A minimum age and where it holds.
#[derive(Serialize, JsonSchema)]
pub struct MinimumAge {
    /// Years, or the policy's words ("the age of majority").
    pub age: m::Age,
    /// Where it holds: regions or regimes; empty means everywhere.
    pub scope: Vec<m::Place>,
}

/// Children.
#[derive(Serialize, JsonSchema)]
pub struct Children {
    /// The minimum ages stated, each with where it holds.
    pub minimum_ages: Vec<MinimumAge>,
    /// Directed at children.
    pub directed: Option<bool>,
    /// Parental consent is sought.
    pub parental_consent: Option<bool>,
    /// The policy\'s own words about parental consent.
    pub parental_consent_statement: Option<String>,
    /// What happens to data collected from a child by mistake.
    pub on_discovery: Option<String>,
    /// Whom to tell.
    pub contact: Option<String>,
}

/// The cookie table.
#[derive(Serialize, JsonSchema)]
pub struct Cookies {
    /// The columns the table declares.
    pub columns: Vec<m::Column>,
    /// The rows.
    pub rows: Vec<Cookie>,
    /// How consent is obtained.
    pub consent: Vec<m::ConsentMechanism>,
    /// Opt-out links and tools.
    pub opt_out: Vec<String>,
    /// A separate cookie notice describing each cookie.
    pub notice: Option<String>,
}

/// One cookie.
#[derive(Serialize, JsonSchema)]
pub struct Cookie {
    /// Name or prefix pattern ending in `*`; empty for a row that describes
    /// cookies by provider and category without naming them.
    pub name: String,
    /// Who sets it.
    pub provider: Option<String>,
    /// First or third party.
    pub party: Option<m::CookieParty>,
    /// What it is for.
    pub category: Option<m::CookieCategory>,
    /// How long it lives.
    pub lifetime: Option<Lifetime>,
    /// Why it is set.
    pub purpose: Option<String>,
    /// The domain it is set on.
    pub domain: Option<String>,
}

/// A tracker other than cookies.
#[derive(Serialize, JsonSchema)]
pub struct Tracker {
    /// The id.
    pub id: String,
    /// What it is.
    pub label: String,
    /// Its kind.
    pub kind: Option<m::TrackerKind>,
    /// Who provides it.
    pub provider: Option<String>,
    /// Why it is used.
    pub purpose: Option<String>,
}

/// A yes/no answer with the policy's words.
#[derive(Serialize, JsonSchema)]
pub struct Stance {
    /// The answer.
    pub answer: bool,
    /// The policy's words.
    pub statement: Option<String>,
    /// Where the answer holds: regions or regimes; empty means everywhere.
    pub scope: Vec<m::Place>,
}

/// The questions a policy answers yes or no: for each, the answers given,
/// one for everywhere and one per set of places where they differ.
#[derive(Serialize, JsonSchema)]
pub struct Statements {
    /// Do Not Track is honoured.
    pub honors_do_not_track: Vec<Stance>,
    /// Global Privacy Control is honoured.
    pub honors_gpc: Vec<Stance>,
    /// Third parties may track across sites.
    pub third_party_tracking: Vec<Stance>,
    /// Decisions are made by automated means.
    pub automated_decisions: Vec<Stance>,
    /// Personal information is sold.
    pub sells_data: Vec<Stance>,
    /// Personal information is shared for cross-context advertising.
    pub shares_data: Vec<Stance>,
    /// Sensitive or special-category data is collected.
    pub collects_sensitive_data: Vec<Stance>,
    /// Sensitive personal information is used only for the purposes 11 CCR §7027(m) lists.
    pub limits_sensitive_use: Vec<Stance>,
}

/// Security measures.
#[derive(Serialize, JsonSchema)]
pub struct Security {
    /// The measures named.
    pub measures: Vec<String>,
    /// Security is promised.
    pub guarantee: Option<bool>,
    /// The policy\'s own words about it.
    pub guarantee_statement: Option<String>,
    /// What happens after a breach.
    pub breach_notification: Option<String>,
}

/// How changes are made known.
#[derive(Serialize, JsonSchema)]
pub struct Changes {
    /// How people are told.
    pub notify_by: Vec<m::Notice>,
    /// The policy's words on how people are told.
    pub notify_statement: Option<String>,
    /// Significant changes need acceptance.
    pub acceptance_required: Option<bool>,
    /// Continued use counts as consent.
    pub continued_use_is_consent: Option<bool>,
    /// The policy's words on it.
    pub continued_use_statement: Option<String>,
    /// When changes take effect.
    pub take_effect: Option<String>,
}

/// A prose section.
#[derive(Serialize, JsonSchema)]
pub struct Section {
    /// The id (its anchor).
    pub id: String,
    /// The heading.
    pub title: String,
    /// The generated section it joins.
    pub topic: Option<m::Topic>,
    /// The generated section it follows, as a section of its own.
    pub after: Option<m::Topic>,
    /// Where what it says applies; empty means everywhere.
    pub scope: Vec<m::Place>,
    /// The writer's Markdown with each named fact in plain words (not escaped).
    pub text: String,
    /// The same text as segments: the writer's Markdown, and each fact with what it names.
    pub body: Vec<Segment>,
}

/// A piece of a section's text.
#[derive(Serialize, JsonSchema)]
#[serde(untagged)]
pub enum Segment {
    /// The writer's Markdown.
    Text {
        /// The Markdown.
        text: String,
    },
    /// A declared fact named by a placeholder.
    Fact {
        /// What it names.
        fact: m::FactRef,
        /// Its words, plain.
        text: String,
        /// The anchor it links to, for cookies and sections.
        anchor: Option<String>,
    },
}

fn v<T: Clone>(s: &m::Spanned<T>) -> T {
    s.value.clone()
}

fn vs<T: Clone>(s: &[m::Spanned<T>]) -> Vec<T> {
    s.iter().map(v).collect()
}

fn scope(s: &m::Scope) -> Vec<m::Place> {
    s.0.iter().map(|p| p.value).collect()
}

fn ground(g: &m::GroundClaim) -> Ground {
    match g {
        m::GroundClaim::Article6(g) => Ground::Article6(*g),
        m::GroundClaim::Unrecognised(w) => Ground::Unrecognised(w.clone()),
    }
}

fn party(p: &m::Party) -> Party {
    Party {
        name: v(&p.name),
        legal_form: p.legal_form.clone(),
        address: p.address.as_ref().map(v),
        email: p.email.as_ref().map(v),
        phone: p.phone.clone(),
        website: p.website.clone(),
        contact_form: p.contact_form.clone(),
        registration: p.registration.clone(),
        country: p.country.as_ref().map(v),
        eu_establishment: p.eu_establishment.as_ref().map(v),
        verifies_identity: p.verifies_identity,
        required: p.required,
        scope: scope(&p.scope),
    }
}

fn stance(answers: &m::Answers) -> Vec<Stance> {
    answers
        .iter()
        .map(|s| Stance {
            answer: s.answer,
            statement: s.statement.as_ref().map(v),
            scope: scope(&s.scope),
        })
        .collect()
}

fn section(p: &m::Policy, anchors: &super::anchors::Anchors, s: &m::Section) -> Section {
    let body = s
        .body
        .iter()
        .map(|seg| match seg {
            m::Segment::Text(t) => Segment::Text { text: t.clone() },
            m::Segment::Fact(f) => {
                let shown = p.fact(f);
                Segment::Fact {
                    fact: f.clone(),
                    text: shown.as_ref().map(|x| x.text.clone()).unwrap_or_default(),
                    anchor: shown.and_then(|x| x.anchor).and(anchors.fact(f)),
                }
            }
        })
        .collect();
    Section {
        id: v(&s.id),
        title: s.title.clone(),
        topic: s.topic,
        after: s.after,
        scope: scope(&s.scope),
        text: s.plain_text(p),
        body,
    }
}

impl From<&m::Policy> for Policy {
    fn from(p: &m::Policy) -> Self {
        let mt = &p.meta;
        Policy {
            format_version: FORMAT_VERSION,
            meta: Meta {
                title: v(&mt.title),
                effective: mt.effective.as_ref().map(v),
                updated: mt.updated.as_ref().map(v),
                version: mt.version.clone(),
                language: mt.language.clone(),
                jurisdictions: vs(&mt.jurisdictions),
                url: mt.url.clone(),
                notice_at_collection: mt.notice_at_collection.as_ref().map(v),
            },
            controller: p.controller.as_ref().map(party),
            regional_controllers: p.regional_controllers.iter().map(party).collect(),
            dpo: p.dpo.as_ref().map(party),
            representatives: p.representatives.iter().map(party).collect(),
            data: p
                .data
                .iter()
                .map(|d| DataCategory {
                    id: v(&d.id),
                    label: d.label.clone(),
                    examples: d.examples.clone(),
                    sources: vs(&d.sources),
                    providers: d.providers.clone(),
                    subjects: vs(&d.subjects),
                    collected: d.collected.clone(),
                    special: vs(&d.special),
                    sensitive: vs(&d.sensitive),
                    ccpa_categories: d.ccpa_categories.clone(),
                    retention: d.retention.as_ref().map(v),
                    provision: d.provision,
                    collected_by: d.collected_by.as_ref().map(v),
                })
                .collect(),
            bases: p
                .bases
                .iter()
                .map(|b| Basis {
                    id: v(&b.id),
                    label: b.label.clone(),
                    ground: ground(&b.ground.value),
                    interest: b.interest.as_ref().map(v),
                    consent_by: vs(&b.consent_by),
                    covers: vs(&b.covers),
                    covers_purposes: vs(&b.covers_purposes),
                })
                .collect(),
            purposes: p
                .purposes
                .iter()
                .map(|u| Purpose {
                    id: v(&u.id),
                    label: u.label.clone(),
                    uses: vs(&u.uses),
                    uses_all: u.uses_all,
                    alternatives: u
                        .alternatives
                        .iter()
                        .map(|a| Alternative {
                            grounds: a.grounds.iter().map(|g| ground(&g.value)).collect(),
                            bases: vs(&a.bases),
                            condition: a.condition.as_ref().map(v),
                            scope: scope(&a.scope),
                        })
                        .collect(),
                    bases: vs(&u.bases),
                    grounds: u.grounds.iter().map(|g| ground(&g.value)).collect(),
                    interest: u.interest.as_ref().map(v),
                    condition: u.condition.as_ref().map(v),
                    consent_by: vs(&u.consent_by),
                    only_with: u
                        .only_with
                        .iter()
                        .map(|o| OnlyWith {
                            basis: v(&o.basis),
                            data: vs(&o.data),
                        })
                        .collect(),
                })
                .collect(),
            recipients: p
                .recipients
                .iter()
                .map(|r| Recipient {
                    id: v(&r.id),
                    label: r.label.clone(),
                    role: r.role.as_ref().map(v),
                    named: r.named.clone(),
                    receives: vs(&r.receives),
                    purpose: r.purpose.clone(),
                    locations: vs(&r.locations),
                    sold: r.sold,
                    sold_statement: r.sold_statement.clone(),
                    shared: r.shared,
                    shared_statement: r.shared_statement.clone(),
                })
                .collect(),
            no_recipients: p.no_recipients,
            transfers: p
                .transfers
                .iter()
                .map(|t| Transfer {
                    id: v(&t.id),
                    label: t.label.clone(),
                    destinations: vs(&t.destinations),
                    safeguards: vs(&t.safeguards),
                    derogation: t.derogation.as_ref().map(v),
                    copy: t.copy.clone(),
                    data: vs(&t.data),
                    statement: t.statement.clone(),
                    consent_by: vs(&t.consent_by),
                    scope: scope(&t.scope),
                })
                .collect(),
            retention: p
                .retention
                .iter()
                .map(|r| GeneralRetention {
                    rule: r.value.value.clone(),
                    scope: scope(&r.scope),
                })
                .collect(),
            rights: Rights {
                rights: p
                    .rights
                    .rights
                    .iter()
                    .map(|r| Right {
                        kinds: vs(&r.kinds),
                        label: r.label.clone(),
                        authorities: r
                            .authorities
                            .iter()
                            .map(|a| Authority {
                                name: v(&a.name),
                                example_only: a.example_only,
                                url: a.url.clone(),
                                scope: scope(&a.scope),
                            })
                            .collect(),
                        procedure: r.procedure.clone(),
                        verifies_identity: r.verifies_identity,
                        scope: scope(&r.scope),
                    })
                    .collect(),
                request_via: vs(&p.rights.request_via),
                respond_within: p
                    .rights
                    .respond_within
                    .iter()
                    .map(|t| ResponseTime {
                        within: t.value.value,
                        scope: scope(&t.scope),
                    })
                    .collect(),
                verifies_identity: p.rights.verifies_identity,
                identity_statement: p.rights.identity_statement.clone(),
            },
            children: p.children.as_ref().map(|c| Children {
                minimum_ages: c
                    .minimum_ages
                    .iter()
                    .map(|a| MinimumAge {
                        age: a.value.value.clone(),
                        scope: scope(&a.scope),
                    })
                    .collect(),
                directed: c.directed,
                parental_consent: c.parental_consent,
                parental_consent_statement: c.parental_consent_statement.clone(),
                on_discovery: c.on_discovery.clone(),
                contact: c.contact.clone(),
            }),
            cookies: p.cookies.as_ref().map(|c| Cookies {
                columns: c.columns.clone(),
                rows: c
                    .rows
                    .iter()
                    .map(|r| Cookie {
                        name: v(&r.name),
                        provider: r.provider.as_ref().map(v),
                        party: r.party.as_ref().map(v),
                        category: r.category.as_ref().map(v),
                        lifetime: r.lifetime.as_ref().map(v),
                        purpose: r.purpose.as_ref().map(v),
                        domain: r.domain.clone(),
                    })
                    .collect(),
                consent: vs(&c.consent),
                opt_out: c.opt_out.clone(),
                notice: c.notice.as_ref().map(v),
            }),
            trackers: p
                .trackers
                .iter()
                .map(|t| Tracker {
                    id: v(&t.id),
                    label: t.label.clone(),
                    kind: t.kind.as_ref().map(v),
                    provider: t.provider.clone(),
                    purpose: t.purpose.clone(),
                })
                .collect(),
            statements: Statements {
                honors_do_not_track: stance(&p.statements.honors_do_not_track),
                honors_gpc: stance(&p.statements.honors_gpc),
                third_party_tracking: stance(&p.statements.third_party_tracking),
                automated_decisions: stance(&p.statements.automated_decisions),
                sells_data: stance(&p.statements.sells_data),
                shares_data: stance(&p.statements.shares_data),
                collects_sensitive_data: stance(&p.statements.collects_sensitive_data),
                limits_sensitive_use: stance(&p.statements.limits_sensitive_use),
            },
            security: p.security.as_ref().map(|s| Security {
                measures: s.measures.clone(),
                guarantee: s.guarantee,
                guarantee_statement: s.guarantee_statement.clone(),
                breach_notification: s.breach_notification.clone(),
            }),
            changes: p.changes.as_ref().map(|c| Changes {
                notify_by: c.notify_by.clone(),
                notify_statement: c.notify_statement.clone(),
                acceptance_required: c.acceptance_required,
                continued_use_is_consent: c.continued_use_is_consent.as_ref().map(v),
                continued_use_statement: c.continued_use_statement.clone(),
                take_effect: c.take_effect.clone(),
            }),
            sections: {
                let anchors = super::anchors::Anchors::new(p, &[]);
                p.sections.iter().map(|s| section(p, &anchors, s)).collect()
            },
        }
    }
}

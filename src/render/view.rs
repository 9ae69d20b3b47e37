//! The template context: the policy, plus the words and order a document
//! needs (section list, anchors, labels in plain English, prose already
//! rendered). Templates only lay it out. docs/templates.md documents it.

use serde::Serialize;

use super::anchors::Anchors;
use super::prose;
use super::wording::*;
use crate::model::*;

pub use super::wording::{ground_words, place_words, source_words};

/// Which format prose is rendered for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    /// HTML fragments.
    Html,
    /// Markdown text.
    Markdown,
}

/// A reference to a data category, for lists of the data a fact covers.
#[derive(Serialize)]
pub struct DataRef {
    /// The id.
    pub id: String,
    /// The anchor of its row.
    pub anchor: String,
    /// Its label.
    pub label: String,
}

/// A yes/no answer with the policy's words.
#[derive(Serialize)]
pub struct StanceView {
    /// The answer.
    pub answer: bool,
    /// The policy's words.
    pub statement: Option<String>,
    /// Where it holds, in words, when it does not hold everywhere.
    pub region: Option<String>,
}

/// A party, in words.
#[derive(Serialize)]
pub struct PartyView {
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
    /// Contact form.
    pub contact_form: Option<String>,
    /// Company registration.
    pub registration: Option<String>,
    /// Country, in words.
    pub country: Option<String>,
    /// Its establishment in the EEA (GDPR Art. 3(1)), when it is established elsewhere.
    pub eu_establishment: Option<String>,
    /// Whether identity is checked when contacted.
    pub verifies_identity: Option<bool>,
    /// Whether a DPO is stated to be required (GDPR Art. 37).
    pub dpo_required: Option<bool>,
    /// The region it serves, in words ("the EEA or the UK"), when stated.
    pub region: Option<String>,
}

/// A data category, in words.
#[derive(Serialize)]
pub struct DataView {
    /// The id.
    pub id: String,
    /// Its anchor.
    pub anchor: String,
    /// Its label.
    pub label: String,
    /// Examples.
    pub examples: Vec<String>,
    /// Where it comes from, in words.
    pub sources: Vec<String>,
    /// When it is collected.
    pub collected: Vec<String>,
    /// Whose data it is, in words, when stated.
    pub subjects: Vec<&'static str>,
    /// Special category.
    pub special: Option<String>,
    /// Sensitive personal information.
    pub sensitive: Option<String>,
    /// CCPA categories, in words.
    pub ccpa_categories: Vec<&'static str>,
    /// Retention, in words.
    pub retention: Option<String>,
    /// Whether it is required, in words.
    pub required: Option<&'static str>,
    /// The third party that collects it directly, under its own policy.
    pub collected_by: Option<String>,
}

/// A legal basis, in words.
#[derive(Serialize)]
pub struct BasisView {
    /// The id.
    pub id: String,
    /// Its anchor.
    pub anchor: String,
    /// The policy's wording.
    pub label: String,
    /// The ground, in words with its article.
    pub ground: String,
    /// The legitimate interest.
    pub interest: Option<String>,
    /// What it is said to cover.
    pub covers: Vec<String>,
    /// How consent is given, in words.
    pub consent_by: Vec<&'static str>,
}

/// A purpose, in words.
#[derive(Serialize)]
pub struct PurposeView {
    /// The id.
    pub id: String,
    /// Its anchor.
    pub anchor: String,
    /// What it is.
    pub label: String,
    /// The data it uses.
    pub uses: Vec<DataRef>,
    /// It uses every category of data in the policy.
    pub uses_all: bool,
    /// Its bases, in words.
    pub basis: Vec<String>,
    /// The legitimate interest.
    pub interest: Option<String>,
    /// The Art. 9(2) condition.
    pub condition: Option<String>,
    /// How consent is given, in words.
    pub consent_by: Vec<&'static str>,
    /// Data used only under one of the bases, in words ("Public Content You
    /// Submit: only on the basis of consent (GDPR Art. 6(1)(a))").
    pub only_with: Vec<String>,
}

/// A recipient, in words.
#[derive(Serialize)]
pub struct RecipientView {
    /// The id.
    pub id: String,
    /// Its anchor.
    pub anchor: String,
    /// Who they are.
    pub label: String,
    /// Their role, in words.
    pub role: Option<&'static str>,
    /// Named parties.
    pub named: Vec<String>,
    /// The data they receive.
    pub receives: Vec<DataRef>,
    /// Why.
    pub purpose: Option<String>,
    /// Where, in words.
    pub locations: Vec<String>,
    /// A sale.
    pub sold: Option<bool>,
    /// Sharing.
    pub shared: Option<bool>,
    /// What the policy says of sale and sharing for this recipient: its
    /// words where it gives them, else the answer in a sentence.
    pub sale_notes: Vec<String>,
}

/// A transfer, in words.
#[derive(Serialize)]
pub struct TransferView {
    /// The id.
    pub id: String,
    /// Its anchor.
    pub anchor: String,
    /// What it is.
    pub label: String,
    /// Destinations, in words.
    pub destinations: Vec<String>,
    /// The safeguard, in words.
    pub safeguard: String,
    /// How to obtain a copy.
    pub copy: Option<String>,
    /// The data transferred.
    pub data: Vec<DataRef>,
    /// The policy's words.
    pub statement: Option<String>,
    /// Where it is stated for, in words, when not everywhere.
    pub region: Option<String>,
}

/// A complaint authority.
#[derive(Serialize)]
pub struct AuthorityView {
    /// Its name.
    pub name: String,
    /// Named only as an example.
    pub example_only: bool,
    /// Its website.
    pub url: Option<String>,
    /// The region it serves, in words, when stated.
    pub region: Option<String>,
}

/// A response time and where it applies.
#[derive(Serialize)]
pub struct ResponseTimeView {
    /// The time, in words.
    pub within: String,
    /// Where it applies, in words, when it is limited.
    pub region: Option<String>,
}

/// A right, in words.
#[derive(Serialize)]
pub struct RightView {
    /// Its kinds (words of the language).
    pub kinds: Vec<&'static str>,
    /// Its kinds, named for people.
    pub names: Vec<&'static str>,
    /// The policy's description.
    pub label: String,
    /// Only California rights.
    pub california: bool,
    /// The complaint authorities.
    pub authorities: Vec<AuthorityView>,
    /// Where it is offered, in words, when limited.
    pub region: Option<String>,
    /// How to use it, in the policy's words.
    pub procedure: Option<String>,
    /// Whether requests under it are verified, when stated for this right.
    pub verifies_identity: Option<bool>,
}

/// A cookie row, in words.
#[derive(Serialize)]
pub struct CookieView {
    /// Name or pattern.
    pub name: String,
    /// Its anchor.
    pub anchor: String,
    /// Who sets it.
    pub provider: Option<String>,
    /// "first party" or "third party".
    pub party: Option<String>,
    /// Its category.
    pub category: Option<&'static str>,
    /// Its lifetime, in words.
    pub lifetime: Option<String>,
    /// Why it is set.
    pub purpose: Option<String>,
    /// Its domain.
    pub domain: Option<String>,
}

/// The cookie table.
#[derive(Serialize)]
pub struct CookiesView {
    /// The declared columns.
    pub columns: Vec<&'static str>,
    /// The rows.
    pub rows: Vec<CookieView>,
    /// How consent is obtained, in words.
    pub consent: Vec<&'static str>,
    /// Opt-out links and tools.
    pub opt_out: Vec<String>,
    /// The separate cookie notice.
    pub notice: Option<String>,
}

/// A tracker.
#[derive(Serialize)]
pub struct TrackerView {
    /// The id.
    pub id: String,
    /// What it is.
    pub label: String,
    /// Its kind.
    pub kind: Option<&'static str>,
    /// Who provides it.
    pub provider: Option<String>,
    /// Why it is used.
    pub purpose: Option<String>,
}

/// Children.
#[derive(Serialize)]
pub struct ChildrenView {
    /// Minimum ages, in years or words.
    pub minimum_ages: Vec<String>,
    /// Directed at children.
    pub directed: Option<bool>,
    /// Parental consent.
    pub parental_consent: Option<bool>,
    /// The policy\'s own words about parental consent.
    pub parental_consent_statement: Option<String>,
    /// What happens to data found.
    pub on_discovery: Option<String>,
    /// Whom to tell.
    pub contact: Option<String>,
}

/// Security.
#[derive(Serialize)]
pub struct SecurityView {
    /// The measures.
    pub measures: Vec<String>,
    /// Security is promised.
    pub guarantee: Option<bool>,
    /// The policy\'s own words about it.
    pub guarantee_statement: Option<String>,
    /// After a breach.
    pub breach_notification: Option<String>,
}

/// Changes.
#[derive(Serialize)]
pub struct ChangesView {
    /// How people are told, in words.
    pub notify_by: Vec<&'static str>,
    /// The policy's words on how people are told.
    pub notify_statement: Option<String>,
    /// Acceptance needed.
    pub acceptance_required: Option<bool>,
    /// Continued use is consent.
    pub continued_use_is_consent: Option<bool>,
    /// The policy's words on it.
    pub continued_use_statement: Option<String>,
    /// When changes take effect.
    pub take_effect: Option<String>,
}

/// A block of the writer's prose, rendered for the output format.
#[derive(Serialize)]
pub struct ProseView {
    /// The section id.
    pub id: String,
    /// Its anchor.
    pub anchor: String,
    /// Its heading.
    pub title: String,
    /// The rendered prose (HTML or Markdown).
    pub body: String,
    /// Where what it says applies, in words, when limited.
    pub region: Option<String>,
}

/// A section of the document: generated (`kind` is its topic) or the writer's (`kind` is `prose`).
#[derive(Serialize)]
pub struct SectionView {
    /// Its id.
    pub id: String,
    /// Its anchor.
    pub anchor: String,
    /// Its heading.
    pub title: String,
    /// The topic, or `prose`.
    pub kind: &'static str,
    /// The writer's prose placed in it.
    pub prose: Vec<ProseView>,
}

/// Everything a template receives. docs/templates.md documents these names.
#[derive(Serialize)]
pub struct Context {
    /// `policyc X.Y.Z`.
    pub generator: &'static str,
    /// The title.
    pub title: String,
    /// The language tag.
    pub language: String,
    /// Last updated, in words.
    pub updated: Option<String>,
    /// Last updated, `YYYY-MM-DD`.
    pub updated_iso: Option<String>,
    /// Where the policy is published.
    pub url: Option<String>,
    /// Where the separate CCPA notice at collection is published.
    pub notice_at_collection: Option<String>,
    /// In effect from, in words.
    pub effective: Option<String>,
    /// A version label.
    pub version: Option<String>,
    /// The regimes, in words.
    pub jurisdictions: Vec<&'static str>,
    /// The controller.
    pub controller: Option<PartyView>,
    /// Controllers for some places only, each with its region.
    pub regional_controllers: Vec<PartyView>,
    /// The DPO.
    pub dpo: Option<PartyView>,
    /// Representatives, each with its region.
    pub representatives: Vec<PartyView>,
    /// Data categories.
    pub data: Vec<DataView>,
    /// Legal bases.
    pub bases: Vec<BasisView>,
    /// Purposes.
    pub purposes: Vec<PurposeView>,
    /// Whether the purposes table has a legal-basis column.
    pub shows_bases: bool,
    /// Automated decisions.
    pub automated_decisions: Vec<StanceView>,
    /// Recipients.
    pub recipients: Vec<RecipientView>,
    /// There are no recipients.
    pub no_recipients: bool,
    /// Sale.
    pub sells_data: Vec<StanceView>,
    /// Sharing.
    pub shares_data: Vec<StanceView>,
    /// Sensitive data collected.
    pub collects_sensitive_data: Vec<StanceView>,
    /// Sensitive data used only as 11 CCR §7027(m) allows.
    pub limits_sensitive_use: Vec<StanceView>,
    /// Transfers.
    pub transfers: Vec<TransferView>,
    /// Retention for all data, in words.
    pub retention: Vec<String>,
    /// Rights.
    pub rights: Vec<RightView>,
    /// How to send a request.
    pub request_via: Vec<String>,
    /// How quickly requests are answered, per region where it differs.
    pub respond_within: Vec<ResponseTimeView>,
    /// Identity is checked.
    pub verifies_identity: Option<bool>,
    /// The policy's own words about checking identity.
    pub identity_statement: Option<String>,
    /// Children.
    pub children: Option<ChildrenView>,
    /// Cookies.
    pub cookies: Option<CookiesView>,
    /// Trackers.
    pub trackers: Vec<TrackerView>,
    /// Do Not Track.
    pub honors_do_not_track: Vec<StanceView>,
    /// Global Privacy Control.
    pub honors_gpc: Vec<StanceView>,
    /// Third-party tracking.
    pub third_party_tracking: Vec<StanceView>,
    /// Security.
    pub security: Option<SecurityView>,
    /// Changes.
    pub changes: Option<ChangesView>,
    /// The document's sections, in order.
    pub sections: Vec<SectionView>,
}

fn data_refs(policy: &Policy, anchors: &Anchors, ids: &[Spanned<String>]) -> Vec<DataRef> {
    ids.iter()
        .map(|i| DataRef {
            id: i.value.clone(),
            anchor: anchors.data(&i.value),
            label: policy
                .data_category(&i.value)
                .map_or(i.value.clone(), |d| d.label.clone()),
        })
        .collect()
}

/// The answers to one question: the one for everywhere first, then the regional ones.
fn stance(answers: &Answers) -> Vec<StanceView> {
    let mut out: Vec<&Stance> = answers.iter().collect();
    out.sort_by_key(|s| !s.scope.is_everywhere());
    out.into_iter()
        .map(|s| StanceView {
            answer: s.answer,
            statement: s.statement.as_ref().map(|t| t.value.clone()),
            region: region(&s.scope),
        })
        .collect()
}

/// Whether the policy has something to say under a topic.
fn has(policy: &Policy, topic: Topic) -> bool {
    let st = &policy.statements;
    match topic {
        Topic::Introduction => true,
        Topic::Controller => {
            policy.controller.is_some()
                || !policy.regional_controllers.is_empty()
                || policy.dpo.is_some()
        }
        Topic::Data => {
            !policy.data.is_empty()
                || !st.collects_sensitive_data.is_empty()
                || !st.limits_sensitive_use.is_empty()
        }
        Topic::Purposes => {
            !policy.purposes.is_empty()
                || !policy.bases.is_empty()
                || !st.automated_decisions.is_empty()
        }
        Topic::Recipients => {
            !policy.recipients.is_empty() || policy.no_recipients || !st.sells_data.is_empty()
        }
        Topic::Transfers => !policy.transfers.is_empty(),
        Topic::Retention => {
            !policy.retention.is_empty() || policy.data.iter().any(|d| d.retention.is_some())
        }
        Topic::Rights => !policy.rights.rights.is_empty(),
        Topic::California => policy.rights.rights.iter().any(california_only),
        Topic::Cookies => policy.cookies.is_some() || !policy.trackers.is_empty(),
        Topic::Children => policy.children.is_some(),
        Topic::DoNotTrack => {
            !st.honors_do_not_track.is_empty()
                || !st.honors_gpc.is_empty()
                || !st.third_party_tracking.is_empty()
        }
        Topic::Security => policy.security.is_some(),
        Topic::Changes => policy.changes.is_some(),
        Topic::Contact => policy.controller.is_some() || !policy.regional_controllers.is_empty(),
    }
}

fn california(policy: &Policy) -> bool {
    policy.targets(Jurisdiction::Ccpa) || policy.targets(Jurisdiction::Caloppa)
}

/// A right offered to Californians only: California's kinds, limited to
/// California (a right offered everywhere, or across the US, is not
/// California's alone and stays with the others).
fn california_only(r: &Right) -> bool {
    r.kinds.iter().all(|k| is_california(k.value))
        && !r.scope.is_everywhere()
        && r.scope.0.iter().all(|p| {
            matches!(
                p.value,
                Place::Region(Region::California)
                    | Place::Regime(Jurisdiction::Ccpa | Jurisdiction::Caloppa)
            )
        })
}

/// Whether the page shows legal bases: when a purpose states one, or a
/// regime in force asks for them (GDPR Arts. 13(1)(c), 14(1)(c)). A US
/// notice that states none gets no column of "not stated".
fn shows_bases(policy: &Policy) -> bool {
    policy.purposes.iter().any(|p| {
        !p.bases.is_empty()
            || !p.grounds.is_empty()
            || !p.consent_by.is_empty()
            || p.interest.is_some()
            || p.condition.is_some()
    }) || !policy.bases.is_empty()
        || policy.targets(Jurisdiction::Gdpr)
        || policy.targets(Jurisdiction::UkGdpr)
        || policy.targets(Jurisdiction::Lgpd)
}

/// Renders one section's prose; its footnotes get document-wide unique ids.
fn render_prose(
    policy: &Policy,
    s: &Section,
    format: Format,
    trust: super::Trust,
    anchors: &mut Anchors,
) -> ProseView {
    let anchor = anchors.section(&s.id.value);
    let markdown = prose::section_markdown(policy, s, anchors);
    let mut labels: std::collections::HashMap<String, String> = std::collections::HashMap::new();
    let mut footnote_id = |label: &str| {
        labels
            .entry(label.to_string())
            .or_insert_with(|| anchors.fresh(&format!("{anchor}-fn-{}", slug(label))))
            .clone()
    };
    let mut options = prose::ProseOptions {
        allow_raw_html: trust.raw_html,
        allow_remote: trust.remote_resources,
        shift: 2,
        footnote_id: &mut footnote_id,
    };
    let body = match format {
        Format::Html => prose::to_html(&markdown, &mut options),
        Format::Markdown => prose::to_markdown(&markdown, &mut options),
    };
    ProseView {
        id: s.id.value.clone(),
        anchor,
        title: s.title.clone(),
        body,
        region: region(&s.scope),
    }
}

/// Builds the context a template receives. `reserved` are ids the templates
/// write themselves besides the built-in ones ([`super::anchors::TEMPLATE_IDS`]).
pub fn context(
    policy: &Policy,
    format: Format,
    trust: super::Trust,
    reserved: &[String],
) -> Context {
    let mut anchors = Anchors::new(policy, reserved);
    let mut sections = Vec::new();
    for t in Topic::all() {
        let prose: Vec<ProseView> = policy
            .sections
            .iter()
            .filter(|s| s.topic == Some(t))
            .map(|s| render_prose(policy, s, format, trust, &mut anchors))
            .collect();
        // A regime's section appears only where the policy declares the regime.
        let allowed = t != Topic::California || california(policy);
        if allowed && (has(policy, t) || !prose.is_empty()) {
            sections.push(SectionView {
                id: t.as_str().into(),
                anchor: t.as_str().into(),
                title: if t == Topic::Purposes && !shows_bases(policy) {
                    purposes_heading_without_bases().into()
                } else {
                    t.heading().into()
                },
                kind: t.as_str(),
                prose,
            });
        }
        // The writer's sections placed after this one, in source order.
        for s in policy.sections.iter().filter(|s| s.after == Some(t)) {
            let view = render_prose(policy, s, format, trust, &mut anchors);
            sections.push(SectionView {
                id: s.id.value.clone(),
                anchor: view.anchor.clone(),
                title: s.title.clone(),
                kind: "prose",
                prose: vec![view],
            });
        }
    }
    for s in policy
        .sections
        .iter()
        .filter(|s| s.topic.is_none() && s.after.is_none())
    {
        let view = render_prose(policy, s, format, trust, &mut anchors);
        sections.push(SectionView {
            id: s.id.value.clone(),
            anchor: view.anchor.clone(),
            title: s.title.clone(),
            kind: "prose",
            prose: vec![view],
        });
    }
    let anchors = &anchors;
    let st = &policy.statements;
    let meta = &policy.meta;
    Context {
        generator: concat!("policyc ", env!("CARGO_PKG_VERSION")),
        title: meta.title.value.clone(),
        language: meta.language.clone().unwrap_or_else(|| "en".into()),
        updated: meta.updated.as_ref().map(|d| date(d.value)),
        updated_iso: meta.updated.as_ref().map(|d| d.value.to_string()),
        url: meta.url.clone(),
        notice_at_collection: meta.notice_at_collection.as_ref().map(|n| n.value.clone()),
        effective: meta.effective.as_ref().map(|d| date(d.value)),
        version: meta.version.clone(),
        jurisdictions: meta
            .jurisdictions
            .iter()
            .map(|j| jurisdiction_words(j.value))
            .collect(),
        controller: policy.controller.as_ref().map(party_view),
        regional_controllers: policy.regional_controllers.iter().map(party_view).collect(),
        dpo: policy.dpo.as_ref().map(party_view),
        representatives: policy.representatives.iter().map(party_view).collect(),
        data: policy
            .data
            .iter()
            .map(|d| DataView {
                id: d.id.value.clone(),
                anchor: anchors.data(&d.id.value),
                label: d.label.clone(),
                examples: d.examples.clone(),
                sources: d
                    .sources
                    .iter()
                    .map(|s| source_words(s.value, &d.providers))
                    .collect(),
                collected: d.collected.clone(),
                subjects: d.subjects.iter().map(|x| x.value.words()).collect(),
                special: words_of(&d.special),
                sensitive: (!d.sensitive.is_empty()).then(|| {
                    let words: Vec<&str> = d.sensitive.iter().map(|x| x.value.words()).collect();
                    words.join("; ")
                }),
                ccpa_categories: d.ccpa_categories.iter().map(|c| ccpa_words(*c)).collect(),
                retention: d.retention.as_ref().map(|r| lifetime(&r.value)),
                required: d.provision.map(provision_words),
                collected_by: d.collected_by.as_ref().map(|c| c.value.clone()),
            })
            .collect(),
        bases: policy
            .bases
            .iter()
            .map(|b| BasisView {
                id: b.id.value.clone(),
                anchor: anchors.basis(&b.id.value),
                label: b.label.clone(),
                ground: ground_words(&b.ground.value),
                interest: b.interest.as_ref().map(|i| i.value.clone()),
                // What it covers: the purposes it names, then the words that name none.
                covers: b
                    .covers_purposes
                    .iter()
                    .map(|c| {
                        policy
                            .purposes
                            .iter()
                            .find(|p| p.id.value == c.value)
                            .map_or(c.value.clone(), |p| p.label.clone())
                    })
                    .chain(b.covers.iter().map(|c| c.value.clone()))
                    .collect(),
                consent_by: b
                    .consent_by
                    .iter()
                    .map(|m| consent_words(m.value))
                    .collect(),
            })
            .collect(),
        shows_bases: shows_bases(policy),
        purposes: policy
            .purposes
            .iter()
            .map(|p| {
                let basis_words = |b: &Spanned<String>| {
                    policy.basis(&b.value).map_or(b.value.clone(), |d| {
                        let ground = ground_words(&d.ground.value);
                        if restates(&ground, &d.label) {
                            ground
                        } else {
                            format!("{ground} — {}", d.label)
                        }
                    })
                };
                let words = |a: &Alternative| -> Vec<String> {
                    let mut w: Vec<String> = a.bases.iter().map(basis_words).collect();
                    w.extend(a.grounds.iter().map(|g| ground_words(&g.value)));
                    w
                };
                let conditional = p.alternatives.len() > 1
                    || p.alternatives
                        .iter()
                        .any(|a| a.condition.is_some() || !a.scope.is_everywhere());
                let basis: Vec<String> = if conditional {
                    // Alternatives, each with its condition in the writer's
                    // words; those for some places only after "If you live in …".
                    let mut scopes: Vec<&Scope> = Vec::new();
                    for a in &p.alternatives {
                        if !scopes.iter().any(|s| s.key() == a.scope.key()) {
                            scopes.push(&a.scope);
                        }
                    }
                    scopes.sort_by_key(|s| !s.is_everywhere());
                    scopes
                        .into_iter()
                        .map(|scope| {
                            let text = p
                                .alternatives
                                .iter()
                                .filter(|a| a.scope.key() == scope.key())
                                .map(|a| {
                                    let w = words(a).join(", ");
                                    match &a.condition {
                                        Some(c) => format!("{w}, {}", c.value),
                                        None => w,
                                    }
                                })
                                .collect::<Vec<_>>();
                            let text = alternatives(&text);
                            match region(scope) {
                                Some(r) => if_you_live_in(&r, &text),
                                None => text,
                            }
                        })
                        .collect::<Vec<_>>()
                } else {
                    p.alternatives.iter().flat_map(words).collect()
                };
                PurposeView {
                    id: p.id.value.clone(),
                    anchor: anchors.purpose(&p.id.value),
                    label: p.label.clone(),
                    uses: data_refs(policy, anchors, &p.uses),
                    uses_all: p.uses_all,
                    basis,
                    interest: p.interest.as_ref().map(|i| i.value.clone()),
                    condition: p.condition.as_ref().map(|c| c.value.to_string()),
                    consent_by: p
                        .consent_by
                        .iter()
                        .map(|m| consent_words(m.value))
                        .collect(),
                    only_with: p
                        .only_with
                        .iter()
                        .map(|o| {
                            let data: Vec<String> = data_refs(policy, anchors, &o.data)
                                .into_iter()
                                .map(|d| d.label)
                                .collect();
                            let basis = match Ground::from_word(&o.basis.value) {
                                Some(g) => ground_words(&GroundClaim::Article6(g)),
                                None => basis_words(&o.basis),
                            };
                            only_on_the_basis_of(&data, &basis)
                        })
                        .collect(),
                }
            })
            .collect(),
        automated_decisions: stance(&st.automated_decisions),
        recipients: policy
            .recipients
            .iter()
            .map(|r| RecipientView {
                id: r.id.value.clone(),
                anchor: anchors.recipient(&r.id.value),
                label: r.label.clone(),
                role: r.role.as_ref().map(|x| role_words(x.value)),
                named: r
                    .named
                    .iter()
                    .filter(|n| !n.eq_ignore_ascii_case(&r.label))
                    .cloned()
                    .collect(),
                receives: data_refs(policy, anchors, &r.receives),
                purpose: r.purpose.clone(),
                locations: r.locations.iter().map(|l| place_words(&l.value)).collect(),
                sold: r.sold,
                shared: r.shared,
                sale_notes: [
                    (
                        r.sold,
                        &r.sold_statement,
                        sale_note as fn(bool) -> &'static str,
                    ),
                    (r.shared, &r.shared_statement, sharing_note),
                ]
                .into_iter()
                .filter_map(|(answer, words, note)| {
                    let answer = answer?;
                    Some(words.clone().unwrap_or_else(|| note(answer).to_string()))
                })
                .collect(),
            })
            .collect(),
        no_recipients: policy.no_recipients,
        sells_data: stance(&st.sells_data),
        shares_data: stance(&st.shares_data),
        collects_sensitive_data: stance(&st.collects_sensitive_data),
        limits_sensitive_use: stance(&st.limits_sensitive_use),
        transfers: policy
            .transfers
            .iter()
            .map(|t| TransferView {
                id: t.id.value.clone(),
                anchor: anchors.transfer(&t.id.value),
                label: t.label.clone(),
                destinations: t
                    .destinations
                    .iter()
                    .map(|d| place_words(&d.value))
                    .collect(),
                safeguard: {
                    let derogation = t.derogation.as_ref().map(|d| d.value);
                    let words: Vec<String> = match t.safeguards.as_slice() {
                        [] => vec![safeguard_words(None, derogation, &t.consent_by)],
                        all => all
                            .iter()
                            .map(|s| safeguard_words(Some(s.value), derogation, &t.consent_by))
                            .collect(),
                    };
                    and_list(&words)
                },
                copy: t.copy.clone(),
                data: data_refs(policy, anchors, &t.data),
                statement: t.statement.clone(),
                region: region(&t.scope),
            })
            .collect(),
        retention: policy
            .retention
            .iter()
            .map(|r| {
                let sentence = retention_sentence(&r.value.value);
                match region(&r.scope) {
                    Some(place) => if_you_live_in(&place, &sentence),
                    None => sentence,
                }
            })
            .collect(),
        rights: policy
            .rights
            .rights
            .iter()
            .map(|r| RightView {
                kinds: r.kinds.iter().map(|k| k.value.as_str()).collect(),
                names: r.kinds.iter().map(|k| right_words(k.value)).collect(),
                label: r.label.clone(),
                california: california_only(r),
                authorities: r
                    .authorities
                    .iter()
                    .map(|a| AuthorityView {
                        name: a.name.value.clone(),
                        example_only: a.example_only,
                        url: a.url.clone(),
                        region: region(&a.scope),
                    })
                    .collect(),
                region: region(&r.scope),
                procedure: r.procedure.clone(),
                verifies_identity: r.verifies_identity,
            })
            .collect(),
        request_via: policy
            .rights
            .request_via
            .iter()
            .map(|r| r.value.clone())
            .collect(),
        respond_within: policy
            .rights
            .respond_within
            .iter()
            .map(|t| ResponseTimeView {
                within: duration(t.value.value),
                region: region(&t.scope),
            })
            .collect(),
        identity_statement: policy.rights.identity_statement.clone(),
        verifies_identity: policy
            .rights
            .verifies_identity
            .or(policy.controller.as_ref().and_then(|c| c.verifies_identity)),
        children: policy.children.as_ref().map(|c| ChildrenView {
            minimum_ages: c
                .minimum_ages
                .iter()
                .map(|a| {
                    let age = match &a.value.value {
                        Age::Years(y) => format!("{y}"),
                        Age::Words(w) => w.clone(),
                    };
                    match region(&a.scope) {
                        Some(r) => age_in(&age, &r),
                        None => age,
                    }
                })
                .collect(),
            directed: c.directed,
            parental_consent: c.parental_consent,
            parental_consent_statement: c.parental_consent_statement.clone(),
            on_discovery: c.on_discovery.clone(),
            contact: c.contact.clone(),
        }),
        cookies: policy.cookies.as_ref().map(|c| CookiesView {
            columns: c.columns.iter().map(|x| x.as_str()).collect(),
            rows: c
                .rows
                .iter()
                .enumerate()
                .map(|(i, r)| CookieView {
                    name: r.name.value.clone(),
                    anchor: anchors
                        .cookie_row(i)
                        .map_or_else(|| r.anchor(), str::to_string),
                    provider: r.provider.as_ref().map(|x| x.value.clone()),
                    party: r.party.as_ref().map(|x| party_words(&x.value)),
                    category: r.category.as_ref().map(|x| x.value.as_str()),
                    lifetime: r.lifetime.as_ref().map(|x| lifetime(&x.value)),
                    purpose: r.purpose.as_ref().map(|x| x.value.clone()),
                    domain: r.domain.clone(),
                })
                .collect(),
            consent: c.consent.iter().map(|m| consent_words(m.value)).collect(),
            opt_out: c.opt_out.clone(),
            notice: c.notice.as_ref().map(|n| n.value.clone()),
        }),
        trackers: policy
            .trackers
            .iter()
            .map(|t| TrackerView {
                id: t.id.value.clone(),
                label: t.label.clone(),
                kind: t.kind.as_ref().map(|k| k.value.words()),
                provider: t.provider.clone(),
                purpose: t.purpose.clone(),
            })
            .collect(),
        honors_do_not_track: stance(&st.honors_do_not_track),
        honors_gpc: stance(&st.honors_gpc),
        third_party_tracking: stance(&st.third_party_tracking),
        security: policy.security.as_ref().map(|s| SecurityView {
            measures: s.measures.clone(),
            guarantee: s.guarantee,
            guarantee_statement: s.guarantee_statement.clone(),
            breach_notification: s.breach_notification.clone(),
        }),
        changes: policy.changes.as_ref().map(|c| ChangesView {
            notify_by: c.notify_by.iter().map(|n| notice_words(*n)).collect(),
            acceptance_required: c.acceptance_required,
            continued_use_is_consent: c.continued_use_is_consent.as_ref().map(|v| v.value),
            continued_use_statement: c.continued_use_statement.clone(),
            notify_statement: c.notify_statement.clone(),
            take_effect: c.take_effect.clone(),
        }),
        sections,
    }
}

fn party_view(p: &Party) -> PartyView {
    PartyView {
        name: p.name.value.clone(),
        legal_form: p.legal_form.clone(),
        address: p.address.as_ref().map(|a| a.value.clone()),
        email: p.email.as_ref().map(|a| a.value.clone()),
        phone: p.phone.clone(),
        website: p.website.clone(),
        contact_form: p.contact_form.clone(),
        registration: p.registration.clone(),
        country: p.country.as_ref().map(|c| place_words(&c.value)),
        eu_establishment: p.eu_establishment.as_ref().map(|e| e.value.clone()),
        verifies_identity: p.verifies_identity,
        dpo_required: p.required,
        region: region(&p.scope),
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

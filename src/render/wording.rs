//! The English wording of everything the page says in generated words:
//! headings, the legal terms of each fact, regions, lists, the sentences
//! built around the policy's own words.
//!
//! This module is one language's wording. The view ([`super::view`]) calls
//! only these functions for words, so a translation (issue 26) replaces this
//! module, part by part, and nothing else in the view. Its other half is the
//! English phrasing inside the templates (templates/policy.html,
//! templates/policy.md: table heads, fixed sentences), which stays there for now.
//!
//! Not here yet, because the same words also serve messages for developers
//! (diagnostics, `policyc diff`), which stay in English:
//! - places and regions ([`Scope::words`], [`Place::words`], [`Region::words`],
//!   [`join_or`]) in model/scope.rs; [`region`] is the page's way to them;
//! - dates, durations and lifetimes (`Date::long`, the `Display` of
//!   [`Duration`] and [`Lifetime`]) in model/time.rs; [`date`], [`duration`]
//!   and [`lifetime`] are the page's way to them;
//! - "a, b and c" ([`super::prose::join_words`]), used through [`and_list`]
//!   and [`or_list`].

use crate::model::*;

// Lists, places and times.

/// "a, b and c".
pub fn and_list(items: &[String]) -> String {
    super::prose::join_words(items, "and")
}

/// "a, b or c".
pub fn or_list(items: &[String]) -> String {
    super::prose::join_words(items, "or")
}

/// Keywords as words, "a, b and c"; none when there are none.
pub fn words_of<T: std::fmt::Display>(items: &[Spanned<T>]) -> Option<String> {
    let words: Vec<String> = items.iter().map(|i| i.value.to_string()).collect();
    match words.as_slice() {
        [] => None,
        [one] => Some(one.clone()),
        [rest @ .., last] => Some(format!("{} and {last}", rest.join(", "))),
    }
}

/// Alternatives, each a phrase: "a; or b".
pub fn alternatives(texts: &[String]) -> String {
    texts.join("; or ")
}

/// The text with its first letter in lower case, for use inside a sentence.
pub fn lowercase_first(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(c) => c.to_lowercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// A scope in words, or `None` when the fact applies everywhere.
pub fn region(s: &Scope) -> Option<String> {
    (!s.is_everywhere()).then(|| s.words())
}

/// Text that holds only in some places: "If you live in the EEA: …".
pub fn if_you_live_in(place: &str, text: &str) -> String {
    format!("If you live in {place}: {text}")
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

/// A date in words ("22 July 2018").
pub fn date(d: Date) -> String {
    d.long()
}

/// A length of time in words ("2 years").
pub fn duration(d: Duration) -> String {
    d.to_string()
}

/// How long something is kept or lives, in words ("2 years after account closure").
pub fn lifetime(l: &Lifetime) -> String {
    l.to_string()
}

// Headings.

impl Topic {
    /// The heading of its generated section.
    pub fn heading(self) -> &'static str {
        match self {
            Topic::Introduction => "About this policy",
            Topic::Controller => "Who we are and how to reach us",
            Topic::Data => "What we collect and where it comes from",
            Topic::Purposes => "Why we use it and on what legal basis",
            Topic::Recipients => "Who receives it",
            Topic::Transfers => "International transfers",
            Topic::Retention => "How long we keep it",
            Topic::Rights => "Your rights and how to use them",
            Topic::California => "Your California privacy rights",
            Topic::Cookies => "Cookies and similar technologies",
            Topic::Children => "Children",
            Topic::DoNotTrack => "Privacy signals and cross-site tracking",
            Topic::Security => "How we protect your data",
            Topic::Changes => "Changes to this policy",
            Topic::Contact => "Contact us",
        }
    }
}

/// The heading of the purposes section when the page shows no legal bases.
pub fn purposes_heading_without_bases() -> &'static str {
    "Why we use it"
}

// The policy and its parties.

/// A regime, named in words.
pub fn jurisdiction_words(j: Jurisdiction) -> &'static str {
    match j {
        Jurisdiction::Gdpr => "the EU General Data Protection Regulation",
        Jurisdiction::UkGdpr => "the UK GDPR",
        Jurisdiction::Ccpa => "the California Consumer Privacy Act",
        Jurisdiction::Caloppa => "the California Online Privacy Protection Act",
        Jurisdiction::Coppa => "the Children's Online Privacy Protection Act",
        Jurisdiction::Eprivacy => "the EU ePrivacy Directive",
        Jurisdiction::Lgpd => "Brazil's LGPD",
        Jurisdiction::UsStates => "the privacy laws of US states such as Virginia and Colorado",
        Jurisdiction::Fadp => "the Swiss Federal Act on Data Protection",
    }
}

// Data.

/// Where data comes from, in words.
pub fn source_words(s: Source, providers: &[String]) -> String {
    match (s, providers) {
        (Source::Person, _) => "you".into(),
        (Source::Automatic, _) => "collected automatically".into(),
        (Source::ThirdParty, []) => "third parties".into(),
        (Source::ThirdParty, p) => format!("third parties: {}", p.join("; ")),
        (Source::Derived, _) => "derived by us from other data".into(),
    }
}

impl Subject {
    /// In words, for the page.
    pub fn words(self) -> &'static str {
        match self {
            Subject::Users => "people who use the service",
            Subject::Visitors => "visitors",
            Subject::Customers => "customers",
            Subject::Others => "people who are not users",
            Subject::Children => "children",
            Subject::Applicants => "job applicants",
            Subject::Employees => "employees",
        }
    }
}

impl Sensitive {
    /// In words, for the page (after Cal. Civ. Code 1798.140(ae)).
    pub fn words(self) -> &'static str {
        match self {
            Sensitive::GovernmentId => "government identifiers",
            Sensitive::AccountCredentials => "account log-in with its password or credentials",
            Sensitive::FinancialAccount => "financial account or card number with its access code",
            Sensitive::PreciseGeolocation => "precise geolocation",
            Sensitive::Beliefs => {
                "racial or ethnic origin, religious or philosophical beliefs or union membership"
            }
            Sensitive::CommunicationsContent => "contents of mail, e-mail and text messages",
            Sensitive::Genetic => "genetic data",
            Sensitive::Biometric => "biometric information used to identify a person",
            Sensitive::Health => "health information",
            Sensitive::SexLife => "sex life or sexual orientation",
        }
    }
}

/// A CCPA category of personal information, in words.
pub fn ccpa_words(c: CcpaCategory) -> &'static str {
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

/// Whether data must be given, in words.
pub fn provision_words(p: Provision) -> &'static str {
    match p {
        Provision::Statutory => "required by law",
        Provision::Contractual => "required for the contract",
        Provision::Optional => "optional",
    }
}

/// Whether giving some items is required: "phone number and name: required for the contract".
pub fn items_provision(items: &[String], p: Provision) -> String {
    format!("{}: {}", and_list(items), provision_words(p))
}

/// The "providing it is" of data the person does not hand over.
pub fn not_provided_by_you() -> &'static str {
    "not something you provide"
}

// Purposes and legal bases.

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
        GroundClaim::Lgpd(g) => match g {
            LgpdGround::PublicPolicy => "Carrying out public policies (LGPD Art. 7(III))",
            LgpdGround::Research => "Studies by a research body (LGPD Art. 7(IV))",
            LgpdGround::ExerciseOfRights => {
                "Exercising rights in judicial, administrative or arbitration proceedings (LGPD Art. 7(VI))"
            }
            LgpdGround::HealthProtection => "Protecting health (LGPD Art. 7(VIII))",
            LgpdGround::CreditProtection => "Protecting credit (LGPD Art. 7(X))",
        }
        .to_string(),
        GroundClaim::Unrecognised(words) => format!("“{words}”"),
    }
}

/// Whether a label only restates the ground's name ("Performance of a Contract").
pub fn restates(ground: &str, label: &str) -> bool {
    let name = ground.split(" (").next().unwrap_or(ground);
    name.trim()
        .eq_ignore_ascii_case(label.trim().trim_end_matches('.'))
}

/// The data a purpose uses, named by the purpose: "Data used for fraud checks".
pub fn data_used_for(purpose: &str) -> String {
    format!("Data used for {}", lowercase_first(purpose))
}

/// What `covers all` covers, in words.
pub fn every_purpose() -> &'static str {
    "every purpose in this policy"
}

/// How consent is given, in words.
pub fn consent_words(m: ConsentMechanism) -> &'static str {
    match m {
        ConsentMechanism::Checkbox => "a box you tick",
        ConsentMechanism::OptIn => "a separate opt-in",
        ConsentMechanism::PreTicked => "a box ticked in advance",
        ConsentMechanism::ContinuedUse => "your continued use of the site",
        ConsentMechanism::Banner => "a cookie banner where you accept or refuse",
        ConsentMechanism::BrowserSettings => "your browser's cookie settings",
        ConsentMechanism::DeviceSettings => "a permission you grant in your device's settings",
    }
}

/// Data used only under one of a purpose's bases: "Public content: only on
/// the basis of consent (GDPR Art. 6(1)(a))".
pub fn only_on_the_basis_of(data: &[String], basis: &str) -> String {
    format!(
        "{}: only on the basis of {}",
        and_list(data),
        lowercase_first(basis)
    )
}

// Recipients.

/// A recipient's role, in words.
pub fn role_words(r: Role) -> &'static str {
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

/// What a disclosure to a recipient is, in a sentence, when the policy gives
/// no words of its own: a sale of personal information or not.
pub fn sale_note(sold: bool) -> &'static str {
    if sold {
        "Disclosing data to them is a sale of personal information."
    } else {
        "Disclosing data to them is not a sale of personal information."
    }
}

/// The same for sharing for cross-context behavioural advertising.
pub fn sharing_note(shared: bool) -> &'static str {
    if shared {
        "Disclosing data to them is sharing for cross-context behavioural advertising."
    } else {
        "Disclosing data to them is not sharing for cross-context behavioural advertising."
    }
}

// Transfers.

/// A transfer's safeguard (or derogation) in words, with its article.
pub fn safeguard_words(
    s: Option<Safeguard>,
    d: Option<Derogation>,
    consent_by: &[Spanned<ConsentMechanism>],
) -> String {
    // Consent obtained as the policy says it is, not the explicit consent Art. 49(1)(a) asks for.
    if let (Some(Safeguard::Derogation), Some(Derogation::Consent), false) =
        (s, d, consent_by.is_empty())
    {
        let how: Vec<String> = consent_by
            .iter()
            .map(|m| consent_words(m.value).to_string())
            .collect();
        return format!(
            "derogation: your consent, obtained through {} (GDPR Art. 49(1)(a))",
            or_list(&how)
        );
    }
    match (s, d) {
        (None, _) => "not stated".into(),
        (Some(Safeguard::None), _) => "none".into(),
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

// Retention.

/// A retention rule as a sentence: a period or event in our words, a criterion in the writer's.
pub fn retention_sentence(l: &Lifetime) -> String {
    match l {
        Lifetime::Criterion { text } => {
            let mut c = text.trim().chars();
            c.next()
                .map(|f| f.to_uppercase().collect::<String>() + c.as_str())
                .unwrap_or_default()
        }
        Lifetime::Session => "We keep it until the end of your browser session".into(),
        Lifetime::Indefinite => "We keep personal data without a time limit".into(),
        Lifetime::Period { .. } => format!("We keep personal data for {l}"),
    }
}

// Rights.

/// A right's kind, named for people.
pub fn right_words(k: RightKind) -> &'static str {
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
        RightKind::Confirm => "Confirmation that we process your data",
        RightKind::Anonymisation => "Anonymisation, blocking or deletion of unnecessary data",
        RightKind::KnowRecipients => "Knowing with whom we share your data",
        RightKind::OptOutTargetedAds => "Opting out of targeted advertising",
        RightKind::OptOutProfiling => "Opting out of profiling",
        RightKind::Appeal => "Appealing our decision on your request",
        RightKind::PostMortemDirectives => "Directives about your data after your death",
    }
}

// Children.

/// A minimum age that holds only in some places: "16 if you live in the EEA".
pub fn age_in(age: &str, place: &str) -> String {
    format!("{age} if you live in {place}")
}

// Cookies and trackers.

/// Who sets a cookie: "first party", "third party".
pub fn party_words(party: &impl std::fmt::Display) -> String {
    format!("{party} party")
}

impl TrackerKind {
    /// In words, for the page.
    pub fn words(self) -> &'static str {
        match self {
            TrackerKind::WebBeacon => "a web beacon",
            TrackerKind::Pixel => "a tracking pixel",
            TrackerKind::Sdk => "a software development kit in the app",
            TrackerKind::LocalStorage => "browser local storage",
            TrackerKind::Fingerprinting => "device fingerprinting",
        }
    }
}

// Changes.

/// How people are told of changes, in words.
pub fn notice_words(n: Notice) -> &'static str {
    match n {
        Notice::Email => "an e-mail to you",
        Notice::Posting => "posting the new policy on the site",
        Notice::InService => "a notice in the service",
        Notice::Banner => "a banner on the site",
    }
}

//! The closed vocabularies of the language: jurisdictions, legal grounds,
//! roles, rights … Each is a keyword enum whose words are the source syntax
//! and the JSON output alike. Their words for readers (headings, kinds in
//! words) are in [`crate::render::wording`].

use serde::Serialize;

/// Declares a keyword enum: `ALL` lists its words (for "expected one of" and
/// "did you mean"), `from_word` reads one, `as_str` writes it back.
macro_rules! keywords {
    ($(#[$meta:meta])* $name:ident as $what:literal { $($(#[$vmeta:meta])* $variant:ident = $word:literal),* $(,)? }) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, schemars::JsonSchema)]
        pub enum $name {
            $($(#[$vmeta])* #[serde(rename = $word)] $variant),*
        }

        impl $name {
            /// Every word of this vocabulary, in the order of the documentation.
            pub const WORDS: &'static [&'static str] = &[$($word),*];

            /// Reads a word of this vocabulary.
            pub fn from_word(word: &str) -> Option<Self> {
                match word {
                    $($word => Some($name::$variant),)*
                    _ => None,
                }
            }

            /// The word for this value.
            pub fn as_str(self) -> &'static str {
                match self {
                    $($name::$variant => $word),*
                }
            }
        }

        impl crate::model::schema::Vocabulary for $name {
            const VOCAB: crate::model::schema::Vocab = crate::model::schema::Vocab {
                what: $what,
                words: $name::WORDS,
            };

            fn from_word(word: &str) -> Option<Self> {
                $name::from_word(word)
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }
    };
}

keywords! {
    /// A legal regime a policy declares it is written for.
    Jurisdiction as "a jurisdiction" {
        /// EU General Data Protection Regulation.
        Gdpr = "gdpr",
        /// The UK GDPR and the Data Protection Act 2018.
        UkGdpr = "uk-gdpr",
        /// California Consumer Privacy Act, as amended by the CPRA.
        Ccpa = "ccpa",
        /// California Online Privacy Protection Act.
        Caloppa = "caloppa",
        /// US Children's Online Privacy Protection Act.
        Coppa = "coppa",
        /// EU ePrivacy Directive (cookies and similar technologies).
        Eprivacy = "eprivacy",
        /// Brazil's Lei Geral de Proteção de Dados.
        Lgpd = "lgpd",
        /// The comprehensive consumer privacy laws of US states other than
        /// California, which share one rights model (Virginia's Consumer Data
        /// Protection Act, Va. Code § 59.1-577, and the Colorado, Connecticut,
        /// Utah, Texas and Oregon laws written on it).
        UsStates = "us-states",
        /// Switzerland's revised Federal Act on Data Protection (revFADP,
        /// in force since 1 September 2023).
        Fadp = "fadp",
    }
}

/// Regimes that share their obligations and rights model. A lint rule names
/// the families it applies to, so a new regime joins every rule of its family
/// by one line in [`Jurisdiction::family`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Family {
    /// The EU GDPR and the regimes written on it (the UK GDPR).
    Gdpr,
    /// The ePrivacy Directive's rule on storing and reading information on a device (Art. 5(3)).
    Eprivacy,
    /// The California Consumer Privacy Act.
    Ccpa,
    /// The California Online Privacy Protection Act.
    Caloppa,
    /// The Children's Online Privacy Protection Act.
    Coppa,
    /// Brazil's LGPD.
    Lgpd,
    /// The US state privacy laws that share Virginia's rights model.
    UsStates,
    /// Switzerland's revFADP: the rules on naming transfer destinations
    /// (`fadp-transfer-destinations-not-named`) and on the Swiss-U.S.
    /// Privacy Shield (`transfer-relies-on-invalidated-privacy-shield`).
    Fadp,
}

impl Jurisdiction {
    /// The regimes a policy written for `declared` is under: those, and
    /// the ePrivacy Directive wherever the GDPR is declared. Art. 5(3)
    /// governs storing or reading information in the terminal equipment of
    /// a subscriber or user, whoever does it and whether or not the
    /// information is personal data (CJEU C-673/17 Planet49), so the
    /// devices of readers the GDPR protects are under it whenever the
    /// policy's site sets cookies. And CalOPPA wherever the CCPA is: it
    /// binds the operator of any commercial website or online service that
    /// collects personally identifiable information about consumers residing
    /// in California (Cal. Bus. & Prof. Code 22575(a)), which a policy
    /// written for California consumers under the CCPA is.
    pub fn in_force(declared: &[Jurisdiction]) -> Vec<Jurisdiction> {
        let mut out = declared.to_vec();
        if out.contains(&Jurisdiction::Gdpr) && !out.contains(&Jurisdiction::Eprivacy) {
            out.push(Jurisdiction::Eprivacy);
        }
        if out.contains(&Jurisdiction::Ccpa) && !out.contains(&Jurisdiction::Caloppa) {
            out.push(Jurisdiction::Caloppa);
        }
        out
    }

    /// The family this regime belongs to.
    pub const fn family(self) -> Family {
        match self {
            Jurisdiction::Gdpr | Jurisdiction::UkGdpr => Family::Gdpr,
            Jurisdiction::Eprivacy => Family::Eprivacy,
            Jurisdiction::Ccpa => Family::Ccpa,
            Jurisdiction::Caloppa => Family::Caloppa,
            Jurisdiction::Coppa => Family::Coppa,
            Jurisdiction::Lgpd => Family::Lgpd,
            Jurisdiction::UsStates => Family::UsStates,
            Jurisdiction::Fadp => Family::Fadp,
        }
    }
}

keywords! {
    /// A lawful basis of GDPR Art. 6(1).
    Ground as "a GDPR Art. 6(1) ground" {
        /// Art. 6(1)(a).
        Consent = "consent",
        /// Art. 6(1)(b).
        Contract = "contract",
        /// Art. 6(1)(c).
        LegalObligation = "legal-obligation",
        /// Art. 6(1)(d).
        VitalInterests = "vital-interests",
        /// Art. 6(1)(e).
        PublicTask = "public-task",
        /// Art. 6(1)(f).
        LegitimateInterests = "legitimate-interests",
    }
}

keywords! {
    /// A legal basis of Brazil's LGPD Art. 7 that has no GDPR Art. 6(1)
    /// counterpart (the others are written with the GDPR's words: consent,
    /// legal-obligation, contract, vital-interests, legitimate-interests).
    LgpdGround as "an LGPD Art. 7 basis" {
        /// Art. 7(III), the public administration carrying out public policies.
        PublicPolicy = "public-policy",
        /// Art. 7(IV), studies by a research body.
        Research = "research",
        /// Art. 7(VI), the regular exercise of rights in judicial,
        /// administrative or arbitration proceedings.
        ExerciseOfRights = "exercise-of-rights",
        /// Art. 7(VIII), protecting health, by health professionals or bodies.
        HealthProtection = "health-protection",
        /// Art. 7(X), the protection of credit.
        CreditProtection = "credit-protection",
    }
}

keywords! {
    /// A condition of GDPR Art. 9(2) for special categories of data.
    Art9Condition as "an Art. 9(2) condition" {
        /// Art. 9(2)(a).
        ExplicitConsent = "explicit-consent",
        /// Art. 9(2)(b).
        Employment = "employment",
        /// Art. 9(2)(c).
        VitalInterests = "vital-interests",
        /// Art. 9(2)(d).
        NotForProfit = "not-for-profit",
        /// Art. 9(2)(e).
        MadePublic = "made-public",
        /// Art. 9(2)(f).
        LegalClaims = "legal-claims",
        /// Art. 9(2)(g).
        SubstantialPublicInterest = "substantial-public-interest",
        /// Art. 9(2)(h).
        HealthCare = "health-care",
        /// Art. 9(2)(i).
        PublicHealth = "public-health",
        /// Art. 9(2)(j).
        Archiving = "archiving",
    }
}

keywords! {
    /// How a person is asked for consent.
    ConsentMechanism as "a way of giving consent" {
        /// A box the person ticks.
        Checkbox = "checkbox",
        /// A separate, specific opt-in per purpose.
        OptIn = "opt-in",
        /// A box ticked in advance.
        PreTicked = "pre-ticked",
        /// Browsing on, or using the service, is taken as consent.
        ContinuedUse = "continued-use",
        /// A cookie banner with accept and reject.
        Banner = "banner",
        /// Browser cookie settings.
        BrowserSettings = "browser-settings",
        /// A permission the person grants in the device's own prompt or
        /// settings (location, contacts, camera, notifications).
        DeviceSettings = "device-settings",
    }
}

keywords! {
    /// Where data comes from.
    Source as "a source" {
        /// The person gives it.
        Person = "person",
        /// It is collected automatically (cookies, logs, devices).
        Automatic = "automatic",
        /// Another party provides it.
        ThirdParty = "third-party",
        /// The controller derives it from other data.
        Derived = "derived",
    }
}

keywords! {
    /// Whether giving data is required (GDPR Art. 13(2)(e)).
    Provision as "a provision requirement" {
        /// Required by law.
        Statutory = "statutory",
        /// Required by, or to enter, a contract.
        Contractual = "contractual",
        /// Optional.
        Optional = "optional",
    }
}

keywords! {
    /// Special categories of data, GDPR Art. 9(1).
    Special as "a special category" {
        /// Racial or ethnic origin.
        RacialEthnic = "racial-ethnic",
        /// Political opinions.
        Political = "political",
        /// Religious or philosophical beliefs.
        Religious = "religious",
        /// Trade union membership.
        TradeUnion = "trade-union",
        /// Genetic data.
        Genetic = "genetic",
        /// Biometric data used to identify a person.
        Biometric = "biometric",
        /// Health data.
        Health = "health",
        /// Sex life or sexual orientation.
        SexLife = "sex-life",
    }
}

keywords! {
    /// Sensitive personal information, Cal. Civ. Code 1798.140(ae).
    Sensitive as "a kind of sensitive personal information" {
        /// Government identifiers (SSN, passport, licence).
        GovernmentId = "government-id",
        /// Account log-in with its credentials.
        AccountCredentials = "account-credentials",
        /// Financial account or card with its credentials.
        FinancialAccount = "financial-account",
        /// Precise geolocation.
        PreciseGeolocation = "precise-geolocation",
        /// Racial or ethnic origin, religion, union membership.
        Beliefs = "beliefs",
        /// Contents of mail, email and text messages.
        CommunicationsContent = "communications-content",
        /// Genetic data.
        Genetic = "genetic",
        /// Biometric data for identification.
        Biometric = "biometric",
        /// Health data.
        Health = "health",
        /// Sex life or sexual orientation.
        SexLife = "sex-life",
    }
}

keywords! {
    /// Categories of personal information, Cal. Civ. Code 1798.140(v)(1)(A)–(L).
    CcpaCategory as "a CCPA category" {
        /// (A) identifiers.
        Identifiers = "identifiers",
        /// (B) customer records (1798.80(e)).
        CustomerRecords = "customer-records",
        /// (C) protected classifications.
        ProtectedCharacteristics = "protected-characteristics",
        /// (D) commercial information.
        Commercial = "commercial",
        /// (E) biometric information.
        Biometric = "biometric",
        /// (F) internet or network activity.
        InternetActivity = "internet-activity",
        /// (G) geolocation data.
        Geolocation = "geolocation",
        /// (H) audio, electronic, visual or similar information.
        Sensory = "sensory",
        /// (I) professional or employment information.
        Professional = "professional",
        /// (J) education information.
        Education = "education",
        /// (K) inferences.
        Inferences = "inferences",
        /// (L) sensitive personal information.
        SensitivePersonalInformation = "sensitive",
    }
}

keywords! {
    /// What a recipient is to the controller.
    Role as "a recipient role" {
        /// Processes on the controller's behalf (GDPR Art. 28).
        Processor = "processor",
        /// Decides its own purposes.
        Controller = "controller",
        /// Decides purposes together with the controller.
        JointController = "joint-controller",
        /// A public authority or law enforcement.
        Authority = "authority",
        /// A company of the same group.
        Affiliate = "affiliate",
        /// A buyer or counterparty in a merger or acquisition.
        Acquirer = "acquirer",
        /// Someone acting for the person (attorney, accountant).
        Agent = "agent",
    }
}

keywords! {
    /// A safeguard for a transfer to a third country (GDPR Chapter V).
    Safeguard as "a transfer safeguard" {
        /// An adequacy decision, Art. 45.
        Adequacy = "adequacy",
        /// Standard contractual clauses, Art. 46(2)(c).
        Sccs = "sccs",
        /// Binding corporate rules, Art. 47.
        Bcrs = "bcrs",
        /// An approved code of conduct or certification, Art. 46(2)(e)–(f).
        Certification = "certification",
        /// A derogation of Art. 49 (name it with `derogation`).
        Derogation = "derogation",
        /// None is stated.
        None = "none",
    }
}

keywords! {
    /// A derogation of GDPR Art. 49(1).
    Derogation as "an Art. 49 derogation" {
        /// Art. 49(1)(a), explicit consent.
        Consent = "consent",
        /// Art. 49(1)(b), a contract with the person.
        Contract = "contract",
        /// Art. 49(1)(e), legal claims.
        LegalClaims = "legal-claims",
        /// Art. 49(1)(d), public interest.
        PublicInterest = "public-interest",
        /// Art. 49(1)(f), vital interests.
        VitalInterests = "vital-interests",
    }
}

keywords! {
    /// A right a person can exercise.
    RightKind as "a right policyc knows" {
        /// GDPR Art. 15.
        Access = "access",
        /// GDPR Art. 16.
        Rectification = "rectification",
        /// GDPR Art. 17.
        Erasure = "erasure",
        /// GDPR Art. 18.
        Restriction = "restriction",
        /// GDPR Art. 21.
        Objection = "objection",
        /// GDPR Art. 20.
        Portability = "portability",
        /// GDPR Art. 7(3).
        WithdrawConsent = "withdraw-consent",
        /// GDPR Art. 77.
        Complain = "complain",
        /// GDPR Art. 22.
        NoAutomatedDecisions = "no-automated-decisions",
        /// CCPA 1798.100, 1798.110, 1798.115.
        Know = "know",
        /// CCPA 1798.105.
        Delete = "delete",
        /// CCPA 1798.106.
        Correct = "correct",
        /// CCPA 1798.120.
        OptOut = "opt-out",
        /// CCPA 1798.121.
        Limit = "limit",
        /// CCPA 1798.125.
        NonDiscrimination = "non-discrimination",
        /// Cal. Civ. Code 1798.83 ("Shine the Light").
        ShineTheLight = "shine-the-light",
        /// Opting out of direct marketing messages.
        MarketingOptOut = "marketing-opt-out",
        /// To confirm whether data is processed: LGPD Art. 18(I); Va. Code § 59.1-577(A)(1).
        Confirm = "confirm",
        /// Anonymisation, blocking or deletion of unnecessary, excessive or unlawfully processed data: LGPD Art. 18(IV).
        Anonymisation = "anonymisation",
        /// To be told which public and private entities data was shared with: LGPD Art. 18(VII).
        KnowRecipients = "know-recipients",
        /// To opt out of targeted advertising: Va. Code § 59.1-577(A)(5)(i).
        OptOutTargetedAds = "opt-out-targeted-ads",
        /// To opt out of profiling in furtherance of decisions with legal or similarly significant effects: Va. Code § 59.1-577(A)(5)(iii).
        OptOutProfiling = "opt-out-profiling",
        /// To appeal a refusal to act on a request (the appeal process of the US state laws, Va. Code § 59.1-577).
        Appeal = "appeal",
        /// To give directives on what happens to one's data after death: French Loi n° 78-17 (Informatique et Libertés), art. 85.
        PostMortemDirectives = "post-mortem-directives",
    }
}

keywords! {
    /// Who sets a cookie.
    CookieParty as "a cookie party" {
        /// The site itself.
        First = "first",
        /// Another domain.
        Third = "third",
    }
}

keywords! {
    /// What a cookie is for.
    CookieCategory as "a cookie category" {
        /// Strictly necessary for the service asked for.
        Necessary = "necessary",
        /// Remembers choices.
        Functional = "functional",
        /// Measures use.
        Analytics = "analytics",
        /// Advertising and cross-site tracking.
        Marketing = "marketing",
    }
}

impl CookieCategory {
    /// Whether ePrivacy Art. 5(3) requires consent for it.
    pub fn needs_consent(self) -> bool {
        !matches!(self, CookieCategory::Necessary)
    }
}

keywords! {
    /// A tracking technology other than cookies.
    TrackerKind as "a kind of tracker" {
        /// A clear GIF or tracking pixel.
        WebBeacon = "web-beacon",
        /// A pixel tag from an advertising platform.
        Pixel = "pixel",
        /// A software development kit in an app.
        Sdk = "sdk",
        /// Browser local storage.
        LocalStorage = "local-storage",
        /// Device fingerprinting.
        Fingerprinting = "fingerprinting",
    }
}

keywords! {
    /// How people are told of changes to the policy.
    Notice as "a way of giving notice" {
        /// An email to the registered address.
        Email = "email",
        /// The revised policy is posted on the site.
        Posting = "posting",
        /// A notice inside the service.
        InService = "in-service",
        /// A banner on the site.
        Banner = "banner",
    }
}

keywords! {
    /// A generated section of the published policy; prose joins one with `topic`.
    /// The order of the words is the order of the document.
    Topic as "a topic" {
        /// What the policy is and whom it concerns.
        Introduction = "introduction",
        /// The controller, its DPO and representative.
        Controller = "controller",
        /// The data collected.
        Data = "data",
        /// Purposes and legal bases.
        Purposes = "purposes",
        /// Recipients.
        Recipients = "recipients",
        /// International transfers.
        Transfers = "transfers",
        /// Retention.
        Retention = "retention",
        /// Rights.
        Rights = "rights",
        /// The California notice.
        California = "california",
        /// Cookies and trackers.
        Cookies = "cookies",
        /// Children.
        Children = "children",
        /// Do Not Track and similar signals.
        DoNotTrack = "do-not-track",
        /// Security.
        Security = "security",
        /// Changes to the policy.
        Changes = "changes",
        /// How to get in touch.
        Contact = "contact",
    }
}

impl Topic {
    /// Every topic, in document order.
    pub fn all() -> impl Iterator<Item = Topic> {
        Topic::WORDS.iter().filter_map(|w| Topic::from_word(w))
    }
}

keywords! {
    /// A column of the cookie table.
    Column as "a cookie table column" {
        /// The cookie's name, or a prefix pattern ending in `*`.
        Name = "name",
        /// Who sets it.
        Provider = "provider",
        /// First or third party.
        Party = "party",
        /// What it is for.
        Category = "category",
        /// How long it lives.
        Lifetime = "lifetime",
        /// Why it is set.
        Purpose = "purpose",
        /// The domain it is set on.
        Domain = "domain",
    }
}

impl Column {
    /// Reads a header cell: a column word, or a name tables often use for it.
    pub fn from_header(cell: &str) -> Option<Column> {
        let name = cell.to_ascii_lowercase();
        match name.as_str() {
            "duration" | "expiry" | "retention" => Some(Column::Lifetime),
            "cookie" | "cookie name" => Some(Column::Name),
            other => Column::from_word(other),
        }
    }
}

keywords! {
    /// A detail of a party that prose can name.
    PartyField as "a contact detail" {
        /// Its name.
        Name = "name",
        /// Its e-mail address.
        Email = "email",
        /// Its phone number.
        Phone = "phone",
        /// Its postal address.
        Address = "address",
        /// Its website.
        Website = "website",
    }
}

keywords! {
    /// A region a fact can be limited to with `for …`.
    Region as "a region" {
        /// The European Economic Area (the EU, Iceland, Liechtenstein, Norway).
        Eea = "eea",
        /// The European Union.
        Eu = "eu",
        /// The United Kingdom.
        Uk = "uk",
        /// Switzerland.
        Switzerland = "switzerland",
        /// The United States.
        Us = "us",
        /// California.
        California = "california",
        /// US states with a comprehensive privacy law other than California.
        UsStates = "us-states",
        /// Brazil.
        Brazil = "brazil",
        /// Canada.
        Canada = "canada",
        /// Nevada (NRS 603A: a right to opt out of sale; not one of the
        /// `us-states` laws on Virginia's model).
        Nevada = "nevada",
        /// Every place the other statements of the same kind in the block do
        /// not name (`retention 2 years for elsewhere` beside `… for us`).
        Elsewhere = "elsewhere",
    }
}

keywords! {
    /// Whose data a category is (GDPR Art. 14, Art. 30(1)(c)).
    Subject as "a kind of data subject" {
        /// People who use the service.
        Users = "users",
        /// Visitors of a website who have no account.
        Visitors = "visitors",
        /// Customers and their staff.
        Customers = "customers",
        /// People who are not users: contacts in an address book, people
        /// others write about or post pictures of.
        Others = "others",
        /// Children.
        Children = "children",
        /// Job applicants.
        Applicants = "applicants",
        /// Employees.
        Employees = "employees",
    }
}

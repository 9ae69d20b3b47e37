//! The wording of everything the page says in generated words: headings,
//! the legal terms of each fact, regions, lists, dates, durations, the
//! sentences built around the policy's own words.
//!
//! The words come from the message files of [`crate::i18n`]
//! (`i18n/<lang>/policy.ftl`), in the language of the page being built
//! ([`crate::i18n::with_language`]); outside a page (the JSON output, the
//! checker) they are English. The view ([`super::view`]) calls only these
//! functions for words. Its other half is the templates
//! (templates/policy.html, templates/policy.md), which ask for their table
//! heads and fixed sentences through their `t(id, …)` function.
//!
//! The same places, dates and durations also serve messages for developers
//! (diagnostics, `policyc diff`), which stay in English through the model's
//! own words ([`Scope::words`], `Date::long`, the `Display` of [`Duration`]);
//! the page reaches them only through [`region`], [`date`], [`duration`] and
//! [`lifetime`] here.

use crate::i18n::{t, ta, Arg};
use crate::model::*;

// Lists, places and times.

/// "a, b and c".
pub fn and_list(items: &[String]) -> String {
    super::prose::join_words(items, &t("list-and"))
}

/// "a, b or c".
pub fn or_list(items: &[String]) -> String {
    super::prose::join_words(items, &t("list-or"))
}

/// Keywords as words, "a, b and c"; none when there are none.
pub fn words_of<T: std::fmt::Display>(items: &[Spanned<T>]) -> Option<String> {
    let words: Vec<String> = items.iter().map(|i| i.value.to_string()).collect();
    (!words.is_empty()).then(|| and_list(&words))
}

/// Alternatives, each a phrase: "a; or b".
pub fn alternatives(texts: &[String]) -> String {
    texts.join(&format!("{} ", t("list-alternatives")))
}

/// The text with its first letter in lower case, for use inside a sentence
/// (German keeps it: its nouns are capitalised inside a sentence too).
pub fn lowercase_first(text: &str) -> String {
    if crate::i18n::current() == crate::i18n::Lang::De {
        return text.to_string();
    }
    let mut chars = text.chars();
    match chars.next() {
        Some(c) => c.to_lowercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// A scope in words, or `None` when the fact applies everywhere: "the EEA
/// or California" (the same words as [`Scope::words`] in English).
pub fn region(s: &Scope) -> Option<String> {
    (!s.is_everywhere()).then(|| scope_words(s))
}

/// "only if you live in the EEA", after a fact that holds there only.
pub fn only_if_you_live_in(place: &str) -> String {
    ta("only-if-you-live-in", &[("place", place.into())])
}

fn scope_words(s: &Scope) -> String {
    let mut words: Vec<String> = Vec::new();
    for p in &s.places {
        let w = match p.value {
            Place::Region(Region::Elsewhere) => {
                let mut named: Vec<String> = Vec::new();
                for e in &s.except {
                    let w = place_in_words(*e);
                    if !named.contains(&w) {
                        named.push(w);
                    }
                }
                if named.is_empty() {
                    t("region-any-place")
                } else {
                    ta("region-other-than", &[("places", or_list(&named).into())])
                }
            }
            other => place_in_words(other),
        };
        if !words.contains(&w) {
            words.push(w);
        }
    }
    or_list(&words)
}

/// A region or regime as a place one lives in.
fn place_in_words(p: Place) -> String {
    let id = match p {
        Place::Region(r) => match r {
            Region::Eea => "region-eea",
            Region::Eu => "region-eu",
            Region::Uk => "region-uk",
            Region::Switzerland => "region-switzerland",
            Region::Us => "region-us",
            Region::California => "region-california",
            Region::UsStates => "region-us-states",
            Region::Brazil => "region-brazil",
            Region::Canada => "region-canada",
            Region::Nevada => "region-nevada",
            Region::Elsewhere => "region-elsewhere",
        },
        Place::Regime(j) => match j {
            Jurisdiction::Gdpr => "region-eea",
            Jurisdiction::UkGdpr => "region-uk",
            Jurisdiction::Ccpa | Jurisdiction::Caloppa => "region-california",
            Jurisdiction::Coppa | Jurisdiction::Eprivacy => "region-coppa",
            Jurisdiction::Lgpd => "region-brazil",
            Jurisdiction::UsStates => "region-us-states",
            Jurisdiction::Fadp => "region-switzerland",
        },
    };
    t(id)
}

/// Text that holds only in some places: "If you live in the EEA: …".
pub fn if_you_live_in(place: &str, text: &str) -> String {
    ta(
        "if-you-live-in-text",
        &[("place", place.into()), ("text", text.into())],
    )
}

/// A place: two-letter country codes in words, anything else as written.
pub fn place_words(code: &str) -> String {
    let known = code.len() == 2 && code.bytes().all(|b| b.is_ascii_alphabetic());
    let id = format!("country-{}", code.to_ascii_lowercase());
    if known && crate::i18n::has(crate::i18n::Lang::En, &id) {
        t(&id)
    } else {
        code.to_string()
    }
}

/// A date in words ("22 July 2018", "22. Juli 2018").
pub fn date(d: Date) -> String {
    // A date the policy gives only to the month: "August 2025".
    if d.is_month_only() {
        return ta(
            "date-month",
            &[
                (
                    "month",
                    t(&format!("month-{}", d.month.clamp(1, 12))).into(),
                ),
                ("year", Arg::Text(d.year.to_string().into())),
            ],
        );
    }
    ta(
        "date-long",
        &[
            ("day", u64::from(d.day).into()),
            (
                "month",
                t(&format!("month-{}", d.month.clamp(1, 12))).into(),
            ),
            ("year", Arg::Text(d.year.to_string().into())),
        ],
    )
}

/// A length of time in words ("2 years").
pub fn duration(d: Duration) -> String {
    let id = match d.unit {
        Unit::Second => "duration-second",
        Unit::Minute => "duration-minute",
        Unit::Hour => "duration-hour",
        Unit::Day => "duration-day",
        Unit::Week => "duration-week",
        Unit::Month => "duration-month",
        Unit::Year => "duration-year",
    };
    ta(id, &[("n", d.amount.into())])
}

/// How long something is kept or lives, in words ("2 years after account closure").
pub fn lifetime(l: &Lifetime) -> String {
    match l {
        Lifetime::Session => t("lifetime-session"),
        Lifetime::Indefinite => t("lifetime-indefinite"),
        Lifetime::Criterion { text } => text.clone(),
        Lifetime::Period {
            duration: d,
            after: None,
        } => duration(*d),
        Lifetime::Period {
            duration: d,
            after: Some(event),
        } => ta(
            "lifetime-after",
            &[
                ("duration", duration(*d).into()),
                ("event", event_words(event).into()),
            ],
        ),
    }
}

/// The event a period runs from (`account-closure`), in words: the
/// language's words for the events policyc knows, else the keyword with spaces.
fn event_words(event: &str) -> String {
    let id = format!("event-{event}");
    if crate::i18n::has(crate::i18n::current(), &id) {
        t(&id)
    } else {
        event.replace('-', " ")
    }
}

// Headings.

impl Topic {
    /// The heading of its generated section.
    pub fn heading(self) -> String {
        t(match self {
            Topic::Introduction => "topic-introduction",
            Topic::Controller => "topic-controller",
            Topic::Data => "topic-data",
            Topic::Purposes => "topic-purposes",
            Topic::Recipients => "topic-recipients",
            Topic::Transfers => "topic-transfers",
            Topic::Retention => "topic-retention",
            Topic::Rights => "topic-rights",
            Topic::California => "topic-california",
            Topic::Cookies => "topic-cookies",
            Topic::Children => "topic-children",
            Topic::DoNotTrack => "topic-do-not-track",
            Topic::Security => "topic-security",
            Topic::Changes => "topic-changes",
            Topic::Contact => "topic-contact",
        })
    }
}

/// The heading of the purposes section when the page shows no legal bases.
pub fn purposes_heading_without_bases() -> String {
    t("topic-purposes-without-bases")
}

// The policy and its parties.

/// A regime, named in words.
pub fn jurisdiction_words(j: Jurisdiction) -> String {
    t(match j {
        Jurisdiction::Gdpr => "jurisdiction-gdpr",
        Jurisdiction::UkGdpr => "jurisdiction-uk-gdpr",
        Jurisdiction::Ccpa => "jurisdiction-ccpa",
        Jurisdiction::Caloppa => "jurisdiction-caloppa",
        Jurisdiction::Coppa => "jurisdiction-coppa",
        Jurisdiction::Eprivacy => "jurisdiction-eprivacy",
        Jurisdiction::Lgpd => "jurisdiction-lgpd",
        Jurisdiction::UsStates => "jurisdiction-us-states",
        Jurisdiction::Fadp => "jurisdiction-fadp",
    })
}

// Data.

/// Where data comes from, in words.
pub fn source_words(s: Source, providers: &[String]) -> String {
    match (s, providers) {
        (Source::Person, _) => t("source-person"),
        (Source::Automatic, _) => t("source-automatic"),
        (Source::ThirdParty, []) => t("source-third-party"),
        (Source::ThirdParty, p) => ta(
            "source-third-party-named",
            &[("providers", p.join("; ").into())],
        ),
        (Source::Derived, _) => t("source-derived"),
    }
}

impl Subject {
    /// In words, for the page.
    pub fn words(self) -> String {
        t(match self {
            Subject::Users => "subject-users",
            Subject::Visitors => "subject-visitors",
            Subject::Customers => "subject-customers",
            Subject::Others => "subject-others",
            Subject::Children => "subject-children",
            Subject::Applicants => "subject-applicants",
            Subject::Employees => "subject-employees",
        })
    }
}

impl Sensitive {
    /// In words, for the page (after Cal. Civ. Code 1798.140(ae)).
    pub fn words(self) -> String {
        t(match self {
            Sensitive::GovernmentId => "sensitive-government-id",
            Sensitive::AccountCredentials => "sensitive-account-credentials",
            Sensitive::FinancialAccount => "sensitive-financial-account",
            Sensitive::PreciseGeolocation => "sensitive-precise-geolocation",
            Sensitive::Beliefs => "sensitive-beliefs",
            Sensitive::CommunicationsContent => "sensitive-communications-content",
            Sensitive::Genetic => "sensitive-genetic",
            Sensitive::Biometric => "sensitive-biometric",
            Sensitive::Health => "sensitive-health",
            Sensitive::SexLife => "sensitive-sex-life",
        })
    }
}

/// A CCPA category of personal information, in words.
pub fn ccpa_words(c: CcpaCategory) -> String {
    t(match c {
        CcpaCategory::Identifiers => "ccpa-identifiers",
        CcpaCategory::CustomerRecords => "ccpa-customer-records",
        CcpaCategory::ProtectedCharacteristics => "ccpa-protected-characteristics",
        CcpaCategory::Commercial => "ccpa-commercial",
        CcpaCategory::Biometric => "ccpa-biometric",
        CcpaCategory::InternetActivity => "ccpa-internet-activity",
        CcpaCategory::Geolocation => "ccpa-geolocation",
        CcpaCategory::Sensory => "ccpa-sensory",
        CcpaCategory::Professional => "ccpa-professional",
        CcpaCategory::Education => "ccpa-education",
        CcpaCategory::Inferences => "ccpa-inferences",
        CcpaCategory::SensitivePersonalInformation => "ccpa-sensitive-personal-information",
    })
}

/// Whether data must be given, in words.
pub fn provision_words(p: Provision) -> String {
    t(match p {
        Provision::Statutory => "provision-statutory",
        Provision::Contractual => "provision-contractual",
        Provision::Optional => "provision-optional",
    })
}

/// Whether giving some items is required: "phone number and name: required for the contract".
pub fn items_provision(items: &[String], p: Provision) -> String {
    ta(
        "items-provision",
        &[
            ("items", and_list(items).into()),
            ("provision", provision_words(p).into()),
        ],
    )
}

/// The "providing it is" of data the person does not hand over.
pub fn not_provided_by_you() -> String {
    t("provision-not-provided")
}

/// A retention rule that holds only in some places: "2 years if you live in the EEA".
pub fn retention_in(lifetime: &str, place: &str) -> String {
    ta(
        "retention-in",
        &[("lifetime", lifetime.into()), ("place", place.into())],
    )
}

// Purposes and legal bases.

/// A legal basis in words, with its article.
pub fn ground_words(g: &GroundClaim) -> String {
    match g {
        GroundClaim::Article6(g) => t(match g {
            Ground::Consent => "ground-consent",
            Ground::Contract => "ground-contract",
            Ground::LegalObligation => "ground-legal-obligation",
            Ground::VitalInterests => "ground-vital-interests",
            Ground::PublicTask => "ground-public-task",
            Ground::LegitimateInterests => "ground-legitimate-interests",
        }),
        GroundClaim::Lgpd(g) => t(match g {
            LgpdGround::PublicPolicy => "ground-lgpd-public-policy",
            LgpdGround::Research => "ground-lgpd-research",
            LgpdGround::ExerciseOfRights => "ground-lgpd-exercise-of-rights",
            LgpdGround::HealthProtection => "ground-lgpd-health-protection",
            LgpdGround::CreditProtection => "ground-lgpd-credit-protection",
        }),
        GroundClaim::Unrecognised(words) => ta("ground-quoted", &[("words", words.into())]),
    }
}

/// A ground relied on in some places only: without the GDPR article when
/// the GDPR does not apply there (a basis `for brazil` is the LGPD's, and
/// citing Art. 6(1) to a Brazilian reader says more than the policy does).
pub fn ground_words_in(g: &GroundClaim, scope: &Scope) -> String {
    let words = ground_words(g);
    let gdpr = scope.is_everywhere()
        || scope.covers(Jurisdiction::Gdpr)
        || scope.covers(Jurisdiction::UkGdpr);
    match g {
        GroundClaim::Article6(_) if !gdpr => match words.rsplit_once(" (") {
            Some((name, _)) => name.to_string(),
            None => words,
        },
        _ => words,
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
    ta(
        "data-used-for",
        &[("purpose", lowercase_first(purpose).into())],
    )
}

/// What `covers all` covers, in words.
pub fn every_purpose() -> String {
    t("every-purpose")
}

/// How consent is given, in words.
pub fn consent_words(m: ConsentMechanism) -> String {
    t(match m {
        ConsentMechanism::Checkbox => "consent-checkbox",
        ConsentMechanism::OptIn => "consent-opt-in",
        ConsentMechanism::PreTicked => "consent-pre-ticked",
        ConsentMechanism::ContinuedUse => "consent-continued-use",
        ConsentMechanism::Banner => "consent-banner",
        ConsentMechanism::BrowserSettings => "consent-browser-settings",
        ConsentMechanism::DeviceSettings => "consent-device-settings",
    })
}

/// Data used only under one of a purpose's bases: "Public content: only on
/// the basis of consent (GDPR Art. 6(1)(a))".
pub fn only_on_the_basis_of(data: &[String], basis: &str) -> String {
    ta(
        "only-on-the-basis-of",
        &[
            ("data", and_list(data).into()),
            ("basis", lowercase_first(basis).into()),
        ],
    )
}

// Recipients.

/// A recipient's role, in words.
pub fn role_words(r: Role) -> String {
    t(match r {
        Role::Processor => "role-processor",
        Role::Controller => "role-controller",
        Role::JointController => "role-joint-controller",
        Role::Authority => "role-authority",
        Role::Affiliate => "role-affiliate",
        Role::Acquirer => "role-acquirer",
        Role::Agent => "role-agent",
    })
}

/// What a disclosure to a recipient is, in a sentence, when the policy gives
/// no words of its own: a sale of personal information or not.
pub fn sale_note(sold: bool) -> String {
    t(if sold {
        "sale-note-yes"
    } else {
        "sale-note-no"
    })
}

/// The same for sharing for cross-context behavioural advertising.
pub fn sharing_note(shared: bool) -> String {
    t(if shared {
        "sharing-note-yes"
    } else {
        "sharing-note-no"
    })
}

// Transfers.

/// A transfer's safeguard (or derogation) in words, with its article.
pub fn safeguard_words(
    s: Option<Safeguard>,
    d: Option<Derogation>,
    consent_by: &[Spanned<ConsentMechanism>],
) -> String {
    // A derogation, or how consent is given, stated without `safeguard
    // derogation` says that the transfer rests on it all the same.
    let (s, d) = match (s, d) {
        (None, Some(d)) => (Some(Safeguard::Derogation), Some(d)),
        (None, None) if !consent_by.is_empty() => {
            (Some(Safeguard::Derogation), Some(Derogation::Consent))
        }
        other => other,
    };
    // Consent obtained as the policy says it is, not the explicit consent Art. 49(1)(a) asks for.
    if let (Some(Safeguard::Derogation), Some(Derogation::Consent), false) =
        (s, d, consent_by.is_empty())
    {
        let how: Vec<String> = consent_by.iter().map(|m| consent_words(m.value)).collect();
        return ta(
            "safeguard-consent-through",
            &[("ways", or_list(&how).into())],
        );
    }
    match (s, d) {
        (None, _) => t("safeguard-not-stated"),
        (Some(Safeguard::None), _) => t("safeguard-none"),
        (Some(Safeguard::Adequacy), _) => t("safeguard-adequacy"),
        (Some(Safeguard::Sccs), _) => t("safeguard-sccs"),
        (Some(Safeguard::Bcrs), _) => t("safeguard-bcrs"),
        (Some(Safeguard::Certification), _) => t("safeguard-certification"),
        (Some(Safeguard::Derogation), None) => t("safeguard-derogation-unnamed"),
        (Some(Safeguard::Derogation), Some(d)) => {
            let which = t(match d {
                Derogation::Consent => "derogation-consent",
                Derogation::Contract => "derogation-contract",
                Derogation::LegalClaims => "derogation-legal-claims",
                Derogation::PublicInterest => "derogation-public-interest",
                Derogation::VitalInterests => "derogation-vital-interests",
            });
            ta("safeguard-derogation", &[("derogation", which.into())])
        }
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
        Lifetime::Session => t("retention-session"),
        Lifetime::Indefinite => t("retention-indefinite"),
        Lifetime::Period { .. } => ta("retention-period", &[("lifetime", lifetime(l).into())]),
    }
}

// Rights.

/// A right's kind, named for people.
pub fn right_words(k: RightKind) -> String {
    t(match k {
        RightKind::Access => "right-access",
        RightKind::Rectification => "right-rectification",
        RightKind::Erasure => "right-erasure",
        RightKind::Restriction => "right-restriction",
        RightKind::Objection => "right-objection",
        RightKind::Portability => "right-portability",
        RightKind::WithdrawConsent => "right-withdraw-consent",
        RightKind::Complain => "right-complain",
        RightKind::NoAutomatedDecisions => "right-no-automated-decisions",
        RightKind::Know => "right-know",
        RightKind::Delete => "right-delete",
        RightKind::Correct => "right-correct",
        RightKind::OptOut => "right-opt-out",
        RightKind::Limit => "right-limit",
        RightKind::NonDiscrimination => "right-non-discrimination",
        RightKind::ShineTheLight => "right-shine-the-light",
        RightKind::MarketingOptOut => "right-marketing-opt-out",
        RightKind::Confirm => "right-confirm",
        RightKind::Anonymisation => "right-anonymisation",
        RightKind::KnowRecipients => "right-know-recipients",
        RightKind::OptOutTargetedAds => "right-opt-out-targeted-ads",
        RightKind::OptOutProfiling => "right-opt-out-profiling",
        RightKind::Appeal => "right-appeal",
        RightKind::PostMortemDirectives => "right-post-mortem-directives",
    })
}

// Children.

/// An age in years: "16" in English, "16 Jahre" in German.
pub fn age_years(years: u64) -> String {
    ta("age-years", &[("n", years.into())])
}

/// A minimum age that holds only in some places: "16 if you live in the EEA".
pub fn age_in(age: &str, place: &str) -> String {
    ta("age-in", &[("age", age.into()), ("place", place.into())])
}

// Cookies and trackers.

/// Who sets a cookie: "first party", "third party".
pub fn party_words(party: &CookieParty) -> String {
    t(match party {
        CookieParty::First => "party-first",
        CookieParty::Third => "party-third",
    })
}

/// A cookie category (`analytics`), in words.
pub fn cookie_category_words(c: CookieCategory) -> String {
    t(match c {
        CookieCategory::Necessary => "cookie-category-necessary",
        CookieCategory::Functional => "cookie-category-functional",
        CookieCategory::Analytics => "cookie-category-analytics",
        CookieCategory::Marketing => "cookie-category-marketing",
    })
}

impl TrackerKind {
    /// In words, for the page.
    pub fn words(self) -> String {
        t(match self {
            TrackerKind::WebBeacon => "tracker-web-beacon",
            TrackerKind::Pixel => "tracker-pixel",
            TrackerKind::Sdk => "tracker-sdk",
            TrackerKind::LocalStorage => "tracker-local-storage",
            TrackerKind::Fingerprinting => "tracker-fingerprinting",
        })
    }
}

// Changes.

/// How people are told of changes, in words.
pub fn notice_words(n: Notice) -> String {
    t(match n {
        Notice::Email => "notice-email",
        Notice::Posting => "notice-posting",
        Notice::InService => "notice-in-service",
        Notice::Banner => "notice-banner",
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{with_language, Lang};

    #[test]
    fn english_dates_durations_and_lists_are_as_before() {
        let d = Date::parse("2018-07-22").unwrap();
        assert_eq!(date(d), d.long());
        for (amount, unit) in [
            (1, Unit::Year),
            (2, Unit::Year),
            (13, Unit::Month),
            (1, Unit::Second),
        ] {
            let x = Duration { amount, unit };
            assert_eq!(duration(x), x.to_string());
        }
        let items = ["A".to_string(), "B".into(), "C".into()];
        assert_eq!(and_list(&items), "A, B and C");
    }

    #[test]
    fn dates_durations_and_lists_follow_the_language() {
        let d = Date::parse("2026-03-01").unwrap();
        let two = Duration {
            amount: 2,
            unit: Unit::Year,
        };
        let one = Duration {
            amount: 1,
            unit: Unit::Month,
        };
        let items = ["A".to_string(), "B".into(), "C".into()];
        with_language(Lang::De, || {
            assert_eq!(duration(two), "2 Jahre");
            assert_eq!(duration(one), "1 Monat");
            assert_eq!(and_list(&items), "A, B und C");
            assert_eq!(date(d), "1. März 2026");
            // Nouns keep their capital inside a German sentence.
            assert_eq!(
                data_used_for("Betrugsprävention"),
                "Daten für den Zweck „Betrugsprävention“"
            );
        });
        assert_eq!(data_used_for("Fraud checks"), "Data used for fraud checks");
        with_language(Lang::Fr, || {
            assert_eq!(date(d), "1er mars 2026");
            assert_eq!(date(Date::parse("2026-03-02").unwrap()), "2 mars 2026");
            assert_eq!(duration(two), "2 ans");
            assert_eq!(or_list(&items), "A, B ou C");
        });
        with_language(Lang::Es, || {
            assert_eq!(date(d), "1 de marzo de 2026");
            assert_eq!(duration(one), "1 mes");
            assert_eq!(duration(two), "2 años");
            assert_eq!(and_list(&items), "A, B y C");
        });
    }
}

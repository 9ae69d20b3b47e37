//! The failures measured in issue 12, each a regression case, and the
//! principles behind them: completeness, classing by direction and purpose,
//! matching by id and by value, and the PR comment's escaping.

use policyc::diff::{diff, Change, Class};

fn compile(text: &str) -> policyc::model::Policy {
    let c = policyc::compile_str("p.policy", text);
    let errors: Vec<String> = c.errors.iter().map(|d| d.message.clone()).collect();
    assert!(errors.is_empty(), "{errors:?}\n{text}");
    c.policy.expect("a policy")
}

fn changes(old: &str, new: &str) -> Vec<Change> {
    diff(
        &compile(old),
        &compile(new),
        policyc::cookies::KnowledgeBase::builtin(),
    )
}

/// The most serious class reported, or `none`.
fn class(old: &str, new: &str) -> &'static str {
    changes(old, new)
        .iter()
        .map(|c| c.class)
        .min()
        .map_or("none", Class::word)
}

fn edit(base: &str, from: &str, to: &str) -> String {
    assert_eq!(base.matches(from).count(), 1, "{from:?}");
    base.replacen(from, to, 1)
}

const WEB: &str = r#"policy "P" {
  updated 2026-01-01
}

controller "Example Inc." {
  email "privacy@example.com"
}

representative "Example EU B.V." for eea {
  email "eu@example.com"
}

data usage "Usage" {
  source automatic
  retention 2 years
}

data phone "Phone number" {
  source person
}

basis consent-basis "Your consent" {
  ground consent
  consent-by opt-in
  covers "newsletters"
}

purpose service "Running the service" {
  uses usage, phone
  basis contract
}

recipient host "Hosting" {
  role processor
  receives usage
}

transfer us "To the US" {
  to us
  safeguard sccs
  copy "write to us"
  data usage
}

rights {
  right access "See your data"
  right complain "Complain" {
    authority "Autoriteit Persoonsgegevens"
    url "https://autoriteitpersoonsgegevens.nl/"
  }
}

children {
  minimum-age 16
  parental-consent yes
}

cookies {
  consent opt-in
  opt-out "https://example.com/cookies"
  | name | provider | category | lifetime | purpose |
  |---|---|---|---|---|
  | sid | Example | necessary | session | Signs you in |
  | _fbp | Meta | marketing | 3 months | Ads |
}

tracker px "Pixel" {
  kind pixel
  provider "Meta"
}

retention "until you close your account"
retention 2 years after last-login
honors-gpc yes
third-party-tracking no
automated-decisions no

changes {
  continued-use-is-consent no
}
"#;

#[test]
fn what_was_classed_editorial_though_material_is_material() {
    let cases = [
        // A first-party analytics cookie: non-essential whoever sets it.
        ("  | sid | Example | necessary | session | Signs you in |", "  | sid | Example | necessary | session | Signs you in |\n  | _ga | Example | | 2 years | Counts visits |\n  | _gid | Example | | 1 day | Counts visits |"),
        ("| _fbp | Meta |", "| _fbp | TikTok |"),
        ("  consent opt-in", "  consent continued-use"),
        ("continued-use-is-consent no", "continued-use-is-consent yes"),
        ("role processor", "role controller"),
        ("safeguard sccs", "safeguard none"),
        ("honors-gpc yes", "honors-gpc no"),
        ("third-party-tracking no", "third-party-tracking yes"),
        ("automated-decisions no", "automated-decisions yes"),
        ("  source automatic\n  retention 2 years", "  source automatic\n  special health\n  retention 2 years"),
        ("representative \"Example EU B.V.\" for eea {\n  email \"eu@example.com\"\n}\n", ""),
        ("  basis contract", "  basis legitimate-interests\n  interest \"ads\""),
        ("minimum-age 16", "minimum-age 13"),
    ];
    for (from, to) in cases {
        assert_eq!(
            class(WEB, &edit(WEB, from, to)),
            "material",
            "{from:?} → {to:?}"
        );
    }
    // Adequacy → derogation, and a special category changed.
    let adequate = edit(WEB, "safeguard sccs", "safeguard adequacy");
    let derog = edit(
        WEB,
        "safeguard sccs",
        "safeguard derogation\n  derogation consent",
    );
    assert_eq!(class(&adequate, &derog), "material");
    let health = edit(
        WEB,
        "  source automatic\n",
        "  source automatic\n  special health\n",
    );
    assert_eq!(
        class(
            &health,
            &health.replace("special health", "special genetic")
        ),
        "material"
    );
}

#[test]
fn what_was_not_reported_at_all_is_reported() {
    let cases = [
        ("  consent opt-in", "  consent banner"),
        (
            "  opt-out \"https://example.com/cookies\"",
            "  opt-out \"https://example.com/choices\"",
        ),
        (
            "authority \"Autoriteit Persoonsgegevens\"",
            "authority \"Datatilsynet\"",
        ),
        (
            "url \"https://autoriteitpersoonsgegevens.nl/\"",
            "url \"https://www.autoriteitpersoonsgegevens.nl/\"",
        ),
        (
            "  source person\n",
            "  source person\n  required contractual\n",
        ),
        ("  consent-by opt-in", "  consent-by checkbox"),
        (
            "  covers \"newsletters\"",
            "  covers \"newsletters\", \"offers\"",
        ),
        ("copy \"write to us\"", "copy \"ask our DPO\""),
        ("kind pixel", "kind fingerprinting"),
        ("parental-consent yes", "parental-consent no"),
    ];
    for (from, to) in cases {
        let got = changes(WEB, &edit(WEB, from, to));
        assert!(!got.is_empty(), "{from:?} → {to:?} is not reported");
    }
    // `from`, on a category from third parties.
    let third = edit(
        WEB,
        "  source automatic\n",
        "  source third-party\n  from \"ad networks\"\n",
    );
    assert_eq!(
        class(
            &third,
            &third.replace("\"ad networks\"", "\"ad networks\", \"data brokers\"")
        ),
        "material"
    );
    assert_eq!(
        class(WEB, &edit(WEB, "kind pixel", "kind fingerprinting")),
        "material"
    );
    assert_eq!(
        class(
            WEB,
            &edit(WEB, "parental-consent yes", "parental-consent no")
        ),
        "material"
    );
}

#[test]
fn matching_is_by_id_and_by_value_not_by_position() {
    // Two top-level retention lines swapped.
    let swapped = edit(
        WEB,
        "retention \"until you close your account\"\nretention 2 years after last-login",
        "retention 2 years after last-login\nretention \"until you close your account\"",
    );
    assert_eq!(class(WEB, &swapped), "none");
    // A renamed tracker id is a rename.
    let renamed = edit(WEB, "tracker px", "tracker meta-pixel");
    let got = changes(WEB, &renamed);
    assert_eq!(got.len(), 1, "{got:#?}");
    assert_eq!(got[0].class, Class::Editorial);
    assert_eq!(got[0].change, "renamed");
    // A data id renamed together with the purpose and recipient that use it.
    let both = WEB
        .replace("data usage", "data activity")
        .replace("uses usage, phone", "uses activity, phone")
        .replace("receives usage", "receives activity")
        .replace("  data usage\n", "  data activity\n")
        .replace("purpose service", "purpose operate")
        .replace("recipient host", "recipient cloud");
    let got = changes(WEB, &both);
    assert!(got.iter().all(|c| c.change == "renamed"), "{got:#?}");
    assert_eq!(got.len(), 3);
    // Reordered lists say the same.
    let reordered = edit(WEB, "uses usage, phone", "uses phone, usage");
    assert_eq!(class(WEB, &reordered), "none");
    // Durations by value.
    assert_eq!(
        class(
            WEB,
            &edit(WEB, "retention 2 years\n", "retention 24 months\n")
        ),
        "none"
    );
    assert_eq!(
        class(
            WEB,
            &edit(
                WEB,
                "2 years after last-login",
                "24 months after last-login"
            )
        ),
        "none"
    );
}

#[test]
fn a_file_with_duplicated_rights_or_cookies_against_itself_is_no_change() {
    let dup = edit(
        WEB,
        "  right access \"See your data\"",
        "  right access \"See your data\"\n  right access \"See your data\"",
    );
    let dup = edit(&dup, "  | sid | Example | necessary | session | Signs you in |", "  | sid | Example | necessary | session | Signs you in |\n  | sid | Example | necessary | session | Signs you in |");
    let c = policyc::compile_str("p.policy", &dup);
    let p = c.policy.expect("a policy");
    assert!(diff(&p, &p, policyc::cookies::KnowledgeBase::builtin()).is_empty());
}

#[test]
fn every_bundled_file_against_itself_is_no_change() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    let mut dirs = vec![
        root.join("policies"),
        root.join("examples"),
        root.join("tests/fixtures"),
    ];
    while let Some(d) = dirs.pop() {
        for e in std::fs::read_dir(&d).expect("a directory").flatten() {
            let p = e.path();
            if p.is_dir() {
                dirs.push(p);
            } else if p.extension().is_some_and(|x| x == "policy") {
                files.push(p);
            }
        }
    }
    files.sort();
    let mut checked = 0;
    for f in &files {
        let text = std::fs::read_to_string(f).expect("readable");
        // Error fixtures may have no policy; a policy is compared with itself, twice compiled.
        let (Some(a), Some(b)) = (
            policyc::compile_str("a.policy", &text).policy,
            policyc::compile_str("b.policy", &text).policy,
        ) else {
            continue;
        };
        let got = diff(&a, &b, policyc::cookies::KnowledgeBase::builtin());
        assert!(got.is_empty(), "{}: {got:#?}", f.display());
        checked += 1;
    }
    assert!(checked > 20, "only {checked} files compared");
}

#[test]
fn the_real_reddit_change_is_reported_with_its_material_items() {
    let read = |f: &str| {
        std::fs::read_to_string(std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(f))
            .expect("the fixture")
    };
    let got = changes(
        &read("tests/fixtures/diff/reddit-2026-01-06.policy"),
        &read("tests/fixtures/diff/reddit-2026-07-01.policy"),
    );
    let material: Vec<String> = got
        .iter()
        .filter(|c| c.class == Class::Material)
        .map(|c| {
            format!(
                "{} {} {}",
                c.area,
                c.subject,
                c.field.as_deref().unwrap_or("")
            )
        })
        .collect();
    for expected in [
        // Sharing for cross-context advertising, now stated.
        "file  shares-data",
        "recipient ad-providers shared",
        // A new named source of data (app store APIs).
        "data integrations from",
        // Transfers to named countries.
        "transfer worldwide to",
    ] {
        assert!(
            material.iter().any(|m| m == expected),
            "{expected} not in {material:#?}"
        );
    }
    // The children section is gone: to review.
    assert!(got
        .iter()
        .any(|c| c.area == "children" && c.class == Class::Review));
}

/// The real change the issue measured: a messaging service began ad targeting
/// from derived location on legitimate interests, reusing phone number and IP
/// address, and narrowed its "we do not use your data for ads" principle.
#[test]
fn a_new_ad_purpose_shows_its_basis_and_data_and_the_reversed_principle_is_to_review() {
    let old = r#"policy "Messenger" {
  updated 2026-01-01
}

data phone "Phone number" {
  source person
}

data ip "IP address" {
  source automatic
}

purpose deliver "Delivering your messages" {
  uses phone, ip
  basis contract
}

section principles "Our principles" {
  text """
    We keep as little as we can. We do not use your data for ads.
  """
}
"#;
    let new = old
        .replace(
            "section principles",
            "data location \"Approximate location\" {\n  source derived\n}\n\npurpose ads \"Showing you relevant ads\" {\n  uses phone, ip, location\n  basis legitimate-interests\n  interest \"funding the service\"\n}\n\nsection principles",
        )
        .replace(
            "We do not use your data for ads.",
            "We do not use the content of your messages for ads.",
        );
    let got = changes(old, &new);
    let purpose = got
        .iter()
        .find(|c| c.area == "purpose" && c.subject == "ads")
        .expect("the new purpose");
    assert_eq!(purpose.class, Class::Material);
    let facts: Vec<String> = purpose
        .facts
        .iter()
        .map(|(k, v)| format!("{k}: {v}"))
        .collect();
    for f in [
        "basis: legitimate-interests",
        "uses: phone, ip, location",
        "interest: “funding the service”",
    ] {
        assert!(facts.iter().any(|x| x == f), "{f} in {facts:?}");
    }
    assert!(got
        .iter()
        .any(|c| c.area == "data" && c.subject == "location" && c.class == Class::Material));
    let prose = got
        .iter()
        .find(|c| c.area == "section")
        .expect("the principle");
    assert_eq!(prose.class, Class::Review);
    let edits = prose.sentences.as_ref().expect("sentence edits");
    assert!(edits
        .iter()
        .any(|e| e.op == "delete" && e.text == "We do not use your data for ads."));
    assert!(edits
        .iter()
        .any(|e| e.op == "equal" && e.text == "We keep as little as we can."));
}

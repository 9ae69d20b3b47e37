//! Constructs real policies needed that the language lacked (issue 22):
//! each is said as the policy says it, on the page and to the checker.

use crate::util::{policyc_in, TempDir};

fn policy(meta: &str, body: &str) -> String {
    format!(
        "policy \"Privacy Policy\" {{\n{meta}\n  jurisdictions gdpr, ccpa\n}}\n\n\
         controller \"Example SAS\" {{\n  address \"1 rue Example, Paris, France\"\n  email \"privacy@example.com\"\n  country fr\n}}\n\n{body}\n"
    )
}

/// Writes `text` as p.policy in a new folder and builds it into `out` with
/// these further arguments; returns the folder (removed when dropped).
fn build_in(tag: &str, text: &str, args: &[&str]) -> TempDir {
    let dir = TempDir::new(tag);
    std::fs::write(dir.path().join("p.policy"), text).unwrap();
    let mut all = vec!["build", "p.policy", "-o", "out"];
    all.extend_from_slice(args);
    let run = policyc_in(dir.path(), &all);
    assert!(run.code <= 1, "{}", run.stderr);
    dir
}

/// Builds `text` as HTML and Markdown; the pages and the check's JSON findings.
fn build(tag: &str, text: &str, today: &str) -> (String, String, String) {
    let dir = TempDir::new(tag);
    std::fs::write(dir.path().join("p.policy"), text).unwrap();
    let run = policyc_in(
        dir.path(),
        &["build", "p.policy", "-o", "out", "--format", "html,md"],
    );
    assert!(run.code <= 1, "{}", run.stderr);
    let check = policyc_in(
        dir.path(),
        &["check", "p.policy", "--format", "json", "--today", today],
    );
    let read = |f: &str| std::fs::read_to_string(dir.path().join("out").join(f)).unwrap();
    (read("p.html"), read("p.md"), check.stdout)
}

#[test]
fn a_date_given_only_to_the_month_is_said_so_and_aged_from_its_last_day() {
    let text = policy("  updated 2025-08", "");
    let (html, md, fresh) = build("month-date", &text, "2026-08-30");
    assert!(html.contains("August 2025"), "{html}");
    assert!(md.contains("August 2025"));
    assert!(!html.contains("0 August"));
    // 364 days after 31 August 2025: not yet a year (CCPA 1798.130(a)(5)).
    assert!(!fresh.contains("policy-stale"), "{fresh}");
    let (_, _, stale) = build("month-date", &text, "2026-09-01");
    assert!(stale.contains("policy-stale"), "{stale}");
}

#[test]
fn a_longer_response_time_may_be_given_without_a_period() {
    let text = policy(
        "  updated 2026-01-01",
        "rights {\n  right access \"See your data\"\n  respond-within 1 month\n  extended-within \"when a request is complex\"\n}",
    );
    let (html, md, _) = build("extended", &text, "2026-02-01");
    for page in [&html, &md] {
        assert!(
            page.contains(
                "We answer within 1 month. We may take longer when a request is complex."
            ),
            "{page}"
        );
        assert!(!page.contains("up to"));
    }
}

#[test]
fn whether_data_is_required_may_differ_item_by_item() {
    let text = |required: &str| {
        policy(
            "  updated 2026-01-01",
            &format!("data account \"Account details\" {{\n  source person\n{required}}}"),
        )
    };
    let items = "  required contractual \"phone number\", \"full name\"\n  required optional \"biography\"\n";
    let (html, md, findings) = build("required-items", &text(items), "2026-02-01");
    let said = "phone number and full name: required for the contract; biography: optional";
    assert!(html.contains(said), "{html}");
    assert!(md.contains(said), "{md}");
    assert!(!findings.contains("missing-provision-requirement-statement"));
    // Saying nothing still leaves the question open.
    let (_, _, findings) = build("required-items", &text(""), "2026-02-01");
    assert!(findings.contains("missing-provision-requirement-statement"));
    // Two answers for the whole category are one too many.
    let dir = TempDir::new("required-twice");
    let twice = text("  required optional\n  required contractual\n");
    std::fs::write(dir.path().join("p.policy"), twice).unwrap();
    let run = policyc_in(dir.path(), &["check", "p.policy"]);
    assert_eq!(run.code, 2, "{}", run.stderr);
    assert!(
        run.stderr
            .contains("`required` is stated twice for the whole category"),
        "{}",
        run.stderr
    );
}

#[test]
fn a_policy_without_a_date_says_so() {
    let text = policy("  undated yes", "");
    let (html, md, findings) = build("undated", &text, "2026-02-01");
    assert!(html.contains("This policy carries no date."), "{html}");
    assert!(md.contains("This policy carries no date."));
    // Still a gap a regulator writes, at the statement that says so (line 2).
    let v: serde_json::Value = serde_json::from_str(&findings).unwrap();
    let at: Vec<u64> = v
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["rule"] == "missing-effective-date")
        .map(|f| f["line"].as_u64().unwrap())
        .collect();
    assert_eq!(at, [2]);
    // A date beside it is a contradiction.
    let dir = TempDir::new("undated-dated");
    std::fs::write(
        dir.path().join("p.policy"),
        policy("  undated yes\n  updated 2026-01-01", ""),
    )
    .unwrap();
    let run = policyc_in(dir.path(), &["check", "p.policy"]);
    assert_eq!(run.code, 2, "{}", run.stderr);
    assert!(run
        .stderr
        .contains("`undated yes` says the policy carries no date, but it gives one"));
}

#[test]
fn prose_names_a_dpo_declared_for_some_places_when_it_is_the_only_one() {
    let dpo = |second: &str| {
        policy(
            "  updated 2026-01-01",
            &format!(
                "dpo \"Example DPO Ltd\" for eea, uk {{\n  email \"dpo@example.com\"\n}}\n{second}\n\
                 section eu \"Europe\" {{\n  text \"\"\"\n    Our DPO is {{{{ dpo.name }}}}.\n    \"\"\"\n}}"
            ),
        )
    };
    let (html, md, _) = build("regional-dpo", &dpo(""), "2026-02-01");
    assert!(html.contains("Our DPO is Example DPO Ltd."), "{html}");
    assert!(md.contains("Our DPO is Example DPO Ltd."));
    // Two regional DPOs: which one the words mean is not for policyc to guess.
    let dir = TempDir::new("two-dpos");
    let two = dpo("dpo \"Exemplo Ltda\" for brazil {\n  email \"dpo@example.com.br\"\n}");
    std::fs::write(dir.path().join("p.policy"), two).unwrap();
    let run = policyc_in(dir.path(), &["check", "p.policy"]);
    assert_eq!(run.code, 2, "{}", run.stderr);
    assert!(
        run.stderr
            .contains("`{{ dpo.name }}` does not name a declared fact"),
        "{}",
        run.stderr
    );
}

#[test]
fn a_basis_relied_on_in_some_places_only_is_judged_there_only() {
    let text = |scope: &str| {
        policy(
            "  updated 2026-01-01",
            &format!(
                "data contact \"Contact details\"\n\n\
                 basis br-interests \"Our legitimate interests (LGPD)\"{scope} {{\n  ground legitimate-interests\n}}\n\n\
                 purpose support \"Answering you\" {{\n  uses contact\n  basis br-interests\n}}"
            ),
        )
    };
    let (html, md, findings) = build("basis-for", &text(" for brazil"), "2026-02-01");
    assert!(
        html.contains("If you live in Brazil: <strong>Our legitimate interests (LGPD)</strong>"),
        "{html}"
    );
    assert!(
        md.contains("If you live in Brazil: **Our legitimate interests (LGPD)**"),
        "{md}"
    );
    // Not the GDPR's article, where the GDPR does not apply.
    assert!(
        html.contains("<strong>Our legitimate interests (LGPD)</strong>: Legitimate interests."),
        "{html}"
    );
    assert!(!html.contains("GDPR Art. 6(1)(f)"), "{html}");
    // The GDPR's Art. 13(1)(d) is not asked of the LGPD's list.
    assert!(
        !findings.contains("legitimate-interest-not-described"),
        "{findings}"
    );
    let (_, _, findings) = build("basis-for", &text(""), "2026-02-01");
    assert!(
        findings.contains("legitimate-interest-not-described"),
        "{findings}"
    );
}

#[test]
fn data_the_policy_says_may_be_sensitive_keeps_its_may() {
    let text = policy(
        "  updated 2026-01-01",
        "data location \"Location\" {\n  source automatic\n  ccpa-category geolocation\n  may-be-sensitive precise-geolocation\n}",
    );
    let (html, md, findings) = build("may-be-sensitive", &text, "2026-02-01");
    assert!(
        html.contains("May be sensitive personal information (CCPA): precise geolocation"),
        "{html}"
    );
    assert!(
        md.contains("may be sensitive personal information (CCPA): precise geolocation"),
        "{md}"
    );
    assert!(!html.contains("<small>Sensitive personal information"));
    // The statute decides what is sensitive: the right to limit is still asked for.
    assert!(
        findings.contains("ccpa-sensitive-pi-without-limit-notice"),
        "{findings}"
    );
}

#[test]
fn a_hedged_sale_answer_is_said_in_the_policys_words_and_is_no_answer() {
    let hedge = "Some of our advertising may count as sharing under some state laws.";
    let text = policy(
        "  updated 2026-01-01",
        &format!("sells-data no \"We do not sell your data.\"\nshares-data may \"{hedge}\""),
    );
    let (html, md, findings) = build("may-share", &text, "2026-02-01");
    assert!(html.contains(hedge), "{html}");
    assert!(md.contains(hedge), "{md}");
    assert!(
        findings.contains(
            "the policy says only that it may share personal information, which is not an answer"
        ),
        "{findings}"
    );
    // The words are the answer: `may` alone is refused.
    let dir = TempDir::new("may-alone");
    std::fs::write(
        dir.path().join("p.policy"),
        policy("  updated 2026-01-01", "shares-data may"),
    )
    .unwrap();
    let run = policyc_in(dir.path(), &["check", "p.policy"]);
    assert_eq!(run.code, 2, "{}", run.stderr);
    assert!(
        run.stderr
            .contains("after `may`, the policy's own words in quotes"),
        "{}",
        run.stderr
    );
}

#[test]
fn us_state_disclosures_published_apart_are_judged_there() {
    let text = |meta: &str| {
        format!(
            "policy \"Privacy Policy\" {{\n  updated 2026-01-01\n{meta}  jurisdictions ccpa\n}}\n\n\
             controller \"Example Inc.\" {{\n  address \"1 Main St, San Francisco, CA\"\n  email \"privacy@example.com\"\n}}\n\n\
             data contact \"Contact details\" {{\n  source person\n}}\n"
        )
    };
    let apart = "  us-state-disclosures \"https://example.com/state-privacy\"\n";
    let (html, md, findings) = build("state-disclosures", &text(apart), "2026-02-01");
    assert!(html.contains("What US state privacy laws ask us to disclose: <a href=\"https:&#x2f;&#x2f;example.com&#x2f;state-privacy\""), "{html}");
    assert!(
        md.contains(
            "What US state privacy laws ask us to disclose: <https://example.com/state-privacy>"
        ),
        "{md}"
    );
    for rule in [
        "ccpa-missing-pi-categories",
        "ccpa-missing-consumer-rights",
        "ccpa-missing-do-not-sell-statement",
    ] {
        assert!(!findings.contains(rule), "{rule}: {findings}");
    }
    // Without it, this policy owes them.
    let (_, _, findings) = build("state-disclosures", &text(""), "2026-02-01");
    for rule in [
        "ccpa-missing-pi-categories",
        "ccpa-missing-consumer-rights",
        "ccpa-missing-do-not-sell-statement",
    ] {
        assert!(findings.contains(rule), "{rule}: {findings}");
    }
}

#[test]
fn data_purposes_and_recipients_may_hold_in_some_places_only() {
    let text = String::from(
        "policy \"Privacy Policy\" {\n  updated 2026-01-01\n  jurisdictions gdpr, ccpa\n}\n\n\
         controller \"Example Inc.\" {\n  address \"1 Main St, San Francisco, CA\"\n  email \"privacy@example.com\"\n}\n\n\
         data location \"Precise location\" for us {\n  source automatic\n  ccpa-category geolocation\n  retention 1 year\n}\n\n\
         purpose nearby \"Showing what is near you\" for us {\n  uses location\n}\n\n\
         recipient ads \"Advertising partners\" for us {\n  role controller\n  receives location\n  purpose \"showing ads\"\n}\n"
    );
    let (html, md, findings) = build("block-for", &text, "2026-02-01");
    for label in [
        "Precise location",
        "Showing what is near you",
        "Advertising partners",
    ] {
        assert!(
            html.contains(&format!("{label} (only if you live in the United States)")),
            "{label}: {html}"
        );
        assert!(
            md.contains(&format!("{label} (only if you live in the United States)")),
            "{label}: {md}"
        );
    }
    // The GDPR judges what holds where it applies: a purpose pursued only in
    // the US asks no Art. 6 basis of the EEA.
    let v: serde_json::Value = serde_json::from_str(&findings).unwrap();
    let gdpr_basis = v
        .as_array()
        .unwrap()
        .iter()
        .any(|f| f["rule"] == "purpose-without-legal-basis");
    assert!(!gdpr_basis, "{findings}");
    // The same purpose for everyone is judged under the GDPR.
    let everywhere = text.replace("\" for us {", "\" {");
    let (_, _, findings) = build("block-for", &everywhere, "2026-02-01");
    assert!(
        findings.contains("purpose-without-legal-basis"),
        "{findings}"
    );
}

#[test]
fn every_yes_or_no_answer_alone_reaches_both_pages() {
    // Each answer on its own, in a policy that says nothing else: the section
    // that carries it must appear (a sharing answer once vanished without
    // recipients or a sale answer beside it).
    for keyword in [
        "honors-do-not-track",
        "honors-gpc",
        "third-party-tracking",
        "automated-decisions",
        "sells-data",
        "shares-data",
        "limits-sensitive-use",
    ] {
        let words = format!("Our own words about {keyword}.");
        let text = policy("  updated 2026-01-01", &format!("{keyword} no \"{words}\""));
        let (html, md, _) = build("stance-alone", &text, "2026-02-01");
        assert!(html.contains(&words), "{keyword} is missing from the HTML");
        assert!(
            md.contains(&words),
            "{keyword} is missing from the Markdown"
        );
    }
}

#[test]
fn a_right_described_by_its_name_alone_is_said_once() {
    let text = policy(
        "  updated 2026-01-01",
        "rights {\n  right access \"Access\"\n  right erasure \"Have your data deleted when it is no longer needed\"\n}",
    );
    let (html, md, _) = build("right-name", &text, "2026-02-01");
    assert!(html.contains("<li><strong>Access.</strong></li>"), "{html}");
    assert!(!html.contains("Access. Access."));
    assert!(!md.contains("Access. Access."));
    assert!(html.contains("Have your data deleted when it is no longer needed."));
}

#[test]
fn a_change_of_whether_one_item_is_required_names_the_item() {
    let dir = TempDir::new("required-diff");
    let text = |kind: &str| {
        policy(
            "  updated 2026-01-01",
            &format!("data account \"Account\" {{\n  source person\n  required contractual \"phone number\"\n  required {kind} \"biography\"\n}}"),
        )
    };
    std::fs::write(dir.path().join("old.policy"), text("optional")).unwrap();
    std::fs::write(dir.path().join("new.policy"), text("contractual")).unwrap();
    let run = policyc_in(dir.path(), &["diff", "old.policy", "new.policy"]);
    assert!(run.stdout.contains("1 material change"), "{}", run.stdout);
    assert!(
        run.stdout
            .contains("−biography: optional +biography: contractual"),
        "{}",
        run.stdout
    );
    assert!(!run.stdout.contains("phone number"), "{}", run.stdout);
}

#[test]
fn one_sentence_answering_sale_and_sharing_is_said_once() {
    let words = "Some advertising may count as sharing or selling under some state laws.";
    let text = policy(
        "  updated 2026-01-01",
        &format!("sells-data may \"{words}\"\nshares-data may \"{words}\""),
    );
    let (html, md, _) = build("sale-and-share", &text, "2026-02-01");
    assert_eq!(html.matches(words).count(), 1, "{html}");
    assert_eq!(md.matches(words).count(), 1, "{md}");
    // Different words are both said.
    let text = policy(
        "  updated 2026-01-01",
        &format!("sells-data no \"We do not sell.\"\nshares-data may \"{words}\""),
    );
    let (html, _, _) = build("sale-and-share", &text, "2026-02-01");
    assert!(
        html.contains("We do not sell.") && html.contains(words),
        "{html}"
    );
}

#[test]
fn places_of_data_purposes_and_recipients_reach_every_export() {
    let text = policy(
        "  updated 2026-01-01",
        "data location \"Location\" for us {\n  source automatic\n  fides user.location\n}\n\n\
         purpose nearby \"Nearby\" for us {\n  uses location\n  basis consent\n  fides essential.service\n}\n\n\
         recipient ads \"Ads\" for us {\n  receives location\n}",
    );
    let dir = build_in(
        "block-for-exports",
        &text,
        &["--format", "json,jsonld,fides,ropa"],
    );
    let read = |f: &str| std::fs::read_to_string(dir.path().join("out").join(f)).unwrap();
    let json: serde_json::Value = serde_json::from_str(&read("p.json")).unwrap();
    for (list, id) in [
        ("data", "location"),
        ("purposes", "nearby"),
        ("recipients", "ads"),
    ] {
        let item = json[list]
            .as_array()
            .unwrap()
            .iter()
            .find(|x| x["id"] == id)
            .unwrap();
        assert_eq!(item["scope"], serde_json::json!(["us"]), "{list}");
    }
    assert_eq!(read("p.jsonld").matches("dpv:hasJurisdiction").count(), 3);
    assert!(read("p.fides.yml").contains("Nearby (for us)"));
    let ropa = read("p.ropa.csv");
    for cell in ["Nearby (for us)", "Location (for us)", "Ads (for us)"] {
        assert!(ropa.contains(cell), "{cell}: {ropa}");
    }
}

/// A note (issue 21): one declaration in the block's schema and one label per
/// language; the page states the writer's words under that label, with the
/// places it holds for, the JSON lists it by name, a translated page gives
/// the label in its language, and the diff reports a change of it.
#[test]
fn a_note_is_stated_in_the_policys_words_under_its_label_everywhere() {
    let text = policy(
        "  updated 2026-01-01\n  precedence \"Where a service's own policy differs from this one, the service's policy prevails.\"",
        "rights {\n  right access \"See your data\"\n  fee \"We may charge a reasonable fee for requests that are manifestly unfounded or excessive.\" for eea\n}\n\n\
         children {\n  minimum-age 16\n  age-check \"We ask for your date of birth when you sign up.\"\n}\n\n\
         changes {\n  notify-by email\n  archive \"Earlier versions are listed at the end of this page.\"\n}\n\n\
         recipient hosting \"Our hosting provider\" {\n  role processor\n  bound-by \"It may use the data only to host our service.\"\n}\n\n\
         transfer us \"Transfers to the United States\" {\n  to us\n  safeguard sccs\n  protections \"We take part in the APEC Cross-Border Privacy Rules.\"\n}",
    );
    let dir = build_in(
        "notes",
        &text,
        &["--format", "html,md,json", "--lang", "en,de,fr"],
    );
    let read = |f: &str| std::fs::read_to_string(dir.path().join("out").join(f)).unwrap();
    let html = read("p.en.html");
    let md = read("p.en.md");
    for (label, words) in [
        ("Which document prevails:", "the service's policy prevails."),
        (
            "Fees (only if you live in the EEA):",
            "manifestly unfounded or excessive.",
        ),
        ("How age is checked:", "date of birth when you sign up."),
        ("Earlier versions:", "listed at the end of this page."),
        (
            "What the recipient is bound to:",
            "only to host our service.",
        ),
        ("Other protections:", "APEC Cross-Border Privacy Rules."),
    ] {
        assert!(
            html.contains(&format!(
                "<strong>{}</strong>",
                label.replace('\'', "&#x27;")
            )),
            "{label}\n{html}"
        );
        assert!(html.contains(&words.replace('\'', "&#x27;")), "{words}");
        assert!(md.contains(&format!("**{label}**")), "{label}\n{md}");
    }
    let json: serde_json::Value = serde_json::from_str(&read("p.json")).unwrap();
    assert_eq!(json["rights"]["notes"][0]["statement"], "fee");
    assert_eq!(json["rights"]["notes"][0]["scope"][0], "eea");
    assert_eq!(json["meta"]["notes"][0]["statement"], "precedence");
    assert_eq!(json["children"]["notes"][0]["statement"], "age_check");
    assert_eq!(json["changes"]["notes"][0]["statement"], "archive");
    assert_eq!(json["recipients"][0]["notes"][0]["statement"], "bound_by");
    assert_eq!(json["transfers"][0]["notes"][0]["statement"], "protections");
    // The German page: the labels in German, the writer's words as written.
    let de = read("p.de.html");
    assert!(de.contains("<strong>Gebühren (nur wenn Sie"), "{de}");
    assert!(de.contains("Wie das Alter geprüft wird:"));
    // The label and its places are escaped once: French says "l'EEE".
    let fr = read("p.fr.html");
    assert!(
        fr.contains("<strong>Frais (uniquement si vous résidez dans l&#x27;EEE) :</strong>"),
        "{fr}"
    );
    assert!(!fr.contains("&amp;#x27;"));
    // A changed note is a change the diff reports, as its declaration classes it.
    std::fs::write(
        dir.path().join("q.policy"),
        text.replace("We may charge a reasonable fee", "We charge 10 euros"),
    )
    .unwrap();
    let diff = policyc_in(dir.path(), &["diff", "p.policy", "q.policy"]);
    assert!(
        diff.stdout.contains("fee:") && diff.stdout.contains("when a fee is charged for a request"),
        "{}",
        diff.stdout
    );
}

/// A question (issue 21): `parental-tools` is one declaration and its
/// wording. Answered without words, the page states the answer's sentence
/// in its language; with words, the policy's words; `may` keeps its hedge
/// in the JSON; a `no` where there was a `yes` is a change the diff
/// reports at the class its declaration gives.
#[test]
fn a_question_is_answered_in_the_pages_language_or_the_policys_words() {
    let text = policy(
        "  updated 2026-01-01",
        "rights {\n  right access \"See your data\"\n}\n\n\
         children {\n  minimum-age 13\n  parental-tools yes for eea\n  parental-tools may \"Some features let a parent limit screen time.\" for us\n}",
    );
    let dir = build_in(
        "question",
        &text,
        &["--format", "html,md,json", "--lang", "en,de"],
    );
    let read = |f: &str| std::fs::read_to_string(dir.path().join("out").join(f)).unwrap();
    let html = read("p.en.html");
    let md = read("p.en.md");
    for out in [&html, &md] {
        assert!(
            out.contains("Tools for parents and guardians (only if you live in the EEA):"),
            "{out}"
        );
        assert!(out.contains(
            "Parents and guardians have tools to see or limit what their child does on the service."
        ));
        assert!(out.contains("Some features let a parent limit screen time."));
    }
    let de = read("p.de.html");
    assert!(
        de.contains("Werkzeuge für Eltern und Erziehungsberechtigte"),
        "{de}"
    );
    assert!(de.contains("Eltern und Erziehungsberechtigte haben Werkzeuge"));
    let json: serde_json::Value = serde_json::from_str(&read("p.json")).unwrap();
    let notes = json["children"]["notes"].as_array().unwrap();
    assert_eq!(notes.len(), 2, "{notes:?}");
    assert_eq!(notes[0]["statement"], "parental_tools");
    assert_eq!(notes[0]["answer"], true);
    assert_eq!(notes[0]["hedged"], serde_json::Value::Null);
    assert_eq!(notes[0]["words"], serde_json::json!([]));
    assert_eq!(notes[1]["hedged"], true);
    assert_eq!(notes[1]["scope"], serde_json::json!(["us"]));
    // `may` without words is refused: the hedge needs the policy's words.
    std::fs::write(
        dir.path().join("bad.policy"),
        text.replace(" \"Some features let a parent limit screen time.\"", ""),
    )
    .unwrap();
    let bad = policyc_in(dir.path(), &["check", "bad.policy"]);
    assert_ne!(bad.code, 0);
    assert!(bad.stderr.contains("after `may`"), "{}", bad.stderr);
    // Tools withdrawn in the EEA: the diff's row for `no`.
    std::fs::write(
        dir.path().join("q.policy"),
        text.replace("parental-tools yes for eea", "parental-tools no for eea"),
    )
    .unwrap();
    let diff = policyc_in(dir.path(), &["diff", "p.policy", "q.policy"]);
    assert!(
        diff.stdout.contains("parental-tools")
            && diff
                .stdout
                .contains("parents are no longer said to have tools"),
        "{}",
        diff.stdout
    );
}

//! `build --format jsonld,fides,ropa`: snapshots for calsoft, the record read
//! back with the csv crate, the manifest read back through policyc's YAML
//! module, scope and absent facts, and the CLI. The consumers' own checks
//! (pyld, fideslang) are in .ci/exports_check.py.

use policyc::model::Policy;
use policyc::render::export::{fides, jsonld, ropa};
use serde_json::Value;

use crate::util::{policyc, policyc_in, root, TempDir};

fn compile_file(name: &str) -> Policy {
    let file = policyc::source::read(&root().join(name)).unwrap();
    let compiled = policyc::compile(&file);
    assert!(compiled.errors.is_empty(), "{name}");
    compiled.policy.unwrap()
}

fn compile_text(text: &str) -> Policy {
    let compiled = policyc::compile_str("t.policy", text);
    let errors: Vec<&str> = compiled.errors.iter().map(|d| d.message.as_str()).collect();
    assert!(errors.is_empty(), "{errors:?}");
    compiled.policy.unwrap()
}

const BUNDLED: [&str; 3] = [
    "policies/calsoft.policy",
    "policies/reddit.policy",
    "policies/spotify.policy",
];

#[test]
fn calsoft_in_the_three_formats() {
    let policy = compile_file("policies/calsoft.policy");
    insta::assert_snapshot!("calsoft.jsonld", jsonld::render(&policy));
    insta::assert_snapshot!("calsoft.fides.yml", fides::render(&policy).unwrap());
    insta::assert_snapshot!("calsoft.ropa.csv", ropa::render(&policy).unwrap());
}

#[test]
fn the_record_reads_back_one_row_per_purpose() {
    for name in BUNDLED {
        let policy = compile_file(name);
        let text = ropa::render(&policy).unwrap();
        let mut reader = csv::Reader::from_reader(text.as_bytes());
        let header: Vec<String> = reader
            .headers()
            .unwrap()
            .iter()
            .map(str::to_string)
            .collect();
        let expected: Vec<&str> = ropa::COLUMNS.iter().map(|(c, _)| *c).collect();
        assert_eq!(header, expected, "{name}");
        let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
        assert_eq!(rows.len(), policy.purposes.len(), "{name}");
        let col = |c: &str| expected.iter().position(|x| *x == c).unwrap();
        for (row, purpose) in rows.iter().zip(&policy.purposes) {
            assert_eq!(&row[col("purpose_id")], purpose.id.value, "{name}");
            assert_eq!(&row[col("purpose")], purpose.label, "{name}");
            let data = policyc::render::export::purpose_data(&policy, purpose);
            let labels: Vec<&str> = data.iter().map(|d| d.label.as_str()).collect();
            assert_eq!(&row[col("personal_data")], labels.join("; "), "{name}");
            // Every cell says something: a fact, or that the policy does not state it.
            assert!(row.iter().all(|cell| !cell.is_empty()), "{name}: {row:?}");
        }
    }
}

#[test]
fn every_record_column_is_documented_with_its_point_of_article_30() {
    let doc = std::fs::read_to_string(root().join("docs/exports.md")).unwrap();
    let (_, record) = doc
        .split_once("## Record of processing activities")
        .unwrap();
    for (column, point) in ropa::COLUMNS {
        let row = record
            .lines()
            .find(|l| l.starts_with(&format!("| `{column}` |")))
            .unwrap_or_else(|| panic!("docs/exports.md has no row for `{column}`"));
        // "Art. 30(1)(b)" in the code is "(b)" in the table's Art. 30(1) column.
        let point = point.strip_prefix("Art. 30(1)").unwrap_or("—");
        assert!(row.contains(point), "`{column}`: {row}");
    }
}

#[test]
fn the_manifest_reads_back_one_declaration_per_purpose() {
    for name in BUNDLED {
        let policy = compile_file(name);
        let text = fides::render(&policy).unwrap();
        let manifest: Value = policyc::yaml::from_str(&text).unwrap();
        let system = &manifest["system"][0];
        let decls = system["privacy_declarations"].as_array().unwrap();
        assert_eq!(decls.len(), policy.purposes.len(), "{name}");
        for (d, p) in decls.iter().zip(&policy.purposes) {
            assert_eq!(d["name"], p.label.as_str());
            assert_eq!(d["data_use"], p.fides.as_ref().unwrap().value.as_str());
            assert!(!d["data_categories"].as_array().unwrap().is_empty());
        }
    }
}

/// The terms of a property on a node, as IRIs or labels.
fn terms(node: &Value, prop: &str) -> Vec<String> {
    match &node[prop] {
        Value::Array(items) => items.iter().map(term).collect(),
        Value::Null => Vec::new(),
        one => vec![term(one)],
    }
}

fn term(v: &Value) -> String {
    v["@id"]
        .as_str()
        .or_else(|| v["rdfs:label"].as_str())
        .unwrap_or_default()
        .to_string()
}

fn node<'a>(doc: &'a Value, id_suffix: &str) -> &'a Value {
    doc["@graph"]
        .as_array()
        .unwrap()
        .iter()
        .find(|n| n["@id"].as_str().is_some_and(|i| i.ends_with(id_suffix)))
        .unwrap_or_else(|| panic!("no node {id_suffix}"))
}

#[test]
fn jsonld_states_each_purpose_with_its_legal_bases_and_data() {
    let policy = compile_file("policies/calsoft.policy");
    let doc: Value = serde_json::from_str(&jsonld::render(&policy)).unwrap();
    // The context is inline: nothing for a processor to fetch.
    assert!(doc["@context"].is_object());
    let improve = node(&doc, "#process-improve");
    // Legitimate interests, and a basis of the original's that names no
    // Art. 6(1) ground ("it is necessary"), which stays words.
    assert_eq!(
        terms(improve, "dpv:hasLegalBasis"),
        [
            "dpv:LegitimateInterest",
            "eu-gdpr:A6-1-f",
            "it is necessary"
        ]
    );
    assert_eq!(
        terms(improve, "dpv:hasPersonalData"),
        [
            "urn:policyc:calsoft-systems#data-activity",
            "urn:policyc:calsoft-systems#data-logs",
            "urn:policyc:calsoft-systems#data-identifiers"
        ]
    );
    // A ground in the policy's own words stays words, not an Art. 6 term.
    let custom = node(&doc, "#process-customised-experience");
    assert_eq!(
        terms(custom, "dpv:hasLegalBasis"),
        ["legitimate business purposes"]
    );
    // A purpose with no basis states none.
    assert!(node(&doc, "#process-respond")["dpv:hasLegalBasis"]
        .as_array()
        .is_some_and(|a| a.len() == 1));
    assert!(node(&doc, "#process-provide-services")["dpv:hasLegalBasis"].is_array());
}

const SCOPED: &str = r#"
policy "Scoped" {
  jurisdictions gdpr, ccpa
}
controller "Acme Ltd" {
  email "privacy@acme.example"
}
representative "Acme UK" for uk {
  email "uk@acme.example"
}
data contact "Contact" {
  source person
  fides user.contact.email
}
purpose reply "Replying" {
  uses contact
  basis contract
  fides essential.service
}
rights {
  right access "See your data" for california
  right erasure "Delete your data"
}
"#;

#[test]
fn scope_is_carried_and_regional_rights_are_not_made_gdpr_rights() {
    let policy = compile_text(SCOPED);
    let doc: Value = serde_json::from_str(&jsonld::render(&policy)).unwrap();
    let notice = &doc["@graph"][0];
    let rights = notice["dpv:hasRight"].as_array().unwrap();
    // Offered in California only: a right, placed there, not GDPR Art. 15.
    assert_eq!(
        rights[0]["@type"],
        serde_json::json!(["dpv:DataSubjectRight"])
    );
    assert_eq!(terms(&rights[0], "dpv:hasJurisdiction"), ["loc:US-CA"]);
    // Offered everywhere: GDPR Art. 17, with no place.
    assert_eq!(
        rights[1]["@type"],
        serde_json::json!(["dpv:DataSubjectRight", "eu-gdpr:A17"])
    );
    assert!(rights[1]["dpv:hasJurisdiction"].is_null());
    let rep = node(&doc, "#representative-1");
    assert_eq!(terms(rep, "dpv:hasJurisdiction"), ["loc:GB"]);
    let record = ropa::render(&policy).unwrap();
    assert!(
        record.contains("Acme UK (for uk): uk@acme.example"),
        "{record}"
    );
    let manifest = fides::render(&policy).unwrap();
    assert!(manifest.contains("- user.contact.email"), "{manifest}");
    assert!(manifest.contains("legal_basis_for_processing: Contract"));
}

#[test]
fn data_categories_get_the_pd_terms_their_stated_kind_names() {
    let policy = compile_text(
        "policy \"P\" {\n  language en\n}\ndata health \"Health\" {\n  special health\n}\ndata email \"Email\" {\n  fides user.contact.email\n}\ndata misc \"Other\" {\n  source person\n}\n",
    );
    let doc: Value = serde_json::from_str(&jsonld::render(&policy)).unwrap();
    let types = |id: &str| node(&doc, id)["@type"].clone();
    assert_eq!(
        types("#data-health"),
        serde_json::json!([
            "dpv:PersonalData",
            "dpv:SpecialCategoryPersonalData",
            "pd:Health"
        ])
    );
    assert_eq!(
        types("#data-email"),
        serde_json::json!(["dpv:PersonalData", "pd:EmailAddress"])
    );
    // Nothing stated beyond a label: no pd: term is guessed from it.
    assert_eq!(types("#data-misc"), serde_json::json!(["dpv:PersonalData"]));
}

#[test]
fn absent_facts_are_left_out_or_marked_never_guessed() {
    let policy = compile_text(
        "policy \"Bare\" {\n  language en\n}\ndata contact \"Contact\" {\n  source person\n}\npurpose reply \"Replying\" {\n  uses contact\n  fides essential.service\n}\n",
    );
    let doc: Value = serde_json::from_str(&jsonld::render(&policy)).unwrap();
    let process = node(&doc, "#process-reply");
    for absent in [
        "dpv:hasDataController",
        "dpv:hasLegalBasis",
        "dpv:hasRecipient",
        "dpv:hasDataSubject",
        "dpv:hasStorageCondition",
    ] {
        assert!(process[absent].is_null(), "{absent}");
    }
    let record = ropa::render(&policy).unwrap();
    let row = record.lines().nth(1).unwrap();
    assert_eq!(
        row,
        "reply,Replying,not stated,not stated,not stated,not stated,not stated,not stated,Contact,not stated,not stated,not stated,not stated,not stated,not stated"
    );
    let manifest = fides::render(&policy).unwrap();
    for absent in [
        "legal_basis_for_processing",
        "retention_period",
        "data_subjects",
        "third_parties",
        "legal_name",
        "dpo",
    ] {
        assert!(!manifest.contains(absent), "{absent}: {manifest}");
    }
}

#[test]
fn a_cell_a_spreadsheet_would_run_as_a_formula_stays_text() {
    let policy = compile_text(
        "policy \"P\" {\n  language en\n}\ndata d \"=1+2\" {\n  source person\n}\npurpose p \"@SUM(1)\" {\n  uses d\n}\n",
    );
    let record = ropa::render(&policy).unwrap();
    let mut reader = csv::Reader::from_reader(record.as_bytes());
    let row = reader.records().next().unwrap().unwrap();
    assert_eq!(&row[1], "'@SUM(1)");
    assert_eq!(&row[8], "'=1+2");
}

#[test]
fn user_words_survive_every_format_unchanged() {
    let label = "- Yes: it's #1, {really} [sure] & <b>bold</b>";
    let policy = compile_text(&format!(
        "policy \"P\" {{\n  language en\n}}\ncontroller \"{label}\" {{\n  email \"a@b.example\"\n}}\ndata d \"D\" {{\n  source person\n}}\npurpose p \"{label}\" {{\n  uses d\n  fides essential.service\n}}\n"
    ));
    let manifest: Value = policyc::yaml::from_str(&fides::render(&policy).unwrap()).unwrap();
    assert_eq!(manifest["system"][0]["legal_name"], label);
    assert_eq!(
        manifest["system"][0]["privacy_declarations"][0]["name"],
        label
    );
    let doc: Value = serde_json::from_str(&jsonld::render(&policy)).unwrap();
    assert_eq!(node(&doc, "#controller")["dpv:hasName"], label);
    let record = ropa::render(&policy).unwrap();
    let mut reader = csv::Reader::from_reader(record.as_bytes());
    let row = reader.records().next().unwrap().unwrap();
    // A leading `-` is a formula to a spreadsheet: kept as text with a quote.
    assert_eq!(&row[1], format!("'{label}"));
}

#[test]
fn the_exports_are_built_and_listed_in_the_help() {
    let help = policyc(&["build", "--help"]);
    for format in ["jsonld", "fides", "ropa"] {
        assert!(help.stdout.contains(format), "{}", help.stdout);
    }
    let dir = TempDir::new("exports-cli");
    let out = dir.path().join("out");
    let run = policyc(&[
        "build",
        "--format",
        "jsonld,fides,ropa",
        "-o",
        out.to_str().unwrap(),
        "policies/calsoft.policy",
    ]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let mut files: Vec<String> = std::fs::read_dir(&out)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    files.sort();
    assert_eq!(
        files,
        ["calsoft.fides.yml", "calsoft.jsonld", "calsoft.ropa.csv"]
    );
    // Deterministic: a second build writes the same bytes.
    let first = std::fs::read(out.join("calsoft.jsonld")).unwrap();
    let again = policyc(&[
        "build",
        "--format",
        "jsonld",
        "-o",
        out.to_str().unwrap(),
        "policies/calsoft.policy",
    ]);
    assert_eq!(again.code, 0);
    assert_eq!(first, std::fs::read(out.join("calsoft.jsonld")).unwrap());
}

// ---------------------------------------------------------------------------
// Issue 21, item 4: the exports never say more than the policy. The expected
// values below come from the policy text and the law, not from the output.

/// A policy with alternative bases, bases for some places only, a transfer
/// on consent by continued use, a job applicant category that only one
/// purpose uses by name, and data a payment vendor collects itself.
const FAITHFUL: &str = r#"
policy "Faithful" {
  jurisdictions gdpr
}
controller "Acme Ltd" {
  email "privacy@acme.example"
}
data contact "Contact details" {
  source person
  subjects customers
}
data cv "CVs" {
  source person
  subjects applicants
}
data card "Card details" {
  source person
  subjects customers
  collected-by "our payment provider, Payco"
}
purpose service "Providing the service" {
  uses all
  basis contract
  fides essential.service
}
purpose ads "Showing ads" {
  uses contact
  basis consent "where the law requires it" or legitimate-interests "otherwise"
  fides marketing.advertising
}
purpose billing "Billing" {
  uses contact
  basis contract for eea
  fides essential.service.payment_processing
}
purpose recruiting "Recruiting" {
  uses cv
  basis legitimate-interests
  fides employment.recruitment
}
transfer us "Storing data in the United States" {
  to us
  safeguard derogation
  derogation consent
  consent-by continued-use
  data contact
}
transfer br "Transfers out of Brazil" for brazil {
  to us
  safeguard sccs
  data contact
}
retention 2 years for eea
"#;

/// The record's rows, each as column name -> cell, by purpose id.
fn record_rows(
    policy: &Policy,
) -> std::collections::BTreeMap<String, std::collections::BTreeMap<String, String>> {
    let text = ropa::render(policy).unwrap();
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    let header: Vec<String> = reader
        .headers()
        .unwrap()
        .iter()
        .map(str::to_string)
        .collect();
    reader
        .records()
        .map(|r| {
            let r = r.unwrap();
            let row: std::collections::BTreeMap<String, String> = header
                .iter()
                .cloned()
                .zip(r.iter().map(str::to_string))
                .collect();
            (row["purpose_id"].clone(), row)
        })
        .collect()
}

/// The `@type`s of a node, as strings.
fn types(v: &Value) -> Vec<String> {
    match &v["@type"] {
        Value::Array(a) => a
            .iter()
            .filter_map(|t| t.as_str().map(str::to_string))
            .collect(),
        Value::String(s) => vec![s.clone()],
        _ => Vec::new(),
    }
}

/// The values of a property, as a list.
fn values<'a>(node: &'a Value, prop: &str) -> Vec<&'a Value> {
    match &node[prop] {
        Value::Array(a) => a.iter().collect(),
        Value::Null => Vec::new(),
        one => vec![one],
    }
}

#[test]
fn alternative_bases_stay_alternatives_with_their_conditions_in_the_record() {
    let rows = record_rows(&compile_text(FAITHFUL));
    let basis = &rows["ads"]["legal_basis"];
    // "consent where the law requires it, otherwise legitimate interests" is
    // one or the other, never both.
    assert_ne!(basis, "consent; legitimate-interests");
    assert!(basis.contains(" or "), "{basis}");
    assert!(basis.contains("where the law requires it"), "{basis}");
    assert!(basis.contains("otherwise"), "{basis}");
    assert_eq!(
        basis,
        "consent “where the law requires it” or legitimate-interests “otherwise”"
    );
    // A single unconditional basis is written as before.
    assert_eq!(rows["service"]["legal_basis"], "contract");
}

#[test]
fn alternative_bases_are_not_stated_as_holding_together_in_jsonld() {
    let doc: Value = serde_json::from_str(&jsonld::render(&compile_text(FAITHFUL))).unwrap();
    let ads = node(&doc, "#process-ads");
    let bases = values(ads, "dpv:hasLegalBasis");
    // No bare Art. 6(1) term on the process: that would say both hold.
    for b in &bases {
        assert!(b["@id"].is_null(), "an unconditional basis: {b}");
    }
    let consent = bases
        .iter()
        .find(|b| types(b).contains(&"eu-gdpr:A6-1-a".to_string()))
        .expect("consent, as one alternative");
    assert!(types(consent).contains(&"dpv:Consent".to_string()));
    let label = consent["rdfs:label"].as_str().unwrap();
    assert!(label.contains("where the law requires it"), "{label}");
    let comment = consent["rdfs:comment"].as_str().unwrap();
    assert!(comment.contains(" or "), "{comment}");
    let li = bases
        .iter()
        .find(|b| types(b).contains(&"eu-gdpr:A6-1-f".to_string()))
        .expect("legitimate interests, as the other");
    assert!(li["rdfs:label"].as_str().unwrap().contains("otherwise"));
    // Fides holds one basis with no condition: it leaves it out.
    let manifest: Value =
        policyc::yaml::from_str(&fides::render(&compile_text(FAITHFUL)).unwrap()).unwrap();
    let decls = manifest["system"][0]["privacy_declarations"]
        .as_array()
        .unwrap();
    let ads = decls.iter().find(|d| d["name"] == "Showing ads").unwrap();
    assert!(ads["legal_basis_for_processing"].is_null(), "{ads}");
}

#[test]
fn the_places_of_a_basis_travel_with_it() {
    let policy = compile_text(FAITHFUL);
    let rows = record_rows(&policy);
    // `basis contract for eea`: contract, in the EEA; nothing said elsewhere.
    assert_eq!(rows["billing"]["legal_basis"], "for eea: contract");
    let doc: Value = serde_json::from_str(&jsonld::render(&policy)).unwrap();
    let billing = node(&doc, "#process-billing");
    let bases = values(billing, "dpv:hasLegalBasis");
    assert_eq!(bases.len(), 1, "{billing}");
    assert!(types(bases[0]).contains(&"eu-gdpr:A6-1-b".to_string()));
    assert!(types(bases[0]).contains(&"dpv:Contract".to_string()));
    assert_eq!(terms(bases[0], "dpv:hasJurisdiction"), ["loc:EEA"]);
    // Fides has no place for a region: a basis for the EEA only is left out.
    let manifest: Value = policyc::yaml::from_str(&fides::render(&policy).unwrap()).unwrap();
    let decls = manifest["system"][0]["privacy_declarations"]
        .as_array()
        .unwrap();
    let billing = decls.iter().find(|d| d["name"] == "Billing").unwrap();
    assert!(billing["legal_basis_for_processing"].is_null(), "{billing}");
    let service = decls
        .iter()
        .find(|d| d["name"] == "Providing the service")
        .unwrap();
    assert_eq!(service["legal_basis_for_processing"], "Contract");
}

#[test]
fn the_places_of_transfers_and_retention_travel_with_them() {
    let policy = compile_text(FAITHFUL);
    let doc: Value = serde_json::from_str(&jsonld::render(&policy)).unwrap();
    assert_eq!(
        terms(node(&doc, "#transfer-br"), "dpv:hasJurisdiction"),
        ["loc:BR"]
    );
    assert!(node(&doc, "#transfer-us")["dpv:hasJurisdiction"].is_null());
    let rows = record_rows(&policy);
    let transfers = &rows["billing"]["transfers"];
    assert!(
        transfers.contains("Transfers out of Brazil (for brazil;"),
        "{transfers}"
    );
    assert!(
        !transfers.contains("Storing data in the United States (for"),
        "{transfers}"
    );
    assert_eq!(rows["billing"]["retention"], "2 years (for eea)");
    let manifest = fides::render(&policy).unwrap();
    assert!(
        manifest.contains("retention_period: 2 years (for eea)"),
        "{manifest}"
    );
}

#[test]
fn consent_by_continued_use_is_not_the_explicit_consent_of_article_49() {
    let policy = compile_text(FAITHFUL);
    let doc: Value = serde_json::from_str(&jsonld::render(&policy)).unwrap();
    let us = node(&doc, "#transfer-us");
    let bases = terms(us, "dpv:hasLegalBasis");
    // EDPB Guidelines 05/2020 §86: continued use is not consent; EDPB
    // Guidelines 2/2018 §2.1: Art. 49(1)(a) needs explicit consent.
    assert!(!bases.contains(&"eu-gdpr:A49-1-a".to_string()), "{us}");
    let basis = values(us, "dpv:hasLegalBasis");
    assert_eq!(basis.len(), 1, "{us}");
    assert_eq!(types(basis[0]), ["dpv:DataTransferLegalBasis"]);
    let label = basis[0]["rdfs:label"].as_str().unwrap();
    assert!(label.contains("continued-use"), "{label}");
    // The record keeps how consent is obtained, too.
    let rows = record_rows(&policy);
    assert!(
        rows["ads"]["transfers"].contains("derogation consent, by continued-use"),
        "{}",
        rows["ads"]["transfers"]
    );
    // A derogation of consent the policy states without a weaker mechanism
    // stays Art. 49(1)(a): that is what the policy states.
    let plain = compile_text(&FAITHFUL.replace("  consent-by continued-use\n", ""));
    let doc: Value = serde_json::from_str(&jsonld::render(&plain)).unwrap();
    assert_eq!(
        terms(node(&doc, "#transfer-us"), "dpv:hasLegalBasis"),
        ["eu-gdpr:A49-1-a"]
    );
}

#[test]
fn data_subjects_are_those_of_the_data_each_purpose_uses() {
    let policy = compile_text(FAITHFUL);
    let rows = record_rows(&policy);
    // Billing and ads use contact details only: customers, not applicants.
    assert_eq!(rows["billing"]["data_subjects"], "customers");
    assert_eq!(rows["ads"]["data_subjects"], "customers");
    assert_eq!(rows["recruiting"]["data_subjects"], "job applicants");
    // `uses all` uses the CVs too, so their subjects are its subjects.
    assert!(rows["service"]["data_subjects"].contains("job applicants"));
    let doc: Value = serde_json::from_str(&jsonld::render(&policy)).unwrap();
    let subjects: Vec<String> = values(node(&doc, "#process-billing"), "dpv:hasDataSubject")
        .iter()
        .flat_map(|s| types(s))
        .collect();
    assert_eq!(subjects, ["dpv:Customer"]);
    let manifest: Value = policyc::yaml::from_str(&fides::render(&policy).unwrap()).unwrap();
    let decls = manifest["system"][0]["privacy_declarations"]
        .as_array()
        .unwrap();
    let billing = decls.iter().find(|d| d["name"] == "Billing").unwrap();
    assert_eq!(billing["data_subjects"], serde_json::json!(["customer"]));
}

#[test]
fn data_a_third_party_collects_itself_says_so_in_the_exports() {
    let policy = compile_text(FAITHFUL);
    let rows = record_rows(&policy);
    assert_eq!(
        rows["service"]["collected_by"],
        "Card details: our payment provider, Payco"
    );
    assert_eq!(rows["billing"]["collected_by"], "not stated");
    let doc: Value = serde_json::from_str(&jsonld::render(&policy)).unwrap();
    let card = node(&doc, "#data-card");
    let note = card["rdfs:comment"].as_str().unwrap();
    assert!(note.contains("our payment provider, Payco"), "{note}");
    assert!(node(&doc, "#data-contact")["rdfs:comment"].is_null());
}

#[test]
fn a_purpose_without_a_data_use_is_a_warning_and_the_other_formats_are_written() {
    let dir = TempDir::new("fides-missing-warning");
    std::fs::write(
        dir.path().join("p.policy"),
        "policy \"P\" {\n  jurisdictions gdpr\n}\ndata contact \"Contact\" {\n  source person\n}\npurpose reply \"Replying\" {\n  uses contact\n  basis contract\n}\npurpose news \"Newsletter\" {\n  uses contact\n  basis consent\n  fides marketing.communications.email\n}\n",
    )
    .unwrap();
    let run = policyc_in(
        dir.path(),
        &[
            "build",
            "--format",
            "html,md,json,jsonld,fides,ropa",
            "-o",
            "out",
            "p.policy",
        ],
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(run.stderr.contains("warning"), "{}", run.stderr);
    assert!(run.stderr.contains("`reply`"), "{}", run.stderr);
    assert!(run.stderr.contains("p.policy:7:9"), "{}", run.stderr);
    assert!(run.stderr.contains("fides"), "{}", run.stderr);
    for ext in ["html", "md", "json", "jsonld", "fides.yml", "ropa.csv"] {
        assert!(dir.path().join(format!("out/p.{ext}")).exists(), "p.{ext}");
    }
    // The manifest leaves that declaration out and keeps the other.
    let manifest: Value = policyc::yaml::from_str(
        &std::fs::read_to_string(dir.path().join("out/p.fides.yml")).unwrap(),
    )
    .unwrap();
    let decls = manifest["system"][0]["privacy_declarations"]
        .as_array()
        .unwrap();
    assert_eq!(decls.len(), 1, "{manifest}");
    assert_eq!(decls[0]["name"], "Newsletter");
}

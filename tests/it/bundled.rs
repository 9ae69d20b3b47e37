//! The bundled policies and examples compile, and the Calsoft transcription
//! holds the facts of the published policy.

use crate::util::root;

fn policy_files(dir: &str) -> Vec<std::path::PathBuf> {
    let mut files: Vec<_> = std::fs::read_dir(root().join(dir))
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "policy"))
        .collect();
    files.sort();
    files
}

#[test]
fn every_bundled_policy_and_example_compiles() {
    let files: Vec<_> = policy_files("policies")
        .into_iter()
        .chain(policy_files("examples"))
        .collect();
    assert!(files.len() >= 4, "calsoft plus at least three examples");
    for path in files {
        let file = policyc::source::read(&path).unwrap();
        let compiled = policyc::compile(&file);
        assert!(
            compiled.errors.is_empty(),
            "{} does not compile:\n{}",
            path.display(),
            policyc::diag::render_human(&compiled.errors, false, 80)
        );
    }
}

fn calsoft_json() -> serde_json::Value {
    let file = policyc::source::read(&root().join("policies/calsoft.policy")).unwrap();
    let compiled = policyc::compile(&file);
    let policy = compiled.ok().expect("calsoft compiles");
    serde_json::from_str(&policyc::render::json(policy)).unwrap()
}

#[test]
fn calsoft_cookie_table_is_as_published() {
    let j = calsoft_json();
    let rows = j["cookies"]["rows"].as_array().unwrap();
    let got: Vec<(String, String)> = rows
        .iter()
        .map(|r| {
            let l = &r["lifetime"];
            (
                r["name"].as_str().unwrap().to_string(),
                format!(
                    "{} {}",
                    l["duration"]["amount"],
                    l["duration"]["unit"].as_str().unwrap()
                ),
            )
        })
        .collect();
    let want = [
        ("_gat_UA-44883700-1", "2 year"),
        ("_gat_UA-83524701-1", "2 year"),
        ("_gid", "2 year"),
        ("_ga", "2 year"),
    ];
    assert_eq!(got, want.map(|(a, b)| (a.to_string(), b.to_string())));
    assert_eq!(
        j["cookies"]["columns"],
        serde_json::json!(["name", "lifetime", "purpose"])
    );
}

#[test]
fn calsoft_contacts_and_date() {
    let j = calsoft_json();
    assert_eq!(j["meta"]["updated"], "2018-07-22");
    assert_eq!(j["meta"]["title"], "Privacy Policy");
    let c = &j["controller"];
    assert_eq!(c["name"], "Calsoft Systems");
    assert_eq!(
        c["address"],
        "19701 Hamilton Ave. Suite 190, Torrance, CA 90502"
    );
    assert_eq!(c["phone"], "310.532.5000");
    assert_eq!(c["email"], "support@calsoft.com");
    assert_eq!(j["dpo"]["name"], "Data Protection Officer");
    assert_eq!(j["dpo"]["email"], "support@calsoft.com");
}

#[test]
fn calsoft_seven_rights() {
    let j = calsoft_json();
    let kinds: Vec<Vec<String>> = j["rights"]["rights"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| {
            r["kinds"]
                .as_array()
                .unwrap()
                .iter()
                .map(|k| k.as_str().unwrap().to_string())
                .collect()
        })
        .collect();
    let seven: Vec<Vec<&str>> = vec![
        vec!["access"],
        vec!["rectification"],
        vec!["erasure"],
        vec!["objection", "restriction"],
        vec!["portability"],
        vec!["withdraw-consent"],
        vec!["complain"],
    ];
    assert_eq!(
        kinds[..7],
        seven
            .iter()
            .map(|v| v.iter().map(|s| s.to_string()).collect::<Vec<_>>())
            .collect::<Vec<_>>()[..]
    );
    assert_eq!(
        j["rights"]["respond_within"],
        serde_json::json!([{"within": {"amount": 1, "unit": "month"}, "scope": []}])
    );
    let complain = &j["rights"]["rights"][6]["authorities"][0];
    assert_eq!(complain["name"], "Information Commissioner's Office");
    assert_eq!(complain["example_only"], true);
}

#[test]
fn calsoft_eight_bases_as_listed() {
    let j = calsoft_json();
    let bases = j["bases"].as_array().unwrap();
    let grounds: Vec<String> = bases
        .iter()
        .map(|b| match b["ground"]["kind"].as_str().unwrap() {
            "article-6" => b["ground"]["value"].as_str().unwrap().to_string(),
            _ => format!("\"{}\"", b["ground"]["value"].as_str().unwrap()),
        })
        .collect();
    assert_eq!(
        grounds,
        [
            "consent",
            "\"it is necessary\"",
            "legitimate-interests",
            "\"it is necessary\"",
            "\"it is necessary\"",
            "\"consent you gave or a legitimate interest you expressed in receiving them\"",
            "legitimate-interests",
            "legal-obligation",
        ]
    );
    // The policy's list of bases names what each is for; where that is one
    // of its purposes, `covers` links them, and the purpose rests on it.
    let bases_of = |id: &str| {
        j["purposes"]
            .as_array()
            .unwrap()
            .iter()
            .find(|p| p["id"] == id)
            .map(|p| p["bases"].clone())
            .unwrap()
    };
    assert_eq!(
        bases_of("respond"),
        serde_json::json!(["answering-requests"])
    );
    assert_eq!(bases_of("crash-analysis"), serde_json::json!(["support"]));
    assert_eq!(
        bases_of("legal-compliance"),
        serde_json::json!(["legal-duty"])
    );
    // The purposes the list does not name keep no basis.
    assert_eq!(bases_of("remarketing"), serde_json::json!([]));
}

#[test]
fn calsoft_vagueness_is_kept() {
    let j = calsoft_json();
    for d in j["data"].as_array().unwrap() {
        assert!(
            d["retention"].as_array().is_some_and(Vec::is_empty),
            "{} must have no retention period",
            d["id"]
        );
    }
    let ages = &j["children"]["minimum_ages"];
    assert_eq!(
        ages,
        &serde_json::json!([
            {"age": "the age of majority in your state of residence", "scope": []},
            {"age": 13, "scope": []}
        ])
    );
    assert_eq!(
        j["transfers"][0]["destinations"],
        serde_json::json!(["us", "other countries"])
    );
    assert_eq!(j["transfers"][0]["derogation"], "consent");
    assert_eq!(j["statements"]["sells_data"][0]["answer"], false);
    assert_eq!(
        j["statements"]["sells_data"][0]["scope"],
        serde_json::json!([])
    );
}

#[test]
fn a_one_megabyte_policy_compiles_cleanly() {
    // Speed is measured by `cargo bench --bench compile`; this proves the input is valid and complete.
    let text = policyc::synth::policy(1024 * 1024);
    assert!(text.len() >= 1024 * 1024);
    let compiled = policyc::compile_str("synthetic.policy", &text);
    assert!(compiled.errors.is_empty(), "{:?}", compiled.errors.first());
    let policy = compiled.policy.unwrap();
    assert!(policy.data.len() > 1000);
    assert_eq!(policy.data.len(), policy.purposes.len());
    assert_eq!(policy.cookies.unwrap().rows.len(), policy.data.len());
}

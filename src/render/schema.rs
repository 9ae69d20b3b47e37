//! The JSON Schema of the JSON output, derived from the published format's
//! types ([`super::json`]) so the two cannot disagree. `policyc schema` prints it; docs/json.md explains it.

/// The schema as pretty-printed JSON, with a final newline.
pub fn json_schema() -> String {
    let mut schema = schemars::schema_for!(super::json::Policy);
    schema.insert(
        "$id".into(),
        format!("policyc-policy-v{}", super::json::FORMAT_VERSION).into(),
    );
    schema.insert("title".into(), "policyc policy".into());
    let mut s = serde_json::to_string_pretty(&schema).unwrap_or_default();
    s.push('\n');
    s
}

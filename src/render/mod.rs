//! Renderers: the policy as published documents and as data.

/// The policy as pretty-printed JSON (`schema_version` first, keys in model order), with a final newline.
pub fn json(policy: &crate::model::Policy) -> String {
    let mut s =
        serde_json::to_string_pretty(policy).unwrap_or_else(|e| format!("{{\"error\": \"{e}\"}}"));
    s.push('\n');
    s
}

//! Turns the cookie knowledge bases into data the binary reads without
//! parsing, at compile time (issue 27: start-up speed):
//!
//! - the curated base (`data/known-cookies.yaml`) into compact JSON: parsing
//!   YAML was the largest part of a policyc run's start-up, and JSON of the
//!   same data parses many times faster;
//! - the bundled Open Cookie Database (`data/open-cookie-database.json`,
//!   1 MB) into a static Rust table of the six fields policyc reads, so that
//!   no run parses the JSON (it was 30% of a Calsoft build) and the binary
//!   does not carry the columns nobody reads.
//!
//! The data files stay the one source; `cookies::tests` checks that each
//! generated form agrees with its file.
//!
//! It also writes the language's keyword enum (issue 21: a statement is
//! declared once): every `K::Word` that the schema's blocks
//! (`src/model/blocks/*.rs`) name is a keyword, so a new statement is its
//! declaration there and nothing else; code outside the schema that names a
//! keyword no block declares does not compile.

use std::fmt::Write as _;

fn main() {
    let out_dir = match std::env::var("OUT_DIR") {
        Ok(d) => std::path::PathBuf::from(d),
        Err(e) => panic!("OUT_DIR is not set: {e}"),
    };
    curated(&out_dir);
    open_cookie_database(&out_dir);
    keywords(&out_dir);
}

/// The keyword enum's variants, from the blocks' declarations: each
/// `K::CamelCase` is the keyword `camel-case`; `allow` is a statement of every
/// block that declares `allow: true`.
fn keywords(out_dir: &std::path::Path) {
    let dir = "src/model/blocks";
    println!("cargo:rerun-if-changed={dir}");
    let mut files: Vec<std::path::PathBuf> = match std::fs::read_dir(dir) {
        Ok(entries) => entries
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x == "rs"))
            .collect(),
        Err(e) => panic!("cannot read {dir}: {e}"),
    };
    files.sort();
    let mut variants = std::collections::BTreeMap::new();
    for file in &files {
        let text = read(&file.to_string_lossy());
        if text.contains("allow: true") {
            variants.insert("allow".to_string(), "Allow".to_string());
        }
        for (at, _) in text.match_indices("K::") {
            let ident: String = text[at + 3..]
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric())
                .collect();
            if !ident.starts_with(|c: char| c.is_ascii_uppercase()) {
                continue;
            }
            let mut word = String::new();
            for c in ident.chars() {
                if c.is_ascii_uppercase() && !word.is_empty() {
                    word.push('-');
                }
                word.push(c.to_ascii_lowercase());
            }
            variants.insert(word, ident);
        }
    }
    let mut out = String::from("statement_keywords! {\n");
    for (word, ident) in &variants {
        let _ = writeln!(out, "    {ident} = {word:?},");
    }
    out.push_str("}\n");
    write(&out_dir.join("keywords.rs"), &out);
}

fn read(source: &str) -> String {
    println!("cargo:rerun-if-changed={source}");
    match std::fs::read_to_string(source) {
        Ok(t) => t,
        Err(e) => panic!("cannot read {source}: {e}"),
    }
}

fn write(path: &std::path::Path, text: &str) {
    if let Err(e) = std::fs::write(path, text) {
        panic!("cannot write {}: {e}", path.display());
    }
}

fn curated(out_dir: &std::path::Path) {
    let source = "data/known-cookies.yaml";
    let value: serde_json::Value = match serde_yaml::from_str(&read(source)) {
        Ok(v) => v,
        Err(e) => panic!("{source} is not valid YAML: {e}"),
    };
    write(&out_dir.join("known-cookies.json"), &value.to_string());
}

/// `static BUNDLED: &[(platform, &[(id, category, cookie, domain, retention, wildcard)])]`,
/// platforms and rows in the file's order (serde_json's `preserve_order`).
fn open_cookie_database(out_dir: &std::path::Path) {
    let source = "data/open-cookie-database.json";
    let platforms: serde_json::Map<String, serde_json::Value> =
        match serde_json::from_str(&read(source)) {
            Ok(v) => v,
            Err(e) => panic!("{source} is not a JSON object of platforms: {e}"),
        };
    let mut rust = String::from(
        "/// The bundled Open Cookie Database, by platform: (id, category, cookie, domain, retention period, wildcard match).\n\
         #[allow(clippy::type_complexity)]\n\
         pub static BUNDLED: &[(&str, &[(&str, &str, &str, &str, &str, bool)])] = &[\n",
    );
    for (platform, rows) in &platforms {
        let Some(rows) = rows.as_array() else {
            panic!("{source}: the rows of `{platform}` are not an array");
        };
        let _ = writeln!(rust, "({platform:?}, &[");
        for row in rows {
            // As the run-time reader read them: id, category and cookie are
            // required; domain, retention and wildcard default to "".
            let field = |name: &str, required: bool| -> String {
                match row.get(name) {
                    Some(serde_json::Value::String(s)) => s.clone(),
                    None if !required => String::new(),
                    _ => panic!("{source}: a row of `{platform}` has no string `{name}`"),
                }
            };
            let _ = writeln!(
                rust,
                "({:?}, {:?}, {:?}, {:?}, {:?}, {}),",
                field("id", true),
                field("category", true),
                field("cookie", true),
                field("domain", false),
                field("retentionPeriod", false),
                field("wildcardMatch", false) == "1",
            );
        }
        rust.push_str("]),\n");
    }
    rust.push_str("];\n");
    write(&out_dir.join("open-cookie-database.rs"), &rust);
}

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

use std::fmt::Write as _;

fn main() {
    let out_dir = match std::env::var("OUT_DIR") {
        Ok(d) => std::path::PathBuf::from(d),
        Err(e) => panic!("OUT_DIR is not set: {e}"),
    };
    curated(&out_dir);
    open_cookie_database(&out_dir);
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

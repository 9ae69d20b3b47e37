//! Turns the built-in cookie knowledge base (`data/known-cookies.yaml`) into
//! compact JSON at compile time: parsing YAML was the largest part of a
//! policyc run's start-up, and JSON of the same data parses many times faster.
//! The YAML stays the one source; `cookies::tests` checks the two agree.

fn main() {
    let source = "data/known-cookies.yaml";
    println!("cargo:rerun-if-changed={source}");
    let yaml = match std::fs::read_to_string(source) {
        Ok(t) => t,
        Err(e) => panic!("cannot read {source}: {e}"),
    };
    let value: serde_json::Value = match serde_yaml::from_str(&yaml) {
        Ok(v) => v,
        Err(e) => panic!("{source} is not valid YAML: {e}"),
    };
    let out = match std::env::var("OUT_DIR") {
        Ok(d) => std::path::PathBuf::from(d).join("known-cookies.json"),
        Err(e) => panic!("OUT_DIR is not set: {e}"),
    };
    if let Err(e) = std::fs::write(&out, value.to_string()) {
        panic!("cannot write {}: {e}", out.display());
    }
}

//! The resolved model of each model fixture, as JSON.

#[test]
fn model_fixtures() {
    insta::glob!("../fixtures/model", "*.policy", |path| {
        let text = std::fs::read_to_string(path).expect("fixture is readable");
        let compiled = policyc::compile_str("fixture.policy", &text);
        assert!(compiled.errors.is_empty(), "{:?}", compiled.errors);
        let policy = compiled.policy.expect("a policy");
        insta::assert_snapshot!(policyc::render::json(&policy));
    });
}

/// `compile` reads the tree once and drops each statement as it is lowered
/// (issue 27); `compile_with_tree`, which the language server uses, keeps
/// the tree. Both must resolve the same policy and report the same errors,
/// on every bundled, example, labelled and error fixture.
#[test]
fn compiling_with_and_without_the_tree_gives_the_same_result() {
    let root = crate::util::root();
    let mut files = Vec::new();
    for dir in [
        "policies",
        "examples",
        "tests/fixtures/triage",
        "tests/fixtures/errors",
    ] {
        for entry in std::fs::read_dir(root.join(dir)).expect("a fixture folder") {
            let path = entry.expect("an entry").path();
            if path.extension().is_some_and(|e| e == "policy") {
                files.push(path);
            }
        }
    }
    assert!(files.len() > 50, "{}", files.len());
    for path in files {
        let text = std::fs::read_to_string(&path).expect("fixture is readable");
        let file = policyc::diag::SourceFile::new(path.display().to_string(), &text);
        let once = policyc::compile(&file);
        let (_, kept) = policyc::compile_with_tree(&file);
        assert_eq!(
            format!("{:?}", once.policy),
            format!("{:?}", kept.policy),
            "{}",
            path.display()
        );
        assert_eq!(
            format!("{:?}", once.errors),
            format!("{:?}", kept.errors),
            "{}",
            path.display()
        );
    }
}

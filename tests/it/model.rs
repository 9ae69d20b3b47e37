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

//! Every error fixture renders to a snapshot of its diagnostics.

use crate::util::render_errors;

#[test]
fn error_fixtures() {
    insta::glob!("../fixtures/errors", "*.policy", |path| {
        let text = std::fs::read_to_string(path).expect("fixture is readable");
        let name = format!("errors/{}", path.file_name().unwrap().to_string_lossy());
        let rendered = render_errors(&name, &text);
        assert!(
            !rendered.is_empty(),
            "{name} must produce at least one error"
        );
        insta::assert_snapshot!(rendered);
    });
}

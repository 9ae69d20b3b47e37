//! Every `policy` example in docs/language.md parses and resolves.

use crate::util::root;

/// The fenced ```policy blocks of a Markdown file, with their line numbers.
pub fn policy_blocks(markdown: &str) -> Vec<(usize, String)> {
    let mut blocks = Vec::new();
    let mut current: Option<(usize, String)> = None;
    for (i, line) in markdown.lines().enumerate() {
        match &mut current {
            None if line.trim() == "```policy" => current = Some((i + 1, String::new())),
            Some((start, text)) if line.trim() == "```" => {
                blocks.push((*start, std::mem::take(text)));
                current = None;
            }
            Some((_, text)) => {
                text.push_str(line);
                text.push('\n');
            }
            None => {}
        }
    }
    blocks
}

/// Puts a `policy` header in front of a fragment that has none.
pub fn with_header(fragment: &str) -> String {
    if fragment.lines().any(|l| l.starts_with("policy ")) {
        fragment.to_string()
    } else {
        format!("policy \"Example\" {{\n  updated 2024-01-31\n}}\n\n{fragment}")
    }
}

#[test]
fn language_reference_examples_compile() {
    let doc = std::fs::read_to_string(root().join("docs/language.md")).unwrap();
    let blocks = policy_blocks(&doc);
    assert!(
        blocks.len() >= 15,
        "expected an example per construct, found {}",
        blocks.len()
    );
    for (line, block) in blocks {
        let compiled = policyc::compile_str("docs/language.md", &with_header(&block));
        assert!(
            compiled.errors.is_empty(),
            "the example at docs/language.md:{line} does not compile:\n{}",
            policyc::diag::render_human(&compiled.errors, false, 80)
        );
    }
}

#[test]
fn readme_policy_examples_compile() {
    let readme = std::fs::read_to_string(root().join("README.md")).unwrap();
    let blocks = policy_blocks(&readme);
    assert!(!blocks.is_empty());
    for (line, block) in blocks {
        let compiled = policyc::compile_str("README.md", &with_header(&block));
        assert!(
            compiled.errors.is_empty(),
            "the example at README.md:{line} does not compile:\n{}",
            policyc::diag::render_human(&compiled.errors, false, 80)
        );
    }
}

/// The words a writer is told `jurisdictions` takes, in the language guide and
/// in the starter configuration, are the language's words (a newcomer found
/// `us-states` missing from both).
#[test]
fn every_jurisdiction_word_is_listed_where_writers_read_them() {
    use policyc::model::schema::Vocabulary;
    let guide = std::fs::read_to_string(root().join("docs/language.md")).unwrap();
    let paragraph = guide
        .split("\n\n")
        .find(|p| p.starts_with("`jurisdictions` decides which rules"))
        .expect("the paragraph on jurisdictions");
    let starter = std::fs::read_to_string(root().join("templates/starter/policyc.yaml")).unwrap();
    let one_of = starter
        .lines()
        .find(|l| l.contains("One of: gdpr"))
        .expect("the starter's list of regimes");
    for w in policyc::model::Jurisdiction::VOCAB.words {
        assert!(
            paragraph.contains(&format!("`{w}`")),
            "docs/language.md omits `{w}`"
        );
        assert!(
            one_of.contains(w),
            "templates/starter/policyc.yaml omits `{w}`"
        );
    }
}

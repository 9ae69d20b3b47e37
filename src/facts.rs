//! Comparing by content: two syntax trees or two models that say the same
//! thing in different places of a file.
//!
//! `==` on a node compares everything, spans included. Where the question is
//! "do these say the same?" — the formatter's round trip, `policyc diff`
//! matching a renamed fact — code asks it by name, with [`SameFacts`].
//! The comparison reads the value's serde form, in which every span and
//! source file is skipped, so a field added to a node is compared without
//! further code.

use serde::Serialize;

/// Content equality that ignores where things were written.
pub trait SameFacts: Serialize {
    /// Whether `self` and `other` state the same facts.
    fn same_facts(&self, other: &Self) -> bool {
        facts_of(self) == facts_of(other)
    }
}

impl<T: Serialize + ?Sized> SameFacts for T {}

/// The position-free form of a value, for comparing many values against each other.
pub fn facts_of<T: Serialize + ?Sized>(value: &T) -> serde_json::Value {
    // Serialising plain data into a `Value` cannot fail: the model and the
    // syntax tree have only string keys.
    serde_json::to_value(value).unwrap_or(serde_json::Value::Null)
}

#[cfg(test)]
mod tests {
    use super::*;

    const ONE: &str =
        "policy \"P\" {\n  updated 2026-01-01\n}\ndata email \"E-mail\" {\n  source person\n}\n";
    const MOVED: &str = "// a comment moves everything down\n\npolicy \"P\" {\n  updated 2026-01-01\n}\n\ndata email \"E-mail\" {\n  source person\n}\n";

    #[test]
    fn equality_sees_positions_and_same_facts_does_not() {
        let a = crate::compile_str("a.policy", ONE).policy;
        let b = crate::compile_str("a.policy", MOVED).policy;
        let (Some(a), Some(b)) = (a, b) else {
            panic!("both sources compile");
        };
        assert_ne!(a.data[0].id.span, b.data[0].id.span);
        assert!(a.data[0] != b.data[0], "`==` compares spans");
        assert!(a.same_facts(&b), "the same facts in other places");
    }

    #[test]
    fn same_facts_sees_a_changed_fact() {
        let changed = ONE.replace("person", "automatic");
        let a = crate::compile_str("a.policy", ONE).policy;
        let b = crate::compile_str("a.policy", &changed).policy;
        assert!(!a.same_facts(&b));
    }
}

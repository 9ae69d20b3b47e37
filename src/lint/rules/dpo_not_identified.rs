//! `dpo-not-identified`: documented in `docs/rules/dpo-not-identified.md`, which `policyc explain dpo-not-identified` prints.

use super::prelude::*;

/// The rule.
pub const RULE: Rule = Rule {
    id: "dpo-not-identified",
    default: Level::Warn,
    applies: &[Family::Lgpd],
    doc: include_str!("../../../docs/rules/dpo-not-identified.md"),
    check,
};

/// Names that are a role or an office, not the identity of a person or firm:
/// also the role at a company ("Data protection officer of Example
/// Ltda.", "Encarregado da Example S.A."), which names whose officer it is,
/// not who.
fn is_a_title(name: &str) -> bool {
    static TITLE: prose::Pattern = prose::Pattern::new(
        r"(?i)^\s*(the\s+|our\s+)?(data\s+protection\s+(officer|office|team)|dpo|privacy\s+(officer|office|team)|encarregad[oa](\s+(de|pelo\s+tratamento\s+de)\s+dados(\s+pessoais)?)?|person\s+in\s+charge|data\s+officer)(\s+(of|for|at|de|da|do|dos|das)\s+[^:;]*\b(ltda|ltd|inc|llc|gmbh|s\.?a|sarl|b\.?v|corp\w*|limited|company|companies|group|plc|ag)\.?)?\s*$",
    );
    TITLE.is_match(name)
}

fn check(cx: &Context<'_>) -> Vec<Finding> {
    cx.policy
        .dpos()
        .filter(|d| is_a_title(&d.name.value))
        .map(title_only)
        .collect()
}

fn title_only(dpo: &Party) -> Finding {
    Finding::new(
        dpo.name.span,
        format!(
            "the person in charge of data processing is named only by a title, `{}`",
            dpo.name.value
        ),
        "a title, not an identity",
    )
    .help("give the encarregado's name (a person or a firm) in `dpo \"…\"`, keeping the contact details")
}

//! Exports for the systems privacy teams already run: the W3C Data Privacy
//! Vocabulary as JSON-LD ([`jsonld`]), a Fides system manifest ([`fides`]) and
//! the GDPR Art. 30(1) record of processing activities as CSV ([`ropa`]).
//!
//! All three are mapped from the model, never from the rendered JSON, and
//! say no more than the source: a fact the policy does not state is left out
//! (or, in the record, written as "not stated"), never filled with a guess.
//! The mapping tables and their sources are in docs/exports.md.
//!
//! The helpers below answer, per purpose, the questions every export asks:
//! which data it uses, on which grounds, who receives that data, where it is
//! transferred and how long it is kept.

pub mod fides;
pub mod jsonld;
pub mod ropa;

use crate::model::{
    DataCategory, GroundClaim, Lifetime, Policy, Purpose, Recipient, Scope, Spanned, Subject,
    Transfer,
};

/// The scope of a fact that holds everywhere.
static EVERYWHERE: Scope = Scope {
    places: Vec::new(),
    except: Vec::new(),
};

/// The data categories a purpose uses, in the order the purpose names them
/// (`uses all`: every category, in the policy's order).
pub fn purpose_data<'a>(policy: &'a Policy, purpose: &Purpose) -> Vec<&'a DataCategory> {
    if purpose.uses_all {
        return policy.data.iter().collect();
    }
    let mut out: Vec<&DataCategory> = Vec::new();
    for u in &purpose.uses {
        if let Some(d) = policy.data_category(&u.value) {
            if !out.iter().any(|x| x.id.value == d.id.value) {
                out.push(d);
            }
        }
    }
    out
}

/// The grounds a purpose rests on: those stated on it, then those of the
/// `basis` declarations it rests on, each once, in that order.
pub fn purpose_grounds(policy: &Policy, purpose: &Purpose) -> Vec<GroundClaim> {
    let mut out: Vec<GroundClaim> = Vec::new();
    let via_bases = purpose
        .bases
        .iter()
        .filter_map(|b| policy.basis(&b.value))
        .map(|b| &b.ground.value);
    for g in purpose.grounds.iter().map(|g| &g.value).chain(via_bases) {
        if !out.contains(g) {
            out.push(g.clone());
        }
    }
    out
}

/// One basis of a purpose as the policy states it: its ground, and the
/// label of the `basis` declaration it comes through, if any.
#[derive(Clone, Debug, PartialEq)]
pub struct StatedBasis<'a> {
    /// The Art. 6(1) ground, or the policy's words when they name none.
    pub ground: GroundClaim,
    /// The label of the `basis` declaration, when the purpose names one.
    pub label: Option<&'a str>,
}

impl StatedBasis<'_> {
    /// In the policy's words: `legitimate-interests`, `“it is necessary”`,
    /// then the declaration's label in brackets.
    pub fn words(&self) -> String {
        match self.label {
            Some(l) => format!("{} ({l})", self.ground),
            None => self.ground.to_string(),
        }
    }
}

/// A set of bases that hold together, as one `basis` statement (or one side
/// of its `or`) states them: with its condition and its places.
#[derive(Clone, Debug, PartialEq)]
pub struct BasisOption<'a> {
    /// The bases, which all apply when this option does.
    pub bases: Vec<StatedBasis<'a>>,
    /// When it applies, in the policy's words ("where the law requires it").
    pub condition: Option<&'a str>,
    /// Where it applies; empty: everywhere.
    pub scope: &'a Scope,
    /// Whether it is one of several alternatives for the same places (`or`):
    /// then the policy says that one of them applies, never that all do.
    pub alternative: bool,
}

impl BasisOption<'_> {
    /// In the policy's words: the bases joined with "and", then the condition
    /// in quotes (`consent “where the law requires it”`).
    pub fn words(&self) -> String {
        let bases: Vec<String> = self.bases.iter().map(StatedBasis::words).collect();
        let mut s = bases.join(" and ");
        if let Some(c) = self.condition {
            s.push_str(&format!(" “{c}”"));
        }
        s
    }

    /// Whether it holds everywhere, unconditionally and alone.
    pub fn is_plain(&self) -> bool {
        !self.alternative && self.condition.is_none() && self.scope.is_everywhere()
    }
}

/// The bases of a purpose as the policy states them: each `basis` statement's
/// alternatives with their conditions and places, in the policy's order, then
/// the `basis` declarations whose `covers` names the purpose and that no
/// statement of the purpose names (those hold everywhere, with the rest).
pub fn purpose_bases<'a>(policy: &'a Policy, purpose: &'a Purpose) -> Vec<BasisOption<'a>> {
    let stated = |id: &Spanned<String>| -> Option<StatedBasis<'a>> {
        policy.basis(&id.value).map(|b| StatedBasis {
            ground: b.ground.value.clone(),
            label: Some(b.label.as_str()),
        })
    };
    let mut out: Vec<BasisOption<'a>> = purpose
        .alternatives
        .iter()
        .map(|a| BasisOption {
            bases: a
                .grounds
                .iter()
                .map(|g| StatedBasis {
                    ground: g.value.clone(),
                    label: None,
                })
                .chain(a.bases.iter().filter_map(stated))
                .collect(),
            condition: a.condition.as_ref().map(|c| c.value.as_str()),
            scope: &a.scope,
            alternative: purpose
                .alternatives
                .iter()
                .filter(|b| b.scope.key() == a.scope.key())
                .count()
                > 1,
        })
        .filter(|o| !o.bases.is_empty())
        .collect();
    let named = |id: &str| {
        purpose
            .alternatives
            .iter()
            .any(|a| a.bases.iter().any(|b| b.value == id))
    };
    let mut covering: Vec<StatedBasis<'a>> = Vec::new();
    for b in purpose
        .bases
        .iter()
        .filter(|b| !named(&b.value))
        .filter_map(|b| policy.basis(&b.value))
    {
        let s = StatedBasis {
            ground: b.ground.value.clone(),
            label: Some(b.label.as_str()),
        };
        // A basis relied on in some places only keeps its places.
        if b.scope.is_everywhere() {
            covering.push(s);
        } else {
            out.push(BasisOption {
                bases: vec![s],
                condition: None,
                scope: &b.scope,
                alternative: false,
            });
        }
    }
    if !covering.is_empty() {
        out.push(BasisOption {
            bases: covering,
            condition: None,
            scope: &EVERYWHERE,
            alternative: false,
        });
    }
    out
}

/// Whether the bases of a purpose all hold everywhere, together and without
/// condition: only then may a format with no room for alternatives, places
/// or conditions state them as plain facts.
pub fn bases_are_plain(options: &[BasisOption]) -> bool {
    options.iter().all(BasisOption::is_plain)
}

/// The bases of a purpose in words, as the record writes them: the bases for everywhere first, then those for some
/// places after `for PLACES:`; alternatives joined with "or", each with its
/// condition in quotes; bases that hold together are separate items (joined
/// with "and" after `for PLACES:`).
pub fn bases_in_words(options: &[BasisOption]) -> Vec<String> {
    let mut scopes: Vec<&Scope> = Vec::new();
    for o in options {
        if !scopes.iter().any(|s| s.key() == o.scope.key()) {
            scopes.push(o.scope);
        }
    }
    scopes.sort_by_key(|s| !s.is_everywhere());
    let mut out: Vec<String> = Vec::new();
    for scope in scopes {
        let here: Vec<&BasisOption> = options
            .iter()
            .filter(|o| o.scope.key() == scope.key())
            .collect();
        let alternatives: Vec<String> = here
            .iter()
            .filter(|o| o.alternative)
            .map(|o| o.words())
            .collect();
        let mut parts: Vec<String> = Vec::new();
        if !alternatives.is_empty() {
            parts.push(alternatives.join(" or "));
        }
        for o in here.iter().filter(|o| !o.alternative) {
            if o.condition.is_some() {
                parts.push(o.words());
            } else {
                // Bases that hold together are listed one by one, each once.
                for b in &o.bases {
                    let w = b.words();
                    if !parts.contains(&w) {
                        parts.push(w);
                    }
                }
            }
        }
        if scope.is_everywhere() {
            out.extend(parts);
        } else {
            out.push(format!(
                "for {}: {}",
                scope.key().join(", "),
                parts.join(" and ")
            ));
        }
    }
    out
}

/// The legitimate interests a purpose states, on itself or through its bases.
pub fn purpose_interests(policy: &Policy, purpose: &Purpose) -> Vec<String> {
    let mut out: Vec<String> = purpose.interest.iter().map(|i| i.value.clone()).collect();
    for b in purpose.bases.iter().filter_map(|b| policy.basis(&b.value)) {
        if let Some(i) = &b.interest {
            if !out.contains(&i.value) {
                out.push(i.value.clone());
            }
        }
    }
    out
}

/// Whether a list of data ids names one of `data`.
fn names_any(ids: &[Spanned<String>], data: &[&DataCategory]) -> bool {
    ids.iter()
        .any(|i| data.iter().any(|d| d.id.value == i.value))
}

/// What links a recipient or a transfer to a purpose.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Link {
    /// It names a category of data the purpose uses.
    ByData,
    /// It names no data, so the policy does not say which purposes it serves.
    DataNotStated,
}

/// The recipients of the data a purpose uses: those that receive one of its
/// categories, then those whose data the policy does not state.
pub fn purpose_recipients<'a>(
    policy: &'a Policy,
    data: &[&DataCategory],
) -> Vec<(&'a Recipient, Link)> {
    linked_by_data(&policy.recipients, data, |r| &r.receives)
}

/// The transfers of the data a purpose uses, as [`purpose_recipients`].
pub fn purpose_transfers<'a>(
    policy: &'a Policy,
    data: &[&DataCategory],
) -> Vec<(&'a Transfer, Link)> {
    linked_by_data(&policy.transfers, data, |t| &t.data)
}

/// The items that name one of `data`, then those that name no data at all.
fn linked_by_data<'a, T>(
    items: &'a [T],
    data: &[&DataCategory],
    ids: impl Fn(&T) -> &[Spanned<String>],
) -> Vec<(&'a T, Link)> {
    let linked = items
        .iter()
        .filter(|i| names_any(ids(i), data))
        .map(|i| (i, Link::ByData));
    let unstated = items
        .iter()
        .filter(|i| ids(i).is_empty())
        .map(|i| (i, Link::DataNotStated));
    linked.chain(unstated).collect()
}

/// How long the data of a purpose is kept: each category's own rule (with
/// its category), then the rules the policy states for all data, each with
/// the places it holds for (empty: everywhere).
pub fn purpose_retention<'a>(
    policy: &'a Policy,
    purpose: &'a Purpose,
    data: &[&'a DataCategory],
) -> Vec<(Option<&'a DataCategory>, &'a Lifetime, &'a Scope)> {
    // The purpose's own rules first: they are about the data it uses.
    let stated = purpose
        .retention
        .iter()
        .map(|r| (None, &r.value.value, &r.scope));
    let own = data.iter().flat_map(|d| {
        d.retention
            .iter()
            .map(|r| (Some(*d), &r.value.value, &r.scope))
    });
    let general = policy
        .retention
        .iter()
        .map(|r| (None, &r.value.value, &r.scope));
    stated.chain(own).chain(general).collect()
}

/// Whose data a purpose uses: the subjects its categories state, each once, sorted.
pub fn purpose_subjects(data: &[&DataCategory]) -> Vec<Subject> {
    let mut out: Vec<Subject> = data
        .iter()
        .flat_map(|d| d.subjects.iter().map(|s| s.value))
        .collect();
    out.sort();
    out.dedup();
    out
}

/// A name for the policy usable in keys and IRIs: its controller's name, or its title, as a slug.
pub fn policy_key(policy: &Policy) -> String {
    let from = policy
        .controller
        .as_ref()
        .map_or(policy.meta.title.value.as_str(), |c| c.name.value.as_str());
    let key = crate::model::slug(from);
    if key.is_empty() {
        "policy".to_string()
    } else {
        key
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const SOURCE: &str = r#"
policy "P" {
  jurisdictions gdpr
}
controller "Acme Ltd" {
  email "privacy@acme.example"
}
data contact "Contact" {
  subjects customers, users
  retention 2 years
}
data usage "Usage" {
  subjects users
}
data other "Other" {
  examples "anything"
}
basis li "Our interests" {
  ground legitimate-interests
  interest "fraud prevention"
  covers fraud
}
purpose fraud "Preventing fraud" {
  uses contact, usage
  basis consent
}
purpose all "Everything" {
  uses all
}
recipient hosts "Hosting" {
  receives usage
}
recipient lawyers "Lawyers" {
  role agent
}
recipient ads "Ads" {
  receives other
}
retention "as long as the law requires"
"#;

    fn policy() -> Policy {
        let compiled = crate::compile_str("t.policy", SOURCE);
        let errors: Vec<&str> = compiled.errors.iter().map(|d| d.message.as_str()).collect();
        assert!(errors.is_empty(), "{errors:?}");
        compiled.policy.expect("a policy")
    }

    #[test]
    fn a_purpose_rests_on_its_own_grounds_and_on_those_of_its_bases() {
        let p = policy();
        let fraud = p.purpose("fraud").expect("fraud");
        let grounds: Vec<String> = purpose_grounds(&p, fraud)
            .iter()
            .map(|g| g.to_string())
            .collect();
        assert_eq!(grounds, ["consent", "legitimate-interests"]);
        assert_eq!(purpose_interests(&p, fraud), ["fraud prevention"]);
    }

    #[test]
    fn recipients_are_linked_by_data_or_marked_as_not_stated() {
        let p = policy();
        let fraud = p.purpose("fraud").expect("fraud");
        let data = purpose_data(&p, fraud);
        let got: Vec<(&str, Link)> = purpose_recipients(&p, &data)
            .iter()
            .map(|(r, l)| (r.id.value.as_str(), *l))
            .collect();
        assert_eq!(
            got,
            [("hosts", Link::ByData), ("lawyers", Link::DataNotStated)]
        );
        let all = purpose_data(&p, p.purpose("all").expect("all"));
        assert_eq!(all.len(), 3);
        assert_eq!(purpose_recipients(&p, &all).len(), 3);
    }

    #[test]
    fn subjects_and_retention_come_from_the_categories_used() {
        let p = policy();
        let fraud = p.purpose("fraud").expect("fraud");
        let data = purpose_data(&p, fraud);
        assert_eq!(
            purpose_subjects(&data),
            [Subject::Users, Subject::Customers]
        );
        let kept: Vec<String> = purpose_retention(&p, fraud, &data)
            .iter()
            .map(|(d, l, _)| format!("{}:{l}", d.map_or("all", |d| d.id.value.as_str())))
            .collect();
        assert_eq!(kept, ["contact:2 years", "all:as long as the law requires"]);
    }
}

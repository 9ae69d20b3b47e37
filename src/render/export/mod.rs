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
    DataCategory, GroundClaim, Lifetime, Policy, Purpose, Recipient, Spanned, Subject, Transfer,
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
/// its category), then the rules the policy states for all data.
pub fn purpose_retention<'a>(
    policy: &'a Policy,
    data: &[&'a DataCategory],
) -> Vec<(Option<&'a DataCategory>, &'a Lifetime)> {
    let own = data
        .iter()
        .filter_map(|d| d.retention.as_ref().map(|r| (Some(*d), &r.value)));
    let general = policy.retention.iter().map(|r| (None, &r.value.value));
    own.chain(general).collect()
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
        let data = purpose_data(&p, p.purpose("fraud").expect("fraud"));
        assert_eq!(
            purpose_subjects(&data),
            [Subject::Users, Subject::Customers]
        );
        let kept: Vec<String> = purpose_retention(&p, &data)
            .iter()
            .map(|(d, l)| format!("{}:{l}", d.map_or("all", |d| d.id.value.as_str())))
            .collect();
        assert_eq!(kept, ["contact:2 years", "all:as long as the law requires"]);
    }
}

//! The facts compared are the resolved model's. The syntax tree says where
//! each fact is written and how (for the report); what each statement
//! states is read from the model in its published form, under the name the
//! declaration gives the statement ([`crate::model::schema::StatementInfo::json_name`]),
//! so that what the resolver settles is settled for the diff too: `uses all`
//! is the categories the file declares (a category added is one more the
//! purpose uses), country codes and vocabulary words are compared as
//! normalised (`country IE` is `country ie`), references as the ids they
//! resolve to.
//!
//! A statement limited to places (`… for eea`) is compared as
//! [`super::read`] reads it, with `for elsewhere` as the places the others
//! do not name (which the published form does not spell out).

use serde_json::Value;

use super::*;

/// Reads what each statement of `root` states from `policy`'s resolved model.
pub(super) fn resolve(root: &mut Item, policy: &Policy) {
    let published = crate::facts::facts_of(&crate::render::json::Policy::from(policy));
    apply(root, &published, schema::top());
}

/// The values of `item`'s statements from `obj`, its part of the model;
/// then the same for each block it holds.
fn apply(item: &mut Item, obj: &Value, info: &dyn BlockInfo) {
    for si in info.statements() {
        let Some(value) = obj.get(si.json_name()) else {
            continue;
        };
        match si.block {
            Some(child) => {
                let kw = si.keyword.as_str();
                let elements: Vec<&Value> = match value {
                    Value::Array(all) => all.iter().collect(),
                    Value::Object(_) => vec![value],
                    _ => Vec::new(),
                };
                let count = item.children.iter().filter(|c| c.block == kw).count();
                for (i, c) in item
                    .children
                    .iter_mut()
                    .filter(|c| c.block == kw)
                    .enumerate()
                {
                    // Known by its id; else, with as many in the model as
                    // written, by its place among them (the model keeps the
                    // order of the file).
                    let found = match &c.id {
                        Some(id) => elements
                            .iter()
                            .find(|e| e.get("id").and_then(Value::as_str) == Some(id.as_str())),
                        None if count == elements.len() => elements.get(i),
                        None => None,
                    };
                    if let Some(e) = found {
                        apply(c, e, child);
                    }
                }
            }
            None => {
                if let Some(val) = item.fields.get_mut(si.keyword.as_str()) {
                    restate(val, si.shape, value);
                }
            }
        }
    }
}

/// A statement's value as the model holds it, for the shapes whose values
/// the resolver settles: words, ids, places and text. A yes/no answer, a
/// duration and the shapes described in words are compared as
/// [`super::read`] reads them, which is already by meaning (a duration by
/// its length).
fn restate(val: &mut Val, shape: Shape, value: &Value) {
    let strings = |v: &Value| -> Option<Vec<String>> {
        match v {
            Value::String(s) => Some(vec![collapse(s)]),
            Value::Array(all) => all
                .iter()
                .map(|x| x.as_str().map(collapse))
                .collect::<Option<Vec<String>>>(),
            _ => None,
        }
    };
    // A statement limited to places: the model holds it per place, with its
    // `scope`, which is compared as read.
    if val.placed {
        return;
    }
    match shape {
        Shape::Refs(_)
        | Shape::Keywords(_)
        | Shape::Places
        | Shape::Texts
        | Shape::Keyword(_)
        | Shape::Word
        | Shape::Date => {
            let Some(facts) = strings(value) else {
                return;
            };
            // How each is written: as the file writes it where that is the
            // same fact, else as the model states it.
            let written = |atom: &str| -> String {
                val.members
                    .iter()
                    .find(|(a, _)| a.eq_ignore_ascii_case(atom))
                    .map_or_else(|| with_places(atom).0.to_string(), |(_, w)| w.clone())
            };
            if !val.members.is_empty() {
                val.members = facts.iter().map(|f| (f.clone(), written(f))).collect();
            }
            let mut facts = facts;
            facts.sort();
            facts.dedup();
            val.atoms = facts;
        }
        Shape::Text | Shape::Url => {
            if let Value::String(s) = value {
                val.words = Some(collapse(s));
            }
        }
        _ => {}
    }
}

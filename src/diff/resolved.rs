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

use crate::model::schema::StatementInfo;

use super::*;

/// Reads what each statement of `root` states from `policy`'s resolved model.
pub(super) fn resolve(root: &mut Item, policy: &Policy) {
    let published = crate::facts::facts_of(&crate::render::json::Policy::from(policy));
    apply(root, &published, &schema::top().statements());
}

/// The values of `item`'s statements from `obj`, its part of the model;
/// then the same for each block it holds.
fn apply(item: &mut Item, obj: &Value, statements: &[StatementInfo]) {
    for si in statements {
        let Some(value) = obj.get(si.json_name()) else {
            continue;
        };
        match si.block {
            Some(child) => {
                let kw = si.keyword.as_str();
                let mut elements: Vec<&Value> = match value {
                    Value::Array(all) => all.iter().collect(),
                    Value::Object(_) => vec![value],
                    _ => Vec::new(),
                };
                // A controller or DPO stated for some places is in the
                // model's list of regional ones, beside the one for
                // everywhere (`regional_controllers`).
                if let Some(Value::Array(more)) = obj.get(format!("regional_{}s", si.json_name())) {
                    elements.extend(more.iter());
                }
                let count = item.children.iter().filter(|c| c.block == kw).count();
                let inside = child.statements();
                // By id through a map: a policy may declare thousands.
                let by_id: HashMap<&str, &Value> = elements
                    .iter()
                    .filter_map(|e| Some((e.get("id")?.as_str()?, *e)))
                    .collect();
                for (i, c) in item
                    .children
                    .iter_mut()
                    .filter(|c| c.block == kw)
                    .enumerate()
                {
                    // Known by its id; else by its name where one element
                    // has it (a party, an authority); else, with as many
                    // in the model as written, by its place among them
                    // (the model keeps the order of the file).
                    let named = c.fields.get("(name)").and_then(|n| n.words.as_deref());
                    let by_name: Vec<&Value> = named.map_or_else(Vec::new, |name| {
                        elements
                            .iter()
                            .copied()
                            .filter(|e| {
                                e.get("name")
                                    .and_then(Value::as_str)
                                    .map(collapse)
                                    .as_deref()
                                    == Some(name)
                            })
                            .collect()
                    });
                    let found = match &c.id {
                        Some(id) => by_id.get(id.as_str()).copied(),
                        None if by_name.len() == 1 => by_name.first().copied(),
                        None if count == elements.len() => elements.get(i).copied(),
                        None => None,
                    };
                    if let Some(e) = found {
                        apply(c, e, &inside);
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
            let Some(mut facts) = strings(value) else {
                return;
            };
            // A place is the same place in capitals or not: the model
            // lowers codes, and keeps places in quotes as written (`"US"`,
            // "The European Union").
            let any_case = matches!(shape, Shape::Places | Shape::Word);
            if matches!(shape, Shape::Places) {
                for f in &mut facts {
                    *f = f.to_lowercase();
                }
            }
            // Shown in the model's order (the order of the file); compared
            // as a set.
            let ordered = facts.clone();
            facts.sort();
            facts.dedup();
            // Most values are written as the model holds them.
            if facts == val.atoms {
                return;
            }
            // How each is written: as the file writes it where that is the
            // same fact (for places and codes, whatever the case: `US` is
            // the code `us`), else as the model states it. Ids are exact:
            // `ALL` is not the word `all`.
            if !val.members.is_empty() {
                let key = |a: &str| {
                    if any_case {
                        a.to_ascii_lowercase()
                    } else {
                        a.to_string()
                    }
                };
                let as_written: HashMap<String, &str> = val
                    .members
                    .iter()
                    .map(|(a, w)| (key(a), w.as_str()))
                    .collect();
                val.members = ordered
                    .iter()
                    .map(|f| {
                        let w = as_written
                            .get(&key(f))
                            .map_or_else(|| f.clone(), |w| (*w).to_string());
                        (f.clone(), w)
                    })
                    .collect();
            }
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

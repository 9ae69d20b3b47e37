//! The semantic diff: two versions of a policy compared statement by
//! statement, each change classed **material** (people may need to be told
//! before it applies), **review** (its meaning lies in the policy's own
//! words, which a person must read) or **editorial**, with the reason and its
//! legal source.
//!
//! Complete by construction: the comparison walks the syntax tree with the
//! schema ([`crate::model::schema`]), so every statement of every block is
//! compared without a line of code naming it, and the cookie table is compared
//! column by column from the model's serde form. What a change means is the
//! materiality table ([`table`]), which must decide every statement the schema
//! has (a test names any that it misses).
//!
//! Values are compared as facts, not text: lists as sets, durations by
//! length (`2 years` = `24 months`), prose by its words (a rewrap is no
//! change), references through renamed ids. Items are matched by id (or by
//! what identifies them: a right by its kinds and regions, a cookie by its
//! name), and an id that disappears while another with the same label or
//! content appears is a rename, for every kind and for several at once.

pub mod comment;
pub mod table;

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::sync::Arc;

use serde::Serialize;

use crate::cookies::KnowledgeBase;
use crate::diag::{SourceFile, Span};
use crate::model::schema::{self, BlockInfo, Repeat, Shape};
use crate::model::{CookieCategory, Policy, Region};
use crate::syntax::ast::{Entry, List, Node, Statement, ValueKind};

pub use crate::model::materiality::Class;

/// What happened to a fact.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    /// New in the new version.
    Added,
    /// Gone from the new version.
    Removed,
    /// Present in both, different.
    Changed,
    /// The same fact under a new id.
    Renamed,
}

impl Kind {
    /// The word for it.
    pub fn word(self) -> &'static str {
        match self {
            Kind::Added => "added",
            Kind::Removed => "removed",
            Kind::Changed => "changed",
            Kind::Renamed => "renamed",
        }
    }
}

/// How many changes of each class: material, review, editorial.
pub fn counts(changes: &[Change]) -> [usize; 3] {
    let n = |class| changes.iter().filter(|c| c.class == class).count();
    [n(Class::Material), n(Class::Review), n(Class::Editorial)]
}

/// One sentence-level edit of prose.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct SentenceEdit {
    /// `equal`, `delete` or `insert`.
    pub op: &'static str,
    /// The sentence.
    pub text: String,
}

/// Where a fact is written.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Place {
    /// The file, as given.
    pub file: String,
    /// The line, from 1.
    pub line: usize,
}

/// One change between two versions.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Change {
    /// The block: `data`, `purpose`, `cookie`, `file` (the top level) …
    pub area: &'static str,
    /// Added, removed, changed or renamed.
    pub kind: Kind,
    /// The id, name or key of the fact.
    pub subject: String,
    /// The statement that changed, for `changed`.
    pub field: Option<String>,
    /// The value before, as written.
    pub before: Option<String>,
    /// The value after, as written.
    pub after: Option<String>,
    /// Material, review or editorial.
    pub class: Class,
    /// The direction that decided the class (`longer`, `to controller`, `any` …).
    pub change: String,
    /// Why it is classed so.
    pub reason: String,
    /// The legal source of the reason (`—` when there is none).
    pub source: String,
    /// Where it was in the old version.
    pub old_at: Option<Place>,
    /// Where it is in the new version.
    pub new_at: Option<Place>,
    /// For an added or removed fact: every statement it holds.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub facts: Vec<(String, String)>,
    /// For prose: the sentence-level edits.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sentences: Option<Vec<SentenceEdit>>,
    /// `before` and `after` are the members of a list removed and added, not the whole list.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub listed: bool,
}

/// A statement's values, normalised for comparison.
#[derive(Clone, Debug, Default)]
struct Val {
    /// The facts: words, ids, canonical durations; sorted and deduplicated for lists.
    atoms: Vec<String>,
    /// Whether the atoms are ids of declared facts (renames apply).
    refs: bool,
    /// The policy's own words (a yes/no answer's quotes, a text), whitespace collapsed.
    words: Option<String>,
    /// A comparable size: seconds of a duration, years of an age.
    size: Option<u64>,
    /// The answer of a yes/no.
    yes: Option<bool>,
    /// As written.
    shown: String,
    /// For a list: each member's atom and how it is written.
    members: Vec<(String, String)>,
    /// For a yes/no: each answer's atom (with its places) and its words.
    said: Vec<(String, String)>,
    /// Where.
    span: Span,
}

/// A block as written: what identifies it and what it states.
#[derive(Clone, Debug)]
struct Item {
    block: &'static str,
    key: String,
    id: Option<String>,
    span: Span,
    fields: BTreeMap<String, Val>,
    children: Vec<Item>,
}

/// Old ids under their new names, by kind.
type Renames = HashMap<String, String>;

struct Version {
    file: Arc<SourceFile>,
    root: Item,
}

/// Compares two policies.
pub fn diff(old: &Policy, new: &Policy, kb: &KnowledgeBase) -> Vec<Change> {
    let o = version(old, kb);
    let n = version(new, kb);
    let mut c = Collector {
        old: &o,
        new: &n,
        renames: Renames::new(),
        changes: Vec::new(),
    };
    c.renames = renames(&o.root, &n.root);
    c.compare(&o.root, &n.root, "");
    let mut changes = c.changes;
    // Most serious first; within a class, in the order of the new file.
    changes.sort_by_key(|ch| {
        (
            ch.class,
            ch.new_at
                .as_ref()
                .or(ch.old_at.as_ref())
                .map_or(0, |p| p.line),
        )
    });
    changes
}

fn version(policy: &Policy, kb: &KnowledgeBase) -> Version {
    let file = policy.file.clone();
    let (doc, _) = crate::syntax::parse(&file);
    let mut root = Item {
        block: "file",
        key: String::new(),
        id: None,
        span: Span::new(0, 0),
        fields: BTreeMap::new(),
        children: Vec::new(),
    };
    read_block(&doc.entries, schema::top(), &file, &mut root);
    // The cookie table: one item per row, its columns from the model's serde form.
    if let (Some(cookies), Some(item)) = (
        policy.cookies.as_ref(),
        root.children.iter_mut().find(|i| i.block == "cookies"),
    ) {
        for row in &cookies.rows {
            item.children.push(cookie_item(row, kb, &file));
        }
    }
    // A purpose rests on the grounds of the bases it names or that cover it:
    // compared by those grounds, so `contract-basis` and `contract` are the same.
    for item in root.children.iter_mut().filter(|i| i.block == "purpose") {
        let Some(p) = item.id.as_deref().and_then(|id| policy.purpose(id)) else {
            continue;
        };
        let bases: Vec<&crate::model::Basis> = p
            .bases
            .iter()
            .filter_map(|b| policy.basis(&b.value))
            .collect();
        let stated = !(p.grounds.is_empty() && bases.is_empty());
        if stated && !item.fields.contains_key("basis") {
            // Covered by a basis's `covers`: the purpose rests on it all the same.
            let shown = bases
                .iter()
                .map(|b| b.id.value.clone())
                .collect::<Vec<_>>()
                .join(", ");
            item.fields.insert(
                "basis".into(),
                Val {
                    shown: format!("{shown} (by its `covers`)"),
                    span: item.span,
                    ..Val::default()
                },
            );
        }
        if let Some(val) = item.fields.get_mut("basis") {
            // Each ground with the places it holds for (`consent for brazil`):
            // a basis moved between places is a change of the basis there.
            let mut grounds: Vec<String> = Vec::new();
            for alt in &p.alternatives {
                let mut places: Vec<String> = alt
                    .scope
                    .places
                    .iter()
                    .map(|pl| match pl.value {
                        crate::model::Place::Region(Region::Elsewhere) => {
                            let others: Vec<String> = alt
                                .scope
                                .except
                                .iter()
                                .map(|e| e.as_str().to_string())
                                .collect();
                            elsewhere_atom(&others)
                        }
                        v => v.as_str().to_string(),
                    })
                    .collect();
                places.sort_unstable();
                let suffix = if places.is_empty() {
                    String::new()
                } else {
                    format!("{PLACES}{}", places.join(", "))
                };
                let of_bases = alt
                    .bases
                    .iter()
                    .filter_map(|id| policy.basis(&id.value))
                    .map(|b| b.ground.value.to_string());
                for g in alt
                    .grounds
                    .iter()
                    .map(|g| g.value.to_string())
                    .chain(of_bases)
                {
                    grounds.push(format!("{g}{suffix}"));
                }
            }
            if grounds.is_empty() {
                grounds.extend(p.grounds.iter().map(|g| g.value.to_string()));
            }
            // Bases that cover the purpose hold wherever it does.
            grounds.extend(
                bases
                    .iter()
                    .filter(|b| {
                        !p.alternatives
                            .iter()
                            .any(|a| a.bases.iter().any(|id| id.value == b.id.value))
                    })
                    .map(|b| b.ground.value.to_string()),
            );
            grounds.sort();
            grounds.dedup();
            let mut conditions: Vec<String> = p
                .alternatives
                .iter()
                .filter_map(|a| a.condition.as_ref().map(|c| collapse(&c.value)))
                .collect();
            // `or` states no order: alternatives written the other way round are the same.
            conditions.sort();
            val.atoms = grounds;
            val.refs = false;
            // Compared by grounds, shown as written.
            val.members.clear();
            val.words = (!conditions.is_empty()).then(|| conditions.join("; "));
        }
        if !item.fields.contains_key("interest") {
            if let Some(b) = bases.iter().find(|b| b.interest.is_some()) {
                if let Some(i) = &b.interest {
                    item.fields.insert(
                        "interest".into(),
                        Val {
                            words: Some(collapse(&i.value)),
                            shown: format!(
                                "\u{201C}{}\u{201D} (from basis {})",
                                i.value, b.id.value
                            ),
                            span: i.span,
                            ..Val::default()
                        },
                    );
                }
            }
        }
        // How consent is given: the purpose's own words when it states
        // them (the page shows those), else what its bases state.
        let mut consent: Vec<String> = bases
            .iter()
            .flat_map(|b| b.consent_by.iter().map(|c| c.value.to_string()))
            .collect();
        if !consent.is_empty() && !item.fields.contains_key("consent-by") {
            consent.sort();
            consent.dedup();
            item.fields.insert(
                "consent-by".into(),
                Val {
                    shown: consent.join(", "),
                    span: item.span,
                    atoms: consent,
                    ..Val::default()
                },
            );
        }
    }
    // Prose is compared by its words with the facts its placeholders name.
    for item in root.children.iter_mut().filter(|i| i.block == "section") {
        if let (Some(id), Some(val)) = (item.id.clone(), item.fields.get_mut("text")) {
            if let Some(s) = policy.section(&id) {
                val.words = Some(collapse(&s.plain_text(policy)));
            }
        }
    }
    Version { file, root }
}

/// Collapses runs of white space: a rewrap is no change.
fn collapse(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn is_for(l: &List) -> bool {
    matches!(l.values.as_slice(), [v] if matches!(&v.kind, ValueKind::Word(w) if w == "for"))
}

fn value_atom(kind: &ValueKind) -> String {
    match kind {
        ValueKind::Duration {
            amount,
            unit,
            trigger,
        } => {
            let secs = duration_secs(amount, unit)
                .map_or_else(|| format!("{amount} {unit}"), |s| format!("{s}s"));
            match trigger {
                Some(t) => format!("{secs} after {}", t.text),
                None => secs,
            }
        }
        ValueKind::Str(s) | ValueKind::Text(s) => collapse(s),
        ValueKind::Date(s) | ValueKind::Number(s) | ValueKind::Word(s) => s.clone(),
    }
}

/// A duration's length as the diff compares it: the way a person counts
/// periods, so that the same period written two ways is one value (`30 days`
/// and `1 month`; `2 years`, `24 months` and `730 days`): a month is 30 days,
/// a year 365, and whole years of months are years.
fn duration_secs(amount: &str, unit: &str) -> Option<u64> {
    use crate::model::Unit;
    let d = crate::model::Duration::parse(&format!("{amount} {unit}"))?;
    const DAY: u64 = 86_400;
    Some(match d.unit {
        Unit::Month if d.amount % 12 == 0 => (d.amount / 12).saturating_mul(365 * DAY),
        Unit::Month => d.amount.saturating_mul(30 * DAY),
        Unit::Year => d.amount.saturating_mul(365 * DAY),
        _ => d.seconds(),
    })
}

/// The values as the policy states them (quotes kept, escapes resolved, so
/// that a renderer escapes them once), and where they are.
fn spanned(_file: &SourceFile, lists: &[&List]) -> (String, Span) {
    match (lists.first(), lists.last()) {
        (Some(a), Some(b)) => (
            lists
                .iter()
                .map(|l| {
                    l.values
                        .iter()
                        .map(|v| written(&v.kind))
                        .collect::<Vec<_>>()
                        .join(", ")
                })
                .collect::<Vec<_>>()
                .join(" "),
            Span::new(a.span.start, b.span.end),
        ),
        _ => (String::new(), Span::new(0, 0)),
    }
}

/// One value as written, its escapes resolved.
fn written(kind: &ValueKind) -> String {
    match kind {
        ValueKind::Duration {
            amount,
            unit,
            trigger,
        } => match trigger {
            Some(t) => format!("{amount} {unit} after {}", t.text),
            None => format!("{amount} {unit}"),
        },
        ValueKind::Str(s) | ValueKind::Text(s) => format!("\u{201C}{}\u{201D}", collapse(s)),
        ValueKind::Date(s) | ValueKind::Number(s) | ValueKind::Word(s) => s.clone(),
    }
}

/// The values of a statement, read as its shape says.
fn read_val(shape: Shape, repeat: Repeat, lists: &[&List], file: &SourceFile, at: Span) -> Val {
    let (shown, span) = spanned(file, lists);
    let values: Vec<&ValueKind> = lists
        .iter()
        .flat_map(|l| l.values.iter().map(|v| &v.kind))
        .collect();
    let mut val = Val {
        shown,
        span: if lists.is_empty() { at } else { span },
        ..Val::default()
    };
    let is_set = matches!(
        shape,
        Shape::Keywords(_) | Shape::Refs(_) | Shape::Places | Shape::Texts | Shape::Other { .. }
    ) || repeat == Repeat::Many;
    match shape {
        Shape::YesNo | Shape::Flag => {
            val.yes = match values.first() {
                // `may` is a yes in the policy's words.
                Some(ValueKind::Word(w)) => Some(w != "no"),
                _ => None,
            };
            val.atoms = values.first().map(|v| value_atom(v)).into_iter().collect();
            val.words = values.get(1).map(|v| value_atom(v));
            val.said = val
                .atoms
                .iter()
                .map(|a| (a.clone(), val.words.clone().unwrap_or_default()))
                .collect();
        }
        Shape::Text | Shape::Url => val.words = values.first().map(|v| value_atom(v)),
        _ if is_set => {
            val.atoms = values.iter().map(|v| value_atom(v)).collect();
            val.members = lists
                .iter()
                .flat_map(|l| l.values.iter())
                .map(|v| (value_atom(&v.kind), written(&v.kind)))
                .collect();
        }
        _ => {
            // One fact written with several values (`2 years after x`, `consent or contract`).
            val.atoms = vec![lists
                .iter()
                .map(|l| {
                    l.values
                        .iter()
                        .map(|v| value_atom(&v.kind))
                        .collect::<Vec<_>>()
                        .join(", ")
                })
                .collect::<Vec<_>>()
                .join(" ")];
        }
    }
    val.refs = matches!(shape, Shape::Refs(_) | Shape::Other { .. });
    val.size = size_of(&values);
    val.atoms.sort();
    val.atoms.dedup();
    val
}

/// A comparable size: a duration's seconds, an age's years; `session` is
/// shortest, `indefinitely` longest.
fn size_of(values: &[&ValueKind]) -> Option<u64> {
    match values {
        [ValueKind::Duration { amount, unit, .. }] => duration_secs(amount, unit),
        [ValueKind::Number(n)] => n.parse().ok(),
        [ValueKind::Word(w)] if w == "session" => Some(0),
        [ValueKind::Word(w)] if w == "indefinitely" => Some(u64::MAX),
        _ => None,
    }
}

/// Merges a repeated statement's values into the fact (`from` twice is a set of two).
fn merge(into: &mut Val, more: Val) {
    into.members.extend(more.members);
    into.said.extend(more.said);
    into.atoms.extend(more.atoms);
    into.atoms.sort();
    into.atoms.dedup();
    into.shown = format!("{}; {}", into.shown, more.shown);
    // The words of repeated statements, in any order (two regional answers swapped are no change).
    into.words = match (into.words.take(), more.words) {
        (Some(a), Some(b)) => {
            let mut all: Vec<&str> = a
                .split('\u{1F}')
                .chain(std::iter::once(b.as_str()))
                .collect();
            all.sort_unstable();
            Some(all.join("\u{1F}"))
        }
        (a, b) => a.or(b),
    };
    into.size = None;
}

fn head_val(file: &SourceFile, lists: &[&List], atoms: Vec<String>, words: Option<String>) -> Val {
    let (shown, span) = spanned(file, lists);
    let mut atoms = atoms;
    atoms.sort();
    atoms.dedup();
    Val {
        atoms,
        words,
        shown,
        span,
        ..Val::default()
    }
}

/// Reads the statements of a block into `item` (fields) and its children (blocks).
fn read_block(entries: &[Entry], info: &dyn BlockInfo, file: &SourceFile, item: &mut Item) {
    let statements = info.statements();
    // `for elsewhere` is every place the other statements of its kind name
    // not: it is compared as that (`elsewhere-not-us`), as the model reads it.
    let kind_of = |s: &Statement| -> (String, String) {
        let many = statements
            .iter()
            .find(|x| x.keyword == s.keyword.text)
            .is_some_and(|x| x.repeat == Repeat::Many);
        let first = match s.args.first().and_then(|l| l.values.first()) {
            Some(v) if many => match &v.kind {
                ValueKind::Word(w) if w != "for" => w.clone(),
                _ => String::new(),
            },
            _ => String::new(),
        };
        (s.keyword.text.clone(), first)
    };
    let mut named: HashMap<(String, String), Vec<String>> = HashMap::new();
    for entry in entries {
        let Node::Statement(s) = &entry.node else {
            continue;
        };
        let places = scope_words(s);
        if !places.iter().any(|p| p == "elsewhere") {
            named.entry(kind_of(s)).or_default().extend(places);
        }
    }
    for entry in entries {
        let Node::Statement(s) = &entry.node else {
            continue;
        };
        // `allow` silences a lint rule: not a fact about data.
        let Some(si) = statements.iter().find(|x| x.keyword == s.keyword.text) else {
            continue;
        };
        let at = s.args.iter().position(is_for);
        let (args, places): (Vec<&List>, Vec<&List>) = match at {
            Some(i) => (
                s.args[..i].iter().collect(),
                s.args[i + 1..].iter().collect(),
            ),
            None => (s.args.iter().collect(), Vec::new()),
        };
        let scope: Vec<String> = places
            .iter()
            .flat_map(|l| l.values.iter().map(|v| value_atom(&v.kind)))
            .map(|p| {
                if p == "elsewhere" {
                    let others = named.get(&kind_of(s)).cloned().unwrap_or_default();
                    elsewhere_atom(&others)
                } else {
                    p
                }
            })
            .collect();
        match si.block {
            Some(child) => item
                .children
                .push(read_item(s, child, si.repeat, &args, &places, scope, file)),
            None => {
                let mut val = read_val(si.shape, si.repeat, &args, file, s.span);
                if !scope.is_empty() {
                    // A fact stated per region (`respond-within 30 days for eea`).
                    let mut sorted = scope.clone();
                    sorted.sort();
                    let written: Vec<&str> = sorted
                        .iter()
                        .map(|p| {
                            if p.starts_with("elsewhere-not-") {
                                "elsewhere"
                            } else {
                                p
                            }
                        })
                        .collect();
                    let suffix = format!(" for {}", written.join(", "));
                    let places = format!("{PLACES}{}", sorted.join(", "));
                    val.atoms = val.atoms.iter().map(|a| format!("{a}{places}")).collect();
                    val.shown.push_str(&suffix);
                    for (atom, written) in &mut val.members {
                        atom.push_str(&places);
                        written.push_str(&suffix);
                    }
                    for (atom, _) in &mut val.said {
                        atom.push_str(&places);
                    }
                    val.size = None;
                }
                match item.fields.get_mut(si.keyword) {
                    Some(existing) => merge(existing, val),
                    None => {
                        item.fields.insert(si.keyword.to_string(), val);
                    }
                }
            }
        }
    }
}

fn read_item(
    s: &Statement,
    info: &'static dyn BlockInfo,
    repeat: Repeat,
    args: &[&List],
    places: &[&List],
    scope: Vec<String>,
    file: &SourceFile,
) -> Item {
    let block = info.keyword();
    let mut item = Item {
        block,
        // A block stated once is known by its keyword alone (the area says it).
        key: String::new(),
        id: None,
        span: s.span,
        fields: BTreeMap::new(),
        children: Vec::new(),
    };
    let values: Vec<&ValueKind> = args
        .iter()
        .flat_map(|l| l.values.iter().map(|v| &v.kind))
        .collect();
    let words: Vec<String> = values
        .iter()
        .filter(|v| matches!(v, ValueKind::Word(_)))
        .map(|v| value_atom(v))
        .collect();
    let texts: Vec<String> = values
        .iter()
        .filter(|v| matches!(v, ValueKind::Str(_) | ValueKind::Text(_)))
        .map(|v| value_atom(v))
        .collect();
    let text = texts.first().cloned();
    match info.args() {
        Shape::IdLabel => {
            item.id = words.first().cloned();
            item.key = item.id.clone().unwrap_or_default();
            let mut label = head_val(file, args, Vec::new(), text.clone());
            label.shown = text.unwrap_or_default();
            item.fields.insert("(label)".into(), label);
        }
        Shape::Text | Shape::Url => {
            let mut name = head_val(file, args, Vec::new(), text.clone());
            name.shown = text.clone().unwrap_or_default();
            item.fields.insert("(name)".into(), name);
        }
        Shape::Nothing => {}
        _ if block == "right" => {
            let mut kinds = words.clone();
            kinds.sort();
            kinds.dedup();
            item.key = kinds.join(", ");
            item.fields
                .insert("(kinds)".into(), head_val(file, args, kinds, None));
            item.fields.insert(
                "(description)".into(),
                head_val(file, args, Vec::new(), text),
            );
        }
        _ => {
            // `authority "name" [example]`, and any other head: its words and its text.
            let mut name = head_val(file, args, Vec::new(), text.clone());
            name.shown = text.clone().unwrap_or_default();
            item.fields.insert("(name)".into(), name);
            item.fields.insert(
                "(example)".into(),
                head_val(file, args, words.clone(), None),
            );
            item.key = text.unwrap_or_default();
        }
    }
    if !scope.is_empty() {
        let mut sorted = scope.clone();
        sorted.sort();
        sorted.dedup();
        item.fields
            .insert("(for)".into(), head_val(file, places, sorted.clone(), None));
        match block {
            // A right is known by its kinds and the regions it serves.
            "right" if repeat == Repeat::Many => {
                item.key = format!("{} for {}", item.key, sorted.join(", "));
            }
            // A party for some places is known by its name, whatever the
            // order: two regional controllers swapped are no change, and a
            // representative moved to other places is the same one moved.
            "controller" | "representative" => {
                item.key = item
                    .fields
                    .get("(name)")
                    .and_then(|n| n.words.clone())
                    .unwrap_or_default();
            }
            _ => {}
        }
    }
    if let Some(b) = &s.block {
        read_block(&b.entries, info, file, &mut item);
    }
    item
}

/// A row of the cookie table; its columns are the model's serde fields, so a
/// column added to the model is compared without code here.
fn cookie_item(row: &crate::model::Cookie, kb: &KnowledgeBase, file: &SourceFile) -> Item {
    let mut fields = BTreeMap::new();
    let known = kb.lookup(&row.name.value);
    if let serde_json::Value::Object(map) = crate::facts::facts_of(row) {
        for (k, v) in map {
            if k == "name" || v.is_null() {
                continue;
            }
            let atom = match (&v, k.as_str()) {
                (_, "lifetime") => row.lifetime.as_ref().map_or_else(String::new, |l| {
                    lifetime_size(&l.value)
                        .map_or_else(|| collapse(&l.value.to_string()), |s| format!("{s}s"))
                }),
                (serde_json::Value::String(s), _) => collapse(s),
                (other, _) => other.to_string(),
            };
            let size = match k.as_str() {
                "lifetime" => row.lifetime.as_ref().and_then(|l| lifetime_size(&l.value)),
                _ => None,
            };
            let free = matches!(k.as_str(), "purpose");
            fields.insert(
                k,
                Val {
                    atoms: if free { Vec::new() } else { vec![atom.clone()] },
                    words: free.then(|| atom.clone()),
                    size,
                    shown: match &v {
                        serde_json::Value::String(s) => s.clone(),
                        _ => row
                            .lifetime
                            .as_ref()
                            .map_or_else(|| atom.clone(), |l| l.value.to_string()),
                    },
                    span: row.span,
                    ..Val::default()
                },
            );
        }
    }
    // Undeclared category or party: the knowledge base's, marked as such.
    for (k, v) in [
        ("category", known.map(|k| k.category.as_str().to_string())),
        (
            "party",
            known.and_then(|k| k.party).map(|p| p.as_str().to_string()),
        ),
    ] {
        if let (false, Some(v)) = (fields.contains_key(k), v) {
            fields.insert(
                k.to_string(),
                Val {
                    atoms: vec![v.clone()],
                    shown: format!("{v} (known cookie)"),
                    span: row.span,
                    ..Val::default()
                },
            );
        }
    }
    let _ = file;
    Item {
        block: "cookie",
        key: row.key(),
        id: None,
        span: row.span,
        fields,
        children: Vec::new(),
    }
}

fn lifetime_size(l: &crate::model::Lifetime) -> Option<u64> {
    use crate::model::Lifetime;
    match l {
        Lifetime::Session => Some(0),
        Lifetime::Period { duration, .. } => Some(duration.seconds()),
        Lifetime::Indefinite => Some(u64::MAX),
        Lifetime::Criterion { .. } => None,
    }
}

/// Whether a cookie item is non-essential: by its category, declared or known.
fn cookie_essential(item: &Item) -> Option<bool> {
    let cat = item
        .fields
        .get("category")?
        .atoms
        .first()?
        .trim_matches('"')
        .to_string();
    let cat = CookieCategory::from_word(&cat)?;
    Some(!cat.needs_consent())
}

/// The ids renamed between the versions, for every kind declared with an id:
/// a removed id and an added one of the same kind whose label or content is
/// the same. Content is compared with the renames found so far, so a purpose
/// whose data was renamed too is still recognised.
fn renames(old: &Item, new: &Item) -> Renames {
    let mut map = Renames::new();
    // Twice: a basis covering a renamed purpose is recognised on the second pass.
    for _ in 0..2 {
        for block in [
            "data",
            "basis",
            "purpose",
            "recipient",
            "transfer",
            "tracker",
            "section",
        ] {
            let ids = |i: &Item| -> BTreeSet<String> {
                i.children
                    .iter()
                    .filter(|c| c.block == block)
                    .filter_map(|c| c.id.clone())
                    .collect()
            };
            let (oi, ni) = (ids(old), ids(new));
            let gone: Vec<&Item> = old
                .children
                .iter()
                .filter(|c| c.block == block && c.id.as_ref().is_some_and(|i| !ni.contains(i)))
                .collect();
            let mut fresh: Vec<&Item> = new
                .children
                .iter()
                .filter(|c| c.block == block && c.id.as_ref().is_some_and(|i| !oi.contains(i)))
                .collect();
            // By content first, then by label; each found by hash.
            let none = Renames::new();
            let mut by_content: HashMap<String, Vec<usize>> = HashMap::new();
            let mut by_label: HashMap<String, Vec<usize>> = HashMap::new();
            for (i, f) in fresh.iter().enumerate().rev() {
                by_content.entry(signature(f, &none)).or_default().push(i);
                if let Some(l) = label(f) {
                    by_label.entry(l.clone()).or_default().push(i);
                }
            }
            let mut taken = vec![false; fresh.len()];
            let take = |pool: Option<&mut Vec<usize>>, taken: &mut Vec<bool>| {
                let pool = pool?;
                while let Some(i) = pool.pop() {
                    if !taken[i] {
                        taken[i] = true;
                        return Some(i);
                    }
                }
                None
            };
            for g in gone {
                let pick =
                    take(by_content.get_mut(&signature(g, &map)), &mut taken).or_else(|| {
                        let l = label(g)?;
                        take(by_label.get_mut(l), &mut taken)
                    });
                if let Some(i) = pick {
                    if let (Some(a), Some(b)) = (&g.id, &fresh[i].id) {
                        map.insert(format!("{block}:{a}"), b.clone());
                    }
                }
            }
            fresh.clear();
        }
    }
    map
}

fn label(i: &Item) -> Option<&String> {
    i.fields.get("(label)").and_then(|v| v.words.as_ref())
}

/// An atom of the old version under the new ids.
fn renamed(atom: &str, r: &Renames) -> String {
    for kind in ["data", "purpose", "basis"] {
        if let Some(n) = r.get(&format!("{kind}:{atom}")) {
            return n.clone();
        }
    }
    // `basis-id "condition"` and `a or b` hold ids among other words.
    if atom.contains(' ') {
        return atom
            .split(' ')
            .map(|w| renamed_word(w, r))
            .collect::<Vec<_>>()
            .join(" ");
    }
    atom.to_string()
}

fn renamed_word(w: &str, r: &Renames) -> String {
    let bare = w.trim_end_matches(',');
    for kind in ["data", "purpose", "basis"] {
        if let Some(n) = r.get(&format!("{kind}:{bare}")) {
            return format!("{n}{}", &w[bare.len()..]);
        }
    }
    w.to_string()
}

fn mapped(v: &Val, r: &Renames) -> Vec<String> {
    if !v.refs {
        return v.atoms.clone();
    }
    let mut out: Vec<String> = v.atoms.iter().map(|a| renamed(a, r)).collect();
    out.sort();
    out.dedup();
    out
}

fn same_val(o: &Val, n: &Val, r: &Renames) -> bool {
    mapped(o, r) == n.atoms && o.words == n.words
}

/// What an item states, without its id, old ids under their new names: equal
/// signatures are equal content (hashed, so matching stays linear).
fn signature(i: &Item, r: &Renames) -> String {
    let mut out = String::new();
    for (k, v) in &i.fields {
        out.push_str(&format!(
            "{k}\u{1}{:?}\u{1}{:?}\u{2}",
            mapped(v, r),
            v.words
        ));
    }
    out.push_str(&i.children.len().to_string());
    out
}

struct Collector<'a> {
    old: &'a Version,
    new: &'a Version,
    renames: Renames,
    changes: Vec<Change>,
}

impl Collector<'_> {
    fn place(&self, v: &Version, span: Span) -> Place {
        Place {
            file: v.file.name.clone(),
            line: v.file.line_col(span.start).0,
        }
    }

    #[allow(clippy::too_many_arguments)]
    fn push(
        &mut self,
        area: &'static str,
        kind: Kind,
        subject: &str,
        field: Option<&str>,
        before: Option<String>,
        after: Option<String>,
        directions: &[String],
        spans: (Option<Span>, Option<Span>),
    ) -> Option<&mut Change> {
        let rule = table::decide(area, field.unwrap_or("(block)"), directions)?;
        let change = Change {
            area,
            kind,
            subject: subject.to_string(),
            field: field.map(str::to_string),
            before,
            after,
            class: rule.class,
            change: rule.change.to_string(),
            reason: rule.reason.to_string(),
            source: rule.source.to_string(),
            old_at: spans.0.map(|s| self.place(self.old, s)),
            new_at: spans.1.map(|s| self.place(self.new, s)),
            facts: Vec::new(),
            sentences: None,
            listed: false,
        };
        self.changes.push(change);
        self.changes.last_mut()
    }

    /// Compares two items known to be the same fact.
    fn compare(&mut self, o: &Item, n: &Item, subject: &str) {
        let keys: BTreeSet<&String> = o.fields.keys().chain(n.fields.keys()).collect();
        for k in keys {
            let (a, b) = (o.fields.get(k), n.fields.get(k));
            if let (Some(a), Some(b)) = (a, b) {
                if same_val(a, b, &self.renames) {
                    continue;
                }
            }
            let mut dirs = directions(n.block, k, a, b, o, n, &self.renames);
            if n.block == "rights" && k == "respond-within" {
                let regimes = regimes(&self.new.root);
                if beyond_law(b, &regimes) && !beyond_law(a, &regimes) {
                    dirs.push("beyond the legal time".to_string());
                }
            }
            let sentences = match (n.block, k.as_str(), a, b) {
                ("section", "text", Some(a), Some(b)) => Some(sentence_diff(
                    a.words.as_deref().unwrap_or_default(),
                    b.words.as_deref().unwrap_or_default(),
                )),
                _ => None,
            };
            let shown = |v: Option<&Val>| v.map(|v| v.shown.clone()).filter(|s| !s.is_empty());
            let prose = sentences.is_some();
            // A list changed in both versions: the members removed and added, not the whole list.
            let listed = match (a, b) {
                (Some(a), Some(b)) if !a.members.is_empty() && !b.members.is_empty() => {
                    let old = mapped(a, &self.renames);
                    let gone: Vec<&str> = a
                        .members
                        .iter()
                        .filter(|(x, _)| !b.atoms.contains(&renamed(x, &self.renames)))
                        .map(|(_, w)| w.as_str())
                        .collect();
                    let came: Vec<&str> = b
                        .members
                        .iter()
                        .filter(|(x, _)| !old.contains(x))
                        .map(|(_, w)| w.as_str())
                        .collect();
                    let join = |v: Vec<&str>| {
                        let mut v = v;
                        v.dedup();
                        (!v.is_empty()).then(|| v.join(", "))
                    };
                    Some((join(gone), join(came)))
                }
                _ => None,
            };
            let (before, after) = match (&listed, prose) {
                (_, true) => (None, None),
                (Some((g, c)), _) => (g.clone(), c.clone()),
                // No `for` is everywhere: say so rather than nothing.
                (None, _) if k == "(for)" => (
                    shown(a).or_else(|| Some("everywhere".into())),
                    shown(b).or_else(|| Some("everywhere".into())),
                ),
                (None, _) => (shown(a), shown(b)),
            };
            if let Some(ch) = self.push(
                n.block,
                Kind::Changed,
                subject,
                Some(k),
                before,
                after,
                &dirs,
                (a.map(|v| v.span), b.map(|v| v.span)),
            ) {
                ch.sentences = sentences;
                ch.listed = listed.is_some();
            }
        }
        self.children(o, n);
    }

    fn children(&mut self, o: &Item, n: &Item) {
        let mut blocks: Vec<&'static str> = Vec::new();
        for c in o.children.iter().chain(&n.children) {
            if !blocks.contains(&c.block) {
                blocks.push(c.block);
            }
        }
        for block in blocks {
            let olds: Vec<&Item> = o.children.iter().filter(|c| c.block == block).collect();
            let news: Vec<&Item> = n.children.iter().filter(|c| c.block == block).collect();
            self.match_items(block, olds, news);
        }
    }

    fn match_items(&mut self, block: &'static str, olds: Vec<&Item>, news: Vec<&Item>) {
        // Same key, in order (a key stated twice matches twice).
        let mut taken = vec![false; news.len()];
        let mut gone = Vec::new();
        let mut by_key: HashMap<&str, std::collections::VecDeque<usize>> = HashMap::new();
        for (i, n) in news.iter().enumerate() {
            by_key.entry(n.key.as_str()).or_default().push_back(i);
        }
        for oi in &olds {
            let key = match &oi.id {
                Some(id) => self
                    .renames
                    .get(&format!("{block}:{id}"))
                    .cloned()
                    .unwrap_or_else(|| oi.key.clone()),
                None => oi.key.clone(),
            };
            match by_key
                .get_mut(key.as_str())
                .and_then(std::collections::VecDeque::pop_front)
            {
                Some(i) => {
                    taken[i] = true;
                    let ni = news[i];
                    if ni.key != oi.key {
                        self.push(
                            block,
                            Kind::Renamed,
                            &ni.key,
                            None,
                            Some(oi.key.clone()),
                            Some(ni.key.clone()),
                            &["renamed".to_string()],
                            (Some(oi.span), Some(ni.span)),
                        );
                    }
                    self.compare(oi, ni, &ni.key);
                }
                None => gone.push(*oi),
            }
        }
        let fresh: Vec<&Item> = news
            .iter()
            .enumerate()
            .filter(|(i, _)| !taken[*i])
            .map(|(_, n)| *n)
            .collect();
        // Items without an id (a right whose kinds changed, a renamed cookie):
        // one gone and one new of the same block in the same place are one changed item.
        let mut fresh = fresh;
        // A cookie (or any item known by its name) under another name with all else the same.
        let none = Renames::new();
        let mut by_content: HashMap<String, std::collections::VecDeque<usize>> = HashMap::new();
        for (j, f) in fresh.iter().enumerate() {
            if f.id.is_none() {
                by_content
                    .entry(signature(f, &none))
                    .or_default()
                    .push_back(j);
            }
        }
        let mut used = vec![false; fresh.len()];
        let mut left = Vec::new();
        for g in gone {
            let hit = if g.id.is_none() {
                by_content
                    .get_mut(&signature(g, &self.renames))
                    .and_then(std::collections::VecDeque::pop_front)
            } else {
                None
            };
            match hit {
                Some(j) => {
                    used[j] = true;
                    let f = fresh[j];
                    self.push(
                        block,
                        Kind::Renamed,
                        &f.key,
                        None,
                        Some(g.key.clone()),
                        Some(f.key.clone()),
                        &["renamed".to_string()],
                        (Some(g.span), Some(f.span)),
                    );
                }
                None => left.push(g),
            }
        }
        let mut gone = left;
        let mut j = 0;
        fresh.retain(|_| {
            j += 1;
            !used[j - 1]
        });
        if gone.len() == 1 && fresh.len() == 1 && gone[0].id.is_none() && block != "cookie" {
            let (g, f) = (gone.remove(0), fresh.remove(0));
            self.compare(g, f, &f.key);
        }
        for g in gone {
            let facts = facts_of_item(g);
            if let Some(ch) = self.push(
                block,
                Kind::Removed,
                &g.key,
                None,
                summary(g),
                None,
                &["removed".to_string()],
                (Some(g.span), None),
            ) {
                ch.facts = facts;
            }
        }
        for f in fresh {
            let dir = if block == "cookie" {
                match cookie_essential(f) {
                    Some(false) => "added non-essential",
                    Some(true) => "added necessary",
                    None => "added",
                }
            } else if block == "controller" && f.fields.contains_key("(for)") {
                // A controller for some places: the people there now deal with it.
                "added for places"
            } else {
                "added"
            };
            let facts = facts_of_item(f);
            if let Some(ch) = self.push(
                block,
                Kind::Added,
                &f.key,
                None,
                None,
                summary(f),
                &[dir.to_string()],
                (None, Some(f.span)),
            ) {
                ch.facts = facts;
            }
        }
    }
}

fn summary(i: &Item) -> Option<String> {
    ["(label)", "(name)", "(description)", "purpose"]
        .iter()
        .find_map(|k| i.fields.get(*k).and_then(|v| v.words.clone()))
}

/// Every statement an item holds, as written, for the reader of an added or removed fact.
fn facts_of_item(i: &Item) -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = i
        .fields
        .iter()
        .filter(|(k, _)| !k.starts_with('('))
        .map(|(k, v)| (k.clone(), v.shown.clone()))
        .collect();
    for c in &i.children {
        out.push((c.block.to_string(), c.key.clone()));
    }
    out
}

/// The directions of a change, for the table: `stated`, `more`, `longer`, `to WORD` …
fn directions(
    block: &str,
    field: &str,
    a: Option<&Val>,
    b: Option<&Val>,
    o: &Item,
    n: &Item,
    r: &Renames,
) -> Vec<String> {
    let mut out = Vec::new();
    // A fact with no `for` holds everywhere: stating places narrows it,
    // dropping them widens it to everywhere.
    if field == "(for)" {
        match (a, b) {
            (None, Some(b)) => {
                out.push("fewer".to_string());
                out.push("from everywhere".to_string());
                out.extend(b.atoms.iter().map(|w| format!("to {w}")));
                return out;
            }
            (Some(a), None) => {
                out.push("more".to_string());
                out.push("to everywhere".to_string());
                out.extend(a.atoms.iter().map(|w| format!("from {w}")));
                return out;
            }
            _ => {}
        }
    }
    let (a, b) = match (a, b) {
        (None, Some(b)) => {
            out.push("stated".to_string());
            if !b.atoms.is_empty() && b.yes.is_none() {
                // Stating a list where there was none adds its members.
                out.push("more".to_string());
            }
            out.extend(
                b.atoms
                    .iter()
                    .map(|w| format!("to {}", w.trim_matches('"'))),
            );
            match b.yes {
                Some(true) => out.push("yes".into()),
                Some(false) => out.push("no".into()),
                None => {}
            }
            return out;
        }
        (Some(a), None) => {
            out.push("dropped".to_string());
            out.extend(
                a.atoms
                    .iter()
                    .map(|w| format!("from {}", w.trim_matches('"'))),
            );
            return out;
        }
        (Some(a), Some(b)) => (a, b),
        (None, None) => return out,
    };
    let old = mapped(a, r);
    if block == "purpose" && field == "basis" {
        out.extend(bases_by_place(&old, &b.atoms));
        if old == b.atoms && a.words != b.words {
            out.push("reworded".into());
        }
        return out;
    }
    if a.yes.is_some() || b.yes.is_some() {
        // Yes/no answers, each for its places (none: everywhere). A `yes`
        // that no longer holds somewhere it held is a `no` for the people
        // there (an honoured opt-out lost); one that now holds somewhere new is a `yes`.
        let answers = |v: &Val| -> Vec<(bool, Vec<String>)> {
            v.atoms
                .iter()
                .filter_map(|atom| {
                    let (word, places) = with_places(atom);
                    let yes = match word {
                        "yes" | "may" => true,
                        "no" => false,
                        _ => return None,
                    };
                    Some((yes, places))
                })
                .collect()
        };
        let (was, is) = (answers(a), answers(b));
        // Held in all those places, by one answer or several together.
        let held = |list: &[(bool, Vec<String>)], answer: bool, places: &[String]| {
            let wide: Vec<&[String]> = list
                .iter()
                .filter(|(y, _)| *y == answer)
                .map(|(_, ps)| ps.as_slice())
                .collect();
            covers_all(&wide, places)
        };
        if was.iter().any(|(y, ps)| *y && !held(&is, true, ps)) {
            out.push("no".to_string());
        }
        // A `no` now said where a `yes` held (an opt-out signal no longer honoured in some states).
        if is.iter().any(|(y, ps)| {
            !*y && !held(&was, false, ps) && was.iter().any(|(wy, wps)| *wy && covers(wps, ps))
        }) {
            out.push("no".to_string());
        }
        if is.iter().any(|(y, ps)| *y && !held(&was, true, ps)) {
            out.push("yes".to_string());
        }
        // The same answer, in other words, for some people: read them.
        if reworded_somewhere(a, b) {
            out.push("reworded".to_string());
        }
        // A `no` that no longer holds somewhere it held, with nothing said
        // there now: the people there lose the statement (a promise not to sell).
        if was.iter().any(|(y, ps)| {
            !*y && !held(&is, false, ps)
                && !covers_all(
                    &is.iter().map(|(_, nps)| nps.as_slice()).collect::<Vec<_>>(),
                    ps,
                )
        }) {
            out.push("dropped".to_string());
        }
    }
    // A longer time with its period dropped ("it may take longer when …")
    // is no longer bounded: longer; a period stated where there was none, shorter.
    let bounded = |v: &Val| {
        v.atoms
            .iter()
            .any(|x| period(x).is_some_and(|(_, rest)| rest.is_empty()))
    };
    if field == "extended-within" && bounded(a) != bounded(b) {
        out.push(if bounded(b) { "shorter" } else { "longer" }.into());
    }
    if let (Some(x), Some(y)) = (a.size, b.size) {
        let (up, down) = if field == "minimum-age" {
            ("higher", "lower")
        } else {
            ("longer", "shorter")
        };
        if y > x {
            out.push(up.into());
        } else if y < x {
            out.push(down.into());
        }
    }
    // One period replaced by another (in a list of rules too): compared by length
    // when all else is equal, `at least 1 year after …` against `at least 3 years after …`.
    let gone: Vec<&String> = old.iter().filter(|x| !b.atoms.contains(x)).collect();
    let came: Vec<&String> = b.atoms.iter().filter(|x| !old.contains(x)).collect();
    let mut compared = false;
    if let ([x], [y], None) = (gone.as_slice(), came.as_slice(), a.size) {
        if let (Some((sx, rx)), Some((sy, ry))) = (period(x), period(y)) {
            if rx == ry && sx != sy {
                out.push(if sy > sx { "longer" } else { "shorter" }.into());
                compared = true;
            }
        }
    }
    // Periods stated per place (`respond-within 45 days for us`): each new
    // one against the old one for the same places, else the one that held
    // there (one for wider places, or for everywhere).
    if !compared && a.atoms.iter().chain(&b.atoms).any(|x| x.contains(PLACES)) {
        let by_place = |atoms: &[String]| -> Vec<(String, Vec<String>)> {
            atoms
                .iter()
                .map(|atom| {
                    let (value, places) = with_places(atom);
                    (value.to_string(), places)
                })
                .collect()
        };
        let (was, is) = (by_place(&old), by_place(&b.atoms));
        let held_before = |places: &[String]| {
            was.iter()
                .find(|(_, ps)| ps == places)
                .or_else(|| {
                    was.iter()
                        .find(|(_, ps)| !ps.is_empty() && covers(ps, places))
                })
                .or_else(|| was.iter().find(|(_, ps)| ps.is_empty()))
        };
        // A value that no longer holds in places where it held, with nothing
        // stated in its stead for exactly those places: the people there lose it.
        // (A value stated anew for exactly those places replaces it; one that was there already does not.)
        if was.iter().any(|(value, places)| {
            // Held where it did, by one statement or several together.
            let still: Vec<&[String]> = is
                .iter()
                .filter(|(v, _)| v == value)
                .map(|(_, ps)| ps.as_slice())
                .collect();
            !covers_all(&still, places)
                && !is.iter().any(|(v, ps)| {
                    ps == places && !was.iter().any(|(wv, wps)| wv == v && wps == ps)
                })
        }) {
            out.push("dropped".into());
        }
        for (value, places) in &is {
            let Some((before, _)) = held_before(places) else {
                continue;
            };
            // Kept indefinitely where a criterion or a period held: longer.
            if value == "indefinitely" && before != "indefinitely" {
                out.push("longer".into());
                compared = true;
                continue;
            }
            if let (Some((sx, rx)), Some((sy, ry))) = (period(before), period(value)) {
                if rx == ry && sx != sy {
                    out.push(if sy > sx { "longer" } else { "shorter" }.into());
                    compared = true;
                }
            }
        }
    }
    // `uses all` is every category: a list instead is less, `all` instead of a list is more.
    let all = |v: &[String]| v.iter().any(|x| x == "all");
    if compared {
    } else if all(&old) && !all(&b.atoms) {
        out.push("fewer".into());
    } else if !all(&old) && all(&b.atoms) {
        out.push("more".into());
    } else {
        if b.atoms.iter().any(|x| !old.contains(x)) && a.size.is_none() {
            out.push("more".into());
        }
        if old.iter().any(|x| !b.atoms.contains(x)) && a.size.is_none() {
            out.push("fewer".into());
        }
    }
    for w in b.atoms.iter().filter(|x| !old.contains(x)) {
        out.push(format!("to {}", w.trim_matches('"')));
    }
    for w in old.iter().filter(|x| !b.atoms.contains(x)) {
        out.push(format!("from {}", w.trim_matches('"')));
    }
    if old == b.atoms && a.words != b.words {
        out.push("reworded".into());
    }
    // Cookies: material by purpose.
    if block == "cookie" {
        let was = cookie_essential(o);
        let is = cookie_essential(n);
        if field == "category" && is == Some(false) && was != Some(false) {
            out.push("to non-essential".into());
        }
        if field == "provider" && is != Some(true) {
            out.push("changed non-essential".into());
        }
    }
    out
}

/// Between a value and the places it is stated for, in the atoms compared
/// (`1 month␞eea, uk`): a character no policy text holds, so that words such
/// as "as long as necessary for the purposes" are never read as places.
const PLACES: char = '\u{1E}';

/// An atom's value and the places it is stated for (none: everywhere).
fn with_places(atom: &str) -> (&str, Vec<String>) {
    let (value, places) = atom.split_once(PLACES).unwrap_or((atom, ""));
    let places = places
        .split(", ")
        .filter(|p| !p.is_empty())
        .map(str::to_string)
        .collect();
    (value, places)
}

/// Whether a fact stated for `wide` holds in all of `narrow` (no places:
/// everywhere), as the places of the language nest: California and the other
/// US states are in the US, the EU is in the EEA, `gdpr` is where the EEA is.
fn covers(wide: &[String], narrow: &[String]) -> bool {
    wide.is_empty() || (!narrow.is_empty() && parts_of(narrow) & !parts_of(wide) == 0)
}

/// The places written after `for`, as atoms (`elsewhere` as written).
fn scope_words(s: &Statement) -> Vec<String> {
    let is_for = |l: &List| matches!(l.values.as_slice(), [v] if matches!(&v.kind, ValueKind::Word(w) if w == "for"));
    match s.args.iter().position(is_for) {
        Some(i) => s.args[i + 1..]
            .iter()
            .flat_map(|l| l.values.iter().map(|v| value_atom(&v.kind)))
            .collect(),
        None => Vec::new(),
    }
}

/// Whether some place is given the same answer in other words: each stated
/// answer (`no "…" for us`) against each one before whose places it shares.
fn reworded_somewhere(a: &Val, b: &Val) -> bool {
    let stated = |v: &Val| -> Vec<(String, String, Vec<String>)> {
        v.said
            .iter()
            .map(|(atom, words)| {
                let (answer, places) = with_places(atom);
                (answer.to_string(), words.clone(), places)
            })
            .collect()
    };
    let parts = |ps: &[String]| {
        if ps.is_empty() {
            crate::model::ALL
        } else {
            parts_of(ps)
        }
    };
    let (was, is) = (stated(a), stated(b));
    was.iter().any(|(answer, words, places)| {
        is.iter()
            .any(|(x, w, ps)| x == answer && w != words && parts(ps) & parts(places) != 0)
    })
}

/// Whether facts stated for each of `wide` together hold in all of `narrow`
/// (no places: everywhere).
fn covers_all(wide: &[&[String]], narrow: &[String]) -> bool {
    let parts = |ps: &[String]| {
        if ps.is_empty() {
            crate::model::ALL
        } else {
            parts_of(ps)
        }
    };
    let wide = wide.iter().fold(0, |acc, ps| acc | parts(ps));
    parts(narrow) & !wide == 0
}

/// `for elsewhere` beside statements for `others`, as an atom.
fn elsewhere_atom(others: &[String]) -> String {
    let mut others = others.to_vec();
    others.sort();
    others.dedup();
    format!("elsewhere-not-{}", others.join("+"))
}

/// The parts of the world a list of place atoms names (see [`Scope::parts`]).
fn parts_of(places: &[String]) -> crate::model::Parts {
    use crate::model::{Parts, ALL};
    let one = |p: &str| -> Parts {
        crate::model::Place::from_word(p).map_or(0, crate::model::Place::parts)
    };
    places.iter().fold(0, |acc, p| {
        acc | match p.strip_prefix("elsewhere-not-") {
            Some(rest) => ALL & !rest.split('+').fold(0, |a, x| a | one(x)),
            None => one(p),
        }
    })
}

/// The regimes a version says it is written for (`policy { jurisdictions … }`).
fn regimes(root: &Item) -> Vec<String> {
    root.children
        .iter()
        .filter(|i| i.block == "policy")
        .filter_map(|i| i.fields.get("jurisdictions"))
        .flat_map(|v| v.atoms.clone())
        .collect()
}

/// Whether a response time stated (for its places, or for everywhere under
/// the regimes the policy is written for) is longer than a law there
/// allows: one month under GDPR and UK GDPR Art. 12(3) (and 30 days under
/// the Swiss FADO Art. 18), 45 days under CCPA 1798.130(a)(2)(A) and the
/// other US state laws, 15 days under LGPD Art. 19(II). Each before any
/// extension the law allows with notice.
fn beyond_law(v: Option<&Val>, regimes: &[String]) -> bool {
    const DAY: u64 = 86_400;
    let limit_of_place = |p: &str| match p {
        "eea" | "eu" | "uk" | "switzerland" => Some(30 * DAY),
        "us" | "california" | "us-states" => Some(45 * DAY),
        "brazil" => Some(15 * DAY),
        _ => None,
    };
    let limit_of_regime = |j: &str| match j {
        "gdpr" | "uk-gdpr" => Some(30 * DAY),
        "ccpa" | "us-states" => Some(45 * DAY),
        "lgpd" => Some(15 * DAY),
        _ => None,
    };
    let Some(v) = v else { return false };
    v.atoms.iter().any(|atom| {
        let (value, places) = with_places(atom);
        let Some((secs, rest)) = period(value) else {
            return false;
        };
        if !rest.is_empty() {
            return false;
        }
        let limit = if places.is_empty() {
            regimes.iter().filter_map(|j| limit_of_regime(j)).min()
        } else {
            places.iter().filter_map(|p| limit_of_place(p)).min()
        };
        limit.is_some_and(|l| secs > l)
    })
}

/// A purpose's grounds compared place by place (`contract for eea, uk`; no
/// places: everywhere): a ground gained or lost for a place is `to G` or
/// `from G`; grounds only lost where others remain is `fewer` (an
/// alternative no longer relied on); a place that had none and now has one
/// is `stated`, one that had some and now has none `dropped`.
fn bases_by_place(old: &[String], new: &[String]) -> Vec<String> {
    use std::collections::{BTreeMap, BTreeSet};
    let by_place = |atoms: &[String]| {
        let mut out: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
        for atom in atoms {
            let (ground, places) = with_places(atom);
            if places.is_empty() {
                out.entry("*".into())
                    .or_default()
                    .insert(ground.to_string());
            }
            for p in places {
                out.entry(p.to_string())
                    .or_default()
                    .insert(ground.to_string());
            }
        }
        out
    };
    let (was, is) = (by_place(old), by_place(new));
    let empty = BTreeSet::new();
    let mut out = Vec::new();
    let places: BTreeSet<&String> = was.keys().chain(is.keys()).collect();
    for place in places {
        // A place not named falls under the grounds stated for everywhere.
        let before = was.get(place).or_else(|| was.get("*")).unwrap_or(&empty);
        let after = is.get(place).or_else(|| is.get("*")).unwrap_or(&empty);
        if before == after {
            continue;
        }
        match (before.is_empty(), after.is_empty()) {
            (true, false) => out.push("stated".to_string()),
            (false, true) => out.push("dropped".to_string()),
            _ => {
                let gained: Vec<&String> = after.difference(before).collect();
                let lost: Vec<&String> = before.difference(after).collect();
                out.extend(gained.iter().map(|g| format!("to {g}")));
                out.extend(lost.iter().map(|g| format!("from {g}")));
                if gained.is_empty() {
                    out.push("fewer".to_string());
                } else {
                    out.push("changed".to_string());
                }
            }
        }
    }
    out.sort();
    out.dedup();
    out
}

/// A period's length and the rest of what is said with it: `63113904s after
/// x` (a duration as read), `session`, `indefinitely`, or words holding one
/// duration (`at least 1 year after closing`, the duration blanked in the rest).
fn period(atom: &str) -> Option<(u64, String)> {
    let (head, rest) = atom.split_once(' ').unwrap_or((atom, ""));
    if let Some(secs) = head.strip_suffix('s').and_then(|n| n.parse::<u64>().ok()) {
        return Some((secs, rest.to_string()));
    }
    match atom {
        "session" => return Some((0, String::new())),
        "indefinitely" => return Some((u64::MAX, String::new())),
        _ => {}
    }
    match crate::model::Duration::find_in(atom).as_slice() {
        [(range, d)] => Some((
            d.seconds(),
            format!("{}N{}", &atom[..range.start], &atom[range.end..]),
        )),
        _ => None,
    }
}

/// Sentences of a text: split after `.`, `!` or `?` when the next word
/// starts a sentence (a capital, a digit, a quote) and the word is not an
/// abbreviation ("Example, Inc. and its affiliates", "e.g.", "U.S."); a list
/// item (`- `, `* `, `1. `) starts a sentence of its own.
fn sentences(text: &str) -> Vec<String> {
    /// Words that end in a full stop without ending a sentence.
    const ABBREVIATIONS: &[&str] = &[
        "inc", "ltd", "co", "corp", "llc", "plc", "gmbh", "ag", "sa", "bv", "nv", "no", "nos",
        "st", "art", "arts", "sec", "para", "mr", "mrs", "ms", "dr", "vs", "cf", "approx", "fig",
        "ch", "ave", "dept",
    ];
    let marker = |w: &str| {
        matches!(w, "-" | "*" | "+")
            || w.strip_suffix(['.', ')'])
                .is_some_and(|n| !n.is_empty() && n.chars().all(|c| c.is_ascii_digit()))
    };
    let abbreviation = |w: &str| {
        let bare = w
            .trim_end_matches(['.', '!', '?'])
            .trim_start_matches(['(', '"', '\u{201C}']);
        bare.contains('.')
            || (bare.chars().count() == 1 && bare.chars().all(char::is_alphabetic))
            || ABBREVIATIONS.contains(&bare.to_lowercase().as_str())
    };
    let starts_sentence = |w: &str| {
        w.chars().next().is_some_and(|c| {
            c.is_uppercase()
                || c.is_ascii_digit()
                || matches!(c, '"' | '\u{201C}' | '(' | '[' | '*' | '_')
        })
    };
    let words: Vec<&str> = text.split_whitespace().collect();
    let mut out = Vec::new();
    let mut current = String::new();
    for (i, w) in words.iter().enumerate() {
        // A list item after the sentence before it.
        let after_stop = i > 0 && words[i - 1].ends_with(['.', ':', ';', '!', '?']);
        if !current.is_empty() && marker(w) && (matches!(*w, "-" | "*" | "+") || after_stop) {
            out.push(std::mem::take(&mut current));
        }
        if !current.is_empty() {
            current.push(' ');
        }
        current.push_str(w);
        let ends = w.ends_with(['!', '?']) || (w.ends_with('.') && !marker(w) && !abbreviation(w));
        let next_starts = words
            .get(i + 1)
            .is_none_or(|n| starts_sentence(n) || marker(n));
        if ends && next_starts {
            out.push(std::mem::take(&mut current));
        }
    }
    if !current.is_empty() {
        out.push(current);
    }
    out
}

/// Sentence-level edits between two texts (a rewrap is no edit: texts are collapsed first).
pub fn sentence_diff(old: &str, new: &str) -> Vec<SentenceEdit> {
    let (a, b) = (sentences(old), sentences(new));
    let ops = similar::capture_diff_slices(similar::Algorithm::Myers, &a, &b);
    let mut out = Vec::new();
    for op in ops {
        for (tag, s) in op.iter_changes(&a, &b).map(|c| (c.tag(), c.value())) {
            out.push(SentenceEdit {
                op: match tag {
                    similar::ChangeTag::Equal => "equal",
                    similar::ChangeTag::Delete => "delete",
                    similar::ChangeTag::Insert => "insert",
                },
                text: s.clone(),
            });
        }
    }
    out
}

#[cfg(test)]
mod tests;

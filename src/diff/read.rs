//! Reading a version of a policy into the items and values the diff
//! compares: the syntax tree walked with the schema for where each fact is
//! written and how, values made comparable (durations by length, lists as
//! sets), then restated from the resolved model ([`super::resolved`]); the
//! cookie table, a purpose's grounds and prose from the model.

use super::*;

pub(super) fn version(policy: &Policy, kb: &KnowledgeBase) -> Version {
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
    // The tree has given where each fact is written and how: freed before
    // the model's published form is built beside the items.
    drop(doc);
    super::resolved::resolve(&mut root, policy);
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
pub(super) fn collapse(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

pub(super) fn is_for(l: &List) -> bool {
    matches!(l.values.as_slice(), [v] if matches!(&v.kind, ValueKind::Word(w) if w == "for"))
}

pub(super) fn value_atom(kind: &ValueKind) -> String {
    match kind {
        ValueKind::Duration(d) => {
            let secs = duration_secs(&d.amount, &d.unit)
                .map_or_else(|| format!("{} {}", d.amount, d.unit), |s| format!("{s}s"));
            match &d.trigger {
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
pub(super) fn duration_secs(amount: &str, unit: &str) -> Option<u64> {
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
pub(super) fn spanned(_file: &SourceFile, lists: &[&List]) -> (String, Span) {
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
pub(super) fn written(kind: &ValueKind) -> String {
    kind.written(collapse)
}

/// The values of a statement, read as its shape says.
pub(super) fn read_val(
    shape: Shape,
    repeat: Repeat,
    lists: &[&List],
    file: &SourceFile,
    at: Span,
) -> Val {
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
pub(super) fn size_of(values: &[&ValueKind]) -> Option<u64> {
    match values {
        [ValueKind::Duration(d)] => duration_secs(&d.amount, &d.unit),
        [ValueKind::Number(n)] => n.parse().ok(),
        [ValueKind::Word(w)] if w == "session" => Some(0),
        [ValueKind::Word(w)] if w == "indefinitely" => Some(u64::MAX),
        _ => None,
    }
}

/// Merges a repeated statement's values into the fact (`from` twice is a set of two).
pub(super) fn merge(into: &mut Val, more: Val) {
    into.placed |= more.placed;
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

pub(super) fn head_val(
    file: &SourceFile,
    lists: &[&List],
    atoms: Vec<String>,
    words: Option<String>,
) -> Val {
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
pub(super) fn read_block(
    entries: &[Entry],
    info: &dyn BlockInfo,
    file: &SourceFile,
    item: &mut Item,
) {
    let statements = info.statements();
    // `for elsewhere` is every place the other statements of its kind name
    // not: it is compared as that (`elsewhere-not-us`), as the model reads it.
    let kind_of = |s: &Statement| -> (String, String) {
        let many = statements
            .iter()
            .find(|x| s.kw == Some(x.keyword))
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
        let Some(si) = statements.iter().find(|x| s.kw == Some(x.keyword)) else {
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
                // `required KIND "item", …`: each item with its answer is one
                // fact, so a change reads "biography: optional" → "biography:
                // contractual", not a word gone from a set.
                let values: Vec<&ValueKind> = args
                    .iter()
                    .flat_map(|l| l.values.iter().map(|v| &v.kind))
                    .collect();
                if s.kw == Some(crate::syntax::Keyword::Required) && values.len() > 1 {
                    let kind = value_atom(values[0]);
                    val.atoms = values[1..]
                        .iter()
                        .map(|v| format!("{}: {kind}", value_atom(v)))
                        .collect();
                    val.atoms.sort();
                    val.members = val.atoms.iter().map(|a| (a.clone(), a.clone())).collect();
                }
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
                    val.placed = true;
                }
                match item.fields.get_mut(si.keyword.as_str()) {
                    Some(existing) => merge(existing, val),
                    None => {
                        item.fields.insert(si.keyword.to_string(), val);
                    }
                }
            }
        }
    }
}

pub(super) fn read_item(
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
pub(super) fn cookie_item(
    row: &crate::model::Cookie,
    kb: &KnowledgeBase,
    file: &SourceFile,
) -> Item {
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

pub(super) fn lifetime_size(l: &crate::model::Lifetime) -> Option<u64> {
    use crate::model::Lifetime;
    match l {
        Lifetime::Session => Some(0),
        Lifetime::Period { duration, .. } => Some(duration.seconds()),
        Lifetime::Indefinite => Some(u64::MAX),
        Lifetime::Criterion { .. } => None,
    }
}

/// Whether a cookie item is non-essential: by its category, declared or known.
pub(super) fn cookie_essential(item: &Item) -> Option<bool> {
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

//! Ids renamed between two versions, found by label or content, and
//! values compared through them.

use super::*;

/// The ids renamed between the versions, for every kind declared with an id:
/// a removed id and an added one of the same kind whose label or content is
/// the same. Content is compared with the renames found so far, so a purpose
/// whose data was renamed too is still recognised.
pub(super) fn renames(old: &Item, new: &Item) -> Renames {
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

pub(super) fn label(i: &Item) -> Option<&String> {
    i.fields.get("(label)").and_then(|v| v.words.as_ref())
}

/// An atom of the old version under the new ids.
pub(super) fn renamed(atom: &str, r: &Renames) -> String {
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

pub(super) fn renamed_word(w: &str, r: &Renames) -> String {
    let bare = w.trim_end_matches(',');
    for kind in ["data", "purpose", "basis"] {
        if let Some(n) = r.get(&format!("{kind}:{bare}")) {
            return format!("{n}{}", &w[bare.len()..]);
        }
    }
    w.to_string()
}

pub(super) fn mapped(v: &Val, r: &Renames) -> Vec<String> {
    if !v.refs {
        return v.atoms.clone();
    }
    let mut out: Vec<String> = v.atoms.iter().map(|a| renamed(a, r)).collect();
    out.sort();
    out.dedup();
    out
}

pub(super) fn same_val(o: &Val, n: &Val, r: &Renames) -> bool {
    let old = mapped(o, r);
    (old == n.atoms && o.words == n.words) || same_for_everyone(o, &old, n)
}

/// Whether a fact stated for places says the same to the people of every
/// part of the world in both versions, however its statements are split
/// or their places written (`sells-data no "…"` for everywhere, then the
/// same words `for brazil` and `for elsewhere`; `for us, california` and
/// `for us`). An answer is compared with its words.
fn same_for_everyone(o: &Val, old: &[String], n: &Val) -> bool {
    if !old.iter().chain(&n.atoms).any(|a| a.contains(PLACES)) {
        return false;
    }
    let answers = |v: &Val, atoms: &[String]| -> Option<Vec<String>> {
        if v.said.is_empty() {
            // Words beside the values (a text) are compared as a whole.
            return (o.words == n.words).then(|| atoms.to_vec());
        }
        Some(
            v.said
                .iter()
                .map(|(atom, words)| {
                    let (value, places) = atom.split_once(PLACES).unwrap_or((atom, ""));
                    format!("{value}\u{1F}{words}{PLACES}{places}")
                })
                .collect(),
        )
    };
    let (Some(was), Some(is)) = (answers(o, old), answers(n, &n.atoms)) else {
        return false;
    };
    let (Some(was), Some(is)) = (by_part_values(&was), by_part_values(&is)) else {
        return false;
    };
    was.into_iter().zip(is).all(|((_, mut a), (_, mut b))| {
        a.sort_unstable();
        a.dedup();
        b.sort_unstable();
        b.dedup();
        a == b
    })
}

/// Whether two lists of places name the same parts of the world (`eea, eu`
/// and `eea`; `lgpd` and `brazil`); `false` when a place is one the parts
/// do not name.
pub(super) fn same_places(a: &[String], b: &[String]) -> bool {
    places_resolve(a) && places_resolve(b) && parts_of(a) == parts_of(b)
}

/// Whether every place of the list names parts of the world (a place in
/// the policy's own words names none).
pub(super) fn places_resolve(places: &[String]) -> bool {
    places
        .iter()
        .all(|p| parts_of(std::slice::from_ref(p)) != 0)
}

/// What an item states, without its id, old ids under their new names: equal
/// signatures are equal content (hashed, so matching stays linear).
pub(super) fn signature(i: &Item, r: &Renames) -> String {
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

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
    mapped(o, r) == n.atoms && o.words == n.words
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

//! The walk over two versions that turns differences into changes.

use super::*;

pub(super) struct Collector<'a> {
    pub(super) old: &'a Version,
    pub(super) new: &'a Version,
    pub(super) renames: Renames,
    pub(super) changes: Vec<Change>,
}

impl Collector<'_> {
    pub(super) fn place(&self, v: &Version, span: Span) -> Place {
        Place {
            file: v.file.name.clone(),
            line: v.file.line_col(span.start).0,
        }
    }

    #[allow(clippy::too_many_arguments)]
    pub(super) fn push(
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
    pub(super) fn compare(&mut self, o: &Item, n: &Item, subject: &str) {
        let keys: BTreeSet<&String> = o.fields.keys().chain(n.fields.keys()).collect();
        for k in keys {
            let (a, b) = (o.fields.get(k), n.fields.get(k));
            if let (Some(a), Some(b)) = (a, b) {
                if same_val(a, b, &self.renames)
                    || (k == "(for)" && same_places(&a.atoms, &b.atoms))
                {
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
            // A period of its own for a category or purpose that had none,
            // running after the account ends ("3 years after
            // account-closure"), where the general rules set no period after
            // it: the data outlives the account the general rules tied it
            // to, so it is kept longer, not only capped. `indefinitely`
            // stated where nothing was caps nothing: longer.
            if matches!(n.block, "data" | "purpose") && k == "retention" && a.is_none() {
                let general = self.old.root.fields.get("retention");
                let indefinitely =
                    |v: &Val| v.atoms.iter().any(|x| with_places(x).0 == "indefinitely");
                if b.is_some_and(|b| {
                    indefinitely(b)
                        || (after_account_end(&b.atoms)
                            && !general.is_some_and(|g| after_account_end(&g.atoms)))
                }) {
                    dirs.push("longer".to_string());
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

    pub(super) fn children(&mut self, o: &Item, n: &Item) {
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

    pub(super) fn match_items(&mut self, block: &'static str, olds: Vec<&Item>, news: Vec<&Item>) {
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

pub(super) fn summary(i: &Item) -> Option<String> {
    ["(label)", "(name)", "(description)", "purpose"]
        .iter()
        .find_map(|k| i.fields.get(*k).and_then(|v| v.words.clone()))
}

/// Every statement an item holds, as written, for the reader of an added or removed fact.
pub(super) fn facts_of_item(i: &Item) -> Vec<(String, String)> {
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

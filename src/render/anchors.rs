//! Element ids (anchors) for one document, unique by construction.
//!
//! Each fact's anchor is derived from its id (`data-contact`, `cookie-ga`),
//! but two facts can derive the same one (`_ga`, `ga` and `GA` all slug to
//! `cookie-ga`), and a section id can be one the template itself uses
//! (`main`, `toc-title`). [`Anchors`] hands out every id of the document
//! from one set: the template's own ids are taken first, then each fact gets
//! its derived anchor, or that anchor with `-2`, `-3` … when it is taken.
//! The HTML, the Markdown and the published JSON use the same anchors.

use std::collections::{HashMap, HashSet};

use crate::model::{FactRef, Policy, Topic};

/// The ids the built-in templates write themselves.
pub const TEMPLATE_IDS: &[&str] = &[
    "main",
    "toc-title",
    "dpo",
    "representative",
    "legal-bases",
    "trackers",
];

/// The anchors of one document.
#[derive(Debug, Default)]
pub struct Anchors {
    taken: HashSet<String>,
    sections: HashMap<String, String>,
    data: HashMap<String, String>,
    bases: HashMap<String, String>,
    purposes: HashMap<String, String>,
    recipients: HashMap<String, String>,
    transfers: HashMap<String, String>,
    /// By cookie row.
    cookies: Vec<String>,
    cookie_rows: HashMap<String, usize>,
}

impl Anchors {
    /// Every anchor of `policy`, with the built-in template ids and `reserved` taken first.
    pub fn new(policy: &Policy, reserved: &[String]) -> Anchors {
        let mut a = Anchors::default();
        for id in TEMPLATE_IDS {
            a.taken.insert((*id).to_string());
        }
        for id in reserved {
            a.taken.insert(id.clone());
        }
        // A generated section is `<section id="TOPIC">` with a heading `TOPIC-title`.
        for t in Topic::all() {
            a.taken.insert(t.as_str().to_string());
            a.taken.insert(format!("{}-title", t.as_str()));
        }
        for s in &policy.sections {
            let anchor = a.claim(&s.id.value, true);
            a.sections.entry(s.id.value.clone()).or_insert(anchor);
        }
        for d in &policy.data {
            let anchor = a.claim(&format!("data-{}", d.id.value), false);
            a.data.entry(d.id.value.clone()).or_insert(anchor);
        }
        for b in &policy.bases {
            let anchor = a.claim(&format!("basis-{}", b.id.value), false);
            a.bases.entry(b.id.value.clone()).or_insert(anchor);
        }
        for p in &policy.purposes {
            let anchor = a.claim(&format!("purpose-{}", p.id.value), false);
            a.purposes.entry(p.id.value.clone()).or_insert(anchor);
        }
        for r in &policy.recipients {
            let anchor = a.claim(&format!("recipient-{}", r.id.value), false);
            a.recipients.entry(r.id.value.clone()).or_insert(anchor);
        }
        for t in &policy.transfers {
            let anchor = a.claim(&format!("transfer-{}", t.id.value), false);
            a.transfers.entry(t.id.value.clone()).or_insert(anchor);
        }
        for (i, r) in policy
            .cookies
            .iter()
            .flat_map(|c| c.rows.iter())
            .enumerate()
        {
            let anchor = a.claim(&r.anchor(), false);
            a.cookies.push(anchor);
            a.cookie_rows.entry(r.name.value.clone()).or_insert(i);
        }
        a
    }

    /// Takes `preferred`, or the first free `preferred-N`; with `title`, `…-title` must be free too.
    fn claim(&mut self, preferred: &str, title: bool) -> String {
        let base = if preferred.is_empty() {
            "id"
        } else {
            preferred
        };
        let mut candidate = base.to_string();
        let mut n = 1;
        loop {
            let taken = self.taken.contains(&candidate)
                || (title && self.taken.contains(&format!("{candidate}-title")));
            if !taken {
                break;
            }
            n += 1;
            candidate = format!("{base}-{n}");
        }
        self.taken.insert(candidate.clone());
        if title {
            self.taken.insert(format!("{candidate}-title"));
        }
        candidate
    }

    /// A new unique id for something the document adds (a footnote).
    pub fn fresh(&mut self, preferred: &str) -> String {
        self.claim(preferred, false)
    }

    fn get(map: &HashMap<String, String>, id: &str, prefix: &str) -> String {
        map.get(id)
            .cloned()
            .unwrap_or_else(|| format!("{prefix}{id}"))
    }

    /// A section's anchor (its heading's is this plus `-title`).
    pub fn section(&self, id: &str) -> String {
        Self::get(&self.sections, id, "")
    }

    /// A data category's anchor.
    pub fn data(&self, id: &str) -> String {
        Self::get(&self.data, id, "data-")
    }

    /// A legal basis's anchor.
    pub fn basis(&self, id: &str) -> String {
        Self::get(&self.bases, id, "basis-")
    }

    /// A purpose's anchor.
    pub fn purpose(&self, id: &str) -> String {
        Self::get(&self.purposes, id, "purpose-")
    }

    /// A recipient's anchor.
    pub fn recipient(&self, id: &str) -> String {
        Self::get(&self.recipients, id, "recipient-")
    }

    /// A transfer's anchor.
    pub fn transfer(&self, id: &str) -> String {
        Self::get(&self.transfers, id, "transfer-")
    }

    /// The anchor of the `i`-th cookie row.
    pub fn cookie_row(&self, i: usize) -> Option<&str> {
        self.cookies.get(i).map(String::as_str)
    }

    /// The anchor a fact named in prose links to: a cookie's row or a section.
    pub fn fact(&self, f: &FactRef) -> Option<String> {
        match f {
            FactRef::Cookie(name) => self
                .cookie_rows
                .get(name)
                .and_then(|i| self.cookie_row(*i))
                .map(str::to_string),
            FactRef::Section(id) => self.sections.get(id).cloned(),
            _ => None,
        }
    }
}

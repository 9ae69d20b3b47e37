//! The semantic diff: two policy models compared fact by fact, each change
//! classified **material** (people may need to be told: a new purpose, data
//! category, recipient, transfer destination or third-party cookie; a longer
//! retention; a removed right; a basis moving to or from consent; a change in
//! sale or sharing) or **editorial**, with the reason in words.
//!
//! Facts are matched by their declared id, so a changed label is a change,
//! and the same content under a new id is a rename.

use std::borrow::Cow;

use serde::Serialize;

use crate::cookies::KnowledgeBase;
use crate::facts::{facts_of, SameFacts};
use crate::model::*;

/// Whether people may need to be told.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Class {
    /// Changes what is done with personal data.
    Material,
    /// Changes the wording or presentation only.
    Editorial,
}

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
    /// The same content under a new id.
    Renamed,
}

/// One word-level edit in prose.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct WordEdit {
    /// `equal`, `delete` or `insert`.
    pub op: &'static str,
    /// The words.
    pub text: String,
}

/// One change between two versions.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Change {
    /// What part of the policy: `data`, `purposes`, `cookies` …
    pub area: &'static str,
    /// Added, removed, changed or renamed.
    pub kind: Kind,
    /// The id (or name) of the fact.
    pub subject: String,
    /// The field that changed, for `changed`.
    pub field: Option<String>,
    /// The value before, in words.
    pub before: Option<String>,
    /// The value after, in words.
    pub after: Option<String>,
    /// Material or editorial.
    pub class: Class,
    /// Why it is classed so.
    pub reason: String,
    /// For prose: the word-level edits.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub words: Option<Vec<WordEdit>>,
}

struct Collector<'a> {
    changes: Vec<Change>,
    kb: &'a KnowledgeBase,
    /// Data category ids renamed between the versions: old id → new id.
    renamed_data: std::collections::HashMap<String, String>,
}

impl Collector<'_> {
    #[allow(clippy::too_many_arguments)]
    fn push(
        &mut self,
        area: &'static str,
        kind: Kind,
        subject: &str,
        field: Option<&str>,
        before: Option<String>,
        after: Option<String>,
        class: Class,
        reason: &str,
    ) {
        self.changes.push(Change {
            area,
            kind,
            subject: subject.to_string(),
            field: field.map(str::to_string),
            before,
            after,
            class,
            reason: reason.to_string(),
            words: None,
        });
    }

    /// Reports the facts added, removed and renamed between two lists matched
    /// by id (`reasons`: for added, removed, renamed); returns the pairs kept.
    fn membership<'a, T>(
        &mut self,
        area: &'static str,
        m: Matched<'a, T>,
        show: impl Fn(&T) -> String,
        added_class: Class,
        reasons: [&str; 3],
    ) -> Vec<(&'a T, &'a T)>
    where
        T: HasId,
    {
        for a in &m.added {
            self.push(
                area,
                Kind::Added,
                &a.id(),
                None,
                None,
                Some(show(a)),
                added_class,
                reasons[0],
            );
        }
        for r in &m.removed {
            self.push(
                area,
                Kind::Removed,
                &r.id(),
                None,
                Some(show(r)),
                None,
                Class::Editorial,
                reasons[1],
            );
        }
        for (o, n) in &m.renamed {
            self.push(
                area,
                Kind::Renamed,
                &n.id(),
                None,
                Some(o.id().to_string()),
                Some(n.id().to_string()),
                Class::Editorial,
                reasons[2],
            );
        }
        m.kept
    }

    /// Old data ids under their new names.
    fn current(&self, ids: Vec<String>) -> Vec<String> {
        ids.into_iter()
            .map(|i| self.renamed_data.get(&i).cloned().unwrap_or(i))
            .collect()
    }

    /// A field compared by its words; editorial unless `class` says otherwise.
    #[allow(clippy::too_many_arguments)]
    fn field(
        &mut self,
        area: &'static str,
        subject: &str,
        field: &str,
        before: String,
        after: String,
        class: Class,
        reason: &str,
    ) {
        if before != after {
            let show = |s: String| if s.is_empty() { None } else { Some(s) };
            self.push(
                area,
                Kind::Changed,
                subject,
                Some(field),
                show(before),
                show(after),
                class,
                reason,
            );
        }
    }
}

fn opt<T: std::fmt::Display>(v: Option<T>) -> String {
    v.map_or_else(String::new, |v| v.to_string())
}

fn list<T: std::fmt::Display>(v: impl IntoIterator<Item = T>) -> String {
    v.into_iter()
        .map(|x| x.to_string())
        .collect::<Vec<_>>()
        .join(", ")
}

/// A fact matched by its declared id between two versions.
trait HasId: Sized {
    fn id(&self) -> Cow<'_, str>;
    /// The fact with its id blanked, to recognise the same content under a
    /// new id; `None` where a rename cannot be told from a replacement.
    fn anonymous(&self) -> Option<Self>;
}

macro_rules! has_id {
    ($($t:ident),*) => {
        $(impl HasId for $t {
            fn id(&self) -> Cow<'_, str> {
                Cow::Borrowed(&self.id.value)
            }

            fn anonymous(&self) -> Option<Self> {
                Some($t { id: Spanned::new(String::new(), self.id.span), ..self.clone() })
            }
        })*
    };
}

has_id!(DataCategory, Purpose, Basis, Recipient, Transfer);

/// A cookie is known by its name (or, for a row that names none, its
/// provider and category), which is all there is to rename.
impl HasId for Cookie {
    fn id(&self) -> Cow<'_, str> {
        Cow::Owned(self.key())
    }

    fn anonymous(&self) -> Option<Self> {
        None
    }
}

/// Items of two versions matched by id.
struct Matched<'a, T> {
    removed: Vec<&'a T>,
    added: Vec<&'a T>,
    kept: Vec<(&'a T, &'a T)>,
    renamed: Vec<(&'a T, &'a T)>,
}

/// Matches items by id; a removed and an added item that are equal but for their id are a rename.
fn matched<'a, T: HasId + Serialize>(old: &'a [T], new: &'a [T]) -> Matched<'a, T> {
    let id = |t: &'a T| t.id();
    // Indexed by id, so matching stays linear in the number of facts.
    let old_ids: std::collections::HashMap<Cow<'a, str>, &T> =
        old.iter().map(|o| (id(o), o)).collect();
    let new_ids: std::collections::HashMap<Cow<'a, str>, &T> =
        new.iter().map(|n| (id(n), n)).collect();
    let mut removed: Vec<&T> = old
        .iter()
        .filter(|o| !new_ids.contains_key(&id(o)))
        .collect();
    let mut added: Vec<&T> = new
        .iter()
        .filter(|n| !old_ids.contains_key(&id(n)))
        .collect();
    let kept = old
        .iter()
        .filter_map(|o| new_ids.get(&id(o)).map(|n| (o, *n)))
        .collect();
    // The same content under another id, compared without positions: each
    // removed item takes the first added item with its content, found by hash
    // (comparing every pair cost N² when every id was renamed).
    let mut by_facts: std::collections::HashMap<String, std::collections::VecDeque<usize>> =
        std::collections::HashMap::new();
    for (i, a) in added.iter().enumerate() {
        if let Some(x) = a.anonymous() {
            by_facts
                .entry(facts_of(&x).to_string())
                .or_default()
                .push_back(i);
        }
    }
    let mut taken = vec![false; added.len()];
    let mut renamed = Vec::new();
    removed.retain(|r| {
        let Some(anon) = r.anonymous().map(|x| facts_of(&x).to_string()) else {
            return true;
        };
        match by_facts
            .get_mut(&anon)
            .and_then(std::collections::VecDeque::pop_front)
        {
            Some(i) => {
                taken[i] = true;
                renamed.push((*r, added[i]));
                false
            }
            None => true,
        }
    });
    let mut index = 0;
    added.retain(|_| {
        index += 1;
        !taken[index - 1]
    });
    Matched {
        removed,
        added,
        kept,
        renamed,
    }
}

/// Compares two policies.
pub fn diff(old: &Policy, new: &Policy, kb: &KnowledgeBase) -> Vec<Change> {
    // A renamed data category is the same data: references to it are compared under its new id.
    let renamed_data = matched(&old.data, &new.data)
        .renamed
        .into_iter()
        .map(|(o, n)| (o.id.value.clone(), n.id.value.clone()))
        .collect();
    let mut c = Collector {
        changes: Vec::new(),
        kb,
        renamed_data,
    };
    meta(&mut c, old, new);
    contacts(&mut c, old, new);
    data(&mut c, old, new);
    purposes(&mut c, old, new);
    recipients(&mut c, old, new);
    transfers(&mut c, old, new);
    retention(&mut c, old, new);
    rights(&mut c, old, new);
    children(&mut c, old, new);
    cookies(&mut c, old, new);
    statements(&mut c, old, new);
    practices(&mut c, old, new);
    prose(&mut c, old, new);
    // Material first, in the order found.
    c.changes.sort_by_key(|ch| ch.class);
    c.changes
}

fn meta(c: &mut Collector<'_>, old: &Policy, new: &Policy) {
    let (o, n) = (&old.meta, &new.meta);
    let e = Class::Editorial;
    c.field(
        "metadata",
        "policy",
        "title",
        o.title.value.clone(),
        n.title.value.clone(),
        e,
        "the title",
    );
    c.field(
        "metadata",
        "policy",
        "updated",
        opt(o.updated.as_ref().map(|d| d.value)),
        opt(n.updated.as_ref().map(|d| d.value)),
        e,
        "the date",
    );
    c.field(
        "metadata",
        "policy",
        "effective",
        opt(o.effective.as_ref().map(|d| d.value)),
        opt(n.effective.as_ref().map(|d| d.value)),
        e,
        "the date",
    );
    c.field(
        "metadata",
        "policy",
        "version",
        opt(o.version.as_ref()),
        opt(n.version.as_ref()),
        e,
        "the version label",
    );
    c.field(
        "metadata",
        "policy",
        "jurisdictions",
        list(o.jurisdictions.iter().map(|j| j.value)),
        list(n.jurisdictions.iter().map(|j| j.value)),
        e,
        "the regimes the policy is written for",
    );
    c.field(
        "metadata",
        "policy",
        "notice at collection",
        opt(o.notice_at_collection.as_ref().map(|u| &u.value)),
        opt(n.notice_at_collection.as_ref().map(|u| &u.value)),
        e,
        "where the separate CCPA notice at collection is",
    );
}

fn contacts(c: &mut Collector<'_>, old: &Policy, new: &Policy) {
    // Representatives and regional controllers are matched by the region they serve.
    let reps = |p: &Policy| -> Vec<(String, Option<Party>)> {
        let regional = p.regional_controllers.iter().map(|r| ("controller", r));
        let reps = p.representatives.iter().map(|r| ("representative", r));
        regional
            .chain(reps)
            .map(|(what, r)| {
                let key = r.scope.key();
                let role = if key.is_empty() {
                    what.to_string()
                } else {
                    format!("{what} for {}", key.join(", "))
                };
                (role, Some(r.clone()))
            })
            .collect()
    };
    let (old_reps, new_reps) = (reps(old), reps(new));
    let mut pairs: Vec<(String, Option<Party>, Option<Party>)> = vec![
        (
            "controller".into(),
            old.controller.clone(),
            new.controller.clone(),
        ),
        ("dpo".into(), old.dpo.clone(), new.dpo.clone()),
    ];
    for (role, o) in &old_reps {
        let n = new_reps
            .iter()
            .find(|(r, _)| r == role)
            .and_then(|(_, p)| p.clone());
        pairs.push((role.clone(), o.clone(), n));
    }
    for (role, n) in &new_reps {
        if !old_reps.iter().any(|(r, _)| r == role) {
            pairs.push((role.clone(), None, n.clone()));
        }
    }
    for (role, o, n) in &pairs {
        let role = role.as_str();
        let words = |p: &Option<Party>| -> Vec<(&'static str, String)> {
            let Some(p) = p else { return Vec::new() };
            vec![
                ("name", p.name.value.clone()),
                ("legal form", opt(p.legal_form.as_ref())),
                ("address", opt(p.address.as_ref().map(|a| &a.value))),
                ("email", opt(p.email.as_ref().map(|a| &a.value))),
                ("phone", opt(p.phone.as_ref())),
                ("website", opt(p.website.as_ref())),
                ("contact form", opt(p.contact_form.as_ref())),
                ("country", opt(p.country.as_ref().map(|a| &a.value))),
                (
                    "EU establishment",
                    opt(p.eu_establishment.as_ref().map(|a| &a.value)),
                ),
            ]
        };
        match (o, n) {
            (None, Some(p)) => c.push(
                "contacts",
                Kind::Added,
                role,
                None,
                None,
                Some(p.name.value.clone()),
                Class::Editorial,
                "a new contact",
            ),
            (Some(p), None) => c.push(
                "contacts",
                Kind::Removed,
                role,
                None,
                Some(p.name.value.clone()),
                None,
                Class::Editorial,
                "a contact is no longer given",
            ),
            _ => {
                for ((field, b), (_, a)) in words(o).into_iter().zip(words(n)) {
                    let class = if role == "controller" && field == "name" {
                        Class::Material
                    } else {
                        Class::Editorial
                    };
                    let reason = if class == Class::Material {
                        "a different organisation is responsible for the data"
                    } else {
                        "contact details"
                    };
                    c.field("contacts", role, field, b, a, class, reason);
                }
            }
        }
    }
}

fn data(c: &mut Collector<'_>, old: &Policy, new: &Policy) {
    let kept = c.membership(
        "data",
        matched(&old.data, &new.data),
        |d| d.label.clone(),
        Class::Material,
        [
            "a new category of personal data is collected",
            "a category is no longer collected",
            "the same category under a new id",
        ],
    );
    for (o, n) in kept {
        let id = &n.id.value;
        c.field(
            "data",
            id,
            "label",
            o.label.clone(),
            n.label.clone(),
            Class::Editorial,
            "the wording",
        );
        c.field(
            "data",
            id,
            "examples",
            o.examples.join(", "),
            n.examples.join(", "),
            Class::Editorial,
            "the examples given",
        );
        let sources = |d: &DataCategory| list(d.sources.iter().map(|s| s.value));
        let new_third_party = n.sources.iter().any(|s| s.value == Source::ThirdParty)
            && !o.sources.iter().any(|s| s.value == Source::ThirdParty);
        let (class, reason) = if new_third_party {
            (
                Class::Material,
                "the data now also comes from third parties",
            )
        } else {
            (Class::Editorial, "where the data comes from")
        };
        c.field("data", id, "source", sources(o), sources(n), class, reason);
        let subjects = |d: &DataCategory| list(d.subjects.iter().map(|x| x.value));
        let new_subject = n
            .subjects
            .iter()
            .any(|x| !o.subjects.iter().any(|y| y.value == x.value));
        let (class, reason) = if new_subject {
            (Class::Material, "the data now concerns other people too")
        } else {
            (Class::Editorial, "whose data it is")
        };
        c.field("data", id, "about", subjects(o), subjects(n), class, reason);
        let new_provider = n.providers.iter().any(|p| !o.providers.contains(p));
        let (class, reason) = if new_provider {
            (
                Class::Material,
                "the data now also comes from another named source (GDPR Art. 14(2)(f))",
            )
        } else {
            (Class::Editorial, "a named source is no longer listed")
        };
        c.field(
            "data",
            id,
            "provided by",
            o.providers.join("; "),
            n.providers.join("; "),
            class,
            reason,
        );
        let special = |d: &DataCategory| {
            let mut k: Vec<String> = d.special.iter().map(|s| s.value.to_string()).collect();
            k.sort();
            k.join(", ")
        };
        let added = |o: &[Spanned<Special>], n: &[Spanned<Special>]| {
            n.iter().any(|x| !o.iter().any(|y| y.value == x.value))
        };
        let (class, reason) = if added(&o.special, &n.special) {
            (Class::Material, "the category is now special-category data")
        } else {
            (Class::Editorial, "special-category status")
        };
        c.field("data", id, "special", special(o), special(n), class, reason);
        let sensitive = |d: &DataCategory| {
            let mut k: Vec<String> = d.sensitive.iter().map(|s| s.value.to_string()).collect();
            k.sort();
            k.join(", ")
        };
        let more = n
            .sensitive
            .iter()
            .any(|x| !o.sensitive.iter().any(|y| y.value == x.value));
        let (class, reason) = if more {
            (
                Class::Material,
                "the category is now sensitive personal information",
            )
        } else {
            (Class::Editorial, "sensitive status")
        };
        c.field(
            "data",
            id,
            "sensitive",
            sensitive(o),
            sensitive(n),
            class,
            reason,
        );
        let collector = |d: &DataCategory| opt(d.collected_by.as_ref().map(|s| &s.value));
        let (class, reason) = if o.collected_by.is_some() && n.collected_by.is_none() {
            (
                Class::Material,
                "the data is no longer said to be collected by a third party alone",
            )
        } else {
            (Class::Editorial, "who collects it")
        };
        c.field(
            "data",
            id,
            "collected by",
            collector(o),
            collector(n),
            class,
            reason,
        );
        c.field(
            "data",
            id,
            "ccpa categories",
            list(o.ccpa_categories.iter()),
            list(n.ccpa_categories.iter()),
            Class::Editorial,
            "the CCPA categories it is mapped to",
        );
        lifetime_change(
            c,
            "retention",
            id,
            o.retention.as_ref().map(|r| &r.value),
            n.retention.as_ref().map(|r| &r.value),
        );
    }
}

/// The one duration in a criterion, and the criterion with it blanked out.
fn duration_in(text: &str) -> Option<(Duration, String)> {
    match Duration::find_in(text).as_slice() {
        [(range, duration)] => Some((
            *duration,
            format!("{}N{}", &text[..range.start], &text[range.end..]),
        )),
        _ => None,
    }
}

/// How long a lifetime is, when it can be compared (`indefinitely` is longest).
fn length(l: &Lifetime) -> Option<u64> {
    match l {
        Lifetime::Session => Some(0),
        Lifetime::Period { duration, .. } => Some(duration.seconds()),
        Lifetime::Indefinite => Some(u64::MAX),
        Lifetime::Criterion { .. } => None,
    }
}

/// A retention or cookie lifetime that changed: material when longer, or when it cannot be compared.
/// Whether two lifetimes say the same by value: `2 years` and `24 months`
/// after the same event, or the same words.
fn same_length(a: &Lifetime, b: &Lifetime) -> bool {
    match (a, b) {
        (
            Lifetime::Period {
                duration: x,
                after: ax,
            },
            Lifetime::Period {
                duration: y,
                after: ay,
            },
        ) => x.seconds() == y.seconds() && ax == ay,
        _ => a == b,
    }
}

fn lifetime_change(
    c: &mut Collector<'_>,
    area: &'static str,
    subject: &str,
    o: Option<&Lifetime>,
    n: Option<&Lifetime>,
) {
    if o == n || matches!((o, n), (Some(a), Some(b)) if same_length(a, b)) {
        return;
    }
    let before = o.map(ToString::to_string);
    let after = n.map(ToString::to_string);
    let (class, reason) = match (o, n) {
        (Some(_), None) => (Class::Editorial, "the period is no longer stated"),
        (None, Some(_)) => (Class::Editorial, "a period is now stated"),
        (Some(a), Some(b)) => match (length(a), length(b)) {
            (Some(x), Some(y)) if y > x => (Class::Material, "kept longer"),
            (Some(x), Some(y)) if x == y => (Class::Material, "counted from a different event; review whether it is longer"),
            (Some(_), Some(_)) => (Class::Editorial, "kept shorter or as long"),
            _ => match (a, b) {
                (Lifetime::Criterion { text: x }, Lifetime::Criterion { text: y }) => match (duration_in(x), duration_in(y)) {
                    (Some((dx, rx)), Some((dy, ry))) if rx == ry && dy > dx => (Class::Material, "kept longer"),
                    (Some((_, rx)), Some((_, ry))) if rx == ry => (Class::Editorial, "kept shorter or as long"),
                    _ => (Class::Material, "the retention rule changed in a way that cannot be compared; review whether it is longer"),
                },
                _ => (Class::Material, "the retention rule changed in a way that cannot be compared; review whether it is longer"),
            },
        },
        (None, None) => return,
    };
    c.push(
        area,
        Kind::Changed,
        subject,
        Some(if area == "cookies" {
            "lifetime"
        } else {
            "retention"
        }),
        before,
        after,
        class,
        reason,
    );
}

/// The Art. 6 grounds a purpose rests on, through its basis declarations too.
fn grounds(p: &Policy, purpose: &Purpose) -> Vec<GroundClaim> {
    let mut out: Vec<GroundClaim> = purpose.grounds.iter().map(|g| g.value.clone()).collect();
    out.extend(
        purpose
            .bases
            .iter()
            .filter_map(|b| p.basis(&b.value))
            .map(|b| b.ground.value.clone()),
    );
    out
}

/// A ground in the words of the source (the page's words, with the article, are the renderer's).
fn ground_word(g: &GroundClaim) -> String {
    g.to_string()
}

fn purposes(c: &mut Collector<'_>, old: &Policy, new: &Policy) {
    let kept = c.membership(
        "purposes",
        matched(&old.purposes, &new.purposes),
        |p| p.label.clone(),
        Class::Material,
        [
            "data is used for a new purpose",
            "data is no longer used for this purpose",
            "the same purpose under a new id",
        ],
    );
    for (o, n) in kept {
        let id = &n.id.value;
        c.field(
            "purposes",
            id,
            "label",
            o.label.clone(),
            n.label.clone(),
            Class::Editorial,
            "the wording",
        );
        let uses = |p: &Purpose| p.uses.iter().map(|u| u.value.clone()).collect::<Vec<_>>();
        let old_uses = c.current(uses(o));
        let more = uses(n).iter().any(|u| !old_uses.contains(u));
        let (class, reason) = if more {
            (Class::Material, "the purpose uses more data")
        } else {
            (Class::Editorial, "the purpose uses less data")
        };
        c.field(
            "purposes",
            id,
            "data used",
            old_uses.join(", "),
            uses(n).join(", "),
            class,
            reason,
        );
        let (go, gn) = (grounds(old, o), grounds(new, n));
        let consent = GroundClaim::Article6(Ground::Consent);
        let moved = go.contains(&consent) != gn.contains(&consent);
        let (class, reason) = if moved {
            (
                Class::Material,
                "the legal basis changed to or from consent",
            )
        } else {
            (
                Class::Editorial,
                "the legal basis changed, not to or from consent",
            )
        };
        c.field(
            "purposes",
            id,
            "legal basis",
            list(go.iter().map(ground_word)),
            list(gn.iter().map(ground_word)),
            class,
            reason,
        );
        c.field(
            "purposes",
            id,
            "interest",
            opt(o.interest.as_ref().map(|i| &i.value)),
            opt(n.interest.as_ref().map(|i| &i.value)),
            Class::Editorial,
            "the legitimate interest in words",
        );
        // Alternatives and their conditions: when each basis applies. Shown in
        // full on both sides, and reported when either side has alternatives
        // or conditions (a plain change of basis is the field above).
        let conditional = |p: &Purpose| {
            p.alternatives.len() > 1
                || p.alternatives
                    .iter()
                    .any(|a| a.condition.is_some() || !a.scope.is_everywhere())
        };
        let alternatives = |p: &Purpose| -> String {
            p.alternatives
                .iter()
                .map(|a| {
                    let mut w: Vec<String> = a.bases.iter().map(|b| b.value.clone()).collect();
                    w.extend(a.grounds.iter().map(|g| ground_word(&g.value)));
                    let w = match &a.condition {
                        Some(cond) => format!("{} ({})", w.join(", "), cond.value),
                        None => w.join(", "),
                    };
                    match a.scope.key().as_slice() {
                        [] => w,
                        key => format!("{w} for {}", key.join(", ")),
                    }
                })
                .collect::<Vec<_>>()
                .join(" or ")
        };
        if conditional(o) || conditional(n) {
            c.field(
                "purposes",
                id,
                "alternative bases",
                alternatives(o),
                alternatives(n),
                Class::Material,
                "when each legal basis applies changed (GDPR Art. 13(1)(c))",
            );
        }
        // Starting to use every category is more data; listing the
        // categories instead is the "data used" field's to judge.
        let all = |p: &Purpose| {
            if p.uses_all {
                "all data".to_string()
            } else {
                String::new()
            }
        };
        let (class, reason) = if n.uses_all && !o.uses_all {
            (
                Class::Material,
                "the purpose now uses every category of data",
            )
        } else {
            (Class::Editorial, "the categories are now listed one by one")
        };
        c.field(
            "purposes",
            id,
            "uses all data",
            all(o),
            all(n),
            class,
            reason,
        );
    }
    let kept = c.membership(
        "legal bases",
        matched(&old.bases, &new.bases),
        |b| b.label.clone(),
        Class::Editorial,
        [
            "a legal basis is listed",
            "a legal basis is no longer listed",
            "the same basis under a new id",
        ],
    );
    for (o, n) in kept {
        let consent = GroundClaim::Article6(Ground::Consent);
        let moved = (o.ground.value == consent) != (n.ground.value == consent);
        let (class, reason) = if moved {
            (Class::Material, "the basis changed to or from consent")
        } else {
            (Class::Editorial, "the ground named")
        };
        c.field(
            "legal bases",
            &n.id.value,
            "ground",
            ground_word(&o.ground.value),
            ground_word(&n.ground.value),
            class,
            reason,
        );
        c.field(
            "legal bases",
            &n.id.value,
            "label",
            o.label.clone(),
            n.label.clone(),
            Class::Editorial,
            "the wording",
        );
        let covers = |b: &Basis| {
            list(
                b.covers_purposes
                    .iter()
                    .chain(b.covers.iter())
                    .map(|c| c.value.clone()),
            )
        };
        c.field(
            "legal bases",
            &n.id.value,
            "covers",
            covers(o),
            covers(n),
            Class::Material,
            "what the basis is said to cover changed (GDPR Art. 13(1)(c))",
        );
    }
}

fn recipients(c: &mut Collector<'_>, old: &Policy, new: &Policy) {
    let kept = c.membership(
        "recipients",
        matched(&old.recipients, &new.recipients),
        |r| r.label.clone(),
        Class::Material,
        [
            "personal data goes to a new recipient",
            "a recipient no longer receives data",
            "the same recipient under a new id",
        ],
    );
    for (o, n) in kept {
        let id = &n.id.value;
        c.field(
            "recipients",
            id,
            "label",
            o.label.clone(),
            n.label.clone(),
            Class::Editorial,
            "the wording",
        );
        c.field(
            "recipients",
            id,
            "role",
            opt(o.role.as_ref().map(|r| r.value)),
            opt(n.role.as_ref().map(|r| r.value)),
            Class::Editorial,
            "the recipient's role",
        );
        let locs = |r: &Recipient| {
            r.locations
                .iter()
                .map(|l| l.value.clone())
                .collect::<Vec<_>>()
        };
        let new_place = locs(n).iter().any(|l| !locs(o).contains(l));
        let (class, reason) = if new_place {
            (Class::Material, "data goes to a new destination")
        } else {
            (Class::Editorial, "fewer destinations")
        };
        c.field(
            "recipients",
            id,
            "location",
            locs(o).join(", "),
            locs(n).join(", "),
            class,
            reason,
        );
        let recv = |r: &Recipient| {
            r.receives
                .iter()
                .map(|l| l.value.clone())
                .collect::<Vec<_>>()
        };
        let old_recv = c.current(recv(o));
        let more = recv(n).iter().any(|l| !old_recv.contains(l));
        let (class, reason) = if more {
            (Class::Material, "the recipient receives more data")
        } else {
            (Class::Editorial, "the recipient receives less data")
        };
        c.field(
            "recipients",
            id,
            "data received",
            old_recv.join(", "),
            recv(n).join(", "),
            class,
            reason,
        );
        c.field(
            "recipients",
            id,
            "sold",
            opt(o.sold),
            opt(n.sold),
            Class::Material,
            "whether disclosing to them is a sale changed",
        );
        c.field(
            "recipients",
            id,
            "shared",
            opt(o.shared),
            opt(n.shared),
            Class::Material,
            "whether disclosing to them is sharing changed",
        );
        c.field(
            "recipients",
            id,
            "purpose",
            opt(o.purpose.as_ref()),
            opt(n.purpose.as_ref()),
            Class::Editorial,
            "the wording of why",
        );
    }
}

fn transfers(c: &mut Collector<'_>, old: &Policy, new: &Policy) {
    let dests = |t: &Transfer| {
        t.destinations
            .iter()
            .map(|d| d.value.clone())
            .collect::<Vec<_>>()
    };
    let kept = c.membership(
        "transfers",
        matched(&old.transfers, &new.transfers),
        |t| dests(t).join(", "),
        Class::Material,
        [
            "data is transferred to new destinations",
            "a transfer ends",
            "the same transfer under a new id",
        ],
    );
    for (o, n) in kept {
        let id = &n.id.value;
        let new_place = dests(n).iter().any(|d| !dests(o).contains(d));
        let (class, reason) = if new_place {
            (Class::Material, "a new transfer destination")
        } else {
            (Class::Editorial, "fewer destinations")
        };
        c.field(
            "transfers",
            id,
            "destinations",
            dests(o).join(", "),
            dests(n).join(", "),
            class,
            reason,
        );
        c.field(
            "transfers",
            id,
            "safeguard",
            {
                let mut k: Vec<String> = o.safeguards.iter().map(|s| s.value.to_string()).collect();
                k.sort();
                k.join(", ")
            },
            {
                let mut k: Vec<String> = n.safeguards.iter().map(|s| s.value.to_string()).collect();
                k.sort();
                k.join(", ")
            },
            Class::Editorial,
            "the safeguard named",
        );
        c.field(
            "transfers",
            id,
            "derogation",
            opt(o.derogation.as_ref().map(|s| s.value)),
            opt(n.derogation.as_ref().map(|s| s.value)),
            Class::Editorial,
            "the derogation named",
        );
        c.field(
            "transfers",
            id,
            "consent obtained by",
            list(o.consent_by.iter().map(|m| m.value)),
            list(n.consent_by.iter().map(|m| m.value)),
            Class::Material,
            "how consent to the transfer is obtained changed (GDPR Art. 49(1)(a) asks for explicit consent)",
        );
    }
}

/// General retention rules are a set: their order carries no meaning. Rules
/// found in both versions (by value) are unchanged; one removed and one added
/// are compared as a changed period; the rest are reported as removed or added.
fn retention(c: &mut Collector<'_>, old: &Policy, new: &Policy) {
    let mut removed: Vec<&Lifetime> = old.retention.iter().map(|r| &r.value).collect();
    let mut added: Vec<&Lifetime> = Vec::new();
    for n in new.retention.iter().map(|r| &r.value) {
        match removed.iter().position(|o| same_length(o, n)) {
            Some(i) => {
                removed.remove(i);
            }
            None => added.push(n),
        }
    }
    if let ([o], [n]) = (removed.as_slice(), added.as_slice()) {
        lifetime_change(c, "retention", "general rule", Some(o), Some(n));
        return;
    }
    for o in removed {
        lifetime_change(c, "retention", "general rule", Some(o), None);
    }
    for n in added {
        lifetime_change(c, "retention", "general rule", None, Some(n));
    }
}

fn rights(c: &mut Collector<'_>, old: &Policy, new: &Policy) {
    let kinds = |p: &Policy| -> Vec<RightKind> {
        p.rights
            .rights
            .iter()
            .flat_map(|r| r.kinds.iter().map(|k| k.value))
            .collect()
    };
    let (ko, kn) = (kinds(old), kinds(new));
    for k in ko.iter().filter(|k| !kn.contains(k)) {
        c.push(
            "rights",
            Kind::Removed,
            k.as_str(),
            None,
            Some(k.to_string()),
            None,
            Class::Material,
            "a right is no longer offered",
        );
    }
    for k in kn.iter().filter(|k| !ko.contains(k)) {
        c.push(
            "rights",
            Kind::Added,
            k.as_str(),
            None,
            None,
            Some(k.to_string()),
            Class::Editorial,
            "a right is now offered",
        );
    }
    for r in &new.rights.rights {
        let Some(first) = r.kinds.first() else {
            continue;
        };
        if let Some(o) = old
            .rights
            .rights
            .iter()
            .find(|o| o.kinds.same_facts(&r.kinds))
        {
            c.field(
                "rights",
                first.value.as_str(),
                "description",
                o.label.clone(),
                r.label.clone(),
                Class::Editorial,
                "the wording",
            );
        }
    }
    let via = |p: &Policy| list(p.rights.request_via.iter().map(|v| &v.value));
    c.field(
        "rights",
        "requests",
        "how to ask",
        via(old),
        via(new),
        Class::Editorial,
        "how to send a request",
    );
    // Response times are matched by the regions they apply to.
    let key = |t: &Scoped<Spanned<Duration>>| t.scope.key().join(", ");
    let mut keys: Vec<String> = old.rights.respond_within.iter().map(key).collect();
    for k in new.rights.respond_within.iter().map(key) {
        if !keys.contains(&k) {
            keys.push(k);
        }
    }
    for k in keys {
        let find = |p: &Policy| {
            p.rights
                .respond_within
                .iter()
                .find(|t| key(t) == k)
                .map(|t| t.value.value)
        };
        let (a, b) = (find(old), find(new));
        let slower = matches!((a, b), (Some(a), Some(b)) if b > a) || (a.is_some() && b.is_none());
        let (class, reason) = if slower {
            (
                Class::Material,
                "requests are answered more slowly, or no time is promised",
            )
        } else {
            (Class::Editorial, "the response time")
        };
        let field = if k.is_empty() {
            "response time".to_string()
        } else {
            format!("response time for {k}")
        };
        c.field("rights", "requests", &field, opt(a), opt(b), class, reason);
    }
}

fn children(c: &mut Collector<'_>, old: &Policy, new: &Policy) {
    let ages = |p: &Policy| {
        p.children
            .as_ref()
            .map(|ch| {
                list(ch.minimum_ages.iter().map(|a| {
                    let age = match &a.value.value {
                        Age::Years(y) => y.to_string(),
                        Age::Words(w) => w.clone(),
                    };
                    match a.scope.key().as_slice() {
                        [] => age,
                        key => format!("{age} for {}", key.join(", ")),
                    }
                }))
            })
            .unwrap_or_default()
    };
    c.field(
        "children",
        "children",
        "minimum age",
        ages(old),
        ages(new),
        Class::Editorial,
        "the minimum age stated",
    );
    let directed = |p: &Policy| p.children.as_ref().and_then(|ch| ch.directed);
    let (class, reason) = if directed(new) == Some(true) && directed(old) != Some(true) {
        (Class::Material, "the service is now directed at children")
    } else {
        (
            Class::Editorial,
            "whether the service is directed at children",
        )
    };
    c.field(
        "children",
        "children",
        "directed at children",
        opt(directed(old)),
        opt(directed(new)),
        class,
        reason,
    );
}

fn cookies(c: &mut Collector<'_>, old: &Policy, new: &Policy) {
    let notice = |p: &Policy| {
        opt(p
            .cookies
            .as_ref()
            .and_then(|k| k.notice.as_ref())
            .map(|u| &u.value))
    };
    c.field(
        "cookies",
        "cookies",
        "cookie notice",
        notice(old),
        notice(new),
        Class::Editorial,
        "where the fuller cookie notice is",
    );
    let rows = |p: &Policy| {
        p.cookies
            .as_ref()
            .map(|c| c.rows.clone())
            .unwrap_or_default()
    };
    let (ro, rn) = (rows(old), rows(new));
    let Matched {
        removed,
        added,
        kept,
        ..
    } = matched(&ro, &rn);
    for r in added {
        let declared_third = r.party.as_ref().map(|p| p.value == CookieParty::Third);
        let known_third =
            c.kb.lookup(&r.name.value)
                .and_then(|k| k.party)
                .map(|p| p == CookieParty::Third);
        let third = declared_third.or(known_third).unwrap_or(false);
        let (class, reason) = if third {
            (Class::Material, "a new third-party cookie")
        } else {
            (Class::Editorial, "a new first-party cookie")
        };
        c.push(
            "cookies",
            Kind::Added,
            &r.name.value,
            None,
            None,
            r.purpose.as_ref().map(|p| p.value.clone()),
            class,
            reason,
        );
    }
    for r in removed {
        c.push(
            "cookies",
            Kind::Removed,
            &r.name.value,
            None,
            r.purpose.as_ref().map(|p| p.value.clone()),
            None,
            Class::Editorial,
            "a cookie is no longer set",
        );
    }
    for (o, n) in kept {
        let id = &n.name.value;
        lifetime_change(
            c,
            "cookies",
            id,
            o.lifetime.as_ref().map(|l| &l.value),
            n.lifetime.as_ref().map(|l| &l.value),
        );
        c.field(
            "cookies",
            id,
            "purpose",
            opt(o.purpose.as_ref().map(|p| &p.value)),
            opt(n.purpose.as_ref().map(|p| &p.value)),
            Class::Editorial,
            "the wording of the purpose",
        );
        c.field(
            "cookies",
            id,
            "category",
            opt(o.category.as_ref().map(|p| p.value)),
            opt(n.category.as_ref().map(|p| p.value)),
            Class::Editorial,
            "the category declared",
        );
        c.field(
            "cookies",
            id,
            "provider",
            opt(o.provider.as_ref().map(|p| &p.value)),
            opt(n.provider.as_ref().map(|p| &p.value)),
            Class::Editorial,
            "the provider named",
        );
        let third = |r: &Cookie| {
            r.party
                .as_ref()
                .is_some_and(|p| p.value == CookieParty::Third)
        };
        let (class, reason) = if third(n) && !third(o) {
            (Class::Material, "the cookie is now set by a third party")
        } else {
            (Class::Editorial, "the party declared")
        };
        c.field(
            "cookies",
            id,
            "party",
            opt(o.party.as_ref().map(|p| p.value)),
            opt(n.party.as_ref().map(|p| p.value)),
            class,
            reason,
        );
    }
}

fn statements(c: &mut Collector<'_>, old: &Policy, new: &Policy) {
    let (o, n) = (&old.statements, &new.statements);
    // Each answer with the places it holds for, in a stable order.
    let per_place = |a: &Answers, text: &dyn Fn(&Stance) -> String| {
        let mut parts: Vec<String> = a
            .iter()
            .map(|s| {
                let key = s.scope.key();
                if key.is_empty() {
                    text(s)
                } else {
                    format!("{} for {}", text(s), key.join(", "))
                }
            })
            .collect();
        parts.sort();
        parts.join("; ")
    };
    let answer = |a: &Answers| per_place(a, &|s| (if s.answer { "yes" } else { "no" }).into());
    // Each answer changes what a person can expect: a flip is material
    // (GDPR Arts. 13-14, CalOPPA 22575(b)(5)-(6), CCPA 1798.120).
    for (field, so, sn, class) in [
        ("sells data", &o.sells_data, &n.sells_data, Class::Material),
        (
            "shares data",
            &o.shares_data,
            &n.shares_data,
            Class::Material,
        ),
        (
            "honors Do Not Track",
            &o.honors_do_not_track,
            &n.honors_do_not_track,
            Class::Material,
        ),
        ("honors GPC", &o.honors_gpc, &n.honors_gpc, Class::Material),
        (
            "third-party tracking",
            &o.third_party_tracking,
            &n.third_party_tracking,
            Class::Material,
        ),
        (
            "automated decisions",
            &o.automated_decisions,
            &n.automated_decisions,
            Class::Material,
        ),
        (
            "collects sensitive data",
            &o.collects_sensitive_data,
            &n.collects_sensitive_data,
            Class::Material,
        ),
        (
            "limits sensitive use",
            &o.limits_sensitive_use,
            &n.limits_sensitive_use,
            Class::Material,
        ),
    ] {
        let reason = if class == Class::Material {
            "sale or sharing of personal information changed"
        } else {
            "the answer given"
        };
        c.field(
            "statements",
            field,
            "answer",
            answer(so),
            answer(sn),
            class,
            reason,
        );
        let words = |a: &Answers| {
            per_place(a, &|s| {
                s.statement
                    .as_ref()
                    .map_or_else(String::new, |t| t.value.clone())
            })
        };
        c.field(
            "statements",
            field,
            "wording",
            words(so),
            words(sn),
            Class::Editorial,
            "the policy's words",
        );
    }
}

/// Trackers, security, change notice, and the facts of other areas that the
/// per-area comparisons above do not cover.
fn practices(c: &mut Collector<'_>, old: &Policy, new: &Policy) {
    let e = Class::Editorial;
    for t in new
        .trackers
        .iter()
        .filter(|t| !old.trackers.iter().any(|o| o.id.value == t.id.value))
    {
        c.push(
            "trackers",
            Kind::Added,
            &t.id.value,
            None,
            None,
            Some(t.label.clone()),
            Class::Material,
            "a new tracking technology",
        );
    }
    for t in old
        .trackers
        .iter()
        .filter(|t| !new.trackers.iter().any(|n| n.id.value == t.id.value))
    {
        c.push(
            "trackers",
            Kind::Removed,
            &t.id.value,
            None,
            Some(t.label.clone()),
            None,
            e,
            "a tracking technology is no longer used",
        );
    }
    for o in &old.trackers {
        if let Some(n) = new.trackers.iter().find(|n| n.id.value == o.id.value) {
            c.field(
                "trackers",
                &n.id.value,
                "provider",
                opt(o.provider.as_ref()),
                opt(n.provider.as_ref()),
                e,
                "the provider named",
            );
            c.field(
                "trackers",
                &n.id.value,
                "purpose",
                opt(o.purpose.as_ref()),
                opt(n.purpose.as_ref()),
                e,
                "the wording of the purpose",
            );
        }
    }
    c.field(
        "recipients",
        "recipients",
        "none",
        opt(Some(old.no_recipients)),
        opt(Some(new.no_recipients)),
        e,
        "whether the policy says nobody receives data",
    );
    for o in &old.recipients {
        if let Some(n) = new.recipient(&o.id.value) {
            let more = n.named.iter().any(|x| !o.named.contains(x));
            let (class, reason) = if more {
                (Class::Material, "a new party is named among the recipients")
            } else {
                (e, "fewer parties named")
            };
            c.field(
                "recipients",
                &n.id.value,
                "named",
                o.named.join(", "),
                n.named.join(", "),
                class,
                reason,
            );
        }
    }
    for o in &old.transfers {
        if let Some(n) = new.transfers.iter().find(|n| n.id.value == o.id.value) {
            let ids = |t: &Transfer| t.data.iter().map(|d| d.value.clone()).collect::<Vec<_>>();
            let old_ids = c.current(ids(o));
            let more = ids(n).iter().any(|d| !old_ids.contains(d));
            let (class, reason) = if more {
                (Class::Material, "more data is transferred")
            } else {
                (e, "less data is transferred")
            };
            c.field(
                "transfers",
                &n.id.value,
                "data",
                old_ids.join(", "),
                ids(n).join(", "),
                class,
                reason,
            );
        }
    }
    for o in &old.purposes {
        if let Some(n) = new.purpose(&o.id.value) {
            c.field(
                "purposes",
                &n.id.value,
                "condition",
                opt(o.condition.as_ref().map(|x| x.value)),
                opt(n.condition.as_ref().map(|x| x.value)),
                e,
                "the Art. 9(2) condition named",
            );
            let by = |p: &Purpose| list(p.consent_by.iter().map(|x| x.value));
            c.field(
                "purposes",
                &n.id.value,
                "consent by",
                by(o),
                by(n),
                e,
                "how consent is asked for",
            );
        }
    }
    for o in old.cookies.iter().flat_map(|t| t.rows.iter()) {
        if let Some(n) = new
            .cookies
            .iter()
            .flat_map(|t| t.rows.iter())
            .find(|n| n.name.value == o.name.value)
        {
            c.field(
                "cookies",
                &n.name.value,
                "domain",
                opt(o.domain.as_ref()),
                opt(n.domain.as_ref()),
                e,
                "the domain named",
            );
        }
    }
    let sec = |p: &Policy| -> [(&'static str, String); 3] {
        let s = p.security.as_ref();
        [
            (
                "measures",
                s.map(|s| s.measures.join(", ")).unwrap_or_default(),
            ),
            ("guarantee", opt(s.and_then(|s| s.guarantee))),
            (
                "breach notification",
                opt(s.and_then(|s| s.breach_notification.as_ref())),
            ),
        ]
    };
    for ((field, b), (_, a)) in sec(old).into_iter().zip(sec(new)) {
        c.field(
            "security",
            "security",
            field,
            b,
            a,
            e,
            "the security measures described",
        );
    }
    let changes = |p: &Policy| -> [(&'static str, String); 4] {
        let ch = p.changes.as_ref();
        [
            (
                "notify by",
                ch.map(|c| list(c.notify_by.iter())).unwrap_or_default(),
            ),
            (
                "acceptance required",
                opt(ch.and_then(|c| c.acceptance_required)),
            ),
            (
                "continued use is consent",
                opt(ch.and_then(|c| c.continued_use_is_consent.as_ref().map(|v| v.value))),
            ),
            ("take effect", opt(ch.and_then(|c| c.take_effect.as_ref()))),
        ]
    };
    for ((field, b), (_, a)) in changes(old).into_iter().zip(changes(new)) {
        c.field(
            "changes",
            "changes",
            field,
            b,
            a,
            e,
            "how changes are made known",
        );
    }
}

fn prose(c: &mut Collector<'_>, old: &Policy, new: &Policy) {
    for s in &new.sections {
        match old.section(&s.id.value) {
            None => c.push(
                "prose",
                Kind::Added,
                &s.id.value,
                None,
                None,
                Some(s.title.clone()),
                Class::Editorial,
                "a new prose section",
            ),
            Some(o) => {
                c.field(
                    "prose",
                    &s.id.value,
                    "title",
                    o.title.clone(),
                    s.title.clone(),
                    Class::Editorial,
                    "the heading",
                );
                let (before, after) = (o.plain_text(old), s.plain_text(new));
                if before != after {
                    let diff = similar::TextDiff::from_words(before.as_str(), after.as_str());
                    let words = diff
                        .iter_all_changes()
                        .map(|ch| WordEdit {
                            op: match ch.tag() {
                                similar::ChangeTag::Equal => "equal",
                                similar::ChangeTag::Delete => "delete",
                                similar::ChangeTag::Insert => "insert",
                            },
                            text: ch.value().to_string(),
                        })
                        .collect();
                    c.changes.push(Change {
                        area: "prose",
                        kind: Kind::Changed,
                        subject: s.id.value.clone(),
                        field: Some("text".into()),
                        before: None,
                        after: None,
                        class: Class::Editorial,
                        reason: "the wording of the prose".into(),
                        words: Some(merge_words(words)),
                    });
                }
            }
        }
    }
    for o in old
        .sections
        .iter()
        .filter(|o| new.section(&o.id.value).is_none())
    {
        c.push(
            "prose",
            Kind::Removed,
            &o.id.value,
            None,
            Some(o.title.clone()),
            None,
            Class::Editorial,
            "a prose section is gone",
        );
    }
}

/// Joins consecutive edits of the same kind.
fn merge_words(words: Vec<WordEdit>) -> Vec<WordEdit> {
    let mut out: Vec<WordEdit> = Vec::new();
    for w in words {
        match out.last_mut() {
            Some(last) if last.op == w.op => last.text.push_str(&w.text),
            _ => out.push(w),
        }
    }
    out
}

//! The policy's own words, translated (issue 26): every piece of text the
//! writer wrote that a reader sees (labels, examples, conditions, the words
//! of answers, prose sections) is a *segment* with a stable id built from
//! the declared ids and keywords (`data.account.label`,
//! `purpose.ads.interest`, `section.welcome.body`).
//!
//! Translations live beside the policy, one gettext PO file per language
//! (`saas.policy` → `saas.de.po`), which translators open in their usual
//! tools (Poedit, Weblate, Lokalize …): `msgctxt` is the segment id,
//! `msgid` the English as it is now, `msgstr` the translation, and the
//! extracted comment `source-hash: …` the hash of the English the
//! translation was made from. `policyc i18n extract` writes and updates
//! these files; the rules `translation-missing` and `translation-stale`
//! report what is left to do. Facts (keywords, dates, ids) are never
//! segments: they stay language-neutral.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use super::Lang;
use crate::model::*;

/// One translatable piece of the policy.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Segment {
    /// Its stable id.
    pub id: String,
    /// The text as written in the source.
    pub text: String,
}

/// Calls `f` with every segment of the policy, in source order, with
/// mutable access to its text. Prose bodies are handed over as their
/// Markdown source; [`apply`] re-splits them around their placeholders.
fn visit(policy: &mut Policy, f: &mut dyn FnMut(String, &mut String)) {
    // Two segments with the same id (two cookie rows of one name) are told
    // apart by their order: `cookie.sid.purpose`, `cookie.sid.purpose#2`.
    let mut counts: HashMap<String, usize> = HashMap::new();
    let mut unique = |id: String, text: &mut String| {
        let n = counts.entry(id.clone()).or_insert(0);
        *n += 1;
        let id = if *n > 1 { format!("{id}#{n}") } else { id };
        f(id, text);
    };
    visit_all(policy, &mut unique);
}

fn visit_all(policy: &mut Policy, f: &mut dyn FnMut(String, &mut String)) {
    f("policy.title".into(), &mut policy.meta.title.value);
    for d in &mut policy.data {
        let id = format!("data.{}", d.id.value);
        f(format!("{id}.label"), &mut d.label);
        for (n, e) in d.examples.iter_mut().enumerate() {
            f(format!("{id}.example.{}", n + 1), e);
        }
        for (n, c) in d.collected.iter_mut().enumerate() {
            f(format!("{id}.collected.{}", n + 1), c);
        }
        for (n, p) in d.providers.iter_mut().enumerate() {
            f(format!("{id}.provider.{}", n + 1), p);
        }
        lifetimes(&id, &mut d.retention, f);
    }
    lifetimes("policy", &mut policy.retention, f);
    for b in &mut policy.bases {
        let id = format!("basis.{}", b.id.value);
        f(format!("{id}.label"), &mut b.label);
        if let Some(i) = &mut b.interest {
            f(format!("{id}.interest"), &mut i.value);
        }
    }
    for p in &mut policy.purposes {
        let id = format!("purpose.{}", p.id.value);
        f(format!("{id}.label"), &mut p.label);
        if let Some(i) = &mut p.interest {
            f(format!("{id}.interest"), &mut i.value);
        }
        for (n, i) in p.includes.iter_mut().enumerate() {
            f(format!("{id}.include.{}", n + 1), i);
        }
        for (n, a) in p.alternatives.iter_mut().enumerate() {
            if let Some(c) = &mut a.condition {
                f(
                    format!("{id}.alternative.{}.condition", n + 1),
                    &mut c.value,
                );
            }
        }
        lifetimes(&id, &mut p.retention, f);
    }
    for r in &mut policy.recipients {
        let id = format!("recipient.{}", r.id.value);
        f(format!("{id}.label"), &mut r.label);
        for (n, e) in r.examples.iter_mut().enumerate() {
            f(format!("{id}.example.{}", n + 1), e);
        }
        if let Some(p) = &mut r.purpose {
            f(format!("{id}.purpose"), p);
        }
        places(&id, "location", &mut r.locations, f);
        if let Some(s) = &mut r.sold_statement {
            f(format!("{id}.sold"), s);
        }
        if let Some(s) = &mut r.shared_statement {
            f(format!("{id}.shared"), s);
        }
    }
    for t in &mut policy.transfers {
        let id = format!("transfer.{}", t.id.value);
        f(format!("{id}.label"), &mut t.label);
        places(&id, "destination", &mut t.destinations, f);
        if let Some(s) = &mut t.statement {
            f(format!("{id}.statement"), s);
        }
        if let Some(c) = &mut t.copy {
            f(format!("{id}.copy"), c);
        }
        if let Some(o) = &mut t.on_your_instruction {
            f(format!("{id}.on-your-instruction"), &mut o.value);
        }
    }
    let mut seen: HashMap<String, usize> = HashMap::new();
    for r in &mut policy.rights.rights {
        let kinds: Vec<String> = r.kinds.iter().map(|k| k.value.to_string()).collect();
        let mut id = format!("right.{}", kinds.join("+"));
        if !r.scope.is_everywhere() {
            id = format!("{id}@{}", r.scope.written().replace(' ', ""));
        }
        let n = seen.entry(id.clone()).or_insert(0);
        *n += 1;
        if *n > 1 {
            id = format!("{id}.{n}");
        }
        f(format!("{id}.label"), &mut r.label);
        if let Some(p) = &mut r.procedure {
            f(format!("{id}.procedure"), p);
        }
    }
    for (n, v) in policy.rights.request_via.iter_mut().enumerate() {
        f(format!("rights.request-via.{}", n + 1), &mut v.value);
    }
    for (n, e) in policy.rights.extended_within.iter_mut().enumerate() {
        f(
            format!("rights.extended-within.{}.when", n + 1),
            &mut e.value.when,
        );
    }
    if let Some(s) = &mut policy.rights.identity_statement {
        f("rights.identity".into(), s);
    }
    let st = &mut policy.statements;
    for (kw, answers) in [
        ("honors-do-not-track", &mut st.honors_do_not_track),
        ("honors-gpc", &mut st.honors_gpc),
        ("third-party-tracking", &mut st.third_party_tracking),
        ("automated-decisions", &mut st.automated_decisions),
        ("sells-data", &mut st.sells_data),
        ("shares-data", &mut st.shares_data),
        ("collects-sensitive-data", &mut st.collects_sensitive_data),
        ("limits-sensitive-use", &mut st.limits_sensitive_use),
    ] {
        for (n, s) in answers.0.iter_mut().enumerate() {
            if let Some(words) = &mut s.statement {
                f(format!("statement.{kw}.{}", n + 1), &mut words.value);
            }
        }
    }
    if let Some(c) = &mut policy.children {
        for (n, a) in c.minimum_ages.iter_mut().enumerate() {
            if let Age::Words(w) = &mut a.value.value {
                f(format!("children.minimum-age.{}", n + 1), w);
            }
        }
        for (key, text) in [
            ("parental-consent", &mut c.parental_consent_statement),
            (
                "parental-consent-to-use",
                &mut c.parental_consent_to_use_statement,
            ),
            ("on-discovery", &mut c.on_discovery),
        ] {
            if let Some(t) = text {
                f(format!("children.{key}"), t);
            }
        }
    }
    for t in &mut policy.trackers {
        let id = format!("tracker.{}", t.id.value);
        f(format!("{id}.label"), &mut t.label);
        if let Some(p) = &mut t.purpose {
            f(format!("{id}.purpose"), p);
        }
    }
    if let Some(c) = &mut policy.cookies {
        for row in &mut c.rows {
            if let Some(p) = &mut row.purpose {
                f(format!("cookie.{}.purpose", row.name.value), &mut p.value);
            }
        }
    }
    if let Some(s) = &mut policy.security {
        for (n, m) in s.measures.iter_mut().enumerate() {
            f(format!("security.measure.{}", n + 1), m);
        }
        for (key, text) in [
            ("guarantee", &mut s.guarantee_statement),
            ("breach-notification", &mut s.breach_notification),
        ] {
            if let Some(t) = text {
                f(format!("security.{key}"), t);
            }
        }
    }
    if let Some(c) = &mut policy.changes {
        for (key, text) in [
            ("notify", &mut c.notify_statement),
            ("continued-use", &mut c.continued_use_statement),
            ("take-effect", &mut c.take_effect),
        ] {
            if let Some(t) = text {
                f(format!("changes.{key}"), t);
            }
        }
    }
    // Notes, by block, keyword and places: `rights.note.fee`,
    // `rights.note.fee@eea` (a note is stated once per set of places, so the
    // id does not move when notes are reordered or added).
    for (block, list) in policy.notes_mut() {
        for n in list.iter_mut() {
            let mut id = format!("{block}.note.{}", n.keyword);
            if !n.scope.is_everywhere() {
                id = format!("{id}@{}", n.scope.written().replace(' ', ""));
            }
            for (i, w) in n.words.iter_mut().enumerate() {
                let id = if i == 0 {
                    id.clone()
                } else {
                    format!("{id}.{}", i + 1)
                };
                f(id, &mut w.value);
            }
        }
    }
    for s in &mut policy.sections {
        let id = format!("section.{}", s.id.value);
        f(format!("{id}.title"), &mut s.title);
        let before = s.source.value.clone();
        f(format!("{id}.body"), &mut s.source.value);
        if s.source.value != before {
            s.body = resegment(&before, &s.body, &s.source.value);
        }
    }
}

/// Places written out ("the European Union"); a country code (`us`) is a
/// fact, which the page's language names itself.
fn places(
    id: &str,
    what: &str,
    list: &mut [Spanned<String>],
    f: &mut dyn FnMut(String, &mut String),
) {
    for (n, p) in list.iter_mut().enumerate() {
        let code = p.value.len() == 2 && p.value.bytes().all(|b| b.is_ascii_alphabetic());
        if !code {
            f(format!("{id}.{what}.{}", n + 1), &mut p.value);
        }
    }
}

/// The criteria among retention rules ("until you close your account").
fn lifetimes(
    id: &str,
    rules: &mut [Scoped<Spanned<Lifetime>>],
    f: &mut dyn FnMut(String, &mut String),
) {
    for (n, r) in rules.iter_mut().enumerate() {
        if let Lifetime::Criterion { text } = &mut r.value.value {
            f(format!("{id}.retention.{}", n + 1), text);
        }
    }
}

/// The body of a translated prose section: its text as translated, its
/// placeholders the facts the same placeholders named in the source. A
/// placeholder the source does not have stays as written.
fn resegment(
    source: &str,
    body: &[crate::model::Segment],
    translated: &str,
) -> Vec<crate::model::Segment> {
    use crate::model::Segment as S;
    let facts: Vec<&crate::model::FactRef> = body
        .iter()
        .filter_map(|s| match s {
            S::Fact(f) => Some(f),
            S::Text(_) => None,
        })
        .collect();
    let mut known: HashMap<String, crate::model::FactRef> = HashMap::new();
    for (inner, fact) in placeholders(source).into_iter().zip(facts) {
        known.insert(inner, fact.clone());
    }
    let mut out = Vec::new();
    let mut plain = String::new();
    let mut rest = translated;
    while let Some(open) = rest.find("{{") {
        let after = &rest[open + 2..];
        let Some(close) = after.find("}}") else {
            break;
        };
        plain.push_str(&rest[..open]);
        match known.get(after[..close].trim()) {
            Some(fact) => {
                if !plain.is_empty() {
                    out.push(S::Text(std::mem::take(&mut plain)));
                }
                out.push(S::Fact(fact.clone()));
            }
            None => plain.push_str(&rest[open..open + close + 4]),
        }
        rest = &after[close + 2..];
    }
    plain.push_str(rest);
    if !plain.is_empty() {
        out.push(S::Text(plain));
    }
    out
}

/// The inner words of every `{{ … }}` in a text, in order.
fn placeholders(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut rest = text;
    while let Some(open) = rest.find("{{") {
        let after = &rest[open + 2..];
        let Some(close) = after.find("}}") else {
            break;
        };
        out.push(after[..close].trim().to_string());
        rest = &after[close + 2..];
    }
    out
}

/// Every segment of the policy, in source order.
pub fn segments(policy: &Policy) -> Vec<Segment> {
    let mut copy = policy.clone();
    let mut out = Vec::new();
    visit(&mut copy, &mut |id, text| {
        if !text.trim().is_empty() {
            out.push(Segment {
                id,
                text: text.clone(),
            });
        }
    });
    out
}

/// The hash of a segment's English, as kept beside its translation: FNV-1a
/// (64 bits) in hex. Stable across versions and platforms; not a security measure.
pub fn hash(text: &str) -> String {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in text.as_bytes() {
        h ^= u64::from(*b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    format!("{h:016x}")
}

/// The translation file of a policy for a language: `saas.policy` → `saas.de.po`.
pub fn po_path(policy_path: &Path, lang: Lang) -> PathBuf {
    let stem = policy_path
        .file_stem()
        .map_or_else(|| "policy".into(), |s| s.to_string_lossy().into_owned());
    policy_path.with_file_name(format!("{stem}.{}.po", lang.tag()))
}

/// One entry of a translation file.
#[derive(Clone, Debug, Default)]
pub struct Entry {
    /// The English the file holds (`msgid`).
    pub english: String,
    /// The translation (`msgstr`), empty when not translated.
    pub translation: String,
    /// The hash of the English the translation was made from.
    pub source_hash: Option<String>,
    /// Marked fuzzy (needs review).
    pub fuzzy: bool,
    /// The translator's own comments (`# …`), kept by `extract`.
    pub comments: String,
}

/// A language's translations of one policy, by segment id.
#[derive(Clone, Debug, Default)]
pub struct Translations {
    /// The entries.
    pub entries: HashMap<String, Entry>,
}

/// Where a segment's translation stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Status {
    /// No translation.
    Missing,
    /// Translated from English that has changed since.
    Stale,
    /// Translated from this English.
    Current,
}

impl Translations {
    /// Reads a PO file; `Ok(None)` when there is none.
    pub fn load(path: &Path) -> Result<Option<Translations>, String> {
        if !path.exists() {
            return Ok(None);
        }
        let catalog = polib::po_file::parse(path).map_err(|e| e.to_string())?;
        let mut entries = HashMap::new();
        for m in catalog.messages() {
            let Some(id) = m.msgctxt() else { continue };
            let source_hash = m
                .extracted_comments()
                .lines()
                .find_map(|l| l.trim().strip_prefix("source-hash:"))
                .map(|h| h.trim().to_string());
            entries.insert(
                id.to_string(),
                Entry {
                    english: m.msgid().to_string(),
                    translation: m.msgstr().unwrap_or("").to_string(),
                    source_hash,
                    fuzzy: m.is_fuzzy(),
                    comments: m.translator_comments().to_string(),
                },
            );
        }
        Ok(Some(Translations { entries }))
    }

    /// Where the translation of a segment stands.
    pub fn status(&self, segment: &Segment) -> Status {
        match self.entries.get(&segment.id) {
            None => Status::Missing,
            Some(e) if e.translation.trim().is_empty() => Status::Missing,
            Some(e) if e.source_hash.as_deref() != Some(hash(&segment.text).as_str()) => {
                Status::Stale
            }
            Some(_) => Status::Current,
        }
    }
}

/// The policy with every segment whose translation is current replaced by
/// it; a missing or stale one keeps its English (a stale translation may no
/// longer say what the English says).
pub fn apply(policy: &Policy, translations: &Translations) -> Policy {
    let mut out = policy.clone();
    visit(&mut out, &mut |id, text| {
        let segment = Segment {
            id: id.clone(),
            text: text.clone(),
        };
        if translations.status(&segment) == Status::Current {
            if let Some(e) = translations.entries.get(&id) {
                *text = e.translation.clone();
            }
        }
    });
    out
}

/// What `policyc i18n extract` did to one file.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Extracted {
    /// Segments new to the file.
    pub added: usize,
    /// Segments whose English changed: the entry is marked fuzzy.
    pub changed: usize,
    /// Entries of segments the policy no longer has, removed.
    pub removed: usize,
    /// Translations reviewed since the English changed (no longer fuzzy):
    /// their hash now follows the English.
    pub confirmed: usize,
}

/// Writes or updates a policy's translation file for `lang`: every segment
/// in source order; a new one untranslated; one whose English changed gets
/// the new English and is marked fuzzy, keeping its translation and the
/// hash of the English it was made from; a translation no longer fuzzy
/// (reviewed in the translator's tool) takes the hash of the English it now
/// stands beside.
pub fn extract(policy: &Policy, path: &Path, lang: Lang) -> Result<Extracted, String> {
    use polib::message::{Message, MessageFlags};
    let old = Translations::load(path)?.unwrap_or_default();
    let segments = segments(policy);
    let mut report = Extracted::default();
    // The header the translator's tool keeps (Last-Translator, Language-Team,
    // PO-Revision-Date) stays; policyc sets only what it owns.
    let mut metadata = if path.exists() {
        polib::po_file::parse(path)
            .map_err(|e| e.to_string())?
            .metadata
    } else {
        polib::metadata::CatalogMetadata::new()
    };
    metadata.project_id_version = policy.meta.title.value.clone();
    metadata.language = lang.tag().to_string();
    metadata.mime_version = "1.0".into();
    metadata.content_type = "text/plain; charset=UTF-8".into();
    metadata.content_transfer_encoding = "8bit".into();
    // The language's plural forms, as gettext writes them (French counts 0 as singular).
    metadata.plural_rules.nplurals = 2;
    metadata.plural_rules.expr = if lang == Lang::Fr {
        "(n > 1)"
    } else {
        "(n != 1)"
    }
    .into();
    let mut catalog = polib::catalog::Catalog::new(metadata);
    for s in &segments {
        let now = hash(&s.text);
        let mut flags = MessageFlags::new();
        let comments = old
            .entries
            .get(&s.id)
            .map(|e| e.comments.clone())
            .unwrap_or_default();
        let (translation, source_hash) = match old.entries.get(&s.id) {
            None => {
                report.added += 1;
                (String::new(), now.clone())
            }
            Some(e) if e.english != s.text => {
                report.changed += 1;
                if !e.translation.is_empty() {
                    flags.add_flag("fuzzy");
                }
                let kept = e.source_hash.clone().unwrap_or_else(|| hash(&e.english));
                (e.translation.clone(), kept)
            }
            Some(e) => {
                if e.fuzzy && !e.translation.is_empty() {
                    flags.add_flag("fuzzy");
                }
                let stands = e.source_hash.clone().unwrap_or_else(|| now.clone());
                let h = if !e.fuzzy && !e.translation.is_empty() && stands != now {
                    report.confirmed += 1;
                    now.clone()
                } else if e.translation.is_empty() {
                    now.clone()
                } else {
                    stands
                };
                (e.translation.clone(), h)
            }
        };
        let message: Message = Message::build_singular()
            .with_msgctxt(s.id.clone())
            .with_msgid(s.text.clone())
            .with_msgstr(translation)
            .with_translator_comments(comments)
            .with_extracted_comments(format!("source-hash: {source_hash}"))
            .with_flags(flags)
            .done();
        catalog.append_or_update(message);
    }
    report.removed = old
        .entries
        .keys()
        .filter(|id| !segments.iter().any(|s| &s.id == *id))
        .count();
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir).map_err(|e| e.to_string())?;
    }
    polib::po_file::write_to_file(&catalog, path).map_err(|e| e.to_string())?;
    Ok(report)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_hash_is_fnv1a() {
        assert_eq!(hash(""), "cbf29ce484222325");
        assert_eq!(hash("a"), "af63dc4c8601ec8c");
        assert_ne!(hash("Account details"), hash("Account details."));
    }

    #[test]
    fn a_translated_prose_body_keeps_its_facts() {
        use crate::model::{FactRef, Segment as S};
        let body = vec![
            S::Text("We are ".into()),
            S::Fact(FactRef::PolicyTitle),
            S::Text(".".into()),
        ];
        let out = resegment(
            "We are {{ policy.title }}.",
            &body,
            "Wir sind {{policy.title}}. {{ x }}",
        );
        assert_eq!(
            out,
            vec![
                S::Text("Wir sind ".into()),
                S::Fact(FactRef::PolicyTitle),
                S::Text(". {{ x }}".into()),
            ]
        );
    }
}

/// The translation files beside a policy, one per language that has one or
/// that the policy lists in `translations` (an empty set of translations
/// when its file is not written yet), never the policy's own language; each
/// read, or its read error.
pub fn beside(policy: &Policy) -> Vec<(Lang, PathBuf, Result<Translations, String>)> {
    let path = Path::new(&policy.file.name);
    let own = policy
        .meta
        .language
        .as_deref()
        .and_then(Lang::parse)
        .unwrap_or(Lang::En);
    Lang::ALL
        .iter()
        .filter(|l| **l != own)
        .filter_map(|l| {
            let po = po_path(path, *l);
            let listed = policy
                .meta
                .translations
                .iter()
                .any(|t| Lang::parse(&t.value) == Some(*l));
            match Translations::load(&po) {
                Ok(None) if listed => Some((*l, po, Ok(Translations::default()))),
                Ok(None) => None,
                Ok(Some(t)) => Some((*l, po, Ok(t))),
                Err(e) => Some((*l, po, Err(e))),
            }
        })
        .collect()
}

/// Where a segment's text is in the policy's source: its first line, found
/// as written (the title's span when it cannot be found, as with escapes).
pub fn span_of(policy: &Policy, segment: &Segment) -> crate::diag::Span {
    let first = segment
        .text
        .lines()
        .find(|l| !l.trim().is_empty())
        .unwrap_or("");
    let first = first.trim();
    match policy.file.text.find(first).filter(|_| !first.is_empty()) {
        Some(at) => crate::diag::Span::new(at, at + first.len()),
        None => policy.meta.title.span,
    }
}

#[cfg(test)]
mod po_tests {
    use super::*;

    #[test]
    fn a_po_file_is_read_with_its_hashes() {
        let dir = std::env::temp_dir().join(format!("policyc-po-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join("t.de.po");
        std::fs::write(
            &path,
            "msgid \"\"\nmsgstr \"\"\n\"Language: de\\n\"\n\n#. source-hash: ab07cf2bfae8483f\nmsgctxt \"policy.title\"\nmsgid \"Privacy Policy\"\nmsgstr \"Datenschutzerklärung\"\n",
        )
        .unwrap();
        let t = Translations::load(&path).unwrap().unwrap();
        let _ = std::fs::remove_dir_all(&dir);
        let e = &t.entries["policy.title"];
        assert_eq!(e.translation, "Datenschutzerklärung");
        assert_eq!(e.source_hash.as_deref(), Some("ab07cf2bfae8483f"));
    }
}

#[cfg(test)]
mod id_tests {
    use super::*;

    #[test]
    fn segment_ids_are_unique_and_follow_declared_ids() {
        let text = "policy \"P\" {\n  updated 2026-11-01\n}\n\ndata account \"Account\" {\n  source person\n  examples \"name\", \"e-mail\"\n}\n\ncookies {\n  | name | provider | party | category | lifetime | purpose |\n  | sid | Us | first | necessary | session | Keeps you signed in |\n  | sid | Us | first | necessary | session | Balances load |\n}\n";
        let compiled = crate::compile_str("p.policy", text);
        assert!(compiled.errors.is_empty(), "{:?}", compiled.errors);
        let policy = compiled.policy.unwrap();
        let ids: Vec<String> = segments(&policy).into_iter().map(|s| s.id).collect();
        assert_eq!(
            ids,
            [
                "policy.title",
                "data.account.label",
                "data.account.example.1",
                "data.account.example.2",
                "cookie.sid.purpose",
                "cookie.sid.purpose#2"
            ]
        );
    }
}

#[cfg(test)]
mod bad_po_tests {
    use super::*;

    /// A broken translation file is an error to report, never a panic.
    #[test]
    fn broken_po_files_are_errors_not_panics() {
        let dir = std::env::temp_dir().join(format!("policyc-bad-po-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let header = "msgid \"\"\nmsgstr \"\"\n\"Language: de\\n\"\n\n";
        let cases = [
            "",
            "garbage\n",
            "msgid \"unterminated\n",
            "msgid \"\"\nmsgstr \"\"\n",
            &format!("{header}msgctxt \"a\"\nmsgid \"x\"\nmsgstr[0] \"y\"\n"),
            &format!("{header}msgctxt \"a\"\nmsgid \"x\"\n"),
            &format!("{header}msgctxt \"a\"\nmsgid \"x\"\nmsgstr \"\\q\"\n"),
            &format!("{header}#, fuzzy\n#. source-hash:\nmsgid \"x\"\nmsgstr \"y\"\n"),
            &format!("{header}msgctxt \"a\"\nmsgid \"x\"\nmsgid_plural \"xs\"\nmsgstr[0] \"y\"\nmsgstr[1] \"ys\"\n"),
            "\u{feff}msgid \"\"\nmsgstr \"\"\n",
            "msgid \"\"\nmsgstr \"\"\n\"Plural-Forms: nplurals=x; plural=;\\n\"\n",
        ];
        for (n, text) in cases.iter().enumerate() {
            let path = dir.join(format!("p{n}.de.po"));
            std::fs::write(&path, text).unwrap();
            // Either way is fine; what matters is that it returns.
            let _ = Translations::load(&path);
        }
        let _ = std::fs::remove_dir_all(&dir);
    }
}

#[cfg(test)]
mod place_tests {
    use super::*;

    #[test]
    fn written_places_are_segments_and_country_codes_are_not() {
        let text = "policy \"P\" {\n  updated 2026-11-01\n}\n\ndata d \"D\" {\n  source person\n}\n\nrecipient host \"Hosting\" {\n  receives d\n  location us, \"the European Union\"\n}\n";
        let compiled = crate::compile_str("p.policy", text);
        assert!(compiled.errors.is_empty(), "{:?}", compiled.errors);
        let ids: Vec<String> = segments(&compiled.policy.unwrap())
            .into_iter()
            .map(|s| s.id)
            .collect();
        assert!(
            ids.contains(&"recipient.host.location.2".to_string()),
            "{ids:?}"
        );
        assert!(
            !ids.contains(&"recipient.host.location.1".to_string()),
            "{ids:?}"
        );
    }
}

//! The policy in its reader's language (issue 26): the words the page
//! generates come from one Fluent message file per language,
//! `i18n/<lang>/policy.ftl`, embedded in the binary.
//!
//! Messages for developers (diagnostics, `policyc diff`, the CLI) stay in
//! English and never come from here.
//!
//! The page's wording ([`crate::render::wording`]) asks for messages in the
//! language of the page being built: [`with_language`] sets it for the
//! current thread while the view is built (so the wording functions keep
//! their signatures and English stays the default everywhere else, for
//! example in the JSON output and the checker). The templates ask through
//! their `t(id, …)` function, which reads the page's `language`.

use std::cell::Cell;
use std::sync::OnceLock;

pub mod segments;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};

/// A language policyc writes pages in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Lang {
    /// English.
    En,
    /// German.
    De,
    /// French.
    Fr,
    /// Spanish.
    Es,
    /// Italian.
    It,
    /// Dutch.
    Nl,
    /// Portuguese.
    Pt,
}

impl Lang {
    /// Every supported language, English first.
    pub const ALL: &'static [Lang] = &[
        Lang::En,
        Lang::De,
        Lang::Fr,
        Lang::Es,
        Lang::It,
        Lang::Nl,
        Lang::Pt,
    ];

    /// The primary language subtag (`de`).
    pub fn tag(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::De => "de",
            Lang::Fr => "fr",
            Lang::Es => "es",
            Lang::It => "it",
            Lang::Nl => "nl",
            Lang::Pt => "pt",
        }
    }

    /// Reads a language tag by its primary subtag: `de`, `de-AT`, `pt_BR`
    /// (case does not matter). `None` for a language without messages.
    pub fn parse(tag: &str) -> Option<Lang> {
        let primary = tag.split(['-', '_']).next().unwrap_or(tag);
        Lang::ALL
            .iter()
            .copied()
            .find(|l| l.tag().eq_ignore_ascii_case(primary))
    }

    /// The supported tags in words, for a hint: "en, de, fr, es, it, nl, pt".
    pub fn supported_list() -> String {
        Lang::ALL
            .iter()
            .map(|l| l.tag())
            .collect::<Vec<_>>()
            .join(", ")
    }

    /// The message file's text.
    pub fn source(self) -> &'static str {
        match self {
            Lang::En => include_str!("../../i18n/en/policy.ftl"),
            Lang::De => include_str!("../../i18n/de/policy.ftl"),
            Lang::Fr => include_str!("../../i18n/fr/policy.ftl"),
            Lang::Es => include_str!("../../i18n/es/policy.ftl"),
            Lang::It => include_str!("../../i18n/it/policy.ftl"),
            Lang::Nl => include_str!("../../i18n/nl/policy.ftl"),
            Lang::Pt => include_str!("../../i18n/pt/policy.ftl"),
        }
    }

    fn index(self) -> usize {
        Lang::ALL.iter().position(|l| *l == self).unwrap_or(0)
    }
}

type Bundle = FluentBundle<FluentResource>;

/// The bundle of one language, built on first use: a page in one language
/// parses that language's file (and English's, for a message it lacks),
/// not all seven (issue 27: parsing them was 7 % of a Calsoft build).
fn bundle_of(lang: Lang) -> &'static Bundle {
    static BUNDLES: [OnceLock<Bundle>; Lang::ALL.len()] =
        [const { OnceLock::new() }; Lang::ALL.len()];
    BUNDLES[lang.index()].get_or_init(|| bundle(lang))
}

fn bundle(lang: Lang) -> Bundle {
    // A file with a syntax error still gives the messages it could read;
    // a test (`every_file_parses`) keeps the embedded files free of errors.
    let resource = FluentResource::try_new(lang.source().to_string()).unwrap_or_else(|(r, _)| r);
    let id: unic_langid::LanguageIdentifier = lang
        .tag()
        .parse()
        .unwrap_or_else(|_| unic_langid::LanguageIdentifier::default());
    let mut bundle = FluentBundle::new_concurrent(vec![id]);
    // No Unicode isolation marks around arguments: the page is plain text or HTML.
    bundle.set_use_isolating(false);
    // Ids are unique in each file (tested); a duplicate would keep the first.
    let _ = bundle.add_resource(resource);
    bundle
}

thread_local! {
    static CURRENT: Cell<Lang> = const { Cell::new(Lang::En) };
}

/// Runs `f` with `lang` as the language of the page's words on this thread.
pub fn with_language<R>(lang: Lang, f: impl FnOnce() -> R) -> R {
    struct Restore(Lang);
    impl Drop for Restore {
        fn drop(&mut self) {
            CURRENT.with(|c| c.set(self.0));
        }
    }
    let _restore = Restore(CURRENT.with(|c| c.replace(lang)));
    f()
}

/// The language of the page being built on this thread (English outside one).
pub fn current() -> Lang {
    CURRENT.with(Cell::get)
}

/// An argument of a message.
#[derive(Clone, Debug)]
pub enum Arg<'a> {
    /// Words, put in as they are.
    Text(std::borrow::Cow<'a, str>),
    /// A number, which also selects plural forms.
    Number(u64),
}

impl<'a> From<&'a str> for Arg<'a> {
    fn from(s: &'a str) -> Self {
        Arg::Text(s.into())
    }
}

impl From<String> for Arg<'_> {
    fn from(s: String) -> Self {
        Arg::Text(s.into())
    }
}

impl<'a> From<&'a String> for Arg<'a> {
    fn from(s: &'a String) -> Self {
        Arg::Text(s.as_str().into())
    }
}

impl From<u64> for Arg<'_> {
    fn from(n: u64) -> Self {
        Arg::Number(n)
    }
}

/// The message `id` in `lang`, with arguments. A message the language's
/// file lacks falls back to English (a test keeps every file complete),
/// and an unknown id comes out as itself.
pub fn message_in(lang: Lang, id: &str, args: &[(&str, Arg)]) -> String {
    let mut fargs = FluentArgs::new();
    for (name, value) in args {
        match value {
            Arg::Text(s) => fargs.set(*name, FluentValue::from(s.to_string())),
            Arg::Number(n) => fargs.set(*name, FluentValue::from(*n)),
        }
    }
    let fargs = (!args.is_empty()).then_some(&fargs);
    for l in [lang, Lang::En] {
        let bundle = bundle_of(l);
        if let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) {
            let mut errors = Vec::new();
            return bundle
                .format_pattern(pattern, fargs, &mut errors)
                .into_owned();
        }
    }
    id.to_string()
}

/// The message `id` in the current language, without arguments.
pub fn t(id: &str) -> String {
    message_in(current(), id, &[])
}

/// The message `id` in the current language, with arguments.
pub fn ta(id: &str, args: &[(&str, Arg)]) -> String {
    message_in(current(), id, args)
}

/// Whether the language's file has the message (the keyword tables use it
/// to fall back to a keyword's English words).
pub fn has(lang: Lang, id: &str) -> bool {
    bundle_of(lang).has_message(id)
}

/// The ids of every message in a language's file, in file order.
pub fn ids(lang: Lang) -> Vec<String> {
    let resource = FluentResource::try_new(lang.source().to_string()).unwrap_or_else(|(r, _)| r);
    resource
        .entries()
        .filter_map(|e| match e {
            fluent_syntax::ast::Entry::Message(m) => Some(m.id.name.to_string()),
            _ => None,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_file_parses() {
        for l in Lang::ALL {
            if let Err((_, errors)) = FluentResource::try_new(l.source().to_string()) {
                panic!("i18n/{}/policy.ftl: {errors:?}", l.tag());
            }
        }
    }

    #[test]
    fn every_language_has_every_english_message_and_no_other() {
        let english = ids(Lang::En);
        for l in &Lang::ALL[1..] {
            let theirs = ids(*l);
            let missing: Vec<&String> = english.iter().filter(|i| !theirs.contains(i)).collect();
            let extra: Vec<&String> = theirs.iter().filter(|i| !english.contains(i)).collect();
            assert!(missing.is_empty(), "{} lacks {missing:?}", l.tag());
            assert!(extra.is_empty(), "{} has unknown {extra:?}", l.tag());
            let mut sorted = theirs.clone();
            sorted.sort();
            sorted.dedup();
            assert_eq!(sorted.len(), theirs.len(), "{} repeats an id", l.tag());
        }
    }

    /// Every message the templates and the wording ask for exists: an
    /// unknown id would come out on the page as itself.
    #[test]
    fn every_message_asked_for_exists() {
        let english = ids(Lang::En);
        let templates = [
            include_str!("../../templates/policy.html"),
            include_str!("../../templates/policy.md"),
        ]
        .concat();
        let asked =
            regex::Regex::new(r#"t\("([a-z0-9-]+)"|stance\([a-z_]+, "([a-z-]+)", "([a-z-]+)"\)"#)
                .unwrap();
        let mut wanted: Vec<String> = Vec::new();
        for c in asked.captures_iter(&templates) {
            wanted.extend(c.iter().skip(1).flatten().map(|m| m.as_str().to_string()));
        }
        // `t("cookie-column-" ~ c)`: one per column of the cookie table.
        wanted.retain(|id| id != "cookie-column-");
        for column in [
            "name", "provider", "party", "category", "lifetime", "purpose", "domain",
        ] {
            wanted.push(format!("cookie-column-{column}"));
        }
        // A note's label, `note-BLOCK-KEYWORD`, for every note the schema declares.
        for b in crate::model::schema::blocks() {
            for st in b.statements().iter().filter(|st| st.note) {
                wanted.push(st.note_message(b.keyword()));
                // A question's sentence for each answer given without words.
                if matches!(st.shape, crate::model::schema::Shape::YesNo) {
                    wanted.push(st.answer_message(b.keyword(), true));
                    wanted.push(st.answer_message(b.keyword(), false));
                }
            }
        }
        assert!(wanted.iter().any(|w| w.starts_with("note-")));
        let literal = regex::Regex::new(r#""([a-z][a-z0-9]*(?:-[a-z0-9]+)+)""#).unwrap();
        let wording = include_str!("../render/wording.rs");
        wanted.extend(literal.captures_iter(wording).map(|c| c[1].to_string()));
        assert!(wanted.len() > 200, "{} ids found", wanted.len());
        let missing: Vec<&String> = wanted.iter().filter(|id| !english.contains(id)).collect();
        assert!(
            missing.is_empty(),
            "asked for but not in i18n/en/policy.ftl: {missing:?}"
        );
    }

    #[test]
    fn tags_are_read_by_their_primary_subtag() {
        assert_eq!(Lang::parse("de"), Some(Lang::De));
        assert_eq!(Lang::parse("de-AT"), Some(Lang::De));
        assert_eq!(Lang::parse("PT_br"), Some(Lang::Pt));
        assert_eq!(Lang::parse("sv"), None);
    }

    #[test]
    fn the_language_is_set_for_a_page_and_restored() {
        assert_eq!(current(), Lang::En);
        with_language(Lang::De, || assert_eq!(current(), Lang::De));
        assert_eq!(current(), Lang::En);
    }
}

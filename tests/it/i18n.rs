//! The policy in its reader's language (issue 26): generated words from the
//! message files in i18n/, an error for a language without them.

use policyc::i18n::Lang;
use policyc::render::{self, Templates};

use crate::util::*;

fn compile(path: &std::path::Path) -> policyc::model::Policy {
    let text = std::fs::read_to_string(path).unwrap();
    let compiled = policyc::compile_str(&path.display().to_string(), &text);
    assert!(compiled.errors.is_empty(), "{}", path.display());
    compiled.policy.expect("compiles")
}

fn examples() -> Vec<std::path::PathBuf> {
    let mut paths: Vec<_> = std::fs::read_dir(root().join("examples"))
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "policy"))
        .collect();
    paths.sort();
    paths
}

/// A compiled example, its `language` set to `lang`.
fn in_language(path: &std::path::Path, lang: Lang) -> policyc::model::Policy {
    let mut policy = compile(path);
    policy.meta.language = Some(lang.tag().to_string());
    policy
}

/// The literal words of every English message: the pieces of its text
/// between placeables that have two words or more (so that "Name" or
/// "Cookies", the same in several languages, do not count).
fn english_scaffolding(lang: Lang) -> Vec<String> {
    let english = Lang::En.source();
    let theirs = lang.source();
    let mut out = Vec::new();
    for line in english.lines() {
        let Some((id, text)) = line.split_once(" = ") else {
            continue;
        };
        if id.starts_with(['#', ' ']) || id.contains(' ') {
            continue;
        }
        // The same message in the other language: a piece it keeps (an
        // article number, a statute's name) is not English scaffolding.
        let translated = theirs
            .lines()
            .find_map(|l| l.strip_prefix(&format!("{id} = ")))
            .unwrap_or("");
        for piece in text.split(['{', '}']) {
            let piece = piece.trim().trim_matches(|c: char| c == ':' || c == '.');
            let piece = piece.trim();
            if piece.starts_with('$') || piece.split_whitespace().count() < 2 {
                continue;
            }
            if !translated.contains(piece) {
                out.push(piece.to_string());
            }
        }
    }
    out
}

/// The English messages of one word that `lang` words differently ("Purpose",
/// "Yes", "Contents"): too common to look for anywhere, so looked for
/// where the page puts a message of its own (a table head, a label).
fn english_single_words(lang: Lang) -> Vec<String> {
    let theirs = lang.source();
    Lang::En
        .source()
        .lines()
        .filter_map(|l| l.split_once(" = "))
        .filter(|(id, text)| !id.starts_with('#') && !text.contains(' ') && !text.contains('{'))
        .filter(|(id, text)| {
            theirs
                .lines()
                .find_map(|l| l.strip_prefix(&format!("{id} = ")))
                .is_some_and(|t| t != *text)
        })
        .map(|(_, text)| text.to_string())
        .collect()
}

/// The generated words of a page in `lang`: the page with the writer's own
/// words (every string of the policy's JSON) taken out.
fn generated_words(path: &std::path::Path, lang: Lang, format: &str) -> String {
    let templates = Templates::load(None).unwrap();
    let policy = in_language(path, lang);
    let mut own: Vec<String> = Vec::new();
    strings(
        &serde_json::from_str(&render::json(&policy)).unwrap(),
        &mut own,
    );
    // Longest first, so that a text is not cut by a shorter one inside it.
    own.sort_by_key(|t| std::cmp::Reverse(t.len()));
    let page = if format == "html" {
        render::html(&policy, &templates, false).unwrap()
    } else {
        render::markdown(&policy, &templates, false).unwrap()
    };
    let mut generated = page
        .replace("&#x27;", "'")
        .replace("&quot;", "\"")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&amp;", "&")
        .replace('\\', "");
    for text in &own {
        generated = generated.replace(text.as_str(), " ");
    }
    generated
}

#[test]
fn translated_pages_carry_no_english_scaffolding() {
    // The issue asks it of German, French and Spanish; the other files are held to it too.
    for lang in &Lang::ALL[1..] {
        let lang = *lang;
        let pieces = english_scaffolding(lang);
        assert!(pieces.len() > 100, "{} pieces only", pieces.len());
        for path in examples() {
            for format in ["html", "md"] {
                // The check can fail: the English page has the same pieces.
                let english = generated_words(&path, Lang::En, format);
                let found = pieces
                    .iter()
                    .filter(|p| english.contains(p.as_str()))
                    .count();
                assert!(found > 20, "{format} of {}: {found} pieces", path.display());
                let generated = generated_words(&path, lang, format);
                // The same control for single words: the English page has them as heads.
                let heads = english_single_words(lang)
                    .iter()
                    .filter(|w| {
                        english.contains(&format!(">{w}<")) || english.contains(&format!("| {w} |"))
                    })
                    .count();
                assert!(
                    heads >= 3,
                    "{format} of {}: {heads} single words",
                    path.display()
                );
                for word in english_single_words(lang) {
                    let places = if format == "html" {
                        vec![format!(">{word}<"), format!("aria-label=\"{word}\"")]
                    } else {
                        vec![
                            format!("| {word} |"),
                            format!("- {word}:"),
                            format!("*{word}*"),
                            format!("## {word}\n"),
                        ]
                    };
                    for place in places {
                        assert!(
                            !generated.contains(&place),
                            "{} {format} of {} has the English “{place}”",
                            lang.tag(),
                            path.display()
                        );
                    }
                }
                for piece in &pieces {
                    assert!(
                        !generated.contains(piece.as_str()),
                        "{} {format} of {} has the English “{piece}”",
                        lang.tag(),
                        path.display()
                    );
                }
            }
        }
    }
}

/// Every string in a JSON value.
fn strings(v: &serde_json::Value, out: &mut Vec<String>) {
    match v {
        serde_json::Value::String(s) if s.len() > 2 => out.push(s.clone()),
        serde_json::Value::Array(a) => a.iter().for_each(|x| strings(x, out)),
        serde_json::Value::Object(o) => o.values().for_each(|x| strings(x, out)),
        _ => {}
    }
}

#[test]
fn an_unsupported_language_is_an_error_listing_the_supported_ones() {
    let text = std::fs::read_to_string(root().join("examples/minimal.policy"))
        .unwrap()
        .replace("language en", "language sv");
    let out = render_errors("minimal.policy", &text);
    assert!(out.contains("cannot write a policy in `sv`"), "{out}");
    assert!(out.contains("minimal.policy:"), "{out}");
    assert!(
        out.contains("supported languages: en, de, fr, es, it, nl, pt"),
        "{out}"
    );
    // A region subtag of a supported language is fine.
    let regional = text.replace("language sv", "language de-AT");
    assert!(policyc::compile_str("m.policy", &regional)
        .errors
        .is_empty());
}

#[test]
fn the_html_page_carries_its_language_and_a_translated_table_of_contents() {
    let templates = Templates::load(None).unwrap();
    let path = root().join("examples/saas.policy");
    for (lang, contents, heading) in [
        (Lang::De, "Inhalt", "Ihre Rechte und wie Sie sie ausüben"),
        (Lang::Fr, "Sommaire", "Vos droits et comment les exercer"),
        (Lang::Es, "Índice", "Sus derechos y cómo ejercerlos"),
    ] {
        let html = render::html(&in_language(&path, lang), &templates, false).unwrap();
        assert!(html.contains(&format!("<html lang=\"{}\">", lang.tag())));
        assert!(html.contains(&format!("<h2 id=\"toc-title\">{contents}</h2>")));
        assert!(html.contains(&format!("<li><a href=\"#rights\">{heading}</a></li>")));
    }
}

/// Every example in every language but English (whose snapshots are
/// render::examples_render), as Markdown: the form a reviewer reads.
#[test]
fn examples_render_in_every_language() {
    let templates = Templates::load(None).unwrap();
    for lang in &Lang::ALL[1..] {
        for path in examples() {
            let stem = path.file_stem().unwrap().to_string_lossy().to_string();
            let policy = in_language(&path, *lang);
            insta::assert_snapshot!(
                format!("{stem}.{}.md", lang.tag()),
                render::markdown(&policy, &templates, false).unwrap()
            );
        }
    }
}

#[test]
fn build_with_lang_writes_one_page_per_language_and_the_facts_once() {
    let dir = TempDir::new("i18n-build");
    let out = dir.path().join("out");
    let run = policyc(&[
        "build",
        "examples/minimal.policy",
        "--lang",
        "de,fr",
        "-o",
        out.to_str().unwrap(),
    ]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let mut names: Vec<String> = std::fs::read_dir(&out)
        .unwrap()
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    assert_eq!(
        names,
        [
            "minimal.de.html",
            "minimal.de.md",
            "minimal.fr.html",
            "minimal.fr.md",
            "minimal.json"
        ]
    );
    let de = std::fs::read_to_string(out.join("minimal.de.html")).unwrap();
    let fr = std::fs::read_to_string(out.join("minimal.fr.html")).unwrap();
    assert!(de.contains("<html lang=\"de\">") && de.contains("Verantwortlicher"));
    assert!(fr.contains("<html lang=\"fr\">") && fr.contains("responsable du traitement"));
    // The facts do not depend on the language of a page.
    let json = std::fs::read_to_string(out.join("minimal.json")).unwrap();
    assert!(json.contains("\"language\": \"en\""), "{json}");

    let bad = policyc(&[
        "build",
        "examples/minimal.policy",
        "--lang",
        "de,xx",
        "-o",
        out.to_str().unwrap(),
    ]);
    assert_eq!(bad.code, 2);
    assert!(bad.stderr.contains("--lang xx"), "{}", bad.stderr);
    assert!(bad.stderr.contains("supported: en, de, fr, es, it, nl, pt"));
}

/// The findings of one rule on a policy in `lang` with `body` after its header.
fn findings(rule: &str, lang: &str, jurisdictions: &str, body: &str) -> usize {
    let text = format!(
        "policy \"P\" {{\n  updated 2026-11-01\n  language {lang}\n  jurisdictions {jurisdictions}\n}}\n\n{body}\n"
    );
    crate::rules::findings_of(rule, "lang.policy", &text)
        .0
        .len()
}

#[test]
fn hedged_do_not_track_answers_are_read_in_the_policys_language() {
    for (lang, words) in [
        ("de", "Wir versuchen, Do-Not-Track-Signale zu beachten."),
        (
            "fr",
            "Nous nous efforçons de respecter les signaux Do Not Track.",
        ),
        ("es", "Intentamos respetar las señales Do Not Track."),
    ] {
        let body = format!("honors-do-not-track yes \"{words}\"");
        assert_eq!(
            findings("dnt-statement-hedged", lang, "caloppa", &body),
            1,
            "{lang}"
        );
        // The same words in a policy that says it is English are not read as that language.
        assert_eq!(
            findings("dnt-statement-hedged", "en", "caloppa", &body),
            0,
            "{lang} as en"
        );
    }
    let plain = "honors-do-not-track yes \"Wir beachten Do-Not-Track-Signale.\"";
    assert_eq!(findings("dnt-statement-hedged", "de", "caloppa", plain), 0);
}

#[test]
fn hedged_sale_and_gpc_answers_are_read_in_the_policys_language() {
    for (lang, words) in [
        ("de", "Wir verkaufen derzeit keine personenbezogenen Daten."),
        (
            "fr",
            "Nous ne vendons pas vos données au sens traditionnel.",
        ),
        ("es", "Actualmente no vendemos su información personal."),
    ] {
        let body = format!(
            "sells-data no \"{words}\"\nshares-data no \"-\"\n\nrights {{\n  right opt-out \"-\"\n}}"
        );
        let hedged = |l: &str| {
            crate::rules::findings_of(
                "ccpa-missing-do-not-sell-statement",
                "lang.policy",
                &format!("policy \"P\" {{\n  updated 2026-11-01\n  language {l}\n  jurisdictions ccpa\n}}\n\n{body}\n"),
            )
            .0
            .iter()
            .filter(|d| d.message.contains("hedges the answer"))
            .count()
        };
        assert_eq!(hedged(lang), 1, "{lang}");
        assert_eq!(hedged("en"), 0, "{lang} as en");
    }
    for (lang, words) in [
        ("de", "Wir beachten GPC-Signale in einigen Bundesstaaten."),
        ("fr", "Nous respectons le signal GPC si vous êtes connecté."),
        ("es", "Respetamos la señal GPC cuando la ley lo exija."),
    ] {
        let body = format!("honors-gpc yes \"{words}\"");
        assert_eq!(
            findings("gpc-statement-hedged", lang, "ccpa", &body),
            1,
            "{lang}"
        );
        assert_eq!(
            findings("gpc-statement-hedged", "en", "ccpa", &body),
            0,
            "{lang} as en"
        );
    }
}

#[test]
fn open_ended_retention_is_read_in_the_policys_language() {
    for (lang, open, closed) in [
        (
            "de",
            "auf unbestimmte Zeit",
            "bis zur Löschung Ihres Kontos",
        ),
        (
            "fr",
            "pour une durée indéterminée",
            "jusqu'à la suppression de votre compte",
        ),
        ("es", "por tiempo indefinido", "hasta que cierre su cuenta"),
    ] {
        let body =
            |r: &str| format!("data email \"E-mail\" {{\n  source person\n  retention \"{r}\"\n}}");
        assert_eq!(
            findings("retention-open-ended", lang, "gdpr", &body(open)),
            1,
            "{lang}: {open}"
        );
        assert_eq!(
            findings("retention-open-ended", lang, "gdpr", &body(closed)),
            0,
            "{lang}: {closed}"
        );
    }
}

/// The writer's workflow of docs/i18n.md: extract, translate, build, edit
/// the English, see the segment flagged stale, review, extract again.
#[test]
fn extract_translate_edit_and_review() {
    let dir = TempDir::new("i18n-workflow");
    let policy = dir.path().join("minimal.policy");
    std::fs::copy(root().join("examples/minimal.policy"), &policy).unwrap();
    let po = dir.path().join("minimal.de.po");
    let run = |args: &[&str]| policyc_in(dir.path(), args);

    let first = run(&["i18n", "extract", "minimal.policy", "--lang", "de"]);
    assert_eq!(first.code, 0, "{}", first.stderr);
    assert!(
        first.stderr.contains("minimal.de.po: 16 new, 0 changed"),
        "{}",
        first.stderr
    );
    let text = std::fs::read_to_string(&po).unwrap();
    assert!(text.contains("\"Language: de\\n\""), "{text}");
    assert!(text.contains("msgctxt \"data.email.label\"\nmsgid \"E-mail address\"\nmsgstr \"\""));
    // Nothing is translated yet: every segment is missing.
    let check = run(&["check", "minimal.policy"]);
    assert!(
        check.stdout.contains("translation-missing")
            || check.stderr.contains("translation-missing")
    );

    // The translator fills in two entries.
    let text = text
        .replace(
            "msgid \"E-mail address\"\nmsgstr \"\"",
            "msgid \"E-mail address\"\nmsgstr \"E-Mail-Adresse\"",
        )
        .replace(
            "msgid \"Privacy Policy\"\nmsgstr \"\"",
            "msgid \"Privacy Policy\"\nmsgstr \"Datenschutzerklärung\"",
        );
    std::fs::write(&po, text).unwrap();
    let build = run(&[
        "build",
        "minimal.policy",
        "--lang",
        "de",
        "--format",
        "md",
        "-o",
        "out",
    ]);
    assert_eq!(build.code, 0, "{}", build.stderr);
    let page = std::fs::read_to_string(dir.path().join("out/minimal.de.md")).unwrap();
    assert!(page.starts_with("# Datenschutzerklärung\n"), "{page}");
    assert!(
        page.contains("E-Mail-Adresse | your e-mail address"),
        "{page}"
    );

    // The English changes: the translation is stale and the page keeps the new English.
    let source = std::fs::read_to_string(&policy).unwrap();
    std::fs::write(
        &policy,
        source.replace("\"E-mail address\"", "\"Your e-mail address\""),
    )
    .unwrap();
    let out = run(&["check", "minimal.policy"]);
    let all = format!("{}{}", out.stdout, out.stderr);
    assert!(all.contains("translation-stale"), "{all}");
    assert!(all.contains("`data.email.label`"), "{all}");
    let build = run(&[
        "build",
        "minimal.policy",
        "--lang",
        "de",
        "--format",
        "md",
        "-o",
        "out",
    ]);
    assert_eq!(build.code, 0, "{}", build.stderr);
    let page = std::fs::read_to_string(dir.path().join("out/minimal.de.md")).unwrap();
    assert!(page.contains("Your e-mail address"), "{page}");

    // Extract marks it fuzzy; the translator reviews it and clears the flag.
    let again = run(&["i18n", "extract", "minimal.policy"]);
    assert!(
        again.stderr.contains("0 new, 1 changed"),
        "{}",
        again.stderr
    );
    let text = std::fs::read_to_string(&po).unwrap();
    let marked = "#, fuzzy\nmsgctxt \"data.email.label\"\nmsgid \"Your e-mail address\"\nmsgstr \"E-Mail-Adresse\"";
    assert!(text.contains(marked), "{text}");
    std::fs::write(
        &po,
        text.replace(
            marked,
            "msgctxt \"data.email.label\"\nmsgid \"Your e-mail address\"\nmsgstr \"Ihre E-Mail-Adresse\"",
        ),
    )
    .unwrap();
    // The translator's own notes and header lines survive an extract.
    let text = std::fs::read_to_string(&po).unwrap().replacen(
        "\"Language: de\\n\"",
        "\"Language: de\\n\"\n\"Last-Translator: Anna <anna@example.org>\\n\"",
        1,
    );
    let text = text.replacen(
        "msgctxt \"data.email.label\"",
        "# checked by legal\nmsgctxt \"data.email.label\"",
        1,
    );
    std::fs::write(&po, text).unwrap();
    let confirmed = run(&["i18n", "extract", "minimal.policy"]);
    assert!(
        confirmed.stderr.contains("1 confirmed"),
        "{}",
        confirmed.stderr
    );
    let text = std::fs::read_to_string(&po).unwrap();
    assert!(
        text.contains("Last-Translator: Anna <anna@example.org>"),
        "{text}"
    );
    assert!(
        text.contains("# checked by legal\n#. source-hash:"),
        "{text}"
    );
    let out = run(&["check", "minimal.policy"]);
    assert!(!format!("{}{}", out.stdout, out.stderr).contains("translation-stale"));
}

/// A fact changed in a policy translated into two languages is one change:
/// the diff compares facts, which have no language.
#[test]
fn diff_reports_a_fact_change_once_for_a_translated_policy() {
    let dir = TempDir::new("i18n-diff");
    let old = dir.path().join("old.policy");
    let new = dir.path().join("new.policy");
    let text = std::fs::read_to_string(root().join("examples/minimal.policy")).unwrap();
    std::fs::write(&old, &text).unwrap();
    std::fs::write(
        &new,
        text.replace(
            "retention 30 days after unsubscribe",
            "retention 2 years after unsubscribe",
        ),
    )
    .unwrap();
    assert_ne!(
        std::fs::read_to_string(&new).unwrap(),
        text,
        "the fixture changed"
    );
    for (name, lang) in [("old", "de"), ("old", "fr"), ("new", "de"), ("new", "fr")] {
        let r = policyc_in(
            dir.path(),
            &["i18n", "extract", &format!("{name}.policy"), "--lang", lang],
        );
        assert_eq!(r.code, 0, "{}", r.stderr);
    }
    let run = policyc_in(dir.path(), &["diff", "old.policy", "new.policy"]);
    let out = format!("{}{}", run.stdout, run.stderr);
    assert_eq!(out.matches("30 days").count(), 1, "{out}");
    assert_eq!(out.matches("2 years").count(), 1, "{out}");
    // Messages for developers stay in English.
    assert!(!out.contains("2 Jahre") && !out.contains("2 ans"), "{out}");
}

/// The writer's words inside a translated message are escaped like any
/// other: a message's own words are trusted, its arguments are not.
#[test]
fn arguments_of_translated_messages_are_escaped() {
    let text = std::fs::read_to_string(root().join("examples/saas.policy"))
        .unwrap()
        .replace("language en", "language de")
        .replace(
            "protecting our customers' workspaces",
            "<script>alert(1)</script> & <b>bold</b>",
        );
    assert!(text.contains("<script>"), "the fixture changed");
    let compiled = policyc::compile_str("saas.policy", &text);
    assert!(compiled.errors.is_empty());
    let policy = compiled.policy.unwrap();
    let templates = Templates::load(None).unwrap();
    let html = render::html(&policy, &templates, false).unwrap();
    assert!(
        html.contains(
            "Unser Interesse: &lt;script&gt;alert(1)&lt;&#x2f;script&gt; &amp; &lt;b&gt;bold&lt;&#x2f;b&gt;"
        ),
        "{html}"
    );
    assert!(!html.contains("<script>") && !html.contains("<b>bold"));
    let md = render::markdown(&policy, &templates, false).unwrap();
    assert!(!md.contains("<script>"), "{md}");
}

/// `translations de, fr` in the source: build writes the page in the
/// policy's language and one per listed language; extract needs no --lang.
#[test]
fn the_languages_the_source_lists_are_built_and_extracted() {
    let dir = TempDir::new("i18n-listed");
    let text = std::fs::read_to_string(root().join("examples/minimal.policy"))
        .unwrap()
        .replace("  language en\n", "  language en\n  translations de, fr\n");
    assert!(text.contains("translations de, fr"), "the fixture changed");
    std::fs::write(dir.path().join("minimal.policy"), &text).unwrap();
    let run = |args: &[&str]| policyc_in(dir.path(), args);

    // Listed but not translated yet: every segment is missing, in both languages.
    let check = run(&["check", "minimal.policy"]);
    let all = format!("{}{}", check.stdout, check.stderr);
    assert!(all.contains("German translation (minimal.de.po)"), "{all}");
    assert!(all.contains("French translation (minimal.fr.po)"), "{all}");

    let extract = run(&["i18n", "extract", "minimal.policy"]);
    assert_eq!(extract.code, 0, "{}", extract.stderr);
    assert!(dir.path().join("minimal.de.po").exists() && dir.path().join("minimal.fr.po").exists());

    let build = run(&["build", "minimal.policy", "-o", "out"]);
    assert_eq!(build.code, 0, "{}", build.stderr);
    let mut names: Vec<String> = std::fs::read_dir(dir.path().join("out"))
        .unwrap()
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    assert_eq!(
        names,
        [
            "minimal.de.html",
            "minimal.de.md",
            "minimal.fr.html",
            "minimal.fr.md",
            "minimal.html",
            "minimal.json",
            "minimal.md"
        ]
    );
    let fr = std::fs::read_to_string(dir.path().join("out/minimal.fr.html")).unwrap();
    assert!(fr.contains("<html lang=\"fr\">"));

    // An unsupported language in the list is an error at its tag.
    let bad = text.replace("translations de, fr", "translations de, sv");
    let out = render_errors("minimal.policy", &bad);
    assert!(out.contains("cannot write a policy in `sv`"), "{out}");
}

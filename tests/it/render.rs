//! The published documents: snapshots of every format for every bundled
//! policy, determinism, escaping, the JSON Schema, template overrides.

use policyc::render::{self, Templates};

use crate::util::{policyc_in, root, TempDir};

fn compile(path: &std::path::Path) -> policyc::model::Policy {
    let file = policyc::source::read(path).unwrap();
    let compiled = policyc::compile(&file);
    assert!(compiled.errors.is_empty(), "{}", path.display());
    compiled.policy.unwrap()
}

fn snapshot_all_formats(dir: &str) {
    let templates = Templates::load(None).unwrap();
    let mut paths: Vec<_> = std::fs::read_dir(root().join(dir))
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .collect();
    paths.sort();
    for path in paths
        .iter()
        .filter(|p| p.extension().is_some_and(|x| x == "policy"))
    {
        let policy = compile(path);
        let stem = path.file_stem().unwrap().to_string_lossy();
        insta::assert_snapshot!(
            format!("{stem}.html"),
            render::html(&policy, &templates, false).unwrap()
        );
        insta::assert_snapshot!(
            format!("{stem}.md"),
            render::markdown(&policy, &templates, false).unwrap()
        );
        insta::assert_snapshot!(format!("{stem}.json"), render::json(&policy));
    }
}

#[test]
fn bundled_policies_render() {
    snapshot_all_formats("policies");
}

#[test]
fn examples_render() {
    snapshot_all_formats("examples");
}

/// One fixture per construct of the language that changes what a reader
/// sees (regional facts, alternatives …): each snapshot is read as the
/// reader of a published policy would read it.
#[test]
fn constructs_render() {
    snapshot_all_formats("tests/fixtures/constructs");
}

#[test]
fn two_builds_are_byte_identical() {
    let dir = TempDir::new("identical");
    for out in ["a", "b"] {
        let run = policyc_in(
            &root(),
            &[
                "build",
                "-o",
                dir.path().join(out).to_str().unwrap(),
                "policies",
                "examples",
            ],
        );
        assert_eq!(run.code, 0, "{}", run.stderr);
    }
    let mut names: Vec<_> = std::fs::read_dir(dir.path().join("a"))
        .unwrap()
        .flatten()
        .map(|e| e.file_name())
        .collect();
    names.sort();
    assert_eq!(names.len(), 18, "html, md and json for six policies");
    for n in names {
        let a = std::fs::read(dir.path().join("a").join(&n)).unwrap();
        let b = std::fs::read(dir.path().join("b").join(&n)).unwrap();
        assert_eq!(a, b, "{n:?} differs between two builds");
    }
}

/// A policy where every string a user can write carries markup.
fn hostile_policy() -> String {
    let x = "<script>alert(1)</script><img src=x onerror=alert(2)>";
    format!(
        r#"policy "Policy {x}" {{
  updated 2024-01-31
  version "{x}"
  url "javascript:alert(3)"
  jurisdictions gdpr, ccpa, eprivacy, caloppa
}}

controller "Evil {x}" {{
  legal-form "{x}"
  address "{x}"
  email "a@b.c{x}"
  phone "{x}"
  website "javascript:alert(4)"
}}

data d "Data {x}" {{
  examples "{x}", "e2"
  source third-party
  from "{x}"
  collected "{x}"
  retention "{x}"
}}

basis b "Basis {x}" {{
  ground legitimate-interests
  interest "{x}"
  covers "{x}"
}}

purpose p "Purpose {x}" {{
  uses d
  basis b
}}

recipient r "Recipient {x}" {{
  named "{x}"
  purpose "{x}"
  location "{x}"
}}

transfer t "Transfer {x}" {{
  to "{x}"
  copy "{x}"
  statement "{x}"
}}

retention "{x}"

rights {{
  right access "{x}"
  right complain "{x}" {{
    authority "{x}"
    url "https://a)[x](javascript:alert(5)"
  }}
  request-via "{x}"
}}

children {{
  minimum-age "{x}"
  contact "{x}"
  on-discovery "{x}"
}}

cookies {{
  opt-out "javascript:alert(6)"
  | name | provider | purpose | domain |
  | {x} | {x} | {x} | {x} |
  | a`<img src=x onerror=alert(10)>` | p | q | d |
}}

tracker tr "Tracker {x}" {{
  provider "{x}"
  purpose "{x}"
}}

honors-do-not-track no "{x}"
sells-data no "{x}"

security {{
  measures "{x}"
  breach-notification "{x}"
}}

changes {{
  take-effect "{x}"
}}

section s "Section {x}" {{
  topic cookies
  text """
    Raw {x} and [a link](javascript:alert(7)) and <a href="javascript:alert(8)">html</a>.

    <div onclick="alert(9)">block</div>
  """
}}
"#
    )
}

#[test]
fn markup_in_any_field_never_reaches_html_as_markup() {
    let compiled = policyc::compile_str("hostile.policy", &hostile_policy());
    assert!(
        compiled.errors.is_empty(),
        "{}",
        policyc::diag::render_human(&compiled.errors, false, 80)
    );
    let policy = compiled.policy.unwrap();
    let templates = Templates::load(None).unwrap();
    let html = render::html(&policy, &templates, false).unwrap();
    let lower = html.to_lowercase();
    assert!(!lower.contains("<script"), "a <script> tag got through");
    assert!(!lower.contains("<img"), "an <img> tag got through");
    assert!(
        !lower.contains("<div onclick"),
        "raw HTML in prose got through"
    );
    assert!(
        !lower.contains("<a href=\"javascript:"),
        "a javascript: link got through"
    );
    assert!(
        html.contains("&lt;script&gt;"),
        "the text is shown, escaped"
    );

    // The Markdown is judged by what a Markdown renderer makes of it, raw HTML kept.
    let md = render::markdown(&policy, &templates, false).unwrap();
    let mut shown = String::new();
    pulldown_cmark::html::push_html(
        &mut shown,
        pulldown_cmark::Parser::new_ext(&md, pulldown_cmark::Options::all()),
    );
    let shown = shown.to_lowercase();
    assert!(
        !shown.contains("<script"),
        "a <script> tag got into the Markdown"
    );
    assert!(
        !shown.contains("<img"),
        "an <img> tag got into the Markdown"
    );
    assert!(
        !shown.contains("<a href=\"javascript:"),
        "a javascript: link got into the Markdown"
    );
    assert!(
        !shown.contains("<div onclick"),
        "raw HTML in prose got into the Markdown"
    );
    assert!(
        shown.contains("&lt;script&gt;"),
        "the text is shown, escaped"
    );
}

#[test]
fn raw_html_in_prose_passes_only_when_allowed() {
    let text = r#"policy "P" {
  updated 2024-01-31
}

section s "S" {
  text """
    Hello <b>bold</b> world.
  """
}
"#;
    let policy = policyc::compile_str("p.policy", text).policy.unwrap();
    let templates = Templates::load(None).unwrap();
    assert!(render::html(&policy, &templates, false)
        .unwrap()
        .contains("&lt;b&gt;bold&lt;/b&gt;"));
    assert!(render::html(&policy, &templates, true)
        .unwrap()
        .contains("<b>bold</b>"));

    let dir = TempDir::new("raw-html");
    std::fs::write(dir.path().join("p.policy"), text).unwrap();
    std::fs::write(dir.path().join("policyc.yaml"), "allow-raw-html: true\n").unwrap();
    let run = policyc_in(dir.path(), &["build", "--format", "html", "p.policy"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(std::fs::read_to_string(dir.path().join("dist/p.html"))
        .unwrap()
        .contains("<b>bold</b>"));
}

#[test]
fn html_is_self_contained() {
    let policy = compile(&root().join("policies/calsoft.policy"));
    let html = render::html(&policy, &Templates::load(None).unwrap(), false).unwrap();
    assert!(!html.contains("<script"), "no JavaScript");
    assert!(!html.contains("<link"), "no external stylesheet");
    assert!(!html.contains("src=\"http"), "no external resources");
    assert!(html.contains("<style>"));
    assert!(html.contains("prefers-color-scheme: dark"));
    assert!(html.contains("@media print"));
    assert!(html.contains("<meta name=\"viewport\""));
    // Anchors come from source ids, so links survive edits.
    for anchor in [
        "id=\"purpose-remarketing\"",
        "id=\"data-location\"",
        "id=\"cookie-gid\"",
        "id=\"remarketing\"",
        "id=\"rights\"",
    ] {
        assert!(html.contains(anchor), "missing {anchor}");
    }
}

#[test]
fn markdown_is_stable_for_diffs() {
    let policy = compile(&root().join("policies/calsoft.policy"));
    let md = render::markdown(&policy, &Templates::load(None).unwrap(), false).unwrap();
    assert!(md.lines().all(|l| l == l.trim_end()), "no trailing spaces");
    assert!(!md.contains("\n\n\n"), "no runs of blank lines");
    assert!(md.ends_with('\n') && !md.ends_with("\n\n"));
}

#[test]
fn a_section_titled_as_a_generated_one_joins_it_and_its_heading_shows_once() {
    let templates = Templates::load(None).unwrap();
    let text = "policy \"P\" {\n  updated 2026-01-01\n}\ncontroller \"Acme\" {\n  email \"a@acme.example\"\n}\nsection about \"About this policy\" {\n  text \"It covers the Acme app.\"\n}\nsection more \"Something else\" {\n  text \"Other words.\"\n}\n";
    let policy = policyc::compile_str("about.policy", text).policy.unwrap();
    let html = render::html(&policy, &templates, false).unwrap();
    let md = render::markdown(&policy, &templates, false).unwrap();
    // Once in the contents, once as the heading: never a second heading.
    assert_eq!(html.matches("About this policy").count(), 2, "{html}");
    assert_eq!(md.matches("About this policy").count(), 2, "{md}");
    assert!(html.contains("It covers the Acme app."));
    // The writer's introduction replaces the generated opening sentence.
    assert!(
        !html.contains("This policy explains what personal data is collected"),
        "{html}"
    );
    assert!(
        !md.contains("This policy explains what personal data is collected"),
        "{md}"
    );
    // Its anchor still exists for links to it; a section with another title keeps its heading.
    assert!(html.contains("id=\"about\""));
    assert!(
        html.contains(">Something else</h2>") || html.contains(">Something else</h3>"),
        "{html}"
    );
}

#[test]
fn a_right_lists_its_kinds_as_a_phrase_and_requests_are_listed_in_the_writers_words() {
    let templates = Templates::load(None).unwrap();
    let text = "policy \"P\" {\n  updated 2026-01-01\n}\nrights {\n  right access, know \"See what we hold\"\n  request-via \"e-mail to a@acme.example\", \"the form in settings\"\n  respond-within 30 days\n}\n";
    let policy = policyc::compile_str("rights.policy", text).policy.unwrap();
    let html = render::html(&policy, &templates, false).unwrap();
    assert!(
        html.contains("<strong>Access and right to know.</strong>"),
        "{html}"
    );
    assert!(html.contains("<li>e-mail to a@acme.example</li>"), "{html}");
    assert!(html.contains("<li>the form in settings</li>"), "{html}");
    assert!(!html.contains("send a request through"), "{html}");
    assert!(html.contains("We answer within 30 days."), "{html}");
    // The response time is a fact of its own: shown without any `request-via`.
    let alone = text.replace(
        "  request-via \"e-mail to a@acme.example\", \"the form in settings\"\n",
        "",
    );
    let policy = policyc::compile_str("rights.policy", &alone)
        .policy
        .unwrap();
    let html = render::html(&policy, &templates, false).unwrap();
    assert!(!html.contains("send us a request"), "{html}");
    assert!(html.contains("We answer within 30 days."), "{html}");
}

#[test]
fn e_mail_addresses_in_prose_are_links_except_in_code() {
    let templates = Templates::load(None).unwrap();
    let text = "policy \"P\" {\n  updated 2026-01-01\n}\nsection contact-us \"Writing to us\" {\n  text \"\"\"\nWrite to privacy@acme.example. Or <dpo@acme.example>, or [our DPO](mailto:dpo@acme.example).\n\n```\nlog: root@localhost.example\n```\n\"\"\"\n}\n";
    let policy = policyc::compile_str("mail.policy", text).policy.unwrap();
    let html = render::html(&policy, &templates, false).unwrap();
    assert!(
        html.contains("Write to <a href=\"mailto:privacy@acme.example\">privacy@acme.example</a>."),
        "{html}"
    );
    assert_eq!(html.matches("mailto:dpo@acme.example").count(), 2, "{html}");
    assert!(!html.contains("mailto:root@"), "{html}");
    let md = render::markdown(&policy, &templates, false).unwrap();
    assert!(md.contains("Write to <privacy@acme.example>."), "{md}");
    assert!(md.contains("Or <dpo@acme.example>, or"), "{md}");
    assert!(
        md.contains("root@localhost.example") && !md.contains("<root@"),
        "{md}"
    );
}

#[test]
fn california_section_only_where_declared() {
    let templates = Templates::load(None).unwrap();
    let gdpr_only = compile(&root().join("examples/minimal.policy"));
    assert!(!render::html(&gdpr_only, &templates, false)
        .unwrap()
        .contains("Your California privacy rights"));
    let saas = compile(&root().join("examples/saas.policy"));
    assert!(render::html(&saas, &templates, false)
        .unwrap()
        .contains("Your California privacy rights"));
    // CCPA rights offered to everyone are everyone's, not California's: no
    // California heading over them (Spotify gives them to all US residents).
    let text = std::fs::read_to_string(root().join("examples/saas.policy"))
        .unwrap()
        .replace("\" for california\n", "\"\n");
    let everyone = policyc::compile_str("saas.policy", &text).policy.unwrap();
    let html = render::html(&everyone, &templates, false).unwrap();
    assert!(!html.contains("Your California privacy rights"), "{html}");
    assert!(html.contains("Have it deleted"));
}

#[test]
fn every_bundled_json_validates_against_the_schema() {
    let run = crate::util::policyc(&["schema"]);
    assert_eq!(run.code, 0);
    let schema: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    let validator = jsonschema::validator_for(&schema).expect("a valid JSON Schema");
    let mut count = 0;
    for dir in ["policies", "examples", "tests/fixtures/model"] {
        for entry in std::fs::read_dir(root().join(dir)).unwrap().flatten() {
            let path = entry.path();
            if path.extension().is_none_or(|x| x != "policy") {
                continue;
            }
            let json: serde_json::Value =
                serde_json::from_str(&render::json(&compile(&path))).unwrap();
            let errors: Vec<String> = validator
                .iter_errors(&json)
                .map(|e| format!("{} at {}", e, e.instance_path))
                .collect();
            assert!(errors.is_empty(), "{}: {errors:?}", path.display());
            count += 1;
        }
    }
    assert!(count >= 6);
    // The schema is strict enough to catch a wrong type.
    let mut broken: serde_json::Value = serde_json::from_str(&render::json(&compile(
        &root().join("policies/calsoft.policy"),
    )))
    .unwrap();
    broken["meta"]["updated"] = serde_json::json!(20180722);
    assert!(!validator.is_valid(&broken));
}

#[test]
fn templates_can_be_overridden_and_their_errors_point_at_the_line() {
    let dir = TempDir::new("templates");
    let tdir = dir.path().join("tpl");
    std::fs::create_dir_all(&tdir).unwrap();
    std::fs::copy(
        root().join("examples/minimal.policy"),
        dir.path().join("minimal.policy"),
    )
    .unwrap();
    let build_md = || {
        policyc_in(
            dir.path(),
            &[
                "build",
                "--format",
                "md",
                "--templates",
                "tpl",
                "minimal.policy",
            ],
        )
    };
    std::fs::write(
        tdir.join("policy.md"),
        "# {{ title }} by {{ controller.name }}\n",
    )
    .unwrap();
    let run = build_md();
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(
        std::fs::read_to_string(dir.path().join("dist/minimal.md")).unwrap(),
        "# Privacy Policy by Jane Example\n"
    );

    std::fs::write(
        tdir.join("policy.md"),
        "# {{ title }}\n\n{{ no_such_value.name }}\n",
    )
    .unwrap();
    let run = build_md();
    assert_eq!(run.code, 2, "{}", run.stderr);
    assert!(run.stderr.contains("template error"), "{}", run.stderr);
    assert!(run.stderr.contains("tpl/policy.md:3:"), "{}", run.stderr);
    assert_eq!(
        std::fs::read_to_string(dir.path().join("dist/minimal.md")).unwrap(),
        "# Privacy Policy by Jane Example\n",
        "the earlier output is intact"
    );

    std::fs::write(tdir.join("policy.md"), "{% for x in %}\n").unwrap();
    let run = build_md();
    assert_eq!(run.code, 2);
    assert!(run.stderr.contains("tpl/policy.md:1:"), "{}", run.stderr);
}

/// Prose whose HTML block hides Markdown on its continuation lines, HTML
/// whose attribute hides a link, images with and without alt text, and
/// control characters.
const SNEAKY_PROSE: &str = "policy \"P\" {\n  updated 2024-01-31\n}\n\ncontroller \"Example \u{1b}]0;owned\u{7}\" {\n  email \"privacy@example.com\"\n}\n\nsection about \"About\" {\n  text \"\"\"\nIntro ![pixel](https://t.example/p.gif) and ![](https://t.example/q.gif).\n\n<div>\n![track](https://t.example/r.gif) [x](javascript:alert(1)) <https://t.example/auto>\n</div>\n\n<!--\n\n![hidden](https://t.example/h.gif)\n\n-->\n\nA <span title=\"[y](javascript:alert(2))\">span</span>.\n\nBell \u{7}, escape \u{1b}[2J, C1 \u{9b}31m, NUL-free.\n\"\"\"\n}\n";

#[test]
fn markdown_output_keeps_raw_html_off_on_every_line_of_an_html_block() {
    let dir = TempDir::new("sneaky-prose");
    std::fs::write(dir.path().join("p.policy"), SNEAKY_PROSE).unwrap();
    let run = policyc_in(
        dir.path(),
        &["build", "--format", "md", "--format", "html", "p.policy"],
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    let md = std::fs::read_to_string(dir.path().join("dist/p.md")).unwrap();
    let shown = crate::gfm::render(&md);
    // What a reader's browser gets from the Markdown: no image, no tag from
    // the prose, no link but to http(s) or an anchor.
    for tag in crate::gfm::tags(&shown) {
        let name = crate::gfm::tag_name(&tag);
        assert!(
            !matches!(
                name.trim_start_matches('/'),
                "img" | "div" | "span" | "!" | "?"
            ),
            "{tag} in the rendered Markdown:\n{md}"
        );
        if name == "a" {
            let href = tag
                .split_once("href=\"")
                .map(|(_, h)| h.split('"').next().unwrap_or(""));
            assert!(
                href.is_none_or(|h| h.starts_with("https://")
                    || h.starts_with('#')
                    || h.starts_with("mailto:")),
                "{tag} in the rendered Markdown:\n{md}"
            );
        }
    }
    // The words are still there, as text.
    let text = crate::gfm::visible_text(&shown);
    for words in [
        "<div>",
        "[x](javascript:alert(1))",
        "title=\"[y](javascript:alert(2))\"",
        "![hidden](https://t.example/h.gif)",
    ] {
        assert!(text.contains(words), "{words} not shown in:\n{text}");
    }
}

#[test]
fn no_control_character_reaches_html_or_markdown_files() {
    let dir = TempDir::new("controls");
    std::fs::write(dir.path().join("p.policy"), SNEAKY_PROSE).unwrap();
    let run = policyc_in(
        dir.path(),
        &["build", "--format", "md", "--format", "html", "p.policy"],
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    for file in ["dist/p.md", "dist/p.html"] {
        let text = std::fs::read_to_string(dir.path().join(file)).unwrap();
        if let Some(c) = text
            .chars()
            .find(|c| c.is_control() && !matches!(c, '\n' | '\t'))
        {
            panic!("{file} has the control character U+{:04X}", c as u32);
        }
        // Where a control character was, a reader sees that something was.
        assert!(text.contains("Bell \u{FFFD}"), "{file}");
    }
}

#[test]
fn a_remote_image_made_a_link_has_a_name() {
    let policy = policyc::compile_str("p.policy", SNEAKY_PROSE)
        .policy
        .unwrap();
    let templates = Templates::load(None).unwrap();
    let html = render::html(&policy, &templates, false).unwrap();
    // Every link has text a screen reader can announce: the alt text, or the URL when there is none.
    for (at, _) in html.match_indices("<a href=") {
        let rest = &html[at..];
        let text = &rest[rest.find('>').unwrap() + 1..rest.find("</a>").unwrap()];
        assert!(
            !text.trim().is_empty(),
            "a link with no name: {}",
            &rest[..rest.find("</a>").unwrap() + 4]
        );
    }
    assert!(html.contains(">pixel</a>"), "{html}");
    assert!(
        html.contains("<a href=\"https://t.example/q.gif\">https://t.example/q.gif</a>"),
        "{html}"
    );
    let md = render::markdown(&policy, &templates, false).unwrap();
    assert!(!md.contains("[](<"), "an empty link in the Markdown:\n{md}");
    let shown = crate::gfm::render(&md);
    assert!(shown.contains(">https://t.example/q.gif</a>"), "{shown}");
}

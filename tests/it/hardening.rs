//! Issue 14: no input crashes policyc, and no policy can attack a reader, a
//! reviewer or a CI log. Each test reproduces a defect found, and checks the
//! principle behind it rather than the one instance.

use std::path::Path;

use policyc::render::{self, Templates};

use crate::util::{policyc_in, TempDir};

const MINIMAL: &str = include_str!("../../examples/minimal.policy");

fn write(dir: &Path, name: &str, text: &str) -> std::path::PathBuf {
    let p = dir.join(name);
    if let Some(parent) = p.parent() {
        std::fs::create_dir_all(parent).unwrap();
    }
    std::fs::write(&p, text).unwrap();
    p
}

/// `{` 5,000 levels deep, closed again.
fn deep_blocks(n: usize) -> String {
    format!("a {}\n{}\n", "{\n".repeat(n), "}\n".repeat(n))
}

// ---------------------------------------------------------------- nesting

#[test]
fn the_nesting_guard_reads_quotes_as_the_grammar_does() {
    // `""""` is two empty strings to the grammar (no `"""` closes a text
    // block), and the guard used to skip the rest of the file as a text block.
    for prefix in [
        "x \"\"\"\"\n",
        "x \"\"\"\"\"\n",
        "x \"\"\"\n",
        "x \"\\\"\n",
        "x \"\"\" a \"\"\" \"\"\"\n",
        "x \"\"\"\"\"\"\"\"\n",
        "// \"\"\"\n",
        "| \"\"\" |\n",
    ] {
        let text = format!("{prefix}{}", deep_blocks(5_000));
        let compiled = policyc::compile_str("deep.policy", &text);
        assert!(
            compiled
                .errors
                .iter()
                .any(|d| d.message.contains("nested too deeply")),
            "{prefix:?}: {:?}",
            compiled
                .errors
                .iter()
                .map(|d| &d.message)
                .collect::<Vec<_>>()
        );
    }
}

#[test]
fn no_command_overflows_the_stack_on_deep_nesting() {
    let dir = TempDir::new("hardening-deep");
    write(
        dir.path(),
        "deep.policy",
        &format!("x \"\"\"\"\n{}", deep_blocks(5_000)),
    );
    for args in [
        &["check", "deep.policy"][..],
        &["build", "-o", "out", "deep.policy"],
        &["fmt", "--check", "deep.policy"],
        &["fmt", "deep.policy"],
    ] {
        let run = policyc_in(dir.path(), args);
        assert_eq!(
            run.code, 2,
            "{args:?} exits with an error, not a crash: {}",
            run.stderr
        );
        assert!(
            run.stderr.contains("nested too deeply"),
            "{args:?}: {}",
            run.stderr
        );
    }
}

#[test]
fn whatever_the_guard_accepts_the_parser_nests_at_most_max_nesting_deep() {
    // Every short mix of the characters the guard reads, before deep blocks:
    // either the guard refuses, or what parsed is shallow (no stack overflow).
    let alphabet = ["\"", "\"\"\"", "{", "}", "\n", "|", "//", "\\", "a ", "\r"];
    let mut n = 0u64;
    for a in alphabet {
        for b in alphabet {
            for c in alphabet {
                let text = format!("x {a}{b}{c}{}", deep_blocks(200));
                let (doc, diags) =
                    policyc::syntax::parse(&policyc::diag::SourceFile::new("t", text));
                assert!(
                    depth(&doc.entries) <= policyc::syntax::MAX_NESTING,
                    "{a:?}{b:?}{c:?}: parsed deeper than the guard allows ({diags:?})"
                );
                n += 1;
            }
        }
    }
    assert_eq!(n, 1000);
}

fn depth(entries: &[policyc::syntax::ast::Entry]) -> usize {
    entries
        .iter()
        .map(|e| match &e.node {
            policyc::syntax::ast::Node::Statement(s) => {
                s.block.as_ref().map_or(0, |b| 1 + depth(&b.entries))
            }
            _ => 0,
        })
        .max()
        .unwrap_or(0)
}

// ---------------------------------------------------------------- URLs

/// A policy whose every URL field and every free-text fact is `payload`.
fn with_payload(url: &str, words: &str) -> String {
    MINIMAL
        .replace("\"https://www.cnil.fr/\"", &format!("{url:?}"))
        .replace(
            "\"jane@example.org\"",
            &format!("{url:?}\n  website {url:?}"),
        )
        .replace(
            "\"No decision about you is made by automated means.\"",
            &format!("{words:?}"),
        )
        .replace("\"Jane Example\"", &format!("{words:?}"))
        .replace("\"your e-mail address\"", &format!("{words:?}"))
        // A note, stated under its label on the page.
        .replace(
            "  updated 2026-11-01",
            &format!("  updated 2026-11-01\n  precedence {words:?}"),
        )
        .replace(
            "rights {\n",
            &format!("rights {{\n  fee {words:?} for eea\n"),
        )
}

/// What a Markdown renderer makes of Markdown (GitHub's dialect, HTML allowed).
fn markdown_to_html(md: &str) -> String {
    let mut html = String::new();
    pulldown_cmark::html::push_html(
        &mut html,
        pulldown_cmark::Parser::new_ext(md, pulldown_cmark::Options::all()),
    );
    html
}

fn hrefs(html: &str) -> Vec<String> {
    let mut out = Vec::new();
    for attr in ["href=\"", "src=\""] {
        for (at, _) in html.match_indices(attr) {
            let rest = &html[at + attr.len()..];
            out.push(rest[..rest.find('"').unwrap_or(rest.len())].to_string());
        }
    }
    out
}

/// Whether an href in HTML output is an allowed link: decoded as a browser does.
fn allowed(href: &str) -> bool {
    let decoded = policyc::render::prose::decode_char_refs(href)
        .expect("only references a browser knows")
        .replace(['\t', '\n', '\r'], "")
        .to_ascii_lowercase();
    ["http://", "https://", "mailto:", "tel:", "#"]
        .iter()
        .any(|p| decoded.starts_with(p))
}

const URLS: &[&str] = &[
    "javascript&colon;alert(1)",
    "javascript&#58;alert(1)",
    "javascript&#x3A;alert(1)",
    "jav&#x09;ascript:alert(1)",
    " JavaScript:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    "vbscript:x",
    "file:///etc/passwd",
    "plaintext",
    "script",
    "//evil.example/x",
    "example.com",
];

#[test]
fn urls_in_every_output_are_allow_listed_by_scheme() {
    let templates = Templates::load(None).unwrap();
    for url in URLS {
        let text = with_payload(url, "Jane");
        let compiled = policyc::compile_str("p.policy", &text);
        let policy = compiled
            .ok()
            .unwrap_or_else(|| panic!("{url}: {:?}", compiled.errors));
        let html = render::html(policy, &templates, false).unwrap();
        let md = render::markdown(policy, &templates, false).unwrap();
        let md_html = markdown_to_html(&md);
        for (what, out) in [("HTML", &html), ("Markdown", &md_html)] {
            for h in hrefs(out) {
                assert!(allowed(&h), "{url}: {what} links to {h}");
            }
        }
        // A URL field without a scheme is text, never a raw tag.
        for tag in ["<plaintext", "<script", "<example.com"] {
            assert!(!md_html.contains(tag), "{url}: {tag} in Markdown:\n{md}");
        }
    }
}

#[test]
fn safe_url_decodes_character_references_before_reading_the_scheme() {
    use policyc::render::prose::safe_url;
    for bad in URLS {
        assert!(!safe_url(bad), "{bad}");
    }
    assert!(!safe_url("java&unknownref;script:x"));
    for good in [
        "https://example.com/a?b=1&c=2",
        "HTTP://EXAMPLE.COM",
        "mailto:a@b.example",
        "tel:+441234",
        "#data-email",
    ] {
        assert!(safe_url(good), "{good}");
    }
}

#[test]
fn prose_links_and_images_are_allow_listed_in_both_formats() {
    let prose = "[a](javascript&colon;alert(1)) [b](<javascript&#58;x>) <javascript:y> \
                 [c](relative/page) ![d](data:image/png;base64,xx) [ok](https://example.com)";
    let text = format!(
        "{MINIMAL}\nsection notes \"Notes\" {{\n  text \"\"\"\n    {prose}\n  \"\"\"\n}}\n"
    );
    let compiled = policyc::compile_str("p.policy", &text);
    let policy = compiled.ok().expect("compiles");
    let templates = Templates::load(None).unwrap();
    let html = render::html(policy, &templates, false).unwrap();
    let md_html = markdown_to_html(&render::markdown(policy, &templates, false).unwrap());
    for out in [&html, &md_html] {
        for h in hrefs(out) {
            assert!(allowed(&h), "{h}");
        }
        assert!(out.contains("https://example.com"));
    }
}

// ---------------------------------------------------------------- Markdown injection

/// Whether the document's last line is still a paragraph (nothing swallowed it).
fn footer_is_prose(html: &str) -> bool {
    html.trim_end().ends_with("Compiled by policyc 0.1.0.</p>")
        && !html[html.rfind("<p>").unwrap_or(0)..].contains("<pre")
}

#[test]
fn no_fact_opens_a_code_block_or_reaches_markdown_as_html() {
    let templates = Templates::load(None).unwrap();
    for words in [
        "~~~",
        "```",
        "~~~ js",
        "<script>alert(1)</script>",
        "<plaintext>",
        "<!-- open comment",
        "    indented",
        "| a | b |",
        "# heading",
        "> quote",
        "[x]: javascript:alert(1)",
    ] {
        let text = with_payload("https://example.com", words);
        let compiled = policyc::compile_str("p.policy", &text);
        let policy = compiled
            .ok()
            .unwrap_or_else(|| panic!("{words}: {:?}", compiled.errors));
        let md = render::markdown(policy, &templates, false).unwrap();
        let html = markdown_to_html(&md);
        assert!(
            !html.contains("<pre>") && !html.contains("<code class"),
            "{words}: code block:\n{md}"
        );
        for tag in ["<script", "<plaintext", "<!--", "<blockquote"] {
            assert!(!html.contains(tag), "{words}: {tag} in\n{md}");
        }
        // The document's end is still reached as Markdown: the footer is a paragraph.
        assert!(footer_is_prose(&html), "{words}:\n{html}");
    }
}

#[test]
fn a_code_block_left_open_in_prose_is_closed_at_its_section_end() {
    let text = format!(
        "{MINIMAL}\nsection notes \"Notes\" {{\n  text \"\"\"\n    Before.\n\n    ~~~\n    never closed\n  \"\"\"\n}}\n"
    );
    let compiled = policyc::compile_str("p.policy", &text);
    let policy = compiled.ok().expect("compiles");
    let md = render::markdown(policy, &Templates::load(None).unwrap(), false).unwrap();
    let html = markdown_to_html(&md);
    assert!(html.contains("<pre>"), "{html}");
    assert!(footer_is_prose(&html), "{md}");
}

// ---------------------------------------------------------------- HTML

#[test]
fn remote_images_are_links_unless_the_configuration_allows_them() {
    let text = format!(
        "{MINIMAL}\nsection notes \"Notes\" {{\n  text \"\"\"\n    ![pixel](https://tracker.example/pixel.gif) ![p2](//tracker.example/p.gif)\n  \"\"\"\n}}\n"
    );
    let compiled = policyc::compile_str("p.policy", &text);
    let policy = compiled.ok().expect("compiles");
    let templates = Templates::load(None).unwrap();
    let html = render::html(policy, &templates, false).unwrap();
    let md_html = markdown_to_html(&render::markdown(policy, &templates, false).unwrap());
    for out in [&html, &md_html] {
        assert!(!out.contains("<img"), "{out}");
        assert!(
            out.contains("href=\"https://tracker.example/pixel.gif\""),
            "{out}"
        );
    }
    // No element anywhere loads from elsewhere.
    assert!(!html.contains(" src=\""), "{html}");
    let trusting = render::Trust {
        raw_html: false,
        remote_resources: true,
    };
    let allowed = render::html_with(policy, &templates, trusting).unwrap();
    assert!(allowed.contains("<img src=\"https://tracker.example/pixel.gif\""));
    // And the same through the configuration file.
    let dir = TempDir::new("hardening-remote");
    write(dir.path(), "p.policy", &text);
    let run = policyc_in(dir.path(), &["build", "-o", "out", "p.policy"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let built = std::fs::read_to_string(dir.path().join("out/p.html")).unwrap();
    assert!(!built.contains("<img"));
    write(dir.path(), "policyc.yaml", "allow-remote-resources: true\n");
    let run = policyc_in(dir.path(), &["build", "-o", "out", "p.policy"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let built = std::fs::read_to_string(dir.path().join("out/p.html")).unwrap();
    assert!(built.contains("<img src=\"https://tracker.example/pixel.gif\""));
}

fn ids(html: &str) -> Vec<String> {
    html.match_indices(" id=\"")
        .map(|(at, _)| {
            let rest = &html[at + 5..];
            rest[..rest.find('"').unwrap_or(0)].to_string()
        })
        .collect()
}

#[test]
fn element_ids_are_unique_in_html() {
    let text = MINIMAL.replace(
        "changes {",
        "cookies {\n  | name | provider | party | category | lifetime | purpose |\n  | _ga | Google | third | analytics | 2 years | Counts visits |\n  | ga | Google | third | analytics | 2 years | Counts visits |\n  | GA | Google | third | analytics | 2 years | Counts visits |\n  | cookie-ga | Google | third | analytics | 2 years | Counts visits |\n}\n\n\
         section main \"Main\" {\n  text \"\"\"\n    See {{ cookie._ga }}, {{ cookie.ga }} and {{ cookie.GA }}.[^1]\n\n    [^1]: A note.\n  \"\"\"\n}\n\n\
         section toc-title \"Toc\" {\n  text \"\"\"\n    See {{ section.main }}.[^1]\n\n    [^1]: Another note.\n  \"\"\"\n}\n\n\
         section main-title \"Main title\" {\n  text \"\"\"\n    Text.\n  \"\"\"\n}\n\n\
         section data-email \"Clash\" {\n  text \"\"\"\n    Text.\n  \"\"\"\n}\n\nchanges {",
    );
    let compiled = policyc::compile_str("p.policy", &text);
    let policy = compiled
        .ok()
        .unwrap_or_else(|| panic!("{:?}", compiled.errors));
    let templates = Templates::load(None).unwrap();
    let html = render::html(policy, &templates, false).unwrap();
    let all = ids(&html);
    let mut seen = std::collections::HashSet::new();
    for id in &all {
        assert!(seen.insert(id), "duplicate id {id:?} in\n{html}");
    }
    // Every in-page link leads to an element that exists.
    for h in hrefs(&html) {
        if let Some(target) = h.strip_prefix('#') {
            assert!(
                seen.contains(&target.to_string()),
                "#{target} leads nowhere"
            );
        }
    }
    // The three cookies link to three different rows.
    let cookie_links: Vec<_> = hrefs(&html)
        .into_iter()
        .filter(|h| h.starts_with("#cookie-ga"))
        .collect();
    let distinct: std::collections::HashSet<_> = cookie_links.iter().collect();
    assert!(distinct.len() >= 3, "{cookie_links:?}");
    // The Markdown output's anchors are unique too.
    let md = render::markdown(policy, &templates, false).unwrap();
    let md_ids = ids(&md);
    let unique: std::collections::HashSet<_> = md_ids.iter().collect();
    assert_eq!(unique.len(), md_ids.len(), "{md_ids:?}");
}

// ---------------------------------------------------------------- terminal and logs

const NASTY: &str =
    "x\u{1b}[2J\u{1b}]0;owned\u{7}\u{9b}2J\u{202e}::add-mask::secret\n::error::fake";

fn nasty_policy() -> String {
    MINIMAL.replace(
        "changes {",
        &format!(
            "unknownthing \"{}\"\n\u{1b}[2J\rx {{\n}}\n\nchanges {{",
            NASTY.replace('\n', "\\n")
        ),
    )
}

fn assert_clean(what: &str, out: &str) {
    for c in out.chars() {
        assert!(
            !(c.is_control() || ('\u{202a}'..='\u{202e}').contains(&c)) || c == '\n' || c == '\t',
            "{what}: raw control character U+{:04X} in\n{out}",
            c as u32
        );
    }
    for line in out.lines() {
        let t = line.trim_start();
        assert!(
            !t.starts_with("::add-mask") && !t.starts_with("::error::fake"),
            "{what}: a log line a CI runner would obey: {line:?}"
        );
    }
}

#[test]
fn control_characters_never_reach_a_terminal_or_a_log() {
    let dir = TempDir::new("hardening-control");
    write(dir.path(), "p.policy", &nasty_policy());
    let human = policyc_in(dir.path(), &["check", "p.policy"]);
    assert_eq!(human.code, 2);
    assert!(human.stderr.contains("unknownthing"), "{}", human.stderr);
    assert_clean("check (human, NO_COLOR, pipe)", &human.stderr);
    let gh = policyc_in(dir.path(), &["check", "--format", "github", "p.policy"]);
    assert_clean("check --format github", &gh.stdout);
    assert!(gh.stdout.starts_with("::error "), "{}", gh.stdout);
    // A file name is text from outside too.
    let odd = "p\u{9b}2J\u{202e}.policy";
    write(dir.path(), odd, &nasty_policy());
    for format in ["json", "sarif"] {
        let run = policyc_in(dir.path(), &["check", "--format", format, odd]);
        assert!(
            run.stdout.contains("\\u009b") || run.stdout.contains("%C2%9B"),
            "{format}: {}",
            run.stdout
        );
        assert_clean(format, &run.stdout);
        let parsed: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
        assert!(
            parsed.to_string().contains('\u{9b}') || format == "sarif",
            "{format}: the JSON means the same"
        );
    }
    // fmt --check shows source lines.
    write(
        dir.path(),
        "q.policy",
        &MINIMAL.replace("Jane Example", "Jane\u{1b}[2J   Example\u{7}"),
    );
    let fmt = policyc_in(dir.path(), &["fmt", "--check", "q.policy"]);
    assert_clean("fmt --check", &fmt.stdout);
}

#[test]
fn human_diff_escapes_line_breaks_and_controls_in_strings() {
    let dir = TempDir::new("hardening-diff");
    write(dir.path(), "old.policy", MINIMAL);
    let new = MINIMAL.replace(
        "\"Jane Example\"",
        &format!("\"{}\"", NASTY.replace('\n', "\\n")),
    );
    write(dir.path(), "new.policy", &new);
    let run = policyc_in(dir.path(), &["diff", "old.policy", "new.policy"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(run.stdout.contains("add-mask"), "{}", run.stdout);
    assert_clean("diff (human)", &run.stdout);
}

// ---------------------------------------------------------------- files

#[test]
fn a_failed_write_leaves_every_output_as_it_was() {
    let dir = TempDir::new("hardening-writes");
    write(dir.path(), "p.policy", MINIMAL);
    for ext in ["html", "md"] {
        write(dir.path(), &format!("out/p.{ext}"), "old\n");
    }
    // The JSON output cannot be written: a directory with something in it is in its place.
    write(dir.path(), "out/p.json/keep", "x");
    let run = policyc_in(dir.path(), &["build", "-o", "out", "p.policy"]);
    assert_eq!(run.code, 2, "{}", run.stderr);
    assert!(run.stderr.contains("nothing was written"), "{}", run.stderr);
    for ext in ["html", "md"] {
        let kept = std::fs::read_to_string(dir.path().join(format!("out/p.{ext}"))).unwrap();
        assert_eq!(kept, "old\n", "p.{ext} was replaced by a failed build");
    }
    let mut left: Vec<String> = std::fs::read_dir(dir.path().join("out"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    left.sort();
    assert_eq!(
        left,
        ["p.html", "p.json", "p.md"],
        "temporary files left behind"
    );
    // With the obstacle gone, the build writes all three.
    std::fs::remove_dir_all(dir.path().join("out/p.json")).unwrap();
    let run = policyc_in(dir.path(), &["build", "-o", "out", "p.policy"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(std::fs::read_to_string(dir.path().join("out/p.html"))
        .unwrap()
        .contains("<html"));
}

#[cfg(unix)]
#[test]
fn directory_expansion_follows_each_directory_once() {
    let dir = TempDir::new("hardening-loops");
    write(dir.path(), "tree/a.policy", MINIMAL);
    write(
        dir.path(),
        "tree/sub/b.policy",
        &MINIMAL.replace("Jane", "Jean"),
    );
    std::os::unix::fs::symlink(".", dir.path().join("tree/self")).unwrap();
    std::os::unix::fs::symlink(".", dir.path().join("tree/self2")).unwrap();
    std::os::unix::fs::symlink("..", dir.path().join("tree/sub/up")).unwrap();
    let human = policyc_in(dir.path(), &["check", "tree"]);
    assert!(human.stderr.contains("checked 2 files"), "{}", human.stderr);
}

#[cfg(unix)]
#[test]
fn fmt_writes_through_a_symlink_and_keeps_permissions() {
    use std::os::unix::fs::PermissionsExt;
    let dir = TempDir::new("hardening-fmt-link");
    let real = write(
        dir.path(),
        "real/p.policy",
        &MINIMAL.replace("  updated", "      updated"),
    );
    std::fs::set_permissions(&real, std::fs::Permissions::from_mode(0o600)).unwrap();
    std::os::unix::fs::symlink("real/p.policy", dir.path().join("link.policy")).unwrap();
    let run = policyc_in(dir.path(), &["fmt", "link.policy"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let link = std::fs::symlink_metadata(dir.path().join("link.policy")).unwrap();
    assert!(
        link.file_type().is_symlink(),
        "fmt replaced the symlink with a file"
    );
    assert_eq!(std::fs::read_to_string(&real).unwrap(), MINIMAL);
    let mode = std::fs::metadata(&real).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o600);
}

#[test]
fn a_missing_templates_directory_is_an_error() {
    let dir = TempDir::new("hardening-templates");
    write(dir.path(), "p.policy", MINIMAL);
    let run = policyc_in(
        dir.path(),
        &["build", "--templates", "nope", "-o", "out", "p.policy"],
    );
    assert_eq!(run.code, 2, "{}", run.stderr);
    assert!(
        run.stderr.contains("nope") && run.stderr.contains("does not exist"),
        "{}",
        run.stderr
    );
    assert!(!dir.path().join("out").exists());
}

#[test]
fn a_byte_order_mark_is_accepted_and_kept_by_fmt() {
    let with_bom = format!("\u{feff}{MINIMAL}");
    let compiled = policyc::compile_str("bom.policy", &with_bom);
    assert!(compiled.errors.is_empty(), "{:?}", compiled.errors);
    let dir = TempDir::new("hardening-bom");
    write(dir.path(), "bom.policy", &with_bom);
    let check = policyc_in(dir.path(), &["fmt", "--check", "bom.policy"]);
    assert_eq!(check.code, 0, "{}{}", check.stdout, check.stderr);
    write(
        dir.path(),
        "bom.policy",
        &format!("\u{feff}{}", MINIMAL.replace("  updated", "    updated")),
    );
    let run = policyc_in(dir.path(), &["fmt", "bom.policy"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(
        std::fs::read_to_string(dir.path().join("bom.policy")).unwrap(),
        with_bom
    );
    // A BOM anywhere else is still an error.
    let later = policyc::compile_str("x.policy", &MINIMAL.replace("changes", "\u{feff}changes"));
    assert!(!later.errors.is_empty());
}

#[test]
fn rev_path_is_read_from_the_working_directory_like_git() {
    let dir = TempDir::new("hardening-rev");
    let git = |args: &[&str], cwd: &Path| {
        let out = std::process::Command::new("git")
            .args(args)
            .current_dir(cwd)
            .env("GIT_AUTHOR_NAME", "t")
            .env("GIT_AUTHOR_EMAIL", "t@example.com")
            .env("GIT_COMMITTER_NAME", "t")
            .env("GIT_COMMITTER_EMAIL", "t@example.com")
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "git {args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    };
    git(&["init", "-q", "."], dir.path());
    // Two files with the same name: the one at the root must not be read.
    write(dir.path(), "p.policy", &MINIMAL.replace("Jane", "Root"));
    write(dir.path(), "sub/p.policy", MINIMAL);
    git(&["add", "."], dir.path());
    git(&["commit", "-q", "-m", "x"], dir.path());
    let sub = dir.path().join("sub");
    let run = policyc_in(
        &sub,
        &["diff", "HEAD:p.policy", "p.policy", "--fail-on", "any"],
    );
    assert_eq!(
        run.code, 0,
        "compared the wrong file: {}{}",
        run.stdout, run.stderr
    );
    let root_rel = policyc_in(
        &sub,
        &["diff", "HEAD:../p.policy", "p.policy", "--fail-on", "any"],
    );
    assert_eq!(root_rel.code, 1, "{}{}", root_rel.stdout, root_rel.stderr);
}

#[test]
fn sarif_uris_are_percent_encoded() {
    assert_eq!(
        policyc::report::uri("my policy #1.policy"),
        "my%20policy%20%231.policy"
    );
    assert_eq!(policyc::report::uri("dir\\a%b.policy"), "dir/a%25b.policy");
    assert_eq!(policyc::report::uri("ünï.policy"), "%C3%BCn%C3%AF.policy");
    let dir = TempDir::new("hardening-sarif");
    // Its own repository, as a checkout is: URIs are relative to its root.
    std::fs::create_dir_all(dir.path().join(".git")).unwrap();
    write(
        dir.path(),
        "my policy #1.policy",
        "policy \"x\" {\n}\nbogus\n",
    );
    let run = policyc_in(
        dir.path(),
        &["check", "--format", "sarif", "my policy #1.policy"],
    );
    assert!(
        run.stdout
            .contains("\"uri\": \"my%20policy%20%231.policy\""),
        "{}",
        run.stdout
    );
}

// ---------------------------------------------------------------- parsing in pieces

#[test]
fn parsing_in_pieces_gives_the_tree_of_one_parse() {
    let mut texts: Vec<String> = Vec::new();
    for dir in [
        "policies",
        "examples",
        "tests/fixtures/model",
        "tests/fixtures/errors",
        "tests/fixtures/fmt",
        "tests/fixtures/diff",
    ] {
        for e in std::fs::read_dir(crate::util::root().join(dir)).unwrap() {
            let p = e.unwrap().path();
            if p.extension().is_some_and(|x| x == "policy") {
                texts.push(std::fs::read_to_string(p).unwrap());
            }
        }
    }
    for shape in policyc::synth::Shape::ALL {
        texts.push(policyc::synth::shaped(shape, 40));
    }
    texts.push(format!(
        "\u{feff}// lead\n\n{MINIMAL}\n// trailing\n\n// end\n"
    ));
    assert!(texts.len() > 20);
    for text in &texts {
        let file = policyc::diag::SourceFile::new("t.policy", text.clone());
        let whole = policyc::syntax::parse_with(&file, usize::MAX);
        for chunk in [1, 7, 100, 4096] {
            let pieces = policyc::syntax::parse_with(&file, chunk);
            assert_eq!(pieces.0, whole.0, "chunk {chunk}:\n{text}");
            assert_eq!(pieces.1.len(), whole.1.len(), "chunk {chunk}");
        }
        // And fmt, which prints comments and blank lines, agrees.
        if whole.1.is_empty() {
            let pieces = policyc::syntax::parse_with(&file, 1);
            assert_eq!(
                policyc::fmt::format(&pieces.0),
                policyc::fmt::format(&whole.0)
            );
        }
    }
}

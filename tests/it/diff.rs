//! `policyc diff`: classification, identity by id, formats, git revisions.

use std::process::Command;

use crate::util::{policyc, policyc_in, root, TempDir};

const OLD: &str = "tests/fixtures/diff/calsoft-2018.policy";
const NEW: &str = "tests/fixtures/diff/calsoft-2019.policy";

#[test]
fn calsoft_pair_is_three_material_and_one_to_review() {
    let run = policyc(&["diff", "--format", "json", OLD, NEW]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let v: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    assert_eq!(
        v["summary"],
        serde_json::json!({ "material": 3, "review": 1, "editorial": 0 })
    );
    let got: Vec<(String, String, String, String)> = v["changes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| {
            let s = |k: &str| c[k].as_str().unwrap().to_string();
            (s("class"), s("area"), s("kind"), s("subject"))
        })
        .collect();
    let want = [
        // "at least 1 year after …" became "at least 3 years after …".
        ("material", "file", "changed", ""),
        ("material", "purpose", "added", "newsletter"),
        // IDE is Google's advertising cookie: non-essential, whoever sets it.
        ("material", "cookie", "added", "IDE"),
        // A typo fixed in prose: only the words can tell, so a person reads it.
        ("review", "section", "changed", "about"),
    ];
    assert_eq!(
        got,
        want.map(|(a, b, c, d)| (a.into(), b.into(), c.into(), d.into()))
    );
    insta::assert_snapshot!("calsoft.json", run.stdout);
}

#[test]
fn calsoft_pair_in_human_and_markdown() {
    let human = policyc(&["diff", OLD, NEW]);
    assert_eq!(human.code, 0);
    assert!(
        !human.stdout.contains('\x1b'),
        "no colour when not a terminal"
    );
    insta::assert_snapshot!("calsoft.human", human.stdout);
    let md = policyc(&["diff", "--format", "markdown", OLD, NEW]);
    assert!(md.stdout.starts_with("**Privacy policy changes**"));
    assert!(
        md.stdout.find("### Material changes") < md.stdout.find("<details>"),
        "material changes come first"
    );
    insta::assert_snapshot!("calsoft.md", md.stdout);
}

#[test]
fn fail_on_sets_the_exit_code() {
    assert_eq!(
        policyc(&["diff", "--fail-on", "material", OLD, NEW]).code,
        1
    );
    assert_eq!(policyc(&["diff", "--fail-on", "any", OLD, NEW]).code, 1);
    assert_eq!(policyc(&["diff", "--fail-on", "review", OLD, NEW]).code, 1);
    assert_eq!(policyc(&["diff", "--fail-on", "any", OLD, OLD]).code, 0);
    let same = policyc(&["diff", OLD, OLD]);
    assert!(
        same.stdout
            .contains("0 material changes, 0 to review, 0 editorial changes"),
        "{}",
        same.stdout
    );
}

fn diff_json(old: &str, new: &str) -> serde_json::Value {
    let dir = TempDir::new("diff-pair");
    std::fs::write(dir.path().join("old.policy"), old).unwrap();
    std::fs::write(dir.path().join("new.policy"), new).unwrap();
    let run = policyc_in(
        dir.path(),
        &["diff", "--format", "json", "old.policy", "new.policy"],
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    serde_json::from_str(&run.stdout).unwrap()
}

/// The first change of `field` in a diff's JSON.
fn change_of(v: &serde_json::Value, field: &str) -> Option<serde_json::Value> {
    v["changes"]
        .as_array()?
        .iter()
        .find(|c| c["field"] == field)
        .cloned()
}

const BASE: &str = "policy \"P\" {\n  updated 2024-01-31\n}\n\ndata contact \"Contact details\" {\n  retention 1 year\n}\n\npurpose reply \"Answering you\" {\n  uses contact\n  basis consent\n}\n";

#[test]
fn identity_is_by_declared_id() {
    // A changed label is a change, not a removal and an addition.
    let v = diff_json(
        BASE,
        &BASE.replace("\"Answering you\"", "\"Answering your questions\""),
    );
    assert_eq!(v["changes"].as_array().unwrap().len(), 1);
    assert_eq!(v["changes"][0]["kind"], "changed");
    assert_eq!(v["changes"][0]["field"], "(label)");
    // A purpose's label may name a new activity: a person reads it.
    assert_eq!(v["changes"][0]["class"], "review");
    // The same content under a new id is a rename.
    let v = diff_json(BASE, &BASE.replace("purpose reply", "purpose answers"));
    assert_eq!(v["changes"].as_array().unwrap().len(), 1, "{v}");
    assert_eq!(v["changes"][0]["kind"], "renamed");
    assert_eq!(v["changes"][0]["before"], "reply");
    assert_eq!(v["changes"][0]["after"], "answers");
}

#[test]
fn consent_moves_and_shorter_retention_are_classified() {
    let v = diff_json(
        BASE,
        &BASE.replace(
            "basis consent",
            "basis legitimate-interests\n  interest \"x\"",
        ),
    );
    let basis = v["changes"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["field"] == "basis")
        .unwrap();
    assert_eq!(basis["class"], "material");
    let v = diff_json(
        BASE,
        &BASE.replace("retention 1 year", "retention 6 months"),
    );
    assert_eq!(v["changes"][0]["class"], "editorial");
    let v = diff_json(BASE, &BASE.replace("retention 1 year", "retention 2 years"));
    assert_eq!(v["changes"][0]["class"], "material");
    assert_eq!(v["changes"][0]["reason"], "data is kept longer");
    assert_eq!(v["changes"][0]["change"], "longer");
}

fn git(dir: &std::path::Path, args: &[&str]) {
    let ok = Command::new("git")
        .args([
            "-c",
            "user.name=t",
            "-c",
            "user.email=t@example.com",
            "-c",
            "commit.gpgsign=false",
        ])
        .args(args)
        .current_dir(dir)
        .output()
        .unwrap();
    assert!(
        ok.status.success(),
        "git {args:?}: {}",
        String::from_utf8_lossy(&ok.stderr)
    );
}

#[test]
fn revisions_are_read_through_git() {
    let dir = TempDir::new("diff-git");
    std::fs::create_dir_all(dir.path().join("policies")).unwrap();
    let file = dir.path().join("policies/calsoft.policy");
    git(dir.path(), &["init", "-q"]);
    std::fs::copy(root().join(OLD), &file).unwrap();
    git(dir.path(), &["add", "."]);
    git(dir.path(), &["commit", "-q", "-m", "2018"]);
    std::fs::copy(root().join(NEW), &file).unwrap();
    git(dir.path(), &["commit", "-q", "-am", "2019"]);
    let run = policyc_in(
        dir.path(),
        &[
            "diff",
            "--format",
            "json",
            "HEAD~1:policies/calsoft.policy",
            "policies/calsoft.policy",
        ],
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    let v: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    assert_eq!(v["summary"]["material"], 3);
    let bad = policyc_in(
        dir.path(),
        &[
            "diff",
            "HEAD~5:policies/calsoft.policy",
            "policies/calsoft.policy",
        ],
    );
    assert_eq!(bad.code, 2);
    assert!(
        bad.stderr
            .contains("cannot read `HEAD~5:policies/calsoft.policy` from git"),
        "{}",
        bad.stderr
    );
}

#[test]
fn transferred_data_trackers_and_triggers_are_compared() {
    let base = "policy \"P\" {\n  updated 2024-01-31\n}\n\ndata a \"A\" {\n  retention 1 year after collection\n}\n\ndata b \"B\" {\n  retention 1 year\n}\n\ntransfer us \"US\" {\n  to us\n  safeguard sccs\n  data a\n}\n";
    let v = diff_json(base, &base.replace("  data a\n}", "  data a, b\n}"));
    assert_eq!(v["changes"][0]["field"], "data");
    assert_eq!(v["changes"][0]["class"], "material");
    let v = diff_json(
        base,
        &base.replace("after collection", "after account-closure"),
    );
    // Counted from another event: it may be longer or shorter; a person decides.
    assert_eq!(v["changes"][0]["class"], "review", "{v}");
    let tracked = format!("{base}\ntracker px \"Pixel\" {{\n  kind pixel\n}}\n");
    let v = diff_json(base, &tracked);
    assert_eq!(v["changes"][0]["area"], "tracker");
    assert_eq!(v["changes"][0]["class"], "material");
}

#[test]
fn a_renamed_category_is_the_same_data_for_the_purposes_that_use_it() {
    let renamed = BASE
        .replace("data contact", "data contact-details")
        .replace("uses contact", "uses contact-details");
    let v = diff_json(BASE, &renamed);
    let changes = v["changes"].as_array().unwrap();
    assert_eq!(changes.len(), 1, "{v}");
    assert_eq!(changes[0]["kind"], "renamed");
    assert_eq!(changes[0]["area"], "data");
}

#[test]
fn retention_is_compared_by_value_and_without_order() {
    let two = "policy \"P\" {\n  updated 2024-01-31\n}\n\nretention \"until you close your account\"\nretention 2 years after last-login\n";
    // Swapped lines say the same thing.
    let swapped = "policy \"P\" {\n  updated 2024-01-31\n}\n\nretention 2 years after last-login\nretention \"until you close your account\"\n";
    let v = diff_json(two, swapped);
    assert_eq!(v["changes"].as_array().unwrap().len(), 0, "{v}");
    // 24 months after the same event is 2 years.
    let v = diff_json(two, &two.replace("2 years", "24 months"));
    assert_eq!(v["changes"].as_array().unwrap().len(), 0, "{v}");
    // A longer period is still material, wherever the line is.
    let v = diff_json(two, &swapped.replace("2 years", "3 years"));
    let changes = v["changes"].as_array().unwrap();
    assert_eq!(changes.len(), 1, "{v}");
    assert_eq!(changes[0]["class"], "material");
    // The same near miss on a category's own retention.
    let v = diff_json(
        BASE,
        &BASE.replace("retention 1 year", "retention 12 months"),
    );
    assert_eq!(v["changes"].as_array().unwrap().len(), 0, "{v}");
}

/// The diff compares the resolved models: `uses all` is the categories the
/// file declares, so writing them out instead (or the other way round) is
/// no change, and a category declared under `uses all` is one more the
/// purpose uses.
#[test]
fn uses_all_is_compared_as_the_categories_it_resolves_to() {
    let all = BASE.replace("uses contact", "uses all");
    for (a, b) in [(all.as_str(), BASE), (BASE, all.as_str())] {
        let v = diff_json(a, b);
        assert_eq!(v["changes"].as_array().unwrap().len(), 0, "{v}");
    }
    let more = format!("{all}\ndata usage \"Usage data\" {{\n  retention 1 year\n}}\n");
    let v = diff_json(&all, &more);
    let uses = change_of(&v, "uses").expect("the purpose's data changed");
    assert_eq!(uses["class"], "material", "{v}");
    assert_eq!(uses["subject"], "reply", "{v}");
    assert_eq!(uses["after"], "usage", "{v}");
    assert_eq!(uses["listed"], true, "{v}");
    // Written out, the same change reads the same.
    let listed = more.replace("uses all", "uses contact, usage");
    assert_eq!(
        change_of(&diff_json(&all, &listed), "uses").unwrap()["after"],
        "usage"
    );
    // And the category dropped from the file is one fewer.
    let v = diff_json(&more, &all);
    let uses = change_of(&v, "uses").expect("the purpose's data changed");
    assert_eq!(uses["before"], "usage", "{v}");
}

/// Country codes and places are compared as the model normalises them: the
/// case of a code is how it is written, not where data goes.
#[test]
fn codes_written_in_capitals_are_the_same_places() {
    let base = format!(
        "{BASE}\ncontroller \"Example Ltd\" {{\n  country ie\n}}\n\nrecipient host \"Host\" {{\n  role processor\n  receives contact\n  location us\n}}\n\ntransfer t \"To the US\" {{\n  to us\n  safeguard sccs\n}}\n"
    );
    let upper = base
        .replace("country ie", "country IE")
        .replace("location us", "location US")
        .replace("to us", "to US");
    let v = diff_json(&base, &upper);
    assert_eq!(v["changes"].as_array().unwrap().len(), 0, "{v}");
    // A different country is still a change.
    let v = diff_json(&base, &upper.replace("to US", "to IN"));
    let to: Vec<_> = v["changes"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|c| c["field"] == "to")
        .collect();
    assert_eq!(to.len(), 1, "{v}");
    assert_eq!(to[0]["class"], "material", "{v}");
    assert_eq!(to[0]["before"], "us", "{v}");
}

#[test]
fn an_alternative_basis_added_is_a_change_of_basis() {
    // An alternative basis added is a change of basis.
    let conditional = BASE.replace(
        "basis consent",
        "basis consent \"where required\" or legitimate-interests\n  interest \"x\"",
    );
    let v = diff_json(BASE, &conditional);
    let alt = change_of(&v, "basis").unwrap();
    assert_eq!(alt["before"], "consent", "{v}");
    assert_eq!(alt["class"], "material");
    assert_eq!(alt["change"], "any");
}

#[test]
fn the_pr_comment_is_escaped_once_pings_no_one_links_lines_and_shows_added_facts() {
    let old = "policy \"P\" {\n  updated 2024-01-31\n}\n\ncontroller \"Example, Inc.\" {\n  email \"privacy@example.com\"\n}\n\ndata contact \"Contact details\" {\n  source person\n}\n";
    let new = format!(
        "{}\npurpose ads \"Ads for @octocat and *friends*\" {{\n  uses contact\n  basis legitimate-interests\n  interest \"selling ads\"\n}}\n",
        old.replace("Example, Inc.", "Example Holdings, Inc.")
    );
    let dir = TempDir::new("diff-md");
    std::fs::write(dir.path().join("old.policy"), old).unwrap();
    std::fs::write(dir.path().join("new policy.policy"), &new).unwrap();
    let run = policyc_in(
        dir.path(),
        &[
            "diff",
            "--format",
            "markdown",
            "--link-base",
            "https://github.com/o/r/blob/abc",
            "old.policy",
            "new policy.policy",
        ],
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    let md = run.stdout;
    // Escaped once: "Inc." stays as written, Markdown emphasis is escaped once.
    assert!(md.contains("Holdings, Inc."), "{md}");
    assert!(!md.contains("Inc\\."), "{md}");
    assert!(
        md.contains("\\*friends\\*") && !md.contains("\\\\*"),
        "{md}"
    );
    // No one is pinged.
    assert!(!md.contains("@octocat"), "{md}");
    assert!(md.contains("@\u{200B}octocat"), "{md}");
    // Each change with its new line, linked; a space in the path is encoded.
    assert!(
        md.contains(
            "[`new policy.policy:13`](https://github.com/o/r/blob/abc/new%20policy.policy#L13)"
        ),
        "{md}"
    );
    // The added purpose with all it states, and the reason with its source.
    for fact in [
        "  - uses: contact",
        "  - basis: legitimate-interests",
        "  - interest: “selling ads”",
    ] {
        assert!(md.contains(fact), "{fact} in {md}");
    }
    assert!(
        md.contains("data is used for a new purpose (GDPR Art. 13(1)(c)"),
        "{md}"
    );
}

#[test]
fn a_long_list_of_data_is_collapsed_in_the_pr_comment() {
    let ids: Vec<String> = (0..12).map(|i| format!("d{i}")).collect();
    let data: String = ids
        .iter()
        .map(|i| format!("data {i} \"D {i}\" {{\n  source person\n}}\n"))
        .collect();
    let old = format!("policy \"P\" {{\n  updated 2024-01-31\n}}\n{data}purpose p \"P\" {{\n  uses d0\n  basis consent\n}}\n");
    let new = old.replace("uses d0", &format!("uses {}", ids.join(", ")));
    let dir = TempDir::new("diff-long");
    std::fs::write(dir.path().join("old.policy"), &old).unwrap();
    std::fs::write(dir.path().join("new.policy"), &new).unwrap();
    let run = policyc_in(
        dir.path(),
        &["diff", "--format", "markdown", "old.policy", "new.policy"],
    );
    // The start in the line, the whole list collapsed below it.
    assert!(
        run.stdout.contains("added d1, d2, d3")
            && run.stdout.contains(
                "  <details><summary>all 11 values</summary>\n\n  - d1, d2, d3, d4, d5, d6, d7, d8, d9, d10, d11\n\n  </details>\n"
            ),
        "{}",
        run.stdout
    );
}

#[test]
fn the_facts_issue_11_added_are_compared() {
    let limited = BASE.replace(
        "data contact \"Contact details\" {\n",
        "limits-sensitive-use yes \"only to sign you in\"\n\ndata contact \"Contact details\" {\n  sensitive account-credentials\n",
    );
    // Dropping the 11 CCR 7027(m) limit widens the use of sensitive data.
    let v = diff_json(
        &limited,
        &limited.replace("yes \"only to sign you in\"", "no"),
    );
    let change = v["changes"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["field"] == "limits-sensitive-use" && c["class"] == "material");
    assert!(change.is_some(), "{v}");
    // A category a third party collected that the controller now collects itself.
    let by_third = BASE.replace(
        "  retention 1 year\n",
        "  retention 1 year\n  collected-by \"the video host\"\n",
    );
    let v = diff_json(&by_third, BASE);
    assert_eq!(v["changes"][0]["field"], "collected-by", "{v}");
    assert_eq!(v["changes"][0]["class"], "material");
}

/// What a hostile policy tries to smuggle into a PR comment: a line that
/// closes policyc's `<details>` (starting an HTML block), live tags, links,
/// comments, CDATA, declarations, processing instructions, a backslash
/// before `<`, and control characters for the terminal the comment is
/// printed on.
const HOSTILE: &[&str] = &[
    "</details>",
    "<img src=x onerror=alert(1)>",
    "<script>alert(2)</script>",
    "[click](javascript:alert(3))",
    "<javascript:alert(4)>",
    "<!-- comment -->",
    "<![CDATA[ x ]]>",
    "<!DOCTYPE html>",
    "<?php echo 1 ?>",
    "\\\\<img src=y onerror=alert(5)>",
    "`</details>`",
    "| a | b |",
    "<details open>",
];

/// The hostile words as one policy string: each on its own line (`\n` escapes),
/// each line starting at column 0 of the value, and control characters.
fn hostile_string(pad: usize) -> String {
    let mut s = String::from("\\n");
    for h in HOSTILE {
        s.push_str(&h.replace('\\', "\\\\"));
        s.push_str("\\n");
    }
    s.push_str("\u{1b}]0;title\u{7}\u{1b}[2J\u{9b}31m");
    s.push_str(&" padding".repeat(pad));
    s
}

/// A pair of policies whose every string a PR comment shows is hostile:
/// a label, a changed field (short and long, so collapsed), an added
/// purpose's facts, a long list, and prose edits.
fn hostile_pair() -> (String, String) {
    let ids: Vec<String> = (0..12).map(|i| format!("d{i}")).collect();
    let data: String = ids
        .iter()
        .map(|i| format!("data {i} \"D {i}\" {{\n  source person\n}}\n"))
        .collect();
    let old = format!(
        "policy \"P\" {{\n  updated 2024-01-31\n}}\n\ncontroller \"Example\" {{\n  email \"privacy@example.com\"\n  legal-form \"a company\"\n  address \"1 Road\"\n}}\n\n{data}\npurpose p \"P\" {{\n  uses d0\n  basis consent\n}}\n\nsection about \"About\" {{\n  text \"\"\"\nHello world. We are nice.\n\"\"\"\n}}\n"
    );
    let prose: String = HOSTILE.iter().map(|h| format!("{h} Sentence.\n")).collect();
    let new = old
        .replace("a company", &hostile_string(0))
        .replace("1 Road", &hostile_string(50))
        .replace("uses d0", &format!("uses {}", ids.join(", ")))
        .replace("We are nice.\n", &format!("We are nice.\n{prose}\u{1b}[2J\u{7}Bell.\n"))
        + &format!(
            "\npurpose ads \"Ads{}\" {{\n  uses d1\n  basis legitimate-interests\n  interest \"{}\"\n}}\n\npurpose zz \"Z{}\" {{\n  uses d2\n  basis legitimate-interests\n  interest \"{}\"\n}}\n",
            hostile_string(0),
            hostile_string(60),
            hostile_string(0),
            hostile_string(0),
        );
    (old, new)
}

/// Checks a rendered PR comment: no markup policyc did not write, every
/// hostile word shown as text, no control character but line breaks.
fn assert_comment_is_inert(md: &str, link_base: Option<&str>) {
    let html = crate::gfm::render(md);
    let foreign = crate::gfm::foreign_markup(&html, crate::gfm::COMMENT_SCAFFOLDING, link_base);
    assert!(
        foreign.is_empty(),
        "markup from the policy: {foreign:?}\n--- comment:\n{md}\n--- html:\n{html}"
    );
    let text = crate::gfm::visible_text(&html);
    for h in HOSTILE
        .iter()
        .filter(|h| !h.starts_with('`') && !h.starts_with('\\'))
    {
        assert!(text.contains(h), "{h:?} is not shown as text:\n{text}");
    }
    if let Some(c) = md.chars().find(|c| c.is_control() && *c != '\n') {
        panic!(
            "the comment has the control character U+{:04X}:\n{md}",
            c as u32
        );
    }
    // policyc's own <details> blocks open and close in pairs.
    let opened = html.matches("<details>").count();
    assert_eq!(opened, html.matches("</details>").count(), "{html}");
    assert_eq!(opened, html.matches("<summary>").count(), "{html}");
}

#[test]
fn hostile_policy_text_in_the_pr_comment_renders_as_text_on_github() {
    let (old, new) = hostile_pair();
    let dir = TempDir::new("diff-hostile");
    std::fs::write(dir.path().join("old.policy"), &old).unwrap();
    // A file name is text from the pull request too.
    let name = "new\n<details open>\n<img src=n onerror=alert(6)>\n\u{1b}[2J.policy";
    std::fs::write(dir.path().join(name), &new).unwrap();
    for base in [None, Some("https://github.com/o/r/blob/abc")] {
        let mut args = vec!["diff", "--format", "markdown", "old.policy", name];
        if let Some(b) = base {
            args.extend(["--link-base", b]);
        }
        let run = policyc_in(dir.path(), &args);
        assert_eq!(run.code, 0, "{}", run.stderr);
        // The comment does show all that changed.
        for part in [
            "legal-form",
            "address",
            "purpose `ads` added",
            "uses",
            "<details>",
        ] {
            assert!(run.stdout.contains(part), "{part} in {}", run.stdout);
        }
        assert_comment_is_inert(&run.stdout, base);
    }
}

#[test]
fn a_closing_details_line_in_a_long_value_starts_no_html_block() {
    // The defect as found: a long value is collapsed into <details>; its
    // `</details>` at column 0 started an HTML block that swallowed the next
    // fact, whose `\<img>` then was a live tag.
    let change = policyc::diff::Change {
        area: "purpose",
        kind: policyc::diff::Kind::Added,
        subject: "ads".into(),
        field: None,
        before: None,
        after: None,
        class: policyc::diff::Class::Material,
        change: "added".into(),
        reason: "a reason".into(),
        source: "—".into(),
        old_at: None,
        new_at: None,
        facts: vec![
            ("interest".into(), "x ".repeat(200)),
            ("uses".into(), "<img src=x onerror=alert(1)>".into()),
        ],
        sentences: None,
        listed: false,
    };
    let md = policyc::commands::diff::markdown(
        "old",
        "new",
        &[change],
        &policyc::commands::diff::Links::default(),
    );
    let html = crate::gfm::render(&md);
    assert!(
        crate::gfm::foreign_markup(&html, crate::gfm::COMMENT_SCAFFOLDING, None).is_empty(),
        "{md}\n{html}"
    );
    assert!(
        crate::gfm::visible_text(&html).contains("<img src=x onerror=alert(1)>"),
        "{html}"
    );
}

/// A place moved from `for elsewhere`'s complement into another statement's
/// list changes what holds for its people although no value changes: the
/// diff reads both versions place by place (issue 21: regions included).
#[test]
fn a_place_moved_beside_elsewhere_is_compared_for_its_people() {
    let base = "policy \"P\" {\n  updated 2024-01-31\n}\n\ndata contact \"Contact details\" {\n  retention 3 years for us\n  retention 2 years for elsewhere\n}\n\npurpose ads \"Ads\" {\n  uses contact\n  basis consent for eea\n  basis legitimate-interests for elsewhere\n  interest \"x\"\n}\n\nchildren {\n  minimum-age 13 for elsewhere\n  minimum-age 16 for eea\n}\n\nrights {\n  right access \"Ask for a copy\"\n  respond-within 30 days for eea\n  respond-within 45 days for elsewhere\n}\n";
    let one = |from: &str, to: &str| -> (String, String, String) {
        let (old, new) = (base.replace(from, to), base);
        let v = diff_json(&old, new);
        let changes = v["changes"].as_array().unwrap();
        assert_eq!(changes.len(), 1, "{from} → {to}: {v}");
        let s = |k: &str| changes[0][k].as_str().unwrap_or_default().to_string();
        (s("class"), s("change"), s("reason"))
    };
    // In the UK: 3 years (with the US) → 2 years (elsewhere): shorter.
    let (class, change, _) = one("3 years for us", "3 years for us, uk");
    assert_eq!((class.as_str(), change.as_str()), ("editorial", "shorter"));
    // In the UK: consent (with the EEA) → legitimate interests (elsewhere).
    let (class, change, _) = one("consent for eea", "consent for eea, uk");
    assert_eq!(
        (class.as_str(), change.as_str()),
        ("material", "from consent")
    );
    // In the UK: 16 (with the EEA) → 13 (elsewhere): younger children admitted.
    let (class, change, _) = one("16 for eea", "16 for eea, uk");
    assert_eq!((class.as_str(), change.as_str()), ("material", "lower"));
    // In the UK: 30 days (with the EEA) → 45 days (elsewhere): slower.
    let (class, change, _) = one("30 days for eea", "30 days for eea, uk");
    assert_eq!(class, "material");
    assert_eq!(change, "longer");
    // And the other way round, for the people of the UK: longer retention.
    let v = diff_json(base, &base.replace("3 years for us", "3 years for us, uk"));
    assert_eq!(v["changes"][0]["class"], "material");
    assert_eq!(v["changes"][0]["reason"], "data is kept longer");
    // The same facts for everyone, the lists written in another order: no change.
    let v = diff_json(
        base,
        &base.replace(
            "respond-within 30 days for eea\n  respond-within 45 days for elsewhere",
            "respond-within 45 days for elsewhere\n  respond-within 30 days for eea",
        ),
    );
    assert_eq!(v["changes"].as_array().unwrap().len(), 0, "{v}");
}

/// Places are compared as the model resolves them: a regime word names the
/// places its law covers (`gdpr` is the EEA, `uk-gdpr` the UK, `ccpa`
/// California), so writing one for the other is no change, while a place
/// that moves from one rule to another is a change for its people.
#[test]
fn regime_words_are_the_places_they_cover() {
    let base = "policy \"P\" {\n  updated 2026-01-01\n  jurisdictions gdpr, uk-gdpr, ccpa\n}\n\ndata contact \"Contact details\" {\n  source person\n  retention 2 years for eea, uk\n  retention 1 year for elsewhere\n}\n\npurpose service \"Providing the service\" {\n  uses contact\n  basis contract for eea, uk\n}\n\nsells-data no \"We do not sell.\" for california\n";
    let regimes = base
        .replace("for eea, uk\n", "for gdpr, uk-gdpr\n")
        .replace("for california", "for ccpa");
    assert_ne!(base, regimes);
    let v = diff_json(base, &regimes);
    assert_eq!(v["changes"].as_array().unwrap().len(), 0, "{v}");
    // The UK moved from the two-year rule into `elsewhere`'s one year: its
    // people's data is kept for less time.
    let v = diff_json(
        base,
        &base.replace("retention 2 years for eea, uk", "retention 2 years for eea"),
    );
    let changes = v["changes"].as_array().unwrap();
    assert_eq!(changes.len(), 1, "{v}");
    assert_eq!(changes[0]["field"], "retention", "{v}");
    assert_eq!(changes[0]["change"], "shorter", "{v}");
}

/// A party stated for some places is in the model's list of regional
/// parties: it is restated all the same, so the same country written in
/// capitals in one version and not in the other is no change, whether the
/// controller holds everywhere or for some places.
#[test]
fn a_regional_controller_is_compared_as_resolved_too() {
    let base = "policy \"P\" {\n  updated 2026-01-01\n  jurisdictions gdpr, uk-gdpr\n}\n\ncontroller \"Example Ltd\" for elsewhere {\n  country IE\n}\n\ncontroller \"UK Ltd\" for uk {\n  country GB\n}\n";
    let v = diff_json(base, &base.replace("country IE", "country ie"));
    assert_eq!(v["changes"].as_array().unwrap().len(), 0, "{v}");
    // Moved from everywhere to the EEA: the places change, the country not.
    let everywhere = "policy \"P\" {\n  updated 2026-01-01\n  jurisdictions gdpr\n}\n\ncontroller \"Example Ltd\" {\n  country IE\n}\n";
    let v = diff_json(
        everywhere,
        &everywhere.replace(
            "controller \"Example Ltd\" {",
            "controller \"Example Ltd\" for eea {",
        ),
    );
    let fields: Vec<&str> = v["changes"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|c| c["field"].as_str())
        .collect();
    assert_eq!(fields, ["(for)"], "{v}");
}

/// A place in quotes is compared whatever its case: `to "US"` is the
/// place `to US` names, and an id in capitals is its own id, not the word
/// `all`.
#[test]
fn places_are_compared_in_any_case_and_ids_exactly() {
    let base = format!("{BASE}\ntransfer t \"To the US\" {{\n  to US\n  safeguard sccs\n}}\n");
    let v = diff_json(&base, &base.replace("to US", "to \"US\""));
    assert_eq!(v["changes"].as_array().unwrap().len(), 0, "{v}");
    let all = BASE.replace("uses contact", "uses all");
    let more = format!("{all}\ndata ALL \"Everything else\" {{\n  retention 1 year\n}}\n");
    let v = diff_json(&all, &more);
    let uses = change_of(&v, "uses").expect("the purpose uses one more category");
    assert_eq!(uses["after"], "ALL", "{v}");
}

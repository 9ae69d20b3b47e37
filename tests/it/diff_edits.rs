//! The labelled edits of tests/fixtures/diff/edits.txt: each edit of
//! examples/saas.policy was classed by a privacy lawyer's standard before
//! the classifier was written; this test runs the diff on each and reports
//! how often the most serious class it reports agrees with the label.

use policyc::diff::{diff, Class};

/// Below this agreement the test fails (the labels are the standard, not the tool).
const THRESHOLD: f64 = 0.90;

/// The same for the regional edits of issue 22 (its goal is 95 %).
const REGIONAL_THRESHOLD: f64 = 0.95;

/// The same for the edits that move places (issue 21: the diff compares
/// facts place by place). First run, on the diff before the resolution
/// place by place was complete (58ad691): 20 of 34 (58.8 %); after it, 31
/// of 34; 32 once retention rules are read as limits and exceptions. The
/// two left are judgement calls the diff does not read (a period after
/// closure against "as long as necessary"; a right's words that move with a
/// place). 33 once a period after the account ends, where the general rules
/// set none after it, is `longer` (tenth session).
const ELSEWHERE_THRESHOLD: f64 = 0.97;
/// The retention edits (issue 21, tests/fixtures/diff/retention-edits.txt,
/// committed in adb1fba before the diff ran on them). First run, on the diff
/// of 55c58cf: 14 of 30 (46.7 %). After retention rules are compared as
/// limits and exceptions (a limit lost: dropped; an exception lost: lifted;
/// an exception gained: excepted; a limit gained: limited) and a criterion
/// replaced by `indefinitely` is longer: 20 of 30. The ten left are
/// `review` where the labeller read the words to a verdict (periods inside
/// a criterion's words, "anonymised" against "pseudonymised", an exception
/// widened, a criterion for a period). Tenth session, 26 of 30: retention
/// values ordered by length where the words allow (a criterion holding one
/// duration against a bare period, a period lost to an open-ended
/// criterion), a period after the account ends where the general rules set
/// none after it is `longer`, and a rule that lets deleted data stay is
/// `excepted`. The four left: "pseudonymised" for "anonymised", an
/// exception widened in its own words, "as long as necessary" for a fixed
/// period, and the same limit reworded. 27 once "pseudonymised" in place of
/// "anonymised" or "de-identified" is longer (after the Spotify set below).
/// Eleventh session, 28 of 30: a criterion of necessity replaced by a fixed
/// period is longer. The two left: an exception widened in its own words
/// (from suspended accounts to every deleted one) and the same limit
/// reworded.
const RETENTION_THRESHOLD: f64 = 0.93;

struct Edit {
    label: String,
    what: String,
    hunks: Vec<(String, String)>,
}

fn edits(text: &str) -> Vec<Edit> {
    let mut out: Vec<Edit> = Vec::new();
    let mut find: Vec<&str> = Vec::new();
    let mut replace: Vec<&str> = Vec::new();
    let flush = |out: &mut Vec<Edit>, find: &mut Vec<&str>, replace: &mut Vec<&str>| {
        if let Some(e) = out.last_mut() {
            if !find.is_empty() {
                e.hunks.push((find.join("\n"), replace.join("\n")));
            }
        }
        find.clear();
        replace.clear();
    };
    for line in text.lines() {
        if let Some(head) = line.strip_prefix("=== ") {
            flush(&mut out, &mut find, &mut replace);
            let (label, what) = head.split_once(" | ").expect("`=== CLASS | why`");
            out.push(Edit {
                label: label.trim().to_string(),
                what: what.trim().to_string(),
                hunks: Vec::new(),
            });
        } else if line == "@@" {
            flush(&mut out, &mut find, &mut replace);
        } else if let Some(rest) = line.strip_prefix('-') {
            find.push(rest.strip_prefix(' ').unwrap_or(rest));
        } else if let Some(rest) = line.strip_prefix('+') {
            replace.push(rest.strip_prefix(' ').unwrap_or(rest));
        }
    }
    flush(&mut out, &mut find, &mut replace);
    out
}

/// Applies the hunks, each found exactly once in the base, all at their places in the base.
fn apply(base: &str, e: &Edit) -> String {
    let mut places: Vec<(usize, usize, &str)> = e
        .hunks
        .iter()
        .map(|(find, replace)| {
            let found: Vec<usize> = base.match_indices(find.as_str()).map(|(i, _)| i).collect();
            assert_eq!(
                found.len(),
                1,
                "`{}`: {find:?} occurs {} times",
                e.what,
                found.len()
            );
            (found[0], find.len(), replace.as_str())
        })
        .collect();
    places.sort_by_key(|p| std::cmp::Reverse(p.0));
    let mut out = base.to_string();
    for (at, len, replace) in places {
        out.replace_range(at..at + len, replace);
    }
    out
}

#[test]
fn labelled_edits_agree_with_the_diff() {
    agreement(
        include_str!("../../examples/saas.policy"),
        include_str!("../fixtures/diff/edits.txt"),
        THRESHOLD,
    );
}

#[test]
fn labelled_regional_edits_agree_with_the_diff() {
    agreement(
        include_str!("../../policies/reddit.policy"),
        include_str!("../fixtures/diff/regional-edits.txt"),
        REGIONAL_THRESHOLD,
    );
}

/// Edits that move places between statements of one kind (beside `for
/// elsewhere`, nested places), labelled from the law before the diff ran on
/// them (tests/fixtures/diff/elsewhere-edits.txt): what holds for the people
/// of each place must be compared, not the places as written.
#[test]
fn labelled_edits_that_move_places_agree_with_the_diff() {
    agreement(
        include_str!("../../policies/reddit.policy"),
        include_str!("../fixtures/diff/elsewhere-edits.txt"),
        ELSEWHERE_THRESHOLD,
    );
}

/// Edits of retention rules only (tests/fixtures/diff/retention-edits.txt,
/// labelled from the law before the diff ran on them): limits and exceptions
/// dropped, moved, widened or narrowed, periods longer or shorter, criteria
/// for periods, and the same rules written another way.
#[test]
fn labelled_retention_edits_agree_with_the_diff() {
    agreement(
        include_str!("../../policies/reddit.policy"),
        include_str!("../fixtures/diff/retention-edits.txt"),
        RETENTION_THRESHOLD,
    );
}

/// Applies each labelled edit to `base`, diffs, and fails below `threshold` agreement.
fn agreement(base: &str, labels: &str, threshold: f64) {
    let kb = policyc::cookies::KnowledgeBase::builtin();
    let old = policyc::compile_str("base.policy", base);
    assert!(old.errors.is_empty());
    let old = old.policy.expect("the base compiles");
    let all = edits(labels);
    // A set is at least 20 edits (a format slip that dropped some would show).
    assert!(
        all.len() >= 20,
        "at least 20 labelled edits, read {}",
        all.len()
    );
    let mut agree = 0;
    let mut report = String::new();
    for e in &all {
        let text = apply(base, e);
        let new = policyc::compile_str("base.policy", &text);
        let errors: Vec<String> = new.errors.iter().map(|d| d.message.clone()).collect();
        assert!(
            errors.is_empty(),
            "`{}` does not compile: {errors:?}",
            e.what
        );
        let new = new.policy.expect("compiles");
        let changes = diff(&old, &new, kb);
        let got = changes
            .iter()
            .map(|c| c.class)
            .min()
            .map_or("none", |c: Class| c.word());
        if got == e.label {
            agree += 1;
        } else {
            report.push_str(&format!(
                "  expected {:<9} got {:<9} {}\n{}",
                e.label,
                got,
                e.what,
                changes
                    .iter()
                    .map(|c| format!(
                        "      {} {} {} {:?} {:?}: {}\n",
                        c.class.word(),
                        c.area,
                        c.subject,
                        c.field,
                        c.change,
                        c.reason
                    ))
                    .collect::<String>()
            ));
        }
    }
    let rate = agree as f64 / all.len() as f64;
    println!(
        "labelled edits: {agree} of {} agree ({:.1} %)\n{report}",
        all.len(),
        rate * 100.0
    );
    assert!(
        rate >= threshold,
        "agreement {:.1} % is below {:.0} %:\n{report}",
        rate * 100.0,
        threshold * 100.0
    );
}

/// Retention edits of another policy (tests/fixtures/diff/retention-edits-spotify.txt,
/// labelled from the law by a helper who had not read the diff, and committed in
/// 5e44f06 before the diff ran on them). Measured once, on the diff of
/// b26e90a: 15 of 26 (57.7 %). After (in sample): "immediately" is no time
/// at all; a period lost to words with no end of their own is longer; a
/// rule put in another's place for some people is compared by length there
/// (the whole policy's rules, places aside, no longer count it as one more);
/// "pseudonymised" for "de-identified" is longer; a rule that kept data
/// after the account is deleted is an exception (lifted when lost); a
/// criterion stated where none was is not "a period"; `indefinitely` stated
/// where none was is longer: 22 of 26. The four left: "deleted" for
/// "deleted or de-identified", an exception widened or narrowed in its own
/// words (two), and a rewording. Eleventh session, 25 of 26: an exception
/// whose listed reasons gain more is widened, one left with some of them is
/// narrowed, and so is a rule that ends in deleting where it ended in
/// deleting "or de-identifying". The one left: a rewording.
const SPOTIFY_RETENTION_THRESHOLD: f64 = 0.96;

#[test]
fn labelled_spotify_retention_edits_agree_with_the_diff() {
    agreement(
        include_str!("../../policies/spotify.policy"),
        include_str!("../fixtures/diff/retention-edits-spotify.txt"),
        SPOTIFY_RETENTION_THRESHOLD,
    );
}

//! The checker measured against findings a regulator would write.
//!
//! tests/fixtures/triage/NAME.labels were written from each original policy
//! and the law by someone who had not read the rules' code, and committed
//! before the checker ran on the transcription beside them
//! (tests/fixtures/triage/FORMAT.md). This test runs `policyc check` on each
//! transcription and judges every finding by the labels alone:
//!
//! - a finding is **true** when an `expect` record names its rule and its line
//!   (or `*`); a record naming a block's first line names the block, and a
//!   finding that marks several facts meets a record at any of them; each
//!   record is one gap, so a second finding on the same record is a
//!   duplicate and counts as false;
//! - every other finding is **false**, and one on a `clean` record says
//!   exactly what a regulator would not write;
//! - **recall** is the share of `expect` and `gap` records some finding meets
//!   (a `gap` names a rule the catalogue lacked when it was written; it is
//!   met only by a rule made since under that name, at its lines).
//!
//! The figures are printed with every verdict (`cargo test --test it triage
//! -- --nocapture`) and recorded in docs/triage/README.md. The floors below
//! are the figures measured when the labels landed, not the goal (95 %
//! precision, 90 % recall): a change that makes the checker worse on a
//! labelled policy fails here, and a better one should raise its floor.

use crate::util::{policyc, root};

/// One record of a labels file.
struct Label {
    kind: String,
    rule: String,
    /// `None`: the whole policy (`*`).
    lines: Option<Vec<(u64, u64)>>,
}

impl Label {
    fn at(&self, line: u64) -> bool {
        match &self.lines {
            None => true,
            Some(ranges) => ranges.iter().any(|&(a, b)| (a..=b).contains(&line)),
        }
    }
}

/// For each line of a transcription that opens a block (`data x "…" {`),
/// the line that closes it: a record naming a block's first line names the
/// block (FORMAT.md: "the lines of X's block"), so a finding at one of its
/// statements meets it.
fn block_ends(name: &str) -> std::collections::HashMap<u64, u64> {
    let text = std::fs::read_to_string(root().join(format!("tests/fixtures/triage/{name}.policy")))
        .unwrap();
    let lines: Vec<&str> = text.lines().collect();
    let mut ends = std::collections::HashMap::new();
    for (i, l) in lines.iter().enumerate() {
        if !l.trim_end().ends_with('{') || l.trim_start().starts_with("//") {
            continue;
        }
        let indent = &l[..l.len() - l.trim_start().len()];
        let close = format!("{indent}}}");
        if let Some(j) = lines[i + 1..].iter().position(|m| m.trim_end() == close) {
            ends.insert(i as u64 + 1, (i + 1 + j) as u64 + 1);
        }
    }
    ends
}

fn labels(name: &str) -> Vec<Label> {
    let ends = block_ends(name);
    let text = std::fs::read_to_string(root().join(format!("tests/fixtures/triage/{name}.labels")))
        .unwrap();
    text.lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .map(|l| {
            let f: Vec<&str> = l.split(" | ").map(str::trim).collect();
            assert!(
                f.len() >= 4,
                "{name}.labels: a record has four fields or more: {l}"
            );
            let lines = (f[2] != "*").then(|| {
                f[2].split(',')
                    .map(|r| {
                        let r = r.trim();
                        let (a, b) = r.split_once('-').unwrap_or((r, r));
                        let n = |s: &str| {
                            s.trim().parse::<u64>().unwrap_or_else(|_| {
                                panic!("{name}.labels: `{r}` is not a line or a range: {l}")
                            })
                        };
                        let (a, b) = (n(a), n(b));
                        (a, b.max(ends.get(&a).copied().unwrap_or(b)))
                    })
                    .collect()
            });
            Label {
                kind: f[0].to_string(),
                rule: f[1].to_string(),
                lines,
            }
        })
        .collect()
}

/// Whether a finding can meet the record: an `expect` names a rule of the
/// catalogue; a `gap` names the rule the labeller would have wanted, and a
/// rule made since under that name meets it the same way.
fn met_by(l: &Label) -> bool {
    l.kind == "expect" || l.kind == "gap"
}

/// What the labels make of the checker's findings on one policy.
struct Score {
    findings: usize,
    true_positives: usize,
    gaps: usize,
    met: usize,
}

impl Score {
    fn precision(&self) -> f64 {
        if self.findings == 0 {
            1.0
        } else {
            self.true_positives as f64 / self.findings as f64
        }
    }
    fn recall(&self) -> f64 {
        if self.gaps == 0 {
            1.0
        } else {
            self.met as f64 / self.gaps as f64
        }
    }
}

fn score(name: &str) -> Score {
    let labels = labels(name);
    let policy = format!("tests/fixtures/triage/{name}.policy");
    let run = policyc(&[
        "check",
        "--today",
        "2026-12-06",
        "--format",
        "json",
        &policy,
    ]);
    assert!(run.code <= 1, "{policy} must compile: {}", run.stderr);
    let findings: Vec<serde_json::Value> = serde_json::from_str(&run.stdout).unwrap();
    // A notice about the check itself (no jurisdiction named, so the rules
    // of every law were skipped) says nothing of the policy's law.
    let findings: Vec<serde_json::Value> = findings
        .into_iter()
        .filter(|f| f["rule"] != "no-jurisdictions")
        .collect();
    let mut used = vec![false; labels.len()];
    let mut true_positives = 0;
    println!("\n== {name}");
    for f in &findings {
        let rule = f["rule"].as_str().unwrap();
        let line = f["line"].as_u64().unwrap();
        // A finding on one gap that concerns several facts marks each of them
        // (`related`): it is about every one, so it meets a record at any.
        let lines: Vec<u64> = std::iter::once(line)
            .chain(
                f["related"]
                    .as_array()
                    .into_iter()
                    .flatten()
                    .filter_map(|r| r["line"].as_u64()),
            )
            .collect();
        let at = |l: &Label| lines.iter().any(|&n| l.at(n));
        let expect = labels
            .iter()
            .enumerate()
            .find(|(i, l)| met_by(l) && l.rule == rule && at(l) && !used[*i]);
        let verdict = match expect {
            Some((i, _)) => {
                used[i] = true;
                true_positives += 1;
                "true"
            }
            None if labels.iter().any(|l| met_by(l) && l.rule == rule && at(l)) => {
                "false (the same gap again)"
            }
            None if labels
                .iter()
                .any(|l| l.kind == "clean" && l.rule == rule && l.at(line)) =>
            {
                "false (labelled clean)"
            }
            None => "false (not labelled)",
        };
        println!("  {verdict:28} {rule} at line {line}");
    }
    for (i, l) in labels.iter().enumerate() {
        if met_by(l) && !used[i] {
            println!("  {:28} {} ({})", "missed", l.rule, l.kind);
        }
    }
    let gaps = labels
        .iter()
        .filter(|l| l.kind == "expect" || l.kind == "gap")
        .count();
    Score {
        findings: findings.len(),
        true_positives,
        gaps,
        met: used.iter().filter(|u| **u).count(),
    }
}

#[test]
fn the_checker_against_labels_written_from_the_originals() {
    // (policy, precision floor, recall floor): the figures last measured
    // (docs/triage/README.md); a change may raise them, and lowers one
    // only with the reason written beside it.
    let floors = [
        ("calsoft", 1.00, 1.00),
        ("spotify", 1.00, 1.00),
        ("reddit", 0.95, 0.86),
        // 1.00 -> 0.94: `basis contract-b or legitimate-b` with no words is
        // now read as the alternatives it is (declared bases are no
        // condition); its labeller did not write it, Reddit 0106's, LINE's
        // and Moltbook's did (docs/triage/README.md).
        ("upscrolled", 0.94, 0.85),
        ("parler", 1.00, 0.92),
        // Out of sample: labelled after the checker's changes for issue 23,
        // never used to tune it (docs/triage/README.md).
        ("reddit-0106", 0.94, 0.73),
        // Out of sample too (this session): transcribed and labelled by two
        // helpers who had not read the checker, committed before it ran.
        // First figures: Bluesky 64 % / 61 %, BeReal 68 % / 50 %.
        ("bluesky", 0.90, 0.78),
        // 0.80 / 0.61 -> 0.78 / 0.57 (eleventh session): a rectification
        // right offered where Californians are too is the right to correct
        // (ccpa-missing-consumer-rights). The finding that met its labeller's
        // record named only the right to correct, which that record says is
        // offered; the right to limit it asks for needs sensitive data its
        // transcription does not mark.
        ("bereal", 0.80, 0.61),
        // First figures: Quora 78 % / 64 %, Telegram (German) 50 % / 22 %.
        // Quora 0.85 -> 0.81: its labeller's gap `legitimate-interest-for-
        // behavioural-advertising` (lines 206-222) is now found, under the id
        // Pinterest's labeller gave the same gap; ids are matched exactly, so
        // the finding counts as false here (docs/triage/README.md).
        // 0.82 -> 0.86: `notify-by posting` whose words promise a notice is
        // no longer reported (its labeller's `clean`).
        ("quora", 0.86, 0.86),
        // 0.75 -> 0.60 (eleventh session): `gdpr` brings the ePrivacy rules,
        // and a table of strictly necessary cookies with no lifetime column
        // is reported as a warning (issue 23: "a missing lifetime for a
        // strictly necessary cookie is a warning"); its labeller wrote it clean.
        ("telegram", 0.60, 0.33),
        // First figures: Twitch 56 % / 62 %, Truth Social 88 % / 61 %.
        ("twitch", 1.00, 0.81),
        // 0.95 -> 0.90 (fourteenth session): ccpa-sale-share-inconsistent
        // now reads the data a recipient `receives`, and reports the
        // vendors and advertising entities that receive device identifiers
        // for "more relevant advertisements" beside "we do not sell". Its
        // labeller wrote that gap as ccpa-missing-do-not-sell-statement
        // (silent on sharing though ads are targeted through partners),
        // which a finding already meets; Academia's, Bumble's and
        // Allstate's labellers wrote this one.
        ("truthsocial", 0.90, 0.86),
        // Held out: measured once, after every change of this session:
        // 42 % / 62 %; 58 % / 62 % once its transcription states the
        // separate US state disclosures its labels say it leaves out.
        ("pinterest", 0.68, 0.81),
        // Out of sample, seventh session: labelled and committed (c68c704)
        // before the checker ran. First run, on the checker at 161b9e5:
        // 19 findings, 84 % / 55 %.
        // 0.58 -> 0.65 (eleventh session): `gdpr` brings the ePrivacy rules.
        // 0.65 -> 0.72: `ccpa` brings CalOPPA's (its labeller's two CalOPPA
        // records, on a transcription that declares the CCPA alone).
        ("moltbook", 0.91, 0.72),
        // Out of sample, seventh session: labelled and committed (bedd45c)
        // before the checker ran. First run, on the checker at 954dd04:
        // 11 findings, 45 % / 42 %.
        // 0.72 -> 0.80 (tenth session): a guardian's consent for minors to
        // use the service addresses Art. 8 (its labeller's `clean`).
        // 0.66 -> 0.83 (eleventh session): `gdpr` brings the ePrivacy rules.
        ("line", 0.83, 0.83),
        // Held out this session (labels committed in 022ff57 and 48f5b7a,
        // nothing tuned on them), measured once on the checker at 8bfef74:
        // Mastodon 17 findings, 65 % / 79 %; Expedia 23, 61 % / 58 %.
        ("mastodon", 0.75, 0.85),
        // 0.79 -> 0.83: rights-hedged-to-unnamed-jurisdictions meets its
        // labeller's gap of that name (tenth session).
        ("expedia", 0.72, 0.87),
        // Held out to the end (labels committed in bca186e and ac4c1ff),
        // measured once on the checker at 27aabdc: X/Twitter 21 findings,
        // 86 % / 90 %; WhatsApp 8, 75 % / 75 %.
        ("twitter", 0.90, 0.90),
        ("whatsapp", 0.87, 0.87),
        // Held out, eighth session (labels committed in 60ada44 and 002baa4
        // before the checker ran; nothing tuned on them), measured once on
        // the checker at 58ad691: TikTok (German) 6 findings, 83 % / 36 %
        // (seven of its fourteen records are gaps no rule had); LinkedIn 13
        // findings, 69 % / 75 %.
        // After: destinations and conditions read in German (3b28895).
        // 0.50 -> 0.57 (tenth session): public-task-basis-without-law meets
        // its labeller's gap of that name.
        ("tiktok", 0.88, 0.57),
        // 0.69 -> 0.64 (tenth session): public-task-basis-without-law finds
        // its labeller's gap `public-task-law-not-identified` (lines 535-538,
        // a CSAM scan on a public task with no law named), under the id
        // TikTok's labeller gave the same gap; ids are matched exactly.
        // 0.64 -> 0.60 (tenth session): special-category-without-art9-
        // condition on member input to AI features that train them, which
        // its labeller did not write.
        ("linkedin", 0.64, 0.75),
        // Held out, ninth session (labels committed in 9177a00 before the
        // checker ran), measured once on the checker at 9177a00: Le Chat 10
        // findings, 80 % / 42 %. After: "non-marketing" is not marketing,
        // changes-only-posted read in prose when no `changes` block exists,
        // data kept "longer" with no end is open-ended.
        // 0.47 -> 0.52 (tenth session): models trained on inputs with no
        // Art. 9 word (special-category-without-art9-condition), its `expect`.
        ("lechat", 1.00, 0.52),
        // Held out, ninth session (labels committed in 549575f before the
        // checker ran), measured once on the checker at 1d93590: 18
        // findings, 89 % / 48 % (thirteen of its seventeen misses are gaps
        // no rule has). After: a recipient named by what it is needs no
        // purpose under the GDPR (recipient-without-purpose).
        // 0.94 -> 0.89 (tenth session): rights-hedged-to-unnamed-jurisdictions
        // finds its labeller's gap `rights-hedged-by-jurisdiction` (lines
        // 637-667, "some jurisdictions give you a right"), under the id
        // Expedia's labeller gave the same gap; ids are matched exactly, so
        // the finding counts as false here, as Quora's did above.
        // 0.48 -> 0.51 (eleventh session): `gdpr` brings the ePrivacy rules.
        ("perplexity", 0.89, 0.51),
        // Held out, tenth session (labels committed in a2d1c80 before the
        // checker ran), measured once on the checker at 779348b: 6
        // findings, 83 % / 42 % (its one false finding is on a line its
        // labeller marks as a transcription defect; five of its seven misses
        // are gaps no rule has). After: a promise to "notify" by updating
        // the date and posting is posting (changes-only-posted).
        // 0.85 -> 0.75 (tenth session): special-category-without-art9-condition
        // now finds models trained on prompts or web data with no Art. 9
        // word, the gap its labeller wrote as `special-category-data-disclaimed`; ids are matched
        // exactly, so the finding counts as false here.
        ("deepseek", 0.75, 0.50),
        // Held out, tenth session (labels committed in df20085 before the
        // checker ran), measured once on the checker at 4718bee: 15
        // findings, 93 % / 74 %. After: data a controller abroad keeps in
        // its own country, given to it directly, is no Chapter V transfer
        // (transfer-without-safeguard; its labeller's `clean`, EDPB
        // Guidelines 05/2021, Example 1).
        // Then (in sample): "otherwise" alone is no condition beside an
        // alternative with no words (alternative-bases-without-condition);
        // "business or commercial purposes" is no purpose (purpose-not-specified).
        // 1.00 -> 0.94 (tenth session): special-category-without-art9-condition
        // now finds models trained on prompts or web data with no Art. 9
        // word, the gap its labeller wrote as `special-category-disclaimed-but-processed`; ids are matched
        // exactly, so the finding counts as false here.
        // 0.94 -> 0.88 (eleventh session): `ccpa` brings CalOPPA, and the
        // third-party tracking answer CalOPPA asks for (22575(b)(6)) is
        // missing; its labeller did not judge CalOPPA.
        ("grok", 0.89, 0.89),
        // Held out, tenth session (labels committed in cd79db2 before the
        // checker ran), measured once on the checker at 070e1ac: Qwen 16
        // findings, 88 % / 56 %; ChatGPT 9 findings, 89 % / 53 % (every
        // `expect` met; its seven misses are gaps no rule has). After: a
        // contract alternative whose words say what it covers is judged by
        // them; `covers` words that name only operations on the data link
        // nothing; a parent's leave to use the service asked of every user
        // under 18 addresses Art. 8; a controller with no `country` is
        // placed by the one country its address names.
        // 0.60 -> 0.64: the same, its `expect`.
        ("qwen", 1.00, 0.64),
        // 1.00 -> 0.88 (tenth session): special-category-without-art9-condition
        // now finds models trained on prompts or web data with no Art. 9
        // word, the gap its labeller wrote as `special-category-data-not-addressed`; ids are matched
        // exactly, so the finding counts as false here.
        ("chatgpt", 0.88, 0.53),
        // Held out, tenth session (labels committed in 5e44f06 before the
        // checker ran), measured once on the checker at 9cba1eb: 11
        // findings, 64 % / 41 % (five of its ten misses are CCPA and CalOPPA
        // records its labeller judged on a transcription that declares
        // neither, as its `transcription` record says). After: a copy of
        // clauses offered only for transfers from Brazil serves no one in
        // the EEA (transfer-safeguard-copy-missing); "in places where such a
        // right applies" hedges the right (rights-hedged-to-unnamed-
        // jurisdictions); "where necessary …, such as …" says what it covers
        // (alternative-bases-without-condition).
        ("claude", 0.75, 0.52),
        // Held out, tenth session (labels committed in 977fa54 before the
        // checker ran), measured once on the checker at cbd8e21: 16
        // findings, 62 % / 56 %. After: "we will provide prominent notice of
        // the change before it takes effect" is a promised notice
        // (changes-only-posted; its labeller's `clean`). Then: prose that
        // says once for all data what follows from not giving required data
        // answers Art. 13(2)(e) (missing-provision-requirement-statement;
        // its `clean`, as WhatsApp's and Llama's labellers wrote too).
        // 0.71 / 0.55 -> 0.78 / 0.61 (eleventh session): `gdpr` brings the
        // ePrivacy rules (its labeller's `transcription` record asked for
        // them); a cookie section that says consent is asked before optional
        // cookies are placed answers cookie-nonessential-without-consent (its
        // `clean`); Microsoft's own cookies may be first party on Microsoft's
        // sites (cookie-party-mismatch).
        ("copilot", 0.78, 0.61),
        // Held out, tenth session (labels committed in 68d3de4 before the
        // checker ran), measured once on the checker at 8c9bc94: 12
        // findings, 58 % / 54 %. After: "Articles 168 and 179 of the Treaty
        // on the Functioning of the European Union" names a law
        // (public-task-basis-without-law; its labeller's `clean`); "develop
        // and improve artificial intelligence technology" on posts and
        // interactions with an AI assistant is training on free content
        // (special-category-without-art9-condition; its `expect`).
        ("llama", 0.80, 0.61),
        // Held out, tenth session (labels committed in 984b715 before the
        // checker ran), measured once on the checker at f349927: 13
        // findings, 46 % / 55 %. After: an age "in your country" defers to
        // the member state's age (gdpr-child-consent-age-not-addressed; its
        // labeller's `clean`). Then: a consent basis each purpose names with
        // words of its own saying when its consent is asked is no bundled
        // consent (its `clean`, as Llama's labeller wrote too).
        ("google", 0.54, 0.54),
        // Held out, eleventh session (labels committed in 72e8d62 before the
        // checker ran), measured once on the checker of 35a1823 (with the
        // tree change of 3ad22ad, which changes no finding): 17
        // findings, 88 % / 52 % (its two cookie records missed because the
        // transcription names the GDPR but not the ePrivacy Directive, as its
        // labeller's `transcription` record says). After: `gdpr` brings the
        // ePrivacy rules; "other purposes that applicable law permits" in the
        // policy's words on its purposes leaves them open
        // (purpose-not-specified; its `expect`).
        ("academia", 0.90, 0.68),
        // Held out, eleventh session (labels committed in 002f44d before the
        // checker ran), measured once on the checker at 3ad22ad: 13
        // findings, 69 % / 56 %. After: a basis naming the law on electronic
        // communications beside an Art. 6(1) ground is the rule for the
        // device, not an invalid basis (legal-basis-invalid); a member's
        // "profile" is no profiling (contract-basis-for-analytics-or-ads);
        // rectification offered to Californians is the right to correct
        // (ccpa-missing-consumer-rights), all three its labeller's `clean`.
        // The one false finding left, transfer-safeguard-copy-missing, comes
        // of a link its transcription lost (its `transcription` record).
        // 0.90 -> 0.75: `ccpa` brings CalOPPA's two disclosures, which the
        // policy lacks; its labeller wrote that CalOPPA applies "by the same
        // reasoning" and that the original has no Do Not Track statement,
        // as a `transcription` record, not an `expect`.
        // A sentence saying the data is needed and what cannot be done
        // without it now answers Art. 13(2)(e) for all data (four false
        // findings gone: WhatsApp, LinkedIn, Llama, Booking); Vinted's
        // labeller read its general sentence as covering the sections it
        // stands in, not the payment checks of another (one true finding
        // lost). Data special by its own words (the suicide report) won
        // one back. 0.75 -> 0.69: the same report is sensitive personal
        // information under the CCPA it declares (health), which its
        // labeller did not write. 0.69 -> 0.64: its transcription
        // declares the CCPA, and its referral programme (vouchers for
        // inviting members) is a financial incentive with no notice of it
        // (ccpa-financial-incentive-notice-missing, thirteenth session),
        // which its labeller, who wrote no CCPA finding, did not write.
        ("vinted", 0.64, 0.56),
        // Held out, eleventh session (labels committed in 741f5ad before the
        // checker ran), measured once on the checker at 2362f07: 1 finding,
        // 100 % / 5 %. Its transcription names no jurisdiction, as the
        // original names no law, so only the rules that hold under every law
        // ran (its labeller's `transcription` record); `check` now says so
        // with a `no-jurisdictions` warning, a notice about the run that is
        // not counted here. Run under the regimes its labeller judged it by
        // (gdpr, uk-gdpr, caloppa): 13 findings, 85 % / 52 %.
        ("500px", 1.00, 0.09),
        // Held out, eleventh session (labels committed in 6ce862d before the
        // checker ran), measured once on the checker at 2362f07: 9 findings,
        // 44 % / 67 %, on a policy its labeller found mostly in order. After:
        // "never for advertising based on a profile" and "we set no
        // advertising cookie" deny ads by partners (cookie-undisclosed);
        // spam, bot and click-fraud detection and a member's profile page
        // decide nothing about a person (missing-automated-decision-statement),
        // both its labeller's `clean`.
        ("qwant", 0.57, 0.66),
        // Held out, eleventh session (labels committed in 8e9db92 before the
        // checker ran), measured once on the checker at 928026d: 16
        // findings, 69 % / 50 %. After: the preference-signal finding marks
        // the sale it concerns (where its labeller placed the gap); the same
        // words on every alternative ground ("depending on the type of
        // information") are no condition (alternative-bases-without-condition;
        // its `expect`).
        ("acuityads", 0.76, 0.59),
        // Held out, eleventh session (labels committed in 76b9c00 before the
        // checker ran), measured once on the checker at 6d76884: 8 findings,
        // 88 % / 41 %. Its one false finding is a gap its labeller wrote
        // under an id of its own (no word on sharing for cross-context
        // advertising); nine of its ten misses are gaps no rule has, the
        // tenth an appeal process under state laws its transcription does
        // not declare.
        ("allrecipes", 0.88, 0.47),
        // Held out, eleventh session (labels committed in cdec0a6 before the
        // checker ran), measured once on the checker at e40aaf7: 18
        // findings, 67 % / 57 %, its six false findings all on records
        // marked clean. After: an address named for the DPO or data
        // protection (`dataprotectionoffice@`) is a dedicated one even where
        // the controller gives it too (dpo-contact-is-general-inbox;
        // `privacy@` shared with the controller stays a finding, as Quora's
        // and Twitch's labellers wrote); "changes that affect you are
        // notified to you", in the notice's words or in `take-effect`, is a
        // promised notice (changes-only-posted).
        ("booking", 0.87, 0.66),
        // Held out, eleventh session (labels committed in 8094ebe before the
        // checker ran), measured once on the checker at 8842f76: 14
        // findings, 57 % / 42 %. After: other purposes "with your prior
        // consent" are not open, "any purposes" bare is
        // (purpose-not-specified; its `clean` and its `expect`); the finding
        // on automated decisions marks the first purpose that shows them,
        // where its labeller placed the gap.
        ("asus", 0.73, 0.57),
        // Held out, eleventh session (labels committed in fbf3a8a before the
        // checker ran), measured once on the checker at 8842f76: 3 findings,
        // 67 % / 7 %. Its transcription declares COPPA and CalOPPA only; its
        // labeller judged the GDPR, the UK GDPR and the CCPA to apply too
        // (its `transcription` record). Run under those: 25 findings,
        // 72 % / 62 %.
        ("123greetings", 1.00, 0.06),
        // Held out, eleventh session (labels committed in 1270550 before the
        // checker ran), measured once on the checker at 44ab0e5: 14
        // findings, 57 % / 67 %. After: "any other purpose for which you
        // provide the data" is the purpose the person gives it for
        // (purpose-not-specified; its `clean`). Of the five false findings
        // left, four are on records marked clean (a DPO, automated
        // decisions, the consent derogation for data a US company receives
        // straight from its users, whose words say "transferred"; the right
        // to object) and one is the same gap as an `expect` under another
        // id (legal-basis-invalid for purpose-without-legal-basis).
        ("alphavantage", 0.66, 0.83),
        // Held out, eleventh session (labels committed in 606821b before the
        // checker ran), measured once on the checker at fe7a440: 16
        // findings, 100 % / 53 %; of its fourteen misses, eight are gaps no
        // rule has (national ages of consent misstated, minors' profiles
        // public by default, their data to brokers …).
        ("askfm", 1.00, 0.53),
        // Held out (labels 54cd61b), first run on 398c640: 22 findings,
        // 14 % / 50 %. Airbnb's policy is the first layer of several pages;
        // its transcriber could not say that facts are on them, and its
        // labeller wrote 16 of the 19 false findings as answered there. The
        // language then gained `continues-at` (36d3ba7); this transcription
        // stays as its transcriber wrote it.
        ("airbnb", 0.14, 0.50),
        // Held out (labels 16bf4bf), first run on 36d3ba7: 21 findings,
        // 62 % / 52 %. After it: a hedge ("normally") or a choice left to
        // the consent tool's vendor details is no condition on alternative
        // grounds.
        ("adroll", 0.66, 0.56),
        // Held out (labels fd4481d), first run on 3d4168b: 13 findings,
        // 92 % / 60 %. After it: "for the period necessary", and "unless
        // the law requires a longer period", are open-ended retention; a
        // pixel tag that measures ads or e-mail opens is not strictly
        // necessary, cookie table or none.
        ("apple", 1.0, 0.70),
        // Held out (labels a03c31d), first run on 9762415: 15 findings,
        // 87 % / 57 %. After it: an operator that says it does not track
        // people across other services owes no Do Not Track disclosure; a
        // rights section that hedges the whole list hedges each right.
        ("bumble", 0.93, 0.65),
        // Held out (labels 6fcba98), first run on 2047129: 15 findings,
        // 60 % / 39 %. Its transcriber used `continues-at` for the
        // California statement; after it, that statement is where the
        // CCPA's per-category retention is judged, as for
        // `us-state-disclosures`.
        ("tinder", 0.72, 0.56),
        // Held out (labels ad8ab12), first run on 327d1bb: 13 findings,
        // 54 % / 44 %. After it (with Tinder's): promotions and sponsored
        // content chosen as what "may interest you" are advertising chosen
        // for the person.
        ("discord", 0.68, 0.68),
        // Held out (labels 90eb686), first run on 4ca1c95: 15 findings,
        // 73 % / 61 %. After it: "when we no longer have a business
        // reason" is need-only retention wording.
        ("vimeo", 0.85, 0.66),
        // Held out (labels 25dba61), first run on 6eefb4c: 14 findings,
        // 79 % / 48 %. No change came of it.
        ("zoom", 0.78, 0.47),
        // Held out (labels 549043d), first run on 44b7047: 18 findings,
        // 72 % / 62 %. After it: "Advertiser" names a customer, not
        // advertising (contract-basis-for-analytics-or-ads).
        ("adsupply", 0.81, 0.61),
        // Held out (labels 20cd358), first run on e8fedce: 4 findings,
        // 50 % / 50 % (both expects met; both misses are gaps). After it:
        // basis-covers-unlinked leaves a purposes topic continued on a
        // page of its own to that page.
        ("threads", 0.66, 0.5),
        // Held out (labels 63a7089), first run on dba1ade: 24 findings,
        // 75 % / 69 % (18 of 21 expects met; the 5 gaps missed). After
        // it: words given with a legitimate-interests ground that name the
        // interest ("e.g. operating Pornhub") describe it; withdrawal at
        // the cost of the whole service (consent-conditional-on-service);
        // the rights' refusal note (verification-refuses-non-account-
        // holders); "subject to local law and its exemptions".
        ("pornhub", 0.83, 0.76),
        // Held out (labels 2ac30c5), first run on 637aa6a: 8 findings,
        // 75 % / 46 % (all 6 expects met; the 7 misses are gaps; its one
        // other false finding is the same gap as an expect under another
        // id, as its labeller foresaw). After it: a Do Not Track `no` is
        // not read for a hedge (dnt-statement-hedged); its labeller's gap
        // ccpa-financial-incentive-notice-missing became a rule.
        ("shein", 0.87, 0.53),
        // Held out (labels 8ff52e1), first run on b47ac6d: 14 findings,
        // 21 % / 43 %. Its labeller judged most topics answered on the
        // region notices and legal-bases page the policy links, which the
        // transcription continued only for rights and transfers; and the
        // transcription dropped the Do Not Track pointer and the
        // integrated-partners disclaimer. After it: the children block's
        // own words defer to the local age (gdpr-child-consent-age).
        ("snapchat", 0.23, 0.42),
        // Held out (labels 8ff52e1), first run on b47ac6d: 15 findings,
        // 60 % / 60 %. After it: an anonymous visit logged with the IP
        // address is the claim, published aggregates are not
        // (prose-contradicts-declaration); the controller's own cookie is
        // documented by its policy (cookie-lifetime-mismatch).
        ("wikipedia", 0.76, 0.66),
        // Held out (labels d6dbafd), first run on 77a1eab: 7 findings,
        // 71 % / 38 % (5 of 8 expects met, its 5 gaps missed). After it:
        // a legitimate-interests basis listed apart is described where each
        // purpose on it states its interest.
        ("instagram", 0.83, 0.38),
        // Held out (labels f0ff5fc), first run on d6fa257: 17 findings,
        // 76 % / 68 %. After it: VIP offers, birthday rewards and member
        // prices are a financial incentive; "your use of the Platform may
        // then be limited" after refusing consent is a detriment; consent
        // only "where required" and legitimate interests "otherwise" for
        // the EEA and the UK (legitimate-interests-for-behavioural-
        // advertising).
        ("aliexpress", 0.84, 0.84),
        // Fourteenth session, out of sample (labels 82b074a). First run
        // (e5c0795): 2 findings, 100 % / 15 %. Nine of its eleven missed
        // records are CCPA findings, and its transcription declares CalOPPA
        // and COPPA only (the original names no law; its labeller's
        // `transcription` record).
        ("aetna", 1.0, 0.15),
        // Fourteenth session, out of sample (labels 16ab4b4), in Spanish.
        // First run (e5c0795): 5 findings, 80 % / 80 %.
        ("allstate", 0.83, 1.0),
        // Fourteenth session, out of sample (labels 65cd70a). First run
        // (65cd70a): 1 finding, false (missing-controller-contact, on a
        // US-only statement whose contact is a toll-free number); 0 of 13
        // records met. Twelve of its thirteen records are CCPA or US-state
        // findings, and its transcription declares CalOPPA and COPPA only
        // (the statement predates the CCPA; its labeller judged it as
        // published now).
        ("gm", 0.0, 0.0),
        // Fourteenth session, out of sample (labels 2b524f9). First run
        // (2b524f9): 17 findings, 82 % / 52 %.
        ("aws", 0.88, 0.55),
        // Fourteenth session, out of sample (labels c1eee05). First runs
        // (c1eee05): Amazon 5 findings, 60 % / 50 %; Alibaba 13 findings,
        // 85 % / 52 %.
        ("amazon", 0.75, 0.5),
        ("alibaba", 0.85, 0.57),
    ];
    let mut failures = Vec::new();
    for (name, precision, recall) in floors {
        let s = score(name);
        println!(
            "{name}: {} findings, {} true: precision {:.0} %; {} of {} labelled gaps met: recall {:.0} %",
            s.findings,
            s.true_positives,
            100.0 * s.precision(),
            s.met,
            s.gaps,
            100.0 * s.recall()
        );
        if s.precision() + 1e-9 < precision || s.recall() + 1e-9 < recall {
            failures.push(format!(
                "{name}: precision {:.3} (floor {precision}), recall {:.3} (floor {recall})",
                s.precision(),
                s.recall()
            ));
        }
    }
    assert!(failures.is_empty(), "worse than measured: {failures:#?}");
}

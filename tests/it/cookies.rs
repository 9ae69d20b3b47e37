//! Cookie intelligence: the knowledge base, the Open Cookie Database, and
//! cookies observed on the site (a HAR recorded by headless Chromium).

use crate::util::{policyc, policyc_in, root, TempDir};

fn findings(run: &crate::util::Run) -> Vec<(String, String)> {
    let v: serde_json::Value = serde_json::from_str(&run.stdout)
        .unwrap_or_else(|_| panic!("{}\n{}", run.stdout, run.stderr));
    v.as_array()
        .unwrap()
        .iter()
        .map(|f| {
            (
                f["rule"].as_str().unwrap().to_string(),
                f["message"].as_str().unwrap().to_string(),
            )
        })
        .collect()
}

/// Checks the test shop's policy against one recording written into a fresh directory.
fn check_site_observing(tag: &str, recording: &str, contents: &str) -> crate::util::Run {
    let dir = TempDir::new(tag);
    std::fs::write(dir.path().join(recording), contents).unwrap();
    std::fs::copy(
        root().join("tests/fixtures/har/site.policy"),
        dir.path().join("site.policy"),
    )
    .unwrap();
    policyc_in(
        dir.path(),
        &[
            "check",
            "--format",
            "json",
            "--observed",
            recording,
            "site.policy",
        ],
    )
}

#[test]
fn calsoft_lifetimes_contradict_google_and_ads_cookies_are_missing() {
    let run = policyc(&[
        "check",
        "--format",
        "json",
        "--today",
        "2026-11-29",
        "policies/calsoft.policy",
    ]);
    let all = findings(&run);
    let messages = |rule: &str| {
        all.iter()
            .filter(|(r, _)| r == rule)
            .map(|(_, m)| m.clone())
            .collect::<Vec<_>>()
    };
    // One gap (the table misstates Google's lifetimes), one finding, each lifetime said.
    assert_eq!(
        messages("cookie-lifetime-mismatch"),
        ["`_gat_UA-44883700-1` is declared to live 2 years, but Google Analytics documents 1 minute; the same holds for `_gat_UA-83524701-1`; `_gid` is declared to live 2 years, but Google Analytics documents 24 hours"]
    );
    let undisclosed = messages("cookie-undisclosed");
    assert!(
        undisclosed.iter().any(|m| m.contains("Google Ads")),
        "{undisclosed:?}"
    );
    assert!(
        undisclosed.iter().any(|m| m.contains("web beacons")),
        "{undisclosed:?}"
    );
    assert!(
        undisclosed
            .iter()
            .any(|m| m.contains("software development kits")),
        "{undisclosed:?}"
    );
    assert!(
        undisclosed.iter().any(|m| m.contains("partners serve ads")),
        "{undisclosed:?}"
    );
}

#[test]
fn observed_cookies_from_a_recorded_har() {
    let run = policyc(&[
        "check",
        "--format",
        "json",
        "--observed",
        "tests/fixtures/har/site.har",
        "tests/fixtures/har/site.policy",
    ]);
    assert_eq!(
        run.code, 1,
        "the undisclosed cookie is an error:\n{}",
        run.stderr
    );
    insta::assert_snapshot!(run.stdout);
    let got = findings(&run);
    assert!(got.contains(&("cookie-undisclosed".into(), "the site sets `_fbp` (known as a marketing cookie of Meta Pixel (Facebook)), but the cookie table does not list it".into())));
    assert!(got.contains(&(
        "cookie-lifetime-mismatch".into(),
        "`prefs` is declared to live 1 year, but the site sets it for 400 days".into()
    )));
    assert!(got.contains(&(
        "cookie-not-observed".into(),
        "`old_promo` is declared but was not seen in the recording".into()
    )));
    // `_gat_UA-1234-1` is covered by the `_gat_UA-*` row; `_gid` is set for 1 day, as declared.
    assert!(!run.stdout.contains("_gat_UA-1234-1"));
    assert!(!got.iter().any(|(_, m)| m.contains("`_gid`")));
}

#[test]
fn cookie_values_never_appear_in_any_output() {
    for format in ["human", "json", "sarif", "github"] {
        let run = policyc(&[
            "check",
            "--format",
            format,
            "--observed",
            "tests/fixtures/har/site.har",
            "tests/fixtures/har/site.policy",
        ]);
        let all = format!("{}{}", run.stdout, run.stderr);
        for value in [
            "s3cr3t-session",
            "GA1.1.1111.2222",
            "fb.1.5555.6666",
            "dark;",
        ] {
            assert!(
                !all.contains(value),
                "{format} output shows the cookie value {value}"
            );
        }
    }
}

#[test]
fn storage_state_is_accepted() {
    let run = check_site_observing(
        "state",
        "state.json",
        r#"{"cookies":[{"name":"_fbp","value":"v","domain":".shop.test","path":"/","expires":1900000000,"httpOnly":false,"secure":true,"sameSite":"Lax"}],"origins":[]}"#,
    );
    assert!(
        findings(&run)
            .iter()
            .any(|(r, m)| r == "cookie-undisclosed" && m.contains("`_fbp`")),
        "{}",
        run.stdout
    );
}

#[test]
fn a_malformed_entry_is_reported_with_its_path_and_the_rest_is_read() {
    let har = serde_json::json!({"log": {"version": "1.2", "entries": [
        {"startedDateTime": "x", "request": {"url": 42}},
        entry("https://shop.test/", &["_fbp=fb.1; Max-Age=7776000"], &[]),
    ]}});
    let run = check_site_observing("bad-har", "bad.har", &har.to_string());
    assert_eq!(run.code, 1, "{}", run.stderr);
    // miette wraps lines: compare the words.
    let words = run
        .stderr
        .replace('│', " ")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    assert!(
        words.contains("at `log.entries[0].request.url`")
            && words.contains("it is skipped, the others are read"),
        "{}",
        run.stderr
    );
    assert!(
        findings(&run)
            .iter()
            .any(|(r, m)| r == "cookie-undisclosed" && m.contains("`_fbp`")),
        "{}",
        run.stdout
    );
    // A file broken as JSON is an error, with the place.
    let run = check_site_observing(
        "cut-har",
        "cut.har",
        "{\"log\": {\"entries\": [\n  {\"request\": ",
    );
    assert_eq!(run.code, 2);
    assert!(
        run.stderr.contains("around line 2 column"),
        "{}",
        run.stderr
    );
}

/// One HAR entry: a GET of `url` whose response sets `set_cookies` and whose request sends `sent`.
fn entry(url: &str, set_cookies: &[&str], sent: &[&str]) -> serde_json::Value {
    entry_at("2026-11-29T00:00:00.000Z", url, set_cookies, sent)
}

fn entry_at(started: &str, url: &str, set_cookies: &[&str], sent: &[&str]) -> serde_json::Value {
    let mut request_headers = vec![serde_json::json!({"name": "Host", "value": "shop.test"})];
    if !sent.is_empty() {
        request_headers.push(serde_json::json!({"name": "Cookie", "value": sent.join("; ")}));
    }
    let response_headers: Vec<serde_json::Value> = set_cookies
        .iter()
        .map(|c| serde_json::json!({"name": "Set-Cookie", "value": c}))
        .collect();
    serde_json::json!({
        "startedDateTime": started,
        "request": {"method": "GET", "url": url, "headers": request_headers, "cookies": []},
        "response": {"status": 200, "headers": response_headers, "cookies": []},
    })
}

fn har(entries: Vec<serde_json::Value>) -> String {
    serde_json::json!({"log": {"version": "1.2", "entries": entries}}).to_string()
}

/// Checks `policy` (the text of a policy) against recordings written into a fresh directory.
fn check_observing(
    tag: &str,
    policy: &str,
    recordings: &[(&str, String)],
    extra: &[&str],
) -> crate::util::Run {
    let dir = TempDir::new(tag);
    std::fs::write(dir.path().join("site.policy"), policy).unwrap();
    let mut args = vec!["check"];
    if !extra.contains(&"--format") {
        args.extend(["--format", "json"]);
    }
    args.extend_from_slice(extra);
    for (name, text) in recordings {
        std::fs::write(dir.path().join(name), text).unwrap();
        args.push("--observed");
        args.push(name);
    }
    args.push("site.policy");
    policyc_in(dir.path(), &args)
}

fn shop_policy(rows: &str) -> String {
    format!(
        "policy \"Privacy Policy\" {{\n  updated 2026-11-01\n  jurisdictions eprivacy\n}}\n\ncontroller \"Test Shop Ltd\" {{\n  email \"privacy@shop.test\"\n}}\n\ncookies {{\n  consent banner\n{rows}}}\n"
    )
}

const HEADER: &str = "  | name | provider | party | category | lifetime | purpose |\n";

fn messages_of(run: &crate::util::Run, rule: &str) -> Vec<String> {
    findings(run)
        .into_iter()
        .filter(|(r, _)| r == rule)
        .map(|(_, m)| m)
        .collect()
}

#[test]
fn deletions_are_not_sets() {
    let policy = shop_policy(&format!(
        "{HEADER}  | old_promo | Shop | first | functional | 30 days | A campaign that has ended |\n"
    ));
    let recording = har(vec![entry(
        "https://shop.test/",
        &[
            "old_promo=; Max-Age=0; Path=/",
            "gone=; Expires=Thu, 01 Jan 1970 00:00:00 GMT; Path=/",
            "gone2=; Max-Age=-1",
            "gone3=x; expires=Sun, 28-Nov-2026 23:00:00 GMT",
            "set=1; Max-Age=60",
        ],
        &[],
    )]);
    let run = check_observing("deletions", &policy, &[("site.har", recording)], &[]);
    assert_eq!(
        messages_of(&run, "cookie-undisclosed"),
        ["the site sets `set`, but the cookie table does not list it"]
    );
    assert_eq!(
        messages_of(&run, "cookie-not-observed"),
        ["`old_promo` is declared but was not seen in the recording"]
    );
    // A recording of deletions only shows no cookie: said so.
    let only = har(vec![entry(
        "https://shop.test/",
        &["old_promo=; Max-Age=0"],
        &[],
    )]);
    let run = check_observing("deletions-only", &policy, &[("gone.har", only)], &[]);
    assert!(
        messages_of(&run, "cookie-undisclosed").is_empty(),
        "{}",
        run.stdout
    );
    assert!(
        run.stderr.contains("shows no cookie being set or sent"),
        "{}",
        run.stderr
    );
}

#[test]
fn cookies_sent_in_requests_count_as_set_by_script() {
    let policy = shop_policy(&format!(
        "{HEADER}  | _ga | Google | first | analytics | 2 years | Distinguishes visitors |\n"
    ));
    let recording = har(vec![
        entry("https://shop.test/", &[], &[]),
        entry(
            "https://shop.test/cart",
            &[],
            &["_ga=GA1.1.SECRET", "_fbp=fb.1.SECRET"],
        ),
        entry("https://www.shop.test/x", &[], &["_fbp=fb.1.SECRET"]),
    ]);
    let run = check_observing("script", &policy, &[("site.har", recording)], &[]);
    assert!(
        messages_of(&run, "cookie-not-observed").is_empty(),
        "{}",
        run.stdout
    );
    // `_ga` is covered; its lifetime is unknown, so the knowledge base still speaks only if it disagrees.
    assert!(
        messages_of(&run, "cookie-lifetime-mismatch").is_empty(),
        "{}",
        run.stdout
    );
    let v: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    let fbp: Vec<&serde_json::Value> = v
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["rule"] == "cookie-undisclosed")
        .collect();
    assert_eq!(
        fbp.len(),
        1,
        "one finding for `_fbp` on shop.test: {}",
        run.stdout
    );
    assert_eq!(
        fbp[0]["message"],
        "the site sets `_fbp` (known as a marketing cookie of Meta Pixel (Facebook)), but the cookie table does not list it"
    );
    assert_eq!(
        fbp[0]["help"],
        "seen in site.har: sent with requests to https://shop.test/cart (set by a script; lifetime not recorded); add a row for it"
    );
    assert!(!run.stdout.contains("SECRET"));
}

#[test]
fn every_cookie_date_form_and_huge_max_age() {
    let policy = shop_policy(&format!(
        "{HEADER}\
  | a | Shop | first | functional | 1 day | A |\n\
  | b | Shop | first | functional | 1 day | B |\n\
  | c | Shop | first | functional | 1 day | C |\n\
  | d | Shop | first | functional | 1 year | D |\n"
    ));
    let recording = har(vec![entry(
        "https://shop.test/",
        &[
            // asctime, a JavaScript Date string, and a date without weekday: all 30 days ahead.
            "a=1; expires=Tue Dec 29 00:00:00 2026",
            "b=1; expires=Tue Dec 29 2026 00:00:00 GMT+0000 (Coordinated Universal Time)",
            "c=1; expires=29 Dec 2026 00:00:00 GMT",
            "d=1; Max-Age=9223372036854775807",
        ],
        &[],
    )]);
    let run = check_observing("dates", &policy, &[("site.har", recording)], &[]);
    assert_eq!(
        messages_of(&run, "cookie-lifetime-mismatch"),
        // One gap, one finding; had one date form been read otherwise, its
        // cookie would be named with another lifetime.
        ["`a` is declared to live 1 day, but the site sets it for 30 days; the same holds for `b` and `c`; `d` is declared to live 1 year, but the site sets it for 400 days (the most browsers keep a cookie; it asks for about 292 billion years)"],
        "{}",
        run.stdout
    );
}

#[test]
fn the_longest_lifetime_is_attributed_to_the_url_that_set_it() {
    let policy = shop_policy(&format!(
        "{HEADER}  | prefs | Shop | first | functional | 1 day | Remembers your theme |\n"
    ));
    let one = har(vec![
        entry("https://shop.test/a", &["prefs=1; Max-Age=2592000"], &[]),
        entry(
            "https://shop.test/b?session=SECRET#frag",
            &["prefs=1; Max-Age=7776000"],
            &[],
        ),
        entry("https://shop.test/c", &["prefs=1; Max-Age=86400"], &[]),
    ]);
    let two = har(vec![entry(
        "https://shop.test/d",
        &["prefs=1; Max-Age=3600"],
        &[],
    )]);
    // The same recording twice, and another: one finding for the cookie.
    let run = check_observing(
        "longest",
        &policy,
        &[
            ("one.har", one.clone()),
            ("again.har", one),
            ("two.har", two),
        ],
        &[],
    );
    let v: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    let found: Vec<&serde_json::Value> = v
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["rule"] == "cookie-lifetime-mismatch")
        .collect();
    assert_eq!(found.len(), 1, "{}", run.stdout);
    assert_eq!(
        found[0]["message"],
        "`prefs` is declared to live 1 day, but the site sets it for 90 days"
    );
    assert_eq!(
        found[0]["help"],
        "seen in one.har: set by https://shop.test/b; correct the table or the cookie"
    );
}

#[test]
fn a_cookie_is_its_name_and_domain() {
    let policy = shop_policy(
        "  | name | provider | party | category | lifetime | purpose | domain |\n\
  | uid | Shop | first | necessary | session | Your account | shop.test |\n",
    );
    let recording = har(vec![
        entry(
            "https://www.shop.test/",
            &["uid=1; Domain=.shop.test; Path=/"],
            &[],
        ),
        entry(
            "https://ads.example/p.gif",
            &["uid=2; Max-Age=7776000"],
            &[],
        ),
    ]);
    let run = check_observing("identity", &policy, &[("site.har", recording)], &[]);
    assert_eq!(
        messages_of(&run, "cookie-undisclosed"),
        ["the site sets `uid` on the third-party domain ads.example, but the cookie table does not list it"],
        "{}",
        run.stdout
    );
    // The row's own cookie is the session one on shop.test: no lifetime finding.
    assert!(
        messages_of(&run, "cookie-lifetime-mismatch").is_empty(),
        "{}",
        run.stdout
    );
}

#[test]
fn a_too_long_declaration_is_a_finding_and_a_confirmed_one_silences_the_knowledge_base() {
    let policy = shop_policy(&format!(
        "{HEADER}\
  | prefs | Shop | first | functional | 2 years | Remembers your theme |\n\
  | _gid | Google | first | analytics | 2 days | Distinguishes visitors daily |\n\
  | _ga | Google | first | analytics | 2 years | Distinguishes visitors |\n"
    ));
    let recording = har(vec![entry(
        "https://shop.test/",
        &[
            "prefs=1; Max-Age=2592000",
            "_gid=1; Max-Age=172800",
            "_ga=1; Max-Age=63072000",
        ],
        &[],
    )]);
    let run = check_observing("too-long", &policy, &[("site.har", recording)], &[]);
    // `_gid`: Google documents 24 hours, but the site was seen to keep it 2 days, as declared.
    // `_ga`: 2 years asked, 400 days kept by the browser: the declaration is what the site asks for.
    assert_eq!(
        messages_of(&run, "cookie-lifetime-mismatch"),
        ["`prefs` is declared to live 2 years, but the site sets it for only 30 days: the table overstates it"],
        "{}",
        run.stdout
    );
}

#[test]
fn recordings_are_told_apart_by_structure_not_by_text() {
    let policy = shop_policy(&format!(
        "{HEADER}  | session_id | Shop | first | necessary | session | Keeps your basket |\n"
    ));
    // A HAR whose `log` key comes after 4 KiB of another key, with a UTF-8 byte order mark.
    let padding = "é".repeat(3000);
    let har_text = format!(
        "\u{feff}{{\"comment\":\"{padding}\",\"log\":{{\"entries\":[{}]}}}}",
        entry("https://shop.test/", &["_fbp=1; Max-Age=7776000"], &[])
    );
    // A storageState whose first cookie is named `log`.
    let state = r#"{"cookies":[{"name":"log","value":"\"log\"","domain":"shop.test","path":"/","expires":-1}],"origins":[]}"#;
    let run = check_observing(
        "structure",
        &policy,
        &[("site.har", har_text), ("state.json", state.to_string())],
        &[],
    );
    let undisclosed = messages_of(&run, "cookie-undisclosed");
    assert!(
        undisclosed.iter().any(|m| m.contains("`_fbp`")),
        "{}\n{}",
        run.stdout,
        run.stderr
    );
    assert!(
        undisclosed.iter().any(|m| m.contains("`log`")),
        "{}\n{}",
        run.stdout,
        run.stderr
    );
    // Neither kind: said so.
    let run = check_observing(
        "neither",
        &policy,
        &[("x.json", "{\"pages\":[]}".into())],
        &[],
    );
    assert_eq!(run.code, 2);
    assert!(run.stderr.contains("neither a HAR"), "{}", run.stderr);
}

#[test]
fn an_empty_har_is_a_warning() {
    let policy = shop_policy(&format!(
        "{HEADER}  | session_id | Shop | first | necessary | session | Keeps your basket |\n"
    ));
    let run = check_observing(
        "empty",
        &policy,
        &[("e.har", r#"{"log":{"version":"1.2"}}"#.into())],
        &[],
    );
    assert!(
        run.stderr.contains("is a HAR with no entries"),
        "{}",
        run.stderr
    );
}

#[test]
fn many_set_cookie_headers_are_read_in_linear_time() {
    let lines: Vec<String> = (0..20_000).map(|i| format!("c{i}=v; Max-Age=60")).collect();
    let lines: Vec<&str> = lines.iter().map(String::as_str).collect();
    let mut entries = vec![entry("https://shop.test/", &lines, &[])];
    entries.extend((0..2_000).map(|i| {
        entry(
            &format!("https://shop.test/{i}"),
            &["same=v; Max-Age=60"],
            &["c1=v", "c2=v"],
        )
    }));
    let start = std::time::Instant::now();
    let got = policyc::cookies::observed::parse("many.har", &har(entries)).unwrap();
    assert_eq!(got.cookies.len(), 20_001);
    // Quadratic reading took minutes at this size; linear takes well under a second.
    assert!(
        start.elapsed() < std::time::Duration::from_secs(30),
        "{:?}",
        start.elapsed()
    );
}

#[test]
fn what_was_read_is_never_printed_in_any_format() {
    let policy = shop_policy(&format!(
        "{HEADER}  | prefs | Shop | first | functional | 1 day | Remembers your theme |\n"
    ));
    let recording = har(vec![
        entry(
            "https://user:PASSWORD-SECRET@shop.test/login?token=QUERY-SECRET#FRAGMENT-SECRET",
            &[
                "prefs=VALUE-SECRET; Max-Age=7776000",
                "tracker=VALUE2-SECRET; Max-Age=60",
            ],
            &["sent=SENT-SECRET"],
        ),
        // A broken entry: its warning must not quote what it holds.
        serde_json::json!({"request": {"url": "https://shop.test/?q=ENTRY-SECRET"}, "response": {"cookies": [{"name": "x", "expires": ["EXPIRES-SECRET"]}]}}),
    ]);
    for format in ["human", "json", "sarif", "github"] {
        let run = check_observing(
            &format!("never-{format}"),
            &policy,
            &[("site.har", recording.clone())],
            &["--format", format],
        );
        let all = format!("{}{}", run.stdout, run.stderr);
        assert!(all.contains("https://shop.test/login"), "{format}: {all}");
        assert!(
            all.contains("`tracker`") && all.contains("`sent`"),
            "{format}: {all}"
        );
        assert!(
            !all.contains("SECRET"),
            "{format} output shows what was read:\n{all}"
        );
    }
}

#[test]
fn the_open_cookie_database_extends_the_knowledge() {
    let policy = "tests/fixtures/cookie-db/uses-example-ads.policy";
    let without = findings(&policyc(&["check", "--format", "json", policy]));
    assert!(
        !without.iter().any(|(r, _)| r == "cookie-lifetime-mismatch"),
        "{without:?}"
    );
    let run = policyc(&[
        "check",
        "--format",
        "json",
        "--cookie-db",
        "tests/fixtures/cookie-db/open-cookie-database.csv",
        policy,
    ]);
    let v: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    let mismatches: Vec<&serde_json::Value> = v
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["rule"] == "cookie-lifetime-mismatch")
        .collect();
    // exa_id: 2 years declared, 13 months documented; exa_s_42 matches the wildcard row (session);
    // exa_range's "30 seconds till 1 year" is not guessed, so it is not compared.
    let messages: Vec<&str> = mismatches
        .iter()
        .map(|f| f["message"].as_str().unwrap())
        .collect();
    assert_eq!(
        messages,
        [
            "`exa_id` is declared to live 2 years, but the Open Cookie Database lists 13 months for Example Ads",
            "`exa_s_42` is declared to live 1 day, but the Open Cookie Database lists session for Example Ads"
        ]
    );
    assert!(mismatches[0]["help"].as_str().unwrap().contains(
        "Open Cookie Database (tests/fixtures/cookie-db/open-cookie-database.csv), row t-001"
    ));
}

#[test]
fn a_file_that_is_not_the_cookie_database_is_refused() {
    let run = policyc(&[
        "check",
        "--cookie-db",
        "README.md",
        "policies/calsoft.policy",
    ]);
    assert_eq!(run.code, 2);
    assert!(
        run.stderr.contains("not an Open Cookie Database CSV")
            || run.stderr.contains("cannot read the cookie database"),
        "{}",
        run.stderr
    );
}

#[test]
fn a_large_har_with_multibyte_text_is_read() {
    // Over 4 KiB, with a multi-byte character across the 4096th byte.
    let padding = "é".repeat(3000);
    let har = format!(
        r#"{{"log":{{"comment":"{padding}","entries":[{{"startedDateTime":"2026-11-29T00:00:00Z","request":{{"url":"https://x.test/"}},"response":{{"cookies":[],"headers":[{{"name":"Set-Cookie","value":"_fbp=v; Max-Age=7776000"}}]}}}}]}}}}"#
    );
    let run = check_site_observing("big-har", "big.har", &har);
    assert!(
        findings(&run)
            .iter()
            .any(|(r, m)| r == "cookie-undisclosed" && m.contains("`_fbp`")),
        "{}",
        run.stderr
    );
}

#[test]
fn a_scan_recording_gives_lifetimes_setters_and_what_came_before_consent() {
    let policy = shop_policy(&format!(
        "{HEADER}\
  | session_id | Shop | first | necessary | session | Keeps your basket |\n\
  | _ga | Google | first | analytics | 2 years | Distinguishes visitors |\n\
  | prefs | Shop | first | functional | 1 year | Remembers your theme |\n"
    ));
    // As `policyc scan --consent-selector` writes it: no values, the time it was taken.
    let recorded = 1_795_900_000.0;
    let scan = serde_json::json!({
        "cookies": [
            {"name": "session_id", "domain": "shop.test", "path": "/", "expires": -1.0, "httpOnly": true, "secure": false, "beforeConsent": true},
            {"name": "_ga", "domain": ".shop.test", "path": "/", "expires": recorded + 400.0 * 86400.0, "httpOnly": false, "secure": false, "beforeConsent": true},
            {"name": "prefs", "domain": "shop.test", "path": "/", "expires": recorded + 30.0 * 86400.0, "httpOnly": false, "secure": false, "beforeConsent": false},
            {"name": "tp", "domain": ".ads.example", "path": "/", "expires": recorded + 90.0 * 86400.0, "httpOnly": false, "secure": true, "beforeConsent": false},
        ],
        "origins": [],
        "policyc": {"version": 1, "recorded": recorded, "site": "https://shop.test/", "pages": ["https://shop.test/"], "consent": true,
            "setters": [{"name": "session_id", "domain": "shop.test", "url": "https://shop.test/"}, {"name": "tp", "domain": "ads.example", "url": "https://ads.example/p.gif"}],
            "thirdPartyHosts": ["ads.example"]},
    });
    let run = check_observing("scan-rec", &policy, &[("scan.json", scan.to_string())], &[]);
    assert_eq!(
        messages_of(&run, "cookie-nonessential-without-consent"),
        ["the site sets `_ga` (analytics, declared) before the visitor consents"],
        "{}",
        run.stdout
    );
    assert_eq!(
        messages_of(&run, "cookie-lifetime-mismatch"),
        ["`prefs` is declared to live 1 year, but the site sets it for only 30 days: the table overstates it"],
        "{}",
        run.stdout
    );
    let v: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    let tp = v
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["rule"] == "cookie-undisclosed")
        .unwrap();
    assert_eq!(
        tp["message"],
        "the site sets `tp` on the third-party domain ads.example, but the cookie table does not list it"
    );
    assert_eq!(
        tp["help"],
        "seen in scan.json: set by https://ads.example/p.gif; add a row for it"
    );
}

#[test]
fn a_separate_cookie_notice_answers_for_the_details_of_each_cookie() {
    use crate::rules::findings_of;
    let text = |notice: &str| {
        format!(
            "policy \"Privacy Policy\" {{\n  updated 2026-07-01\n  jurisdictions gdpr, eprivacy\n}}\n\n\
             controller \"Example Ltd\" {{\n  country ie\n}}\n\n\
             section ads \"Advertising\" {{\n  text \"We measure our ads with Google Analytics.\"\n}}\n\n\
             cookies {{\n{notice}  consent opt-in\n\n  | provider | category | purpose |\n  | --- | --- | --- |\n  | Google Analytics | analytics | Counting visits |\n}}\n"
        )
    };
    let with = text("  notice \"https://example.com/cookie-notice\"\n");
    let without = text("");
    for rule in ["cookie-missing-field", "cookie-undisclosed"] {
        assert!(
            findings_of(rule, "notice.policy", &with).0.is_empty(),
            "{rule} fires although a cookie notice is named"
        );
    }
    // The near miss: the same table without a notice is incomplete.
    assert!(
        !findings_of("cookie-missing-field", "notice.policy", &without)
            .0
            .is_empty()
    );
    // The page says where the details are.
    let compiled = policyc::compile_str("notice.policy", &with);
    let templates = policyc::render::Templates::load(None).unwrap();
    let md =
        policyc::render::markdown(compiled.policy.as_ref().unwrap(), &templates, false).unwrap();
    assert!(
        md.contains("is in a separate cookie notice: <https://example.com/cookie-notice>."),
        "{md}"
    );
}

/// Site-controlled strings that try to reach a terminal or a CI log: an OSC
/// sequence that sets the window title, a bell, a screen clear, a C1 CSI,
/// a bidirectional override, and a line break that starts a forged GitHub
/// workflow command.
const SITE_HOSTILE: &str =
    "evil\u{1b}]0;owned\u{7}\u{1b}[2J\u{9b}31m\u{202e}\n::error title=forged::pwned\r\n::add-mask::x";

#[test]
fn site_strings_in_a_recording_reach_no_stream_raw() {
    let state = serde_json::json!({
        "cookies": [
            { "name": SITE_HOSTILE, "value": "SECRET-VALUE", "domain": format!(".shop.test{SITE_HOSTILE}"), "path": format!("/{SITE_HOSTILE}"), "expires": 1_900_000_000, "httpOnly": false, "secure": true, "sameSite": "Lax" },
            { "name": "_fbp", "value": "SECRET-VALUE", "domain": ".shop.test", "path": "/", "expires": 1_900_000_000, "httpOnly": false, "secure": true, "sameSite": "Lax" },
        ],
        "origins": [ { "origin": format!("https://shop.test{SITE_HOSTILE}"), "localStorage": [ { "name": SITE_HOSTILE, "value": "SECRET-VALUE" } ] } ],
    })
    .to_string();
    let policy = shop_policy(HEADER);
    for format in ["human", "github", "json", "sarif"] {
        let run = check_observing(
            "site-hostile",
            &policy,
            &[("state.json", state.clone())],
            &["--format", format],
        );
        assert!(run.code == 0 || run.code == 1, "{format}: {}", run.stderr);
        for (stream, text) in [("stdout", &run.stdout), ("stderr", &run.stderr)] {
            assert!(
                !text.contains("SECRET"),
                "{format} {stream}: a value is printed:\n{text}"
            );
            if let Some(c) = text
                .chars()
                .find(|c| (c.is_control() && !matches!(c, '\n' | '\t')) || *c == '\u{202e}')
            {
                panic!(
                    "{format} {stream}: the raw character U+{:04X}:\n{text}",
                    c as u32
                );
            }
            // Only policyc starts a line with `::`.
            for line in text.lines() {
                assert!(
                    !line.contains("::error title=forged")
                        || !line.trim_start().starts_with("::error title=forged"),
                    "{format} {stream}: a forged workflow command:\n{text}"
                );
                assert!(
                    !line.trim_start().starts_with("::add-mask::"),
                    "{format} {stream}:\n{text}"
                );
            }
        }
        // The hostile cookie is reported (escaped), not dropped.
        assert!(
            run.stdout.contains("evil") || run.stderr.contains("evil"),
            "{format}: the cookie is not reported:\n{}\n{}",
            run.stdout,
            run.stderr
        );
    }
}

/// Issue 25: knowledge matching respects the domain and party its source gives.
#[test]
fn a_known_name_elsewhere_is_not_that_vendors_cookie() {
    let policy = shop_policy(HEADER);
    let recording = har(vec![
        entry("https://shop.test/", &["AID=1; Max-Age=86400"], &[]),
        entry(
            "https://pixel.agkn.com/p.gif",
            &["uuid=2; Max-Age=86400"],
            &[],
        ),
        entry(
            "https://x.bidswitch.net/s",
            &["tuuid=3; Max-Age=86400"],
            &[],
        ),
        entry(
            "https://pixel.mathtag.com/p",
            &["uuid=4; Max-Age=86400"],
            &[],
        ),
    ]);
    let run = check_observing("kb-domain", &policy, &[("site.har", recording)], &[]);
    // The cookies the table leaves out are one gap: one finding names each.
    let got = messages_of(&run, "cookie-undisclosed");
    assert_eq!(got.len(), 1, "{}", run.stdout);
    for part in [
        // The database row of `uuid` says mathtag.com: there, it is MediaMath's.
        "the site sets `uuid` on the third-party domain pixel.mathtag.com (known as a marketing cookie of MediaMath), but",
        "the site sets `tuuid` on the third-party domain x.bidswitch.net, but",
        "the site sets `uuid` on the third-party domain pixel.agkn.com, but",
        // Google's AID is a third-party cookie: a first-party one is not Google Ads'.
        "the site sets `AID`, but",
    ] {
        assert!(got[0].contains(part), "{part}\n{}", got[0]);
    }
    assert_eq!(got[0].matches("MediaMath").count(), 1, "{}", got[0]);
}

/// Issue 25: a row whose only fault is its `party` gets one finding that says so.
#[test]
fn a_row_with_the_wrong_party_is_one_finding_that_names_the_party() {
    let policy = shop_policy(&format!(
        "{HEADER}  | tp_id | Ads | first | marketing | 90 days | Measures campaigns |\n"
    ));
    let recording = har(vec![
        entry("https://shop.test/", &[], &[]),
        entry(
            "https://ads.example/p.gif",
            &["tp_id=1; Max-Age=7776000"],
            &[],
        ),
    ]);
    let run = check_observing("party", &policy, &[("site.har", recording)], &[]);
    let all = findings(&run);
    let about: Vec<&(String, String)> = all.iter().filter(|(_, m)| m.contains("tp_id")).collect();
    assert_eq!(
        about,
        [&(
            "cookie-undisclosed".to_string(),
            "`tp_id` is declared as a first-party cookie, but the site sets it on the third-party domain ads.example".to_string()
        )],
        "{}",
        run.stdout
    );
    let v: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    let f = v
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["rule"] == "cookie-undisclosed")
        .unwrap();
    // It points at the party column of the row: `first`.
    assert_eq!(
        (f["line"].as_u64(), f["column"].as_u64()),
        (Some(13), Some(19)),
        "{f}"
    );
    assert!(
        f["help"]
            .as_str()
            .unwrap()
            .contains("write `third` in the party column"),
        "{f}"
    );
}

/// Issue 25: the same name set on two hosts is named with each domain.
#[test]
fn the_same_name_on_two_hosts_names_each_domain() {
    let policy = shop_policy(HEADER);
    let recording = har(vec![
        entry("https://shop.test/", &["ref=1; Max-Age=86400"], &[]),
        entry("https://blog.shop.test/", &["ref=2; Max-Age=86400"], &[]),
    ]);
    let run = check_observing("two-hosts", &policy, &[("site.har", recording)], &[]);
    // One gap, one finding, naming each domain.
    let got = messages_of(&run, "cookie-undisclosed");
    assert_eq!(got.len(), 1, "{}", run.stdout);
    assert!(
        got[0].contains("the site sets `ref` on shop.test, but")
            && got[0].contains("the site sets `ref` on blog.shop.test, but"),
        "{}",
        got[0]
    );
}

/// Issue 25: a cookie value in a URL path (a sync pixel's `/sync/id/<value>`)
/// is printed in no output format.
#[test]
fn a_cookie_value_in_a_url_path_is_printed_in_no_format() {
    let policy = shop_policy(HEADER);
    let recording = har(vec![
        entry(
            "https://shop.test/",
            &["visitor=SECRET-VISITOR-7; Max-Age=86400"],
            &[],
        ),
        entry(
            "https://sync.ads.example/sync/id/SECRET-VISITOR-7?x=SECRET-Q",
            &["partner=SECRET-P; Max-Age=86400"],
            &["visitor=SECRET-VISITOR-7"],
        ),
    ]);
    for format in ["human", "json", "sarif", "github"] {
        let run = check_observing(
            &format!("redact-{format}"),
            &policy,
            &[("site.har", recording.clone())],
            &["--format", format],
        );
        let shown = format!("{}{}", run.stdout, run.stderr);
        assert!(shown.contains("partner"), "{format}: {shown}");
        assert!(
            shown.contains("https://sync.ads.example/sync/id/…"),
            "{format}: {shown}"
        );
        assert!(!shown.contains("SECRET"), "{format}: {shown}");
    }
}

/// Issue 25: a HAR entry dated year 99999 is a warning, and its cookies are kept.
#[test]
fn a_har_entry_dated_year_99999_is_a_warning() {
    let policy = shop_policy(HEADER);
    let recording = har(vec![entry_at(
        "99999-01-01T00:00:00.000Z",
        "https://shop.test/",
        &["late=1; Expires=Wed, 01 Dec 2027 00:00:00 GMT"],
        &[],
    )]);
    let run = check_observing(
        "y99999",
        &policy,
        &[("site.har", recording)],
        &["--format", "human"],
    );
    assert!(
        run.stderr
            .contains("log.entries[0].startedDateTime` cannot be read"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.contains("the site sets `late`"),
        "{}",
        run.stderr
    );
}

/// Issue 25: a row covering the same name on two domains gives a lifetime
/// finding per domain, each naming its domain.
#[test]
fn a_lifetime_finding_per_domain_names_the_domain() {
    let policy = shop_policy(&format!(
        "{HEADER}  | ref | Shop | first | functional | 30 days | Remembers where you came from |\n"
    ));
    let recording = har(vec![
        entry("https://shop.test/", &["ref=1; Max-Age=86400"], &[]),
        entry("https://blog.shop.test/", &["ref=2; Max-Age=7776000"], &[]),
    ]);
    let run = check_observing("two-hosts-life", &policy, &[("site.har", recording)], &[]);
    // One row, one gap: one finding, each domain with its lifetime.
    assert_eq!(
        messages_of(&run, "cookie-lifetime-mismatch"),
        [
            "`ref` on shop.test is declared to live 30 days, but the site sets it for only 24 hours: the table overstates it; `ref` on blog.shop.test is declared to live 30 days, but the site sets it for 90 days",
        ],
        "{}",
        run.stdout
    );
}

/// Issue 25: a scan that could not visit a page says so when read, and a
/// cookie kept then deleted is reported as such, not as one the browser refused.
#[test]
fn an_incomplete_scan_is_a_warning_and_a_deleted_cookie_says_it_was_kept() {
    let policy = shop_policy(HEADER);
    let recorded = 1_795_900_000.0;
    let scan = serde_json::json!({
        "cookies": [
            {"name": "temp_flag", "domain": "shop.test", "path": "/", "expires": recorded + 86400.0, "httpOnly": false, "secure": false, "deletedBy": "https://shop.test/flag-clear"},
        ],
        "origins": [],
        "policyc": {"version": 1, "recorded": recorded, "site": "https://shop.test/", "pages": ["https://shop.test/"], "consent": false,
            "setters": [{"name": "temp_flag", "domain": "shop.test", "url": "https://shop.test/flag-set"}],
            "thirdPartyHosts": [],
            "failed": [{"url": "https://shop.test/cart", "reason": "it did not finish loading within 30 s (the --timeout)"}]},
    });
    let run = check_observing(
        "scan-incomplete",
        &policy,
        &[("scan.json", scan.to_string())],
        &["--format", "human"],
    );
    // The terminal output wraps long lines: read it as one line of words.
    let words: String = run
        .stderr
        .split_whitespace()
        .filter(|w| *w != "│")
        .collect::<Vec<_>>()
        .join(" ");
    assert!(
        words.contains("`scan.json` is an incomplete scan: 1 of its pages could not be visited"),
        "{}",
        run.stderr
    );
    assert!(
        words.contains(
            "set by https://shop.test/flag-set (the browser kept it, then https://shop.test/flag-clear deleted it)"
        ),
        "{}",
        run.stderr
    );
    assert!(!run.stderr.contains("did not keep"), "{}", run.stderr);
}

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
    assert_eq!(
        messages("cookie-lifetime-mismatch"),
        [
            "`_gat_UA-44883700-1` is declared to live 2 years, but Google Analytics documents 1 minute",
            "`_gat_UA-83524701-1` is declared to live 2 years, but Google Analytics documents 1 minute",
            "`_gid` is declared to live 2 years, but Google Analytics documents 24 hours",
        ]
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
fn a_malformed_har_names_where_it_broke() {
    let run = check_site_observing(
        "bad-har",
        "bad.har",
        "{\"log\": {\"entries\": [{\"startedDateTime\": \"x\", \"request\": {\"url\": 42}}]}}",
    );
    assert_eq!(run.code, 2);
    assert!(
        run.stderr.contains("at `log.entries[0].request.url`"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.contains("around line 1 column"),
        "{}",
        run.stderr
    );
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
            "`exa_id` is declared to live 2 years, but Example Ads documents 13 months",
            "`exa_s_42` is declared to live 1 day, but Example Ads documents session"
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

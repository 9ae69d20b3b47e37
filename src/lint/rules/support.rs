//! Helpers shared by several rules.

use super::prelude::*;
use crate::diag::Span;

/// The grounds a purpose rests on where a regime of `families` applies, each
/// with where it is stated: its own, and those of the declared bases it
/// names or that cover it. A basis named in an alternative `for` other
/// places is not one.
pub fn purpose_grounds(
    cx: &Context<'_>,
    pu: &Purpose,
    families: &[Family],
) -> Vec<(GroundClaim, Span)> {
    let regimes: Vec<Jurisdiction> = families.iter().flat_map(|f| cx.regimes(*f)).collect();
    let bases: Vec<&Basis> = cx.bases_under(families).collect();
    let here: Vec<&Alternative> = pu
        .alternatives
        .iter()
        .filter(|a| a.scope.places.is_empty() || a.scope.covers_any(&regimes))
        .collect();
    let own = here
        .iter()
        .flat_map(|a| a.grounds.iter().map(|g| (g.value.clone(), g.span)));
    let named = pu.bases.iter().filter(|r| {
        here.iter()
            .any(|a| a.bases.iter().any(|b| b.value == r.value))
            || !pu
                .alternatives
                .iter()
                .any(|a| a.bases.iter().any(|b| b.value == r.value))
    });
    let declared = named.filter_map(|r| {
        bases
            .iter()
            .find(|b| b.id.value == r.value)
            .map(|b| (b.ground.value.clone(), r.span))
    });
    own.chain(declared).collect()
}

/// The sections on `topic`, each with its text as written.
pub fn sections_on(p: &Policy, topic: Topic) -> impl Iterator<Item = (&Section, &str)> {
    p.sections
        .iter()
        .filter(move |s| s.topic == Some(topic))
        .filter_map(|s| {
            p.file
                .text
                .get(s.source.span.start..s.source.span.end)
                .map(|t| (s, t))
        })
}

/// Whether a vendor of the cookie knowledge base is the policy's own
/// controller (Microsoft's advertising cookies on a policy of Microsoft
/// Corporation): the first word of its name is the first word of a
/// controller's name. What the vendor documents of a cookie's party is
/// for the cookie set on other sites; on the controller's own sites the
/// same cookie is first party.
pub fn vendor_is_controller(p: &Policy, vendor: &crate::cookies::Vendor) -> bool {
    fn first_word(name: &str) -> Option<String> {
        name.split(|c: char| !c.is_alphanumeric())
            .find(|w| !w.is_empty() && !w.eq_ignore_ascii_case("the"))
            .filter(|w| w.chars().count() >= 3)
            .map(str::to_lowercase)
    }
    let Some(vendor) = first_word(&vendor.name) else {
        return false;
    };
    p.controller
        .iter()
        .chain(&p.regional_controllers)
        .any(|c| first_word(&c.name.value).as_deref() == Some(vendor.as_str()))
}

/// Where a party is established, and where the policy says so: its
/// `country` (lower case), else the one country its postal address names
/// ("…, Causeway Bay, Hong Kong"); an address with a line for each of
/// several places names none.
pub fn established_in(party: &Party) -> Option<(String, Span)> {
    if let Some(c) = party.country.as_ref() {
        return Some((c.value.to_ascii_lowercase(), c.span));
    }
    let address = party.address.as_ref()?;
    let mut named: Vec<&str> = address
        .value
        .split([',', ';', '\n'])
        .filter_map(|part| crate::model::countries::meant(part.trim()))
        .map(|(code, _)| code)
        .collect();
    named.sort_unstable();
    named.dedup();
    match named.as_slice() {
        [one] => Some((one.to_string(), address.span)),
        _ => None,
    }
}

/// Whether a country code (ISO 3166-1 alpha-2, lower case; Greece also as
/// `el`) is in the European Economic Area: the 27 Member States with
/// Iceland, Liechtenstein and Norway.
pub fn in_eea(code: &str) -> bool {
    const EEA: &[&str] = &[
        "at", "be", "bg", "hr", "cy", "cz", "dk", "ee", "fi", "fr", "de", "gr", "el", "hu", "ie",
        "it", "lv", "lt", "lu", "mt", "nl", "pl", "pt", "ro", "sk", "si", "es", "se", "is", "li",
        "no",
    ];
    EEA.contains(&code)
}

/// Where to point for a right that is missing: the `rights` keyword, or the policy.
pub fn rights_span(cx: &Context<'_>) -> Span {
    match cx.policy.rights.span {
        Some(s) => Span::new(s.start, s.start + Keyword::Rights.as_str().len()),
        None => cx.policy_span(),
    }
}

/// The first word of a statement: where to point for a finding about a whole block or line.
pub fn head(span: Span, keyword: Keyword) -> Span {
    Span::new(span.start, span.start + keyword.as_str().len())
}

/// Where to point for a right missing in some regimes: the first right
/// stated for those regimes and none where the right is offered (the list it
/// is missing from), else the statement that offers it elsewhere (it is to be
/// extended), else the `rights` keyword.
pub fn missing_right_span(cx: &Context<'_>, kind: RightKind, regimes: &[Jurisdiction]) -> Span {
    let p = cx.policy;
    let rights = &p.rights.rights;
    let offered: Vec<Jurisdiction> = cx
        .jurisdictions
        .iter()
        .copied()
        .filter(|j| p.offers_in(kind, *j))
        .collect();
    rights
        .iter()
        .find(|r| {
            !r.scope.places.is_empty()
                && regimes.iter().any(|j| r.scope.covers(*j))
                && !offered.iter().any(|j| r.scope.covers(*j))
        })
        .or_else(|| {
            rights
                .iter()
                .find(|r| r.kinds.iter().any(|k| k.value == kind))
        })
        .map_or_else(|| rights_span(cx), |r| head(r.span, Keyword::Right))
}

/// The rights of `needed` that the policy does not offer, as one finding
/// (one incomplete list is one gap), at the rights of `regimes` (see
/// [`missing_right_span`]). `message` gets the rights' names joined.
pub fn missing_rights(
    cx: &Context<'_>,
    regimes: &[Jurisdiction],
    needed: &[(RightKind, &str)],
    message: impl Fn(usize, &str) -> String,
) -> Vec<Finding> {
    let missing: Vec<&(RightKind, &str)> = needed
        .iter()
        .filter(|(k, _)| !cx.policy.offers(*k))
        .collect();
    let Some((first, _)) = missing.first() else {
        return Vec::new();
    };
    let names: Vec<&str> = missing.iter().map(|(_, n)| *n).collect();
    let adds: Vec<String> = missing
        .iter()
        .map(|(k, _)| format!("`right {k} \"…\"`"))
        .collect();
    let adds: Vec<&str> = adds.iter().map(String::as_str).collect();
    vec![Finding::new(
        missing_right_span(cx, *first, regimes),
        message(missing.len(), &join_and(&names)),
        "not among the rights",
    )
    .help(format!("add {} to `rights`", join_and(&adds)))]
}

/// A cookie name for people: a prefix pattern ends in `*`.
pub fn known_name(k: &crate::cookies::KnownCookie) -> String {
    if k.prefix {
        format!("{}*", k.name)
    } else {
        k.name.clone()
    }
}

/// "1 cookie", "3 cookies".
pub fn count(n: usize, word: &str) -> String {
    format!("{n} {word}{}", if n == 1 { "" } else { "s" })
}

/// A cookie's category: as declared, else as the knowledge base knows it.
pub fn effective_category(cx: &Context<'_>, row: &Cookie) -> Option<CookieCategory> {
    row.category.as_ref().map(|c| c.value).or_else(|| {
        cx.knowledge
            .lookup_in(
                &row.name.value,
                crate::cookies::Context {
                    domain: row.domain.as_deref(),
                    provider: row.provider.as_ref().map(|p| p.value.as_str()),
                    third_party: None,
                },
            )
            .map(|k| k.category)
    })
}

/// Whether two lifetimes say the same thing (`1 year` and `365 days` do: within 2 %).
pub fn same_lifetime(a: &Lifetime, b: &Lifetime) -> bool {
    match (a, b) {
        (Lifetime::Session, Lifetime::Session) => true,
        (Lifetime::Period { duration: x, .. }, Lifetime::Period { duration: y, .. }) => {
            let (x, y) = (x.seconds(), y.seconds());
            x.abs_diff(y) <= x.max(y) / 50
        }
        _ => false,
    }
}

/// Words in prose that name a tracking technology, and the tracker kinds that disclose it.
const TECHNOLOGIES: &[(&str, &[&str], &[TrackerKind])] = &[
    (
        "web beacons",
        &["web beacon*", "clear gif*", "tracking pixel*"],
        &[TrackerKind::WebBeacon, TrackerKind::Pixel],
    ),
    (
        "pixels",
        &["pixel tag*", "advertising pixel*"],
        &[TrackerKind::Pixel, TrackerKind::WebBeacon],
    ),
    (
        "software development kits",
        &["sdk", "sdks", "software development kit*"],
        &[TrackerKind::Sdk],
    ),
    (
        "local storage",
        &["local storage", "localstorage"],
        &[TrackerKind::LocalStorage],
    ),
];

/// Texts joined and lower-cased for [`may_mention`]: ASCII letters lower-cased,
/// and the two non-ASCII letters that case-insensitive matching equates with
/// ASCII ones (KELVIN SIGN, LONG S) written as those.
fn folded<'a>(texts: impl Iterator<Item = &'a str>) -> String {
    let mut out = String::new();
    for t in texts {
        for c in t.chars() {
            out.push(match c {
                '\u{212A}' => 'k',
                '\u{17F}' => 's',
                c => c.to_ascii_lowercase(),
            });
        }
        out.push('\n');
    }
    out
}

/// Whether the phrase `alias` (as [`prose::phrases`] reads it) could match
/// somewhere in the folded text: its first word, up to any `*`, occurs.
/// Never false when the pattern would match.
fn may_mention(haystack: &str, alias: &str) -> bool {
    let first = alias.split_whitespace().next().unwrap_or("");
    let literal = first.split('*').next().unwrap_or("");
    if !literal.is_ascii() {
        return true;
    }
    haystack.contains(&literal.to_ascii_lowercase())
}

/// Words that make a sentence about tracking technology.
const TRACKING_WORDS: &[&str] = &[
    "cookie",
    "pixel",
    "beacon",
    "tag",
    "sdk",
    "software development kit",
    "track",
    "analytics",
    "measurement",
    "measuring",
    "advertis",
    "ads",
    "retarget",
    "local storage",
    "fingerprint",
];

/// The sentence of `text` that holds `range`. A sentence ends at `.`, `!`
/// or `?` followed by white space (so the dots of a link,
/// `www.example.com`, end none), or at a blank line.
pub fn sentence_around(text: &str, range: std::ops::Range<usize>) -> &str {
    let bytes = text.as_bytes();
    let ends_sentence = |i: usize| {
        let c = bytes[i];
        let next_space = bytes.get(i + 1).is_none_or(|n| n.is_ascii_whitespace());
        (matches!(c, b'.' | b'!' | b'?') && next_space)
            || (c == b'\n' && text[..i].trim_end_matches([' ', '\t']).ends_with('\n'))
    };
    let mut start = range.start.min(bytes.len());
    while start > 0 && !ends_sentence(start - 1) {
        start -= 1;
    }
    let mut end = range.end.min(bytes.len());
    while end < bytes.len() && !ends_sentence(end) {
        end += 1;
    }
    text.get(start..end).unwrap_or_default()
}

/// Whether the sentence around `at` in `file` speaks of tracking technology.
pub fn in_tracking_sentence(file: &str, at: Span) -> bool {
    speaks_of_tracking(sentence_around(file, at.start..at.end))
}

/// Whether a text names a technology that sets or reads cookies or sends
/// what a browser does: a pixel, tag, SDK, plugin, button, widget, beacon,
/// cookie or analytics.
fn names_technology(text: &str) -> bool {
    static TECHNOLOGY: prose::Pattern = prose::Pattern::new(
        r"(?i)\b(pixels?|tags?|sdks?|software\s+development\s+kits?|plug-?ins?|buttons?|widgets?|beacons?|cookies?|analytics|conversions?\s+api|insight)\b",
    );
    TECHNOLOGY.is_match(text)
}

/// Whether a text uses a word of [`TRACKING_WORDS`], at the start of a word.
pub fn speaks_of_tracking(text: &str) -> bool {
    let sentence = text.to_ascii_lowercase();
    TRACKING_WORDS.iter().any(|w| {
        sentence.match_indices(w).any(|(i, _)| {
            // At the start of a word: "ads" in "uploads" is not a word of its own.
            i == 0 || !sentence.as_bytes()[i - 1].is_ascii_alphanumeric()
        })
    })
}

/// `cookie-undisclosed`: vendors and technologies named in the prose or by a
/// recipient whose cookies or trackers the policy does not list.
pub fn cookie_undisclosed(cx: &Context<'_>) -> Vec<Finding> {
    let p = cx.policy;
    // A separate cookie notice is where each cookie is listed; what it
    // leaves out cannot be judged from this file.
    if p.cookies.as_ref().is_some_and(|c| c.notice.is_some()) {
        return Vec::new();
    }
    let kb = cx.knowledge;
    let rows: Vec<&Cookie> = p.cookies.iter().flat_map(|c| c.rows.iter()).collect();
    let mut out = Vec::new();
    // Compiling each vendor's pattern is most of a run's work: only vendors
    // whose name could appear at all get one.
    let haystack = folded(prose::texts(p).iter().map(|t| t.raw).chain(
        p.recipients.iter().flat_map(|r| {
            r.named
                .iter()
                .map(String::as_str)
                .chain(std::iter::once(r.label.as_str()))
        }),
    ));
    for (index, vendor) in kb.vendors.iter().enumerate() {
        if vendor.aliases.is_empty() || !vendor.aliases.iter().any(|a| may_mention(&haystack, a)) {
            continue;
        }
        let known: Vec<&crate::cookies::KnownCookie> = kb.cookies_of(index).collect();
        if known.is_empty() {
            continue;
        }
        let listed = known.iter().any(|k| {
            rows.iter().any(|r| {
                let declared = r.name.value.trim_end_matches('*');
                if k.prefix {
                    declared.starts_with(&k.name)
                } else {
                    r.matches(&k.name)
                }
            })
        });
        if listed {
            continue;
        }
        let aliases: Vec<&str> = vendor.aliases.iter().map(String::as_str).collect();
        // Vendor names may come from a user's cookie database: a name too
        // large for the regex engine is skipped, not a panic.
        let Some(re) = prose::try_phrases(&aliases) else {
            continue;
        };
        // A row that names the vendor as its provider, or in its purpose
        // ("Google Analytics: measuring our website"), discloses its cookies,
        // whatever the row calls them (a row without names is
        // cookie-missing-field's finding); and the controller naming itself
        // is not a third party's tracker.
        let provider_row = rows.iter().any(|r| {
            r.provider.as_ref().is_some_and(|pr| re.is_match(&pr.value))
                || r.purpose.as_ref().is_some_and(|pu| re.is_match(&pu.value))
        });
        let is_controller = p
            .controller
            .as_ref()
            .is_some_and(|c| re.is_match(&c.name.value));
        if provider_row || is_controller {
            continue;
        }
        // A vendor named in prose is evidence of its cookies only where the
        // sentence speaks of tracking: "sign in with X", "payments by Stripe"
        // or "see Facebook's privacy policy" are not.
        //
        // A platform's bare name (`Facebook` for the Meta Pixel, `LinkedIn`
        // for its Insight Tag: an alias the vendor's own name contains) is
        // evidence only beside a word for a technology that sets or reads
        // cookies (a pixel, tag, SDK, plugin, button, analytics): "ads on
        // platforms such as Facebook" or an ad partner that receives data
        // says nothing of cookies on this site.
        let file: &str = &p.file.text;
        let vendor_name = vendor.name.to_lowercase();
        let bare = |name: &str| {
            let name = name.to_lowercase();
            vendor.aliases.contains(&name) && vendor_name != name && vendor_name.contains(&name)
        };
        let mut mentions: Vec<Span> = prose::find(p, &re)
            .into_iter()
            .filter(|m| in_tracking_sentence(file, *m))
            .filter(|m| {
                !file.get(m.start..m.end).is_some_and(bare)
                    || names_technology(sentence_around(file, m.start..m.end))
            })
            .collect();
        // A recipient is evidence of cookies only when its name, label or
        // purpose speaks of tracking ("Google Analytics", "measurement
        // partners"): a payment processor or a social network you share to
        // is not.
        for r in p.recipients.iter().filter(|r| {
            speaks_of_tracking(&r.label)
                || r.purpose.as_deref().is_some_and(speaks_of_tracking)
                || r.named.iter().any(|n| speaks_of_tracking(n))
        }) {
            let technology =
                names_technology(&r.label) || r.purpose.as_deref().is_some_and(names_technology);
            if r.named
                .iter()
                .chain(std::iter::once(&r.label))
                .flat_map(|n| re.find_iter(n).into_iter().map(move |m| &n[m]))
                .any(|m| technology || !bare(m))
            {
                mentions.push(r.id.span);
            }
        }
        let Some((first, rest)) = mentions.split_first() else {
            continue;
        };
        let names: Vec<String> = known.iter().take(4).map(|k| known_name(k)).collect();
        let more = if known.len() > 4 { " …" } else { "" };
        let mut f = Finding::new(
            *first,
            if rows.is_empty() {
                format!(
                    "the policy names {}, but declares none of its cookies",
                    vendor.name
                )
            } else {
                format!(
                    "the policy names {}, but the cookie table lists none of its cookies",
                    vendor.name
                )
            },
            format!("{} sets cookies", vendor.name),
        )
        .help(format!(
            "add rows for the cookies {} sets ({}{more}); source: {}",
            vendor.name,
            names.join(", "),
            vendor.source
        ));
        for r in rest.iter().take(3) {
            f = f.also(*r, "named again");
        }
        out.push(f);
    }
    out.extend(advertising_undisclosed(cx, &rows));
    // Cookies the site was seen to set that no row covers.
    let anchor = p
        .cookies
        .as_ref()
        .map_or_else(|| cx.policy_span(), |c| c.header_span);
    let uncovered: Vec<&crate::cookies::observed::ObservedCookie> = cx
        .observed
        .iter()
        .filter(|o| !rows.iter().any(|r| crate::cookies::row_covers(r, o)))
        .collect();
    for o in &uncovered {
        // A row of the name whose `party` is the other one: that is the cause, in one finding.
        if let Some(row) = rows.iter().find(|r| {
            crate::cookies::row_differs_only_in_party(r, o)
                && !cx.observed.iter().any(|x| crate::cookies::row_covers(r, x))
        }) {
            let declared = row.party.as_ref().map(|p| p.value);
            let span = row.party.as_ref().map_or(row.name.span, |p| p.span);
            let seen = if o.third_party == Some(true) {
                format!("on the third-party domain {}", o.domain)
            } else {
                format!("on the site's own domain {}", o.domain)
            };
            let other = if o.third_party == Some(true) {
                "third"
            } else {
                "first"
            };
            if let Some(declared) = declared {
                out.push(
                    Finding::new(
                        span,
                        format!(
                            "`{}` is declared as a {declared}-party cookie, but the site sets it {seen}",
                            o.name
                        ),
                        format!("seen as {other} party"),
                    )
                    .help(format!(
                        "{}; if this row is meant for it, write `{other}` in the party column",
                        o.evidence()
                    )),
                );
                continue;
            }
        }
        // The same name on two domains: each message names its domain.
        let twice = uncovered
            .iter()
            .filter(|x| x.name == o.name && x.domain != o.domain)
            .count()
            > 0;
        let known = kb.lookup_in(
            &o.name,
            crate::cookies::Context {
                domain: Some(&o.domain),
                provider: None,
                third_party: o.third_party,
            },
        );
        let vendor = known
            .map(|k| {
                format!(
                    " (known as a {} cookie of {})",
                    k.category,
                    kb.vendor(k).name
                )
            })
            .unwrap_or_default();
        let party = if o.third_party == Some(true) {
            format!(" on the third-party domain {}", o.domain)
        } else if twice {
            format!(" on {}", o.domain)
        } else {
            String::new()
        };
        out.push(
            Finding::new(
                anchor,
                format!(
                    "the site sets `{}`{party}{vendor}, but {} does not list it",
                    o.name,
                    if rows.is_empty() {
                        "the policy"
                    } else {
                        "the cookie table"
                    }
                ),
                format!("`{}` is missing", o.name),
            )
            .help(format!("{}; add a row for it", o.evidence())),
        );
    }
    for (name, words, kinds) in TECHNOLOGIES {
        if p.trackers
            .iter()
            .any(|t| t.kind.as_ref().is_some_and(|k| kinds.contains(&k.value)))
        {
            continue;
        }
        if !words.iter().any(|w| may_mention(&haystack, w)) {
            continue;
        }
        let mentions = prose::find(p, &prose::phrases(words));
        if let Some((first, rest)) = mentions.split_first() {
            let mut f = Finding::new(
                *first,
                format!("the prose mentions {name}, but the policy declares none"),
                "not disclosed",
            )
            .help(format!(
                "declare each with `tracker id \"…\" {{ kind {} provider \"…\" purpose \"…\" }}`",
                kinds[0]
            ));
            for r in rest.iter().take(3) {
                f = f.also(*r, "mentioned again");
            }
            out.push(f);
        }
    }
    out
}

/// Prose that says ads are served by partners, while no cookie in the table is for marketing.
fn advertising_undisclosed(cx: &Context<'_>, rows: &[&Cookie]) -> Option<Finding> {
    static ADS: LazyLock<prose::Lean> = LazyLock::new(|| {
        prose::phrases(&[
            "advertising partners",
            "advertising partner",
            "third-party vendors",
            "ad networks",
            "serve ads",
            "serve advertisements",
            "display advertising",
            "interest-based ads",
            "advertising based",
        ])
    });
    if rows
        .iter()
        .any(|r| effective_category(cx, r) == Some(CookieCategory::Marketing))
    {
        return None;
    }
    // "We set no advertising cookie": the policy answers the question.
    static NO_AD_COOKIES: prose::Pattern = prose::Pattern::new(
        r"(?i)\b(?:sets?\s+no|(?:do|does)\s+not\s+(?:set|use|place)\s+(?:any\s+)?|never\s+(?:sets?|uses?|places?)\s+(?:any\s+)?|no)\s+(?:advertising|marketing|ad)\s+cookies?\b",
    );
    if !prose::find(cx.policy, &NO_AD_COOKIES).is_empty() {
        return None;
    }
    // A mention the words deny just before it ("never for advertising
    // based on a profile", "no ad networks") says no partner serves such
    // ads; "we do not control how advertising partners …" denies nothing.
    let text = &cx.policy.file.text;
    let denied = |at: &crate::diag::Span| {
        let from = text[..at.start]
            .char_indices()
            .rev()
            .nth(24)
            .map_or(0, |(i, _)| i);
        NEGATION.is_match(&text[from..at.start])
    };
    static NEGATION: prose::Pattern = prose::Pattern::new(
        r"(?i)\b(?:never|not)\s+(?:(?:be\s+)?used\s+)?(?:for|in|to)\s+$|\bno\s+$",
    );
    let mentions: Vec<crate::diag::Span> = prose::find(cx.policy, &ADS)
        .into_iter()
        .filter(|at| !denied(at))
        .collect();
    let (first, rest) = mentions.split_first()?;
    let mut f = Finding::new(
        *first,
        if rows.is_empty() {
            "the prose says partners serve ads, but the policy declares no cookie for marketing"
        } else {
            "the prose says partners serve ads, but no cookie in the table is for marketing"
        },
        "advertising cookies not listed",
    )
    .help("list the advertising cookies the partners set, with `category marketing`");
    for r in rest.iter().take(3) {
        f = f.also(*r, "mentioned again");
    }
    Some(f)
}

/// Findings that are one gap, as one finding: at the first place, marking the
/// others, with each message and each distinct hint once.
pub fn one_finding(mut found: Vec<Finding>) -> Vec<Finding> {
    found.sort_by_key(|f| f.span.start);
    let mut found = found.into_iter();
    let Some(mut first) = found.next() else {
        return Vec::new();
    };
    let mut messages = vec![first.message.clone()];
    for f in found {
        messages.push(f.message);
        if let Some(h) = f.help {
            match &mut first.help {
                Some(old) if !old.contains(h.as_str()) => {
                    old.push_str("; ");
                    old.push_str(&h);
                }
                Some(_) => {}
                None => first.help = Some(h),
            }
        }
        first = first.also(f.span, f.label);
        first.also.extend(f.also);
        first.at_most = match (first.at_most, f.at_most) {
            (Some(a), Some(b)) => Some(a.max(b)),
            _ => None,
        };
    }
    first.message = crate::lint::combine(&messages);
    vec![first]
}

/// "a", "a and b", "a, b and c".
pub fn join_and(items: &[&str]) -> String {
    match items {
        [] => String::new(),
        [one] => (*one).to_string(),
        [rest @ .., last] => format!("{} and {last}", rest.join(", ")),
    }
}

/// A destination that names no country: "other countries", "worldwide",
/// "across borders"; "other jurisdictions outside the EEA and the UK" says
/// where data does not go, not where it goes. Read in English and in the
/// policy's own language ("Länder außerhalb Ihres Wohnsitzlandes").
pub fn vague_destination(destination: &str, lang: crate::i18n::Lang) -> bool {
    if crate::lint::language::vague_destinations(lang).is_some_and(|re| re.is_match(destination)) {
        return true;
    }
    static VAGUE: prose::Pattern = prose::Pattern::new(
        r"(?i)^\s*(other|various|any|all|several|some|certain|third|many|multiple)\b|\b(worldwide|anywhere|around the world|throughout the world|globally|across borders|abroad|overseas|internationally)\b|^\s*(the\s+)?(countries|jurisdictions|places|territories)\s+(outside|beyond|where|in which|that|which|without)\b|^\s*(outside|beyond)\b",
    );
    VAGUE.is_match(destination)
}

/// Whether the words speak of an age set by the law where the person lives
/// ("the age your country's laws require", "the age of consent set by the
/// applicable data protection law", "the age at which you can consent to
/// data processing"): the age GDPR Art. 8(1) lets each member state set.
pub fn age_set_by_local_law(text: &str) -> bool {
    // The law that sets the age, named before or after the word "age".
    macro_rules! law {
        () => {
            r"(\blocal\s+laws?\b|\b(applies|applicable|required|set)\s+locally\b|\b(in|of)\s+(your|their)\s+(country|jurisdiction|member\s+state)\b|\b(your|the|their)\s+(country|jurisdiction|member\s+state)('s|s')?\s+laws?\b|\blaws?\s+(of|in|where)\s+(your|the|their)\s+(country|jurisdiction)|\bapplicable\s+(data\s+protection\s+)?laws?\b|\bconsent(ing)?\s+to\s+(the\s+)?(data\s+)?processing\b|\bdigital\s+consent\b|\bage\s+of\s+(digital\s+)?consent\b)"
        };
    }
    static LOCAL_AGE: crate::lint::prose::Pattern = crate::lint::prose::Pattern::new(concat!(
        r"(?i)\bages?\b[^.;]{0,80}?",
        law!(),
        "|",
        law!(),
        r"[^.;]{0,80}?\bages?\b"
    ));
    LOCAL_AGE.is_match(text)
}

/// Whether one piece of the purpose's words (its label, one of its
/// `includes`, its `interest`) speaks of advertising chosen for the person:
/// an advertising word and a word of tailoring in the same piece. Where the
/// ad appears ("on other sites") does not say it was chosen for the person:
/// an advertiser may buy space there for everyone.
///
/// Read word by word rather than with a pattern: it runs on every purpose
/// of every policy, and compiling the equivalent case-insensitive pattern
/// was a tenth of a whole build of Calsoft (issue 27).
pub fn tailored_advertising(text: &str) -> bool {
    let lower = text.to_lowercase();
    let words: Vec<&str> = lower
        .split(|c: char| !c.is_alphanumeric() && c != '-')
        .filter(|w| !w.is_empty())
        .collect();
    // Advertising in the policy's language too: publicidad, publicité,
    // pubblicità, publicidade, Werbung, reclame, advertenties, anuncios.
    const ADS_ABROAD: &[&str] = &[
        "publicid",
        "publicit",
        "pubblicit",
        "werbung",
        "werbe",
        "reclame",
        "advertentie",
        "anuncio",
        "anúncio",
        "annonce",
        "annunci",
    ];
    let is_ad = |w: &str| {
        matches!(w, "ad" | "ads" | "marketing" | "sponsored")
            // "Advertiser" names a customer, not advertising.
            || (w.starts_with("advert") && !w.starts_with("advertiser"))
            || w.starts_with("promot")
            || ADS_ABROAD.iter().any(|s| w.starts_with(s))
    };
    let ads = words.iter().any(|w| is_ad(w));
    // Ads for those who refused tailored ones ("also for users who
    // declined personalised ads") are the ads that are not tailored.
    const REFUSED: &[&str] = &[
        "declined",
        "refused",
        "rejected",
        "abgelehnt",
        "widersprochen",
        "refusé",
        "refusée",
        "refusées",
        "refusés",
        "rechazado",
        "rechazada",
        "rifiutato",
        "rifiutata",
        "geweigerd",
        "recusado",
        "recusada",
    ];
    if !ads || words.iter().any(|w| REFUSED.contains(w)) {
        return false;
    }
    const STEMS: &[&str] = &[
        "personalis",
        "personaliz",
        "tailor",
        "target",
        "behaviour",
        "behavior",
        "retarget",
        "re-target",
        "remarket",
        "customis",
        "customiz",
        // personnalisée, personalizzata, gepersonaliseerd, comportamiento,
        // comportement, verhaltensbasiert, interessenbasiert, ciblée.
        "personnalis",
        "personalizz",
        "gepersonalis",
        "comportament",
        "comportement",
        "verhaltensbasiert",
        "interessenbasiert",
        "cibl",
    ];
    // "Relevant" chooses for the person only beside the ad or the person
    // ("relevant ads", "relevant to you"): advertising kept "relevant" for
    // everyone is not tailored.
    let relevant_to_you = |i: usize| {
        let next = words.get(i + 1).copied().unwrap_or("");
        let after = words.get(i + 2).copied().unwrap_or("");
        is_ad(next)
            || (matches!(
                next,
                "to" | "for" | "für" | "pour" | "para" | "per" | "voor"
            ) && matches!(
                after,
                "you" | "sie" | "dich" | "vous" | "te" | "ti" | "usted" | "u" | "você"
            ))
    };
    let tailoring = words.iter().enumerate().any(|(i, w)| {
        STEMS.iter().any(|s| w.starts_with(s))
            || *w == "interest-based"
            || (*w == "relevant" && relevant_to_you(i))
    });
    const PHRASES: &[&str] = &[
        "your interests",
        "interests you",
        "may interest you",
        "might interest you",
        "of interest to you",
        "likely to interest you",
        "interest based",
        "past visitors",
        "previous visitors",
        "based on your interest",
        "based on interest",
        "based on your activit",
        "based on activit",
        "based on your behavio",
        "based on behavio",
        "based on your browsing",
        "based on browsing",
        "off-site activit",
        "offsite activit",
        "other sites activit",
        "other websites activit",
        "other apps activit",
    ];
    tailoring || {
        let joined = words.join(" ");
        PHRASES.iter().any(|p| joined.contains(p))
    }
}

/// The Art. 9(1) kinds a data category's own words name, in its label or
/// examples ("dietary or accessibility requirements", "religion", "sexual
/// orientation"): the category holds them, whatever it is called (GDPR
/// Art. 9(1), Art. 4(15); dietary and accessibility needs reveal health or
/// religion). The same kinds are sensitive personal information under the
/// CCPA (Cal. Civ. Code 1798.140(ae)(1)(D)-(F), (ae)(2)).
pub fn art9_in_words(d: &DataCategory) -> Vec<&'static str> {
    static KINDS: [(&str, prose::Pattern); 8] = [
        (
            "health",
            prose::Pattern::new(
                r"(?i)\b(?:health|medical|disabilit(?:y|ies)|accessibility\s+(?:needs|requirements)|dietary\s+(?:needs|requirements|restrictions)|allerg(?:y|ies)|suicid\w*|pregnan\w*)\b",
            ),
        ),
        (
            "religion",
            prose::Pattern::new(
                r"(?i)\b(?:religion|religious|dietary\s+(?:needs|requirements|restrictions)|philosophical\s+beliefs)\b",
            ),
        ),
        (
            "sex life or sexual orientation",
            prose::Pattern::new(r"(?i)\b(?:sexual\s+(?:orientation|life)|sex\s+life)\b"),
        ),
        (
            "racial or ethnic origin",
            prose::Pattern::new(r"(?i)\b(?:racial|ethnic\s+origin|ethnicity|race)\b"),
        ),
        (
            "political opinions",
            prose::Pattern::new(r"(?i)\bpolitical\s+(?:opinions?|views|affiliations?|beliefs)\b"),
        ),
        (
            "trade union membership",
            prose::Pattern::new(r"(?i)\b(?:trade[- ]union|union\s+membership)\b"),
        ),
        ("genetic data", prose::Pattern::new(r"(?i)\bgenetic\b")),
        (
            "biometric data",
            prose::Pattern::new(
                r"(?i)\b(?:biometric\w*|facial\s+recognition|face\s+recognition)\b",
            ),
        ),
    ];
    // Most categories name none: one pattern of every kind's first words
    // answers for them, and the eight are compiled only when it matches.
    static ANY: prose::Pattern = prose::Pattern::new(
        r"(?i)\b(?:health|medical|disabilit|accessibility|dietary|allerg|suicid|pregnan|religi|philosophical|sexual|sex\s+life|racial|ethnic|race\b|political|trade[- ]union|union\s+membership|genetic|biometric|facial\s+recognition|face\s+recognition)",
    );
    let words: Vec<&str> = std::iter::once(d.label.as_str())
        .chain(d.examples.iter().map(String::as_str))
        .collect();
    if !words.iter().any(|w| ANY.is_match(w)) {
        return Vec::new();
    }
    KINDS
        .iter()
        .filter(|(_, p)| words.iter().any(|w| p.is_match(w)))
        .map(|(k, _)| *k)
        .collect()
}

/// Whether a condition only says "where the law requires it": the place,
/// the law and the requirement unnamed.
pub fn defers_to_the_law(condition: &str) -> bool {
    static DEFERS: prose::Pattern = prose::Pattern::new(
        r"(?i)^\s*(only\s+)?(where|when|if|as|to\s+the\s+extent|in\s+(the\s+)?(countries|jurisdictions|places|regions|cases|states)\s+(where|that|which))\b.*\b(required|requires|require|permitted|permits|permit|allowed|allows|allow|applicable)\b",
    );
    static LAW: prose::Pattern = prose::Pattern::new(
        r"(?i)\b(laws?|legislation|regulations?|legal|consent\s+is\s+(not\s+)?required)\b",
    );
    // Named places ("in the EEA", "under the LGPD") are a condition.
    static NAMED: prose::Pattern = prose::Pattern::new(
        r"\b(EEA|EU|UK|European|Union|Kingdom|Brazil|California|GDPR|LGPD|CCPA|[A-Z][a-z]+ law)\b",
    );
    // "Where necessary", "where applicable": the same deferral, the law unsaid.
    static BARE: prose::Pattern = prose::Pattern::new(
        r"(?i)^\s*(only\s+)?(where|when|if|as)\s+(necessary|applicable|appropriate|required|needed)\b",
    );
    // ("Where necessary to perform a contract with you, such as sending
    // you a technical announcement" says what it covers by its examples.)
    static EXAMPLES: prose::Pattern =
        prose::Pattern::new(r"(?i)\b(?:such\s+as|for\s+example|for\s+instance|e\.g\.)");
    (BARE.is_match(condition) && !NAMED.is_match(condition) && !EXAMPLES.is_match(condition))
        || (condition.split_whitespace().count() <= 12
            && DEFERS.is_match(condition)
            && LAW.is_match(condition)
            && !NAMED.is_match(condition))
}

#[cfg(test)]
mod tests {
    use super::tailored_advertising;

    #[test]
    fn advertising_chosen_for_the_person_and_advertising_that_is_not() {
        for t in [
            "Showing you ads based on your interests",
            "Serving advertising tailored to the preferences of our users",
            "displaying interest-based, retargeted and behavioral advertising",
            "Showing our kite ads to past visitors on other websites",
            "Customising and personalising the advertising we deliver to you",
            "We deliver ads that are relevant to you",
            "more relevant advertisements on the Website",
            "Personalized Ads",
            "marketing based on your off-site activity",
            "showing you promotions or other content that may interest you",
            "surfacing sponsored content that may be of interest to you",
            "personalizar la publicidad en línea",
            "publicité personnalisée sur d'autres sites",
            "interessenbasierte Werbung",
            "pubblicità personalizzata",
            "gepersonaliseerde advertenties",
        ] {
            assert!(tailored_advertising(t), "{t}");
        }
        for t in [
            "Showing ads for kites next to our kite articles",
            "Advertising our kites on other websites and apps",
            "Personalising your experience",
            "Measuring how well our campaigns work",
            "Sending the monthly bulletin",
            "Promoting our services on other platforms",
            "Showing you content that may interest you",
            "Opening your personalised Advertiser account",
            "publicidad en nuestros sitios web",
            "personalizar tu experiencia",
            "Showing ads to people who declined personalised advertising",
            "auch für Nutzer, die personalisierte Werbung abgelehnt haben",
            "so bleibt die Werbung relevant und die Plattform kostenlos",
            "keeping our advertising relevant and the service free",
            "",
        ] {
            assert!(!tailored_advertising(t), "{t}");
        }
    }
}

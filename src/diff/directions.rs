//! The directions a change goes in (`longer`, `more`, `to consent`, `for
//! fewer places` …), which the materiality table turns into a class.

use super::*;

/// The directions of a change, for the table: `stated`, `more`, `longer`, `to WORD` …
pub(super) fn directions(
    block: &str,
    field: &str,
    a: Option<&Val>,
    b: Option<&Val>,
    o: &Item,
    n: &Item,
    r: &Renames,
) -> Vec<String> {
    let mut out = Vec::new();
    // A fact with no `for` holds everywhere: stating places narrows it,
    // dropping them widens it to everywhere.
    if field == "(for)" {
        match (a, b) {
            (None, Some(b)) => {
                out.push("fewer".to_string());
                out.push("from everywhere".to_string());
                out.extend(b.atoms.iter().map(|w| format!("to {w}")));
                return out;
            }
            (Some(a), None) => {
                out.push("more".to_string());
                out.push("to everywhere".to_string());
                out.extend(a.atoms.iter().map(|w| format!("from {w}")));
                return out;
            }
            _ => {}
        }
    }
    let (a, b) = match (a, b) {
        (None, Some(b)) => {
            // A retention stated in words only is a criterion, not a period:
            // whether it keeps the data longer than the rules that held lies
            // in its words (the `any` row), not "a period is now stated".
            let criterion = field == "retention"
                && !b.atoms.is_empty()
                && b.atoms.iter().all(|x| period(with_places(x).0).is_none());
            if !criterion {
                out.push("stated".to_string());
            }
            if !b.atoms.is_empty() && b.yes.is_none() {
                // Stating a list where there was none adds its members.
                out.push("more".to_string());
            }
            out.extend(
                b.atoms
                    .iter()
                    .map(|w| format!("to {}", w.trim_matches('"'))),
            );
            match b.yes {
                Some(true) => out.push("yes".into()),
                Some(false) => out.push("no".into()),
                None => {}
            }
            return out;
        }
        (Some(a), None) => {
            out.push("dropped".to_string());
            out.extend(
                a.atoms
                    .iter()
                    .map(|w| format!("from {}", w.trim_matches('"'))),
            );
            return out;
        }
        (Some(a), Some(b)) => (a, b),
        (None, None) => return out,
    };
    let old = mapped(a, r);
    // Places compared as the parts of the world they name (`for elsewhere`
    // that takes in more than `for brazil` did is more places, not a place
    // lost and one gained).
    if field == "(for)" && places_resolve(&old) && places_resolve(&b.atoms) {
        let (was, is) = (parts_of(&old), parts_of(&b.atoms));
        if is & !was != 0 {
            out.push("more".to_string());
        }
        if was & !is != 0 {
            out.push("fewer".to_string());
        }
        out.extend(
            b.atoms
                .iter()
                .filter(|x| !old.contains(x))
                .map(|w| format!("to {w}")),
        );
        out.extend(
            old.iter()
                .filter(|x| !b.atoms.contains(x))
                .map(|w| format!("from {w}")),
        );
        return out;
    }
    if block == "purpose" && field == "basis" {
        out.extend(bases_by_place(&old, &b.atoms));
        if old == b.atoms && a.words != b.words {
            out.push("reworded".into());
        }
        return out;
    }
    if a.yes.is_some() || b.yes.is_some() {
        // Yes/no answers, each for its places (none: everywhere). A `yes`
        // that no longer holds somewhere it held is a `no` for the people
        // there (an honoured opt-out lost); one that now holds somewhere new is a `yes`.
        let answers = |v: &Val| -> Vec<(bool, Vec<String>)> {
            v.atoms
                .iter()
                .filter_map(|atom| {
                    let (word, places) = with_places(atom);
                    let yes = match word {
                        "yes" | "may" => true,
                        "no" => false,
                        _ => return None,
                    };
                    Some((yes, places))
                })
                .collect()
        };
        let (was, is) = (answers(a), answers(b));
        // Held in all those places, by one answer or several together.
        let held = |list: &[(bool, Vec<String>)], answer: bool, places: &[String]| {
            let wide: Vec<&[String]> = list
                .iter()
                .filter(|(y, _)| *y == answer)
                .map(|(_, ps)| ps.as_slice())
                .collect();
            covers_all(&wide, places)
        };
        if was.iter().any(|(y, ps)| *y && !held(&is, true, ps)) {
            out.push("no".to_string());
        }
        // A `no` now said where a `yes` held (an opt-out signal no longer honoured in some states).
        if is.iter().any(|(y, ps)| {
            !*y && !held(&was, false, ps) && was.iter().any(|(wy, wps)| *wy && covers(wps, ps))
        }) {
            out.push("no".to_string());
        }
        if is.iter().any(|(y, ps)| *y && !held(&was, true, ps)) {
            out.push("yes".to_string());
        }
        // The same answer, in other words, for some people: read them.
        if reworded_somewhere(a, b) {
            out.push("reworded".to_string());
        }
        // A `no` that no longer holds somewhere it held, with nothing said
        // there now: the people there lose the statement (a promise not to sell).
        if was.iter().any(|(y, ps)| {
            !*y && !held(&is, false, ps)
                && !covers_all(
                    &is.iter().map(|(_, nps)| nps.as_slice()).collect::<Vec<_>>(),
                    ps,
                )
        }) {
            out.push("dropped".to_string());
        }
    }
    // A longer time with its period dropped ("it may take longer when …")
    // is no longer bounded: longer; a period stated where there was none, shorter.
    let bounded = |v: &Val| {
        v.atoms
            .iter()
            .any(|x| period(x).is_some_and(|(_, rest)| rest.is_empty()))
    };
    if field == "extended-within" && bounded(a) != bounded(b) {
        out.push(if bounded(b) { "shorter" } else { "longer" }.into());
    }
    if let (Some(x), Some(y)) = (a.size, b.size) {
        let (up, down) = if field == "minimum-age" {
            ("higher", "lower")
        } else {
            ("longer", "shorter")
        };
        if y > x {
            out.push(up.into());
        } else if y < x {
            out.push(down.into());
        }
    }
    // One period replaced by another (in a list of rules too): compared by length
    // when all else is equal, `at least 1 year after …` against `at least 3 years after …`.
    let gone: Vec<&String> = old.iter().filter(|x| !b.atoms.contains(x)).collect();
    let came: Vec<&String> = b.atoms.iter().filter(|x| !old.contains(x)).collect();
    let mut compared = false;
    // A rule that held replaced by keeping the data indefinitely: longer.
    if !gone.is_empty() && came.iter().any(|y| with_places(y).0 == "indefinitely") {
        out.push("longer".into());
        compared = true;
    }
    if let ([x], [y], None) = (gone.as_slice(), came.as_slice(), a.size) {
        if let Some(d) = lengths(x, y) {
            out.push(d.into());
            compared = true;
        }
    }
    // Periods stated per place (`respond-within 45 days for us`): each new
    // one against the old one for the same places, else the one that held
    // there (one for wider places, or for everywhere).
    let regional = a.atoms.iter().chain(&b.atoms).any(|x| x.contains(PLACES));
    // Resolved place by place: what held in each part of the world against
    // what holds there now (`3 years for us` beside `2 years for
    // elsewhere`, then `for us, uk`: longer in the UK).
    let resolved = match (compared, regional, a.yes.or(b.yes)) {
        (false, true, None) => by_part(&old, &b.atoms, repeat_of(block, field), field),
        _ => None,
    };
    if !compared && regional && resolved.is_none() {
        let by_place = |atoms: &[String]| -> Vec<(String, Vec<String>)> {
            atoms
                .iter()
                .map(|atom| {
                    let (value, places) = with_places(atom);
                    (value.to_string(), places)
                })
                .collect()
        };
        let (was, is) = (by_place(&old), by_place(&b.atoms));
        let held_before = |places: &[String]| {
            was.iter()
                .find(|(_, ps)| ps == places)
                .or_else(|| {
                    was.iter()
                        .find(|(_, ps)| !ps.is_empty() && covers(ps, places))
                })
                .or_else(|| was.iter().find(|(_, ps)| ps.is_empty()))
        };
        // A value that no longer holds in places where it held, with nothing
        // stated in its stead for exactly those places: the people there lose it.
        // (A value stated anew for exactly those places replaces it; one that was there already does not.)
        if was.iter().any(|(value, places)| {
            // Held where it did, by one statement or several together.
            let still: Vec<&[String]> = is
                .iter()
                .filter(|(v, _)| v == value)
                .map(|(_, ps)| ps.as_slice())
                .collect();
            !covers_all(&still, places)
                && !is.iter().any(|(v, ps)| {
                    ps == places && !was.iter().any(|(wv, wps)| wv == v && wps == ps)
                })
        }) {
            out.push("dropped".into());
        }
        for (value, places) in &is {
            let Some((before, _)) = held_before(places) else {
                continue;
            };
            // Kept indefinitely where a criterion or a period held: longer.
            if value == "indefinitely" && before != "indefinitely" {
                out.push("longer".into());
                compared = true;
                continue;
            }
            if let Some(d) = lengths(before, value) {
                out.push(d.into());
                compared = true;
            }
        }
    }
    let by_place = resolved.is_some();
    if let Some(resolved) = resolved {
        compared |= resolved.iter().any(|d| d == "longer" || d == "shorter");
        out.extend(resolved);
    }
    // `uses all` is every category: a list instead is less, `all` instead of a list is more.
    let all = |v: &[String]| v.iter().any(|x| x == "all");
    if compared {
    } else if all(&old) && !all(&b.atoms) {
        out.push("fewer".into());
    } else if !all(&old) && all(&b.atoms) {
        out.push("more".into());
    } else {
        if b.atoms.iter().any(|x| !old.contains(x)) && a.size.is_none() {
            out.push("more".into());
        }
        if old.iter().any(|x| !b.atoms.contains(x)) && a.size.is_none() {
            out.push("fewer".into());
        }
        // Retention rules, compared as rules: which limits or exceptions
        // came or went (the same words moved between places are not lost).
        if field == "retention" {
            let values = |atoms: &[String]| -> Vec<String> {
                atoms.iter().map(|x| with_places(x).0.into()).collect()
            };
            // A verdict on the rules, or the rules read place by place:
            // "more" or "fewer" rules as written says nothing more; rules
            // both lost and gained are one put in another's place, for a
            // person to read (the `any` row), not "more" rules.
            let set = rule_set(&values(&old), &values(&b.atoms));
            if by_place || matches!(set, RuleSet::Verdict(_) | RuleSet::Replaced) {
                out.retain(|d| d != "more" && d != "fewer");
            }
            // Read place by place, the places' verdicts stand: the rules of
            // the whole policy, places aside, would count a rule put in
            // another's place for some people as one more rule.
            if let (RuleSet::Verdict(d), false) = (set, by_place) {
                out.push(d.into());
            }
        }
    }
    for w in b.atoms.iter().filter(|x| !old.contains(x)) {
        out.push(format!("to {}", w.trim_matches('"')));
    }
    for w in old.iter().filter(|x| !b.atoms.contains(x)) {
        out.push(format!("from {}", w.trim_matches('"')));
    }
    if old == b.atoms && a.words != b.words {
        out.push("reworded".into());
    }
    // Cookies: material by purpose.
    if block == "cookie" {
        let was = cookie_essential(o);
        let is = cookie_essential(n);
        if field == "category" && is == Some(false) && was != Some(false) {
            out.push("to non-essential".into());
        }
        if field == "provider" && is != Some(true) {
            out.push("changed non-essential".into());
        }
    }
    out
}

/// The values that hold in each part of the world ([`crate::model::Parts`],
/// one bit each), for atoms `value␞places` (no places: everywhere); `None`
/// when a place is one the parts do not name (a place in the policy's words).
pub(super) fn by_part_values(atoms: &[String]) -> Option<Vec<(u32, Vec<&str>)>> {
    let mut stated: Vec<(&str, crate::model::Parts)> = Vec::new();
    for atom in atoms {
        let (value, places) = with_places(atom);
        let parts = if places.is_empty() {
            crate::model::ALL
        } else {
            parts_of(&places)
        };
        if parts == 0 {
            return None;
        }
        stated.push((value, parts));
    }
    Some(
        (0..crate::model::Parts::BITS)
            .filter(|bit| crate::model::ALL & (1 << bit) != 0)
            .map(|bit| {
                let here = stated
                    .iter()
                    .filter(|(_, parts)| parts & (1 << bit) != 0)
                    .map(|(v, _)| *v)
                    .collect();
                (bit, here)
            })
            .collect(),
    )
}

/// The directions of a fact stated per place, read place by place: in each
/// part of the world, what held there against what holds there now. A
/// period longer or shorter for the people of some part is `longer` or
/// `shorter` (kept `indefinitely` where a period or criterion held is
/// longer), an age `higher` or `lower`; nothing holding there any more is `dropped`, and so, for a
/// statement that may repeat (each one a rule of its own), is one of its
/// rules no longer holding there. `None` when a place cannot be resolved
/// (a place in the policy's words): then the places are compared as
/// written.
pub(super) fn by_part(
    old: &[String],
    new: &[String],
    repeat: Repeat,
    field: &str,
) -> Option<Vec<String>> {
    let (was, is) = (by_part_values(old)?, by_part_values(new)?);
    let mut out = Vec::new();
    for ((_, before), (_, now)) in was.iter().zip(&is) {
        let lost = before.iter().filter(|x| !now.contains(x)).count();
        match (before.as_slice(), now.as_slice()) {
            ([_, ..], []) => out.push("dropped".to_string()),
            ([x], [y]) if x != y => {
                // An age in years: higher or lower.
                if let (Ok(x), Ok(y)) = (x.parse::<u64>(), y.parse::<u64>()) {
                    out.push(if y > x { "higher" } else { "lower" }.into());
                    continue;
                }
                let compared = if *y == "indefinitely" {
                    Some("longer")
                } else {
                    lengths(x, y)
                };
                match compared {
                    Some(d) => out.push(d.into()),
                    None if repeat == Repeat::Many => out.push("dropped".into()),
                    None => {}
                }
            }
            // Retention rules there: limits and exceptions that came or went.
            _ if field == "retention" && repeat == Repeat::Many => match rule_set(before, now) {
                RuleSet::Verdict(d) => out.push(d.into()),
                // A rule put in another's place: compared by length where
                // the words allow ("deleted after 90 days" for "… 13 months").
                RuleSet::Replaced => {
                    let gone = before.iter().filter(|x| !now.contains(x));
                    for x in gone {
                        for y in now.iter().filter(|y| !before.contains(y)) {
                            out.extend(lengths(x, y).map(str::to_string));
                        }
                    }
                }
                _ => {}
            },
            _ if lost > 0 && repeat == Repeat::Many => out.push("dropped".into()),
            _ => {}
        }
        if now.contains(&"indefinitely") && !before.contains(&"indefinitely") && !before.is_empty()
        {
            out.push("longer".into());
        }
    }
    out.sort();
    out.dedup();
    Some(out)
}

/// What became of a set of retention rules (each rule a value, as written),
/// for the people of one place or everywhere.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum RuleSet {
    /// The same rules.
    Same,
    /// Rules lost and none gained, or gained and none lost: the direction
    /// that says what it means. Lost: `dropped`, or `lifted` when each lost
    /// rule only permitted keeping data and some rule still holds. Gained:
    /// `excepted` when one of them only permits keeping data (an exception
    /// to the limits), `limited` when each deletes data or bounds how long
    /// it is kept.
    Verdict(&'static str),
    /// Rules both lost and gained: one put in another's place, left to the
    /// comparison of periods and to a person reading the words.
    Replaced,
    /// Rules gained that neither only permit nor only limit: more rules, for
    /// a person to read.
    Unread,
}

/// What became of the retention rules `before` against `now` ([`RuleSet`]).
pub(super) fn rule_set<S: AsRef<str>>(before: &[S], now: &[S]) -> RuleSet {
    let has = |list: &[S], x: &S| list.iter().any(|y| y.as_ref() == x.as_ref());
    let lost: Vec<&str> = before
        .iter()
        .filter(|x| !has(now, x))
        .map(AsRef::as_ref)
        .collect();
    let gained: Vec<&str> = now
        .iter()
        .filter(|x| !has(before, x))
        .map(AsRef::as_ref)
        .collect();
    RuleSet::Verdict(match (lost.is_empty(), gained.is_empty()) {
        (true, true) => return RuleSet::Same,
        (false, true)
            if !now.is_empty() && lost.iter().all(|x| only_permits(x) || keeps_deleted(x)) =>
        {
            "lifted"
        }
        (false, true) => "dropped",
        (true, false) if gained.iter().any(|x| only_permits(x) || keeps_deleted(x)) => "excepted",
        (true, false) if gained.iter().all(|x| only_limits(x)) => "limited",
        (true, false) => return RuleSet::Unread,
        (false, false) => return RuleSet::Replaced,
    })
}

/// Words that delete data or bound how long it is kept.
static ENDS: crate::lint::prose::Pattern = crate::lint::prose::Pattern::new(
    r"(?i)\b(?:delet|remov|eras|destroy|anonymi[sz]|de-identif|no\s+longer\s+than|only\s+(?:as|for)\s+long)",
);

/// Whether a rule in words deletes data or bounds how long it is kept
/// ("reviewed each year and deleted when no longer needed", "removes your
/// data or keeps it only in anonymised form") and permits nothing.
pub(super) fn only_limits(words: &str) -> bool {
    ENDS.is_match(words) && !permits(words)
}

/// Whether a rule in words only permits keeping data ("certain information
/// may be kept for legitimate business purposes", "we may keep the
/// identifiers used to create it") and sets no limit of its own: it says
/// data *may* be kept and nothing about deleting it or when keeping ends.
/// Such a rule is an exception to the others, and losing it takes nothing
/// from people. English only: in another language a lost rule stays
/// `dropped`, the safe reading.
pub(super) fn only_permits(words: &str) -> bool {
    static EVENT: crate::lint::prose::Pattern =
        crate::lint::prose::Pattern::new(r"(?i)\b(?:until|after\s+\d)");
    permits(words) && !ENDS.is_match(words) && !EVENT.is_match(words)
}

/// Whether a rule lets data that was deleted, or that a person asked to
/// have deleted, stay ("copies of deleted data may remain in our backups
/// for up to 90 days", "after you delete your account we may keep …"):
/// an exception to deletion, however short its own end. English only.
pub(super) fn keeps_deleted(words: &str) -> bool {
    static DELETED: crate::lint::prose::Pattern = crate::lint::prose::Pattern::new(
        r"(?i)\b(?:deleted|erased|removed)\s+(?:data|information|content|accounts?|messages|files)\b|\bafter\s+(?:you\s+)?(?:delete|deletion|erasure|ask\s+us\s+to\s+delete)|\bafter\s+your\s+account\s+is\s+(?:deleted|closed|terminated)",
    );
    permits(words) && DELETED.is_match(words)
}

/// Whether the words say data *may* be kept.
fn permits(words: &str) -> bool {
    static PERMITS: crate::lint::prose::Pattern = crate::lint::prose::Pattern::new(
        r"(?i)\bmay\s+(?:continue\s+to\s+)?(?:be\s+)?(?:keep|kept|retain|retained|store|stored|preserve|preserved|hold|held|remain|persist)\b|\b(?:is|are)\s+(?:kept|retained|stored)\s+(?:for\s+)?longer\b",
    );
    PERMITS.is_match(words)
}

/// How often the statement `field` of `block` may appear (`Once` when the
/// schema does not know it: a part of a block, not a statement).
fn repeat_of(block: &str, field: &str) -> Repeat {
    let block = if block == "file" { "" } else { block };
    schema::blocks()
        .into_iter()
        .filter(|b| b.keyword() == block)
        .flat_map(|b| b.statements())
        .find(|s| s.keyword.as_str() == field)
        .map_or(Repeat::Once, |s| s.repeat)
}

/// Between a value and the places it is stated for, in the atoms compared
/// (`1 month␞eea, uk`): a character no policy text holds, so that words such
/// as "as long as necessary for the purposes" are never read as places.
pub(super) const PLACES: char = '\u{1E}';

/// An atom's value and the places it is stated for (none: everywhere).
pub(super) fn with_places(atom: &str) -> (&str, Vec<String>) {
    let (value, places) = atom.split_once(PLACES).unwrap_or((atom, ""));
    let places = places
        .split(", ")
        .filter(|p| !p.is_empty())
        .map(str::to_string)
        .collect();
    (value, places)
}

/// Whether a fact stated for `wide` holds in all of `narrow` (no places:
/// everywhere), as the places of the language nest: California and the other
/// US states are in the US, the EU is in the EEA, `gdpr` is where the EEA is.
pub(super) fn covers(wide: &[String], narrow: &[String]) -> bool {
    wide.is_empty() || (!narrow.is_empty() && parts_of(narrow) & !parts_of(wide) == 0)
}

/// The places written after `for`, as atoms (`elsewhere` as written).
pub(super) fn scope_words(s: &Statement) -> Vec<String> {
    let is_for = |l: &List| matches!(l.values.as_slice(), [v] if matches!(&v.kind, ValueKind::Word(w) if w == "for"));
    match s.args.iter().position(is_for) {
        Some(i) => s.args[i + 1..]
            .iter()
            .flat_map(|l| l.values.iter().map(|v| value_atom(&v.kind)))
            .collect(),
        None => Vec::new(),
    }
}

/// Whether some place is given the same answer in other words: each stated
/// answer (`no "…" for us`) against each one before whose places it shares.
pub(super) fn reworded_somewhere(a: &Val, b: &Val) -> bool {
    let stated = |v: &Val| -> Vec<(String, String, Vec<String>)> {
        v.said
            .iter()
            .map(|(atom, words)| {
                let (answer, places) = with_places(atom);
                (answer.to_string(), words.clone(), places)
            })
            .collect()
    };
    let parts = |ps: &[String]| {
        if ps.is_empty() {
            crate::model::ALL
        } else {
            parts_of(ps)
        }
    };
    let (was, is) = (stated(a), stated(b));
    was.iter().any(|(answer, words, places)| {
        is.iter()
            .any(|(x, w, ps)| x == answer && w != words && parts(ps) & parts(places) != 0)
    })
}

/// Whether facts stated for each of `wide` together hold in all of `narrow`
/// (no places: everywhere).
pub(super) fn covers_all(wide: &[&[String]], narrow: &[String]) -> bool {
    let parts = |ps: &[String]| {
        if ps.is_empty() {
            crate::model::ALL
        } else {
            parts_of(ps)
        }
    };
    let wide = wide.iter().fold(0, |acc, ps| acc | parts(ps));
    parts(narrow) & !wide == 0
}

/// `for elsewhere` beside statements for `others`, as an atom.
pub(super) fn elsewhere_atom(others: &[String]) -> String {
    let mut others = others.to_vec();
    others.sort();
    others.dedup();
    format!("elsewhere-not-{}", others.join("+"))
}

/// The parts of the world a list of place atoms names (see [`Scope::parts`]).
pub(super) fn parts_of(places: &[String]) -> crate::model::Parts {
    use crate::model::{Parts, ALL};
    let one = |p: &str| -> Parts {
        crate::model::Place::from_word(p).map_or(0, crate::model::Place::parts)
    };
    places.iter().fold(0, |acc, p| {
        acc | match p.strip_prefix("elsewhere-not-") {
            Some(rest) => ALL & !rest.split('+').fold(0, |a, x| a | one(x)),
            None => one(p),
        }
    })
}

/// The regimes a version says it is written for (`policy { jurisdictions … }`).
pub(super) fn regimes(root: &Item) -> Vec<String> {
    root.children
        .iter()
        .filter(|i| i.block == "policy")
        .filter_map(|i| i.fields.get("jurisdictions"))
        .flat_map(|v| v.atoms.clone())
        .collect()
}

/// Whether a response time stated (for its places, or for everywhere under
/// the regimes the policy is written for) is longer than a law there
/// allows: one month under GDPR and UK GDPR Art. 12(3) (and 30 days under
/// the Swiss FADO Art. 18), 45 days under CCPA 1798.130(a)(2)(A) and the
/// other US state laws, 15 days under LGPD Art. 19(II). Each before any
/// extension the law allows with notice.
pub(super) fn beyond_law(v: Option<&Val>, regimes: &[String]) -> bool {
    const DAY: u64 = 86_400;
    let limit_of_place = |p: &str| match p {
        "eea" | "eu" | "uk" | "switzerland" => Some(30 * DAY),
        "us" | "california" | "us-states" => Some(45 * DAY),
        "brazil" => Some(15 * DAY),
        _ => None,
    };
    let limit_of_regime = |j: &str| match j {
        "gdpr" | "uk-gdpr" => Some(30 * DAY),
        "ccpa" | "us-states" => Some(45 * DAY),
        "lgpd" => Some(15 * DAY),
        _ => None,
    };
    let Some(v) = v else { return false };
    v.atoms.iter().any(|atom| {
        let (value, places) = with_places(atom);
        let Some((secs, rest)) = period(value) else {
            return false;
        };
        if !rest.is_empty() {
            return false;
        }
        let limit = if places.is_empty() {
            regimes.iter().filter_map(|j| limit_of_regime(j)).min()
        } else {
            // A place named has its law's time; `elsewhere` takes in the
            // places of every regime the policy is written for that the
            // other statements do not name (Brazil's 15 days, or the EEA
            // states outside the EU when only `eu` is named).
            let named = places.iter().filter_map(|p| limit_of_place(p));
            let implied = places
                .iter()
                .filter(|p| p.starts_with("elsewhere-not-"))
                .flat_map(|p| {
                    let parts = parts_of(std::slice::from_ref(p));
                    regimes
                        .iter()
                        .filter(move |j| parts_of(std::slice::from_ref(*j)) & parts != 0)
                        .filter_map(|j| limit_of_regime(j))
                });
            named.chain(implied).min()
        };
        limit.is_some_and(|l| secs > l)
    })
}

/// A purpose's grounds compared place by place (`contract for eea, uk`; no
/// places: everywhere): a ground gained or lost for a place is `to G` or
/// `from G`; grounds only lost where others remain is `fewer` (an
/// alternative no longer relied on); a place that had none and now has one
/// is `stated`, one that had some and now has none `dropped`.
pub(super) fn bases_by_place(old: &[String], new: &[String]) -> Vec<String> {
    use std::collections::{BTreeMap, BTreeSet};
    // Resolved part by part of the world where every place can be
    // (`elsewhere` is then what the other bases do not name); else by the
    // places as written.
    if let (Some(was), Some(is)) = (by_part_values(old), by_part_values(new)) {
        let mut out = Vec::new();
        for ((_, before), (_, after)) in was.iter().zip(&is) {
            let before: BTreeSet<&str> = before.iter().copied().collect();
            let after: BTreeSet<&str> = after.iter().copied().collect();
            grounds_changed(&before, &after, &mut out);
        }
        out.sort();
        out.dedup();
        return out;
    }
    let by_place = |atoms: &[String]| {
        let mut out: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
        for atom in atoms {
            let (ground, places) = with_places(atom);
            if places.is_empty() {
                out.entry("*".into())
                    .or_default()
                    .insert(ground.to_string());
            }
            for p in places {
                out.entry(p.to_string())
                    .or_default()
                    .insert(ground.to_string());
            }
        }
        out
    };
    let (was, is) = (by_place(old), by_place(new));
    let empty = BTreeSet::new();
    let mut out = Vec::new();
    let places: BTreeSet<&String> = was.keys().chain(is.keys()).collect();
    for place in places {
        // A place not named falls under the grounds stated for everywhere.
        let before = was.get(place).or_else(|| was.get("*")).unwrap_or(&empty);
        let after = is.get(place).or_else(|| is.get("*")).unwrap_or(&empty);
        grounds_changed(
            &before.iter().map(String::as_str).collect(),
            &after.iter().map(String::as_str).collect(),
            &mut out,
        );
    }
    out.sort();
    out.dedup();
    out
}

/// The directions of one place's grounds, before and after.
fn grounds_changed(before: &BTreeSet<&str>, after: &BTreeSet<&str>, out: &mut Vec<String>) {
    if before == after {
        return;
    }
    match (before.is_empty(), after.is_empty()) {
        (true, false) => out.push("stated".to_string()),
        (false, true) => out.push("dropped".to_string()),
        _ => {
            let gained: Vec<&&str> = after.difference(before).collect();
            let lost: Vec<&&str> = before.difference(after).collect();
            out.extend(gained.iter().map(|g| format!("to {g}")));
            out.extend(lost.iter().map(|g| format!("from {g}")));
            if gained.is_empty() {
                out.push("fewer".to_string());
            } else if !lost.is_empty() && gained.iter().any(|g| **g != "consent") {
                // Consent taken instead of another ground gives the people
                // there a choice they did not have (`to consent`).
                out.push("replaced".to_string());
            }
        }
    }
}

/// Two retention values compared by how long they keep the data, when the
/// words let them be: the same words with another duration (`longer`,
/// `shorter`); a criterion that holds one duration ("IP addresses are
/// deleted after 100 days, except …") replaced by a bare period, which then
/// caps the whole category (`longer`, `shorter`, or `limited` at the same
/// length); a bare period replaced by such a criterion with a longer
/// duration (`longer`); a period, or a criterion holding one, replaced by
/// an open-ended criterion ("as long as necessary to keep the Services
/// secure"), which loses the end (`longer`). `None` when only a reader can
/// tell.
pub(super) fn lengths(before: &str, now: &str) -> Option<&'static str> {
    let ((before, was), (now, is)) = (with_places(before), with_places(now));
    if was != is {
        return None;
    }
    // Words, not a period as read (`8640000s`, `… after x`), `session` or `indefinitely`.
    let words = |v: &str| {
        !(v == "session"
            || v == "indefinitely"
            || v.split(' ')
                .next()
                .and_then(|h| h.strip_suffix('s'))
                .is_some_and(|n| n.parse::<u64>().is_ok()))
    };
    let longer = |sx: u64, sy: u64| match sy.cmp(&sx) {
        std::cmp::Ordering::Greater => "longer",
        std::cmp::Ordering::Less => "shorter",
        std::cmp::Ordering::Equal => "limited",
    };
    match (period(before), period(now)) {
        // The same words, another duration.
        (Some((sx, rx)), Some((sy, ry))) if rx == ry && sx != sy => Some(longer(sx, sy)),
        // A criterion holding one duration, then a bare period (or one
        // from an event).
        (Some((sx, _)), Some((sy, ry)))
            if words(before) && (ry.is_empty() || ry.starts_with("after ")) =>
        {
            Some(longer(sx, sy))
        }
        // A bare period, then a criterion holding a longer one.
        (Some((sx, rx)), Some((sy, _))) if rx.is_empty() && words(now) && sy > sx => Some("longer"),
        // An end, then words that give none ("as long as necessary", "when
        // we no longer need them"): the period people were told is lost.
        // ("Immediately", then "promptly": how much later lies in the word.)
        (Some((sx, _)), None)
            if words(now) && (sx > 0 || crate::lint::retention::is_generic(now)) =>
        {
            Some("longer")
        }
        // A criterion of necessity ("as long as necessary for the purposes
        // …") replaced by a fixed period: what is needed for less time may
        // now be kept the whole period; people lose the necessity limit
        // (GDPR Art. 5(1)(e)).
        (None, Some((_, ry)))
            if (ry.is_empty() || ry.starts_with("after "))
                && words(before)
                && crate::lint::retention::is_generic(before) =>
        {
            Some("longer")
        }
        // De-identified or anonymised, then pseudonymised: still personal data.
        (None, None) if pseudonymised(before, now) => Some("longer"),
        _ => exception_reach(before, now),
    }
}

/// What became of an exception that lets data be kept, its reasons listed
/// in the words ("some data is kept longer for very limited purposes, such
/// as legal obligations, litigation and user safety"): the same reasons and
/// more (`widened`), some of them and no other (`narrowed`). A rule that
/// ended in deleting "or de-identifying" and now ends in deleting alone is
/// `narrowed` too: the copy it let be kept is gone. `None` when reasons
/// were both lost and gained, or when the words list none: a person reads
/// them. English only.
fn exception_reach(before: &str, now: &str) -> Option<&'static str> {
    for alt in [
        "de-identified",
        "deidentified",
        "anonymised",
        "anonymized",
        "aggregated",
        "pseudonymised",
        "pseudonymized",
    ] {
        let or = format!(" or {alt}");
        if before.contains(&or) && now == before.replacen(&or, "", 1) {
            return Some("narrowed");
        }
    }
    let exception = |w: &str| only_permits(w) || keeps_deleted(w);
    if !(exception(before) && exception(now)) {
        return None;
    }
    let (was, is) = (reasons(before)?, reasons(now)?);
    let all_in = |a: &[String], b: &[String]| a.iter().all(|x| b.contains(x));
    match (all_in(&was, &is), all_in(&is, &was)) {
        (true, false) => Some("widened"),
        (false, true) => Some("narrowed"),
        _ => None,
    }
}

/// The reasons an exception lists after its last "such as", "including"
/// or "for" ("…, such as legal obligations, litigation and user safety"),
/// each in lower case; `None` when it lists fewer than two.
fn reasons(words: &str) -> Option<Vec<String>> {
    let lower = words.to_lowercase();
    let start = ["such as ", "including ", " for "]
        .iter()
        .filter_map(|m| lower.rfind(m).map(|at| at + m.len()))
        .max()?;
    let list: Vec<String> = lower[start..]
        .trim_end_matches(['.', ';', ' '])
        .split(',')
        .flat_map(|part| part.split(" and "))
        .map(|item| item.trim().trim_start_matches("and ").trim().to_string())
        .filter(|item| !item.is_empty())
        .collect();
    (list.len() >= 2).then_some(list)
}

/// Whether `now` keeps in pseudonymised form what `before` kept only
/// de-identified or anonymised: pseudonymised data is still personal data
/// (GDPR Art. 4(5), Recital 26; Cal. Civ. Code 1798.140(m)), so it is kept
/// where before it was not. English only.
fn pseudonymised(before: &str, now: &str) -> bool {
    let (before, now) = (before.to_lowercase(), now.to_lowercase());
    let anonymous =
        |w: &str| w.contains("anonymi") || w.contains("de-identif") || w.contains("deidentif");
    anonymous(&before)
        && !anonymous(&now)
        && now.contains("pseudonymi")
        && !before.contains("pseudonymi")
}

/// Whether a retention rule runs from the end of the person's account
/// (`… after account-closure`, `… after account deletion`).
pub(super) fn after_account_end(atoms: &[String]) -> bool {
    atoms.iter().any(|x| {
        period(with_places(x).0).is_some_and(|(_, rest)| {
            rest.strip_prefix("after ")
                .is_some_and(|event| event.contains("account"))
        })
    })
}

/// A period's length and the rest of what is said with it: `63113904s after
/// x` (a duration as read), `session`, `indefinitely`, or words holding one
/// duration (`at least 1 year after closing`, the duration blanked in the rest).
pub(super) fn period(atom: &str) -> Option<(u64, String)> {
    let (head, rest) = atom.split_once(' ').unwrap_or((atom, ""));
    if let Some(secs) = head.strip_suffix('s').and_then(|n| n.parse::<u64>().ok()) {
        return Some((secs, rest.to_string()));
    }
    match atom {
        "session" => return Some((0, String::new())),
        "indefinitely" => return Some((u64::MAX, String::new())),
        _ => {}
    }
    // "Deleted immediately after the check": no time at all.
    if let Some(at) = atom.find("immediately") {
        if crate::model::Duration::find_in(atom).is_empty() {
            return Some((
                0,
                format!("{}N{}", &atom[..at], &atom[at + "immediately".len()..]),
            ));
        }
    }
    match crate::model::Duration::find_in(atom).as_slice() {
        [(range, d)] => Some((
            d.seconds(),
            format!("{}N{}", &atom[..range.start], &atom[range.end..]),
        )),
        _ => None,
    }
}

//! The semantic checker: a registry of rules with stable ids, each in its own
//! file under `rules/`, each documented in `docs/rules/<id>.md` (the text
//! `policyc explain` prints). Levels are applied at one point, [`check`],
//! after the rules have run, so a rule only says what it found and where.

pub mod config;
pub mod language;
pub mod prose;
pub mod registry;
pub mod retention;
pub mod rules;

use std::collections::BTreeSet;
use std::fmt;

use serde::{Deserialize, Serialize};

use crate::diag::{Code, Diagnostic, Label, Severity, Span};
use crate::model::{Date, Family, Jurisdiction, Policy};

pub use config::Levels;
pub use registry::{find, RULES};

/// How seriously a rule is taken.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Level {
    /// Not checked.
    Allow,
    /// Reported as information; never fails a run.
    Info,
    /// Reported as a warning.
    Warn,
    /// Reported as an error; `check` exits 1, `build --strict` refuses.
    Deny,
}

impl Level {
    /// Reads `allow`, `info`, `warn`, `deny`.
    pub fn parse(s: &str) -> Option<Level> {
        Some(match s {
            "allow" => Level::Allow,
            "info" => Level::Info,
            "warn" | "warning" => Level::Warn,
            "deny" | "error" => Level::Deny,
            _ => return None,
        })
    }

    /// The severity a finding at this level is reported with.
    pub fn severity(self) -> Option<Severity> {
        match self {
            Level::Allow => None,
            Level::Info => Some(Severity::Info),
            Level::Warn => Some(Severity::Warning),
            Level::Deny => Some(Severity::Error),
        }
    }
}

impl fmt::Display for Level {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Level::Allow => "allow",
            Level::Info => "info",
            Level::Warn => "warn",
            Level::Deny => "deny",
        })
    }
}

/// A rule of the checker.
pub struct Rule {
    /// Stable kebab-case id, named after the bad pattern.
    pub id: &'static str,
    /// The level when nothing overrides it.
    pub default: Level,
    /// The families of regimes it applies to; empty means every policy.
    pub applies: &'static [Family],
    /// The documentation (What it finds / Why it matters / Example / How to fix).
    pub doc: &'static str,
    /// Looks at the policy and returns what it found.
    pub check: fn(&Context<'_>) -> Vec<Finding>,
}

impl Rule {
    /// The one-sentence summary: the doc's first paragraph after the title.
    pub fn summary(&self) -> String {
        self.doc
            .lines()
            .skip_while(|l| l.starts_with('#') || l.trim().is_empty())
            .take_while(|l| !l.trim().is_empty())
            .collect::<Vec<_>>()
            .join(" ")
    }

    /// The regimes of its families, in the vocabulary's order.
    pub fn jurisdictions(&self) -> Vec<Jurisdiction> {
        Jurisdiction::WORDS
            .iter()
            .filter_map(|w| Jurisdiction::from_word(w))
            .filter(|j| self.applies.contains(&j.family()))
            .collect()
    }

    /// The regimes among `targets` this rule judges.
    pub fn regimes(&self, targets: &[Jurisdiction]) -> Vec<Jurisdiction> {
        targets
            .iter()
            .copied()
            .filter(|j| self.applies.contains(&j.family()))
            .collect()
    }

    /// Whether the rule applies to a policy targeting these jurisdictions.
    pub fn applies_to(&self, targets: &[Jurisdiction]) -> bool {
        self.applies.is_empty() || targets.iter().any(|j| self.applies.contains(&j.family()))
    }
}

/// What a rule found.
#[derive(Clone, Debug)]
pub struct Finding {
    /// The place that causes it.
    pub span: Span,
    /// One sentence.
    pub message: String,
    /// The label on the place.
    pub label: String,
    /// Further places.
    pub also: Vec<Label>,
    /// How to fix it.
    pub help: Option<String>,
    /// A ceiling on the level for this finding (a rule whose findings differ in weight).
    pub at_most: Option<Level>,
}

impl Finding {
    /// A finding at `span`.
    pub fn new(span: Span, message: impl Into<String>, label: impl Into<String>) -> Self {
        Finding {
            span,
            message: message.into(),
            label: label.into(),
            also: Vec::new(),
            help: None,
            at_most: None,
        }
    }

    /// Adds a hint.
    pub fn help(mut self, help: impl Into<String>) -> Self {
        self.help = Some(help.into());
        self
    }

    /// Adds a labelled place.
    pub fn also(mut self, span: Span, label: impl Into<String>) -> Self {
        self.also.push(Label {
            span,
            message: Some(label.into()),
        });
        self
    }

    /// Caps the level of this finding.
    pub fn at_most(mut self, level: Level) -> Self {
        self.at_most = Some(level);
        self
    }
}

/// What a rule can look at.
pub struct Context<'a> {
    /// The policy.
    pub policy: &'a Policy,
    /// The date "now" is, for rules about staleness.
    pub today: Date,
    /// The regimes in force for this run (the policy's, or `--jurisdiction`).
    pub jurisdictions: &'a [Jurisdiction],
    /// Known cookies and trackers.
    pub knowledge: &'a crate::cookies::KnowledgeBase,
    /// Cookies seen on the site (`--observed`); empty when none was given.
    pub observed: &'a [crate::cookies::observed::ObservedCookie],
}

impl Context<'_> {
    /// Whether a regime is in force.
    pub fn targets(&self, j: Jurisdiction) -> bool {
        self.jurisdictions.contains(&j)
    }

    /// Whether a regime of this family is in force.
    pub fn targets_family(&self, f: Family) -> bool {
        self.jurisdictions.iter().any(|j| j.family() == f)
    }

    /// The regimes of a family that are in force, in the vocabulary's order.
    pub fn regimes(&self, f: Family) -> Vec<Jurisdiction> {
        self.jurisdictions
            .iter()
            .copied()
            .filter(|j| j.family() == f)
            .collect()
    }

    /// The declared bases relied on where a regime of these families applies:
    /// a basis `for brazil` is the LGPD's, not a ground a GDPR rule judges.
    pub fn bases_under(
        &self,
        families: &[Family],
    ) -> impl Iterator<Item = &crate::model::Basis> + '_ {
        let regimes: Vec<Jurisdiction> = families.iter().flat_map(|f| self.regimes(*f)).collect();
        self.policy
            .bases
            .iter()
            .filter(move |b| b.scope.is_everywhere() || b.scope.covers_any(&regimes))
    }

    /// Whether the US state-law disclosures are a separate document
    /// (`us-state-disclosures`, or a section on California that says the
    /// rest is on a page of its own, `continues-at`, for Californians): what
    /// they must contain is judged there, so rules about content missing
    /// from this policy stand down.
    pub fn state_disclosures_elsewhere(&self) -> bool {
        self.policy.meta.us_state_disclosures.is_some()
            || continued_elsewhere(
                self.policy,
                crate::model::Topic::California,
                Some(Jurisdiction::Ccpa),
            )
    }

    /// The span to point at for something the whole policy lacks: its `policy "…"` line.
    pub fn policy_span(&self) -> Span {
        let m = &self.policy.meta;
        Span::new(m.span.start, m.title.span.end)
    }
}

/// How a run of the checker is set up.
pub struct Options<'a> {
    /// Levels from config and command line.
    pub levels: &'a Levels,
    /// "Now".
    pub today: Date,
    /// Regimes to check against instead of the policy's own.
    pub jurisdictions: Option<&'a [Jurisdiction]>,
    /// Known cookies and trackers.
    pub knowledge: &'a crate::cookies::KnowledgeBase,
    /// Cookies seen on the site.
    pub observed: &'a [crate::cookies::observed::ObservedCookie],
}

/// Runs every rule that applies and returns the findings as diagnostics,
/// levels applied and in-source `allow`s honoured, sorted by place.
/// An `allow` naming no known rule is itself reported, as an error.
pub fn check(policy: &Policy, opts: &Options<'_>) -> Vec<Diagnostic> {
    let own: Vec<Jurisdiction> = policy.meta.jurisdictions.iter().map(|j| j.value).collect();
    let jurisdictions = &Jurisdiction::in_force(opts.jurisdictions.unwrap_or(&own));
    // Data, purposes and recipients stated for some places only (`data x
    // "…" for us`) are judged under the regimes of those places: a rule of
    // the GDPR sees the policy without what holds only in the US. The
    // policy is pruned once per set of regimes, and only when such blocks exist.
    let scoped = policy.data.iter().any(|d| !d.scope.is_everywhere())
        || policy.purposes.iter().any(|p| !p.scope.is_everywhere())
        || policy.recipients.iter().any(|r| !r.scope.is_everywhere());
    let mut pruned: Vec<(Vec<Jurisdiction>, Policy)> = Vec::new();
    let mut out = unknown_allows(policy);
    out.extend(no_jurisdictions(policy, jurisdictions));
    for rule in RULES {
        if !rule.applies_to(jurisdictions) {
            continue;
        }
        let level = opts.levels.level(rule);
        if level == Level::Allow {
            continue;
        }
        // A topic the policy leaves to a page of its own, for some places
        // or all: the rule judges only the places left here.
        let narrowed: Vec<Jurisdiction>;
        let jurisdictions: &[Jurisdiction] = match registry::left_to_a_page(rule.id) {
            Some(topic) => {
                let elsewhere = |j: &Jurisdiction| continued_elsewhere(policy, topic, Some(*j));
                if continued_elsewhere(policy, topic, None) {
                    continue;
                }
                narrowed = jurisdictions
                    .iter()
                    .copied()
                    .filter(|j| !elsewhere(j))
                    .collect();
                if narrowed.len() < jurisdictions.len()
                    && (narrowed.is_empty() || !rule.applies_to(&narrowed))
                {
                    continue;
                }
                &narrowed
            }
            None => jurisdictions,
        };
        let regimes: Vec<Jurisdiction> = rule.regimes(jurisdictions);
        let view: &Policy = if scoped && !rule.applies.is_empty() {
            let i = match pruned.iter().position(|(r, _)| *r == regimes) {
                Some(i) => i,
                None => {
                    pruned.push((regimes.clone(), prune(policy, &regimes)));
                    pruned.len() - 1
                }
            };
            &pruned[i].1
        } else {
            policy
        };
        let cx = Context {
            policy: view,
            today: opts.today,
            jurisdictions,
            knowledge: opts.knowledge,
            observed: opts.observed,
        };
        for f in (rule.check)(&cx) {
            let silenced = policy.allows.iter().any(|a| {
                a.rule.value == rule.id
                    && a.scope.start <= f.span.start
                    && f.span.end <= a.scope.end
            });
            if silenced {
                continue;
            }
            let level = f.at_most.map_or(level, |cap| level.min(cap));
            let Some(severity) = level.severity() else {
                continue;
            };
            out.push(Diagnostic {
                code: Code::Rule(rule.id),
                severity,
                message: f.message,
                file: std::sync::Arc::clone(&policy.file),
                primary: Some(Label {
                    span: f.span,
                    message: Some(f.label),
                }),
                secondary: f.also,
                help: f.help,
            });
        }
    }
    out.sort_by(|a, b| {
        let key = |d: &Diagnostic| (d.primary.as_ref().map_or(0, |l| l.span.start), d.code);
        key(a).cmp(&key(b))
    });
    one_gap_one_finding(out)
}

/// Whether a `section` of this topic says the rest is on a page of its own
/// (`continues-at`) for the places of `regime`, or, with no regime, for
/// every place (the section is not limited).
fn continued_elsewhere(
    policy: &Policy,
    topic: crate::model::Topic,
    regime: Option<Jurisdiction>,
) -> bool {
    policy.sections.iter().any(|s| {
        s.topic == Some(topic)
            && s.continues_at.is_some()
            && match regime {
                None => s.scope.is_everywhere(),
                Some(j) => s.scope.is_everywhere() || s.scope.covers_any(&[j]),
            }
    })
}

/// The policy as the regimes see it: without the data, purposes and
/// recipients stated for places none of them covers.
fn prune(policy: &Policy, regimes: &[Jurisdiction]) -> Policy {
    let holds = |s: &crate::model::Scope| s.is_everywhere() || s.covers_any(regimes);
    let mut p = policy.clone();
    p.data.retain(|d| holds(&d.scope));
    p.purposes.retain(|u| holds(&u.scope));
    p.recipients.retain(|r| holds(&r.scope));
    // Lookups are made afresh for the pruned lists.
    p.index = crate::model::Index::default();
    p
}

/// Findings of one rule are one gap (issue 23: a regulator writes one finding
/// per gap, listing what it concerns) when they ask for the same fix (the same
/// help), or when they are about the same statement (the same line). They
/// become one finding at the first place, at the highest of their levels,
/// marking every place. Messages that say the same thing of different facts
/// ("the policy does not say how long `contact` is kept", and of `usage`) are
/// written once, naming the others; other messages are kept, one after the
/// other.
fn one_gap_one_finding(findings: Vec<Diagnostic>) -> Vec<Diagnostic> {
    fn line(d: &Diagnostic) -> Option<usize> {
        d.primary.as_ref().map(|l| d.file.line_col(l.span.start).0)
    }
    struct Gap {
        finding: Diagnostic,
        messages: Vec<String>,
    }
    let mut out: Vec<Gap> = Vec::new();
    for d in findings {
        let same = match d.code {
            Code::Rule(_) => out.iter().position(|g| {
                let o = &g.finding;
                o.code == d.code && (o.help == d.help || line(o) == line(&d))
            }),
            _ => None,
        };
        let Some(i) = same else {
            out.push(Gap {
                messages: vec![d.message.clone()],
                finding: d,
            });
            continue;
        };
        let g = &mut out[i];
        g.messages.push(d.message.clone());
        let o = &mut g.finding;
        // `Error` orders first: the highest level is the least.
        o.severity = o.severity.min(d.severity);
        if let Some(h) = d.help {
            match &mut o.help {
                Some(old) if !old.contains(h.as_str()) => {
                    old.push_str("; ");
                    old.push_str(&h);
                }
                Some(_) => {}
                None => o.help = Some(h),
            }
        }
        // A gap of thousands of facts marks the first places only: the
        // report stays readable and linear in size (the names are in the
        // message, and its count).
        if o.secondary.len() < MARKED_PLACES {
            o.secondary.extend(d.primary);
            o.secondary.extend(d.secondary);
            o.secondary.truncate(MARKED_PLACES);
        }
    }
    out.into_iter()
        .map(|g| {
            let mut d = g.finding;
            d.message = combine(&g.messages);
            d
        })
        .collect()
}

/// How many places one finding marks, and how many facts its message names.
const MARKED_PLACES: usize = 12;
const NAMED_FACTS: usize = 12;

/// Messages of one gap as one: those that say the same thing of different
/// facts are written once, naming the others ("…; the same holds for `b` and
/// `c`", the first twelve and how many more); the others follow, in order.
pub(crate) fn combine(messages: &[String]) -> String {
    let mut kept: Vec<(&str, String, Vec<String>)> = Vec::new();
    let mut seen: std::collections::HashSet<(usize, String)> = std::collections::HashSet::new();
    for m in messages {
        let (key, names) = shape(m);
        match kept.iter().position(|(_, k, _)| *k == key) {
            Some(i) => {
                let own = shape(kept[i].0).1.into_iter().next();
                if let Some(n) = names.into_iter().next() {
                    if Some(&n) != own.as_ref() && seen.insert((i, n.clone())) {
                        kept[i].2.push(n);
                    }
                }
            }
            None => kept.push((m, key, Vec::new())),
        }
    }
    kept.into_iter()
        .map(|(m, _, also)| match also.as_slice() {
            [] => m.to_string(),
            [one] => format!("{m}; the same holds for {one}"),
            many if many.len() > NAMED_FACTS => format!(
                "{m}; the same holds for {} and {} more",
                many[..NAMED_FACTS].join(", "),
                many.len() - NAMED_FACTS
            ),
            [rest @ .., last] => format!("{m}; the same holds for {} and {last}", rest.join(", ")),
        })
        .collect::<Vec<_>>()
        .join("; ")
}

/// The message with each `quoted` or “quoted” name blanked, and the names.
fn shape(message: &str) -> (String, Vec<String>) {
    let mut out = String::new();
    let mut names = Vec::new();
    let mut rest = message;
    loop {
        let next = rest
            .char_indices()
            .find(|&(_, c)| c == '`' || c == '“')
            .map(|(i, c)| (i, c, if c == '`' { '`' } else { '”' }));
        let Some((i, open, close)) = next else {
            out.push_str(rest);
            break;
        };
        let after = &rest[i + open.len_utf8()..];
        let Some(j) = after.find(close) else {
            out.push_str(rest);
            break;
        };
        out.push_str(&rest[..i]);
        out.push_str(if open == '`' { "`…`" } else { "“…”" });
        names.push(format!("{open}{}{close}", &after[..j]));
        rest = &after[j + close.len_utf8()..];
    }
    (out, names)
}

/// A policy checked under no jurisdiction: only the rules that hold under
/// every law ran, and a reader of a short report must not take it for a
/// clean one. A warning, once, at the `policy` statement.
fn no_jurisdictions(policy: &Policy, jurisdictions: &[Jurisdiction]) -> Option<Diagnostic> {
    if !jurisdictions.is_empty() {
        return None;
    }
    let skipped = RULES.iter().filter(|r| !r.applies.is_empty()).count();
    let m = &policy.meta;
    let mut d = Diagnostic::error(
        Code::NoJurisdictions,
        &policy.file,
        format!(
            "the policy names no jurisdiction: {skipped} of the {} rules, those of a particular law (the GDPR, the CCPA, the ePrivacy Directive …), did not run",
            RULES.len()
        ),
    )
    .at(Span::new(m.span.start, m.title.span.end), "no `jurisdictions`")
    .help("add `jurisdictions …` to the `policy` block for the laws of the people it serves (`gdpr`, `uk-gdpr`, `ccpa`, `eprivacy`, …), or pass `--jurisdiction`; `policyc rules` shows the rules of each");
    d.severity = Severity::Warning;
    Some(d)
}

fn unknown_allows(policy: &Policy) -> Vec<Diagnostic> {
    let known: BTreeSet<&str> = RULES.iter().map(|r| r.id).collect();
    policy
        .allows
        .iter()
        .filter(|a| !known.contains(a.rule.value.as_str()))
        .map(|a| {
            let help = match crate::model::did_you_mean(&a.rule.value, known.iter().copied()) {
                Some(s) => format!("did you mean `{s}`? `policyc rules` lists every rule"),
                None => "`policyc rules` lists every rule".to_string(),
            };
            Diagnostic::error(
                Code::UnknownRule,
                &policy.file,
                format!("no rule is called `{}`", a.rule.value),
            )
            .at(a.rule.span, "unknown rule")
            .help(help)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::combine;

    #[test]
    fn a_gap_of_many_facts_names_the_first_twelve_and_counts_the_rest() {
        let messages: Vec<String> = (0..20)
            .map(|i| format!("no purpose uses the data category `d{i}`"))
            .collect();
        let one = combine(&messages);
        assert!(
            one.starts_with(
                "no purpose uses the data category `d0`; the same holds for `d1`, `d2`"
            ),
            "{one}"
        );
        assert!(one.ends_with("`d12` and 7 more"), "{one}");
        // Named once each, however often repeated.
        let twice: Vec<String> = messages.iter().chain(&messages).cloned().collect();
        assert_eq!(combine(&twice), one);
    }
}

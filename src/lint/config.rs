//! Levels and the configuration file, read in two phases: deserialise
//! (`policyc.yaml` through [`crate::yaml`]), then validate into a checked
//! [`Config`], where an unknown rule id, level, date or jurisdiction is a
//! diagnostic pointing at its line.

use std::collections::{BTreeMap, HashMap};
use std::path::PathBuf;
use std::sync::Arc;

use serde::Deserialize;

use super::{Level, Rule, RULES};
use crate::diag::{Code, Diagnostic, SourceFile, Span};
use crate::model::{Date, Jurisdiction};

/// Rule levels after config and command line.
#[derive(Clone, Debug, Default)]
pub struct Levels {
    overrides: HashMap<String, Level>,
    deny_warnings: bool,
}

impl Levels {
    /// Sets a rule's level (`warnings` with `Deny` turns every warning into an error).
    pub fn set(&mut self, rule: &str, level: Level) {
        if rule == "warnings" && level == Level::Deny {
            self.deny_warnings = true;
        } else {
            self.overrides.insert(rule.to_string(), level);
        }
    }

    /// The level a rule runs at.
    pub fn level(&self, rule: &Rule) -> Level {
        let level = self.overrides.get(rule.id).copied().unwrap_or(rule.default);
        if self.deny_warnings && level == Level::Warn {
            Level::Deny
        } else {
            level
        }
    }
}

/// A checked configuration.
#[derive(Clone, Debug, Default)]
pub struct Config {
    /// Rule levels.
    pub levels: Levels,
    /// The date "now" is, for reproducible runs.
    pub today: Option<Date>,
    /// Regimes to check against instead of each policy's own.
    pub jurisdictions: Option<Vec<Jurisdiction>>,
    /// A directory of templates overriding the built-in ones.
    pub templates: Option<PathBuf>,
    /// Let raw HTML in prose through to the HTML output.
    pub allow_raw_html: bool,
    /// Let images in prose load from other sites (otherwise they become links).
    pub allow_remote_resources: bool,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct RawConfig {
    #[serde(default)]
    rules: BTreeMap<String, String>,
    today: Option<String>,
    jurisdictions: Option<Vec<String>>,
    templates: Option<PathBuf>,
    #[serde(default)]
    allow_raw_html: bool,
    #[serde(default)]
    allow_remote_resources: bool,
}

/// Reads and checks a configuration file's text.
pub fn parse(file: &Arc<SourceFile>) -> Result<Config, Vec<Diagnostic>> {
    let raw: RawConfig = match crate::yaml::from_str(&file.text) {
        Ok(raw) => raw,
        Err(e) => {
            let span = e
                .line_col
                .map_or(Span::new(0, 0), |(l, c)| offset_span(file, l, c));
            return Err(vec![Diagnostic::error(Code::Config, file, format!("`{}` is not a valid configuration", file.name))
                .at(span, e.message.lines().next().unwrap_or("here").to_string())
                .help("the keys are `rules`, `today`, `jurisdictions`, `templates`, `allow-raw-html`, `allow-remote-resources`; `policyc init` writes a commented example")]);
        }
    };
    let mut errors = Vec::new();
    let mut config = Config {
        templates: raw.templates,
        allow_raw_html: raw.allow_raw_html,
        allow_remote_resources: raw.allow_remote_resources,
        ..Config::default()
    };
    let ids: Vec<&str> = RULES.iter().map(|r| r.id).collect();
    for (rule, level) in &raw.rules {
        let span = key_span(file, rule);
        if !ids.contains(&rule.as_str()) && rule != "warnings" {
            let help = match crate::model::did_you_mean(rule, ids.iter().copied()) {
                Some(s) => format!("did you mean `{s}`? `policyc rules` lists every rule"),
                None => "`policyc rules` lists every rule".into(),
            };
            errors.push(
                Diagnostic::error(
                    Code::UnknownRule,
                    file,
                    format!("no rule is called `{rule}`"),
                )
                .at(span, "unknown rule")
                .help(help),
            );
            continue;
        }
        match Level::parse(level) {
            Some(l) => config.levels.set(rule, l),
            None => errors.push(
                Diagnostic::error(Code::Config, file, format!("`{level}` is not a level"))
                    .at(span, "this rule's level")
                    .help("a level is `allow`, `info`, `warn` or `deny`"),
            ),
        }
    }
    if let Some(today) = &raw.today {
        match Date::parse(today) {
            Ok(d) => config.today = Some(d),
            Err(why) => errors.push(
                Diagnostic::error(
                    Code::Config,
                    file,
                    format!("`{today}` is not a valid date: {why}"),
                )
                .at(key_span(file, "today"), "here")
                .help("write the date as YYYY-MM-DD"),
            ),
        }
    }
    if let Some(list) = &raw.jurisdictions {
        let mut js = Vec::new();
        for j in list {
            match Jurisdiction::from_word(j) {
                Some(x) => js.push(x),
                None => errors.push(
                    Diagnostic::error(Code::Config, file, format!("`{j}` is not a jurisdiction"))
                        .at(key_span(file, "jurisdictions"), "in this list")
                        .help(format!(
                            "a jurisdiction is one of {}",
                            Jurisdiction::WORDS.join(", ")
                        )),
                ),
            }
        }
        config.jurisdictions = Some(js);
    }
    if errors.is_empty() {
        Ok(config)
    } else {
        Err(errors)
    }
}

/// The span of `key:` in a YAML file (the first line that starts with it), or the file start.
fn key_span(file: &SourceFile, key: &str) -> Span {
    let mut offset = 0;
    for line in file.text.split_inclusive('\n') {
        let trimmed = line.trim_start();
        let indent = line.len() - trimmed.len();
        for candidate in [
            format!("{key}:"),
            format!("\"{key}\":"),
            format!("'{key}':"),
        ] {
            if trimmed.starts_with(&candidate) {
                let start = offset + indent;
                return Span::new(start, start + candidate.len() - 1);
            }
        }
        offset += line.len();
    }
    Span::new(0, 0)
}

fn offset_span(file: &SourceFile, line: usize, column: usize) -> Span {
    let start = file.line_start(line);
    let at = (start + column.saturating_sub(1)).min(file.text.len());
    Span::new(at, at)
}

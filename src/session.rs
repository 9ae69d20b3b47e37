//! The compile session: everything a checker run needs besides the policies
//! (configuration, today, known and observed cookies), and checking files
//! against it. The command line and the language server both start here;
//! neither depends on the other.

use std::path::PathBuf;

use crate::cookies::KnowledgeBase;
use crate::diag::{Code, Diagnostic, SourceFile, Span};
use crate::lint::config::Config;
use crate::lint::Level;
use crate::model::{Date, Jurisdiction, Policy};

/// What a session is built from: the checker's options, free of any command-line parser.
#[derive(Debug, Clone, Default)]
pub struct Options {
    /// Rules to allow (silence).
    pub allow: Vec<String>,
    /// Rules to report as warnings.
    pub warn: Vec<String>,
    /// Rules to report as errors; `warnings` makes every warning an error.
    pub deny: Vec<String>,
    /// Regimes to check against instead of each policy's own; empty means the policy's own.
    pub jurisdiction: Vec<String>,
    /// The date to treat as today (YYYY-MM-DD).
    pub today: Option<String>,
    /// The configuration file; `None` means policyc.yaml when it exists.
    pub config: Option<PathBuf>,
    /// An Open Cookie Database CSV extending the knowledge base.
    pub cookie_db: Option<PathBuf>,
    /// Recordings of the cookies the site really sets (HAR or storageState).
    pub observed: Vec<PathBuf>,
}

/// Everything a checker run needs besides the policies.
pub struct Session {
    /// The checked configuration, command-line levels applied.
    pub config: Config,
    /// "Now".
    pub today: Date,
    /// Known cookies: the built-in base itself, or a copy extended by `--cookie-db`.
    pub knowledge: std::borrow::Cow<'static, KnowledgeBase>,
    /// Cookies seen on the site.
    pub observed: Vec<crate::cookies::observed::ObservedCookie>,
    /// What could not be read from the recordings (printed on stderr before the findings).
    pub warnings: Vec<Diagnostic>,
}

impl Session {
    /// Reads the configuration and applies the options over it; every problem
    /// (config file, unknown rule among the options, bad date) is a diagnostic,
    /// worded as the command-line flag that gives that option.
    pub fn new(options: &Options) -> Result<Session, Vec<Diagnostic>> {
        let mut errors = Vec::new();
        let path = options.config.clone().or_else(|| {
            let default = PathBuf::from("policyc.yaml");
            default.exists().then_some(default)
        });
        let mut config = match path {
            None => Config::default(),
            Some(p) => match crate::source::read(&p) {
                Err(d) => return Err(vec![*d]),
                Ok(file) => crate::lint::config::parse(&file)?,
            },
        };
        for (ids, level, flag) in [
            (&options.allow, Level::Allow, "-A"),
            (&options.warn, Level::Warn, "-W"),
            (&options.deny, Level::Deny, "-D"),
        ] {
            for id in ids {
                if crate::lint::find(id).is_some() || (id == "warnings" && level == Level::Deny) {
                    config.levels.set(id, level);
                } else {
                    errors.push(command_line_error(
                        &format!("{flag} {id}"),
                        flag.len() + 1,
                        &format!("no rule is called `{id}`"),
                        id,
                    ));
                }
            }
        }
        if !options.jurisdiction.is_empty() {
            let mut js = Vec::new();
            for j in &options.jurisdiction {
                match Jurisdiction::from_word(j) {
                    Some(x) => js.push(x),
                    None => errors.push(
                        command_line_error(
                            &format!("--jurisdiction {j}"),
                            15,
                            &format!("`{j}` is not a jurisdiction"),
                            j,
                        )
                        .help(format!(
                            "a jurisdiction is one of {}",
                            Jurisdiction::WORDS.join(", ")
                        )),
                    ),
                }
            }
            config.jurisdictions = Some(js);
        }
        let today = match &options.today {
            Some(t) => match Date::parse(t) {
                Ok(d) => d,
                Err(why) => {
                    errors.push(command_line_error(
                        &format!("--today {t}"),
                        8,
                        &format!("`{t}` is not a valid date: {why}"),
                        t,
                    ));
                    Date::today()
                }
            },
            None => config.today.unwrap_or_else(Date::today),
        };
        // Borrowed unless a database extends it: copying 2,500 entries was 5% of a Calsoft build.
        let mut knowledge = std::borrow::Cow::Borrowed(KnowledgeBase::builtin());
        if let Some(path) = &options.cookie_db {
            match crate::source::read(path) {
                Err(d) => errors.push(*d),
                Ok(file) => {
                    if let Err(d) = crate::cookies::opencookiedb::extend(knowledge.to_mut(), &file)
                    {
                        errors.push(d);
                    }
                }
            }
        }
        // One cookie per name and domain, however many recordings show it.
        let mut observed = Vec::new();
        let mut warnings = Vec::new();
        for path in &options.observed {
            match crate::cookies::observed::read(path) {
                Ok(o) => {
                    if o.cookies.is_empty() && o.warnings.is_empty() {
                        let f = SourceFile::new(path.display().to_string(), "");
                        warnings.push(
                            Diagnostic::error(
                                Code::Observed,
                                &f,
                                format!("`{}` shows no cookie being set or sent", path.display()),
                            )
                            .help("with no cookie seen, no declared cookie can be reported as not observed; record the pages that set cookies, after accepting the banner")
                            .with_severity(crate::diag::Severity::Warning),
                        );
                    }
                    if observed.is_empty() {
                        // One recording's cookies are already one per name and domain.
                        observed = o.cookies;
                    } else {
                        crate::cookies::observed::merge(&mut observed, o.cookies);
                    }
                    warnings.extend(o.warnings);
                }
                Err(d) => errors.push(*d),
            }
        }
        if !errors.is_empty() {
            return Err(errors);
        }
        Ok(Session {
            config,
            today,
            knowledge,
            observed,
            warnings,
        })
    }

    /// Runs the checker on a policy.
    pub fn lint(&self, policy: &Policy) -> Vec<Diagnostic> {
        crate::lint::check(
            policy,
            &crate::lint::Options {
                levels: &self.config.levels,
                today: self.today,
                jurisdictions: self.config.jurisdictions.as_deref(),
                knowledge: &self.knowledge,
                observed: &self.observed,
            },
        )
    }
}

fn command_line_error(text: &str, at: usize, message: &str, word: &str) -> Diagnostic {
    let file = SourceFile::new("command line", text);
    let d =
        Diagnostic::error(Code::Usage, &file, message).at(Span::new(at, at + word.len()), "here");
    match crate::model::did_you_mean(word, crate::lint::RULES.iter().map(|r| r.id)) {
        Some(s) => d.help(format!(
            "did you mean `{s}`? `policyc rules` lists every rule"
        )),
        None => d.help("`policyc rules` lists every rule"),
    }
}

/// One file after compiling and checking.
pub struct Checked {
    /// The path as given.
    pub path: PathBuf,
    /// The policy, when it compiled without errors.
    pub policy: Option<Policy>,
    /// Compile errors (syntax, resolution, reading).
    pub errors: Vec<Diagnostic>,
    /// Lint findings (empty when the file did not compile).
    pub findings: Vec<Diagnostic>,
}

/// Reads, compiles and checks each file.
pub fn check_files(files: &[PathBuf], session: &Session) -> Vec<Checked> {
    files
        .iter()
        .map(|path| match crate::source::read(path) {
            Err(d) => Checked {
                path: path.clone(),
                policy: None,
                errors: vec![*d],
                findings: Vec::new(),
            },
            Ok(file) => {
                let compiled = crate::compile(&file);
                let (policy, errors) = if compiled.errors.is_empty() {
                    (compiled.policy, Vec::new())
                } else {
                    (None, compiled.errors)
                };
                let findings = policy.as_ref().map(|p| session.lint(p)).unwrap_or_default();
                // An `allow` naming an unknown rule is a compile error, not a finding.
                let (bad_allows, findings): (Vec<_>, Vec<_>) = findings
                    .into_iter()
                    .partition(|d| d.code == Code::UnknownRule);
                let policy = if bad_allows.is_empty() { policy } else { None };
                Checked {
                    path: path.clone(),
                    policy,
                    errors: errors.into_iter().chain(bad_allows).collect(),
                    findings,
                }
            }
        })
        .collect()
}

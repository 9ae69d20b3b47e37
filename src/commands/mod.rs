//! One module per subcommand. Each takes its parsed arguments and an [`Io`]
//! and returns the exit code.

pub mod build;
pub mod check;
pub mod completions;
pub mod diff;
pub mod explain;
pub mod fmt;
pub mod init;
pub mod lsp;
pub mod man;
pub mod rules;
pub mod serve;

use std::io::Write;
use std::path::{Path, PathBuf};

use crate::cli::LintArgs;
use crate::cookies::KnowledgeBase;
use crate::diag::{Code, Diagnostic, SourceFile, Span};
use crate::lint::config::Config;
use crate::lint::Level;
use crate::model::{Date, Jurisdiction, Policy};

/// Where a command writes.
pub struct Io<'a> {
    /// Results (JSON, SARIF, diffs).
    pub out: &'a mut dyn Write,
    /// Diagnostics and summaries for people.
    pub err: &'a mut dyn Write,
    /// ANSI colours on.
    pub color: bool,
}

impl Io<'_> {
    /// Prints diagnostics for people on stderr.
    pub fn report(&mut self, diags: &[Diagnostic]) {
        let width = 100;
        let _ = self
            .err
            .write_all(crate::diag::render_human(diags, self.color, width).as_bytes());
    }
}

/// Everything a checker run needs besides the policies.
pub struct Setup {
    /// The checked configuration, command-line levels applied.
    pub config: Config,
    /// "Now".
    pub today: Date,
    /// Known cookies.
    pub knowledge: KnowledgeBase,
    /// Cookies seen on the site.
    pub observed: Vec<crate::cookies::observed::ObservedCookie>,
}

impl Setup {
    /// Reads the configuration and applies the command line over it; every
    /// problem (config file, unknown rule on the command line, bad date) is a diagnostic.
    pub fn new(args: &LintArgs) -> Result<Setup, Vec<Diagnostic>> {
        let mut errors = Vec::new();
        let path = args.config.clone().or_else(|| {
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
            (&args.allow, Level::Allow, "-A"),
            (&args.warn, Level::Warn, "-W"),
            (&args.deny, Level::Deny, "-D"),
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
        if !args.jurisdiction.is_empty() {
            let mut js = Vec::new();
            for j in &args.jurisdiction {
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
        let today = match &args.today {
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
        let mut knowledge = KnowledgeBase::builtin().clone();
        if let Some(path) = &args.cookie_db {
            match crate::source::read(path) {
                Err(d) => errors.push(*d),
                Ok(file) => {
                    if let Err(d) = crate::cookies::opencookiedb::extend(&mut knowledge, &file) {
                        errors.push(d);
                    }
                }
            }
        }
        let mut observed = Vec::new();
        for path in &args.observed {
            match crate::cookies::observed::read(path) {
                Ok(cookies) => observed.extend(cookies),
                Err(d) => errors.push(*d),
            }
        }
        if !errors.is_empty() {
            return Err(errors);
        }
        Ok(Setup {
            config,
            today,
            knowledge,
            observed,
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

/// Sets up a command that runs the checker: the configuration and the files,
/// or, when it cannot start, the exit code (after reporting why).
pub fn start(
    lint: &LintArgs,
    files: &[PathBuf],
    io: &mut Io<'_>,
    verb: &str,
) -> Result<(Setup, Vec<PathBuf>), i32> {
    let setup = Setup::new(lint).map_err(|errors| {
        io.report(&errors);
        crate::cli::EXIT_ERROR
    })?;
    let files = crate::source::expand(files);
    if files.is_empty() {
        let _ = writeln!(
            io.err,
            "error: no policy files to {verb} (looked for policies/*.policy)"
        );
        return Err(crate::cli::EXIT_ERROR);
    }
    Ok((setup, files))
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
pub fn check_files(files: &[PathBuf], setup: &Setup) -> Vec<Checked> {
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
                let findings = policy.as_ref().map(|p| setup.lint(p)).unwrap_or_default();
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

/// The file name without extension, for output names.
pub fn stem(path: &Path) -> String {
    path.file_stem()
        .map_or_else(|| "policy".into(), |s| s.to_string_lossy().into_owned())
}

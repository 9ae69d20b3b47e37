//! The command line: argument definitions and dispatch. Exit codes are the
//! contract CI scripts rely on: 0 success, 1 findings at the failing level,
//! 2 the input could not be processed.

use std::ffi::OsString;
use std::path::PathBuf;

use clap::{Parser, Subcommand, ValueEnum};

use crate::commands;

/// Success.
pub const EXIT_OK: i32 = 0;
/// Deny-level findings (check, build --strict), a difference (fmt --check, diff --fail-on).
pub const EXIT_FINDINGS: i32 = 1;
/// Bad input or usage: nothing was written.
pub const EXIT_ERROR: i32 = 2;

/// A compiler for privacy policies.
#[derive(Debug, Parser)]
#[command(name = "policyc", version, about, long_about = None)]
pub struct Cli {
    /// What to do.
    #[command(subcommand)]
    pub command: Command,
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Parse, resolve and check policies; report findings.
    Check(CheckArgs),
    /// Render policies to dist/ (or -o DIR).
    Build(BuildArgs),
    /// Print the documentation of a rule.
    Explain(ExplainArgs),
    /// List the rules.
    Rules(RulesArgs),
    /// Write a commented starter policy and configuration.
    Init(InitArgs),
    /// Print the JSON Schema of `build --format json`, or with --language the
    /// language's own schema (every block and statement).
    Schema(SchemaArgs),
    /// Rewrite sources in the canonical layout (comments kept).
    Fmt(FmtArgs),
    /// What changed between two versions, in legal terms.
    Diff(DiffArgs),
    /// Translation files of the policy's own words (docs/i18n.md).
    I18n(I18nArgs),
    /// Print a shell completion script.
    Completions(CompletionsArgs),
    /// Print the manual page (roff), or write every page to a directory.
    Man(ManArgs),
    /// Run the language server (LSP) on stdin and stdout, for editors.
    Lsp(LspArgs),
    /// Build the HTML, serve it on 127.0.0.1, rebuild and reload the page on save.
    Serve(ServeArgs),
    /// Visit a site in headless Chromium and record its cookies (for `check --observed`).
    #[cfg_attr(
        not(feature = "scan"),
        command(
            about = "Not built into this policyc (built without the `scan` feature): says so and exits 2"
        )
    )]
    Scan(ScanArgs),
}

/// `policyc serve`.
#[derive(Debug, Clone, clap::Args)]
#[command(
    after_help = "Example: policyc serve policies/ --port 8686, then open http://127.0.0.1:8686/"
)]
pub struct ServeArgs {
    /// Policy files or directories; none means every `policies/*.policy`.
    pub files: Vec<PathBuf>,
    /// The port to listen on (0 picks a free one).
    #[arg(long, default_value_t = 8686)]
    pub port: u16,
    /// The address to listen on; anything but loopback lets others read the pages.
    #[arg(long, default_value = "127.0.0.1")]
    pub host: std::net::IpAddr,
    /// Answer requests whose Host header is this name too (repeatable). By
    /// default only localhost, loopback addresses and the address listened on
    /// are answered, so that a DNS-rebinding page cannot read the pages.
    #[arg(long = "allow-host", value_name = "NAME")]
    pub allow_host: Vec<String>,
    /// Where the HTML is written.
    #[arg(short = 'o', long = "out-dir", default_value = "dist")]
    pub out_dir: PathBuf,
    /// A directory of templates overriding the built-in ones (also `templates` in policyc.yaml).
    #[arg(long, value_name = "DIR")]
    pub templates: Option<PathBuf>,
    /// Levels, jurisdictions, date, configuration.
    #[command(flatten)]
    pub lint: LintArgs,
}

/// `policyc schema`.
#[derive(Debug, clap::Args)]
pub struct SchemaArgs {
    /// Print the policy language's schema (each block, its statements, their
    /// values and how often they may appear) as Markdown, instead of the JSON
    /// Schema of the JSON output.
    #[arg(long)]
    pub language: bool,
}

/// `policyc lsp`.
#[derive(Debug, clap::Args)]
#[command(after_help = "Editors start it themselves; see editors/vscode/ for VS Code.")]
pub struct LspArgs {
    /// Talk over stdin and stdout (the only transport; accepted for clients that pass it).
    #[arg(long)]
    pub stdio: bool,
}

/// `policyc completions`.
#[derive(Debug, clap::Args)]
#[command(
    after_help = "Example: policyc completions bash > ~/.local/share/bash-completion/completions/policyc"
)]
pub struct CompletionsArgs {
    /// The shell to complete in.
    #[arg(value_enum)]
    pub shell: clap_complete::Shell,
}

/// `policyc man`.
#[derive(Debug, clap::Args)]
pub struct ManArgs {
    /// Write policyc.1 and one page per subcommand (policyc-check.1, …) here
    /// instead of printing policyc.1.
    #[arg(long = "out-dir", value_name = "DIR")]
    pub out_dir: Option<PathBuf>,
}

/// `policyc scan`.
#[derive(Debug, clap::Args)]
pub struct ScanArgs {
    /// Pages to visit, in order; the first is the site (its registrable domain decides first or third party).
    #[arg(required = true, value_name = "URL")]
    pub urls: Vec<String>,
    /// The CSS selector of the button that accepts cookies: the pages are visited before and after clicking it.
    #[arg(long, value_name = "SELECTOR")]
    pub consent_selector: Option<String>,
    /// Write the recording to FILE (read it with `check --observed FILE`).
    #[arg(short = 'o', long = "output", value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// Check this policy against what was seen, as `check --observed` would.
    #[arg(long, value_name = "FILE")]
    pub policy: Option<PathBuf>,
    /// The browser, Chromium or Chrome (default: $POLICYC_CHROMIUM, else one found on the PATH).
    #[arg(long, value_name = "PATH")]
    pub browser: Option<PathBuf>,
    /// How long to let scripts run on each page, in milliseconds.
    #[arg(long, value_name = "MS", default_value_t = 1000)]
    pub wait: u64,
    /// How long a page may take to load, in seconds, before it is reported as failed (1 to 600).
    #[arg(long, value_name = "SECONDS", default_value_t = 30, value_parser = clap::value_parser!(u64).range(1..=600))]
    pub timeout: u64,
    /// Also visit up to N pages of the same site found by following links from the pages given (breadth first, in link order; at most 500).
    #[arg(long, value_name = "N", default_value_t = 0, value_parser = clap::value_parser!(u64).range(0..=500))]
    pub crawl: u64,
    /// Output format of the check (with --policy).
    #[arg(long, value_enum, default_value_t = CheckFormat::Human)]
    pub format: CheckFormat,
    /// Levels, jurisdictions, date, configuration (with --policy).
    #[command(flatten)]
    pub lint: LintArgs,
}

/// How `diff` reports.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum DiffFormat {
    /// For the terminal (coloured on a terminal unless NO_COLOR is set).
    Human,
    /// A pull-request comment.
    Markdown,
    /// JSON.
    Json,
}

/// When `diff` exits 1.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum FailOn {
    /// Any material change.
    Material,
    /// Any material change, or any change whose meaning lies in the policy's words.
    Review,
    /// Any change at all.
    Any,
}

/// `policyc i18n`.
#[derive(Debug, clap::Args)]
pub struct I18nArgs {
    /// What to do.
    #[command(subcommand)]
    pub command: I18nCommand,
}

/// The subcommands of `policyc i18n`.
#[derive(Debug, clap::Subcommand)]
pub enum I18nCommand {
    /// Write or update NAME.LANG.po beside each policy: every segment of its
    /// own words, new ones untranslated, changed ones marked fuzzy.
    Extract(ExtractArgs),
}

/// `policyc i18n extract`.
#[derive(Debug, clap::Args)]
pub struct ExtractArgs {
    /// Policy files or directories; none means every `policies/*.policy`.
    pub files: Vec<PathBuf>,
    /// Languages to write files for, comma-separated (`de,fr`); none means
    /// the languages that already have a file beside the policy.
    #[arg(long, value_delimiter = ',', value_name = "LANG")]
    pub lang: Vec<String>,
}

/// `policyc diff`.
#[derive(Debug, clap::Args)]
pub struct DiffArgs {
    /// The old version: a path, or REV:path read through git.
    pub old: String,
    /// The new version: a path, or REV:path read through git.
    pub new: String,
    /// Output format.
    #[arg(long, value_enum, default_value_t = DiffFormat::Human)]
    pub format: DiffFormat,
    /// Exit 1 when there are changes of this class.
    #[arg(long = "fail-on", value_enum)]
    pub fail_on: Option<FailOn>,
    /// Link each `file:line` of the Markdown report to URL/file#Lline
    /// (for example https://github.com/ORG/REPO/blob/SHA; the old version's
    /// lines use --old-link-base when given).
    #[arg(long = "link-base", value_name = "URL")]
    pub link_base: Option<String>,
    /// The link base for the old version's lines (default: --link-base).
    #[arg(long = "old-link-base", value_name = "URL")]
    pub old_link_base: Option<String>,
}

/// `policyc fmt`.
#[derive(Debug, clap::Args)]
pub struct FmtArgs {
    /// Policy files or directories; none means every `policies/*.policy`.
    pub files: Vec<PathBuf>,
    /// Change nothing; print a diff and exit 1 when a file is not formatted.
    #[arg(long)]
    pub check: bool,
    /// Print the formatted source instead of rewriting the file.
    #[arg(long, conflicts_with = "check")]
    pub stdout: bool,
}

/// How `check` reports.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum CheckFormat {
    /// Annotated source for people, on stderr.
    Human,
    /// A JSON array of findings, on stdout.
    Json,
    /// SARIF 2.1.0 for code scanning, on stdout.
    Sarif,
    /// GitHub Actions workflow commands, on stdout.
    Github,
}

/// Options shared by the commands that run the checker.
#[derive(Debug, Clone, clap::Args)]
pub struct LintArgs {
    /// Allow (silence) a rule; repeatable.
    #[arg(short = 'A', long = "allow", value_name = "RULE")]
    pub allow: Vec<String>,
    /// Report a rule as a warning; repeatable.
    #[arg(short = 'W', long = "warn", value_name = "RULE")]
    pub warn: Vec<String>,
    /// Report a rule as an error; `-D warnings` makes every warning an error.
    #[arg(short = 'D', long = "deny", value_name = "RULE")]
    pub deny: Vec<String>,
    /// Check against these regimes instead of each policy's own (comma-separated).
    #[arg(long, value_delimiter = ',', value_name = "JURISDICTION")]
    pub jurisdiction: Vec<String>,
    /// The date to treat as today (YYYY-MM-DD), for reproducible runs.
    #[arg(long, value_name = "DATE")]
    pub today: Option<String>,
    /// The configuration file (default: policyc.yaml when it exists).
    #[arg(long, value_name = "FILE")]
    pub config: Option<PathBuf>,
    /// Extend the cookie knowledge base with an Open Cookie Database CSV.
    #[arg(long = "cookie-db", value_name = "FILE")]
    pub cookie_db: Option<PathBuf>,
    /// Cookies the site really sets: a HAR file or a Playwright storageState JSON; repeatable.
    #[arg(long, value_name = "FILE")]
    pub observed: Vec<PathBuf>,
}

impl From<&LintArgs> for crate::session::Options {
    fn from(args: &LintArgs) -> Self {
        crate::session::Options {
            allow: args.allow.clone(),
            warn: args.warn.clone(),
            deny: args.deny.clone(),
            jurisdiction: args.jurisdiction.clone(),
            today: args.today.clone(),
            config: args.config.clone(),
            cookie_db: args.cookie_db.clone(),
            observed: args.observed.clone(),
        }
    }
}

/// `policyc check`.
#[derive(Debug, clap::Args)]
pub struct CheckArgs {
    /// Policy files or directories; none means every `policies/*.policy`.
    pub files: Vec<PathBuf>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = CheckFormat::Human)]
    pub format: CheckFormat,
    /// Levels, jurisdictions, date, configuration.
    #[command(flatten)]
    pub lint: LintArgs,
}

/// An output format of `build`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, ValueEnum)]
pub enum OutputFormat {
    /// One self-contained HTML page.
    Html,
    /// GitHub-flavoured Markdown.
    Md,
    /// The resolved model as JSON.
    Json,
    /// W3C Data Privacy Vocabulary (DPV 2.x) as JSON-LD (.jsonld).
    Jsonld,
    /// A Fides system manifest, fideslang YAML (.fides.yml); a purpose without `fides DATA-USE` is left out, with a warning.
    Fides,
    /// The GDPR Art. 30(1) record of processing activities as CSV (.ropa.csv).
    Ropa,
}

/// `policyc build`.
#[derive(Debug, clap::Args)]
pub struct BuildArgs {
    /// Policy files or directories; none means every `policies/*.policy`.
    pub files: Vec<PathBuf>,
    /// Output formats, comma-separated (the exports jsonld, fides and ropa: docs/exports.md).
    #[arg(
        long,
        value_enum,
        value_delimiter = ',',
        default_value = "html,md,json"
    )]
    pub format: Vec<OutputFormat>,
    /// A directory of templates overriding the built-in ones (also `templates` in policyc.yaml).
    #[arg(long, value_name = "DIR")]
    pub templates: Option<PathBuf>,
    /// Output directory.
    #[arg(short = 'o', long = "out-dir", default_value = "dist")]
    pub out_dir: PathBuf,
    /// Languages to write the HTML and Markdown pages in, comma-separated
    /// (`de,fr`): one page per language, NAME.LANG.html; none means the
    /// policy's own `language`. The facts (json and the exports) are written once.
    #[arg(long, value_delimiter = ',', value_name = "LANG")]
    pub lang: Vec<String>,
    /// Fail (exit 1, nothing written) when the checker finds deny-level problems.
    #[arg(long)]
    pub strict: bool,
    /// Levels, jurisdictions, date, configuration.
    #[command(flatten)]
    pub lint: LintArgs,
}

/// `policyc explain`.
#[derive(Debug, clap::Args)]
pub struct ExplainArgs {
    /// The rule id.
    pub rule: String,
}

/// How `rules` lists.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum ListFormat {
    /// A table for people.
    Human,
    /// JSON.
    Json,
}

/// `policyc rules`.
#[derive(Debug, clap::Args)]
pub struct RulesArgs {
    /// Output format.
    #[arg(long, value_enum, default_value_t = ListFormat::Human)]
    pub format: ListFormat,
}

/// `policyc init`.
#[derive(Debug, clap::Args)]
pub struct InitArgs {
    /// The directory to write into.
    #[arg(default_value = ".")]
    pub dir: PathBuf,
}

/// Parses arguments and runs a command; returns the exit code.
pub fn run(args: impl IntoIterator<Item = OsString>) -> i32 {
    let cli = match Cli::try_parse_from(args) {
        Ok(cli) => cli,
        Err(e) => {
            let code = if e.use_stderr() { EXIT_ERROR } else { EXIT_OK };
            let _ = e.print();
            return code;
        }
    };
    // The language server writes stdout from its own thread: it must not be locked here.
    if let Command::Lsp(a) = &cli.command {
        return commands::lsp::run(a);
    }
    // `serve` logs from its watcher thread too: stderr is not locked for it either.
    if let Command::Serve(a) = &cli.command {
        let mut io = commands::Io {
            out: &mut std::io::stdout(),
            err: &mut std::io::stderr(),
            color: use_color(),
        };
        return commands::serve::run(a, &mut io);
    }
    let mut out = std::io::stdout().lock();
    let mut err = std::io::stderr().lock();
    let mut io = commands::Io {
        out: &mut out,
        err: &mut err,
        color: use_color(),
    };
    match cli.command {
        Command::Check(a) => commands::check::run(&a, &mut io),
        Command::Build(a) => commands::build::run(&a, &mut io),
        Command::Explain(a) => commands::explain::run(&a, &mut io),
        Command::Rules(a) => commands::rules::run(&a, &mut io),
        Command::Init(a) => commands::init::run(&a, &mut io),
        Command::Fmt(a) => commands::fmt::run(&a, &mut io),
        Command::Diff(a) => commands::diff::run(&a, &mut io),
        Command::I18n(a) => commands::i18n::run(&a, &mut io),
        Command::Completions(a) => commands::completions::run(&a, &mut io),
        Command::Man(a) => commands::man::run(&a, &mut io),
        Command::Lsp(a) => commands::lsp::run(&a),
        Command::Serve(a) => commands::serve::run(&a, &mut io),
        Command::Scan(a) => commands::scan::run(&a, &mut io),
        Command::Schema(a) => {
            let text = if a.language {
                crate::model::schema::reference()
            } else {
                crate::render::schema::json_schema()
            };
            let _ = io.out.write_all(text.as_bytes());
            EXIT_OK
        }
    }
}

/// Colour only on a terminal, and never with NO_COLOR set.
fn use_color() -> bool {
    use std::io::IsTerminal;
    std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty()) && std::io::stderr().is_terminal()
}

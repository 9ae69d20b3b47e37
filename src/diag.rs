//! Diagnostics: the one type every stage (syntax, resolution, lint, config)
//! reports problems with, and the helpers that place them in a file.
//!
//! A [`Diagnostic`] is plain data so that it can be sorted, filtered by level,
//! counted and serialised; [`Diagnostic::to_report`] turns it into a miette
//! report for people.

use std::fmt;
use std::sync::Arc;

use serde::Serialize;

/// A byte range in a source file.
///
/// Spans compare by their range, like any other value. Comparing two syntax
/// trees or two models *by content* (the formatter's round-trip test,
/// `policyc diff`) is a separate, named operation: [`crate::facts::SameFacts`].
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Span {
    /// Byte offset of the first byte.
    pub start: usize,
    /// Byte offset one past the last byte.
    pub end: usize,
}

impl Span {
    /// A span from `start` to `end` (byte offsets).
    pub fn new(start: usize, end: usize) -> Self {
        Span { start, end }
    }

    /// The same range shifted by `offset` bytes.
    pub fn shifted(self, offset: usize) -> Self {
        Span::new(self.start + offset, self.end + offset)
    }
}

impl From<pest::Span<'_>> for Span {
    fn from(s: pest::Span<'_>) -> Self {
        Span::new(s.start(), s.end())
    }
}

impl From<Span> for miette::SourceSpan {
    fn from(s: Span) -> Self {
        (s.start, s.end.saturating_sub(s.start)).into()
    }
}

/// A source file as read from disk (or from git), shared by every diagnostic that points into it.
#[derive(Debug)]
pub struct SourceFile {
    /// The name shown to the user: the path as given on the command line.
    pub name: String,
    /// The whole text.
    pub text: Arc<str>,
    /// What miette shows of the text: control characters made harmless, byte for byte.
    shown: Shown,
    /// Where each line starts (after `\n`), computed on first use.
    lines: std::sync::OnceLock<Vec<usize>>,
}

/// The text as miette reads it: the same bytes, except that terminal control
/// characters are replaced by printable ones of the same length, so that
/// spans still fit; each diagnostic reads only the lines around its span.
#[derive(Debug)]
struct Shown {
    name: String,
    text: Arc<str>,
    /// Where each line starts, as miette counts lines (after `\n`, `\r\n` or a lone `\r`).
    line_starts: std::sync::OnceLock<Vec<usize>>,
}

/// Two files are equal when they have the same name and the same text.
impl PartialEq for SourceFile {
    fn eq(&self, other: &Self) -> bool {
        self.name == other.name && self.text == other.text
    }
}

impl SourceFile {
    /// A shared source file.
    pub fn new(name: impl Into<String>, text: impl Into<String>) -> Arc<Self> {
        let name = name.into();
        let text: Arc<str> = Arc::from(text.into());
        let shown = Shown {
            name: escape_control(&name).into_owned(),
            text: match harmless(&text) {
                Some(t) => Arc::from(t),
                None => Arc::clone(&text),
            },
            line_starts: std::sync::OnceLock::new(),
        };
        Arc::new(SourceFile {
            name,
            text,
            shown,
            lines: std::sync::OnceLock::new(),
        })
    }

    fn lines(&self) -> &[usize] {
        self.lines.get_or_init(|| {
            std::iter::once(0)
                .chain(memchr_newlines(&self.text).map(|i| i + 1))
                .collect()
        })
    }

    /// The byte offset where a 1-based line starts (the end of the text past the last line).
    pub fn line_start(&self, line: usize) -> usize {
        self.lines()
            .get(line.saturating_sub(1))
            .copied()
            .unwrap_or(self.text.len())
    }

    /// The 1-based line and column (in characters) of a byte offset.
    pub fn line_col(&self, offset: usize) -> (usize, usize) {
        let offset = floor_char_boundary(&self.text, offset.min(self.text.len()));
        let lines = self.lines();
        // The last line starting at or before the offset.
        let index = lines
            .partition_point(|&start| start <= offset)
            .saturating_sub(1);
        let line_start = lines.get(index).copied().unwrap_or(0);
        let column = self.text[line_start..offset].chars().count() + 1;
        (index + 1, column)
    }
}

fn memchr_newlines(text: &str) -> impl Iterator<Item = usize> + '_ {
    text.bytes()
        .enumerate()
        .filter(|(_, b)| *b == b'\n')
        .map(|(i, _)| i)
}

/// Whether a character would be read by a terminal as a command, or would
/// hide or reorder the text around it: C0 and C1 controls (but tab and line
/// break), DEL, and Unicode's bidirectional and invisible format characters.
fn is_unsafe_char(c: char) -> bool {
    (c.is_control() && c != '\t' && c != '\n')
        || matches!(c, '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2060}'..='\u{2064}' | '\u{2066}'..='\u{2069}' | '\u{FEFF}')
}

/// The text with every unsafe character replaced by a printable one of the
/// same UTF-8 length (`?`, `¿` or `\u{FFFD}`), or `None` when there is none.
/// A `\r` before `\n` is a line end and stays.
fn harmless(text: &str) -> Option<String> {
    let unsafe_at =
        |i: usize, c: char| is_unsafe_char(c) && !(c == '\r' && text[i + 1..].starts_with('\n'));
    if !text.char_indices().any(|(i, c)| unsafe_at(i, c)) {
        return None;
    }
    Some(
        text.char_indices()
            .map(|(i, c)| {
                if !unsafe_at(i, c) {
                    c
                } else {
                    match c.len_utf8() {
                        1 => '?',
                        2 => '¿',
                        _ => '\u{FFFD}',
                    }
                }
            })
            .collect(),
    )
}

/// JSON text for a terminal or a log: the control and format characters that
/// JSON allows raw inside strings (DEL, C1 controls, bidirectional and
/// invisible format characters) written as `\uXXXX` escapes. The JSON means
/// the same; only characters inside strings can be outside ASCII.
pub fn json_visible(json: String) -> String {
    if !json.chars().any(is_unsafe_char) {
        return json;
    }
    let mut out = String::with_capacity(json.len() + 16);
    for c in json.chars() {
        if is_unsafe_char(c) && !matches!(c, '\n' | '\r' | '\t') {
            out.push_str(&format!("\\u{:04x}", c as u32));
        } else {
            out.push(c);
        }
    }
    out
}

/// Text for a terminal or a log: every control character (a line break
/// too), DEL, and Unicode's bidirectional and invisible format characters are
/// written as escapes (`\u{1b}`, `\n`), so that no text from a policy can move
/// the cursor, clear the screen, set a window title, or start a new log line
/// (a CI log reads a line starting with `::` as a command).
pub fn escape_control(s: &str) -> std::borrow::Cow<'_, str> {
    if !s.chars().any(|c| is_unsafe_char(c) || c == '\n') {
        return std::borrow::Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        match c {
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            c if is_unsafe_char(c) => out.push_str(&format!("\\u{{{:x}}}", c as u32)),
            c => out.push(c),
        }
    }
    std::borrow::Cow::Owned(out)
}

impl Shown {
    fn line_starts(&self) -> &[usize] {
        self.line_starts.get_or_init(|| {
            let bytes = self.text.as_bytes();
            let mut starts = vec![0];
            let mut i = 0;
            while i < bytes.len() {
                match bytes[i] {
                    b'\r' if bytes.get(i + 1) == Some(&b'\n') => {
                        starts.push(i + 2);
                        i += 2;
                        continue;
                    }
                    b'\r' | b'\n' => starts.push(i + 1),
                    _ => {}
                }
                i += 1;
            }
            starts
        })
    }
}

impl miette::SourceCode for Shown {
    /// miette's own reading of a `str` scans from the start of the text for
    /// every diagnostic; this reads only a window of lines around the span
    /// (same result: the window starts at a line start before the context).
    fn read_span<'a>(
        &'a self,
        span: &miette::SourceSpan,
        before: usize,
        after: usize,
    ) -> Result<Box<dyn miette::SpanContents<'a> + 'a>, miette::MietteError> {
        let starts = self.line_starts();
        let len = self.text.len();
        let (offset, end) = (span.offset(), span.offset() + span.len());
        if end > len {
            return Err(miette::MietteError::OutOfBounds);
        }
        let line_of = |at: usize| starts.partition_point(|&s| s <= at).saturating_sub(1);
        let first = line_of(offset).saturating_sub(before + 1);
        let last = line_of(end) + after + 2;
        let window_start = starts[first];
        let window_end = starts.get(last).copied().unwrap_or(len);
        let window = &self.text.as_bytes()[window_start..window_end];
        let inner = miette::SourceCode::read_span(
            window,
            &(offset - window_start, span.len()).into(),
            before,
            after,
        )?;
        let data = inner.data();
        let at = inner.span().offset() + window_start;
        Ok(Box::new(miette::MietteSpanContents::new_named(
            self.name.clone(),
            data,
            (at, data.len()).into(),
            inner.line() + first,
            inner.column(),
            inner.line_count() + first,
        )))
    }
}

fn floor_char_boundary(s: &str, mut i: usize) -> usize {
    while i > 0 && !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// Declares the error codes: each variant and the stable kebab-case word shown to users.
macro_rules! codes {
    ($($(#[$meta:meta])* $variant:ident = $word:literal),* $(,)?) => {
        /// What kind of problem a diagnostic reports: an input error of one
        /// of the stages, or a finding of a lint rule. Its word is stable:
        /// CI scripts and `allow` read it.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub enum Code {
            $($(#[$meta])* $variant,)*
            /// A finding of the lint rule with this id.
            Rule(&'static str),
        }

        impl Code {
            /// The stable word for this code.
            pub fn as_str(self) -> &'static str {
                match self {
                    $(Code::$variant => $word,)*
                    Code::Rule(id) => id,
                }
            }
        }
    };
}

codes! {
    /// The text does not follow the grammar.
    Syntax = "syntax",
    /// A file could not be read or written.
    Io = "io",
    /// The input is too large to process.
    TooLarge = "too-large",
    /// The input is not text.
    BinaryFile = "binary-file",
    /// The input is not valid UTF-8.
    InvalidUtf8 = "invalid-utf8",
    /// `policyc.yaml` is not valid.
    Config = "config",
    /// A rule id that no rule has.
    UnknownRule = "unknown-rule",
    /// The command line is wrong.
    Usage = "usage",
    /// A template could not be rendered.
    Template = "template",
    /// A recording of a site could not be read.
    Observed = "observed",
    /// A cookie database could not be read.
    CookieDb = "cookie-db",
    /// A statement not allowed at its place.
    UnknownStatement = "unknown-statement",
    /// An id that nothing declares.
    UnknownReference = "unknown-reference",
    /// An id declared twice.
    DuplicateId = "duplicate-id",
    /// A statement that may appear once, stated again.
    DuplicateStatement = "duplicate-statement",
    /// A statement's values are not what it takes.
    BadValue = "bad-value",
    /// Not a duration.
    BadDuration = "bad-duration",
    /// Not a calendar date.
    BadDate = "bad-date",
    /// A word outside the statement's vocabulary.
    UnknownKeyword = "unknown-keyword",
    /// A block under a statement that takes none.
    UnexpectedBlock = "unexpected-block",
    /// A table row outside the cookie table.
    UnexpectedRow = "unexpected-row",
    /// A cookie table column policyc does not know.
    UnknownColumn = "unknown-column",
    /// A cookie table without a column it needs.
    MissingColumn = "missing-column",
    /// A cookie table row that does not fit the header.
    BadRow = "bad-row",
    /// A cookie table cell that must not be empty.
    MissingCell = "missing-cell",
    /// A statement a block needs.
    MissingStatement = "missing-statement",
    /// An id that is a reserved word.
    ReservedId = "reserved-id",
    /// `allow` without its reason.
    AllowWithoutReason = "allow-without-reason",
    /// A `{{ placeholder }}` that names no fact.
    UnknownPlaceholder = "unknown-placeholder",
    /// A file without its `policy` statement.
    MissingPolicyStatement = "missing-policy-statement",
    /// A policy that names no jurisdiction: the rules of every regime were skipped.
    NoJurisdictions = "no-jurisdictions",
}

impl fmt::Display for Code {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for Code {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

/// How serious a finding is, after levels have been applied.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// The input cannot be compiled, or a deny-level rule fired.
    Error,
    /// A warn-level rule fired.
    Warning,
    /// Worth knowing; never fails a run.
    Info,
}

impl fmt::Display for Severity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Info => "info",
        })
    }
}

/// A place in the source with an optional message.
#[derive(Clone, Debug)]
pub struct Label {
    /// Where.
    pub span: Span,
    /// What to say there.
    pub message: Option<String>,
}

/// One problem found in one file.
#[derive(Clone, Debug)]
pub struct Diagnostic {
    /// What kind of problem: a rule (`missing-retention-period`) or an input error (`syntax`, `unknown-reference`).
    pub code: Code,
    /// How serious it is.
    pub severity: Severity,
    /// One sentence saying what is wrong.
    pub message: String,
    /// The file it is about.
    pub file: Arc<SourceFile>,
    /// The main place, labelled; `None` for problems about the whole file.
    pub primary: Option<Label>,
    /// Further places that explain the problem (the first declaration of a duplicate id …).
    pub secondary: Vec<Label>,
    /// How to fix it.
    pub help: Option<String>,
}

impl Diagnostic {
    /// An error with a code and a message, not yet placed.
    pub fn error(code: Code, file: &Arc<SourceFile>, message: impl Into<String>) -> Self {
        Diagnostic {
            code,
            severity: Severity::Error,
            message: message.into(),
            file: Arc::clone(file),
            primary: None,
            secondary: Vec::new(),
            help: None,
        }
    }

    /// Places the diagnostic at `span` with a label.
    pub fn at(mut self, span: Span, label: impl Into<String>) -> Self {
        self.primary = Some(Label {
            span,
            message: Some(label.into()),
        });
        self
    }

    /// Adds a secondary labelled place.
    pub fn also(mut self, span: Span, label: impl Into<String>) -> Self {
        self.secondary.push(Label {
            span,
            message: Some(label.into()),
        });
        self
    }

    /// Adds a hint.
    pub fn help(mut self, help: impl Into<String>) -> Self {
        self.help = Some(help.into());
        self
    }

    /// Sets the severity.
    pub fn with_severity(mut self, severity: Severity) -> Self {
        self.severity = severity;
        self
    }

    /// 1-based line and column of the start of the primary label (1:1 when unplaced).
    pub fn line_col(&self) -> (usize, usize) {
        self.primary
            .as_ref()
            .map_or((1, 1), |l| self.file.line_col(l.span.start))
    }

    /// 1-based line and column of the end of the primary label.
    pub fn end_line_col(&self) -> (usize, usize) {
        self.primary
            .as_ref()
            .map_or((1, 1), |l| self.file.line_col(l.span.end))
    }

    /// The diagnostic as a miette report, for the human format.
    pub fn to_report(&self) -> Report<'_> {
        Report(self)
    }
}

/// A [`Diagnostic`] seen through miette.
pub struct Report<'a>(&'a Diagnostic);

impl fmt::Debug for Report<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(self.0, f)
    }
}

impl fmt::Display for Report<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&escape_control(&self.0.message))
    }
}

impl std::error::Error for Report<'_> {}

impl miette::Diagnostic for Report<'_> {
    fn code<'a>(&'a self) -> Option<Box<dyn fmt::Display + 'a>> {
        Some(Box::new(&self.0.code))
    }

    fn severity(&self) -> Option<miette::Severity> {
        Some(match self.0.severity {
            Severity::Error => miette::Severity::Error,
            Severity::Warning => miette::Severity::Warning,
            Severity::Info => miette::Severity::Advice,
        })
    }

    fn help<'a>(&'a self) -> Option<Box<dyn fmt::Display + 'a>> {
        self.0
            .help
            .as_ref()
            .map(|h| Box::new(escape_control(h)) as Box<dyn fmt::Display>)
    }

    fn source_code(&self) -> Option<&dyn miette::SourceCode> {
        Some(&self.0.file.shown as &dyn miette::SourceCode)
    }

    fn labels(&self) -> Option<Box<dyn Iterator<Item = miette::LabeledSpan> + '_>> {
        let primary = self.0.primary.iter().map(|l| {
            miette::LabeledSpan::new_primary_with_span(l.message.as_deref().map(label_text), l.span)
        });
        let secondary = self.0.secondary.iter().map(|l| {
            miette::LabeledSpan::new_with_span(l.message.as_deref().map(label_text), l.span)
        });
        Some(Box::new(primary.chain(secondary)))
    }
}

fn label_text(s: &str) -> String {
    escape_control(s).into_owned()
}

/// Renders diagnostics for people: miette's graphical report (it names the
/// file and line:column of each label). `color` turns ANSI colours on.
pub fn render_human(diags: &[Diagnostic], color: bool, width: usize) -> String {
    let theme = if color {
        miette::GraphicalTheme::unicode()
    } else {
        miette::GraphicalTheme::unicode_nocolor()
    };
    let handler = miette::GraphicalReportHandler::new_themed(theme)
        .with_width(width)
        .with_links(false)
        .with_word_splitter(textwrap::WordSplitter::NoHyphenation)
        .with_word_separator(textwrap::WordSeparator::AsciiSpace);
    let mut out = String::new();
    for d in diags {
        let report = d.to_report();
        if handler.render_report(&mut out, &report).is_err() {
            out.push_str(&format!("{}: {}\n", d.severity, escape_control(&d.message)));
        }
    }
    out
}

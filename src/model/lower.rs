//! The generic walker and the value readers every block's lowering uses.
//!
//! [`Lower::walk`] reads a block against its [`Block`] schema: it reports
//! rows outside a table, unknown statements (with "did you mean" and the
//! list of statements allowed there), a statement stated twice that may
//! appear once, and a block under a statement that takes none; it collects
//! `allow`s; and it hands each statement to its field's lowering. The
//! readers turn a statement's values into typed facts or a diagnostic.

use std::collections::HashMap;
use std::sync::Arc;

use super::schema::{Block, Repeat, Vocabulary};
use super::*;
use crate::diag::{Code, Diagnostic, SourceFile, Span};
use crate::syntax::ast::{Node, Statement, Value, ValueKind};

/// The state of one resolution: the file, what went wrong, the ids declared.
pub struct Lower {
    /// The file being resolved.
    pub file: Arc<SourceFile>,
    /// Every problem found so far.
    pub diags: Vec<Diagnostic>,
    /// First declaration of each (kind, id).
    pub(super) ids: HashMap<(&'static str, String), Span>,
    /// Rules silenced, with their scope.
    pub allows: Vec<Allow>,
    /// The places the statement being lowered is limited to (`for eea, uk`),
    /// until its lowering takes them.
    scope: Scope,
}

/// The closest word to `word` among `candidates`, if it is close enough to be a typo.
pub fn did_you_mean<'a>(
    word: &str,
    candidates: impl IntoIterator<Item = &'a str>,
) -> Option<&'a str> {
    candidates
        .into_iter()
        .map(|c| (strsim::levenshtein(word, c), c))
        .filter(|(d, c)| *d <= (c.len().max(word.len()) / 3).max(1) + usize::from(c.len() > 6))
        .min_by_key(|(d, _)| *d)
        .map(|(_, c)| c)
}

/// "did you mean `x`? WHAT: `a`, `b`, …".
pub fn suggestion_help(word: &str, candidates: &[&str], what: &str) -> String {
    let list = candidates
        .iter()
        .map(|c| format!("`{c}`"))
        .collect::<Vec<_>>()
        .join(", ");
    match did_you_mean(word, candidates.iter().copied()) {
        Some(s) => format!("did you mean `{s}`? {what}: {list}"),
        None => format!("{what}: {list}"),
    }
}

/// All values of a statement, lists flattened.
pub fn flat_values(stmt: &Statement) -> Vec<&Value> {
    stmt.args.iter().flat_map(|l| l.values.iter()).collect()
}

/// The span of a statement's values (its keyword when it has none).
pub fn args_span(stmt: &Statement) -> Span {
    match (stmt.args.first(), stmt.args.last()) {
        (Some(a), Some(b)) => Span::new(a.span.start, b.span.end),
        _ => stmt.keyword.span,
    }
}

impl Lower {
    /// A resolution of `file`.
    pub fn new(file: &Arc<SourceFile>) -> Self {
        Lower {
            file: Arc::clone(file),
            diags: Vec::new(),
            ids: HashMap::new(),
            allows: Vec::new(),
            scope: Scope::default(),
        }
    }

    /// Reports an error at `span`; returns it so that a hint can be added.
    pub fn error(
        &mut self,
        code: Code,
        span: Span,
        message: impl Into<String>,
        label: impl Into<String>,
    ) -> &mut Diagnostic {
        self.diags
            .push(Diagnostic::error(code, &self.file, message).at(span, label));
        let last = self.diags.len() - 1;
        &mut self.diags[last]
    }

    /// Adds a hint to the last error.
    pub fn help(&mut self, help: impl Into<String>) {
        if let Some(d) = self.diags.last_mut() {
            d.help = Some(help.into());
        }
    }

    // ----- the walker -------------------------------------------------------

    /// Reads the block of `stmt` into `target`, statement by statement, as `block` describes.
    pub fn walk<T>(&mut self, block: &'static Block<T>, stmt: &Statement, target: &mut T) {
        let Some(b) = &stmt.block else { return };
        self.entries(block, &b.entries, stmt.span, target);
    }

    /// Reads a list of entries (a block's, or the file's) against `block`.
    pub fn entries<T>(
        &mut self,
        block: &'static Block<T>,
        entries: &[crate::syntax::ast::Entry],
        scope: Span,
        target: &mut T,
    ) {
        let mut seen: HashMap<(&'static str, Vec<&'static str>), Span> = HashMap::new();
        for e in entries {
            let s = match &e.node {
                Node::Statement(s) => s,
                Node::Row(row) => {
                    match block.row {
                        Some(read) => read(self, row, target),
                        None => {
                            let place = if block.keyword.is_empty() {
                                "outside a block".to_string()
                            } else {
                                format!("is not allowed {}", block.place)
                            };
                            self.error(
                                Code::UnexpectedRow,
                                row.span,
                                format!("a table row {place}"),
                                "table rows belong in `cookies { … }`",
                            );
                        }
                    }
                    continue;
                }
            };
            if block.allow && s.keyword.text == "allow" {
                let allow = self.allow(s, scope);
                self.allows.extend(allow);
                continue;
            }
            let Some(field) = block.fields.iter().find(|f| f.keyword == s.keyword.text) else {
                self.unknown_statement(s, block.place, &block.keywords());
                continue;
            };
            let (trimmed, scope) = self.split_scope(s);
            let s = trimmed.as_ref().unwrap_or(s);
            if field.repeat == Repeat::Once {
                let key = (field.keyword, scope.key());
                match seen.get(&key) {
                    Some(first) => {
                        let within = if block.keyword.is_empty() {
                            "in this file"
                        } else {
                            "in this block"
                        };
                        let places = if scope.is_everywhere() {
                            String::new()
                        } else {
                            format!(" for {}", key.1.join(", "))
                        };
                        self.diags.push(
                            Diagnostic::error(
                                Code::DuplicateStatement,
                                &self.file,
                                format!("`{}`{places} is stated twice {within}", field.keyword),
                            )
                            .at(s.keyword.span, "stated again here")
                            .also(*first, "first stated here")
                            .help("keep one; a fact is declared once (limit each to its regions with `for …` if they differ)"),
                        );
                    }
                    None => {
                        seen.insert(key, s.keyword.span);
                    }
                }
            }
            if field.block.is_none() {
                self.no_block(s);
            }
            self.scope = scope;
            (field.lower)(self, s, target);
            let untaken = std::mem::take(&mut self.scope);
            if let (Some(first), Some(last)) = (untaken.0.first(), untaken.0.last()) {
                self.error(
                    Code::BadValue,
                    Span::new(first.span.start, last.span.end),
                    format!("`{}` cannot be limited to a region", field.keyword),
                    "not for this statement",
                );
                self.help("`for …` limits representatives, rights, complaint authorities, response times and prose sections to regions; state this fact for everywhere");
            }
        }
    }

    /// The places a statement is limited to, taken by a lowering that keeps them.
    pub fn take_scope(&mut self) -> Scope {
        std::mem::take(&mut self.scope)
    }

    /// Splits `… for eea, uk` off a statement: the statement without it (when
    /// it had one), and the places.
    fn split_scope(&mut self, s: &Statement) -> (Option<Statement>, Scope) {
        let is_for = |l: &crate::syntax::ast::List| matches!(l.values.as_slice(), [Value { kind: ValueKind::Word(w), .. }] if w == "for");
        let Some(at) = s.args.iter().position(is_for) else {
            return (None, Scope::default());
        };
        let mut places = Vec::new();
        let words: Vec<&Value> = s.args[at + 1..]
            .iter()
            .flat_map(|l| l.values.iter())
            .collect();
        if words.is_empty() {
            self.error(
                Code::BadValue,
                s.args[at].span,
                "`for` needs the regions the fact is limited to",
                "no region after `for`",
            );
            self.help(format!(
                "name regions, as in `for eea, uk`: {}",
                Region::WORDS.join(", ")
            ));
        }
        for v in words {
            match &v.kind {
                ValueKind::Word(w) => match Place::from_word(w) {
                    Some(p) => places.push(Spanned::new(p, v.span)),
                    None => {
                        let mut known: Vec<&str> = Region::WORDS.to_vec();
                        known.extend(Jurisdiction::WORDS);
                        let help = suggestion_help(w, &known, "a region or regime is one of");
                        self.error(
                            Code::UnknownKeyword,
                            v.span,
                            format!("`{w}` is not a region policyc knows"),
                            "unknown region",
                        );
                        self.help(help);
                    }
                },
                _ => {
                    self.error(
                        Code::BadValue,
                        v.span,
                        "after `for`, name regions as words, as in `for eea, uk`",
                        "not a region",
                    );
                }
            }
        }
        let mut trimmed = s.clone();
        trimmed.args.truncate(at);
        (Some(trimmed), Scope(places))
    }

    fn unknown_statement(&mut self, stmt: &Statement, place: &str, allowed: &[&str]) {
        let word = &stmt.keyword.text;
        let help = suggestion_help(word, allowed, "the statements allowed here are");
        self.error(
            Code::UnknownStatement,
            stmt.keyword.span,
            format!("unknown statement `{word}` {place}"),
            "unknown statement",
        );
        self.help(help);
    }

    /// Reports a block under a statement that takes none.
    pub fn no_block(&mut self, stmt: &Statement) {
        if let Some(b) = &stmt.block {
            let kw = &stmt.keyword.text;
            self.error(
                Code::UnexpectedBlock,
                b.span,
                format!("`{kw}` does not take a block"),
                "remove this block",
            );
        }
    }

    /// `allow RULE "reason"`, silencing a rule within `scope`.
    pub fn allow(&mut self, stmt: &Statement, scope: Span) -> Option<Allow> {
        self.no_block(stmt);
        match flat_values(stmt).as_slice() {
            [Value {
                kind: ValueKind::Word(rule),
                span,
            }, Value {
                kind: ValueKind::Str(reason),
                ..
            }] if !reason.trim().is_empty() => Some(Allow {
                rule: Spanned::new(rule.clone(), *span),
                reason: reason.clone(),
                scope,
            }),
            [Value {
                kind: ValueKind::Word(_),
                ..
            }]
            | [Value {
                kind: ValueKind::Word(_),
                ..
            }, _] => {
                self.error(
                    Code::AllowWithoutReason,
                    stmt.span,
                    "silencing a rule needs a reason",
                    "no reason given",
                );
                self.help("say why in quotes: `allow missing-dpo-contact \"we are not required to appoint a DPO\"`");
                None
            }
            _ => {
                self.expect_shape(stmt, "a rule id and the reason in quotes");
                None
            }
        }
    }

    // ----- value readers --------------------------------------------------------

    /// Reports values that are not what the statement takes.
    pub fn expect_shape(&mut self, stmt: &Statement, shape: &str) {
        let span = args_span(stmt);
        let kw = &stmt.keyword.text;
        self.error(
            Code::BadValue,
            span,
            format!("`{kw}` expects {shape}"),
            "not what this statement takes",
        );
    }

    /// `keyword id "label"`.
    pub fn id_label(&mut self, stmt: &Statement, kind: &str) -> Option<(Spanned<String>, String)> {
        let vals = flat_values(stmt);
        match vals.as_slice() {
            [Value {
                kind: ValueKind::Word(id),
                span,
            }, Value {
                kind: ValueKind::Str(label),
                ..
            }] => Some((Spanned::new(id.clone(), *span), label.clone())),
            _ => {
                let kw = stmt.keyword.text.clone();
                self.expect_shape(
                    stmt,
                    &format!("an id and a label, as in `{kw} my-{kind} \"What it is\" {{ … }}`"),
                );
                None
            }
        }
    }

    /// One quoted string (or text block).
    pub fn string(&mut self, stmt: &Statement) -> Option<Spanned<String>> {
        match flat_values(stmt).as_slice() {
            [Value {
                kind: ValueKind::Str(s) | ValueKind::Text(s),
                span,
            }] => Some(Spanned::new(s.clone(), *span)),
            _ => {
                self.expect_shape(stmt, "one quoted string, as in `\"…\"`");
                None
            }
        }
    }

    /// One quoted string, without its place.
    pub fn text(&mut self, stmt: &Statement) -> Option<String> {
        self.string(stmt).map(|v| v.value)
    }

    /// One or more quoted strings, comma-separated.
    pub fn strings(&mut self, stmt: &Statement) -> Vec<Spanned<String>> {
        let vals = flat_values(stmt);
        let out: Vec<_> = vals
            .iter()
            .filter_map(|v| match &v.kind {
                ValueKind::Str(s) => Some(Spanned::new(s.clone(), v.span)),
                _ => None,
            })
            .collect();
        if out.len() != vals.len() || out.is_empty() {
            self.expect_shape(
                stmt,
                "quoted strings separated by commas, as in `\"a\", \"b\"`",
            );
        }
        out
    }

    /// Quoted strings, without their places.
    pub fn texts(&mut self, stmt: &Statement) -> Vec<String> {
        self.strings(stmt).into_iter().map(|v| v.value).collect()
    }

    /// Bare words, comma-separated; with `strings_too`, quoted strings are accepted as well.
    pub fn words(&mut self, stmt: &Statement, strings_too: bool) -> Vec<Spanned<String>> {
        let vals = flat_values(stmt);
        let out: Vec<_> = vals
            .iter()
            .filter_map(|v| match &v.kind {
                ValueKind::Word(s) => Some(Spanned::new(s.clone(), v.span)),
                ValueKind::Str(s) if strings_too => Some(Spanned::new(s.clone(), v.span)),
                _ => None,
            })
            .collect();
        if out.len() != vals.len() || out.is_empty() {
            self.expect_shape(stmt, "ids separated by commas, as in `contact, usage`");
        }
        out
    }

    /// Words of a closed vocabulary.
    pub fn keywords<V: Vocabulary>(&mut self, stmt: &Statement) -> Vec<Spanned<V>> {
        let vocab = V::VOCAB;
        let mut out = Vec::new();
        let vals = flat_values(stmt);
        if vals.is_empty() || vals.iter().any(|v| !matches!(v.kind, ValueKind::Word(_))) {
            let example = vocab
                .words
                .iter()
                .take(2)
                .copied()
                .collect::<Vec<_>>()
                .join(", ");
            self.expect_shape(
                stmt,
                &format!(
                    "words of its vocabulary ({}) separated by commas, as in `{example}`",
                    vocab.what
                ),
            );
            return out;
        }
        for w in self.words(stmt, false) {
            match V::from_word(&w.value) {
                Some(v) => out.push(Spanned::new(v, w.span)),
                None => {
                    let help = suggestion_help(
                        &w.value,
                        vocab.words,
                        &format!("{} is one of", vocab.what),
                    );
                    self.error(
                        Code::UnknownKeyword,
                        w.span,
                        format!("`{}` is not {}", w.value, vocab.what),
                        format!("not {}", vocab.what),
                    );
                    self.help(help);
                }
            }
        }
        out
    }

    /// Words of a closed vocabulary, without their places.
    pub fn keyword_values<V: Vocabulary>(&mut self, stmt: &Statement) -> Vec<V> {
        self.keywords(stmt).into_iter().map(|v| v.value).collect()
    }

    /// One word of a closed vocabulary.
    pub fn keyword<V: Vocabulary>(&mut self, stmt: &Statement) -> Option<Spanned<V>> {
        let mut all = self.keywords::<V>(stmt);
        if all.len() > 1 {
            self.expect_shape(stmt, &format!("a single word: {}", V::VOCAB.what));
        }
        (!all.is_empty()).then(|| all.remove(0))
    }

    /// `yes` or `no`, optionally followed by the policy's own words in a string.
    pub fn yes_no(&mut self, stmt: &Statement) -> Option<(Spanned<bool>, Option<Spanned<String>>)> {
        let vals = flat_values(stmt);
        let shape = "`yes` or `no`, then optionally the policy's words in quotes";
        let answer = match vals.first().map(|v| (&v.kind, v.span)) {
            Some((ValueKind::Word(w), span)) if w == "yes" || w == "no" => {
                Spanned::new(w == "yes", span)
            }
            _ => {
                self.expect_shape(stmt, shape);
                return None;
            }
        };
        let statement = match vals.get(1..).unwrap_or(&[]) {
            [] => None,
            [Value {
                kind: ValueKind::Str(s) | ValueKind::Text(s),
                span,
            }] => Some(Spanned::new(s.clone(), *span)),
            _ => {
                self.expect_shape(stmt, shape);
                return None;
            }
        };
        Some((answer, statement))
    }

    /// `yes` or `no`, the answer alone.
    pub fn flag(&mut self, stmt: &Statement) -> Option<bool> {
        self.yes_no(stmt).map(|(a, _)| a.value)
    }

    /// A yes/no answer with the policy's words, as a fact.
    pub fn stance(&mut self, stmt: &Statement) -> Option<Stance> {
        self.yes_no(stmt).map(|(a, statement)| Stance {
            answer: a.value,
            statement,
            span: stmt.span,
        })
    }

    /// A whole number.
    pub fn number(&mut self, v: &Value, raw: &str) -> Option<u64> {
        match raw.parse() {
            Ok(n) => Some(n),
            Err(_) => {
                self.error(
                    Code::BadValue,
                    v.span,
                    format!("`{raw}` is too large a number"),
                    "too large",
                );
                None
            }
        }
    }

    /// A duration value and its trigger, if the value is a duration.
    pub fn duration_value(&mut self, v: &Value) -> Option<(Duration, Option<String>)> {
        let ValueKind::Duration {
            amount,
            unit,
            trigger,
        } = &v.kind
        else {
            return None;
        };
        let amount = self.number(v, amount)?;
        let unit = Unit::parse(unit)?;
        Some((
            Duration { amount, unit },
            trigger.as_ref().map(|t| t.text.clone()),
        ))
    }

    /// A duration without a trigger, `1 month`.
    pub fn duration(&mut self, stmt: &Statement) -> Option<Spanned<Duration>> {
        match flat_values(stmt).as_slice() {
            [v @ Value {
                kind: ValueKind::Duration { trigger: None, .. },
                ..
            }] => self.duration_value(v).map(|(d, _)| Spanned::new(d, v.span)),
            _ => {
                self.expect_shape(stmt, "a duration such as `1 month`");
                None
            }
        }
    }

    /// A retention or lifetime: a duration, `session`, `indefinitely`, or a criterion in words.
    pub fn lifetime(&mut self, stmt: &Statement) -> Option<Spanned<Lifetime>> {
        let vals = flat_values(stmt);
        let span = args_span(stmt);
        let life = match vals.as_slice() {
            [v @ Value {
                kind: ValueKind::Duration { .. },
                ..
            }] => {
                let (duration, after) = self.duration_value(v)?;
                Lifetime::Period { duration, after }
            }
            [Value {
                kind: ValueKind::Word(w),
                ..
            }] if w == "session" => Lifetime::Session,
            [Value {
                kind: ValueKind::Word(w),
                ..
            }] if w == "indefinitely" => Lifetime::Indefinite,
            [Value {
                kind: ValueKind::Str(s),
                ..
            }] => Lifetime::Criterion { text: s.clone() },
            _ => {
                let found = self
                    .file
                    .text
                    .get(span.start..span.end)
                    .unwrap_or("")
                    .to_string();
                self.error(
                    Code::BadDuration,
                    span,
                    format!("expected a duration such as `2 years`, found `{found}`"),
                    "not a duration",
                );
                self.help(format!("write `N {}` (optionally `after some-event`), `session`, `indefinitely`, or a criterion in quotes", Unit::PLURALS.join("|")));
                return None;
            }
        };
        Some(Spanned::new(life, span))
    }

    /// A calendar date.
    pub fn date(&mut self, stmt: &Statement) -> Option<Spanned<Date>> {
        match flat_values(stmt).as_slice() {
            [Value {
                kind: ValueKind::Date(d),
                span,
            }] => match Date::parse(d) {
                Ok(date) => Some(Spanned::new(date, *span)),
                Err(why) => {
                    self.error(
                        Code::BadDate,
                        *span,
                        format!("`{d}` is not a valid date"),
                        why,
                    );
                    self.help("write dates as YYYY-MM-DD, for example `2018-07-22`");
                    None
                }
            },
            _ => {
                self.expect_shape(stmt, "a date such as `2018-07-22`");
                None
            }
        }
    }
}

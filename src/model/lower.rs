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

use super::schema::{Block, Repeat};
use super::scope::shared_words;
use super::*;
use crate::diag::{Code, Diagnostic, SourceFile, Span};
use crate::syntax::ast::{Entry, Node, Statement, Value, ValueKind};
use crate::syntax::Keyword;

/// A statement's places: the statement without its `for …` (when it had
/// one) and the places; `None` for an entry that is no statement of the block.
type Split = Option<(Option<Statement>, Scope)>;

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
        // A swap of two letters (`usgae`) is one edit, as people type it.
        .map(|c| (strsim::osa_distance(word, c), c))
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
        entries: &[Entry],
        scope: Span,
        target: &mut T,
    ) {
        let scopes = self.scopes(block, entries);
        for (e, split) in entries.iter().zip(scopes) {
            self.entry(block, e, split, scope, target);
        }
    }

    /// [`Self::entries`], dropping each entry as soon as it is read: the
    /// file's syntax tree then shrinks while the model grows, instead of
    /// both being whole at once (issue 27: peak memory).
    pub fn entries_owned<T>(
        &mut self,
        block: &'static Block<T>,
        entries: Vec<Entry>,
        scope: Span,
        target: &mut T,
    ) {
        let scopes = self.scopes(block, &entries);
        for (e, split) in entries.into_iter().zip(scopes) {
            self.entry(block, &e, split, scope, target);
        }
    }

    /// The places of every statement, read before any statement is, so that
    /// `for elsewhere` can be told which places the other statements of its
    /// kind name, and facts stated once may be checked for places they share.
    fn scopes<T>(&mut self, block: &'static Block<T>, entries: &[Entry]) -> Vec<Split> {
        let scopes: Vec<Split> = entries
            .iter()
            .map(|e| match &e.node {
                Node::Statement(s) if block.fields.iter().any(|f| s.kw == Some(f.keyword)) => {
                    Some(self.split_scope(s))
                }
                _ => None,
            })
            .collect();
        self.resolve_places(block, entries, scopes)
    }

    /// Reads one entry against `block`, with the places [`Self::scopes`] gave it.
    fn entry<T>(
        &mut self,
        block: &'static Block<T>,
        e: &Entry,
        split: Split,
        scope: Span,
        target: &mut T,
    ) {
        let s = match &e.node {
            Node::Statement(s) => s,
            Node::Row(row) => {
                match block.row {
                    Some(read) => read(self, row, target),
                    None => {
                        let place = if block.keyword.is_none() {
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
                return;
            }
        };
        if block.allow && s.kw == Some(Keyword::Allow) {
            let allow = self.allow(s, scope);
            self.allows.extend(allow);
            return;
        }
        let Some(field) = block.fields.iter().find(|f| s.kw == Some(f.keyword)) else {
            self.unknown_statement(s, block.place, &block.keywords());
            return;
        };
        let (trimmed, scope) = split.unwrap_or_default();
        let s = trimmed.as_ref().unwrap_or(s);
        if field.block.is_none() {
            self.no_block(s);
        }
        if let (false, Some(first), Some(last)) =
            (field.regional, scope.places.first(), scope.places.last())
        {
            let regional: Vec<String> = block
                .fields
                .iter()
                .filter(|f| f.regional)
                .map(|f| format!("`{}`", f.keyword))
                .collect();
            self.error(
                Code::BadValue,
                Span::new(first.span.start, last.span.end),
                format!("`{}` cannot be limited to a region", field.keyword),
                "not for this statement",
            );
            self.help(if regional.is_empty() {
                    "nothing here can be limited to regions; state this fact for everywhere, or put regional words in a `section … for REGIONS`".to_string()
                } else {
                    format!(
                        "state this fact for everywhere; {} here may be limited with `for …`",
                        regional.join(", ")
                    )
                });
        }
        self.scope = if field.regional {
            scope
        } else {
            Scope::default()
        };
        (field.lower)(self, s, target);
        self.scope = Scope::default();
    }

    /// Gives each `for elsewhere` the places the other statements of its
    /// kind name, and reports two statements that may appear once (per
    /// place) and hold in a place both: "first wins" would hide one of them.
    /// Statements of a kind are those with the same keyword and, for one
    /// that may appear many times, the same first word (`right access`).
    fn resolve_places<T>(
        &mut self,
        block: &'static Block<T>,
        entries: &[Entry],
        mut scopes: Vec<Split>,
    ) -> Vec<Split> {
        let kind = |s: &Statement, repeat: Repeat| -> (String, String) {
            let first = match (repeat, flat_values(s).first()) {
                (
                    Repeat::Many,
                    Some(Value {
                        kind: ValueKind::Word(w),
                        ..
                    }),
                ) if w != "for" => w.clone(),
                _ => String::new(),
            };
            (s.keyword.text.clone(), first)
        };
        // (keyword, first word), how often it may appear, whether it is regional, its statements.
        type Group = ((String, String), Repeat, bool, Vec<usize>);
        let mut groups: Vec<Group> = Vec::new();
        let mut index: HashMap<(String, String), usize> = HashMap::new();
        for (i, e) in entries.iter().enumerate() {
            let (Node::Statement(s), Some(_)) = (&e.node, &scopes[i]) else {
                continue;
            };
            let Some(field) = block.fields.iter().find(|f| s.kw == Some(f.keyword)) else {
                continue;
            };
            let k = kind(s, field.repeat);
            match index.get(&k) {
                Some(&g) => groups[g].3.push(i),
                None => {
                    index.insert(k.clone(), groups.len());
                    groups.push((k, field.repeat, field.regional, vec![i]));
                }
            }
        }
        for (_, repeat, regional, members) in &groups {
            // `for elsewhere`: every place the others name.
            let named: Vec<Place> = members
                .iter()
                .filter_map(|&i| scopes[i].as_ref())
                .filter(|(_, sc)| !sc.is_elsewhere())
                .flat_map(|(_, sc)| sc.places.iter().map(|p| p.value))
                .collect();
            for &i in members {
                let Some((_, sc)) = scopes[i].as_mut() else {
                    continue;
                };
                if !sc.is_elsewhere() {
                    continue;
                }
                sc.except = named.clone();
                if named.is_empty() {
                    let at = sc
                        .places
                        .iter()
                        .find(|p| p.value == Place::Region(Region::Elsewhere))
                        .map(|p| p.span);
                    if let Some(at) = at {
                        self.error(
                            Code::BadValue,
                            at,
                            "`for elsewhere` needs another statement of its kind limited to named places",
                            "elsewhere than what?",
                        );
                        self.help("`for elsewhere` means every place the other statements of its kind do not name, as in `retention 3 years for us` and `retention 2 years for elsewhere`; alone, leave `for` out: the fact then applies everywhere");
                    }
                }
            }
            if *repeat != Repeat::Once {
                continue;
            }
            // Two answers to one question for the same place: each statement
            // against those kept before it, which share no place, so there are
            // never more of them than parts of the world, and each repeated
            // statement is reported once.
            let mut kept: Vec<usize> = Vec::new();
            for &b in members.iter() {
                let Some((tb, sb)) = &scopes[b] else {
                    continue;
                };
                // `for` with no place read: already an error, not "everywhere".
                let unread = |t: &Option<Statement>, s: &Scope| t.is_some() && s.places.is_empty();
                if unread(tb, sb) {
                    continue;
                }
                let clash = kept
                    .iter()
                    .copied()
                    .find(|&a| scopes[a].as_ref().is_some_and(|(_, sa)| sa.overlaps(sb)));
                let Some(a) = clash else {
                    kept.push(b);
                    continue;
                };
                let Some((_, sa)) = &scopes[a] else {
                    continue;
                };
                let (Node::Statement(first), Node::Statement(again)) =
                    (&entries[a].node, &entries[b].node)
                else {
                    continue;
                };
                let within = if block.keyword.is_none() {
                    "in this file"
                } else {
                    "in this block"
                };
                let places = if sa.is_everywhere() && sb.is_everywhere() {
                    String::new()
                } else if sa.is_everywhere() {
                    format!(" for {}", sb.words())
                } else if sb.is_everywhere() {
                    format!(" for {}", sa.words())
                } else {
                    format!(" for {}", shared_words(sa, sb))
                };
                let help = if !*regional {
                    "keep one; a fact is declared once"
                } else if sa.is_everywhere() || sb.is_everywhere() {
                    "a statement without `for` applies everywhere: write `for elsewhere` on the one meant for every place the others do not name, or keep one"
                } else {
                    "keep one, or limit each to places the other does not name"
                };
                self.diags.push(
                    Diagnostic::error(
                        Code::DuplicateStatement,
                        &self.file,
                        format!("`{}` is stated twice{places} {within}", first.keyword.text),
                    )
                    .at(again.keyword.span, "stated again here")
                    .also(first.keyword.span, "first stated here")
                    .help(help),
                );
            }
        }
        scopes
    }

    /// A retention rule with the places its statement is limited to
    /// (`retention 3 years for us`), for a regional `retention` statement.
    pub fn scoped_lifetime(&mut self, s: &Statement) -> Option<Scoped<Spanned<Lifetime>>> {
        let scope = self.take_scope();
        self.lifetime(s).map(|value| Scoped { value, scope })
    }

    /// The places a statement is limited to, taken by the lowering of a
    /// [`Field::regional`](super::schema::Field::regional) statement.
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
        (Some(trimmed), Scope::of(places))
    }

    fn unknown_statement(&mut self, stmt: &Statement, place: &str, allowed: &[Keyword]) {
        let word = &stmt.keyword.text;
        let allowed: Vec<&str> = allowed.iter().map(|k| k.as_str()).collect();
        let help = suggestion_help(word, &allowed, "the statements allowed here are");
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
}

//! From syntax tree to [`Policy`]: reads each statement against the
//! vocabulary of its place, checks ids and references, parses dates,
//! durations and placeholders. Every problem becomes a diagnostic and
//! resolution goes on, so one run reports all of them.

use std::collections::HashMap;
use std::sync::Arc;

use super::*;
use crate::diag::{Code, Diagnostic, SourceFile, Span};
use crate::syntax::ast::{Block, Document, Node, Row, Statement, Value, ValueKind};

/// Resolves a parsed document into a policy. The policy is `None` only when
/// the document has no `policy` statement; the diagnostics list every problem.
pub fn resolve(file: &Arc<SourceFile>, doc: &Document) -> (Option<Policy>, Vec<Diagnostic>) {
    let mut r = Resolver {
        file: Arc::clone(file),
        diags: Vec::new(),
        ids: HashMap::new(),
    };
    let policy = r.document(doc);
    (policy, r.diags)
}

struct Resolver {
    file: Arc<SourceFile>,
    diags: Vec<Diagnostic>,
    /// First declaration of each (kind, id).
    ids: HashMap<(&'static str, String), Span>,
}

/// After this many errors, unknown references get no "did you mean".
const MAX_SUGGESTED_ERRORS: usize = 200;

/// What a top-level statement may be.
const TOP_LEVEL: &[&str] = &[
    "policy",
    "controller",
    "dpo",
    "representative",
    "data",
    "basis",
    "purpose",
    "recipient",
    "recipients",
    "transfer",
    "retention",
    "rights",
    "children",
    "cookies",
    "tracker",
    "honors-do-not-track",
    "honors-gpc",
    "third-party-tracking",
    "automated-decisions",
    "sells-data",
    "shares-data",
    "security",
    "changes",
    "section",
    "allow",
];

fn statements(block: Option<&Block>) -> impl Iterator<Item = &Statement> {
    block
        .into_iter()
        .flat_map(|b| b.entries.iter())
        .filter_map(|e| match &e.node {
            Node::Statement(s) => Some(s),
            Node::Row(_) => None,
        })
}

fn flat_values(stmt: &Statement) -> Vec<&Value> {
    stmt.args.iter().flat_map(|l| l.values.iter()).collect()
}

fn args_span(stmt: &Statement) -> Span {
    match (stmt.args.first(), stmt.args.last()) {
        (Some(a), Some(b)) => Span::new(a.span.start, b.span.end),
        _ => stmt.keyword.span,
    }
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

fn suggestion_help(word: &str, candidates: &[&str], what: &str) -> String {
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

impl Resolver {
    fn error(
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

    fn help(&mut self, help: impl Into<String>) {
        if let Some(d) = self.diags.last_mut() {
            d.help = Some(help.into());
        }
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

    /// Records an id; a second declaration of the same kind is an error labelled at both places.
    fn declare(&mut self, kind: &'static str, id: &Spanned<String>) {
        let key = (kind, id.value.clone());
        if let Some(first) = self.ids.get(&key).copied() {
            self.diags.push(
                Diagnostic::error(
                    Code::DuplicateId,
                    &self.file,
                    format!("the {kind} `{}` is declared twice", id.value),
                )
                .at(id.span, "declared again here")
                .also(first, "first declared here")
                .help(format!(
                    "give each {kind} its own id, or merge the two declarations"
                )),
            );
        } else {
            self.ids.insert(key, id.span);
        }
    }

    fn declared(&self, kind: &'static str) -> Vec<&str> {
        let mut v: Vec<&str> = self
            .ids
            .keys()
            .filter(|(k, _)| *k == kind)
            .map(|(_, id)| id.as_str())
            .collect();
        v.sort_unstable();
        v
    }

    fn check_reference(&mut self, kind: &'static str, r: &Spanned<String>) {
        if self.ids.contains_key(&(kind, r.value.clone())) {
            return;
        }
        // Suggestions cost a scan of every id: past a few hundred errors, skip them.
        if self.diags.len() > MAX_SUGGESTED_ERRORS {
            self.error(
                Code::UnknownReference,
                r.span,
                format!("no {kind} is declared with the id `{}`", r.value),
                format!("unknown {kind}"),
            );
            return;
        }
        let mut declared = self.declared(kind);
        if kind == "basis" {
            // `basis X` also takes an Art. 6(1) ground: suggest those too.
            declared.extend(Ground::WORDS);
            let help = match did_you_mean(&r.value, declared.iter().copied()) {
                Some(s) => format!("did you mean `{s}`?"),
                None => format!(
                    "an Art. 6(1) ground is one of {}",
                    Ground::WORDS
                        .iter()
                        .map(|g| format!("`{g}`"))
                        .collect::<Vec<_>>()
                        .join(", ")
                ),
            };
            self.error(
                Code::UnknownReference,
                r.span,
                format!(
                    "`{}` is neither an Art. 6(1) ground nor a declared basis",
                    r.value
                ),
                "unknown basis",
            );
            self.help(help);
            return;
        }
        let help = match did_you_mean(&r.value, declared.iter().copied()) {
            Some(s) => format!("did you mean `{s}`?"),
            None if declared.is_empty() => format!("no {kind} is declared in this file"),
            None => format!(
                "the declared {kind} ids are: {}{}",
                declared
                    .iter()
                    .take(12)
                    .map(|d| format!("`{d}`"))
                    .collect::<Vec<_>>()
                    .join(", "),
                if declared.len() > 12 { ", …" } else { "" }
            ),
        };
        self.error(
            Code::UnknownReference,
            r.span,
            format!("no {kind} is declared with the id `{}`", r.value),
            format!("unknown {kind}"),
        );
        self.help(help);
    }

    // ----- argument readers -------------------------------------------------

    fn expect_shape(&mut self, stmt: &Statement, shape: &str) {
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
    fn id_label(&mut self, stmt: &Statement, kind: &str) -> Option<(Spanned<String>, String)> {
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

    /// One quoted string.
    fn string(&mut self, stmt: &Statement) -> Option<Spanned<String>> {
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

    /// One or more quoted strings, comma-separated.
    fn strings(&mut self, stmt: &Statement) -> Vec<Spanned<String>> {
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

    /// Bare words, comma-separated; with `strings_too`, quoted strings are accepted as well.
    fn words(&mut self, stmt: &Statement, strings_too: bool) -> Vec<Spanned<String>> {
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
    fn keywords<T>(
        &mut self,
        stmt: &Statement,
        from: fn(&str) -> Option<T>,
        vocab: &[&str],
        what: &str,
    ) -> Vec<Spanned<T>> {
        let mut out = Vec::new();
        for w in self.words(stmt, false) {
            match from(&w.value) {
                Some(v) => out.push(Spanned::new(v, w.span)),
                None => {
                    let help = suggestion_help(&w.value, vocab, &format!("{what} is one of"));
                    self.error(
                        Code::UnknownKeyword,
                        w.span,
                        format!("`{}` is not {what}", w.value),
                        format!("not {what}"),
                    );
                    self.help(help);
                }
            }
        }
        out
    }

    fn keyword<T>(
        &mut self,
        stmt: &Statement,
        from: fn(&str) -> Option<T>,
        vocab: &[&str],
        what: &str,
    ) -> Option<Spanned<T>> {
        let mut all = self.keywords(stmt, from, vocab, what);
        if all.len() > 1 {
            self.expect_shape(stmt, &format!("one {what}"));
        }
        (!all.is_empty()).then(|| all.remove(0))
    }

    /// `yes` or `no`, optionally followed by the policy's own words in a string.
    fn yes_no(&mut self, stmt: &Statement) -> Option<(Spanned<bool>, Option<Spanned<String>>)> {
        let vals = flat_values(stmt);
        let answer = match vals.first().map(|v| (&v.kind, v.span)) {
            Some((ValueKind::Word(w), span)) if w == "yes" || w == "no" => {
                Spanned::new(w == "yes", span)
            }
            _ => {
                self.expect_shape(
                    stmt,
                    "`yes` or `no`, then optionally the policy's words in quotes",
                );
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
                self.expect_shape(
                    stmt,
                    "`yes` or `no`, then optionally the policy's words in quotes",
                );
                return None;
            }
        };
        Some((answer, statement))
    }

    fn flag(&mut self, stmt: &Statement) -> Option<bool> {
        self.yes_no(stmt).map(|(a, _)| a.value)
    }

    fn stance(&mut self, stmt: &Statement) -> Option<Stance> {
        self.yes_no(stmt).map(|(a, statement)| Stance {
            answer: a.value,
            statement,
            span: stmt.span,
        })
    }

    fn number(&mut self, v: &Value, raw: &str) -> Option<u64> {
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

    fn duration_value(&mut self, v: &Value) -> Option<(Duration, Option<String>)> {
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

    /// A retention or lifetime: a duration, `session`, `indefinitely`, or a criterion in words.
    fn lifetime(&mut self, stmt: &Statement) -> Option<Spanned<Lifetime>> {
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
                self.help("write `N minutes|hours|days|weeks|months|years` (optionally `after some-event`), `session`, `indefinitely`, or a criterion in quotes");
                return None;
            }
        };
        Some(Spanned::new(life, span))
    }

    fn date(&mut self, stmt: &Statement) -> Option<Spanned<Date>> {
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

    /// Keeps track of statements that may appear once per block.
    fn once(&mut self, seen: &mut HashMap<String, Span>, stmt: &Statement, repeatable: &[&str]) {
        let kw = &stmt.keyword.text;
        if repeatable.contains(&kw.as_str()) {
            return;
        }
        if let Some(first) = seen.get(kw).copied() {
            self.diags.push(
                Diagnostic::error(
                    Code::DuplicateStatement,
                    &self.file,
                    format!("`{kw}` is stated twice in this block"),
                )
                .at(stmt.keyword.span, "stated again here")
                .also(first, "first stated here")
                .help("keep one; a fact is declared once"),
            );
        } else {
            seen.insert(kw.clone(), stmt.keyword.span);
        }
    }

    fn no_block(&mut self, stmt: &Statement) {
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

    fn reject_rows(&mut self, block: Option<&Block>, place: &str) {
        for e in block.into_iter().flat_map(|b| b.entries.iter()) {
            if let Node::Row(row) = &e.node {
                self.error(
                    Code::UnexpectedRow,
                    row.span,
                    format!("a table row is not allowed {place}"),
                    "table rows belong in `cookies { … }`",
                );
            }
        }
    }

    // ----- the document -------------------------------------------------------

    fn document(&mut self, doc: &Document) -> Option<Policy> {
        let mut meta = None;
        let mut controller = None;
        let mut dpo = None;
        let mut representative = None;
        let mut data = Vec::new();
        let mut bases = Vec::new();
        let mut purposes = Vec::new();
        let mut recipients = Vec::new();
        let mut no_recipients = false;
        let mut transfers = Vec::new();
        let mut retention = Vec::new();
        let mut rights = Rights::default();
        let mut children = None;
        let mut cookies = None;
        let mut trackers = Vec::new();
        let mut statements_ = Statements::default();
        let mut security = None;
        let mut changes = None;
        let mut sections = Vec::new();
        let mut allows = Vec::new();
        let mut seen = HashMap::new();
        let whole = Span::new(0, self.file.text.len());

        for entry in &doc.entries {
            let stmt = match &entry.node {
                Node::Statement(s) => s,
                Node::Row(row) => {
                    self.error(
                        Code::UnexpectedRow,
                        row.span,
                        "a table row outside a block",
                        "table rows belong in `cookies { … }`",
                    );
                    continue;
                }
            };
            let kw = stmt.keyword.text.as_str();
            if TOP_LEVEL.contains(&kw) {
                self.once(
                    &mut seen,
                    stmt,
                    &[
                        "data",
                        "basis",
                        "purpose",
                        "recipient",
                        "transfer",
                        "retention",
                        "tracker",
                        "section",
                        "allow",
                    ],
                );
            }
            match kw {
                "policy" => meta = self.meta(stmt),
                "controller" => controller = self.party(stmt, "controller"),
                "dpo" => dpo = self.party(stmt, "dpo"),
                "representative" => representative = self.party(stmt, "representative"),
                "data" => data.extend(self.data(stmt, &mut allows)),
                "basis" => bases.extend(self.basis(stmt, &mut allows)),
                "purpose" => purposes.extend(self.purpose(stmt, &mut allows)),
                "recipient" => recipients.extend(self.recipient(stmt, &mut allows)),
                "recipients" => {
                    self.no_block(stmt);
                    match flat_values(stmt).as_slice() {
                        [Value {
                            kind: ValueKind::Word(w),
                            ..
                        }] if w == "none" => no_recipients = true,
                        _ => self.expect_shape(
                            stmt,
                            "`none` (declare each recipient with `recipient id \"label\" { … }`)",
                        ),
                    }
                }
                "transfer" => transfers.extend(self.transfer(stmt, &mut allows)),
                "retention" => {
                    self.no_block(stmt);
                    retention.extend(self.lifetime(stmt));
                }
                "rights" => rights = self.rights(stmt, &mut allows),
                "children" => children = self.children(stmt),
                "cookies" => cookies = self.cookies(stmt, &mut allows),
                "tracker" => trackers.extend(self.tracker(stmt)),
                "honors-do-not-track" => statements_.honors_do_not_track = self.stance(stmt),
                "honors-gpc" => statements_.honors_gpc = self.stance(stmt),
                "third-party-tracking" => statements_.third_party_tracking = self.stance(stmt),
                "automated-decisions" => statements_.automated_decisions = self.stance(stmt),
                "sells-data" => statements_.sells_data = self.stance(stmt),
                "shares-data" => statements_.shares_data = self.stance(stmt),
                "security" => security = self.security(stmt),
                "changes" => changes = self.changes(stmt),
                "section" => sections.extend(self.section(stmt)),
                "allow" => allows.extend(self.allow(stmt, whole)),
                _ => self.unknown_statement(stmt, "at the top level of a policy", TOP_LEVEL),
            }
        }

        // References, now that every id is known.
        for p in &purposes {
            for u in &p.uses {
                self.check_reference("data category", u);
            }
            for b in &p.bases {
                self.check_reference("basis", b);
            }
        }
        for r in &recipients {
            for u in &r.receives {
                self.check_reference("data category", u);
            }
        }
        for t in &transfers {
            for u in &t.data {
                self.check_reference("data category", u);
            }
        }
        let ctx = PlaceholderContext::new(
            meta.as_ref(),
            controller.as_ref(),
            dpo.as_ref(),
            &data,
            &purposes,
            &recipients,
            cookies.as_ref(),
            &sections,
        );
        let texts: Vec<String> = sections
            .iter()
            .map(|s| self.placeholders(&s.source, &ctx))
            .collect();
        for (s, text) in sections.iter_mut().zip(texts) {
            s.text = text;
        }

        let Some(meta) = meta else {
            let span = doc
                .entries
                .first()
                .map_or(Span::new(0, 0), |e| match &e.node {
                    Node::Statement(s) => s.keyword.span,
                    Node::Row(r) => r.span,
                });
            let msg = if doc.entries.is_empty() {
                "this policy is empty"
            } else {
                "this policy has no `policy` statement"
            };
            self.error(
                Code::MissingPolicyStatement,
                span,
                msg,
                if doc.entries.is_empty() {
                    "no statements in this file"
                } else {
                    "the first statement"
                },
            );
            self.help("start the file with a `policy \"Privacy Policy\" {` block that gives its `updated` date; `policyc init` writes a starter");
            return None;
        };

        Some(Policy {
            schema_version: SCHEMA_VERSION,
            file: Arc::clone(&self.file),
            meta,
            controller,
            dpo,
            representative,
            data,
            bases,
            purposes,
            recipients,
            no_recipients,
            transfers,
            retention,
            rights,
            children,
            cookies,
            trackers,
            statements: statements_,
            security,
            changes,
            sections,
            allows,
        })
    }

    fn meta(&mut self, stmt: &Statement) -> Option<Meta> {
        const ALLOWED: &[&str] = &[
            "updated",
            "effective",
            "version",
            "language",
            "jurisdictions",
            "url",
        ];
        let title = self.string(stmt)?;
        let mut m = Meta {
            title,
            effective: None,
            updated: None,
            version: None,
            language: None,
            jurisdictions: Vec::new(),
            url: None,
            span: stmt.span,
        };
        for s in self.block_statements(stmt, "in a `policy` block", &[], None) {
            match s.keyword.text.as_str() {
                "updated" => m.updated = self.date(s),
                "effective" => m.effective = self.date(s),
                "version" => m.version = self.string(s).map(|v| v.value),
                "language" => m.language = self.words(s, false).pop().map(|v| v.value),
                "url" => m.url = self.string(s).map(|v| v.value),
                "jurisdictions" => {
                    m.jurisdictions = self.keywords(
                        s,
                        Jurisdiction::from_word,
                        Jurisdiction::WORDS,
                        "a jurisdiction",
                    );
                }
                _ => self.unknown_statement(s, "in a `policy` block", ALLOWED),
            }
        }
        Some(m)
    }

    fn party(&mut self, stmt: &Statement, what: &str) -> Option<Party> {
        const ALLOWED: &[&str] = &[
            "legal-form",
            "address",
            "email",
            "phone",
            "website",
            "contact-form",
            "country",
            "verifies-identity",
            "required",
        ];
        let name = self.string(stmt)?;
        let mut p = Party {
            name,
            legal_form: None,
            address: None,
            email: None,
            phone: None,
            website: None,
            contact_form: None,
            country: None,
            verifies_identity: None,
            required: None,
            span: stmt.span,
        };
        let place = format!("in a `{what}` block");
        for s in self.block_statements(stmt, &place, &[], None) {
            match s.keyword.text.as_str() {
                "legal-form" => p.legal_form = self.string(s).map(|v| v.value),
                "address" => p.address = self.string(s),
                "email" => p.email = self.string(s),
                "phone" => p.phone = self.string(s).map(|v| v.value),
                "website" => p.website = self.string(s).map(|v| v.value),
                "contact-form" => p.contact_form = self.string(s).map(|v| v.value),
                "country" => p.country = self.words(s, false).pop(),
                "verifies-identity" => p.verifies_identity = self.flag(s),
                "required" => p.required = self.flag(s),
                _ => self.unknown_statement(s, &place, ALLOWED),
            }
        }
        Some(p)
    }

    /// The statements of a block, ready to dispatch on: table rows are refused,
    /// `allow`s collected (where `allows` is given), a statement stated twice
    /// (unless `repeatable`) and a block under a statement reported.
    fn block_statements<'s>(
        &mut self,
        stmt: &'s Statement,
        place: &str,
        repeatable: &[&str],
        mut allows: Option<&mut Vec<Allow>>,
    ) -> Vec<&'s Statement> {
        let mut seen = HashMap::new();
        self.reject_rows(stmt.block.as_ref(), place);
        let mut out = Vec::new();
        for s in statements(stmt.block.as_ref()) {
            if let Some(allows) = allows.as_deref_mut() {
                if self.block_allows(stmt, s, allows) {
                    continue;
                }
            }
            self.once(&mut seen, s, repeatable);
            self.no_block(s);
            out.push(s);
        }
        out
    }

    fn block_allows(&mut self, stmt: &Statement, s: &Statement, allows: &mut Vec<Allow>) -> bool {
        if s.keyword.text == "allow" {
            allows.extend(self.allow(s, stmt.span));
            true
        } else {
            false
        }
    }

    fn data(&mut self, stmt: &Statement, allows: &mut Vec<Allow>) -> Option<DataCategory> {
        const ALLOWED: &[&str] = &[
            "examples",
            "source",
            "from",
            "collected",
            "special",
            "sensitive",
            "ccpa-category",
            "retention",
            "required",
            "allow",
        ];
        let (id, label) = self.id_label(stmt, "data")?;
        self.declare("data category", &id);
        let mut d = DataCategory {
            id,
            label,
            examples: Vec::new(),
            sources: Vec::new(),
            source_detail: None,
            collected: Vec::new(),
            special: None,
            sensitive: None,
            ccpa_categories: Vec::new(),
            retention: None,
            provision: None,
            span: stmt.span,
        };
        for s in self.block_statements(stmt, "in a `data` block", &[], Some(allows)) {
            match s.keyword.text.as_str() {
                "examples" => d.examples = self.strings(s).into_iter().map(|v| v.value).collect(),
                "collected" => d.collected = self.strings(s).into_iter().map(|v| v.value).collect(),
                "source" => {
                    d.sources = self.keywords(s, Source::from_word, Source::WORDS, "a source")
                }
                "from" => d.source_detail = self.string(s).map(|v| v.value),
                "special" => {
                    d.special =
                        self.keyword(s, Special::from_word, Special::WORDS, "a special category")
                }
                "sensitive" => {
                    d.sensitive = self.keyword(
                        s,
                        Sensitive::from_word,
                        Sensitive::WORDS,
                        "a kind of sensitive personal information",
                    )
                }
                "ccpa-category" => {
                    d.ccpa_categories = self
                        .keywords(
                            s,
                            CcpaCategory::from_word,
                            CcpaCategory::WORDS,
                            "a CCPA category",
                        )
                        .into_iter()
                        .map(|v| v.value)
                        .collect();
                }
                "retention" => d.retention = self.lifetime(s),
                "required" => {
                    d.provision = self
                        .keyword(
                            s,
                            Provision::from_word,
                            Provision::WORDS,
                            "a provision requirement",
                        )
                        .map(|v| v.value)
                }
                _ => self.unknown_statement(s, "in a `data` block", ALLOWED),
            }
        }
        Some(d)
    }

    fn ground_claim(&mut self, s: &Statement) -> Option<Spanned<GroundClaim>> {
        match flat_values(s).as_slice() {
            [Value {
                kind: ValueKind::Word(w),
                span,
            }] => match Ground::from_word(w) {
                Some(g) => Some(Spanned::new(GroundClaim::Article6(g), *span)),
                None => {
                    let help = suggestion_help(w, Ground::WORDS, "an Art. 6(1) ground is one of");
                    self.error(
                        Code::UnknownKeyword,
                        *span,
                        format!("`{w}` is not a GDPR Art. 6(1) ground"),
                        "not a ground",
                    );
                    self.help(format!("{help}; to keep a policy's own wording that names no ground, write it in quotes"));
                    None
                }
            },
            [Value {
                kind: ValueKind::Str(text),
                span,
            }] => Some(Spanned::new(GroundClaim::Unrecognised(text.clone()), *span)),
            _ => {
                self.expect_shape(
                    s,
                    "an Art. 6(1) ground such as `consent`, or the policy's own words in quotes",
                );
                None
            }
        }
    }

    fn basis(&mut self, stmt: &Statement, allows: &mut Vec<Allow>) -> Option<Basis> {
        const ALLOWED: &[&str] = &["ground", "interest", "consent-by", "covers", "allow"];
        let (id, label) = self.id_label(stmt, "basis")?;
        if Ground::from_word(&id.value).is_some() {
            self.error(
                Code::ReservedId,
                id.span,
                format!(
                    "`{}` is the name of an Art. 6(1) ground and cannot be a basis id",
                    id.value
                ),
                "reserved word",
            );
            self.help(format!("choose another id, such as `{}-basis`", id.value));
        }
        self.declare("basis", &id);
        let mut ground = None;
        let mut ground_written = false;
        let mut b = Basis {
            id,
            label,
            ground: Spanned::new(GroundClaim::Unrecognised(String::new()), stmt.span),
            interest: None,
            consent_by: Vec::new(),
            covers: Vec::new(),
            span: stmt.span,
        };
        for s in self.block_statements(stmt, "in a `basis` block", &[], Some(allows)) {
            match s.keyword.text.as_str() {
                "ground" => {
                    ground_written = true;
                    ground = self.ground_claim(s);
                }
                "interest" => b.interest = self.string(s),
                "consent-by" => {
                    b.consent_by = self.keywords(
                        s,
                        ConsentMechanism::from_word,
                        ConsentMechanism::WORDS,
                        "a way of giving consent",
                    )
                }
                "covers" => b.covers = self.strings(s).into_iter().map(|v| v.value).collect(),
                _ => self.unknown_statement(s, "in a `basis` block", ALLOWED),
            }
        }
        match ground {
            Some(g) => b.ground = g,
            None if !ground_written => {
                self.error(
                    Code::MissingStatement,
                    b.id.span,
                    format!("the basis `{}` does not say its ground", b.id.value),
                    "no `ground`",
                );
                self.help("add `ground consent` (or contract, legal-obligation, vital-interests, public-task, legitimate-interests), or the policy's words in quotes");
            }
            None => {}
        }
        Some(b)
    }

    fn purpose(&mut self, stmt: &Statement, allows: &mut Vec<Allow>) -> Option<Purpose> {
        const ALLOWED: &[&str] = &[
            "uses",
            "basis",
            "interest",
            "condition",
            "consent-by",
            "allow",
        ];
        let (id, label) = self.id_label(stmt, "purpose")?;
        self.declare("purpose", &id);
        let mut p = Purpose {
            id,
            label,
            uses: Vec::new(),
            bases: Vec::new(),
            grounds: Vec::new(),
            interest: None,
            condition: None,
            consent_by: Vec::new(),
            span: stmt.span,
        };
        for s in self.block_statements(stmt, "in a `purpose` block", &[], Some(allows)) {
            match s.keyword.text.as_str() {
                "uses" => p.uses = self.words(s, false),
                "basis" => {
                    // A word is an Art. 6(1) ground or the id of a `basis` declaration.
                    // A quoted string keeps the policy's own words when they name no ground.
                    for v in flat_values(s) {
                        match &v.kind {
                            ValueKind::Word(w) => match Ground::from_word(w) {
                                Some(g) => p
                                    .grounds
                                    .push(Spanned::new(GroundClaim::Article6(g), v.span)),
                                None => p.bases.push(Spanned::new(w.clone(), v.span)),
                            },
                            ValueKind::Str(text) => p.grounds.push(Spanned::new(
                                GroundClaim::Unrecognised(text.clone()),
                                v.span,
                            )),
                            _ => self.expect_shape(
                                s,
                                "Art. 6(1) grounds or basis ids, as in `basis consent`",
                            ),
                        }
                    }
                }
                "interest" => p.interest = self.string(s),
                "condition" => {
                    p.condition = self.keyword(
                        s,
                        Art9Condition::from_word,
                        Art9Condition::WORDS,
                        "an Art. 9(2) condition",
                    )
                }
                "consent-by" => {
                    p.consent_by = self.keywords(
                        s,
                        ConsentMechanism::from_word,
                        ConsentMechanism::WORDS,
                        "a way of giving consent",
                    )
                }
                _ => self.unknown_statement(s, "in a `purpose` block", ALLOWED),
            }
        }
        Some(p)
    }

    fn recipient(&mut self, stmt: &Statement, allows: &mut Vec<Allow>) -> Option<Recipient> {
        const ALLOWED: &[&str] = &[
            "role", "named", "receives", "purpose", "location", "sold", "shared", "allow",
        ];
        let (id, label) = self.id_label(stmt, "recipient")?;
        self.declare("recipient", &id);
        let mut r = Recipient {
            id,
            label,
            role: None,
            named: Vec::new(),
            receives: Vec::new(),
            purpose: None,
            locations: Vec::new(),
            sold: None,
            shared: None,
            span: stmt.span,
        };
        for s in self.block_statements(stmt, "in a `recipient` block", &[], Some(allows)) {
            match s.keyword.text.as_str() {
                "role" => {
                    r.role = self.keyword(s, Role::from_word, Role::WORDS, "a recipient role")
                }
                "named" => r.named = self.strings(s).into_iter().map(|v| v.value).collect(),
                "receives" => r.receives = self.words(s, false),
                "purpose" => r.purpose = self.string(s).map(|v| v.value),
                "location" => r.locations = self.words(s, true),
                "sold" => r.sold = self.flag(s),
                "shared" => r.shared = self.flag(s),
                _ => self.unknown_statement(s, "in a `recipient` block", ALLOWED),
            }
        }
        Some(r)
    }

    fn transfer(&mut self, stmt: &Statement, allows: &mut Vec<Allow>) -> Option<Transfer> {
        const ALLOWED: &[&str] = &[
            "to",
            "safeguard",
            "derogation",
            "copy",
            "data",
            "statement",
            "allow",
        ];
        let (id, label) = self.id_label(stmt, "transfer")?;
        self.declare("transfer", &id);
        let mut t = Transfer {
            id,
            label,
            destinations: Vec::new(),
            safeguard: None,
            derogation: None,
            copy: None,
            data: Vec::new(),
            statement: None,
            span: stmt.span,
        };
        for s in self.block_statements(stmt, "in a `transfer` block", &[], Some(allows)) {
            match s.keyword.text.as_str() {
                "to" => t.destinations = self.words(s, true),
                "safeguard" => {
                    t.safeguard = self.keyword(
                        s,
                        Safeguard::from_word,
                        Safeguard::WORDS,
                        "a transfer safeguard",
                    )
                }
                "derogation" => {
                    t.derogation = self.keyword(
                        s,
                        Derogation::from_word,
                        Derogation::WORDS,
                        "an Art. 49 derogation",
                    )
                }
                "copy" => t.copy = self.string(s).map(|v| v.value),
                "data" => t.data = self.words(s, false),
                "statement" => t.statement = self.string(s).map(|v| v.value),
                _ => self.unknown_statement(s, "in a `transfer` block", ALLOWED),
            }
        }
        Some(t)
    }

    fn rights(&mut self, stmt: &Statement, allows: &mut Vec<Allow>) -> Rights {
        const ALLOWED: &[&str] = &[
            "right",
            "request-via",
            "respond-within",
            "verifies-identity",
            "allow",
        ];
        let mut rights = Rights {
            span: Some(stmt.span),
            ..Rights::default()
        };
        if !stmt.args.is_empty() {
            self.expect_shape(stmt, "no arguments, only a block: `rights { … }`");
        }
        let mut seen = HashMap::new();
        self.reject_rows(stmt.block.as_ref(), "in a `rights` block");
        for s in statements(stmt.block.as_ref()) {
            if self.block_allows(stmt, s, allows) {
                continue;
            }
            self.once(&mut seen, s, &["right", "request-via"]);
            match s.keyword.text.as_str() {
                "right" => rights.rights.extend(self.right(s)),
                "request-via" => {
                    self.no_block(s);
                    rights.request_via.extend(self.strings(s));
                }
                "respond-within" => {
                    self.no_block(s);
                    match flat_values(s).as_slice() {
                        [v @ Value {
                            kind: ValueKind::Duration { trigger: None, .. },
                            ..
                        }] => {
                            rights.respond_within =
                                self.duration_value(v).map(|(d, _)| Spanned::new(d, v.span));
                        }
                        _ => self.expect_shape(s, "a duration such as `1 month`"),
                    }
                }
                "verifies-identity" => {
                    self.no_block(s);
                    rights.verifies_identity = self.flag(s);
                }
                _ => self.unknown_statement(s, "in a `rights` block", ALLOWED),
            }
        }
        rights
    }

    fn right(&mut self, stmt: &Statement) -> Option<Right> {
        const ALLOWED: &[&str] = &["authority", "url"];
        let vals = flat_values(stmt);
        let (label, kinds_vals) = match vals.split_last() {
            Some((
                Value {
                    kind: ValueKind::Str(l),
                    ..
                },
                rest,
            )) if !rest.is_empty() => (l.clone(), rest),
            _ => {
                self.expect_shape(stmt, "the kinds of right and a description, as in `right access \"See the data we hold\"`");
                return None;
            }
        };
        let mut kinds = Vec::new();
        for v in kinds_vals {
            match &v.kind {
                ValueKind::Word(w) => match RightKind::from_word(w) {
                    Some(k) => kinds.push(Spanned::new(k, v.span)),
                    None => {
                        let help = suggestion_help(w, RightKind::WORDS, "a right is one of");
                        self.error(Code::UnknownKeyword, v.span, format!("`{w}` is not a right policyc knows"), "unknown right");
                        self.help(help);
                    }
                },
                _ => self.expect_shape(stmt, "the kinds of right and a description, as in `right access \"See the data we hold\"`"),
            }
        }
        let mut authority: Option<Authority> = None;
        let mut url = None;
        for s in statements(stmt.block.as_ref()) {
            self.no_block(s);
            match s.keyword.text.as_str() {
                "authority" => match flat_values(s).as_slice() {
                    [Value { kind: ValueKind::Str(name), span }] => {
                        authority = Some(Authority { name: Spanned::new(name.clone(), *span), example_only: false, url: None });
                    }
                    [Value { kind: ValueKind::Str(name), span }, Value { kind: ValueKind::Word(w), .. }] if w == "example" => {
                        authority = Some(Authority { name: Spanned::new(name.clone(), *span), example_only: true, url: None });
                    }
                    _ => self.expect_shape(s, "the authority's name in quotes, then `example` if it is named only as an example"),
                },
                "url" => url = self.string(s).map(|v| v.value),
                _ => self.unknown_statement(s, "in a `right` block", ALLOWED),
            }
        }
        if let Some(a) = authority.as_mut() {
            a.url = url;
        }
        Some(Right {
            kinds,
            label,
            authority,
            span: stmt.span,
        })
    }

    fn children(&mut self, stmt: &Statement) -> Option<Children> {
        const ALLOWED: &[&str] = &[
            "minimum-age",
            "directed",
            "parental-consent",
            "on-discovery",
            "contact",
        ];
        let mut c = Children {
            minimum_ages: Vec::new(),
            directed: None,
            parental_consent: None,
            on_discovery: None,
            contact: None,
            span: stmt.span,
        };
        for s in self.block_statements(stmt, "in a `children` block", &["minimum-age"], None) {
            match s.keyword.text.as_str() {
                "minimum-age" => match flat_values(s).as_slice() {
                    [v @ Value {
                        kind: ValueKind::Number(n),
                        ..
                    }] => {
                        if let Some(n) = self.number(v, n) {
                            c.minimum_ages.push(Spanned::new(
                                Age::Years(u32::try_from(n).unwrap_or(u32::MAX)),
                                v.span,
                            ));
                        }
                    }
                    [Value {
                        kind: ValueKind::Str(w),
                        span,
                    }] => c
                        .minimum_ages
                        .push(Spanned::new(Age::Words(w.clone()), *span)),
                    _ => self.expect_shape(
                        s,
                        "an age in years (`13`) or in words (`\"the age of majority\"`)",
                    ),
                },
                "directed" => c.directed = self.flag(s),
                "parental-consent" => c.parental_consent = self.flag(s),
                "on-discovery" => c.on_discovery = self.string(s).map(|v| v.value),
                "contact" => c.contact = self.string(s).map(|v| v.value),
                _ => self.unknown_statement(s, "in a `children` block", ALLOWED),
            }
        }
        Some(c)
    }

    fn cookies(&mut self, stmt: &Statement, allows: &mut Vec<Allow>) -> Option<Cookies> {
        const ALLOWED: &[&str] = &["consent", "opt-out", "allow"];
        const COLUMNS: &[&str] = &[
            "name", "provider", "party", "category", "lifetime", "purpose", "domain",
        ];
        let mut c = Cookies {
            columns: Vec::new(),
            rows: Vec::new(),
            consent: Vec::new(),
            opt_out: Vec::new(),
            header_span: stmt.keyword.span,
            span: stmt.span,
        };
        let mut seen = HashMap::new();
        let mut header: Option<Vec<Option<&str>>> = None;
        for e in stmt.block.iter().flat_map(|b| b.entries.iter()) {
            match &e.node {
                Node::Statement(s) => {
                    if self.block_allows(stmt, s, allows) {
                        continue;
                    }
                    self.once(&mut seen, s, &["opt-out"]);
                    self.no_block(s);
                    match s.keyword.text.as_str() {
                        "consent" => {
                            c.consent = self.keywords(
                                s,
                                ConsentMechanism::from_word,
                                ConsentMechanism::WORDS,
                                "a way of giving consent",
                            )
                        }
                        "opt-out" => c
                            .opt_out
                            .extend(self.strings(s).into_iter().map(|v| v.value)),
                        _ => self.unknown_statement(s, "in a `cookies` block", ALLOWED),
                    }
                }
                Node::Row(row) if row.is_separator() => {}
                Node::Row(row) => match &header {
                    None => {
                        let mut cols = Vec::new();
                        for cell in &row.cells {
                            let name = cell.text.to_ascii_lowercase();
                            let name = match name.as_str() {
                                "duration" | "expiry" | "retention" => "lifetime".to_string(),
                                "cookie" | "cookie name" => "name".to_string(),
                                other => other.to_string(),
                            };
                            match COLUMNS.iter().find(|c| **c == name) {
                                Some(col) => {
                                    cols.push(Some(*col));
                                    c.columns.push((*col).to_string());
                                }
                                None => {
                                    let help = suggestion_help(&name, COLUMNS, "the columns are");
                                    self.error(
                                        Code::UnknownColumn,
                                        cell.span,
                                        format!("`{}` is not a cookie table column", cell.text),
                                        "unknown column",
                                    );
                                    self.help(help);
                                    cols.push(None);
                                }
                            }
                        }
                        if !cols.contains(&Some("name")) {
                            self.error(
                                Code::MissingColumn,
                                row.span,
                                "the cookie table has no `name` column",
                                "this header row",
                            );
                            self.help("the first row names the columns: `| name | provider | party | category | lifetime | purpose |`");
                        }
                        c.header_span = row.span;
                        header = Some(cols);
                    }
                    Some(cols) => {
                        let cols = cols.clone();
                        c.rows.extend(self.cookie_row(row, &cols));
                    }
                },
            }
        }
        Some(c)
    }

    fn cookie_row(&mut self, row: &Row, cols: &[Option<&str>]) -> Option<Cookie> {
        if row.cells.len() != cols.len() {
            self.error(
                Code::BadRow,
                row.span,
                format!(
                    "this row has {} cells but the header has {} columns",
                    row.cells.len(),
                    cols.len()
                ),
                "wrong number of cells",
            );
            self.help("leave a cell empty (`| |`) when there is nothing to say");
            return None;
        }
        let mut name = None;
        let mut cookie = Cookie {
            name: Spanned::new(String::new(), row.span),
            provider: None,
            party: None,
            category: None,
            lifetime: None,
            purpose: None,
            domain: None,
            span: row.span,
        };
        for (cell, col) in row.cells.iter().zip(cols) {
            let Some(col) = col else { continue };
            if cell.text.is_empty() {
                continue;
            }
            let text = cell.text.clone();
            let span = cell.span;
            let lower = text.to_ascii_lowercase();
            match *col {
                "name" => name = Some(Spanned::new(text, span)),
                "provider" => cookie.provider = Some(Spanned::new(text, span)),
                "purpose" => cookie.purpose = Some(Spanned::new(text, span)),
                "domain" => cookie.domain = Some(text),
                "party" => match CookieParty::from_word(
                    lower.trim_end_matches("-party").trim_end_matches(" party"),
                ) {
                    Some(p) => cookie.party = Some(Spanned::new(p, span)),
                    None => {
                        self.error(
                            Code::BadValue,
                            span,
                            format!("`{text}` is not `first` or `third`"),
                            "not a party",
                        );
                    }
                },
                "category" => match CookieCategory::from_word(&lower) {
                    Some(k) => cookie.category = Some(Spanned::new(k, span)),
                    None => {
                        let help = suggestion_help(
                            &lower,
                            CookieCategory::WORDS,
                            "a cookie category is one of",
                        );
                        self.error(
                            Code::UnknownKeyword,
                            span,
                            format!("`{text}` is not a cookie category"),
                            "unknown category",
                        );
                        self.help(help);
                    }
                },
                "lifetime" => {
                    let life = match lower.as_str() {
                        "session" => Some(Lifetime::Session),
                        "persistent" | "unknown" => None,
                        _ => Duration::parse(&lower).map(|duration| Lifetime::Period {
                            duration,
                            after: None,
                        }),
                    };
                    match life {
                        Some(l) => cookie.lifetime = Some(Spanned::new(l, span)),
                        None => {
                            self.error(
                                Code::BadDuration,
                                span,
                                format!("expected a duration such as `2 years`, found `{text}`"),
                                "not a lifetime",
                            );
                            self.help("write `N minutes|hours|days|weeks|months|years` or `session`; leave the cell empty when the lifetime is not known");
                        }
                    }
                }
                _ => {}
            }
        }
        match name {
            Some(n) => {
                if n.value.contains('*') && !n.value.ends_with('*')
                    || n.value.matches('*').count() > 1
                {
                    self.error(
                        Code::BadValue,
                        n.span,
                        "a cookie pattern may only end in `*`",
                        "`*` in the middle",
                    );
                    self.help("write a prefix pattern such as `_gat_UA-*`");
                }
                cookie.name = n;
                Some(cookie)
            }
            None => {
                self.error(
                    Code::MissingCell,
                    row.span,
                    "this cookie row has no name",
                    "no name",
                );
                None
            }
        }
    }

    fn tracker(&mut self, stmt: &Statement) -> Option<Tracker> {
        const ALLOWED: &[&str] = &["kind", "provider", "purpose"];
        let (id, label) = self.id_label(stmt, "tracker")?;
        self.declare("tracker", &id);
        let mut t = Tracker {
            id,
            label,
            kind: None,
            provider: None,
            purpose: None,
            span: stmt.span,
        };
        for s in self.block_statements(stmt, "in a `tracker` block", &[], None) {
            match s.keyword.text.as_str() {
                "kind" => {
                    t.kind = self.keyword(
                        s,
                        TrackerKind::from_word,
                        TrackerKind::WORDS,
                        "a kind of tracker",
                    )
                }
                "provider" => t.provider = self.string(s).map(|v| v.value),
                "purpose" => t.purpose = self.string(s).map(|v| v.value),
                _ => self.unknown_statement(s, "in a `tracker` block", ALLOWED),
            }
        }
        Some(t)
    }

    fn security(&mut self, stmt: &Statement) -> Option<Security> {
        const ALLOWED: &[&str] = &["measures", "guarantee", "breach-notification"];
        let mut sec = Security {
            measures: Vec::new(),
            guarantee: None,
            breach_notification: None,
            span: stmt.span,
        };
        for s in self.block_statements(stmt, "in a `security` block", &[], None) {
            match s.keyword.text.as_str() {
                "measures" => sec.measures = self.strings(s).into_iter().map(|v| v.value).collect(),
                "guarantee" => sec.guarantee = self.flag(s),
                "breach-notification" => sec.breach_notification = self.string(s).map(|v| v.value),
                _ => self.unknown_statement(s, "in a `security` block", ALLOWED),
            }
        }
        Some(sec)
    }

    fn changes(&mut self, stmt: &Statement) -> Option<Changes> {
        const ALLOWED: &[&str] = &[
            "notify-by",
            "acceptance-required",
            "continued-use-is-consent",
            "take-effect",
        ];
        let mut c = Changes {
            notify_by: Vec::new(),
            acceptance_required: None,
            continued_use_is_consent: None,
            take_effect: None,
            span: stmt.span,
        };
        for s in self.block_statements(stmt, "in a `changes` block", &[], None) {
            match s.keyword.text.as_str() {
                "notify-by" => {
                    c.notify_by = self
                        .keywords(
                            s,
                            Notice::from_word,
                            Notice::WORDS,
                            "a way of giving notice",
                        )
                        .into_iter()
                        .map(|v| v.value)
                        .collect();
                }
                "acceptance-required" => c.acceptance_required = self.flag(s),
                "continued-use-is-consent" => {
                    c.continued_use_is_consent = self.yes_no(s).map(|(a, _)| a)
                }
                "take-effect" => c.take_effect = self.string(s).map(|v| v.value),
                _ => self.unknown_statement(s, "in a `changes` block", ALLOWED),
            }
        }
        Some(c)
    }

    fn section(&mut self, stmt: &Statement) -> Option<Section> {
        const ALLOWED: &[&str] = &["topic", "text"];
        let (id, title) = self.id_label(stmt, "section")?;
        if TOPICS.contains(&id.value.as_str()) {
            self.error(
                Code::ReservedId,
                id.span,
                format!(
                    "`{}` is the anchor of a generated section and cannot be a section id",
                    id.value
                ),
                "reserved",
            );
            self.help(format!(
                "choose another id and write `topic {}` inside to place the prose in that section",
                id.value
            ));
        }
        self.declare("section", &id);
        let mut topic = None;
        let mut source = None;
        for s in self.block_statements(stmt, "in a `section` block", &[], None) {
            match s.keyword.text.as_str() {
                "topic" => {
                    topic = self
                        .keyword(
                            s,
                            |w| TOPICS.contains(&w).then(|| w.to_string()),
                            TOPICS,
                            "a topic",
                        )
                        .map(|v| v.value);
                }
                "text" => source = self.string(s),
                _ => self.unknown_statement(s, "in a `section` block", ALLOWED),
            }
        }
        let Some(source) = source else {
            self.error(
                Code::MissingStatement,
                id.span,
                format!("the section `{}` has no text", id.value),
                "no `text`",
            );
            self.help("add `text \"\"\"` … `\"\"\"` with the section's Markdown");
            return None;
        };
        Some(Section {
            id,
            title,
            topic,
            text: String::new(),
            source,
        })
    }

    fn allow(&mut self, stmt: &Statement, scope: Span) -> Option<Allow> {
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

    // ----- placeholders in prose ------------------------------------------------

    fn placeholders(&mut self, source: &Spanned<String>, ctx: &PlaceholderContext<'_>) -> String {
        let text = &source.value;
        let mut out = String::with_capacity(text.len());
        let mut rest = text.as_str();
        let mut consumed = 0;
        let mut cursor = 0;
        while let Some(open) = rest.find("{{") {
            out.push_str(&rest[..open]);
            let after = &rest[open + 2..];
            let Some(close) = after.find("}}") else {
                out.push_str(&rest[open..]);
                rest = "";
                break;
            };
            let inner = after[..close].trim();
            let at = consumed + open;
            let span = self.prose_span(source, at, at + close + 4, &mut cursor);
            match ctx.expand(inner) {
                Ok(s) => out.push_str(&s),
                Err(help) => {
                    self.error(
                        Code::UnknownPlaceholder,
                        span,
                        format!("`{{{{ {inner} }}}}` does not name a declared fact"),
                        "unknown placeholder",
                    );
                    self.help(help);
                    out.push_str(&rest[open..open + close + 4]);
                }
            }
            consumed += open + close + 4;
            rest = &rest[open + close + 4..];
        }
        out.push_str(rest);
        out
    }

    /// Maps an offset in a text block's (dedented) content back to the source, approximately:
    /// exactly when the text is on one line, else to the text block.
    /// The search resumes at `cursor` (the end of the previous placeholder), so
    /// repeated placeholders point at their own place and the scan stays linear.
    fn prose_span(
        &self,
        source: &Spanned<String>,
        start: usize,
        end: usize,
        cursor: &mut usize,
    ) -> Span {
        let raw = self
            .file
            .text
            .get(source.span.start..source.span.end)
            .unwrap_or("");
        let needle = source.value.get(start..end).unwrap_or("");
        match raw.get(*cursor..).and_then(|rest| rest.find(needle)) {
            Some(i) if !needle.is_empty() => {
                let at = *cursor + i;
                *cursor = at + needle.len();
                Span::new(
                    source.span.start + at,
                    source.span.start + at + needle.len(),
                )
            }
            _ => source.span,
        }
    }
}

/// The generated sections a prose section can attach to.
pub const TOPICS: &[&str] = &[
    "introduction",
    "controller",
    "data",
    "purposes",
    "recipients",
    "transfers",
    "retention",
    "rights",
    "california",
    "cookies",
    "children",
    "do-not-track",
    "security",
    "changes",
    "contact",
];

/// The facts prose can refer to, looked up by id.
struct PlaceholderContext<'a> {
    meta: Option<&'a Meta>,
    controller: Option<&'a Party>,
    dpo: Option<&'a Party>,
    /// `data`, `purpose`, `recipient`, `cookie`, `section` → id → replacement Markdown.
    by_kind: HashMap<&'static str, HashMap<&'a str, String>>,
}

impl<'a> PlaceholderContext<'a> {
    #[allow(clippy::too_many_arguments)]
    fn new(
        meta: Option<&'a Meta>,
        controller: Option<&'a Party>,
        dpo: Option<&'a Party>,
        data: &'a [DataCategory],
        purposes: &'a [Purpose],
        recipients: &'a [Recipient],
        cookies: Option<&'a Cookies>,
        sections: &'a [Section],
    ) -> Self {
        let mut by_kind: HashMap<&'static str, HashMap<&'a str, String>> = HashMap::new();
        by_kind.insert(
            "data",
            data.iter()
                .map(|d| (d.id.value.as_str(), md_escape(&d.label)))
                .collect(),
        );
        by_kind.insert(
            "purpose",
            purposes
                .iter()
                .map(|d| (d.id.value.as_str(), md_escape(&d.label)))
                .collect(),
        );
        by_kind.insert(
            "recipient",
            recipients
                .iter()
                .map(|d| (d.id.value.as_str(), md_escape(&d.label)))
                .collect(),
        );
        by_kind.insert(
            "cookie",
            cookies
                .into_iter()
                .flat_map(|c| c.rows.iter())
                .map(|r| {
                    (
                        r.name.value.as_str(),
                        format!("[`{}`](#{})", r.name.value, r.anchor()),
                    )
                })
                .collect(),
        );
        by_kind.insert(
            "section",
            sections
                .iter()
                .map(|s| {
                    (
                        s.id.value.as_str(),
                        format!("[{}](#{})", md_escape(&s.title), s.id.value),
                    )
                })
                .collect(),
        );
        PlaceholderContext {
            meta,
            controller,
            dpo,
            by_kind,
        }
    }
}

/// Escapes Markdown's punctuation in a fact placed into prose.
fn md_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if "\\`*_{}[]<>()#+-.!|".contains(c) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

impl PlaceholderContext<'_> {
    fn expand(&self, path: &str) -> Result<String, String> {
        const FIELDS: &[&str] = &[
            "policy.title",
            "policy.updated",
            "policy.effective",
            "controller.name",
            "controller.email",
            "controller.phone",
            "controller.address",
            "controller.website",
            "dpo.name",
            "dpo.email",
            "data.ID",
            "purpose.ID",
            "recipient.ID",
            "cookie.NAME",
            "section.ID",
        ];
        let unknown = || {
            format!(
                "placeholders are {}",
                FIELDS
                    .iter()
                    .map(|f| format!("`{{{{ {f} }}}}`"))
                    .collect::<Vec<_>>()
                    .join(", ")
            )
        };
        let (head, tail) = path.split_once('.').ok_or_else(unknown)?;
        let field = |p: Option<&Party>, f: &str| -> Result<String, String> {
            let p = p.ok_or_else(|| format!("the policy declares no `{head}`"))?;
            let v = match f {
                "name" => Some(p.name.value.clone()),
                "email" => p.email.as_ref().map(|e| e.value.clone()),
                "phone" => p.phone.clone(),
                "address" => p.address.as_ref().map(|e| e.value.clone()),
                "website" => p.website.clone(),
                _ => return Err(unknown()),
            };
            v.map(|v| md_escape(&v))
                .ok_or_else(|| format!("the `{head}` declares no `{f}`"))
        };
        let pick = |kind: &str| -> Result<String, String> {
            let ids = self.by_kind.get(head).ok_or_else(unknown)?;
            match ids.get(tail) {
                Some(s) => Ok(s.clone()),
                None => {
                    let mut names: Vec<&str> = ids.keys().copied().collect();
                    names.sort_unstable();
                    Err(match did_you_mean(tail, names) {
                        Some(s) => format!("did you mean `{{{{ {head}.{s} }}}}`?"),
                        None => format!("no {kind} `{tail}` is declared"),
                    })
                }
            }
        };
        match head {
            "policy" => {
                let m = self.meta.ok_or("the policy has no `policy` statement")?;
                match tail {
                    "title" => Ok(md_escape(&m.title.value)),
                    "updated" => m
                        .updated
                        .as_ref()
                        .map(|d| d.value.long())
                        .ok_or_else(|| "the policy states no `updated` date".into()),
                    "effective" => m
                        .effective
                        .as_ref()
                        .map(|d| d.value.long())
                        .ok_or_else(|| "the policy states no `effective` date".into()),
                    _ => Err(unknown()),
                }
            }
            "controller" => field(self.controller, tail),
            "dpo" => field(self.dpo, tail),
            "data" => pick("data category"),
            "purpose" => pick("purpose"),
            "recipient" => pick("recipient"),
            "cookie" => pick("cookie"),
            "section" => pick("section"),
            _ => Err(unknown()),
        }
    }
}

//! From text to [`Document`]: the pest parser, one `build_*` function per
//! grammar rule, syntax errors in words, and recovery so that every broken
//! top-level statement of a file is reported in one run.

use std::sync::Arc;

use pest::iterators::Pair;
use pest::Parser as _;
use pest_derive::Parser;

use super::ast::*;
use crate::diag::{Code, Diagnostic, SourceFile, Span};

#[derive(Parser)]
#[grammar = "../grammar/policy.pest"]
struct PolicyParser;

/// Blocks nested deeper than this are refused before parsing: no policy needs
/// it, and the parser recurses once per level.
pub const MAX_NESTING: usize = 32;

/// A byte order mark: allowed (and skipped) at the start of a file, as editors on Windows write it.
pub const BOM: char = '\u{FEFF}';

/// How many syntax errors one file reports before giving up.
const MAX_SYNTAX_ERRORS: usize = 20;

/// Parses a whole file. Returns the tree of every part that parsed, and one
/// diagnostic per syntax error.
///
/// Recovery works at two levels. A broken line *inside* a block is blanked
/// (replaced by spaces, so every offset stays where it was) and the file is
/// parsed again: the rest of the block is kept. When that cannot help (the
/// error is on a statement's first line, or in a text block that is never
/// closed), the whole top-level statement is skipped and parsing resumes at
/// the next one.
pub fn parse(file: &Arc<SourceFile>) -> (Document, Vec<Diagnostic>) {
    parse_with(file, CHUNK_BYTES)
}

/// Parses in pieces of at least `chunk` bytes (see [`CHUNK_BYTES`]); for tests
/// that compare it with one piece (`usize::MAX`).
#[doc(hidden)]
pub fn parse_with(file: &Arc<SourceFile>, chunk: usize) -> (Document, Vec<Diagnostic>) {
    let text: &str = &file.text;
    let mut doc = Document {
        entries: Vec::new(),
        end_comments: Vec::new(),
    };
    let start = if text.starts_with(BOM) {
        BOM.len_utf8()
    } else {
        0
    };
    let splits = match check_nesting(file, start, chunk) {
        Ok(splits) => splits,
        Err(diag) => return (doc, vec![*diag]),
    };
    // Most files parse: piece by piece, so that pest's record of every token
    // (about 45 bytes per byte of input) holds one piece at a time.
    if let Some(doc) = parse_pieces(text, start, &splits) {
        return (doc, Vec::new());
    }
    // The text as parsed: the source with the broken lines inside blocks blanked.
    let mut text: String = file.text.to_string();
    let mut diags = Vec::new();
    let mut offset = start;
    loop {
        let rest = &text[offset..];
        match PolicyParser::parse(Rule::file, rest) {
            Ok(mut pairs) => {
                if let Some(file_pair) = pairs.next() {
                    append(&mut doc, file_pair, offset);
                }
                break;
            }
            Err(err) => {
                let pos = offset + error_offset(&err);
                diags.push(syntax_error(file, &text, &err, offset));
                if diags.len() >= MAX_SYNTAX_ERRORS {
                    break;
                }
                let item_start = top_level_start_at_or_before(&text, pos).max(offset);
                if blank_broken_line(&mut text, item_start, pos) {
                    continue;
                }
                if item_start > offset {
                    if let Ok(mut pairs) =
                        PolicyParser::parse(Rule::file, &text[offset..item_start])
                    {
                        if let Some(file_pair) = pairs.next() {
                            append(&mut doc, file_pair, offset);
                        }
                    }
                }
                match top_level_start_after(&text, pos) {
                    Some(next) => offset = next,
                    None => break,
                }
            }
        }
    }
    (doc, diags)
}

/// Blanks the line of `pos` when it lies inside the block of the top-level
/// statement starting at `item_start` (not on its first line): every
/// character but the line break becomes a space, so offsets do not move. A
/// line that opens a block takes the lines of that block with it; a `}` that
/// closes an enclosing block is kept. Returns false when blanking cannot
/// help: the error is on the statement's first line, in an unclosed text
/// block, or on a line with nothing left to blank.
fn blank_broken_line(text: &mut String, item_start: usize, pos: usize) -> bool {
    let pos = pos.min(text.len());
    let line_start = text[..pos].rfind('\n').map_or(0, |i| i + 1);
    if line_start <= item_start {
        return false;
    }
    // A text block that is never closed swallows the rest: blanking one line would only move the error.
    if text[item_start..].matches("\"\"\"").count() % 2 == 1 {
        return false;
    }
    let mut bytes = std::mem::take(text).into_bytes();
    let mut depth: i64 = 0;
    let mut changed = false;
    let mut i = line_start;
    let mut in_string = false;
    while i < bytes.len() {
        let b = bytes[i];
        if b == b'\n' {
            in_string = false;
            if depth <= 0 {
                break;
            }
            i += 1;
            continue;
        }
        if b == b'"' {
            in_string = !in_string;
        } else if !in_string && b == b'{' {
            depth += 1;
        } else if !in_string && b == b'}' {
            if depth == 0 {
                // Closes an enclosing block: keep it.
                i += 1;
                continue;
            }
            depth -= 1;
        }
        if !matches!(b, b' ' | b'\t' | b'\r') {
            changed = true;
        }
        // Multi-byte characters become as many spaces as they had bytes.
        if b != b'\r' {
            bytes[i] = b' ';
        }
        i += 1;
    }
    // Only ASCII spaces replaced whole characters' bytes: still UTF-8.
    *text = String::from_utf8(bytes).unwrap_or_default();
    changed
}

/// Pieces of a file are at least this long: they start at top-level statements.
pub const CHUNK_BYTES: usize = 64 * 1024;

/// Parses the text in pieces split at `splits`; `None` when a piece does not
/// parse (the caller then parses the whole text, reporting errors). Comments
/// and blank lines at the end of a piece belong to the next piece's first
/// statement, as they would in one parse.
fn parse_pieces(text: &str, start: usize, splits: &[usize]) -> Option<Document> {
    let mut doc = Document {
        entries: Vec::new(),
        end_comments: Vec::new(),
    };
    let mut state = EntryState::default();
    let ends = splits.iter().copied().chain(std::iter::once(text.len()));
    let mut from = start;
    for end in ends {
        let mut pairs = PolicyParser::parse(Rule::file, &text[from..end]).ok()?;
        let file_pair = pairs.next()?;
        for p in file_pair.into_inner() {
            if p.as_rule() == Rule::entries {
                doc.entries.extend(build_entries(p, from, &mut state));
            }
        }
        from = end;
    }
    doc.end_comments = state.comments;
    Some(doc)
}

fn append(doc: &mut Document, file_pair: Pair<'_, Rule>, base: usize) {
    for p in file_pair.into_inner() {
        if p.as_rule() == Rule::entries {
            let mut state = EntryState::default();
            doc.entries.extend(build_entries(p, base, &mut state));
            doc.end_comments = state.comments;
        }
    }
}

/// What a list of entries carries from one entry to the next: comments
/// waiting for their statement, whether a blank line came before, and
/// whether anything came before at all.
#[derive(Default)]
struct EntryState {
    comments: Vec<Comment>,
    blank: bool,
    started: bool,
}

fn span_of(p: &Pair<'_, Rule>, base: usize) -> Span {
    Span::from(p.as_span()).shifted(base)
}

fn build_entries(pair: Pair<'_, Rule>, base: usize, state: &mut EntryState) -> Vec<Entry> {
    let mut entries = Vec::new();
    for p in pair.into_inner() {
        // Blank lines count only between things, not at the start of a file or block.
        let first = !state.started && entries.is_empty() && state.comments.is_empty();
        match p.as_rule() {
            Rule::blank_line => state.blank = true,
            Rule::comment_line => {
                if let Some(c) = p.into_inner().next() {
                    let mut c = build_comment(c, base);
                    c.blank_before = state.blank && !first;
                    state.comments.push(c);
                }
                state.blank = false;
            }
            Rule::statement | Rule::row => {
                let (node, trailing) = if p.as_rule() == Rule::row {
                    (Node::Row(build_row(p, base)), None)
                } else {
                    let (s, trailing) = build_statement(p, base);
                    (Node::Statement(s), trailing)
                };
                entries.push(Entry {
                    blank_before: state.blank && !first,
                    comments: std::mem::take(&mut state.comments),
                    node,
                    trailing,
                });
                state.blank = false;
            }
            _ => {}
        }
    }
    if !entries.is_empty() {
        state.started = true;
    }
    // A block's few entries would otherwise keep room for as many again.
    entries.shrink_to_fit();
    entries
}

fn build_comment(p: Pair<'_, Rule>, base: usize) -> Comment {
    Comment {
        blank_before: false,
        text: p.as_str().trim_start_matches("//").trim_end().to_string(),
        span: span_of(&p, base),
    }
}

fn build_statement(pair: Pair<'_, Rule>, base: usize) -> (Statement, Option<Box<Comment>>) {
    let span = span_of(&pair, base);
    let mut keyword = Word {
        text: String::new(),
        span,
    };
    let mut args = Vec::new();
    let mut block = None;
    let mut trailing = None;
    for p in pair.into_inner() {
        match p.as_rule() {
            Rule::keyword => keyword = build_word(&p, base),
            Rule::args => args = p.into_inner().map(|l| build_list(l, base)).collect(),
            Rule::block => block = Some(Box::new(build_block(p, base))),
            Rule::comment => trailing = Some(Box::new(build_comment(p, base))),
            _ => {}
        }
    }
    // The pair includes the line end; the statement ends with its last token.
    let end = block
        .as_ref()
        .map(|b| b.span.end)
        .or_else(|| args.last().map(|l: &List| l.span.end))
        .unwrap_or(keyword.span.end);
    let span = Span::new(span.start, end);
    (
        Statement {
            kw: crate::syntax::Keyword::from_word(&keyword.text),
            keyword,
            args,
            block,
            span,
        },
        trailing,
    )
}

fn build_word(p: &Pair<'_, Rule>, base: usize) -> Word {
    Word {
        text: p.as_str().to_string(),
        span: span_of(p, base),
    }
}

fn build_list(pair: Pair<'_, Rule>, base: usize) -> List {
    let span = span_of(&pair, base);
    let values = pair.into_inner().map(|v| build_value(v, base)).collect();
    List { values, span }
}

fn build_value(p: Pair<'_, Rule>, base: usize) -> Value {
    let span = span_of(&p, base);
    let kind = match p.as_rule() {
        Rule::date => ValueKind::Date(p.as_str().to_string()),
        Rule::number => ValueKind::Number(p.as_str().to_string()),
        Rule::duration => {
            let mut amount = String::new();
            let mut unit = String::new();
            let mut trigger = None;
            for q in p.into_inner() {
                match q.as_rule() {
                    Rule::number => amount = q.as_str().to_string(),
                    Rule::unit => unit = q.as_str().to_string(),
                    Rule::trigger => {
                        trigger = q
                            .into_inner()
                            .find(|w| w.as_rule() == Rule::word)
                            .map(|w| build_word(&w, base));
                    }
                    _ => {}
                }
            }
            ValueKind::Duration(Box::new(Duration {
                amount,
                unit,
                trigger,
            }))
        }
        Rule::string => ValueKind::Str(unescape(p.into_inner().next().map_or("", |i| i.as_str()))),
        Rule::text_block => {
            ValueKind::Text(dedent(p.into_inner().next().map_or("", |i| i.as_str())))
        }
        _ => ValueKind::Word(p.as_str().to_string()),
    };
    Value { kind, span }
}

fn build_block(pair: Pair<'_, Rule>, base: usize) -> Block {
    let span = span_of(&pair, base);
    let mut entries = Vec::new();
    let mut end_comments = Vec::new();
    let mut open_comment = None;
    for p in pair.into_inner() {
        match p.as_rule() {
            Rule::comment => open_comment = Some(build_comment(p, base)),
            Rule::entries => {
                let mut state = EntryState::default();
                entries = build_entries(p, base, &mut state);
                end_comments = state.comments;
            }
            _ => {}
        }
    }
    Block {
        open_comment,
        entries,
        end_comments,
        span,
    }
}

fn build_row(pair: Pair<'_, Rule>, base: usize) -> Row {
    let start = span_of(&pair, base).start;
    let mut end = start + 1;
    let mut cells = Vec::new();
    for c in pair.into_inner().filter(|c| c.as_rule() == Rule::cell) {
        let raw = c.as_str();
        let raw_start = c.as_span().start() + base;
        // The `|` after this cell ends the row so far.
        end = raw_start + raw.len() + 1;
        let lead = raw.len() - raw.trim_start().len();
        let text = raw.trim();
        let s = raw_start + lead;
        cells.push(Cell {
            text: text.to_string(),
            span: Span::new(s, s + text.len()),
        });
    }
    Row {
        cells,
        span: Span::new(start, end),
    }
}

/// Resolves `\"`, `\\` and `\n` in a one-line string.
fn unescape(raw: &str) -> String {
    let mut out = String::with_capacity(raw.len());
    let mut chars = raw.chars();
    while let Some(c) = chars.next() {
        if c == '\\' {
            match chars.next() {
                Some('n') => out.push('\n'),
                Some(other) => out.push(other),
                None => out.push('\\'),
            }
        } else {
            out.push(c);
        }
    }
    out
}

/// Removes the line break after the opening `"""`, the indentation before the
/// closing one, and the indentation common to all non-blank lines.
pub fn dedent(raw: &str) -> String {
    let mut lines: Vec<&str> = raw
        .split('\n')
        .map(|l| l.strip_suffix('\r').unwrap_or(l))
        .collect();
    if lines.len() > 1 && lines.first().is_some_and(|l| l.trim().is_empty()) {
        lines.remove(0);
    }
    if lines.len() > 1 && lines.last().is_some_and(|l| l.trim().is_empty()) {
        lines.pop();
    }
    let indent = lines
        .iter()
        .filter(|l| !l.trim().is_empty())
        .map(|l| l.len() - l.trim_start_matches([' ', '\t']).len())
        .min()
        .unwrap_or(0);
    lines
        .iter()
        .map(|l| {
            if l.trim().is_empty() {
                ""
            } else {
                l.get(indent..).unwrap_or(l).trim_end()
            }
        })
        .collect::<Vec<_>>()
        .join("\n")
}

fn error_offset(err: &pest::error::Error<Rule>) -> usize {
    match err.location {
        pest::error::InputLocation::Pos(p) => p,
        pest::error::InputLocation::Span((s, _)) => s,
    }
}

/// The start of the line at or before `pos` that opens a top-level statement
/// (a letter in the first column).
fn top_level_start_at_or_before(text: &str, pos: usize) -> usize {
    let mut line_start = text[..pos.min(text.len())].rfind('\n').map_or(0, |i| i + 1);
    loop {
        if text[line_start..].starts_with(|c: char| c.is_ascii_alphabetic()) || line_start == 0 {
            return line_start;
        }
        line_start = text[..line_start - 1].rfind('\n').map_or(0, |i| i + 1);
    }
}

/// The start of the first line after the line of `pos` that opens a top-level statement.
fn top_level_start_after(text: &str, pos: usize) -> Option<usize> {
    let mut at = text[pos.min(text.len())..].find('\n')? + pos + 1;
    loop {
        if text[at..].starts_with(|c: char| c.is_ascii_alphabetic()) {
            return Some(at);
        }
        at += text[at..].find('\n')? + 1;
    }
}

/// Refuses blocks nested more than [`MAX_NESTING`] deep, before pest recurses into them.
///
/// It reads the text as the grammar does, so that it never skips a brace the
/// parser would enter: a `"""` opens a text block only when a closing `"""`
/// follows (otherwise the grammar reads `""` strings), a string ends where
/// the grammar's string ends, and a comment or table row runs to the end of
/// the line. Wherever it skips more than the grammar would, the grammar
/// fails on that line and does not parse its braces.
///
/// It also returns where the text can be parsed in pieces: line starts at
/// depth 0, outside any string or text block, that open a statement (a
/// letter), at least `chunk` bytes apart. In a file that parses, the grammar
/// agrees there: each piece parses as a file, and the pieces' entries are
/// the file's.
fn check_nesting(
    file: &Arc<SourceFile>,
    start: usize,
    chunk: usize,
) -> Result<Vec<usize>, Box<Diagnostic>> {
    let text = file.text.as_bytes();
    let mut depth = 0usize;
    let mut splits = Vec::new();
    let mut last = start;
    let mut i = start;
    while i < text.len() {
        if depth == 0
            && i > last
            && i - last >= chunk
            && text[i - 1] == b'\n'
            && text[i].is_ascii_alphabetic()
        {
            splits.push(i);
            last = i;
        }
        match text[i] {
            b'"' if text[i..].starts_with(b"\"\"\"") => {
                let close = text[i + 3..].windows(3).position(|w| w == b"\"\"\"");
                if let Some(at) = close {
                    i += 3 + at + 3;
                    continue;
                }
                // Never closed: the grammar reads a string `""` here.
                i += 2;
                continue;
            }
            b'"' => {
                i += 1;
                while i < text.len() && text[i] != b'"' && text[i] != b'\n' && text[i] != b'\r' {
                    i += if text[i] == b'\\' { 2 } else { 1 };
                }
            }
            b'/' if text[i..].starts_with(b"//") => {
                while i < text.len() && text[i] != b'\n' && text[i] != b'\r' {
                    i += 1;
                }
                continue;
            }
            b'|' => {
                // A table row: its cells are free text.
                while i < text.len() && text[i] != b'\n' && text[i] != b'\r' {
                    i += 1;
                }
                continue;
            }
            b'{' => {
                depth += 1;
                if depth > MAX_NESTING {
                    return Err(Box::new(
                        Diagnostic::error(Code::Syntax, file, "blocks are nested too deeply")
                            .at(Span::new(i, i + 1), format!("block {depth} levels deep"))
                            .help(format!(
                                "a policy needs two or three levels of `{{ … }}`; policyc stops at {MAX_NESTING}"
                            )),
                    ));
                }
            }
            b'}' => depth = depth.saturating_sub(1),
            _ => {}
        }
        i += 1;
    }
    Ok(splits)
}

/// What a grammar rule is called in a diagnostic.
fn describe(rule: &Rule) -> Option<&'static str> {
    Some(match rule {
        Rule::statement | Rule::keyword | Rule::row | Rule::cell => "a statement",
        Rule::args | Rule::list => "a value",
        Rule::date => "a date such as `2018-07-22`",
        Rule::duration => "a duration such as `2 years`",
        Rule::unit => "a unit of time (`minutes`, `hours`, `days`, `weeks`, `months` or `years`)",
        Rule::trigger | Rule::after_kw => "`after`",
        Rule::number => "a number",
        Rule::string | Rule::string_inner => "a quoted string",
        Rule::text_block | Rule::text_inner => "a text block in triple quotes",
        Rule::word => "a word",
        Rule::block => "a block in `{ … }`",
        Rule::blank_line | Rule::EOI => "the end of the line",
        _ => return None,
    })
}

/// A pest error as a diagnostic in words, with a hint.
fn syntax_error(
    file: &Arc<SourceFile>,
    text: &str,
    err: &pest::error::Error<Rule>,
    base: usize,
) -> Diagnostic {
    let pos = (base + error_offset(err)).min(text.len());
    let rest = &text[base..];
    // An unterminated text block swallows the rest of the file: point at its opening quotes.
    if rest.matches("\"\"\"").count() % 2 == 1 {
        if let Some(open) = rest.rfind("\"\"\"") {
            let at = base + open;
            return Diagnostic::error(Code::Syntax, file, "this text block is never closed")
                .at(Span::new(at, at + 3), "opened here")
                .help("end the text block with `\"\"\"` on a line of its own");
        }
    }
    // A string that is never closed on its line: pest backs up to its opening quote.
    if text[pos..].starts_with('"')
        && !text[pos..].starts_with("\"\"\"")
        && !closes_on_line(&text[pos + 1..])
    {
        let line_end = text[pos..].find('\n').map_or(text.len(), |i| pos + i);
        return Diagnostic::error(Code::Syntax, file, "this string is never closed")
            .at(Span::new(pos, line_end), "the string starts here and runs to the end of the line")
            .help("close the string with `\"` on the same line; use a `\"\"\"` text block for text over several lines");
    }
    let mut expected: Vec<&str> = match &err.variant {
        pest::error::ErrorVariant::ParsingError { positives, .. } => {
            positives.iter().filter_map(describe).collect()
        }
        pest::error::ErrorVariant::CustomError { .. } => Vec::new(),
    };
    let mut seen = std::collections::HashSet::new();
    expected.retain(|e| seen.insert(*e));
    let found = found_at(text, pos);
    let message = if expected.is_empty() {
        format!("unexpected {found}")
    } else {
        format!("expected {}, found {found}", join_or(&expected))
    };
    let width = found_len(text, pos);
    let help = if found == "`}`" {
        "a `}` closes a block opened with `{` at the end of a statement line".to_string()
    } else if text[pos..].starts_with('{') {
        "a block opens at the end of the statement's line: `keyword args {`, then its statements on the lines below".to_string()
    } else {
        "each statement is `keyword value, value … { block }` on one line; see docs/language.md"
            .to_string()
    };
    Diagnostic::error(Code::Syntax, file, message)
        .at(Span::new(pos, pos + width), "here")
        .help(help)
}

/// Whether an unescaped `"` comes before the end of the line.
fn closes_on_line(rest: &str) -> bool {
    let mut chars = rest.chars();
    while let Some(c) = chars.next() {
        match c {
            '\\' => {
                chars.next();
            }
            '"' => return true,
            '\n' => return false,
            _ => {}
        }
    }
    false
}

fn found_at(text: &str, pos: usize) -> String {
    let rest = &text[pos..];
    if rest.is_empty() {
        return "the end of the file".into();
    }
    if rest.starts_with(['\n', '\r']) {
        return "the end of the line".into();
    }
    let len = found_len(text, pos);
    format!("`{}`", &rest[..len])
}

fn found_len(text: &str, pos: usize) -> usize {
    let rest = &text[pos..];
    let first = rest.chars().next().map_or(0, char::len_utf8);
    if first == 0 || rest.starts_with(['\n', '\r']) {
        return 0;
    }
    let word = rest
        .char_indices()
        .take_while(|(_, c)| c.is_alphanumeric() || *c == '-' || *c == '_')
        .last()
        .map_or(0, |(i, c)| i + c.len_utf8());
    let mut len = word.max(first).min(40.min(rest.len()));
    while !rest.is_char_boundary(len) {
        len -= 1;
    }
    len.max(first)
}

fn join_or(items: &[&str]) -> String {
    match items {
        [] => String::new(),
        [one] => (*one).to_string(),
        [init @ .., last] => format!("{} or {last}", init.join(", ")),
    }
}

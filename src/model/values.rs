//! The value readers: each turns a statement's values into a typed fact, or
//! reports what the statement takes instead.

use super::lower::{args_span, flat_values, suggestion_help, Lower};
use super::schema::Vocabulary;
use super::*;
use crate::diag::Code;
use crate::syntax::ast::{Statement, Value, ValueKind};

impl Lower {
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

    /// Places: bare words are ISO 3166-1 alpha-2 country codes, in any case,
    /// kept in lower case (`NL` is `nl`); with `strings_too`, quoted places
    /// ("the European Union") are kept as written. A word that is no code is
    /// refused, with the code meant when it is a three-letter code or a
    /// country's name (`USA`: did you mean `us`?).
    pub fn countries(&mut self, stmt: &Statement, strings_too: bool) -> Vec<Spanned<String>> {
        let words = self.words(stmt, strings_too);
        let quoted: Vec<Span> = flat_values(stmt)
            .iter()
            .filter(|v| matches!(v.kind, ValueKind::Str(_)))
            .map(|v| v.span)
            .collect();
        let mut out = Vec::new();
        for w in words {
            if quoted.contains(&w.span) {
                out.push(w);
                continue;
            }
            match countries::alpha2(&w.value) {
                Some(code) => out.push(Spanned::new(code, w.span)),
                None => {
                    let help = match countries::meant(&w.value) {
                        Some((code, name)) => format!("did you mean `{code}` ({name})?"),
                        None if strings_too => "write the two-letter ISO 3166-1 code, as `us` or `de`, or the place in quotes".to_string(),
                        None => "write the two-letter ISO 3166-1 code, as `us` or `de`".to_string(),
                    };
                    self.error(
                        Code::BadValue,
                        w.span,
                        format!("`{}` is not an ISO 3166-1 alpha-2 country code", w.value),
                        "not a country code",
                    );
                    self.help(help);
                }
            }
        }
        out
    }

    /// One fideslang key: dot-separated segments of letters, digits, `_` and
    /// `-` (`user.contact.email`). Fides accepts custom taxonomies, so the key
    /// is not checked against the default one here.
    pub fn fides_key(&mut self, stmt: &Statement) -> Option<Spanned<String>> {
        let vals = flat_values(stmt);
        let well_formed = |k: &str| {
            k.split('.').all(|seg| {
                !seg.is_empty()
                    && seg
                        .chars()
                        .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-')
            })
        };
        match vals.as_slice() {
            [Value {
                kind: ValueKind::Word(k),
                span,
            }] if well_formed(k) => Some(Spanned::new(k.clone(), *span)),
            _ => {
                self.expect_shape(
                    stmt,
                    "one fideslang key, as in `fides user.contact.email` or `fides essential.service`",
                );
                None
            }
        }
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

    /// `yes` or `no` and the policy's own words, each kept when stated.
    pub fn answer(&mut self, stmt: &Statement) -> (Option<bool>, Option<String>) {
        match self.yes_no(stmt) {
            Some((a, words)) => (Some(a.value), words.map(|w| w.value)),
            None => (None, None),
        }
    }

    /// `yes` or `no` alone; words after it are an error, not dropped.
    pub fn flag(&mut self, stmt: &Statement) -> Option<bool> {
        // A flag takes no words: say so, not "then optionally the policy's words".
        let first_is_answer = matches!(
            flat_values(stmt).first().map(|v| &v.kind),
            Some(ValueKind::Word(w)) if w == "yes" || w == "no"
        );
        if !first_is_answer {
            self.expect_shape(stmt, "`yes` or `no`");
            return None;
        }
        let (answer, words) = self.yes_no(stmt)?;
        if let Some(w) = words {
            let kw = &stmt.keyword.text;
            self.error(
                Code::BadValue,
                w.span,
                format!("`{kw}` takes `yes` or `no` alone"),
                "these words would not appear anywhere",
            );
            self.help(format!(
                "write `{kw} {}` and put the policy's words in a `section`",
                if answer.value { "yes" } else { "no" }
            ));
        }
        Some(answer.value)
    }

    /// A yes/no answer with the policy's words, as a fact; `may "…"` when
    /// the policy hedges (its words are then required: they are the answer).
    pub fn stance(&mut self, stmt: &Statement) -> Option<Stance> {
        let vals = flat_values(stmt);
        if let Some(Value {
            kind: ValueKind::Word(w),
            ..
        }) = vals.first()
        {
            if w == "may" {
                return match vals.get(1..).unwrap_or(&[]) {
                    [Value {
                        kind: ValueKind::Str(s) | ValueKind::Text(s),
                        span,
                    }] if !s.trim().is_empty() => Some(Stance {
                        answer: true,
                        statement: Some(Spanned::new(s.clone(), *span)),
                        hedged: true,
                        scope: Scope::default(),
                        span: stmt.span,
                    }),
                    _ => {
                        self.expect_shape(
                            stmt,
                            "after `may`, the policy's own words in quotes (they are the answer)",
                        );
                        None
                    }
                };
            }
        }
        self.yes_no(stmt).map(|(a, statement)| Stance {
            answer: a.value,
            statement,
            hedged: false,
            scope: Scope::default(),
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
        let ValueKind::Duration(d) = &v.kind else {
            return None;
        };
        let crate::syntax::ast::Duration {
            amount,
            unit,
            trigger,
        } = &**d;
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
                kind: ValueKind::Duration(d),
                ..
            }] if d.trigger.is_none() => {
                self.duration_value(v).map(|(d, _)| Spanned::new(d, v.span))
            }
            _ => {
                self.expect_shape(stmt, "a duration such as `1 month`");
                None
            }
        }
    }

    /// A longer response time and when it applies: `60 days "when …"`.
    pub fn extension(&mut self, stmt: &Statement) -> Option<Extension> {
        match flat_values(stmt).as_slice() {
            [v @ Value {
                kind: ValueKind::Duration(d),
                ..
            }, Value {
                kind: ValueKind::Str(when),
                ..
            }] if d.trigger.is_none() && !when.trim().is_empty() => {
                let (d, _) = self.duration_value(v)?;
                Some(Extension {
                    within: Some(Spanned::new(d, v.span)),
                    when: when.clone(),
                })
            }
            // "It may take longer when …", with no period stated.
            [Value {
                kind: ValueKind::Str(when),
                ..
            }] if !when.trim().is_empty() => Some(Extension {
                within: None,
                when: when.clone(),
            }),
            _ => {
                self.expect_shape(stmt, "when it applies, after the longer time if the policy states one, such as `60 days \"when requests are complex or numerous\"`");
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
                kind: ValueKind::Duration(_),
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
                match event_in_words(&vals) {
                    // `7 years after the last payment`: the event is one word.
                    Some(written) => self.help(format!(
                        "the event after `after` is one word, its words joined by hyphens: `{written}`"
                    )),
                    None => self.help(format!("write `N {}` (optionally `after some-event`), `session`, `indefinitely`, or a criterion in quotes", Unit::PLURALS.join("|"))),
                }
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
            }] => match Date::parse_day_or_month(d) {
                Ok(date) => Some(Spanned::new(date, *span)),
                Err(why) => {
                    self.error(
                        Code::BadDate,
                        *span,
                        format!("`{d}` is not a valid date"),
                        why,
                    );
                    self.help("write dates as YYYY-MM-DD, for example `2018-07-22` (or YYYY-MM when the policy names only the month)");
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

/// `7 years after the last payment`, read as a duration with the event
/// `the` and then loose words: the duration written with the event's words
/// joined by hyphens (`7 years after the-last-payment`).
fn event_in_words(vals: &[&Value]) -> Option<String> {
    let (
        Value {
            kind: ValueKind::Duration(d),
            ..
        },
        rest,
    ) = vals.split_first()?
    else {
        return None;
    };
    let (amount, unit) = (&d.amount, &d.unit);
    let first = d.trigger.as_ref()?;
    let mut words = vec![first.text.clone()];
    for v in rest {
        match &v.kind {
            ValueKind::Word(w) => words.push(w.clone()),
            _ => return None,
        }
    }
    (words.len() > 1).then(|| format!("{amount} {unit} after {}", words.join("-")))
}

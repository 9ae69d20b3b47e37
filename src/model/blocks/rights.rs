//! `rights { … }` and the `right KIND… "description" { … }` statements inside.

use super::super::lower::{flat_values, suggestion_help, Lower};
use super::super::schema::{Block, Field, Shape};
use super::super::*;
use crate::diag::Code;
use crate::syntax::ast::{Statement, Value, ValueKind};

/// The `rights` block.
pub static BLOCK: Block<Rights> = Block {
    keyword: "rights",
    args: Shape::Nothing,
    doc: "The rights offered, how to send a request and how quickly it is answered.",
    place: "in a `rights` block",
    allow: true,
    row: None,
    fields: &[
        Field::many_block(
            &RIGHT,
            "right",
            Shape::Other {
                syntax: "KIND, … \"description\"",
                example: "access \"See the data we hold\"",
            },
            "A right as the policy states it.",
            |cx, s, r| r.rights.extend(right(cx, s)),
        ),
        Field::many(
            "request-via",
            Shape::Texts,
            "How to send a request.",
            |cx, s, r| r.request_via.extend(cx.strings(s)),
        ),
        Field::once(
            "respond-within",
            Shape::Duration,
            "How quickly requests are answered.",
            |cx, s, r| r.respond_within = cx.duration(s),
        ),
        Field::once(
            "verifies-identity",
            Shape::YesNo,
            "Whether identity is checked before answering.",
            |cx, s, r| r.verifies_identity = cx.flag(s),
        ),
    ],
};

/// A right being read.
pub struct Reading {
    authority: Option<Authority>,
    url: Option<String>,
}

/// The block of a `right` statement.
pub static RIGHT: Block<Reading> = Block {
    keyword: "right",
    args: Shape::Other {
        syntax: "KIND, … \"description\"",
        example: "complain \"Complain to a supervisory authority\"",
    },
    doc: "One right, with the complaint authority for `complain`.",
    place: "in a `right` block",
    allow: false,
    row: None,
    fields: &[
        Field::once(
            "authority",
            Shape::Other {
                syntax: "\"name\" [example]",
                example: "\"The Information Commissioner's Office\" example",
            },
            "The supervisory authority to complain to; `example` when named only as an example.",
            authority,
        ),
        Field::once(
            "url",
            Shape::Text,
            "The authority's website.",
            |cx, s, r| r.url = cx.text(s),
        ),
    ],
};

fn authority(cx: &mut Lower, s: &Statement, r: &mut Reading) {
    match flat_values(s).as_slice() {
        [Value {
            kind: ValueKind::Str(name),
            span,
        }] => {
            r.authority = Some(Authority {
                name: Spanned::new(name.clone(), *span),
                example_only: false,
                url: None,
            });
        }
        [Value {
            kind: ValueKind::Str(name),
            span,
        }, Value {
            kind: ValueKind::Word(w),
            ..
        }] if w == "example" => {
            r.authority = Some(Authority {
                name: Spanned::new(name.clone(), *span),
                example_only: true,
                url: None,
            });
        }
        _ => cx.expect_shape(
            s,
            "the authority's name in quotes, then `example` if it is named only as an example",
        ),
    }
}

/// Reads a `rights` statement.
pub fn lower(cx: &mut Lower, stmt: &Statement) -> Rights {
    let mut rights = Rights {
        span: Some(stmt.span),
        ..Rights::default()
    };
    if !stmt.args.is_empty() {
        cx.expect_shape(stmt, "no arguments, only a block: `rights { … }`");
    }
    cx.walk(&BLOCK, stmt, &mut rights);
    rights
}

fn right(cx: &mut Lower, stmt: &Statement) -> Option<Right> {
    const SHAPE: &str =
        "the kinds of right and a description, as in `right access \"See the data we hold\"`";
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
            cx.expect_shape(stmt, SHAPE);
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
                    cx.error(
                        Code::UnknownKeyword,
                        v.span,
                        format!("`{w}` is not a right policyc knows"),
                        "unknown right",
                    );
                    cx.help(help);
                }
            },
            _ => cx.expect_shape(stmt, SHAPE),
        }
    }
    let mut r = Reading {
        authority: None,
        url: None,
    };
    cx.walk(&RIGHT, stmt, &mut r);
    let mut authority = r.authority;
    if let Some(a) = authority.as_mut() {
        a.url = r.url;
    }
    Some(Right {
        kinds,
        label,
        authority,
        span: stmt.span,
    })
}

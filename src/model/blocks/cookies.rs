//! `cookies { … }`: the cookie table (a header row, then one row per cookie)
//! and how consent to cookies is obtained.

use super::super::lower::{suggestion_help, Lower};
use super::super::materiality::{
    row, source as src,
    Class::{Editorial as E, Material as M, Review as R},
    Direction as D, Part,
};
use super::super::schema::{why, Block, Field, Shape, Vocabulary};
use super::super::*;
use crate::diag::Code;
use crate::syntax::ast::{Row, Statement};
use crate::syntax::Keyword as K;

/// The table being read: the columns of its header, once read.
pub struct Reading {
    cookies: Cookies,
    header: Option<Vec<Option<Column>>>,
}

/// The `cookies` block.
pub static BLOCK: Block<Reading> = Block {
    keyword: Some(K::Cookies),
    args: Shape::Nothing,
    doc: "The cookie table, and how consent to non-essential cookies is obtained.",
    place: "in a `cookies` block",
    allow: true,
    row: Some(table_row),
    material: &[(Part::Block, &[row(D::Removed, R, "the cookie section is gone; read whether cookies are still used", src::EPRIVACY), row(D::Any, E, "the cookie section is new", src::NONE)]), (Part::Cookie, &[row(D::AddedAs("non-essential"), M, "a new non-essential cookie (needs consent whoever sets it)", src::EPRIVACY), row(D::AddedAs("necessary"), E, "a new strictly necessary cookie", src::NONE), row(D::Added, R, "a new cookie of no declared or known category; read what it does", src::EPRIVACY), row(D::Renamed, E, "the same cookie under another name (same provider, category, lifetime and purpose)", src::NONE), row(D::Any, E, "a cookie is no longer set", src::NONE)]), (Part::Column("provider"), &[row(D::ChangedAs("non-essential"), M, "a non-essential cookie now set by another party", src::EPRIVACY), row(D::Any, E, "who sets a strictly necessary cookie", src::NONE)]), (Part::Column("party"), &[row(D::To("third"), M, "the cookie is now set by a third party", src::EPRIVACY), row(D::Any, E, "the party declared", src::NONE)]), (Part::Column("category"), &[row(D::To("non-essential"), M, "the cookie is now used for a non-essential purpose", src::EPRIVACY), row(D::Any, R, "another non-essential category, or now necessary; read the purpose", src::EPRIVACY)]), (Part::Column("lifetime"), &[row(D::Longer, M, "the cookie lives longer", "ePrivacy Directive Art. 5(3); GDPR Art. 13(2)(a)"), row(D::Shorter, E, "the cookie lives less long", src::NONE), row(D::Any, R, "the lifetime changed in a way that cannot be compared", "GDPR Art. 13(2)(a)")]), (Part::Column("purpose"), &[row(D::Any, R, "what the cookie is for, in words", src::EPRIVACY)]), (Part::Column("domain"), &[row(D::Any, R, "the domain the cookie is set on", src::EPRIVACY)])],
    omit: &[
        (K::Consent, &[why::NOT_DPV, why::NOT_FIDES, why::NOT_RECORD]),
        (K::Notice, why::NOTICE),
        (K::OptOut, why::NOTICE),
    ],
    fields: &[
        Field::once(
            K::Consent,
            Shape::Keywords(ConsentMechanism::VOCAB),
            "How consent to non-essential cookies is obtained; `for …` gives the way for some places.",
            |cx, s, r: &mut Reading| {
                let scope = cx.take_scope();
                let value = cx.keywords(s);
                r.cookies.consent.push(Scoped { value, scope });
            },
        )
.material(&[row(D::To("continued-use"), M, "consent to cookies is now inferred from continued use", src::CONSENT), row(D::To("pre-ticked"), M, "consent to cookies is now taken by a pre-ticked box", "ePrivacy Directive Art. 5(3); CJEU C-673/17 Planet49"), row(D::To("browser-settings"), M, "consent to cookies is now read from browser settings", "ePrivacy Directive Art. 5(3); EDPB Guidelines 05/2020 on consent"), row(D::Dropped, M, "how consent to cookies is obtained is no longer said", src::EPRIVACY), row(D::Any, R, "how consent to cookies is obtained", src::EPRIVACY)])
        .regional(),
        Field::many(
            K::OptOut,
            Shape::Texts,
            "Opt-out links and tools.",
            |cx, s, r: &mut Reading| r.cookies.opt_out.extend(cx.texts(s)),
        )
.material(&[row(D::Fewer, M, "a way to refuse cookies is withdrawn", src::EPRIVACY), row(D::Any, E, "ways to refuse cookies", src::NONE)]),
        Field::once(
            K::Notice,
            Shape::Url,
            "A separate cookie notice that describes each cookie (its web address): the table here may then name providers and categories only.",
            |cx, s, r: &mut Reading| r.cookies.notice = cx.string(s),
        )
.material(&[row(D::Dropped, M, "the separate cookie notice is no longer named", src::EPRIVACY), row(D::Any, R, "where the separate cookie notice is", src::EPRIVACY)]),
    ],
};

/// Reads a `cookies` statement.
pub fn lower(cx: &mut Lower, stmt: &Statement) -> Option<Cookies> {
    let mut r = Reading {
        cookies: Cookies {
            columns: Vec::new(),
            rows: Vec::new(),
            consent: Vec::new(),
            opt_out: Vec::new(),
            notice: None,
            header_span: stmt.keyword.span,
            span: stmt.span,
        },
        header: None,
    };
    cx.walk(&BLOCK, stmt, &mut r);
    Some(r.cookies)
}

fn table_row(cx: &mut Lower, row: &Row, r: &mut Reading) {
    if row.is_separator() {
        return;
    }
    match &r.header {
        None => r.header = Some(header(cx, row, &mut r.cookies)),
        Some(cols) => {
            let cookie = cookie_row(cx, row, cols);
            r.cookies.rows.extend(cookie);
        }
    }
}

fn header(cx: &mut Lower, row: &Row, c: &mut Cookies) -> Vec<Option<Column>> {
    let mut cols = Vec::new();
    for cell in &row.cells {
        match Column::from_header(&cell.text) {
            Some(col) => {
                cols.push(Some(col));
                c.columns.push(col);
            }
            None => {
                let help = suggestion_help(
                    &cell.text.to_ascii_lowercase(),
                    Column::WORDS,
                    "the columns are",
                );
                cx.error(
                    Code::UnknownColumn,
                    cell.span,
                    format!("`{}` is not a cookie table column", cell.text),
                    "unknown column",
                );
                cx.help(help);
                cols.push(None);
            }
        }
    }
    let describes = |c: Column| cols.contains(&Some(c));
    if !describes(Column::Name) && !describes(Column::Provider) && !describes(Column::Category) {
        cx.error(
            Code::MissingColumn,
            row.span,
            "the cookie table has no `name` column (nor `provider` or `category` to describe cookies without names)",
            "this header row",
        );
        cx.help("the first row names the columns: `| name | provider | party | category | lifetime | purpose |`");
    }
    c.header_span = row.span;
    cols
}

fn cookie_row(cx: &mut Lower, row: &Row, cols: &[Option<Column>]) -> Option<Cookie> {
    if row.cells.len() != cols.len() {
        cx.error(
            Code::BadRow,
            row.span,
            format!(
                "this row has {} cells but the header has {} columns",
                row.cells.len(),
                cols.len()
            ),
            "wrong number of cells",
        );
        cx.help("leave a cell empty (`| |`) when there is nothing to say");
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
        match col {
            Column::Name => name = Some(Spanned::new(text, span)),
            Column::Provider => cookie.provider = Some(Spanned::new(text, span)),
            Column::Purpose => cookie.purpose = Some(Spanned::new(text, span)),
            Column::Domain => cookie.domain = Some(text),
            Column::Party => match CookieParty::from_word(
                lower.trim_end_matches("-party").trim_end_matches(" party"),
            ) {
                Some(p) => cookie.party = Some(Spanned::new(p, span)),
                None => {
                    cx.error(
                        Code::BadValue,
                        span,
                        format!("`{text}` is not `first` or `third`"),
                        "not a party",
                    );
                }
            },
            Column::Category => match CookieCategory::from_word(&lower) {
                Some(k) => cookie.category = Some(Spanned::new(k, span)),
                None => {
                    let help = suggestion_help(
                        &lower,
                        CookieCategory::WORDS,
                        "a cookie category is one of",
                    );
                    cx.error(
                        Code::UnknownKeyword,
                        span,
                        format!("`{text}` is not a cookie category"),
                        "unknown category",
                    );
                    cx.help(help);
                }
            },
            Column::Lifetime => {
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
                        cx.error(
                            Code::BadDuration,
                            span,
                            format!("expected a duration such as `2 years`, found `{text}`"),
                            "not a lifetime",
                        );
                        cx.help(format!("write `N {}` or `session`; leave the cell empty when the lifetime is not known", Unit::PLURALS.join("|")));
                    }
                }
            }
        }
    }
    // A row may describe cookies by provider and category without naming them.
    let Some(n) = name.or_else(|| {
        (cookie.provider.is_some() || cookie.category.is_some())
            .then(|| Spanned::new(String::new(), row.span))
    }) else {
        cx.error(
            Code::MissingCell,
            row.span,
            "this cookie row names no cookie, provider or category",
            "nothing to say which cookies",
        );
        cx.help("name the cookie, or give at least its provider and category for cookies described together");
        return None;
    };
    if n.value.contains('*') && !n.value.ends_with('*') || n.value.matches('*').count() > 1 {
        cx.error(
            Code::BadValue,
            n.span,
            "a cookie pattern may only end in `*`",
            "`*` in the middle",
        );
        cx.help("write a prefix pattern such as `_gat_UA-*`");
    }
    cookie.name = n;
    Some(cookie)
}

//! `controller`, `dpo` and `representative`: a party with contact details.

use super::super::lower::Lower;
use super::super::schema::{why, Block, Field, Omit, Shape};
use super::super::*;
use crate::syntax::ast::Statement;

static FIELDS: &[Field<Party>] = &[
    Field::once(
        "legal-form",
        Shape::Text,
        "Legal form (\"a California corporation\").",
        |cx, s, p| p.legal_form = cx.text(s),
    ),
    Field::once("address", Shape::Text, "Postal address.", |cx, s, p| {
        p.address = cx.string(s)
    }),
    Field::once("email", Shape::Text, "E-mail address.", |cx, s, p| {
        p.email = cx.string(s)
    }),
    Field::once("phone", Shape::Text, "Telephone number.", |cx, s, p| {
        p.phone = cx.text(s)
    }),
    Field::once("website", Shape::Url, "Website.", |cx, s, p| {
        p.website = cx.text(s)
    }),
    Field::once(
        "contact-form",
        Shape::Url,
        "An online contact form.",
        |cx, s, p| p.contact_form = cx.text(s),
    ),
    Field::once(
        "registration",
        Shape::Text,
        "Its company registration (register and number).",
        |cx, s, p| p.registration = cx.text(s),
    ),
    Field::once(
        "country",
        Shape::Word,
        "Country of establishment (ISO 3166 alpha-2).",
        |cx, s, p| p.country = cx.words(s, false).pop(),
    ),
    Field::once(
        "eu-establishment",
        Shape::Text,
        "An establishment in the EEA that acts for it there, when it is established elsewhere (GDPR Art. 3(1); no Art. 27 representative is needed then).",
        |cx, s, p| p.eu_establishment = cx.string(s),
    ),
    Field::once(
        "verifies-identity",
        Shape::Flag,
        "Whether identity is checked when contacted.",
        |cx, s, p| p.verifies_identity = cx.flag(s),
    ),
    Field::once(
        "required",
        Shape::Flag,
        "Whether a DPO is required (GDPR Art. 37).",
        |cx, s, p| p.required = cx.flag(s),
    ),
];

macro_rules! party_block {
    ($name:ident, $kw:literal, $doc:literal, $omit:expr) => {
        #[doc = $doc]
        pub static $name: Block<Party> = Block {
            keyword: $kw,
            args: Shape::Text,
            doc: $doc,
            place: concat!("in a `", $kw, "` block"),
            allow: false,
            row: None,
            omit: $omit,
            fields: FIELDS,
        };
    };
}

/// Omitted by JSON-LD, the Fides manifest and the Art. 30 record alike.
const NOT_EXPORTED: &[Omit] = &[why::NOT_DPV, why::NOT_FIDES, why::NOT_RECORD];

/// The statements of a party block that some outputs leave out: the same
/// for the three parties but for what the Fides manifest carries of each
/// (the controller's address, the DPO's e-mail), given as `$extra` rows.
macro_rules! party_omit {
    ($($extra:expr),* $(,)?) => {
        &[
            ("contact-form", &[why::NOT_FIDES]),
            ("country", &[why::NOT_FIDES, why::RECORD_LACKS]),
            ("eu-establishment", NOT_EXPORTED),
            ("legal-form", NOT_EXPORTED),
            ("phone", &[why::NOT_FIDES]),
            ("registration", NOT_EXPORTED),
            ("required", NOT_EXPORTED),
            ("verifies-identity", NOT_EXPORTED),
            ("website", &[why::NOT_FIDES]),
            $($extra),*
        ]
    };
}

party_block!(
    CONTROLLER,
    "controller",
    "The controller: who decides why and how data is processed.",
    party_omit!(("email", &[why::NOT_FIDES]))
);
party_block!(
    DPO,
    "dpo",
    "The data protection officer.",
    party_omit!(("address", &[why::NOT_FIDES]))
);
party_block!(
    REPRESENTATIVE,
    "representative",
    "The representative in the EU (GDPR Art. 27).",
    party_omit!(("address", &[why::NOT_FIDES]), ("email", &[why::NOT_FIDES]))
);

/// Reads a party statement against its block.
pub fn lower(cx: &mut Lower, stmt: &Statement, block: &'static Block<Party>) -> Option<Party> {
    let name = cx.string(stmt)?;
    let mut p = Party {
        name,
        legal_form: None,
        address: None,
        email: None,
        phone: None,
        website: None,
        contact_form: None,
        registration: None,
        country: None,
        eu_establishment: None,
        verifies_identity: None,
        required: None,
        scope: Scope::default(),
        span: stmt.span,
    };
    cx.walk(block, stmt, &mut p);
    Some(p)
}

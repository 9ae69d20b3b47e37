//! `controller`, `dpo` and `representative`: a party with contact details.

use super::super::lower::Lower;
use super::super::materiality::{
    row, source as src,
    Class::{Editorial as E, Material as M, Review as R},
    Direction as D, Part,
};
use super::super::schema::{why, Block, Field, Omit, Shape};
use super::super::*;
use crate::syntax::ast::Statement;
use crate::syntax::Keyword as K;

static FIELDS: &[Field<Party>] = &[
    Field::once(
        K::LegalForm,
        Shape::Text,
        "Legal form (\"a California corporation\").",
        |cx, s, p: &mut Party| p.legal_form = cx.text(s),
    )
.material(&[row(D::Any, E, "contact details", src::NONE)]),
    Field::once(K::Address, Shape::Text, "Postal address.", |cx, s, p: &mut Party| {
        p.address = cx.string(s)
    })
.material(&[row(D::Any, E, "contact details", src::NONE)]),
    Field::once(
        K::Email,
        Shape::Text,
        "E-mail address; `for …` gives the address for some places (`email \"privacy-eu@…\" for eea`).",
        |cx, s, p: &mut Party| {
            let scope = cx.take_scope();
            let email = cx.string(s);
            if scope.is_everywhere() {
                p.email = email;
            } else {
                p.regional_emails
                    .extend(email.map(|value| Scoped { value, scope }));
            }
        },
    )
    .material(&[row(D::Any, E, "contact details", src::NONE)])
    .regional(),
    Field::once(K::Phone, Shape::Text, "Telephone number.", |cx, s, p: &mut Party| {
        p.phone = cx.text(s)
    })
.material(&[row(D::Any, E, "contact details", src::NONE)]),
    Field::once(K::Website, Shape::Url, "Website.", |cx, s, p: &mut Party| {
        p.website = cx.text(s)
    })
.material(&[row(D::Any, E, "contact details", src::NONE)]),
    Field::once(
        K::ContactForm,
        Shape::Url,
        "An online contact form.",
        |cx, s, p: &mut Party| p.contact_form = cx.text(s),
    )
.material(&[row(D::Any, E, "contact details", src::NONE)]),
    Field::once(
        K::Registration,
        Shape::Text,
        "Its company registration (register and number).",
        |cx, s, p: &mut Party| p.registration = cx.text(s),
    )
.material(&[row(D::Any, E, "the company registration", src::NONE)]),
    Field::once(
        K::Country,
        Shape::Word,
        "Country of establishment: an ISO 3166-1 alpha-2 code, in any case (`NL` is `nl`); `USA` or `Germany` is refused with the code meant.",
        |cx, s, p: &mut Party| p.country = cx.countries(s, false).pop(),
    )
.material(&[row(D::Any, E, "the country of establishment", src::NONE)]),
    Field::once(
        K::EuEstablishment,
        Shape::Text,
        "An establishment in the EEA that acts for it there, when it is established elsewhere (GDPR Art. 3(1); no Art. 27 representative is needed then).",
        |cx, s, p: &mut Party| p.eu_establishment = cx.string(s),
    )
.material(&[row(D::Dropped, M, "the establishment in the Union is no longer named (an Art. 27 representative may be needed)", "GDPR Art. 3(1), 27(1)"), row(D::Any, R, "the establishment in the Union", "GDPR Art. 3(1), 13(1)(a)")]),
    Field::once(
        K::VerifiesIdentity,
        Shape::Flag,
        "Whether identity is checked when contacted.",
        |cx, s, p: &mut Party| p.verifies_identity = cx.flag(s),
    )
.material(&[row(D::Any, E, "whether identity is checked", src::NONE)]),
    Field::once(
        K::Required,
        Shape::Flag,
        "Whether a DPO is required (GDPR Art. 37).",
        |cx, s, p: &mut Party| p.required = cx.flag(s),
    )
.material(&[row(D::Any, E, "whether a DPO is required", src::NONE)]),
];

macro_rules! party_block {
    ($name:ident, $k:ident = $kw:literal, $doc:literal, $omit:expr, $material:expr) => {
        #[doc = $doc]
        pub static $name: Block<Party> = Block {
            keyword: Some(K::$k),
            args: Shape::Text,
            doc: $doc,
            place: concat!("in a `", $kw, "` block"),
            allow: false,
            row: None,
            omit: $omit,
            fields: FIELDS,
            material: $material,
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
            (K::ContactForm, &[why::NOT_FIDES]),
            (K::Country, &[why::NOT_FIDES, why::RECORD_LACKS]),
            (K::EuEstablishment, NOT_EXPORTED),
            (K::LegalForm, NOT_EXPORTED),
            (K::Phone, &[why::NOT_FIDES]),
            (K::Registration, NOT_EXPORTED),
            (K::Required, NOT_EXPORTED),
            (K::VerifiesIdentity, NOT_EXPORTED),
            (K::Website, &[why::NOT_FIDES]),
            $($extra),*
        ]
    };
}

party_block!(
    CONTROLLER,
    Controller = "controller",
    "The controller: who decides why and how data is processed.",
    party_omit!((K::Email, &[why::NOT_FIDES]))
,
&[(Part::Block, &[
                row(
                    D::AddedAs("for places"),
                    M,
                    "another organisation is now responsible for the data of the people in these places",
                    src::A13_1A
                ),row(D::Removed, M, "the controller is no longer named", src::A13_1A), row(D::Any, E, "the controller is now named", src::NONE)]), (Part::Name, &[row(D::Any, M, "a different organisation is responsible for the data", src::A13_1A)]), (Part::Statement(K::Country), &[row(D::Any, M, "the controller is established in another country (another law and authority may apply)", "GDPR Art. 3, 13(1)(a), 56")]), (Part::For, &[row(D::Any, M, "the places this controller is responsible for changed: people there now deal with another controller", "GDPR Art. 4(7), 13(1)(a), 14(1)(a)")])]);
party_block!(
    DPO,
    Dpo = "dpo",
    "The data protection officer.",
    party_omit!((K::Address, &[why::NOT_FIDES])),
    &[
        (
            Part::Block,
            &[
                row(
                    D::Removed,
                    M,
                    "the data protection officer's contact is no longer given",
                    src::A13_1B
                ),
                row(
                    D::Any,
                    E,
                    "a data protection officer is now named",
                    src::NONE
                )
            ]
        ),
        (
            Part::Statement(K::Email),
            &[row(
                D::Dropped,
                M,
                "the data protection officer's e-mail is no longer given",
                src::A13_1B
            )]
        ),
        (Part::Name, &[row(D::Any, E, "the name", src::NONE)]),
        (
            Part::For,
            &[
                row(
                    D::Fewer,
                    M,
                    "the data protection officer now serves fewer places: people elsewhere lose that contact",
                    src::A13_1B
                ),
                row(D::Any, E, "the places the data protection officer serves", src::NONE)
            ]
        )
    ]
);
party_block!(
    REPRESENTATIVE,
    Representative = "representative",
    "The representative in the EU (GDPR Art. 27).",
    party_omit!(
        (K::Address, &[why::NOT_FIDES]),
        (K::Email, &[why::NOT_FIDES])
    ),
    &[
        (
            Part::Block,
            &[
                row(
                    D::Removed,
                    M,
                    "the representative is no longer named",
                    "GDPR Art. 13(1)(a), 27"
                ),
                row(D::Any, E, "a representative is now named", src::NONE)
            ]
        ),
        (
            Part::Name,
            &[row(
                D::Any,
                M,
                "a different organisation represents the controller",
                "GDPR Art. 13(1)(a), 27"
            )]
        ),
        (
            Part::For,
            &[
                row(
                    D::Fewer,
                    M,
                    "people in a place it served no longer have this representative",
                    "GDPR Art. 13(1)(a), 27"
                ),
                row(
                    D::More,
                    E,
                    "the representative now also serves other places",
                    src::NONE
                ),
                row(
                    D::Any,
                    R,
                    "the region the representative serves",
                    "GDPR Art. 27"
                )
            ]
        )
    ]
);

/// Reads a party statement against its block.
pub fn lower(cx: &mut Lower, stmt: &Statement, block: &'static Block<Party>) -> Option<Party> {
    let name = cx.string(stmt)?;
    let mut p = Party {
        name,
        legal_form: None,
        address: None,
        email: None,
        regional_emails: Vec::new(),
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

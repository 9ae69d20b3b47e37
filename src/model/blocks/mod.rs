//! One file per block of the language: its schema entry and its lowering.
//! This file holds the file's top level.

mod basis;
mod changes;
mod children;
mod cookies;
mod data;
mod party;
mod policy;
mod purpose;
mod recipient;
mod rights;
mod section;
mod security;
mod tracker;
mod transfer;

use super::lower::{flat_values, Lower};
use super::materiality::{
    row, source as src,
    Class::{Editorial as E, Material as M, Review as R},
    Direction as D,
};
use super::schema::{why, Block, Field, Shape};
use super::*;
use crate::syntax::ast::{Statement, ValueKind};
use crate::syntax::Keyword as K;

/// The facts of a file as its top level is read.
#[derive(Default)]
pub struct Builder {
    pub meta: Option<Meta>,
    pub controller: Option<Party>,
    pub regional_controllers: Vec<Party>,
    /// Data protection officers for some places only.
    pub regional_dpos: Vec<Party>,
    pub dpo: Option<Party>,
    pub representatives: Vec<Party>,
    pub data: Vec<DataCategory>,
    pub bases: Vec<Basis>,
    pub purposes: Vec<Purpose>,
    pub recipients: Vec<Recipient>,
    pub no_recipients: bool,
    pub transfers: Vec<Transfer>,
    pub retention: Vec<Scoped<Spanned<Lifetime>>>,
    pub rights: Rights,
    pub children: Option<Children>,
    pub cookies: Option<Cookies>,
    pub trackers: Vec<Tracker>,
    pub statements: Statements,
    pub security: Option<Security>,
    pub changes: Option<Changes>,
    pub sections: Vec<Section>,
}

fn recipients_none(cx: &mut Lower, s: &Statement, b: &mut Builder) {
    match flat_values(s).as_slice() {
        [v] if matches!(&v.kind, ValueKind::Word(w) if w == "none") => b.no_recipients = true,
        _ => cx.expect_shape(
            s,
            "`none` (declare each recipient with `recipient id \"label\" { … }`)",
        ),
    }
}

/// A yes/no answer, for everywhere or for the places after `for`.
fn answer(cx: &mut Lower, s: &Statement, answers: &mut Answers) {
    let scope = cx.take_scope();
    answers
        .0
        .extend(cx.stance(s).map(|st| Stance { scope, ..st }));
}

/// The file's top level.
pub static TOP: Block<Builder> = Block {
    keyword: None,
    args: Shape::Nothing,
    doc: "A policy file: its metadata, the parties, the facts and the prose.",
    place: "at the top level of a policy",
    allow: true,
    row: None,
    material: &[],
    omit: &[
        (K::AutomatedDecisions, &[why::NOT_DPV, why::NOT_FIDES, why::NOT_RECORD]),
        (K::Basis, &[why::NOT_DPV, why::NOT_FIDES]),
        (K::Dpo, &[why::NOT_FIDES]),
        (K::HonorsDoNotTrack, &[why::NOT_DPV, why::NOT_FIDES, why::NOT_RECORD]),
        (K::HonorsGpc, &[why::NOT_DPV, why::NOT_FIDES, why::NOT_RECORD]),
        (K::LimitsSensitiveUse, &[why::NOT_DPV, why::NOT_FIDES, why::NOT_RECORD]),
        (K::Policy, &[why::NOT_RECORD]),
        (K::Representative, &[why::NOT_FIDES]),
        (K::Section, why::NOTICE),
        (K::SellsData, &[why::NOT_DPV, why::NOT_FIDES, why::NOT_RECORD]),
        (K::SharesData, &[why::NOT_DPV, why::NOT_FIDES, why::NOT_RECORD]),
        (K::ThirdPartyTracking, &[why::NOT_DPV, why::NOT_FIDES, why::NOT_RECORD]),
        (K::Tracker, &[why::NOT_DPV, why::NOT_FIDES, why::NOT_RECORD]),
        (K::Transfer, &[why::NOT_FIDES]),
    ],
    fields: &[
        Field::once_block(
            &policy::BLOCK,
            K::Policy,
            Shape::Text,
            "The title, dates, version, language and jurisdictions.",
            |cx, s, b: &mut Builder| b.meta = policy::lower(cx, s),
        )
.json("meta"),
        Field::once_block(
            &party::CONTROLLER,
            K::Controller,
            Shape::Text,
            "Who decides why and how data is processed, with contact details; `for …` names a controller for some places only.",
            |cx, s, b: &mut Builder| {
                let scope = cx.take_scope();
                let Some(c) = party::lower(cx, s, &party::CONTROLLER) else {
                    return;
                };
                if scope.is_everywhere() || scope.is_elsewhere() {
                    // The controller `for elsewhere` is the one for everyone
                    // the regional controllers are not for.
                    b.controller = Some(Party { scope, ..c });
                } else {
                    b.regional_controllers.push(Party { scope, ..c });
                }
            },
        )
        .regional(),
        Field::once_block(
            &party::DPO,
            K::Dpo,
            Shape::Text,
            "The data protection officer; `for …` names one for some places only (the LGPD's encarregado `for brazil`).",
            |cx, s, b: &mut Builder| {
                let scope = cx.take_scope();
                let Some(d) = party::lower(cx, s, &party::DPO) else {
                    return;
                };
                if scope.is_everywhere() || scope.is_elsewhere() {
                    b.dpo = Some(Party { scope, ..d });
                } else {
                    b.regional_dpos.push(Party { scope, ..d });
                }
            },
        )
        .regional(),
        Field::many_block(
            &party::REPRESENTATIVE,
            K::Representative,
            Shape::Text,
            "A representative (GDPR Art. 27); `for eea` or `for uk` names the region it serves.",
            |cx, s, b: &mut Builder| {
                let scope = cx.take_scope();
                let rep = party::lower(cx, s, &party::REPRESENTATIVE);
                b.representatives.extend(rep.map(|p| Party { scope, ..p }));
            },
        )
.json("representatives")
        .regional(),
        Field::many_block(
            &data::BLOCK,
            K::Data,
            Shape::IdLabel,
            "A category of personal data; `for …` when it is collected in some places only.",
            |cx, s, b: &mut Builder| {
                let scope = cx.take_scope();
                b.data
                    .extend(data::lower(cx, s).map(|d| DataCategory { scope, ..d }));
            },
        )
        .regional(),
        Field::many_block(
            &basis::BLOCK,
            K::Basis,
            Shape::IdLabel,
            "A legal basis as the policy words it; `for …` when the policy relies on it in some places only (the LGPD's list `for brazil`).",
            |cx, s, b: &mut Builder| b.bases.extend(basis::lower(cx, s)),
        )
.json("bases")
        .regional(),
        Field::many_block(
            &purpose::BLOCK,
            K::Purpose,
            Shape::IdLabel,
            "Why data is processed, and on what basis; `for …` when it is pursued in some places only.",
            |cx, s, b: &mut Builder| {
                let scope = cx.take_scope();
                b.purposes
                    .extend(purpose::lower(cx, s).map(|p| Purpose { scope, ..p }));
            },
        )
.json("purposes")
        .regional(),
        Field::many_block(
            &recipient::BLOCK,
            K::Recipient,
            Shape::IdLabel,
            "Who receives data; `for …` when data goes to it from some places only.",
            |cx, s, b: &mut Builder| {
                let scope = cx.take_scope();
                b.recipients
                    .extend(recipient::lower(cx, s).map(|r| Recipient { scope, ..r }));
            },
        )
.json("recipients")
        .regional(),
        Field::once(
            K::Recipients,
            Shape::Other {
                syntax: "none",
                example: "none",
                alt: "",
            },
            "States that no one receives the data.",
            recipients_none,
        )
.material(&[row(D::Any, M, "whether anyone receives the data", src::A13_1E)]),
        Field::many_block(
            &transfer::BLOCK,
            K::Transfer,
            Shape::IdLabel,
            "A transfer of data to other countries.",
            |cx, s, b: &mut Builder| {
                let scope = cx.take_scope();
                b.transfers
                    .extend(transfer::lower(cx, s).map(|t| Transfer { scope, ..t }));
            },
        )
.json("transfers")
        .regional(),
        Field::many(
            K::Retention,
            Shape::Lifetime,
            "A retention rule or criterion stated for all data.",
            |cx, s, b: &mut Builder| b.retention.extend(cx.scoped_lifetime(s)),
        )
.material(&[row(D::Dropped, M, "a general retention rule no longer holds for some people", src::A13_2A), row(D::Lifted, E, "a rule that only permitted keeping data no longer holds for some people, and the rules that limit it still do: in their favour", src::NONE), row(D::Excepted, M, "a new rule lets data be kept for some people: an exception to the limits on keeping it", src::A13_2A), row(D::Limited, E, "a new rule deletes data or bounds how long it is kept for some people: in their favour", src::NONE), row(D::Widened, M, "an exception that lets data be kept now lists more reasons, the old ones among them", src::A13_2A), row(D::Narrowed, E, "what lets data be kept is narrowed (fewer reasons, or no de-identified copy instead of deleting): in people's favour", src::NONE), row(D::Longer, M, "data is kept longer", src::A13_2A), row(D::More, R, "another general retention rule; read whether it keeps data longer", src::A13_2A), row(D::Shorter, E, "data is kept for less time", src::NONE), row(D::Any, R, "the general retention rules changed; read whether data is kept longer", src::A13_2A)])
        .regional(),
        Field::once_block(
            &rights::BLOCK,
            K::Rights,
            Shape::Nothing,
            "The rights offered and how to use them.",
            |cx, s, b| b.rights = rights::lower(cx, s),
        ),
        Field::once_block(
            &children::BLOCK,
            K::Children,
            Shape::Nothing,
            "Children: minimum age, parental consent.",
            |cx, s, b| b.children = children::lower(cx, s),
        ),
        Field::once_block(
            &cookies::BLOCK,
            K::Cookies,
            Shape::Nothing,
            "The cookie table and how consent to cookies is obtained.",
            |cx, s, b| b.cookies = cookies::lower(cx, s),
        ),
        Field::many_block(
            &tracker::BLOCK,
            K::Tracker,
            Shape::IdLabel,
            "A tracking technology other than cookies.",
            |cx, s, b: &mut Builder| b.trackers.extend(tracker::lower(cx, s)),
        )
.json("trackers"),
        Field::once(
            K::HonorsDoNotTrack,
            Shape::YesNo,
            "Whether browser Do Not Track signals are honoured (CalOPPA 22575(b)(5)).",
            |cx, s, b: &mut Builder| answer(cx, s, &mut b.statements.honors_do_not_track),
        )
.material(&[row(D::No, M, "Do Not Track signals are no longer honoured", "CalOPPA, Cal. Bus. & Prof. Code 22575(b)(5)"), row(D::Reworded, R, "the policy's words on Do Not Track", "CalOPPA 22575(b)(5)"), row(D::Any, E, "Do Not Track signals are honoured, or the answer is stated", src::NONE)])
        .regional(),
        Field::once(
            K::HonorsGpc,
            Shape::YesNo,
            "Whether Global Privacy Control signals are honoured.",
            |cx, s, b: &mut Builder| answer(cx, s, &mut b.statements.honors_gpc),
        )
.material(&[row(D::No, M, "Global Privacy Control signals are no longer honoured", "CCPA 1798.135(b); Cal. Code Regs. tit. 11, § 7025"), row(D::Dropped, R, "the answer on Global Privacy Control is no longer given", "Cal. Code Regs. tit. 11, § 7025"), row(D::Reworded, R, "the policy's words on Global Privacy Control", "Cal. Code Regs. tit. 11, § 7025"), row(D::Any, E, "Global Privacy Control signals are honoured, or the answer is stated", src::NONE)])
        .regional(),
        Field::once(
            K::ThirdPartyTracking,
            Shape::YesNo,
            "Whether third parties may track people across sites (CalOPPA 22575(b)(6)).",
            |cx, s, b: &mut Builder| answer(cx, s, &mut b.statements.third_party_tracking),
        )
.material(&[row(D::Yes, M, "third parties may now track people across sites", "CalOPPA 22575(b)(6); ePrivacy Directive Art. 5(3)"), row(D::Stated, R, "the answer on third-party tracking is now given", "CalOPPA 22575(b)(6)"), row(D::Reworded, R, "the policy's words on third-party tracking", "CalOPPA 22575(b)(6)"), row(D::Any, E, "third parties may no longer track, or the answer is dropped", src::NONE)])
        .regional(),
        Field::once(
            K::AutomatedDecisions,
            Shape::YesNo,
            "Whether decisions are made by automated means (GDPR Art. 22).",
            |cx, s, b: &mut Builder| answer(cx, s, &mut b.statements.automated_decisions),
        )
.material(&[row(D::Dropped, M, "the statement that no decisions are automated no longer holds for some people", src::A13_2F), row(D::Yes, M, "decisions are now made by automated means", src::A13_2F), row(D::Stated, R, "the answer on automated decisions is now given", src::A13_2F), row(D::Reworded, R, "the policy's words on automated decisions", src::A13_2F), row(D::Any, E, "no longer automated decisions, or the answer is dropped", src::NONE)])
        .regional(),
        Field::once(
            K::SellsData,
            Shape::YesNo,
            "Whether personal information is sold (CCPA).",
            |cx, s, b: &mut Builder| answer(cx, s, &mut b.statements.sells_data),
        )
.material(&[row(D::Dropped, M, "the statement that personal information is not sold no longer holds for some people", src::SALE), row(D::Yes, M, "personal information is now sold", src::SALE), row(D::Stated, R, "the answer on sale is now given", src::SALE), row(D::Reworded, R, "the policy's words on sale", src::SALE), row(D::Any, E, "personal information is no longer sold, or the answer is dropped", src::NONE)])
        .regional(),
        Field::once(
            K::SharesData,
            Shape::YesNo,
            "Whether personal information is shared for cross-context advertising (CCPA).",
            |cx, s, b: &mut Builder| answer(cx, s, &mut b.statements.shares_data),
        )
.material(&[row(D::Dropped, M, "the statement that personal information is not shared no longer holds for some people", src::SALE), row(D::Yes, M, "personal information is now shared for cross-context advertising", src::SALE), row(D::Stated, R, "the answer on sharing is now given", src::SALE), row(D::Reworded, R, "the policy's words on sharing", src::SALE), row(D::Any, E, "personal information is no longer shared, or the answer is dropped", src::NONE)])
        .regional(),
        Field::once(
            K::LimitsSensitiveUse,
            Shape::YesNo,
            "Whether sensitive personal information is used or disclosed only for the purposes 11 CCR §7027(m) lists (then no notice of a right to limit is due, 11 CCR §7014(e), §7027(b)).",
            |cx, s, b: &mut Builder| answer(cx, s, &mut b.statements.limits_sensitive_use),
        )
.material(&[row(D::No, M, "sensitive personal information is no longer said to be used only for the purposes 11 CCR 7027(m) lists (a right to limit may be due)", "CCPA 1798.121; 11 CCR 7014(e), 7027(b), (m)"), row(D::Dropped, M, "the statement that sensitive data is used only for 11 CCR 7027(m) purposes is withdrawn", "CCPA 1798.121; 11 CCR 7014(e), 7027(b), (m)"), row(D::Stated, R, "the use of sensitive data is now said to be limited or not", "CCPA 1798.121; 11 CCR 7027(m)"), row(D::Reworded, R, "the policy's words on the use of sensitive data", "CCPA 1798.121; 11 CCR 7027(m)"), row(D::Any, E, "sensitive data now said to be used only for 11 CCR 7027(m) purposes", src::NONE)])
        .regional(),
        Field::once_block(
            &security::BLOCK,
            K::Security,
            Shape::Nothing,
            "Security measures.",
            |cx, s, b| b.security = security::lower(cx, s),
        ),
        Field::once_block(
            &changes::BLOCK,
            K::Changes,
            Shape::Nothing,
            "How changes are made and made known.",
            |cx, s, b| b.changes = changes::lower(cx, s),
        ),
        Field::many_block(
            &section::BLOCK,
            K::Section,
            Shape::IdLabel,
            "A prose section in Markdown.",
            |cx, s, b: &mut Builder| b.sections.extend(section::lower(cx, s)),
        )
.json("sections")
        .regional(),
    ],
};

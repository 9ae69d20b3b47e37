//! The model's types, one file per part of the policy; re-exported from
//! [`crate::model`], so their paths are `crate::model::X`.

mod children;
mod cookies;
mod data;
mod notes;
mod parties;
mod purposes;
mod recipients;
mod rights;
mod sections;
mod statements;

pub use children::{Age, Children};
pub use cookies::{Cookie, Cookies, Tracker};
pub use data::{DataCategory, ItemProvision};
pub use notes::{HasNotes, Note};
pub use parties::{Meta, Party};
pub use purposes::{Alternative, Basis, GroundClaim, OnlyWith, Purpose};
pub use recipients::{Recipient, Transfer};
pub use rights::{Authority, Extension, Right, Rights};
pub use sections::Section;
pub use statements::{Answers, Changes, Security, Stance, Statements};

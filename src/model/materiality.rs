//! The materiality of changes, declared with the statements: the classes,
//! the directions a change can take, and the rows that say what a change in
//! each direction means, with its legal source. Each block's schema holds
//! the rows of its statements (`Field::material`) and of its own parts
//! (`Block::material`); `crate::diff::table` reads them, and docs/diff.md
//! shows them.

use serde::Serialize;

/// Whether people may need to be told. Ordered most serious first.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Class {
    /// Changes what is done with personal data, or people's control over it.
    Material,
    /// The meaning lies in the policy's own words: a person must read them.
    Review,
    /// Wording, presentation, or a change in people's favour.
    Editorial,
}

impl Class {
    /// The word for it.
    pub fn word(self) -> &'static str {
        match self {
            Class::Material => "material",
            Class::Review => "review",
            Class::Editorial => "editorial",
        }
    }
}

/// The direction of a change, as a row names it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Direction {
    /// Any change: the decision when no more specific row applies.
    Any,
    /// The fact is new.
    Added,
    /// The fact is gone.
    Removed,
    /// The same fact under another id.
    Renamed,
    /// A statement that was not made is now made.
    Stated,
    /// A statement that was made is no longer made.
    Dropped,
    /// For the people of some place, a rule that only permitted something
    /// (data "may be kept" for a reason) no longer holds, and the rules
    /// that limit it still do: in their favour.
    Lifted,
    /// For the people of some place, a new rule only permits something
    /// (data "may be kept" for a reason): an exception to the limits.
    Excepted,
    /// For the people of some place, a new rule only deletes data or bounds
    /// how long it is kept: in their favour.
    Limited,
    /// An exception that lets data be kept now lists more reasons, the
    /// old ones among them.
    Widened,
    /// An exception that lets data be kept now lists fewer reasons, or a
    /// rule no longer offers keeping a de-identified copy instead of
    /// deleting: in people's favour.
    Narrowed,
    /// More values.
    More,
    /// Fewer values.
    Fewer,
    /// A longer period.
    Longer,
    /// A shorter period.
    Shorter,
    /// A higher number.
    Higher,
    /// A lower number.
    Lower,
    /// The answer is now yes.
    Yes,
    /// The answer is now no.
    No,
    /// The policy's own words changed.
    Reworded,
    /// The values now include this word (`to continued-use`).
    To(&'static str),
    /// The values no longer include this word.
    From(&'static str),
    /// A cookie added, of this kind of category (`added non-essential`).
    AddedAs(&'static str),
    /// A cookie's provider changed, for a cookie of this kind of category.
    ChangedAs(&'static str),
    /// A period is now longer than a law where it applies allows (a response time).
    BeyondLaw,
    /// For the people of some place, one value replaced by another that
    /// cannot be ordered (one legal ground for another).
    Replaced,
}

impl std::fmt::Display for Direction {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let word = match self {
            Direction::Any => "any",
            Direction::Added => "added",
            Direction::Removed => "removed",
            Direction::Renamed => "renamed",
            Direction::Stated => "stated",
            Direction::Dropped => "dropped",
            Direction::Lifted => "lifted",
            Direction::Excepted => "excepted",
            Direction::Limited => "limited",
            Direction::Widened => "widened",
            Direction::Narrowed => "narrowed",
            Direction::More => "more",
            Direction::Fewer => "fewer",
            Direction::Longer => "longer",
            Direction::Shorter => "shorter",
            Direction::Higher => "higher",
            Direction::Lower => "lower",
            Direction::Yes => "yes",
            Direction::No => "no",
            Direction::Reworded => "reworded",
            Direction::To(w) => return write!(f, "to {w}"),
            Direction::From(w) => return write!(f, "from {w}"),
            Direction::AddedAs(w) => return write!(f, "added {w}"),
            Direction::ChangedAs(w) => return write!(f, "changed {w}"),
            Direction::BeyondLaw => "beyond the legal time",
            Direction::Replaced => "replaced",
        };
        f.write_str(word)
    }
}

/// A part of a block that is not one of its statements, or a statement that
/// one block judges apart from the others that share it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Part {
    /// The block as a whole: added, removed, renamed.
    Block,
    /// The name after its keyword (`controller "…"`).
    Name,
    /// The label after its id (`data id "…"`).
    Label,
    /// The places of its `for`.
    For,
    /// A right's kinds.
    Kinds,
    /// A right's description.
    Description,
    /// Whether an authority is named only as an example.
    Example,
    /// One of its statements, judged for this block alone (a statement all
    /// parties share that means more for the controller).
    Statement(crate::syntax::Keyword),
    /// A row of the cookie table, as a whole.
    Cookie,
    /// A column of the cookie table.
    Column(&'static str),
}

impl Part {
    /// Its name in docs/diff.md and in the diff: `(block)`, `(name)`…, or the statement or column.
    pub fn name(self) -> &'static str {
        match self {
            Part::Block | Part::Cookie => "(block)",
            Part::Name => "(name)",
            Part::Label => "(label)",
            Part::For => "(for)",
            Part::Kinds => "(kinds)",
            Part::Description => "(description)",
            Part::Example => "(example)",
            Part::Statement(k) => k.as_str(),
            Part::Column(s) => s,
        }
    }
}

/// One decision: what a change in this direction means, and why.
#[derive(Clone, Copy, Debug)]
pub struct Row {
    /// The direction.
    pub change: Direction,
    /// The class.
    pub class: Class,
    /// Why, in words.
    pub reason: &'static str,
    /// The legal source, or `—`.
    pub source: &'static str,
}

/// A row: a change in `change` is of `class`, for `reason`, under `source`.
pub const fn row(
    change: Direction,
    class: Class,
    reason: &'static str,
    source: &'static str,
) -> Row {
    Row {
        change,
        class,
        reason,
        source,
    }
}

/// The legal sources rows share.
pub mod source {
    /// The legal source of rows about the controller's identity.
    pub const A13_1A: &str = "GDPR Art. 13(1)(a), 14(1)(a)";
    /// The legal source of rows about the DPO's contact details.
    pub const A13_1B: &str = "GDPR Art. 13(1)(b), 14(1)(b)";
    /// The legal source of rows about purposes and legal bases.
    pub const A13_1C: &str = "GDPR Art. 13(1)(c), 14(1)(c); Art. 13(3), 14(4)";
    /// The legal source of rows about legitimate interests.
    pub const A13_1D: &str = "GDPR Art. 13(1)(d), 14(2)(b); Art. 21(1)";
    /// The legal source of rows about the categories of data.
    pub const A14_1D: &str = "GDPR Art. 14(1)(d); CCPA 1798.100(a)(1)";
    /// The legal source of rows about recipients.
    pub const A13_1E: &str =
        "GDPR Art. 13(1)(e), 14(1)(e); WP260 rev.01, changes to Art. 13/14 information";
    /// The legal source of rows about transfers.
    pub const A13_1F: &str =
        "GDPR Art. 13(1)(f), 14(1)(f); Art. 44-49; WP260 rev.01, changes to Art. 13/14 information";
    /// The legal source of rows about retention.
    pub const A13_2A: &str = "GDPR Art. 13(2)(a), 14(2)(a); CCPA 1798.100(a)(3)";
    /// The legal source of rows about rights.
    pub const A13_2B: &str = "GDPR Art. 13(2)(b), 14(2)(c); Arts. 15-21";
    /// The legal source of rows about the right to complain.
    pub const A13_2D: &str = "GDPR Art. 13(2)(d), 14(2)(e); Art. 77";
    /// The legal source of rows about whether data must be provided.
    pub const A13_2E: &str = "GDPR Art. 13(2)(e)";
    /// The legal source of rows about automated decisions.
    pub const A13_2F: &str = "GDPR Art. 13(2)(f), 14(2)(g); Art. 22";
    /// The legal source of rows about where data comes from.
    pub const A14_2F: &str = "GDPR Art. 14(2)(f)";
    /// The legal source of rows about special categories.
    pub const ART9: &str = "GDPR Art. 9, 13(1)(c); CCPA 1798.121";
    /// The legal source of rows about how consent is given.
    pub const CONSENT: &str = "GDPR Art. 4(11), 7; EDPB Guidelines 05/2020 on consent (scrolling or continued use is no consent)";
    /// The legal source of rows about cookies and similar technologies.
    pub const EPRIVACY: &str = "ePrivacy Directive Art. 5(3); GDPR Art. 13(1)(e)";
    /// The legal source of rows about sale and sharing.
    pub const SALE: &str = "CCPA 1798.115, 1798.120, 1798.135";
    /// The legal source of rows about other changes to Art. 13/14 information.
    pub const WP260: &str = "WP260 rev.01, changes to Art. 13/14 information";
    /// No legal source (an editorial change).
    pub const NONE: &str = "—";
}

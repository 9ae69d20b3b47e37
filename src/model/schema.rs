//! The language's schema: every block described once — its keyword, its
//! arguments, the statements it holds with their cardinality and value
//! shape, and the function that lowers each statement into the model.
//!
//! The resolver ([`super::lower`]) is a generic walker over these tables:
//! unknown statements, "stated twice", blocks under statements that take
//! none and rows outside the cookie table are all reported from them. The
//! same tables drive the reference in docs/language.md (tested against it),
//! and are what an editor completes from. Adding a statement to a block is
//! one [`Field`] entry in that block's file.

use super::lower::Lower;
use super::materiality::{self, Part};
use crate::model::{HasNotes, Note};
use crate::syntax::ast::{Row, Statement};
use crate::syntax::Keyword;

/// How often a statement may appear in its block.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Repeat {
    /// At most once: a second one is an error at the second.
    Once,
    /// Any number of times; each adds to the fact.
    Many,
}

/// A closed vocabulary: its words and what one of them is called in messages.
#[derive(Clone, Copy, Debug)]
pub struct Vocab {
    /// "a recipient role".
    pub what: &'static str,
    /// Every word, in the documentation's order.
    pub words: &'static [&'static str],
}

/// A keyword enum of the language (implemented by the `keywords!` macro).
pub trait Vocabulary: Sized + Copy + 'static {
    /// Its words and name.
    const VOCAB: Vocab;
    /// Reads one of its words.
    fn from_word(word: &str) -> Option<Self>;
}

/// What a statement's values look like.
#[derive(Clone, Copy, Debug)]
pub enum Shape {
    /// No values: `rights { … }`.
    Nothing,
    /// An id and a label: `data contact "Contact details"`.
    IdLabel,
    /// One quoted string or text block.
    Text,
    /// Quoted strings separated by commas.
    Texts,
    /// A web address in quotes (shown as a link where its scheme is allowed).
    Url,
    /// One bare word (a language tag, a country code).
    Word,
    /// Ids of declared facts of this kind, separated by commas.
    Refs(&'static str),
    /// Places: country codes or quoted words, separated by commas.
    Places,
    /// One word of a vocabulary.
    Keyword(Vocab),
    /// Words of a vocabulary, separated by commas.
    Keywords(Vocab),
    /// `yes` or `no`, then optionally the policy's own words in quotes.
    YesNo,
    /// `yes` or `no` alone: a fact whose wording the page does not need.
    Flag,
    /// A date, `2018-07-22`.
    Date,
    /// A duration, `session`, `indefinitely`, or a criterion in quotes.
    Lifetime,
    /// A duration without a trigger, `1 month`.
    Duration,
    /// Anything else, described in words, with an example that is valid.
    Other {
        /// How it is written.
        syntax: &'static str,
        /// A valid example of the values alone.
        example: &'static str,
        /// A second valid example that states something else, for the
        /// coverage test (empty: the test leaves the statement out instead).
        alt: &'static str,
    },
}

impl Shape {
    /// How the values are written, for the reference and for hovers.
    pub fn syntax(&self) -> String {
        match self {
            Shape::Nothing => String::new(),
            Shape::IdLabel => "ID \"label\"".into(),
            Shape::Text => "\"text\"".into(),
            Shape::Texts => "\"text\", …".into(),
            Shape::Url => "\"https://…\"".into(),
            Shape::Word => "WORD".into(),
            Shape::Refs(kind) => format!("{kind} ids, …"),
            Shape::Places => "country codes or \"places\", …".into(),
            Shape::Keyword(v) => v.words.join(" | "),
            Shape::Keywords(v) => format!("{}, …", v.words.join(" | ")),
            Shape::YesNo => "yes | no [\"the policy's words\"]".into(),
            Shape::Flag => "yes | no".into(),
            Shape::Date => "YYYY-MM-DD | YYYY-MM".into(),
            Shape::Lifetime => {
                "DURATION [after EVENT] | session | indefinitely | \"criterion\"".into()
            }
            Shape::Duration => "DURATION".into(),
            Shape::Other { syntax, .. } => (*syntax).into(),
        }
    }

    /// A valid example of the values, for tests and for completion snippets.
    /// `ids` names a declared id of the kind a reference needs.
    pub fn example(&self, ids: &dyn Fn(&str) -> String) -> String {
        match self {
            Shape::Nothing => String::new(),
            Shape::IdLabel => "example \"An example\"".into(),
            Shape::Text => "\"Some words\"".into(),
            Shape::Texts => "\"one\", \"two\"".into(),
            Shape::Url => "\"https://example.com/one\"".into(),
            // Both a language (`language`) and a country (`country`) code.
            Shape::Word => "fr".into(),
            Shape::Refs(kind) => ids(kind),
            Shape::Places => "us, \"the European Economic Area\"".into(),
            Shape::Keyword(v) | Shape::Keywords(v) => v.words[0].into(),
            Shape::YesNo => "no \"We do not.\"".into(),
            Shape::Flag => "no".into(),
            Shape::Date => "2026-01-01".into(),
            Shape::Lifetime => "2 years after account-closure".into(),
            Shape::Duration => "1 month".into(),
            Shape::Other { example, .. } => (*example).into(),
        }
    }

    /// A second valid example that states something else than
    /// [`Shape::example`], for tests that change one value and look for the
    /// change in every output; `None` when the shape has no second value
    /// (then such a test leaves the statement out instead).
    pub fn alt_example(&self) -> Option<String> {
        let alt = match self {
            Shape::Nothing => return None,
            // [`sample`] refers to two data categories; the second example names one.
            Shape::Refs(_) => "example".into(),
            Shape::IdLabel => "example \"Another example\"".into(),
            Shape::Text => "\"Other words\"".into(),
            Shape::Texts => "\"three\"".into(),
            Shape::Url => "\"https://example.com/two\"".into(),
            Shape::Word => "de".into(),
            Shape::Places => "fr".into(),
            Shape::Keyword(v) => (*v.words.get(1)?).into(),
            // [`sample`] writes every word; the second example is the first alone.
            Shape::Keywords(v) => v.words[0].into(),
            Shape::YesNo => "yes \"We do.\"".into(),
            Shape::Flag => "yes".into(),
            Shape::Date => "2026-02-02".into(),
            Shape::Lifetime => "3 years after account-closure".into(),
            Shape::Duration => "2 months".into(),
            Shape::Other { alt, .. } => {
                if alt.is_empty() {
                    return None;
                }
                (*alt).into()
            }
        };
        Some(alt)
    }
}

/// An output a policy is written to (`build --format`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Output {
    /// The published page.
    Html,
    /// The page as Markdown.
    Markdown,
    /// The machine-readable policy (docs/json.md).
    Json,
    /// W3C DPV as JSON-LD.
    JsonLd,
    /// A Fides system manifest.
    Fides,
    /// The GDPR Art. 30 record of processing, as CSV.
    Ropa,
}

impl Output {
    /// Every output, in the order of `build --format`.
    pub const ALL: [Output; 6] = [
        Output::Html,
        Output::Markdown,
        Output::Json,
        Output::JsonLd,
        Output::Fides,
        Output::Ropa,
    ];

    /// Its name in `build --format`.
    pub fn name(self) -> &'static str {
        match self {
            Output::Html => "html",
            Output::Markdown => "md",
            Output::Json => "json",
            Output::JsonLd => "jsonld",
            Output::Fides => "fides",
            Output::Ropa => "ropa",
        }
    }
}

/// An output that leaves a statement out, and the reason it may.
#[derive(Clone, Copy, Debug)]
pub struct Omit {
    /// The output.
    pub output: Output,
    /// Why the statement has no place in it.
    pub why: &'static str,
}

impl Omit {
    /// `output` leaves the statement out, for `why`.
    pub const fn new(output: Output, why: &'static str) -> Omit {
        Omit { output, why }
    }
}

/// The reasons an output leaves a statement out, shared by the blocks'
/// tables of omissions. docs/exports.md lists what each export carries.
pub mod why {
    use super::{Omit, Output};

    /// A statement about the notice itself (its dates, address, prose, how
    /// changes are announced, how to reach an authority), not about the
    /// processing that the exports record.
    pub const DOCUMENT: &str =
        "it is about the notice itself, not about the processing the exports record";
    /// Outside the JSON-LD export's mapping.
    pub const DPV: &str =
        "the DPV export maps only the facts docs/exports.md lists, and this is not one of them yet";
    /// Outside the Fides manifest's fields.
    pub const FIDES: &str = "the Fides manifest carries only the fideslang System fields docs/exports.md lists, and none holds this";
    /// Not an item of the record of processing.
    pub const RECORD: &str =
        "not one of the items of the record of processing (GDPR Art. 30(1)(a)-(g))";
    /// An item of the record that its columns do not hold yet.
    pub const RECORD_GAP: &str = "the record's columns (docs/exports.md) do not hold it yet: a known gap of the export, not a choice";
    /// A key into fideslang's taxonomy.
    pub const FIDES_KEY: &str = "a key into fideslang's taxonomy that only the Fides manifest reads; the other outputs state the same data or use in the policy's words";
    /// The regimes a policy is written for.
    pub const REGIMES: &str = "the regimes choose which checks run and which sections are due; the page states what each law requires, not a list of laws it claims to meet";

    /// Which translations are published.
    pub const TRANSLATIONS: &str = "it chooses which pages the build writes (one per language, the facts once); a page does not list its own translations";

    /// Left out of all three exports as a statement about the notice.
    pub const NOTICE: &[Omit] = &[
        Omit::new(Output::JsonLd, DOCUMENT),
        Omit::new(Output::Fides, DOCUMENT),
        Omit::new(Output::Ropa, DOCUMENT),
    ];
    /// Parties named only as examples ("such as Google reCAPTCHA"): an
    /// export names the parties that receive data, and an example does not
    /// say that this one does, so no export carries it.
    pub const EXAMPLES: &[Omit] = &[
        Omit::new(Output::JsonLd, EXAMPLE),
        Omit::new(Output::Fides, EXAMPLE),
        Omit::new(Output::Ropa, EXAMPLE),
    ];
    /// A classification the policy only hedges ("may be considered
    /// sensitive"): the exports' vocabularies state what data is, and none
    /// can say "may be", so none carries it.
    pub const HEDGED: &[Omit] = &[
        Omit::new(Output::JsonLd, MAY_BE),
        Omit::new(Output::Fides, MAY_BE),
        Omit::new(Output::Ropa, MAY_BE),
    ];
    /// Why a hedged classification is left out of the exports.
    pub const MAY_BE: &str = "the policy says only that the data may be sensitive, and the export's vocabulary can only say that it is";
    /// Why an example is left out of the exports.
    pub const EXAMPLE: &str = "a party named only as an example is not said to receive data, and the exports list those that do";
    /// Not in the DPV export.
    pub const NOT_DPV: Omit = Omit::new(Output::JsonLd, DPV);
    /// Not in the Fides manifest.
    pub const NOT_FIDES: Omit = Omit::new(Output::Fides, FIDES);
    /// Not in the Art. 30 record, which has no item for it.
    pub const NOT_RECORD: Omit = Omit::new(Output::Ropa, RECORD);
    /// Not in the Art. 30 record yet, although it is one of its items.
    pub const RECORD_LACKS: Omit = Omit::new(Output::Ropa, RECORD_GAP);
}

/// One statement a block may hold, and how it is lowered into `T`.
pub struct Field<T: 'static> {
    /// The keyword.
    pub keyword: Keyword,
    /// How often it may appear.
    pub repeat: Repeat,
    /// Its values.
    pub shape: Shape,
    /// What it states, in a sentence.
    pub doc: &'static str,
    /// The block it opens, if it takes one.
    pub block: Option<&'static dyn BlockInfo>,
    /// Whether `for REGIONS` may limit it to places (then "once" means once per set of places).
    pub regional: bool,
    /// Its name in the JSON policy; empty: the keyword, with `_` for `-`.
    pub json: &'static str,
    /// What a change of it means, by direction (docs/diff.md); a test
    /// fails for a statement without an `any` row.
    pub material: &'static [materiality::Row],
    /// Reads the statement into the fact being built.
    pub lower: fn(&mut Lower, &Statement, &mut T),
    /// A note ([`Field::note`]): the page states it in the policy's words
    /// under the label `note-BLOCK-KEYWORD`.
    pub note: bool,
}

impl<T: 'static> Field<T> {
    /// A statement that may appear once.
    pub const fn once(
        keyword: Keyword,
        shape: Shape,
        doc: &'static str,
        lower: fn(&mut Lower, &Statement, &mut T),
    ) -> Self {
        Field {
            keyword,
            repeat: Repeat::Once,
            shape,
            doc,
            block: None,
            regional: false,
            json: "",
            material: &[],
            lower,
            note: false,
        }
    }

    /// The same statement, with what a change of it means.
    pub const fn material(self, material: &'static [materiality::Row]) -> Self {
        Field { material, ..self }
    }

    /// The same statement, under another name in the JSON policy.
    pub const fn json(self, name: &'static str) -> Self {
        Field { json: name, ..self }
    }

    /// The same statement, which `for REGIONS` may limit to places; its
    /// lowering takes the places with [`Lower::take_scope`].
    pub const fn regional(self) -> Self {
        Field {
            regional: true,
            ..self
        }
    }

    /// A statement that may appear any number of times.
    pub const fn many(
        keyword: Keyword,
        shape: Shape,
        doc: &'static str,
        lower: fn(&mut Lower, &Statement, &mut T),
    ) -> Self {
        Field {
            repeat: Repeat::Many,
            ..Field::once(keyword, shape, doc, lower)
        }
    }

    /// A statement that may appear once and opens a block.
    pub const fn once_block(
        block: &'static dyn BlockInfo,
        keyword: Keyword,
        shape: Shape,
        doc: &'static str,
        lower: fn(&mut Lower, &Statement, &mut T),
    ) -> Self {
        Field {
            block: Some(block),
            ..Field::once(keyword, shape, doc, lower)
        }
    }

    /// A statement that may appear any number of times and opens a block.
    pub const fn many_block(
        block: &'static dyn BlockInfo,
        keyword: Keyword,
        shape: Shape,
        doc: &'static str,
        lower: fn(&mut Lower, &Statement, &mut T),
    ) -> Self {
        Field {
            block: Some(block),
            ..Field::many(keyword, shape, doc, lower)
        }
    }
}

impl<T: HasNotes + 'static> Field<T> {
    /// A note: one or more quoted strings that the page states as the
    /// policy words them, under the label `note-BLOCK-KEYWORD` of each
    /// language, and the JSON policy lists under `notes`; once per set of
    /// places (`for …`). Nothing else needs writing for it: the outputs,
    /// the diff, the formatter and the editor read it from this declaration
    /// (docs/adding-a-statement.md). Give what a change of it means with
    /// [`Field::material`], and the exports that leave it out in the block's
    /// `omit` table.
    pub const fn note(keyword: Keyword, doc: &'static str) -> Self {
        Field {
            note: true,
            ..Field::once(keyword, Shape::Texts, doc, lower_note::<T>).regional()
        }
    }

    /// A question answered `yes`, `no` or `may`, optionally with the
    /// policy's own words (required after `may`): a note whose answer the
    /// page states under the label `note-BLOCK-KEYWORD`, in the policy's
    /// words when it gives them and otherwise in the sentence
    /// `note-BLOCK-KEYWORD-yes` or `-no` of each language; the JSON policy
    /// lists it under `notes` with its `answer`; once per set of places.
    /// Like a note, nothing else needs writing for it; a rule reads its
    /// answers in the block's `notes` (those whose `answer` is set).
    pub const fn question(keyword: Keyword, doc: &'static str) -> Self {
        Field {
            note: true,
            ..Field::once(keyword, Shape::YesNo, doc, lower_question::<T>).regional()
        }
    }
}

/// Reads a question's answer into the fact being built.
fn lower_question<T: HasNotes>(cx: &mut Lower, s: &Statement, t: &mut T) {
    let scope = cx.take_scope();
    let (Some(stance), Some(keyword)) = (cx.stance(s), s.kw) else {
        return;
    };
    t.notes_mut().push(Note {
        keyword,
        words: stance.statement.into_iter().collect(),
        answer: Some(stance.answer),
        hedged: stance.hedged,
        scope,
        span: s.span,
    });
}

/// Reads a note into the fact being built.
fn lower_note<T: HasNotes>(cx: &mut Lower, s: &Statement, t: &mut T) {
    let scope = cx.take_scope();
    let words = cx.strings(s);
    if words.is_empty() {
        return;
    }
    let Some(keyword) = s.kw else {
        return;
    };
    t.notes_mut().push(Note {
        keyword,
        words,
        answer: None,
        hedged: false,
        scope,
        span: s.span,
    });
}

/// A block: `keyword args { statements }`, lowered into a `T`.
pub struct Block<T: 'static> {
    /// The keyword that opens it (`None` for the file itself).
    pub keyword: Option<Keyword>,
    /// The values after the keyword.
    pub args: Shape,
    /// What it declares, in a sentence.
    pub doc: &'static str,
    /// "in a `data` block", for messages.
    pub place: &'static str,
    /// Whether `allow RULE "reason"` may silence a rule inside it.
    pub allow: bool,
    /// The statements it may hold.
    pub fields: &'static [Field<T>],
    /// Reads a table row, for blocks that hold a table.
    pub row: Option<fn(&mut Lower, &Row, &mut T)>,
    /// Its statements that some outputs leave out, by keyword, each output
    /// with the reason; every other output shows every statement (the
    /// coverage test, tests/it/coverage.rs, holds each output to this).
    pub omit: &'static [(Keyword, &'static [Omit])],
    /// What a change of its parts that are not statements means (the block
    /// as a whole, its name or label, its `for`), and of shared statements
    /// it judges apart.
    pub material: &'static [(Part, &'static [materiality::Row])],
}

/// A block seen without its model type: what docs and editors read.
pub trait BlockInfo: Sync {
    /// The keyword that opens it, as written (empty for the file itself).
    fn keyword(&self) -> &'static str {
        self.kw().map_or("", Keyword::as_str)
    }
    /// The keyword that opens it (`None` for the file itself).
    fn kw(&self) -> Option<Keyword>;
    /// The values after the keyword.
    fn args(&self) -> Shape;
    /// What it declares.
    fn doc(&self) -> &'static str;
    /// Whether `allow` may appear inside.
    fn allows(&self) -> bool;
    /// Whether it holds a table.
    fn has_table(&self) -> bool;
    /// Its statements.
    fn statements(&self) -> Vec<StatementInfo>;
    /// The keywords its table of omissions names (each must be one of its statements).
    fn omitted_keywords(&self) -> Vec<Keyword>;
    /// What a change of its own parts means.
    fn material(&self) -> &'static [(Part, &'static [materiality::Row])];
}

/// A statement seen without its model type.
#[derive(Clone, Copy)]
pub struct StatementInfo {
    /// The keyword.
    pub keyword: Keyword,
    /// How often it may appear.
    pub repeat: Repeat,
    /// Its values.
    pub shape: Shape,
    /// What it states.
    pub doc: &'static str,
    /// The block it opens.
    pub block: Option<&'static dyn BlockInfo>,
    /// Whether `for REGIONS` may follow it.
    pub regional: bool,
    /// Its name in the JSON policy; empty: the keyword, with `_` for `-`.
    pub json: &'static str,
    /// The outputs that leave it out, and why.
    pub omit: &'static [Omit],
    /// What a change of it means.
    pub material: &'static [materiality::Row],
    /// A note ([`Field::note`]).
    pub note: bool,
}

impl StatementInfo {
    /// A note's label: its message in i18n/*/policy.ftl.
    pub fn note_message(&self, block: &str) -> String {
        let block = if block.is_empty() { "policy" } else { block };
        format!("note-{block}-{}", self.keyword)
    }

    /// A question's sentence for an answer given without words
    /// ([`Field::question`]): `note-BLOCK-KEYWORD-yes` or `-no`.
    pub fn answer_message(&self, block: &str, yes: bool) -> String {
        let answer = if yes { "yes" } else { "no" };
        format!("{}-{answer}", self.note_message(block))
    }

    /// Its name in the JSON policy.
    pub fn json_name(&self) -> String {
        if self.json.is_empty() {
            self.keyword.as_str().replace('-', "_")
        } else {
            self.json.to_string()
        }
    }

    /// Why `output` leaves it out, or `None` when it shows it.
    pub fn omitted_from(&self, output: Output) -> Option<&'static str> {
        self.omit.iter().find(|o| o.output == output).map(|o| o.why)
    }
}

impl<T: 'static> BlockInfo for Block<T> {
    fn kw(&self) -> Option<Keyword> {
        self.keyword
    }

    fn args(&self) -> Shape {
        self.args
    }

    fn doc(&self) -> &'static str {
        self.doc
    }

    fn allows(&self) -> bool {
        self.allow
    }

    fn has_table(&self) -> bool {
        self.row.is_some()
    }

    fn omitted_keywords(&self) -> Vec<Keyword> {
        self.omit.iter().map(|(k, _)| *k).collect()
    }

    fn material(&self) -> &'static [(Part, &'static [materiality::Row])] {
        self.material
    }

    fn statements(&self) -> Vec<StatementInfo> {
        self.fields
            .iter()
            .map(|f| StatementInfo {
                keyword: f.keyword,
                repeat: f.repeat,
                shape: f.shape,
                doc: f.doc,
                block: f.block,
                regional: f.regional,
                json: f.json,
                material: f.material,
                note: f.note,
                omit: self
                    .omit
                    .iter()
                    .find(|(k, _)| *k == f.keyword)
                    .map_or(&[], |(_, o)| *o),
            })
            .collect()
    }
}

impl<T: 'static> Block<T> {
    /// The keywords allowed inside, for "did you mean" and the list in the help.
    pub fn keywords(&self) -> Vec<Keyword> {
        let mut all: Vec<Keyword> = self.fields.iter().map(|f| f.keyword).collect();
        if self.allow {
            all.push(Keyword::Allow);
        }
        all
    }
}

/// The file itself: the top-level statements.
pub fn top() -> &'static dyn BlockInfo {
    &super::blocks::TOP
}

/// The declaration of the note `keyword` in the block opened by `block`
/// (`""` for the file, `policy` for the `policy` block).
pub fn note(block: &str, keyword: Keyword) -> Option<StatementInfo> {
    blocks()
        .into_iter()
        .filter(|b| b.keyword() == block)
        .flat_map(|b| b.statements())
        .find(|s| s.note && s.keyword == keyword)
}

/// Every block of the language, the file first, each once, in the order of the reference.
pub fn blocks() -> Vec<&'static dyn BlockInfo> {
    let mut out: Vec<&'static dyn BlockInfo> = vec![top()];
    let mut i = 0;
    while i < out.len() {
        for s in out[i].statements() {
            if let Some(b) = s.block {
                if !out.iter().any(|o| o.keyword() == b.keyword()) {
                    out.push(b);
                }
            }
        }
        i += 1;
    }
    out
}

/// The statement reference of docs/language.md, generated from the schema
/// (a test keeps the page equal to it).
pub fn reference() -> String {
    let mut out = String::new();
    for b in blocks() {
        let title = if b.keyword().is_empty() {
            "The top level of a file".to_string()
        } else {
            format!("`{} {}`", b.keyword(), b.args().syntax()).replace(" `", "`")
        };
        out.push_str(&format!("### {title}\n\n{}\n\n", b.doc()));
        out.push_str("| statement | values | repeat | what it states |\n|---|---|---|---|\n");
        for s in b.statements() {
            let values = s.shape.syntax().replace('|', "\\|");
            let values = if s.regional {
                format!("{values} [for REGIONS]").trim_start().to_string()
            } else {
                values
            };
            let values = if values.is_empty() {
                String::new()
            } else {
                format!("`{values}`")
            };
            let block = if s.block.is_some() { " `{ … }`" } else { "" };
            let repeat = match (s.repeat, s.regional) {
                (Repeat::Once, false) => "once",
                (Repeat::Once, true) => "once per region",
                (Repeat::Many, _) => "many",
            };
            out.push_str(&format!(
                "| `{}`{block} | {values} | {repeat} | {} |\n",
                s.keyword, s.doc
            ));
        }
        if b.allows() {
            out.push_str("| `allow` | `RULE \"reason\"` | many | Silences a rule inside this block, with the reason. |\n");
        }
        if b.has_table() {
            out.push_str("| `\\| … \\|` rows | a header row, then one row per cookie | many | The cookie table. |\n");
        }
        out.push('\n');
    }
    format!("{}\n", out.trim_end())
}

/// A source that sets every statement of the language, each with its
/// schema example, nested blocks filled the same way. `vary` names one
/// statement by its path of keywords (`["data", "retention"]`); it gets its
/// [`Shape::alt_example`] instead, or is left out when its shape has none.
/// The coverage test builds both and compares every output.
pub fn sample(vary: Option<&[&str]>) -> String {
    let mut out = String::new();
    let mut path = Vec::new();
    fill(top(), &mut path, vary, &mut out);
    out
}

/// Writes `block`'s statements for [`sample`].
fn fill(
    block: &dyn BlockInfo,
    path: &mut Vec<&'static str>,
    vary: Option<&[&str]>,
    out: &mut String,
) {
    let indent = "  ".repeat(path.len());
    for s in block.statements() {
        // A right's own `url` is the older spelling of its authority's
        // `url`; stating both for one authority is an error by design.
        if block.kw() == Some(Keyword::Right) && s.keyword == Keyword::Url {
            continue;
        }
        path.push(s.keyword.as_str());
        let varied = vary == Some(path.as_slice());
        // Some statements exclude others by design: a right's own `url` is
        // the older spelling of its authority's `url`, a section joins a
        // generated section (`topic`) or follows one (`after`), and
        // `recipients none` says there are none of the recipients the
        // sample declares, and `undated yes` that the policy gives no date.
        // The sample writes the first of each pair, and the second (with its
        // example) only when it is the one that varies (its partner is then
        // left out).
        let excluded = |path: &[&str]| {
            matches!(
                path,
                [.., "right", "url"]
                    | [.., "section", "after"]
                    | ["recipients"]
                    | ["policy", "undated"]
            )
        };
        let partner = |path: &[&str]| match path {
            [.., "right", "authority", "url"] => Some(vec!["rights", "right", "url"]),
            [.., "section", "topic"] => Some(vec!["section", "after"]),
            ["recipient"] => Some(vec!["recipients"]),
            ["policy", "updated" | "effective"] => Some(vec!["policy", "undated"]),
            _ => None,
        };
        let skip = if varied {
            false
        } else if excluded(path) {
            true
        } else {
            partner(path).is_some_and(|p| vary == Some(p.as_slice()))
        };
        if skip {
            path.pop();
            continue;
        }
        let example = if varied && excluded(path) {
            // A flag excluded from the sample is there for its `yes`.
            Some(match s.shape {
                Shape::Flag => "yes".to_string(),
                _ => s.shape.example(&|_| "example".to_string()),
            })
        } else if varied {
            s.shape.alt_example()
        } else {
            Some(match s.shape {
                // Every word, so that what a fact's words select (a section
                // for a regime, a sentence for a kind) is in the sample too;
                // the varied sample keeps the first word alone.
                Shape::Keywords(v) => v.words.join(", "),
                // Both data categories, so that a fact narrowed to one (the
                // data a transfer sends) shows against what the purposes use.
                Shape::Refs(_) => "example, other".into(),
                _ => s.shape.example(&|_| "example".to_string()),
            })
        };
        // A second data category, for references that change.
        if path.as_slice() == ["data"] {
            out.push_str("data other \"Another category\"\n");
        }
        if let Some(example) = example {
            out.push_str(&format!("{indent}{} {example}", s.keyword));
            match s.block {
                Some(child) => {
                    out.push_str(" {\n");
                    fill(child, path, vary, out);
                    out.push_str(&format!("{indent}}}\n"));
                }
                None => out.push('\n'),
            }
        }
        path.pop();
    }
}

/// Every statement of the language by its path of keywords, for [`sample`]'s `vary`.
pub fn statement_paths() -> Vec<(Vec<&'static str>, StatementInfo)> {
    fn walk(
        block: &dyn BlockInfo,
        path: &mut Vec<&'static str>,
        out: &mut Vec<(Vec<&'static str>, StatementInfo)>,
    ) {
        for s in block.statements() {
            path.push(s.keyword.as_str());
            out.push((path.clone(), s));
            if let Some(child) = s.block {
                walk(child, path, out);
            }
            path.pop();
        }
    }
    let mut out = Vec::new();
    walk(top(), &mut Vec::new(), &mut out);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every statement of every block, written as its schema says, lowers
    /// without a diagnostic: the shapes the schema documents (and an editor
    /// completes) are the shapes the lowerings accept.
    #[test]
    fn every_statement_written_as_the_schema_says_is_accepted() {
        let text = sample(None);
        let compiled = crate::compile_str("schema.policy", &text);
        let errors: Vec<String> = compiled
            .errors
            .iter()
            .map(|d| format!("{}: {}", d.code, d.message))
            .collect();
        assert!(errors.is_empty(), "{text}\n{errors:#?}");
        let policy = compiled.policy.expect("a policy");
        assert_eq!(policy.data.len(), 2, "`example` and `other`");
        assert_eq!(policy.rights.rights.len(), 1);
        assert_eq!(policy.rights.rights[0].authorities.len(), 1);
    }

    #[test]
    fn every_keyword_is_a_statement_of_some_block() {
        // The enum is generated from every `K::Word` the blocks name: a
        // word named there that opens no statement would be a keyword of
        // nothing.
        let declared: Vec<Keyword> = blocks()
            .iter()
            .flat_map(|b| b.statements())
            .map(|s| s.keyword)
            .chain([Keyword::Allow])
            .collect();
        for k in Keyword::ALL {
            assert!(
                declared.contains(k),
                "`{k}` opens no statement of any block"
            );
        }
    }

    #[test]
    fn every_omission_names_a_statement_of_its_block() {
        for b in blocks() {
            let keywords: Vec<Keyword> = b.statements().iter().map(|s| s.keyword).collect();
            for k in b.omitted_keywords() {
                assert!(
                    keywords.contains(&k),
                    "`{}` has no statement `{k}`",
                    b.keyword()
                );
            }
        }
    }

    #[test]
    fn every_block_is_reachable_once() {
        let all = blocks();
        let mut keywords: Vec<&str> = all.iter().map(|b| b.keyword()).collect();
        keywords.sort_unstable();
        let before = keywords.len();
        keywords.dedup();
        assert_eq!(before, keywords.len());
        for expected in [
            "policy", "data", "purpose", "cookies", "right", "section", "dpo",
        ] {
            assert!(keywords.contains(&expected), "{expected}");
        }
    }

    #[test]
    fn the_language_reference_is_generated_from_the_schema() {
        let doc = include_str!("../../docs/language.md");
        let generated = reference();
        if std::env::var_os("POLICYC_BLESS_DOCS").is_some() && !doc.contains(&generated) {
            // The reference is the end of the file, from its first heading on.
            let first = generated.lines().next().unwrap_or_default();
            let at = doc.find(first).expect("the reference's first heading");
            let path = concat!(env!("CARGO_MANIFEST_DIR"), "/docs/language.md");
            std::fs::write(path, format!("{}{generated}", &doc[..at])).expect("write docs");
            return;
        }
        assert!(
            doc.contains(&generated),
            "docs/language.md's statement reference is out of date (rerun with POLICYC_BLESS_DOCS=1 to rewrite it); replace it with:\n{generated}"
        );
    }
}

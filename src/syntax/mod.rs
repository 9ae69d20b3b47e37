//! The syntax layer: the pest grammar in `grammar/policy.pest`, the tree it
//! builds, and syntax errors.

pub mod ast;
pub mod keyword;
mod parser;

pub use keyword::Keyword;
pub use parser::{dedent, parse, parse_with, BOM, CHUNK_BYTES, MAX_NESTING};

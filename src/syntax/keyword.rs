//! The keywords of the language: every word that opens a statement, in one
//! enum. Its variants are generated from the schema's declarations
//! (build.rs reads each `K::Word` in src/model/blocks/*.rs), so that
//! declaring a statement in its block declares its keyword. The parser reads
//! a statement's keyword into it ([`super::ast::Statement::kw`]), the schema
//! ([`crate::model::schema`]) declares each block's statements by it, and
//! code that treats one statement specially names it by variant: naming a
//! keyword that no block declares is a compile error, not a comparison that
//! silently matches nothing. What each statement states, its shape and
//! where it may appear are in the schema, not here.

use std::fmt;

/// Declares the keyword enum from `Variant = "word"` pairs.
macro_rules! statement_keywords {
    ($($variant:ident = $word:literal),* $(,)?) => {
        /// A word that opens a statement. Each variant is its word (see
        /// [`Keyword::as_str`]); the schema documents what the statement states.
        #[allow(missing_docs)]
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub enum Keyword {
            $($variant),*
        }

        impl Keyword {
            /// Every keyword, in alphabetical order of its word.
            pub const ALL: &'static [Keyword] = &[$(Keyword::$variant),*];

            /// Reads a keyword.
            pub fn from_word(word: &str) -> Option<Keyword> {
                match word {
                    $($word => Some(Keyword::$variant),)*
                    _ => None,
                }
            }

            /// The word as the source writes it.
            pub const fn as_str(self) -> &'static str {
                match self {
                    $(Keyword::$variant => $word),*
                }
            }
        }
    };
}

// The variants: every keyword the schema's blocks declare (build.rs reads
// `K::Word` in src/model/blocks/*.rs), sorted by word.
include!(concat!(env!("OUT_DIR"), "/keywords.rs"));

impl fmt::Display for Keyword {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Written as its word (the JSON policy's `notes` name a note's keyword).
impl serde::Serialize for Keyword {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::Keyword;

    #[test]
    fn every_keyword_reads_back_and_the_list_is_sorted_without_repeats() {
        for k in Keyword::ALL {
            assert_eq!(Keyword::from_word(k.as_str()), Some(*k));
        }
        let words: Vec<&str> = Keyword::ALL.iter().map(|k| k.as_str()).collect();
        let mut sorted = words.clone();
        sorted.sort_unstable();
        sorted.dedup();
        assert_eq!(words, sorted);
        assert_eq!(Keyword::from_word("polcy"), None);
    }
}

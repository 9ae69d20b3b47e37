//! Where a fact holds: `for eea, uk` after a statement.

use serde::{Serialize, Serializer};

use super::{Jurisdiction, Region, Spanned};

/// Where a fact applies: `for eea, uk` after a statement. Empty means everywhere.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Scope(pub Vec<Spanned<Place>>);

impl Serialize for Scope {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_seq(self.0.iter().map(|p| p.value))
    }
}

impl Scope {
    /// Whether the fact applies everywhere.
    pub fn is_everywhere(&self) -> bool {
        self.0.is_empty()
    }

    /// Whether a fact with this scope applies under any of `regimes`.
    pub fn covers_any(&self, regimes: &[Jurisdiction]) -> bool {
        regimes.iter().any(|&j| self.covers(j))
    }

    /// Whether a fact with this scope applies under regime `j`.
    pub fn covers(&self, j: Jurisdiction) -> bool {
        self.0.is_empty() || self.0.iter().any(|p| p.value.covers(j))
    }

    /// The places, in words: "the EEA, the UK or Brazil"; empty when everywhere.
    pub fn words(&self) -> String {
        let mut words: Vec<&str> = Vec::new();
        for p in &self.0 {
            let w = p.value.words();
            if !words.contains(&w) {
                words.push(w);
            }
        }
        join_or(&words)
    }

    /// The words written in the source, for comparisons.
    pub fn key(&self) -> Vec<&'static str> {
        let mut k: Vec<&'static str> = self.0.iter().map(|p| p.value.as_str()).collect();
        k.sort_unstable();
        k.dedup();
        k
    }
}

/// "a", "a or b", "a, b or c".
pub fn join_or(items: &[&str]) -> String {
    match items {
        [] => String::new(),
        [one] => (*one).to_string(),
        [rest @ .., last] => format!("{} or {last}", rest.join(", ")),
    }
}

/// A fact that may hold only in some places.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Scoped<T> {
    /// The fact.
    pub value: T,
    /// Where it holds.
    pub scope: Scope,
}

impl Region {
    /// The regimes in force in the region, as far as policyc knows them.
    pub fn regimes(self) -> &'static [Jurisdiction] {
        match self {
            Region::Eea | Region::Eu => &[Jurisdiction::Gdpr, Jurisdiction::Eprivacy],
            Region::Uk => &[Jurisdiction::UkGdpr],
            Region::Us => &[
                Jurisdiction::Ccpa,
                Jurisdiction::Caloppa,
                Jurisdiction::Coppa,
                Jurisdiction::UsStates,
            ],
            Region::UsStates => &[Jurisdiction::UsStates],
            Region::California => &[Jurisdiction::Ccpa, Jurisdiction::Caloppa],
            Region::Brazil => &[Jurisdiction::Lgpd],
            Region::Switzerland | Region::Canada => &[],
        }
    }

    /// The region in words, as a sentence names it ("the EEA").
    pub fn words(self) -> &'static str {
        match self {
            Region::Eea => "the EEA",
            Region::Eu => "the EU",
            Region::Uk => "the UK",
            Region::Switzerland => "Switzerland",
            Region::Us => "the United States",
            Region::California => "California",
            Region::UsStates => "a US state with a comprehensive privacy law",
            Region::Brazil => "Brazil",
            Region::Canada => "Canada",
        }
    }
}

/// Where a fact applies: a region, or a regime by name.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, schemars::JsonSchema,
)]
#[serde(untagged)]
pub enum Place {
    /// A region (`eea`, `california` …).
    Region(Region),
    /// A regime (`gdpr`, `ccpa` …): the fact applies where that law does.
    Regime(Jurisdiction),
}

impl Place {
    /// Reads a region or regime word.
    pub fn from_word(word: &str) -> Option<Place> {
        Region::from_word(word)
            .map(Place::Region)
            .or_else(|| Jurisdiction::from_word(word).map(Place::Regime))
    }

    /// Whether a fact limited to this place applies under regime `j`.
    pub fn covers(self, j: Jurisdiction) -> bool {
        match self {
            Place::Region(r) => r.regimes().contains(&j),
            Place::Regime(x) => x == j,
        }
    }

    /// In words.
    pub fn words(self) -> &'static str {
        match self {
            Place::Region(r) => r.words(),
            Place::Regime(j) => match j {
                Jurisdiction::Gdpr => "the EEA",
                Jurisdiction::UkGdpr => "the UK",
                Jurisdiction::Ccpa | Jurisdiction::Caloppa => "California",
                Jurisdiction::Coppa | Jurisdiction::Eprivacy => "the places its law applies",
                Jurisdiction::Lgpd => "Brazil",
                Jurisdiction::UsStates => "a US state with a comprehensive privacy law",
            },
        }
    }

    /// The word written in the source.
    pub fn as_str(self) -> &'static str {
        match self {
            Place::Region(r) => r.as_str(),
            Place::Regime(j) => j.as_str(),
        }
    }
}

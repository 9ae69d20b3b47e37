//! Where a fact holds: `for eea, uk` after a statement.

use serde::{Serialize, Serializer};

use super::{Jurisdiction, Region, Spanned};

/// Where a fact applies: `for eea, uk` after a statement. No places means
/// everywhere; `for elsewhere` means every place that the other statements
/// of the same kind in the block do not name (they are in `except` once the
/// block is read).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Scope {
    /// The places written after `for`.
    pub places: Vec<Spanned<Place>>,
    /// For `for elsewhere`: the places the other statements of its kind name.
    pub except: Vec<Place>,
}

impl Serialize for Scope {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_seq(self.places.iter().map(|p| p.value))
    }
}

impl Scope {
    /// A scope of the places written after `for`.
    pub fn of(places: Vec<Spanned<Place>>) -> Self {
        Scope {
            places,
            except: Vec::new(),
        }
    }

    /// Whether the fact applies everywhere.
    pub fn is_everywhere(&self) -> bool {
        self.places.is_empty()
    }

    /// Whether the fact is said `for elsewhere`.
    pub fn is_elsewhere(&self) -> bool {
        self.places
            .iter()
            .any(|p| p.value == Place::Region(Region::Elsewhere))
    }

    /// Whether a fact with this scope applies under any of `regimes`.
    pub fn covers_any(&self, regimes: &[Jurisdiction]) -> bool {
        regimes.iter().any(|&j| self.covers(j))
    }

    /// Whether a fact with this scope applies under regime `j`.
    pub fn covers(&self, j: Jurisdiction) -> bool {
        self.parts() & j.parts() != 0
    }

    /// The parts of the world the fact holds in.
    pub fn parts(&self) -> Parts {
        if self.places.is_empty() {
            return ALL;
        }
        self.places.iter().fold(0, |acc, p| {
            acc | match p.value {
                Place::Region(Region::Elsewhere) => {
                    ALL & !self.except.iter().fold(0, |a, e| a | e.parts())
                }
                other => other.parts(),
            }
        })
    }

    /// Whether a fact with this scope and one with `other` both hold somewhere.
    pub fn overlaps(&self, other: &Scope) -> bool {
        self.parts() & other.parts() != 0
    }

    /// The places, in words: "the EEA, the UK or Brazil"; empty when
    /// everywhere; "a place other than the United States" for `elsewhere`.
    pub fn words(&self) -> String {
        let mut words: Vec<String> = Vec::new();
        for p in &self.places {
            let w = match p.value {
                Place::Region(Region::Elsewhere) => {
                    let named: Vec<&str> = self.except.iter().map(|e| e.words()).collect();
                    if named.is_empty() {
                        "any place".to_string()
                    } else {
                        format!("a place other than {}", join_or(&dedup(named)))
                    }
                }
                other => other.words().to_string(),
            };
            if !words.contains(&w) {
                words.push(w);
            }
        }
        let words: Vec<&str> = words.iter().map(String::as_str).collect();
        join_or(&words)
    }

    /// The places as written, for lists that quote the source: "eea, uk";
    /// "elsewhere (not us)" for `for elsewhere`.
    pub fn written(&self) -> String {
        let mut words: Vec<String> = self.key().iter().map(|w| w.to_string()).collect();
        if self.is_elsewhere() && !self.except.is_empty() {
            let mut not: Vec<&str> = self.except.iter().map(|p| p.as_str()).collect();
            not.sort_unstable();
            not.dedup();
            for w in &mut words {
                if w == "elsewhere" {
                    *w = format!("elsewhere (not {})", not.join(", "));
                }
            }
        }
        words.join(", ")
    }

    /// The words written in the source, for comparisons.
    pub fn key(&self) -> Vec<&'static str> {
        let mut k: Vec<&'static str> = self.places.iter().map(|p| p.value.as_str()).collect();
        k.sort_unstable();
        k.dedup();
        k
    }
}

/// The places two overlapping scopes share, in words: the places of each
/// that lie wholly within the other ("California" for `us` and `california`).
pub fn shared_words(a: &Scope, b: &Scope) -> String {
    let (pa, pb) = (a.parts(), b.parts());
    let mut words: Vec<String> = Vec::new();
    for (scope, other) in [(a, pb), (b, pa)] {
        for p in &scope.places {
            let parts = match p.value {
                Place::Region(Region::Elsewhere) => scope.parts(),
                v => v.parts(),
            };
            if parts & !other == 0 {
                let w = Scope::of(vec![p.clone()]);
                let w = if p.value == Place::Region(Region::Elsewhere) {
                    scope.words()
                } else {
                    w.words()
                };
                if !words.contains(&w) {
                    words.push(w);
                }
            }
        }
    }
    if words.is_empty() {
        return a.words();
    }
    let words: Vec<&str> = words.iter().map(String::as_str).collect();
    join_or(&words)
}

fn dedup(mut words: Vec<&str>) -> Vec<&str> {
    let mut seen = Vec::new();
    words.retain(|w| {
        let new = !seen.contains(w);
        seen.push(*w);
        new
    });
    words
}

/// A set of parts of the world, fine enough that every place policyc names
/// is a union of them: bit flags over [`PARTS`].
pub type Parts = u16;

const EU: Parts = 1;
const EEA_NOT_EU: Parts = 1 << 1;
const UK: Parts = 1 << 2;
const SWITZERLAND: Parts = 1 << 3;
const CALIFORNIA: Parts = 1 << 4;
const OTHER_US_STATES: Parts = 1 << 5;
const REST_OF_US: Parts = 1 << 6;
const NEVADA: Parts = 1 << 10;
const BRAZIL: Parts = 1 << 7;
const CANADA: Parts = 1 << 8;
const REST_OF_WORLD: Parts = 1 << 9;
/// The whole world.
pub const ALL: Parts = EU
    | EEA_NOT_EU
    | UK
    | SWITZERLAND
    | CALIFORNIA
    | OTHER_US_STATES
    | REST_OF_US
    | BRAZIL
    | CANADA
    | REST_OF_WORLD
    | NEVADA;

impl Jurisdiction {
    /// Where the regime applies, as policyc knows it.
    pub fn parts(self) -> Parts {
        match self {
            Jurisdiction::Gdpr | Jurisdiction::Eprivacy => EU | EEA_NOT_EU,
            Jurisdiction::UkGdpr => UK,
            Jurisdiction::Ccpa | Jurisdiction::Caloppa => CALIFORNIA,
            Jurisdiction::Coppa => CALIFORNIA | OTHER_US_STATES | REST_OF_US | NEVADA,
            Jurisdiction::Lgpd => BRAZIL,
            Jurisdiction::UsStates => OTHER_US_STATES,
            Jurisdiction::Fadp => SWITZERLAND,
        }
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
            Region::Switzerland => &[Jurisdiction::Fadp],
            Region::Canada | Region::Nevada | Region::Elsewhere => &[],
        }
    }

    /// The parts of the world the region is (none for `elsewhere`, which
    /// only a [`Scope`] can place).
    pub fn parts(self) -> Parts {
        match self {
            Region::Eea => EU | EEA_NOT_EU,
            Region::Eu => EU,
            Region::Uk => UK,
            Region::Switzerland => SWITZERLAND,
            Region::Us => CALIFORNIA | OTHER_US_STATES | REST_OF_US | NEVADA,
            Region::California => CALIFORNIA,
            Region::UsStates => OTHER_US_STATES,
            Region::Brazil => BRAZIL,
            Region::Canada => CANADA,
            Region::Nevada => NEVADA,
            Region::Elsewhere => 0,
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
            Region::Nevada => "Nevada",
            Region::Elsewhere => "any other place",
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
        self.parts() & j.parts() != 0
    }

    /// The parts of the world the place is.
    pub fn parts(self) -> Parts {
        match self {
            Place::Region(r) => r.parts(),
            Place::Regime(j) => j.parts(),
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
                Jurisdiction::Fadp => "Switzerland",
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diag::Span;

    fn scope(places: &[Place], except: &[Place]) -> Scope {
        Scope {
            places: places
                .iter()
                .map(|&p| Spanned::new(p, Span::new(0, 0)))
                .collect(),
            except: except.to_vec(),
        }
    }

    #[test]
    fn elsewhere_is_every_place_the_others_do_not_name() {
        let us = Place::Region(Region::Us);
        let elsewhere = scope(&[Place::Region(Region::Elsewhere)], &[us]);
        assert!(elsewhere.covers(Jurisdiction::Gdpr));
        assert!(elsewhere.covers(Jurisdiction::Lgpd));
        assert!(!elsewhere.covers(Jurisdiction::Ccpa));
        assert!(!elsewhere.covers(Jurisdiction::UsStates));
        assert!(!elsewhere.overlaps(&scope(&[us], &[])));
        assert_eq!(elsewhere.words(), "a place other than the United States");
        assert_eq!(elsewhere.written(), "elsewhere (not us)");
    }

    #[test]
    fn places_nest_and_everywhere_overlaps_all() {
        let everywhere = scope(&[], &[]);
        let us = scope(&[Place::Region(Region::Us)], &[]);
        let california = scope(&[Place::Regime(Jurisdiction::Ccpa)], &[]);
        let eea = scope(&[Place::Region(Region::Eea)], &[]);
        assert!(everywhere.overlaps(&eea));
        assert!(us.overlaps(&california));
        assert!(!us.overlaps(&eea));
        assert_eq!(shared_words(&us, &california), "California");
    }
}

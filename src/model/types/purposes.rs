//! Purposes and the legal bases they rest on.

use serde::Serialize;

use crate::model::*;

/// A legal basis as the policy words it (GDPR Art. 6).
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Basis {
    /// The id.
    pub id: Spanned<String>,
    /// The policy's wording.
    pub label: String,
    /// The Art. 6(1) ground, or the policy's own words when it names none.
    pub ground: Spanned<GroundClaim>,
    /// The legitimate interest, in words.
    pub interest: Option<Spanned<String>>,
    /// How consent is given, for consent.
    pub consent_by: Vec<Spanned<ConsentMechanism>>,
    /// What the basis is said to cover, in words that name no purpose.
    pub covers: Vec<Spanned<String>>,
    /// The purposes it is said to cover (ids, checked and linked: each purpose
    /// named here rests on this basis).
    pub covers_purposes: Vec<Spanned<String>>,
    /// `covers all`: the basis covers every purpose in the policy.
    pub covers_all: bool,
    /// Where the basis is relied on (`basis … for brazil`: the LGPD's
    /// list); empty: everywhere.
    #[serde(skip_serializing_if = "Scope::is_everywhere")]
    pub scope: Scope,
    /// The statement.
    #[serde(skip)]
    pub span: Span,
}

/// What a basis claims to rest on.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(tag = "kind", content = "value", rename_all = "kebab-case")]
pub enum GroundClaim {
    /// One of the Art. 6(1) grounds.
    #[serde(rename = "article-6")]
    Article6(Ground),
    /// A basis of LGPD Art. 7 with no Art. 6(1) counterpart (`credit-protection`).
    #[serde(rename = "lgpd-article-7")]
    Lgpd(LgpdGround),
    /// Words that are not an Art. 6(1) ground ("legitimate business purposes").
    Unrecognised(String),
}

/// A ground as the source writes it: the Art. 6(1) word, or the policy's words in quotes.
impl std::fmt::Display for GroundClaim {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            GroundClaim::Article6(g) => write!(f, "{g}"),
            GroundClaim::Lgpd(g) => write!(f, "{g}"),
            GroundClaim::Unrecognised(w) => write!(f, "“{w}”"),
        }
    }
}

/// Why data is processed.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Purpose {
    /// The id.
    pub id: Spanned<String>,
    /// What it is.
    pub label: String,
    /// The data categories it uses (ids); with `uses all`, every category.
    pub uses: Vec<Spanned<String>>,
    /// `uses all`: it uses every category of data in the policy.
    pub uses_all: bool,
    /// The bases it rests on, as alternatives when joined with `or`
    /// ("consent where the law requires it, or legitimate interests"), each
    /// with the places it holds for.
    pub alternatives: Vec<Alternative>,
    /// The bases it rests on: ids of `basis` declarations, resolved.
    pub bases: Vec<Spanned<String>>,
    /// Art. 6 grounds stated directly on the purpose.
    pub grounds: Vec<Spanned<GroundClaim>>,
    /// The legitimate interest in words, for legitimate interests.
    pub interest: Option<Spanned<String>>,
    /// The Art. 9(2) condition, for special categories.
    pub condition: Option<Spanned<Art9Condition>>,
    /// How consent is given, for consent.
    pub consent_by: Vec<Spanned<ConsentMechanism>>,
    /// Its fideslang data use key (`essential.service`), when the writer names one.
    pub fides: Option<Spanned<String>>,
    /// Data used only under one of the alternative bases (`only-with consent
    /// public-content`): the rest of `uses` holds under every alternative.
    pub only_with: Vec<OnlyWith>,
    /// What it includes, as the policy lists it ("including fraud checks").
    pub includes: Vec<String>,
    /// How long the data used for it is kept, when the policy says so per
    /// purpose, each rule with where it holds.
    pub retention: Vec<Scoped<Spanned<Lifetime>>>,
    /// Where it holds (`data … for us`: pursued only there); empty: everywhere.
    #[serde(skip_serializing_if = "Scope::is_everywhere")]
    pub scope: Scope,
    /// The statement.
    #[serde(skip)]
    pub span: Span,
}

/// Data a purpose uses only when one of its bases applies.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct OnlyWith {
    /// The basis: an Art. 6(1) ground or the id of a `basis` declaration.
    pub basis: Spanned<String>,
    /// The data categories (ids).
    pub data: Vec<Spanned<String>>,
}

impl Purpose {
    /// Whether it uses the data category `id` (by name, or with `uses all`).
    pub fn uses_data(&self, id: &str) -> bool {
        self.uses_all || self.uses.iter().any(|u| u.value == id)
    }

    /// Whether some basis of the purpose holds where regime `j` applies.
    pub fn has_basis_under(&self, j: Jurisdiction) -> bool {
        self.alternatives
            .iter()
            .any(|a| a.scope.covers(j) && !(a.grounds.is_empty() && a.bases.is_empty()))
    }
}

/// One alternative legal basis of a purpose, with its condition in the writer's words.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Alternative {
    /// Art. 6 grounds stated directly.
    pub grounds: Vec<Spanned<GroundClaim>>,
    /// Ids of `basis` declarations.
    pub bases: Vec<Spanned<String>>,
    /// When this basis applies ("where the law requires consent").
    pub condition: Option<Spanned<String>>,
    /// Where it holds (`basis legitimate-interests for eea, uk`); empty: everywhere.
    #[serde(skip_serializing_if = "Scope::is_everywhere")]
    pub scope: Scope,
}

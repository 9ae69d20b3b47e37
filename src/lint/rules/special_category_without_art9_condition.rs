//! `special-category-without-art9-condition`: documented in `docs/rules/special-category-without-art9-condition.md`, which `policyc explain special-category-without-art9-condition` prints.

use super::prelude::*;

/// The rule.
pub const RULE: Rule = Rule {
    id: "special-category-without-art9-condition",
    default: Level::Deny,
    applies: &[Family::Gdpr],
    doc: include_str!("../../../docs/rules/special-category-without-art9-condition.md"),
    check,
};

fn check(cx: &Context<'_>) -> Vec<Finding> {
    let p = cx.policy;
    let mut out = Vec::new();
    for pu in p.purposes.iter().filter(|pu| pu.condition.is_none()) {
        for u in &pu.uses {
            if let Some(special) = p.data_category(&u.value).and_then(|d| d.special.first()) {
                out.push(
                    Finding::new(u.span, format!("the purpose `{}` uses special-category data ({}) without an Art. 9(2) condition", pu.id.value, special.value), "special category used here")
                        .also(special.span, "declared special here")
                        .help("add `condition explicit-consent` (or the Art. 9(2) condition that applies) to the purpose"),
                );
            }
        }
    }
    out.extend(named_in_its_words(cx));
    out.extend(training_on_content(cx));
    out
}

/// The Art. 9(1) kinds a data category holds by its own words
/// ([`art9_in_words`]), or by its declared sensitive kinds that are
/// Art. 9 data, when no `special` is declared. The CCPA's biometric
/// information is wider than Art. 9's (any voice recording, not only data
/// processed to identify someone uniquely), so `sensitive biometric` alone
/// is not read as it.
fn special_in_words(d: &DataCategory) -> Vec<&'static str> {
    let mut kinds = art9_in_words(d);
    for s in &d.sensitive {
        let kind = match s.value {
            Sensitive::Health => "health",
            Sensitive::SexLife => "sex life or sexual orientation",
            Sensitive::Genetic => "genetic data",
            Sensitive::Beliefs => "racial or ethnic origin, religion or union membership",
            _ => continue,
        };
        if !kinds.contains(&kind) {
            kinds.push(kind);
        }
    }
    kinds
}

/// Data that is special by its own words but declared no `special`, used by
/// name by purposes that give no Art. 9(2) condition: one finding per
/// category, marking the purposes (`uses all` shows no purpose reaching for
/// this data in particular: words are weaker evidence than a declaration).
/// Data a third party collects under its own policy (`collected-by`), and
/// data or purposes stated only for places the GDPR does not reach, are
/// left out.
fn named_in_its_words(cx: &Context<'_>) -> Vec<Finding> {
    let p = cx.policy;
    let regimes = cx.regimes(Family::Gdpr);
    let here = |scope: &Scope| scope.places.is_empty() || scope.covers_any(&regimes);
    p.data
        .iter()
        .filter(|d| d.special.is_empty() && d.collected_by.is_none() && here(&d.scope))
        .filter_map(|d| {
            let kinds = special_in_words(d);
            if kinds.is_empty() {
                return None;
            }
            let users: Vec<&Purpose> = p
                .purposes
                .iter()
                .filter(|pu| pu.condition.is_none() && here(&pu.scope))
                .filter(|pu| !pu.uses_all && pu.uses.iter().any(|u| u.value == d.id.value))
                .collect();
            let first = users.first()?;
            let mut f = Finding::new(
                d.id.span,
                format!(
                    "`{}` holds special-category data by its own words ({}), and `{}` uses it without an Art. 9(2) condition",
                    d.id.value,
                    join_and(&kinds),
                    first.id.value
                ),
                "special category by what it holds",
            )
            .help("declare `special …` on the data and add the Art. 9(2) condition (`condition explicit-consent` …) to each purpose that uses it");
            for pu in &users {
                f = f.also(pu.id.span, "uses it without an Art. 9(2) condition");
            }
            Some(f)
        })
        .collect()
}

/// Models trained on what people type or upload, or on what is public on
/// the web, with no word of Art. 9: such content will reveal health,
/// beliefs or sex life whether or not the controller asks for it, and
/// Art. 9(1) applies to data that reveals them indirectly too (CJEU
/// C-184/20 OT; C-252/21 Meta Platforms v Bundeskartellamt). One finding:
/// at the first such data category, marking the purposes that train on it.
fn training_on_content(cx: &Context<'_>) -> Vec<Finding> {
    static TRAINS: prose::Pattern = prose::Pattern::new(
        r"(?i)\btrain(?:s|ed|ing)?\b[^.;]{0,100}\b(?:models?|AI|algorithms?|LLMs?|machine\s+learning)\b|\b(?:models?|AI|algorithms?|LLMs?)\b[^.;]{0,40}\btrain(?:s|ed|ing)?\b|\bdevelop\w*\b[^.;]{0,40}\b(?:(?:AI|language)\s+models?|artificial\s+intelligence|AI\s+technology)\b|\bdevelop\w*\s+(?:the\s+|our\s+)?models?\b|\bbuild\w*\s+(?:\w+\s+){0,3}?models?\b",
    );
    static NOT_TRAINING: prose::Pattern = prose::Pattern::new(
        r"(?i)\btraining\s+(?:is\s+)?excluded\b|\bexcluding\s+(?:model\s+)?training\b|\bnot\s+(?:be\s+)?(?:used\s+)?(?:to|for)\s+train",
    );
    static CONTENT: prose::Pattern = prose::Pattern::new(
        r"(?i)\b(?:prompts?|inputs?|conversations?|chat\s+(?:history|content|messages)|user\s+content|content\s+you\s+(?:provide|upload|submit|enter|create|post|share)|posts?|interactions?\s+with\s+(?:our\s+|the\s+)?(?:AI|assistants?|Meta\s+AI|chatbots?))\b",
    );
    static WEB: prose::Pattern = prose::Pattern::new(
        r"(?i)\bpublicly\s+available\b|\bpublic\s+web\b|\bweb\s+data\b|\bon\s+the\s+internet\b|\bfrom\s+the\s+internet\b",
    );
    let p = cx.policy;
    let regimes = cx.regimes(Family::Gdpr);
    let trains = |pu: &&Purpose| {
        let words = std::iter::once(pu.label.as_str())
            .chain(pu.includes.iter().map(String::as_str))
            .chain(pu.interest.iter().map(|i| i.value.as_str()));
        let words: Vec<&str> = words.collect();
        words.iter().any(|w| TRAINS.is_match(w)) && !words.iter().any(|w| NOT_TRAINING.is_match(w))
    };
    let content = |d: &DataCategory| {
        d.special.is_empty()
            && (std::iter::once(d.label.as_str())
                .chain(d.examples.iter().map(String::as_str))
                .any(|w| CONTENT.is_match(w))
                || std::iter::once(d.label.as_str())
                    .chain(d.examples.iter().map(String::as_str))
                    .chain(d.providers.iter().map(String::as_str))
                    .any(|w| WEB.is_match(w)))
    };
    let training: Vec<&Purpose> = p
        .purposes
        .iter()
        .filter(|pu| pu.condition.is_none())
        .filter(|pu| pu.scope.places.is_empty() || pu.scope.covers_any(&regimes))
        .filter(trains)
        .collect();
    let mut used: Vec<&DataCategory> = Vec::new();
    for pu in &training {
        let data: Vec<&DataCategory> = if pu.uses_all {
            p.data.iter().collect()
        } else {
            pu.uses
                .iter()
                .filter_map(|u| p.data_category(&u.value))
                .collect()
        };
        for d in data.into_iter().filter(|d| content(d)) {
            if !used.iter().any(|x| x.id.value == d.id.value) {
                used.push(d);
            }
        }
    }
    let Some(first) = used.iter().min_by_key(|d| d.id.span.start) else {
        return Vec::new();
    };
    let labels: Vec<&str> = used.iter().map(|d| d.label.as_str()).collect();
    let mut f = Finding::new(
        first.id.span,
        format!(
            "models are trained on {} — content that will reveal health, beliefs or other special categories — and no Art. 9(2) condition is given",
            join_and(&labels)
        ),
        "special-category data in what is trained on",
    )
    .help("say how special-category data in this content is handled: an Art. 9(2) condition on the purpose (`condition explicit-consent` …), or how it is filtered out before training")
    .at_most(Level::Warn);
    for d in used.iter().filter(|d| d.id.value != first.id.value) {
        f = f.also(d.id.span, "trained on too");
    }
    for pu in &training {
        f = f.also(pu.id.span, "trains on it");
    }
    vec![f]
}

//! The minijinja templates: built-in defaults embedded in the binary, any of
//! which a directory of the user's can override (same file name). A template
//! error becomes a diagnostic pointing at the template's line.

use std::path::Path;
use std::sync::Arc;

use minijinja::Environment;

use crate::diag::{Code, Diagnostic, SourceFile, Span};

/// The built-in templates, by name.
pub const BUILTIN: &[(&str, &str)] = &[
    ("policy.html", include_str!("../../templates/policy.html")),
    ("policy.md", include_str!("../../templates/policy.md")),
    ("style.css", include_str!("../../templates/style.css")),
];

/// A loaded set of templates.
pub struct Templates {
    env: Environment<'static>,
    /// Each template's source, for diagnostics: (name, file shown to the user).
    sources: Vec<(&'static str, Arc<SourceFile>)>,
    /// The element ids the templates write literally (`id="main"`).
    ids: Vec<String>,
}

impl Templates {
    /// The built-in templates, with those found in `dir` taking their place.
    pub fn load(dir: Option<&Path>) -> Result<Templates, Vec<Diagnostic>> {
        let mut env = Environment::new();
        env.set_undefined_behavior(minijinja::UndefinedBehavior::Strict);
        env.add_filter("md", |s: String| super::prose::md_escape(&s));
        // Keeps a message of `t` (already escaped, marked safe) safe.
        env.add_filter("period", |v: minijinja::Value| {
            let ended = super::prose::end_sentence(&v.to_string());
            if v.is_safe() {
                minijinja::Value::from_safe_string(ended)
            } else {
                minijinja::Value::from(ended)
            }
        });
        env.add_filter("and_list", |state: &minijinja::State, v: Vec<String>| {
            crate::i18n::with_language(page_language(state), || super::wording::and_list(&v))
        });
        env.add_filter("or_list", |state: &minijinja::State, v: Vec<String>| {
            crate::i18n::with_language(page_language(state), || super::wording::or_list(&v))
        });
        env.add_filter("code", |s: String| super::prose::md_code(&s));
        // The page's words in its language: `t("message-id", name=value, …)`
        // (i18n/<lang>/policy.ftl). Values are escaped for the page unless
        // already safe; the message's own words are the file's, as written.
        env.add_function("t", translate);
        // Names in a sentence: "Access and right to know".
        env.add_filter("name_list", |state: &minijinja::State, v: Vec<String>| {
            crate::i18n::with_language(page_language(state), || name_list(&v))
        });
        // A link target that is safe to follow, or "" (`javascript:` and friends).
        env.add_filter("href", |s: String| {
            if super::prose::safe_url(&s) {
                s
            } else {
                String::new()
            }
        });
        // A link target that Markdown can write as `<…>`, or "": only an allowed scheme or an e-mail address.
        env.add_filter("autolink", |s: String| {
            super::prose::md_autolink(&s).map_or_else(String::new, str::to_string)
        });
        if let Some(d) = dir.filter(|d| !d.is_dir()) {
            let name = d.display().to_string();
            let file = SourceFile::new(&name, "");
            let why = if d.exists() {
                "is not a directory"
            } else {
                "does not exist"
            };
            return Err(vec![Diagnostic::error(
                Code::Io,
                &file,
                format!("the templates directory `{name}` {why}"),
            )
            .help("`--templates` (or `templates:` in policyc.yaml) names a directory of templates that replace the built-in ones; `policyc init` writes a starter set")]);
        }
        let mut sources = Vec::new();
        let mut errors = Vec::new();
        for (name, builtin) in BUILTIN {
            let file = match dir.map(|d| d.join(name)).filter(|p| p.exists()) {
                Some(path) => match crate::source::read(&path) {
                    Ok(f) => f,
                    Err(d) => {
                        errors.push(*d);
                        continue;
                    }
                },
                None => {
                    // A built-in template is compiled when a format first asks for it
                    // (the loader below): `build --format json` compiles none.
                    sources.push((
                        *name,
                        SourceFile::new(format!("{name} (built-in)"), *builtin),
                    ));
                    continue;
                }
            };
            // The user's own templates are compiled now, so that every error in them is reported.
            if let Err(e) = env.add_template_owned(*name, file.text.to_string()) {
                errors.push(template_error(&file, &e));
            }
            sources.push((*name, file));
        }
        // Templates added above take precedence over the loader.
        env.set_loader(|name| {
            Ok(BUILTIN
                .iter()
                .find(|(n, _)| *n == name)
                .map(|(_, text)| (*text).to_string()))
        });
        let ids = sources
            .iter()
            .flat_map(|(_, f)| literal_ids(&f.text))
            .collect();
        if errors.is_empty() {
            Ok(Templates { env, sources, ids })
        } else {
            Err(errors)
        }
    }

    /// The element ids the templates write themselves, which no anchor may take.
    pub fn ids(&self) -> &[String] {
        &self.ids
    }

    /// Renders a template with a context.
    pub fn render<C: serde::Serialize>(
        &self,
        name: &str,
        context: C,
    ) -> Result<String, Diagnostic> {
        // The context, once the template's values are made of it, is
        // dropped before the page is rendered: the view and its copy are
        // not both held while the page grows (issue 27: peak memory).
        let value = minijinja::Value::from_serialize(&context);
        drop(context);
        let result = self.env.get_template(name).and_then(|t| t.render(value));
        result.map_err(|e| {
            // The error may come from an included template: point into that one.
            let at = e.name().unwrap_or(name);
            let file = self
                .sources
                .iter()
                .find(|(n, _)| *n == at)
                .map(|(_, f)| Arc::clone(f))
                .unwrap_or_else(|| SourceFile::new(at, ""));
            template_error(&file, &e)
        })
    }
}

/// The template function `t`: a message in the language of the page
/// (the context's `language`), its arguments escaped as the template's
/// output is, the result marked safe so that the message's words are not
/// escaped a second time.
fn translate(
    state: &minijinja::State,
    id: String,
    kwargs: minijinja::value::Kwargs,
) -> Result<minijinja::Value, minijinja::Error> {
    use crate::i18n::Arg;
    use minijinja::value::ValueKind;
    let lang = page_language(state);
    let html = !matches!(state.auto_escape(), minijinja::AutoEscape::None);
    let mut args: Vec<(String, Arg)> = Vec::new();
    for name in kwargs.args() {
        let value: minijinja::Value = kwargs.get(name)?;
        let arg = match (value.kind(), u64::try_from(value.clone())) {
            (ValueKind::Number, Ok(n)) => Arg::Number(n),
            _ if html && !value.is_safe() => {
                Arg::Text(minijinja::HtmlEscape(&value.to_string()).to_string().into())
            }
            _ => Arg::Text(value.to_string().into()),
        };
        args.push((name.to_string(), arg));
    }
    kwargs.assert_all_used()?;
    let args: Vec<(&str, Arg)> = args.iter().map(|(n, a)| (n.as_str(), a.clone())).collect();
    let text = crate::i18n::message_in(lang, &id, &args);
    Ok(if html {
        minijinja::Value::from_safe_string(text)
    } else {
        minijinja::Value::from(text)
    })
}

/// The values of `id="…"` attributes that contain no template expression.
fn literal_ids(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    for (at, _) in text.match_indices("id=\"") {
        // Only an attribute: `id` must not end a longer name (`data-id=`).
        let before = text[..at].chars().next_back();
        if before.is_some_and(|c| c.is_alphanumeric() || c == '-' || c == '_') {
            continue;
        }
        let value = &text[at + 4..];
        if let Some(end) = value.find('"') {
            let id = &value[..end];
            if !id.is_empty() && !id.contains(['{', '}', '%']) {
                out.push(id.to_string());
            }
        }
    }
    out
}

fn template_error(file: &Arc<SourceFile>, e: &minijinja::Error) -> Diagnostic {
    let span = match (e.range(), e.line()) {
        (Some(r), _) => Span::new(r.start, r.end),
        (None, Some(line)) => {
            let start = file.line_start(line);
            let len = file.text[start.min(file.text.len())..]
                .find('\n')
                .unwrap_or(0);
            Span::new(start, start + len)
        }
        (None, None) => Span::new(0, 0),
    };
    let message = match e.detail() {
        Some(detail) => format!("template error: {} ({detail})", e.kind()),
        None => format!("template error: {}", e.kind()),
    };
    Diagnostic::error(Code::Template, file, message)
        .at(span, "here")
        .help("docs/templates.md lists the values a template can use")
}

/// Names as one phrase: the first as it is, the others begun in lower case,
/// joined with commas and "and": `["Access", "Right to know"]` → "Access and
/// right to know".
fn name_list(names: &[String]) -> String {
    // German writes its nouns with a capital inside a sentence too.
    if crate::i18n::current() == crate::i18n::Lang::De {
        return super::wording::and_list(names);
    }
    let lower_first = |s: &String| {
        let mut chars = s.chars();
        match chars.next() {
            Some(c) => c.to_lowercase().chain(chars).collect::<String>(),
            None => String::new(),
        }
    };
    let words: Vec<String> = names
        .iter()
        .enumerate()
        .map(|(i, n)| if i == 0 { n.clone() } else { lower_first(n) })
        .collect();
    super::wording::and_list(&words)
}

/// The language of the page a template is rendering (its `language`).
fn page_language(state: &minijinja::State) -> crate::i18n::Lang {
    state
        .lookup("language")
        .and_then(|v| v.as_str().and_then(crate::i18n::Lang::parse))
        .unwrap_or(crate::i18n::Lang::En)
}

#[cfg(test)]
mod tests {
    use super::name_list;

    #[test]
    fn names_read_as_one_phrase() {
        let names = |v: &[&str]| v.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        assert_eq!(name_list(&names(&[])), "");
        assert_eq!(name_list(&names(&["Access"])), "Access");
        assert_eq!(
            name_list(&names(&["Access", "Right to know"])),
            "Access and right to know"
        );
        assert_eq!(
            name_list(&names(&[
                "Right to know",
                "Right to delete",
                "Right to correct"
            ])),
            "Right to know, right to delete and right to correct"
        );
    }
}

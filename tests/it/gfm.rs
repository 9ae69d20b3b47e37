//! Rendering Markdown as GitHub does, to see what a reader's browser gets.
//! Shared by the integration tests and the fuzzer (`#[path]`-included there).
//!
//! pulldown-cmark with every GitHub-flavoured extension it has (tables,
//! strikethrough, task lists, footnotes, GitHub's `> [!NOTE]` blockquotes)
//! follows CommonMark's HTML-block rules, the ones the PR-comment defect came
//! from, so it is the renderer the tests use (it is already a dependency;
//! comrak would add a second Markdown implementation to compile for no rule
//! pulldown-cmark lacks here).

#![allow(dead_code)]

/// The HTML a GitHub-flavoured Markdown renderer makes of `md`, raw HTML passed through.
pub fn render(md: &str) -> String {
    use pulldown_cmark::Options;
    let options = Options::ENABLE_TABLES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_TASKLISTS
        | Options::ENABLE_FOOTNOTES
        | Options::ENABLE_GFM;
    let mut html = String::new();
    pulldown_cmark::html::push_html(&mut html, pulldown_cmark::Parser::new_ext(md, options));
    html
}

/// Every markup item in rendered HTML, as written: `<p>`, `</details>`,
/// `<img src=x>`, `<!--`, `<![CDATA[`, `<?php`. The renderer writes a `<`
/// of text as `&lt;`, so every `<` left is markup.
pub fn tags(html: &str) -> Vec<String> {
    html.match_indices('<')
        .map(|(at, _)| {
            let rest = &html[at..];
            let end = rest.find('>').map_or(rest.len(), |e| e + 1);
            rest[..end].to_string()
        })
        .collect()
}

/// The tag's name, lower case (`/details` for an end tag; `!` or `?` for a
/// comment, declaration, CDATA section or processing instruction).
pub fn tag_name(tag: &str) -> String {
    let body = tag.trim_start_matches('<');
    match body.chars().next() {
        Some(c @ ('!' | '?')) => c.to_string(),
        _ => body
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == '/')
            .collect::<String>()
            .to_ascii_lowercase(),
    }
}

/// The elements a PR comment is made of: what policyc itself writes (the
/// Markdown it writes becomes `p`, `strong`, `code`, `a`, `ul`, `li`, `h3`,
/// `del`; `details` and `summary` are its only raw HTML). Anything else in a
/// rendered comment came from the policy.
pub const COMMENT_SCAFFOLDING: &[&str] = &[
    "p", "strong", "code", "a", "ul", "li", "h3", "del", "details", "summary",
];

/// The markup in rendered Markdown that policyc did not write: tags outside
/// `allowed`, and links (`<a href>`) that do not start with `link_base`.
pub fn foreign_markup(html: &str, allowed: &[&str], link_base: Option<&str>) -> Vec<String> {
    tags(html)
        .into_iter()
        .filter(|t| {
            let name = tag_name(t);
            let bare = name.trim_start_matches('/');
            if !allowed.contains(&bare) {
                return true;
            }
            if name == "a" {
                let href = t
                    .split_once("href=\"")
                    .map(|(_, h)| h.split('"').next().unwrap_or(""));
                return !matches!((href, link_base), (Some(h), Some(b)) if h.starts_with(b));
            }
            // policyc's own tags carry no attributes.
            t.contains(' ') && name != "a"
        })
        .collect()
}

/// The text a reader sees: tags dropped, character references decoded.
pub fn visible_text(html: &str) -> String {
    let mut out = String::new();
    let mut rest = html;
    while let Some(at) = rest.find('<') {
        out.push_str(&rest[..at]);
        rest = &rest[at..];
        rest = &rest[rest.find('>').map_or(rest.len(), |e| e + 1)..];
    }
    out.push_str(rest);
    out.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&amp;", "&")
}

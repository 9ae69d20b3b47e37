//! Prose: the writer's Markdown, turned into safe HTML or safe Markdown.
//! pulldown-cmark's options are set here and nowhere else.

use pulldown_cmark::{Event, HeadingLevel, Options, Parser, Tag, TagEnd};

/// The Markdown dialect of prose: GitHub tables, footnotes, strikethrough, smart punctuation.
fn options() -> Options {
    Options::ENABLE_TABLES
        | Options::ENABLE_FOOTNOTES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_SMART_PUNCTUATION
}

/// Whether a link target may be followed: `javascript:`, `vbscript:` and
/// `data:` URLs never are.
pub fn safe_url(url: &str) -> bool {
    let lower: String = url
        .chars()
        .filter(|c| !c.is_whitespace() && !c.is_control())
        .collect::<String>()
        .to_ascii_lowercase();
    !(lower.starts_with("javascript:")
        || lower.starts_with("vbscript:")
        || lower.starts_with("data:"))
}

/// Prose as HTML. Raw HTML is shown as text unless `allow_raw_html`; unsafe
/// links keep their text and lose their target; headings are pushed down by
/// `shift` levels so they sit under the section's own heading.
pub fn to_html(markdown: &str, allow_raw_html: bool, shift: usize) -> String {
    let mut dropped_links = 0usize;
    let events = Parser::new_ext(markdown, options()).filter_map(|event| match event {
        Event::Html(html) | Event::InlineHtml(html) if !allow_raw_html => Some(Event::Text(html)),
        Event::Start(Tag::Link { dest_url, .. }) | Event::Start(Tag::Image { dest_url, .. })
            if !safe_url(&dest_url) =>
        {
            dropped_links += 1;
            None
        }
        Event::End(TagEnd::Link) | Event::End(TagEnd::Image) if dropped_links > 0 => {
            dropped_links -= 1;
            None
        }
        Event::Start(Tag::Heading {
            level,
            id,
            classes,
            attrs,
        }) => Some(Event::Start(Tag::Heading {
            level: shifted(level, shift),
            id,
            classes,
            attrs,
        })),
        Event::End(TagEnd::Heading(level)) => {
            Some(Event::End(TagEnd::Heading(shifted(level, shift))))
        }
        other => Some(other),
    });
    let mut out = String::new();
    pulldown_cmark::html::push_html(&mut out, events);
    out
}

fn shifted(level: HeadingLevel, by: usize) -> HeadingLevel {
    let n = (level as usize + by).min(6);
    HeadingLevel::try_from(n).unwrap_or(HeadingLevel::H6)
}

/// Prose as Markdown for the Markdown output: as written, except that raw
/// HTML is escaped (unless allowed), a link or image with an unsafe target
/// becomes its plain text (and unsafe reference definitions go), and ATX
/// headings are pushed down by `shift` levels (at most to level 6).
pub fn to_markdown(markdown: &str, allow_raw_html: bool, shift: usize) -> String {
    // Edits are (range, replacement); an unsafe link's edit covers everything inside it.
    let mut edits: Vec<(std::ops::Range<usize>, String)> = Vec::new();
    let parser = Parser::new_ext(markdown, options());
    for (_, def) in parser.reference_definitions().iter() {
        if !safe_url(&def.dest) {
            edits.push((def.span.clone(), String::new()));
        }
    }
    // The unsafe link being replaced: its range, its plain text so far, and its nesting depth.
    let mut unsafe_link: Option<(std::ops::Range<usize>, String, usize)> = None;
    for (event, range) in parser.into_offset_iter() {
        if let Some((_, text, depth)) = unsafe_link.as_mut() {
            match event {
                Event::Start(Tag::Link { .. }) | Event::Start(Tag::Image { .. }) => *depth += 1,
                Event::End(TagEnd::Link) | Event::End(TagEnd::Image) => {
                    *depth -= 1;
                    if *depth == 0 {
                        if let Some((r, text, _)) = unsafe_link.take() {
                            edits.push((r, md_escape(&text)));
                        }
                    }
                }
                Event::Text(t) | Event::Code(t) | Event::Html(t) | Event::InlineHtml(t) => {
                    text.push_str(&t)
                }
                _ => {}
            }
            continue;
        }
        match event {
            Event::Start(Tag::Link { dest_url, .. })
            | Event::Start(Tag::Image { dest_url, .. })
                if !safe_url(&dest_url) =>
            {
                unsafe_link = Some((range, String::new(), 1));
            }
            Event::Html(html) | Event::InlineHtml(html) if !allow_raw_html => {
                edits.push((range, escape_html_text(&html)));
            }
            Event::Start(Tag::Heading { level, .. })
                if shift > 0 && markdown[range.clone()].starts_with('#') =>
            {
                let room = 6usize.saturating_sub(level as usize);
                edits.push((range.start..range.start, "#".repeat(shift.min(room))));
            }
            _ => {}
        }
    }
    edits.sort_by_key(|(r, _)| std::cmp::Reverse(r.start));
    let mut out = markdown.to_string();
    let mut last_start = usize::MAX;
    for (range, replacement) in edits {
        if range.end > last_start {
            continue;
        }
        out.replace_range(range.clone(), &replacement);
        last_start = range.start;
    }
    out.lines()
        .map(str::trim_end)
        .collect::<Vec<_>>()
        .join("\n")
}

/// Ends a sentence made of a fact: adds a full stop unless the fact already
/// ends with one (or with `?`, `!`, `…`), so "Inc." never becomes "Inc..".
pub fn end_sentence(s: &str) -> String {
    let t = s.trim_end();
    if t.ends_with(['.', '?', '!', '…']) {
        t.to_string()
    } else {
        format!("{t}.")
    }
}

/// "a", "a and b", "a, b and c" (or with "or").
pub fn join_words(items: &[String], conjunction: &str) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [rest @ .., last] => format!("{} {conjunction} {last}", rest.join(", ")),
    }
}

/// Text shown as inline code whatever backticks it contains.
pub fn md_code(s: &str) -> String {
    let longest = s.split(|c| c != '`').map(str::len).max().unwrap_or(0);
    let fence = "`".repeat(longest + 1);
    let pad = if s.starts_with('`') || s.ends_with('`') {
        " "
    } else {
        ""
    };
    format!("{fence}{pad}{}{pad}{fence}", s.replace(['\n', '\r'], " "))
}

/// Escapes `<`, `>` and `&` so that HTML and Markdown show them as text.
pub fn escape_html_text(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// Escapes a fact (a name, a label) for use inside Markdown text or a table
/// cell: the one Markdown escaper. Inline markup, links, entities (`&colon;`),
/// tables and code fences are disarmed; a fact that starts like a list item
/// or a heading does not become one; line breaks become spaces.
pub fn md_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 4);
    let digits = s.bytes().take_while(u8::is_ascii_digit).count();
    // A marker opens a list, a rule or a heading only when a space, the end or (for rules) itself follows.
    let opens_block = |at: usize, c: char| {
        let next = s[at + c.len_utf8()..].chars().next();
        next.is_none_or(|n| n.is_whitespace() || (n == c && c == '-'))
    };
    for (i, c) in s.char_indices() {
        match c {
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '|' | '#' | '&' | '~' => {
                out.push('\\');
                out.push(c);
            }
            '=' if i == 0 => {
                out.push('\\');
                out.push(c);
            }
            '-' | '+' if i == 0 && opens_block(i, c) => {
                out.push('\\');
                out.push(c);
            }
            '.' | ')' if i == digits && digits > 0 && opens_block(i, c) => {
                out.push('\\');
                out.push(c);
            }
            '\n' | '\r' => out.push(' '),
            _ => out.push(c),
        }
    }
    out
}

/// A section's prose as Markdown: the writer's text as written, each fact
/// escaped once (a cookie as code, a section or cookie as a link to its anchor).
pub fn section_markdown(policy: &crate::model::Policy, section: &crate::model::Section) -> String {
    use crate::model::Segment;
    let mut out = String::new();
    for segment in &section.body {
        match segment {
            Segment::Text(t) => out.push_str(t),
            Segment::Fact(f) => {
                let Some(fact) = policy.fact(f) else { continue };
                let words = if fact.code {
                    md_code(&fact.text)
                } else {
                    md_escape(&fact.text)
                };
                match fact.anchor {
                    Some(anchor) => out.push_str(&format!("[{words}](#{anchor})")),
                    None => out.push_str(&words),
                }
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn raw_html_is_text_unless_allowed() {
        let html = to_html("Hello <script>alert(1)</script> *world*", false, 0);
        assert!(!html.contains("<script>"), "{html}");
        assert!(html.contains("&lt;script&gt;"), "{html}");
        assert!(to_html("<b>bold</b>", true, 0).contains("<b>bold</b>"));
        let md = to_markdown("Hi <script>x</script>", false, 0);
        assert!(!md.contains("<script>"), "{md}");
    }

    #[test]
    fn javascript_links_lose_their_target() {
        let html = to_html(
            "[click](javascript:alert(1)) and [ok](https://example.com)",
            false,
            0,
        );
        assert!(!html.to_lowercase().contains("javascript"), "{html}");
        assert!(html.contains("click"));
        assert!(html.contains("href=\"https://example.com\""));
        let md = to_markdown("[click](JavaScript:alert(1))", false, 0);
        assert_eq!(md, "click");
    }

    #[test]
    fn unsafe_links_in_markdown_become_text() {
        let md = to_markdown("[<b>x</b>](javascript:alert(1)) <javascript:alert(2)> [y][r] ![i](data:x)\n\n[r]: javascript:alert(3)\n", false, 0);
        // What a Markdown renderer makes of the output: no live link, no raw HTML.
        let mut html = String::new();
        pulldown_cmark::html::push_html(&mut html, Parser::new_ext(&md, Options::all()));
        assert!(!html.contains("href=\"javascript"), "{html}");
        assert!(!html.contains("src=\"data"), "{html}");
        assert!(!html.contains("<b>"), "{html}");
        assert!(html.contains('x') && html.contains('y'), "{html}");
    }

    #[test]
    fn facts_are_escaped_once_and_only_where_markdown_would_read_them() {
        assert_eq!(md_escape("Tasklane Inc."), "Tasklane Inc.");
        assert_eq!(md_escape("Jean-Jacques (France)"), "Jean-Jacques (France)");
        assert_eq!(md_escape("support@calsoft.com"), "support@calsoft.com");
        assert_eq!(
            md_escape("a *b* [c](d) & ~~e~~"),
            "a \\*b\\* \\[c\\](d) \\& \\~\\~e\\~\\~"
        );
        assert_eq!(md_escape("- item"), "\\- item");
        assert_eq!(md_escape("1. First"), "1\\. First");
        assert_eq!(md_escape("2024 report"), "2024 report");
        assert_eq!(md_escape("310.532.5000"), "310.532.5000");
        assert_eq!(md_escape("+1 415 555 0100"), "+1 415 555 0100");
        assert_eq!(md_escape("+ item"), "\\+ item");
        assert_eq!(md_escape("-5 degrees"), "-5 degrees");
        assert_eq!(md_escape("---"), "\\---");
        // What a Markdown renderer makes of an escaped fact: the same words, no markup.
        for fact in [
            "javascript&colon;alert(1)",
            "# not a heading",
            "~~~",
            "1) x",
            "<b>x</b>",
        ] {
            let mut html = String::new();
            pulldown_cmark::html::push_html(
                &mut html,
                Parser::new_ext(&md_escape(fact), options()),
            );
            assert!(html.starts_with("<p>"), "{fact}: {html}");
            assert!(
                !html.contains("<b>") && !html.contains("javascript:"),
                "{fact}: {html}"
            );
        }
    }

    #[test]
    fn sentences_end_once() {
        assert_eq!(end_sentence("Tasklane Inc."), "Tasklane Inc.");
        assert_eq!(end_sentence("our obligations"), "our obligations.");
        assert_eq!(end_sentence("Really?"), "Really?");
        let v = |s: &[&str]| s.iter().map(|x| x.to_string()).collect::<Vec<_>>();
        assert_eq!(join_words(&v(&["a", "b", "c"]), "and"), "a, b and c");
        assert_eq!(join_words(&v(&["a"]), "or"), "a");
    }

    #[test]
    fn code_spans_survive_backticks() {
        assert_eq!(md_code("_ga"), "`_ga`");
        assert_eq!(md_code("a`b"), "``a`b``");
        assert_eq!(md_code("`x"), "`` `x ``");
    }

    #[test]
    fn headings_sit_under_the_section() {
        assert_eq!(to_markdown("##### Deep", false, 2), "###### Deep");
        assert!(to_html("# Top", false, 2).starts_with("<h3>"));
        assert_eq!(to_markdown("# Top\n\ntext", false, 2), "### Top\n\ntext");
    }

    #[test]
    fn tables_footnotes_and_smart_punctuation() {
        let html = to_html(
            "| a | b |\n|---|---|\n| 1 | 2 |\n\nIt's \"quoted\"[^1].\n\n[^1]: A note.",
            false,
            0,
        );
        assert!(html.contains("<table>"));
        assert!(html.contains("’") && html.contains("“"));
        assert!(html.contains("footnote"));
    }
}

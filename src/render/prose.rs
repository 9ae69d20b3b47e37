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

/// The URL schemes a link in any output may have. Everything else
/// (`javascript:`, `data:`, `file:`, made-up schemes, and targets with no
/// scheme at all) loses its link; only a fragment (`#anchor`) may stand alone.
pub const ALLOWED_SCHEMES: &[&str] = &["http", "https", "mailto", "tel"];

/// Whether a link target may be followed: after decoding HTML character
/// references (as a Markdown renderer or a browser would) and dropping the
/// characters browsers ignore in URLs, it has an allowed scheme
/// ([`ALLOWED_SCHEMES`]) or is a `#fragment`. A character reference policyc
/// cannot decode makes the target unsafe.
pub fn safe_url(url: &str) -> bool {
    let Some(decoded) = decode_char_refs(url) else {
        return false;
    };
    // Browsers drop ASCII tab and line breaks anywhere in a URL, and leading controls and spaces.
    let cleaned: String = decoded
        .trim_start_matches(|c: char| c <= ' ')
        .chars()
        .filter(|c| !matches!(c, '\t' | '\n' | '\r'))
        .collect();
    if cleaned.starts_with('#') {
        return !cleaned.chars().any(char::is_control);
    }
    match scheme(&cleaned) {
        Some(s) => ALLOWED_SCHEMES.iter().any(|a| s.eq_ignore_ascii_case(a)),
        None => false,
    }
}

/// Whether a remote resource (an image) at `url` would be fetched by a reader: an `http(s)` or
/// scheme-relative (`//host`) URL.
pub fn is_remote(url: &str) -> bool {
    let decoded = decode_char_refs(url).unwrap_or_else(|| url.to_string());
    let t = decoded.trim_start_matches(|c: char| c <= ' ');
    t.starts_with("//")
        || t.starts_with("\\\\")
        || scheme(t)
            .is_some_and(|s| s.eq_ignore_ascii_case("http") || s.eq_ignore_ascii_case("https"))
}

/// The scheme of a URL: letters, digits, `+`, `-` and `.` before the first `:`,
/// starting with a letter (RFC 3986).
fn scheme(url: &str) -> Option<&str> {
    let (s, _) = url.split_once(':')?;
    let mut chars = s.chars();
    let first = chars.next()?;
    (first.is_ascii_alphabetic()
        && chars.all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.')))
    .then_some(s)
}

/// Decodes HTML character references (`&colon;`, `&#58;`, `&#x3A;`) the way
/// HTML and CommonMark do. `None` when the text has a named reference that is
/// not in policyc's table: the caller cannot know what a reader would see.
pub fn decode_char_refs(s: &str) -> Option<String> {
    if !s.contains('&') {
        return Some(s.to_string());
    }
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(at) = rest.find('&') {
        out.push_str(&rest[..at]);
        rest = &rest[at..];
        let body = &rest[1..];
        if let Some(num) = body.strip_prefix('#') {
            let (hex, digits) = match num.strip_prefix(['x', 'X']) {
                Some(h) => (true, h),
                None => (false, num),
            };
            let len = digits
                .bytes()
                .take_while(|b| {
                    if hex {
                        b.is_ascii_hexdigit()
                    } else {
                        b.is_ascii_digit()
                    }
                })
                .count();
            if len > 0 {
                let value = u32::from_str_radix(&digits[..len.min(8)], if hex { 16 } else { 10 })
                    .ok()
                    .and_then(char::from_u32)
                    .unwrap_or('\u{FFFD}');
                out.push(value);
                let used = 1 + usize::from(hex) + len;
                let after = &num[used - 1..];
                rest = after.strip_prefix(';').unwrap_or(after);
                continue;
            }
        } else {
            let len = body.bytes().take_while(u8::is_ascii_alphanumeric).count();
            if len > 0 {
                let name = &body[..len];
                match named_ref(name) {
                    Some(c) => {
                        out.push_str(c);
                        let after = &body[len..];
                        rest = after.strip_prefix(';').unwrap_or(after);
                        continue;
                    }
                    // `&name;` with a name policyc does not know: refuse to guess.
                    None if body[len..].starts_with(';') => return None,
                    None => {}
                }
            }
        }
        out.push('&');
        rest = &rest[1..];
    }
    out.push_str(rest);
    Some(out)
}

/// The named references that can spell URL syntax (and a few common ones).
fn named_ref(name: &str) -> Option<&'static str> {
    Some(match name {
        "colon" => ":",
        "sol" => "/",
        "bsol" => "\\",
        "quest" => "?",
        "num" => "#",
        "amp" | "AMP" => "&",
        "lt" | "LT" => "<",
        "gt" | "GT" => ">",
        "quot" | "QUOT" => "\"",
        "apos" => "'",
        "period" => ".",
        "commat" => "@",
        "equals" => "=",
        "percnt" => "%",
        "plus" => "+",
        "lpar" => "(",
        "rpar" => ")",
        "Tab" => "\t",
        "NewLine" => "\n",
        "nbsp" => "\u{a0}",
        "semi" => ";",
        "comma" => ",",
        "excl" => "!",
        "dollar" => "$",
        "lowbar" => "_",
        "hyphen" | "dash" => "-",
        _ => return None,
    })
}

/// A URL that Markdown can show as an autolink `<…>` (or use as a link
/// destination in `<…>`): a safe URL with an allowed scheme, or an e-mail
/// address, with nothing a renderer would decode or end the link at. `None`
/// otherwise: the caller shows the text instead.
pub fn md_autolink(url: &str) -> Option<&str> {
    // `&` only where no renderer would decode a character reference (`?a=1&b=2`).
    let plain = !url.is_empty()
        && !url
            .chars()
            .any(|c| c.is_whitespace() || c.is_control() || matches!(c, '<' | '>' | '\\' | '`'))
        && decode_char_refs(url).as_deref() == Some(url);
    if !plain {
        return None;
    }
    if scheme(url).is_some() && safe_url(url) {
        return Some(url);
    }
    is_email(url).then_some(url)
}

/// An e-mail address as CommonMark's e-mail autolinks read it.
fn is_email(s: &str) -> bool {
    let Some((local, domain)) = s.split_once('@') else {
        return false;
    };
    !local.is_empty()
        && local
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || ".!#$%'*+/=?^_{|}~-".contains(c))
        && !domain.is_empty()
        && domain.split('.').all(|label| {
            !label.is_empty()
                && label.len() <= 63
                && !label.starts_with('-')
                && !label.ends_with('-')
                && label.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
        })
}

/// Where e-mail addresses stand in running text (`write to privacy@acme.example.`),
/// so that the page can make them links as mail readers do. A trailing full
/// stop is the sentence's, not the address's.
pub fn email_spans(text: &str) -> Vec<std::ops::Range<usize>> {
    let allowed = |c: char| c.is_ascii_alphanumeric() || ".!#$%'*+/=?^_{|}~-@".contains(c);
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in text
        .char_indices()
        .chain(std::iter::once((text.len(), ' ')))
    {
        match (start, allowed(c) && i < text.len()) {
            (None, true) => start = Some(i),
            (Some(from), false) => {
                let word = text[from..i].trim_end_matches(['.', '-']);
                let end = from + word.len();
                // Leading punctuation such as an opening quote is not part of it.
                let lead = word.len()
                    - word
                        .trim_start_matches(|c: char| !c.is_ascii_alphanumeric())
                        .len();
                let word = &word[lead..];
                if word.contains('@') && word.contains('.') && is_email(word) {
                    out.push(from + lead..end);
                }
                start = None;
            }
            _ => {}
        }
    }
    out
}

/// What prose may contain in the output, and how it sits in the document.
pub struct ProseOptions<'a> {
    /// Let raw HTML through (otherwise it is shown as text).
    pub allow_raw_html: bool,
    /// Let images load from other sites (otherwise a remote image becomes a link to it).
    pub allow_remote: bool,
    /// Heading levels to push headings down by, so they sit under the section's heading.
    pub shift: usize,
    /// The document-wide unique name for a footnote label of this prose.
    pub footnote_id: &'a mut dyn FnMut(&str) -> String,
}

/// Prose as HTML. Raw HTML is shown as text unless allowed; links and images
/// with an unsafe target keep their text and lose their target; a remote image
/// becomes a link to it unless allowed; footnotes get document-wide unique ids;
/// headings are pushed down so they sit under the section's own heading.
pub fn to_html(markdown: &str, o: &mut ProseOptions<'_>) -> String {
    // For each open link or image: what its end becomes (`None`: dropped).
    let mut ends: Vec<Option<Event<'_>>> = Vec::new();
    // For each remote image made a link: where its text starts, and the URL
    // that names it when it has no alt text.
    let mut named: Vec<Option<(usize, pulldown_cmark::CowStr<'_>)>> = Vec::new();
    let mut events = Vec::new();
    // Inside a code block, text is code: its addresses stay as written.
    let mut in_code = false;
    for event in Parser::new_ext(markdown, options()) {
        match &event {
            Event::Start(Tag::CodeBlock(_)) => in_code = true,
            Event::End(TagEnd::CodeBlock) => in_code = false,
            _ => {}
        }
        let event = match event {
            Event::Html(html) | Event::InlineHtml(html) if !o.allow_raw_html => Event::Text(html),
            // `<dpo@acme.example>`: an e-mail autolink, written as `mailto:` by the HTML writer.
            Event::Start(Tag::Link {
                link_type: pulldown_cmark::LinkType::Email,
                dest_url,
                title,
                id,
            }) if is_email(&dest_url) => {
                ends.push(Some(Event::End(TagEnd::Link)));
                named.push(None);
                Event::Start(Tag::Link {
                    link_type: pulldown_cmark::LinkType::Email,
                    dest_url,
                    title,
                    id,
                })
            }
            Event::Start(Tag::Link { dest_url, .. })
            | Event::Start(Tag::Image { dest_url, .. })
                if !safe_url(&dest_url) =>
            {
                ends.push(None);
                named.push(None);
                continue;
            }
            Event::Start(Tag::Image {
                link_type,
                dest_url,
                title,
                id,
            }) if !o.allow_remote && is_remote(&dest_url) => {
                // A remote image is a request to another site (a tracking pixel): link to it instead.
                ends.push(Some(Event::End(TagEnd::Link)));
                named.push(Some((events.len() + 1, dest_url.clone())));
                Event::Start(Tag::Link {
                    link_type,
                    dest_url,
                    title,
                    id,
                })
            }
            Event::Start(t @ (Tag::Link { .. } | Tag::Image { .. })) => {
                let end = if matches!(t, Tag::Link { .. }) {
                    TagEnd::Link
                } else {
                    TagEnd::Image
                };
                ends.push(Some(Event::End(end)));
                named.push(None);
                Event::Start(t)
            }
            Event::End(TagEnd::Link) | Event::End(TagEnd::Image) => {
                // A link with no text has no accessible name: the URL names it.
                if let Some((start, url)) = named.pop().flatten() {
                    let has_text = events[start.min(events.len())..].iter().any(
                        |e| matches!(e, Event::Text(t) | Event::Code(t) if !t.trim().is_empty()),
                    );
                    if !has_text {
                        events.push(Event::Text(url));
                    }
                }
                match ends.pop().flatten() {
                    Some(end) => end,
                    None => continue,
                }
            }
            // An e-mail address in running text (not inside a link) is a link.
            Event::Text(text) if ends.is_empty() && !in_code && text.contains('@') => {
                let spans = email_spans(&text);
                if spans.is_empty() {
                    Event::Text(text)
                } else {
                    let mut at = 0;
                    for r in spans {
                        if r.start > at {
                            events.push(Event::Text(text[at..r.start].to_string().into()));
                        }
                        let address = &text[r.clone()];
                        events.push(Event::Start(Tag::Link {
                            link_type: pulldown_cmark::LinkType::Inline,
                            dest_url: format!("mailto:{address}").into(),
                            title: "".into(),
                            id: "".into(),
                        }));
                        events.push(Event::Text(address.to_string().into()));
                        events.push(Event::End(TagEnd::Link));
                        at = r.end;
                    }
                    Event::Text(text[at..].to_string().into())
                }
            }
            Event::FootnoteReference(label) => {
                Event::FootnoteReference((o.footnote_id)(&label).into())
            }
            Event::Start(Tag::FootnoteDefinition(label)) => {
                Event::Start(Tag::FootnoteDefinition((o.footnote_id)(&label).into()))
            }
            Event::Start(Tag::Heading {
                level,
                id,
                classes,
                attrs,
            }) => Event::Start(Tag::Heading {
                level: shifted(level, o.shift),
                id,
                classes,
                attrs,
            }),
            Event::End(TagEnd::Heading(level)) => {
                Event::End(TagEnd::Heading(shifted(level, o.shift)))
            }
            other => other,
        };
        events.push(event);
    }
    let mut out = String::new();
    pulldown_cmark::html::push_html(&mut out, events.into_iter());
    out
}

fn shifted(level: HeadingLevel, by: usize) -> HeadingLevel {
    let n = (level as usize + by).min(6);
    HeadingLevel::try_from(n).unwrap_or(HeadingLevel::H6)
}

/// Prose as Markdown for the Markdown output: as written, except that raw
/// HTML is escaped (unless allowed), a link or image with an unsafe target
/// becomes its plain text (and unsafe reference definitions go), a remote
/// image becomes a link to it (unless allowed), footnote labels are made
/// document-wide unique, ATX headings are pushed down by `shift` levels (at
/// most to level 6), and a code block left open is closed so that it cannot
/// swallow the rest of the document.
pub fn to_markdown(markdown: &str, o: &mut ProseOptions<'_>) -> String {
    // Edits are (range, replacement); an unsafe link's edit covers everything inside it.
    let mut edits: Vec<(std::ops::Range<usize>, String)> = Vec::new();
    let parser = Parser::new_ext(markdown, options());
    for (_, def) in parser.reference_definitions().iter() {
        if !safe_url(&def.dest) {
            edits.push((def.span.clone(), String::new()));
        }
    }
    // The link being replaced: its range, its plain text so far, its nesting
    // depth, and the target to keep (a remote image becomes a link to it).
    let mut replaced: Option<(std::ops::Range<usize>, String, usize, Option<String>)> = None;
    // Links and code blocks open around the current event: their text is left as written.
    let (mut links, mut in_code) = (0usize, false);
    for (event, range) in parser.into_offset_iter() {
        match &event {
            Event::Start(Tag::Link { .. }) => links += 1,
            Event::End(TagEnd::Link) => links = links.saturating_sub(1),
            Event::Start(Tag::CodeBlock(_)) => in_code = true,
            Event::End(TagEnd::CodeBlock) => in_code = false,
            _ => {}
        }
        if let Some((_, text, depth, _)) = replaced.as_mut() {
            match event {
                Event::Start(Tag::Link { .. }) | Event::Start(Tag::Image { .. }) => *depth += 1,
                Event::End(TagEnd::Link) | Event::End(TagEnd::Image) => {
                    *depth -= 1;
                    if *depth == 0 {
                        if let Some((r, text, _, target)) = replaced.take() {
                            let words = match (&target, text.trim().is_empty()) {
                                // A link needs a name: an image with no alt text is named by its URL.
                                (Some(url), true) => md_escape(url),
                                _ => md_escape(&text),
                            };
                            let with = match target.as_deref().and_then(md_autolink) {
                                Some(url) => format!("[{words}](<{url}>)"),
                                None => words,
                            };
                            edits.push((r, with));
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
            // `<dpo@acme.example>` stays the autolink it is.
            Event::Start(Tag::Link {
                link_type: pulldown_cmark::LinkType::Email,
                ref dest_url,
                ..
            }) if is_email(dest_url) => {}
            Event::Start(Tag::Link { dest_url, .. })
            | Event::Start(Tag::Image { dest_url, .. })
                if !safe_url(&dest_url) =>
            {
                replaced = Some((range, String::new(), 1, None));
            }
            Event::Start(Tag::Image { dest_url, .. })
                if !o.allow_remote && is_remote(&dest_url) =>
            {
                replaced = Some((range, String::new(), 1, Some(dest_url.to_string())));
            }
            // Every line of an HTML block, and inline HTML: once escaped it is
            // no longer HTML, so it must not be Markdown either (a continuation
            // line of an HTML block, or an attribute, can hold a link or an image).
            Event::Html(html) | Event::InlineHtml(html) if !o.allow_raw_html => {
                edits.push((range, md_literal(&html)));
            }
            // An e-mail address in running text becomes an autolink, where
            // the text is the source as written (no escapes in between).
            Event::Text(t)
                if links == 0 && !in_code && t.contains('@') && markdown[range.clone()] == *t =>
            {
                for r in email_spans(&t) {
                    let at = range.start + r.start..range.start + r.end;
                    edits.push((at.clone(), format!("<{}>", &markdown[at])));
                }
            }
            Event::FootnoteReference(label) => {
                let id = (o.footnote_id)(&label);
                edits.push((range, format!("[^{id}]")));
            }
            Event::Start(Tag::FootnoteDefinition(label)) => {
                let id = (o.footnote_id)(&label);
                // The definition starts `[^label]:`.
                let close = markdown[range.clone()]
                    .find("]:")
                    .map_or(range.start, |i| range.start + i);
                edits.push((range.start..close, format!("[^{id}")));
            }
            Event::Start(Tag::Heading { level, .. })
                if o.shift > 0 && markdown[range.clone()].starts_with('#') =>
            {
                let room = 6usize.saturating_sub(level as usize);
                edits.push((range.start..range.start, "#".repeat(o.shift.min(room))));
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
    let mut out = out
        .lines()
        .map(str::trim_end)
        .collect::<Vec<_>>()
        .join("\n");
    if let Some(fence) = open_fence(&out) {
        out.push('\n');
        out.push_str(&fence);
    }
    out
}

/// The fence that closes a fenced code block left open at the end of `markdown`, if any.
fn open_fence(markdown: &str) -> Option<String> {
    let mut last = None;
    for (event, range) in Parser::new_ext(markdown, options()).into_offset_iter() {
        if let Event::Start(Tag::CodeBlock(pulldown_cmark::CodeBlockKind::Fenced(_))) = event {
            last = Some(range);
        }
    }
    let range = last?;
    if range.end < markdown.trim_end().len() {
        return None;
    }
    let block = &markdown[range];
    let first = block.lines().next()?.trim_start();
    let c = first.chars().next().filter(|c| matches!(c, '`' | '~'))?;
    let n = first.chars().take_while(|x| *x == c).count();
    let closed = block.lines().count() > 1
        && block.lines().last().is_some_and(|l| {
            let l = l.trim();
            l.len() >= n && l.chars().all(|x| x == c)
        });
    (!closed).then(|| c.to_string().repeat(n))
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

/// Text that Markdown shows exactly as written, on as many lines: every ASCII
/// punctuation character backslash-escaped (CommonMark lets any be), and
/// each line's leading spaces and tabs dropped (they would make code). No
/// line can start a block, and nothing inside a line is markup, a link, a
/// character reference or HTML.
pub fn md_literal(s: &str) -> String {
    let mut out = String::with_capacity(s.len() * 2);
    for (i, line) in s.split('\n').enumerate() {
        if i > 0 {
            out.push('\n');
        }
        for c in line.trim_start_matches([' ', '\t']).chars() {
            if c.is_ascii_punctuation() {
                out.push('\\');
            }
            out.push(c);
        }
    }
    out
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
/// or a heading does not become one, nor one with leading spaces a code
/// block (they are dropped); line breaks become spaces.
pub fn md_escape(s: &str) -> String {
    // Leading spaces would make an indented code block of a fact at the start of a line.
    let s = s.trim_start();
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
pub fn section_markdown(
    policy: &crate::model::Policy,
    section: &crate::model::Section,
    anchors: &super::anchors::Anchors,
) -> String {
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
                match fact.anchor.and(anchors.fact(f)) {
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

    fn same(label: &str) -> String {
        label.to_string()
    }

    fn to_html(markdown: &str, allow_raw_html: bool, shift: usize) -> String {
        super::to_html(
            markdown,
            &mut ProseOptions {
                allow_raw_html,
                allow_remote: false,
                shift,
                footnote_id: &mut same,
            },
        )
    }

    fn to_markdown(markdown: &str, allow_raw_html: bool, shift: usize) -> String {
        super::to_markdown(
            markdown,
            &mut ProseOptions {
                allow_raw_html,
                allow_remote: false,
                shift,
                footnote_id: &mut same,
            },
        )
    }

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
    fn autolinks_take_allowed_schemes_and_addresses_only() {
        assert_eq!(
            md_autolink("https://x.example/?a=1&b=2"),
            Some("https://x.example/?a=1&b=2")
        );
        assert_eq!(md_autolink("jane@example.org"), Some("jane@example.org"));
        for bad in [
            "https://x.example/&lt;b",
            "javascript&colon;x",
            "plaintext",
            "https://x.example/a b",
            "<https://x>",
            "",
        ] {
            assert_eq!(md_autolink(bad), None, "{bad}");
        }
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

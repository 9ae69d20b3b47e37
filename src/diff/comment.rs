//! The pull-request comment (`policyc diff --format markdown`), built so
//! that no text from a policy or a path can become markup on GitHub.
//!
//! The comment is written through [`Comment`], whose rules hold by
//! construction:
//!
//! - policyc's own markup goes in only as `&'static str` ([`Comment::mark`]),
//!   so no text from outside can take its place;
//! - every other string (a label, a value, a sentence, a file name, a reason)
//!   goes through [`inline`] — or [`Comment::code`] for a code span — which
//!   turns line breaks into spaces, makes control characters U+FFFD
//!   ([`crate::render::without_controls`]), escapes what Markdown reads
//!   inline (`\`, `` ` ``, `*`, `_`, `[`, `]`, `<`, `>`, `|`, `#`, `&`, `~`)
//!   and breaks `@name` mentions;
//! - every line starts with policyc's markup (`- `, `**`, `  - `), so no
//!   policy text stands where a block (a heading, a list, a fence, an HTML
//!   block) could start;
//! - the only raw HTML is policyc's `<details>`/`<summary>` and
//!   `</details>`, each on a line of its own followed by a blank line (which
//!   ends an HTML block), and with only policyc's words inside: no policy
//!   text is ever inside an HTML block, where escapes do not apply.
//!
//! `tests/it/diff.rs` renders hostile comments with a GFM renderer and finds
//! no markup but this scaffolding; the fuzzer (`tests/fuzz.rs`) does the same
//! for mutated policies.

use crate::diff::{Change, Class, Place, SentenceEdit};

/// Where links to `file:line` point.
#[derive(Default)]
pub struct Links {
    /// For the old version's lines.
    pub old: Option<String>,
    /// For the new version's lines.
    pub new: Option<String>,
}

/// Text from a policy or a path, for anywhere in a line of Markdown: one
/// line, no control character, inline markup escaped (see the module), and
/// `@name` broken with a zero-width space so that posting pings no one.
pub fn inline(s: &str) -> String {
    let one_line: String = s
        .chars()
        .map(|c| {
            if matches!(c, '\n' | '\r' | '\t') {
                ' '
            } else {
                c
            }
        })
        .collect();
    let clean = crate::render::without_controls(&one_line);
    crate::render::prose::md_escape(clean.trim()).replace('@', "@\u{200B}")
}

/// A comment being written: policyc's markup and escaped text, nothing else.
struct Comment {
    out: String,
}

impl Comment {
    /// policyc's own markup or words.
    fn mark(&mut self, s: &'static str) -> &mut Self {
        self.out.push_str(s);
        self
    }

    /// A number.
    fn num(&mut self, n: usize) -> &mut Self {
        self.out.push_str(&n.to_string());
        self
    }

    /// Text from outside, escaped ([`inline`]).
    fn text(&mut self, s: &str) -> &mut Self {
        self.out.push_str(&inline(s));
        self
    }

    /// Text from outside, in bold or struck through (`**`, `~~`): never
    /// empty, so that the markers cannot make a rule or a fence.
    fn wrapped(&mut self, marker: &'static str, s: &str) -> &mut Self {
        let t = inline(s);
        self.mark(marker);
        if t.is_empty() {
            self.mark("(empty)");
        } else {
            self.out.push_str(&t);
        }
        self.mark(marker)
    }

    /// Text from outside as a code span: one line, no control character, a
    /// fence longer than any run of backticks in it, `@` broken.
    fn code(&mut self, s: &str) -> &mut Self {
        let one_line: String = s
            .chars()
            .map(|c| {
                if matches!(c, '\n' | '\r' | '\t') {
                    ' '
                } else {
                    c
                }
            })
            .collect();
        let clean = crate::render::without_controls(&one_line).replace('@', "@\u{200B}");
        if clean.trim().is_empty() {
            return self.mark("(empty)");
        }
        self.out.push_str(&crate::render::prose::md_code(&clean));
        self
    }

    /// A collapsed block under a list item: `indent` spaces, policyc's words
    /// as the summary, then one list item per text. The HTML lines stand
    /// alone, each followed by a blank line, so the HTML blocks they start
    /// end before any text.
    fn details(&mut self, indent: &'static str, summary: &str, items: &[Item<'_>]) {
        self.out.push('\n');
        self.mark(indent).mark("<details><summary>");
        // The summary is policyc's words and numbers: no escaping applies inside HTML.
        debug_assert!(summary
            .chars()
            .all(|c| c.is_alphanumeric() || " ,.:()–—-".contains(c)));
        self.out.push_str(summary);
        self.mark("</summary>\n\n");
        for item in items {
            self.mark(indent).mark("- ");
            match item {
                Item::Plain(t) => self.text(t),
                Item::Removed(t) => self.wrapped("~~", t),
                Item::Added(t) => self.wrapped("**", t),
            };
            self.mark("\n");
        }
        self.mark("\n").mark(indent).mark("</details>\n\n");
    }
}

/// One line in a collapsed block.
enum Item<'a> {
    Plain(&'a str),
    Removed(&'a str),
    Added(&'a str),
}

/// "1 sentence removed, 2 added".
fn sentence_counts(s: &[SentenceEdit]) -> String {
    let n = |op| s.iter().filter(|e| e.op == op).count();
    let plural = |n: usize| format!("{n} sentence{}", if n == 1 { "" } else { "s" });
    match (n("delete"), n("insert")) {
        (0, i) => format!("{} added", plural(i)),
        (d, 0) => format!("{} removed", plural(d)),
        (d, i) => format!("{} removed, {i} added", plural(d)),
    }
}

/// Percent-encodes what may not stand in a URL path (spaces, `#`, `?`, `%`, non-ASCII).
fn url_path(s: &str) -> String {
    let mut out = String::new();
    for b in s.bytes() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' | b'/' => {
                out.push(b as char)
            }
            _ => out.push_str(&format!("%{b:02X}")),
        }
    }
    out
}

/// A link base (`--link-base`) as a Markdown link destination: `None` unless
/// its scheme is allowed ([`crate::render::prose::safe_url`]); bytes that could
/// end or change the destination (space, controls, `(`, `)`, `<`, `>`, `\`,
/// `` ` ``, `"`, non-ASCII) percent-encoded, `&` escaped so no character
/// reference is decoded.
fn link_base(base: &str) -> Option<String> {
    if !crate::render::prose::safe_url(base) || base.starts_with('#') {
        return None;
    }
    let mut out = String::new();
    for b in base.trim_end_matches('/').bytes() {
        match b {
            b'&' => out.push_str("\\&"),
            _ if b.is_ascii_alphanumeric() || b"-._~:/?#[]@!$'*+,;=%".contains(&b) => {
                out.push(char::from(b))
            }
            _ => out.push_str(&format!("%{b:02X}")),
        }
    }
    Some(out)
}

/// `file:line`, linked when a base is given (a `REV:` prefix is not part of the path).
fn place(c: &mut Comment, p: &Place, base: Option<&str>) {
    let label = format!("{}:{}", p.file, p.line);
    match base.and_then(link_base) {
        Some(base) => {
            let path = match p.file.split_once(':') {
                Some((rev, path)) if !std::path::Path::new(&p.file).exists() && !rev.is_empty() => {
                    path
                }
                _ => p.file.as_str(),
            };
            let path = path.trim_start_matches("./");
            c.mark("[").code(&label).mark("](");
            c.out
                .push_str(&format!("{base}/{}#L{}", url_path(path), p.line));
            c.mark(")");
        }
        None => {
            c.code(&label);
        }
    }
}

/// Whether a value is long enough to collapse: more than 8 items, or 300 characters.
fn long(s: &str) -> bool {
    members(s) > 8 || s.chars().count() > 300
}

/// How many members a value written as a list has: its `, ` separators
/// outside the policy's quoted words (a sentence's commas are not members).
fn members(s: &str) -> usize {
    // Prose ends as a sentence does; a list of ids or words does not.
    if s.trim_end_matches('\u{201D}')
        .trim_end()
        .ends_with(['.', '!', '?'])
    {
        return 1;
    }
    let mut quoted = false;
    let mut n = 1;
    let mut chars = s.chars().peekable();
    while let Some(ch) = chars.next() {
        match ch {
            '\u{201C}' => quoted = true,
            '\u{201D}' => quoted = false,
            ',' if !quoted && chars.peek() == Some(&' ') => n += 1,
            _ => {}
        }
    }
    n
}

/// A value in a line: short ones whole; a long one as its first 60
/// characters, the whole put in `pending` to be shown collapsed below the line.
fn value<'a>(c: &mut Comment, s: &'a str, pending: &mut Vec<&'a str>) {
    if long(s) {
        let head: String = s.chars().take(60).collect();
        c.text(&head).mark(" … (in full below)");
        pending.push(s);
    } else {
        c.text(s);
    }
}

/// The collapsed full values of a line.
fn full_values(c: &mut Comment, indent: &'static str, pending: &[&str]) {
    for v in pending {
        let n = members(v);
        let summary = if n > 8 {
            format!("all {n} values")
        } else {
            "the full value".to_string()
        };
        c.details(indent, &summary, &[Item::Plain(v)]);
    }
}

/// The pull-request comment.
pub fn markdown(old: &str, new: &str, changes: &[Change], links: &Links) -> String {
    let [m, r, e] = crate::diff::counts(changes);
    let mut c = Comment { out: String::new() };
    c.mark("**Privacy policy changes** ")
        .code(old)
        .mark(" → ")
        .code(new)
        .mark(": **")
        .num(m)
        .mark(if m == 1 {
            " material change"
        } else {
            " material changes"
        })
        .mark("**, ")
        .num(r)
        .mark(" to review, ")
        .num(e)
        .mark(if e == 1 {
            " editorial change.\n"
        } else {
            " editorial changes.\n"
        });
    if m > 0 {
        c.mark("\nMaterial changes may need notice to users (and, for significant changes, their acceptance) before they take effect.\n");
    }
    if r > 0 {
        c.mark("\nChanges to review are in the policy's own words: read them to decide whether the practice changed.\n");
    }
    for (class, title) in [
        (Class::Material, "\n### Material changes\n\n"),
        (Class::Review, "\n### To review\n\n"),
        (Class::Editorial, "\n### Editorial changes\n\n"),
    ] {
        let group: Vec<&Change> = changes.iter().filter(|x| x.class == class).collect();
        if group.is_empty() {
            continue;
        }
        c.mark(title);
        for change in group {
            one_change(&mut c, change, links);
        }
    }
    c.out
}

fn one_change(c: &mut Comment, ch: &Change, links: &Links) {
    let mut pending = Vec::new();
    c.mark("- **").text(ch.area);
    if !ch.subject.is_empty() {
        c.mark(" ").code(&ch.subject);
    }
    if let Some(f) = &ch.field {
        c.mark(" · ").text(f);
    }
    c.mark(" ").mark(ch.kind.word()).mark("**");
    match (ch.before.as_deref(), ch.after.as_deref()) {
        (b, a) if ch.listed => {
            c.mark(": ");
            if let Some(b) = b {
                c.mark("removed ");
                value(c, b, &mut pending);
            }
            if let Some(a) = a {
                if b.is_some() {
                    c.mark("; ");
                }
                c.mark("added ");
                value(c, a, &mut pending);
            }
        }
        (Some(b), Some(a)) => {
            c.mark(": ");
            value(c, b, &mut pending);
            c.mark(" → ");
            value(c, a, &mut pending);
        }
        (None, Some(a)) => {
            c.mark(": ");
            value(c, a, &mut pending);
        }
        (Some(b), None) => {
            c.mark(": was ");
            value(c, b, &mut pending);
        }
        (None, None) => {}
    }
    c.mark(" — ").text(&ch.reason);
    if ch.source != "—" {
        c.mark(" (").text(&ch.source).mark(")");
    }
    let places = [
        ("old ", ch.old_at.as_ref(), links.old.as_deref()),
        ("new ", ch.new_at.as_ref(), links.new.as_deref()),
    ];
    let mut first = true;
    for (word, p, base) in places {
        let Some(p) = p else { continue };
        c.mark(if first { " · " } else { ", " }).mark(word);
        place(c, p, base);
        first = false;
    }
    c.mark("\n");
    full_values(c, "  ", &pending);
    for (k, v) in &ch.facts {
        let mut pending = Vec::new();
        c.mark("  - ").text(k).mark(": ");
        value(c, v, &mut pending);
        c.mark("\n");
        full_values(c, "    ", &pending);
    }
    if let Some(s) = &ch.sentences {
        let near = |j: usize| s.get(j).is_some_and(|x| x.op != "equal");
        let items: Vec<Item<'_>> = s
            .iter()
            .enumerate()
            .filter_map(|(i, e)| match e.op {
                "delete" => Some(Item::Removed(&e.text)),
                "insert" => Some(Item::Added(&e.text)),
                // Context: the sentences next to an edit.
                _ if near(i + 1) || (i > 0 && near(i - 1)) => Some(Item::Plain(&e.text)),
                _ => None,
            })
            .collect();
        c.details("  ", &sentence_counts(s), &items);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_sentence_is_one_value_however_many_commas_it_holds() {
        let sentence = "\u{201C}Some data goes to other countries, including the US, whose laws differ, and we use safeguards, contracts, measures, audits, reviews, checks.\u{201D}";
        assert_eq!(members(sentence), 1);
        assert_eq!(
            members("us, \u{201C}other countries, far away\u{201D}, br"),
            3
        );
        assert_eq!(
            members(
                "Data goes to the US, Brazil, Japan, India, Chile, Peru, Mexico, Canada and Kenya."
            ),
            1
        );
        assert_eq!(members("account, usage, logs"), 3);
        let mut c = Comment { out: String::new() };
        full_values(&mut c, "", &[sentence]);
        assert!(c.out.contains("the full value"), "{}", c.out);
    }

    #[test]
    fn text_is_one_escaped_line() {
        assert_eq!(inline("a\n</details>\r\n<b>"), "a \\</details\\>  \\<b\\>");
        assert_eq!(inline("x\u{1b}[2J\u{7}"), "x\u{FFFD}\\[2J\u{FFFD}");
        assert_eq!(inline("@octocat"), "@\u{200B}octocat");
        assert_eq!(inline("Example, Inc."), "Example, Inc.");
    }

    #[test]
    fn link_bases_cannot_end_the_destination() {
        assert_eq!(
            link_base("https://github.com/o/r/blob/abc/").as_deref(),
            Some("https://github.com/o/r/blob/abc")
        );
        assert_eq!(
            link_base("https://x.test/a b)<c>&amp;").as_deref(),
            Some("https://x.test/a%20b%29%3Cc%3E\\&amp;")
        );
        assert_eq!(link_base("javascript:alert(1)"), None);
    }
}

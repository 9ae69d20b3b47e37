//! Synthetic policies of any size, for the benchmark and the scaling test.

use std::fmt::Write;

/// A valid policy of at least `bytes` bytes: many data categories, purposes,
/// recipients, cookie rows and prose sections, all cross-referenced.
pub fn policy(bytes: usize) -> String {
    let mut s = String::with_capacity(bytes + 4096);
    s.push_str(
        "policy \"Synthetic\" {\n  updated 2024-01-31\n  jurisdictions gdpr, ccpa, eprivacy\n}\n\n",
    );
    s.push_str("controller \"Example Ltd\" {\n  email \"privacy@example.com\"\n}\n\n");
    let mut rows =
        String::from("cookies {\n  | name | provider | party | category | lifetime | purpose |\n");
    let mut i = 0;
    while s.len() + rows.len() < bytes {
        let _ = write!(
            s,
            "// Category {i}.\ndata d{i} \"Data {i}\" {{\n  examples \"one\", \"two\", \"three\"\n  source person\n  retention {} days\n}}\n\n\
             purpose p{i} \"Purpose {i}\" {{\n  uses d{i}\n  basis legitimate-interests\n  interest \"interest number {i}\"\n}}\n\n\
             recipient r{i} \"Recipient {i}\" {{\n  role processor\n  receives d{i}\n}}\n\n\
             section s{i} \"Section {i}\" {{\n  text \"\"\"\n    About {{{{ data.d{i} }}}} and {{{{ controller.name }}}}: *some* prose.\n  \"\"\"\n}}\n\n",
            i % 365 + 1
        );
        let _ = writeln!(
            rows,
            "  | c{i} | Example | first | functional | {} months | Remembers setting {i} |",
            i % 12 + 1
        );
        i += 1;
    }
    rows.push_str("}\n");
    s.push_str(&rows);
    s
}

/// The shapes of policy that stress one part of policyc each, for the scaling benchmark.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Shape {
    /// One purpose using N data categories.
    Categories,
    /// N purposes, each using the same 20 data categories.
    Purposes,
    /// N prose sections, each with placeholders naming facts and the previous section.
    Sections,
    /// A cookie table of N rows.
    Cookies,
    /// N unknown statements: N diagnostics.
    Diagnostics,
}

impl Shape {
    /// Every shape.
    pub const ALL: [Shape; 5] = [
        Shape::Categories,
        Shape::Purposes,
        Shape::Sections,
        Shape::Cookies,
        Shape::Diagnostics,
    ];

    /// Its name in the benchmark's table.
    pub fn name(self) -> &'static str {
        match self {
            Shape::Categories => "1 purpose x N categories",
            Shape::Purposes => "N purposes x 20 uses",
            Shape::Sections => "N sections, placeholders",
            Shape::Cookies => "N cookie rows",
            Shape::Diagnostics => "N diagnostics",
        }
    }
}

fn header(s: &mut String) {
    s.push_str("policy \"Synthetic\" {\n  updated 2024-01-31\n  jurisdictions gdpr\n}\n\n");
    s.push_str("controller \"Example Ltd\" {\n  email \"privacy@example.com\"\n}\n\n");
}

fn category(s: &mut String, i: usize) {
    let _ = write!(
        s,
        "data d{i} \"Data {i}\" {{\n  examples \"one\", \"two\"\n  source person\n  retention {} days\n}}\n\n",
        i % 365 + 1
    );
}

/// A policy of shape `shape` with `n` items.
pub fn shaped(shape: Shape, n: usize) -> String {
    let mut s = String::new();
    header(&mut s);
    match shape {
        Shape::Categories => {
            for i in 0..n {
                category(&mut s, i);
            }
            let uses: Vec<String> = (0..n).map(|i| format!("d{i}")).collect();
            let _ = write!(
                s,
                "purpose all \"Everything\" {{\n  uses {}\n  basis legitimate-interests\n  interest \"running the service\"\n}}\n",
                uses.join(", ")
            );
        }
        Shape::Purposes => {
            for i in 0..20 {
                category(&mut s, i);
            }
            let uses: Vec<String> = (0..20).map(|i| format!("d{i}")).collect();
            for i in 0..n {
                let _ = write!(
                    s,
                    "purpose p{i} \"Purpose {i}\" {{\n  uses {}\n  basis legitimate-interests\n  interest \"interest {i}\"\n}}\n\n",
                    uses.join(", ")
                );
            }
        }
        Shape::Sections => {
            category(&mut s, 0);
            for i in 0..n {
                let previous = if i == 0 {
                    String::new()
                } else {
                    format!(" See {{{{ section.s{} }}}}.", i - 1)
                };
                let _ = write!(
                    s,
                    "section s{i} \"Section {i}\" {{\n  text \"\"\"\n    About {{{{ data.d0 }}}} and {{{{ controller.name }}}}: *some* prose.{previous}\n  \"\"\"\n}}\n\n"
                );
            }
        }
        Shape::Cookies => {
            s.push_str(
                "cookies {\n  | name | provider | party | category | lifetime | purpose |\n",
            );
            for i in 0..n {
                let _ = writeln!(
                    s,
                    "  | c{i} | Example | first | functional | {} months | Remembers setting {i} |",
                    i % 12 + 1
                );
            }
            s.push_str("}\n");
        }
        Shape::Diagnostics => {
            for i in 0..n {
                let _ = writeln!(s, "unknown-thing-{i} \"value {i}\"");
            }
        }
    }
    s
}

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

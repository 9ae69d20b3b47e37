#![allow(clippy::unwrap_used)]

//! The integration tests: one binary, one module per area.

mod architecture;
mod bad_input;
mod bundled;
mod check;
mod cli;
mod completions;
mod cookies;
mod coverage;
mod diagnostics;
mod diff;
mod diff_cases;
mod diff_edits;
mod docs;
mod exports;
mod fmt;
mod gfm;
mod hardening;
mod i18n;
mod language;
mod lsp;
mod model;
mod placement;
mod regional;
mod render;
mod rules;
mod scaling;
#[cfg(feature = "scan")]
mod scan;
#[cfg(not(feature = "scan"))]
mod scan_off;
mod serve;
mod triage;
mod util;

//! The one place YAML is read. `serde_yaml` is no longer maintained by its
//! author; keeping every use behind this module means swapping it for a
//! successor touches one file.

use serde::de::DeserializeOwned;

/// A YAML error with the 1-based line and column it was found at, when known.
#[derive(Debug)]
pub struct YamlError {
    /// What went wrong.
    pub message: String,
    /// Where, when the parser knows.
    pub line_col: Option<(usize, usize)>,
}

/// Deserialises a YAML document.
pub fn from_str<T: DeserializeOwned>(text: &str) -> Result<T, YamlError> {
    serde_yaml::from_str(text).map_err(|e| YamlError {
        line_col: e.location().map(|l| (l.line(), l.column())),
        message: e.to_string(),
    })
}

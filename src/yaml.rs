//! The one place YAML is read and written. `serde_yaml` is no longer maintained by its
//! author; keeping every use behind this module means swapping it for a
//! successor touches one file.

use serde::de::DeserializeOwned;
use serde::Serialize;

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

/// Serialises a value as a YAML document (`build --format fides`).
pub fn to_string<T: Serialize>(value: &T) -> Result<String, YamlError> {
    serde_yaml::to_string(value).map_err(|e| YamlError {
        line_col: None,
        message: e.to_string(),
    })
}

//! The widget's configuration: built-in data, with the host's JSON merged over it.
//!
//! A host gives JSON inline (a `<script type="application/json">` child) or by URL
//! (the `config` attribute). Objects merge key by key; any other value (arrays
//! included) replaces the built-in one. A configuration that fails to parse is
//! reported in plain words and the built-in one is used.

use serde_json::Value;

use crate::handoff::{self, Registrars};
use crate::names::NameRules;
use crate::programme::{self, Programmes};
use crate::starter::{self, StarterPreset};

/// Everything the widget runs on. Each key of the JSON is one section, owned by the
/// module that uses it; its built-in value is a file under `data/`.
#[derive(Debug, Clone, PartialEq)]
pub struct Config {
    /// `programmes`: windows, ages, fees and legal sources (see `data/programmes.json`).
    pub programmes: Programmes,
    /// `names`: protected names, offensive words, legal-form words (see `data/names.json`).
    pub names: NameRules,
    /// `starter`: what the starter form is prefilled with (see `data/starter.json`).
    pub starter: StarterPreset,
    /// `registrars`: who the visitor is handed to (see `data/registrars.json`).
    pub registrars: Registrars,
}

/// The built-in configuration as JSON: what a host's JSON is merged over.
pub fn builtin_value() -> Value {
    let mut root = serde_json::Map::new();
    root.insert("programmes".into(), section(programme::BUILTIN_JSON));
    root.insert("names".into(), section(crate::names::BUILTIN_JSON));
    root.insert("starter".into(), section(starter::PRESET_JSON));
    root.insert("registrars".into(), section(handoff::BUILTIN_JSON));
    Value::Object(root)
}

fn section(json: &str) -> Value {
    serde_json::from_str(json).expect("built-in configuration files are checked by unit tests")
}

impl Config {
    pub fn builtin() -> Config {
        Config {
            programmes: programme::builtin(),
            names: NameRules::builtin(),
            starter: serde_json::from_str(starter::PRESET_JSON).unwrap_or_default(),
            registrars: Registrars::builtin(),
        }
    }

    /// Merges host configurations (in order) over the built-in one and reads the
    /// result. Any problem (unknown key, wrong shape) rejects the host's
    /// configuration as a whole: a half-applied one would be worse than none.
    pub fn with_host(host: &[Value]) -> Result<Config, ConfigError> {
        let mut merged = builtin_value();
        for over in host {
            if let Some(key) = over
                .as_object()
                .and_then(|o| o.keys().find(|k| merged.get(k.as_str()).is_none()))
            {
                return Err(ConfigError::Shape {
                    path: key.clone(),
                    detail: format!("unknown key; the configuration has {}", known_keys(&merged)),
                });
            }
            merge(&mut merged, over.clone());
        }
        Ok(Config {
            programmes: read(&merged, "programmes")?,
            names: read(&merged, "names")?,
            starter: read(&merged, "starter")?,
            registrars: read(&merged, "registrars")?,
        })
    }
}

fn known_keys(v: &Value) -> String {
    v.as_object()
        .map(|o| {
            o.keys()
                .map(|k| format!("\"{k}\""))
                .collect::<Vec<_>>()
                .join(", ")
        })
        .unwrap_or_default()
}

fn read<T: serde::de::DeserializeOwned>(merged: &Value, key: &str) -> Result<T, ConfigError> {
    T::deserialize(&merged[key]).map_err(|e| ConfigError::Shape {
        path: key.to_owned(),
        detail: e.to_string(),
    })
}

/// Why the host's configuration was not used.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ConfigError {
    /// Not JSON at all (`line`, `column` are 1-based).
    Syntax {
        line: usize,
        column: usize,
        detail: String,
    },
    /// JSON, but the top level is not an object.
    NotAnObject,
    /// A key holds a value of the wrong shape.
    Shape { path: String, detail: String },
    /// The `config` URL could not be fetched.
    Fetch { url: String, detail: String },
}

impl std::fmt::Display for ConfigError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ConfigError::Syntax {
                line,
                column,
                detail,
            } => {
                write!(
                    f,
                    "not valid JSON at line {line}, column {column}: {detail}"
                )
            }
            ConfigError::NotAnObject => {
                write!(f, "the configuration must be a JSON object {{ … }}")
            }
            ConfigError::Shape { path, detail } => write!(f, "key \"{path}\": {detail}"),
            ConfigError::Fetch { url, detail } => write!(f, "could not load {url}: {detail}"),
        }
    }
}

/// Parses a host's configuration text into a JSON object.
pub fn parse_host(text: &str) -> Result<Value, ConfigError> {
    let value: Value = serde_json::from_str(text).map_err(|e| ConfigError::Syntax {
        line: e.line(),
        column: e.column(),
        detail: strip_position(&e.to_string()),
    })?;
    if value.is_object() {
        Ok(value)
    } else {
        Err(ConfigError::NotAnObject)
    }
}

/// serde_json appends " at line L column C", which [`ConfigError`] says itself.
fn strip_position(message: &str) -> String {
    match message.rfind(" at line ") {
        Some(i) => message[..i].to_owned(),
        None => message.to_owned(),
    }
}

/// Merges `over` into `base`: objects key by key, everything else replaced.
pub fn merge(base: &mut Value, over: Value) {
    match (base, over) {
        (Value::Object(b), Value::Object(o)) => {
            for (k, v) in o {
                match b.get_mut(&k) {
                    Some(slot) => merge(slot, v),
                    None => {
                        b.insert(k, v);
                    }
                }
            }
        }
        (slot, v) => *slot = v,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::date::Date;
    use serde_json::json;

    #[test]
    fn builtin_configuration_reads_and_equals_its_json() {
        assert_eq!(Config::with_host(&[]), Ok(Config::builtin()));
    }

    #[test]
    fn a_host_extends_the_free_window_by_configuration_alone() {
        let host = parse_host(r#"{"programmes": {"id": {"freeWindow": {"until": "2026-12-31"}}}}"#)
            .unwrap();
        let config = Config::with_host(&[host]).unwrap();
        assert_eq!(
            config.programmes.id.free_window.until,
            Date::new(2026, 12, 31).unwrap()
        );
        assert_eq!(
            config.programmes.id.free_window.from,
            Date::new(2023, 6, 1).unwrap()
        );
        assert_eq!(config.programmes.biz, Config::builtin().programmes.biz);
    }

    #[test]
    fn a_university_presets_its_name_for_starter_pages() {
        let host =
            parse_host(r#"{"starter": {"organisation": "Trường Đại học Trà Vinh"}}"#).unwrap();
        let config = Config::with_host(&[host]).unwrap();
        assert_eq!(config.starter.organisation, "Trường Đại học Trà Vinh");
        assert_eq!(Config::builtin().starter.organisation, "");
    }

    #[test]
    fn shape_errors_name_the_key_and_what_was_expected() {
        let typo =
            parse_host(r#"{"programmes": {"id": {"freeWindow": {"untill": "2026-12-31"}}}}"#)
                .unwrap();
        match Config::with_host(&[typo]) {
            Err(ConfigError::Shape { path, detail }) => {
                assert_eq!(path, "programmes");
                assert!(detail.contains("untill"), "{detail}");
            }
            other => panic!("expected a shape error, got {other:?}"),
        }
        let unknown = parse_host(r#"{"programs": {}}"#).unwrap();
        let err = Config::with_host(&[unknown]).unwrap_err();
        assert_eq!(
            err.to_string(),
            "key \"programs\": unknown key; the configuration has \"names\", \"programmes\", \"registrars\", \"starter\""
        );
        let bad_date =
            parse_host(r#"{"programmes": {"biz": {"freeWindow": {"until": "31/12/2026"}}}}"#)
                .unwrap();
        assert!(matches!(
            Config::with_host(&[bad_date]),
            Err(ConfigError::Shape { .. })
        ));
    }

    #[test]
    fn host_objects_merge_key_by_key_and_arrays_replace() {
        let mut base = json!({"programmes": {"id": {"freeUntil": "2025-12-31", "minAge": 18}}, "registrars": [1, 2]});
        merge(
            &mut base,
            json!({"programmes": {"id": {"freeUntil": "2026-12-31"}}, "registrars": [3]}),
        );
        assert_eq!(
            base,
            json!({"programmes": {"id": {"freeUntil": "2026-12-31", "minAge": 18}}, "registrars": [3]})
        );
    }

    #[test]
    fn syntax_errors_say_where() {
        let err = parse_host("{\n  \"programmes\": {,}\n}").unwrap_err();
        match &err {
            ConfigError::Syntax { line, column, .. } => assert_eq!((*line, *column), (2, 18)),
            other => panic!("expected a syntax error, got {other:?}"),
        }
        let text = err.to_string();
        assert!(
            text.starts_with("not valid JSON at line 2, column 18: "),
            "{text}"
        );
        assert!(!text.ends_with("column 18"), "position said twice: {text}");
    }

    #[test]
    fn only_objects_are_configurations() {
        assert_eq!(parse_host("[1,2]"), Err(ConfigError::NotAnObject));
        assert_eq!(parse_host("  {} "), Ok(json!({})));
    }
}

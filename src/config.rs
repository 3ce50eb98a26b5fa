//! The widget's configuration: built-in data, with the host's JSON merged over it.
//!
//! A host gives JSON inline (a `<script type="application/json">` child) or by URL
//! (the `config` attribute). Objects merge key by key; any other value (arrays
//! included) replaces the built-in one. A configuration that fails to parse is
//! reported in plain words and the built-in one is used.

use serde_json::Value;

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
    use serde_json::json;

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

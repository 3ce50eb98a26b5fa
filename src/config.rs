//! The widget's configuration: built-in data, with the host's JSON merged over it.
//!
//! A host gives JSON inline (a `<script type="application/json">` child) or by URL
//! (the `config` attribute). Objects merge key by key; any other value (arrays
//! included) replaces the built-in one. A configuration that fails to parse is
//! reported in plain words and the built-in one is used.

use crate::handoff::{self, Registrars};
use crate::json::{self, Fields, Json, ShapeError};
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
    /// `assisted`: assisted mode (see `data/assisted.json`).
    pub assisted: Assisted,
}

/// Assisted mode's settings (`mode="assisted"` turns the mode on).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Assisted {
    /// After this long without a keystroke or click, everything typed is wiped
    /// (with a visible countdown in the last 30 seconds). 30 to 3,600.
    pub idle_seconds: u64,
}

/// The built-in assisted-mode settings, as JSON.
pub const ASSISTED_JSON: &str = include_str!("../data/assisted.json");

impl Assisted {
    fn builtin() -> Assisted {
        json::parse(ASSISTED_JSON)
            .ok()
            .and_then(|v| Assisted::from_json(&v, "assisted").ok())
            .unwrap_or(Assisted { idle_seconds: 180 })
    }

    fn from_json(value: &Json, path: &str) -> Result<Assisted, ShapeError> {
        let f = Fields::new(value, path, &["idleSeconds"])?;
        let idle_seconds = f.required("idleSeconds", |v, p| json::uint(v, p, 3_600))?;
        if idle_seconds < 30 {
            return Err(json::expected(
                &Json::Number(idle_seconds as i64),
                &json::key_path(path, "idleSeconds"),
                "at least 30 seconds",
            ));
        }
        Ok(Assisted { idle_seconds })
    }
}

/// The configuration's sections, in the order error messages list them.
const SECTIONS: [&str; 5] = ["programmes", "names", "starter", "registrars", "assisted"];

/// The built-in configuration as JSON: what a host's JSON is merged over.
pub fn builtin_value() -> Json {
    Json::Object(vec![
        ("programmes".into(), section(programme::BUILTIN_JSON)),
        ("names".into(), section(crate::names::BUILTIN_JSON)),
        ("starter".into(), section(starter::PRESET_JSON)),
        ("assisted".into(), section(ASSISTED_JSON)),
        ("registrars".into(), section(handoff::BUILTIN_JSON)),
    ])
}

/// A built-in file as JSON. Unit tests parse every one; should one still fail, the
/// section is `null`, so every host configuration is refused (with a shape error)
/// and the built-in values of [`Config::builtin`] stay in use: no panic in wasm.
fn section(text: &str) -> Json {
    json::parse(text).unwrap_or(Json::Null)
}

impl Config {
    /// The built-in configuration, each section read by its own module.
    pub fn builtin() -> Config {
        Config {
            programmes: programme::builtin(),
            names: NameRules::builtin(),
            starter: StarterPreset::builtin(),
            registrars: Registrars::builtin(),
            assisted: Assisted::builtin(),
        }
    }

    /// Merges host configurations (in order) over the built-in one and reads the
    /// result. Any problem (unknown key, wrong shape) rejects the host's
    /// configuration as a whole: a half-applied one would be worse than none.
    pub fn with_host(host: &[Json]) -> Result<Config, ConfigError> {
        let mut merged = builtin_value();
        for over in host {
            if !matches!(over, Json::Object(_)) {
                return Err(ConfigError::NotAnObject);
            }
            merge(&mut merged, over.clone());
        }
        Ok(Config::from_json(&merged)?)
    }

    /// Reads a whole (merged) configuration.
    fn from_json(value: &Json) -> Result<Config, ShapeError> {
        let f = Fields::new(value, "", &SECTIONS)?;
        Ok(Config {
            programmes: f.required("programmes", Programmes::from_json)?,
            names: f.required("names", NameRules::from_json)?,
            starter: f.required("starter", StarterPreset::from_json)?,
            registrars: f.required("registrars", Registrars::from_json)?,
            assisted: f.required("assisted", Assisted::from_json)?,
        })
    }
}

impl From<ShapeError> for ConfigError {
    fn from(e: ShapeError) -> ConfigError {
        ConfigError::Shape {
            path: e.path,
            detail: e.detail,
        }
    }
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
    /// A key holds a value of the wrong shape (or is unknown, or is missing).
    /// `path` is the full key path, e.g. `programmes.id.freeWindow.until` or
    /// `registrars.list[2].url`; `detail` says what was expected and what was found.
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
pub fn parse_host(text: &str) -> Result<Json, ConfigError> {
    let value = json::parse(text).map_err(|e| ConfigError::Syntax {
        line: e.line,
        column: e.column,
        detail: e.detail,
    })?;
    if matches!(value, Json::Object(_)) {
        Ok(value)
    } else {
        Err(ConfigError::NotAnObject)
    }
}

/// Merges `over` into `base`: objects key by key, everything else replaced.
pub fn merge(base: &mut Json, over: Json) {
    json::merge(base, over);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::date::Date;

    fn host(text: &str) -> Json {
        parse_host(text).unwrap()
    }

    /// The shape error a host configuration gets, as shown to the host.
    fn refusal(text: &str) -> String {
        match Config::with_host(&[host(text)]) {
            Err(e @ ConfigError::Shape { .. }) => e.to_string(),
            other => panic!("expected a shape error for {text}, got {other:?}"),
        }
    }

    #[test]
    fn assisted_mode_idle_time_is_configurable_within_bounds() {
        assert_eq!(Config::builtin().assisted.idle_seconds, 180);
        let c = Config::with_host(&[host(r#"{"assisted": {"idleSeconds": 300}}"#)]).unwrap();
        assert_eq!(c.assisted.idle_seconds, 300);
        // The README's bounds, both included: 30 to 3,600 seconds.
        for ok in [30, 3_600] {
            let json = format!(r#"{{"assisted": {{"idleSeconds": {ok}}}}}"#);
            let c = Config::with_host(&[host(&json)]).unwrap();
            assert_eq!(c.assisted.idle_seconds, ok);
        }
        for bad in [
            r#"{"assisted": {"idleSeconds": 5}}"#,
            r#"{"assisted": {"idleSeconds": 29}}"#,
            r#"{"assisted": {"idleSeconds": 3601}}"#,
            r#"{"assisted": {"idleSeconds": 99999}}"#,
        ] {
            let err = Config::with_host(&[host(bad)]).unwrap_err();
            assert!(err.to_string().contains("assisted.idleSeconds"), "{err}");
        }
    }

    #[test]
    fn builtin_configuration_reads_and_equals_its_json() {
        assert_eq!(Config::with_host(&[]), Ok(Config::builtin()));
        for (key, text) in [
            ("programmes", programme::BUILTIN_JSON),
            ("names", crate::names::BUILTIN_JSON),
            ("starter", starter::PRESET_JSON),
            ("registrars", handoff::BUILTIN_JSON),
            ("assisted", ASSISTED_JSON),
        ] {
            assert_eq!(
                builtin_value().get(key),
                Some(&json::parse(text).unwrap()),
                "{key}"
            );
        }
    }

    #[test]
    fn the_built_in_starter_preset_parses_and_is_empty() {
        let value = json::parse(starter::PRESET_JSON).unwrap();
        let preset = StarterPreset::from_json(&value, "starter").unwrap();
        assert_eq!(preset, StarterPreset::builtin());
        assert_eq!(preset, StarterPreset::default());
    }

    #[test]
    fn a_host_extends_the_free_window_by_configuration_alone() {
        let host = host(r#"{"programmes": {"id": {"freeWindow": {"until": "2026-12-31"}}}}"#);
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
        let host = host(r#"{"starter": {"organisation": "Trường Đại học Trà Vinh"}}"#);
        let config = Config::with_host(&[host]).unwrap();
        assert_eq!(config.starter.organisation, "Trường Đại học Trà Vinh");
        assert_eq!(Config::builtin().starter.organisation, "");
    }

    #[test]
    fn later_hosts_win_and_a_host_may_drop_an_optional_rule() {
        let first = host(r#"{"programmes": {"id": {"freeYears": 3, "ageBounds": null}}}"#);
        let second = host(r#"{"programmes": {"id": {"freeYears": 4}}}"#);
        let config = Config::with_host(&[first, second]).unwrap();
        assert_eq!(config.programmes.id.free_years, 4);
        assert_eq!(config.programmes.id.age_bounds, None);
    }

    #[test]
    fn shape_errors_name_the_full_key_path_and_what_was_expected() {
        let cases = [
            (
                r#"{"programmes": {"id": {"freeWindow": {"untill": "2026-12-31"}}}}"#,
                r#"key "programmes.id.freeWindow.untill": unknown key (known: from, until, untilConfirmed)"#,
            ),
            (
                r#"{"programmes": {"biz": {"freeWindow": {"until": "31/12/2026"}}}}"#,
                r#"key "programmes.biz.freeWindow.until": expected a date YYYY-MM-DD, got "31/12/2026""#,
            ),
            (
                r#"{"programmes": {"id": {"freeWindow": {"until": "2026-02-29"}}}}"#,
                r#"key "programmes.id.freeWindow.until": expected a date YYYY-MM-DD, got "2026-02-29" (no such day)"#,
            ),
            (
                r#"{"programmes": {"id": {"freeYears": 300}}}"#,
                r#"key "programmes.id.freeYears": expected a whole number from 0 to 255, got 300"#,
            ),
            (
                r#"{"programmes": {"id": {"fee": {"yearly": "50000"}}}}"#,
                r#"key "programmes.id.fee.yearly": expected a whole number, 0 or more, got "50000""#,
            ),
            (
                r#"{"programmes": {"id": {"fee": {"yearly": 50000.5}}}}"#,
                r#"key "programmes.id.fee.yearly": expected a whole number, 0 or more, got 50000.5"#,
            ),
            (
                r#"{"programmes": {"id": {"ageBounds": {"maxConfirmed": "yes"}}}}"#,
                r#"key "programmes.id.ageBounds.maxConfirmed": expected true or false, got "yes""#,
            ),
            (
                r#"{"programmes": {"id": {"sources": [{"title": "TT"}]}}}"#,
                r#"key "programmes.id.sources[0].date": missing; this key is required"#,
            ),
            (
                r#"{"programmes": {"id": {"freeWindow": null}}}"#,
                r#"key "programmes.id.freeWindow": expected an object, got null"#,
            ),
            (
                r#"{"names": {"protectd": ["Sở Giáo dục"]}}"#,
                r#"key "names.protectd": unknown key (known: source, comment, protected, offensiveWords, offensiveFragments, legalForms, businessLines, middleMarkers, familyNames)"#,
            ),
            (
                r#"{"names": {"protected": ["Sở Giáo dục", 7]}}"#,
                r#"key "names.protected[1]": expected a string, got 7"#,
            ),
            (
                r#"{"names": {"legalForms": "TNHH"}}"#,
                r#"key "names.legalForms": expected an array, got "TNHH""#,
            ),
            (
                r#"{"starter": {"organization": "x"}}"#,
                r#"key "starter.organization": unknown key (known: organisation)"#,
            ),
            (
                r#"{"registrars": {"list": [{"id": "a", "name": "A", "url": "https://a.vn/", "programmes": ["id"]}, {"id": "b", "name": "B", "url": "https://b.vn/", "programmes": []}, {"id": "c", "name": "C", "url": 3, "programmes": []}]}}"#,
                r#"key "registrars.list[2].url": expected a string, got 3"#,
            ),
            (
                r#"{"registrars": {"list": [{"id": "a", "name": "A", "ulr": "https://a.vn/", "programmes": []}]}}"#,
                r#"key "registrars.list[0].ulr": unknown key (known: id, name, url, programmes, logo, seen, checked)"#,
            ),
            (
                r#"{"registrars": {"comment": "only ours"}}"#,
                // Arrays replace: the built-in list stays unless a host gives one.
                "",
            ),
            (
                r#"{"registrars": []}"#,
                r#"key "registrars": expected an object, got an array"#,
            ),
            (
                r#"{"programs": {}}"#,
                r#"key "programs": unknown key (known: programmes, names, starter, registrars, assisted)"#,
            ),
        ];
        for (text, message) in cases {
            if message.is_empty() {
                assert!(Config::with_host(&[host(text)]).is_ok(), "{text}");
            } else {
                assert_eq!(refusal(text), message, "{text}");
            }
        }
    }

    #[test]
    fn a_shape_error_reports_the_path_in_its_fields() {
        let typo = host(r#"{"programmes": {"id": {"freeWindow": {"untill": "2026-12-31"}}}}"#);
        assert_eq!(
            Config::with_host(&[typo]),
            Err(ConfigError::Shape {
                path: "programmes.id.freeWindow.untill".into(),
                detail: "unknown key (known: from, until, untilConfirmed)".into(),
            })
        );
    }

    #[test]
    fn keys_that_would_blur_a_key_path_are_quoted_in_it() {
        // Found by the `config` fuzz target: an unknown key "" at the top was reported
        // at the empty path, as if the whole configuration were wrong, and a key
        // holding a dot read as two keys.
        let cases = [
            (r#"{"": 1}"#, r#"[""]"#),
            (
                r#"{"programmes": {"id.biz": {}}}"#,
                r#"programmes["id.biz"]"#,
            ),
            (r#"{"names": {"list[0]": []}}"#, r#"names["list[0]"]"#),
            (
                r#"{"starter": {"say \"hi\"": 1}}"#,
                r#"starter["say \"hi\""]"#,
            ),
        ];
        for (text, path) in cases {
            match Config::with_host(&[host(text)]) {
                Err(ConfigError::Shape { path: p, detail }) => {
                    assert_eq!(
                        (p.as_str(), detail.starts_with("unknown key")),
                        (path, true)
                    )
                }
                other => panic!("{text}: {other:?}"),
            }
        }
        // Plain keys, Vietnamese ones included, stay as they are.
        assert!(refusal(r#"{"trường": 1}"#).starts_with(r#"key "trường": unknown key"#));
    }

    #[test]
    fn only_objects_are_configurations() {
        assert_eq!(parse_host("[1,2]"), Err(ConfigError::NotAnObject));
        assert_eq!(parse_host("\"x\""), Err(ConfigError::NotAnObject));
        assert_eq!(parse_host("  {} "), Ok(Json::Object(vec![])));
        assert_eq!(
            Config::with_host(&[Json::Array(vec![])]),
            Err(ConfigError::NotAnObject)
        );
    }

    #[test]
    fn host_objects_merge_key_by_key_and_arrays_replace() {
        let mut base = host(
            r#"{"programmes": {"id": {"freeUntil": "2025-12-31", "minAge": 18}}, "registrars": [1, 2]}"#,
        );
        merge(
            &mut base,
            host(r#"{"programmes": {"id": {"freeUntil": "2026-12-31"}}, "registrars": [3]}"#),
        );
        assert_eq!(
            base,
            host(
                r#"{"programmes": {"id": {"freeUntil": "2026-12-31", "minAge": 18}}, "registrars": [3]}"#
            )
        );
    }

    #[test]
    fn syntax_errors_say_where() {
        let err = parse_host("{\n  \"programmes\": {,}\n}").unwrap_err();
        match &err {
            ConfigError::Syntax { line, column, .. } => assert_eq!((*line, *column), (2, 18)),
            other => panic!("expected a syntax error, got {other:?}"),
        }
        assert_eq!(
            err.to_string(),
            "not valid JSON at line 2, column 18: expected a key in double quotes, found ','"
        );
        let dup = parse_host("{\"starter\": {}, \"starter\": {}}").unwrap_err();
        assert_eq!(
            dup.to_string(),
            "not valid JSON at line 1, column 17: duplicate key \"starter\" in this object"
        );
    }
}

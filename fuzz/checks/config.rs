//! Target `config`: a host's configuration text, the whole way the widget reads it
//! (`config::parse_host`, then `Config::with_host`: merge over the built-in JSON and
//! every section's typed reader).
//!
//! Invariants:
//! - a syntax error is at a real place: line 1..=lines of the text, column
//!   1..=characters of that line + 1, with a message;
//! - text that is JSON but not an object is `NotAnObject`; nothing else comes out of
//!   `parse_host`;
//! - a parsed configuration prints (`Display`) to text that parses back to it;
//! - a refused configuration is refused with a key path (never empty), shown in the
//!   message, that reads unambiguously (`a.b[2]`, odd keys as `["a.b"]`) and leads
//!   through the merged JSON to the value that is wrong (to its parent, for a
//!   missing key); refusing or accepting does not change when the
//!   same host JSON is applied twice;
//! - an accepted configuration keeps the readers' promises: idle time 30..=3600 s,
//!   survey and logo URLs empty or `https://`, and every registrar offered for a
//!   programme links to an `https://` URL of printable ASCII, whatever the name.

use vn_domain_assistant::config::{self, Config, ConfigError};
use vn_domain_assistant::json::{self, Json};
use vn_domain_assistant::programme::Program;

pub fn check(data: &[u8]) {
    let text = super::text(data);
    let value = match config::parse_host(&text) {
        Ok(value) => value,
        Err(ConfigError::Syntax {
            line,
            column,
            detail,
        }) => {
            assert!(!detail.is_empty());
            let lines: Vec<&str> = text.split('\n').collect();
            assert!((1..=lines.len()).contains(&line), "line {line}");
            let width = lines[line - 1].chars().count();
            assert!(
                (1..=width + 1).contains(&column),
                "column {column} of {width}"
            );
            assert!(json::parse(&text).is_err());
            return;
        }
        Err(ConfigError::NotAnObject) => {
            assert!(!matches!(json::parse(&text), Ok(Json::Object(_)) | Err(_)));
            return;
        }
        Err(other) => panic!("{other:?} from parse_host"),
    };
    assert!(matches!(value, Json::Object(_)));
    let printed = value.to_string();
    assert_eq!(json::parse(&printed).as_ref(), Ok(&value), "{printed}");

    let result = Config::with_host(std::slice::from_ref(&value));
    assert_eq!(
        Config::with_host(&[value.clone(), value.clone()]),
        result,
        "applied twice"
    );
    match result {
        Ok(config) => accepted(&config),
        Err(ConfigError::Shape { path, detail }) => {
            assert!(!path.is_empty(), "no key path: {detail}");
            assert!(!detail.is_empty());
            let shown = ConfigError::Shape {
                path: path.clone(),
                detail: detail.clone(),
            }
            .to_string();
            assert!(shown.contains(&format!("\"{path}\"")), "{shown}");
            let mut merged = config::builtin_value();
            config::merge(&mut merged, value.clone());
            leads_to(&merged, &path, detail.starts_with("missing"));
        }
        Err(other) => panic!("{other:?} from with_host"),
    }
}

fn accepted(c: &Config) {
    assert!((30..=3_600).contains(&c.assisted.idle_seconds));
    let https = |u: &str| u.is_empty() || u.starts_with("https://");
    assert!(
        https(&c.registrars.survey_url),
        "{}",
        c.registrars.survey_url
    );
    for r in &c.registrars.list {
        assert!(https(&r.logo), "{}", r.logo);
    }
    for program in Program::ALL {
        for r in c.registrars.for_program(program) {
            for domain in ["an-nguyen.id.vn", "a&b=c d/#?.biz.vn", "Ơ\u{0}\"<>.vn"] {
                let link = r.link(domain);
                assert!(link.starts_with("https://"), "{link}");
                assert!(link.bytes().all(|b| b.is_ascii_graphic()), "{link:?}");
            }
        }
    }
}

/// One step of a key path.
enum Step {
    Key(String),
    Index(usize),
}

/// Reads a key path: `a.b[2].c`, with `["…"]` (a JSON string) for odd keys.
fn steps(path: &str) -> Vec<Step> {
    let mut steps = Vec::new();
    let mut rest = path;
    while !rest.is_empty() {
        if let Some(inner) = rest.strip_prefix('[') {
            let close = if let Some(quoted) = inner.strip_prefix('"') {
                let mut escaped = false;
                let end = quoted
                    .find(|c| {
                        let end = c == '"' && !escaped;
                        escaped = c == '\\' && !escaped;
                        end
                    })
                    .unwrap_or_else(|| panic!("bad path {path}"));
                match json::parse(&inner[..end + 2]) {
                    Ok(Json::String(key)) => steps.push(Step::Key(key)),
                    other => panic!("bad path {path}: {other:?}"),
                }
                end + 2
            } else {
                let close = inner.find(']').unwrap_or_else(|| panic!("bad path {path}"));
                let index = inner[..close].parse().unwrap_or_else(|_| panic!("{path}"));
                steps.push(Step::Index(index));
                close
            };
            rest = inner[close..]
                .strip_prefix(']')
                .unwrap_or_else(|| panic!("bad path {path}"));
        } else {
            if !steps.is_empty() {
                rest = rest
                    .strip_prefix('.')
                    .unwrap_or_else(|| panic!("bad path {path}"));
            }
            let end = rest.find(['.', '[']).unwrap_or(rest.len());
            assert!(end > 0, "empty key in path {path}");
            let key = &rest[..end];
            assert!(!key.contains([']', '"']), "unquoted odd key in path {path}");
            steps.push(Step::Key(key.to_owned()));
            rest = &rest[end..];
        }
    }
    steps
}

/// Follows `path` through `value`: every step must exist, but for a missing key the
/// last one.
fn leads_to(value: &Json, path: &str, missing: bool) {
    let steps = steps(path);
    let mut at = value;
    for (i, step) in steps.iter().enumerate() {
        let next = match (step, at) {
            (Step::Key(key), _) => at.get(key),
            (Step::Index(index), Json::Array(items)) => items.get(*index),
            (Step::Index(_), _) => None,
        };
        match next {
            Some(v) => at = v,
            None if missing && i == steps.len() - 1 => return,
            None => panic!("key path {path} does not lead anywhere (step {i})"),
        }
    }
    assert!(!missing, "{path} is there, yet reported missing");
}

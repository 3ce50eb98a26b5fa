//! A small, strict JSON reader for the widget's configuration, and the helpers the
//! configuration's readers are written with.
//!
//! Why not serde_json: its deserializer, its `Value`, serde's derived visitors and
//! the float formatting of serde's error messages cost about 60 KB of wasm, and its
//! errors name the first key only. Configuration is a few kilobytes of objects,
//! arrays, strings, whole numbers and booleans; this reads exactly that and says
//! where a value went wrong by its full key path (`programmes.id.freeWindow.until`).
//!
//! - [`parse`]: RFC 8259 text, strictly: no comments, no trailing commas, no leading
//!   zeros, no unescaped control characters, no unpaired surrogates in `\u` escapes,
//!   no duplicate keys in one object. At most [`MAX_LEN`] bytes and [`MAX_DEPTH`]
//!   nested arrays/objects. Errors carry a 1-based line and column (columns count
//!   characters, not bytes). It never panics and never recurses deeper than
//!   [`MAX_DEPTH`].
//! - Numbers: the configuration only holds whole numbers (fees in đồng, years,
//!   ages), so an integer literal (no fraction, no exponent) that fits in `i64` is a
//!   [`Json::Number`]; any other valid number (`2.5`, `1e3`, `1.0`, `-0`, 2^63) is accepted
//!   by the parser and kept as written in [`Json::OtherNumber`], which every reader
//!   refuses with its text (`expected a whole number from 0 to 255, got 2.5`). No
//!   float is ever parsed or formatted. RFC 8259 §9 allows such limits.
//! - [`merge`]: a host's configuration over the built-in one: objects key by key,
//!   anything else (arrays included) replaced.
//! - [`Fields`], [`string`], [`uint`], [`boolean`], [`array`]: reading a value into
//!   a Rust type, with [`ShapeError`]s that name the full key path.

use std::fmt;

/// The most bytes [`parse`] reads: a configuration is a few kilobytes.
pub const MAX_LEN: usize = 1 << 20;

/// The deepest nesting of arrays and objects [`parse`] accepts.
pub const MAX_DEPTH: usize = 64;

/// A JSON value. Objects keep their keys in the order written (and have no
/// duplicates when they come from [`parse`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Json {
    Null,
    Bool(bool),
    /// An integer literal that fits in `i64` (`-0` is an [`Json::OtherNumber`]).
    Number(i64),
    /// Any other number (fraction, exponent or beyond `i64`), exactly as written.
    OtherNumber(String),
    String(String),
    Array(Vec<Json>),
    Object(Vec<(String, Json)>),
}

impl Json {
    /// The value of `key` if this is an object that has it.
    pub fn get(&self, key: &str) -> Option<&Json> {
        match self {
            Json::Object(members) => members.iter().find(|(k, _)| k == key).map(|(_, v)| v),
            _ => None,
        }
    }

    /// What a value is, for "got …" in error messages: short values as written,
    /// strings as JSON strings (long ones cut), arrays and objects by kind.
    pub fn describe(&self) -> String {
        match self {
            Json::Null => "null".to_owned(),
            Json::Bool(b) => b.to_string(),
            Json::Number(n) => n.to_string(),
            Json::OtherNumber(text) => text.clone(),
            Json::String(s) => {
                const SHOWN: usize = 40;
                match s.char_indices().nth(SHOWN) {
                    Some((cut, _)) => format!("{}…", Quoted(&s[..cut])),
                    None => Quoted(s).to_string(),
                }
            }
            Json::Array(_) => "an array".to_owned(),
            Json::Object(_) => "an object".to_owned(),
        }
    }
}

/// Compact JSON text; [`parse`] reads it back to an equal value.
impl fmt::Display for Json {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Json::Null => f.write_str("null"),
            Json::Bool(b) => write!(f, "{b}"),
            Json::Number(n) => write!(f, "{n}"),
            Json::OtherNumber(text) => f.write_str(text),
            Json::String(s) => Quoted(s).fmt(f),
            Json::Array(items) => {
                f.write_str("[")?;
                for (i, item) in items.iter().enumerate() {
                    if i > 0 {
                        f.write_str(",")?;
                    }
                    write!(f, "{item}")?;
                }
                f.write_str("]")
            }
            Json::Object(members) => {
                f.write_str("{")?;
                for (i, (key, value)) in members.iter().enumerate() {
                    if i > 0 {
                        f.write_str(",")?;
                    }
                    write!(f, "{}:{value}", Quoted(key))?;
                }
                f.write_str("}")
            }
        }
    }
}

/// A string written as a JSON string. Besides what JSON requires, characters that
/// are invisible or reorder text when shown (other controls, bidi controls, zero
/// widths, line separators) are written `\uXXXX`, so an error message quoting a
/// host's value shows exactly what is there. (Not `{:?}`: the wasm is built without
/// `Debug` formatting, see tools/build.sh.)
struct Quoted<'a>(&'a str);

impl fmt::Display for Quoted<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("\"")?;
        for c in self.0.chars() {
            match c {
                '"' => f.write_str("\\\"")?,
                '\\' => f.write_str("\\\\")?,
                '\n' => f.write_str("\\n")?,
                '\r' => f.write_str("\\r")?,
                '\t' => f.write_str("\\t")?,
                c if hidden(c) => write!(f, "\\u{:04x}", u32::from(c))?,
                c => write!(f, "{c}")?,
            }
        }
        f.write_str("\"")
    }
}

/// Controls, and the format characters that are invisible or change the order or
/// joining of what is shown (all in the Basic Multilingual Plane).
fn hidden(c: char) -> bool {
    matches!(u32::from(c),
        0x00..=0x1f | 0x7f..=0x9f | 0xad | 0x61c | 0x180e | 0x200b..=0x200f
        | 0x2028..=0x202e | 0x2060..=0x206f | 0xfeff | 0xfff9..=0xfffb)
}

/// Why a text is not JSON, and where (1-based; columns count characters).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SyntaxError {
    pub line: usize,
    pub column: usize,
    pub detail: String,
}

impl fmt::Display for SyntaxError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "line {}, column {}: {}",
            self.line, self.column, self.detail
        )
    }
}

/// Parses one JSON value (surrounded by optional whitespace) from `text`.
pub fn parse(text: &str) -> Result<Json, SyntaxError> {
    let mut p = Parser {
        src: text,
        pos: 0,
        depth: 0,
    };
    p.document().map_err(|(at, detail)| {
        let (line, column) = position(text, at);
        SyntaxError {
            line,
            column,
            detail,
        }
    })
}

/// The 1-based line and column of byte offset `at` (clamped to a char boundary).
fn position(text: &str, at: usize) -> (usize, usize) {
    let mut at = at.min(text.len());
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    let before = &text[..at];
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    let line = 1 + before.bytes().filter(|&b| b == b'\n').count();
    (line, 1 + before[line_start..].chars().count())
}

/// A parse error: the byte offset it is reported at, and what is wrong.
type Fail = (usize, String);

struct Parser<'a> {
    src: &'a str,
    pos: usize,
    depth: usize,
}

impl Parser<'_> {
    fn document(&mut self) -> Result<Json, Fail> {
        if self.src.len() > MAX_LEN {
            return Err((MAX_LEN, format!("the text is longer than {MAX_LEN} bytes")));
        }
        let value = self.value()?;
        self.skip_ws();
        match self.peek() {
            None => Ok(value),
            Some(_) => Err(self.fail(format!(
                "expected the end of the text after the value, found {}",
                self.found()
            ))),
        }
    }

    fn peek(&self) -> Option<u8> {
        self.src.as_bytes().get(self.pos).copied()
    }

    fn fail(&self, detail: String) -> Fail {
        (self.pos, detail)
    }

    /// What is at the current position, for "found …".
    fn found(&self) -> String {
        match self.src[self.pos..].chars().next() {
            None => "the end of the text".to_owned(),
            Some(c) if c.is_ascii_graphic() || c.is_alphanumeric() => format!("'{c}'"),
            // Spaces, controls, marks, byte order marks…: by code point, not invisible.
            Some(c) => format!("U+{:04X}", u32::from(c)),
        }
    }

    fn skip_ws(&mut self) {
        while let Some(b' ' | b'\t' | b'\n' | b'\r') = self.peek() {
            self.pos += 1;
        }
    }

    fn value(&mut self) -> Result<Json, Fail> {
        self.skip_ws();
        match self.peek() {
            Some(b'{') => self.nested(Parser::object),
            Some(b'[') => self.nested(Parser::array),
            Some(b'"') => self.string().map(Json::String),
            Some(b't') => self.literal("true", Json::Bool(true)),
            Some(b'f') => self.literal("false", Json::Bool(false)),
            Some(b'n') => self.literal("null", Json::Null),
            Some(b'-' | b'0'..=b'9') => self.number(),
            _ => Err(self.fail(format!("expected a value, found {}", self.found()))),
        }
    }

    fn nested(&mut self, read: fn(&mut Self) -> Result<Json, Fail>) -> Result<Json, Fail> {
        if self.depth == MAX_DEPTH {
            return Err(self.fail(format!(
                "arrays and objects nested more than {MAX_DEPTH} deep"
            )));
        }
        self.depth += 1;
        let value = read(self);
        self.depth -= 1;
        value
    }

    fn literal(&mut self, word: &str, value: Json) -> Result<Json, Fail> {
        if self.src[self.pos..].starts_with(word) {
            self.pos += word.len();
            Ok(value)
        } else {
            Err(self.fail(format!("expected a value, found {}", self.found())))
        }
    }

    fn object(&mut self) -> Result<Json, Fail> {
        self.pos += 1; // '{'
        let mut members: Vec<(String, Json)> = Vec::new();
        let mut key_at = Vec::new();
        self.skip_ws();
        if self.peek() == Some(b'}') {
            self.pos += 1;
            return Ok(Json::Object(members));
        }
        loop {
            self.skip_ws();
            if self.peek() != Some(b'"') {
                return Err(self.fail(format!(
                    "expected a key in double quotes, found {}",
                    self.found()
                )));
            }
            key_at.push(self.pos);
            let key = self.string()?;
            self.skip_ws();
            if self.peek() != Some(b':') {
                return Err(self.fail(format!(
                    "expected ':' after the key, found {}",
                    self.found()
                )));
            }
            self.pos += 1;
            let value = self.value()?;
            members.push((key, value));
            self.skip_ws();
            match self.peek() {
                Some(b',') => self.pos += 1,
                Some(b'}') => {
                    self.pos += 1;
                    break;
                }
                _ => {
                    return Err(self.fail(format!(
                        "expected ',' or '}}' after a member, found {}",
                        self.found()
                    )))
                }
            }
        }
        if let Some(dup) = first_duplicate(&members) {
            return Err((
                key_at[dup],
                format!("duplicate key \"{}\" in this object", members[dup].0),
            ));
        }
        Ok(Json::Object(members))
    }

    fn array(&mut self) -> Result<Json, Fail> {
        self.pos += 1; // '['
        let mut items = Vec::new();
        self.skip_ws();
        if self.peek() == Some(b']') {
            self.pos += 1;
            return Ok(Json::Array(items));
        }
        loop {
            items.push(self.value()?);
            self.skip_ws();
            match self.peek() {
                Some(b',') => self.pos += 1,
                Some(b']') => {
                    self.pos += 1;
                    return Ok(Json::Array(items));
                }
                _ => {
                    return Err(self.fail(format!(
                        "expected ',' or ']' after an item, found {}",
                        self.found()
                    )))
                }
            }
        }
    }

    /// A string, the position at its opening quote.
    fn string(&mut self) -> Result<String, Fail> {
        let open = self.pos;
        self.pos += 1;
        let mut out = String::new();
        loop {
            let start = self.pos;
            while let Some(b) = self.peek() {
                if b == b'"' || b == b'\\' || b < 0x20 {
                    break;
                }
                self.pos += 1;
            }
            // Only ever stopped at an ASCII byte: both ends are char boundaries.
            out.push_str(&self.src[start..self.pos]);
            match self.peek() {
                None => return Err((open, "this string is never closed".to_owned())),
                Some(b'"') => {
                    self.pos += 1;
                    return Ok(out);
                }
                Some(b'\\') => out.push(self.escape()?),
                Some(_) => {
                    return Err(self.fail(format!(
                        "control character {} in a string (write it as an escape)",
                        self.found()
                    )))
                }
            }
        }
    }

    /// The escape at `\`.
    fn escape(&mut self) -> Result<char, Fail> {
        let at = self.pos;
        self.pos += 1;
        let c = match self.peek() {
            Some(b'"') => '"',
            Some(b'\\') => '\\',
            Some(b'/') => '/',
            Some(b'b') => '\u{8}',
            Some(b'f') => '\u{c}',
            Some(b'n') => '\n',
            Some(b'r') => '\r',
            Some(b't') => '\t',
            Some(b'u') => {
                self.pos += 1;
                let unit = self.hex4()?;
                return match unit {
                    0xD800..=0xDBFF => {
                        let low = if self.src[self.pos..].starts_with("\\u") {
                            self.pos += 2;
                            self.hex4()?
                        } else {
                            0
                        };
                        if !(0xDC00..=0xDFFF).contains(&low) {
                            return Err((at, "unpaired surrogate in a \\u escape".to_owned()));
                        }
                        let c = 0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00);
                        char::from_u32(c).ok_or((at, "invalid \\u escape".to_owned()))
                    }
                    0xDC00..=0xDFFF => Err((at, "unpaired surrogate in a \\u escape".to_owned())),
                    _ => char::from_u32(unit).ok_or((at, "invalid \\u escape".to_owned())),
                };
            }
            _ => {
                return Err(self.fail(format!(
                    "unknown escape: after '\\' expected one of \" \\ / b f n r t u, found {}",
                    self.found()
                )))
            }
        };
        self.pos += 1;
        Ok(c)
    }

    fn hex4(&mut self) -> Result<u32, Fail> {
        let mut unit = 0;
        for _ in 0..4 {
            let digit = self.peek().and_then(|b| char::from(b).to_digit(16));
            let Some(digit) = digit else {
                return Err(self.fail(format!(
                    "expected four hex digits after \\u, found {}",
                    self.found()
                )));
            };
            unit = unit * 16 + digit;
            self.pos += 1;
        }
        Ok(unit)
    }

    fn number(&mut self) -> Result<Json, Fail> {
        let start = self.pos;
        if self.peek() == Some(b'-') {
            self.pos += 1;
        }
        match self.peek() {
            Some(b'0') => {
                self.pos += 1;
                if let Some(b'0'..=b'9') = self.peek() {
                    return Err(self.fail("a number cannot go on after a leading 0".to_owned()));
                }
            }
            Some(b'1'..=b'9') => self.digits(),
            _ => {
                return Err(self.fail(format!(
                    "expected a digit after '-', found {}",
                    self.found()
                )))
            }
        }
        let mut whole = true;
        if self.peek() == Some(b'.') {
            whole = false;
            self.pos += 1;
            self.required_digits("after the decimal point")?;
        }
        if let Some(b'e' | b'E') = self.peek() {
            whole = false;
            self.pos += 1;
            if let Some(b'+' | b'-') = self.peek() {
                self.pos += 1;
            }
            self.required_digits("in the exponent")?;
        }
        let text = &self.src[start..self.pos];
        Ok(match text.parse::<i64>() {
            Ok(n) if whole && text != "-0" => Json::Number(n),
            _ => Json::OtherNumber(text.to_owned()),
        })
    }

    fn digits(&mut self) {
        while let Some(b'0'..=b'9') = self.peek() {
            self.pos += 1;
        }
    }

    fn required_digits(&mut self, place: &str) -> Result<(), Fail> {
        match self.peek() {
            Some(b'0'..=b'9') => {
                self.digits();
                Ok(())
            }
            _ => Err(self.fail(format!("expected a digit {place}, found {}", self.found()))),
        }
    }
}

/// The index of the first member whose key an earlier member already has.
fn first_duplicate(members: &[(String, Json)]) -> Option<usize> {
    if members.len() < 2 {
        return None;
    }
    // Sorted by key, then by position: each run of equal keys starts with its first
    // occurrence. O(n log n), so a huge object cannot stall the page.
    crate::sort::positions(members.len(), &mut |a, b| members[a].0.cmp(&members[b].0))
        .windows(2)
        .filter(|w| members[w[0]].0 == members[w[1]].0)
        .map(|w| w[1])
        .min()
}

/// Merges `over` into `base`: objects key by key (keys new to `base` appended in
/// `over`'s order), anything else (arrays included) replaced.
pub fn merge(base: &mut Json, over: Json) {
    match (base, over) {
        (Json::Object(b), Json::Object(o)) => {
            // Keys of `over` are never looked up among those it appended itself.
            let known = b.len();
            for (key, value) in o {
                match b[..known].iter_mut().find(|(k, _)| *k == key) {
                    Some((_, slot)) => merge(slot, value),
                    None => b.push((key, value)),
                }
            }
        }
        (slot, value) => *slot = value,
    }
}

/// A value of the wrong shape: the full key path (`registrars.list[2].url`; empty
/// for the whole configuration) and what was expected.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ShapeError {
    pub path: String,
    pub detail: String,
}

impl fmt::Display for ShapeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.path, self.detail)
    }
}

/// The path of `key` inside the object at `path`: `path.key`, or `path["key"]` (the
/// key as a JSON string) for a key that is empty or holds `.`, `[`, `]` or `"`, so
/// that every path names one place and never reads as the whole configuration.
pub fn key_path(path: &str, key: &str) -> String {
    if key.is_empty() || key.contains(['.', '[', ']', '"']) {
        format!("{path}[{}]", Json::String(key.to_owned()))
    } else if path.is_empty() {
        key.to_owned()
    } else {
        format!("{path}.{key}")
    }
}

/// "expected `what`, got …" at `path`.
pub fn expected(value: &Json, path: &str, what: &str) -> ShapeError {
    ShapeError {
        path: path.to_owned(),
        detail: format!("expected {what}, got {}", value.describe()),
    }
}

pub fn string(value: &Json, path: &str) -> Result<String, ShapeError> {
    match value {
        Json::String(s) => Ok(s.clone()),
        other => Err(expected(other, path, "a string")),
    }
}

pub fn boolean(value: &Json, path: &str) -> Result<bool, ShapeError> {
    match value {
        Json::Bool(b) => Ok(*b),
        other => Err(expected(other, path, "true or false")),
    }
}

/// An `https:` URL, or "" for none (the optional links and images of the
/// configuration).
pub fn https_url(value: &Json, path: &str) -> Result<String, ShapeError> {
    let url = string(value, path)?;
    if url.is_empty() || is_https(&url) {
        Ok(url)
    } else {
        Err(expected(value, path, "an https: URL"))
    }
}

/// An absolute `https:` URL with a host and no characters that would need escaping.
pub fn is_https(url: &str) -> bool {
    url.strip_prefix("https://").is_some_and(|rest| {
        let host = rest.split(['/', '?', '#']).next().unwrap_or("");
        !host.is_empty() && !host.contains('@')
    }) && url.bytes().all(|b| b.is_ascii_graphic())
}

/// A whole number from 0 to `max` (at most `i64::MAX`: see [`Json::Number`]).
pub fn uint(value: &Json, path: &str, max: u64) -> Result<u64, ShapeError> {
    match value {
        Json::Number(n) => u64::try_from(*n).ok().filter(|&n| n <= max),
        _ => None,
    }
    .ok_or_else(|| {
        let what = if max >= i64::MAX as u64 {
            "a whole number, 0 or more".to_owned()
        } else {
            format!("a whole number from 0 to {max}")
        };
        expected(value, path, &what)
    })
}

/// An array, each item read by `item` at `path[i]`.
pub fn array<T>(
    value: &Json,
    path: &str,
    item: impl Fn(&Json, &str) -> Result<T, ShapeError>,
) -> Result<Vec<T>, ShapeError> {
    match value {
        Json::Array(items) => items
            .iter()
            .enumerate()
            .map(|(i, v)| item(v, &format!("{path}[{i}]")))
            .collect(),
        other => Err(expected(other, path, "an array")),
    }
}

/// An array of strings.
pub fn strings(value: &Json, path: &str) -> Result<Vec<String>, ShapeError> {
    array(value, path, string)
}

/// An object being read into a struct: its keys are all known, each field is read
/// at its full path.
pub struct Fields<'a> {
    path: &'a str,
    members: &'a [(String, Json)],
}

impl<'a> Fields<'a> {
    /// `value` as an object whose every key is one of `known` (the struct's keys,
    /// in the order the message lists them).
    pub fn new(value: &'a Json, path: &'a str, known: &[&str]) -> Result<Self, ShapeError> {
        let Json::Object(members) = value else {
            return Err(expected(value, path, "an object"));
        };
        if let Some((key, _)) = members.iter().find(|(k, _)| !known.contains(&k.as_str())) {
            return Err(ShapeError {
                path: key_path(path, key),
                detail: format!("unknown key (known: {})", known.join(", ")),
            });
        }
        Ok(Fields { path, members })
    }

    fn get(&self, key: &str) -> Option<&'a Json> {
        self.members.iter().find(|(k, _)| k == key).map(|(_, v)| v)
    }

    /// A key that must be there.
    pub fn required<T>(
        &self,
        key: &str,
        read: impl FnOnce(&Json, &str) -> Result<T, ShapeError>,
    ) -> Result<T, ShapeError> {
        let path = key_path(self.path, key);
        match self.get(key) {
            Some(value) => read(value, &path),
            None => Err(ShapeError {
                path,
                detail: "missing; this key is required".to_owned(),
            }),
        }
    }

    /// A key that may be left out or be `null`.
    pub fn optional<T>(
        &self,
        key: &str,
        read: impl FnOnce(&Json, &str) -> Result<T, ShapeError>,
    ) -> Result<Option<T>, ShapeError> {
        match self.get(key) {
            None | Some(Json::Null) => Ok(None),
            Some(value) => read(value, &key_path(self.path, key)).map(Some),
        }
    }

    /// A key that may be left out (then `T::default()`); `null` is not a default.
    pub fn or_default<T: Default>(
        &self,
        key: &str,
        read: impl FnOnce(&Json, &str) -> Result<T, ShapeError>,
    ) -> Result<T, ShapeError> {
        match self.get(key) {
            None => Ok(T::default()),
            Some(value) => read(value, &key_path(self.path, key)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn err(text: &str) -> (usize, usize, String) {
        let e = parse(text).unwrap_err();
        (e.line, e.column, e.detail)
    }

    fn obj(members: &[(&str, Json)]) -> Json {
        Json::Object(
            members
                .iter()
                .map(|(k, v)| (k.to_string(), v.clone()))
                .collect(),
        )
    }

    #[test]
    fn parses_every_kind_of_value_keeping_key_order() {
        let v =
            parse(r#" {"b": [1, -2, 0, 10], "a": {"t": true, "f": false, "n": null}, "s": "x"} "#)
                .unwrap();
        assert_eq!(
            v,
            obj(&[
                (
                    "b",
                    Json::Array(vec![
                        Json::Number(1),
                        Json::Number(-2),
                        Json::Number(0),
                        Json::Number(10)
                    ])
                ),
                (
                    "a",
                    obj(&[
                        ("t", Json::Bool(true)),
                        ("f", Json::Bool(false)),
                        ("n", Json::Null)
                    ])
                ),
                ("s", Json::String("x".into())),
            ])
        );
        assert_eq!(parse("[]"), Ok(Json::Array(vec![])));
        assert_eq!(parse("{ }"), Ok(Json::Object(vec![])));
        assert_eq!(parse("\"\""), Ok(Json::String(String::new())));
    }

    #[test]
    fn numbers_other_than_i64_integers_are_kept_as_written() {
        for text in [
            "2.5",
            "1e3",
            "1E+3",
            "-0",
            "-0.0",
            "1.0",
            "9223372036854775808",
            "-1e-7",
        ] {
            assert_eq!(parse(text), Ok(Json::OtherNumber(text.into())), "{text}");
        }
        assert_eq!(parse("9223372036854775807"), Ok(Json::Number(i64::MAX)));
        assert_eq!(parse("-9223372036854775808"), Ok(Json::Number(i64::MIN)));
    }

    #[test]
    fn strings_decode_every_escape_and_surrogate_pairs() {
        let v = parse(r#""a\"b\\c\/d\b\f\n\r\t\u00e9\u1EA1\uD83D\uDE00 đ""#).unwrap();
        assert_eq!(
            v,
            Json::String("a\"b\\c/d\u{8}\u{c}\n\r\té\u{1ea1}😀 đ".into())
        );
    }

    #[test]
    fn malformed_text_is_refused_with_its_position() {
        let cases: &[(&str, (usize, usize), &str)] = &[
            ("", (1, 1), "expected a value, found the end of the text"),
            (
                "{\n  \"a\": {,}\n}",
                (2, 9),
                "expected a key in double quotes, found ','",
            ),
            ("[1,]", (1, 4), "expected a value, found ']'"),
            (
                "{\"a\":1,}",
                (1, 8),
                "expected a key in double quotes, found '}'",
            ),
            ("{\"a\" 1}", (1, 6), "expected ':' after the key, found '1'"),
            (
                "{\"a\":1 \"b\":2}",
                (1, 8),
                "expected ',' or '}' after a member, found '\"'",
            ),
            (
                "[1 2]",
                (1, 4),
                "expected ',' or ']' after an item, found '2'",
            ),
            ("01", (1, 2), "a number cannot go on after a leading 0"),
            (
                "-",
                (1, 2),
                "expected a digit after '-', found the end of the text",
            ),
            (
                "1.",
                (1, 3),
                "expected a digit after the decimal point, found the end of the text",
            ),
            (
                "1e+",
                (1, 4),
                "expected a digit in the exponent, found the end of the text",
            ),
            (".5", (1, 1), "expected a value, found '.'"),
            ("+1", (1, 1), "expected a value, found '+'"),
            ("tru", (1, 1), "expected a value, found 't'"),
            ("NaN", (1, 1), "expected a value, found 'N'"),
            ("\"abc", (1, 1), "this string is never closed"),
            (
                "\"a\nb\"",
                (1, 3),
                "control character U+000A in a string (write it as an escape)",
            ),
            (
                "\"\\x\"",
                (1, 3),
                "unknown escape: after '\\' expected one of \" \\ / b f n r t u, found 'x'",
            ),
            (
                "\"\\u12G4\"",
                (1, 6),
                "expected four hex digits after \\u, found 'G'",
            ),
            ("\"\\uD83D\"", (1, 2), "unpaired surrogate in a \\u escape"),
            (
                "\"\\uD83D\\u0041\"",
                (1, 2),
                "unpaired surrogate in a \\u escape",
            ),
            ("\"\\uDE00\"", (1, 2), "unpaired surrogate in a \\u escape"),
            (
                "{} {}",
                (1, 4),
                "expected the end of the text after the value, found '{'",
            ),
            ("\u{feff}{}", (1, 1), "expected a value, found U+FEFF"),
            ("// c\n{}", (1, 1), "expected a value, found '/'"),
            (
                "{\"a\":1,\n \"b\":2,\n \"a\":3}",
                (3, 2),
                "duplicate key \"a\" in this object",
            ),
        ];
        for (text, (line, column), detail) in cases {
            assert_eq!(err(text), (*line, *column, detail.to_string()), "{text:?}");
        }
        // As a host's developer reads it in the console.
        assert_eq!(
            parse("{\n  \"a\": tru\n}").unwrap_err().to_string(),
            "line 2, column 8: expected a value, found 't'"
        );
    }

    #[test]
    fn columns_count_characters_not_bytes() {
        assert_eq!(err("{\"tên\": đ}").1, 9);
    }

    #[test]
    fn nesting_and_size_are_limited() {
        let ok = "[".repeat(MAX_DEPTH) + &"]".repeat(MAX_DEPTH);
        assert!(parse(&ok).is_ok());
        // Depth, not number: long lists of lists and of objects are fine.
        for item in ["[]", "[[]]", "{\"a\":[1]}"] {
            let wide = format!("[[],{}]", [item; 2 * MAX_DEPTH].join(","));
            assert!(parse(&wide).is_ok(), "{item}");
        }
        let deep = "[".repeat(MAX_DEPTH + 1) + &"]".repeat(MAX_DEPTH + 1);
        let e = parse(&deep).unwrap_err();
        assert_eq!((e.line, e.column), (1, MAX_DEPTH + 1));
        assert!(e.detail.contains("nested more than 64 deep"), "{e}");
        // Far deeper than any stack would take, refused at the limit.
        assert!(parse(&"[".repeat(1_000_000)).is_err());
        let longest = format!("\"{}\"", "a".repeat(MAX_LEN - 2));
        assert!(parse(&longest).is_ok());
        let big = format!("\"{}\"", "a".repeat(MAX_LEN - 1));
        assert!(parse(&big).unwrap_err().detail.contains("longer than"));
        // Where it goes past the limit, in characters, even inside a letter: the
        // quote, "a", then the whole three-byte "ấ"s before byte MAX_LEN.
        let big = format!("\"a{}\"", "ấ".repeat(MAX_LEN / 3));
        let e = parse(&big).unwrap_err();
        assert_eq!((e.line, e.column), (1, 2 + (MAX_LEN - 2) / 3 + 1));
    }

    #[test]
    fn display_round_trips() {
        let text = r#"{"k":["a\"\\\n\t\u0001é😀",-5,2.50,null,true,{"":{}}],"z":[]}"#;
        let v = parse(text).unwrap();
        assert_eq!(v.to_string(), text);
        assert_eq!(parse(&v.to_string()), Ok(v));
    }

    #[test]
    fn merge_goes_key_by_key_into_objects_and_replaces_the_rest() {
        let mut base = parse(r#"{"a": {"x": 1, "y": [1, 2]}, "b": 2, "c": {"d": 1}}"#).unwrap();
        merge(
            &mut base,
            parse(r#"{"a": {"y": [3], "z": true}, "c": 5, "e": null}"#).unwrap(),
        );
        assert_eq!(
            base,
            parse(r#"{"a": {"x": 1, "y": [3], "z": true}, "b": 2, "c": 5, "e": null}"#).unwrap()
        );
        let mut scalar = Json::Number(1);
        merge(&mut scalar, parse(r#"{"a": 1}"#).unwrap());
        assert_eq!(scalar, parse(r#"{"a": 1}"#).unwrap());
    }

    #[test]
    fn readers_name_the_path_and_what_was_expected() {
        let v =
            parse(r#"{"n": 300, "s": 5, "b": "yes", "l": ["a", 2], "f": 2.5, "o": {}}"#).unwrap();
        let f = Fields::new(&v, "root", &["n", "s", "b", "l", "f", "o", "m"]).unwrap();
        let e = f.required("n", |v, p| uint(v, p, 255)).unwrap_err();
        assert_eq!(
            e.to_string(),
            "root.n: expected a whole number from 0 to 255, got 300"
        );
        let e = f.required("f", |v, p| uint(v, p, 255)).unwrap_err();
        assert_eq!(
            e.to_string(),
            "root.f: expected a whole number from 0 to 255, got 2.5"
        );
        let e = f.required("s", string).unwrap_err();
        assert_eq!(e.to_string(), "root.s: expected a string, got 5");
        let e = f.required("b", boolean).unwrap_err();
        assert_eq!(e.to_string(), "root.b: expected true or false, got \"yes\"");
        let e = f.required("l", strings).unwrap_err();
        assert_eq!(e.to_string(), "root.l[1]: expected a string, got 2");
        let e = f.required("o", strings).unwrap_err();
        assert_eq!(e.to_string(), "root.o: expected an array, got an object");
        let e = f.required("m", string).unwrap_err();
        assert_eq!(e.to_string(), "root.m: missing; this key is required");
        assert_eq!(f.optional("m", string), Ok(None));
        assert_eq!(f.or_default("m", strings), Ok(vec![]));
        let e = Fields::new(&v, "root", &["n"]).err().unwrap();
        assert_eq!(e.to_string(), "root.s: unknown key (known: n)");
        let e = Fields::new(&Json::Null, "root", &[]).err().unwrap();
        assert_eq!(e.to_string(), "root: expected an object, got null");
        let long = Json::String("x".repeat(100));
        assert_eq!(long.describe(), format!("\"{}\"…", "x".repeat(40)));
        // What could hide or reorder the message is shown escaped; Vietnamese is not.
        let tricky = Json::String("Trà\u{202e}Vinh\u{200b}\"\\\u{7}\n".to_owned());
        assert_eq!(tricky.describe(), r#""Trà\u202eVinh\u200b\"\\\u0007\n""#);
        assert_eq!(parse(&tricky.to_string()), Ok(tricky));
    }

    fn to_serde(v: &Json) -> serde_json::Value {
        use serde_json::Value;
        match v {
            Json::Null => Value::Null,
            Json::Bool(b) => Value::Bool(*b),
            Json::Number(n) => Value::from(*n),
            Json::OtherNumber(t) => serde_json::from_str(t).unwrap(),
            Json::String(s) => Value::String(s.clone()),
            Json::Array(items) => Value::Array(items.iter().map(to_serde).collect()),
            Json::Object(m) => {
                Value::Object(m.iter().map(|(k, v)| (k.clone(), to_serde(v))).collect())
            }
        }
    }

    fn arb_json() -> impl proptest::strategy::Strategy<Value = Json> {
        use proptest::prelude::*;
        let leaf = prop_oneof![
            Just(Json::Null),
            any::<bool>().prop_map(Json::Bool),
            any::<i64>().prop_map(Json::Number),
            "-?(0|[1-9][0-9]{0,3})(\\.[0-9]{1,3})?([eE][+-]?[0-9]{1,2})?"
                .prop_filter_map("integers are Number", |t| {
                    (t.contains(['.', 'e', 'E'])).then_some(Json::OtherNumber(t))
                }),
            "\\PC{0,12}|[\u{0}-\u{1f}\"\\\\]{0,4}".prop_map(Json::String),
        ];
        leaf.prop_recursive(6, 64, 8, |inner| {
            prop_oneof![
                proptest::collection::vec(inner.clone(), 0..8).prop_map(Json::Array),
                proptest::collection::btree_map("\\PC{0,6}", inner, 0..8)
                    .prop_map(|m| Json::Object(m.into_iter().collect())),
            ]
        })
    }

    proptest::proptest! {
        #[test]
        fn arbitrary_text_never_panics(s in "\\PC{0,200}") {
            let _ = parse(&s);
        }

        /// Text made of JSON's own characters reaches every branch of the parser. What
        /// it accepts, serde_json accepts as the same value.
        #[test]
        fn json_like_text_never_panics_and_agrees_with_serde_json(
            s in "[\\[\\]{}\":, 0-9a-z.eE+\\-\\\\/\n\u{e9}\u{1F600}]{0,80}"
        ) {
            if let Ok(v) = parse(&s) {
                let theirs: serde_json::Value = serde_json::from_str(&s).unwrap();
                proptest::prop_assert_eq!(to_serde(&v), theirs);
            }
        }

        #[test]
        fn values_round_trip_through_text(v in arb_json()) {
            let text = v.to_string();
            proptest::prop_assert_eq!(parse(&text), Ok(v.clone()));
            let theirs: serde_json::Value = serde_json::from_str(&text).unwrap();
            proptest::prop_assert_eq!(to_serde(&v), theirs);
        }
    }
}

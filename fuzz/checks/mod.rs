//! What each fuzz target checks, shared by the cargo-fuzz targets (`fuzz_targets/`,
//! nightly) and the stable replay test (`tests/fuzz_replay.rs`), which runs every
//! committed corpus file and a short seeded pass through the same functions.
//!
//! Each `check` takes the raw fuzz input and panics when an invariant breaks; not
//! panicking on its own is only the first of them. Where possible an invariant is
//! checked against a small independent oracle written here (label syntax, the
//! province codes, the tax-code checksum, a DNS question decoder) rather than
//! against the crate's own helpers (and, for the starter pages, a tag scanner of
//! its own).

pub mod cccd;
pub mod config;
pub mod date;
pub mod dns;
pub mod names;
pub mod starter;
pub mod taxcode;

/// A target's check: panics when an invariant breaks.
pub type Check = fn(&[u8]);

/// Every target: its name (the directory under `fuzz/corpus/` and the cargo-fuzz
/// binary) and its check.
pub const TARGETS: [(&str, Check); 7] = [
    ("names", names::check),
    ("cccd", cccd::check),
    ("taxcode", taxcode::check),
    ("dns", dns::check),
    ("config", config::check),
    ("date", date::check),
    ("starter", starter::check),
];

/// Fuzz input as text: the widget only ever gets text from the page (an input's
/// value, a script's content), so invalid UTF-8 is read the lossy way.
pub fn text(data: &[u8]) -> std::borrow::Cow<'_, str> {
    String::from_utf8_lossy(data)
}

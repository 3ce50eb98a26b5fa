//! The naming rules that are data, not code: protected names, offensive words, the
//! legal-form and trade words of business names. Built in from `data/names.json`;
//! a host's configuration may replace any list (key `names`).

use crate::json::{self, Fields, Json, ShapeError};

/// The built-in lists, as JSON (the shape of the `names` configuration key).
pub const BUILTIN_JSON: &str = include_str!("../../data/names.json");

/// Lists an agency maintains. Entries are written as people write them (with
/// diacritics and spaces) and folded when compared; see `comment` in
/// `data/names.json` for how each list matches.
///
/// Configuration keys are the fields' names in camelCase; each may be left out
/// (empty), unknown keys are refused.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct NameRules {
    /// Where the lists come from (legal basis, who keeps them).
    pub source: String,
    /// How the lists are matched, for whoever edits them.
    pub comment: String,
    /// Names of Party and State bodies, socio-political organisations, border areas
    /// and islands, heritage sites (Điều 8). Matched against the whole label.
    pub protected: Vec<String>,
    /// Matched against the whole label and each of its hyphen/digit-separated parts.
    pub offensive_words: Vec<String>,
    /// Matched anywhere in the label: only strings that are never innocent.
    pub offensive_fragments: Vec<String>,
    /// Dropped from business names (`Công ty TNHH`, `Hộ kinh doanh`, `HTX`…).
    pub legal_forms: Vec<String>,
    /// Trade words of business names (`Thương mại`, `Dịch vụ`…), abbreviated or
    /// set aside to find the distinctive part.
    pub business_lines: Vec<String>,
    /// Generic middle names (`Văn`, `Thị`) never used as part of a given name.
    pub middle_markers: Vec<String>,
    /// Family names (`Nguyễn`, `Thạch`): a two-word name not starting with one is a
    /// two-syllable given name alone (`Sa Rươne`).
    pub family_names: Vec<String>,
}

impl NameRules {
    /// The lists shipped with the widget (`data/names.json`).
    pub fn builtin() -> NameRules {
        // The file is part of the build and a test parses it, so the default (no
        // lists) is never what ships; it only keeps a broken edit from aborting wasm.
        json::parse(BUILTIN_JSON)
            .ok()
            .and_then(|v| NameRules::from_json(&v, "names").ok())
            .unwrap_or_default()
    }

    /// Reads the `names` key (at `path`) of a configuration.
    pub fn from_json(value: &Json, path: &str) -> Result<NameRules, ShapeError> {
        let f = Fields::new(
            value,
            path,
            &[
                "source",
                "comment",
                "protected",
                "offensiveWords",
                "offensiveFragments",
                "legalForms",
                "businessLines",
                "middleMarkers",
                "familyNames",
            ],
        )?;
        Ok(NameRules {
            source: f.or_default("source", json::string)?,
            comment: f.or_default("comment", json::string)?,
            protected: f.or_default("protected", json::strings)?,
            offensive_words: f.or_default("offensiveWords", json::strings)?,
            offensive_fragments: f.or_default("offensiveFragments", json::strings)?,
            legal_forms: f.or_default("legalForms", json::strings)?,
            business_lines: f.or_default("businessLines", json::strings)?,
            middle_markers: f.or_default("middleMarkers", json::strings)?,
            family_names: f.or_default("familyNames", json::strings)?,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::names::normalize::squash;

    fn read(text: &str) -> Result<NameRules, ShapeError> {
        NameRules::from_json(&json::parse(text).unwrap(), "names")
    }

    #[test]
    fn builtin_lists_parse_and_are_filled() {
        let rules = read(BUILTIN_JSON).unwrap();
        assert_eq!(rules, NameRules::builtin());
        assert!(!rules.source.is_empty() && !rules.comment.is_empty());
        for list in [
            &rules.protected,
            &rules.offensive_words,
            &rules.offensive_fragments,
            &rules.legal_forms,
            &rules.business_lines,
            &rules.middle_markers,
        ] {
            assert!(!list.is_empty());
            for entry in list {
                assert!(
                    squash(entry).len() >= 2,
                    "{entry:?} folds to almost nothing"
                );
            }
        }
        for must in [
            "Mặt trận Tổ quốc",
            "Công đoàn",
            "Đoàn TNCS Hồ Chí Minh",
            "Hội LHPN",
            "Hoàng Sa",
            "Trường Sa",
        ] {
            assert!(rules.protected.iter().any(|p| p == must), "{must} missing");
        }
    }

    #[test]
    fn a_partial_host_object_keeps_the_other_fields_default() {
        let rules = read(r#"{"protected": ["Sở Giáo dục"]}"#).unwrap();
        assert_eq!(rules.protected, ["Sở Giáo dục"]);
        assert!(rules.offensive_words.is_empty());
        assert_eq!(read("{}"), Ok(NameRules::default()));
    }

    #[test]
    fn a_misspelt_key_is_refused_not_ignored() {
        let err = read(r#"{"protectd": ["Sở Giáo dục"]}"#).unwrap_err();
        assert_eq!(err.path, "names.protectd");
        assert_eq!(
            err.detail,
            "unknown key (known: source, comment, protected, offensiveWords, \
             offensiveFragments, legalForms, businessLines, middleMarkers, familyNames)"
        );
    }

    #[test]
    fn list_entries_are_named_by_index() {
        let err = read(r#"{"offensiveWords": ["a", "b", null]}"#).unwrap_err();
        assert_eq!(
            err.to_string(),
            "names.offensiveWords[2]: expected a string, got null"
        );
        let err = read(r#"{"source": ["a"]}"#).unwrap_err();
        assert_eq!(
            err.to_string(),
            "names.source: expected a string, got an array"
        );
    }
}

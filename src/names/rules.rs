//! The naming rules that are data, not code: protected names, offensive words, the
//! legal-form and trade words of business names. Built in from `data/names.json`;
//! a host's configuration may replace any list (key `names`).

use serde::Deserialize;

/// The built-in lists, as JSON (the shape of the `names` configuration key).
pub const BUILTIN_JSON: &str = include_str!("../../data/names.json");

/// Lists an agency maintains. Entries are written as people write them (with
/// diacritics and spaces) and folded when compared; see `comment` in
/// `data/names.json` for how each list matches.
#[derive(Deserialize, Clone, Debug, PartialEq, Default)]
#[serde(rename_all = "camelCase", default, deny_unknown_fields)]
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
}

impl NameRules {
    /// The lists shipped with the widget (`data/names.json`).
    pub fn builtin() -> NameRules {
        // The file is part of the build and a test parses it, so the default (no
        // lists) is never what ships; it only keeps a broken edit from aborting wasm.
        serde_json::from_str(BUILTIN_JSON).unwrap_or_default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::names::normalize::squash;

    #[test]
    fn builtin_lists_parse_and_are_filled() {
        let rules: NameRules = serde_json::from_str(BUILTIN_JSON).unwrap();
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
        let rules: NameRules = serde_json::from_str(r#"{"protected": ["Sở Giáo dục"]}"#).unwrap();
        assert_eq!(rules.protected, ["Sở Giáo dục"]);
        assert!(rules.offensive_words.is_empty());
    }

    #[test]
    fn a_misspelt_key_is_refused_not_ignored() {
        let err =
            serde_json::from_str::<NameRules>(r#"{"protectd": ["Sở Giáo dục"]}"#).unwrap_err();
        assert!(err.to_string().contains("protectd"), "{err}");
    }
}

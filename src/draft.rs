//! A draft the visitor asked to keep: what they typed, as named text values, written
//! to and read from one JSON object. Kept only in the tab's sessionStorage by the
//! shell, and only when the visitor asks (nothing is stored otherwise).

use crate::json::{self, Json};

/// Named text values, in the order they were set.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Draft(Vec<(String, String)>);

impl Draft {
    pub fn set(&mut self, key: &str, value: impl Into<String>) {
        let value = value.into();
        match self.0.iter_mut().find(|(k, _)| k == key) {
            Some(slot) => slot.1 = value,
            None => self.0.push((key.to_owned(), value)),
        }
    }

    /// The value of `key`, empty when the draft does not have it.
    pub fn get(&self, key: &str) -> &str {
        self.0.iter().find(|(k, _)| k == key).map_or("", |(_, v)| v)
    }

    pub fn to_json(&self) -> String {
        Json::Object(
            self.0
                .iter()
                .map(|(k, v)| (k.clone(), Json::String(v.clone())))
                .collect(),
        )
        .to_string()
    }

    /// Reads a stored draft; `None` when it is not one (then it is ignored, not
    /// half-restored). Values that are not text are skipped.
    pub fn from_json(text: &str) -> Option<Draft> {
        match json::parse(text).ok()? {
            Json::Object(members) => Some(Draft(
                members
                    .into_iter()
                    .filter_map(|(k, v)| match v {
                        Json::String(s) => Some((k, s)),
                        _ => None,
                    })
                    .collect(),
            )),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn a_draft_survives_the_round_trip_with_vietnamese_and_quotes() {
        let mut d = Draft::default();
        d.set("fullName", "Nguyễn Văn \"An\"");
        d.set("birthDate", "2005-03-15");
        d.set("fullName", "Thạch Thị Sa Rươne");
        assert_eq!(d.get("fullName"), "Thạch Thị Sa Rươne");
        assert_eq!(d.get("missing"), "");
        assert_eq!(Draft::from_json(&d.to_json()), Some(d));
    }

    #[test]
    fn what_is_not_a_draft_is_ignored() {
        assert_eq!(Draft::from_json("[1]"), None);
        assert_eq!(Draft::from_json("{oops"), None);
        let d = Draft::from_json(r#"{"a": "x", "b": 3, "c": null}"#).unwrap();
        assert_eq!((d.get("a"), d.get("b"), d.get("c")), ("x", "", ""));
    }

    proptest! {
        #[test]
        fn any_text_round_trips(key in "[a-zA-Z]{1,12}", value in any::<String>()) {
            let mut d = Draft::default();
            d.set(&key, value.clone());
            let back = Draft::from_json(&d.to_json()).unwrap();
            prop_assert_eq!(back.get(&key), value.as_str());
        }
    }
}

//! The registrars a visitor is handed to (configuration key `registrars`, built-in
//! `data/registrars.json`) and the link to each for a chosen name.

use crate::date::Date;
use crate::json::{self, https_url, is_https, Fields, Json, ShapeError};
use crate::programme::Program;

/// The built-in list, as JSON (the shape of the `registrars` configuration key).
pub const BUILTIN_JSON: &str = include_str!("../data/registrars.json");

/// Configuration keys: `comment` (may be left out) and `list` (required); unknown
/// keys are refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Registrars {
    /// Where the list comes from, for the people who maintain it.
    pub comment: String,
    pub list: Vec<Registrar>,
    /// The host's survey, offered once the visitor has opened a registrar
    /// (`surveyUrl`, `https:` only; empty: none).
    pub survey_url: String,
}

/// Configuration keys: `id`, `name`, `url`, `programmes` required; `logo`, `seen`,
/// `checked` optional; unknown keys refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Registrar {
    /// Stable id: the `data-registrar` value and the `registrar` of `vnda:handoff`.
    pub id: String,
    pub name: String,
    /// An `https:` URL; `{domain}` in it is replaced by the chosen name.
    pub url: String,
    /// `id`, `biz`: the offers this registrar handles.
    pub programmes: Vec<String>,
    /// An `https:` image URL shown beside the name (empty: none).
    pub logo: String,
    /// Where the URL was found, for the people who maintain the list (not shown).
    pub seen: String,
    /// When `seen` was last looked at.
    pub checked: Option<Date>,
}

impl Registrars {
    pub fn builtin() -> Registrars {
        json::parse(BUILTIN_JSON)
            .ok()
            .and_then(|v| Registrars::from_json(&v, "registrars").ok())
            .unwrap_or(Registrars {
                comment: String::new(),
                survey_url: String::new(),
                list: Vec::new(),
            })
    }

    /// Reads the `registrars` key (at `path`) of a configuration.
    pub fn from_json(value: &Json, path: &str) -> Result<Registrars, ShapeError> {
        let f = Fields::new(value, path, &["comment", "list", "surveyUrl"])?;
        let survey_url = f.or_default("surveyUrl", https_url)?;
        Ok(Registrars {
            comment: f.or_default("comment", json::string)?,
            list: f.required("list", |v, p| json::array(v, p, Registrar::from_json))?,
            survey_url,
        })
    }

    /// The registrars serving `program` whose URL is usable, in configured order.
    pub fn for_program(&self, program: Program) -> impl Iterator<Item = &Registrar> {
        self.list
            .iter()
            .filter(move |r| {
                r.programmes
                    .iter()
                    .any(|p| Program::parse(p) == Some(program))
            })
            .filter(|r| is_https(&r.url))
    }
}

impl Registrar {
    pub fn from_json(value: &Json, path: &str) -> Result<Registrar, ShapeError> {
        let f = Fields::new(
            value,
            path,
            &["id", "name", "url", "programmes", "logo", "seen", "checked"],
        )?;
        let logo = f.or_default("logo", https_url)?;
        Ok(Registrar {
            id: f.required("id", json::string)?,
            name: f.required("name", json::string)?,
            url: f.required("url", json::string)?,
            programmes: f.required("programmes", json::strings)?,
            logo,
            seen: f.or_default("seen", json::string)?,
            checked: f.optional("checked", crate::programme::date)?,
        })
    }

    /// Whether the link carries the name (else the visitor copies it).
    pub fn takes_domain(&self) -> bool {
        self.url.contains("{domain}")
    }

    /// The link for `domain`: `{domain}` replaced by the name, percent-encoded.
    pub fn link(&self, domain: &str) -> String {
        self.url.replace("{domain}", &percent_encode(domain))
    }
}

/// Percent-encodes everything but RFC 3986 unreserved characters.
pub fn percent_encode(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~') {
            out.push(char::from(b));
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn registrar(url: &str, programmes: &[&str]) -> Registrar {
        Registrar {
            id: "x".into(),
            name: "X".into(),
            url: url.into(),
            programmes: programmes.iter().map(|p| p.to_string()).collect(),
            logo: String::new(),
            seen: String::new(),
            checked: None,
        }
    }

    #[test]
    fn the_builtin_list_parses_and_every_link_is_https() {
        let r = Registrars::builtin();
        assert!(r.list.len() >= 9);
        for program in Program::ALL {
            let ids: Vec<_> = r.for_program(program).map(|r| r.id.as_str()).collect();
            assert!(ids.len() >= 9, "{program:?}: {ids:?}");
            // One link per registrar and programme (the id is data-registrar and the
            // handoff event's registrar).
            let mut unique = ids.clone();
            unique.sort_unstable();
            unique.dedup();
            assert_eq!(unique.len(), ids.len(), "{program:?}: {ids:?}");
        }
        for reg in &r.list {
            assert!(is_https(&reg.url), "{}", reg.url);
            // Every built-in URL says where it was seen and when that was checked.
            assert!(!reg.seen.trim().is_empty(), "{}: seen", reg.id);
            assert!(
                reg.checked
                    .is_some_and(|d| d >= Date::new(2026, 1, 1).unwrap()),
                "{}: checked",
                reg.id
            );
        }
    }

    #[test]
    fn at_least_three_built_in_registrars_open_a_page_holding_the_chosen_name() {
        let r = Registrars::builtin();
        // A name with every character a label may hold, and one a template must
        // encode: what the link carries is exactly the name, percent-encoded.
        for program in Program::ALL {
            let domain = format!("an-nguyen-2005.{}", program.zone());
            let carrying: Vec<_> = r
                .for_program(program)
                .filter(|reg| reg.takes_domain())
                .collect();
            assert!(carrying.len() >= 3, "{program:?}: {carrying:?}");
            for reg in carrying {
                // The name is a query value: after `?`, right after `=`.
                let (_, query) = reg.url.split_once('?').expect("a query");
                assert!(query.contains("={domain}"), "{}", reg.url);
                let link = reg.link(&domain);
                assert!(link.contains(&format!("={domain}")), "{link}");
                assert!(is_https(&link), "{link}");
                assert_eq!(
                    reg.link("a b&c.id.vn"),
                    reg.url.replace("{domain}", "a%20b%26c.id.vn"),
                    "{}",
                    reg.id
                );
            }
        }
    }

    #[test]
    fn links_carry_the_name_url_encoded_where_the_template_asks() {
        let search = registrar(
            "https://reg.example.vn/search?name={domain}&src=vnda",
            &["id"],
        );
        assert!(search.takes_domain());
        assert_eq!(
            search.link("an-nguyen.id.vn"),
            "https://reg.example.vn/search?name=an-nguyen.id.vn&src=vnda"
        );
        assert_eq!(
            search.link("a&b=c d.id.vn"),
            "https://reg.example.vn/search?name=a%26b%3Dc%20d.id.vn&src=vnda"
        );
        let home = registrar("https://reg.example.vn/", &["id"]);
        assert!(!home.takes_domain());
        assert_eq!(home.link("an.id.vn"), "https://reg.example.vn/");
    }

    #[test]
    fn only_registrars_of_the_programme_with_safe_urls_are_offered() {
        let list = Registrars {
            comment: String::new(),
            survey_url: String::new(),
            list: vec![
                registrar("https://both.vn/", &["id", "biz"]),
                registrar("https://biz-only.vn/", &["biz"]),
                registrar("http://plain.vn/", &["id"]),
                registrar("javascript:alert(1)", &["id"]),
                registrar("https://user@evil.vn/", &["id"]),
            ],
        };
        let ids: Vec<_> = list
            .for_program(Program::Id)
            .map(|r| r.url.as_str())
            .collect();
        assert_eq!(ids, ["https://both.vn/"]);
        assert_eq!(list.for_program(Program::Biz).count(), 2);
    }

    fn read(text: &str) -> Result<Registrars, ShapeError> {
        Registrars::from_json(&json::parse(text).unwrap(), "registrars")
    }

    #[test]
    fn a_logo_is_optional_and_https_only() {
        let with = read(r#"{"list": [{"id": "a", "name": "A", "url": "https://a.vn/", "programmes": ["id"], "logo": "https://a.vn/logo.svg"}]}"#).unwrap();
        assert_eq!(with.list[0].logo, "https://a.vn/logo.svg");
        let err = read(r#"{"list": [{"id": "a", "name": "A", "url": "https://a.vn/", "programmes": ["id"], "logo": "data:image/svg+xml,x"}]}"#)
            .unwrap_err();
        assert!(err.to_string().contains("registrars.list[0].logo"), "{err}");
    }

    #[test]
    fn a_survey_link_must_be_https() {
        let ok = read(r#"{"list": [], "surveyUrl": "https://forms.example.vn/khao-sat"}"#).unwrap();
        assert_eq!(ok.survey_url, "https://forms.example.vn/khao-sat");
        assert_eq!(read(r#"{"list": []}"#).unwrap().survey_url, "");
        assert_eq!(
            read(r#"{"list": [], "surveyUrl": ""}"#).unwrap().survey_url,
            ""
        );
        let err = read(r#"{"list": [], "surveyUrl": "javascript:alert(1)"}"#).unwrap_err();
        assert!(err.to_string().contains("registrars.surveyUrl"), "{err}");
        assert!(err.to_string().contains("https"), "{err}");
    }

    #[test]
    fn the_builtin_file_reads() {
        assert_eq!(read(BUILTIN_JSON), Ok(Registrars::builtin()));
        assert!(!Registrars::builtin().comment.is_empty());
    }

    #[test]
    fn misspelt_keys_are_refused() {
        let err = read(
            r#"{"list": [{"id": "a", "name": "A", "ulr": "https://a.vn/", "programmes": []}]}"#,
        )
        .unwrap_err();
        assert_eq!(
            err.to_string(),
            "registrars.list[0].ulr: unknown key (known: id, name, url, programmes, logo, seen, checked)"
        );
    }

    #[test]
    fn errors_name_the_entry_and_the_key() {
        let entry = |url: &str| {
            format!(r#"{{"id": "a", "name": "A", "url": {url}, "programmes": ["id"]}}"#)
        };
        let ok = entry("\"https://a.vn/\"");
        let text = format!(r#"{{"list": [{ok}, {ok}, {}]}}"#, entry("null"));
        assert_eq!(
            read(&text).unwrap_err().to_string(),
            "registrars.list[2].url: expected a string, got null"
        );
        assert_eq!(
            read(r#"{"comment": "x"}"#).unwrap_err().to_string(),
            "registrars.list: missing; this key is required"
        );
        assert_eq!(
            read(r#"{"list": [{"id": "a", "name": "A", "url": "https://a.vn/", "programmes": "id"}]}"#)
                .unwrap_err()
                .to_string(),
            "registrars.list[0].programmes: expected an array, got \"id\""
        );
        assert_eq!(read(r#"{"list": []}"#).map(|r| r.list.len()), Ok(0));
    }
}

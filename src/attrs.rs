//! The custom element's attributes (embed contract), read into [`Settings`].
//!
//! Bad values never stop the widget: each falls back to its default and leaves a
//! [`AttrWarning`] that the shell shows to the integrator in the console.

use crate::date::Date;
use crate::i18n::Lang;
use crate::programme::Program;

/// The public resolvers used when the host sets no `doh` attribute: Cloudflare, then Google.
pub const DEFAULT_DOH: [&str; 2] = [
    "https://cloudflare-dns.com/dns-query",
    "https://dns.google/dns-query",
];

/// The raw attribute values, as the element has them (`None` = attribute absent).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RawAttrs {
    pub lang: Option<String>,
    pub program: Option<String>,
    pub doh: Option<String>,
    pub today: Option<String>,
    pub config: Option<String>,
    pub mode: Option<String>,
}

/// What the widget runs with.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Settings {
    pub lang: Lang,
    /// `None`: the visitor chooses.
    pub program: Option<Program>,
    /// RFC 8484 GET endpoints, tried in order.
    pub doh: Vec<String>,
    /// The date eligibility is judged on; `None`: the device's date.
    pub today: Option<Date>,
    /// URL of a JSON configuration to fetch.
    pub config_url: Option<String>,
    /// What the widget is for (the `mode` attribute).
    pub mode: Mode,
}

/// The `mode` attribute.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// Unset: the visitor's journey, programme → eligibility → name → register → page.
    Journey,
    /// One device serving a queue of people (helpers at one-stop counters, community
    /// digital teams).
    Assisted,
    /// Is one registered name live: a website, e-mail?
    Check,
    /// The same for a list of names (a contest's organiser, a district's team).
    Roster,
}

/// An attribute value that was ignored, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AttrWarning {
    pub attribute: &'static str,
    pub value: String,
    pub expected: &'static str,
}

impl std::fmt::Display for AttrWarning {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "attribute {}=\"{}\" ignored: expected {}",
            self.attribute, self.value, self.expected
        )
    }
}

/// A resolver URL we are willing to query: absolute http(s) with a host, no
/// credentials, no fragment. Plain http only makes sense for a local test
/// server, but refusing it would break local development, so it is allowed.
fn is_endpoint(url: &str) -> bool {
    let rest = url
        .strip_prefix("https://")
        .or_else(|| url.strip_prefix("http://"));
    match rest {
        Some(rest) => {
            let authority = rest.split(['/', '?']).next().unwrap_or("");
            !authority.is_empty()
                && !authority.contains('@')
                && !url.contains('#')
                && !url.chars().any(|c| c.is_whitespace() || c.is_control())
        }
        None => false,
    }
}

impl RawAttrs {
    pub fn settings(&self) -> (Settings, Vec<AttrWarning>) {
        let mut warnings = Vec::new();
        let mut warn = |attribute, value: &str, expected| {
            warnings.push(AttrWarning {
                attribute,
                value: value.to_owned(),
                expected,
            })
        };

        let lang = match self.lang.as_deref() {
            None => Lang::default(),
            Some(v) => Lang::parse(v).unwrap_or_else(|| {
                warn("lang", v, "vi, en or km");
                Lang::default()
            }),
        };

        let program = self
            .program
            .as_deref()
            .filter(|v| !v.trim().is_empty())
            .and_then(|v| {
                let p = Program::parse(v);
                if p.is_none() {
                    warn("program", v, "id or biz");
                }
                p
            });

        let mut doh: Vec<String> = Vec::new();
        if let Some(v) = self.doh.as_deref() {
            for url in v.split(',').map(str::trim).filter(|u| !u.is_empty()) {
                if is_endpoint(url) {
                    doh.push(url.to_owned());
                } else {
                    warn("doh", url, "an http(s) URL of an RFC 8484 endpoint");
                }
            }
        }
        if doh.is_empty() {
            doh = DEFAULT_DOH.iter().map(|s| s.to_string()).collect();
        }

        let today = self
            .today
            .as_deref()
            .filter(|v| !v.trim().is_empty())
            .and_then(|v| {
                let d = Date::parse_iso(v).ok();
                if d.is_none() {
                    warn("today", v, "a date YYYY-MM-DD");
                }
                d
            });

        let config_url = self
            .config
            .as_deref()
            .map(str::trim)
            .filter(|v| !v.is_empty())
            .map(str::to_owned);

        let mode = match self.mode.as_deref().map(str::trim) {
            None | Some("") => Mode::Journey,
            Some(m) if m.eq_ignore_ascii_case("assisted") => Mode::Assisted,
            Some(m) if m.eq_ignore_ascii_case("check") => Mode::Check,
            Some(m) if m.eq_ignore_ascii_case("roster") => Mode::Roster,
            Some(m) => {
                warn("mode", m, "assisted, check or roster");
                Mode::Journey
            }
        };

        (
            Settings {
                lang,
                program,
                doh,
                today,
                config_url,
                mode,
            },
            warnings,
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn absent_attributes_give_the_contract_defaults() {
        let (s, w) = RawAttrs::default().settings();
        assert_eq!(s.lang, Lang::Vi);
        assert_eq!(s.program, None);
        assert_eq!(s.doh, DEFAULT_DOH.to_vec());
        assert_eq!(s.today, None);
        assert_eq!(s.config_url, None);
        assert_eq!(s.mode, Mode::Journey);
        assert!(w.is_empty());
    }

    #[test]
    fn valid_attributes_are_read() {
        let raw = RawAttrs {
            lang: Some("en".into()),
            program: Some("biz".into()),
            doh: Some(" http://127.0.0.1:8053/dns-query , https://dns.example/q ".into()),
            today: Some("2025-06-01".into()),
            config: Some("/vnda.json".into()),
            mode: Some("Assisted".into()),
        };
        let (s, w) = raw.settings();
        assert_eq!(s.lang, Lang::En);
        assert_eq!(s.program, Some(Program::Biz));
        assert_eq!(
            s.doh,
            vec!["http://127.0.0.1:8053/dns-query", "https://dns.example/q"]
        );
        assert_eq!(s.today, Date::new(2025, 6, 1));
        assert_eq!(s.config_url.as_deref(), Some("/vnda.json"));
        assert_eq!(s.mode, Mode::Assisted);
        assert!(w.is_empty());
    }

    #[test]
    fn every_mode_of_the_contract_is_read_in_any_case() {
        for (value, mode) in [
            ("", Mode::Journey),
            ("assisted", Mode::Assisted),
            (" Check ", Mode::Check),
            ("ROSTER", Mode::Roster),
        ] {
            let raw = RawAttrs {
                mode: Some(value.into()),
                ..RawAttrs::default()
            };
            let (s, w) = raw.settings();
            assert_eq!(s.mode, mode, "{value}");
            assert!(w.is_empty(), "{value}");
        }
    }

    #[test]
    fn a_resolver_url_with_a_space_fragment_or_control_character_is_refused() {
        // A space pasted into the page's markup, or a stray tab or bell character,
        // would make every look-up fail: the widget warns and keeps its defaults.
        for doh in [
            "https://dns.example/dns query",
            "https://dns.example/dns-query#top",
            "https://dns.example/dns\tquery",
            "https://dns.example/\u{7}dns-query",
        ] {
            let raw = RawAttrs {
                doh: Some(doh.into()),
                ..RawAttrs::default()
            };
            let (s, w) = raw.settings();
            assert_eq!(s.doh, DEFAULT_DOH.to_vec(), "{doh:?}");
            assert_eq!(w.len(), 1, "{doh:?}");
            assert_eq!((w[0].attribute, w[0].value.as_str()), ("doh", doh));
        }
    }

    #[test]
    fn bad_values_fall_back_and_say_why() {
        let raw = RawAttrs {
            lang: Some("fr".into()),
            program: Some("com".into()),
            doh: Some("javascript:alert(1),ftp://x,https://user@evil/q".into()),
            today: Some("31/12/2025".into()),
            config: Some("  ".into()),
            mode: Some("kiosk".into()),
        };
        let (s, w) = raw.settings();
        assert_eq!(s.lang, Lang::Vi);
        assert_eq!(s.program, None);
        assert_eq!(s.doh, DEFAULT_DOH.to_vec());
        assert_eq!(s.today, None);
        assert_eq!(s.config_url, None);
        let attrs: Vec<_> = w.iter().map(|w| w.attribute).collect();
        assert_eq!(s.mode, Mode::Journey);
        assert_eq!(
            attrs,
            ["lang", "program", "doh", "doh", "doh", "today", "mode"]
        );
        assert!(w[0].to_string().contains("lang=\"fr\""));
    }
}

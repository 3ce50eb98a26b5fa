//! The two programmes of the free-name offer, and their rules as data.
//!
//! The rules (free window, age bounds, free years, fees, legal sources, the
//! official site) live in `data/programmes.json`; a host overrides any of them with
//! its own JSON (merged over the built-in one), so an agency extends the window by
//! configuration alone. A window's end is either confirmed by its source or only
//! "as last published" ([`Window::until_confirmed`]); [`ProgrammeRules::offer_on`]
//! says where a day stands in it, and every screen takes the offer from there.

use crate::date::{Date, DateError};
use crate::json::{self, Fields, Json, ShapeError};
use serde::Serialize;

/// Which free name the visitor is after.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Program {
    /// id.vn, for Vietnamese citizens aged 18 to 23.
    Id,
    /// biz.vn, for enterprises founded within a year and household businesses.
    Biz,
}

impl Program {
    pub const ALL: [Program; 2] = [Program::Id, Program::Biz];

    /// The `program` attribute's value and the code used in events.
    pub fn code(self) -> &'static str {
        match self {
            Program::Id => "id",
            Program::Biz => "biz",
        }
    }

    pub fn parse(code: &str) -> Option<Program> {
        match code.trim().to_ascii_lowercase().as_str() {
            "id" | "id.vn" => Some(Program::Id),
            "biz" | "biz.vn" => Some(Program::Biz),
            _ => None,
        }
    }

    /// The zone names are registered under.
    pub fn zone(self) -> &'static str {
        match self {
            Program::Id => "id.vn",
            Program::Biz => "biz.vn",
        }
    }
}

/// The built-in rules, as JSON (the shape of the `programmes` configuration key).
pub const BUILTIN_JSON: &str = include_str!("../data/programmes.json");

/// The built-in rules (TT 20/2023/TT-BTC, id.vn extended by TT 64/2025/TT-BTC),
/// read from [`BUILTIN_JSON`].
pub fn builtin() -> Programmes {
    json::parse(BUILTIN_JSON)
        .ok()
        .and_then(|v| Programmes::from_json(&v, "programmes").ok())
        .unwrap_or_else(fallback)
}

/// The rules of TT 20/2023/TT-BTC as issued, should `data/programmes.json` ever
/// fail to read (a unit test proves it reads): the widget then still works, on
/// the original rules, instead of aborting. Not kept in step with the data file.
fn fallback() -> Programmes {
    let day = |year, month, day| Date { year, month, day };
    let rules = |registration, yearly| ProgrammeRules {
        free_window: Window {
            from: day(2023, 6, 1),
            until: day(2025, 12, 31),
            until_confirmed: true,
        },
        free_years: 2,
        fee: Fee {
            registration,
            yearly,
        },
        age_bounds: None,
        enterprise_max_age_years: None,
        sources: vec![LegalSource {
            title: "Thông tư 20/2023/TT-BTC".to_owned(),
            date: day(2023, 6, 1),
        }],
        site: String::new(),
    };
    Programmes {
        id: ProgrammeRules {
            age_bounds: Some(AgeBounds {
                min: 18,
                max: 23,
                max_confirmed: false,
            }),
            ..rules(10_000, 50_000)
        },
        biz: ProgrammeRules {
            enterprise_max_age_years: Some(1),
            ..rules(100_000, 250_000)
        },
    }
}

/// The rules of both programmes. Read with [`Programmes::from_json`]; `Deserialize`
/// is derived for tests only (eligibility's tests edit the rules as serde_json
/// values), so no serde visitor reaches the wasm.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(test, derive(serde::Deserialize), serde(deny_unknown_fields))]
pub struct Programmes {
    pub id: ProgrammeRules,
    pub biz: ProgrammeRules,
}

impl Programmes {
    pub fn get(&self, program: Program) -> &ProgrammeRules {
        match program {
            Program::Id => &self.id,
            Program::Biz => &self.biz,
        }
    }
}

/// One programme's rules.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(test, derive(serde::Deserialize), serde(deny_unknown_fields))]
pub struct ProgrammeRules {
    /// The days on which a free name can be registered.
    pub free_window: Window,
    /// How long a free name stays free, from the day it is granted.
    pub free_years: u8,
    /// The normal fee, paid outside the offer and after the free years.
    pub fee: Fee,
    /// Age limits in full years (id.vn); absent: no age limit.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(test, serde(default))]
    pub age_bounds: Option<AgeBounds>,
    /// An enterprise qualifies up to and including the day it turns this many
    /// years old (biz.vn); absent: no limit. Household businesses have none.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(test, serde(default))]
    pub enterprise_max_age_years: Option<u32>,
    /// The legal texts the rules come from, shown to the visitor.
    #[cfg_attr(test, serde(default))]
    pub sources: Vec<LegalSource>,
    /// The programme's official site (`https:`; empty: none), where the visitor
    /// confirms what the widget cannot know.
    #[serde(skip_serializing_if = "String::is_empty")]
    #[cfg_attr(test, serde(default))]
    pub site: String,
}

/// How many days before a window's end the widget starts counting them down.
pub const ENDING_SOON_DAYS: i64 = 45;

/// `days_left` when it is to be counted down: from [`ENDING_SOON_DAYS`] to the last
/// day (0); `None` earlier (or after the end).
pub fn countdown(days_left: i64) -> Option<i64> {
    (0..=ENDING_SOON_DAYS)
        .contains(&days_left)
        .then_some(days_left)
}

/// Where a day stands in a programme's free window.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Offer {
    /// Before the window: free from `from`.
    NotStarted { from: Date },
    /// Inside it; `days_left` is 0 on the last day.
    Open {
        until: Date,
        confirmed: bool,
        days_left: i64,
    },
    /// After it.
    Ended { until: Date, confirmed: bool },
}

impl Offer {
    /// The days left when the end is near ([`ENDING_SOON_DAYS`] or fewer, 0 on the
    /// last day); `None` otherwise.
    pub fn ending_soon(self) -> Option<i64> {
        match self {
            Offer::Open { days_left, .. } => countdown(days_left),
            _ => None,
        }
    }
}

impl ProgrammeRules {
    /// The offer as it stands on `today`.
    pub fn offer_on(&self, today: Date) -> Offer {
        let w = self.free_window;
        if today < w.from {
            Offer::NotStarted { from: w.from }
        } else if today > w.until {
            Offer::Ended {
                until: w.until,
                confirmed: w.until_confirmed,
            }
        } else {
            Offer::Open {
                until: w.until,
                confirmed: w.until_confirmed,
                days_left: today.days_until(w.until),
            }
        }
    }
}

/// A span of days, both ends included.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(test, derive(serde::Deserialize), serde(deny_unknown_fields))]
pub struct Window {
    pub from: Date,
    pub until: Date,
    /// Whether a source confirms that the window ends on `until` (`untilConfirmed`).
    /// When not, `until` is the end as last published: the widget says so and sends
    /// the visitor to the registrar or the official site to confirm.
    #[cfg_attr(test, serde(default))]
    pub until_confirmed: bool,
}

impl Window {
    pub fn contains(&self, day: Date) -> bool {
        self.from <= day && day <= self.until
    }
}

/// A fee in đồng: once at registration, then every year.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(test, derive(serde::Deserialize), serde(deny_unknown_fields))]
pub struct Fee {
    pub registration: u64,
    pub yearly: u64,
}

/// Age limits in full years, both included.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(test, derive(serde::Deserialize), serde(deny_unknown_fields))]
pub struct AgeBounds {
    pub min: u32,
    pub max: u32,
    /// Whether people who are `max` years old are known to qualify. When not, they
    /// are told they likely qualify and the registrar confirms.
    #[cfg_attr(test, serde(default))]
    pub max_confirmed: bool,
}

/// A legal text and the date it was issued or took effect.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(test, derive(serde::Deserialize), serde(deny_unknown_fields))]
pub struct LegalSource {
    pub title: String,
    pub date: Date,
}

// Readers of the `programmes` configuration key (see `crate::json`). The keys are
// the fields' names in camelCase; unknown keys are refused.

impl Programmes {
    /// Reads the `programmes` key (at `path`) of a configuration.
    pub fn from_json(value: &Json, path: &str) -> Result<Programmes, ShapeError> {
        let f = Fields::new(value, path, &["id", "biz"])?;
        Ok(Programmes {
            id: f.required("id", ProgrammeRules::from_json)?,
            biz: f.required("biz", ProgrammeRules::from_json)?,
        })
    }
}

impl ProgrammeRules {
    pub fn from_json(value: &Json, path: &str) -> Result<ProgrammeRules, ShapeError> {
        let f = Fields::new(
            value,
            path,
            &[
                "freeWindow",
                "freeYears",
                "fee",
                "ageBounds",
                "enterpriseMaxAgeYears",
                "sources",
                "site",
            ],
        )?;
        Ok(ProgrammeRules {
            free_window: f.required("freeWindow", Window::from_json)?,
            free_years: f.required("freeYears", |v, p| {
                json::uint(v, p, u8::MAX.into()).map(|n| n as u8)
            })?,
            fee: f.required("fee", Fee::from_json)?,
            age_bounds: f.optional("ageBounds", AgeBounds::from_json)?,
            enterprise_max_age_years: f.optional("enterpriseMaxAgeYears", uint32)?,
            sources: f.or_default("sources", |v, p| json::array(v, p, LegalSource::from_json))?,
            site: f.or_default("site", json::https_url)?,
        })
    }
}

impl Window {
    pub fn from_json(value: &Json, path: &str) -> Result<Window, ShapeError> {
        let f = Fields::new(value, path, &["from", "until", "untilConfirmed"])?;
        Ok(Window {
            from: f.required("from", date)?,
            until: f.required("until", date)?,
            until_confirmed: f.or_default("untilConfirmed", json::boolean)?,
        })
    }
}

impl Fee {
    pub fn from_json(value: &Json, path: &str) -> Result<Fee, ShapeError> {
        let f = Fields::new(value, path, &["registration", "yearly"])?;
        let dong = |v: &Json, p: &str| json::uint(v, p, u64::MAX);
        Ok(Fee {
            registration: f.required("registration", dong)?,
            yearly: f.required("yearly", dong)?,
        })
    }
}

impl AgeBounds {
    pub fn from_json(value: &Json, path: &str) -> Result<AgeBounds, ShapeError> {
        let f = Fields::new(value, path, &["min", "max", "maxConfirmed"])?;
        Ok(AgeBounds {
            min: f.required("min", uint32)?,
            max: f.required("max", uint32)?,
            max_confirmed: f.or_default("maxConfirmed", json::boolean)?,
        })
    }
}

impl LegalSource {
    pub fn from_json(value: &Json, path: &str) -> Result<LegalSource, ShapeError> {
        let f = Fields::new(value, path, &["title", "date"])?;
        Ok(LegalSource {
            title: f.required("title", json::string)?,
            date: f.required("date", date)?,
        })
    }
}

fn uint32(value: &Json, path: &str) -> Result<u32, ShapeError> {
    json::uint(value, path, u32::MAX.into()).map(|n| n as u32)
}

/// A date written `YYYY-MM-DD`.
pub fn date(value: &Json, path: &str) -> Result<Date, ShapeError> {
    const WHAT: &str = "a date YYYY-MM-DD";
    let Json::String(text) = value else {
        return Err(json::expected(value, path, WHAT));
    };
    Date::parse_iso(text).map_err(|e| {
        let mut e2 = json::expected(value, path, WHAT);
        if e == DateError::NoSuchDay {
            e2.detail.push_str(" (no such day)");
        }
        e2
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_built_in_rules_parse_and_say_what_the_circulars_say() {
        let p = builtin();
        for program in Program::ALL {
            let rules = p.get(program);
            assert_eq!(rules.free_window.from.to_string(), "2023-06-01");
            assert_eq!(rules.free_years, 2);
            assert!(rules
                .sources
                .iter()
                .any(|s| s.title == "Thông tư 20/2023/TT-BTC"));
            assert!(rules.site.starts_with("https://"), "{program:?}");
        }
        // id.vn: extended to the end of 2026 by TT 64/2025/TT-BTC, a confirmed end.
        assert_eq!(p.id.free_window.until.to_string(), "2026-12-31");
        assert!(p.id.free_window.until_confirmed);
        assert!(p
            .id
            .sources
            .iter()
            .any(|s| s.title == "Thông tư 64/2025/TT-BTC" && s.date.to_string() == "2025-06-30"));
        assert_eq!(p.id.site, "https://guongmatso.tenmien.vn");
        // biz.vn: no source either way after 2025, so its end is as last published.
        assert_eq!(p.biz.free_window.until.to_string(), "2025-12-31");
        assert!(!p.biz.free_window.until_confirmed);
        assert_eq!(p.biz.site, "https://thuonghieuso.tenmien.vn");
        assert_eq!(
            p.id.fee,
            Fee {
                registration: 10_000,
                yearly: 50_000
            }
        );
        assert_eq!(
            p.biz.fee,
            Fee {
                registration: 100_000,
                yearly: 250_000
            }
        );
        assert_eq!(
            p.id.age_bounds,
            Some(AgeBounds {
                min: 18,
                max: 23,
                max_confirmed: false
            })
        );
        assert_eq!(p.id.enterprise_max_age_years, None);
        assert_eq!(p.biz.age_bounds, None);
        assert_eq!(p.biz.enterprise_max_age_years, Some(1));
    }

    #[test]
    fn the_window_includes_both_ends() {
        let w = builtin().biz.free_window;
        let day = |s| Date::parse_iso(s).unwrap();
        assert!(!w.contains(day("2023-05-31")));
        assert!(w.contains(day("2023-06-01")));
        assert!(w.contains(day("2025-12-31")));
        assert!(!w.contains(day("2026-01-01")));
    }

    #[test]
    fn the_offer_on_a_day_counts_the_days_left_and_knows_whether_its_end_is_confirmed() {
        let p = builtin();
        let day = |s| Date::parse_iso(s).unwrap();
        let until = day("2026-12-31");
        let open = |days_left| Offer::Open {
            until,
            confirmed: true,
            days_left,
        };
        assert_eq!(p.id.offer_on(day("2026-12-03")), open(28));
        assert_eq!(p.id.offer_on(day("2026-12-03")).ending_soon(), Some(28));
        assert_eq!(p.id.offer_on(day("2026-11-16")).ending_soon(), Some(45));
        assert_eq!(p.id.offer_on(day("2026-11-15")), open(46));
        assert_eq!(p.id.offer_on(day("2026-11-15")).ending_soon(), None);
        assert_eq!(p.id.offer_on(day("2026-12-31")).ending_soon(), Some(0));
        assert_eq!(
            p.id.offer_on(day("2027-01-01")),
            Offer::Ended {
                until,
                confirmed: true
            }
        );
        assert_eq!(
            p.biz.offer_on(day("2026-12-03")),
            Offer::Ended {
                until: day("2025-12-31"),
                confirmed: false
            }
        );
        assert_eq!(
            p.id.offer_on(day("2023-05-31")),
            Offer::NotStarted {
                from: day("2023-06-01")
            }
        );
        assert_eq!(p.id.offer_on(day("2023-05-31")).ending_soon(), None);
    }

    #[test]
    fn the_official_site_must_be_https() {
        let text = BUILTIN_JSON.replace(
            "https://guongmatso.tenmien.vn",
            "http://guongmatso.tenmien.vn",
        );
        assert_eq!(
            read(&text).unwrap_err().to_string(),
            "programmes.id.site: expected an https: URL, got \"http://guongmatso.tenmien.vn\""
        );
    }

    fn read(text: &str) -> Result<Programmes, ShapeError> {
        Programmes::from_json(&json::parse(text).unwrap(), "programmes")
    }

    #[test]
    fn the_built_in_file_reads_without_the_fallback() {
        assert_eq!(read(BUILTIN_JSON), Ok(builtin()));
        // The fallback holds the rules as issued (the file may have moved on).
        let fallback = fallback();
        assert_eq!(fallback.id.fee, builtin().id.fee);
        assert_eq!(fallback.biz.fee, builtin().biz.fee);
        assert_eq!(fallback.id.age_bounds, builtin().id.age_bounds);
        assert_eq!(fallback.biz.enterprise_max_age_years, Some(1));
    }

    #[test]
    fn rules_round_trip_and_refuse_misspelt_keys() {
        let p = builtin();
        let text = serde_json::to_string(&p).unwrap();
        assert_eq!(read(&text), Ok(p));
        let typo = BUILTIN_JSON.replacen("\"until\"", "\"untill\"", 1);
        assert_eq!(
            read(&typo),
            Err(ShapeError {
                path: "programmes.id.freeWindow.untill".into(),
                detail: "unknown key (known: from, until, untilConfirmed)".into(),
            })
        );
    }

    #[test]
    fn optional_rules_may_be_left_out_or_null() {
        let window = r#""freeWindow": {"from": "2023-06-01", "until": "2025-12-31"}"#;
        let fee = r#""freeYears": 2, "fee": {"registration": 0, "yearly": 0}"#;
        let text = format!(
            r#"{{"id": {{{window}, {fee}}},
                "biz": {{{window}, {fee}, "ageBounds": null, "enterpriseMaxAgeYears": null}}}}"#
        );
        let p = read(&text).unwrap();
        for rules in [&p.id, &p.biz] {
            assert_eq!(rules.age_bounds, None);
            assert_eq!(rules.enterprise_max_age_years, None);
            assert!(rules.sources.is_empty());
        }
        let bounds = r#"{"min": 18, "max": 23}"#;
        let b = AgeBounds::from_json(&json::parse(bounds).unwrap(), "x").unwrap();
        assert!(!b.max_confirmed);
    }

    #[test]
    fn dates_are_read_from_iso_strings_only() {
        let read_date = |text: &str| date(&json::parse(text).unwrap(), "d");
        assert_eq!(
            read_date("\"2025-12-31\""),
            Ok(Date::new(2025, 12, 31).unwrap())
        );
        assert_eq!(
            read_date("\"31/12/2025\"").unwrap_err().to_string(),
            "d: expected a date YYYY-MM-DD, got \"31/12/2025\""
        );
        assert_eq!(
            read_date("\"2023-02-29\"").unwrap_err().to_string(),
            "d: expected a date YYYY-MM-DD, got \"2023-02-29\" (no such day)"
        );
        assert_eq!(
            read_date("20251231").unwrap_err().to_string(),
            "d: expected a date YYYY-MM-DD, got 20251231"
        );
    }

    #[test]
    fn codes_round_trip_and_accept_zone_names() {
        for p in Program::ALL {
            assert_eq!(Program::parse(p.code()), Some(p));
            assert_eq!(Program::parse(p.zone()), Some(p));
        }
        assert_eq!(Program::parse(" BIZ "), Some(Program::Biz));
        assert_eq!(Program::parse("com.vn"), None);
    }
}

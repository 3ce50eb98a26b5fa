//! The two programmes of the free-name offer, and their rules as data.
//!
//! The rules (free window, age bounds, free years, fees, legal sources) live in
//! `data/programmes.json`; a host overrides any of them with its own JSON (merged
//! over the built-in one), so an agency extends the window by configuration alone.

use crate::date::Date;
use serde::{Deserialize, Serialize};

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

/// The built-in rules (TT 20/2023/TT-BTC).
pub fn builtin() -> Programmes {
    serde_json::from_str(BUILTIN_JSON).expect("data/programmes.json is checked by a unit test")
}

/// The rules of both programmes.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
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
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ProgrammeRules {
    /// The days on which a free name can be registered.
    pub free_window: Window,
    /// How long a free name stays free, from the day it is granted.
    pub free_years: u8,
    /// The normal fee, paid outside the offer and after the free years.
    pub fee: Fee,
    /// Age limits in full years (id.vn); absent: no age limit.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub age_bounds: Option<AgeBounds>,
    /// An enterprise qualifies up to and including the day it turns this many
    /// years old (biz.vn); absent: no limit. Household businesses have none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enterprise_max_age_years: Option<u32>,
    /// The legal texts the rules come from, shown to the visitor.
    #[serde(default)]
    pub sources: Vec<LegalSource>,
}

/// A span of days, both ends included.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Window {
    pub from: Date,
    pub until: Date,
}

impl Window {
    pub fn contains(&self, day: Date) -> bool {
        self.from <= day && day <= self.until
    }
}

/// A fee in đồng: once at registration, then every year.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Fee {
    pub registration: u64,
    pub yearly: u64,
}

/// Age limits in full years, both included.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct AgeBounds {
    pub min: u32,
    pub max: u32,
    /// Whether people who are `max` years old are known to qualify. When not, they
    /// are told they likely qualify and the registrar confirms.
    #[serde(default)]
    pub max_confirmed: bool,
}

/// A legal text and the date it was issued or took effect.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct LegalSource {
    pub title: String,
    pub date: Date,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_built_in_rules_parse_and_say_what_tt_20_2023_says() {
        let p = builtin();
        for program in Program::ALL {
            let rules = p.get(program);
            assert_eq!(rules.free_window.from.to_string(), "2023-06-01");
            assert_eq!(rules.free_window.until.to_string(), "2025-12-31");
            assert_eq!(rules.free_years, 2);
            assert!(rules
                .sources
                .iter()
                .any(|s| s.title == "Thông tư 20/2023/TT-BTC"));
        }
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
        let w = builtin().id.free_window;
        let day = |s| Date::parse_iso(s).unwrap();
        assert!(!w.contains(day("2023-05-31")));
        assert!(w.contains(day("2023-06-01")));
        assert!(w.contains(day("2025-12-31")));
        assert!(!w.contains(day("2026-01-01")));
    }

    #[test]
    fn rules_round_trip_and_refuse_misspelt_keys() {
        let p = builtin();
        let json = serde_json::to_string(&p).unwrap();
        assert_eq!(serde_json::from_str::<Programmes>(&json).unwrap(), p);
        let typo = BUILTIN_JSON.replacen("\"until\"", "\"untill\"", 1);
        assert!(serde_json::from_str::<Programmes>(&typo).is_err());
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

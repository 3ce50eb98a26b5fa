//! Civil dates (proleptic Gregorian): as people type them (`15/06/2007`), and in
//! ISO form (`today` attribute, configuration). No time zones: the programme's
//! rules speak of calendar days.

use std::fmt;

/// A calendar date. Ordering is chronological.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    pub year: i32,
    pub month: u8,
    pub day: u8,
}

/// Why a date string was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DateError {
    /// Not a date in a form people write one: `dd/mm/yyyy` (also `d/m/yyyy`,
    /// `dd-mm-yyyy`, `dd.mm.yyyy`, `ddmmyyyy`) or `yyyy-mm-dd`; for
    /// [`Date::parse_iso`], not `YYYY-MM-DD`.
    Format,
    /// The year has two digits (`15/06/07`): which century is not ours to guess.
    ShortYear,
    /// A month that does not exist (`15/13/2007`, or a month typed first: `06/15/2007`).
    NoSuchMonth(u8),
    /// The month exists, the day does not in it (`31/04/2007`, `29/02/2023`, `0/5/2007`).
    DayNotInMonth { month: u8, year: i32 },
    /// Well-formed ISO, but no such day (e.g. 2023-02-29).
    NoSuchDay,
    /// A real day, but after the date things are judged on (a birth or founding
    /// date cannot lie in the future).
    Future,
    /// A real day, but before 1900: surely a typo for a date of birth or founding.
    Before1900,
}

pub fn is_leap(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

pub fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap(year) => 29,
        2 => 28,
        _ => 0,
    }
}

impl Date {
    /// A checked constructor: `None` for a day that does not exist.
    pub fn new(year: i32, month: u8, day: u8) -> Option<Date> {
        let exists = (1..=9999).contains(&year)
            && (1..=12).contains(&month)
            && day >= 1
            && day <= days_in_month(year, month);
        exists.then_some(Date { year, month, day })
    }

    /// Parses the ISO form `YYYY-MM-DD` that date inputs and attributes use.
    pub fn parse_iso(s: &str) -> Result<Date, DateError> {
        let b = s.trim().as_bytes();
        let digits = |r: std::ops::Range<usize>| -> Option<u32> {
            b.get(r.clone())?.iter().try_fold(0u32, |acc, &c| {
                c.is_ascii_digit().then(|| acc * 10 + u32::from(c - b'0'))
            })
        };
        if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
            return Err(DateError::Format);
        }
        let (Some(y), Some(m), Some(d)) = (digits(0..4), digits(5..7), digits(8..10)) else {
            return Err(DateError::Format);
        };
        Date::new(y as i32, m as u8, d as u8).ok_or(DateError::NoSuchDay)
    }

    /// Parses a date as a person types it: day first (`15/06/2007`, `15/6/2007`,
    /// `15-06-2007`, `15.06.2007`, `15 06 2007`, `15062007`) or year first
    /// (`2007-06-15`). Full-width and Khmer digits count as digits; spaces around
    /// the separators do not matter. Each refusal says what could not be read.
    pub fn parse_typed(s: &str) -> Result<Date, DateError> {
        // Runs of digits: (value, number of digits).
        let mut groups: Vec<(u32, usize)> = Vec::new();
        let mut run: Option<(u32, usize)> = None;
        for c in s.chars() {
            if let Some(d) = crate::cccd::digit(c).map(u32::from) {
                let (v, n) = run.unwrap_or((0, 0));
                if n == 8 {
                    return Err(DateError::Format);
                }
                run = Some((v * 10 + d, n + 1));
            } else if matches!(c, '/' | '-' | '.' | ' ' | '\u{a0}' | '\t' | '\u{ff0f}') {
                groups.extend(run.take());
            } else {
                return Err(DateError::Format);
            }
        }
        groups.extend(run);
        let (year, month, day) = match groups[..] {
            [(v, 8)] => (v % 10_000, v / 10_000 % 100, v / 1_000_000),
            [(_, 6)] => return Err(DateError::ShortYear),
            [(y, 4), (m, 1..=2), (d, 1..=2)] => (y, m, d),
            [(d, 1..=2), (m, 1..=2), (y, 4)] => (y, m, d),
            [(_, 1..=2), (_, 1..=2), (_, 2)] => return Err(DateError::ShortYear),
            _ => return Err(DateError::Format),
        };
        let (year, month) = (year as i32, month as u8);
        if !(1..=12).contains(&month) {
            return Err(DateError::NoSuchMonth(month));
        }
        if year == 0 {
            return Err(DateError::Before1900);
        }
        Date::new(year, month, day as u8).ok_or(DateError::DayNotInMonth { month, year })
    }

    /// Parses a date something happened on (a birth, a founding) as typed
    /// ([`Date::parse_typed`]), judged on `today`: it must be a real day from
    /// 1900-01-01 up to and including `today`.
    pub fn parse_past(s: &str, today: Date) -> Result<Date, DateError> {
        let date = Date::parse_typed(s)?;
        if date > today {
            Err(DateError::Future)
        } else if date.year < 1900 {
            Err(DateError::Before1900)
        } else {
            Ok(date)
        }
    }

    /// The day `years` years after this one: the day someone born on `self` turns
    /// `years`, or a company founded on `self` has existed for `years` full years.
    /// 29 February moves to 1 March in common years. `None` past year 9999.
    pub fn anniversary(self, years: u32) -> Option<Date> {
        let year = i32::try_from(years)
            .ok()
            .and_then(|y| self.year.checked_add(y))?;
        Date::new(year, self.month, self.day).or_else(|| Date::new(year, 3, 1))
    }

    /// Age in full years on `on`: a birthday counts on the day itself, and someone
    /// born on 29 February becomes a year older on 1 March in common years. Zero when
    /// `on` comes before `self`.
    pub fn full_years_until(self, on: Date) -> u32 {
        let birthday_passed = (on.month, on.day) >= (self.month, self.day);
        let years = on.year - self.year - i32::from(!birthday_passed);
        u32::try_from(years).unwrap_or(0)
    }

    /// Days from this day to `later`: 0 on the same day, negative when `later`
    /// comes first.
    pub fn days_until(self, later: Date) -> i64 {
        later.day_number() - self.day_number()
    }

    /// Days since 0000-02-29 (proleptic Gregorian; 0000-03-01 is day 1): a count
    /// that only [`days_until`](Self::days_until) compares, so its origin is free.
    fn day_number(self) -> i64 {
        let (month, day) = (i64::from(self.month), i64::from(self.day));
        let year = i64::from(self.year) - i64::from(month <= 2);
        let shifted = (month + 9) % 12; // March = 0 … February = 11
        year * 365 + year.div_euclid(4) - year.div_euclid(100)
            + year.div_euclid(400)
            + (153 * shifted + 2) / 5
            + day
    }

    /// The day before this one (`None` before year 1).
    pub fn pred(self) -> Option<Date> {
        if self.day > 1 {
            return Some(Date {
                day: self.day - 1,
                ..self
            });
        }
        let (year, month) = if self.month > 1 {
            (self.year, self.month - 1)
        } else {
            (self.year - 1, 12)
        };
        Date::new(year, month, days_in_month(year, month))
    }
}

impl serde::Serialize for Date {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

/// Only for tests that build configuration types with serde_json; the widget reads
/// dates with `programme::date` (see `crate::json`).
#[cfg(test)]
impl<'de> serde::Deserialize<'de> for Date {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Date, D::Error> {
        let s = <std::borrow::Cow<'de, str>>::deserialize(d)?;
        Date::parse_iso(&s).map_err(|_| {
            serde::de::Error::custom(format_args!("expected a date YYYY-MM-DD, got {s:?}"))
        })
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_iso_dates_and_refuses_impossible_days() {
        assert_eq!(
            Date::parse_iso("2024-02-29"),
            Ok(Date {
                year: 2024,
                month: 2,
                day: 29
            })
        );
        assert_eq!(
            Date::parse_iso(" 2026-11-24 "),
            Ok(Date {
                year: 2026,
                month: 11,
                day: 24
            })
        );
        assert_eq!(Date::parse_iso("2023-02-29"), Err(DateError::NoSuchDay));
        assert_eq!(Date::parse_iso("2023-13-01"), Err(DateError::NoSuchDay));
        assert_eq!(Date::parse_iso("24/11/2026"), Err(DateError::Format));
        assert_eq!(Date::parse_iso("2026-1-24"), Err(DateError::Format));
        // Either separator wrong is another form: refused, not read as ISO.
        assert_eq!(Date::parse_iso("2026/11-24"), Err(DateError::Format));
        assert_eq!(Date::parse_iso("2026-11/24"), Err(DateError::Format));
        assert_eq!(Date::parse_iso("२०२६-११-२४"), Err(DateError::Format));
    }

    #[test]
    fn orders_chronologically_and_displays_iso() {
        let a = Date::new(2025, 12, 31).unwrap();
        let b = Date::new(2026, 1, 1).unwrap();
        assert!(a < b);
        assert_eq!(b.to_string(), "2026-01-01");
    }

    fn d(s: &str) -> Date {
        Date::parse_iso(s).unwrap()
    }

    #[test]
    fn age_counts_the_birthday_on_the_day() {
        // (born, judged on, age)
        let table = [
            ("2007-11-24", "2025-11-24", 18), // 18th birthday today
            ("2007-11-25", "2025-11-24", 17), // 18th birthday tomorrow
            ("2001-11-24", "2025-11-24", 24), // 24th birthday today
            ("2001-11-25", "2025-11-24", 23), // 24th birthday tomorrow
            ("2004-02-29", "2022-02-28", 17), // leap-day birth, common year: not yet
            ("2004-02-29", "2022-03-01", 18), // ... a year older on 1 March
            ("2004-02-29", "2024-02-28", 19), // leap year: not yet on 28 February
            ("2004-02-29", "2024-02-29", 20), // ... the birthday itself
            ("2025-06-01", "2025-06-01", 0),
            ("2025-06-02", "2025-06-01", 0), // a future birth is no negative age
            ("1900-01-01", "2025-12-31", 125),
        ];
        for (born, on, age) in table {
            assert_eq!(
                d(born).full_years_until(d(on)),
                age,
                "born {born}, judged {on}"
            );
        }
    }

    #[test]
    fn anniversaries_move_29_february_to_1_march_in_common_years() {
        assert_eq!(d("2004-02-29").anniversary(18), Some(d("2022-03-01")));
        assert_eq!(d("2004-02-29").anniversary(20), Some(d("2024-02-29")));
        assert_eq!(d("2024-11-24").anniversary(1), Some(d("2025-11-24")));
        assert_eq!(d("9999-01-01").anniversary(1), None);
        assert_eq!(d("2024-11-24").anniversary(u32::MAX), None);
    }

    #[test]
    fn days_until_counts_calendar_days_across_months_leap_days_and_years() {
        assert_eq!(d("2026-12-03").days_until(d("2026-12-31")), 28);
        assert_eq!(d("2026-12-31").days_until(d("2026-12-31")), 0);
        assert_eq!(d("2026-12-31").days_until(d("2026-12-30")), -1);
        assert_eq!(d("2026-11-16").days_until(d("2026-12-31")), 45);
        assert_eq!(d("2024-02-28").days_until(d("2024-03-01")), 2);
        assert_eq!(d("2023-02-28").days_until(d("2023-03-01")), 1);
        assert_eq!(d("2025-12-31").days_until(d("2026-01-01")), 1);
        assert_eq!(d("2000-01-01").days_until(d("2001-01-01")), 366);
        assert_eq!(d("1900-01-01").days_until(d("1901-01-01")), 365);
        // Against the day-by-day count: pred() steps back one day at a time.
        let mut day = d("2027-03-02");
        for back in 0..800 {
            assert_eq!(day.days_until(d("2027-03-02")), back, "{day}");
            day = day.pred().unwrap();
        }
    }

    #[test]
    fn the_day_before_crosses_months_and_years() {
        assert_eq!(d("2025-03-01").pred(), Some(d("2025-02-28")));
        assert_eq!(d("2024-03-01").pred(), Some(d("2024-02-29")));
        assert_eq!(d("2026-01-01").pred(), Some(d("2025-12-31")));
        assert_eq!(d("2025-12-31").pred(), Some(d("2025-12-30")));
        assert_eq!(d("0001-01-01").pred(), None);
    }

    #[test]
    fn reads_dates_as_people_type_them() {
        let june = Ok(d("2007-06-15"));
        for typed in [
            "15/06/2007",
            "15/6/2007",
            "15-06-2007",
            "15.06.2007",
            "15062007",
            "2007-06-15",
            "2007/6/15",
            " 15 / 06 / 2007 ",
            "15 06 2007",
            "１５/０６/２００７",
            "១៥/០៦/២០០៧",
        ] {
            assert_eq!(Date::parse_typed(typed), june, "{typed:?}");
        }
        assert_eq!(Date::parse_typed("1/2/2003"), Ok(d("2003-02-01")));
        assert_eq!(Date::parse_typed("29/02/2024"), Ok(d("2024-02-29")));
    }

    #[test]
    fn says_what_it_could_not_read_in_a_typed_date() {
        use DateError::*;
        let refused = |s| Date::parse_typed(s).unwrap_err();
        for typed in [
            "",
            "abc",
            "15/06",
            "15/06/2007/1",
            "150620071",
            "15/006/2007",
            "mai 15 2007",
            "15,06,2007",
            "2007-06-15T00:00",
        ] {
            assert_eq!(refused(typed), Format, "{typed:?}");
        }
        assert_eq!(refused("15/06/07"), ShortYear);
        assert_eq!(refused("150607"), ShortYear);
        assert_eq!(refused("06/15/2007"), NoSuchMonth(15), "month first");
        assert_eq!(refused("1/0/2007"), NoSuchMonth(0));
        assert_eq!(refused("2007-13-01"), NoSuchMonth(13));
        assert_eq!(
            refused("31/04/2007"),
            DayNotInMonth {
                month: 4,
                year: 2007
            }
        );
        assert_eq!(
            refused("29022023"),
            DayNotInMonth {
                month: 2,
                year: 2023
            }
        );
        assert_eq!(
            refused("0/5/2007"),
            DayNotInMonth {
                month: 5,
                year: 2007
            }
        );
        assert_eq!(refused("01/01/0000"), Before1900);
    }

    #[test]
    fn february_29_exists_in_2000_and_2024_but_not_in_1900_2100_or_2023() {
        // Every fourth year, except centuries, except every fourth century.
        assert_eq!(Date::parse_typed("29/02/2000"), Ok(d("2000-02-29")));
        assert_eq!(Date::parse_typed("29/02/2024"), Ok(d("2024-02-29")));
        for year in [1900, 2100, 2023] {
            assert_eq!(
                Date::parse_typed(&format!("29/02/{year}")),
                Err(DateError::DayNotInMonth { month: 2, year }),
                "{year}"
            );
        }
        assert_eq!(Date::parse_iso("1900-02-29"), Err(DateError::NoSuchDay));
        assert_eq!(d("1900-03-01").pred(), Some(d("1900-02-28")));
        assert_eq!(d("2000-03-01").pred(), Some(d("2000-02-29")));
    }

    #[test]
    fn past_dates_refuse_the_future_and_the_19th_century() {
        let today = d("2025-11-24");
        assert_eq!(Date::parse_past("2025-11-24", today), Ok(today));
        assert_eq!(
            Date::parse_past("2025-11-25", today),
            Err(DateError::Future)
        );
        assert_eq!(
            Date::parse_past("1899-12-31", today),
            Err(DateError::Before1900)
        );
        assert_eq!(Date::parse_past("1900-01-01", today), Ok(d("1900-01-01")));
        assert_eq!(Date::parse_past("", today), Err(DateError::Format));
        assert_eq!(Date::parse_past("24/11/2025", today), Ok(today));
        assert_eq!(
            Date::parse_past("25/11/2025", today),
            Err(DateError::Future)
        );
    }

    #[test]
    fn dates_round_trip_through_json() {
        let date: Date = serde_json::from_str("\"2025-12-31\"").unwrap();
        assert_eq!(date, d("2025-12-31"));
        assert_eq!(serde_json::to_string(&date).unwrap(), "\"2025-12-31\"");
        assert!(serde_json::from_str::<Date>("\"31/12/2025\"").is_err());
        assert!(serde_json::from_str::<Date>("20251231").is_err());
    }

    proptest::proptest! {
        #[test]
        fn age_never_decreases_as_the_judged_date_advances(
            born in 1900i32..2100, bm in 1u8..=12, bd in 1u8..=31,
            y in 1900i32..2200, m in 1u8..=12, dd in 1u8..=31, later in 0u32..800,
        ) {
            let (Some(born), Some(on)) = (Date::new(born, bm, bd), Date::new(y, m, dd)) else {
                return Ok(());
            };
            let mut next = on;
            for _ in 0..later {
                next = Date::new(next.year, next.month, next.day + 1)
                    .or_else(|| Date::new(next.year, next.month + 1, 1))
                    .or_else(|| Date::new(next.year + 1, 1, 1))
                    .unwrap();
            }
            proptest::prop_assert!(born.full_years_until(next) >= born.full_years_until(on));
            proptest::prop_assert_eq!(next.pred().map(|p| p < next), Some(true));
        }

        #[test]
        fn parsing_never_panics(s in "\\PC{0,40}") {
            let _ = Date::parse_past(&s, Date { year: 2025, month: 1, day: 1 });
        }
    }
}

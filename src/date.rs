//! Civil dates (proleptic Gregorian), as typed in `type="date"` inputs and the
//! `today` attribute. No time zones: the programme's rules speak of calendar days.

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
    /// Not of the form `YYYY-MM-DD`.
    Format,
    /// Well-formed, but no such day (e.g. 2023-02-29).
    NoSuchDay,
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
            b.get(r.clone())?
                .iter()
                .try_fold(0u32, |acc, &c| c.is_ascii_digit().then(|| acc * 10 + u32::from(c - b'0')))
        };
        if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
            return Err(DateError::Format);
        }
        let (Some(y), Some(m), Some(d)) = (digits(0..4), digits(5..7), digits(8..10)) else {
            return Err(DateError::Format);
        };
        Date::new(y as i32, m as u8, d as u8).ok_or(DateError::NoSuchDay)
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
        assert_eq!(Date::parse_iso("2024-02-29"), Ok(Date { year: 2024, month: 2, day: 29 }));
        assert_eq!(Date::parse_iso(" 2026-11-24 "), Ok(Date { year: 2026, month: 11, day: 24 }));
        assert_eq!(Date::parse_iso("2023-02-29"), Err(DateError::NoSuchDay));
        assert_eq!(Date::parse_iso("2023-13-01"), Err(DateError::NoSuchDay));
        assert_eq!(Date::parse_iso("24/11/2026"), Err(DateError::Format));
        assert_eq!(Date::parse_iso("2026-1-24"), Err(DateError::Format));
        assert_eq!(Date::parse_iso("२०२६-११-२४"), Err(DateError::Format));
    }

    #[test]
    fn orders_chronologically_and_displays_iso() {
        let a = Date::new(2025, 12, 31).unwrap();
        let b = Date::new(2026, 1, 1).unwrap();
        assert!(a < b);
        assert_eq!(b.to_string(), "2026-01-01");
    }
}

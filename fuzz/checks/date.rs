//! Target `date`: the typed-date reader (`Date::parse_typed`, `Date::parse_past`) on
//! arbitrary text.
//!
//! Invariants:
//! - a date it reads exists (checked against a calendar written again here) and
//!   reads back the same from every form a person may write it in: `dd/mm/yyyy`,
//!   `d-m-yyyy`, `ddmmyyyy`, `yyyy-mm-dd`, with Khmer or full-width digits;
//! - on text of ASCII digits and one kind of separator, the outcome is exactly what
//!   an independent oracle says (day first or year first, a two-digit year, no such
//!   month, no such day in that month);
//! - `parse_past` accepts exactly the read dates from 1900-01-01 to the judged day.

use vn_domain_assistant::date::{Date, DateError};

fn days_in(year: i32, month: u32) -> u32 {
    let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
    [
        31,
        if leap { 29 } else { 28 },
        31,
        30,
        31,
        30,
        31,
        31,
        30,
        31,
        30,
        31,
    ][month as usize - 1]
}

/// What digits split by one separator should give.
fn oracle(parts: &[&str]) -> Result<(i32, u32, u32), DateError> {
    let n = |s: &str| s.parse::<u32>().unwrap();
    let len: Vec<usize> = parts.iter().map(|p| p.len()).collect();
    let (y, m, d) = match len[..] {
        [8] => (n(&parts[0][4..]), n(&parts[0][2..4]), n(&parts[0][..2])),
        [6] => return Err(DateError::ShortYear),
        [4, 1..=2, 1..=2] => (n(parts[0]), n(parts[1]), n(parts[2])),
        [1..=2, 1..=2, 4] => (n(parts[2]), n(parts[1]), n(parts[0])),
        [1..=2, 1..=2, 2] => return Err(DateError::ShortYear),
        _ => return Err(DateError::Format),
    };
    if !(1..=12).contains(&m) {
        return Err(DateError::NoSuchMonth(m as u8));
    }
    if y == 0 {
        return Err(DateError::Before1900);
    }
    if d == 0 || d > days_in(y as i32, m) {
        return Err(DateError::DayNotInMonth {
            month: m as u8,
            year: y as i32,
        });
    }
    Ok((y as i32, m, d))
}

/// `s` with its ASCII digits written from another zero: Khmer (U+17E0) or
/// full-width (U+FF10).
fn digits_from(s: &str, zero: u32) -> String {
    s.chars()
        .map(|c| match c.to_digit(10) {
            Some(d) => char::from_u32(zero + d).unwrap(),
            None => c,
        })
        .collect()
}

pub fn check(data: &[u8]) {
    let text = super::text(data);
    let parsed = Date::parse_typed(&text);

    if let Ok(d) = parsed {
        assert!(d.year >= 1 && (1..=12).contains(&d.month), "{d:?}");
        assert!(
            d.day >= 1 && u32::from(d.day) <= days_in(d.year, u32::from(d.month)),
            "{d:?}"
        );
        let (y, m, day) = (d.year, d.month, d.day);
        for form in [
            format!("{day:02}/{m:02}/{y:04}"),
            format!("{day}-{m}-{y:04}"),
            format!("{day:02}{m:02}{y:04}"),
            format!("{y:04}-{m:02}-{day:02}"),
            format!(" {day} . {m} . {y:04} "),
        ] {
            assert_eq!(Date::parse_typed(&form), Ok(d), "{form:?} from {text:?}");
            assert_eq!(
                Date::parse_typed(&digits_from(&form, 0x17e0)),
                Ok(d),
                "{form:?} in Khmer digits"
            );
            assert_eq!(
                Date::parse_typed(&digits_from(&form, 0xff10)),
                Ok(d),
                "{form:?} full-width"
            );
        }
    }

    // The oracle on plainly typed dates: ASCII digits and one kind of separator.
    let seps: Vec<char> = text.chars().filter(|c| !c.is_ascii_digit()).collect();
    let sep = seps.first().copied();
    if text
        .chars()
        .all(|c| c.is_ascii_digit() || "/-.".contains(c))
        && seps.iter().all(|&c| Some(c) == sep)
    {
        let parts: Vec<&str> = match sep {
            Some(s) => text.split(s).filter(|p| !p.is_empty()).collect(),
            None => vec![&*text],
        };
        let expected = if parts.iter().any(|p| p.len() > 8) || parts.is_empty() {
            Err(DateError::Format)
        } else {
            oracle(&parts)
        };
        let got = parsed.map(|d| (d.year, u32::from(d.month), u32::from(d.day)));
        assert_eq!(got, expected, "{text:?}");
    }

    let today = Date::new(2026, 12, 3).unwrap();
    match (Date::parse_past(&text, today), parsed) {
        (Ok(p), Ok(d)) => assert!(p == d && d.year >= 1900 && d <= today, "{d:?}"),
        (Err(DateError::Future), Ok(d)) => assert!(d > today),
        (Err(DateError::Before1900), Ok(d)) => assert!(d.year < 1900),
        (Err(e), Err(f)) => assert_eq!(e, f),
        (p, d) => panic!("parse_past {p:?} but parse_typed {d:?}"),
    }
}

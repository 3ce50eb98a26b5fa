//! Target `cccd`: the citizen ID reader (`cccd::compact`, `cccd::parse`,
//! `Cccd::check_birth`) on arbitrary text.
//!
//! Invariants:
//! - `compact` gives only `[0-9A-Z]` and is idempotent;
//! - every outcome of `parse` agrees with the compact form: `Ok` only for twelve
//!   digits whose first three are one of the 63 province codes (listed again here),
//!   `Empty`, `OldCmnd` (nine digits), `Length(n)` (n digits), `UnknownProvince`,
//!   `NotDigits` each exactly when the compact form says so;
//! - a parsed number keeps its digits: it equals the number parsed from its compact
//!   form and from that form re-spaced `PPP GYY RRR RRR`, and differs from the
//!   number with any one digit changed; its province and birth year are the ones the
//!   digits encode;
//! - on text of ASCII digits, spaces, dots and dashes only, the outcome is exactly
//!   what the digits alone say (an oracle independent of `compact`);
//! - `check_birth` accepts the encoded birth year, and for any other year reports
//!   the encoded year and suspects the field that is implausible on its own.

use vn_domain_assistant::cccd::{self, CccdError, Suspect};
use vn_domain_assistant::date::Date;

/// The 63 province codes of TT 07/2016/TT-BCA.
const PROVINCE_CODES: [u16; 63] = [
    1, 2, 4, 6, 8, 10, 11, 12, 14, 15, 17, 19, 20, 22, 24, 25, 26, 27, 30, 31, 33, 34, 35, 36, 37,
    38, 40, 42, 44, 45, 46, 48, 49, 51, 52, 54, 56, 58, 60, 62, 64, 66, 67, 68, 70, 72, 74, 75, 77,
    79, 80, 82, 83, 84, 86, 87, 89, 91, 92, 93, 94, 95, 96,
];

fn all_digits(s: &str) -> bool {
    s.bytes().all(|b| b.is_ascii_digit())
}

/// What twelve-or-other digits should give, from the digits alone.
fn expected(digits: &str) -> Result<(), CccdError> {
    match digits.len() {
        0 => Err(CccdError::Empty),
        9 => Err(CccdError::OldCmnd),
        12 => {
            let code: u16 = digits[..3].parse().unwrap();
            if PROVINCE_CODES.contains(&code) {
                Ok(())
            } else {
                Err(CccdError::UnknownProvince)
            }
        }
        n => Err(CccdError::Length(n)),
    }
}

pub fn check(data: &[u8]) {
    let text = super::text(data);
    let compact = cccd::compact(&text);
    if let Some(c) = &compact {
        assert!(
            c.bytes()
                .all(|b| b.is_ascii_digit() || b.is_ascii_uppercase()),
            "{c:?}"
        );
        assert_eq!(
            cccd::compact(c).as_deref(),
            Some(c.as_str()),
            "not idempotent"
        );
    }
    let parsed = cccd::parse(&text);
    match (&parsed, compact.as_deref()) {
        (_, Some(c)) if all_digits(c) => {
            assert_eq!(parsed.map(|_| ()), expected(c), "{c:?}");
        }
        (Err(CccdError::NotDigits), _) => {}
        (other, c) => panic!("{other:?} from compact form {c:?}"),
    }

    // The oracle on plainly typed numbers, without `compact`.
    if text
        .bytes()
        .all(|b| b.is_ascii_digit() || b" .-".contains(&b))
    {
        let digits: String = text.chars().filter(char::is_ascii_digit).collect();
        assert_eq!(parsed.map(|_| ()), expected(&digits), "{text:?}");
    }

    let Ok(id) = parsed else { return };
    let c = compact.unwrap();
    let d = c.as_bytes();
    assert_eq!(cccd::parse(&c), Ok(id));
    let spaced = format!("{} {} {} {}", &c[..3], &c[3..6], &c[6..9], &c[9..]);
    assert_eq!(cccd::parse(&spaced), Ok(id), "{spaced:?}");
    for i in 3..12 {
        let mut other = d.to_vec();
        other[i] = b'0' + (other[i] - b'0' + 1) % 10;
        let other = String::from_utf8(other).unwrap();
        assert_ne!(cccd::parse(&other), Ok(id), "digit {i} of {c} not kept");
    }
    let code: u16 = c[..3].parse().unwrap();
    assert_eq!(id.province().map(|p| p.code), Some(code));
    let digit = |i: usize| i32::from(d[i] - b'0');
    let year = 1900 + digit(3) / 2 * 100 + digit(4) * 10 + digit(5);
    assert_eq!(id.birth_year(), year);

    let today = Date::new(2025, 11, 24).unwrap();
    assert_eq!(
        id.check_birth(Date::new(year, 6, 15).unwrap(), today),
        Ok(())
    );
    // Another year, picked from the input.
    let other = 1900 + (data.len() as i32 * 37 + digit(11) * 101) % 520;
    if other != year {
        let e = id
            .check_birth(Date::new(other, 1, 1).unwrap(), today)
            .unwrap_err();
        assert_eq!(e.id_year, year);
        let plausible = |y: i32| y <= 2025 && 2025 - y <= 100;
        match (plausible(year), plausible(other)) {
            (false, true) => assert_eq!(e.suspect, Suspect::IdNumber),
            (true, false) => assert_eq!(e.suspect, Suspect::BirthDate),
            _ => {}
        }
    }
}

//! Target `taxcode`: enterprise tax codes (`taxcode::parse`) and household business
//! codes (`taxcode::parse_household`) on arbitrary text.
//!
//! Invariants:
//! - a parsed tax code is written `DDDDDDDDDD` or `DDDDDDDDDD-DDD`, reads back to
//!   itself from that form, carries the digits typed, has a non-zero serial and
//!   branch and a check digit that the checksum (computed again here) accepts;
//! - every single-digit typo in a parsed code's first ten digits is refused (the
//!   weights are all prime to 11, so the checksum catches each one);
//! - on ten or thirteen plain digits, `parse` is `Ok` exactly when the checksum
//!   oracle says so; every error agrees with the compact form;
//! - `parse_household` agrees with the readers it delegates to: a personal ID is
//!   what `cccd::parse` reads, a tax code what `parse` reads, an old certificate is
//!   the compact form `DD L DDDDDDD`; its refusals name the same errors.

use vn_domain_assistant::cccd;
use vn_domain_assistant::taxcode::{self, HouseholdCode, HouseholdCodeError, TaxCodeError};

const WEIGHTS: [u32; 9] = [31, 29, 23, 19, 17, 13, 7, 5, 3];

/// Whether ten or thirteen digits make a valid code: serial, branch, checksum.
fn oracle(digits: &[u8]) -> Result<(), TaxCodeError> {
    if digits.len() != 10 && digits.len() != 13 {
        return Err(TaxCodeError::Length(digits.len()));
    }
    if digits[2..9].iter().all(|&d| d == b'0') {
        return Err(TaxCodeError::ZeroSerial);
    }
    if digits.len() == 13 && &digits[10..] == b"000" {
        return Err(TaxCodeError::ZeroBranch);
    }
    let sum: u32 = digits[..9]
        .iter()
        .zip(WEIGHTS)
        .map(|(&d, w)| u32::from(d - b'0') * w)
        .sum();
    if sum % 11 != 0 && u32::from(digits[9] - b'0') == 10 - sum % 11 {
        Ok(())
    } else {
        Err(TaxCodeError::CheckDigit)
    }
}

fn all_digits(s: &str) -> bool {
    s.bytes().all(|b| b.is_ascii_digit())
}

pub fn check(data: &[u8]) {
    let text = super::text(data);
    let compact = cccd::compact(&text);
    let parsed = taxcode::parse(&text);

    match (&parsed, compact.as_deref()) {
        (_, Some("")) => assert_eq!(parsed, Err(TaxCodeError::Empty)),
        (_, Some(c)) if all_digits(c) => {
            assert_eq!(parsed.clone().map(|_| ()), oracle(c.as_bytes()), "{c:?}");
        }
        (Err(TaxCodeError::NotDigits), _) => {}
        (other, c) => panic!("{other:?} from compact form {c:?}"),
    }

    if let Ok(code) = &parsed {
        let f = code.formatted();
        let b = f.as_bytes();
        let shape = match b.len() {
            10 => all_digits(&f),
            14 => b[10] == b'-' && all_digits(&f[..10]) && all_digits(&f[11..]),
            _ => false,
        };
        assert!(shape, "formatted {f:?}");
        assert_eq!(taxcode::parse(&f).as_ref(), Ok(code), "{f:?}");
        let digits: Vec<u8> = b.iter().copied().filter(u8::is_ascii_digit).collect();
        assert_eq!(compact.as_deref().map(str::as_bytes), Some(&digits[..]));
        assert_eq!(oracle(&digits), Ok(()));
        for i in 0..10 {
            let mut typo = digits.clone();
            typo[i] = b'0' + (typo[i] - b'0' + 1 + (data.len() % 9) as u8) % 10;
            let typo = String::from_utf8(typo).unwrap();
            assert!(
                matches!(
                    taxcode::parse(&typo),
                    Err(TaxCodeError::CheckDigit | TaxCodeError::ZeroSerial)
                ),
                "typo {typo} of {f} accepted"
            );
        }
    }

    household(&text, compact.as_deref());
}

fn household(text: &str, compact: Option<&str>) {
    let parsed = taxcode::parse_household(text);
    let digits = compact.filter(|c| all_digits(c)).map(str::len);
    match &parsed {
        Ok(HouseholdCode::PersonalId(id)) => {
            assert_eq!(digits, Some(12));
            assert_eq!(cccd::parse(text), Ok(*id));
        }
        Ok(HouseholdCode::TaxCode(code)) => {
            assert!(matches!(digits, Some(10 | 13)));
            assert_eq!(taxcode::parse(text).as_ref(), Ok(code));
        }
        Ok(HouseholdCode::OldCertificate(c)) => {
            let b = c.as_bytes();
            assert_eq!(Some(c.as_str()), compact);
            assert!(
                b.len() == 10
                    && all_digits(&c[..2])
                    && b[2].is_ascii_uppercase()
                    && all_digits(&c[3..]),
                "{c:?}"
            );
        }
        Err(HouseholdCodeError::Empty) => assert_eq!(compact, Some("")),
        Err(HouseholdCodeError::PersonalId(e)) => {
            assert!(matches!(digits, Some(9 | 12)));
            assert_eq!(cccd::parse(text), Err(*e));
        }
        Err(HouseholdCodeError::TaxCode(e)) => {
            assert!(matches!(digits, Some(10 | 13)));
            assert_eq!(taxcode::parse(text), Err(*e));
        }
        Err(HouseholdCodeError::Unrecognised) => {
            assert!(!matches!(digits, Some(9 | 10 | 12 | 13)) && compact != Some(""));
        }
    }
}

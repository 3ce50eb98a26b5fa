//! Enterprise codes (= tax codes, mã số doanh nghiệp / mã số thuế) and household
//! business codes.
//!
//! A tax code is `PPNNNNNNNC`: ten digits whose last is a check digit over the
//! first nine (weights 31, 29, 23, 19, 17, 13, 7, 5, 3; C = 10 − (Σ mod 11), so
//! Σ mod 11 = 0 has no valid check digit). A branch adds three digits, usually
//! after a dash. The serial `NNNNNNN` = 0000000 and the branch 000 do not exist.
//! Same semantics as python-stdnum's `vn.mst`.

use crate::cccd::{self, Cccd, CccdError};

const WEIGHTS: [u32; 9] = [31, 29, 23, 19, 17, 13, 7, 5, 3];

/// The check digit for the first nine digits of a tax code; `None` when the
/// weighted sum is a multiple of 11 (no digit fits, so no such code exists).
pub fn check_digit(first_nine: &[u8; 9]) -> Option<u8> {
    let sum: u32 = first_nine
        .iter()
        .zip(WEIGHTS)
        .map(|(&d, w)| u32::from(d) * w)
        .sum();
    let c = 10 - sum % 11;
    u8::try_from(c).ok().filter(|&c| c < 10)
}

/// Why a tax code was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TaxCodeError {
    Empty,
    /// Letters or symbols inside the code.
    NotDigits,
    /// Digits only, but neither 10 nor 13 of them.
    Length(usize),
    /// The serial (digits 3–9) is 0000000.
    ZeroSerial,
    /// The branch suffix is 000.
    ZeroBranch,
    /// The last digit does not match the first nine: a typo somewhere.
    CheckDigit,
}

/// A tax code whose check digit matches.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TaxCode {
    digits: String,
}

impl TaxCode {
    /// The code in its usual written form: `0314409058` or `0314409058-002`.
    pub fn formatted(&self) -> String {
        match self.digits.split_at_checked(10) {
            Some((main, branch)) if !branch.is_empty() => format!("{main}-{branch}"),
            _ => self.digits.clone(),
        }
    }
}

/// Reads a tax code as typed (spaces, dots, dashes and full-width digits allowed).
pub fn parse(s: &str) -> Result<TaxCode, TaxCodeError> {
    let digits = cccd::compact(s).ok_or(TaxCodeError::NotDigits)?;
    parse_compact(digits)
}

fn parse_compact(digits: String) -> Result<TaxCode, TaxCodeError> {
    if digits.is_empty() {
        return Err(TaxCodeError::Empty);
    }
    if !digits.bytes().all(|b| b.is_ascii_digit()) {
        return Err(TaxCodeError::NotDigits);
    }
    if digits.len() != 10 && digits.len() != 13 {
        return Err(TaxCodeError::Length(digits.len()));
    }
    let b = digits.as_bytes();
    if &b[2..9] == b"0000000" {
        return Err(TaxCodeError::ZeroSerial);
    }
    if &b[10..] == b"000" {
        return Err(TaxCodeError::ZeroBranch);
    }
    let first_nine: [u8; 9] = std::array::from_fn(|i| b[i] - b'0');
    if check_digit(&first_nine) != Some(b[9] - b'0') {
        return Err(TaxCodeError::CheckDigit);
    }
    Ok(TaxCode { digits })
}

/// A household business's code, in one of the forms in use.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum HouseholdCode {
    /// Since 01/07/2025 the representative's 12-digit personal ID number is the
    /// household's code (TT 86/2024/TT-BTC Điều 5; NĐ 168/2025/NĐ-CP).
    PersonalId(Cccd),
    /// A household tax code (10 digits, or 13 such as `…-001`).
    TaxCode(TaxCode),
    /// An old certificate number such as `01R8017431` (two digits, a letter, seven
    /// digits): accepted, but the registrar may ask for the current code.
    OldCertificate(String),
}

/// Why a household business code was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HouseholdCodeError {
    Empty,
    /// Twelve digits (or nine) that fail the personal ID checks.
    PersonalId(CccdError),
    /// Ten or thirteen digits that fail the tax code checks.
    TaxCode(TaxCodeError),
    /// None of the known forms.
    Unrecognised,
}

/// Reads a household business code as typed.
pub fn parse_household(s: &str) -> Result<HouseholdCode, HouseholdCodeError> {
    let compact = cccd::compact(s).ok_or(HouseholdCodeError::Unrecognised)?;
    let b = compact.as_bytes();
    let all_digits = b.iter().all(u8::is_ascii_digit);
    match b.len() {
        0 => Err(HouseholdCodeError::Empty),
        9 | 12 if all_digits => cccd::parse(&compact)
            .map(HouseholdCode::PersonalId)
            .map_err(HouseholdCodeError::PersonalId),
        10 | 13 if all_digits => parse_compact(compact)
            .map(HouseholdCode::TaxCode)
            .map_err(HouseholdCodeError::TaxCode),
        10 if b[..2].iter().all(u8::is_ascii_digit)
            && b[2].is_ascii_uppercase()
            && b[3..].iter().all(u8::is_ascii_digit) =>
        {
            Ok(HouseholdCode::OldCertificate(compact))
        }
        _ => Err(HouseholdCodeError::Unrecognised),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepts_real_codes_in_their_usual_forms() {
        let table = [
            ("0100233488", "0100233488"),
            ("0314409058", "0314409058"),
            ("0314409058-002", "0314409058-002"),
            ("0314409058002", "0314409058-002"),
            ("0100109106", "0100109106"),
            ("01.00.112.437", "0100112437"),
            ("0312 68 78 78 - 001", "0312687878-001"),
            ("０３１４４０９０５８－００２", "0314409058-002"),
            (" 0100233488\u{200B}", "0100233488"),
        ];
        for (typed, formatted) in table {
            assert_eq!(
                parse(typed).map(|t| t.formatted()),
                Ok(formatted.to_owned()),
                "{typed:?}"
            );
        }
    }

    #[test]
    fn refuses_impossible_codes() {
        let table = [
            ("", TaxCodeError::Empty),
            ("0100233480", TaxCodeError::CheckDigit),
            ("0100233489", TaxCodeError::CheckDigit),
            ("0100000009", TaxCodeError::ZeroSerial),
            ("0314409058-000", TaxCodeError::ZeroBranch),
            // Σ = 1·29 + 1·19 + 6·3 = 66, a multiple of 11: no last digit fits.
            ("0101000060", TaxCodeError::CheckDigit),
            ("0101000069", TaxCodeError::CheckDigit),
            ("12345", TaxCodeError::Length(5)),
            ("03144090580", TaxCodeError::Length(11)),
            ("03144O9058", TaxCodeError::NotDigits),
            ("0314409058/002", TaxCodeError::NotDigits),
        ];
        for (typed, err) in table {
            assert_eq!(parse(typed), Err(err), "{typed:?}");
        }
    }

    #[test]
    fn a_weighted_sum_divisible_by_11_has_no_check_digit() {
        // 0·31 + 1·29 + 0·23 + 1·19 + 0·17 + 0·13 + 0·7 + 0·5 + 6·3 = 66 = 6·11.
        assert_eq!(check_digit(&[0, 1, 0, 1, 0, 0, 0, 0, 6]), None);
        for last in 0..=9 {
            assert_eq!(
                parse(&format!("010100006{last}")),
                Err(TaxCodeError::CheckDigit)
            );
        }
        // Σ mod 11 = 1 gives the largest digit, 9; Σ mod 11 = 10 the smallest, 0.
        assert_eq!(check_digit(&[0, 0, 0, 0, 0, 0, 0, 0, 4]), Some(9)); // 12
        assert_eq!(check_digit(&[0, 0, 0, 0, 0, 0, 0, 2, 0]), Some(0)); // 10
    }

    #[test]
    fn household_codes_of_each_kind() {
        assert!(matches!(
            parse_household("087 084 000 999"),
            Ok(HouseholdCode::PersonalId(_))
        ));
        assert!(matches!(
            parse_household("0314409058"),
            Ok(HouseholdCode::TaxCode(_))
        ));
        assert!(matches!(
            parse_household("0314409058-001"),
            Ok(HouseholdCode::TaxCode(_))
        ));
        assert_eq!(
            parse_household("01R8017431"),
            Ok(HouseholdCode::OldCertificate("01R8017431".into()))
        );
        assert_eq!(
            parse_household("01r 801 7431"),
            Ok(HouseholdCode::OldCertificate("01R8017431".into()))
        );
        // Typed with a Vietnamese IME in full-width mode.
        assert_eq!(
            parse_household("０１Ｒ８０１７４３１"),
            Ok(HouseholdCode::OldCertificate("01R8017431".into()))
        );
        let refused = [
            ("", HouseholdCodeError::Empty),
            (
                "000084000999",
                HouseholdCodeError::PersonalId(CccdError::UnknownProvince),
            ),
            (
                "123456789",
                HouseholdCodeError::PersonalId(CccdError::OldCmnd),
            ),
            (
                "0314409059",
                HouseholdCodeError::TaxCode(TaxCodeError::CheckDigit),
            ),
            (
                "0314409058-000",
                HouseholdCodeError::TaxCode(TaxCodeError::ZeroBranch),
            ),
            ("01RR017431", HouseholdCodeError::Unrecognised),
            ("AB12345678", HouseholdCodeError::Unrecognised),
            ("12345", HouseholdCodeError::Unrecognised),
            ("01R8017431?!x", HouseholdCodeError::Unrecognised),
        ];
        for (typed, err) in refused {
            assert_eq!(parse_household(typed), Err(err), "{typed:?}");
        }
    }

    proptest::proptest! {
        #[test]
        fn the_checksum_accepts_exactly_the_codes_whose_check_digit_matches(
            nine in proptest::array::uniform9(0u8..10), last in 0u8..10,
        ) {
            let code: String = nine.iter().chain([&last]).map(|d| char::from(b'0' + d)).collect();
            let sum: u32 = nine.iter().zip(WEIGHTS).map(|(&d, w)| u32::from(d) * w).sum();
            let matches = sum % 11 != 0 && u32::from(last) == 10 - sum % 11;
            let zero_serial = nine[2..].iter().all(|&d| d == 0);
            proptest::prop_assert_eq!(parse(&code).is_ok(), matches && !zero_serial);
        }

        #[test]
        fn never_panics_on_any_input(s in "\\PC{0,64}") {
            let _ = parse(&s);
            let _ = parse_household(&s);
        }
    }
}

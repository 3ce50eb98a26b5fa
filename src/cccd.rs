//! The 12-digit personal identification number printed on the citizen ID card
//! (CCCD): `PPP G YY RRRRRR` (NĐ 137/2015/NĐ-CP Điều 13; TT 07/2016/TT-BCA Điều 7).
//! There is no check digit; what can be checked is the province code, and that the
//! century digit `G` and the year digits `YY` agree with the date of birth.

use crate::date::Date;

/// A province of birth registration: its code in the ID number, its historical
/// name, and the province it belongs to since the 2025 merger into 34 provinces
/// (NQ 202/2025/QH15). Numbers issued before the merger stay valid.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Province {
    pub code: u16,
    pub name: &'static str,
    pub current: &'static str,
}

const fn p(code: u16, name: &'static str, current: &'static str) -> Province {
    Province {
        code,
        name,
        current,
    }
}

/// The 63 codes of TT 07/2016/TT-BCA, sorted by code.
static PROVINCES: [Province; 63] = [
    p(1, "Hà Nội", "Hà Nội"),
    p(2, "Hà Giang", "Tuyên Quang"),
    p(4, "Cao Bằng", "Cao Bằng"),
    p(6, "Bắc Kạn", "Thái Nguyên"),
    p(8, "Tuyên Quang", "Tuyên Quang"),
    p(10, "Lào Cai", "Lào Cai"),
    p(11, "Điện Biên", "Điện Biên"),
    p(12, "Lai Châu", "Lai Châu"),
    p(14, "Sơn La", "Sơn La"),
    p(15, "Yên Bái", "Lào Cai"),
    p(17, "Hòa Bình", "Phú Thọ"),
    p(19, "Thái Nguyên", "Thái Nguyên"),
    p(20, "Lạng Sơn", "Lạng Sơn"),
    p(22, "Quảng Ninh", "Quảng Ninh"),
    p(24, "Bắc Giang", "Bắc Ninh"),
    p(25, "Phú Thọ", "Phú Thọ"),
    p(26, "Vĩnh Phúc", "Phú Thọ"),
    p(27, "Bắc Ninh", "Bắc Ninh"),
    p(30, "Hải Dương", "Hải Phòng"),
    p(31, "Hải Phòng", "Hải Phòng"),
    p(33, "Hưng Yên", "Hưng Yên"),
    p(34, "Thái Bình", "Hưng Yên"),
    p(35, "Hà Nam", "Ninh Bình"),
    p(36, "Nam Định", "Ninh Bình"),
    p(37, "Ninh Bình", "Ninh Bình"),
    p(38, "Thanh Hóa", "Thanh Hóa"),
    p(40, "Nghệ An", "Nghệ An"),
    p(42, "Hà Tĩnh", "Hà Tĩnh"),
    p(44, "Quảng Bình", "Quảng Trị"),
    p(45, "Quảng Trị", "Quảng Trị"),
    p(46, "Thừa Thiên Huế", "Huế"),
    p(48, "Đà Nẵng", "Đà Nẵng"),
    p(49, "Quảng Nam", "Đà Nẵng"),
    p(51, "Quảng Ngãi", "Quảng Ngãi"),
    p(52, "Bình Định", "Gia Lai"),
    p(54, "Phú Yên", "Đắk Lắk"),
    p(56, "Khánh Hòa", "Khánh Hòa"),
    p(58, "Ninh Thuận", "Khánh Hòa"),
    p(60, "Bình Thuận", "Lâm Đồng"),
    p(62, "Kon Tum", "Quảng Ngãi"),
    p(64, "Gia Lai", "Gia Lai"),
    p(66, "Đắk Lắk", "Đắk Lắk"),
    p(67, "Đắk Nông", "Lâm Đồng"),
    p(68, "Lâm Đồng", "Lâm Đồng"),
    p(70, "Bình Phước", "Đồng Nai"),
    p(72, "Tây Ninh", "Tây Ninh"),
    p(74, "Bình Dương", "TP. Hồ Chí Minh"),
    p(75, "Đồng Nai", "Đồng Nai"),
    p(77, "Bà Rịa – Vũng Tàu", "TP. Hồ Chí Minh"),
    p(79, "TP. Hồ Chí Minh", "TP. Hồ Chí Minh"),
    p(80, "Long An", "Tây Ninh"),
    p(82, "Tiền Giang", "Đồng Tháp"),
    p(83, "Bến Tre", "Vĩnh Long"),
    p(84, "Trà Vinh", "Vĩnh Long"),
    p(86, "Vĩnh Long", "Vĩnh Long"),
    p(87, "Đồng Tháp", "Đồng Tháp"),
    p(89, "An Giang", "An Giang"),
    p(91, "Kiên Giang", "An Giang"),
    p(92, "Cần Thơ", "Cần Thơ"),
    p(93, "Hậu Giang", "Cần Thơ"),
    p(94, "Sóc Trăng", "Cần Thơ"),
    p(95, "Bạc Liêu", "Cà Mau"),
    p(96, "Cà Mau", "Cà Mau"),
];

/// The province with this code, if the code is in the official table.
pub fn province(code: u16) -> Option<&'static Province> {
    PROVINCES
        .binary_search_by_key(&code, |p| p.code)
        .ok()
        .map(|i| &PROVINCES[i])
}

/// Folds an identity number as people type or paste it into `[0-9A-Z]*`:
/// full-width and Khmer digits become ASCII digits, letters are upper-cased;
/// spaces (also non-breaking), dots, dashes and invisible characters (zero-width,
/// bidi controls, BOM, soft hyphen) are dropped anywhere, and any other
/// punctuation around the number (quotes, brackets, a final full stop) is ignored.
/// `None` when something else is inside. Shared with [`crate::taxcode`].
pub fn compact(s: &str) -> Option<String> {
    let core = s.trim_matches(|c: char| !c.is_alphanumeric());
    let mut out = String::with_capacity(core.len().min(64));
    for c in core.chars() {
        if let Some(d) = digit(c) {
            out.push(char::from(b'0' + d));
            continue;
        }
        let folded = match c {
            'A'..='Z' => c,
            'a'..='z' => c.to_ascii_uppercase(),
            // Full-width Latin letters.
            '\u{FF21}'..='\u{FF3A}' => shift(c, 0xFF21, b'A'),
            '\u{FF41}'..='\u{FF5A}' => shift(c, 0xFF41, b'A'),
            '.'
            | '-'
            | '\u{FF0E}'
            | '\u{FF0D}'
            | '\u{2010}'..='\u{2015}'
            | '\u{2212}'
            | '\u{FE63}' => continue,
            '\u{AD}'
            | '\u{200B}'..='\u{200F}'
            | '\u{202A}'..='\u{202E}'
            | '\u{2060}'..='\u{2069}'
            | '\u{FEFF}' => continue,
            c if c.is_whitespace() => continue,
            _ => return None,
        };
        out.push(folded);
    }
    Some(out)
}

/// A digit as people may type it: ASCII, full-width (Vietnamese IMEs) or Khmer.
/// The one reading of typed digits: ID numbers, tax codes ([`compact`]) and dates
/// ([`crate::date::Date::parse_typed`]).
pub fn digit(c: char) -> Option<u8> {
    let zero = match c {
        '0'..='9' => '0',
        '\u{FF10}'..='\u{FF19}' => '\u{FF10}',
        '\u{17E0}'..='\u{17E9}' => '\u{17E0}',
        _ => return None,
    };
    Some((u32::from(c) - u32::from(zero)) as u8)
}

fn shift(c: char, from: u32, to: u8) -> char {
    char::from(to + (u32::from(c) - from) as u8)
}

/// Why a citizen ID number was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CccdError {
    /// Nothing typed.
    Empty,
    /// Letters or symbols inside the number.
    NotDigits,
    /// Nine digits: the old identity card (CMND), no longer valid after 31/12/2024
    /// (Luật Căn cước 2023 Điều 46).
    OldCmnd,
    /// Digits only, but not twelve of them (carries how many there were).
    Length(usize),
    /// The first three digits are not a province code.
    UnknownProvince,
}

/// A well-formed citizen ID number.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cccd {
    digits: [u8; 12],
}

/// Reads a citizen ID number as typed.
pub fn parse(s: &str) -> Result<Cccd, CccdError> {
    let compact = compact(s).ok_or(CccdError::NotDigits)?;
    if compact.is_empty() {
        return Err(CccdError::Empty);
    }
    if !compact.bytes().all(|b| b.is_ascii_digit()) {
        return Err(CccdError::NotDigits);
    }
    let digits: [u8; 12] = match compact.len() {
        9 => return Err(CccdError::OldCmnd),
        12 => std::array::from_fn(|i| compact.as_bytes()[i] - b'0'),
        n => return Err(CccdError::Length(n)),
    };
    let cccd = Cccd { digits };
    match cccd.province() {
        Some(_) => Ok(cccd),
        None => Err(CccdError::UnknownProvince),
    }
}

/// Which field most likely holds the typo when the ID number and the date of
/// birth disagree.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Suspect {
    IdNumber,
    BirthDate,
    Either,
}

/// The ID number and the date of birth name different birth years.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct BirthMismatch {
    /// The birth year the ID number encodes.
    pub id_year: i32,
    pub suspect: Suspect,
}

impl Cccd {
    pub fn province(&self) -> Option<&'static Province> {
        let [a, b, c, ..] = self.digits;
        province(u16::from(a) * 100 + u16::from(b) * 10 + u16::from(c))
    }

    /// The birth year encoded by the century digit `G` and the year digits `YY`:
    /// G 0/1 → 1900s, 2/3 → 2000s, … 8/9 → 2300s.
    pub fn birth_year(&self) -> i32 {
        let [.., g, y1, y2, _, _, _, _, _, _] = self.digits;
        1900 + i32::from(g / 2) * 100 + i32::from(y1) * 10 + i32::from(y2)
    }

    /// Checks the ID number against the date of birth. When they disagree, the
    /// field that is implausible on its own is the suspect: a birth year after
    /// `today` or more than a hundred years back, or a wrong century digit when
    /// the two year digits agree (a native date input rarely gets the century wrong).
    pub fn check_birth(&self, birth: Date, today: Date) -> Result<(), BirthMismatch> {
        let id_year = self.birth_year();
        if id_year == birth.year {
            return Ok(());
        }
        let plausible = |year: i32| year <= today.year && today.year - year <= 100;
        let suspect = match (plausible(id_year), plausible(birth.year)) {
            (false, true) => Suspect::IdNumber,
            (true, false) => Suspect::BirthDate,
            _ if id_year % 100 == birth.year % 100 => Suspect::IdNumber,
            _ => Suspect::Either,
        };
        Err(BirthMismatch { id_year, suspect })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Date {
        Date::parse_iso(s).unwrap()
    }

    #[test]
    fn the_province_table_is_sorted_complete_and_knows_the_2025_merger() {
        assert!(PROVINCES.windows(2).all(|w| w[0].code < w[1].code));
        let mut current: Vec<&str> = PROVINCES.iter().map(|p| p.current).collect();
        current.sort_unstable();
        current.dedup();
        assert_eq!(current.len(), 34);
        assert_eq!(
            province(84).map(|p| (p.name, p.current)),
            Some(("Trà Vinh", "Vĩnh Long"))
        );
        assert_eq!(province(24).map(|p| p.name), Some("Bắc Giang"));
        assert_eq!(province(23), None, "023 is a common misprint for Bắc Giang");
        assert_eq!(province(0), None);
    }

    #[test]
    fn reads_numbers_as_people_type_and_paste_them() {
        let table = [
            "087084000999",
            "087 084 000 999",
            "087.084.000.999",
            "087-084-000-999",
            "０８７０８４０００９９９",
            "០៨៧០៨៤០០០៩៩៩",
            "\u{200B}087084000999\u{A0}",
            "\u{FEFF} 087084000999 ",
            "\"087084000999\".",
            "(087 084 000 999)",
        ];
        for typed in table {
            let id = parse(typed).unwrap_or_else(|e| panic!("{typed:?}: {e:?}"));
            let p = id.province().unwrap();
            assert_eq!(
                (p.name, p.current, id.birth_year()),
                ("Đồng Tháp", "Đồng Tháp", 1984),
                "{typed:?}"
            );
        }
    }

    #[test]
    fn invisible_characters_pasted_inside_a_number_are_dropped() {
        // What copy-paste from a PDF or a chat brings along: a soft hyphen, a
        // zero-width space, bidi marks and embeddings, a word joiner, a BOM.
        for typed in [
            "087\u{AD}084\u{AD}000\u{AD}999",
            "087\u{200B}084\u{200C}000\u{200D}999",
            "\u{200E}087084\u{200F}000999",
            "087\u{202A}084000\u{202C}999\u{202E}",
            "087\u{2060}084000999",
            "087084\u{FEFF}000999",
        ] {
            assert_eq!(parse(typed), parse("087084000999"), "{typed:?}");
            assert_eq!(compact(typed).as_deref(), Some("087084000999"), "{typed:?}");
        }
        // A visible symbol inside is not dropped: the number is refused.
        assert_eq!(parse("087084\u{2022}000999"), Err(CccdError::NotDigits));
    }

    #[test]
    fn full_width_letters_read_as_latin_capitals() {
        // A Vietnamese IME in full-width mode types the old household certificate's
        // letter as a full-width one, in either case.
        for typed in ["０１Ｒ８０１７４３１", "01ｒ8017431", "01r8017431"] {
            assert_eq!(compact(typed).as_deref(), Some("01R8017431"), "{typed:?}");
        }
        assert_eq!(compact("ＡＺａｚ").as_deref(), Some("AZAZ"));
        // Still letters: not an ID number.
        assert_eq!(parse("０８７０８４０００９９Ａ"), Err(CccdError::NotDigits));
    }

    #[test]
    fn refuses_what_is_not_a_citizen_id() {
        let table = [
            ("", CccdError::Empty),
            (" \u{200B} ", CccdError::Empty),
            ("087084O00999", CccdError::NotDigits),
            ("087084/000999", CccdError::NotDigits),
            ("CCCD 087084000999", CccdError::NotDigits),
            ("123456789", CccdError::OldCmnd),
            ("123 456 789", CccdError::OldCmnd),
            ("08708400099", CccdError::Length(11)),
            ("0870840009990", CccdError::Length(13)),
            ("000084000999", CccdError::UnknownProvince),
            ("023084000999", CccdError::UnknownProvince),
        ];
        for (typed, err) in table {
            assert_eq!(parse(typed), Err(err), "{typed:?}");
        }
    }

    #[test]
    fn the_century_digit_and_year_digits_must_match_the_birth_date() {
        let today = d("2025-11-24");
        let table = [
            // (id, date of birth, expected)
            ("084205001234", "2005-03-10", Ok(())),
            ("084305001234", "2005-03-10", Ok(())),
            ("084005001234", "1905-03-10", Ok(())),
            // Century digit says 1900s, year digits agree: the ID has the typo.
            (
                "084005001234",
                "2005-03-10",
                Err(BirthMismatch {
                    id_year: 1905,
                    suspect: Suspect::IdNumber,
                }),
            ),
            // Century digit says 2100s: a birth in the future.
            (
                "084405001234",
                "2005-03-10",
                Err(BirthMismatch {
                    id_year: 2105,
                    suspect: Suspect::IdNumber,
                }),
            ),
            // Year digits differ, both years plausible: either could be wrong.
            (
                "084204001234",
                "2005-03-10",
                Err(BirthMismatch {
                    id_year: 2004,
                    suspect: Suspect::Either,
                }),
            ),
            // The date of birth is 120 years back, the ID is plausible.
            (
                "084205001234",
                "1905-03-10",
                Err(BirthMismatch {
                    id_year: 2005,
                    suspect: Suspect::BirthDate,
                }),
            ),
            (
                "084203001234",
                "1905-03-10",
                Err(BirthMismatch {
                    id_year: 2003,
                    suspect: Suspect::BirthDate,
                }),
            ),
            // Both years plausible, a hundred years apart, the year digits agree:
            // only the century digit differs, so the ID number is re-checked.
            (
                "084025001234",
                "2025-03-10",
                Err(BirthMismatch {
                    id_year: 1925,
                    suspect: Suspect::IdNumber,
                }),
            ),
            (
                "084225001234",
                "1925-03-10",
                Err(BirthMismatch {
                    id_year: 2025,
                    suspect: Suspect::IdNumber,
                }),
            ),
        ];
        for (id, birth, expected) in table {
            assert_eq!(
                parse(id).unwrap().check_birth(d(birth), today),
                expected,
                "{id} / {birth}"
            );
        }
    }

    proptest::proptest! {
        #[test]
        fn never_panics_on_any_input(s in "\\PC{0,64}") {
            let _ = parse(&s).map(|id| id.check_birth(d("2005-01-01"), d("2025-01-01")));
        }

        #[test]
        fn separators_never_change_the_number(digits in "[0-9]{12}", sep in "[ .\u{A0}-]{0,3}") {
            let spaced: String = digits.chars().flat_map(|c| std::iter::once(c).chain(sep.chars())).collect();
            proptest::prop_assert_eq!(parse(&spaced), parse(&digits));
        }
    }

    #[test]
    fn long_junk_is_refused_not_panicked_on() {
        assert_eq!(parse(&"9".repeat(10_000)), Err(CccdError::Length(10_000)));
        assert_eq!(parse(&"ă".repeat(10_000)), Err(CccdError::NotDigits));
    }
}

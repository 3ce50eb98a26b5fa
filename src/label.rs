//! Label rules of Thông tư 24/2015/TT-BTTTT Điều 6 (names under id.vn and biz.vn are
//! ASCII): `a-z 0-9 -`, no hyphen at either end nor two in a row, at most 63
//! characters; one- and two-character names are auctioned, not offered free; protected
//! names (Điều 8) and offensive words are flagged for the registrar to decide.

use crate::names::normalize::squash;
use crate::names::NameRules;

/// The letters of a label, lowercased; digits, hyphens and the rest ignored.
fn letters(label: &str) -> String {
    label
        .chars()
        .filter(char::is_ascii_alphabetic)
        .map(|c| c.to_ascii_lowercase())
        .collect()
}

/// Longest label (RFC 1035 and Điều 6).
pub const MAX_LEN: usize = 63;
/// Labels this short are sold at auction.
pub const AUCTION_MAX_LEN: usize = 2;

/// The rule a label breaks. [`Reason::code`] is the `data-reason` value.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Reason {
    /// Nothing left after normalising.
    Empty,
    /// A character other than `a-z 0-9 -`.
    BadChar,
    LeadingHyphen,
    TrailingHyphen,
    DoubleHyphen,
    /// Over [`MAX_LEN`] characters.
    TooLong,
    /// One or two characters: auctioned, not part of the free offer.
    Auction,
    /// Offensive, also once diacritics are gone.
    Offensive,
    /// On the protected-names list (Party, State, socio-political bodies, border
    /// areas and islands, heritage sites).
    Protected,
}

impl Reason {
    pub const ALL: [Reason; 9] = [
        Reason::Empty,
        Reason::BadChar,
        Reason::LeadingHyphen,
        Reason::TrailingHyphen,
        Reason::DoubleHyphen,
        Reason::TooLong,
        Reason::Auction,
        Reason::Offensive,
        Reason::Protected,
    ];

    /// Stable code for `data-reason`.
    pub fn code(self) -> &'static str {
        match self {
            Reason::Empty => "empty",
            Reason::BadChar => "bad-char",
            Reason::LeadingHyphen => "leading-hyphen",
            Reason::TrailingHyphen => "trailing-hyphen",
            Reason::DoubleHyphen => "double-hyphen",
            Reason::TooLong => "too-long",
            Reason::Auction => "auction",
            Reason::Offensive => "offensive",
            Reason::Protected => "protected",
        }
    }
}

/// The character rules alone, for a normalised (lowercase ASCII) label. The first
/// rule broken, in the order of [`Reason::ALL`], is reported.
pub fn syntax(label: &str) -> Result<(), Reason> {
    if label.is_empty() {
        Err(Reason::Empty)
    } else if !label
        .bytes()
        .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
    {
        Err(Reason::BadChar)
    } else if label.starts_with('-') {
        Err(Reason::LeadingHyphen)
    } else if label.ends_with('-') {
        Err(Reason::TrailingHyphen)
    } else if label.contains("--") {
        Err(Reason::DoubleHyphen)
    } else if label.len() > MAX_LEN {
        Err(Reason::TooLong)
    } else if label.len() <= AUCTION_MAX_LEN {
        Err(Reason::Auction)
    } else {
        Ok(())
    }
}

/// [`NameRules`]' lists folded once, ready to judge many labels.
#[derive(Debug, Clone)]
pub struct Checker {
    protected: Vec<String>,
    offensive_words: Vec<String>,
    offensive_fragments: Vec<String>,
}

fn folded(list: &[String]) -> Vec<String> {
    let mut out: Vec<String> = list
        .iter()
        .map(|e| squash(e))
        .filter(|e| !e.is_empty())
        .collect();
    crate::sort::sort_by(&mut out, String::cmp);
    out.dedup();
    out
}

impl Checker {
    pub fn new(rules: &NameRules) -> Checker {
        Checker {
            protected: folded(&rules.protected),
            offensive_words: folded(&rules.offensive_words),
            offensive_fragments: folded(&rules.offensive_fragments),
        }
    }

    /// Every rule: [`syntax`], then offensive, then protected.
    pub fn check(&self, label: &str) -> Result<(), Reason> {
        syntax(label)?;
        if self.is_offensive(label) {
            Err(Reason::Offensive)
        } else if self.is_protected(label) {
            Err(Reason::Protected)
        } else {
            Ok(())
        }
    }

    /// The label's letters (digits and hyphens ignored) equal an offensive word, or one
    /// of its hyphen/digit-separated parts does, or it contains an offensive fragment.
    pub fn is_offensive(&self, label: &str) -> bool {
        let core = letters(label);
        let has = |w: &str| {
            self.offensive_words
                .binary_search_by(|e| e.as_str().cmp(w))
                .is_ok()
        };
        has(&core)
            || label
                .split(|c: char| !c.is_ascii_alphabetic())
                .any(|part| has(&part.to_ascii_lowercase()))
            || self
                .offensive_fragments
                .iter()
                .any(|f| core.contains(f.as_str()))
    }

    /// The label's letters (digits and hyphens ignored), also without a trailing `vn`
    /// or `vietnam`, equal a protected name.
    pub fn is_protected(&self, label: &str) -> bool {
        let core = letters(label);
        let has = |w: &str| {
            !w.is_empty()
                && self
                    .protected
                    .binary_search_by(|e| e.as_str().cmp(w))
                    .is_ok()
        };
        has(&core)
            || core.strip_suffix("vietnam").is_some_and(has)
            || core.strip_suffix("vn").is_some_and(has)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn syntax_rule_table() {
        let long = "a".repeat(MAX_LEN);
        let too_long = "a".repeat(MAX_LEN + 1);
        let table: &[(&str, Result<(), Reason>)] = &[
            ("", Err(Reason::Empty)),
            ("annguyen", Ok(())),
            ("an-nguyen", Ok(())),
            ("an2005", Ok(())),
            ("2005", Ok(())),
            ("abc", Ok(())),
            (&long, Ok(())),
            (&too_long, Err(Reason::TooLong)),
            ("a", Err(Reason::Auction)),
            ("vn", Err(Reason::Auction)),
            ("-an", Err(Reason::LeadingHyphen)),
            ("an-", Err(Reason::TrailingHyphen)),
            ("-", Err(Reason::LeadingHyphen)),
            ("an--nguyen", Err(Reason::DoubleHyphen)),
            ("an_nguyen", Err(Reason::BadChar)),
            ("an.nguyen", Err(Reason::BadChar)),
            ("AnNguyen", Err(Reason::BadChar)),
            ("nguyễn", Err(Reason::BadChar)),
            ("an nguyen", Err(Reason::BadChar)),
            ("-a_", Err(Reason::BadChar)),
        ];
        for (label, want) in table {
            assert_eq!(syntax(label), *want, "{label:?}");
        }
    }

    #[test]
    fn reason_codes_are_stable_and_distinct() {
        let codes: Vec<_> = Reason::ALL.iter().map(|r| r.code()).collect();
        assert_eq!(
            codes,
            [
                "empty",
                "bad-char",
                "leading-hyphen",
                "trailing-hyphen",
                "double-hyphen",
                "too-long",
                "auction",
                "offensive",
                "protected"
            ]
        );
    }

    #[test]
    fn protected_and_offensive_from_the_builtin_lists() {
        let checker = Checker::new(&NameRules::builtin());
        let table: &[(&str, Result<(), Reason>)] = &[
            ("mattrantoquoc", Err(Reason::Protected)),
            ("mat-tran-to-quoc", Err(Reason::Protected)),
            ("congdoan", Err(Reason::Protected)),
            ("doantncshochiminh", Err(Reason::Protected)),
            ("hoilhpn", Err(Reason::Protected)),
            ("hoangsa", Err(Reason::Protected)),
            ("truongsa-vn", Err(Reason::Protected)),
            ("quochoivietnam", Err(Reason::Protected)),
            ("vinhhalong2024", Err(Reason::Protected)),
            // Names that merely contain a protected name stay free.
            ("nguyencongdoan", Ok(())),
            ("hoangsang", Ok(())),
            // Offensive once diacritics are gone, whole or as a part.
            ("lon", Err(Reason::Offensive)),
            ("an-lon", Err(Reason::Offensive)),
            ("lon2005", Err(Reason::Offensive)),
            ("dcm", Err(Reason::Offensive)),
            ("duma", Err(Reason::Offensive)),
            ("du-ma", Err(Reason::Offensive)),
            ("xfuckx", Err(Reason::Offensive)),
            ("anvcl", Err(Reason::Offensive)),
            // Innocent names sharing letters with those words.
            ("long", Ok(())),
            ("nguyenlong", Ok(())),
            ("thaocac", Ok(())),
            ("diem", Ok(())),
            ("dulich", Ok(())),
            // Syntax comes first.
            ("-lon", Err(Reason::LeadingHyphen)),
        ];
        for (label, want) in table {
            assert_eq!(checker.check(label), *want, "{label:?}");
        }
    }

    #[test]
    fn host_lists_are_folded_and_empty_entries_ignored() {
        let rules = NameRules {
            protected: vec!["Sở Giáo dục Trà Vinh".into(), "".into(), " - ".into()],
            offensive_words: vec!["Xấu Xa".into()],
            ..NameRules::default()
        };
        let checker = Checker::new(&rules);
        assert_eq!(checker.check("sogiaoductravinh"), Err(Reason::Protected));
        assert_eq!(checker.check("xauxa"), Err(Reason::Offensive));
        assert_eq!(checker.check("2005"), Ok(()));
        assert_eq!(checker.check("vn2"), Ok(()));
    }
}

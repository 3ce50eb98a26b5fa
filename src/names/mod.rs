//! From a name to a ranked list of labels: "Nguyễn Văn An" → `annguyen.id.vn`,
//! `nguyenan.id.vn`, `nguyenvanan.id.vn`, `nvan.id.vn`…; "Công ty TNHH Thương mại
//! Dịch vụ Hoàng Phát" → `hoangphat.biz.vn`, `tmdvhoangphat.biz.vn`…
//!
//! Pure functions: folding ([`normalize`]), patterns people use to name themselves
//! (`generate`), deterministic ranking (`rank`), rules as data ([`NameRules`]).
//! Generated candidates are always valid labels; a label the visitor types is
//! checked with [`own_label`] and comes back with the rule it breaks.

mod generate;
pub(crate) mod normalize;
mod rank;
mod rules;

pub use rules::{NameRules, BUILTIN_JSON};

use crate::dns::Availability;
use crate::label::{Checker, Reason};
use crate::programme::Program;

/// A person's details for id.vn suggestions. Only `full_name` is required; the
/// birth year is the one from the eligibility step.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct NameInput {
    /// Family – middle – given, as typed, in any Unicode form.
    pub full_name: String,
    pub birth_year: Option<i32>,
    /// What friends call the visitor (`Bin`, `Tí`).
    pub nickname: Option<String>,
    /// A school, field or trade to add (`tvu`, `dev`, `design`).
    pub word: Option<String>,
}

/// A business for biz.vn suggestions.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct BizInput {
    /// The registered name, legal form included (`Công ty TNHH …`, `Hộ kinh doanh …`).
    pub name: String,
    /// A place or trade to add (`travinh`, `cafe`).
    pub word: Option<String>,
}

/// How a candidate was built; orders candidates of equal standing and explains
/// them. [`Pattern::code`] is stable.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Pattern {
    /// A label the visitor typed.
    Typed,
    /// `annguyen`: given + family.
    GivenFamily,
    /// `nguyenan`: family + given.
    FamilyGiven,
    /// `thuha`: the given names without a generic middle name (Thu Hà, Sa Rươne).
    GivenNames,
    /// `thuhanguyen`.
    GivenNamesFamily,
    /// `nguyenthuha`.
    FamilyGivenNames,
    /// `nguyenvanan`: every word in order.
    FullName,
    /// A one-word name as it is.
    Given,
    Nickname,
    /// `binnguyen`.
    NicknameFamily,
    /// `hoangphat`: the business name without legal form and trade words.
    Business,
    /// `nvan`: initials of family and middle names + given.
    InitialsGiven,
    /// `annv`.
    GivenInitials,
    /// `tmdvhoangphat`: initials of the trade words + business name.
    LineInitialsBusiness,
    /// `dulichmekong`.
    LineBusiness,
    /// `mekongdulich`.
    BusinessLine,
    /// `thuongmaidichvuhoangphat`: the whole name without legal form.
    FullBusiness,
    /// `andev`.
    GivenWord,
    /// `annguyendev`.
    GivenFamilyWord,
    /// `bindev`.
    NicknameWord,
    /// `hoangphattravinh`.
    BusinessWord,
    /// `an05`.
    GivenYearShort,
    /// `an2005`.
    GivenYear,
    /// `annguyen05`.
    GivenFamilyYearShort,
}

impl Pattern {
    /// Stable name of the pattern, for explanations and tests.
    pub fn code(self) -> &'static str {
        match self {
            Pattern::Typed => "typed",
            Pattern::GivenFamily => "given+family",
            Pattern::FamilyGiven => "family+given",
            Pattern::GivenNames => "given-names",
            Pattern::GivenNamesFamily => "given-names+family",
            Pattern::FamilyGivenNames => "family+given-names",
            Pattern::FullName => "full-name",
            Pattern::Given => "given",
            Pattern::Nickname => "nickname",
            Pattern::NicknameFamily => "nickname+family",
            Pattern::Business => "business",
            Pattern::InitialsGiven => "initials+given",
            Pattern::GivenInitials => "given+initials",
            Pattern::LineInitialsBusiness => "trade-initials+business",
            Pattern::LineBusiness => "trade+business",
            Pattern::BusinessLine => "business+trade",
            Pattern::FullBusiness => "full-business-name",
            Pattern::GivenWord => "given+word",
            Pattern::GivenFamilyWord => "given+family+word",
            Pattern::NicknameWord => "nickname+word",
            Pattern::BusinessWord => "business+word",
            Pattern::GivenYearShort => "given+yy",
            Pattern::GivenYear => "given+yyyy",
            Pattern::GivenFamilyYearShort => "given+family+yy",
        }
    }

    /// 0: whole names; 1: abbreviated or longer forms; 2: with the extra word; 3:
    /// with the birth year.
    pub fn tier(self) -> u8 {
        match self {
            Pattern::Typed
            | Pattern::GivenFamily
            | Pattern::FamilyGiven
            | Pattern::GivenNames
            | Pattern::GivenNamesFamily
            | Pattern::FamilyGivenNames
            | Pattern::FullName
            | Pattern::Given
            | Pattern::Nickname
            | Pattern::NicknameFamily
            | Pattern::Business => 0,
            Pattern::InitialsGiven
            | Pattern::GivenInitials
            | Pattern::LineInitialsBusiness
            | Pattern::LineBusiness
            | Pattern::BusinessLine
            | Pattern::FullBusiness => 1,
            Pattern::GivenWord
            | Pattern::GivenFamilyWord
            | Pattern::NicknameWord
            | Pattern::BusinessWord => 2,
            Pattern::GivenYearShort | Pattern::GivenYear | Pattern::GivenFamilyYearShort => 3,
        }
    }
}

/// One name to offer or to show as refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Candidate {
    /// Lowercase ASCII: what is looked up and registered.
    pub label: String,
    /// `label.zone`, the `data-domain` value.
    pub domain: String,
    /// The rule the label breaks; always `None` for generated candidates.
    pub invalid: Option<Reason>,
    /// How it was built.
    pub why: Pattern,
}

impl Candidate {
    fn new(label: String, zone: &str, invalid: Option<Reason>, why: Pattern) -> Candidate {
        let domain = format!("{label}.{zone}");
        Candidate {
            label,
            domain,
            invalid,
            why,
        }
    }

    pub fn hyphens(&self) -> usize {
        self.label.bytes().filter(|&b| b == b'-').count()
    }

    pub fn has_digits(&self) -> bool {
        self.label.bytes().any(|b| b.is_ascii_digit())
    }

    /// The ranking, most important first: no digits, fewer hyphens, lower pattern
    /// tier, shorter, pattern order, then alphabetical, so equal inputs always give
    /// equal lists.
    pub fn rank_key(&self) -> (bool, usize, u8, usize, Pattern, &str) {
        (
            self.has_digits(),
            self.hyphens(),
            self.why.tier(),
            self.label.len(),
            self.why,
            &self.label,
        )
    }

    /// Why the candidate stands where it does, in words, e.g.
    /// `given+family, tier 0, 8 characters, 0 hyphens, no digits`.
    pub fn explain(&self) -> String {
        format!(
            "{}, tier {}, {} characters, {} hyphens, {}",
            self.why.code(),
            self.why.tier(),
            self.label.len(),
            self.hyphens(),
            if self.has_digits() {
                "digits"
            } else {
                "no digits"
            }
        )
    }

    /// What the list shows before any answer: `invalid` or `checking`.
    pub fn initial_status(&self) -> Status {
        match self.invalid {
            Some(reason) => Status::Invalid(reason),
            None => Status::Checking,
        }
    }
}

/// What the widget shows for a name (`data-status`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Status {
    Checking,
    /// The name exists in DNS.
    Taken,
    /// NXDOMAIN: probably free; only the registrar can confirm (expired or suspended
    /// names stay NXDOMAIN for weeks while still held).
    LikelyAvailable,
    /// No resolver gave a usable answer. Never read as available.
    Unknown,
    Invalid(Reason),
}

impl Status {
    /// The `data-status` value.
    pub fn code(self) -> &'static str {
        match self {
            Status::Checking => "checking",
            Status::Taken => "taken",
            Status::LikelyAvailable => "likely-available",
            Status::Unknown => "unknown",
            Status::Invalid(_) => "invalid",
        }
    }

    /// The `data-reason` value, for `invalid` only.
    pub fn reason_code(self) -> Option<&'static str> {
        match self {
            Status::Invalid(reason) => Some(reason.code()),
            _ => None,
        }
    }
}

impl From<Availability> for Status {
    fn from(answer: Availability) -> Status {
        match answer {
            Availability::Taken => Status::Taken,
            Availability::LikelyAvailable => Status::LikelyAvailable,
        }
    }
}

/// Every valid id.vn label for a person, best first, without duplicates. The UI
/// shows the first 8 and more on request. Empty when nothing usable was typed.
pub fn suggest_id(input: &NameInput, rules: &NameRules) -> Vec<Candidate> {
    let checker = Checker::new(rules);
    let drafts = generate::person(input, rules, &checker);
    rank::rank(drafts, Program::Id.zone(), &checker)
}

/// Every valid biz.vn label for a business, best first, without duplicates.
pub fn suggest_biz(input: &BizInput, rules: &NameRules) -> Vec<Candidate> {
    let checker = Checker::new(rules);
    let drafts = generate::business(input, rules, &checker);
    rank::rank(drafts, Program::Biz.zone(), &checker)
}

/// A label the visitor typed, normalised (case and diacritics folded, spaces and
/// invisible characters removed, a trailing `.id.vn`/`.biz.vn` cut) and judged:
/// `invalid` names the first rule still broken. Never dropped, so the visitor sees why.
pub fn own_label(typed: &str, program: Program, rules: &NameRules) -> Candidate {
    let zone = program.zone();
    let label = normalize::typed_label(typed, zone);
    let invalid = Checker::new(rules).check(&label).err();
    Candidate::new(label, zone, invalid, Pattern::Typed)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn status_codes_follow_the_embed_contract() {
        let all = [
            Status::Checking,
            Status::Taken,
            Status::LikelyAvailable,
            Status::Unknown,
            Status::Invalid(Reason::Auction),
        ];
        let codes: Vec<_> = all.iter().map(|s| s.code()).collect();
        assert_eq!(
            codes,
            [
                "checking",
                "taken",
                "likely-available",
                "unknown",
                "invalid"
            ]
        );
        assert_eq!(
            Status::Invalid(Reason::Protected).reason_code(),
            Some("protected")
        );
        assert_eq!(Status::Taken.reason_code(), None);
        assert_eq!(Status::from(Availability::Taken), Status::Taken);
        assert_eq!(
            Status::from(Availability::LikelyAvailable),
            Status::LikelyAvailable
        );
    }

    #[test]
    fn own_labels_are_normalised_then_judged() {
        let rules = NameRules::builtin();
        let c = own_label("  Nguyễn Văn An ", Program::Id, &rules);
        assert_eq!(
            (c.label.as_str(), c.domain.as_str(), c.invalid),
            ("nguyenvanan", "nguyenvanan.id.vn", None)
        );
        assert_eq!(c.initial_status(), Status::Checking);
        let c = own_label("HoangPhat.biz.vn", Program::Biz, &rules);
        assert_eq!((c.domain.as_str(), c.invalid), ("hoangphat.biz.vn", None));
        let cases = [
            ("", Reason::Empty),
            ("   ", Reason::Empty),
            ("an_nguyen", Reason::BadChar),
            ("an@nguyen", Reason::BadChar),
            ("ថាច់", Reason::BadChar),
            ("-an", Reason::LeadingHyphen),
            ("an–", Reason::TrailingHyphen),
            ("an--nguyen", Reason::DoubleHyphen),
            ("Tú", Reason::Auction),
            ("Mặt Trận Tổ Quốc", Reason::Protected),
            ("Lồn", Reason::Offensive),
        ];
        for (typed, reason) in cases {
            let c = own_label(typed, Program::Id, &rules);
            assert_eq!(c.invalid, Some(reason), "{typed:?} → {:?}", c.label);
            assert_eq!(c.initial_status().reason_code(), Some(reason.code()));
        }
        let long = own_label(&"a".repeat(64), Program::Id, &rules);
        assert_eq!(long.invalid, Some(Reason::TooLong));
    }

    #[test]
    fn explanations_name_the_pattern_and_the_counts() {
        let rules = NameRules::builtin();
        let input = NameInput {
            full_name: "Nguyễn Văn An".into(),
            ..NameInput::default()
        };
        let list = suggest_id(&input, &rules);
        assert_eq!(
            list[0].explain(),
            "given+family, tier 0, 8 characters, 0 hyphens, no digits"
        );
        assert!(list
            .iter()
            .all(|c| c.invalid.is_none() && c.domain.ends_with(".id.vn")));
        assert!(list.windows(2).all(|w| w[0].rank_key() < w[1].rank_key()));
    }
}

//! Target `names`: a typed label (`own_label`) and suggestions (`suggest_id`,
//! `suggest_biz`) from arbitrary text.
//!
//! Input: NUL-separated fields `full name \0 nickname \0 word \0 birth year`.
//!
//! Invariants:
//! - a typed label is judged by exactly the label rules, its domain is `label.zone`,
//!   it has no whitespace or ASCII capitals, and it is never longer (in characters)
//!   than what was typed, nor than 256 characters (the normaliser's input cap);
//! - a label judged valid is `[a-z0-9-]`, 3 to 63 bytes, no hyphen at either end or
//!   twice in a row (checked here, independently of `label::syntax`), passes the
//!   protected/offensive lists, and normalises to itself;
//! - composed (NFC), decomposed (NFD) and as-typed spellings give the same valid
//!   label and the same suggestions ("all spellings meet in the same ASCII");
//! - every suggestion is a valid label as above, with no `invalid` reason, domain
//!   `label.zone`; no label twice; ranked strictly by `rank_key`; the same input
//!   gives the same list.

use std::collections::HashSet;
use std::sync::OnceLock;

use unicode_normalization::UnicodeNormalization;
use vn_domain_assistant::label::Checker;
use vn_domain_assistant::names::{
    own_label, suggest_biz, suggest_id, BizInput, Candidate, NameInput, NameRules, Pattern,
};
use vn_domain_assistant::programme::Program;

/// The normaliser reads at most this many characters of a text.
const MAX_INPUT_CHARS: usize = 256;

fn rules() -> &'static (NameRules, Checker) {
    static RULES: OnceLock<(NameRules, Checker)> = OnceLock::new();
    RULES.get_or_init(|| {
        let rules = NameRules::builtin();
        let checker = Checker::new(&rules);
        (rules, checker)
    })
}

pub fn check(data: &[u8]) {
    let text = super::text(data);
    let mut fields = text.split('\0');
    let full_name = fields.next().unwrap_or("");
    let nickname = fields.next();
    let word = fields.next();
    let birth_year = fields.next().and_then(|y| y.trim().parse::<i32>().ok());

    for typed in [Some(full_name), nickname, word].into_iter().flatten() {
        for program in Program::ALL {
            typed_label(typed, program);
        }
    }

    let person = NameInput {
        full_name: full_name.to_owned(),
        birth_year,
        nickname: nickname.map(str::to_owned),
        word: word.map(str::to_owned),
    };
    let business = BizInput {
        name: full_name.to_owned(),
        word: word.map(str::to_owned),
    };
    let (rules, _) = rules();
    let ids = suggest_id(&person, rules);
    suggestions(&ids, Program::Id);
    assert_eq!(suggest_id(&person, rules), ids, "not deterministic");
    let bizs = suggest_biz(&business, rules);
    suggestions(&bizs, Program::Biz);

    // Decomposed spellings give the same suggestions, when the normaliser reads
    // every character of both.
    let fields = [Some(full_name), nickname, word];
    let fits = |s: &str| s.nfd().count() <= MAX_INPUT_CHARS;
    let composed = |s: &str| s.nfd().eq(s.chars());
    if fields.into_iter().flatten().all(fits) && !fields.into_iter().flatten().all(composed) {
        let nfd = |s: &str| s.nfd().collect::<String>();
        let decomposed = NameInput {
            full_name: nfd(full_name),
            birth_year,
            nickname: nickname.map(nfd),
            word: word.map(nfd),
        };
        assert_eq!(labels(&suggest_id(&decomposed, rules)), labels(&ids), "NFD");
        let decomposed = BizInput {
            name: nfd(full_name),
            word: word.map(nfd),
        };
        assert_eq!(
            labels(&suggest_biz(&decomposed, rules)),
            labels(&bizs),
            "NFD"
        );
    }
}

fn labels(list: &[Candidate]) -> Vec<&str> {
    list.iter().map(|c| c.label.as_str()).collect()
}

fn typed_label(typed: &str, program: Program) {
    let (rules, checker) = rules();
    let c = own_label(typed, program, rules);
    let zone = program.zone();
    assert_eq!(c.domain, format!("{}.{zone}", c.label));
    assert_eq!(c.why, Pattern::Typed);
    assert_eq!(c.invalid, checker.check(&c.label).err(), "{:?}", c.label);
    assert!(
        !c.label
            .chars()
            .any(|ch| ch.is_whitespace() || ch.is_ascii_uppercase()),
        "{:?}",
        c.label
    );
    let n = c.label.chars().count();
    assert!(n <= typed.chars().count() && n <= MAX_INPUT_CHARS, "{n}");
    if c.invalid.is_none() {
        valid_label(&c.label);
        let again = own_label(&c.label, program, rules);
        assert_eq!(
            (again.label.as_str(), again.invalid),
            (c.label.as_str(), None)
        );
    }
    // All spellings meet: compared when one of them gives a valid label (invalid
    // ones keep other scripts as typed, and those do differ by spelling).
    let mut spellings: Vec<String> = vec![typed.nfd().collect()];
    for other in [typed.to_owned(), typed.nfc().collect()] {
        if !spellings.contains(&other) {
            spellings.push(other);
        }
    }
    let read_whole = |s: &String| s.chars().count() <= MAX_INPUT_CHARS;
    if spellings.len() > 1 && spellings.iter().all(read_whole) {
        let label = |s: &String| {
            if s == typed {
                c.clone()
            } else {
                own_label(s, program, rules)
            }
        };
        let d = label(&spellings[0]);
        for other in spellings[1..].iter().map(label) {
            if other.invalid.is_none() || d.invalid.is_none() {
                assert_eq!(
                    (&other.label, other.invalid),
                    (&d.label, d.invalid),
                    "composed/decomposed {typed:?}"
                );
            }
        }
    }
}

fn suggestions(list: &[Candidate], program: Program) {
    let (_, checker) = rules();
    let mut seen = HashSet::new();
    for c in list {
        valid_label(&c.label);
        assert_eq!(c.invalid, None, "{:?}", c.label);
        assert_eq!(checker.check(&c.label), Ok(()), "{:?}", c.label);
        assert_eq!(c.domain, format!("{}.{}", c.label, program.zone()));
        assert!(seen.insert(c.label.as_str()), "{:?} twice", c.label);
    }
    assert!(
        list.windows(2).all(|w| w[0].rank_key() < w[1].rank_key()),
        "not ranked"
    );
}

/// The label rules of TT 24/2015 Điều 6, written out again.
fn valid_label(label: &str) {
    let b = label.as_bytes();
    assert!((3..=63).contains(&b.len()), "length {label:?}");
    assert!(
        b.iter()
            .all(|&c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == b'-'),
        "characters {label:?}"
    );
    assert!(
        b[0] != b'-' && b[b.len() - 1] != b'-',
        "end hyphen {label:?}"
    );
    assert!(!label.contains("--"), "double hyphen {label:?}");
}

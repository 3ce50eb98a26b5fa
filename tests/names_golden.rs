//! Golden suggestions: the first eight candidates (what the widget shows before
//! "show more") for real-looking names, Kinh and Khmer-origin (Trà Vinh), 1 to 5
//! words, composed and decomposed, with đ. A change in ranking shows up here.

use unicode_normalization::UnicodeNormalization;
use vn_domain_assistant::label::Checker;
use vn_domain_assistant::names::{
    suggest_biz, suggest_id, BizInput, Candidate, NameInput, NameRules, Pattern,
};

#[path = "golden/names.rs"]
mod golden;
use golden::{BUSINESSES, PEOPLE};

fn person(name: &str, year: Option<i32>, nick: Option<&str>, word: Option<&str>) -> NameInput {
    NameInput {
        full_name: name.to_owned(),
        birth_year: year,
        nickname: nick.map(str::to_owned),
        word: word.map(str::to_owned),
    }
}

fn top(list: &[Candidate]) -> String {
    list.iter()
        .take(8)
        .map(|c| c.label.as_str())
        .collect::<Vec<_>>()
        .join(" ")
}

/// Every list: valid labels only, each once, in rank order, in the right zone.
fn assert_well_formed(list: &[Candidate], zone: &str) {
    let checker = Checker::new(&NameRules::builtin());
    for c in list {
        assert_eq!(checker.check(&c.label), Ok(()), "{}", c.label);
        assert_eq!(c.invalid, None);
        assert_eq!(c.domain, format!("{}.{zone}", c.label));
    }
    assert!(
        list.windows(2).all(|w| w[0].rank_key() < w[1].rank_key()),
        "not strictly ranked"
    );
    let mut labels: Vec<_> = list.iter().map(|c| &c.label).collect();
    labels.sort();
    labels.dedup();
    assert_eq!(labels.len(), list.len(), "duplicates");
}

#[test]
fn golden_people() {
    assert!(PEOPLE.len() >= 30);
    let rules = NameRules::builtin();
    for &(name, year, nick, word, want) in PEOPLE {
        let list = suggest_id(&person(name, year, nick, word), &rules);
        assert_eq!(top(&list), want, "{name:?}");
        assert_well_formed(&list, "id.vn");
    }
}

#[test]
fn golden_businesses() {
    let rules = NameRules::builtin();
    for &(name, word, want) in BUSINESSES {
        let input = BizInput {
            name: name.to_owned(),
            word: word.map(str::to_owned),
        };
        let list = suggest_biz(&input, &rules);
        assert_eq!(top(&list), want, "{name:?}");
        assert_well_formed(&list, "biz.vn");
    }
}

#[test]
fn every_unicode_form_and_keyboard_quirk_gives_the_same_list() {
    let rules = NameRules::builtin();
    for &(name, year, nick, word, _) in PEOPLE {
        let expected = suggest_id(&person(name, year, nick, word), &rules);
        let nfd: String = name.nfd().collect();
        let nfc: String = name.nfc().collect();
        let noisy = format!(
            "\u{FEFF}  {}\u{200B} ",
            nfc.to_uppercase()
                .replace(' ', "\u{00A0} \u{202A}")
                .replace('A', "\u{FF21}")
        );
        for variant in [nfd, nfc, noisy] {
            assert_eq!(
                suggest_id(&person(&variant, year, nick, word), &rules),
                expected,
                "{variant:?}"
            );
        }
    }
}

#[test]
fn options_add_their_own_candidates() {
    let rules = NameRules::builtin();
    let list = suggest_id(
        &person("Nguyễn Văn An", Some(2005), Some("Bin"), Some("dev")),
        &rules,
    );
    let find = |label: &str| list.iter().find(|c| c.label == label).map(|c| c.why);
    assert_eq!(find("an2005"), Some(Pattern::GivenYear));
    assert_eq!(find("an05"), Some(Pattern::GivenYearShort));
    assert_eq!(find("annguyen05"), Some(Pattern::GivenFamilyYearShort));
    assert_eq!(find("bin"), Some(Pattern::Nickname));
    assert_eq!(find("binnguyen"), Some(Pattern::NicknameFamily));
    assert_eq!(find("bindev"), Some(Pattern::NicknameWord));
    assert_eq!(find("andev"), Some(Pattern::GivenWord));
    assert_eq!(find("annguyendev"), Some(Pattern::GivenFamilyWord));
    assert_eq!(find("an-nguyen"), Some(Pattern::GivenFamily));
    assert_eq!(find("nvan"), Some(Pattern::InitialsGiven));
    assert_eq!(find("annv"), Some(Pattern::GivenInitials));
    // More than the eight shown: the UI offers "show more".
    assert!(list.len() > 8);
    // Years after names, hyphens after plain forms.
    let pos = |label: &str| list.iter().position(|c| c.label == label);
    assert!(pos("annguyen") < pos("an-nguyen") && pos("an-nguyen") < pos("an2005"));
}

#[test]
fn nothing_usable_gives_nothing() {
    let rules = NameRules::builtin();
    for name in [
        "",
        "   ",
        "\u{200B}\u{202E}",
        "阮文安",
        "ថាច់ សា",
        "123 456",
        "A",
        "!!!",
    ] {
        assert!(
            suggest_id(&person(name, None, None, None), &rules).is_empty(),
            "{name:?}"
        );
    }
    for name in ["", "Công ty TNHH", "Hộ kinh doanh", "HTX"] {
        let input = BizInput {
            name: name.to_owned(),
            word: None,
        };
        assert!(suggest_biz(&input, &rules).is_empty(), "{name:?}");
    }
}

#[test]
fn protected_and_offensive_names_are_never_suggested() {
    let rules = NameRules::builtin();
    // "Công Đoàn" as given names would make `congdoan`, a protected name.
    let list = suggest_id(&person("Nguyễn Công Đoàn", None, None, None), &rules);
    assert!(!list.iter().any(|c| c.label == "congdoan"));
    assert!(list.iter().any(|c| c.label == "doannguyen"));
    let list = suggest_biz(
        &BizInput {
            name: "Công ty TNHH Hoàng Sa".into(),
            word: None,
        },
        &rules,
    );
    assert!(!list.iter().any(|c| c.label == "hoangsa"), "{}", top(&list));
    // An offensive nickname or word is ignored, not attached to the name.
    let list = suggest_id(
        &person("Lê Văn Long", None, Some("Lồn"), Some("vcl")),
        &rules,
    );
    assert!(!list
        .iter()
        .any(|c| c.label.contains("lon") && !c.label.contains("long")));
    assert!(!list.iter().any(|c| c.label.contains("vcl")));
}

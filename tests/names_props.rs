//! Properties over arbitrary input: every suggested candidate is a valid label (or
//! there is none), typed labels are always judged, nothing panics.

use proptest::prelude::*;
use vn_domain_assistant::label::{syntax, Checker, MAX_LEN};
use vn_domain_assistant::names::{
    own_label, suggest_biz, suggest_id, BizInput, NameInput, NameRules,
};
use vn_domain_assistant::programme::Program;

/// Characters that make Vietnamese input hard, mixed with anything at all.
fn tricky_char() -> impl Strategy<Value = char> {
    prop_oneof![
        3 => prop::sample::select(vec![
            'a', 'N', 'ă', 'Ê', 'ơ', 'Ư', 'đ', 'Đ', 'ð', 'ễ', 'ỷ', ' ', ' ', '-', '–', '\'', '.', '_', '0', '9',
            '\u{0300}', '\u{0301}', '\u{0303}', '\u{0309}', '\u{0323}', '\u{031B}', '\u{00A0}', '\u{200B}',
            '\u{200D}', '\u{202E}', '\u{2066}', '\u{FEFF}', '\u{00AD}', '\u{FF21}', '\u{FF10}', '\u{3000}',
            'ស', '្', '阮', 'ß', 'ø', '\u{10FFFF}',
        ]),
        1 => any::<char>(),
    ]
}

fn text() -> impl Strategy<Value = String> {
    prop_oneof![
        prop::collection::vec(tricky_char(), 0..60).prop_map(|v| v.into_iter().collect()),
        any::<String>(),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn every_id_candidate_is_a_valid_label(
        full_name in text(),
        nickname in prop::option::of(text()),
        word in prop::option::of(text()),
        birth_year in prop::option::of(any::<i32>()),
    ) {
        let rules = NameRules::builtin();
        let checker = Checker::new(&rules);
        let input = NameInput { full_name, birth_year, nickname, word };
        let list = suggest_id(&input, &rules);
        for c in &list {
            prop_assert_eq!(syntax(&c.label), Ok(()));
            prop_assert_eq!(checker.check(&c.label), Ok(()));
            prop_assert!(c.label.len() <= MAX_LEN);
            prop_assert_eq!(c.invalid, None);
            prop_assert_eq!(&c.domain, &format!("{}.id.vn", c.label));
        }
        prop_assert_eq!(suggest_id(&input, &rules), list, "not deterministic");
    }

    #[test]
    fn every_biz_candidate_is_a_valid_label(name in text(), word in prop::option::of(text())) {
        let rules = NameRules::builtin();
        let checker = Checker::new(&rules);
        for c in suggest_biz(&BizInput { name, word }, &rules) {
            prop_assert_eq!(checker.check(&c.label), Ok(()));
            prop_assert!(c.domain.ends_with(".biz.vn"));
        }
    }

    #[test]
    fn typed_labels_are_always_judged(typed in text()) {
        let rules = NameRules::builtin();
        let checker = Checker::new(&rules);
        let c = own_label(&typed, Program::Id, &rules);
        prop_assert_eq!(c.invalid, checker.check(&c.label).err());
        prop_assert!(!c.label.chars().any(|ch| ch.is_whitespace() || ch.is_ascii_uppercase()));
    }
}

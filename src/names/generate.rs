//! The ways people build a domain name from their name, as lists of parts; each
//! draft is offered joined (`annguyen`) and, with more than one part, hyphenated
//! (`an-nguyen`).

use super::normalize::{squash, words};
use super::{BizInput, NameInput, NameRules, Pattern};
use crate::label::Checker;

/// A pattern applied to one input, before joining.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Draft {
    pub pattern: Pattern,
    pub parts: Vec<String>,
}

fn draft(out: &mut Vec<Draft>, pattern: Pattern, parts: &[&str]) {
    if !parts.is_empty() && parts.iter().all(|p| !p.is_empty()) {
        out.push(Draft {
            pattern,
            parts: parts.iter().map(|p| (*p).to_owned()).collect(),
        });
    }
}

/// A free-text extra (nickname, word) squashed to one part; nothing when it folds
/// to nothing or is offensive.
fn extra(text: Option<&String>, checker: &Checker) -> String {
    let squashed = text.map(|t| squash(t)).unwrap_or_default();
    if checker.is_offensive(&squashed) {
        String::new()
    } else {
        squashed
    }
}

/// Each phrase folded to its words, longest first (so `Công ty TNHH` wins over `Công ty`).
fn phrases(list: &[String]) -> Vec<Vec<String>> {
    let mut out: Vec<Vec<String>> = list
        .iter()
        .map(|p| words(p))
        .filter(|w| !w.is_empty())
        .collect();
    crate::sort::sort_by(&mut out, |a, b| {
        b.len().cmp(&a.len()).then_with(|| a.cmp(b))
    });
    out
}

/// The longest phrase that starts `tokens`, if any.
fn phrase_at<'p>(tokens: &[String], phrases: &'p [Vec<String>]) -> Option<&'p [String]> {
    phrases
        .iter()
        .find(|p| tokens.starts_with(p))
        .map(|p| p.as_slice())
}

/// Vietnamese order: family – middle(s) – given. One word is a given name alone.
pub(super) fn person(input: &NameInput, rules: &NameRules, checker: &Checker) -> Vec<Draft> {
    let tokens: Vec<String> = words(&input.full_name)
        .into_iter()
        .filter(|w| w.bytes().any(|b| b.is_ascii_alphabetic()))
        .collect();
    let nick = extra(input.nickname.as_ref(), checker);
    let word = extra(input.word.as_ref(), checker);
    let year = input.birth_year.filter(|y| (1000..=9999).contains(y));
    let yyyy = year.map(|y| y.to_string()).unwrap_or_default();
    let yy = year.map(|y| format!("{:02}", y % 100)).unwrap_or_default();

    let mut out = Vec::new();
    let is_family = |t: &String| rules.family_names.iter().any(|f| squash(f) == *t);
    // Two words and no family name first (`Sa Rươne`): one given name of two
    // syllables, as after a family name (`Thạch Sa Rươne` → saruone).
    let joined;
    let (family, middles, given) = match tokens.as_slice() {
        [] => ("", &[][..], ""),
        [given] => ("", &[][..], given.as_str()),
        [first, second] if !is_family(first) => {
            joined = format!("{first}{second}");
            ("", &[][..], joined.as_str())
        }
        [family, middles @ .., given] => (family.as_str(), middles, given.as_str()),
    };
    if family.is_empty() {
        draft(&mut out, Pattern::Given, &[given]);
    } else {
        // Two-part given names (Thu Hà, Sa Rươne): the middle name just before the
        // given name, unless it is a generic one (Văn, Thị).
        let given_names = match middles.last() {
            Some(m) if !rules.middle_markers.iter().any(|k| squash(k) == *m) => {
                format!("{m}{given}")
            }
            _ => String::new(),
        };
        let initials: String = tokens[..tokens.len() - 1]
            .iter()
            .filter_map(|t| t.chars().next())
            .collect();
        let full: Vec<&str> = tokens.iter().map(String::as_str).collect();

        draft(&mut out, Pattern::GivenFamily, &[given, family]);
        draft(&mut out, Pattern::FamilyGiven, &[family, given]);
        draft(&mut out, Pattern::FullName, &full);
        draft(&mut out, Pattern::GivenNames, &[&given_names]);
        draft(&mut out, Pattern::GivenNamesFamily, &[&given_names, family]);
        draft(&mut out, Pattern::FamilyGivenNames, &[family, &given_names]);
        draft(&mut out, Pattern::NicknameFamily, &[&nick, family]);
        draft(&mut out, Pattern::InitialsGiven, &[&initials, given]);
        draft(&mut out, Pattern::GivenInitials, &[given, &initials]);
        draft(&mut out, Pattern::GivenFamilyWord, &[given, family, &word]);
        draft(
            &mut out,
            Pattern::GivenFamilyYearShort,
            &[given, family, &yy],
        );
    }
    draft(&mut out, Pattern::Nickname, &[&nick]);
    draft(&mut out, Pattern::GivenWord, &[given, &word]);
    draft(&mut out, Pattern::NicknameWord, &[&nick, &word]);
    draft(&mut out, Pattern::GivenYearShort, &[given, &yy]);
    draft(&mut out, Pattern::GivenYear, &[given, &yyyy]);
    out
}

/// A business name without its legal form; trade words (`Thương mại`, `Dịch vụ`)
/// set aside to find the distinctive part (`Hoàng Phát`).
pub(super) fn business(input: &BizInput, rules: &NameRules, checker: &Checker) -> Vec<Draft> {
    let legal = phrases(&rules.legal_forms);
    let trades = phrases(&rules.business_lines);
    let all = words(&input.name);

    let mut kept: Vec<String> = Vec::new();
    let mut i = 0;
    while i < all.len() {
        match phrase_at(&all[i..], &legal) {
            Some(p) => i += p.len(),
            None => {
                kept.push(all[i].clone());
                i += 1;
            }
        }
    }

    let mut lines: Vec<String> = Vec::new();
    let mut line_initials = String::new();
    let mut own: Vec<&str> = Vec::new();
    let mut i = 0;
    while i < kept.len() {
        match phrase_at(&kept[i..], &trades) {
            Some(p) => {
                lines.push(p.concat());
                line_initials.extend(p.iter().filter_map(|w| w.chars().next()));
                i += p.len();
            }
            None => {
                own.push(&kept[i]);
                i += 1;
            }
        }
    }
    if own.is_empty() {
        // Nothing but trade words: the whole name is the business name.
        own = kept.iter().map(String::as_str).collect();
        lines.clear();
        line_initials.clear();
    }
    let name = own.concat();
    let full: Vec<&str> = kept.iter().map(String::as_str).collect();
    let word = extra(input.word.as_ref(), checker);

    let mut out = Vec::new();
    draft(&mut out, Pattern::Business, &own);
    draft(&mut out, Pattern::FullBusiness, &full);
    draft(
        &mut out,
        Pattern::LineInitialsBusiness,
        &[&line_initials, &name],
    );
    for line in &lines {
        draft(&mut out, Pattern::LineBusiness, &[line, &name]);
        draft(&mut out, Pattern::BusinessLine, &[&name, line]);
    }
    draft(&mut out, Pattern::BusinessWord, &[&name, &word]);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn patterns(drafts: &[Draft]) -> Vec<(Pattern, String)> {
        drafts
            .iter()
            .map(|d| (d.pattern, d.parts.join("+")))
            .collect()
    }

    #[test]
    fn a_person_is_split_family_middle_given() {
        let rules = NameRules::builtin();
        let checker = Checker::new(&rules);
        let input = NameInput {
            full_name: "Thạch Thị Sa Rươne".into(),
            ..NameInput::default()
        };
        let got = patterns(&person(&input, &rules, &checker));
        assert!(got.contains(&(Pattern::GivenFamily, "ruone+thach".into())));
        assert!(got.contains(&(Pattern::GivenNames, "saruone".into())));
        assert!(got.contains(&(Pattern::GivenNamesFamily, "saruone+thach".into())));
        assert!(got.contains(&(Pattern::FullName, "thach+thi+sa+ruone".into())));
        assert!(got.contains(&(Pattern::InitialsGiven, "tts+ruone".into())));
        assert!(
            !got.iter().any(|(p, _)| p.tier() == 3),
            "no year, no year patterns"
        );
    }

    #[test]
    fn a_two_syllable_given_name_stays_whole_with_or_without_a_family_name() {
        let rules = NameRules::builtin();
        let checker = Checker::new(&rules);
        let person_of = |full_name: &str| {
            let input = NameInput {
                full_name: full_name.into(),
                birth_year: Some(2005),
                ..NameInput::default()
            };
            patterns(&person(&input, &rules, &checker))
        };
        // Alone: one given name of two syllables, never "ruone" with "sa" as a family.
        let alone = person_of("Sa Rươne");
        assert!(
            alone.contains(&(Pattern::Given, "saruone".into())),
            "{alone:?}"
        );
        assert!(alone.contains(&(Pattern::GivenYear, "saruone+2005".into())));
        assert!(
            !alone.iter().any(|(_, l)| l.starts_with("ruone")),
            "{alone:?}"
        );
        // After a family name the same syllables lead.
        let with_family = person_of("Thạch Sa Rươne");
        assert!(with_family.contains(&(Pattern::GivenNames, "saruone".into())));
        // A family name first (Khmer-Vietnamese ones too) is still a family name.
        for (name, given_family) in [
            ("Nguyễn An", "an+nguyen"),
            ("Thạch Sa", "sa+thach"),
            ("Danh Sóc", "soc+danh"),
        ] {
            assert!(
                person_of(name).contains(&(Pattern::GivenFamily, given_family.into())),
                "{name}"
            );
        }
    }

    #[test]
    fn offensive_extras_are_ignored_and_years_checked() {
        let rules = NameRules::builtin();
        let checker = Checker::new(&rules);
        let input = NameInput {
            full_name: "Lê Na".into(),
            nickname: Some("Lồn".into()),
            word: Some("dev".into()),
            birth_year: Some(12345),
        };
        let got = patterns(&person(&input, &rules, &checker));
        assert!(!got.iter().any(|(_, l)| l.contains("lon")));
        assert!(got.contains(&(Pattern::GivenWord, "na+dev".into())));
        assert!(!got.iter().any(|(p, _)| p.tier() == 3));
    }

    #[test]
    fn legal_forms_and_trade_words_are_set_aside() {
        let rules = NameRules::builtin();
        let checker = Checker::new(&rules);
        let input = BizInput {
            name: "CÔNG TY TNHH MTV Thương mại Dịch vụ Hoàng Phát".into(),
            word: None,
        };
        let got = patterns(&business(&input, &rules, &checker));
        assert_eq!(got[0], (Pattern::Business, "hoang+phat".into()));
        assert!(got.contains(&(Pattern::LineInitialsBusiness, "tmdv+hoangphat".into())));
        assert!(got.contains(&(
            Pattern::FullBusiness,
            "thuong+mai+dich+vu+hoang+phat".into()
        )));
        let only_trade = BizInput {
            name: "Công ty Cổ phần Du lịch".into(),
            word: None,
        };
        let got = patterns(&business(&only_trade, &rules, &checker));
        assert_eq!(got[0], (Pattern::Business, "du+lich".into()));
        assert!(!got.iter().any(|(p, _)| *p == Pattern::LineInitialsBusiness));
        let nothing = BizInput {
            name: "Công ty TNHH".into(),
            word: Some("travinh".into()),
        };
        assert!(business(&nothing, &rules, &checker).is_empty());
    }
}

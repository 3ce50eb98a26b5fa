//! Drafts to a ranked, duplicate-free list of valid candidates.

use std::collections::BTreeSet;

use super::generate::Draft;
use super::Candidate;
use crate::label::Checker;

/// Joins each draft (and hyphenates drafts of several parts of two letters or
/// more), keeps only labels
/// that pass every rule, sorts by [`Candidate::rank_key`] and keeps the best-ranked
/// copy of each label.
pub(super) fn rank(drafts: Vec<Draft>, zone: &str, checker: &Checker) -> Vec<Candidate> {
    let mut list = Vec::with_capacity(drafts.len() * 2);
    for d in drafts {
        // `an-nguyen`, `nv-an`, but no lone letters between hyphens (`l-na`). (One
        // part joined with `-` is the same label again, which the dedup below drops.)
        let hyphenate = d.parts.iter().all(|p| p.len() > 1);
        let seps: &[&str] = if hyphenate { &["", "-"] } else { &[""] };
        for sep in seps {
            let label = d.parts.join(sep);
            if checker.check(&label).is_ok() {
                list.push(Candidate::new(label, zone, None, d.pattern));
            }
        }
    }
    crate::sort::sort_by(&mut list, |a, b| a.rank_key().cmp(&b.rank_key()));
    let mut seen = BTreeSet::new();
    list.retain(|c| seen.insert(c.label.clone()));
    list
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::names::{NameRules, Pattern};

    fn d(pattern: Pattern, parts: &[&str]) -> Draft {
        Draft {
            pattern,
            parts: parts.iter().map(|p| (*p).to_owned()).collect(),
        }
    }

    #[test]
    fn digits_then_hyphens_then_tier_then_length_decide() {
        let checker = Checker::new(&NameRules::default());
        let drafts = vec![
            d(Pattern::GivenYear, &["an", "2005"]),
            d(Pattern::InitialsGiven, &["nv", "an"]),
            d(Pattern::FullName, &["nguyen", "van", "an"]),
            d(Pattern::GivenFamily, &["an", "nguyen"]),
            // The same label again from a worse pattern: only the best copy stays.
            d(Pattern::GivenFamilyWord, &["an", "nguyen"]),
            // Invalid labels never come out.
            d(Pattern::Given, &["an"]),
            d(Pattern::Nickname, &[&"x".repeat(64)]),
        ];
        let labels: Vec<_> = rank(drafts, "id.vn", &checker)
            .into_iter()
            .map(|c| (c.label, c.why))
            .collect();
        let want = [
            ("annguyen", Pattern::GivenFamily),
            ("nguyenvanan", Pattern::FullName),
            ("nvan", Pattern::InitialsGiven),
            ("an-nguyen", Pattern::GivenFamily),
            ("nv-an", Pattern::InitialsGiven),
            ("nguyen-van-an", Pattern::FullName),
            ("an2005", Pattern::GivenYear),
            ("an-2005", Pattern::GivenYear),
        ];
        let want: Vec<_> = want.iter().map(|(l, p)| ((*l).to_owned(), *p)).collect();
        assert_eq!(labels, want);
    }
}

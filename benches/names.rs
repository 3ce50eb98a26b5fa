//! normalise + generate + rank over the golden names (`tests/golden/names.rs`).
//! Goal: ≤ 1 ms per name natively. Criterion reports the time for the whole set;
//! divide by the number of names printed at the start.

use criterion::{criterion_group, criterion_main, Criterion};
use std::hint::black_box;
use vn_domain_assistant::names::{suggest_biz, suggest_id, BizInput, NameInput, NameRules};

#[path = "../tests/golden/names.rs"]
mod golden;

fn bench(c: &mut Criterion) {
    let rules = NameRules::builtin();
    let people: Vec<NameInput> = golden::PEOPLE
        .iter()
        .map(|&(name, birth_year, nick, word, _)| NameInput {
            full_name: name.to_owned(),
            birth_year,
            nickname: nick.map(str::to_owned),
            word: word.map(str::to_owned),
        })
        .collect();
    let businesses: Vec<BizInput> = golden::BUSINESSES
        .iter()
        .map(|&(name, word, _)| BizInput {
            name: name.to_owned(),
            word: word.map(str::to_owned),
        })
        .collect();
    println!("{} people, {} businesses", people.len(), businesses.len());

    c.bench_function("suggest_id, one golden person (mean over all)", |b| {
        let mut i = 0;
        b.iter(|| {
            i = (i + 1) % people.len();
            black_box(suggest_id(black_box(&people[i]), &rules))
        })
    });
    c.bench_function("suggest_biz, one golden business (mean over all)", |b| {
        let mut i = 0;
        b.iter(|| {
            i = (i + 1) % businesses.len();
            black_box(suggest_biz(black_box(&businesses[i]), &rules))
        })
    });
}

criterion_group!(benches, bench);
criterion_main!(benches);

//! The fuzz targets' checks on stable, in seconds: every file of the committed,
//! minimised corpora (`fuzz/corpus/<target>/`), then a short seeded pass of inputs
//! mutated from them (byte edits, the target's dictionary `fuzz/dict/<target>.dict`,
//! splices), the same every run. The long runs are cargo-fuzz's, on nightly: see
//! `fuzz/README.md`.

#[allow(dead_code)]
#[path = "../fuzz/checks/mod.rs"]
mod checks;

use std::panic::{catch_unwind, resume_unwind, AssertUnwindSafe};
use std::path::{Path, PathBuf};

/// Longest mutated input, as the long runs' `-max_len`.
const MAX_LEN: usize = 4096;

fn fuzz_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("fuzz")
}

fn check_of(target: &str) -> checks::Check {
    checks::TARGETS
        .iter()
        .find(|(name, _)| *name == target)
        .map(|(_, check)| *check)
        .unwrap()
}

/// The corpus files of a target, sorted by name.
fn corpus(target: &str) -> Vec<(String, Vec<u8>)> {
    let dir = fuzz_dir().join("corpus").join(target);
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|entry| {
            let path = entry.unwrap().path();
            let name = path.file_name().unwrap().to_string_lossy().into_owned();
            (name, std::fs::read(&path).unwrap())
        })
        .collect();
    files.sort();
    files
}

/// The tokens of a libFuzzer dictionary: `"…"` per line, with `\\`, `\"` and `\xNN`.
fn dictionary(target: &str) -> Vec<Vec<u8>> {
    let path = fuzz_dir().join("dict").join(format!("{target}.dict"));
    let Ok(text) = std::fs::read_to_string(&path) else {
        return Vec::new();
    };
    let mut tokens = Vec::new();
    for line in text.lines() {
        let line = line.trim();
        if line.starts_with('#') || line.is_empty() {
            continue;
        }
        let quoted = &line[line.find('"').unwrap() + 1..line.rfind('"').unwrap()];
        let mut token = Vec::new();
        let mut bytes = quoted.bytes();
        while let Some(b) = bytes.next() {
            if b != b'\\' {
                token.push(b);
                continue;
            }
            match bytes.next() {
                Some(b'x') => {
                    let hex = [bytes.next().unwrap(), bytes.next().unwrap()];
                    let hex = std::str::from_utf8(&hex).unwrap();
                    token.push(u8::from_str_radix(hex, 16).unwrap());
                }
                Some(c) => token.push(c),
                None => panic!("{}: {line}", path.display()),
            }
        }
        tokens.push(token);
    }
    tokens
}

/// Runs a check, naming the input when it fails.
fn run(target: &str, what: &str, input: &[u8]) {
    let check = check_of(target);
    if let Err(panic) = catch_unwind(AssertUnwindSafe(|| check(input))) {
        eprintln!("fuzz check `{target}` failed on {what}: {input:?}");
        eprintln!("  as text: {:?}", String::from_utf8_lossy(input));
        resume_unwind(panic);
    }
}

/// xorshift64*: a fixed seed gives the same inputs on every machine.
struct Rng(u64);

impl Rng {
    fn new(seed: u64) -> Rng {
        Rng(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1)
    }

    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

/// One to four edits of a corpus input.
fn mutate(rng: &mut Rng, corpus: &[(String, Vec<u8>)], dict: &[Vec<u8>]) -> Vec<u8> {
    let mut input = corpus[rng.below(corpus.len())].1.clone();
    for _ in 0..=rng.below(4) {
        let at = rng.below(input.len() + 1);
        match rng.below(8) {
            0 if !input.is_empty() => {
                let i = rng.below(input.len());
                input[i] ^= 1 << rng.below(8);
            }
            1 if !input.is_empty() => {
                let i = rng.below(input.len());
                input[i] = rng.next() as u8;
            }
            2 => input.insert(at, rng.next() as u8),
            3 | 4 if !dict.is_empty() => {
                let token = &dict[rng.below(dict.len())];
                input.splice(at..at, token.iter().copied());
            }
            5 => {
                let end = (at + 1 + rng.below(8)).min(input.len());
                input.drain(at.min(end)..end);
            }
            6 => {
                let other = &corpus[rng.below(corpus.len())].1;
                let from = rng.below(other.len() + 1);
                let to = (from + rng.below(64)).min(other.len());
                input.splice(at..at, other[from..to].iter().copied());
            }
            _ => input.truncate(at),
        }
    }
    input.truncate(MAX_LEN);
    input
}

/// Replays the corpus of `target`, then `cases` inputs mutated from it (the same
/// for the same `seed`).
fn replay(target: &str, seed: u64, cases: usize) {
    let corpus = corpus(target);
    assert!(!corpus.is_empty(), "no corpus for {target}");
    for (name, input) in &corpus {
        run(target, &format!("fuzz/corpus/{target}/{name}"), input);
    }
    let dict = dictionary(target);
    let mut rng = Rng::new(seed);
    for case in 0..cases {
        let input = mutate(&mut rng, &corpus, &dict);
        run(
            target,
            &format!("seeded case {case} (seed {seed:#x})"),
            &input,
        );
    }
}

#[test]
fn names() {
    replay("names", 1, 500);
}

#[test]
fn cccd() {
    replay("cccd", 2, 20_000);
}

#[test]
fn taxcode() {
    replay("taxcode", 3, 20_000);
}

#[test]
fn dns() {
    replay("dns", 4, 20_000);
}

#[test]
fn config() {
    replay("config", 5, 10_000);
}

#[test]
fn date() {
    replay("date", 6, 20_000);
}

#[test]
fn starter() {
    replay("starter", 7, 1_000);
}

#[test]
fn every_target_has_a_corpus_and_a_cargo_fuzz_binary() {
    let manifest = std::fs::read_to_string(fuzz_dir().join("Cargo.toml")).unwrap();
    for (target, _) in checks::TARGETS {
        assert!(!corpus(target).is_empty(), "{target}");
        assert!(
            manifest.contains(&format!("name = \"{target}\"")),
            "fuzz/Cargo.toml has no [[bin]] {target}"
        );
    }
}

#![no_main]
//! `cargo +nightly fuzz run date`: see `checks/date.rs` for what is checked.

#[allow(dead_code)]
#[path = "../checks/mod.rs"]
mod checks;

libfuzzer_sys::fuzz_target!(|data: &[u8]| checks::date::check(data));

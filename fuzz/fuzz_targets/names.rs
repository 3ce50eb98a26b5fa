#![no_main]
//! `cargo +nightly fuzz run names`: see `checks/names.rs` for what is checked.

#[allow(dead_code)]
#[path = "../checks/mod.rs"]
mod checks;

libfuzzer_sys::fuzz_target!(|data: &[u8]| checks::names::check(data));

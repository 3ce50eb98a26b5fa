#![no_main]
//! `cargo +nightly fuzz run starter`: see `checks/starter.rs` for the input format
//! and what is checked.

#[allow(dead_code)]
#[path = "../checks/mod.rs"]
mod checks;

libfuzzer_sys::fuzz_target!(|data: &[u8]| checks::starter::check(data));

#![no_main]
//! `cargo +nightly fuzz run dns`: see `checks/dns.rs` for what is checked.

#[allow(dead_code)]
#[path = "../checks/mod.rs"]
mod checks;

libfuzzer_sys::fuzz_target!(|data: &[u8]| checks::dns::check(data));

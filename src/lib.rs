//! vn-domain-assistant: a registration assistant for Vietnam's free national-domain
//! programme (id.vn for young citizens, biz.vn for new businesses).
//!
//! Every module except [`web`] is the functional core: plain Rust with no browser
//! types, built and tested natively. `web` (wasm32 only) wires the core to the page
//! with Leptos and is the only place that touches the DOM or the network.

pub mod assisted;
pub mod attrs;
pub mod availability;
pub mod cccd;
pub mod check;
pub mod config;
pub mod date;
pub mod dns;
pub mod draft;
pub mod eligibility;
pub mod email;
pub mod handoff;
pub mod i18n;
pub mod json;
pub mod label;
pub mod names;
pub mod programme;
pub mod sort;
pub mod starter;
pub mod taxcode;

#[cfg(target_arch = "wasm32")]
mod web;

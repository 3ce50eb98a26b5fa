//! The thin browser shell (wasm32 only): what `vn-domain-assistant.js` calls.
//!
//! The hand-written ES module defines the `<vn-domain-assistant>` element (wasm-bindgen
//! cannot extend `HTMLElement`); for each element it calls [`mount`] with a container
//! inside the element's shadow root, and calls `free()` on the returned [`Widget`]
//! when the element leaves the page, which unmounts the Leptos tree and disposes its
//! reactive owner. Every call to `mount` has its own owner, so instances share nothing.

mod app;
mod assisted;
mod check;
mod clipboard;
mod draft;
mod eligibility;
mod events;
mod handoff;
mod names;
mod net;
mod roster;
mod starter;
mod state;

use std::sync::atomic::{AtomicU32, Ordering};

use leptos::mount::mount_to;
use leptos::prelude::*;
use leptos::tachys::view::any_view::AnyViewState;
use wasm_bindgen::prelude::*;
use web_sys::HtmlElement;

use crate::attrs::{Mode, RawAttrs};

/// Widgets mounted and not yet disposed, counted by their owners' cleanup.
static MOUNTED: AtomicU32 = AtomicU32::new(0);

/// One mounted widget. Dropping it (JS: `free()`) unmounts it and disposes its state.
#[wasm_bindgen]
pub struct Widget {
    _handle: leptos::mount::UnmountHandle<AnyViewState>,
}

/// Mounts one widget into `container` (a `<div>` in `host`'s shadow root).
///
/// `inline_config` is the text of the element's `<script type="application/json">`
/// child, if any. Events are dispatched on `host`.
#[wasm_bindgen]
#[allow(clippy::too_many_arguments)]
pub fn mount(
    container: HtmlElement,
    host: HtmlElement,
    lang: Option<String>,
    program: Option<String>,
    doh: Option<String>,
    today: Option<String>,
    config: Option<String>,
    mode: Option<String>,
    inline_config: Option<String>,
) -> Widget {
    let raw = RawAttrs {
        lang,
        program,
        doh,
        today,
        config,
        mode,
    };
    let (settings, warnings) = raw.settings();
    for w in &warnings {
        web_sys::console::warn_1(&format!("<vn-domain-assistant>: {w}").into());
    }
    let root = container.clone();
    let host_for_app = host.clone();
    let handle = mount_to(container, move || {
        MOUNTED.fetch_add(1, Ordering::Relaxed);
        on_cleanup(|| {
            MOUNTED.fetch_sub(1, Ordering::Relaxed);
        });
        if checks(settings.mode) {
            check::CheckApp(check::CheckAppProps {
                settings,
                host: host_for_app,
            })
            .into_any()
        } else {
            app::App(app::AppProps {
                settings,
                inline_config,
                root,
                host: host_for_app,
            })
            .into_any()
        }
    });
    events::dispatch(
        &host,
        "vnda:ready",
        &[("version", env!("CARGO_PKG_VERSION"))],
    );
    Widget { _handle: handle }
}

#[cfg(any(
    all(feature = "only-check", feature = "without-assisted"),
    all(feature = "only-check", feature = "only-assisted")
))]
compile_error!("the feature only-check excludes without-assisted and only-assisted");

/// Whether this widget runs the go-live checks (`mode="check"` or `"roster"`) rather
/// than the journey. tools/build.sh builds them apart and the element module loads
/// the build that matches the element's `mode`: there this is a constant, so the
/// linker drops the other's code (the journey from the checks' wasm, the checks
/// from the journey's and assisted mode's). Native builds have both.
fn checks(mode: Mode) -> bool {
    if cfg!(feature = "only-check") {
        true
    } else if cfg!(any(feature = "without-assisted", feature = "only-assisted")) {
        false
    } else {
        matches!(mode, Mode::Check | Mode::Roster)
    }
}

/// How many widgets are mounted now: lets tests (and curious integrators) see that
/// removing an element really disposed its widget.
#[wasm_bindgen(js_name = mountedCount)]
pub fn mounted_count() -> u32 {
    MOUNTED.load(Ordering::Relaxed)
}

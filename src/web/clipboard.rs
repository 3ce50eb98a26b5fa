//! Copying text for the visitor ("copy HTML", "copy name").

use std::cell::Cell;

use wasm_bindgen_futures::JsFuture;

thread_local! {
    /// Whether this page's widgets put something on the clipboard.
    static WROTE: Cell<bool> = const { Cell::new(false) };
}

/// Writes `text` to the clipboard; `false` when the browser refuses (no permission,
/// a cross-origin frame without `allow="clipboard-write"`, no clipboard API).
pub async fn copy(text: &str) -> bool {
    let Some(window) = web_sys::window() else {
        return false;
    };
    let ok = JsFuture::from(window.navigator().clipboard().write_text(text))
        .await
        .is_ok();
    if ok {
        WROTE.with(|w| w.set(!text.is_empty()));
    }
    ok
}

/// Empties the clipboard if a widget of this page put text there (assisted mode:
/// the next person must not paste the previous one's page or name).
pub async fn clear_ours() {
    if WROTE.with(Cell::get) {
        copy("").await;
    }
}

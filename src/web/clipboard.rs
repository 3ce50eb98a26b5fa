//! Copying text for the visitor ("copy HTML", "copy name").

use wasm_bindgen_futures::JsFuture;

/// Writes `text` to the clipboard; `false` when the browser refuses (no permission,
/// a cross-origin frame without `allow="clipboard-write"`, no clipboard API).
pub async fn copy(text: &str) -> bool {
    let Some(window) = web_sys::window() else {
        return false;
    };
    JsFuture::from(window.navigator().clipboard().write_text(text))
        .await
        .is_ok()
}

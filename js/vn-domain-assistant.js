// <vn-domain-assistant>: the one ES module a host page includes.
//
// wasm-bindgen cannot extend HTMLElement, so this small module defines the custom
// element and hands each instance to the Rust side (`mount`), which renders into a
// container in the element's open shadow root. Everything it loads is addressed
// relative to this module's own URL, so dist/ works from any path or origin.
//
// Until the widget starts, the element's light-DOM children (the host's fallback,
// e.g. a plain link to the programme) show through a <slot>; if WebAssembly cannot
// run they stay.

import init, { mount, mountedCount } from "./vn_domain_assistant.js";

// Replaced at build time with the contents of style/widget.css.
const CSS = __VNDA_CSS__;

const ATTRIBUTES = ["lang", "program", "doh", "today", "config", "mode"];

let sheet = null;
function styles() {
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(CSS);
  }
  return sheet;
}

let started = null;
function start() {
  if (!started) {
    started = init({ module_or_path: new URL("vn_domain_assistant_bg.wasm", import.meta.url) });
  }
  return started;
}

class VnDomainAssistant extends HTMLElement {
  static observedAttributes = ATTRIBUTES;

  /** Widgets mounted on this page (removing an element brings it down). */
  static get mounted() {
    return started ? mountedCount() : 0;
  }

  #widget = null;
  #container = null;
  #generation = 0;

  constructor() {
    super();
    // The slot shows the light-DOM fallback until the widget replaces it.
    this.attachShadow({ mode: "open" }).append(document.createElement("slot"));
  }

  connectedCallback() {
    this.#render();
  }

  disconnectedCallback() {
    // A move within the page disconnects and reconnects in one task: keep the
    // widget (and what the visitor typed) unless the element is really gone.
    queueMicrotask(() => {
      if (!this.isConnected) this.#unmount(true);
    });
  }

  attributeChangedCallback(_name, oldValue, newValue) {
    if (oldValue !== newValue && this.#widget) {
      this.#unmount(false);
      this.#render();
    }
  }

  async #render() {
    const generation = ++this.#generation;
    try {
      await start();
    } catch (error) {
      console.warn("<vn-domain-assistant>: could not start WebAssembly; showing the page's fallback.", error);
      return;
    }
    // Removed, re-rendered or already mounted while the module loaded.
    if (generation !== this.#generation || !this.isConnected || this.#widget) return;

    const root = this.shadowRoot;
    root.adoptedStyleSheets = [styles()];
    this.#container = document.createElement("div");
    this.#container.className = "vnda-root";
    root.replaceChildren(this.#container);
    const inline = this.querySelector(':scope > script[type="application/json"]');
    const attr = (name) => this.getAttribute(name) ?? undefined;
    this.#widget = mount(
      this.#container,
      this,
      attr("lang"),
      attr("program"),
      attr("doh"),
      attr("today"),
      attr("config"),
      attr("mode"),
      inline ? inline.textContent : undefined,
    );
  }

  #unmount(restoreFallback) {
    this.#generation++;
    if (this.#widget) {
      this.#widget.free();
      this.#widget = null;
    }
    if (restoreFallback) {
      this.shadowRoot.replaceChildren(document.createElement("slot"));
      this.#container = null;
    }
  }
}

if (!customElements.get("vn-domain-assistant")) {
  customElements.define("vn-domain-assistant", VnDomainAssistant);
}

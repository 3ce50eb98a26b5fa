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
//
// loading="lazy" (the default): the glue and the wasm are fetched only when the
// element comes within about one viewport of being visible, or is focused, touched
// or hovered; until then it reserves the height its first step will take (so the
// host page does not jump when it starts). loading="eager" starts at once.

// Replaced at build time with the contents of style/widget.css.
const CSS = __VNDA_CSS__;

const ATTRIBUTES = ["lang", "program", "doh", "today", "config", "mode", "loading"];

let sheet = null;
function styles() {
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(CSS);
  }
  return sheet;
}

// Printing one widget's slip (assisted mode). The page must print only the element
// whose "Print a slip" was pressed: not the host page, not the other widgets. So,
// for print media only, every sibling of the element and of each of its ancestors
// up to <html> is hidden, the ancestors lose their own layout (a grid column, a
// fixed height, padding, loose text), and the element's own stylesheet then shows
// only its slip. These are attributes and one constructed stylesheet on the
// document (no inline styles: strict CSPs allow it). The marks go on `afterprint`,
// before the next print, when the widget says its slip is gone ("Next person",
// the idle wipe, leaving the step), and when the element is removed.
const PRINT_CSS = `@media print {
  [data-vnda-print-hide] { display: none !important; }
  [data-vnda-print-path] {
    display: block !important; position: static !important; float: none !important;
    width: auto !important; min-width: 0 !important; max-width: none !important;
    height: auto !important; min-height: 0 !important; max-height: none !important;
    margin: 0 !important; padding: 0 !important; border: 0 !important;
    overflow: visible !important; transform: none !important; columns: auto !important;
    background: none !important; box-shadow: none !important;
    font-size: 0 !important; line-height: 0 !important;
  }
  [data-vnda-print-path]::before, [data-vnda-print-path]::after { content: none !important; }
  [data-vnda-print] {
    display: block !important; position: static !important; float: none !important;
    width: auto !important; max-width: none !important; margin: 0 !important;
  }
}`;
const MARKS = ["data-vnda-print", "data-vnda-print-path", "data-vnda-print-hide"];

let printSheet = null;
function unmarkPrint() {
  for (const el of document.querySelectorAll(MARKS.map((m) => `[${m}]`).join(","))) {
    for (const m of MARKS) el.removeAttribute(m);
  }
}
function markPrint(element) {
  unmarkPrint();
  if (!printSheet) {
    printSheet = new CSSStyleSheet();
    printSheet.replaceSync(PRINT_CSS);
  }
  // Again each time: a host script may have replaced the document's sheets.
  if (!document.adoptedStyleSheets.includes(printSheet)) {
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, printSheet];
  }
  element.setAttribute("data-vnda-print", "");
  for (let el = element; el.parentElement; el = el.parentElement) {
    for (const sibling of el.parentElement.children) {
      if (sibling !== el) sibling.setAttribute("data-vnda-print-hide", "");
    }
    el.parentElement.setAttribute("data-vnda-print-path", "");
  }
  addEventListener("afterprint", unmarkPrint, { once: true });
}

// One wasm per language and build family (tools/build.sh): each holds its own
// language's texts only, so a visitor downloads one language, not three; and the
// visitor's journey is built without assisted mode's code (its QR encoder, slip and
// tally), which only mode="assisted" loads, and without the go-live checks, which
// only mode="check" and mode="roster" load. The lang attribute is read the way the
// widget reads it (Lang::parse in src/i18n/mod.rs): "vi-VN", "EN", "km_KH"; anything
// else is Vietnamese; mode the way Settings reads it (trimmed, any case). The
// wasm-bindgen glue is one file per family for all languages; importing it under a
// per-build query gives each build its own module instance, hence its own wasm
// instance, when a page mixes languages or modes.
const LANGS = ["vi", "en", "km"];
function language(tag) {
  const primary = (tag ?? "").trim().split(/[-_]/)[0].toLowerCase();
  return LANGS.includes(primary) ? primary : "vi";
}
/** An attribute's value as the widget reads a keyword: trimmed, any case. */
const keyword = (element, name) => (element.getAttribute(name) ?? "").trim().toLowerCase();
// mode -> build family (FAMILIES in tools/dist.py); any other mode is the journey.
const FAMILY = { assisted: ".assisted", check: ".check", roster: ".check" };
function build(element) {
  const lang = language(element.getAttribute("lang"));
  // File names as tools/dist.py writes them (wasm_name, glue_name).
  const mode = keyword(element, "mode");
  const family = Object.hasOwn(FAMILY, mode) ? FAMILY[mode] : "";
  return { key: lang + family, wasm: `vn_domain_assistant_bg.${lang}${family}.wasm`, glue: `vn_domain_assistant${family}.js?lang=${lang}` };
}

// The height of the first step (px) at element widths WIDTHS, per language and per
// first step: the programme choice, the id.vn or biz.vn form (a fixed `program`),
// assisted mode, the go-live check of one name or of a list. Measured in Chromium with the built-in configuration and the
// default font by tools/placeholder-heights.mjs (tests/e2e/lazy.test.mjs checks the
// layout shift they leave); between two widths the height is interpolated.
const WIDTHS = [280, 320, 360, 480, 640, 800, 1000, 1264, 1600];
const HEIGHTS = {
  vi: { choice: [1248, 1134, 1045, 850, 760, 688, 643, 643, 600], id: [1592, 1459, 1345, 1178, 1110, 1065, 1042, 1042, 1021], biz: [1612, 1450, 1260, 1038, 871, 780, 754, 706, 663], assisted: [1214, 1135, 1035, 834, 732, 732, 659, 659, 636], check: [439, 415, 370, 318, 318, 294, 294, 294, 270], roster: [659, 635, 614, 562, 538, 538, 538, 514, 514] },
  en: { choice: [1274, 1155, 1015, 850, 733, 666, 643, 643, 600], id: [1568, 1446, 1341, 1178, 1110, 1065, 1042, 1042, 1021], biz: [1497, 1370, 1208, 1014, 847, 754, 730, 706, 663], assisted: [1256, 1160, 1035, 834, 761, 710, 659, 659, 636], check: [411, 387, 363, 318, 318, 294, 294, 270, 270], roster: [659, 635, 614, 562, 538, 538, 538, 514, 514] },
  km: { choice: [1229, 1088, 990, 826, 733, 690, 643, 643, 600], id: [1523, 1434, 1337, 1222, 1110, 1089, 1042, 1042, 1021], biz: [1402, 1236, 1111, 943, 822, 778, 706, 706, 639], assisted: [1256, 1108, 1006, 884, 732, 710, 659, 659, 636], check: [439, 415, 415, 342, 318, 294, 294, 294, 270], roster: [631, 607, 607, 562, 538, 538, 538, 514, 514] },
};
function reserve(element) {
  const width = element.getBoundingClientRect().width;
  if (!width) return 0;
  const program = keyword(element, "program");
  const mode = keyword(element, "mode");
  const first = ["assisted", "check", "roster"].includes(mode) ? mode : program === "id" || program === "biz" ? program : "choice";
  const h = HEIGHTS[language(element.getAttribute("lang"))][first];
  const i = WIDTHS.findIndex((w) => w >= width);
  if (i === 0) return h[0];
  if (i === -1) return h[h.length - 1];
  const t = (width - WIDTHS[i - 1]) / (WIDTHS[i] - WIDTHS[i - 1]);
  return Math.round(h[i - 1] + t * (h[i] - h[i - 1]));
}

// One observer for every lazy element: within about a viewport of being seen it
// starts; otherwise (its first report, once laid out) its reserved height is set.
const near = new WeakMap(); // element -> { go, laidOut }
let observer = null;
function watch(element, go, laidOut) {
  observer ??= new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        const w = near.get(entry.target);
        if (entry.isIntersecting) w?.go();
        else w?.laidOut();
      }
    },
    { rootMargin: "100% 0px" },
  );
  near.set(element, { go, laidOut });
  observer.observe(element);
}
function unwatch(element) {
  near.delete(element);
  observer?.unobserve(element);
}
const WANTED = ["focusin", "pointerdown", "pointerenter", "touchstart"];

const starting = new Map(); // build key -> Promise of its started glue module
const started = new Map(); // build key -> its glue module, once started
function start({ key, wasm, glue }) {
  if (!starting.has(key)) {
    // The wasm download starts now, alongside the glue's.
    const bytes = fetch(new URL(wasm, import.meta.url));
    bytes.catch(() => {}); // reported by init below
    starting.set(
      key,
      import(`./${glue}`).then(async (module) => {
        await module.default({ module_or_path: bytes });
        started.set(key, module);
        return module;
      }),
    );
  }
  return starting.get(key);
}

class VnDomainAssistant extends HTMLElement {
  static observedAttributes = ATTRIBUTES;

  /** Widgets mounted on this page (removing an element brings it down). */
  static get mounted() {
    let count = 0;
    for (const glue of started.values()) count += glue.mountedCount();
    return count;
  }

  #widget = null;
  #container = null;
  #generation = 0;
  /** Asked to start (near the viewport, used, or eager): stays so for this element. */
  #wanted = false;
  #go = () => this.#want();

  constructor() {
    super();
    // The slot shows the light-DOM fallback until the widget replaces it.
    this.attachShadow({ mode: "open" }).append(document.createElement("slot"));
  }

  connectedCallback() {
    if (this.#wanted || keyword(this, "loading") === "eager") {
      this.#want();
      return;
    }
    this.#hold();
  }

  disconnectedCallback() {
    this.#disarm();
    // A move within the page disconnects and reconnects in one task: keep the
    // widget (and what the visitor typed) unless the element is really gone.
    queueMicrotask(() => {
      if (!this.isConnected) this.#unmount(true);
    });
  }

  /** Lazy: a placeholder as tall as the first step, and the triggers that start it. */
  #hold() {
    this.#reserve();
    watch(this, this.#go, () => this.#reserve());
    for (const type of WANTED) this.addEventListener(type, this.#go, { passive: true });
  }

  #reserve() {
    if (this.#wanted) return;
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(`:host { display: block; min-height: ${reserve(this)}px; }`);
    this.shadowRoot.adoptedStyleSheets = [sheet];
  }

  #disarm() {
    unwatch(this);
    for (const type of WANTED) this.removeEventListener(type, this.#go);
  }

  #want() {
    this.#disarm();
    this.#wanted = true;
    if (!this.#widget) this.#render();
  }

  /** Called by the widget: prints the page with only this element's slip on it. */
  vndaPrint() {
    if (!this.isConnected) return;
    markPrint(this);
    window.print();
  }

  /** Called by the widget when its slip is gone: takes its print marks off the page. */
  vndaEndPrint() {
    if (this.hasAttribute("data-vnda-print")) unmarkPrint();
  }

  attributeChangedCallback(name, oldValue, newValue) {
    if (oldValue === newValue) return;
    if (this.#widget) {
      if (name === "loading") return;
      this.#unmount(false);
      this.#render();
    } else if (!this.#wanted && this.isConnected) {
      // Not started: eager now starts it; otherwise the reserved height follows.
      if (name === "loading" && keyword(this, "loading") === "eager") this.#want();
      else this.#hold();
    }
  }

  async #render() {
    const generation = ++this.#generation;
    // Attributes may change while a wasm loads (the widget reads them all at mount):
    // load again until the loaded build (language and mode) is the one the element
    // asks for.
    let wanted;
    let glue;
    do {
      wanted = build(this);
      try {
        glue = await start(wanted);
      } catch (error) {
        console.warn("<vn-domain-assistant>: could not start WebAssembly; showing the page's fallback.", error);
        this.shadowRoot.adoptedStyleSheets = []; // the fallback alone, no reserved height
        return;
      }
      // Removed, re-rendered or already mounted while the module loaded.
      if (generation !== this.#generation || !this.isConnected || this.#widget) return;
    } while (wanted.key !== build(this).key);

    const root = this.shadowRoot;
    root.adoptedStyleSheets = [styles()];
    this.#container = document.createElement("div");
    this.#container.className = "vnda-root";
    root.replaceChildren(this.#container);
    const inline = this.querySelector(':scope > script[type="application/json"]');
    const attr = (name) => this.getAttribute(name) ?? undefined;
    this.#widget = glue.mount(
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
    this.vndaEndPrint();
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

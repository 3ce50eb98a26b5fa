// Iframe mode (dist/embed.html): the widget alone on a page, configured by the query
// string, for hosts that cannot add a script to their own page.
//
//   embed.html?lang=vi&program=id&doh=…&today=YYYY-MM-DD&config=URL&mode=assisted&parent=ORIGIN
//
// `lang`, `program`, `doh`, `today`, `config` and `mode` become the element's attributes.
// `parent` is the origin of the page that frames this one (e.g.
// https://portal.tvu.edu.vn). Height messages go to that origin only; without a
// valid `parent` they go to "*" — they carry only a number and codes, never what the
// visitor typed. The page listens to no incoming messages at all.
//
// Messages to the parent:
//   { type: "vnda:height", height }          whenever the content's height changes
//   { type: "vnda:event", name, detail }     each vnda:* event of the widget

const params = new URLSearchParams(location.search);

function parentOrigin(value) {
  if (!value) return "*";
  try {
    const origin = new URL(value).origin;
    if (origin !== "null" && origin === value.replace(/\/$/, "")) return origin;
  } catch (_) {
    // fall through
  }
  console.warn(`vn-domain-assistant embed: ignoring parent=${value}: expected an origin such as https://example.vn`);
  return "*";
}

const target = parentOrigin(params.get("parent"));
const post = (message) => {
  if (window.parent !== window) window.parent.postMessage(message, target);
};

const element = document.createElement("vn-domain-assistant");
// The iframe is the widget alone: nothing to wait for.
element.setAttribute("loading", "eager");
for (const name of ["lang", "program", "doh", "today", "config", "mode"]) {
  const value = params.get(name);
  if (value !== null) element.setAttribute(name, value);
}
const lang = params.get("lang");
if (lang) document.documentElement.lang = lang;

const fallback = document.createElement("p");
const link = document.createElement("a");
link.href = "https://hiendienonline.tenmien.vn/tai-lieu-truyen-thong";
link.target = "_blank";
link.rel = "noopener noreferrer";
link.textContent = "Tên miền quốc gia .vn miễn phí";
fallback.append(link);
element.append(fallback);

for (const name of ["vnda:ready", "vnda:eligibility", "vnda:select", "vnda:handoff"]) {
  element.addEventListener(name, (event) => post({ type: "vnda:event", name, detail: event.detail }));
}

let last = -1;
new ResizeObserver(() => {
  const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
  if (height !== last) {
    last = height;
    post({ type: "vnda:height", height });
  }
}).observe(document.body);

document.body.append(element);
await import("./vn-domain-assistant.js");

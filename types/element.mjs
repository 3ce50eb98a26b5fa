// The public interface of <vn-domain-assistant>, once, as data: what an integrator
// (and their IDE, linter, Storybook, TypeScript) may rely on. tools/package.mjs
// writes from it dist/custom-elements.json (Custom Elements Manifest 2.1),
// dist/vn-domain-assistant.d.ts and dist/package.json; tests/e2e/manifest.test.mjs
// compares the manifest with the element as built (observed attributes, the events
// a real journey fires and their detail, the parts and slots in its shadow DOM, the
// custom properties style/widget.css reads) and fails on any difference.
//
// Texts follow the embed contract (../shared/reference/embed-contract.md) and the
// README; where the element and the contract differ, this describes the element.

export const TAG = "vn-domain-assistant";
export const CLASS = "VnDomainAssistant";
export const MODULE = "vn-domain-assistant.js";

export const SUMMARY =
  "Registration assistant for Vietnam's free id.vn / biz.vn domain programme: eligibility, name suggestions with live availability, handoff to a registrar, and a check that a registered name serves a website and e-mail.";

export const DESCRIPTION = `${SUMMARY}

Renders into an open shadow root; everything it loads (wasm-bindgen glue, one wasm per language and mode) is addressed relative to the module's own URL, so serve the package's files as they are, from any path or origin. Light-DOM children are the fallback, shown until the widget starts and kept if WebAssembly cannot run. Inline configuration may be given as a child \`<script type="application/json">\`, merged over the built-in one. Nothing the visitor types leaves the tab: events carry codes and the chosen domain only.`;

/**
 * Code unions used by the attributes and the events' details. `values` are the
 * codes the element uses (src/: Program::code, OutcomeKind::code, Reason::code,
 * Status::code).
 */
export const UNIONS = {
  VndaLang: { doc: "A widget language.", values: ["vi", "en", "km"] },
  VndaProgram: { doc: "A programme: id.vn (young citizens) or biz.vn (businesses).", values: ["id", "biz"] },
  VndaOutcome: {
    doc: "An eligibility outcome (the `data-outcome` of the outcome element).",
    values: ["eligible", "not-eligible", "needs-info"],
  },
  VndaReason: {
    doc: "Why: the stable reason code of an eligibility outcome (its `data-reason`).",
    values: [
      "eligible", "likely-eligible", "too-young", "too-old", "not-citizen", "programme-closed",
      "programme-not-started", "enterprise-too-old", "not-first-biz-name", "missing-field", "invalid-name",
      "invalid-date", "future-date", "invalid-id", "old-cmnd", "id-birth-mismatch", "invalid-email",
      "invalid-tax-code",
    ],
  },
  VndaNameStatus: {
    doc: "A name's availability (the `data-status` of a suggestion): `likely-available` only from NXDOMAIN, every error is `unknown`.",
    values: ["checking", "taken", "likely-available", "unknown", "invalid"],
  },
  VndaMode: {
    doc: "`assisted`: one device serving a queue of people (helpers at one-stop counters); `check`: is one registered name live; `roster`: the same for a list of names.",
    values: ["assisted", "check", "roster"],
  },
  VndaRegistered: { doc: "Whether a checked name exists in the DNS (`unknown`: the resolvers did not answer).", values: ["yes", "no", "unknown"] },
  VndaHttps: { doc: "The HTTPS probe, asked only when the visitor presses its button.", values: ["not-asked", "answered", "no-answer"] },
  VndaLoading: { doc: "When the widget starts.", values: ["lazy", "eager"] },
};

/**
 * Attributes, in the element's observedAttributes order. `type` is a TypeScript
 * type (a union above, or `string`); `default` the value that applies when the
 * attribute is absent (none: unset means something of its own).
 */
export const ATTRIBUTES = [
  {
    name: "lang",
    type: "VndaLang",
    default: "vi",
    description:
      "The widget's language: `vi`, `en` or `km` (also `vi-VN` and the like). A visitor downloads that language's texts only. Another value is ignored (Vietnamese) with a console warning.",
  },
  {
    name: "program",
    type: "VndaProgram",
    description:
      "`id` (young citizens, id.vn) or `biz` (businesses, biz.vn). Unset: the visitor chooses.",
  },
  {
    name: "doh",
    type: "string",
    default: "https://cloudflare-dns.com/dns-query,https://dns.google/dns-query",
    description: "Comma-separated RFC 8484 GET endpoints for the availability look-ups, tried in order.",
  },
  {
    name: "today",
    type: "string",
    description: "`YYYY-MM-DD`: the date eligibility is judged on (demos, tests). Unset: the device's date.",
  },
  {
    name: "config",
    type: "string",
    description:
      "URL of a JSON configuration (programme windows, registrars, protected names, …) merged over the built-in one. A configuration that fails to parse is reported in the widget and the built-in one is used.",
  },
  {
    name: "mode",
    type: "VndaMode",
    description:
      "`assisted`: one device serving a queue of people (larger targets, Next person wipes everything, a QR code and a printable slip per registrar, a session tally). `check`: is one registered name live (registered, website and its host, e-mail and SPF, HTTPS on request, the records to add). `roster`: the same for a pasted or opened list of up to 5,000 names, with totals, a sortable table and a CSV download. Unset: the visitor's own journey.",
  },
  {
    name: "loading",
    type: "VndaLoading",
    default: "lazy",
    description:
      "`lazy`: show a placeholder as tall as the first step and fetch the glue and the wasm only when the element comes within about one viewport of being visible, or is focused, touched or hovered. `eager`: start at once.",
  },
];

/**
 * Events: `CustomEvent`s with `bubbles: true, composed: true`, dispatched on the
 * element. `detail` lists each field with its TypeScript type.
 */
export const EVENTS = [
  {
    name: "vnda:ready",
    detailType: "VndaReadyDetail",
    description: "The widget has started (its wasm is loaded and it is drawn).",
    detail: [{ name: "version", type: "string", description: "The widget's version (the package's version)." }],
  },
  {
    name: "vnda:eligibility",
    detailType: "VndaEligibilityDetail",
    description: "An eligibility check gave an outcome. Codes only, nothing the visitor typed.",
    detail: [
      { name: "program", type: "VndaProgram", description: "The programme judged." },
      { name: "outcome", type: "VndaOutcome", description: "Whether the visitor can get the free name." },
      { name: "reason", type: "VndaReason", description: "Why, as a stable code." },
    ],
  },
  {
    name: "vnda:select",
    detailType: "VndaSelectDetail",
    description: "The visitor chose a name.",
    detail: [
      { name: "domain", type: "string", description: "The chosen name, e.g. `nguyenvanan.id.vn`." },
      { name: "status", type: "VndaNameStatus", description: "Its availability when chosen." },
    ],
  },
  {
    name: "vnda:handoff",
    detailType: "VndaHandoffDetail",
    description: "The visitor opened a registrar's page with the chosen name.",
    detail: [
      { name: "domain", type: "string", description: "The chosen name." },
      { name: "registrar", type: "string", description: "The registrar's id (its `data-registrar`), e.g. `matbao`." },
    ],
  },
  {
    name: "vnda:check",
    detailType: "VndaCheckDetail",
    description: "A go-live check of one name finished (`mode=\"check\"`), and again when its HTTPS probe answered. Codes only.",
    detail: [
      { name: "domain", type: "string", description: "The checked name, as read, e.g. `nguyenvanan.id.vn`." },
      { name: "registered", type: "VndaRegistered", description: "Whether it exists in the DNS." },
      { name: "website", type: "string", description: "The web host's id (e.g. `github-pages`, `netlify`), `other` (a server not recognised), `none` or `unknown`." },
      { name: "email", type: "string", description: "The mail service's id (e.g. `google-workspace`), `other`, `none` or `unknown`." },
      { name: "https", type: "VndaHttps", description: "What the HTTPS probe found." },
    ],
  },
];

/** CSS custom properties read on the element (the fallback in style/widget.css is the default). */
export const CSS_PROPERTIES = [
  { name: "--vnda-accent", syntax: "<color>", default: "#0b5cad", description: "Links, focus ring, selected option, primary buttons." },
  { name: "--vnda-accent-text", syntax: "<color>", default: "#ffffff", description: "Text on the accent colour." },
  { name: "--vnda-bg", syntax: "<color>", default: "#ffffff", description: "Panel background." },
  { name: "--vnda-fg", syntax: "<color>", default: "#1a1a1a", description: "Text colour." },
  { name: "--vnda-muted", syntax: "<color>", default: "#4a4a4a", description: "Secondary text." },
  { name: "--vnda-border", syntax: "<color>", default: "#8a8a8a", description: "Borders." },
  {
    name: "--vnda-font",
    syntax: "*",
    default: 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Noto Sans Khmer", Arial, sans-serif',
    description: "Font family.",
  },
  { name: "--vnda-radius", syntax: "<length>", default: "8px", description: "Corner radius (small controls use half of it)." },
];

/** Shadow parts, for `vn-domain-assistant::part(name)`. */
export const CSS_PARTS = [
  { name: "panel", description: "The widget's box (background, border, radius, padding)." },
  { name: "title", description: "The widget's heading." },
  { name: "about", description: "The programme information panel (`<details>`): the offer's end, its legal sources, the fee after it, the official sites." },
  { name: "notice", description: "The notice shown when the host's configuration is rejected (the built-in one is used)." },
  { name: "progress", description: "The step indicator." },
  { name: "programme-choice", description: "The choice between id.vn and biz.vn (first step when `program` is unset)." },
  { name: "outcome", description: "The eligibility outcome (`data-outcome`, `data-reason`)." },
  { name: "names", description: "The list of suggested names (each with `data-domain` and `data-status`)." },
  { name: "registrars", description: "The registrar links (`<a data-registrar>`)." },
  { name: "preview", description: "The starter page's preview (`<iframe sandbox srcdoc>`)." },
  { name: "draft", description: "\"Keep my answers in this tab\" / \"Forget now\" (not in assisted mode)." },
  { name: "assisted", description: "Assisted mode's bar: Next person, the idle countdown, the session tally." },
  { name: "live", description: "`mode=\"check\"`: \"Your site is live!\" and the link to it." },
  { name: "totals", description: "`mode=\"roster\"`: the totals line above the table." },
];

/** Slots. */
export const SLOTS = [
  {
    name: "",
    description:
      "The host's fallback (e.g. a plain link to the programme): shown until the widget starts, kept if WebAssembly cannot run, replaced by the widget once it starts.",
  },
  { name: "logo", description: "The host's logo, e.g. `<img slot=\"logo\" src=\"…\" alt=\"…\">`, shown in the widget's header." },
];

/** Public members of the class beyond HTMLElement's (not attributes). */
export const MEMBERS = [
  {
    name: "mounted",
    static: true,
    readonly: true,
    kind: "field",
    type: "number",
    description: "How many widgets are mounted on this page now (removing an element unmounts its widget).",
  },
  {
    name: "vndaPrint",
    kind: "method",
    type: "void",
    description: "Called by the widget (assisted mode's \"Print a slip\"): prints the page with only this element's slip on it. Hosts need not call it.",
  },
  {
    name: "vndaEndPrint",
    kind: "method",
    type: "void",
    description: "Called by the widget when its slip is gone: takes its print marks off the page. Hosts need not call it.",
  },
];

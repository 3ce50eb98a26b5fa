// What an integrator's TypeScript may write against vn-domain-assistant's
// declarations. tests/e2e/manifest.test.mjs type-checks it against dist/'s
// declarations and tests/e2e/package.test.mjs against the installed package's
// (`tsc --noEmit`, strict). Each `@ts-expect-error` line must fail to type-check:
// if the declarations grew loose enough to accept it, tsc fails the test.
import "vn-domain-assistant";
import type {
  VnDomainAssistantAttributes,
  VnDomainAssistantElement,
  VndaEligibilityDetail,
  VndaSelectDetail,
} from "vn-domain-assistant";

// The tag name gives the element's type.
const widget = document.createElement("vn-domain-assistant");
const typed: VnDomainAssistantElement = widget;
const found: VnDomainAssistantElement | null = document.querySelector("vn-domain-assistant");
widget.setAttribute("lang", "en");
document.body.append(typed);

// Each event's detail is typed, on the element and on the document it bubbles to.
const log: string[] = [];
widget.addEventListener("vnda:ready", (e) => log.push(e.detail.version));
widget.addEventListener("vnda:eligibility", (e) => {
  const outcome: "eligible" | "not-eligible" | "needs-info" = e.detail.outcome;
  if (outcome === "eligible" && e.detail.program === "id") log.push(e.detail.reason);
});
found?.addEventListener("vnda:select", (e) => {
  const chosen: VndaSelectDetail = e.detail;
  log.push(chosen.domain, chosen.status);
});
document.addEventListener("vnda:handoff", (e) => log.push(e.detail.domain, e.detail.registrar));
window.addEventListener("vnda:select", (e) => log.push(e.detail.domain));
// The element's own events stay typed too.
widget.addEventListener("click", (e) => log.push(String(e.clientX)));

// Attributes for a framework's typings.
const attributes: VnDomainAssistantAttributes = { lang: "km", program: "biz", mode: "assisted", loading: "eager", today: "2025-06-01" };

// The class, from the registry.
const Klass = customElements.get("vn-domain-assistant");
const mounted: number | undefined = Klass?.mounted;
const observed: ReadonlyArray<string> | undefined = Klass?.observedAttributes;

// Lines that must NOT type-check.
// @ts-expect-error: "edu" is not a programme
const badProgram: VnDomainAssistantAttributes = { program: "edu" };
// @ts-expect-error: not an outcome code
const badOutcome: VndaEligibilityDetail["outcome"] = "maybe";
widget.addEventListener("vnda:select", (e) => {
  // @ts-expect-error: vnda:select's detail has no registrar
  log.push(e.detail.registrar);
});
document.addEventListener("vnda:ready", (e) => {
  // @ts-expect-error: version is a string
  const n: number = e.detail.version;
  log.push(String(n));
});

export { attributes, badOutcome, badProgram, log, mounted, observed };

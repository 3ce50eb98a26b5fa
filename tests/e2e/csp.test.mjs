// A government host with a strict Content Security Policy: the whole journey runs
// with no `securitypolicyviolation`, in module mode and in iframe mode, and the
// starter preview is styled when the host lists the pages' style hashes (README).
import { after, before, describe, it } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { launchBrowser, serveDist } from "./harness.mjs";
import { startDoh } from "./dns.mjs";

let browser;
let server;
let doh;
let csp;
before(async () => {
  browser = await launchBrowser();
  doh = await startDoh({ delegated: ["annguyen"], hosted: ["nguyenvanan"] });
  const readme = await readFile(new URL("../../README.md", import.meta.url), "utf8");
  const hashes = [...new Set(readme.match(/'sha256-[A-Za-z0-9+/=]+'/g))];
  assert.equal(hashes.length, 4, "README lists the four starter style hashes");
  csp = [
    "default-src 'none'",
    "script-src 'self' 'wasm-unsafe-eval'",
    `style-src 'self' ${hashes.join(" ")}`,
    `connect-src 'self' ${new URL(doh.url).origin}`,
    "frame-src 'self'",
  ].join("; ");
  server = await serveDist({ headers: (path) => (path.endsWith(".html") ? { "content-security-policy": csp } : {}) });
});
after(async () => {
  await browser?.close();
  await server?.close();
  await doh?.stop();
});

// A host page with no inline script or style at all, as a strict CSP demands.
const HOST = (dohUrl, attrs = "") => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>strict host</title>
<script type="module" src="/vn-domain-assistant.js"></script></head><body>
<p>Host text.</p>
<vn-domain-assistant id="w" lang="en" program="id" today="2025-06-01" doh="${dohUrl}" ${attrs}></vn-domain-assistant>
</body></html>`;

async function openPage(path, html) {
  const context = await browser.newContext();
  if (html) {
    await context.route(server.url + path, (route) =>
      route.fulfill({ status: 200, contentType: "text/html; charset=utf-8", headers: { "content-security-policy": csp }, body: html }),
    );
  }
  const page = await context.newPage();
  // Init scripts come in through the driver, so they are not subject to the CSP.
  await page.addInitScript(() => {
    window.violations = [];
    document.addEventListener("securitypolicyviolation", (e) =>
      window.violations.push(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  const errors = [];
  page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
  await page.goto(server.url + path);
  return { context, page, errors };
}

/** id.vn from the form to the registrar list (and, but in assisted mode, the page and back). */
async function journey(w, { page = true } = {}) {
  await w.getByLabel("Full name", { exact: true }).fill("Nguyễn Văn An");
  await w.getByLabel("Date of birth").fill("2005-03-15");
  await w.getByLabel("Citizen ID number").fill("084205012345");
  await w.getByRole("checkbox").check();
  await w.getByRole("button", { name: "Check", exact: true }).click();
  await w.getByRole("button", { name: /choose a name/ }).click();
  const free = w.locator('li[data-status="likely-available"]').first();
  await free.waitFor();
  await free.getByRole("button").click();
  // The registrars first; the page after, from there.
  await w.locator("a[data-registrar]").first().waitFor();
  if (!page) return;
  await w.getByRole("button", { name: /Build your page/ }).click();
  await w.getByLabel("Short headline").fill("Sinh viên Công nghệ thông tin");
  // The preview's stylesheet applied (a blocked <style> has no sheet).
  const frame = w.locator("iframe.preview");
  await frame.waitFor();
  await w.page().waitForFunction(
    () => document.querySelector("vn-domain-assistant").shadowRoot.querySelector("iframe").srcdoc.includes("Sinh viên"),
  );
  const preview = w.page().frames().find((f) => f.url() === "about:srcdoc");
  assert.ok(preview, "the preview frame exists");
  await preview.waitForFunction(() => document.querySelector("h1")?.textContent === "Nguyễn Văn An");
  assert.equal(await preview.evaluate(() => document.querySelector("style").sheet !== null), true, "preview styled");
  await w.getByRole("button", { name: "Back" }).click();
  await w.locator("a[data-registrar]").first().waitFor();
}

describe("strict host CSP", () => {
  it("module mode: the whole journey without a single CSP violation", async () => {
    const { page, errors, context } = await openPage("/t/strict.html", HOST(doh.url));
    await journey(page.locator("#w"));
    assert.deepEqual(await page.evaluate(() => window.violations), []);
    assert.deepEqual(errors, []);
    await context.close();
  });

  it("assisted mode: printing a slip (page marks, document stylesheet) without a single violation", async () => {
    const { page, errors, context } = await openPage("/t/strict-assisted.html", HOST(doh.url, 'mode="assisted"'));
    const w = page.locator("#w");
    await journey(w, { page: false });
    // Through the driver, so not subject to the CSP: the dialog would block headless Chromium.
    await page.evaluate(() => {
      window.printed = 0;
      window.print = () => window.printed++;
    });
    await w.getByRole("button", { name: "QR code and slip to continue on a phone" }).first().click();
    await w.getByRole("button", { name: "Print a slip" }).first().click();
    await page.waitForFunction(() => window.printed === 1);
    assert.equal(await page.evaluate(() => document.querySelector("p").hasAttribute("data-vnda-print-hide")), true);
    await page.pdf({ format: "A4" });
    assert.deepEqual(await page.evaluate(() => window.violations), []);
    assert.deepEqual(errors, []);
    await context.close();
  });

  it("iframe mode: embed.html under the same policy, without a single violation", async () => {
    const query = new URLSearchParams({ lang: "en", program: "id", today: "2025-06-01", doh: doh.url });
    const { page, errors, context } = await openPage(`/embed.html?${query}`);
    await journey(page.locator("vn-domain-assistant"));
    assert.deepEqual(await page.evaluate(() => window.violations), []);
    assert.deepEqual(errors, []);
    await context.close();
  });
});

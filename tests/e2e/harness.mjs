// Shared set-up of the browser end-to-end suites: Debian's Chromium driven by
// playwright-core, dist/ served on 127.0.0.1, extra test pages served on the same
// origin through request routing, and every console error and request recorded.
import { chromium } from "playwright-core";
import { access, readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { startServer } from "../../tools/serve.mjs";

export const DIST = fileURLToPath(new URL("../../dist", import.meta.url));

export async function launchBrowser() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
    args: [
      "--no-sandbox",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--disable-gpu",
      "--no-first-run",
      "--disable-features=LocalNetworkAccessChecks",
    ],
  });
}

/**
 * dist/ is rebuilt by others now and then: wait (a while) until it is whole, i.e.
 * every file its SRI.txt lists (what the element module can load) is there.
 */
export async function distReady() {
  for (let i = 0; i < 600; i++) {
    try {
      const sri = await readFile(join(DIST, "SRI.txt"), "utf8");
      const files = sri.trim().split("\n").map((line) => line.split("  ")[1]);
      await Promise.all(files.map((f) => access(join(DIST, f))));
      return;
    } catch {
      await new Promise((ok) => setTimeout(ok, 500));
    }
  }
  throw new Error("dist/ is missing: run `make build`");
}

export const serveDist = (options = {}) => startServer({ root: DIST, ...options });

/**
 * A fresh page that records console errors, uncaught exceptions and requests.
 * `pages` maps paths (e.g. "/t/two.html") to HTML served on the same origin;
 * `ignoreHTTPSErrors` lets it use a test server's self-signed certificate.
 */
export async function newPage(browser, base, { pages = {}, viewport, ignoreHTTPSErrors = false } = {}) {
  const context = await browser.newContext({ viewport: viewport ?? { width: 1100, height: 900 }, ignoreHTTPSErrors });
  const page = await context.newPage();
  const errors = [];
  const requests = [];
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(m.text());
  });
  page.on("pageerror", (e) => errors.push(String(e)));
  page.on("request", (r) => requests.push({ url: r.url(), method: r.method(), headers: r.headers() }));
  for (const [path, html] of Object.entries(pages)) {
    await context.route(base + path, (route) =>
      route.fulfill({ status: 200, contentType: "text/html; charset=utf-8", body: html }),
    );
  }
  return { context, page, errors, requests };
}

/** The widget's events (the embed contract's), as the test pages record them. */
export const EVENTS = ["vnda:ready", "vnda:eligibility", "vnda:select", "vnda:handoff", "vnda:check"];

/** A host page: `body` goes into <body>; events of the widgets are recorded in window.events. */
export function hostPage(body, { head = "" } = {}) {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>test host</title>${head}
<script>
  window.events = [];
  for (const name of ${JSON.stringify(EVENTS)}) {
    document.addEventListener(name, (e) => window.events.push({ name, id: e.target.id, detail: e.detail }));
  }
</script></head><body>${body}
<script type="module" src="/vn-domain-assistant.js"></script></body></html>`;
}

/** Waits until `count` widgets have dispatched vnda:ready. */
export async function readyCount(page, count) {
  await page.waitForFunction((n) => window.events.filter((e) => e.name === "vnda:ready").length >= n, count);
}

let axeSource;
/**
 * axe-core's WCAG 2.2 A/AA violations inside `include` (a selector; shadow DOM
 * included), each as "id (impact): targets".
 */
export async function axeViolations(page, include = "#w") {
  axeSource ??= await readFile(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");
  if (!(await page.evaluate(() => !!window.axe))) await page.addScriptTag({ content: axeSource });
  const tags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];
  const result = await page.evaluate(
    ([selector, runOnly]) => window.axe.run({ include: [[selector]] }, { runOnly, iframes: false }),
    [include, tags],
  );
  return result.violations.map((v) => ({
    id: v.id,
    impact: v.impact,
    text: `${v.id} (${v.impact}): ${v.nodes.map((n) => JSON.stringify(n.target)).join(", ")}`,
  }));
}

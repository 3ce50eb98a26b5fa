// Start-up, measured (a benchmark, not a timed test: the figures are printed as
// test diagnostics and quoted in README; only "it started" is asserted).
// From the module's request to vnda:ready, and from the wasm's arrival to
// vnda:ready, median of 10 page loads with a cold and with a warm browser cache.
import { after, before, describe, it } from "node:test";
import assert from "node:assert/strict";
import { hostPage, launchBrowser, serveDist } from "./harness.mjs";

let browser;
let server;
before(async () => {
  browser = await launchBrowser();
  // Cacheable responses, as a static host serves them, so a warm cache is warm.
  server = await serveDist({ headers: () => ({ "cache-control": "public, max-age=600" }) });
});
after(async () => {
  await browser?.close();
  await server?.close();
});

const RUNS = 10;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function load(page) {
  await page.goto(server.url + "/t/perf.html");
  await page.waitForFunction(() => window.events.some((e) => e.name === "vnda:ready"));
  return page.evaluate(() => {
    const ready = window.readyAt;
    const entry = (suffix) => performance.getEntriesByType("resource").find((e) => e.name.endsWith(suffix));
    return {
      fromRequest: ready - entry("/vn-domain-assistant.js").startTime,
      fromFiles: ready - entry("_bg.wasm").responseEnd,
    };
  });
}

describe("start-up", () => {
  it(`time to vnda:ready, median of ${RUNS}, cold and warm cache`, async (t) => {
    const body = `<script>addEventListener("vnda:ready", () => (window.readyAt ??= performance.now()), true);</script>
      <vn-domain-assistant lang="vi"></vn-domain-assistant>`;
    const route = (context) =>
      context.route(server.url + "/t/perf.html", (r) =>
        r.fulfill({ status: 200, contentType: "text/html; charset=utf-8", body: hostPage(body) }),
      );
    const cold = [];
    for (let i = 0; i < RUNS; i++) {
      const context = await browser.newContext();
      await route(context);
      cold.push(await load(await context.newPage()));
      await context.close();
    }
    const warm = [];
    const context = await browser.newContext();
    await route(context);
    const page = await context.newPage();
    await load(page);
    for (let i = 0; i < RUNS; i++) warm.push(await load(page));
    await context.close();

    const report = (name, xs) =>
      `${name}: from module request ${median(xs.map((x) => x.fromRequest)).toFixed(0)} ms, ` +
      `after the wasm arrived ${median(xs.map((x) => x.fromFiles)).toFixed(0)} ms`;
    t.diagnostic(`startup ${report("cold cache", cold)}`);
    t.diagnostic(`startup ${report("warm cache", warm)}`);
    for (const x of [...cold, ...warm]) assert.ok(x.fromRequest > 0 && x.fromFiles > 0);
  });
});

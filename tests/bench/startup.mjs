// Start-up: from the request of the element module to vnda:ready, and from the
// arrival of the last file (the glue or the wasm, fetched side by side) to
// vnda:ready, median of RUNS page loads, with a cold cache (a new browser context
// each time: empty HTTP cache) and a warm one (the same page loaded again: the three
// files come from the HTTP cache, which is checked, so "warm" is never silently a
// network load).
import { hostPage } from "../e2e/harness.mjs";
import { median, startSite } from "./common.mjs";

const RUNS = 10;
const FILES = ["/vn-domain-assistant.js", "/vn_domain_assistant.js", "/vn_domain_assistant_bg.vi.wasm"];

const PAGE = hostPage(
  `<script>addEventListener("vnda:ready", () => (window.readyAt ??= performance.now()), true);</script>
  <vn-domain-assistant lang="vi"></vn-domain-assistant>`,
);

async function load(page, url) {
  await page.goto(url);
  await page.waitForFunction(() => window.readyAt !== undefined, null, { timeout: 20000 });
  return page.evaluate((files) => {
    const entries = performance.getEntriesByType("resource");
    const entry = (path) => {
      const e = entries.find((x) => new URL(x.name).pathname === path);
      if (!e) throw new Error(`no resource timing entry for ${path}`);
      return e;
    };
    const [module, glue, wasm] = files.map(entry);
    return {
      fromRequest: window.readyAt - module.startTime,
      fromFiles: window.readyAt - Math.max(glue.responseEnd, wasm.responseEnd),
      // 0 bytes over the network: served from the HTTP cache.
      fromCache: files.every((f) => entry(f).transferSize === 0),
    };
  }, FILES);
}

/** { cold: {fromRequest, fromFiles}, warm: {…} } medians in ms. */
export async function measureStartup(browser) {
  const site = await startSite({ "/t/start.html": PAGE });
  const url = site.url + "/t/start.html";
  try {
    const cold = [];
    for (let i = 0; i < RUNS; i++) {
      const context = await browser.newContext();
      const x = await load(await context.newPage(), url);
      await context.close();
      if (x.fromCache) throw new Error("start-up: a cold load was served from a cache");
      cold.push(x);
    }
    const warm = [];
    const context = await browser.newContext();
    const page = await context.newPage();
    await load(page, url); // fills the cache
    for (let i = 0; i < RUNS; i++) {
      const x = await load(page, url);
      if (!x.fromCache) throw new Error("start-up: a warm load was not served from the HTTP cache");
      warm.push(x);
    }
    await context.close();
    const summary = (xs) => ({
      fromRequest: median(xs.map((x) => x.fromRequest)),
      fromFiles: median(xs.map((x) => x.fromFiles)),
    });
    return { runs: RUNS, cold: summary(cold), warm: summary(warm) };
  } finally {
    await site.close();
  }
}

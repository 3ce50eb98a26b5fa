// Light on the host page (issue "Light on the host page"):
// - untouched: a host page with the widget three screens down, loaded and left
//   idle for 2 s: the bytes transferred for the widget (every request for the
//   element module, the glue or a wasm; Resource Timing's transferSize: headers
//   and the compressed body as sent);
// - phone: Chromium with CPU throttling × 4 and Lighthouse's mobile network (150 ms
//   round trip, 1.6 Mbit/s down, 0.75 Mbit/s up), cold cache (a new context per
//   run): from the moment the widget is asked to start (scrolled near) to
//   vnda:ready. Median of RUNS runs.
import { hostPage } from "../e2e/harness.mjs";
import { median, startSite } from "./common.mjs";

const RUNS = 5;
const PAGE = hostPage(
  `<script>addEventListener("vnda:ready", () => (window.readyAt ??= performance.now()), true);</script>
  <div style="height: 300vh">A host article, three screens long.</div>
  <vn-domain-assistant lang="vi"><a href="https://hiendienonline.tenmien.vn/">Tên miền .vn miễn phí</a></vn-domain-assistant>`,
);
const WIDGET = /\/(vn-domain-assistant\.js|vn_domain_assistant[^/]*\.(js|wasm))$/;

const widgetBytes = (page) =>
  page.evaluate(
    (source) =>
      performance
        .getEntriesByType("resource")
        .filter((e) => new RegExp(source).test(new URL(e.name).pathname))
        .map((e) => ({ path: new URL(e.name).pathname, bytes: e.transferSize })),
    WIDGET.source,
  );

export async function measureLazy(browser) {
  const site = await startSite({ "/t/lazy.html": PAGE });
  const url = site.url + "/t/lazy.html";
  try {
    // Untouched.
    let context = await browser.newContext({ viewport: { width: 360, height: 640 } });
    let page = await context.newPage();
    await page.goto(url);
    await page.waitForLoadState("load");
    await page.waitForTimeout(2000);
    const untouched = await widgetBytes(page);
    if (untouched.length === 0) throw new Error("lazy: the element module was not loaded at all");
    await context.close();

    // A phone on a slow network, asked to start by scrolling.
    const starts = [];
    for (let i = 0; i < RUNS; i++) {
      context = await browser.newContext({ viewport: { width: 360, height: 640 } });
      page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send("Network.enable");
      await cdp.send("Network.emulateNetworkConditions", {
        offline: false,
        latency: 150,
        downloadThroughput: (1.6 * 1024 * 1024) / 8,
        uploadThroughput: (0.75 * 1024 * 1024) / 8,
      });
      await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
      await page.goto(url);
      await page.waitForLoadState("load");
      await page.waitForTimeout(500);
      const asked = await page.evaluate(() => {
        const t = performance.now();
        document.querySelector("vn-domain-assistant").scrollIntoView();
        return t;
      });
      await page.waitForFunction(() => window.readyAt !== undefined, null, { timeout: 60000 });
      starts.push((await page.evaluate(() => window.readyAt)) - asked);
      await context.close();
    }
    return {
      untouched: untouched.reduce((sum, e) => sum + e.bytes, 0),
      untouchedFiles: untouched.map((e) => e.path),
      phoneStart: median(starts),
      phoneStarts: starts,
    };
  } finally {
    await site.close();
  }
}

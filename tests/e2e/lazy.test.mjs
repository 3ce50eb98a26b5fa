// loading="lazy" (the default) and "eager" (embed contract): a widget far down a
// host page fetches nothing heavy until it comes near or is used; the placeholder
// reserves the first step's height so the host page does not jump when it starts.
import { after, before, describe, it } from "node:test";
import assert from "node:assert/strict";
import { hostPage, launchBrowser, newPage, readyCount, serveDist } from "./harness.mjs";

let browser;
let server;
before(async () => {
  browser = await launchBrowser();
  server = await serveDist();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

const heavy = (requests) => requests.filter((r) => /\.wasm$|vn_domain_assistant(\.assisted)?\.js/.test(new URL(r.url).pathname));
const FAR = `<div style="height: 300vh">Host article, three screens long.</div>`;

async function open(body, viewport = { width: 1280, height: 800 }) {
  const { page, context, errors, requests } = await newPage(browser, server.url, { viewport, pages: { "/t/lazy.html": hostPage(body) } });
  await page.goto(server.url + "/t/lazy.html");
  return { page, context, errors, requests };
}

const readyEvents = (page) => page.evaluate(() => window.events.filter((e) => e.name === "vnda:ready").length);

describe('loading="lazy" (the default)', () => {
  it("a widget three screens down fetches no glue and no wasm until it is scrolled near, then starts", async () => {
    const { page, context, errors, requests } = await open(
      `${FAR}<vn-domain-assistant id="w" lang="km"><p><a href="https://example.vn/">Fallback link</a></p></vn-domain-assistant>`,
    );
    await page.waitForLoadState("load");
    await page.waitForTimeout(2000);
    assert.deepEqual(heavy(requests).map((r) => r.url), [], "nothing heavy before it is wanted");
    assert.equal(await readyEvents(page), 0);
    // The host's fallback shows in the meantime, in a box as tall as the first step.
    assert.equal(await page.getByRole("link", { name: "Fallback link" }).isVisible(), true);
    const reserved = await page.evaluate(() => document.querySelector("#w").getBoundingClientRect().height);
    assert.ok(reserved > 500, `reserved ${reserved} px`);
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await readyCount(page, 1);
    assert.equal(heavy(requests).filter((r) => r.url.endsWith(".km.wasm")).length, 1);
    assert.deepEqual(errors, []);
    await context.close();
  });

  it("being focused starts it (without scrolling), as touching or hovering does", async () => {
    const { page, context, errors, requests } = await open(
      `${FAR}<vn-domain-assistant id="w"><p><a id="fallback" href="https://example.vn/">Fallback link</a></p></vn-domain-assistant>`,
    );
    await page.waitForTimeout(500);
    assert.equal(heavy(requests).length, 0);
    await page.evaluate(() => document.querySelector("#fallback").focus({ preventScroll: true }));
    await readyCount(page, 1);
    assert.equal(await page.evaluate(() => window.scrollY), 0, "it did not need scrolling");
    assert.deepEqual(errors, []);
    await context.close();
  });

  it("two widgets of one language share one download", async () => {
    const { page, context, errors, requests } = await open(
      `<vn-domain-assistant lang="en"></vn-domain-assistant><vn-domain-assistant lang="en" program="id"></vn-domain-assistant>`,
    );
    await readyCount(page, 2);
    assert.equal(heavy(requests).filter((r) => r.url.endsWith(".wasm")).length, 1);
    assert.equal(heavy(requests).filter((r) => /vn_domain_assistant\.js/.test(r.url)).length, 1);
    assert.deepEqual(errors, []);
    await context.close();
  });
});

describe('loading="eager"', () => {
  it("starts at once, three screens down", async () => {
    const { page, context, errors } = await open(`${FAR}<vn-domain-assistant id="w" loading="eager"></vn-domain-assistant>`);
    await readyCount(page, 1);
    assert.equal(await page.evaluate(() => window.scrollY), 0);
    assert.deepEqual(errors, []);
    await context.close();
  });
});

// From the element's definition (its placeholder shown) to `vnda:ready` and after:
// the move from the host's inline fallback to the placeholder happens when the
// module arrives, which a host avoids with its own CSS (README, "loading").
describe("no jump when it starts", () => {
  for (const [lang, attrs] of [
    ["vi", ""],
    ["km", ""],
    ["en", 'program="id"'],
    ["vi", 'program="biz"'],
    ["km", 'mode="check"'],
    ["vi", 'mode="roster"'],
  ]) {
    for (const width of [360, 1280]) {
      it(`${lang} ${attrs || "(programme choice)"} at ${width} px: layout shift ≤ 0.01`, async () => {
        const { page, context, errors } = await newPage(browser, server.url, {
          // A window taller than the first step, so what follows the widget is in view.
          viewport: { width, height: 1800 },
          pages: {
            "/t/cls.html": hostPage(
              `<h1>Host page</h1><vn-domain-assistant lang="${lang}" ${attrs}><a href="https://example.vn/">Fallback</a></vn-domain-assistant><div style="height: 50vh; background: #eee">Host text after the widget.</div>`,
              {
                head: `<script>
                  window.shift = 0;
                  customElements.whenDefined("vn-domain-assistant").then(() => requestAnimationFrame(() => requestAnimationFrame(() => {
                    window.from = performance.now();
                    new PerformanceObserver((l) => {
                      for (const e of l.getEntries()) if (!e.hadRecentInput && e.startTime >= window.from) window.shift += e.value;
                    }).observe({ type: "layout-shift", buffered: true });
                  })));
                </script>`,
              },
            ),
          },
        });
        // The wasm arrives 800 ms late, as on a phone: the placeholder is on screen
        // well before the widget replaces it.
        await context.route(/\.wasm$/, async (route) => {
          await new Promise((r) => setTimeout(r, 800));
          await route.continue();
        });
        await page.goto(server.url + "/t/cls.html");
        await readyCount(page, 1);
        assert.ok(await page.evaluate(() => performance.now() - window.from > 400), "the placeholder was shown a while");
        await page.waitForTimeout(500);
        const shift = await page.evaluate(() => window.shift);
        assert.ok(shift <= 0.01, `cumulative layout shift ${shift.toFixed(4)}`);
        assert.deepEqual(errors, []);
        await context.close();
      });
    }
  }
});

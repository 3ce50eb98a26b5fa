// Roster: a 500-name list (mode="roster") checked against the DoH resolver that
// answers a fixed time late (tests/e2e/late-doh.mjs). Half the names exist (an A
// record each: six questions), half do not (one question: nothing more is asked
// about a name that does not exist). Timed from the press of "Check 500 names" to
// the moment the table holds 500 rows (a MutationObserver on the shadow root);
// questions are counted at the resolver, and the most it held at once. Questions
// per round trip: per the round trip measured from the page (median of single
// GETs, which take a little more than the resolver's delay), so 8 is the limit.
import { median, roundTrips, startSite } from "./common.mjs";

export const ROSTER_NAMES = 500;

const PAGE = (doh) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>roster bench</title>
<script type="module" src="/vn-domain-assistant.js"></script></head><body>
<vn-domain-assistant id="w" lang="en" mode="roster" loading="eager" doh="${doh}"></vn-domain-assistant></body></html>`;

/** The list: `registered` labels (which the zone must hold) and as many that do not exist. */
export const rosterLabels = () => Array.from({ length: ROSTER_NAMES / 2 }, (_, i) => `roster${i}`);

export async function measureRoster(browser, proxy, delayMs) {
  const site = await startSite({ "/t/roster.html": PAGE(proxy.url) });
  const context = await browser.newContext({ ignoreHTTPSErrors: true });
  try {
    const page = await context.newPage();
    await page.goto(site.url + "/t/roster.html");
    await page.waitForFunction(() => document.querySelector("#w")?.shadowRoot.querySelector("textarea"));
    const names = rosterLabels().flatMap((label, i) => [`${label}.id.vn`, `absent${i}.id.vn`]);
    const rtt = median(await roundTrips(page, proxy.url, 7));
    const w = page.locator("#w");
    await w.getByLabel("Domain names", { exact: true }).fill(names.join("\n"));
    await page.evaluate((n) => {
      window.__done = new Promise((ok) => {
        const root = document.querySelector("#w").shadowRoot;
        const observer = new MutationObserver(() => {
          if (root.querySelectorAll("table.roster tbody tr").length >= n) {
            observer.disconnect();
            ok(performance.now());
          }
        });
        observer.observe(root, { subtree: true, childList: true });
      });
    }, names.length);
    proxy.reset();
    const before = proxy.stats.requests.length; // the round-trip probes came before
    const start = await page.evaluate(() => performance.now());
    await w.getByRole("button", { name: `Check ${names.length} names` }).click();
    const end = await page.evaluate(() => window.__done);
    const elapsed = end - start;
    const questions = proxy.stats.requests.length - before;
    const totals = await w.locator(".totals").textContent();
    return {
      names: names.length,
      elapsed,
      perSecond: names.length / (elapsed / 1000),
      questions,
      rtt,
      perRoundTrip: questions / (elapsed / rtt),
      perDelay: questions / (elapsed / delayMs),
      peak: proxy.stats.peak,
      totals,
    };
  } finally {
    await context.close();
    await site.close();
  }
}

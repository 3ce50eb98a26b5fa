// Availability: how long the eight statuses of a new name take when every DoH
// answer comes a fixed time late (tests/e2e/late-doh.mjs), against the round
// trip of one query; and what a second identical query costs.
//
//  · Round trip: one DoH GET from the page (fetch, the widget's headers) on the
//    warm HTTP/2 connection, median of RTT_RUNS, each for a name nobody asked.
//  · Settling: a name is put into the names step's name field (one input event);
//    the widget waits its 300 ms debounce, then looks the eight suggestions up. The
//    time runs from the start of the first DoH request of that round (Resource
//    Timing) to the first moment every shown status is other than `checking` (a
//    MutationObserver on the shadow root), so the debounce is not in it; the time
//    from the input event is reported too. Median over the NAMES rounds, each with
//    eight names never asked before (checked: a round must send exactly eight).
//  · The second identical query: after the rounds, the first name is put in again;
//    it must settle with zero requests, counted three ways: Resource Timing entries
//    (which a browser-cache hit would make too), Playwright's request events, and
//    requests reaching the proxy.
import { namesPage, openNames, shownDomains } from "./journey.mjs";
import { dnsParam } from "../e2e/late-doh.mjs";
import { median, roundTrips, startSite } from "./common.mjs";

const RTT_RUNS = 7;
export const ROUND_NAMES = ["Lê Thị Hoa", "Trần Minh Khoa", "Phạm Thu Trang", "Võ Hoàng Long", "Đặng Quốc Bảo"];
const FIRST = "Nguyễn Thị Minh Khai Hoa";

const INSTRUMENT = () => {
  performance.setResourceTimingBufferSize(100000);
  window.__round = null;
  addEventListener("input", () => window.__round && (window.__round.inputAt = performance.now()), true);
  const check = () => {
    const round = window.__round;
    const root = document.querySelector("#w")?.shadowRoot;
    if (!round || round.settledAt !== null || !root) return;
    const lis = [...root.querySelectorAll("li[data-domain]")];
    const domains = lis.map((li) => li.dataset.domain).join();
    if (lis.length > 0 && domains !== round.previous && lis.every((li) => li.dataset.status !== "checking")) {
      round.settledAt = performance.now();
      round.domains = lis.map((li) => li.dataset.domain);
    }
  };
  addEventListener("vnda:ready", (e) => {
    new MutationObserver(check).observe(e.target.shadowRoot, {
      subtree: true,
      childList: true,
      attributes: true,
      attributeFilter: ["data-status", "data-domain"],
    });
  });
};

/** Puts `name` into the field and measures the round it causes. */
async function round(page, field, proxy, pageRequests, name) {
  const previous = (await shownDomains(page)).join();
  await page.evaluate((previous) => {
    window.__round = { previous, since: performance.now(), inputAt: null, settledAt: null, domains: null };
  }, previous);
  proxy.reset();
  const sentBefore = pageRequests.length;
  await field.fill(name);
  await page.waitForFunction(() => window.__round.settledAt !== null, null, { timeout: 15000 }).catch(() => {
    throw new Error(`availability: the statuses for "${name}" never settled`);
  });
  await page.waitForTimeout(50); // let Resource Timing entries of the last answers land
  const r = await page.evaluate((endpoint) => {
    const round = window.__round;
    const entries = performance
      .getEntriesByType("resource")
      .filter((e) => e.name.startsWith(endpoint + "?") && e.startTime >= round.since);
    return {
      domains: round.domains,
      requests: entries.length,
      fromFirstRequest: entries.length ? round.settledAt - Math.min(...entries.map((e) => e.startTime)) : null,
      fromInput: round.settledAt - round.inputAt,
      timeline: entries.map((e) => [Math.round(e.startTime - round.inputAt), Math.round(e.responseEnd - round.inputAt)]),
      settledRel: Math.round(round.settledAt - round.inputAt),
    };
  }, proxy.url);
  return {
    ...r,
    pageRequests: pageRequests.length - sentBefore,
    proxyRequests: proxy.stats.requests.length,
    asked: proxy.stats.requests.map((q) => q.name),
    peak: proxy.stats.peak,
    protocols: [...new Set(proxy.stats.requests.map((q) => q.protocol))],
  };
}

export async function measureAvailability(browser, proxy) {
  const site = await startSite({ "/t/names.html": namesPage(proxy.url) });
  const context = await browser.newContext({ ignoreHTTPSErrors: true });
  try {
    const page = await context.newPage();
    await page.addInitScript(INSTRUMENT);
    const pageRequests = [];
    page.on("request", (r) => r.url().startsWith(proxy.url + "?") && pageRequests.push(r.url()));

    // Round trip of one query, on a warm connection (the first request opens it).
    const url = site.url + "/t/names.html";
    await page.goto(url);
    await page.waitForFunction(() => window.events.some((e) => e.name === "vnda:ready"));
    const rtts = await roundTrips(page, proxy.url, RTT_RUNS);
    const rtt = median(rtts);

    // The names step; its first list is looked up on arrival.
    const w = await openNames(page, url, FIRST);
    await page.waitForFunction(
      () => [...document.querySelector("#w").shadowRoot.querySelectorAll("li[data-domain]")].every((li) => li.dataset.status !== "checking"),
      null,
      { timeout: 15000 },
    );
    const field = w.getByLabel("Full name");
    const rounds = [];
    for (const name of ROUND_NAMES) {
      const r = await round(page, field, proxy, pageRequests, name);
      if (r.requests !== 8 || r.proxyRequests !== 8) {
        throw new Error(`availability: "${name}" sent ${r.requests} requests (${r.proxyRequests} reached the proxy), not 8`);
      }
      rounds.push(r);
      // [start, end] of each request and the settling, in ms from the input event.
      if (process.env.BENCH_DEBUG) console.error(JSON.stringify({ name, requests: r.timeline, settled: r.settledRel }));
    }
    // The second identical query.
    const again = await round(page, field, proxy, pageRequests, ROUND_NAMES[0]);
    if (again.domains.join() !== rounds[0].domains.join()) throw new Error("availability: re-typing gave another list");
    return {
      delayMs: proxy.delayMs,
      rtt,
      rtts,
      settle: median(rounds.map((r) => r.fromFirstRequest)),
      settleAll: rounds.map((r) => r.fromFirstRequest),
      fromInput: median(rounds.map((r) => r.fromInput)),
      peak: Math.max(...rounds.map((r) => r.peak)),
      protocols: [...new Set(rounds.flatMap((r) => r.protocols))],
      again: {
        requests: Math.max(again.requests, again.pageRequests, again.proxyRequests),
        asked: again.asked,
        fromInput: again.fromInput,
      },
    };
  } finally {
    await context.close();
    await site.close();
  }
}

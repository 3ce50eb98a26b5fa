// The names step against a real DNS server: NSD serving a fixture id.vn zone behind
// dnsdist's plain-HTTP DoH (tests/e2e/dns.mjs), plus small Node resolvers written
// here that misbehave on purpose (slow, truncated, down, garbage, SERVFAIL, wrong
// type, HTTP 500, 429) or record exactly what the browser sent before passing the
// question on to dnsdist.
import { after, before, describe, it } from "node:test";
import assert from "node:assert/strict";
import { createServer } from "node:http";
import { randomBytes } from "node:crypto";
import { readFile } from "node:fs/promises";
import { hostPage, launchBrowser, newPage, readyCount, serveDist } from "./harness.mjs";
import { freePort, startDoh } from "./dns.mjs";
import { startDelayProxy } from "./late-doh.mjs";

const ZONE = "id.vn";
// The fixture zone. First eight suggestions for Nguyễn Văn An (born 2005):
// annguyen, nguyenan, nguyenvanan, nvan, annv, an-nguyen, nguyen-an, nv-an;
// the next eight (after "Show more names") include an2005 and an-05.
const DELEGATED = ["annguyen", "nv-an", "an2005", "vnda-own"];
const HOSTED = ["nguyenvanan", "an-05"];
const FIRST_EIGHT = ["annguyen", "nguyenan", "nguyenvanan", "nvan", "annv", "an-nguyen", "nguyen-an", "nv-an"].map(
  (l) => `${l}.${ZONE}`,
);
/** What the zone says about a domain: delegated (NS) or hosted (A only) → taken. */
const expected = (domain) => {
  const label = domain.slice(0, -(ZONE.length + 1));
  return DELEGATED.includes(label) || HOSTED.includes(label) ? "taken" : "likely-available";
};

// What the visitor types; none of it may leave the tab except as a candidate label.
const VISITOR = {
  name: "Nguyễn Văn An",
  birth: "2005-03-15",
  id: "084205012345",
  email: "an.nguyen@example.com",
};
const PERSONAL = [
  "Nguyễn Văn An",
  "Nguyễn",
  "Văn",
  "Nguyễn Văn An".normalize("NFD"),
  "Nguyễn".normalize("NFD"),
  "nguyen van an",
  "nguyen+van+an",
  "2005-03-15",
  "15/03/2005",
  "15-03-2005",
  "15.03.2005",
  "03/15/2005",
  "20050315",
  "15032005",
  "084205012345",
  "an.nguyen@example.com",
  "an.nguyen",
];
/** Every form a personal string could take in a URL, a header or a body. */
function leaks(text) {
  if (!text) return [];
  const forms = new Set([text]);
  try {
    forms.add(decodeURIComponent(text));
  } catch {}
  try {
    forms.add(decodeURIComponent(text.replace(/\+/g, " ")));
  } catch {}
  const found = [];
  for (const form of forms) {
    const lower = form.toLowerCase();
    for (const p of PERSONAL) if (lower.includes(p.toLowerCase()) && !found.includes(p)) found.push(p);
  }
  return found;
}

// ---------------------------------------------------------------------------
// DNS wire helpers (RFC 1035), just enough to read the widget's question and to
// answer it from a fake resolver.

function b64urlDecode(s) {
  return Buffer.from(s, "base64url");
}

/** The question of a DNS message: { name, qtype, qclass, end } (end: offset after it). */
function question(msg) {
  let off = 12;
  const labels = [];
  while (off < msg.length && msg[off] !== 0) {
    const len = msg[off];
    labels.push(msg.subarray(off + 1, off + 1 + len).toString("latin1"));
    off += 1 + len;
  }
  off += 1;
  return { name: labels.join("."), qtype: msg.readUInt16BE(off), qclass: msg.readUInt16BE(off + 2), end: off + 4 };
}

/** A response to `query` with `rcode`, echoing its ID, RD/CD and question, no records. */
function answerWith(query, rcode) {
  const q = question(query);
  const head = Buffer.alloc(12);
  query.copy(head, 0, 0, 2); // ID
  head[2] = 0x80 | (query[2] & 0x01); // QR, opcode 0, RD as asked
  head[3] = 0x80 | (query[3] & 0x10) | rcode; // RA, CD as asked, RCODE
  head.writeUInt16BE(1, 4); // QDCOUNT
  return Buffer.concat([head, query.subarray(12, q.end)]);
}

/** The name asked by a DoH GET URL, or null. */
function askedName(url) {
  const dns = new URL(url).searchParams.get("dns");
  return dns ? question(b64urlDecode(dns)).name : null;
}

// ---------------------------------------------------------------------------
// Node resolvers. Each records every request it receives (method, url, raw headers)
// and answers according to its `mode`, which a test may change.

const CORS = { "access-control-allow-origin": "*" };
const servers = [];

/** The real DoH server's answer to the base64url question `dns`: { status, type, body }. */
async function askUpstream(upstream, dns) {
  const r = await fetch(`${upstream}?dns=${dns}`, { headers: { accept: "application/dns-message" } });
  return { status: r.status, type: r.headers.get("content-type") ?? "", body: Buffer.from(await r.arrayBuffer()) };
}

/**
 * modes: "proxy" (pass the question on to the real DoH server), "slow" (the same,
 * `slowMs` late), "truncated" (the real answer cut short), "garbage",
 * "servfail", "nxdomain", "wrong-type", "http500", "hang", "429".
 */
async function fakeResolver(mode, { upstream, retryAfter = "120", slowMs = 2000 } = {}) {
  const state = { mode, upstream, requests: [] };
  const server = createServer(async (req, res) => {
    state.requests.push({ method: req.method, url: req.url, headers: req.headers, at: Date.now() });
    if (req.method !== "GET") {
      // A preflight would land here; it is answered without any allow-* header so
      // that it fails loudly, and it is recorded.
      res.writeHead(405, CORS).end();
      return;
    }
    const dns = new URL(req.url, "http://x").searchParams.get("dns");
    const query = dns ? b64urlDecode(dns) : Buffer.alloc(0);
    switch (state.mode) {
      case "slow":
      case "truncated":
      case "proxy": {
        // "slow": the true answer `slowMs` late (within the widget's 3 s timeout);
        // "truncated": the true answer with its last 8 bytes cut off (mid-record).
        if (state.mode === "slow") await new Promise((ok) => setTimeout(ok, slowMs));
        try {
          const { status, type, body } = await askUpstream(state.upstream, dns);
          const sent = state.mode === "truncated" ? body.subarray(0, body.length - 8) : body;
          res.writeHead(status, { ...CORS, "content-type": type }).end(sent);
        } catch {
          res.writeHead(502, CORS).end();
        }
        return;
      }
      case "garbage":
        res.writeHead(200, { ...CORS, "content-type": "application/dns-message" }).end(randomBytes(64 + (query.length % 50)));
        return;
      case "servfail":
        res.writeHead(200, { ...CORS, "content-type": "application/dns-message" }).end(answerWith(query, 2));
        return;
      case "nxdomain":
        res.writeHead(200, { ...CORS, "content-type": "application/dns-message" }).end(answerWith(query, 3));
        return;
      case "wrong-type":
        // A well-formed NXDOMAIN answer, labelled as something else.
        res.writeHead(200, { ...CORS, "content-type": "text/plain" }).end(answerWith(query, 3));
        return;
      case "http500":
        // A well-formed NXDOMAIN answer, with an error status.
        res.writeHead(500, { ...CORS, "content-type": "application/dns-message" }).end(answerWith(query, 3));
        return;
      case "hang":
        // Never answers: the widget's own timeout has to give up on it.
        return;
      case "429":
        res
          .writeHead(429, { ...CORS, "access-control-expose-headers": "Retry-After", "retry-after": retryAfter })
          .end("slow down");
        return;
      default:
        res.writeHead(500, CORS).end();
    }
  });
  await new Promise((ok) => server.listen(0, "127.0.0.1", ok));
  const url = `http://127.0.0.1:${server.address().port}/dns-query`;
  const close = () =>
    new Promise((ok) => {
      server.closeAllConnections?.();
      server.close(() => ok());
    });
  const entry = { url, state, close, requests: state.requests };
  servers.push(entry);
  return entry;
}

// ---------------------------------------------------------------------------

/**
 * The host pages, on their own server in front of dist/: Playwright's request
 * routing (newPage's `pages`) disables the browser cache, which makes Chromium add
 * `Pragma` and `Cache-Control` to every request, and these tests look at exactly
 * which headers the widget's requests carry. Pages map a path to HTML; every other
 * path is passed on to the dist/ server.
 */
async function hostServer(distUrl, pages, sameOrigin) {
  const server = createServer(async (req, res) => {
    const path = new URL(req.url, "http://x").pathname;
    if (path === "/favicon.ico") {
      res.writeHead(204).end();
      return;
    }
    if (path === "/dns-query") {
      // A resolver on the host page's own origin (a host may proxy DoH itself).
      sameOrigin.requests.push({ url: req.url, headers: req.headers });
      const { status, type, body } = await askUpstream(doh.url, new URL(req.url, "http://x").searchParams.get("dns"));
      res.writeHead(status, { "content-type": type }).end(body);
      return;
    }
    if (pages[path]) {
      res.writeHead(200, { "content-type": "text/html; charset=utf-8", "cache-control": "no-store" }).end(pages[path]);
      return;
    }
    try {
      const r = await fetch(distUrl + req.url);
      const body = Buffer.from(await r.arrayBuffer());
      res.writeHead(r.status, { "content-type": r.headers.get("content-type") ?? "", "cache-control": "no-store" }).end(body);
    } catch {
      res.writeHead(502).end();
    }
  });
  await new Promise((ok) => server.listen(0, "127.0.0.1", ok));
  const url = `http://127.0.0.1:${server.address().port}`;
  return {
    url,
    close: () =>
      new Promise((ok) => {
        server.closeAllConnections?.();
        server.close(() => ok());
      }),
  };
}

let browser;
let site;
let host;
let doh;
const pages = {};
const sameOrigin = { requests: [] };
before(async () => {
  doh = await startDoh({ delegated: DELEGATED, hosted: HOSTED });
  browser = await launchBrowser();
  site = await serveDist();
  host = await hostServer(site.url, pages, sameOrigin);
});
after(async () => {
  await browser?.close();
  await host?.close();
  await site?.close();
  await doh?.stop();
  for (const s of servers) await s.close();
});

/**
 * A page with one widget using `resolvers`, walked through the eligibility form to
 * the names step. Console errors are kept with the URL they are about.
 */
async function openNames(resolvers, { observeStatus = false, cookies = [], ignoreHTTPSErrors = false } = {}) {
  const body = `<vn-domain-assistant id="w" lang="en" program="id" today="2025-06-01" doh="${resolvers.join(",")}"></vn-domain-assistant>`;
  const path = `/t/names-${Object.keys(pages).length}.html`;
  pages[path] = hostPage(body);
  const { page, context, requests } = await newPage(browser, host.url, { ignoreHTTPSErrors });
  const consoleErrors = [];
  page.on("console", (m) => m.type() === "error" && consoleErrors.push({ text: m.text(), url: m.location()?.url ?? "" }));
  page.on("pageerror", (e) => consoleErrors.push({ text: String(e), url: "" }));
  const bodies = [];
  page.on("request", (r) => bodies.push({ url: r.url(), postData: r.postData() }));
  await context.addCookies(cookies.map((c) => ({ ...c, url: host.url })));
  await page.goto(host.url + path);
  await readyCount(page, 1);
  const w = page.locator("#w");
  await w.getByLabel("Full name").fill(VISITOR.name);
  await w.getByLabel("Date of birth").fill(VISITOR.birth);
  await w.getByLabel("Citizen ID number").fill(VISITOR.id);
  await w.getByLabel("E-mail").fill(VISITOR.email);
  await w.getByRole("checkbox").check();
  await w.getByRole("button", { name: "Check", exact: true }).click();
  if (observeStatus) {
    // Every text the names step's polite live region takes, in order.
    await page.evaluate(() => {
      const root = document.querySelector("#w").shadowRoot;
      window.announced = [];
      const read = () => {
        const region = root.querySelector('ul.names')?.parentNode?.querySelector('p[role="status"][aria-live="polite"]');
        const text = region?.textContent ?? null;
        if (text && window.announced.at(-1) !== text) window.announced.push(text);
      };
      new MutationObserver(read).observe(root, { subtree: true, childList: true, characterData: true, attributes: true });
    });
  }
  await w.getByRole("button", { name: "Continue: choose a name" }).click();
  await w.locator("li[data-domain]").first().waitFor();
  return { page, context, w, requests, bodies, consoleErrors };
}

/** { domain: status } of the suggestions shown now, in order. */
const shown = (page) =>
  page.evaluate(() =>
    Object.fromEntries(
      [...document.querySelector("#w").shadowRoot.querySelectorAll("li[data-domain]")].map((li) => [
        li.dataset.domain,
        li.dataset.status,
      ]),
    ),
  );
const reasons = (page) =>
  page.evaluate(() =>
    Object.fromEntries(
      [...document.querySelector("#w").shadowRoot.querySelectorAll("li[data-domain]")].map((li) => [
        li.dataset.domain,
        li.getAttribute("data-reason"),
      ]),
    ),
  );

/**
 * Waits until the list satisfies `ready(domains)` and no status is `checking`.
 * Fails (with what is shown) after `ms`.
 */
async function settle(page, { ready = "true", ms = 10000 } = {}) {
  try {
    await page.waitForFunction(
      (readySrc) => {
        const lis = [...document.querySelector("#w").shadowRoot.querySelectorAll("li[data-domain]")];
        const domains = lis.map((li) => li.dataset.domain);
        // eslint-disable-next-line no-new-func
        const ok = new Function("domains", `return (${readySrc});`)(domains);
        return ok && lis.length > 0 && lis.every((li) => li.dataset.status !== "checking");
      },
      ready,
      { timeout: ms, polling: "raf" },
    );
  } catch (e) {
    throw new Error(`names did not settle (${ready}): ${JSON.stringify(await shown(page))}\n${e.message}`);
  }
  return shown(page);
}
/** A `ready` expression: the list is no longer `previous`. */
const differsFrom = (previous) => `domains.join(",") !== ${JSON.stringify(Object.keys(previous).join(","))}`;
const includes = (domain) => `domains.includes(${JSON.stringify(domain)})`;

/** DoH requests the page made to `base` (an endpoint URL). */
const dohRequests = (requests, base) => requests.filter((r) => r.url.startsWith(base + "?") || r.url === base);

/**
 * Console errors that are not the expected network failures: "Failed to load
 * resource" about one of `allowed` = [[endpoint, RegExp of the failure]].
 */
function unexpectedErrors(consoleErrors, allowed = []) {
  return consoleErrors.filter(
    (e) =>
      !allowed.some(
        ([endpoint, failure]) =>
          e.url.startsWith(endpoint + "?dns=") && /^Failed to load resource: /.test(e.text) && failure.test(e.text),
      ),
  );
}
const REFUSED = /net::ERR_CONNECTION_REFUSED/;

function assertMatchesZone(statuses) {
  const want = Object.fromEntries(Object.keys(statuses).map((d) => [d, expected(d)]));
  assert.deepEqual(statuses, want);
}

// ---------------------------------------------------------------------------

describe("names step against a real DNS server", () => {
  it("marks delegated and hosted names taken and absent ones likely available, as the zone says", async () => {
    const { page, context, w, consoleErrors } = await openNames([doh.url]);
    const statuses = await settle(page);
    assert.deepEqual(Object.keys(statuses), FIRST_EIGHT);
    assertMatchesZone(statuses);
    // All three kinds are present, so the assertion above distinguishes them.
    assert.equal(statuses["annguyen.id.vn"], "taken"); // NS
    assert.equal(statuses["nguyenvanan.id.vn"], "taken"); // A only
    assert.equal(statuses["nguyenan.id.vn"], "likely-available"); // absent
    // Only likely-available (or unknown) names can be chosen.
    for (const [domain, status] of Object.entries(statuses)) {
      const button = w.getByRole("button", { name: `Choose this name ${domain}`, exact: true });
      assert.equal(await button.count(), status === "likely-available" ? 1 : 0, domain);
    }
    assert.deepEqual(unexpectedErrors(consoleErrors), []);
    await context.close();
  });

  it("a resolver that is down gives `unknown` for every name, never likely-available, and nothing stays `checking`", async () => {
    const closed = `http://127.0.0.1:${await freePort()}/dns-query`;
    const { page, context, w, requests, consoleErrors } = await openNames([closed]);
    const statuses = await settle(page, { ms: 15000 });
    assert.deepEqual(Object.keys(statuses), FIRST_EIGHT);
    for (const [domain, status] of Object.entries(statuses)) assert.equal(status, "unknown", domain);
    // It was asked (and failed), rather than skipped.
    assert.ok(dohRequests(requests, closed).length >= FIRST_EIGHT.length);
    // Unknown names can still be chosen: the registrar will tell.
    assert.equal(await w.getByRole("button", { name: /^Choose this name / }).count(), FIRST_EIGHT.length);
    assert.deepEqual(unexpectedErrors(consoleErrors, [[closed, REFUSED]]), []);
    await context.close();
  });

  it("when the first resolver is down, the second answers", async () => {
    const closed = `http://127.0.0.1:${await freePort()}/dns-query`;
    const { page, context, requests, consoleErrors } = await openNames([closed, doh.url]);
    const statuses = await settle(page, { ms: 15000 });
    assert.deepEqual(Object.keys(statuses), FIRST_EIGHT);
    assertMatchesZone(statuses);
    assert.ok(dohRequests(requests, closed).length > 0, "the first resolver was tried");
    assert.ok(dohRequests(requests, doh.url).length >= FIRST_EIGHT.length, "the second answered");
    assert.deepEqual(unexpectedErrors(consoleErrors, [[closed, REFUSED]]), []);
    await context.close();
  });

  // Control for the fake resolvers' answers: a well-formed NXDOMAIN built the same
  // way as the SERVFAIL, wrong-type and HTTP 500 answers below is accepted, so what
  // turns those into `unknown` is the RCODE, the type or the status alone.
  it("(control) a fake resolver's well-formed NXDOMAIN answer reads as likely available", async () => {
    const fake = await fakeResolver("nxdomain");
    const { page, context, consoleErrors } = await openNames([fake.url]);
    const statuses = await settle(page);
    for (const [domain, status] of Object.entries(statuses)) assert.equal(status, "likely-available", domain);
    assert.ok(fake.requests.length >= FIRST_EIGHT.length);
    assert.deepEqual(unexpectedErrors(consoleErrors), []);
    await context.close();
  });

  for (const [mode, what, failure] of [
    ["garbage", "random bytes as application/dns-message", null],
    ["servfail", "SERVFAIL (RCODE 2) echoing the question", null],
    ["wrong-type", "a valid NXDOMAIN answer as text/plain", null],
    ["http500", "HTTP 500 with a valid NXDOMAIN body", /status of 500/],
    ["hang", "nothing at all (timeout)", null],
  ]) {
    it(`a resolver returning ${what} gives \`unknown\`, never likely-available`, async () => {
      const fake = await fakeResolver(mode);
      const { page, context, consoleErrors } = await openNames([fake.url]);
      const statuses = await settle(page, { ms: 20000 });
      assert.deepEqual(Object.keys(statuses), FIRST_EIGHT);
      for (const [domain, status] of Object.entries(statuses)) assert.equal(status, "unknown", domain);
      assert.ok(fake.requests.length >= FIRST_EIGHT.length, "the resolver was asked about every name");
      assert.deepEqual(unexpectedErrors(consoleErrors, failure ? [[fake.url, failure]] : []), []);
      await context.close();
    });
  }

  it("a slow resolver (2 s per answer, over HTTP/2 as public resolvers speak) still gives the true statuses, none stuck on checking", async () => {
    const slow = await startDelayProxy(doh.url, 2000);
    try {
      const { page, context, consoleErrors } = await openNames([slow.url], { ignoreHTTPSErrors: true });
      const statuses = await settle(page, { ms: 20000 });
      assertMatchesZone(statuses);
      assert.ok(Object.values(statuses).includes("likely-available") && Object.values(statuses).includes("taken"));
      assert.deepEqual(unexpectedErrors(consoleErrors), []);
      await context.close();
    } finally {
      await slow.close();
    }
  });

  it("a slow HTTP/1.1 resolver (1 s per answer): the browser sends six at once, the two it holds back still answer in time", async () => {
    // Eight look-ups are in flight, but a browser opens at most six HTTP/1.1
    // connections to one host: the 7th and 8th wait for a free one, and the widget's
    // 3 s timeout counts that wait. At 1 s an answer they arrive after about 2 s.
    // (At 2 s per answer they would time out and read `unknown`: honest, but such a
    // resolver is better served over HTTP/2, as the public ones are.)
    const slow = await fakeResolver("slow", { upstream: doh.url, slowMs: 1000 });
    const { page, context, consoleErrors } = await openNames([slow.url]);
    const statuses = await settle(page, { ms: 20000 });
    assertMatchesZone(statuses);
    assert.deepEqual(unexpectedErrors(consoleErrors), []);
    await context.close();
  });

  it("'Try again' asks again about unknown names, one or all; a second failure stays unknown", async () => {
    const flaky = await fakeResolver("servfail", { upstream: doh.url });
    const { page, context, w, consoleErrors } = await openNames([flaky.url]);
    const first = await settle(page, { ms: 20000 });
    for (const [domain, status] of Object.entries(first)) assert.equal(status, "unknown", domain);
    const [one, two] = FIRST_EIGHT;
    const asked = async (n) => {
      for (let i = 0; i < 200 && flaky.requests.length < n; i++) await new Promise((r) => setTimeout(r, 25));
      assert.ok(flaky.requests.length >= n, `the resolver was asked ${n} times (${flaky.requests.length})`);
    };
    // Still failing: that one name is asked again, and stays unknown.
    let before = flaky.requests.length;
    await w.getByRole("button", { name: `Try again ${one}`, exact: true }).click();
    await asked(before + 1);
    let now = await settle(page, { ms: 20000 });
    assert.equal(now[one], "unknown");
    assert.equal(flaky.requests.length, before + 1, "only that name was asked again");
    // The resolver answers again: that name gets its true status, the others wait.
    Object.assign(flaky.state, { mode: "proxy" });
    before = flaky.requests.length;
    await w.getByRole("button", { name: `Try again ${one}`, exact: true }).click();
    await asked(before + 1);
    now = await settle(page, { ms: 20000 });
    assert.equal(now[one], expected(one));
    assert.equal(now[two], "unknown");
    // Then every unknown name at once.
    before = flaky.requests.length;
    await w.getByRole("button", { name: "Try again for every unknown name" }).click();
    await asked(before + FIRST_EIGHT.length - 1);
    now = await settle(page, { ms: 20000 });
    assertMatchesZone(now);
    assert.equal(await w.getByRole("button", { name: /^Try again/ }).count(), 0, "nothing left to try again");
    assert.deepEqual(unexpectedErrors(consoleErrors), []);
    await context.close();
  });

  it("a truncated answer (the real one, cut mid-record) gives `unknown`, never likely-available", async () => {
    const cut = await fakeResolver("truncated", { upstream: doh.url });
    const { page, context, consoleErrors } = await openNames([cut.url]);
    const statuses = await settle(page, { ms: 20000 });
    assert.deepEqual(Object.keys(statuses), FIRST_EIGHT);
    for (const [domain, status] of Object.entries(statuses)) assert.equal(status, "unknown", domain);
    assert.deepEqual(unexpectedErrors(consoleErrors), []);
    await context.close();
  });

  it("after a failing first resolver (SERVFAIL, garbage, timeout) the second answers", async () => {
    for (const mode of ["servfail", "garbage", "hang"]) {
      const fake = await fakeResolver(mode);
      const { page, context, consoleErrors } = await openNames([fake.url, doh.url]);
      const statuses = await settle(page, { ms: 20000 });
      assertMatchesZone(statuses);
      assert.ok(fake.requests.length > 0, `${mode}: the first resolver was tried`);
      assert.deepEqual(unexpectedErrors(consoleErrors), [], mode);
      await context.close();
    }
  });

  it("a 429 with Retry-After from resolver 1: resolver 2 answers, resolver 1 rests for that long, then is used again", async () => {
    const REST_S = 3;
    const first = await fakeResolver("429", { retryAfter: String(REST_S) });
    const second = await fakeResolver("proxy", { upstream: doh.url });
    const { page, context, w, consoleErrors } = await openNames([first.url, second.url]);
    const statuses = await settle(page);
    assertMatchesZone(statuses);
    const asked429 = first.requests.length;
    assert.ok(asked429 > 0, "resolver 1 was asked first");
    assert.ok(asked429 <= 8, `at most the requests already in flight went to the resting resolver (${asked429})`);
    const last429 = Math.max(...first.requests.map((r) => r.at));

    // While resting, new names go straight to resolver 2.
    await w.getByLabel("Full name").fill("Trần Thị Bình");
    const other = await settle(page, { ready: differsFrom(statuses) });
    assert.ok(Date.now() - last429 < REST_S * 1000, "still within Retry-After (test too slow to judge)");
    assert.equal(first.requests.length, asked429, "no request to the resting resolver");
    assertMatchesZone(other);

    // After Retry-After, resolver 1 is asked again (and now answers).
    Object.assign(first.state, { mode: "proxy", upstream: doh.url });
    await new Promise((r) => setTimeout(r, Math.max(0, last429 + REST_S * 1000 + 300 - Date.now())));
    await w.getByLabel("Full name").fill("Lê Minh Khoa");
    const third = await settle(page, { ready: differsFrom(other) });
    assertMatchesZone(third);
    assert.ok(first.requests.length > asked429, "resolver 1 is used again once its Retry-After has passed");
    assert.deepEqual(unexpectedErrors(consoleErrors, [[first.url, /status of 429/]]), []);
    await context.close();
  });

  it("keeps at most eight look-ups in flight (one page of names in one round trip), even where HTTP/2 would carry more", async () => {
    // Over HTTP/2, as public resolvers speak it, so that only the widget limits how
    // many are in flight (over HTTP/1.1 the browser itself holds back more than six
    // per host); every answer is held long enough for all sent ones to arrive first.
    const late = await startDelayProxy(doh.url, 500);
    try {
      const { page, context, consoleErrors } = await openNames([late.url], { ignoreHTTPSErrors: true });
      const first = await settle(page);
      assertMatchesZone(first);
      assert.deepEqual(new Set(late.stats.requests.map((r) => r.protocol)), new Set(["2.0"]));
      assert.equal(late.stats.requests.length, FIRST_EIGHT.length);
      assert.equal(late.stats.peak, 8, "the whole first page in flight together");

      // A new name and an own label typed in one go (one task, so one debounce):
      // nine new names, still eight at a time.
      late.reset();
      await page.evaluate(() => {
        const root = document.querySelector("#w").shadowRoot;
        for (const [id, value] of [["vnda-names-name", "Trần Thị Bình"], ["vnda-names-own", "vnda-own"]]) {
          const input = root.getElementById(id);
          input.value = value;
          input.dispatchEvent(new InputEvent("input", { bubbles: true, composed: true, inputType: "insertText" }));
        }
      });
      const second = await settle(page, { ready: `${includes("vnda-own.id.vn")} && ${differsFrom(first)}` });
      assertMatchesZone(second);
      assert.equal(Object.keys(second).length, 9);
      assert.equal(late.stats.requests.length, 9);
      assert.equal(late.stats.peak, 8, "eight in flight, then the ninth");
      assert.deepEqual(unexpectedErrors(consoleErrors), []);
      await context.close();
    } finally {
      await late.close();
    }
  });
});

describe("what the look-ups send", () => {
  it("a resolver on the host page's own origin gets none of the host's cookies", async () => {
    sameOrigin.requests.length = 0;
    const { page, context, consoleErrors } = await openNames([`${host.url}/dns-query`], {
      cookies: [{ name: "portal_session", value: "s3cret" }],
    });
    assert.match(await page.evaluate(() => document.cookie), /portal_session=s3cret/, "the page has a cookie to leak");
    const statuses = await settle(page);
    assertMatchesZone(statuses);
    assert.ok(sameOrigin.requests.length >= FIRST_EIGHT.length, "the look-ups went to the same-origin resolver");
    for (const r of sameOrigin.requests) assert.equal(r.headers.cookie, undefined, r.url);
    assert.deepEqual(unexpectedErrors(consoleErrors), []);
    await context.close();
  });

  it("GET with only ?dns= and Accept: application/dns-message, no preflight, no referrer, nothing personal", async () => {
    const recorder = await fakeResolver("proxy", { upstream: doh.url });
    const { page, context, w, requests, bodies, consoleErrors } = await openNames([recorder.url]);
    let statuses = await settle(page);
    assertMatchesZone(statuses);
    // Some more traffic: more names, a nickname, a word and an own label.
    await w.getByRole("button", { name: "Show more names" }).click();
    await w.getByLabel("Nickname (optional)").fill("Bin");
    await w.getByLabel("Extra word (optional)").fill("tvu");
    await w.getByLabel("Or type the name you want").fill("vnda-own");
    statuses = await settle(page, { ready: includes("vnda-own.id.vn") });
    assert.equal(statuses["vnda-own.id.vn"], "taken");

    // As the server saw them.
    const received = recorder.requests;
    assert.ok(received.length >= 16, `requests reached the resolver (${received.length})`);
    assert.deepEqual(
      received.filter((r) => r.method !== "GET"),
      [],
      "no OPTIONS (preflight) or other method reached the resolver",
    );
    // Headers a page cannot set (forbidden or sec-*, set by the browser) or that are
    // CORS-safelisted by name and value; anything else would need a preflight.
    const BROWSER_SET = new Set(["host", "connection", "user-agent", "origin", "accept-encoding", "accept-language", "priority"]);
    for (const r of received) {
      const url = new URL(r.url, "http://x");
      assert.equal(url.pathname, "/dns-query");
      assert.deepEqual([...url.searchParams.keys()], ["dns"], r.url);
      assert.match(url.searchParams.get("dns"), /^[A-Za-z0-9_-]+$/, "base64url without padding");
      assert.equal(r.headers.accept, "application/dns-message");
      assert.equal(r.headers.referer, undefined, "no referrer");
      assert.equal(r.headers["content-type"], undefined);
      for (const name of Object.keys(r.headers)) {
        assert.ok(name === "accept" || BROWSER_SET.has(name) || name.startsWith("sec-"), `non-default header ${name}: ${r.headers[name]}`);
      }
      // The question: <label>.id.vn, type NS, class IN, ID 0, RD and CD set.
      const msg = b64urlDecode(url.searchParams.get("dns"));
      const q = question(msg);
      assert.match(q.name, /^[a-z0-9-]{1,63}\.id\.vn$/);
      assert.equal(q.qtype, 2, "NS");
      assert.equal(q.qclass, 1, "IN");
      assert.equal(msg.readUInt16BE(0), 0, "ID 0");
      assert.equal(msg[2] & 0x01, 1, "RD");
      assert.equal(msg[3] & 0x10, 0x10, "CD");
      assert.equal(q.end, msg.length, "nothing after the question");
      assert.deepEqual(leaks(msg.toString("latin1")), [], q.name);
    }

    // As the browser sent them: every request of the page, URL, headers and body.
    const sent = dohRequests(requests, recorder.url);
    assert.equal(sent.length, received.length);
    for (const r of sent) {
      assert.equal(r.method, "GET");
      assert.equal(r.headers.accept, "application/dns-message");
    }
    for (const r of requests) {
      assert.deepEqual(leaks(r.url), [], r.url);
      for (const [k, v] of Object.entries(r.headers)) assert.deepEqual(leaks(v), [], `${r.url} ${k}`);
    }
    for (const b of bodies) assert.deepEqual(leaks(b.postData), [], b.url);
    assert.deepEqual(unexpectedErrors(consoleErrors), []);
    await context.close();
  });

  it("re-typing the same name sends no new request for names already answered", async () => {
    const recorder = await fakeResolver("proxy", { upstream: doh.url });
    const { page, context, w, requests, consoleErrors } = await openNames([recorder.url]);
    const asked = () => recorder.requests.map((r) => askedName("http://x" + r.url));
    // Also as the page sent them (a browser-cache hit would not reach the server).
    const sent = () => dohRequests(requests, recorder.url).map((r) => askedName(r.url));
    const first = await settle(page);
    assertMatchesZone(first);
    const firstAsked = asked();
    assert.deepEqual(
      [...new Set(firstAsked)].sort(),
      [...FIRST_EIGHT].sort(),
      "each shown name asked (once)",
    );
    assert.equal(firstAsked.length, FIRST_EIGHT.length, "no name asked twice");

    const field = w.getByLabel("Full name");
    await field.fill("Trần Thị Bình");
    await settle(page, { ready: differsFrom(first) });
    const [afterOther, sentAfterOther] = [asked().length, sent().length];
    assert.ok(afterOther > firstAsked.length, "the other name was looked up (the recorder works)");
    await field.fill("");
    await field.pressSequentially(VISITOR.name, { delay: 20 });
    const again = await settle(page, { ready: `domains.join() === ${JSON.stringify(FIRST_EIGHT.join())}` });
    assert.deepEqual(again, first, "the same names with the same statuses");
    // (Partial names seen while typing may be looked up; the answered ones may not.)
    const repeated = asked().slice(afterOther).filter((d) => FIRST_EIGHT.includes(d));
    assert.deepEqual(repeated, [], "no new request reached the resolver after re-typing the name");
    const resent = sent().slice(sentAfterOther).filter((d) => FIRST_EIGHT.includes(d));
    assert.deepEqual(resent, [], "the page sent no new request after re-typing the name");
    assert.deepEqual(unexpectedErrors(consoleErrors), []);
    await context.close();
  });
});

describe("own label, announcements, more names, choosing", () => {
  it("an own label is validated as typed (`invalid` + the broken rule, not sent) or looked up", async () => {
    const lists = JSON.parse(await readFile(new URL("../../data/names.json", import.meta.url), "utf8"));
    const recorder = await fakeResolver("proxy", { upstream: doh.url });
    const { page, context, w, consoleErrors } = await openNames([recorder.url]);
    await settle(page);
    const own = w.getByLabel("Or type the name you want");
    const cases = [
      ["a", "a.id.vn", "auction"],
      ["an", "an.id.vn", "auction"],
      ["-abc", "-abc.id.vn", "leading-hyphen"],
      ["abc-", "abc-.id.vn", "trailing-hyphen"],
      ["an--nguyen", "an--nguyen.id.vn", "double-hyphen"],
      ["an_nguyen", "an_nguyen.id.vn", "bad-char"],
      ["x".repeat(64), "x".repeat(64) + ".id.vn", "too-long"],
      ["dang-cong-san", "dang-cong-san.id.vn", "protected"],
      [lists.protected[0], "dangcongsanvietnam.id.vn", "protected"], // "Đảng Cộng sản Việt Nam"
      [lists.offensiveWords[4], "duma.id.vn", "offensive"], // "đụ má"
      ["an-lon", "an-lon.id.vn", "offensive"],
    ];
    assert.equal(lists.protected[0], "Đảng Cộng sản Việt Nam");
    assert.equal(lists.offensiveWords[4], "đụ má");
    for (const [typed, domain, reason] of cases) {
      await own.fill("");
      await own.pressSequentially(typed, { delay: 5 });
      await settle(page, { ready: `domains[0] === ${JSON.stringify(domain)}` });
      const li = w.locator("li[data-domain]").first();
      assert.equal(await li.getAttribute("data-domain"), domain, typed);
      assert.equal(await li.getAttribute("data-status"), "invalid", typed);
      assert.equal(await li.getAttribute("data-reason"), reason, typed);
      assert.equal(await li.getByRole("button").count(), 0, `${typed}: an invalid name cannot be chosen`);
    }
    const asked = recorder.requests.map((r) => askedName("http://x" + r.url));
    for (const [, domain] of cases) assert.ok(!asked.includes(domain), `${domain} was sent to the resolver`);

    // Valid labels are looked up: one taken in the zone, one absent.
    for (const [typed, domain, status] of [
      ["vnda-own", "vnda-own.id.vn", "taken"],
      ["Tên Riêng", "tenrieng.id.vn", "likely-available"],
    ]) {
      await own.fill("");
      await own.pressSequentially(typed, { delay: 5 });
      const statuses = await settle(page, { ready: `domains[0] === ${JSON.stringify(domain)}` });
      assert.equal(statuses[domain], status, typed);
      assert.equal((await reasons(page))[domain], null, `${typed}: no data-reason on a valid name`);
      assert.ok(recorder.requests.some((r) => askedName("http://x" + r.url) === domain), `${domain} was looked up`);
    }
    assert.deepEqual(unexpectedErrors(consoleErrors), []);
    await context.close();
  });

  it("announces checking once per batch in the polite live region; 'Show more names' adds names that are checked too", async () => {
    const recorder = await fakeResolver("proxy", { upstream: doh.url });
    const { page, context, w, consoleErrors } = await openNames([recorder.url], { observeStatus: true });
    const region = w.locator('p[role="status"][aria-live="polite"]');
    assert.equal(await region.count(), 1);
    const CHECKING = "Checking the suggested domain names…";
    const DONE = "Finished checking the suggested domain names.";
    const first = await settle(page);
    await page.waitForFunction((done) => window.announced.at(-1) === done, DONE);
    assert.deepEqual(await page.evaluate(() => window.announced), [CHECKING, DONE], "one announcement for eight names");

    // Show more: eight more names, all looked up, one announcement.
    await w.getByRole("button", { name: "Show more names" }).click();
    const more = await settle(page, { ready: "domains.length === 16" });
    const added = Object.keys(more).filter((d) => !(d in first));
    assert.equal(added.length, 8);
    assertMatchesZone(more);
    assert.equal(more["an2005.id.vn"], "taken", "a name from the second page that the zone delegates");
    assert.equal(more["an-05.id.vn"], "taken", "a name from the second page that the zone hosts");
    const asked = recorder.requests.map((r) => askedName("http://x" + r.url));
    for (const d of added) assert.ok(asked.includes(d), `${d} looked up`);
    await page.waitForFunction((done) => window.announced.at(-1) === done, DONE);
    assert.deepEqual(await page.evaluate(() => window.announced), [CHECKING, DONE, CHECKING, DONE]);

    // Typing a whole new name, key by key: still one batch, one announcement.
    const field = w.getByLabel("Full name");
    await field.fill("");
    await field.pressSequentially("Thạch Thị Sa Rươne", { delay: 10 });
    await settle(page, { ready: `domains.some((d) => d.includes("ruone"))` });
    await page.waitForFunction((done) => window.announced.at(-1) === done, DONE);
    assert.deepEqual(await page.evaluate(() => window.announced), [CHECKING, DONE, CHECKING, DONE, CHECKING, DONE]);
    assert.deepEqual(unexpectedErrors(consoleErrors), []);
    await context.close();
  });

  it("choosing a name fires vnda:select with {domain, status} only, and moves to the registrars in one press", async () => {
    const { page, context, w, consoleErrors } = await openNames([doh.url]);
    const statuses = await settle(page);
    assert.equal(statuses["nguyen-an.id.vn"], "likely-available");
    await w.getByRole("button", { name: "Choose this name nguyen-an.id.vn", exact: true }).click();
    await page.waitForFunction(() => window.events.some((e) => e.name === "vnda:select"));
    const events = await page.evaluate(() => window.events);
    const selects = events.filter((e) => e.name === "vnda:select");
    assert.deepEqual(selects, [{ name: "vnda:select", id: "w", detail: { domain: "nguyen-an.id.vn", status: "likely-available" } }]);
    for (const e of events) assert.deepEqual(leaks(JSON.stringify(e.detail)), [], e.name);
    // On to the registrars: the list is gone, the progress shows the Register step.
    await w.locator('li[aria-current="step"]', { hasText: "Register" }).waitFor();
    await w.locator("a[data-registrar]").first().waitFor();
    assert.equal(await w.locator("li[data-domain]").count(), 0);
    // Nothing personal kept in storage either.
    const stored = await page.evaluate(() => JSON.stringify([{ ...localStorage }, { ...sessionStorage }, document.cookie]));
    assert.deepEqual(leaks(stored), []);
    assert.deepEqual(unexpectedErrors(consoleErrors), []);
    await context.close();
  });
});

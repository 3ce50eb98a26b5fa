// Go live: mode="check" (one registered name: registered, website and its host,
// e-mail and SPF, HTTPS on request, the records to add) and mode="roster" (a list:
// bad lines, duplicates, progress, stop, totals, a sortable table, CSV), against the
// real NSD + dnsdist stack whose fixture zone holds a name for every case.
import { after, before, describe, it } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { axeViolations, hostPage, launchBrowser, newPage, readyCount, serveDist } from "./harness.mjs";
import { freePort, startDoh } from "./dns.mjs";
import { askedName, startDelayProxy } from "./late-doh.mjs";

const GITHUB_A = ["185.199.108.153", "185.199.109.153", "185.199.110.153", "185.199.111.153"];
const SITES = {
  // GitHub Pages on the name (its four A records) and on www (CNAME), Google mail with SPF.
  ghpages: [
    ...GITHUB_A.map((a) => `@ IN A ${a}`),
    "@ IN AAAA 2606:50c0:8000::153",
    "www IN CNAME someone.github.io.",
    "@ IN MX 1 smtp.google.com.",
    '@ IN TXT "v=spf1 include:_spf.google.com ~all"',
  ],
  // Only www, to a Netlify-style host: the name itself points nowhere.
  netlifywww: ["www IN CNAME shop.netlify.app."],
  // A parked or self-run server: not recognised, not an error.
  parked: ["@ IN A 192.0.2.44", "www IN A 192.0.2.44"],
  // Mail without SPF, no website.
  mailonly: ["@ IN MX 10 mx.zoho.com."],
  // Registered and delegated, nothing else yet.
  empty: [],
};
const FIXTURE = { delegated: ["annguyen"], sites: SITES, servfail: ["broken"] };

let browser;
let server;
let doh;
before(async () => {
  browser = await launchBrowser();
  server = await serveDist();
  doh = await startDoh(FIXTURE);
});
after(async () => {
  await browser?.close();
  await server?.close();
  await doh?.stop();
});

async function open(attrs, { dohUrl = doh.url, path = "/t/check.html" } = {}) {
  const body = `<vn-domain-assistant id="w" lang="en" doh="${dohUrl}" ${attrs}></vn-domain-assistant>`;
  const opened = await newPage(browser, server.url, { pages: { [path]: hostPage(body) } });
  await opened.page.goto(server.url + path);
  await readyCount(opened.page, 1);
  return opened;
}

/** Types `domain`, presses Check and waits for the report; returns the findings by key. */
async function check(w, domain) {
  await w.getByLabel("Domain name").fill(domain);
  await w.getByRole("button", { name: /^Check/ }).click();
  await w.locator(".status").getByText(/^Checked /).waitFor();
  return Object.fromEntries(
    await w.locator("[data-finding]").evaluateAll((items) =>
      items.map((li) => [li.dataset.finding, { verdict: li.dataset.verdict, text: li.querySelector("p").textContent }]),
    ),
  );
}

const checks = (page) => page.evaluate(() => window.events.filter((e) => e.name === "vnda:check").map((e) => e.detail));
const dohQuestions = (requests) => requests.filter((r) => r.url.startsWith(doh.url)).map((r) => askedName(r.url));

describe('mode="check"', () => {
  it("finds a GitHub Pages site with Google mail live, from a pasted address, and tells the host in codes", async () => {
    const { page, errors, requests, context } = await open('mode="check"');
    const w = page.locator("#w");
    await w.getByRole("heading", { name: "Is your site live?" }).waitFor();
    const f = await check(w, " https://WWW.GHPages.id.vn/blog ");
    assert.equal(await w.getByLabel("Domain name").inputValue(), "ghpages.id.vn", "the name as read");
    assert.deepEqual(
      Object.fromEntries(Object.entries(f).map(([k, v]) => [k, v.verdict])),
      { registered: "ok", website: "ok", email: "ok", https: "unknown" },
    );
    assert.match(f.website.text, /^ghpages\.id\.vn points to GitHub Pages \(185\.199\.108\.153, /);
    assert.match(f.email.text, /^Mail goes to Google Workspace \(smtp\.google\.com\)\. An SPF record/);
    await w.getByText("Your site is live!").waitFor();
    assert.equal(await w.getByRole("link", { name: "Open https://ghpages.id.vn/" }).getAttribute("href"), "https://ghpages.id.vn/");
    assert.equal(await w.locator(".setup").count(), 0, "nothing to add");
    assert.deepEqual(await checks(page), [
      { domain: "ghpages.id.vn", registered: "yes", website: "github-pages", email: "google-workspace", https: "not-asked" },
    ]);
    // Six questions, about the typed name and its www only; nothing else left the tab.
    assert.deepEqual(dohQuestions(requests).sort(), [
      "ghpages.id.vn", "ghpages.id.vn", "ghpages.id.vn", "ghpages.id.vn", "ghpages.id.vn", "www.ghpages.id.vn",
    ]);
    assert.deepEqual(requests.filter((r) => !r.url.startsWith(server.url) && !r.url.startsWith(doh.url)), []);
    assert.deepEqual(errors, []);
    await context.close();
  });

  it("asks one question about a name that does not exist, and says what to do", async () => {
    const { page, errors, requests, context } = await open('mode="check"');
    const w = page.locator("#w");
    const f = await check(w, "khongco.id.vn");
    assert.deepEqual(Object.keys(f), ["registered"]);
    assert.equal(f.registered.verdict, "missing");
    assert.match(f.registered.text, /does not exist in the DNS yet/);
    assert.deepEqual(dohQuestions(requests), ["khongco.id.vn"]);
    assert.deepEqual(await checks(page), [
      { domain: "khongco.id.vn", registered: "no", website: "none", email: "none", https: "not-asked" },
    ]);
    assert.deepEqual(errors, []);
    await context.close();
  });

  it("gives the records to add for the host and mail service the visitor picks", async () => {
    const { page, errors, context } = await open('mode="check"');
    const w = page.locator("#w");
    const f = await check(w, "empty.id.vn");
    assert.deepEqual([f.registered.verdict, f.website.verdict, f.email.verdict], ["ok", "missing", "missing"]);
    assert.equal(await w.getByText("Your site is live!").count(), 0);
    await w.getByLabel("Where is your site hosted?").selectOption({ label: "GitHub Pages" });
    await w.getByLabel("Your site's address at the host").fill("An.GitHub.io");
    const records = () =>
      w.locator('[data-setup="website"] table.records tbody tr').evaluateAll((rows) =>
        rows.map((r) => [...r.cells].map((c) => c.textContent).join(" ")),
      );
    const web = await records();
    for (const a of GITHUB_A) assert.ok(web.includes(`@ A ${a}`), JSON.stringify(web));
    assert.ok(web.includes("www CNAME an.github.io"), JSON.stringify(web));
    assert.ok(web.some((r) => r.startsWith("@ AAAA 2606:50c0:8000::153")), JSON.stringify(web));
    await w.getByLabel("Where is your site hosted?").selectOption({ label: "Your registrar's free hosting" });
    await w.getByText("Your registrar turns on the free hosting").waitFor();
    await w.getByLabel("Where is your e-mail hosted?").selectOption({ label: "Zoho Mail" });
    const mail = await w.locator('[data-setup="email"] table.records tbody tr').allInnerTexts();
    assert.deepEqual((await axeViolations(page)).map((v) => v.text), [], "WCAG 2.2 AA, with every part of a report shown");
    assert.ok(mail.some((r) => /MX/.test(r) && /zoho/.test(r)), JSON.stringify(mail));
    assert.ok(mail.some((r) => /TXT/.test(r) && /v=spf1/.test(r)), JSON.stringify(mail));
    assert.deepEqual(errors, []);
    await context.close();
  });

  it("says which half is missing, a server it does not know, and mail without SPF", async () => {
    const { page, errors, context } = await open('mode="check"');
    const w = page.locator("#w");
    const www = await check(w, "netlifywww.id.vn");
    assert.equal(www.website.verdict, "attention");
    assert.match(www.website.text, /points to Netlify \(shop\.netlify\.app\)\. Only www\.netlifywww\.id\.vn has a website/);
    const parked = await check(w, "parked.id.vn");
    assert.equal(parked.website.verdict, "ok");
    assert.match(parked.website.text, /a server we do not recognise \(192\.0\.2\.44\)/);
    const mail = await check(w, "mailonly.id.vn");
    assert.deepEqual([mail.website.verdict, mail.email.verdict], ["missing", "attention"]);
    assert.match(mail.email.text, /Zoho Mail .* There is no SPF record/);
    assert.deepEqual((await checks(page)).map((c) => [c.website, c.email]), [
      ["netlify", "none"],
      ["other", "none"],
      ["none", "zoho"],
    ]);
    assert.deepEqual(errors, []);
    await context.close();
  });

  it("never says missing when the resolvers fail: SERVFAIL, and a resolver that is down", async () => {
    const { page, errors, context } = await open('mode="check"');
    const w = page.locator("#w");
    const f = await check(w, "broken.id.vn");
    assert.deepEqual(Object.entries(f).map(([k, v]) => [k, v.verdict]), [["registered", "unknown"]]);
    assert.match(f.registered.text, /did not answer, so we can't tell/);
    await context.close();

    const down = await open('mode="check"', { dohUrl: `http://127.0.0.1:${await freePort()}/dns-query`, path: "/t/down.html" });
    const g = await check(down.page.locator("#w"), "ghpages.id.vn");
    assert.deepEqual(Object.entries(g).map(([k, v]) => [k, v.verdict]), [["registered", "unknown"]]);
    assert.deepEqual((await checks(down.page))[0], {
      domain: "ghpages.id.vn", registered: "unknown", website: "unknown", email: "unknown", https: "not-asked",
    });
    assert.deepEqual(errors, []);
    await down.context.close();
  });

  it("explains a typed name it cannot check", async () => {
    const { page, requests, context } = await open('mode="check"');
    const w = page.locator("#w");
    const field = w.getByLabel("Domain name");
    for (const [typed, message] of [
      ["", "Type a domain name, e.g. nguyenvanan.id.vn."],
      ["annguyen.com", "This checks Vietnam's .vn names: the name must end in .vn."],
      ["id.vn", "Type the whole name, e.g. nguyenvanan.id.vn, not only its ending."],
      ["an_nguyen.id.vn", "A domain name cannot hold “_”: letters a–z, digits and hyphens only."],
      ["nguyễnvănan.id.vn", "Names with Vietnamese letters are registered in their xn--… form: type that form, as your registrar shows it."],
    ]) {
      await field.fill(typed);
      await w.getByRole("button", { name: "Check", exact: true }).click();
      await w.locator("#vnda-check-domain-error").getByText(message).waitFor();
      assert.equal(await field.getAttribute("aria-invalid"), "true");
      assert.match(await field.getAttribute("aria-describedby"), /vnda-check-domain-error/);
    }
    assert.deepEqual(dohQuestions(requests), [], "nothing asked about a name that is not one");
    await context.close();
  });

  it("asks the visitor's own site over HTTPS only when asked: one no-cors request, no cookie, no referrer", async () => {
    const { page, errors, requests, context } = await open('mode="check"');
    await context.addCookies([{ name: "session", value: "secret", domain: "ghpages.id.vn", path: "/", secure: true }]);
    const probed = [];
    await context.route("https://ghpages.id.vn/", async (route) => {
      probed.push(await route.request().allHeaders());
      await route.fulfill({ status: 200, body: "<!doctype html><title>site</title>" });
    });
    const w = page.locator("#w");
    await check(w, "ghpages.id.vn");
    await w.getByText("This button contacts your own site, https://ghpages.id.vn/, once.").waitFor();
    assert.equal(requests.filter((r) => r.url.startsWith("https://ghpages.id.vn")).length, 0, "not before the press");
    await w.getByRole("button", { name: "Does it answer over HTTPS?" }).click();
    await w.locator('[data-finding="https"][data-verdict="ok"]').getByText("Something answered over HTTPS.").waitFor();
    const probes = requests.filter((r) => r.url.startsWith("https://ghpages.id.vn"));
    assert.equal(probes.length, 1);
    // The answer carries no CORS header: only a no-cors request can see it answered.
    assert.equal(probed.length, 1);
    assert.equal(probed[0].referer, undefined);
    assert.equal(probed[0].cookie, undefined, "the site's own cookie is not sent");
    assert.equal((await checks(page)).at(-1).https, "answered");

    // Nothing there: said so, as "missing", with what usually causes it.
    await context.unroute("https://ghpages.id.vn/");
    await context.route("https://ghpages.id.vn/", (route) => route.abort("connectionrefused"));
    await w.getByRole("button", { name: "Does it answer over HTTPS?" }).click();
    await w.locator('[data-finding="https"][data-verdict="missing"]').getByText(/^Nothing answered over HTTPS/).waitFor();
    assert.equal((await checks(page)).at(-1).https, "no-answer");
    // The browser itself logs the refused connection; the widget adds nothing.
    assert.deepEqual(errors.filter((e) => e !== "Failed to load resource: net::ERR_CONNECTION_REFUSED"), []);
    await context.close();
  });

  it("is reached from the journey's first step, and leads back to it", async () => {
    const { page, errors, context } = await open('program="id" today="2025-06-01"', { path: "/t/entry.html" });
    const w = page.locator("#w");
    await w.getByRole("button", { name: "Already registered? Check your site" }).click();
    await w.getByRole("heading", { name: "Is your site live?" }).waitFor();
    assert.equal(await page.locator("#w").getAttribute("mode"), "check");
    const f = await check(w, "ghpages.id.vn");
    assert.equal(f.website.verdict, "ok");
    await w.getByRole("button", { name: "Back to registering a name" }).click();
    await w.getByLabel("Full name", { exact: true }).waitFor();
    assert.equal(await page.locator("#w").getAttribute("mode"), null);
    assert.deepEqual(errors, []);
    await context.close();
  });

  it("speaks Vietnamese and Khmer", async () => {
    for (const [lang, heading, label, live] of [
      ["vi", "Trang của bạn đã chạy chưa?", "Tên miền", "Trang của bạn đã chạy!"],
      ["km", "តើគេហទំព័ររបស់អ្នកដំណើរការហើយឬនៅ?", "ឈ្មោះដែន", "គេហទំព័ររបស់អ្នកដំណើរការហើយ!"],
    ]) {
      const body = `<vn-domain-assistant id="w" lang="${lang}" mode="check" doh="${doh.url}"></vn-domain-assistant>`;
      const { page, errors, context } = await newPage(browser, server.url, { pages: { "/t/l.html": hostPage(body) } });
      await page.goto(server.url + "/t/l.html");
      await readyCount(page, 1);
      const w = page.locator("#w");
      await w.getByRole("heading", { name: heading }).waitFor();
      await w.getByLabel(label).fill("ghpages.id.vn");
      await w.locator("form button[type=submit]").click();
      await w.getByText(live).waitFor();
      assert.deepEqual(errors, []);
      await context.close();
    }
  });
});

describe('mode="roster"', () => {
  it("reads a pasted CSV: bad lines by number, duplicates merged, then progress, totals, a sortable table and a CSV file", async () => {
    const { page, errors, requests, context } = await open('mode="roster"');
    const w = page.locator("#w");
    await w.getByRole("heading", { name: "Check a list of domain names" }).waitFor();
    const list = [
      "domain;owner",
      "ghpages.id.vn;An",
      "GHPAGES.id.vn;An",
      "annguyen.com;Bình",
      "khongco.id.vn;Chi",
      "",
      "empty.id.vn;Dũng",
      "mailonly.id.vn;Em",
    ].join("\n");
    await w.getByLabel("Domain names", { exact: true }).fill(list);
    await w.getByText("4 names to check, about").waitFor();
    await w.getByText("1 duplicates merged.").waitFor();
    await w.locator('.bad-lines li[data-line="4"]').getByText("Line 4: “annguyen.com;Bình”").waitFor();
    await w.getByRole("button", { name: "Check 4 names" }).click();
    await w.locator(".totals").getByText("4 names: 3 registered, 1 with a website, 2 with e-mail.").waitFor();
    assert.equal(await w.locator("progress").getAttribute("value"), "4");
    const rows = () =>
      w.locator("table.roster tbody tr").evaluateAll((trs) => trs.map((tr) => [tr.dataset.domain, tr.dataset.website]));
    assert.deepEqual((await rows()).map((r) => r[0]).sort(), ["empty.id.vn", "ghpages.id.vn", "khongco.id.vn", "mailonly.id.vn"]);
    await w.getByRole("button", { name: "Sort by Domain" }).click();
    assert.deepEqual((await rows()).map((r) => r[0]), ["empty.id.vn", "ghpages.id.vn", "khongco.id.vn", "mailonly.id.vn"]);
    assert.equal(await w.locator("th[aria-sort=ascending]").count(), 1);
    await w.getByRole("button", { name: "Sort by Domain" }).click();
    assert.deepEqual((await rows()).map((r) => r[0]), ["mailonly.id.vn", "khongco.id.vn", "ghpages.id.vn", "empty.id.vn"]);
    await w.getByRole("button", { name: "Sort by Website" }).click();
    assert.equal((await rows())[0][0], "ghpages.id.vn", "the site first");
    assert.deepEqual((await axeViolations(page)).map((v) => v.text), [], "WCAG 2.2 AA: list, bad lines, table");

    const download = page.waitForEvent("download");
    await w.getByRole("button", { name: "Download the table (CSV)" }).click();
    const csv = await readFile(await (await download).path(), "utf8");
    const lines = csv.trim().split("\r\n");
    assert.equal(lines[0], "domain,registered,website,website_host,https,email,email_service,spf,checked_at");
    assert.equal(lines.length, 5, csv);
    const ghpages = lines.find((l) => l.startsWith("ghpages.id.vn,")).split(",");
    assert.deepEqual(ghpages.slice(0, 8), ["ghpages.id.vn", "yes", "ok", "github-pages", "not-asked", "ok", "google-workspace", "found"]);
    assert.match(ghpages[8], /^\d{4}-\d\d-\d\dT\d\d:\d\d/, "the check time");
    // Only the domains (and their www) were asked about, nothing else was sent anywhere:
    // the owners' names in the list never left the tab.
    const asked = new Set(dohQuestions(requests));
    assert.deepEqual([...asked].filter((n) => !/^(www\.)?(ghpages|khongco|empty|mailonly)\.id\.vn$/.test(n)), []);
    assert.ok(!asked.has("www.khongco.id.vn"), "nothing more about a name that does not exist");
    assert.deepEqual(requests.filter((r) => !r.url.startsWith(server.url) && !r.url.startsWith(doh.url)), []);
    assert.deepEqual(errors, []);
    await context.close();
  });

  it("keeps at most 8 questions in flight against a slow resolver, and stops when asked", async () => {
    const proxy = await startDelayProxy(doh.url, 100);
    try {
      const body = `<vn-domain-assistant id="w" lang="en" mode="roster" doh="${proxy.url}"></vn-domain-assistant>`;
      const { page, errors, context } = await newPage(browser, server.url, {
        pages: { "/t/slow.html": hostPage(body) },
        ignoreHTTPSErrors: true,
      });
      await page.goto(server.url + "/t/slow.html");
      await readyCount(page, 1);
      const w = page.locator("#w");
      const names = Array.from({ length: 60 }, (_, i) => `ten${i}.id.vn`);
      await w.getByLabel("Domain names", { exact: true }).fill(names.join("\n"));
      await w.getByRole("button", { name: "Check 60 names" }).click();
      await page.waitForFunction(
        () => Number(document.querySelector("#w").shadowRoot.querySelector("progress")?.getAttribute("value")) >= 20,
      );
      assert.equal(proxy.stats.peak, 8, "eight in flight, never more");
      await w.getByRole("button", { name: "Stop" }).click();
      const stoppedAt = Number(await w.locator("progress").getAttribute("value"));
      await w.locator(".status").getByText(`Stopped after ${stoppedAt} of 60 names.`).waitFor();
      await page.waitForTimeout(400);
      assert.equal(Number(await w.locator("progress").getAttribute("value")), stoppedAt, "nothing after the stop");
      assert.ok(stoppedAt < 60);
      assert.deepEqual(errors, []);
      await context.close();
    } finally {
      await proxy.close();
    }
  });
});

// The whole journey, programme → eligibility → name → starter → registrar, against a
// real DoH server: handoff links, the vnda:handoff event, keyboard-only use.
import { after, before, describe, it } from "node:test";
import assert from "node:assert/strict";
import { hostPage, launchBrowser, newPage, readyCount, serveDist } from "./harness.mjs";
import { startDoh } from "./dns.mjs";

let browser;
let server;
let doh;
before(async () => {
  browser = await launchBrowser();
  server = await serveDist();
  doh = await startDoh({ delegated: ["annguyen"], hosted: ["nguyenvanan"] });
});
after(async () => {
  await browser?.close();
  await server?.close();
  await doh?.stop();
});

const PERSONAL = ["Nguyễn Văn An", "Nguyễn", "2005-03-15", "15/03/2005", "084205012345", "an@example.com"];

async function open(body) {
  const opened = await newPage(browser, server.url, { pages: { "/t/journey.html": hostPage(body) } });
  // Registrar sites are outside this machine's reach: a click opens a tab whose
  // request is stopped here.
  await opened.context.route(/^https:\/\//, (route) => route.abort());
  await opened.page.goto(server.url + "/t/journey.html");
  await readyCount(opened.page, 1);
  return opened;
}

/** Fills the id.vn form and goes on to names, then chooses the first free name: on to the registrars. */
async function toRegistrars(w, { lang = "en" } = {}) {
  const label = {
    en: { name: "Full name", dob: "Date of birth", id: "Citizen ID number", check: "Check", next: /choose a name/ },
  }[lang];
  await w.getByLabel(label.name, { exact: true }).fill("Nguyễn Văn An");
  await w.getByLabel(label.dob).fill("2005-03-15");
  await w.getByLabel(label.id).fill("084205012345");
  await w.getByLabel("E-mail").fill("an@example.com");
  await w.getByRole("checkbox").check();
  await w.getByRole("button", { name: label.check, exact: true }).click();
  await w.getByRole("button", { name: label.next }).click();
  const free = w.locator('li[data-status="likely-available"]').first();
  await free.waitFor();
  const domain = await free.getAttribute("data-domain");
  await free.getByRole("button").click();
  return domain;
}

describe("handoff", () => {
  it("lists the registrars as new-tab links without referrer, and tells the host which one was opened", async () => {
    const body = `<vn-domain-assistant id="w" lang="en" program="id" today="2025-06-01" doh="${doh.url}"></vn-domain-assistant>`;
    const { page, errors, context } = await open(body);
    const w = page.locator("#w");
    const domain = await toRegistrars(w);
    // Choosing a name leads to the registrars in one press, before any page builder.
    await w.getByRole("heading", { name: `Register ${domain}` }).waitFor();
    assert.equal(await w.locator("iframe.preview").count(), 0);

    const links = await w.locator("a[data-registrar]").evaluateAll((as) =>
      as.map((a) => ({ id: a.dataset.registrar, href: a.getAttribute("href"), target: a.target, rel: a.rel })),
    );
    assert.ok(links.length >= 9, JSON.stringify(links));
    for (const l of links) {
      assert.match(l.href, /^https:\/\/[^/]+\//);
      assert.equal(l.target, "_blank");
      assert.equal(l.rel, "noopener noreferrer");
    }
    // At least three built-in registrars open a page that holds the name; they
    // come first, under a line that says so.
    const carrying = links.filter((l) => l.href.includes(`=${encodeURIComponent(domain)}`));
    assert.ok(carrying.length >= 3, JSON.stringify(links));
    assert.deepEqual(links.slice(0, carrying.length), carrying, "the links that carry the name come first");
    await w.getByText(`These open a page with ${domain} already filled in:`).waitFor();
    // The rest open their offer or home page: the visitor is told why, and can copy the name.
    await w.getByText("These registrars' pages do not take the name from a link").waitFor();
    await w.getByRole("button", { name: `Copy the name ${domain}` }).waitFor();
    const checklist = w.locator("ul.checklist");
    await checklist.getByText("Your citizen ID card (CCCD)", { exact: false }).waitFor();
    await checklist.getByText("Usually one free id.vn name per person; the registrar confirms").waitFor();
    // It ends with what happens next, in order, with what is paid on the day.
    await w.getByRole("heading", { name: "What happens next" }).waitFor();
    const next = await w.locator("ol.what-next li").allInnerTexts();
    assert.equal(next.length, 5, JSON.stringify(next));
    assert.match(next[1], /eKYC/);
    assert.match(next[2], /^Pay nothing for the first 2 years/);
    assert.equal(next[3], `Wait for the registrar to tell you ${domain} is granted.`);
    // The page comes after, offered there.
    await w.getByRole("button", { name: "Build your page while you wait for the name (optional)" }).waitFor();

    // Clicking one opens the registrar's page with the name in its URL.
    await context.route("https://www.matbao.net/**", (route) =>
      route.fulfill({ status: 200, contentType: "text/html", body: "<!doctype html><title>Mắt Bão</title>" }),
    );
    const tab = context.waitForEvent("page");
    await w.locator('a[data-registrar="matbao"]').click();
    const opened = await tab;
    await opened.waitForLoadState("domcontentloaded");
    const url = new URL(opened.url());
    assert.equal(url.origin + url.pathname, "https://www.matbao.net/ten-mien/ket-qua-kiem-tra-ten-mien.html");
    assert.equal(url.searchParams.get("tenmien"), domain);
    const events = await page.evaluate(() => window.events.filter((e) => e.name === "vnda:handoff"));
    assert.deepEqual(events.map((e) => e.detail), [{ domain, registrar: "matbao" }]);
    assert.deepEqual(errors, []);
    await context.close();
  });

  it("puts the chosen name, URL-encoded, into a registrar's link where its template asks for it", async () => {
    const config = JSON.stringify({
      registrars: {
        list: [
          {
            id: "search",
            name: "Search Registrar",
            url: "https://reg.example.vn/check?domain={domain}&ref=vnda",
            programmes: ["id"],
            logo: "https://reg.example.vn/logo.svg",
          },
          { id: "biz-only", name: "Business Registrar", url: "https://biz.example.vn/", programmes: ["biz"] },
        ],
        surveyUrl: "https://forms.example.vn/khao-sat",
      },
    });
    const body = `<vn-domain-assistant id="w" lang="en" program="id" today="2025-06-01" doh="${doh.url}"><script type="application/json">${config}</script></vn-domain-assistant>`;
    const { page, errors, context } = await open(body);
    await context.route("https://reg.example.vn/logo.svg", (route) =>
      route.fulfill({ contentType: "image/svg+xml", body: '<svg xmlns="http://www.w3.org/2000/svg" width="24" height="24"/>' }),
    );
    const w = page.locator("#w");
    const domain = await toRegistrars(w);
    const links = w.locator("a[data-registrar]");
    // The registrar's logo, decorative beside its name.
    assert.equal(await links.first().locator("img").getAttribute("src"), "https://reg.example.vn/logo.svg");
    assert.equal(await links.first().locator("img").getAttribute("alt"), "");
    assert.equal(await links.count(), 1, "only the registrars of the programme");
    assert.equal(
      await links.first().getAttribute("href"),
      `https://reg.example.vn/check?domain=${encodeURIComponent(domain)}&ref=vnda`,
    );
    // Every registrar link carries the name: no copy button needed.
    assert.equal(await w.getByRole("button", { name: /Copy the name/ }).count(), 0);
    // The host's survey is offered once a registrar was opened, not before.
    const survey = w.getByRole("link", { name: /Tell us how it went/ });
    assert.equal(await survey.count(), 0);
    const tab = context.waitForEvent("page");
    await links.first().click();
    await tab;
    assert.equal(await survey.getAttribute("href"), "https://forms.example.vn/khao-sat");
    assert.equal(await survey.getAttribute("rel"), "noopener noreferrer");
    assert.deepEqual(errors, []);
    await context.close();
  });
});

describe("the whole journey", () => {
  it("a young citizen goes from programme choice to a registrar with the keyboard alone, and nothing personal leaves", async () => {
    const body = `<vn-domain-assistant id="w" lang="en" today="2025-06-01" doh="${doh.url}"></vn-domain-assistant>`;
    const { page, errors, requests, context } = await open(body);
    const w = page.locator("#w");
    const key = (k) => page.keyboard.press(k);
    const typeInto = async (name, text) => {
      await w.getByLabel(name, { exact: true }).focus();
      await page.keyboard.type(text);
    };

    // Programme: focus the radio group, Space selects, Tab to Continue, Enter.
    await w.getByRole("radio", { name: /id\.vn/ }).focus();
    await key("Space");
    await key("Tab");
    await key("Enter");
    await w.getByLabel("Full name", { exact: true }).waitFor();
    // The step heading takes focus (on the frame after the step is drawn).
    await page.waitForFunction(() => document.querySelector("#w").shadowRoot.activeElement?.id === "vnda-step-heading");

    await key("Tab");
    await page.keyboard.type("Nguyễn Văn An");
    await key("Tab");
    await w.getByLabel("Date of birth").fill("2005-03-15"); // segment order depends on the locale
    await typeInto("Citizen ID number", "084205012345");
    await w.getByRole("checkbox").focus();
    await key("Space");
    await key("Enter");
    await w.locator('[data-outcome="eligible"]').waitFor();
    await w.getByRole("button", { name: /choose a name/ }).focus();
    await key("Enter");

    const free = w.locator('li[data-status="likely-available"]').first();
    await free.waitFor();
    const domain = await free.getAttribute("data-domain");
    await free.getByRole("button").focus();
    await key("Enter");
    await w.getByRole("heading", { name: `Register ${domain}` }).waitFor();
    // The progress indicator names every step to screen readers and marks this one
    // as current; on screen the header is one line: the passed steps' numbers
    // (each a button named after its step) and this step's name.
    const steps = w.getByRole("navigation").getByRole("button");
    assert.deepEqual(await steps.evaluateAll((bs) => bs.map((b) => b.getAttribute("aria-label"))), ["1. Programme", "2. Eligibility", "3. Name"]);
    assert.deepEqual(await steps.allInnerTexts(), ["1", "2", "3"]);
    assert.equal(await w.locator('nav li[aria-current="step"]').innerText(), "4. Register");
    assert.equal(await w.locator("nav li").count(), 5, "every step is listed");
    // The page is offered from there, and comes back to the registrars.
    await w.getByRole("button", { name: "Build your page while you wait for the name (optional)" }).focus();
    await key("Enter");
    await w.getByRole("heading", { name: "A first website for your name" }).waitFor();
    assert.equal(await w.locator('nav li[aria-current="step"]').innerText(), "5. Your page (optional)");
    await w.getByRole("button", { name: "Back" }).focus();
    await key("Enter");
    await w.getByRole("heading", { name: `Register ${domain}` }).waitFor();

    // Back keeps what was typed, all the way to the form.
    for (let i = 0; i < 2; i++) {
      await w.getByRole("button", { name: "Back" }).focus();
      await key("Enter");
    }
    assert.equal(await w.getByLabel("Full name", { exact: true }).inputValue(), "Nguyễn Văn An");
    assert.equal(await w.getByLabel("Citizen ID number").inputValue(), "084205012345");

    // Nothing personal in any request or event.
    const sent = JSON.stringify(requests.map((r) => [r.url, r.headers])) + JSON.stringify(await page.evaluate(() => window.events));
    for (const p of PERSONAL) assert.ok(!sent.includes(p) && !sent.includes(encodeURIComponent(p)), p);
    // And nothing stored anywhere (no draft was asked for).
    assert.deepEqual(
      await page.evaluate(async () => ({
        local: { ...localStorage },
        session: { ...sessionStorage },
        cookie: document.cookie,
        indexedDB: (await indexedDB.databases()).map((d) => d.name),
        serviceWorkers: (await navigator.serviceWorker.getRegistrations()).length,
        caches: await caches.keys(),
      })),
      { local: {}, session: {}, cookie: "", indexedDB: [], serviceWorkers: 0, caches: [] },
    );
    assert.deepEqual(errors, []);
    await context.close();
  });
});

describe("keeping a draft", () => {
  it("stores nothing unless asked; a kept draft survives a reload of the tab; forget wipes storage and fields", async () => {
    const body = `<vn-domain-assistant id="w" lang="en" program="id" today="2025-06-01" doh="${doh.url}"></vn-domain-assistant>`;
    const { page, errors, context } = await open(body);
    const w = page.locator("#w");
    const stored = () => page.evaluate(() => ({ ...sessionStorage }));
    await w.getByLabel("Full name", { exact: true }).fill("Nguyễn Văn An");
    await w.getByLabel("Citizen ID number").fill("084205012345");
    assert.deepEqual(await stored(), {}, "nothing stored before the visitor asks");

    await w.getByRole("button", { name: "Keep my answers in this tab" }).click();
    await w.getByText("are kept in this tab, on this device").waitFor();
    await w.getByLabel("Date of birth").fill("2005-03-15");
    const kept = JSON.parse((await stored())["vnda-draft:w"]);
    assert.equal(kept.fullName, "Nguyễn Văn An");
    assert.equal(kept.birthDate, "2005-03-15");
    assert.deepEqual(await page.evaluate(() => ({ ...localStorage })), {}, "never localStorage");
    assert.equal(await page.evaluate(() => document.cookie), "");

    await page.reload();
    await readyCount(page, 1);
    assert.equal(await w.getByLabel("Full name", { exact: true }).inputValue(), "Nguyễn Văn An");
    assert.equal(await w.getByLabel("Citizen ID number").inputValue(), "084205012345");
    assert.equal(await w.getByLabel("Date of birth").inputValue(), "2005-03-15");
    await w.getByText("are kept in this tab, on this device").waitFor();

    await w.getByRole("button", { name: "Forget now" }).click();
    assert.deepEqual(await stored(), {});
    assert.equal(await w.getByLabel("Full name", { exact: true }).inputValue(), "");
    assert.equal(await w.getByLabel("Citizen ID number").inputValue(), "");
    await w.getByLabel("Full name", { exact: true }).fill("Trần Thị Bình");
    assert.deepEqual(await stored(), {}, "after forgetting, nothing is kept again until asked");
    assert.deepEqual(errors, []);
    await context.close();
  });

  it("a draft kept at the old page-before-registrars step resumes at the registrars; one kept at the page step resumes there", async () => {
    for (const [step, heading] of [["starter", "Register annguyen.id.vn"], ["page", "A first website for your name"], ["handoff", "Register annguyen.id.vn"]]) {
      const body = `<vn-domain-assistant id="w" lang="en" program="id" today="2025-06-01" doh="${doh.url}"></vn-domain-assistant>`;
      const opened = await newPage(browser, server.url, { pages: { "/t/draft.html": hostPage(body) } });
      const draft = JSON.stringify({ program: "id", step, fullName: "Nguyễn Văn An", chosen: "annguyen.id.vn" });
      // (Not in the page step's sandboxed preview frame, which has no storage.)
      await opened.page.addInitScript((d) => window === window.top && sessionStorage.setItem("vnda-draft:w", d), draft);
      await opened.page.goto(server.url + "/t/draft.html");
      await readyCount(opened.page, 1);
      const w = opened.page.locator("#w");
      await w.getByRole("heading", { name: heading }).waitFor();
      await w.getByText("are kept in this tab, on this device").waitFor();
      assert.deepEqual(opened.errors, [], step);
      await opened.context.close();
    }
  });
});

describe("bad input", () => {
  it("10,000-character, emoji, RTL, NUL and lone-surrogate input gets plain messages, no panic, and the sibling widget keeps working", async () => {
    const body = `<vn-domain-assistant id="a" lang="en" program="id" today="2025-06-01" doh="${doh.url}"></vn-domain-assistant>
      <vn-domain-assistant id="b" lang="en" program="id" today="2025-06-01" doh="${doh.url}"></vn-domain-assistant>`;
    const { page, errors, context } = await open(body);
    await readyCount(page, 2);
    const a = page.locator("#a");
    const nasty = "\uD800Nguyễn\u202E\u0000😀".repeat(1000) + "\uDC00";
    // Set the values the way a paste would, lone surrogates included (fill() would clean them).
    const put = (label, value) =>
      a.getByLabel(label, { exact: true }).evaluate((input, v) => {
        input.value = v;
        input.dispatchEvent(new Event("input", { bubbles: true }));
      }, value);
    await put("Full name", nasty);
    await put("Citizen ID number", "\uD83D".repeat(5000));
    await put("E-mail", nasty);
    await a.getByRole("checkbox").check();
    await a.getByRole("button", { name: "Check", exact: true }).click();
    await a.locator('[data-outcome="needs-info"]').waitFor();
    const message = await a.locator(".field-error").first().innerText();
    assert.ok(message.length > 10 && !/error|panic|undefined/i.test(message), message);

    // The names step with the same garbage as the name and as a typed label.
    await put("Full name", "Nguyễn Văn An");
    await put("Citizen ID number", "084205012345");
    await put("E-mail", "");
    await put("Date of birth", "2005-03-15");
    await a.getByRole("button", { name: "Check", exact: true }).click();
    await a.getByRole("button", { name: /choose a name/ }).click();
    await a.getByLabel("Or type the name you want").evaluate((input, v) => {
      input.value = v;
      input.dispatchEvent(new Event("input", { bubbles: true }));
    }, nasty);
    await a.locator('li[data-status="invalid"]').first().waitFor();

    // The other widget on the page is alive: a panic would have stopped every one.
    const b = page.locator("#b");
    await b.getByLabel("Full name", { exact: true }).fill("Trần Thị Bình");
    await b.getByLabel("Date of birth").fill("2004-01-02");
    await b.getByLabel("Citizen ID number").fill("084304012345");
    await b.getByRole("checkbox").check();
    await b.getByRole("button", { name: "Check", exact: true }).click();
    await b.locator('[data-outcome="eligible"]').waitFor();
    assert.deepEqual(errors, []);
    await context.close();
  });
});

describe("the names step keeps what was typed", () => {
  it("nickname, extra word and own label survive leaving the step; the name edited there is the form's name", async () => {
    const body = `<vn-domain-assistant id="w" lang="en" program="id" today="2025-06-01" doh="${doh.url}"></vn-domain-assistant>`;
    const { page, errors, context } = await open(body);
    const w = page.locator("#w");
    await toRegistrars(w);
    await w.getByRole("button", { name: "Back" }).click();
    await w.getByLabel("Nickname (optional)").fill("Bin");
    await w.getByLabel("Extra word (optional)").fill("tvu");
    await w.getByLabel("Or type the name you want").fill("anbin");
    await w.getByLabel("Full name", { exact: true }).fill("Nguyễn Văn Bình An");
    await w.getByRole("button", { name: "Back" }).click();
    // The eligibility form shows the name as edited in the names step.
    assert.equal(await w.getByLabel("Full name", { exact: true }).inputValue(), "Nguyễn Văn Bình An");
    await w.getByRole("button", { name: "Check", exact: true }).click();
    await w.getByRole("button", { name: /choose a name/ }).click();
    assert.equal(await w.getByLabel("Nickname (optional)").inputValue(), "Bin");
    assert.equal(await w.getByLabel("Extra word (optional)").inputValue(), "tvu");
    assert.equal(await w.getByLabel("Or type the name you want").inputValue(), "anbin");
    await w.locator('li[data-domain="anbin.id.vn"]').waitFor();
    assert.deepEqual(errors, []);
    await context.close();
  });
});

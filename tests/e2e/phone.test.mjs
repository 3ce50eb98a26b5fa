// A student's journey on a phone (issue "A student's journey on a phone"): at 320
// and 360 px, in vi, en and km, nothing scrolls sideways (the demo page and every
// step of the widget), every control a finger touches is at least 44 × 44 px
// (inline links in running text excepted), no sentence is said twice on a screen,
// the header is one line after the first step, the names list comes before what
// refines it, and the preview frame is skipped by Tab until the visitor opens it.
import { after, before, describe, it } from "node:test";
import assert from "node:assert/strict";
import { hostPage, launchBrowser, newPage, readyCount, serveDist } from "./harness.mjs";
import { startDoh } from "./dns.mjs";
import { namesDistance, PHONE_TEXT, repeatedSentences, sideways, smallTargets, tabsToRegistrar } from "./phone-measure.mjs";

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

const PHONE = { width: 360, height: 640 };
const TEXT = {
  vi: { ...PHONE_TEXT.vi, dob: "Ngày sinh", id: "Số định danh cá nhân (số CCCD)", names: /chọn tên miền/, page: /Làm trang web/, explore: "Duyệt bản xem trước bằng bàn phím" },
  en: { ...PHONE_TEXT.en, dob: "Date of birth", id: "Citizen ID number", names: /choose a name/, page: /Build your page/, explore: "Explore the preview with the keyboard" },
  km: { ...PHONE_TEXT.km, dob: "ថ្ងៃខែឆ្នាំកំណើត", id: "លេខអត្តសញ្ញាណប័ណ្ណពលរដ្ឋ", names: /ជ្រើសរើសឈ្មោះដែន/, page: /បង្កើតទំព័រ/, explore: "រុករកការមើលជាមុនដោយក្តារចុច" },
};
const PERSON = { name: "Thạch Sa Rươne", date: "15/03/2005", id: "084205012345" };

async function open(lang, program = "", today = "2026-12-03") {
  const body = `<vn-domain-assistant id="w" lang="${lang}" ${program} today="${today}" doh="${doh.url}"></vn-domain-assistant>`;
  const { page, context, errors } = await newPage(browser, server.url, { viewport: PHONE, pages: { "/t/phone.html": hostPage(body) } });
  // Registrar pages are not this test's business.
  await context.route(/^https:\/\//, (route) => route.fulfill({ status: 200, contentType: "text/html", body: "<p>A registrar</p>" }));
  await page.goto(server.url + "/t/phone.html");
  await readyCount(page, 1);
  return { page, context, errors, w: page.locator("#w") };
}

const settle = (page) => page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));

/** The header's state: title shown or not, and the heights of what stands above the step heading. */
const header = (page) =>
  page.evaluate(() => {
    const root = document.querySelector("#w").shadowRoot;
    const title = root.querySelector("#vnda-title").getBoundingClientRect();
    const nav = root.querySelector("nav.progress").getBoundingClientRect();
    const heading = root.querySelector("#vnda-step-heading").getBoundingClientRect();
    const section = root.querySelector("section.vnda").getBoundingClientRect();
    return { titleShown: title.width > 1, nav: Math.round(nav.height), above: Math.round(heading.top - section.top) };
  });

describe("the demo page on a phone", () => {
  for (const width of [320, 360]) {
    it(`does not scroll sideways at ${width} px`, async () => {
      const { page, context, errors } = await newPage(browser, server.url, { viewport: { width, height: 640 } });
      await page.goto(server.url + "/index.html");
      await page.waitForLoadState("load");
      // As loaded (widgets below the fold wait, lazily), then with every widget started.
      const loaded = await sideways(page);
      assert.equal(loaded.page, 0, `the demo page is ${loaded.widest} px wide at ${width} px`);
      for (const el of await page.locator("vn-domain-assistant").all()) await el.scrollIntoViewIfNeeded();
      await page.waitForFunction(() => [...document.querySelectorAll("vn-domain-assistant")].every((el) => el.shadowRoot?.querySelector("section")));
      const s = await sideways(page);
      assert.equal(s.page, 0, `the demo page is ${s.widest} px wide at ${width} px with its widgets started`);
      assert.deepEqual(errors, []);
      await context.close();
    });
  }
});

for (const lang of ["vi", "en", "km"]) {
  describe(`a student's journey at 360 × 640 in ${lang}`, () => {
    it("every step fits 320 and 360 px, every target is 44 px or more, the header is one line after the first step", async () => {
      const { page, context, errors, w } = await open(lang);
      const t = TEXT[lang];
      const problems = [];
      const at = async (step) => {
        for (const width of [320, 360]) {
          await page.setViewportSize({ width, height: 640 });
          await settle(page);
          const s = await sideways(page);
          if (s.page || s.panel) problems.push(`${step} at ${width} px: scrolls sideways (page ${s.page} px, panel ${s.panel} px)`);
        }
        for (const small of await smallTargets(page)) problems.push(`${step}: ${small}`);
        for (const twice of await repeatedSentences(page)) problems.push(`${step}: said twice: ${twice}`);
        if (step !== "1-programme") {
          const h = await header(page);
          if (h.titleShown || h.nav > 48) problems.push(`${step}: the header is not one line: ${JSON.stringify(h)}`);
        }
      };
      await at("1-programme");
      await w.getByRole("radio", { name: /id\.vn/ }).check();
      await w.getByRole("button", { name: t.next, exact: true }).click();
      await at("2-eligibility");
      await w.getByRole("button", { name: t.check, exact: true }).click();
      await w.locator("[data-outcome]").waitFor();
      await at("2-eligibility-errors");
      await w.getByLabel(t.name, { exact: true }).fill(PERSON.name);
      await w.getByLabel(t.dob, { exact: true }).fill(PERSON.date);
      await w.getByLabel(t.id, { exact: true }).fill(PERSON.id);
      await w.getByRole("checkbox").check();
      await w.getByRole("button", { name: t.check, exact: true }).click();
      await w.locator('[data-outcome="eligible"]').waitFor();
      await at("2-eligibility-outcome");
      await w.getByRole("button", { name: t.names }).click();
      const free = w.locator('li[data-status="likely-available"]').first();
      await free.waitFor();
      await at("3-names");
      // The list first: its first name ends within one phone screen of the heading,
      // and the fields that refine it come after it.
      await page.setViewportSize(PHONE);
      const d = await namesDistance(page);
      assert.ok(d.toFirst <= PHONE.height, `heading → first suggestion: ${d.toFirst} px`);
      const order = await page.evaluate(() => {
        const root = document.querySelector("#w").shadowRoot;
        return root.querySelector("ul.names").compareDocumentPosition(root.querySelector(".names-form")) & Node.DOCUMENT_POSITION_FOLLOWING;
      });
      assert.ok(order, "the refinements follow the list");
      const domain = await free.getAttribute("data-domain");
      await free.getByRole("button").first().click();
      // Choosing a name leads to the registrars in one press, before any page.
      await w.locator("a[data-registrar]").first().waitFor();
      assert.equal(await w.locator("iframe").count(), 0, "no page builder on the way to the registrar");
      await at("4-register");
      // The first registrar opens holding the chosen name.
      const opened = context.waitForEvent("page");
      await w.locator('.registrar-list[data-carries-name="true"] a[data-registrar]').first().click();
      const registrar = await opened;
      assert.ok(decodeURIComponent(registrar.url()).includes(domain), `${registrar.url()} holds ${domain}`);
      await registrar.close();
      await w.getByRole("button", { name: t.page }).click();
      await w.locator("iframe.preview").waitFor();
      await at("5-page");
      assert.deepEqual(problems, []);
      assert.deepEqual(errors, []);
      await context.close();
    });

    it("the biz.vn form (while its offer was open), with its problems shown, fits 320 and 360 px with 44 px targets", async () => {
      const { page, context, errors, w } = await open(lang, 'program="biz"', "2025-06-01");
      const problems = [];
      for (const shown of ["empty", "problems"]) {
        if (shown === "problems") {
          await w.getByRole("button", { name: TEXT[lang].check, exact: true }).click();
          await w.locator("[data-outcome]").waitFor();
        }
        for (const width of [320, 360]) {
          await page.setViewportSize({ width, height: 640 });
          await settle(page);
          const s = await sideways(page);
          if (s.page || s.panel) problems.push(`${shown} at ${width} px: scrolls sideways`);
        }
        for (const small of await smallTargets(page)) problems.push(`${shown}: ${small}`);
        for (const twice of await repeatedSentences(page)) problems.push(`${shown}: said twice: ${twice}`);
      }
      assert.deepEqual(problems, []);
      assert.deepEqual(errors, []);
      await context.close();
    });

    it("the preview frame is one region Tab skips until the visitor opens it", async () => {
      const { page, context, errors, w } = await open(lang, 'program="id"');
      const t = TEXT[lang];
      await w.getByLabel(t.name, { exact: true }).fill(PERSON.name);
      await w.getByLabel(t.dob, { exact: true }).fill(PERSON.date);
      await w.getByLabel(t.id, { exact: true }).fill(PERSON.id);
      await w.getByRole("checkbox").check();
      await w.getByRole("button", { name: t.check, exact: true }).click();
      await w.getByRole("button", { name: t.names }).click();
      await w.locator('li[data-status="likely-available"]').first().getByRole("button").first().click();
      await w.getByRole("button", { name: t.page }).click();
      // The preview settles first: a later render reloads the frame and would take
      // focus out of it. It is settled when its page holds the name and its srcdoc
      // has not changed for longer than the preview's 250 ms delay.
      await page.waitForFunction(async () => {
        const frame = document.querySelector("#w").shadowRoot.querySelector("iframe.preview");
        const before = frame?.srcdoc ?? "";
        await new Promise((r) => setTimeout(r, 600));
        return before.includes("Thạch Sa Rươne") && frame.srcdoc === before;
      });
      const explore = w.getByRole("button", { name: t.explore });
      await explore.focus();
      const next = async () => {
        await page.keyboard.press("Tab");
        return page.evaluate(() => document.querySelector("#w").shadowRoot.activeElement?.tagName ?? `outside: ${document.activeElement?.tagName}`);
      };
      assert.equal(await explore.getAttribute("aria-pressed"), "false");
      assert.notEqual(await next(), "IFRAME", "Tab goes past the preview");
      await explore.click();
      assert.equal(await explore.getAttribute("aria-pressed"), "true");
      await page.waitForFunction(() => !document.querySelector("#w").shadowRoot.querySelector("iframe.preview").inert);
      await explore.focus();
      await page.keyboard.press("Tab");
      // Focus passes into a frame's document asynchronously (the page shows BODY
      // focused for a moment): wait for it to arrive.
      const entered = await page
        .waitForFunction(() => document.querySelector("#w").shadowRoot.activeElement?.tagName === "IFRAME", null, { timeout: 3000 })
        .then(() => "IFRAME")
        .catch(() => page.evaluate(() => document.querySelector("#w").shadowRoot.activeElement?.tagName ?? `outside: ${document.activeElement?.tagName}`));
      assert.equal(entered, "IFRAME", "opened, Tab enters the preview");
      assert.deepEqual(errors, []);
      await context.close();
    });

    it("Tab presses from the first field to a registrar link are few", async () => {
      const { page, context, errors, w } = await open(lang);
      await w.getByRole("radio", { name: /id\.vn/ }).check();
      await w.getByRole("button", { name: TEXT[lang].next, exact: true }).click();
      const tabs = await tabsToRegistrar(page, lang, PERSON);
      // Name, date, ID, e-mail, citizenship, Check, the way on, one name, one link.
      assert.ok(tabs <= 12, `${tabs} Tab presses`);
      assert.deepEqual(errors, []);
      await context.close();
    });
  });
}

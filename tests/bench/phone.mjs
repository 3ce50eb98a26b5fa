// The phone figures of issue "A student's journey on a phone", at 360 × 640 in each
// language: how far the names step's first suggestion is from the step's heading
// (goal: within one screen), the widest page width over every step (360 = nothing
// scrolls sideways), and the Tab presses from the eligibility step's first field to
// a registrar link (keyboard only; Space, Enter and typing not counted).
import { hostPage } from "../e2e/harness.mjs";
import { namesDistance, PHONE_TEXT, sideways, tabsToRegistrar } from "../e2e/phone-measure.mjs";
import { startSite } from "./common.mjs";

const PHONE = { width: 360, height: 640 };
const PERSON = { name: "Thạch Sa Rươne", date: "15/03/2005", id: "084205012345" };

export async function measurePhone(browser, dohUrl) {
  const pages = {};
  for (const lang of ["vi", "en", "km"]) {
    pages[`/b/phone-${lang}.html`] = hostPage(
      `<vn-domain-assistant id="w" lang="${lang}" today="2026-12-03" doh="${dohUrl}"></vn-domain-assistant>`,
    );
  }
  const site = await startSite(pages);
  const out = {};
  try {
    for (const lang of ["vi", "en", "km"]) {
      const context = await browser.newContext({ viewport: PHONE });
      await context.route(/^https:\/\//, (route) => route.abort());
      const page = await context.newPage();
      await page.goto(`${site.url}/b/phone-${lang}.html`);
      await page.waitForFunction(() => window.events.some((e) => e.name === "vnda:ready"));
      const w = page.locator("#w");
      let widest = (await sideways(page)).widest;
      await w.getByRole("radio", { name: /id\.vn/ }).check();
      await w.getByRole("button", { name: PHONE_TEXT[lang].next, exact: true }).click();
      widest = Math.max(widest, (await sideways(page)).widest);
      const tabs = await tabsToRegistrar(page, lang, PERSON);
      widest = Math.max(widest, (await sideways(page)).widest);
      await w.getByRole("button", { name: PHONE_TEXT[lang].back, exact: true }).click();
      await w.locator('li[data-status="likely-available"]').first().waitFor();
      await page.evaluate(() => document.querySelector("#w").scrollIntoView());
      const d = await namesDistance(page);
      widest = Math.max(widest, (await sideways(page)).widest);
      out[lang] = { toFirst: d.toFirst, header: d.header, tabs, widest };
      await context.close();
    }
  } finally {
    await site.close();
  }
  return out;
}

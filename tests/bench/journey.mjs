// Getting one widget to its names step, for the typing and availability benchmarks.
import { hostPage } from "../e2e/harness.mjs";

/** A host page with one widget (#w) for the id.vn programme using `doh`. */
export const namesPage = (doh) =>
  hostPage(
    `<vn-domain-assistant id="w" lang="en" program="id" today="2025-06-01" doh="${doh}"></vn-domain-assistant>`,
  );

/** Walks the eligibility form with `name` and continues to the names step. */
export async function openNames(page, url, name) {
  await page.goto(url);
  await page.waitForFunction(() => window.events.some((e) => e.name === "vnda:ready"));
  const w = page.locator("#w");
  await w.getByLabel("Full name").fill(name);
  await w.getByLabel("Date of birth").fill("2005-03-15");
  await w.getByLabel("Citizen ID number").fill("084205012345");
  await w.getByLabel("E-mail").fill("bench@example.com");
  await w.getByRole("checkbox").check();
  await w.getByRole("button", { name: "Check", exact: true }).click();
  await w.getByRole("button", { name: "Continue: choose a name" }).click();
  await w.locator("li[data-domain]").first().waitFor();
  return w;
}

/** The domains shown now, in order. */
export const shownDomains = (page) =>
  page.evaluate(() =>
    [...document.querySelector("#w").shadowRoot.querySelectorAll("li[data-domain]")].map((li) => li.dataset.domain),
  );

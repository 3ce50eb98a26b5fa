// Prints the HEIGHTS table of js/vn-domain-assistant.js: the height of the widget's
// first step at each width of WIDTHS, per language and first step, measured in
// Chromium on dist/ (run `make build` first). Paste its output over the table when
// the first step's layout changes; tests/e2e/lazy.test.mjs fails when it is off.
//   node tools/placeholder-heights.mjs
import { hostPage, launchBrowser, newPage, readyCount, serveDist } from "../tests/e2e/harness.mjs";

const WIDTHS = [280, 320, 360, 480, 640, 800, 1000, 1264, 1600];
const FIRST = {
  choice: "",
  id: 'program="id"',
  biz: 'program="biz"',
  assisted: 'mode="assisted"',
  check: 'mode="check"',
  roster: 'mode="roster"',
};
const browser = await launchBrowser();
const server = await serveDist();
console.log(`const WIDTHS = [${WIDTHS.join(", ")}];`);
console.log("const HEIGHTS = {");
for (const lang of ["vi", "en", "km"]) {
  const rows = [];
  for (const [first, attrs] of Object.entries(FIRST)) {
    const heights = [];
    for (const width of WIDTHS) {
      const body = `<vn-domain-assistant id="w" lang="${lang}" ${attrs} loading="eager"></vn-domain-assistant>`;
      const { page, context } = await newPage(browser, server.url, { viewport: { width: width + 16, height: 900 }, pages: { "/t/h.html": hostPage(body) } });
      await page.goto(server.url + "/t/h.html");
      await readyCount(page, 1);
      heights.push(Math.round(await page.evaluate(() => document.querySelector("#w").getBoundingClientRect().height)));
      await context.close();
    }
    rows.push(`${first}: [${heights.join(", ")}]`);
  }
  console.log(`  ${lang}: { ${rows.join(", ")} },`);
}
console.log("};");
await browser.close();
await server.close();

// Assisted mode (mode="assisted"): one tablet, a queue of people. Nothing of a
// visitor survives "Next person" or the idle wipe; the QR code opens the registrar
// with the name; the tally counts a queue and its CSV holds nothing personal.
import { after, before, describe, it } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import jsQR from "jsqr";
import { hostPage, launchBrowser, newPage, readyCount, serveDist } from "./harness.mjs";
import { startDoh } from "./dns.mjs";

let browser;
let server;
let doh;
before(async () => {
  browser = await launchBrowser();
  server = await serveDist();
  doh = await startDoh({ delegated: ["annguyen"], hosted: [] });
});
after(async () => {
  await browser?.close();
  await server?.close();
  await doh?.stop();
});

const config = (extra = {}) =>
  JSON.stringify({
    registrars: {
      list: [{ id: "search", name: "Search Registrar", url: "https://reg.example.vn/?domain={domain}", programmes: ["id", "biz"] }],
    },
    ...extra,
  });

async function open(extra) {
  const body = `<vn-domain-assistant id="w" lang="en" mode="assisted" today="2025-06-01" doh="${doh.url}">
    <script type="application/json">${config(extra)}</script></vn-domain-assistant>`;
  const opened = await newPage(browser, server.url, { pages: { "/t/assisted.html": hostPage(body) } });
  await opened.context.route(/^https:\/\//, (route) => route.abort());
  await opened.context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: server.url });
  return opened;
}

/** A citizen from the programme choice to the registrar; returns the chosen domain. */
async function citizen(w, { name, dob, id }) {
  await w.getByRole("radio", { name: /id\.vn/ }).check();
  await w.getByRole("button", { name: "Continue" }).click();
  await w.getByLabel("Full name", { exact: true }).fill(name);
  await w.getByLabel("Date of birth").fill(dob);
  await w.getByLabel("Citizen ID number").fill(id);
  await w.getByRole("checkbox").check();
  await w.getByRole("button", { name: "Check" }).click();
  await w.getByRole("button", { name: /choose a name/ }).click();
  const free = w.locator('li[data-status="likely-available"]').first();
  await free.waitFor();
  const domain = await free.getAttribute("data-domain");
  await free.getByRole("button").click();
  await w.getByRole("button", { name: "Copy HTML" }).click();
  await w.getByText("Copied").waitFor();
  await w.getByRole("button", { name: "Continue: register the name" }).click();
  return domain;
}

/** Everything a previous visitor could have left: shadow text, field values, storage, clipboard. */
const leftovers = (page) =>
  page.evaluate(async () => {
    const root = document.querySelector("#w").shadowRoot;
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    const texts = [];
    while (walker.nextNode()) texts.push(walker.currentNode.nodeValue);
    const values = [...root.querySelectorAll("input, textarea")].map((i) => i.value);
    const frames = [...root.querySelectorAll("iframe")].map((f) => f.srcdoc);
    return {
      all: [...texts, ...values, ...frames].join("\n"),
      storage: JSON.stringify({ ...sessionStorage }) + JSON.stringify({ ...localStorage }) + document.cookie,
      clipboard: await navigator.clipboard.readText(),
    };
  });

const PERSON = { name: "Nguyễn Văn An", dob: "2005-03-15", id: "084205012345" };

describe("assisted mode", () => {
  it("'Next person' leaves nothing of the previous visitor anywhere", async () => {
    const { page, errors, context } = await open();
    await page.goto(server.url + "/t/assisted.html");
    await readyCount(page, 1);
    const w = page.locator("#w");
    const domain = await citizen(w, PERSON);
    const before = await leftovers(page);
    assert.ok(before.all.includes(domain) && before.clipboard.includes(PERSON.name), "the visit left traces to wipe");

    await w.getByRole("button", { name: "Next person" }).click();
    await w.getByRole("radio", { name: /id\.vn/ }).waitFor();
    const after = await leftovers(page);
    for (const trace of [PERSON.name, "Nguyen Van An", PERSON.dob, "15/03/2005", PERSON.id, domain]) {
      assert.ok(!after.all.includes(trace), `shadow DOM still holds ${trace}`);
      assert.ok(!after.storage.includes(trace), `storage still holds ${trace}`);
      assert.ok(!after.clipboard.includes(trace), `clipboard still holds ${trace}`);
    }
    assert.equal(after.clipboard, "");
    await w.getByText("Ready for the next person").waitFor({ state: "attached" });
    assert.deepEqual(errors, []);
    await context.close();
  });

  it("wipes by itself after the configured idle time, with a countdown the helper can cancel", async () => {
    const { page, errors, context } = await open({ assisted: { idleSeconds: 60 } });
    await page.clock.install();
    await page.goto(server.url + "/t/assisted.html");
    await readyCount(page, 1);
    const w = page.locator("#w");
    await w.getByRole("radio", { name: /id\.vn/ }).check();
    await w.getByRole("button", { name: "Continue" }).click();
    await w.getByLabel("Full name", { exact: true }).fill(PERSON.name);

    // 60 s idle time: the countdown shows for the last 30 s.
    await page.clock.runFor(25_000);
    assert.equal(await w.getByRole("alert").count(), 0, "no countdown yet");
    await page.clock.runFor(7_000);
    await w.getByRole("alert").getByText(/wiped in \d+ seconds/).waitFor();
    // The helper is still there: the countdown goes away and nothing is wiped.
    await w.getByRole("button", { name: "I am still here" }).click();
    await page.clock.runFor(2_000);
    assert.equal(await w.getByRole("alert").count(), 0);
    assert.equal(await w.getByLabel("Full name", { exact: true }).inputValue(), PERSON.name);

    // Nobody: after the idle time, the wipe.
    await page.clock.runFor(62_000);
    await w.getByRole("radio", { name: /id\.vn/ }).waitFor();
    assert.ok(!(await leftovers(page)).all.includes(PERSON.name));
    assert.deepEqual(errors, []);
    await context.close();
  });

  it("the QR code decodes to exactly the registrar's link with the name, and holds nothing else", async () => {
    const { page, errors, context } = await open();
    await page.goto(server.url + "/t/assisted.html");
    await readyCount(page, 1);
    const w = page.locator("#w");
    const domain = await citizen(w, PERSON);
    await w.getByRole("button", { name: "QR code to continue on a phone" }).click();
    const svg = w.locator('[data-qr="search"] svg');
    assert.match(await svg.locator("title").textContent(), new RegExp(`Search Registrar.*${domain.replace(/\./g, "\\.")}`));
    // Rasterise the inline SVG in the page, decode the pixels with jsQR here.
    const { width, height, data } = await svg.evaluate(async (el) => {
      const img = new Image();
      img.src = "data:image/svg+xml;charset=utf-8," + encodeURIComponent(el.outerHTML);
      await img.decode();
      const canvas = document.createElement("canvas");
      canvas.width = canvas.height = 400;
      const ctx = canvas.getContext("2d");
      ctx.imageSmoothingEnabled = false;
      ctx.drawImage(img, 0, 0, 400, 400);
      const pixels = ctx.getImageData(0, 0, 400, 400);
      return { width: 400, height: 400, data: [...pixels.data] };
    });
    const code = jsQR(Uint8ClampedArray.from(data), width, height);
    assert.ok(code, "the QR code decodes");
    assert.equal(code.data, `https://reg.example.vn/?domain=${encodeURIComponent(domain)}`);
    assert.deepEqual(errors, []);
    await context.close();
  });

  it("the tally counts a queue of five visitors, and its CSV holds nothing personal", async () => {
    const { page, errors, context } = await open();
    await page.goto(server.url + "/t/assisted.html");
    await readyCount(page, 1);
    const w = page.locator("#w");
    const queue = [
      { name: "Nguyễn Văn An", dob: "2005-03-15", id: "084205012345", through: true },
      { name: "Trần Thị Bình", dob: "2004-01-02", id: "084304012345", through: true },
      { name: "Thạch Sa Rươne", dob: "2010-06-01", id: "084210012345", through: false }, // too young
      { name: "Kim Sơn", dob: "2006-07-07", id: "084206012345", through: true },
      { name: "Danh Hùng", dob: "1990-01-01", id: "084090012345", through: false }, // too old, stops there
    ];
    for (const p of queue) {
      if (p.through) {
        await citizen(w, p);
        const tab = context.waitForEvent("page");
        await w.locator("a[data-registrar]").first().click();
        await tab;
      } else {
        await w.getByRole("radio", { name: /id\.vn/ }).check();
        await w.getByRole("button", { name: "Continue" }).click();
        await w.getByLabel("Full name", { exact: true }).fill(p.name);
        await w.getByLabel("Date of birth").fill(p.dob);
        await w.getByLabel("Citizen ID number").fill(p.id);
        await w.getByRole("checkbox").check();
        await w.getByRole("button", { name: "Check" }).click();
        await w.locator('[data-outcome="not-eligible"]').waitFor();
      }
      await w.getByRole("button", { name: "Next person" }).click();
    }
    await w.getByRole("button", { name: "Session tally" }).click();
    const rows = await w.locator("table.tally tbody tr").evaluateAll((trs) =>
      trs.map((tr) => [...tr.children].map((c) => c.textContent)),
    );
    assert.deepEqual(rows, [
      ["id.vn", "5", "3", "3", "3"],
      ["biz.vn", "0", "0", "0", "0"],
      ["Total", "5", "3", "3", "3"],
    ]);
    const download = page.waitForEvent("download");
    await w.getByRole("button", { name: "Download the tally (CSV)" }).click();
    const file = await download;
    assert.equal(file.suggestedFilename(), "vnda-tally.csv");
    const csv = await readFile(await file.path(), "utf8");
    assert.equal(csv, "programme,people,eligible,chosen,handoffs\r\nid,5,3,3,3\r\nbiz,0,0,0,0\r\ntotal,5,3,3,3\r\n");
    for (const p of queue) for (const v of [p.name, p.dob, p.id]) assert.ok(!csv.includes(v));
    assert.deepEqual(errors, []);
    await context.close();
  });
});

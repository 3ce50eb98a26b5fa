// The custom element in a real Chromium: upgrade, independence of instances,
// style isolation, fallback, clean-up, iframe mode.
import { after, before, describe, it } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { hostPage, launchBrowser, newPage, readyCount, serveDist } from "./harness.mjs";

let browser;
let server;
before(async () => {
  browser = await launchBrowser();
  server = await serveDist();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

const widgets = (page) => page.locator("vn-domain-assistant");

describe("the element", () => {
  it("upgrades, renders the Vietnamese view by default and fires vnda:ready", async () => {
    const { page, errors, context } = await newPage(browser, server.url, {
      pages: { "/t/one.html": hostPage(`<vn-domain-assistant id="a"></vn-domain-assistant>`) },
    });
    await page.goto(server.url + "/t/one.html");
    await readyCount(page, 1);
    const events = await page.evaluate(() => window.events);
    assert.deepEqual(events, [{ name: "vnda:ready", id: "a", detail: { version: "0.1.0" } }]);
    const w = widgets(page);
    await assert.doesNotReject(w.getByRole("heading", { name: "Tên miền quốc gia .vn miễn phí" }).waitFor());
    assert.equal(await w.getByRole("radio").count(), 2);
    assert.equal(await page.evaluate(() => document.querySelector("#a").shadowRoot.mode), "open");
    assert.deepEqual(errors, []);
    await context.close();
  });

  it("serves the demo page with a Vietnamese and an English instance that keep their own state", async () => {
    const { page, errors, context } = await newPage(browser, server.url);
    await page.goto(server.url + "/");
    const [vi, en] = [widgets(page).nth(0), widgets(page).nth(1)];
    await vi.getByRole("heading", { name: "Tên miền quốc gia .vn miễn phí" }).waitFor();
    await en.getByRole("heading", { name: "Free .vn national domain names" }).waitFor();

    // Keyboard only: Tab into the Vietnamese radio group and choose with Space.
    await vi.getByRole("radio", { name: /biz\.vn/ }).focus();
    await page.keyboard.press("Space");
    assert.equal(await vi.getByRole("radio", { name: /biz\.vn/ }).isChecked(), true);
    await en.getByRole("radio", { name: /id\.vn/ }).click();
    assert.equal(await en.getByRole("radio", { name: /id\.vn/ }).isChecked(), true);
    // Each instance kept its own choice.
    assert.equal(await vi.getByRole("radio", { name: /biz\.vn/ }).isChecked(), true);
    assert.equal(await vi.getByRole("radio", { name: /id\.vn/ }).isChecked(), false);
    assert.equal(await en.getByRole("radio", { name: /biz\.vn/ }).isChecked(), false);
    assert.deepEqual(errors, []);
    await context.close();
  });

  it("the demo page switches the main assistant's language and the date it judges on", async () => {
    const { page, errors, context } = await newPage(browser, server.url);
    // The device's date: 3 December 2026, in the last days of the id.vn offer.
    await page.clock.setFixedTime(new Date("2026-12-03T12:00:00+07:00"));
    await page.goto(server.url + "/");
    const main = page.locator("#assistant");
    await main.getByRole("heading", { name: "Tên miền quốc gia .vn miễn phí" }).waitFor();
    await page.getByRole("button", { name: "ខ្មែរ" }).click();
    await main.getByRole("heading", { name: "ឈ្មោះដែនជាតិ .vn ឥតគិតថ្លៃ" }).waitFor();
    await page.getByRole("button", { name: "English" }).click();
    await main.getByRole("heading", { name: "Free .vn national domain names" }).waitFor();
    assert.equal(await page.getByRole("button", { name: "English" }).getAttribute("aria-pressed"), "true");

    // Today: id.vn is free for 28 more days, and its card says so; the form is there.
    assert.equal(
      await main.locator('[data-offer="id"]').innerText(),
      "Free for 2 years for names registered until 31 December 2026. 28 days left.",
    );
    await main.getByRole("radio", { name: /id\.vn/ }).check();
    await main.getByRole("button", { name: "Continue" }).click();
    await main.getByLabel("Full name").waitFor();
    assert.equal(await main.locator("[data-outcome]").count(), 0);

    // Judged on the day after the id.vn window: the answer comes before any form.
    await page.getByLabel(/Ngày xét điều kiện/).selectOption("2027-01-01");
    await main.getByRole("radio", { name: /id\.vn/ }).check();
    await main.getByRole("button", { name: "Continue" }).click();
    assert.equal(await main.locator("[data-outcome]").getAttribute("data-reason"), "programme-closed");
    assert.equal(await main.getByLabel("Full name").count(), 0);
    assert.deepEqual(errors, []);
    await context.close();
  });

  it("explains the offer with its legal source, end date and later fee, and shows the host's logo", async () => {
    const body = `<vn-domain-assistant id="w" lang="en" today="2025-06-01">
        <img slot="logo" id="logo" alt="Trà Vinh University" width="40" height="40"
          src="data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' width='40' height='40'%3E%3Crect width='40' height='40' fill='%237a1f1f'/%3E%3C/svg%3E">
        <script type="application/json">{ "programmes": { "id": { "freeWindow": { "until": "2026-06-30" } } } }</script>
      </vn-domain-assistant>`;
    const { page, errors, context } = await newPage(browser, server.url, { pages: { "/t/about.html": hostPage(body) } });
    await page.goto(server.url + "/t/about.html");
    await readyCount(page, 1);
    const w = page.locator("#w");
    assert.equal(await page.locator("#logo").isVisible(), true, "the slotted logo is shown once the widget runs");
    await w.getByText("About the free domain name offer").click();
    const about = w.locator("details.about");
    const text = await about.innerText();
    assert.match(text, /id\.vn: free for 2 years from the day it is granted, for names registered until 30 June 2026/);
    // biz.vn's end has no confirming source: said as last published.
    assert.match(text, /biz\.vn: .*until 31 December 2025 \(as last published\)\. After that: 100,000\u00a0₫ to register and 250,000\u00a0₫ a year/);
    assert.match(text, /Thông tư 20\/2023\/TT-BTC/);
    const link = about.getByRole("link", { name: "The programme's official materials" });
    assert.equal(await link.getAttribute("href"), "https://hiendienonline.tenmien.vn/tai-lieu-truyen-thong");
    assert.equal(await link.getAttribute("rel"), "noopener noreferrer");
    assert.deepEqual(errors, []);
    await context.close();
  });

  it("mounts elements written before the module loads and added by script afterwards, each with its attributes", async () => {
    const body = `<vn-domain-assistant id="early" lang="en" program="biz"></vn-domain-assistant>`;
    const { page, errors, context } = await newPage(browser, server.url, { pages: { "/t/late.html": hostPage(body) } });
    await page.goto(server.url + "/t/late.html");
    await readyCount(page, 1);
    await page.evaluate(() => {
      const el = document.createElement("vn-domain-assistant");
      el.id = "late";
      el.setAttribute("lang", "km");
      el.setAttribute("program", "id");
      document.body.append(el);
    });
    await readyCount(page, 2);
    const early = page.locator("#early");
    const late = page.locator("#late");
    // program= skips the choice and says which programme applies.
    assert.equal(await early.getByRole("radio").count(), 0);
    await early.getByText("biz.vn — for new businesses and household businesses").waitFor();
    await late.getByText("id.vn — សម្រាប់ពលរដ្ឋអាយុពី 18 ដល់ 23 ឆ្នាំ").waitFor();
    assert.equal(await late.locator("section").getAttribute("lang"), "km");
    assert.deepEqual(errors, []);
    await context.close();
  });

  it("loads assisted mode's code only for mode=\"assisted\": the journey's wasm and glue come without it", async () => {
    const files = (page) => {
      const seen = [];
      page.on("request", (r) => {
        const path = new URL(r.url()).pathname.slice(1);
        if (/\.wasm$|^vn_domain_assistant/.test(path)) seen.push(path);
      });
      return seen;
    };
    // A journey widget: the plain files, nothing of assisted mode.
    const plain = await newPage(browser, server.url, { pages: { "/t/plain.html": hostPage(`<vn-domain-assistant id="a" lang="en"></vn-domain-assistant>`) } });
    const plainSeen = files(plain.page);
    await plain.page.goto(server.url + "/t/plain.html");
    await readyCount(plain.page, 1);
    assert.deepEqual(plainSeen.sort(), ["vn_domain_assistant.js", "vn_domain_assistant_bg.en.wasm"]);
    // Turned into an assisted widget (mode read as the widget reads it): the assisted
    // build is loaded, and it is assisted mode that runs.
    await plain.page.evaluate(() => document.querySelector("#a").setAttribute("mode", " Assisted "));
    await plain.page.locator("#a").getByRole("button", { name: "Next person" }).waitFor();
    assert.deepEqual(plainSeen.sort(), [
      "vn_domain_assistant.assisted.js", "vn_domain_assistant.js", "vn_domain_assistant_bg.en.assisted.wasm", "vn_domain_assistant_bg.en.wasm",
    ]);
    assert.deepEqual(plain.errors, []);
    await plain.context.close();
    // Both on one page (as the demo page has them): each build once, each widget its own mode.
    const both = await newPage(browser, server.url, {
      pages: { "/t/both.html": hostPage(`<vn-domain-assistant id="j" lang="vi"></vn-domain-assistant><vn-domain-assistant id="s" lang="vi" mode="assisted"></vn-domain-assistant><vn-domain-assistant id="t" lang="vi" mode="assisted"></vn-domain-assistant>`) },
    });
    const bothSeen = files(both.page);
    await both.page.goto(server.url + "/t/both.html");
    await readyCount(both.page, 3);
    assert.deepEqual(bothSeen.filter((f) => f.endsWith(".wasm")).sort(), ["vn_domain_assistant_bg.vi.assisted.wasm", "vn_domain_assistant_bg.vi.wasm"]);
    assert.equal(await both.page.locator("#j").getByRole("button", { name: "Người tiếp theo" }).count(), 0);
    await both.page.locator("#s").getByRole("button", { name: "Người tiếp theo" }).waitFor();
    assert.equal(await both.page.evaluate(() => customElements.get("vn-domain-assistant").mounted), 3);
    assert.deepEqual(both.errors, []);
    await both.context.close();
  });

  it("downloads only the wasm of the languages on the page, each once, read as the widget reads lang", async () => {
    const wasmRequests = (page) => {
      const seen = [];
      page.on("request", (r) => {
        const path = new URL(r.url()).pathname;
        if (path.endsWith(".wasm")) seen.push(path.slice(1));
      });
      return seen;
    };
    // A Vietnamese page (no lang, or a region tag) loads the Vietnamese wasm alone.
    const vi = `<vn-domain-assistant id="a"></vn-domain-assistant><vn-domain-assistant id="b" lang="vi-VN"></vn-domain-assistant>`;
    const one = await newPage(browser, server.url, { pages: { "/t/vi.html": hostPage(vi) } });
    const viSeen = wasmRequests(one.page);
    await one.page.goto(server.url + "/t/vi.html");
    await readyCount(one.page, 2);
    assert.deepEqual(viSeen, ["vn_domain_assistant_bg.vi.wasm"]);
    // Another attribute, then lang, changed in one task: the re-render that started
    // with the Vietnamese wasm must still come up in Khmer once that wasm arrives.
    await one.page.evaluate(() => {
      const el = document.querySelector("#b");
      el.setAttribute("program", "id");
      el.setAttribute("lang", "km");
    });
    await one.page.locator("#b").getByText("id.vn — សម្រាប់ពលរដ្ឋអាយុពី 18 ដល់ 23 ឆ្នាំ").waitFor();
    assert.equal(await one.page.locator("#b section").getAttribute("lang"), "km");
    assert.deepEqual(viSeen, ["vn_domain_assistant_bg.vi.wasm", "vn_domain_assistant_bg.km.wasm"]);
    assert.deepEqual(one.errors, []);
    await one.context.close();

    // Three languages side by side: each its own wasm, each widget in its language;
    // an unknown tag is Vietnamese (with the widget's warning).
    const mixed = ["EN-gb", "km_KH", "fr", "en"].map((l, i) => `<vn-domain-assistant id="w${i}" lang="${l}" loading="eager"></vn-domain-assistant>`).join("");
    const many = await newPage(browser, server.url, { pages: { "/t/mixed.html": hostPage(mixed) } });
    const seen = wasmRequests(many.page);
    const warnings = [];
    many.page.on("console", (m) => m.type() === "warning" && warnings.push(m.text()));
    await many.page.goto(server.url + "/t/mixed.html");
    await readyCount(many.page, 4);
    assert.deepEqual(seen.sort(), ["vn_domain_assistant_bg.en.wasm", "vn_domain_assistant_bg.km.wasm", "vn_domain_assistant_bg.vi.wasm"]);
    const titles = ["Free .vn national domain names", "ឈ្មោះដែនជាតិ .vn ឥតគិតថ្លៃ", "Tên miền quốc gia .vn miễn phí", "Free .vn national domain names"];
    for (const [i, title] of titles.entries()) {
      await many.page.locator(`#w${i}`).getByRole("heading", { name: title }).waitFor();
    }
    assert.equal(await many.page.evaluate(() => customElements.get("vn-domain-assistant").mounted), 4);
    assert.ok(warnings.some((w) => w.includes('lang="fr"')), warnings.join("\n"));
    assert.deepEqual(many.errors, []);
    await many.context.close();
  });

  it("loads with the integrity hash from dist/SRI.txt, also served precompressed, and refuses a module that does not match it", async () => {
    const sri = await readFile(new URL("../../dist/SRI.txt", import.meta.url), "utf8");
    const hash = sri.split("\n").find((l) => l.endsWith("  vn-domain-assistant.js")).split("  ")[0];
    assert.match(hash, /^sha384-[A-Za-z0-9+/]{64}$/);
    const page = (integrity) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>sri</title>
      <script>window.events = []; document.addEventListener("vnda:ready", (e) => window.events.push({ name: e.type }));</script>
      <script type="module" src="/vn-domain-assistant.js" integrity="${integrity}" crossorigin="anonymous"></script></head>
      <body><vn-domain-assistant lang="en"><p id="fb">fallback</p></vn-domain-assistant></body></html>`;
    const { page: p, context } = await newPage(browser, server.url, {
      pages: { "/t/sri-good.html": page(hash), "/t/sri-bad.html": page(hash.replace(/.$/, hash.endsWith("A") ? "B" : "A")) },
    });
    // The test server sends dist/'s .br (or .gz) copies, as a static host would:
    // integrity holds on the decoded body.
    const encodings = {};
    p.on("response", (r) => (encodings[new URL(r.url()).pathname] = r.headers()["content-encoding"]));
    await p.goto(server.url + "/t/sri-good.html");
    await readyCount(p, 1);
    for (const file of ["/vn-domain-assistant.js", "/vn_domain_assistant.js", "/vn_domain_assistant_bg.en.wasm"]) {
      assert.match(encodings[file] ?? "none", /^(br|gzip)$/, `${file} came precompressed: ${JSON.stringify(encodings)}`);
    }
    await p.goto(server.url + "/t/sri-bad.html");
    await p.waitForTimeout(500);
    assert.deepEqual(await p.evaluate(() => window.events), [], "a tampered module does not run");
    assert.equal(await p.locator("#fb").isVisible(), true, "the host's fallback stays");
    await context.close();
  });

  it("re-renders when an attribute changes, and warns in the console about values it ignores", async () => {
    const { page, errors, context } = await newPage(browser, server.url, {
      pages: { "/t/attr.html": hostPage(`<vn-domain-assistant id="a" lang="fr" today="31/12/2025"></vn-domain-assistant>`) },
    });
    const warnings = [];
    page.on("console", (m) => m.type() === "warning" && warnings.push(m.text()));
    await page.goto(server.url + "/t/attr.html");
    await readyCount(page, 1);
    const w = page.locator("#a");
    await w.getByRole("heading", { name: "Tên miền quốc gia .vn miễn phí" }).waitFor();
    assert.ok(warnings.some((t) => t.includes('lang="fr"') && t.includes("vi, en or km")), warnings.join("\n"));
    assert.ok(warnings.some((t) => t.includes('today="31/12/2025"')), warnings.join("\n"));
    await page.evaluate(() => document.querySelector("#a").setAttribute("lang", "en"));
    await w.getByRole("heading", { name: "Free .vn national domain names" }).waitFor();
    assert.deepEqual(errors, []);
    await context.close();
  });

  it("reports a broken inline configuration in plain words and keeps working", async () => {
    // "shape": valid JSON of the wrong shape; the message quotes the value, escaping
    // the right-to-left override that would otherwise reorder the message.
    const body = `
      <vn-domain-assistant id="bad" lang="en"><script type="application/json">{ "programmes": { , } }</script></vn-domain-assistant>
      <vn-domain-assistant id="shape" lang="en"><script type="application/json">{ "programmes": { "id": { "freeYears": "two\\u202e\\"" } } }</script></vn-domain-assistant>
      <vn-domain-assistant id="good" lang="en"><script type="application/json">{ "programmes": {} }</script></vn-domain-assistant>`;
    const { page, errors, context } = await newPage(browser, server.url, { pages: { "/t/config.html": hostPage(body) } });
    await page.goto(server.url + "/t/config.html");
    await readyCount(page, 3);
    const shape = page.locator("#shape").getByRole("alert");
    await shape.waitFor();
    assert.match(await shape.innerText(), /key "programmes\.id\.freeYears": expected .+, got "two\\u202e\\""/);
    const alert = page.locator("#bad").getByRole("alert");
    await alert.waitFor();
    const text = await alert.innerText();
    assert.match(text, /configuration has a problem/);
    assert.match(text, /not valid JSON at line 1, column 19/);
    assert.match(text, /using its built-in configuration/);
    assert.equal(await page.locator("#good").getByRole("alert").count(), 0);
    assert.equal(await page.locator("#bad").getByRole("radio").count(), 2);
    assert.deepEqual(errors, []);
    await context.close();
  });
});

describe("style isolation", () => {
  // Every property a host's CSS could push into a widget, read from every element
  // of the shadow tree.
  const PROPS = [
    "color", "font-family", "font-size", "font-weight", "font-style", "line-height", "letter-spacing",
    "word-spacing", "text-transform", "text-align", "text-indent", "text-shadow", "white-space",
    "visibility", "direction", "margin-top", "padding-left", "border-top-width", "background-color",
  ];
  const snapshot = (page) =>
    page.evaluate((props) => {
      const root = document.querySelector("#w").shadowRoot;
      return [...root.querySelectorAll("*")].map((el) => {
        const cs = getComputedStyle(el);
        return [el.tagName, ...props.map((p) => cs.getPropertyValue(p))].join("|");
      });
    }, PROPS);
  const HOSTILE = `<style>
    * { color: #f0f !important; font-family: "Comic Sans MS", cursive !important; font-size: 31px !important;
        font-weight: 100 !important; font-style: italic !important; line-height: 4 !important;
        letter-spacing: 7px !important; word-spacing: 9px !important; text-transform: uppercase !important;
        text-align: right !important; text-indent: 40px !important; text-shadow: 2px 2px red !important;
        white-space: pre !important; direction: rtl !important; }
    body { visibility: visible; }
    h2, p, legend, label, input, fieldset, div, span, section { margin: 50px !important; padding: 50px !important;
        border: 9px solid red !important; background: yellow !important; display: inline !important; }
  </style>`;

  it("host CSS, even `* { … !important }`, does not change the widget", async () => {
    const body = `<vn-domain-assistant id="w" lang="en"></vn-domain-assistant>`;
    const { page, errors, context } = await newPage(browser, server.url, {
      pages: { "/t/plain.html": hostPage(body), "/t/hostile.html": hostPage(body, { head: HOSTILE }) },
    });
    await page.goto(server.url + "/t/plain.html");
    await readyCount(page, 1);
    const plain = await snapshot(page);
    assert.ok(plain.length > 10, "the widget rendered its view");
    await page.goto(server.url + "/t/hostile.html");
    await readyCount(page, 1);
    const hostile = await snapshot(page);
    assert.deepEqual(hostile, plain);
    assert.deepEqual(errors, []);
    await context.close();
  });

  it("the widget's CSS does not leak into the host page", async () => {
    const body = `<h2 id="outside">Host heading</h2><fieldset id="fs"><legend>Host</legend></fieldset>
      <div class="option" id="opt">host .option</div><vn-domain-assistant id="w"></vn-domain-assistant>`;
    const { page, context } = await newPage(browser, server.url, {
      pages: {
        "/t/with.html": hostPage(body),
        "/t/without.html": hostPage(body).replace('<script type="module" src="/vn-domain-assistant.js"></script>', ""),
      },
    });
    const read = () =>
      page.evaluate(() =>
        ["#outside", "#fs", "#opt"].map((s) => {
          const cs = getComputedStyle(document.querySelector(s));
          return [cs.fontSize, cs.margin, cs.padding, cs.border, cs.color, cs.fontFamily].join("|");
        }),
      );
    await page.goto(server.url + "/t/without.html");
    const without = await read();
    await page.goto(server.url + "/t/with.html");
    await readyCount(page, 1);
    assert.deepEqual(await read(), without);
    await context.close();
  });
});

describe("fallback and clean-up", () => {
  it("keeps the host's fallback content when the wasm cannot load", async () => {
    const body = `<vn-domain-assistant id="w"><p><a id="fb" href="https://hiendienonline.tenmien.vn/">Free .vn names</a></p></vn-domain-assistant>`;
    const { page, context } = await newPage(browser, server.url, { pages: { "/t/nowasm.html": hostPage(body) } });
    await context.route("**/*.wasm", (route) => route.abort("blockedbyclient"));
    const warned = new Promise((ok) =>
      page.on("console", (m) => m.type() === "warning" && m.text().includes("could not start") && ok()),
    );
    await page.goto(server.url + "/t/nowasm.html");
    await warned;
    assert.equal(await page.locator("#fb").isVisible(), true);
    assert.equal(await page.evaluate(() => document.querySelector("#w").shadowRoot.innerHTML), "<slot></slot>");
    assert.deepEqual(await page.evaluate(() => window.events), []);
    await context.close();
  });

  it("shows the fallback until the widget starts, then replaces it", async () => {
    const body = `<vn-domain-assistant id="w"><p id="fb">fallback</p></vn-domain-assistant>`;
    const { page, context } = await newPage(browser, server.url, { pages: { "/t/slow.html": hostPage(body) } });
    let release;
    const gate = new Promise((ok) => (release = ok));
    await context.route("**/*.wasm", async (route) => {
      await gate;
      await route.continue();
    });
    await page.goto(server.url + "/t/slow.html");
    await page.locator("#fb").waitFor({ state: "visible" });
    release();
    await readyCount(page, 1);
    assert.equal(await page.locator("#fb").isVisible(), false);
    await context.close();
  });

  it("removing an element unmounts its widget; moving one keeps what the visitor chose", async () => {
    const body = [1, 2, 3, 4, 5].map((i) => `<vn-domain-assistant id="w${i}"></vn-domain-assistant>`).join("");
    const { page, errors, context } = await newPage(browser, server.url, {
      pages: { "/t/many.html": hostPage(`${body}<div id="elsewhere"></div>`) },
    });
    await page.goto(server.url + "/t/many.html");
    await readyCount(page, 5);
    const mounted = () => page.evaluate(() => customElements.get("vn-domain-assistant").mounted);
    assert.equal(await mounted(), 5);

    await page.locator("#w1").getByRole("radio", { name: /id\.vn/ }).check();
    await page.evaluate(() => document.querySelector("#elsewhere").append(document.querySelector("#w1")));
    assert.equal(await page.locator("#w1").getByRole("radio", { name: /id\.vn/ }).isChecked(), true);
    assert.equal(await mounted(), 5);

    await page.evaluate(() => {
      window.removed = ["#w2", "#w3", "#w4"].map((s) => document.querySelector(s));
      window.removed.forEach((el) => el.remove());
    });
    await page.waitForFunction(() => customElements.get("vn-domain-assistant").mounted === 2);
    // Their shadow roots hold nothing of the widget any more.
    assert.deepEqual(
      await page.evaluate(() => window.removed.map((el) => el.shadowRoot.innerHTML)),
      ["<slot></slot>", "<slot></slot>", "<slot></slot>"],
    );

    // A removed element put back starts afresh.
    await page.evaluate(() => {
      window.kept = document.createElement("vn-domain-assistant");
      document.body.append(window.kept);
    });
    await page.waitForFunction(() => customElements.get("vn-domain-assistant").mounted === 3);
    await page.evaluate(() => window.kept.remove());
    await page.waitForFunction(() => customElements.get("vn-domain-assistant").mounted === 2);
    assert.equal(await page.evaluate(() => window.kept.shadowRoot.innerHTML), "<slot></slot>");
    assert.deepEqual(errors, []);
    await context.close();
  });
});

describe("iframe mode", () => {
  const parentPage = (src) =>
    `<!doctype html><html><head><meta charset="utf-8"><title>parent</title></head><body>
      <iframe id="f" title="Domain assistant" src="${src}" style="width:900px;height:50px;border:0"></iframe>
      <script>
        window.messages = [];
        addEventListener("message", (e) => {
          if (e.source === document.querySelector("#f").contentWindow) window.messages.push(e.data);
        });
      </script></body></html>`;

  it("embed.html reports its height to the parent origin and follows resizes", async () => {
    const origin = server.url;
    const { page, errors, context } = await newPage(browser, server.url, {
      pages: { "/t/parent.html": parentPage(`/embed.html?lang=en&program=id&parent=${encodeURIComponent(origin)}`) },
    });
    await page.goto(server.url + "/t/parent.html");
    await page.waitForFunction(() => window.messages.some((m) => m.type === "vnda:height" && m.height > 100));
    const frame = page.frameLocator("#f");
    await frame.getByRole("heading", { name: "Free .vn national domain names" }).waitFor();
    const heights = () => page.evaluate(() => window.messages.filter((m) => m.type === "vnda:height").map((m) => m.height));
    const reported = (await heights()).at(-1);
    const actual = await frame.locator("html").evaluate((el) => Math.ceil(el.getBoundingClientRect().height));
    assert.equal(reported, actual);
    assert.ok(
      (await page.evaluate(() => window.messages)).some((m) => m.type === "vnda:event" && m.name === "vnda:ready"),
    );

    // Narrow (a phone): the text wraps, the widget grows, the parent hears of it.
    await page.evaluate(() => (document.querySelector("#f").style.width = "320px"));
    await page.waitForFunction((h) => window.messages.filter((m) => m.type === "vnda:height").at(-1).height > h, reported);
    assert.deepEqual(errors, []);
    await context.close();
  });

  it("sends nothing to a parent whose origin is not the configured one", async () => {
    const { page, context } = await newPage(browser, server.url, {
      pages: { "/t/wrong.html": parentPage(`/embed.html?lang=en&parent=${encodeURIComponent("https://portal.example.vn")}`) },
    });
    await page.goto(server.url + "/t/wrong.html");
    await page.frameLocator("#f").getByRole("heading", { name: "Free .vn national domain names" }).waitFor();
    await page.waitForTimeout(500);
    assert.deepEqual(await page.evaluate(() => window.messages), []);
    await context.close();
  });
});

describe("accessibility", () => {
  it("the demo page has no axe-core violations (WCAG 2.2 A/AA), inside the widgets too", async () => {
    const require = createRequire(import.meta.url);
    const axe = await readFile(require.resolve("axe-core/axe.min.js"), "utf8");
    const { page, context } = await newPage(browser, server.url);
    await page.goto(server.url + "/");
    await widgets(page).nth(1).getByRole("heading", { name: "Free .vn national domain names" }).waitFor();
    await page.addScriptTag({ content: axe });
    const result = await page.evaluate(() =>
      window.axe.run(document, { runOnly: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] }),
    );
    const summary = result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.flat().join(" ")).join(", ")}`);
    assert.deepEqual(summary, []);
    assert.ok(result.passes.some((p) => p.nodes.some((n) => n.target.some(Array.isArray))), "axe looked inside shadow roots");
    await context.close();
  });
});

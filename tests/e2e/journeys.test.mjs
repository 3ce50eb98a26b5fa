// The whole journey, programme choice → eligibility → name → registrar → the optional page,
// for a young citizen (id.vn) and for a household business (biz.vn), in each
// language, driven by the keyboard alone (Tab, Shift+Tab, Enter, Space, arrow keys;
// the only typing is of text, a date typed day first among it). Along the way:
// axe-core at every step (inside the Shadow DOM), screenshots at 320 px and
// 1280 px, no horizontal overflow at 320 px (WCAG 1.4.10) and at 640 px (200 %
// zoom of a 1280 px window), and a run with prefers-reduced-motion.
import { after, before, describe, it } from "node:test";
import assert from "node:assert/strict";
import { createRequire } from "node:module";
import { mkdir, readFile, stat } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { hostPage, launchBrowser, readyCount, serveDist } from "./harness.mjs";
import { startDoh } from "./dns.mjs";

const SHOTS = fileURLToPath(new URL("../../target/screenshots/", import.meta.url));
const TODAY = "2025-06-01";
const AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

let browser;
let server;
let doh;
let axeSource;

before(async () => {
  browser = await launchBrowser();
  server = await serveDist();
  doh = await startDoh({ delegated: ["annguyen"], hosted: ["nguyenvanan"] });
  axeSource = await readFile(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");
  await mkdir(SHOTS, { recursive: true });
});
after(async () => {
  await browser?.close();
  await server?.close();
  await doh?.stop();
});

// What the visitor reads, per language (from src/i18n/*.rs).
const TEXT = {
  vi: {
    steps: ["Chương trình", "Điều kiện", "Chọn tên", "Đăng ký", "Trang của bạn (tuỳ chọn)"],
    chooseProgramme: "Bạn đăng ký cho ai?",
    idName: "id.vn — cho công dân từ 18 đến 23 tuổi",
    bizName: "biz.vn — cho doanh nghiệp mới và hộ kinh doanh",
    next: "Tiếp tục",
    fullName: "Họ và tên",
    birthDate: "Ngày sinh",
    citizenId: "Số định danh cá nhân (số CCCD)",
    citizenship: "Tôi là công dân Việt Nam",
    household: "Hộ kinh doanh",
    businessName: "Tên doanh nghiệp hoặc hộ kinh doanh",
    taxCode: "Mã số thuế",
    firstYes: "Đúng, đây là tên miền biz.vn đầu tiên",
    check: "Kiểm tra",
    continueNames: "Tiếp tục: chọn tên miền",
    namesHeading: "Tên miền gợi ý",
    choose: "Chọn tên này",
    starterHeading: "Trang web đầu tiên cho tên miền của bạn",
    buildPage: "Làm trang web của bạn trong lúc chờ cấp tên miền (không bắt buộc)",
    register: "Đăng ký {domain}",
    back: "Quay lại",
  },
  en: {
    steps: ["Programme", "Eligibility", "Name", "Register", "Your page (optional)"],
    chooseProgramme: "Who are you registering for?",
    idName: "id.vn — for citizens aged 18 to 23",
    bizName: "biz.vn — for new businesses and household businesses",
    next: "Continue",
    fullName: "Full name",
    birthDate: "Date of birth",
    citizenId: "Citizen ID number",
    citizenship: "I am a Vietnamese citizen",
    household: "Household business",
    businessName: "Business name",
    taxCode: "Tax code",
    firstYes: "Yes, it is the first",
    check: "Check",
    continueNames: "Continue: choose a name",
    namesHeading: "Suggested domain names",
    choose: "Choose this name",
    starterHeading: "A first website for your name",
    buildPage: "Build your page while you wait for the name (optional)",
    register: "Register {domain}",
    back: "Back",
  },
  km: {
    steps: ["កម្មវិធី", "លក្ខខណ្ឌ", "ជ្រើសឈ្មោះ", "ចុះឈ្មោះ", "ទំព័ររបស់អ្នក (ស្រេចចិត្ត)"],
    chooseProgramme: "តើអ្នកចុះឈ្មោះសម្រាប់នរណា?",
    idName: "id.vn — សម្រាប់ពលរដ្ឋអាយុពី 18 ដល់ 23 ឆ្នាំ",
    bizName: "biz.vn — សម្រាប់សហគ្រាសថ្មី និងអាជីវកម្មគ្រួសារ",
    next: "បន្ត",
    fullName: "ឈ្មោះពេញ",
    birthDate: "ថ្ងៃខែឆ្នាំកំណើត",
    citizenId: "លេខអត្តសញ្ញាណប័ណ្ណពលរដ្ឋ",
    citizenship: "ខ្ញុំជាពលរដ្ឋវៀតណាម",
    household: "អាជីវកម្មគ្រួសារ",
    businessName: "ឈ្មោះអាជីវកម្ម",
    taxCode: "លេខអត្តសញ្ញាណកម្មសារពើពន្ធ",
    firstYes: "បាទ/ចាស នេះជាឈ្មោះដំបូង",
    check: "ពិនិត្យ",
    continueNames: "បន្ត៖ ជ្រើសរើសឈ្មោះដែន",
    namesHeading: "ឈ្មោះដែនដែលបានណែនាំ",
    choose: "ជ្រើសរើសឈ្មោះនេះ",
    starterHeading: "គេហទំព័រដំបូងសម្រាប់ឈ្មោះដែនរបស់អ្នក",
    buildPage: "បង្កើតទំព័ររបស់អ្នក ពេលរង់ចាំឈ្មោះ (ស្រេចចិត្ត)",
    register: "ចុះឈ្មោះ {domain}",
    back: "ត្រឡប់ក្រោយ",
  },
};

const CITIZEN = { name: "Nguyễn Văn An", birth: "2005-03-15", typedBirth: "15/03/2005", id: "084205012345" };
const HOUSEHOLD = { name: "Bánh mì Cô Ba", code: "084205012345" };

/** A fresh context and page with one widget; registrar sites are stopped here. */
async function open(lang, { viewport = { width: 1280, height: 900 }, reducedMotion } = {}) {
  const context = await browser.newContext({ viewport, ...(reducedMotion ? { reducedMotion } : {}) });
  const page = await context.newPage();
  const errors = [];
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(m.text());
  });
  page.on("pageerror", (e) => errors.push(String(e)));
  const body = `<vn-domain-assistant id="w" lang="${lang}" today="${TODAY}" doh="${doh.url}"></vn-domain-assistant>`;
  await context.route(server.url + "/t/journeys.html", (route) =>
    route.fulfill({ status: 200, contentType: "text/html; charset=utf-8", body: hostPage(body) }),
  );
  await context.route(/^https:\/\//, (route) => route.abort());
  await page.goto(server.url + "/t/journeys.html");
  await readyCount(page, 1);
  return { context, page, errors };
}

/** What has focus, seen from the page: inside the widget's shadow root or not. */
function focused(page) {
  return page.evaluate(() => {
    const host = document.querySelector("#w");
    const inside = document.activeElement === host;
    const el = inside ? host.shadowRoot.activeElement : document.activeElement;
    if (!el) return { inside, tag: null };
    const root = el.getRootNode();
    const labelled = el.id ? root.querySelector(`label[for="${CSS.escape(el.id)}"]`) : null;
    const name = (el.getAttribute("aria-label") || labelled?.textContent || el.textContent || "").trim();
    return {
      inside,
      tag: el.tagName.toLowerCase(),
      id: el.id || null,
      type: el.getAttribute("type"),
      name,
      text: (el.textContent || "").trim(),
      checked: "checked" in el ? el.checked : null,
      group: el.getAttribute("name"),
      invalid: el.getAttribute("aria-invalid") === "true" || el.classList.contains("invalid"),
      registrar: el.dataset?.registrar ?? null,
      nameStatus: el.closest("li[data-status]")?.dataset.status ?? null,
      domain: el.closest("li[data-domain]")?.dataset.domain ?? null,
    };
  });
}

/**
 * Presses Tab (or Shift+Tab) until the focused element satisfies `want`, and
 * returns it. Fails, naming what was passed, when `max` presses do not get there.
 */
async function tabTo(page, what, want, { back = false, max = 60 } = {}) {
  const seen = [];
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(back ? "Shift+Tab" : "Tab");
    const f = await focused(page);
    if (f.inside && want(f)) return f;
    seen.push(`${f.inside ? "" : "(outside) "}${f.tag}${f.id ? "#" + f.id : ""} "${f.name.slice(0, 40)}"`);
  }
  assert.fail(`${back ? "Shift+Tab" : "Tab"} never reached ${what} in ${max} presses; passed: ${seen.join(" | ")}`);
}

/** With focus in a radio group, arrow keys (and Space for the first one) select the option labelled `label`. */
async function chooseRadio(page, label) {
  for (let i = 0; i < 6; i++) {
    const f = await focused(page);
    assert.equal(f.type, "radio", `focus is on a radio button while choosing "${label}"`);
    if (f.name === label) {
      if (!f.checked) await page.keyboard.press("Space");
      const now = await focused(page);
      assert.ok(now.checked, `"${label}" is checked`);
      return;
    }
    await page.keyboard.press("ArrowDown");
  }
  assert.fail(`no radio button labelled "${label}" in the group`);
}

/** Polls `fn` in the page until it returns true; fails with `message()` (run in Node) otherwise. */
async function until(page, fn, arg, message, timeout = 10000) {
  try {
    await page.waitForFunction(fn, arg, { timeout });
  } catch {
    assert.fail(await message());
  }
}

const stepState = (page) =>
  page.evaluate(() => {
    const root = document.querySelector("#w").shadowRoot;
    return {
      current: root.querySelector('nav li[aria-current="step"]')?.innerText ?? null,
      currentCount: root.querySelectorAll('nav li[aria-current="step"]').length,
      active: root.activeElement?.id ?? null,
      heading: root.querySelector("#vnda-step-heading")?.textContent ?? null,
    };
  });

/**
 * A step change: the progress indicator marks step `n` (1-based) as the current one,
 * and focus moved to the new step's heading, whose text is `heading`.
 */
async function assertStep(page, lang, n, heading) {
  const current = `${n}. ${TEXT[lang].steps[n - 1]}`;
  await until(
    page,
    ([current, heading]) => {
      const root = document.querySelector("#w").shadowRoot;
      const marked = root.querySelectorAll('nav li[aria-current="step"]');
      return (
        marked.length === 1 &&
        marked[0].innerText.trim() === current &&
        root.activeElement?.id === "vnda-step-heading" &&
        root.activeElement.textContent === heading
      );
    },
    [current, heading],
    async () =>
      `step ${current}: expected it marked current and focus on its heading "${heading}"; found ${JSON.stringify(await stepState(page))}`,
  );
  // Focus is really on the heading from the page's point of view too.
  const f = await focused(page);
  assert.ok(f.inside && f.id === "vnda-step-heading", `focus on the step heading: ${JSON.stringify(f)}`);
}

/** Waits for the names to be settled: at least one shown and none still checking. */
async function namesSettled(page) {
  await until(
    page,
    () => {
      const items = [...document.querySelector("#w").shadowRoot.querySelectorAll("li[data-domain]")];
      return items.length > 0 && items.every((li) => li.dataset.status !== "checking");
    },
    null,
    async () =>
      `names never settled: ${JSON.stringify(
        await page.evaluate(() =>
          [...document.querySelector("#w").shadowRoot.querySelectorAll("li[data-domain]")].map((li) => [li.dataset.domain, li.dataset.status]),
        ),
      )}`,
    20000,
  );
}

/**
 * Walks the journey with the keyboard only. `checkpoint(name)` runs at every step
 * (programme, eligibility empty, with errors, with the outcome, names settled,
 * registrars, the optional page). Returns the chosen domain and the first and last
 * registrar links; focus ends on a registrar link, back from the page.
 */
async function journey(page, lang, program, checkpoint = async () => {}) {
  const t = TEXT[lang];
  const key = (k) => page.keyboard.press(k);
  const type = (s) => page.keyboard.type(s);

  // 1. Programme. Nothing in the widget took focus when the page loaded.
  const start = await focused(page);
  assert.ok(!start.inside, `the widget does not take focus on load: ${JSON.stringify(start)}`);
  await until(
    page,
    (current) => document.querySelector("#w").shadowRoot.querySelector('nav li[aria-current="step"]')?.innerText.trim() === current,
    `1. ${t.steps[0]}`,
    async () => `the programme step is not marked current: ${JSON.stringify(await stepState(page))}`,
  );
  assert.equal((await stepState(page)).heading, t.chooseProgramme);
  await checkpoint("1-programme");
  // Tab into the radio group (none chosen yet: focus lands on the first option).
  const firstRadio = await tabTo(page, "the programme choice", (f) => f.type === "radio" && f.group === "vnda-program", { max: 10 });
  assert.equal(firstRadio.name.startsWith(t.idName), true, `first option is id.vn: ${firstRadio.name}`);
  if (program === "id") {
    await key("Space");
  } else {
    await key("ArrowDown");
  }
  const picked = await focused(page);
  assert.ok(picked.checked && picked.name.startsWith(program === "id" ? t.idName : t.bizName), `programme chosen: ${JSON.stringify(picked)}`);
  await tabTo(page, `"${t.next}"`, (f) => f.tag === "button" && f.name === t.next, { max: 3 });
  await key("Enter");

  // 2. Eligibility.
  await assertStep(page, lang, 2, program === "id" ? t.idName : t.bizName);
  await checkpoint("2-eligibility");
  // Checking the empty form shows what is missing, field by field.
  await tabTo(page, `"${t.check}"`, (f) => f.tag === "button" && f.name === t.check);
  await key("Enter");
  const w = page.locator("#w");
  await w.locator('[data-outcome="needs-info"]').waitFor();
  await until(
    page,
    () => {
      const a = document.querySelector("#w").shadowRoot.activeElement;
      return !!a && (a.getAttribute("aria-invalid") === "true" || a.classList.contains("invalid"));
    },
    null,
    async () => `focus did not move to the first problem: ${JSON.stringify(await focused(page))}`,
  );
  await checkpoint("2-eligibility-errors");

  if (program === "id") {
    const first = await focused(page);
    assert.equal(first.name, t.fullName, "the first problem is the full name");
    await type(CITIZEN.name);
    await tabTo(page, `"${t.birthDate}"`, (f) => f.name === t.birthDate && f.type === "text", { max: 3 });
    await type(CITIZEN.typedBirth);
    await tabTo(page, `"${t.citizenId}"`, (f) => f.name === t.citizenId, { max: 5 });
    await type(CITIZEN.id);
    const box = await tabTo(page, `"${t.citizenship}"`, (f) => f.type === "checkbox" && f.name === t.citizenship, { max: 4 });
    assert.equal(box.checked, false);
    await key("Space");
    assert.equal((await focused(page)).checked, true, "Space ticked the citizenship box");
    assert.equal(await page.evaluate(() => document.querySelector("#w").shadowRoot.querySelector("#vnda-birth-date").value), CITIZEN.typedBirth, "the date as typed");
  } else {
    // The first problem is the type of business: a group; Tab enters its radios.
    await tabTo(page, "the type of business", (f) => f.type === "radio", { max: 3 });
    await chooseRadio(page, t.household);
    await tabTo(page, `"${t.businessName}"`, (f) => f.name === t.businessName, { max: 4 });
    await type(HOUSEHOLD.name);
    await tabTo(page, `"${t.taxCode}"`, (f) => f.name === t.taxCode, { max: 3 });
    await type(HOUSEHOLD.code);
    // The date of establishment stays empty for a household business.
    await tabTo(page, "the first-biz.vn-name question", (f) => f.type === "radio", { max: 8 });
    await chooseRadio(page, t.firstYes);
  }
  await tabTo(page, `"${t.check}"`, (f) => f.tag === "button" && f.name === t.check, { max: 8 });
  await key("Enter");
  await until(
    page,
    () => {
      const root = document.querySelector("#w").shadowRoot;
      return root.querySelector('[data-outcome="eligible"]') && root.activeElement?.id === "vnda-outcome-heading";
    },
    null,
    async () =>
      `expected an eligible outcome with focus on its heading; found ${JSON.stringify(
        await page.evaluate(() => {
          const root = document.querySelector("#w").shadowRoot;
          const o = root.querySelector("[data-outcome]");
          return { outcome: o?.dataset.outcome, reason: o?.dataset.reason, text: o?.innerText, active: root.activeElement?.id };
        }),
      )}`,
  );
  await checkpoint("2-eligibility-outcome");
  await tabTo(page, `"${t.continueNames}"`, (f) => f.tag === "button" && f.name === t.continueNames, { max: 3 });
  await key("Enter");

  // 3. Names.
  await assertStep(page, lang, 3, t.namesHeading);
  await namesSettled(page);
  await checkpoint("3-names");
  const wanted = program === "id" ? ["likely-available"] : ["likely-available", "unknown"];
  const chooser = await tabTo(
    page,
    `a "${t.choose}" button of a ${wanted.join("/")} name`,
    (f) => f.tag === "button" && f.text === t.choose && wanted.includes(f.nameStatus),
    { max: 20 },
  );
  assert.equal(chooser.name, `${t.choose} ${chooser.domain}`, "the button names the domain");
  assert.ok(chooser.domain.endsWith(program === "id" ? ".id.vn" : ".biz.vn"), chooser.domain);
  const domain = chooser.domain;
  await key("Enter");

  // 4. Registrars: choosing a name leads here in one press, before any page.
  const register = t.register.replace("{domain}", domain);
  await assertStep(page, lang, 4, register);
  await checkpoint("4-registrars");
  const firstLink = await tabTo(page, "a registrar link", (f) => f.tag === "a" && f.registrar !== null, { max: 10 });
  // After the lists, the optional page is offered; Shift+Tab goes back to the last registrar.
  const buildPage = (f) => f.tag === "button" && f.name === t.buildPage;
  await tabTo(page, `"${t.buildPage}"`, buildPage, { max: 30 });
  const lastLink = await tabTo(page, "the last registrar link", (f) => f.tag === "a" && f.registrar !== null, { back: true, max: 2 });
  await tabTo(page, `"${t.buildPage}"`, buildPage, { max: 2 });
  await key("Enter");

  // 5. The visitor's page (optional), and back to the registrars.
  await assertStep(page, lang, 5, t.starterHeading);
  await checkpoint("5-page");
  await tabTo(page, `"${t.back}"`, (f) => f.tag === "button" && f.name === t.back, { max: 120 });
  await key("Enter");
  await assertStep(page, lang, 4, register);
  const end = await tabTo(page, "a registrar link", (f) => f.tag === "a" && f.registrar !== null, { max: 10 });
  assert.ok(end.inside && end.tag === "a" && end.registrar, `focus ends on a registrar link: ${JSON.stringify(end)}`);
  return { domain, firstLink, lastLink };
}

/** axe-core over the page, inside the shadow root; returns what the checkpoint found. */
async function runAxe(page) {
  if (!(await page.evaluate(() => !!window.axe))) await page.addScriptTag({ content: axeSource });
  // The starter's preview is a sandboxed iframe without scripts: axe cannot run in
  // it, and would wait a minute for it.
  const result = await page.evaluate((tags) => window.axe.run(document, { runOnly: tags, iframes: false }), AXE_TAGS);
  const serious = result.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => JSON.stringify(n.target)).join(", ")}`);
  const inShadow = (list) => list.some((r) => r.nodes.some((n) => n.target.some(Array.isArray)));
  return {
    serious,
    minor: result.violations.filter((v) => !(v.impact === "serious" || v.impact === "critical")).map((v) => `${v.id} (${v.impact})`),
    lookedInside: inShadow(result.passes) || inShadow(result.violations),
  };
}

const CHECKPOINTS = [
  "1-programme",
  "2-eligibility",
  "2-eligibility-errors",
  "2-eligibility-outcome",
  "3-names",
  "4-registrars",
  "5-page",
];

const LANGS = ["vi", "en", "km"];
const PROGRAMS = [
  ["id", "a young citizen (id.vn)"],
  ["biz", "a household business (biz.vn)"],
];

for (const lang of LANGS) {
  for (const [program, who] of PROGRAMS) {
    describe(`${who} in ${lang}`, () => {
      // The keyboard journey records axe's findings at each step for the test after it.
      const axeAt = new Map();
      it("goes from programme choice to a registrar link with the keyboard alone; each step is marked current and its heading takes focus", async () => {
        const { page, context, errors } = await open(lang);
        try {
          await journey(page, lang, program, async (name) => axeAt.set(name, await runAxe(page)));
          assert.deepEqual(errors, []);
        } finally {
          await context.close();
        }
      });
      it("axe-core finds no serious or critical WCAG 2.2 A/AA violation at any step, inside the Shadow DOM", () => {
        const missing = CHECKPOINTS.filter((c) => !axeAt.has(c));
        assert.deepEqual(missing, [], "the journey reached every step to be checked");
        const found = CHECKPOINTS.flatMap((c) => axeAt.get(c).serious.map((s) => `${c}: ${s}`));
        assert.deepEqual(found, []);
        for (const c of CHECKPOINTS) assert.ok(axeAt.get(c).lookedInside, `${c}: axe looked inside the shadow root`);
      });
    });
  }
}

/** What sticks out horizontally at the current viewport width, inside the widget. */
function overflow(page) {
  return page.evaluate(() => {
    const host = document.querySelector("#w");
    const root = host.shadowRoot;
    const hostRight = host.getBoundingClientRect().right;
    const describe = (el) => {
      const cls = typeof el.className === "string" && el.className ? "." + el.className.trim().split(/\s+/).join(".") : "";
      const text = (el.textContent || "").trim().slice(0, 30);
      return `${el.tagName.toLowerCase()}${el.id ? "#" + el.id : ""}${cls}${text ? ` "${text}"` : ""}`;
    };
    const beyond = [...root.querySelectorAll("*")]
      .map((el) => [el, el.getBoundingClientRect()])
      // Only what is rendered: a closed <details>' content keeps a stale layout
      // that nobody sees (content-visibility: hidden).
      .filter(([el, r]) => r.width > 0 && el.checkVisibility() && r.right > hostRight + 1)
      .map(([el, r]) => `${describe(el)} right=${Math.round(r.right)} > host ${Math.round(hostRight)}`);
    const panel = root.querySelector("section.vnda") ?? root.querySelector('[part="panel"]');
    return {
      beyond,
      panel: panel ? { scrollWidth: panel.scrollWidth, clientWidth: panel.clientWidth } : null,
      page: { scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth },
    };
  });
}

/**
 * Table cells (the publishing guide's DNS records) whose words are split across
 * lines: "AAAA" shown as "AAA" over "A", "185.199.108.153" as "185.199.108.15" over
 * "3" — a record someone copies by hand from a phone.
 */
function brokenTokens(page) {
  return page.evaluate(() => {
    const root = document.querySelector("#w").shadowRoot;
    const broken = [];
    for (const cell of root.querySelectorAll("table th, table td")) {
      const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        for (const m of node.data.matchAll(/\S+/g)) {
          const range = document.createRange();
          range.setStart(node, m.index);
          range.setEnd(node, m.index + m[0].length);
          const lines = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
          if (lines.size > 1) broken.push(`"${m[0]}" on ${lines.size} lines`);
        }
      }
    }
    return broken;
  });
}

describe("layout at 320 px, 640 px (200 % zoom) and 1280 px, in English", () => {
  const found = { 320: [], 640: [] };
  const tables = { checked: false, broken: [] };
  const reached = new Set();
  for (const [program] of PROGRAMS) {
    it(`${program}: screenshots of every step at 320 px and 1280 px under target/screenshots/`, async () => {
      const { page, context, errors } = await open("en");
      const desktop = { width: 1280, height: 900 };
      try {
        await journey(page, "en", program, async (name) => {
          for (const width of [320, 640, 1280]) {
            await page.setViewportSize({ width, height: 900 });
            await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
            if (width !== 1280) {
              const o = await overflow(page);
              assert.ok(o.panel, "the panel is there");
              if (o.panel.scrollWidth > o.panel.clientWidth) found[width].push(`${program} ${name}: panel scrollWidth ${o.panel.scrollWidth} > clientWidth ${o.panel.clientWidth}`);
              for (const b of o.beyond) found[width].push(`${program} ${name}: ${b}`);
              if (o.page.scrollWidth > o.page.innerWidth) found[width].push(`${program} ${name}: the page scrolls sideways (${o.page.scrollWidth} > ${o.page.innerWidth})`);
              if (width === 320 && name === "5-page") {
                tables.checked = true;
                tables.broken.push(...(await brokenTokens(page)).map((b) => `${program}: ${b}`));
              }
            }
            if (width !== 640) {
              const path = `${SHOTS}${program}-${name}-${width}.png`;
              // A window as tall as the page rather than a full-page capture: Chromium
              // leaves the preview iframe blank when it is outside the window.
              const height = await page.evaluate(() => document.documentElement.scrollHeight);
              await page.setViewportSize({ width, height: Math.max(900, height) });
              await page.screenshot({ path });
              assert.ok((await stat(path)).size > 1000, path);
            }
          }
          await page.setViewportSize(desktop);
          reached.add(`${program} ${name}`);
        });
        assert.deepEqual(errors, []);
      } finally {
        await context.close();
      }
    });
  }
  it("at 320 px nothing inside the widget sticks out to the right and the panel does not scroll sideways (WCAG 1.4.10)", () => {
    assert.equal(reached.size, CHECKPOINTS.length * PROGRAMS.length, `every step was laid out: ${[...reached].join(", ")}`);
    assert.deepEqual(found[320], []);
  });
  it("at 320 px the publishing guide's DNS records keep each value on one line", () => {
    assert.ok(tables.checked, "the starter step was laid out at 320 px");
    assert.deepEqual(tables.broken, []);
  });
  it("at 640 px (a 1280 px window at 200 % zoom) nothing sticks out either", () => {
    assert.equal(reached.size, CHECKPOINTS.length * PROGRAMS.length, `every step was laid out: ${[...reached].join(", ")}`);
    assert.deepEqual(found[640], []);
  });
});

describe("prefers-reduced-motion: reduce", () => {
  it("the keyboard journey still works, and nothing in the widget moves", async () => {
    const { page, context, errors } = await open("en", { reducedMotion: "reduce" });
    try {
      assert.equal(await page.evaluate(() => matchMedia("(prefers-reduced-motion: reduce)").matches), true);
      const moving = [];
      await journey(page, "en", "id", async (name) => {
        const m = await page.evaluate(() =>
          [...document.querySelector("#w").shadowRoot.querySelectorAll("*")]
            .map((el) => [el, getComputedStyle(el)])
            .filter(
              ([, s]) =>
                s.transitionDuration.split(",").some((d) => parseFloat(d) > 0) ||
                s.animationName.split(",").some((n) => n.trim() !== "none") ||
                s.scrollBehavior === "smooth",
            )
            .map(([el, s]) => `${el.tagName.toLowerCase()}${el.id ? "#" + el.id : ""}: transition ${s.transitionDuration}, animation ${s.animationName}, scroll ${s.scrollBehavior}`),
        );
        moving.push(...m.map((x) => `${name}: ${x}`));
      });
      assert.deepEqual(moving, []);
      assert.deepEqual(errors, []);
    } finally {
      await context.close();
    }
  });
});

// The eligibility step in a real Chromium, used like a visitor uses it: the form is
// filled through its accessible names, the outcome read from the `role="status"`
// region's data-outcome / data-reason hooks (embed contract), the event heard by
// the host page, and every request the page makes recorded.
import { after, before, describe, it } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { distReady, hostPage, launchBrowser, newPage, readyCount, serveDist } from "./harness.mjs";

let browser;
let server;


before(async () => {
  await distReady();
  browser = await launchBrowser();
  server = await serveDist();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

// The built-in windows: id.vn 2023-06-01..2026-12-31 (its end confirmed by TT
// 64/2025/TT-BTC), biz.vn 2023-06-01..2025-12-31 (its end as last published).
const OPEN = "2025-06-01"; // inside both, far from either end
const CLOSED = "2027-02-01"; // after both

let pageNo = 0;
/**
 * A host page with one widget (`attrs` on <vn-domain-assistant id="w">), loaded and
 * ready. `since()` gives the requests made after vnda:ready.
 */
async function open(attrs, { now } = {}) {
  await distReady();
  const path = `/t/elig-${++pageNo}.html`;
  const { page, context, errors, requests } = await newPage(browser, server.url, {
    pages: { [path]: hostPage(`<vn-domain-assistant id="w" ${attrs}></vn-domain-assistant>`) },
  });
  // The device's clock, for a widget without a `today` attribute (timers still run).
  if (now) await page.clock.setFixedTime(now);
  await page.goto(server.url + path);
  await readyCount(page, 1);
  const mark = requests.length;
  const w = page.locator("#w");
  return {
    page,
    context,
    errors,
    requests,
    w,
    since: () => requests.slice(mark).map((r) => `${r.method} ${r.url}`),
    status: w.getByRole("status"),
    outcome: w.getByRole("status").locator("[data-outcome]"),
  };
}

/** The labels of each language (vi and km are the project's translations). */
const L = {
  en: {
    name: "Full name", birth: "Date of birth", id: "Citizen ID number", email: "E-mail",
    citizen: "I am a Vietnamese citizen", check: "Check",
    enterprise: "Enterprise", household: "Household business", bizName: "Business name",
    tax: "Tax code", founded: "Date of establishment",
    yes: /^Yes/, no: /^No/, notSure: /not sure/i,
  },
  vi: {
    name: "Họ và tên", birth: "Ngày sinh", id: "Số định danh cá nhân (số CCCD)", email: "Thư điện tử",
    citizen: "Tôi là công dân Việt Nam", check: "Kiểm tra",
    enterprise: "Doanh nghiệp", household: "Hộ kinh doanh", bizName: "Tên doanh nghiệp hoặc hộ kinh doanh",
    tax: "Mã số thuế", founded: "Ngày thành lập",
    yes: /^Đúng/, no: /^Không/, notSure: /không chắc/,
  },
  km: {
    name: "ឈ្មោះពេញ", birth: "ថ្ងៃខែឆ្នាំកំណើត", id: "លេខអត្តសញ្ញាណប័ណ្ណពលរដ្ឋ", email: "អ៊ីមែល",
    citizen: "ខ្ញុំជាពលរដ្ឋវៀតណាម", check: "ពិនិត្យ",
    enterprise: "សហគ្រាស", household: "អាជីវកម្មគ្រួសារ", bizName: "ឈ្មោះអាជីវកម្ម",
    tax: "លេខអត្តសញ្ញាណកម្មសារពើពន្ធ", founded: "ថ្ងៃបង្កើត",
    yes: /^បាទ/, no: /^ទេ/, notSure: /មិនប្រាកដ/,
  },
};

/** A 20-year-old on OPEN, with a CCCD whose century/sex digit and year agree. */
const ADULT = { name: "Nguyễn Văn An", birth: "2005-03-10", id: "084205012345", email: "an.nguyen@example.vn" };

const field = (w, label) => w.getByLabel(label, { exact: true });

async function fillCitizen(w, { name, birth, id, email, citizen = true }, t = L.en) {
  if (name !== undefined) await field(w, t.name).fill(name);
  if (birth !== undefined) await field(w, t.birth).fill(birth);
  if (id !== undefined) await field(w, t.id).fill(id);
  if (email !== undefined) await field(w, t.email).fill(email);
  await w.getByRole("checkbox", { name: t.citizen }).setChecked(citizen);
}

async function fillBusiness(w, { kind, name, code, founded, first }, t = L.en) {
  if (kind) await w.getByRole("radio", { name: t[kind], exact: true }).check();
  if (name !== undefined) await field(w, t.bizName).fill(name);
  if (code !== undefined) await field(w, t.tax).fill(code);
  if (founded !== undefined) await field(w, t.founded).fill(founded);
  if (first) await w.getByRole("radio", { name: t[first] }).check();
}

/** Clicks Check and waits for the judgement (the n-th vnda:eligibility event). */
async function check(ctx, t = L.en) {
  const before = await ctx.page.evaluate(() => window.events.filter((e) => e.name === "vnda:eligibility").length);
  await ctx.w.getByRole("button", { name: t.check, exact: true }).click();
  await ctx.page.waitForFunction(
    (n) => window.events.filter((e) => e.name === "vnda:eligibility").length > n,
    before,
  );
  await ctx.outcome.waitFor();
}

const verdict = async (ctx) => ({
  outcome: await ctx.outcome.getAttribute("data-outcome"),
  reason: await ctx.outcome.getAttribute("data-reason"),
});

const eligibilityEvents = (page) =>
  page.evaluate(() => window.events.filter((e) => e.name === "vnda:eligibility").map((e) => e.detail));

/** The focused element inside the widget's shadow root: its id and its label's text. */
const focused = (page) =>
  page.evaluate(() => {
    const el = document.querySelector("#w").shadowRoot.activeElement;
    if (!el) return null;
    const legend = el.tagName === "FIELDSET" ? el.querySelector("legend")?.textContent : undefined;
    return { id: el.id, tag: el.tagName, label: el.labels?.[0]?.textContent ?? legend ?? el.textContent };
  });

/**
 * How a field tells its problem: aria-invalid, and the texts of the elements its
 * aria-describedby names — each found, visible and next to the field (inside the
 * field's own container).
 */
async function problemOf(control) {
  return control.evaluate((el) => {
    const root = el.getRootNode();
    const ids = (el.getAttribute("aria-describedby") ?? "").split(/\s+/).filter(Boolean);
    const container = el.tagName === "FIELDSET" ? el : el.parentElement;
    return {
      invalid: el.getAttribute("aria-invalid"),
      descriptions: ids.map((id) => {
        const d = root.getElementById(id);
        if (!d) return { id, missing: true };
        const r = d.getBoundingClientRect();
        return { id, text: d.textContent.trim(), visible: r.width > 0 && r.height > 0, nextToField: container.contains(d) };
      }),
    };
  });
}

/** Asserts `control` is marked invalid and described by a visible, adjacent text matching `pattern`. */
async function assertProblem(control, pattern, what) {
  const p = await problemOf(control);
  // aria-invalid belongs on form controls; a radio group (fieldset) is described only.
  const group = await control.evaluate((el) => el.tagName === "FIELDSET");
  if (!group) assert.equal(p.invalid, "true", `${what}: aria-invalid="true"`);
  assert.ok(!p.descriptions.some((d) => d.missing), `${what}: aria-describedby names a missing element: ${JSON.stringify(p)}`);
  const hit = p.descriptions.find((d) => pattern.test(d.text));
  assert.ok(hit, `${what}: no description matches ${pattern}: ${JSON.stringify(p.descriptions)}`);
  assert.ok(hit.visible, `${what}: the explanation is not visible`);
  assert.ok(hit.nextToField, `${what}: the explanation is not next to the field`);
}

async function assertNoProblem(control, what) {
  const p = await problemOf(control);
  assert.notEqual(p.invalid, "true", `${what} is marked invalid`);
}

/** The visible text of the whole widget. */
const widgetText = (page) => page.evaluate(() => document.querySelector("#w").shadowRoot.querySelector("section").innerText);

/** Asserts the step made no request and logged no error; closes the context. */
async function finish(ctx) {
  assert.deepEqual(ctx.since(), [], "requests during the eligibility step");
  assert.deepEqual(ctx.errors, [], "console errors");
  await ctx.context.close();
}

describe("id.vn outcomes, by filling the form", () => {
  it("eligible: a 20-year-old with a matching CCCD gets the answer, the date and a way on", async () => {
    const ctx = await open(`lang="en" program="id" today="${OPEN}"`);
    await fillCitizen(ctx.w, ADULT);
    await check(ctx);
    assert.deepEqual(await verdict(ctx), { outcome: "eligible", reason: "eligible" });
    const heading = ctx.status.getByRole("heading");
    assert.equal(await heading.innerText(), "You can get a free id.vn name until 31 December 2026");
    assert.equal(await ctx.outcome.locator(".soon").count(), 0, "no countdown far from the end");
    assert.equal(await ctx.status.getByRole("button", { name: "Continue: choose a name" }).isVisible(), true);
    assert.deepEqual(await eligibilityEvents(ctx.page), [{ program: "id", outcome: "eligible", reason: "eligible" }]);
    for (const label of [L.en.name, L.en.birth, L.en.id, L.en.email]) await assertNoProblem(field(ctx.w, label), label);
    await finish(ctx);
  });

  it("too-young: 17 today, told the day they turn 18, and no free name now", async () => {
    const ctx = await open(`lang="en" program="id" today="${OPEN}"`);
    await fillCitizen(ctx.w, { ...ADULT, birth: "2007-09-01", id: "084207012345" });
    await check(ctx);
    assert.deepEqual(await verdict(ctx), { outcome: "not-eligible", reason: "too-young" });
    assert.equal(await ctx.status.getByRole("heading").innerText(), "This offer is for people aged 18 to 23");
    assert.match(await ctx.outcome.innerText(), /1 September 2025/);
    assert.equal(await ctx.status.getByRole("button").count(), 0, "no way on to a name for a minor");
    await finish(ctx);
  });

  it("too-old: 26 today, told so, and still offered to continue at the normal fee", async () => {
    const ctx = await open(`lang="en" program="id" today="${OPEN}"`);
    await fillCitizen(ctx.w, { ...ADULT, birth: "1999-03-10", id: "084099012345" });
    await check(ctx);
    assert.deepEqual(await verdict(ctx), { outcome: "not-eligible", reason: "too-old" });
    assert.equal(await ctx.status.getByRole("heading").innerText(), "This offer is for people aged 18 to 23");
    const text = await ctx.outcome.innerText();
    assert.match(text, /10,000\u00a0₫/);
    assert.match(text, /50,000\u00a0₫ a year/);
    const go = ctx.status.getByRole("button", { name: "Continue: choose a name" });
    assert.equal(await go.isVisible(), true);
    assert.equal(await go.isEnabled(), true);
    await finish(ctx);
  });

  it("id-birth-mismatch: the CCCD says 2003, the birth date 2005; both fields explain, focus on the first", async () => {
    const ctx = await open(`lang="en" program="id" today="${OPEN}"`);
    await fillCitizen(ctx.w, { ...ADULT, id: "084203012345" });
    await check(ctx);
    assert.deepEqual(await verdict(ctx), { outcome: "needs-info", reason: "id-birth-mismatch" });
    await assertProblem(field(ctx.w, L.en.id), /born in 2003/, "Citizen ID number");
    await assertProblem(field(ctx.w, L.en.birth), /2003/, "Date of birth");
    assert.equal((await focused(ctx.page)).label, "Date of birth");
    await assertNoProblem(field(ctx.w, L.en.name), "Full name");
    // Here the province the number codes helps: it says which digits were read.
    assert.match(await ctx.outcome.innerText(), /first three digits you typed are the code of Trà Vinh/);
    await finish(ctx);
  });

  it("invalid-id: a number whose first three digits are no province code", async () => {
    const ctx = await open(`lang="en" program="id" today="${OPEN}"`);
    await fillCitizen(ctx.w, { ...ADULT, id: "000205012345" });
    await check(ctx);
    assert.deepEqual(await verdict(ctx), { outcome: "needs-info", reason: "invalid-id" });
    await assertProblem(field(ctx.w, L.en.id), /first three digits are not a province code/, "Citizen ID number");
    assert.equal((await focused(ctx.page)).label, "Citizen ID number");
    await finish(ctx);
  });

  it("invalid-id: eleven digits are counted back to the visitor", async () => {
    const ctx = await open(`lang="en" program="id" today="${OPEN}"`);
    await fillCitizen(ctx.w, { ...ADULT, id: "08420501234" });
    await check(ctx);
    assert.deepEqual(await verdict(ctx), { outcome: "needs-info", reason: "invalid-id" });
    await assertProblem(field(ctx.w, L.en.id), /11 digits/, "Citizen ID number");
    await finish(ctx);
  });

  it("old-cmnd: a 9-digit identity card number gets its own explanation", async () => {
    const ctx = await open(`lang="en" program="id" today="${OPEN}"`);
    await fillCitizen(ctx.w, { ...ADULT, id: "023456789" });
    await check(ctx);
    assert.deepEqual(await verdict(ctx), { outcome: "needs-info", reason: "old-cmnd" });
    await assertProblem(field(ctx.w, L.en.id), /9-digit/, "Citizen ID number");
    assert.match(await ctx.outcome.innerText(), /12-digit/);
    assert.equal((await focused(ctx.page)).label, "Citizen ID number");
    await finish(ctx);
  });

  it("not-citizen: the box left unticked; the box explains and gets focus", async () => {
    const ctx = await open(`lang="en" program="id" today="${OPEN}"`);
    await fillCitizen(ctx.w, { ...ADULT, citizen: false });
    await check(ctx);
    assert.deepEqual(await verdict(ctx), { outcome: "not-eligible", reason: "not-citizen" });
    const box = ctx.w.getByRole("checkbox", { name: L.en.citizen });
    await assertProblem(box, /Tick this box/, "citizenship");
    assert.equal((await focused(ctx.page)).label, L.en.citizen);
    assert.equal(await ctx.status.getByRole("heading").innerText(), "id.vn names are for Vietnamese citizens");
    await finish(ctx);
  });

  it("missing-field: Check on an empty form marks each required field, focus on the first", async () => {
    const ctx = await open(`lang="en" program="id" today="${OPEN}"`);
    await check(ctx);
    assert.deepEqual(await verdict(ctx), { outcome: "needs-info", reason: "missing-field" });
    await assertProblem(field(ctx.w, L.en.name), /Type your full name/, "Full name");
    await assertProblem(field(ctx.w, L.en.birth), /Type your date of birth as day\/month\/year/, "Date of birth");
    await assertProblem(field(ctx.w, L.en.id), /12 digits/, "Citizen ID number");
    await assertProblem(ctx.w.getByRole("checkbox", { name: L.en.citizen }), /Tick this box/, "citizenship");
    await assertNoProblem(field(ctx.w, L.en.email), "E-mail (optional)");
    assert.deepEqual(await focused(ctx.page), { id: "vnda-full-name", tag: "INPUT", label: "Full name" });
    assert.equal(await ctx.status.getByRole("heading").innerText(), "A few details are missing");
    await finish(ctx);
  });

  it("after a fix, Check again gives the new answer and the field is no longer marked", async () => {
    const ctx = await open(`lang="en" program="id" today="${OPEN}"`);
    await fillCitizen(ctx.w, { ...ADULT, id: "084203012345" });
    await check(ctx);
    assert.equal((await verdict(ctx)).reason, "id-birth-mismatch");
    await field(ctx.w, L.en.id).fill(ADULT.id);
    await check(ctx);
    assert.deepEqual(await verdict(ctx), { outcome: "eligible", reason: "eligible" });
    await assertNoProblem(field(ctx.w, L.en.id), "Citizen ID number");
    await assertNoProblem(field(ctx.w, L.en.birth), "Date of birth");
    assert.equal(await ctx.status.locator("[data-outcome]").count(), 1, "one outcome at a time");
    await finish(ctx);
  });

  it("with nothing to fix, focus moves to the answer's heading — on the first Check and after a fix", async () => {
    const heading = (page) => page.evaluate(() => document.querySelector("#w").shadowRoot.activeElement?.outerHTML.slice(0, 80) ?? null);
    // First Check of the page, eligible.
    let ctx = await open(`lang="en" program="id" today="${OPEN}"`);
    await fillCitizen(ctx.w, ADULT);
    await check(ctx);
    assert.equal((await focused(ctx.page))?.id, "vnda-outcome-heading", `focus after the first Check: ${await heading(ctx.page)}`);
    await finish(ctx);
    // First Check of the page, too-old (a not-eligible answer with a way on).
    ctx = await open(`lang="en" program="id" today="${OPEN}"`);
    await fillCitizen(ctx.w, { ...ADULT, birth: "1999-03-10", id: "084099012345" });
    await check(ctx);
    assert.equal((await focused(ctx.page))?.id, "vnda-outcome-heading", `focus after the first Check: ${await heading(ctx.page)}`);
    await finish(ctx);
    // A problem first (focus on its field), then the fix and Check again.
    ctx = await open(`lang="en" program="id" today="${OPEN}"`);
    await fillCitizen(ctx.w, { ...ADULT, id: "084203012345" });
    await check(ctx);
    await field(ctx.w, L.en.id).fill(ADULT.id);
    await check(ctx);
    assert.equal((await verdict(ctx)).reason, "eligible");
    assert.equal((await focused(ctx.page))?.id, "vnda-outcome-heading", `focus after the fixed Check: ${await heading(ctx.page)}`);
    await finish(ctx);
  });

  it("programme-closed: after the window the answer is there before typing, with the fee and a way on", async () => {
    const ctx = await open(`lang="en" program="id" today="${CLOSED}"`);
    await ctx.outcome.waitFor();
    assert.deepEqual(await verdict(ctx), { outcome: "not-eligible", reason: "programme-closed" });
    assert.equal(await ctx.status.getByRole("heading").innerText(), "The free offer ended on 31 December 2026");
    const text = await ctx.outcome.innerText();
    assert.match(text, /10,000\u00a0₫/);
    assert.match(text, /50,000\u00a0₫ a year/);
    assert.equal(await field(ctx.w, L.en.name).count(), 0, "nothing to type while the offer is closed");
    assert.deepEqual(await eligibilityEvents(ctx.page), [{ program: "id", outcome: "not-eligible", reason: "programme-closed" }]);
    assert.deepEqual(ctx.since(), []);
    const go = ctx.status.getByRole("button", { name: "Continue: choose a name" });
    await go.click();
    await ctx.w.getByRole("heading", { name: "Suggested domain names" }).waitFor();
    assert.deepEqual(ctx.errors, []);
    await ctx.context.close();
  });

  it("programme-closed for biz.vn says the biz.vn fee", async () => {
    const ctx = await open(`lang="en" program="biz" today="${CLOSED}"`);
    await ctx.outcome.waitFor();
    assert.deepEqual(await verdict(ctx), { outcome: "not-eligible", reason: "programme-closed" });
    const text = await ctx.outcome.innerText();
    assert.match(text, /100,000\u00a0₫/);
    assert.match(text, /250,000\u00a0₫ a year/);
    assert.equal(await ctx.status.getByRole("button", { name: "Continue: choose a name" }).isVisible(), true);
    assert.deepEqual(await eligibilityEvents(ctx.page), [{ program: "biz", outcome: "not-eligible", reason: "programme-closed" }]);
    await finish(ctx);
  });
});

describe("biz.vn outcomes, by filling the form", () => {
  const biz = () => open(`lang="en" program="biz" today="${OPEN}"`);

  it("eligible: an enterprise founded this year with a valid tax code, first biz.vn name", async () => {
    const ctx = await biz();
    await fillBusiness(ctx.w, { kind: "enterprise", name: "Công ty TNHH An Phát", code: "0100233488", founded: "2025-01-15", first: "yes" });
    await check(ctx);
    assert.deepEqual(await verdict(ctx), { outcome: "eligible", reason: "eligible" });
    assert.match(await ctx.status.getByRole("heading").innerText(), /^You can get a free biz\.vn name until /);
    assert.equal(await ctx.status.getByRole("button", { name: "Continue: choose a name" }).isVisible(), true);
    assert.deepEqual(await eligibilityEvents(ctx.page), [{ program: "biz", outcome: "eligible", reason: "eligible" }]);
    await finish(ctx);
  });

  it("enterprise-too-old: founded one year and one day ago; still a way on at the fee", async () => {
    const ctx = await biz();
    await fillBusiness(ctx.w, { kind: "enterprise", name: "Công ty An Phát", code: "0314409058", founded: "2024-05-31", first: "yes" });
    await check(ctx);
    assert.deepEqual(await verdict(ctx), { outcome: "not-eligible", reason: "enterprise-too-old" });
    assert.match(await ctx.outcome.innerText(), /100,000\u00a0₫/);
    assert.equal(await ctx.status.getByRole("button", { name: "Continue: choose a name" }).isVisible(), true);
    await finish(ctx);
  });

  it("an enterprise founded exactly one year ago still counts", async () => {
    const ctx = await biz();
    await fillBusiness(ctx.w, { kind: "enterprise", name: "Công ty An Phát", code: "0314409058", founded: "2024-06-01", first: "yes" });
    await check(ctx);
    assert.deepEqual(await verdict(ctx), { outcome: "eligible", reason: "eligible" });
    await finish(ctx);
  });

  it("invalid-tax-code: a mistyped check digit is explained at the field, which gets focus", async () => {
    const ctx = await biz();
    await fillBusiness(ctx.w, { kind: "enterprise", name: "Công ty An Phát", code: "0100233489", founded: "2025-01-15", first: "yes" });
    await check(ctx);
    assert.deepEqual(await verdict(ctx), { outcome: "needs-info", reason: "invalid-tax-code" });
    await assertProblem(field(ctx.w, L.en.tax), /digit is probably mistyped/, "Tax code");
    assert.equal((await focused(ctx.page)).label, "Tax code");
    await assertNoProblem(field(ctx.w, L.en.bizName), "Business name");
    await finish(ctx);
  });

  it("not-first-biz-name: answering No; still a way on at the fee", async () => {
    const ctx = await biz();
    await fillBusiness(ctx.w, { kind: "enterprise", name: "Công ty An Phát", code: "0314409058-002", founded: "2025-01-15", first: "no" });
    await check(ctx);
    assert.deepEqual(await verdict(ctx), { outcome: "not-eligible", reason: "not-first-biz-name" });
    assert.equal(await ctx.status.getByRole("heading").innerText(), "Only a business's first biz.vn name is free");
    assert.equal(await ctx.status.getByRole("button", { name: "Continue: choose a name" }).isVisible(), true);
    await finish(ctx);
  });

  it("missing-field on biz.vn: the business type and the question are marked, focus on the type", async () => {
    const ctx = await biz();
    await check(ctx);
    assert.deepEqual(await verdict(ctx), { outcome: "needs-info", reason: "missing-field" });
    const kind = ctx.w.getByRole("group", { name: "Type of business" });
    await assertProblem(kind, /Choose Enterprise or Household business/, "Type of business");
    await assertProblem(field(ctx.w, L.en.bizName), /Type the name/, "Business name");
    await assertProblem(field(ctx.w, L.en.tax), /Type the tax code/, "Tax code");
    await assertProblem(ctx.w.getByRole("group", { name: "Is this the business's first biz.vn name?" }), /Choose an answer/, "first biz.vn name");
    assert.equal((await focused(ctx.page)).label, "Type of business");
    await finish(ctx);
  });

  const household = [
    // The province coded in the number is no news to its owner: not shown.
    ["the representative's 12-digit personal ID", "084205012345", null],
    ["a 10-digit tax code", "0314409058", null],
    ["a 13-digit branch tax code", "0314409058-002", null],
    ["an old-style certificate number (with a gentle warning)", "01R8017431", /old certificate number/],
  ];
  for (const [what, code, note] of household) {
    it(`household business eligible with ${what}, no date of establishment needed`, async () => {
      const ctx = await biz();
      await fillBusiness(ctx.w, { kind: "household", name: "Hộ kinh doanh Bánh mì Cô Ba", code, first: "yes" });
      await check(ctx);
      assert.deepEqual(await verdict(ctx), { outcome: "eligible", reason: "eligible" });
      if (note) assert.match(await ctx.outcome.innerText(), note);
      assert.doesNotMatch(await ctx.outcome.innerText(), /Trà Vinh/);
      await assertNoProblem(field(ctx.w, L.en.founded), "Date of establishment");
      await finish(ctx);
    });
  }
});

describe("what the host page and the network see", () => {
  it("vnda:eligibility carries exactly {program, outcome, reason} and nothing typed, and nothing is stored", async () => {
    const ctx = await open(`lang="en" program="id" today="${OPEN}"`);
    const runs = [
      [{ ...ADULT, id: "084203012345" }, { program: "id", outcome: "needs-info", reason: "id-birth-mismatch" }],
      [{ ...ADULT, citizen: false }, { program: "id", outcome: "not-eligible", reason: "not-citizen" }],
      [ADULT, { program: "id", outcome: "eligible", reason: "eligible" }],
    ];
    for (const [form] of runs) {
      await fillCitizen(ctx.w, form);
      await check(ctx);
    }
    const events = await ctx.page.evaluate(() => window.events.filter((e) => e.name === "vnda:eligibility"));
    assert.deepEqual(
      events.map((e) => ({ id: e.id, detail: e.detail })),
      runs.map(([, detail]) => ({ id: "w", detail })),
    );
    for (const e of events) assert.deepEqual(Object.keys(e.detail).sort(), ["outcome", "program", "reason"]);
    // The event bubbles out of the shadow root to the document (composed).
    const flags = await ctx.page.evaluate(
      () =>
        new Promise((ok) => {
          document.addEventListener("vnda:eligibility", (e) => ok({ bubbles: e.bubbles, composed: e.composed, target: e.target.id }), { once: true });
          document.querySelector("#w").shadowRoot.querySelector("form").requestSubmit();
        }),
    );
    assert.deepEqual(flags, { bubbles: true, composed: true, target: "w" });

    const everything = JSON.stringify(await ctx.page.evaluate(() => window.events));
    for (const secret of [ADULT.name, "Nguyễn", ADULT.birth, "2005", ADULT.id, "084203012345", "012345", ADULT.email, "example.vn"]) {
      assert.ok(!everything.includes(secret), `an event carries "${secret}": ${everything}`);
    }
    const storage = await ctx.page.evaluate(() => ({
      local: { ...localStorage },
      session: { ...sessionStorage },
      cookie: document.cookie,
    }));
    const stored = JSON.stringify(storage);
    for (const secret of [ADULT.name, ADULT.birth, ADULT.id, ADULT.email]) {
      assert.ok(!stored.includes(secret), `storage holds "${secret}": ${stored}`);
    }
    await finish(ctx);
  });

  it("no request at all while filling and checking, on either programme, in any outcome", async () => {
    const ctx = await open(`lang="en" today="${OPEN}"`);
    await ctx.w.getByRole("radio", { name: /id\.vn/ }).check();
    await ctx.w.getByRole("button", { name: "Continue", exact: true }).click();
    await check(ctx);
    await fillCitizen(ctx.w, { ...ADULT, id: "123456789" });
    await check(ctx);
    await fillCitizen(ctx.w, ADULT);
    await check(ctx);
    assert.equal((await verdict(ctx)).reason, "eligible");
    await ctx.w.getByRole("button", { name: "Back", exact: true }).click();
    await ctx.w.getByRole("radio", { name: /biz\.vn/ }).check();
    await ctx.w.getByRole("button", { name: "Continue", exact: true }).click();
    await fillBusiness(ctx.w, { kind: "enterprise", name: "Công ty An Phát", code: "0100233488", founded: "2025-01-15", first: "notSure" });
    await check(ctx);
    assert.equal((await verdict(ctx)).reason, "eligible");
    // Anything late (a beacon, a prefetch) would show up here.
    await ctx.page.waitForTimeout(750);
    await finish(ctx);
  });
});

describe("plain language", () => {
  it("no text says Error; every problem says what to do, next to its field", async () => {
    for (const program of ["id", "biz"]) {
      const ctx = await open(`lang="en" program="${program}" today="${OPEN}"`);
      if (program === "id") {
        await fillCitizen(ctx.w, { name: "An 123", birth: "2005-03-10", id: "08420501234x", email: "an@", citizen: false });
      } else {
        await fillBusiness(ctx.w, { kind: "enterprise", name: "   ", code: "0100233400", founded: "2030-01-01" });
      }
      await check(ctx);
      const text = await widgetText(ctx.page);
      assert.doesNotMatch(text, /error/i);
      assert.doesNotMatch(text, /invalid|undefined|null|NaN|\{\w+\}/);
      // Each marked field: described by a visible sentence next to it.
      const marked = await ctx.page.evaluate(() =>
        [...document.querySelector("#w").shadowRoot.querySelectorAll('[aria-invalid="true"]')].map((el) => el.id),
      );
      assert.ok(marked.length >= 2, `fields marked: ${marked}`);
      for (const id of marked) await assertProblem(ctx.w.locator(`#${id}`), /\w{3,}.*\./, id);
      await finish(ctx);
    }
  });
});

describe("three languages", () => {
  const EN_STEP = { id: "id.vn — for citizens aged 18 to 23", biz: "biz.vn — for new businesses and household businesses" };
  const script = { vi: /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/i, km: /[\u1780-\u17FF]/ };
  for (const lang of ["vi", "km"]) {
    const t = L[lang];
    it(`lang="${lang}": the id.vn form reaches the same outcomes under translated headings`, async () => {
      const cases = [
        [ADULT, "eligible", "eligible", "You can get a free id.vn name until 31 December 2026"],
        [{ ...ADULT, birth: "1999-03-10", id: "084099012345" }, "not-eligible", "too-old", "This offer is for people aged 18 to 23"],
        [{ ...ADULT, id: "084203012345" }, "needs-info", "id-birth-mismatch", "The ID number and the date of birth do not match"],
      ];
      for (const [form, outcome, reason, english] of cases) {
        const ctx = await open(`lang="${lang}" program="id" today="${OPEN}"`);
        assert.equal(await ctx.w.locator("section").first().getAttribute("lang"), lang);
        const step = await ctx.w.locator("h3").first().innerText();
        assert.notEqual(step, EN_STEP.id);
        assert.match(step, script[lang]);
        await fillCitizen(ctx.w, form, t);
        await check(ctx, t);
        assert.deepEqual(await verdict(ctx), { outcome, reason });
        const heading = await ctx.status.getByRole("heading").innerText();
        assert.notEqual(heading, english);
        assert.match(heading, script[lang], `heading "${heading}" is not in ${lang}`);
        assert.doesNotMatch(await ctx.outcome.innerText(), /\b(the|you|your|and)\b/i, "English words in the outcome");
        await finish(ctx);
      }
    });

    it(`lang="${lang}": the biz.vn form reaches the same outcomes under translated headings`, async () => {
      const cases = [
        [{ kind: "enterprise", name: "Công ty An Phát", code: "0100233488", founded: "2025-01-15", first: "yes" }, "eligible", "eligible"],
        [{ kind: "enterprise", name: "Công ty An Phát", code: "0100233489", founded: "2025-01-15", first: "yes" }, "needs-info", "invalid-tax-code"],
        [{ kind: "household", name: "Hộ Cô Ba", code: "0314409058", first: "no" }, "not-eligible", "not-first-biz-name"],
      ];
      for (const [form, outcome, reason] of cases) {
        const ctx = await open(`lang="${lang}" program="biz" today="${OPEN}"`);
        const step = await ctx.w.locator("h3").first().innerText();
        assert.notEqual(step, EN_STEP.biz);
        await fillBusiness(ctx.w, form, t);
        await check(ctx, t);
        assert.deepEqual(await verdict(ctx), { outcome, reason });
        const heading = await ctx.status.getByRole("heading").innerText();
        assert.match(heading, script[lang], `heading "${heading}" is not in ${lang}`);
        assert.doesNotMatch(await ctx.outcome.innerText(), /\b(the|you|your|and)\b/i, "English words in the outcome");
        await finish(ctx);
      }
    });
  }

  it(`lang="vi": the programme-closed answer is in Vietnamese with the fee written the Vietnamese way`, async () => {
    const ctx = await open(`lang="vi" program="id" today="${CLOSED}"`);
    await ctx.outcome.waitFor();
    assert.deepEqual(await verdict(ctx), { outcome: "not-eligible", reason: "programme-closed" });
    const text = await ctx.outcome.innerText();
    assert.match(text, /31\/12\/2026/);
    assert.match(text, /10\.000\u00a0₫/);
    assert.match(text, /50\.000\u00a0₫/);
    await finish(ctx);
  });
});

describe("going back", () => {
  it("Back and the progress list keep what was typed (widget without a program attribute)", async () => {
    const ctx = await open(`lang="en" today="${OPEN}"`);
    const { w } = ctx;
    await w.getByRole("radio", { name: /id\.vn/ }).check();
    await w.getByRole("button", { name: "Continue", exact: true }).click();
    await fillCitizen(w, ADULT);
    const values = async () => ({
      name: await field(w, L.en.name).inputValue(),
      birth: await field(w, L.en.birth).inputValue(),
      id: await field(w, L.en.id).inputValue(),
      email: await field(w, L.en.email).inputValue(),
      citizen: await w.getByRole("checkbox", { name: L.en.citizen }).isChecked(),
    });
    const typed = { name: ADULT.name, birth: ADULT.birth, id: ADULT.id, email: ADULT.email, citizen: true };
    assert.deepEqual(await values(), typed);

    // 1. The Back button.
    await w.getByRole("button", { name: "Back", exact: true }).click();
    await w.getByRole("heading", { name: "Who are you registering for?" }).waitFor();
    assert.equal(await field(w, L.en.name).count(), 0, "the programme step is shown");
    assert.equal(await w.getByRole("radio", { name: /id\.vn/ }).isChecked(), true);
    await w.getByRole("button", { name: "Continue", exact: true }).click();
    await field(w, L.en.name).waitFor();
    assert.deepEqual(await values(), typed);

    // 2. The progress list.
    await w.getByRole("button", { name: "1. Programme" }).click();
    await w.getByRole("heading", { name: "Who are you registering for?" }).waitFor();
    await w.getByRole("button", { name: "Continue", exact: true }).click();
    await field(w, L.en.name).waitFor();
    assert.deepEqual(await values(), typed);

    // 3. Trying biz.vn in between does not lose the id.vn answers either.
    await w.getByRole("button", { name: "Back", exact: true }).click();
    await w.getByRole("radio", { name: /biz\.vn/ }).check();
    await w.getByRole("button", { name: "Continue", exact: true }).click();
    await fillBusiness(w, { kind: "household", name: "Hộ Cô Ba" });
    await w.getByRole("button", { name: "Back", exact: true }).click();
    await w.getByRole("radio", { name: /id\.vn/ }).check();
    await w.getByRole("button", { name: "Continue", exact: true }).click();
    await field(w, L.en.name).waitFor();
    assert.deepEqual(await values(), typed);

    // And what is kept is what is judged.
    await check(ctx);
    assert.deepEqual(await verdict(ctx), { outcome: "eligible", reason: "eligible" });
    await finish(ctx);
  });
});

describe("dates people type (one text field, read back in words)", () => {
  const FORMS = ["15/06/2005", "15/6/2005", "15-06-2005", "15062005", "2005-06-15"];
  const READ = {
    vi: "Đã hiểu: 15 tháng 6 năm 2005",
    en: "Read as: 15 June 2005",
    km: "យល់ថា៖ ថ្ងៃទី 15 ខែមិថុនា ឆ្នាំ 2005",
  };
  for (const lang of ["vi", "en", "km"]) {
    it(`${lang}: every accepted form reads as the same day, on a numeric keyboard with dd/mm/yyyy shown`, async () => {
      const ctx = await open(`lang="${lang}" program="id" today="${OPEN}"`);
      const date = field(ctx.w, L[lang].birth);
      assert.deepEqual(
        await date.evaluate((el) => [el.type, el.inputMode, el.placeholder, el.autocomplete]),
        ["text", "numeric", "dd/mm/yyyy", "bday"],
      );
      for (const typed of FORMS) {
        await date.fill(typed);
        const read = ctx.w.locator(".date-read");
        assert.equal(await read.innerText(), READ[lang], typed);
        assert.ok((await date.getAttribute("aria-describedby")).includes(await read.getAttribute("id")));
      }
      await fillCitizen(ctx.w, { name: "Nguyễn Văn An", id: "084205012345" }, L[lang]);
      await check(ctx, L[lang]);
      assert.deepEqual(await verdict(ctx), { outcome: "eligible", reason: "eligible" });
      await finish(ctx);
    });
  }

  it("what could not be read is said precisely, next to the field, and nothing is echoed", async () => {
    const ctx = await open(`lang="en" program="id" today="${OPEN}"`);
    await fillCitizen(ctx.w, { name: "Nguyễn Văn An", id: "084205012345" });
    const cases = [
      ["06/15/2005", /There is no month 15\. Type the day first/],
      ["31/04/2005", /April 2005 has only 30 days/],
      ["29/02/2005", /February 2005 has only 28 days/],
      ["15/06/05", /year with all 4 digits/],
      ["June 15, 2005", /could not be read\. Type it as day\/month\/year/],
    ];
    for (const [typed, said] of cases) {
      await field(ctx.w, L.en.birth).fill(typed);
      assert.equal(await ctx.w.locator(".date-read").innerText(), "", `${typed}: nothing read`);
      await check(ctx);
      assert.deepEqual(await verdict(ctx), { outcome: "needs-info", reason: "invalid-date" }, typed);
      await assertProblem(field(ctx.w, L.en.birth), said, typed);
    }
    await finish(ctx);
  });

  it("a business's date of establishment is typed the same way", async () => {
    const ctx = await open(`lang="vi" program="biz" today="${OPEN}"`);
    await fillBusiness(ctx.w, { kind: "enterprise", name: "Công ty An Phát", code: "0100233488", founded: "15012025", first: "yes" }, L.vi);
    await ctx.w.getByText("Đã hiểu: 15 tháng 1 năm 2025").waitFor();
    await check(ctx, L.vi);
    assert.deepEqual(await verdict(ctx), { outcome: "eligible", reason: "eligible" });
    await finish(ctx);
  });
});

describe("a mistyped mail provider", () => {
  it("'Did you mean …@gmail.com?': one press accepts it, and keeping what was typed never blocks", async () => {
    const ctx = await open(`lang="en" program="id" today="${OPEN}"`);
    await fillCitizen(ctx.w, { ...ADULT, email: "an.nguyen@gmial.com" });
    const hint = ctx.w.getByText("Did you mean an.nguyen@gmail.com?");
    await hint.waitFor();
    // Kept as typed: the form goes through.
    await check(ctx);
    assert.deepEqual(await verdict(ctx), { outcome: "eligible", reason: "eligible" });
    await ctx.w.getByRole("button", { name: "Use this address" }).click();
    assert.equal(await field(ctx.w, L.en.email).inputValue(), "an.nguyen@gmail.com");
    assert.equal((await focused(ctx.page)).label, "E-mail");
    assert.equal(await hint.count(), 0, "the suggestion goes once taken");
    // A real address at another provider or a school gets no suggestion.
    for (const address of ["an@ymail.com", "an@tvu.edu.vn"]) {
      await field(ctx.w, L.en.email).fill(address);
      assert.equal(await ctx.w.getByText("Did you mean").count(), 0, address);
    }
    await finish(ctx);
  });

  it("vi and km say it in their own words", async () => {
    for (const [lang, said] of [["vi", "Có phải bạn muốn nhập an@gmail.com?"], ["km", "តើអ្នកចង់មានន័យថា an@gmail.com មែនទេ?"]]) {
      const ctx = await open(`lang="${lang}" program="id" today="${OPEN}"`);
      await field(ctx.w, L[lang].email).fill("an@gmail.con");
      await ctx.w.getByText(said).waitFor();
      await finish(ctx);
    }
  });
});

describe("keyboard only", () => {
  it("the id.vn form is filled and submitted with Tab, typing, Space and Enter", async () => {
    const ctx = await open(`lang="en" program="id" today="${OPEN}"`);
    const { page } = ctx;
    await page.locator("body").focus();
    const tabTo = async (label, max = 8) => {
      for (let i = 0; i < max; i++) {
        await page.keyboard.press("Tab");
        const f = await focused(page);
        if (f && f.label?.trim() === label) return;
      }
      assert.fail(`Tab never reached "${label}"; focus is on ${JSON.stringify(await focused(page))}`);
    };
    await tabTo("Full name");
    await page.keyboard.type(ADULT.name);
    await tabTo("Date of birth");
    // A text field, typed day first whatever the browser's locale; read back in words.
    await page.keyboard.type("10/3/2005");
    await ctx.w.getByText("Read as: 10 March 2005").waitFor();
    await tabTo("Citizen ID number");
    await page.keyboard.type(ADULT.id);
    await tabTo("E-mail");
    await page.keyboard.type(ADULT.email);
    await tabTo(L.en.citizen);
    await page.keyboard.press("Space");
    assert.equal(await ctx.w.getByRole("checkbox", { name: L.en.citizen }).isChecked(), true);
    await tabTo("Check");
    await page.keyboard.press("Enter");
    await ctx.outcome.waitFor();
    assert.deepEqual(await verdict(ctx), { outcome: "eligible", reason: "eligible" });
    // The way on is the next stop of the keyboard.
    await page.keyboard.press("Tab");
    assert.equal((await focused(page)).label, "Continue: choose a name");
    await finish(ctx);
  });

  it("Enter in a field submits, and a problem's field receives focus to be fixed by keyboard", async () => {
    const ctx = await open(`lang="en" program="id" today="${OPEN}"`);
    const { page, w } = ctx;
    await fillCitizen(w, { ...ADULT, id: "084203012345" });
    await field(w, L.en.email).focus();
    await page.keyboard.press("Enter");
    await ctx.outcome.waitFor();
    assert.equal((await verdict(ctx)).reason, "id-birth-mismatch");
    assert.equal((await focused(page)).label, "Date of birth");
    await page.keyboard.press("Tab");
    assert.equal((await focused(page)).label, "Citizen ID number");
    await page.keyboard.press("ControlOrMeta+a");
    await page.keyboard.type(ADULT.id);
    await page.keyboard.press("Enter");
    await page.waitForFunction(() => window.events.filter((e) => e.name === "vnda:eligibility").length === 2);
    assert.deepEqual(await verdict(ctx), { outcome: "eligible", reason: "eligible" });
    await finish(ctx);
  });

  it("the biz.vn choices are radios reached with Tab and chosen with arrow keys", async () => {
    const ctx = await open(`lang="en" program="biz" today="${OPEN}"`);
    const { page, w } = ctx;
    await page.locator("body").focus();
    // Two stops before the form: the way to the go-live check for those already
    // registered, the programme information panel's summary (the draft control
    // comes after the step); then the first radio.
    const active = () => page.evaluate(() => document.querySelector("#w").shadowRoot.activeElement?.textContent.trim());
    await page.keyboard.press("Tab");
    assert.equal(await active(), "Already registered? Check your site");
    await page.keyboard.press("Tab");
    assert.equal(await active(), "About the free domain name offer");
    await page.keyboard.press("Tab");
    await page.keyboard.press("Space");
    assert.equal(await w.getByRole("radio", { name: "Enterprise", exact: true }).isChecked(), true);
    await page.keyboard.press("ArrowDown");
    assert.equal(await w.getByRole("radio", { name: "Household business", exact: true }).isChecked(), true);
    await page.keyboard.press("Tab");
    await page.keyboard.type("Hộ Cô Ba");
    await page.keyboard.press("Tab");
    await page.keyboard.type("0314409058");
    // Date of establishment may stay empty for a household business: one Tab past
    // it to the first answer of the next question.
    const activeType = () => page.evaluate(() => document.querySelector("#w").shadowRoot.activeElement?.type);
    await page.keyboard.press("Tab");
    assert.equal((await focused(page)).label, "Date of establishment");
    await page.keyboard.press("Tab");
    assert.equal(await activeType(), "radio");
    await page.keyboard.press("Space");
    assert.equal(await w.getByRole("radio", { name: L.en.yes }).isChecked(), true);
    await page.keyboard.press("Tab");
    assert.equal((await focused(page)).label, "Check");
    await page.keyboard.press("Enter");
    await ctx.outcome.waitFor();
    assert.deepEqual(await verdict(ctx), { outcome: "eligible", reason: "eligible" });
    await finish(ctx);
  });
});

describe("accessibility with problems shown", () => {
  const require = createRequire(import.meta.url);
  for (const program of ["id", "biz"]) {
    it(`axe-core finds no WCAG 2.2 A/AA violation in the ${program} form with every field marked`, async () => {
      const axe = await readFile(require.resolve("axe-core/axe.min.js"), "utf8");
      const ctx = await open(`lang="en" program="${program}" today="${OPEN}"`);
      await check(ctx);
      assert.equal(await verdict(ctx).then((v) => v.outcome), "needs-info");
      assert.ok((await ctx.page.evaluate(() => document.querySelector("#w").shadowRoot.querySelectorAll('[aria-invalid="true"]').length)) >= 2);
      await ctx.page.addScriptTag({ content: axe });
      const result = await ctx.page.evaluate(() =>
        window.axe.run(document, { runOnly: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] }),
      );
      const summary = result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.flat().join(" ")).join(", ")}`);
      assert.deepEqual(summary, []);
      assert.ok(result.passes.some((p) => p.nodes.some((n) => n.target.some(Array.isArray))), "axe looked inside the shadow root");
      await ctx.context.close();
    });
  }
});

describe("the offer as it stands: one truth on every screen, counted down near the end", () => {
  // 3 December 2026, noon in Hà Nội: the device's clock of a widget with no `today`.
  const DEC_3 = new Date("2026-12-03T12:00:00+07:00");
  const STUDENT = { name: "Trần Thị Mai", birth: "2006-05-20", id: "084306012345", email: "" }; // 20 years old

  const about = async (w) => {
    await w.locator("details.about summary").click();
    return w.locator("details.about").innerText();
  };

  it("with no `today` attribute, on 3 December 2026: a 20-year-old is eligible for id.vn and told 28 days are left, in every language", async () => {
    const soon = {
      en: "28 days left: the name must be granted by 31 December 2026 to be free. Identity checks (eKYC) at the registrar take time, so register now.",
      vi: "Còn 28 ngày: tên miền phải được cấp trước hết ngày 31/12/2026 mới được miễn phí.",
      km: "នៅសល់ 28 ថ្ងៃ",
    };
    for (const lang of ["en", "vi", "km"]) {
      const ctx = await open(`lang="${lang}" program="id"`, { now: DEC_3 });
      // Before anything is typed, the step says the same as the outcome will.
      const desc = await ctx.w.locator("p.option-desc").innerText();
      assert.match(desc, lang === "vi" ? /31\/12\/2026/ : lang === "en" ? /31 December 2026/ : /31 ធ្នូ 2026/, desc);
      await fillCitizen(ctx.w, STUDENT, L[lang]);
      await check(ctx, L[lang]);
      assert.deepEqual(await verdict(ctx), { outcome: "eligible", reason: "eligible" });
      const countdown = await ctx.outcome.locator(".soon").innerText();
      assert.ok(countdown.startsWith(soon[lang]), `${lang}: ${countdown}`);
      if (lang === "en") {
        assert.equal(await ctx.status.getByRole("heading").innerText(), "You can get a free id.vn name until 31 December 2026");
        // The information panel: the chosen programme's end, the countdown, its
        // sources (TT 64/2025 among them) and its official site.
        const panel = await about(ctx.w);
        assert.match(panel, /id\.vn: free for 2 years from the day it is granted, for names registered until 31 December 2026\./);
        assert.match(panel, /28 days left/);
        assert.match(panel, /Thông tư 64\/2025\/TT-BTC \(30 June 2025\)/);
        assert.doesNotMatch(panel, /biz\.vn: /, "only the chosen programme's offer");
        assert.equal(await ctx.w.locator('details.about a[data-site="biz"]').count(), 0);
        const site = ctx.w.locator('details.about a[data-site="id"]');
        assert.equal(await site.getAttribute("href"), "https://guongmatso.tenmien.vn");
        assert.equal(await site.getAttribute("rel"), "noopener noreferrer");
        assert.equal(
          await ctx.w.getByRole("link", { name: "The programme's official materials" }).getAttribute("href"),
          "https://hiendienonline.tenmien.vn/tai-lieu-truyen-thong",
        );
      }
      await finish(ctx);
    }
  });

  it("with no `today` attribute, on 3 December 2026: a biz.vn visitor is told plainly what is and is not known", async () => {
    const ctx = await open(`lang="en" program="biz"`, { now: DEC_3 });
    await ctx.outcome.waitFor();
    assert.deepEqual(await verdict(ctx), { outcome: "not-eligible", reason: "programme-closed" });
    assert.equal(await ctx.status.getByRole("heading").innerText(), "The free offer was last published to end on 31 December 2025");
    const text = await ctx.outcome.innerText();
    assert.match(text, /as last published\. Whether it has been extended is not known here: ask the registrar or check the programme's official site before you pay\./);
    assert.match(text, /normal fee: 100,000\u00a0₫ to register, then 250,000\u00a0₫ a year/);
    assert.doesNotMatch(text, /announced/);
    const site = ctx.outcome.getByRole("link", { name: "The biz.vn programme's official site" });
    assert.equal(await site.getAttribute("href"), "https://thuonghieuso.tenmien.vn");
    assert.equal(await site.getAttribute("target"), "_blank");
    // The card above the outcome says the same, and never "free for 2 years".
    const desc = await ctx.w.locator("p.option-desc").innerText();
    assert.match(desc, /Free until 31 December 2025 as last published; whether it was extended is not known/);
    const panel = await about(ctx.w);
    assert.match(panel, /The free offer was last published to end on 31 December 2025/);
    assert.doesNotMatch(panel, /free for 2 years from the day/);
    assert.equal(await ctx.w.locator('details.about a[data-site="biz"]').getAttribute("href"), "https://thuonghieuso.tenmien.vn");
    await finish(ctx);
  });

  it("the first screen's cards and the panel take the offer from the same data and day as the outcome", async () => {
    const ctx = await open(`lang="en"`, { now: DEC_3 });
    const card = (p) => ctx.w.locator(`[data-offer="${p}"]`).innerText();
    assert.equal(await card("id"), "Free for 2 years for names registered until 31 December 2026. 28 days left.");
    assert.match(await card("biz"), /^Free until 31 December 2025 as last published/);
    // No programme chosen yet: the panel speaks of both, and links both sites.
    const panel = await about(ctx.w);
    assert.match(panel, /until 31 December 2026/);
    assert.match(panel, /last published to end on 31 December 2025/);
    assert.equal(await ctx.w.locator("details.about a[data-site]").count(), 2);
    await finish(ctx);
  });

  it("counts down at 45, 1 and 0 days left, and the day after says the offer ended", async () => {
    const cases = [
      ["2026-11-15", null],
      ["2026-11-16", "45 days left: the name must be granted by 31 December 2026 to be free."],
      ["2026-12-30", "1 day left: the name must be granted by tomorrow, 31 December 2026, to be free."],
      ["2026-12-31", "Today, 31 December 2026, is the last day: the name must be granted today to be free."],
    ];
    for (const [today, expected] of cases) {
      const ctx = await open(`lang="en" program="id" today="${today}"`);
      await fillCitizen(ctx.w, STUDENT);
      await check(ctx);
      assert.deepEqual(await verdict(ctx), { outcome: "eligible", reason: "eligible" }, today);
      const soon = ctx.outcome.locator(".soon");
      if (expected) {
        assert.ok((await soon.innerText()).startsWith(expected), `${today}: ${await soon.innerText()}`);
        assert.ok((await about(ctx.w)).includes(expected), `${today}: the panel counts down too`);
      } else {
        assert.equal(await soon.count(), 0, today);
      }
      await finish(ctx);
    }
    const ctx = await open(`lang="en" program="id" today="2027-01-01"`);
    await ctx.outcome.waitFor();
    assert.deepEqual(await verdict(ctx), { outcome: "not-eligible", reason: "programme-closed" });
    assert.equal(await ctx.status.getByRole("heading").innerText(), "The free offer ended on 31 December 2026");
    assert.equal(await ctx.outcome.locator(".soon").count(), 0);
    assert.equal(await ctx.outcome.locator('a[data-site="id"]').getAttribute("href"), "https://guongmatso.tenmien.vn");
    await finish(ctx);
  });
});

// Every engine: the same checks in Chromium, Firefox ESR and WebKitGTK (Safari's
// engine), against the same dist/ and the same NSD + dnsdist DoH stack as the other
// suites. Written once; engines.mjs has the small driver adapter of each engine.
//
// How page errors are seen: WebKitWebDriver has no console or page-error access, so
// every test page loads /t/record.js first thing in <head> (a same-origin script, so
// the strict-CSP page allows it). It records uncaught errors, unhandled rejections,
// failed loads, console.error / console.warn, CSP violations and the widget's vnda:*
// events; the suite reads them back. The same way in every engine.
import { after, before, describe, it } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { distReady, EVENTS, serveDist } from "./harness.mjs";
import { startDoh } from "./dns.mjs";
import { ENGINES } from "./engines.mjs";

const RECORD = `window.recorded = { errors: [], violations: [], events: [] };
addEventListener("error", (e) => {
  const what = e.target && e.target !== window ? "failed to load " + (e.target.src || e.target.href) : e.message;
  recorded.errors.push(what);
}, true);
addEventListener("unhandledrejection", (e) => recorded.errors.push("unhandled rejection: " + e.reason));
for (const level of ["error", "warn"]) {
  const original = console[level];
  console[level] = (...args) => {
    recorded.errors.push(level + ": " + args.join(" "));
    original.apply(console, args);
  };
}
document.addEventListener("securitypolicyviolation", (e) => recorded.violations.push(e.violatedDirective + " " + e.blockedURI));
for (const name of ${JSON.stringify(EVENTS)}) {
  document.addEventListener(name, (e) => recorded.events.push({ name, id: e.target.id, detail: e.detail }));
}
addEventListener("message", (e) => {
  if (e.origin === location.origin) recorded.events.push({ name: "message", detail: e.data });
});
`;

const host = (body, title = "engine test") => `<!doctype html><html lang="en"><head><meta charset="utf-8">
<script src="/t/record.js"></script><title>${title}</title>
<script type="module" src="/vn-domain-assistant.js"></script></head><body>${body}</body></html>`;

// Dates a visitor types; the widget reads them the same in every engine.
const CITIZEN = { name: "Nguyễn Văn An", birth: "15/03/2005", id: "084205012345" };
const TOO_OLD = { name: "Trần Thị Bình", birth: "15/03/1990", id: "084190012345" };
const FIXTURE = {
  delegated: ["annguyen"],
  hosted: ["nguyenvanan"],
  // A registered name with a GitHub Pages site, for the go-live checks.
  sites: { ghpages: ["@ IN A 185.199.108.153", "www IN CNAME someone.github.io."] },
};

let server;
let doh;
let csp;
before(async () => {
  await distReady();
  doh = await startDoh(FIXTURE);
  const readme = await readFile(new URL("../../README.md", import.meta.url), "utf8");
  const hashes = [...new Set(readme.match(/'sha256-[A-Za-z0-9+/=]+'/g))];
  csp = [
    "default-src 'none'",
    "script-src 'self' 'wasm-unsafe-eval'",
    `style-src 'self' ${hashes.join(" ")}`,
    `connect-src 'self' ${new URL(doh.url).origin}`,
    "frame-src 'self'",
    // Firefox asks for the host's /favicon.ico by itself (the widget loads no image).
    "img-src 'self'",
  ].join("; ");
  const widget = (attrs) =>
    `<vn-domain-assistant id="w" program="id" today="2025-06-01" doh="${doh.url}" ${attrs}></vn-domain-assistant>`;
  const demo = (await readFile(new URL("../../dist/index.html", import.meta.url), "utf8")).replace(
    "<head>",
    '<head>\n  <script src="/t/record.js"></script>',
  );
  const pages = {
      "/t/record.js": { type: ".js", body: RECORD },
      "/index.html": demo,
      "/t/en.html": host(widget('lang="en"')),
      "/t/km.html": host(widget('lang="km"')),
      "/t/vi.html": host(widget('lang="vi"')),
      "/t/strict.html": { body: host(`<p>Host text.</p>${widget('lang="en"')}`), headers: { "content-security-policy": csp } },
      "/t/check.html": {
        body: host(`<p>Host text.</p>${widget('lang="en" mode="check"')}`),
        headers: { "content-security-policy": csp },
      },
      "/t/roster.html": {
        body: host(`<p>Host text.</p>${widget('lang="en" mode="roster"')}`),
        headers: { "content-security-policy": csp },
      },
  };
  server = await serveDist({ pages });
  // The frame's parent is this server's origin, known once it listens.
  pages["/t/parent.html"] = host(`<p>Parent page.</p>
    <iframe id="f" title="Domain assistant" style="width:900px;height:50px;border:0"
      src="/embed.html?lang=en&program=id&today=2025-06-01&parent=${encodeURIComponent(server.url)}"></iframe>`);
});
after(async () => {
  await server?.close();
  await doh?.stop();
});

/** Polls `fn` in the page until it returns something truthy; returns that. */
async function until(engine, what, fn, ...args) {
  const deadline = Date.now() + 20000;
  let last;
  while (Date.now() < deadline) {
    last = await engine.run(fn, ...args);
    if (last) return last;
    await new Promise((r) => setTimeout(r, 100));
  }
  const recorded = await engine.run(() => window.recorded).catch(() => null);
  throw new Error(`${engine.name}: ${what} did not happen (recorded: ${JSON.stringify(recorded)})`);
}

const recorded = (engine) => engine.run(() => window.recorded);

// In-page finders (sent as source: self-contained; no eval, which a strict CSP
// refuses). A step is drawn a moment after the click that asks for it: each waits
// until its element is there.
async function field(engine, id) {
  await until(engine, `#${id}`, (id) => !!document.querySelector("#w").shadowRoot.getElementById(id), id);
  return engine.element((id) => document.querySelector("#w").shadowRoot.getElementById(id), id);
}
async function button(engine, text) {
  const find = (text) =>
    [...document.querySelector("#w").shadowRoot.querySelectorAll("button")].find((b) => b.textContent.trim().startsWith(text));
  await until(engine, `the button “${text}”`, (text) =>
    [...document.querySelector("#w").shadowRoot.querySelectorAll("button")].some((b) => b.textContent.trim().startsWith(text)), text);
  return engine.element(find, text);
}

async function ready(engine, count = 1) {
  await until(engine, `${count} widget(s) ready`, (n) => window.recorded.events.filter((e) => e.name === "vnda:ready").length >= n, count);
}

/** Fills the id.vn form and presses Check; returns the outcome's data attributes. */
async function judge(engine, person) {
  await engine.type(await field(engine, "vnda-full-name"), person.name);
  await engine.type(await field(engine, "vnda-birth-date"), person.birth);
  await engine.type(await field(engine, "vnda-citizen-id"), person.id);
  await engine.click(await field(engine, "vnda-citizenship"));
  await engine.click(await button(engine, "Check"));
  return until(engine, "an outcome", () => {
    const o = document.querySelector("#w").shadowRoot.querySelector("[data-outcome]");
    return o && { outcome: o.dataset.outcome, reason: o.dataset.reason, heading: o.querySelector("h4").textContent };
  });
}

/** Eligible → names whose statuses match the fixture zone → registrars → page preview. */
async function journey(engine) {
  const outcome = await judge(engine, CITIZEN);
  assert.equal(outcome.outcome, "eligible", JSON.stringify(outcome));
  assert.equal(outcome.reason, "eligible");
  await engine.click(await button(engine, "Continue: choose a name"));
  const names = await until(engine, "every suggestion checked", () => {
    const items = [...document.querySelector("#w").shadowRoot.querySelectorAll("li[data-status]")];
    if (items.length < 6 || items.some((li) => li.dataset.status === "checking")) return null;
    return items.map((li) => ({ domain: li.dataset.domain, status: li.dataset.status }));
  });
  const taken = [...FIXTURE.delegated, ...FIXTURE.hosted].map((label) => `${label}.id.vn`);
  for (const { domain, status } of names) {
    assert.equal(status, taken.includes(domain) ? "taken" : "likely-available", `${engine.name}: ${domain}`);
  }
  assert.ok(names.some((n) => n.status === "taken"), JSON.stringify(names));
  const chosen = names.find((n) => n.status === "likely-available").domain;
  await engine.click(
    await engine.element(
      (domain) => document.querySelector("#w").shadowRoot.querySelector(`li[data-domain="${domain}"] button`),
      chosen,
    ),
  );
  const links = await until(engine, "registrar links", () => {
    const as = [...document.querySelector("#w").shadowRoot.querySelectorAll("a[data-registrar]")];
    return as.length > 0 && as.map((a) => a.href);
  });
  const carrying = links.filter((href) => href.includes(`=${encodeURIComponent(chosen)}`));
  assert.ok(carrying.length >= 3, `${engine.name}: ${JSON.stringify(links)}`);

  await engine.click(await button(engine, "Build your page"));
  // A new step moves focus to its heading on the next frame: type after that, or the
  // keys typed meanwhile go to the heading.
  await until(engine, "the page step's heading focused", () =>
    document.querySelector("#w").shadowRoot.activeElement?.id === "vnda-step-heading");
  await engine.type(await field(engine, "vnda-headline"), "Sinh viên Công nghệ thông tin");
  const preview = await until(engine, "the preview holds the name and headline", () => {
    const frame = document.querySelector("#w").shadowRoot.querySelector("iframe.preview");
    return (
      frame?.srcdoc.includes("Sinh viên Công nghệ thông tin") && {
        sandbox: frame.getAttribute("sandbox"),
        name: frame.srcdoc.includes("<h1>Nguyễn Văn An</h1>"),
      }
    );
  });
  assert.deepEqual(preview, { sandbox: "", name: true });
  const events = (await recorded(engine)).events.filter((e) => e.name !== "vnda:ready" && e.name !== "message");
  assert.deepEqual(
    events.map((e) => [e.name, e.detail]),
    [
      ["vnda:eligibility", { program: "id", outcome: "eligible", reason: "eligible" }],
      ["vnda:select", { domain: chosen, status: "likely-available" }],
    ],
  );
}

// VNDA_ENGINES=firefox,webkit runs only those (all three by default).
const only = process.env.VNDA_ENGINES?.split(",");
for (const [name, make] of Object.entries(ENGINES).filter(([name]) => !only || only.includes(name))) {
  describe(name, () => {
    let engine;
    before(async () => {
      engine = make();
      await engine.start();
    });
    after(async () => {
      await engine?.stop();
    });

    it("starts every widget of the demo page, with no page error", async () => {
      await engine.open(server.url + "/index.html");
      // Lazy widgets start when they come near the viewport: bring each there.
      const count = await engine.run(() => document.querySelectorAll("vn-domain-assistant").length);
      assert.equal(count, 3);
      for (let i = 0; i < count; i++) {
        await engine.run((i) => document.querySelectorAll("vn-domain-assistant")[i].scrollIntoView(), i);
        await ready(engine, i + 1);
      }
      const started = await engine.run(() =>
        [...document.querySelectorAll("vn-domain-assistant")].map((w) => w.shadowRoot.querySelector("h2, h3")?.textContent.trim()),
      );
      assert.ok(started.every(Boolean), JSON.stringify(started));
      assert.deepEqual((await recorded(engine)).errors, []);
    });

    it("takes a citizen from eligible to a name, the registrars and a page preview", async () => {
      await engine.open(server.url + "/t/en.html");
      await ready(engine);
      await journey(engine);
      assert.deepEqual((await recorded(engine)).errors, []);
    });

    it("tells a 35-year-old why not, with the reason's code", async () => {
      await engine.open(server.url + "/t/en.html");
      await ready(engine);
      const outcome = await judge(engine, TOO_OLD);
      assert.deepEqual(
        { outcome: outcome.outcome, reason: outcome.reason },
        { outcome: "not-eligible", reason: "too-old" },
        JSON.stringify(outcome),
      );
      const events = (await recorded(engine)).events.filter((e) => e.name === "vnda:eligibility");
      assert.deepEqual(events.map((e) => e.detail), [{ program: "id", outcome: "not-eligible", reason: "too-old" }]);
      assert.deepEqual((await recorded(engine)).errors, []);
    });

    it("runs the journey on a strict-CSP host without a single violation", async () => {
      await engine.open(server.url + "/t/strict.html");
      await ready(engine);
      await journey(engine);
      const { violations, errors } = await recorded(engine);
      assert.deepEqual(violations, []);
      assert.deepEqual(errors, []);
    });

    it("checks that a registered name is live, and a list of names, on a strict-CSP host", async () => {
      await engine.open(server.url + "/t/check.html");
      await ready(engine);
      await engine.type(await field(engine, "vnda-check-domain"), "https://www.ghpages.id.vn/");
      await engine.click(await engine.element(() => document.querySelector("#w").shadowRoot.querySelector("form button[type=submit]")));
      const found = await until(engine, "the findings", () => {
        const root = document.querySelector("#w").shadowRoot;
        const items = [...root.querySelectorAll("[data-finding]")];
        return items.length >= 3 && {
          verdicts: Object.fromEntries(items.map((li) => [li.dataset.finding, li.dataset.verdict])),
          live: root.querySelector(".live a")?.getAttribute("href"),
        };
      });
      assert.deepEqual(found, {
        verdicts: { registered: "ok", website: "ok", email: "missing", https: "unknown" },
        live: "https://ghpages.id.vn/",
      });
      let { events, violations, errors } = await recorded(engine);
      assert.deepEqual(
        events.filter((e) => e.name === "vnda:check").map((e) => e.detail),
        [{ domain: "ghpages.id.vn", registered: "yes", website: "github-pages", email: "none", https: "not-asked" }],
      );
      assert.deepEqual([violations, errors], [[], []]);

      await engine.open(server.url + "/t/roster.html");
      await ready(engine);
      await engine.type(await field(engine, "vnda-roster-list"), "ghpages.id.vn\nkhongco.id.vn\nghpages.id.vn");
      await engine.click(await button(engine, "Check 2 names"));
      const rows = await until(engine, "the table", () => {
        const root = document.querySelector("#w").shadowRoot;
        const trs = [...root.querySelectorAll("table.roster tbody tr")];
        return trs.length === 2 && root.querySelector(".totals")?.textContent && trs.map((tr) => [tr.dataset.domain, tr.dataset.website]);
      });
      assert.deepEqual(rows.sort(), [["ghpages.id.vn", "github-pages"], ["khongco.id.vn", "none"]]);
      ({ violations, errors } = await recorded(engine));
      assert.deepEqual([violations, errors], [[], []]);
    });

    it("renders Khmer and Vietnamese letters, not boxes", async () => {
      // A string in a script no installed font covers (Balinese) renders as boxes of one
      // width each; Khmer with a Khmer font is narrower than as many boxes: its vowel
      // signs and subscripts (coeng) stack on their consonant.
      const widths = (sample) => {
        const root = document.querySelector("#w").shadowRoot;
        const heading = root.querySelector("h2, h3");
        const measure = (text) => {
          const span = document.createElement("span");
          span.textContent = text;
          span.style.whiteSpace = "pre";
          heading.append(span);
          const width = span.getBoundingClientRect().width;
          span.remove();
          return width;
        };
        const boxes = "\u1B13\u1B14\u1B15\u1B16\u1B17\u1B18\u1B19\u1B1A\u1B1B\u1B1C".slice(0, [...sample].length);
        return { heading: heading.textContent, sample: measure(sample), boxes: measure(boxes) };
      };
      await engine.open(server.url + "/t/km.html");
      await ready(engine);
      const km = await engine.run(widths, "កម្ពុជា");
      assert.match(km.heading, /[\u1780-\u17FF]/, "the heading is in Khmer");
      assert.ok(km.sample > 0 && km.sample < 0.75 * km.boxes, `${engine.name}: Khmer looks like boxes: ${JSON.stringify(km)}`);

      // Vietnamese: a letter with its tone mark is as wide as the bare letter (one glyph of
      // the same font); a box would not be.
      await engine.open(server.url + "/t/vi.html");
      await ready(engine);
      const vi = await engine.run((pairs) => {
        const heading = document.querySelector("#w").shadowRoot.querySelector("h2, h3");
        const measure = (text) => {
          const span = document.createElement("span");
          span.textContent = text;
          heading.append(span);
          const width = span.getBoundingClientRect().width;
          span.remove();
          return width;
        };
        return { heading: heading.textContent, pairs: pairs.map(([a, b]) => [a, measure(a), measure(b)]) };
      }, [["ễễễễ", "eeee"], ["ậậậậ", "aaaa"], ["ỗỗỗỗ", "oooo"], ["ịịịị", "iiii"], ["ỹỹỹỹ", "yyyy"]]);
      assert.match(vi.heading, /[ăâđêôơưạảãàáếềểễệ]/i, "the heading is in Vietnamese");
      for (const [letters, marked, bare] of vi.pairs) {
        assert.ok(Math.abs(marked - bare) < 0.5, `${engine.name}: ${letters} is ${marked} px wide, its bare letters ${bare} px`);
      }
      assert.deepEqual((await recorded(engine)).errors, []);
    });

    it("in iframe mode, tells the parent origin its height", async () => {
      await engine.open(server.url + "/t/parent.html");
      const heights = await until(engine, "height messages", () => {
        const messages = window.recorded.events.filter((e) => e.name === "message").map((e) => e.detail);
        const ready = messages.some((m) => m.type === "vnda:event" && m.name === "vnda:ready");
        const heights = messages.filter((m) => m.type === "vnda:height").map((m) => m.height);
        return ready && heights.length > 0 && heights.at(-1) > 100 && heights;
      });
      const frameHeight = await engine.run(() =>
        Math.ceil(document.querySelector("#f").contentDocument.documentElement.getBoundingClientRect().height),
      );
      assert.equal(heights.at(-1), frameHeight, JSON.stringify(heights));
      assert.deepEqual((await recorded(engine)).errors, []);
    });
  });
}

// The quality gate of the generated starter pages (issue 21, "Quality of the file"):
// every template × language × theme of the built-in samples, written by
// `cargo run --example starter_pages` (the public API, as the widget renders them),
//   1. is valid HTML for the pinned html-validate (package.json), with the repository's
//      `.htmlvalidate.json` (html-validate:recommended, no rule turned off);
//   2. opened in Chromium from a loopback server, in light and in dark
//      (prefers-color-scheme), has no axe-core violation of any impact (every rule axe
//      runs by default: WCAG 2.x A/AA with color-contrast, and best practices), and its
//      dark mode is really dark;
//   3. asks for nothing but itself (no font, image or favicon; CSP violations and
//      console errors count as asking);
//   4. weighs at most 30 KB (30,720 B) without a photo;
//   5. carries a description, Open Graph and Twitter tags, an inline SVG favicon and
//      `color-scheme`;
// and the business sample's JSON-LD is a schema.org LocalBusiness with name, address,
// telephone, opening hours and url, beside a `tel:` and a directions link; the sample
// CV (with and without a photo) prints on exactly one A4 page in vi, en and km, with
// dark text on paper even from a device in dark mode. Last, planted faults (invalid
// markup, low contrast, an external font) make these same checks fail.
//
// `PAGES_SCREENSHOTS=docs/screenshots node --test tests/e2e/pages.test.mjs` also
// rewrites the README's screenshots from the samples; `PAGES_DIR=<dir>` checks the
// pages already written there by the example instead of building them.
import { after, before, describe, it } from "node:test";
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { mkdir, mkdtemp, readFile, readdir, rm, stat } from "node:fs/promises";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { HtmlValidate, StaticConfigLoader } from "html-validate";
import { launchBrowser } from "./harness.mjs";
import { readPdf } from "./pdf.mjs";
import { startServer } from "../../tools/serve.mjs";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const require = createRequire(import.meta.url);

const TEMPLATES = ["cv", "blog", "contest", "business"];
const LANGS = ["vi", "en", "km"];
const THEMES = ["sea", "forest", "clay"];
const MAX_BYTES = 30 * 1024;

let dir;
let browser;
let server;
/** Every request path the loopback server received, in order. */
const served = [];
/** Pages served from memory (the planted faults), by path. */
const planted = {};
let validator;
let axeSource;

before(async () => {
  if (process.env.PAGES_DIR) dir = process.env.PAGES_DIR;
  else {
    dir = await mkdtemp(join(tmpdir(), "vnda-pages-"));
    // One build of the example; nice: the machine's cores are shared.
    await promisify(execFile)("nice", ["-n", "10", "cargo", "run", "--quiet", "--example", "starter_pages", "--", dir], {
      cwd: ROOT,
      maxBuffer: 16 << 20,
    });
  }
  const config = JSON.parse(await readFile(join(ROOT, ".htmlvalidate.json"), "utf8"));
  validator = new HtmlValidate(new StaticConfigLoader(config));
  axeSource = await readFile(require.resolve("axe-core/axe.min.js"), "utf8");
  browser = await launchBrowser();
  server = await startServer({ root: dir, pages: planted });
  server.server.prependListener("request", (req) => served.push(req.url));
});
after(async () => {
  await browser?.close();
  await server?.close();
  if (dir && !process.env.PAGES_DIR) await rm(dir, { recursive: true, force: true });
});

// ---------------------------------------------------------------------------
// The checks, each a function returning what it found, so that the planted faults
// at the end go through exactly the code the real pages do.

/** html-validate's messages for `html`, each as "rule-id line:col message". */
async function validate(html, name) {
  const report = await validator.validateString(html, name);
  return report.results.flatMap((r) => r.messages.map((m) => `${m.ruleId} ${m.line}:${m.column} ${m.message}`));
}

/**
 * Opens `path` (on the loopback server) in a fresh context and records what the page
 * asks for: every request the browser makes (`data:` URLs are not requests), every
 * request the server receives (a favicon fetch by the browser itself would show
 * there), CSP violations and console errors. Requests leaving 127.0.0.1 are aborted,
 * after being recorded.
 */
async function open(path, { viewport = { width: 1280, height: 900 }, colorScheme = "light" } = {}) {
  const context = await browser.newContext({ viewport, colorScheme });
  const page = await context.newPage();
  const requests = [];
  const errors = [];
  context.on("request", (r) => {
    if (!r.url().startsWith("data:")) requests.push(r.url());
  });
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(m.text());
  });
  page.on("pageerror", (e) => errors.push(String(e)));
  await context.route(
    (url) => url.origin !== server.url,
    (route) => route.abort(),
  );
  await page.addInitScript(() => {
    window.__violations = [];
    document.addEventListener("securitypolicyviolation", (e) =>
      window.__violations.push(`CSP ${e.effectiveDirective} blocked ${e.blockedURI}`),
    );
  });
  const from = served.length;
  const url = server.url + path;
  await page.goto(url, { waitUntil: "load" });
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  // Anything late (a lazy image, a font asked for by a later style) has its chance.
  await page.waitForTimeout(150);
  /** What the page asked for besides its own document. */
  const asked = async () => [
    ...requests.filter((r) => r !== url).map((r) => `request ${r}`),
    ...served.slice(from).filter((p) => p !== path).map((p) => `served ${p}`),
    ...(await page.evaluate(() => window.__violations)),
    ...errors.map((e) => `console ${e}`),
  ];
  return { context, page, url, asked };
}

/** axe-core's violations of any impact (its default rule set), as "id (impact): targets". */
async function axe(page) {
  if (!(await page.evaluate(() => !!window.axe))) await page.evaluate(axeSource);
  const result = await page.evaluate(() => window.axe.run(document, { resultTypes: ["violations"] }));
  assert.ok(result.passes !== undefined, "axe-core ran");
  return result.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => `${n.target.join(" ")}${n.any[0]?.message ? ` — ${n.any[0].message}` : ""}`).join("; ")}`,
  );
}

/**
 * The page's background colour (the body's, else the root's, else the canvas's as
 * `color-scheme` makes it) and its main text colour, as computed.
 */
const colours = (page) =>
  page.evaluate(() => {
    const clear = "rgba(0, 0, 0, 0)";
    const body = getComputedStyle(document.body);
    const html = getComputedStyle(document.documentElement);
    let background = body.backgroundColor !== clear ? body.backgroundColor : html.backgroundColor;
    if (background === clear) {
      const probe = document.createElement("i");
      probe.style.backgroundColor = "Canvas";
      document.documentElement.append(probe);
      background = getComputedStyle(probe).backgroundColor;
      probe.remove();
    }
    return { background, text: body.color };
  });

/** Relative luminance of an `rgb(...)` / `rgba(...)` colour (WCAG 2). */
function luminance(css) {
  const [r, g, b] = css.match(/[\d.]+/g).slice(0, 3).map(Number).map((c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** The head's sharing and display tags: what is missing or wrong, as sentences. */
function headProblems(doc, lang) {
  const problems = [];
  const need = (ok, what) => ok || problems.push(what);
  need(doc.lang === lang, `<html lang> is "${doc.lang}", not "${lang}"`);
  need(doc.title.trim().length > 0, "empty <title>");
  need(doc.meta["description"]?.trim(), 'no <meta name="description">');
  for (const p of ["og:title", "og:description", "og:url", "og:type"]) need(doc.meta[p]?.trim(), `no <meta property="${p}">`);
  need(/^https:\/\/[a-z0-9.-]+\/$/.test(doc.meta["og:url"] ?? ""), `og:url is not the page's own https address: ${doc.meta["og:url"]}`);
  need(["summary", "summary_large_image"].includes(doc.meta["twitter:card"]), `twitter:card is ${doc.meta["twitter:card"]}`);
  need(/\blight\b/.test(doc.meta["color-scheme"] ?? "") && /\bdark\b/.test(doc.meta["color-scheme"] ?? ""), `color-scheme meta is "${doc.meta["color-scheme"]}"`);
  need(doc.icons.length === 1, `${doc.icons.length} rel=icon links`);
  need(doc.icons.every((h) => h.startsWith("data:image/svg+xml")), `favicon is not an inline SVG: ${doc.icons.map((h) => h.slice(0, 40))}`);
  return problems;
}

const headFacts = (page) =>
  page.evaluate(() => {
    const meta = {};
    for (const m of document.querySelectorAll("meta[name], meta[property]")) meta[m.getAttribute("name") ?? m.getAttribute("property")] = m.content;
    return {
      lang: document.documentElement.lang,
      title: document.title,
      meta,
      icons: [...document.querySelectorAll('link[rel~="icon"]')].map((l) => l.getAttribute("href")),
    };
  });

/**
 * Text drawn darker than 4.5:1 against white paper when printed (page.pdf leaves
 * backgrounds out), under print media with the given colour scheme.
 */
async function paleOnPaper(page, colorScheme) {
  await page.emulateMedia({ media: "print", colorScheme });
  const pale = await page.evaluate(() => {
    const lum = (css) => {
      const [r, g, b] = css.match(/[\d.]+/g).slice(0, 3).map(Number).map((c) => {
        const s = c / 255;
        return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    };
    const found = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    while (walker.nextNode()) {
      const el = walker.currentNode.parentElement;
      if (!walker.currentNode.textContent.trim() || !el.checkVisibility()) continue;
      const ratio = 1.05 / (lum(getComputedStyle(el).color) + 0.05);
      if (ratio < 4.5) found.push(`${el.tagName.toLowerCase()} "${walker.currentNode.textContent.trim().slice(0, 30)}" ${ratio.toFixed(2)}:1`);
    }
    return [...new Set(found)];
  });
  await page.emulateMedia({ media: "screen", colorScheme: "light" });
  return pale;
}

/** The business page's schema.org facts: what is missing or wrong, as sentences. */
function localBusinessProblems(blocks, page) {
  const problems = [];
  const need = (ok, what) => ok || problems.push(what);
  if (blocks.length !== 1) return [`${blocks.length} JSON-LD blocks, expected 1`];
  let ld;
  try {
    ld = JSON.parse(blocks[0]);
  } catch (e) {
    return [`JSON-LD does not parse: ${e.message}`];
  }
  need(/^https?:\/\/schema\.org\/?$/.test(ld["@context"]), `@context is ${JSON.stringify(ld["@context"])}`);
  const types = [ld["@type"]].flat();
  // LocalBusiness or one of its subtypes a shop page would use.
  const local = ["LocalBusiness", "Bakery", "FoodEstablishment", "Restaurant", "CafeOrCoffeeShop", "Store", "HomeAndConstructionBusiness", "ProfessionalService"];
  need(types.some((t) => local.includes(t)), `@type is ${JSON.stringify(ld["@type"])}, not a LocalBusiness`);
  need(typeof ld.name === "string" && ld.name.trim() && ld.name === page.h1, `name ${JSON.stringify(ld.name)} is not the page's h1 ${JSON.stringify(page.h1)}`);
  const street = typeof ld.address === "string" ? ld.address : ld.address?.streetAddress;
  need(typeof street === "string" && street.trim(), `no address: ${JSON.stringify(ld.address)}`);
  if (typeof ld.address === "object") need(ld.address["@type"] === "PostalAddress", `address @type is ${ld.address["@type"]}`);
  need(typeof ld.telephone === "string" && /\d{6,}/.test(ld.telephone.replace(/\D/g, "")), `telephone is ${JSON.stringify(ld.telephone)}`);
  need(ld.url === page.ogUrl, `url ${JSON.stringify(ld.url)} is not og:url ${JSON.stringify(page.ogUrl)}`);
  const day = "(Mo|Tu|We|Th|Fr|Sa|Su)";
  const hoursLine = new RegExp(`^${day}(-${day})?(,${day}(-${day})?)* ([01]\\d|2[0-3]):[0-5]\\d-([01]\\d|2[0-4]):[0-5]\\d$`);
  const hhmm = /^([01]\d|2[0-3]):[0-5]\d(:[0-5]\d)?$|^24:00(:00)?$/;
  const days = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
  if (ld.openingHours !== undefined) {
    const lines = [ld.openingHours].flat();
    need(lines.length > 0, "openingHours is empty");
    for (const l of lines) need(typeof l === "string" && hoursLine.test(l), `openingHours ${JSON.stringify(l)} is not "Mo-Fr 06:00-20:00" form`);
  } else if (ld.openingHoursSpecification !== undefined) {
    const specs = [ld.openingHoursSpecification].flat();
    need(specs.length > 0, "openingHoursSpecification is empty");
    for (const s of specs) {
      const ds = [s.dayOfWeek].flat().map((d) => String(d).replace(/^https?:\/\/schema\.org\//, ""));
      need(ds.length > 0 && ds.every((d) => days.includes(d)), `dayOfWeek ${JSON.stringify(s.dayOfWeek)}`);
      need(hhmm.test(s.opens ?? "") && hhmm.test(s.closes ?? ""), `opens/closes ${JSON.stringify([s.opens, s.closes])} are not hh:mm`);
    }
  } else problems.push("neither openingHours nor openingHoursSpecification");

  // On the page: a tel: link to that number, and a directions link built from the address.
  const digits = (s) => s.replace(/\D/g, "").replace(/^84/, "0");
  need(page.tel.length > 0, "no tel: link");
  for (const href of page.tel) {
    // RFC 3966: digits and visual separators (- . ( )), no spaces.
    need(/^tel:\+?[0-9().-]+$/.test(href), `tel: link ${href} is not digits and separators`);
    if (typeof ld.telephone === "string") need(digits(href) === digits(ld.telephone), `tel: link ${href} is not the telephone ${ld.telephone}`);
  }
  const words = (s) => s.normalize("NFC").toLowerCase().split(/[\s,]+/).filter(Boolean);
  const directions = page.links.filter((href) => {
    if (!href.startsWith("https://")) return false;
    let decoded;
    try {
      decoded = decodeURIComponent(href.replace(/\+/g, " "));
    } catch {
      return false;
    }
    return typeof street === "string" && words(street).every((w) => words(decoded).join(" ").includes(w));
  });
  need(directions.length > 0, `no https directions link carrying the address "${street}" among ${JSON.stringify(page.links)}`);
  return problems;
}

const businessFacts = (page) =>
  page.evaluate(() => ({
    blocks: [...document.querySelectorAll('script[type="application/ld+json"]')].map((s) => s.textContent),
    h1: document.querySelector("h1")?.textContent.trim(),
    ogUrl: document.querySelector('meta[property="og:url"]')?.content,
    tel: [...document.querySelectorAll('a[href^="tel:"]')].map((a) => a.getAttribute("href")),
    links: [...document.querySelectorAll("a[href]")].map((a) => a.href),
  }));

/** The number of A4 pages `page` prints on, and its text. */
async function printed(page) {
  const pdf = readPdf(await page.pdf({ format: "A4" }));
  return { count: pdf.pages.length, text: pdf.pages.map((p) => p.text).join("\n") };
}

// ---------------------------------------------------------------------------

const sizes = new Map();

for (const template of TEMPLATES) {
  describe(`${template} pages`, () => {
    for (const lang of LANGS) {
      for (const theme of THEMES) {
        const name = `${template}.${lang}.${theme}.html`;
        it(`${name}: valid HTML, ≤ 30 KB, sharing tags; light and dark: 0 axe violations, no request`, async () => {
          // Every check runs and all that fails is reported at once, labelled.
          const problems = [];
          const add = (label, found) => problems.push(...found.map((f) => `${label}: ${f}`));
          const html = await readFile(join(dir, name), "utf8");
          const bytes = Buffer.byteLength(html);
          sizes.set(name, bytes);
          add("html-validate", await validate(html, name));
          if (bytes > MAX_BYTES) add("size", [`${bytes} B > ${MAX_BYTES} B`]);

          const { context, page, asked } = await open(`/${name}`);
          try {
            add("head", headProblems(await headFacts(page), lang));
            const light = await colours(page);
            add("axe, light", await axe(page));
            await page.emulateMedia({ colorScheme: "dark" });
            const dark = await colours(page);
            if (!(luminance(dark.background) < 0.1 && luminance(dark.background) < luminance(light.background))) {
              add("dark", [`not dark (light ${light.background}, dark ${dark.background})`]);
            }
            if (!(luminance(dark.text) > luminance(dark.background))) add("dark", [`text ${dark.text} on ${dark.background}`]);
            add("axe, dark", await axe(page));
            add("asked for more than itself", await asked());
          } finally {
            await context.close();
          }
          assert.deepEqual(problems, [], name);
        });
      }
    }
  });
}

describe("themes", () => {
  it("the three themes of each template × language are three different pages, none with og:image (no photo)", async () => {
    for (const template of TEMPLATES) {
      for (const lang of LANGS) {
        const pages = await Promise.all(THEMES.map((theme) => readFile(join(dir, `${template}.${lang}.${theme}.html`), "utf8")));
        assert.equal(new Set(pages).size, THEMES.length, `${template}.${lang}: themes render the same page`);
        for (const [i, html] of pages.entries()) assert.doesNotMatch(html, /og:image/, `${template}.${lang}.${THEMES[i]}: og:image without a photo`);
      }
    }
  });
});

describe("business page: LocalBusiness JSON-LD, a tel: link, a directions link", () => {
  for (const lang of LANGS) {
    it(`business.${lang}.sea.html`, async () => {
      const { context, page, asked } = await open(`/business.${lang}.sea.html`);
      try {
        const facts = await businessFacts(page);
        assert.deepEqual(localBusinessProblems(facts.blocks, facts), [], `business (${lang})`);
        assert.deepEqual(await asked(), []);
      } finally {
        await context.close();
      }
    });
  }
});

describe("the sample CV with a photo", () => {
  for (const lang of LANGS) {
    it(`cv.${lang}.photo.html: valid, shows the embedded photo, 0 axe violations in light and dark, no request`, async () => {
      const name = `cv.${lang}.photo.html`;
      const html = await readFile(join(dir, name), "utf8");
      assert.deepEqual(await validate(html, name), [], `${name}: html-validate`);
      const { context, page, asked } = await open(`/${name}`);
      try {
        const imgs = await page.evaluate(() =>
          [...document.images].map((i) => ({ src: i.getAttribute("src").slice(0, 23), loaded: i.complete && i.naturalWidth > 0, w: i.getBoundingClientRect().width })),
        );
        assert.equal(imgs.length, 1, `${name}: one image`);
        assert.match(imgs[0].src, /^data:image\/(jpeg|webp);base64,/);
        assert.ok(imgs[0].loaded && imgs[0].w >= 48, `${name}: the photo is drawn (${JSON.stringify(imgs[0])})`);
        // Shared links show the photo from the page's own address (a data: URL means
        // nothing to Zalo or Facebook): the publish guide puts the file there.
        const head = await headFacts(page);
        assert.deepEqual(headProblems(head, lang), [], `${name}: head`);
        assert.ok(
          head.meta["og:image"]?.startsWith(head.meta["og:url"]) && /\.(jpe?g|webp)$/.test(head.meta["og:image"]),
          `${name}: og:image ${head.meta["og:image"]} is not a photo file at ${head.meta["og:url"]}`,
        );
        assert.deepEqual(await axe(page), [], `${name}, light`);
        await page.emulateMedia({ colorScheme: "dark" });
        assert.deepEqual(await axe(page), [], `${name}, dark`);
        assert.deepEqual(await asked(), []);
      } finally {
        await context.close();
      }
    });
  }
});

describe("the sample CV printed on A4", () => {
  const counts = {};
  for (const lang of LANGS) {
    for (const variant of ["sea", "photo"]) {
      const name = `cv.${lang}.${variant}.html`;
      it(`${name}: exactly one page, with dark text on paper even from a dark-mode device`, async () => {
        const { context, page } = await open(`/${name}`);
        try {
          const { count, text } = await printed(page);
          counts[name] = count;
          assert.equal(count, 1, `${name}: printed on ${count} A4 pages`);
          assert.ok(text.replace(/\s/g, "").length > 300, `${name}: the PDF holds the page's text (${text.length} characters)`);
          assert.deepEqual(await paleOnPaper(page, "light"), [], `${name}: pale text on paper (light)`);
          assert.deepEqual(await paleOnPaper(page, "dark"), [], `${name}: pale text on paper (dark-mode device)`);
          await page.emulateMedia({ media: "print", colorScheme: "dark" });
          const dark = await printed(page);
          assert.equal(dark.count, 1, `${name}: printed from a dark-mode device on ${dark.count} pages`);
        } finally {
          await context.close();
        }
      });
    }
  }
  after(() => console.log(`# A4 pages: ${JSON.stringify(counts)}`));
});

after(() => {
  if (sizes.size === 0) return;
  const byTemplate = {};
  for (const [name, bytes] of sizes) {
    const t = name.split(".")[0];
    byTemplate[t] = [Math.min(byTemplate[t]?.[0] ?? Infinity, bytes), Math.max(byTemplate[t]?.[1] ?? 0, bytes)];
  }
  console.log(`# sizes (B, min-max): ${JSON.stringify(byTemplate)}`);
});

// ---------------------------------------------------------------------------

describe("the gate is not blind: planted faults fail the same checks", () => {
  const base = async () => readFile(join(dir, "cv.vi.sea.html"), "utf8");

  it("invalid markup: html-validate reports it", async () => {
    const html = (await base()).replace("</main>", '<div id="x"><p>unclosed</div><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw="><p id="x">twice</p></main>');
    const rules = (await validate(html, "planted.html")).map((m) => m.split(" ")[0]);
    for (const rule of ["no-implicit-close", "wcag/h37", "no-dup-id"]) assert.ok(rules.includes(rule), `${rule} not reported: ${rules}`);
  });

  it("missing sharing tags: the head check reports them", async () => {
    planted["/planted-head.html"] = (await base()).replace(/<meta (name|property)="(og|twitter):[^>]*>\n?/g, "").replace(/<link rel="icon"[^>]*>/, "");
    const { context, page } = await open("/planted-head.html");
    const problems = headProblems(await headFacts(page), "vi");
    await context.close();
    for (const p of ["og:title", "og:url", "twitter:card", "rel=icon"]) assert.ok(problems.some((x) => x.includes(p)), `${p} not reported: ${problems}`);
  });

  it("low contrast: axe-core reports color-contrast in light and in dark", async () => {
    planted["/planted-contrast.html"] = (await base()).replace(
      "</style>",
      "h1{color:#bbb!important;background:#fff!important}@media (prefers-color-scheme:dark){h1{color:#444!important;background:#000!important}}</style>",
    );
    const { context, page } = await open("/planted-contrast.html");
    try {
      assert.ok((await axe(page)).some((v) => v.startsWith("color-contrast")), "light");
      await page.emulateMedia({ colorScheme: "dark" });
      assert.ok((await axe(page)).some((v) => v.startsWith("color-contrast")), "dark");
    } finally {
      await context.close();
    }
  });

  it("an external font: reported whether the page's CSP blocks it or not", async () => {
    const font = "@font-face{font-family:Web;src:url(https://fonts.gstatic.com/s/web.woff2)}body{font-family:Web,sans-serif}";
    planted["/planted-font.html"] = (await base()).replace("</style>", `${font}</style>`);
    planted["/planted-font-nocsp.html"] = planted["/planted-font.html"].replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/, "");
    planted["/planted-favicon.html"] = (await base()).replace(/<link rel="icon"[^>]*>/, "").replace("</head>", '<link rel="icon" href="/favicon.ico"></head>');
    planted["/planted-image.html"] = (await base()).replace("</main>", '<img src="https://example.com/p.png" alt="p"></main>');
    for (const [path, expect] of [
      ["/planted-font.html", /CSP font-src blocked https:\/\/fonts\.gstatic\.com/],
      ["/planted-font-nocsp.html", /request https:\/\/fonts\.gstatic\.com\/s\/web\.woff2/],
      ["/planted-favicon.html", /(request .*|served |CSP img-src blocked .*)\/favicon\.ico/],
      ["/planted-image.html", /request https:\/\/example\.com\/p\.png/],
    ]) {
      const { context, asked } = await open(path);
      const found = await asked();
      await context.close();
      assert.ok(found.some((a) => expect.test(a)), `${path}: ${expect} not in ${JSON.stringify(found)}`);
    }
  });

  it("a JSON-LD without hours or phone, and a page without a tel: link: reported", () => {
    const ld = JSON.stringify({ "@context": "https://schema.org", "@type": "LocalBusiness", name: "Tiệm bánh", url: "https://x.biz.vn/", openingHours: "Mo-Su 6:00-20:00" });
    const problems = localBusinessProblems([ld], { h1: "Tiệm bánh", ogUrl: "https://x.biz.vn/", tel: [], links: [] });
    for (const p of ["telephone", "address", "openingHours", "tel: link", "directions"]) assert.ok(problems.some((x) => x.includes(p)), `${p} not reported: ${problems}`);
  });

  it("a page over 2 A4 pages and pale print: reported", async () => {
    planted["/planted-print.html"] = (await base()).replace("</style>", "@media print{main{min-height:400mm}h1{color:#ccc!important}}</style>");
    const { context, page } = await open("/planted-print.html");
    try {
      assert.ok((await printed(page)).count > 1);
      assert.ok((await paleOnPaper(page, "light")).some((p) => p.startsWith("h1")));
    } finally {
      await context.close();
    }
  });
});

// ---------------------------------------------------------------------------
// The README's screenshots (only on request): each template's vi sample at 1280 × 900,
// the business page in dark, and in Khmer on a 360 × 640 phone.
if (process.env.PAGES_SCREENSHOTS) {
  describe("README screenshots", () => {
    it(`written to ${process.env.PAGES_SCREENSHOTS}`, async () => {
      const out = join(ROOT, process.env.PAGES_SCREENSHOTS);
      await mkdir(out, { recursive: true });
      const shots = [
        // Each theme shown at least once: the CV (with a photo) in Sea, the blog in
        // Forest, the bakery in Clay (its sample's own theme).
        ["cv.png", "/cv.vi.photo.html", { width: 1280, height: 900 }, "light"],
        ["blog.png", "/blog.vi.forest.html", { width: 1280, height: 900 }, "light"],
        ["contest.png", "/contest.vi.sea.html", { width: 1280, height: 900 }, "light"],
        ["business.png", "/business.vi.clay.html", { width: 1280, height: 900 }, "light"],
        ["business-dark.png", "/business.vi.clay.html", { width: 1280, height: 900 }, "dark"],
        ["business-km-phone.png", "/business.km.clay.html", { width: 360, height: 640 }, "light"],
      ];
      for (const [file, path, viewport, colorScheme] of shots) {
        const { context, page } = await open(path, { viewport, colorScheme });
        await page.screenshot({ path: join(out, file), type: "png" });
        await context.close();
        const bytes = (await stat(join(out, file))).size;
        assert.ok(bytes < 150_000, `${file}: ${bytes} B`);
      }
      console.log(`# screenshots: ${(await readdir(out)).join(", ")}`);
    });
  });
}

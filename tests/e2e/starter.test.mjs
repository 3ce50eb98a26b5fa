// The starter step (issue 6) in a real Chromium, reached as a visitor reaches it:
// eligibility form → names checked against a real DNS server (NSD + dnsdist DoH,
// tests/e2e/dns.mjs) → "Choose this name". Then: the sandboxed preview, an XSS corpus
// typed into every field of every template (nothing runs, nothing is fetched, nothing
// lands unescaped), real downloads (HTML equal to the preview; JSON Resume valid
// against the official schema of the npm package `resume-schema`), the downloaded
// page opened on its own (finished, in the widget's language, no request, axe-core
// clean), "Copy HTML", and the plain-language message beside a refused link.
import { after, before, describe, it } from "node:test";
import assert from "node:assert/strict";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { distReady, hostPage, launchBrowser, newPage, readyCount, serveDist } from "./harness.mjs";
import { startDoh } from "./dns.mjs";

const require = createRequire(import.meta.url);
const resumeSchema = require("resume-schema");

let browser;
let server;
let doh;
let downloads;


// The fixture zone: of Nguyễn Văn An's first suggestions (annguyen, nguyenan,
// nguyenvanan, …), annguyen is delegated and nguyenvanan hosted; the first
// likely-available one is then nguyenan.id.vn.
before(async () => {
  await distReady();
  doh = await startDoh({ delegated: ["annguyen"], hosted: ["nguyenvanan"] });
  browser = await launchBrowser();
  server = await serveDist();
  downloads = await mkdtemp(join(tmpdir(), "vnda-starter-"));
});
after(async () => {
  await browser?.close();
  await server?.close();
  await doh?.stop();
  if (downloads) await rm(downloads, { recursive: true, force: true });
});

const VISITOR = { name: "Nguyễn Văn An", birth: "2005-03-15", id: "084205012345" };
const TODAY = "2025-06-01";

/** Accessible names, English (embed contract / src/i18n) and Vietnamese. */
const L = {
  en: {
    name: "Full name", birth: "Date of birth", id: "Citizen ID number", citizen: "I am a Vietnamese citizen",
    check: "Check", continue: "Continue: choose a name", choose: "Choose this name",
    buildPage: "Build your page while you wait for the name (optional)",
    cv: "Online CV", blog: "Personal blog", contest: "Contest entry",
    headline: "Short headline", about: "About you", organisation: "School or organisation", skills: "Skills",
    projectName: "Project name", projectDescription: "Description", projectUrl: "Address (https://…)",
    email: "E-mail", linkUrl: "Address (https://… or mailto:…)", postTitle: "Post title", postBody: "Post text",
    entryName: "Name of the entry", entryDescription: "Project description", entryUrl: "Demo address (https://…)",
    teamName: "Team name", school: "School", technologies: "Technologies used", githubUser: "Your GitHub username",
    downloadHtml: "Download HTML", downloadJson: "Download JSON Resume", copyHtml: "Copy HTML", copied: "Copied",
    urlRejected: /only https:\/\/ and mailto: addresses are accepted/,
  },
  vi: {
    name: "Họ và tên", birth: "Ngày sinh", id: "Số định danh cá nhân (số CCCD)", citizen: "Tôi là công dân Việt Nam",
    check: "Kiểm tra", continue: "Tiếp tục: chọn tên miền", choose: "Chọn tên này",
    buildPage: "Làm trang web của bạn trong lúc chờ cấp tên miền (không bắt buộc)",
    cv: "CV trực tuyến", blog: "Blog cá nhân", contest: "Bài dự thi",
    headline: "Dòng giới thiệu ngắn", about: "Giới thiệu bản thân", organisation: "Trường hoặc tổ chức", skills: "Kỹ năng",
    projectName: "Tên dự án", projectDescription: "Mô tả", projectUrl: "Địa chỉ (https://…)",
    email: "E-mail", linkUrl: "Địa chỉ (https://… hoặc mailto:…)", postTitle: "Tiêu đề bài viết", postBody: "Nội dung bài viết",
    entryName: "Tên dự án dự thi", entryDescription: "Mô tả dự án", entryUrl: "Địa chỉ bản chạy thử (https://…)",
    teamName: "Tên đội", school: "Trường", technologies: "Công nghệ sử dụng", githubUser: "Tên tài khoản GitHub của bạn",
    downloadHtml: "Tải về HTML", downloadJson: "Tải về JSON Resume", copyHtml: "Sao chép HTML", copied: "Đã sao chép",
    urlRejected: /chỉ nhận địa chỉ https:\/\/ hoặc mailto:/,
  },
};

/** The section headings (h2) each generated page must carry, per language. */
const HEADINGS = {
  en: { cv: ["Profile", "Skills", "Projects", "Links"], blog: ["About me"], contest: ["About the project", "For the judges"] },
  vi: { cv: ["Giới thiệu", "Kỹ năng", "Dự án", "Liên kết"], blog: ["Về tôi"], contest: ["Giới thiệu dự án", "Dành cho ban giám khảo"] },
};

/** Which fields each template shows (keys of L), besides E-mail, the link and the GitHub user. */
const FORM = {
  cv: { text: ["headline", "about", "organisation", "skills", "projectName", "projectDescription"], url: ["projectUrl"], last: "headline" },
  blog: { text: ["headline", "about", "postTitle", "postBody"], url: [], last: "headline" },
  contest: { text: ["entryName", "entryDescription", "school", "technologies", "teamName"], url: ["entryUrl"], last: "teamName" },
};
const COMMON = { text: ["email", "githubUser"], url: ["linkUrl"] };

const CSP_META =
  "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data: https:\">";

let pageNo = 0;

/**
 * A host page with one widget in `lang`, walked to the starter step. Records
 * dialogs; `since()` lists the requests made after the starter step appeared.
 */
async function toStarter(lang = "en") {
  await distReady();
  const t = L[lang];
  const path = `/t/starter-${++pageNo}.html`;
  const ctx = await newPage(browser, server.url, {
    pages: {
      [path]: hostPage(
        `<vn-domain-assistant id="w" lang="${lang}" program="id" today="${TODAY}" doh="${doh.url}"></vn-domain-assistant>`,
      ),
    },
  });
  const { page } = ctx;
  const dialogs = [];
  page.on("dialog", (d) => {
    dialogs.push(`${d.type()}: ${d.message()}`);
    d.dismiss().catch(() => {});
  });
  await page.goto(server.url + path);
  await readyCount(page, 1);
  const w = page.locator("#w");
  await field(w, t.name).fill(VISITOR.name);
  await field(w, t.birth).fill(VISITOR.birth);
  await field(w, t.id).fill(VISITOR.id);
  await w.getByRole("checkbox", { name: t.citizen }).check();
  await w.getByRole("button", { name: t.check, exact: true }).click();
  await w.getByRole("button", { name: t.continue }).click();
  const available = w.locator('li[data-status="likely-available"]').first();
  await available.waitFor();
  const domain = await available.getAttribute("data-domain");
  assert.match(domain, /^[a-z0-9-]+\.id\.vn$/);
  await available.getByRole("button", { name: t.choose }).click();
  await page.waitForFunction(() => window.events.some((e) => e.name === "vnda:select"));
  // The name first: the registrars, then the page, offered there.
  await w.locator("a[data-registrar]").first().waitFor();
  assert.equal(await w.locator("iframe.preview").count(), 0, "no page builder before the registrars");
  await w.getByRole("button", { name: t.buildPage }).click();
  const iframe = w.locator("iframe.preview");
  await iframe.waitFor();
  const frame = await (await iframe.elementHandle()).contentFrame();
  await frame.waitForFunction(() => document.querySelector("h1"), null, { polling: 50 });
  const mark = ctx.requests.length;
  return {
    ...ctx,
    t,
    lang,
    w,
    domain,
    dialogs,
    iframe,
    frame,
    srcdoc: () => iframe.getAttribute("srcdoc"),
    since: () => ctx.requests.slice(mark).map((r) => `${r.method} ${r.url}`),
  };
}

const field = (w, label) => w.getByLabel(label, { exact: true });

async function useTemplate(ctx, template) {
  await ctx.w.getByRole("radio", { name: ctx.t[template] }).check();
}

/**
 * Fills `values` ({ key of L: text }), `anchor` last, then waits until both the
 * preview's srcdoc and the preview frame's document show `anchorToken` (the preview
 * is debounced: the render that shows the last field filled shows all of them).
 */
async function fillAndSettle(ctx, values, anchorKey, anchorValue, anchorToken) {
  for (const [key, value] of Object.entries(values)) {
    if (key !== anchorKey) await field(ctx.w, ctx.t[key]).fill(value);
  }
  await field(ctx.w, ctx.t[anchorKey]).fill(anchorValue);
  await settled(ctx, anchorToken);
}

async function settled(ctx, token) {
  await ctx.page.waitForFunction(
    (tok) => document.querySelector("#w").shadowRoot.querySelector("iframe.preview")?.getAttribute("srcdoc")?.includes(tok),
    token,
    { polling: 50, timeout: 5000 },
  );
  await ctx.frame.waitForFunction((tok) => document.documentElement?.outerHTML.includes(tok), token, {
    polling: 50,
    timeout: 5000,
  });
}

/** Clicks `button` and returns the real download: { name, text, download }. */
async function download(ctx, button) {
  const [dl] = await Promise.all([
    ctx.page.waitForEvent("download", { timeout: 5000 }),
    ctx.w.getByRole("button", { name: button, exact: true }).click(),
  ]);
  const text = await readFile(await dl.path(), "utf8");
  return { name: dl.suggestedFilename(), text, download: dl };
}

function validateResume(json) {
  return new Promise((ok) =>
    resumeSchema.validate(json, (err, result) => ok({ errors: err ?? [], valid: !err && result?.valid === true })),
  );
}

function collectUrls(v, out = []) {
  if (Array.isArray(v)) v.forEach((x) => collectUrls(x, out));
  else if (v && typeof v === "object") {
    for (const [k, x] of Object.entries(v)) {
      if (k === "url" && typeof x === "string") out.push(x);
      else collectUrls(x, out);
    }
  }
  return out;
}

// ---------------------------------------------------------------------------
// A strict reader of the generated HTML (the templates' own conventions: every `<`
// starts a tag, attribute values are double-quoted and escaped).

const TAGS = {
  common: ["!doctype", "html", "head", "meta", "title", "style", "body", "header", "h1", "p", "main", "section", "h2", "ul", "li", "a", "br", "footer"],
  cv: ["h3"],
  blog: ["article"],
  contest: ["dl", "dt", "dd"],
};
const ATTRIBUTES = ["lang", "charset", "http-equiv", "content", "name", "class", "id", "aria-labelledby", "href"];

const unescapeAttr = (s) =>
  s.replaceAll("&quot;", '"').replaceAll("&#39;", "'").replaceAll("&lt;", "<").replaceAll("&gt;", ">").replaceAll("&amp;", "&");

/** Every tag of `html`; throws on a `<` that does not start a well-formed tag. */
function scanTags(html) {
  const tags = [];
  const tagRe = /<(\/?)(!DOCTYPE|[a-zA-Z][a-zA-Z0-9]*)([^<>]*)>/y;
  const attrRe = /\s+([^\s"'<>\/=]+)(?:="([^"<>]*)")?/y;
  let at = html.indexOf("<");
  while (at !== -1) {
    tagRe.lastIndex = at;
    const m = tagRe.exec(html);
    if (!m) throw new Error(`stray "<" at ${at}: ${JSON.stringify(html.slice(at, at + 60))}`);
    const [, closing, rawName, rawAttrs] = m;
    const attrs = [];
    let i = 0;
    const body = rawAttrs.replace(/\s*$/, "");
    while (i < body.length) {
      attrRe.lastIndex = i;
      const a = attrRe.exec(body);
      if (!a) throw new Error(`malformed attributes in ${m[0]}`);
      attrs.push([a[1].toLowerCase(), a[2] === undefined ? null : unescapeAttr(a[2])]);
      i = attrRe.lastIndex;
    }
    tags.push({ name: rawName.toLowerCase(), closing: closing === "/", attrs, raw: m[0] });
    at = html.indexOf("<", tagRe.lastIndex);
  }
  return tags;
}

/** What the page's cleaning makes of a single line (controls and bidi removed, spaces collapsed). */
const cleanLine = (s) =>
  s
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g, "")
    .replace(/\s+/g, " ")
    .trim();
const escapeHtml = (s) =>
  s.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;").replaceAll('"', "&quot;").replaceAll("'", "&#39;");

/** Forms a typed payload could take in the output if it were written unescaped. */
function rawForms(payload) {
  const forms = new Set([payload]);
  // What the cleaning removes or turns into spaces.
  const cleaned = payload
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g, "")
    .replace(/[\t\n\r]/g, " ");
  forms.add(cleaned);
  forms.add(cleaned.trim());
  forms.add(cleaned.replace(/ +/g, " ").trim());
  return [...forms].filter((f) => /[<>"']/.test(f));
}

/**
 * Asserts the generated page `html` of `template` in `lang` is safe: only the
 * template's tags and attributes, no handler, only https:/mailto: addresses, the
 * CSP first in <head>, one h1, and none of `payloads` written unescaped.
 */
function assertSafeHtml(html, template, lang, payloads = [], what = "") {
  let tags;
  try {
    tags = scanTags(html);
  } catch (e) {
    assert.fail(`${what}: ${e.message}`);
  }
  const allowed = new Set([...TAGS.common, ...TAGS[template]]);
  for (const tag of tags.filter((t) => !t.closing)) {
    assert.ok(allowed.has(tag.name), `${what}: unexpected tag ${tag.raw}`);
    for (const [name, value] of tag.attrs) {
      if (tag.name === "!doctype") continue;
      assert.ok(!name.startsWith("on"), `${what}: event handler attribute in ${tag.raw}`);
      assert.ok(ATTRIBUTES.includes(name), `${what}: unexpected attribute ${name} in ${tag.raw}`);
      if (name === "href") {
        assert.match(value ?? "", /^(https:\/\/|mailto:)/, `${what}: href ${JSON.stringify(value)}`);
        assert.doesNotMatch(value, /[\s\u0000-\u001f\u007f-\uffff]/, `${what}: href ${JSON.stringify(value)}`);
        assert.doesNotMatch(value, /javascript:|data:|vbscript:/i, `${what}: href ${JSON.stringify(value)}`);
      }
      if (name === "http-equiv") assert.equal(value, "Content-Security-Policy", `${what}: ${tag.raw}`);
    }
  }
  const lower = html.toLowerCase();
  for (const forbidden of ["<script", "<iframe", "<img", "<svg", "<base", "<details", "<!--", "<object", "<embed", "<link", "<form"]) {
    assert.ok(!lower.includes(forbidden), `${what}: ${forbidden} in the page`);
  }
  assert.doesNotMatch(html, /[\u0000\u202a-\u202e\u2066-\u2069]/, `${what}: NUL or bidi control in the page`);
  assert.equal(html.split(CSP_META).length - 1, 1, `${what}: one CSP <meta>`);
  assert.ok(
    html.startsWith(`<!DOCTYPE html>\n<html lang="${lang}">\n<head>\n<meta charset="utf-8">\n${CSP_META}\n`),
    `${what}: the page does not start with doctype, lang, charset and CSP: ${JSON.stringify(html.slice(0, 200))}`,
  );
  const opening = (n) => tags.filter((t) => !t.closing && t.name === n).length;
  for (const [n, count] of [["h1", 1], ["title", 1], ["style", 1], ["header", 1], ["main", 1], ["footer", 1]]) {
    assert.equal(opening(n), count, `${what}: <${n}> count`);
  }
  for (const payload of payloads) {
    for (const form of rawForms(payload)) {
      assert.ok(!html.includes(form), `${what}: payload ${JSON.stringify(form)} appears unescaped`);
    }
  }
}

/** What the browser built from the preview: checked inside the (sandboxed) frame. */
const frameFacts = (frame) =>
  frame.evaluate(() => {
    const bad = [];
    const forbiddenTags = new Set(["script", "iframe", "img", "svg", "base", "object", "embed", "details", "link", "form", "input", "textarea", "button", "frame", "video", "audio", "source"]);
    for (const el of document.querySelectorAll("*")) {
      const tag = el.tagName.toLowerCase();
      if (forbiddenTags.has(tag)) bad.push(`<${tag}>`);
      for (const a of el.attributes) {
        if (/^on/i.test(a.name) || ["src", "srcdoc", "srcset", "action", "formaction", "style", "xlink:href", "autofocus", "background"].includes(a.name)) {
          bad.push(`${tag}[${a.name}=${a.value}]`);
        }
      }
    }
    for (const el of document.querySelectorAll("[href]")) {
      const url = new URL(el.getAttribute("href"), "https://base.invalid/");
      if (!["https:", "mailto:"].includes(url.protocol)) bad.push(`href ${el.getAttribute("href")}`);
    }
    for (const m of document.querySelectorAll("meta[http-equiv]")) {
      if (m.getAttribute("http-equiv") !== "Content-Security-Policy") bad.push(`meta http-equiv=${m.getAttribute("http-equiv")}`);
    }
    return {
      bad,
      pwned: typeof window.pwned,
      h1: [...document.querySelectorAll("h1")].map((h) => h.textContent),
      styles: [...document.querySelectorAll("style")].map((s) => s.textContent),
      scripts: document.scripts.length,
    };
  });

/** No handler attribute, script or injected element in the widget's own shadow DOM. */
const widgetInjected = (page) =>
  page.evaluate(() => {
    const root = document.querySelector("#w").shadowRoot;
    const bad = [];
    for (const el of root.querySelectorAll("*")) {
      if (["script", "img", "svg", "iframe", "object", "embed", "base", "details"].includes(el.tagName.toLowerCase()) && !el.matches("iframe.preview, details.about")) {
        bad.push(el.tagName);
      }
      for (const a of el.attributes) if (/^on/i.test(a.name)) bad.push(`${el.tagName}[${a.name}]`);
    }
    return bad;
  });

// ---------------------------------------------------------------------------
// The XSS corpus (the native suite's idea, tests/starter.rs, made observable:
// a payload that ran would set window.pwned, open a dialog or fetch something).

const PAYLOADS = [
  "<script>window.pwned=1</script>",
  "<SCRIPT SRC=https://evil.example/x.js></SCRIPT>",
  "\"><img src=x onerror=window.pwned=1>",
  "<img src=https://evil.example/pixel.png>",
  "\"><svg onload=window.pwned=1>",
  "<svg/onload=window.pwned=1>",
  "' onmouseover='window.pwned=1",
  "\" onfocus=\"window.pwned=1\" autofocus=\"",
  "<details open ontoggle=window.pwned=1>",
  "javascript:window.pwned=1",
  "JaVaScRiPt:window.pwned=1",
  "java\tscript:window.pwned=1",
  "java\nscript:window.pwned=1",
  "\u0001javascript:window.pwned=1",
  " javascript\u0000:window.pwned=1",
  "&#106;avascript:window.pwned=1",
  "&#106;&#97;vascript:window.pwned=1",
  "javascript&#58;window.pwned=1",
  "&#x6A;avascript&colon;window.pwned=1",
  "data:text/html,<script>window.pwned=1</script>",
  "data:text/html;base64,PHNjcmlwdD53aW5kb3cucHduZWQ9MTwvc2NyaXB0Pg==",
  "vbscript:msgbox(1)",
  "</style><script>window.pwned=1</script>",
  "</title><script>window.pwned=1</script>",
  "</textarea><script>window.pwned=1</script>",
  "<!-- x --><script>window.pwned=1</script>",
  "<a href=\"javascript:window.pwned=1\">click</a>",
  "https://example.com/\"><script>window.pwned=1</script>",
  "https://example.com/' onclick='window.pwned=1",
  "mailto:a@b.vn?body=<script>window.pwned=1</script>",
  "<style>body{display:none}</style>",
  "<meta http-equiv=\"refresh\" content=\"0;url=https://evil.example/\">",
  "<iframe srcdoc=\"<script>parent.pwned=1</script>\"></iframe>",
  "<base href=\"https://evil.example/\">",
  "\u202elmth.exe\u202c <b>x</b>",
  "\u2066<i>\u2069isolate",
  "a\u0000b<script>window.pwned=1</script>",
  "＜script＞window.pwned=1＜/script＞",
  "ｊａｖａｓｃｒｉｐｔ：window.pwned=1",
  "%3Cscript%3Ewindow.pwned=1%3C/script%3E",
  "<script>alert(1)</script>",
  "\"><img src=x onerror=alert(document.domain)>",
];

describe("the starter step", () => {
  it("previews in an iframe with an empty sandbox and a srcdoc showing the visitor's name and the chosen name; templates switch the preview", async () => {
    const ctx = await toStarter("en");
    const { iframe, frame, domain } = ctx;
    const sandbox = await iframe.evaluate((el) => ({
      has: el.hasAttribute("sandbox"),
      value: el.getAttribute("sandbox"),
      tokens: el.sandbox.length,
      srcdoc: el.hasAttribute("srcdoc"),
      src: el.getAttribute("src"),
    }));
    assert.deepEqual(sandbox, { has: true, value: "", tokens: 0, srcdoc: true, src: null });
    const html = await ctx.srcdoc();
    assert.ok(html.length > 500, "srcdoc holds a page");
    assertSafeHtml(html, "cv", "en", [], "initial preview");

    // The frame's own document: the visitor's name as h1, the chosen name linked.
    const cv = await frame.evaluate(() => ({
      lang: document.documentElement.lang,
      title: document.title,
      h1: [...document.querySelectorAll("h1")].map((h) => h.textContent),
      links: [...document.querySelectorAll("a[href]")].map((a) => [a.getAttribute("href"), a.textContent]),
      scripts: document.scripts.length,
    }));
    assert.equal(cv.lang, "en");
    assert.deepEqual(cv.h1, [VISITOR.name]);
    assert.equal(cv.title, `${VISITOR.name} — CV`);
    assert.ok(cv.links.some(([href, text]) => href === `https://${domain}/` && text === domain), `a link to ${domain}: ${JSON.stringify(cv.links)}`);
    assert.equal(cv.scripts, 0);
    // A sandboxed srcdoc document has an opaque origin: it cannot reach the host page.
    assert.equal(await frame.evaluate(() => window.origin), "null");

    // The preview follows typing (after a short pause).
    const typedAt = Date.now();
    await field(ctx.w, "Short headline").fill("Third-year IT student");
    await settled(ctx, "Third-year IT student");
    assert.ok(Date.now() - typedAt < 3000, "the preview followed typing within 3 s");
    assert.equal(await frame.evaluate(() => document.querySelector("header .lead")?.textContent), "Third-year IT student");

    // Blog: the first post (a default one in the page's language) and the name.
    await useTemplate(ctx, "blog");
    await settled(ctx, "<article");
    const blog = await frame.evaluate(() => ({
      h1: [...document.querySelectorAll("h1")].map((h) => h.textContent),
      h2: [...document.querySelectorAll("h2")].map((h) => h.textContent),
      article: !!document.querySelector("main article"),
      title: document.title,
      footer: document.querySelector("footer")?.textContent,
    }));
    assert.deepEqual(blog.h1, [VISITOR.name]);
    assert.equal(blog.h2[0], "Hello!");
    assert.ok(blog.article);
    assert.equal(blog.title, `${VISITOR.name} — Blog`);
    assert.match(blog.footer, new RegExp(domain.replaceAll(".", "\\.")));
    assertSafeHtml(await ctx.srcdoc(), "blog", "en", [], "blog preview");

    // Contest: the kicker, the default entry heading, the judges' section, the contact.
    await useTemplate(ctx, "contest");
    await settled(ctx, "class=\"kicker\"");
    const contest = await frame.evaluate(() => ({
      kicker: document.querySelector(".kicker")?.textContent,
      h1: [...document.querySelectorAll("h1")].map((h) => h.textContent),
      h2: [...document.querySelectorAll("h2")].map((h) => h.textContent),
      footer: document.querySelector("footer")?.textContent,
    }));
    assert.equal(contest.kicker, "Contest entry");
    assert.deepEqual(contest.h1, ["Our contest entry"]);
    assert.ok(contest.h2.includes("For the judges"), JSON.stringify(contest.h2));
    assert.match(contest.footer, new RegExp(`Contact: ${VISITOR.name}`));
    assertSafeHtml(await ctx.srcdoc(), "contest", "en", [], "contest preview");

    // And back.
    await useTemplate(ctx, "cv");
    await settled(ctx, "<h1>Nguyễn Văn An</h1>\n<p class=\"lead\">Third-year IT student</p>");
    assert.deepEqual(await frame.evaluate(() => document.querySelector(".kicker")), null);

    assert.deepEqual(ctx.dialogs, []);
    assert.deepEqual(ctx.since(), [], "requests while previewing");
    assert.deepEqual(ctx.errors, [], "console errors");
    await ctx.context.close();
  });

  it(`an XSS corpus of ${PAYLOADS.length} payloads in every field of every template runs nothing, fetches nothing and never lands unescaped — in the preview, the download and the JSON Resume`, async () => {
    assert.ok(PAYLOADS.length >= 20);
    const ctx = await toStarter("en");
    let n = 0;
    for (const template of ["cv", "blog", "contest"]) {
      await useTemplate(ctx, template);
      const form = FORM[template];
      // The preview shows this template (its document title says which) before typing.
      await settled(ctx, { cv: " — CV</title>", blog: " — Blog</title>", contest: " — Contest entry</title>" }[template]);
      const [style] = (await frameFacts(ctx.frame)).styles;
      assert.ok(style.length > 500, "the template's style sheet");
      for (const payload of PAYLOADS) {
        n++;
        const what = `${template} #${n} ${JSON.stringify(payload)}`;
        const values = {};
        for (const key of [...form.url, ...COMMON.url]) values[key] = payload;
        for (const key of [...COMMON.text, ...form.text]) values[key] = `${payload} m${n}x`;
        const token = `e${n}z`;
        await fillAndSettle(ctx, values, form.last, `${payload} ${token}`, token);

        const html = await ctx.srcdoc();
        assertSafeHtml(html, template, "en", [payload], `preview of ${what}`);
        // The payload was not dropped: the last field shows it, cleaned and escaped, as text.
        const typed = await field(ctx.w, L.en[form.last]).inputValue();
        assert.ok(typed.endsWith(token), `${what}: the field holds what was typed`);
        assert.ok(html.includes(escapeHtml(cleanLine(typed))), `${what}: ${JSON.stringify(escapeHtml(cleanLine(typed)))} is not in the preview`);
        assert.ok(
          (await ctx.frame.evaluate(() => document.querySelector("header .lead")?.textContent)).includes(cleanLine(typed)),
          `${what}: the preview shows the typed text as text`,
        );

        const facts = await frameFacts(ctx.frame);
        assert.deepEqual(facts.bad, [], `${what}: the preview's document`);
        assert.equal(facts.pwned, "undefined", `${what}: window.pwned in the preview frame`);
        assert.equal(facts.scripts, 0, `${what}: scripts in the preview frame`);
        assert.equal(facts.h1.length, 1, `${what}: one h1 in the preview`);
        assert.deepEqual(facts.styles, [style], `${what}: the style sheet is the template's, untouched`);

        assert.equal(await ctx.page.evaluate(() => typeof window.pwned), "undefined", `${what}: window.pwned in the page`);
        assert.deepEqual(await widgetInjected(ctx.page), [], `${what}: the widget's own DOM`);
        assert.deepEqual(ctx.dialogs, [], `${what}: dialogs`);
        assert.deepEqual(ctx.since(), [], `${what}: requests`);

        const file = await download(ctx, L.en.downloadHtml);
        assert.equal(file.name, `${ctx.domain}.html`, `${what}: file name`);
        assert.equal(file.text, html, `${what}: the downloaded file equals the preview`);
        assertSafeHtml(file.text, template, "en", [payload], `download of ${what}`);

        const resume = await download(ctx, L.en.downloadJson);
        assert.equal(resume.name, `${ctx.domain}.resume.json`);
        const json = JSON.parse(resume.text);
        const result = await validateResume(json);
        assert.ok(result.valid, `${what}: JSON Resume invalid: ${JSON.stringify(result.errors)}`);
        for (const url of collectUrls(json)) assert.match(url, /^(https:\/\/|mailto:)/, `${what}: JSON Resume url ${url}`);
        assert.deepEqual(ctx.since(), [], `${what}: requests (downloads are blobs)`);
      }
    }
    assert.deepEqual(ctx.errors, [], "console errors");
    await ctx.context.close();
  });

  it("Download HTML gives <domain>.html equal to the preview; Download JSON Resume gives <domain>.resume.json valid against the official JSON Resume schema", async () => {
    const ctx = await toStarter("en");
    // The validator is not a rubber stamp.
    assert.equal((await validateResume({ basics: { email: "not-an-address" } })).valid, false);
    assert.equal((await validateResume({ basics: { name: "A" }, invented: true })).valid, false);
    assert.equal((await validateResume({ basics: { name: "A" } })).valid, true);

    await fillAndSettle(
      ctx,
      {
        about: "I study IT at Trà Vinh University.\n\nI like building websites.",
        organisation: "Trường Đại học Trà Vinh",
        skills: "HTML, CSS; Rust",
        projectName: "Lịch thi",
        projectDescription: "An exam timetable for my class.",
        projectUrl: "https://github.com/an/lich-thi",
        email: "an.nguyen@example.com",
        linkUrl: "github.com/an",
      },
      "headline",
      "Third-year IT student",
      "Third-year IT student",
    );
    const html = await ctx.srcdoc();
    const file = await download(ctx, "Download HTML");
    assert.equal(file.name, `${ctx.domain}.html`);
    assert.equal(file.text, html, "the downloaded HTML equals the preview");
    assertSafeHtml(file.text, "cv", "en", [], "CV download");
    assert.ok(file.text.includes('<a href="https://github.com/an/lich-thi">Lịch thi</a>'));
    assert.ok(file.text.includes('<a href="mailto:an.nguyen@example.com" class="bare">an.nguyen@example.com</a>'));

    const resume = await download(ctx, "Download JSON Resume");
    assert.equal(resume.name, `${ctx.domain}.resume.json`);
    const json = JSON.parse(resume.text);
    const result = await validateResume(json);
    assert.ok(result.valid, `JSON Resume invalid: ${JSON.stringify(result.errors)}`);
    assert.equal(json.basics.name, VISITOR.name);
    assert.equal(json.basics.label, "Third-year IT student");
    assert.equal(json.basics.email, "an.nguyen@example.com");
    assert.equal(json.basics.url, `https://${ctx.domain}/`);
    assert.match(json.basics.summary, /Trà Vinh University/);
    assert.deepEqual(json.skills.map((s) => s.name), ["HTML", "CSS", "Rust"]);
    assert.equal(json.projects[0].name, "Lịch thi");
    assert.equal(json.projects[0].url, "https://github.com/an/lich-thi");
    assert.deepEqual(json.basics.profiles.map((p) => p.url), ["https://github.com/an"]);
    assert.equal(json.meta.language, "en");

    // The other templates export valid JSON Resume too.
    await useTemplate(ctx, "blog");
    await fillAndSettle(ctx, { postBody: "First post." }, "postTitle", "Xin chào", "Xin chào");
    const blogJson = JSON.parse((await download(ctx, "Download JSON Resume")).text);
    const blogResult = await validateResume(blogJson);
    assert.ok(blogResult.valid, `blog JSON Resume invalid: ${JSON.stringify(blogResult.errors)}`);
    await useTemplate(ctx, "contest");
    await fillAndSettle(
      ctx,
      { entryDescription: "A map of campus.", entryUrl: "https://demo.example.vn/", technologies: "HTML, CSS", school: "Trường Đại học Trà Vinh" },
      "entryName",
      "Bản đồ trường",
      "Bản đồ trường",
    );
    const contestFile = await download(ctx, "Download HTML");
    assert.equal(contestFile.text, await ctx.srcdoc(), "contest download equals the preview");
    const contestJson = JSON.parse((await download(ctx, "Download JSON Resume")).text);
    const contestResult = await validateResume(contestJson);
    assert.ok(contestResult.valid, `contest JSON Resume invalid: ${JSON.stringify(contestResult.errors)}`);
    assert.ok(contestJson.projects.some((p) => p.name === "Bản đồ trường" && p.url === "https://demo.example.vn/"), JSON.stringify(contestJson.projects));

    assert.deepEqual(ctx.since(), [], "requests (downloads are blobs, nothing leaves the tab)");
    assert.deepEqual(ctx.errors, [], "console errors");
    await ctx.context.close();
  });

  for (const lang of ["en", "vi"]) {
    it(`the downloaded page, opened on its own, is a finished page in the widget's language (${lang}): one h1, translated headings, no request, no serious axe-core violation — for each template`, async () => {
      const ctx = await toStarter(lang);
      const t = ctx.t;
      const axe = await readFile(require.resolve("axe-core/axe.min.js"), "utf8");
      const filled = {
        cv: {
          values: {
            about: lang === "vi" ? "Mình là sinh viên năm ba.\n\nMình thích làm web." : "I am a third-year student.\n\nI like making websites.",
            organisation: "Trường Đại học Trà Vinh",
            skills: "HTML, CSS, Rust",
            projectName: "Lịch thi",
            projectDescription: lang === "vi" ? "Lịch thi cho lớp của mình." : "An exam timetable for my class.",
            projectUrl: "https://github.com/an/lich-thi",
            linkUrl: "https://github.com/an",
            email: "an.nguyen@example.com",
          },
          last: ["headline", lang === "vi" ? "Sinh viên năm ba ngành CNTT" : "Third-year IT student"],
          h1: VISITOR.name,
        },
        blog: {
          values: { postBody: lang === "vi" ? "Đây là bài viết đầu tiên." : "This is my first post." },
          last: ["postTitle", lang === "vi" ? "Bài viết đầu tiên" : "My first post"],
          h1: VISITOR.name,
        },
        contest: {
          values: {
            entryDescription: lang === "vi" ? "Bản đồ khuôn viên trường." : "A map of the campus.",
            entryUrl: "https://demo.example.vn/",
            school: "Trường Đại học Trà Vinh",
            technologies: "HTML, CSS",
          },
          last: ["teamName", "Sao Khuê"],
          h1: lang === "vi" ? "Bản đồ trường" : "Campus map",
        },
      };
      for (const template of ["cv", "blog", "contest"]) {
        await useTemplate(ctx, template);
        const f = filled[template];
        const values = { ...f.values };
        if (template === "contest") values.entryName = f.h1;
        await fillAndSettle(ctx, values, f.last[0], f.last[1], f.last[1]);
        const file = await download(ctx, t.downloadHtml);
        assert.equal(file.name, `${ctx.domain}.html`);
        assert.equal(file.text, await ctx.srcdoc(), `${template}: download equals the preview`);
        const path = join(downloads, `${lang}-${template}-${file.name}`);
        await file.download.saveAs(path);
        const url = pathToFileURL(path).href;

        // Opened directly from disk, in a fresh context that records every request.
        const opened = await newPage(browser, server.url);
        await opened.page.goto(url);
        await opened.page.waitForLoadState("load");
        const doc = await opened.page.evaluate(() => ({
          lang: document.documentElement.lang,
          title: document.title,
          h1: [...document.querySelectorAll("h1")].map((h) => h.textContent),
          h2: [...document.querySelectorAll("h2")].map((h) => h.textContent),
          landmarks: ["header", "main", "footer"].map((n) => document.querySelectorAll(`body > ${n}`).length),
          scripts: document.scripts.length,
          csp: document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.content,
          bodyText: document.body.innerText,
        }));
        assert.equal(doc.lang, lang, `${template}: <html lang>`);
        assert.deepEqual(doc.h1, [f.h1], `${template}: one h1`);
        for (const heading of HEADINGS[lang][template]) {
          assert.ok(doc.h2.includes(heading), `${template} (${lang}): heading "${heading}" missing from ${JSON.stringify(doc.h2)}`);
        }
        if (template === "blog") assert.equal(doc.h2[0], f.last[1]);
        assert.deepEqual(doc.landmarks, [1, 1, 1], `${template}: header, main, footer`);
        assert.equal(doc.scripts, 0);
        assert.equal(doc.csp, "default-src 'none'; style-src 'unsafe-inline'; img-src data: https:");
        assert.ok(doc.bodyText.includes(VISITOR.name), `${template}: the visitor's name is on the page`);
        assert.ok(doc.bodyText.includes(ctx.domain), `${template}: the chosen name is on the page`);
        if (template === "contest") assert.ok(doc.bodyText.includes("Sao Khuê"));

        // The page asked for nothing but itself.
        assert.deepEqual(opened.requests.map((r) => r.url), [url], `${template}: requests of the opened page`);

        // axe-core, evaluated through the DevTools protocol (the page's CSP forbids
        // inline scripts, and injecting one would be a request-free but CSP-violating act).
        await opened.page.evaluate(axe);
        const result = await opened.page.evaluate(() => window.axe.run(document));
        const serious = result.violations
          .filter((v) => v.impact === "serious" || v.impact === "critical")
          .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
        assert.deepEqual(serious, [], `${template} (${lang}): serious/critical axe-core violations`);
        assert.ok(result.passes.length > 10, "axe-core ran");
        assert.deepEqual(opened.errors, [], `${template}: console errors of the opened page`);
        assert.deepEqual(opened.requests.map((r) => r.url), [url], `${template}: requests after axe-core`);
        await opened.context.close();
      }
      assert.deepEqual(ctx.dialogs, []);
      assert.deepEqual(ctx.since(), [], "requests");
      assert.deepEqual(ctx.errors, [], "console errors");
      await ctx.context.close();
    });
  }

  it("the safety checks above are not blind: they catch scripts, handlers, bad links and unescaped payloads planted in a real page", async () => {
    const ctx = await toStarter("en");
    await fillAndSettle(ctx, { projectName: "Lịch thi", projectUrl: "https://github.com/an/lich-thi" }, "headline", "Checker", "Checker");
    const html = await ctx.srcdoc();
    assertSafeHtml(html, "cv", "en", ["<b>x</b>"], "the real page");
    assert.deepEqual((await frameFacts(ctx.frame)).bad, []);
    const planted = {
      script: html.replace("<body>\n", "<body>\n<script>window.pwned=1</script>"),
      handler: html.replace("<h1>", '<h1 onclick="window.pwned=1">'),
      jsLink: html.replace("</main>", '<a href="javascript:window.pwned=1">x</a></main>'),
      dataLink: html.replace('href="https://github.com/an/lich-thi"', 'href="data:text/html,x"'),
      img: html.replace("</h1>", "</h1><img src=x onerror=window.pwned=1>"),
      svg: html.replace("</h1>", "</h1><svg onload=window.pwned=1></svg>"),
      refresh: html.replace("</title>", '</title><meta http-equiv="refresh" content="600;url=https://evil.example/">'),
      noCsp: html.replace(CSP_META + "\n", ""),
      twoH1: html.replace("</header>", "<h1>again</h1></header>"),
      payload: html.replace("Checker</p>", "Checker \"><b>x</b></p>"),
      bidi: html.replace("Checker</p>", "Checker \u202e</p>"),
    };
    for (const [name, bad] of Object.entries(planted)) {
      assert.notEqual(bad, html, `${name} was planted`);
      assert.throws(() => assertSafeHtml(bad, "cv", "en", ["<b>x</b>"], name), assert.AssertionError, `${name} went unnoticed`);
    }
    // The in-browser check, on the planted pages loaded in a scratch page.
    const scratch = await newPage(browser, server.url);
    for (const name of ["script", "handler", "jsLink", "dataLink", "img", "svg", "refresh"]) {
      await scratch.page.setContent(planted[name]);
      const facts = await frameFacts(scratch.page.mainFrame());
      assert.ok(facts.bad.length > 0 || facts.scripts > 0, `${name} went unnoticed in the browser: ${JSON.stringify(facts)}`);
    }
    // Without the CSP, a planted script runs, and the check of window.pwned sees it.
    // (A fresh page: a <meta> CSP set by an earlier setContent would stay in force.)
    const bare = await scratch.context.newPage();
    await bare.setContent(planted.script.replace(CSP_META, ""));
    assert.equal((await frameFacts(bare.mainFrame())).pwned, "number");
    await scratch.context.close();
    await ctx.context.close();
  });

  it("Copy HTML puts the same HTML on the clipboard and says so", async () => {
    const ctx = await toStarter("en");
    await ctx.context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: server.url });
    await fillAndSettle(ctx, { about: "Copy me." }, "headline", "Clipboard test", "Clipboard test");
    // Something else on the clipboard first, so a stale or missing copy shows.
    await ctx.page.evaluate(() => navigator.clipboard.writeText("before"));
    const status = ctx.w.locator(".actions [role=status]");
    assert.equal((await status.textContent()).trim(), "");
    await ctx.w.getByRole("button", { name: "Copy HTML", exact: true }).click();
    await ctx.page.waitForFunction(() => document.querySelector("#w").shadowRoot.querySelector(".actions [role=status]")?.textContent.trim() !== "");
    assert.equal((await status.textContent()).trim(), "Copied");
    const copied = await ctx.page.evaluate(() => navigator.clipboard.readText());
    const html = await ctx.srcdoc();
    assert.equal(copied, html, "the clipboard holds the preview's HTML");
    const file = await download(ctx, "Download HTML");
    assert.equal(copied, file.text, "the clipboard holds the downloaded HTML");
    assert.deepEqual(ctx.since(), [], "requests");
    assert.deepEqual(ctx.errors, [], "console errors");
    await ctx.context.close();
  });

  it("when the browser refuses the copy, Copy HTML does not claim \"Copied\" and leaves no unhandled error", async () => {
    // navigator.clipboard.writeText rejects with NotAllowedError when the page may not
    // write the clipboard — e.g. the widget embedded in a cross-origin iframe without
    // allow="clipboard-write" (the iframe mode), or a denied permission. Injected here.
    const ctx = await toStarter("en");
    await ctx.page.evaluate(() => {
      navigator.clipboard.writeText = () => Promise.reject(new DOMException("Write permission denied.", "NotAllowedError"));
    });
    await ctx.w.getByRole("button", { name: "Copy HTML", exact: true }).click();
    await ctx.page.waitForTimeout(1000);
    const status = (await ctx.w.locator(".actions [role=status]").textContent()).trim();
    assert.notEqual(status, "Copied", "the widget says Copied although nothing was copied");
    assert.deepEqual(ctx.errors, [], "console errors (an unhandled rejection of writeText)");
    await ctx.context.close();
  });

  it("a link the page refuses (javascript:, data:, mixed case) gets a plain-language message next to its field and stays out of the preview", async () => {
    const ctx = await toStarter("en");
    const projectUrl = field(ctx.w, "Address (https://…)");
    const linkUrl = field(ctx.w, "Address (https://… or mailto:…)");
    const problem = (control) =>
      control.evaluate((el) => {
        const root = el.getRootNode();
        const ids = (el.getAttribute("aria-describedby") ?? "").split(/\s+/).filter(Boolean);
        return {
          invalid: el.getAttribute("aria-invalid"),
          descriptions: ids.map((id) => {
            const d = root.getElementById(id);
            if (!d) return { id, missing: true };
            const r = d.getBoundingClientRect();
            return { id, text: d.textContent.trim(), visible: r.width > 0 && r.height > 0, nextToField: el.parentElement.contains(d) };
          }),
        };
      });
    const assertRefused = async (control, what) => {
      const p = await problem(control);
      assert.equal(p.invalid, "true", `${what}: aria-invalid`);
      assert.equal(p.descriptions.length, 1, `${what}: aria-describedby ${JSON.stringify(p)}`);
      const [d] = p.descriptions;
      assert.ok(!d.missing, `${what}: aria-describedby names a missing element`);
      assert.match(d.text, L.en.urlRejected, what);
      assert.ok(d.visible, `${what}: the message is visible`);
      assert.ok(d.nextToField, `${what}: the message is next to the field`);
    };
    const assertAccepted = async (control, what) => {
      const p = await problem(control);
      assert.equal(p.invalid, null, `${what}: aria-invalid`);
      assert.deepEqual(p.descriptions, [], `${what}: aria-describedby`);
    };
    await assertAccepted(projectUrl, "empty project address");

    await fillAndSettle(
      ctx,
      { projectName: "My project", projectUrl: "javascript:alert(1)", linkUrl: "JaVaScRiPt:alert(1)" },
      "headline",
      "Refused links one",
      "Refused links one",
    );
    await assertRefused(projectUrl, "project address javascript:alert(1)");
    await assertRefused(linkUrl, "link JaVaScRiPt:alert(1)");
    let html = await ctx.srcdoc();
    assert.ok(html.includes("<h3>My project</h3>"), "the project is shown, unlinked");
    assert.doesNotMatch(html, /javascript:|alert\(1\)/i, "the refused links are absent from the preview");
    assert.deepEqual(
      await ctx.frame.evaluate(() => [...document.querySelectorAll("main a")].map((a) => a.getAttribute("href"))),
      [],
      "no link in the preview's main content",
    );

    await fillAndSettle(ctx, { projectUrl: "data:text/html,<script>alert(1)</script>", linkUrl: "java\tscript:alert(1)" }, "headline", "Refused links two", "Refused links two");
    await assertRefused(projectUrl, "project address data:");
    await assertRefused(linkUrl, "link java<TAB>script:");
    html = await ctx.srcdoc();
    // (The CSP <meta> itself says "img-src data: https:"; nothing else may.)
    assert.doesNotMatch(html.replace(CSP_META, ""), /javascript:|data:|alert\(1\)/i);

    // Corrected, the message goes and the links appear: the check above is not blind.
    await fillAndSettle(ctx, { projectUrl: "https://example.com/demo", linkUrl: "https://github.com/an" }, "headline", "Accepted links", "Accepted links");
    await assertAccepted(projectUrl, "https project address");
    await assertAccepted(linkUrl, "https link");
    html = await ctx.srcdoc();
    assert.ok(html.includes('<h3><a href="https://example.com/demo">My project</a></h3>'), "the accepted project address is linked");
    assert.ok(html.includes('href="https://github.com/an"'), "the accepted link is in the page");

    // The contest's demo address has the same check.
    await useTemplate(ctx, "contest");
    const entryUrl = field(ctx.w, "Demo address (https://…)");
    await fillAndSettle(ctx, { entryUrl: "vbscript:msgbox(1)" }, "entryName", "Refused demo", "Refused demo");
    await assertRefused(entryUrl, "contest demo vbscript:");
    assert.doesNotMatch(await ctx.srcdoc(), /vbscript|msgbox/i);

    assert.deepEqual(ctx.dialogs, []);
    assert.deepEqual(ctx.since(), [], "requests");
    assert.deepEqual(ctx.errors, [], "console errors");
    await ctx.context.close();
  });
});

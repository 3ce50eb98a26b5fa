// The integrators' description of the element (dist/custom-elements.json, Custom
// Elements Manifest 2.x, and dist/vn-domain-assistant.d.ts, both written by
// tools/package.mjs from types/element.mjs) against the element as built, both ways:
//
// - attributes: the class's observedAttributes; each value the manifest lists for a
//   keyword attribute is taken without a console warning, another one is not;
// - events: those a real journey fires (a citizen from the programme choice to a
//   registrar and the page builder, against NSD + dnsdist DoH), with their detail's
//   keys and values; the recorded details must also type-check against the
//   declarations' event map (tsc, exact object literals: a missing or extra key fails);
// - parts and slots: those in the shadow DOM along that journey, of a widget whose
//   configuration is rejected, of an assisted-mode widget and of one not yet started;
// - CSS custom properties: those style/widget.css reads (`var(--vnda-…)`), and their
//   fallbacks as the manifest's defaults;
// - the module's exports and the class's own members;
// - types/usage.ts, what an integrator writes, type-checks with the pinned
//   typescript (strict), and its `@ts-expect-error` lines do not.
import { after, before, describe, it } from "node:test";
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { access, copyFile, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import ts from "typescript";
import { DIST, distReady, hostPage, launchBrowser, newPage, readyCount, serveDist } from "./harness.mjs";
import { startDoh } from "./dns.mjs";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const TSC = join(ROOT, "node_modules/typescript/bin/tsc");
const TAG = "vn-domain-assistant";

let browser;
let server;
let doh;
let manifest;
let element; // the manifest's custom element declaration
let scratch;

/** dist/ as built, with the integrators' files tools/package.mjs adds. */
async function distWithManifest() {
  await distReady();
  for (let i = 0; i < 120; i++) {
    try {
      await Promise.all(["custom-elements.json", `${TAG}.d.ts`, "package.json"].map((f) => access(join(DIST, f))));
      return;
    } catch {
      await new Promise((ok) => setTimeout(ok, 500));
    }
  }
  throw new Error("dist/ has no custom-elements.json: run `make build` (or `node tools/package.mjs dist`)");
}

before(async () => {
  await distWithManifest();
  manifest = JSON.parse(await readFile(join(DIST, "custom-elements.json"), "utf8"));
  element = manifest.modules?.flatMap((m) => m.declarations ?? []).find((d) => d.customElement && d.tagName === TAG);
  browser = await launchBrowser();
  server = await serveDist();
  doh = await startDoh({ delegated: ["annguyen"], hosted: ["nguyenvanan"], sites: { ansite: ["@ IN A 192.0.2.7", "www IN A 192.0.2.7"] } });
  scratch = await mkdtemp(join(tmpdir(), "vnda-manifest-"));
});
after(async () => {
  await browser?.close();
  await server?.close();
  await doh?.stop();
  if (scratch) await rm(scratch, { recursive: true, force: true });
});

// ---- reading the manifest's types (TypeScript syntax) with the TypeScript parser ----

/** The type node of a manifest `type.text`. */
function typeNode(text) {
  const file = ts.createSourceFile("t.ts", `type T = ${text};`, ts.ScriptTarget.Latest, true);
  return file.statements[0].type;
}

/** `string`, or the list of string literals of a union such as `"vi" | "en"`. */
function valuesOf(node) {
  if (node.kind === ts.SyntaxKind.StringKeyword) return "string";
  const members = ts.isUnionTypeNode(node) ? node.types : [node];
  return members.map((m) => {
    assert.ok(ts.isLiteralTypeNode(m) && ts.isStringLiteral(m.literal), `not a string or string literals: ${node.getText()}`);
    return m.literal.text;
  });
}

/** The fields of an event's `CustomEvent<{ … }>` type: name -> `string` or literals. */
function detailOf(event) {
  const node = typeNode(event.type.text);
  assert.ok(
    ts.isTypeReferenceNode(node) && node.typeArguments?.length === 1,
    `${event.name}: type is not CustomEvent<{…}>: ${event.type.text}`,
  );
  assert.equal(node.typeName.escapedText, "CustomEvent", event.type.text);
  const literal = node.typeArguments[0];
  assert.ok(ts.isTypeLiteralNode(literal), `${event.name}: detail is not an object type: ${event.type.text}`);
  return Object.fromEntries(literal.members.map((m) => [m.name.escapedText, valuesOf(m.type)]));
}

const accepts = (allowed, value) => (allowed === "string" ? typeof value === "string" : allowed.includes(value));

/** Runs the pinned tsc on `dir`'s tsconfig.json; resolves to { code, output }. */
async function tsc(dir) {
  try {
    const { stdout } = await promisify(execFile)(process.execPath, [TSC, "-p", dir, "--pretty", "false"]);
    return { code: 0, output: stdout };
  } catch (e) {
    return { code: e.code, output: `${e.stdout}${e.stderr}` };
  }
}

/** A tsconfig resolving "vn-domain-assistant" to dist/'s declarations. */
const tsconfig = (files) =>
  JSON.stringify({
    compilerOptions: {
      strict: true,
      noEmit: true,
      target: "ES2022",
      module: "ESNext",
      moduleResolution: "Bundler",
      lib: ["ES2022", "DOM", "DOM.Iterable"],
      types: [],
      skipLibCheck: false,
      paths: { [TAG]: [join(DIST, `${TAG}.d.ts`)] },
    },
    files,
  });

// ---- the page ----

async function openHost(body) {
  const opened = await newPage(browser, server.url, { pages: { "/t/manifest.html": hostPage(body) } });
  await opened.context.route(/^https:\/\//, (route) => route.abort());
  await opened.page.goto(server.url + "/t/manifest.html");
  return opened;
}

describe("custom-elements.json", () => {
  it("is a Custom Elements Manifest 2.x whose module defines <vn-domain-assistant> and exists in dist/", async () => {
    assert.match(manifest.schemaVersion, /^2\.\d+\.\d+$/);
    assert.ok(Array.isArray(manifest.modules) && manifest.modules.length > 0);
    for (const m of manifest.modules) {
      assert.equal(m.kind, "javascript-module");
      await access(join(DIST, m.path)); // a path in the package, as the schema asks
    }
    assert.ok(element, "a declaration with customElement: true and tagName vn-domain-assistant");
    assert.equal(element.kind, "class");
    assert.deepEqual(element.superclass, { name: "HTMLElement", package: "global:" });
    const definitions = manifest.modules.flatMap((m) => (m.exports ?? []).filter((e) => e.kind === "custom-element-definition"));
    assert.deepEqual(definitions.map((d) => [d.name, d.declaration.name]), [[TAG, element.name]]);
    // Required fields of the schema's Attribute, Event, Slot, CssPart, CssCustomProperty.
    for (const a of element.attributes) assert.ok(typeof a.name === "string" && a.type?.text && a.description, JSON.stringify(a));
    for (const e of element.events) assert.ok(typeof e.name === "string" && typeof e.type?.text === "string" && e.description, JSON.stringify(e));
    for (const s of element.slots) assert.ok(typeof s.name === "string" && s.description, JSON.stringify(s));
    for (const p of element.cssParts) assert.ok(typeof p.name === "string" && p.description, JSON.stringify(p));
    for (const p of element.cssProperties) assert.ok(p.name.startsWith("--") && p.description, JSON.stringify(p));
  });

  it("lists the element's observed attributes, its module's exports and its class's own members", async () => {
    const { page, context, errors } = await openHost("");
    const built = await page.evaluate(async (tag) => {
      const module = await import("/vn-domain-assistant.js");
      const Class = await customElements.whenDefined(tag);
      const lifecycle = ["constructor", "connectedCallback", "disconnectedCallback", "attributeChangedCallback", "adoptedCallback"];
      return {
        exports: Object.keys(module),
        observed: [...Class.observedAttributes],
        statics: Object.getOwnPropertyNames(Class).filter((n) => !["length", "name", "prototype", "observedAttributes"].includes(n)),
        methods: Object.getOwnPropertyNames(Class.prototype).filter((n) => !lifecycle.includes(n)),
      };
    }, TAG);
    assert.deepEqual(built.observed, element.attributes.map((a) => a.name), "observedAttributes vs manifest attributes");
    const jsExports = manifest.modules.flatMap((m) => (m.exports ?? []).filter((e) => e.kind === "js").map((e) => e.name));
    assert.deepEqual(built.exports.sort(), jsExports.sort(), "the module's exports vs the manifest's js exports");
    const members = element.members ?? [];
    assert.deepEqual(built.statics.sort(), members.filter((m) => m.static).map((m) => m.name).sort(), "static members");
    assert.deepEqual(built.methods.sort(), members.filter((m) => !m.static).map((m) => m.name).sort(), "instance members");
    assert.deepEqual(errors, []);
    await context.close();
  });

  it("each value it lists for a keyword attribute is taken without a warning; another value draws one", async () => {
    // lang, program and mode are read by the widget, which warns (console) about a
    // value it cannot use: `attribute <name>="<value>" ignored: expected …`.
    const keywords = element.attributes.filter((a) => ["lang", "program", "mode"].includes(a.name));
    assert.equal(keywords.length, 3);
    const cases = [];
    for (const a of keywords) {
      const values = valuesOf(typeNode(a.type.text));
      assert.ok(Array.isArray(values), `${a.name} is a keyword attribute: ${a.type.text}`);
      for (const v of values) cases.push({ name: a.name, value: v, ok: true });
      cases.push({ name: a.name, value: "zz-not-a-value", ok: false });
    }
    // Assisted mode loads its own wasm: only the mode cases carry `mode`.
    const body = cases
      .map((c, i) => `<vn-domain-assistant id="c${i}" loading="eager" ${c.name === "lang" ? "" : 'lang="en" '}${c.name}="${c.value}"></vn-domain-assistant>`)
      .join("\n");
    const opened = await newPage(browser, server.url, { pages: { "/t/values.html": hostPage(body) } });
    const warnings = [];
    opened.page.on("console", (m) => {
      if (m.type() === "warning") warnings.push(m.text());
    });
    await opened.page.goto(server.url + "/t/values.html");
    await readyCount(opened.page, cases.length);
    for (const c of cases) {
      const warning = warnings.find((w) => w.includes(`attribute ${c.name}="${c.value}" ignored`));
      assert.equal(Boolean(warning), !c.ok, `${c.name}="${c.value}": ${c.ok ? "listed in the manifest but refused" : "not refused"}\n${warnings.join("\n")}`);
      if (c.ok) continue;
      // The warning says what the widget expects ("expected vi, en or km"): the
      // manifest's values, no fewer (a value the element takes but the manifest omits).
      const expected = warning.match(/ignored: expected (.*)$/)[1].split(/,\s*|\s+or\s+/).map((v) => v.trim());
      const listed = valuesOf(typeNode(keywords.find((a) => a.name === c.name).type.text));
      assert.deepEqual(expected.sort(), [...listed].sort(), `${c.name}: what the widget expects vs the manifest\n${warning}`);
    }
    await opened.context.close();
  });

  it("lists exactly the custom properties style/widget.css reads, with their fallbacks as defaults", async () => {
    const css = await readFile(join(ROOT, "style/widget.css"), "utf8");
    const code = css.replace(/\/\*[\s\S]*?\*\//g, ""); // the header comment lists them too: read the rules
    const used = new Map(); // name -> set of fallbacks
    for (const m of code.matchAll(/var\(\s*(--vnda-[\w-]+)\s*(?:,\s*((?:[^()]|\([^()]*\))*))?\)/g)) {
      if (!used.has(m[1])) used.set(m[1], new Set());
      if (m[2] !== undefined) used.get(m[1]).add(m[2].trim().replace(/\s+/g, " "));
    }
    const listed = element.cssProperties.map((p) => p.name);
    assert.deepEqual([...used.keys()].sort(), [...listed].sort(), "var(--vnda-…) in style/widget.css vs cssProperties");
    for (const p of element.cssProperties) {
      assert.deepEqual([...used.get(p.name)], [p.default], `${p.name}: its fallbacks in widget.css vs the manifest's default`);
    }
  });
});

describe("along a journey", () => {
  const seen = { events: [], parts: new Set(), slots: new Set() };
  let journeyError;

  before(async () => {
    const body = `
<vn-domain-assistant id="w" lang="en" today="2025-06-01" doh="${doh.url}"><a href="https://example.vn/">fallback</a></vn-domain-assistant>
<vn-domain-assistant id="bad" lang="en" loading="eager"><script type="application/json">{ "nope": true }</script></vn-domain-assistant>
<vn-domain-assistant id="a" lang="en" mode="assisted" loading="eager" today="2025-06-01" doh="${doh.url}"></vn-domain-assistant>
<vn-domain-assistant id="c" lang="en" mode="check" loading="eager" doh="${doh.url}"></vn-domain-assistant>
<vn-domain-assistant id="r" lang="en" mode="roster" loading="eager" doh="${doh.url}"></vn-domain-assistant>
<div id="spacer"></div>
<vn-domain-assistant id="far" lang="en"><a href="https://example.vn/">fallback</a></vn-domain-assistant>
<style>#spacer { height: 8000px }</style>`;
    const { page, context, errors } = await openHost(body);
    const collect = async () => {
      const found = await page.evaluate(() => {
        const parts = [];
        const slots = [];
        for (const el of document.querySelectorAll("vn-domain-assistant")) {
          for (const p of el.shadowRoot.querySelectorAll("[part]")) parts.push(...p.getAttribute("part").split(/\s+/).filter(Boolean));
          for (const s of el.shadowRoot.querySelectorAll("slot")) slots.push(s.getAttribute("name") ?? "");
        }
        return { parts, slots };
      });
      for (const p of found.parts) seen.parts.add(p);
      for (const s of found.slots) seen.slots.add(s);
    };
    try {
      await collect(); // before any widget starts: the fallback's slot
      await readyCount(page, 5);
      await collect();
      const w = page.locator("#w");
      await w.getByRole("radio", { name: /id\.vn/ }).check();
      await w.getByRole("button", { name: "Continue", exact: true }).click();
      await w.getByLabel("Full name", { exact: true }).fill("Nguyễn Văn An");
      await w.getByLabel("Date of birth").fill("2005-03-15");
      await w.getByLabel("Citizen ID number").fill("084205012345");
      await w.getByLabel("E-mail").fill("an@example.com");
      await w.getByRole("checkbox").check();
      await w.getByRole("button", { name: "Check", exact: true }).click();
      await w.locator('[data-outcome="eligible"]').waitFor();
      await collect();
      await w.getByRole("button", { name: /choose a name/ }).click();
      const free = w.locator('li[data-status="likely-available"]').first();
      await free.waitFor();
      await collect();
      const domain = await free.getAttribute("data-domain");
      await free.getByRole("button").click();
      await w.getByRole("heading", { name: `Register ${domain}` }).waitFor();
      await collect();
      const tab = context.waitForEvent("page");
      await w.locator("a[data-registrar]").first().click();
      await tab;
      await w.getByRole("button", { name: "Build your page while you wait for the name (optional)" }).click();
      await w.locator("iframe.preview").waitFor();
      await collect();
      await page.waitForFunction(() => window.events.some((e) => e.name === "vnda:handoff"));
      // The go-live checks: one name (vnda:check, "your site is live" or not), a list.
      const c = page.locator("#c");
      await c.getByLabel("Domain name").fill("ansite.id.vn");
      await c.getByRole("button", { name: "Check", exact: true }).click();
      await page.waitForFunction(() => window.events.some((e) => e.name === "vnda:check"));
      await c.getByText("Your site is live!").waitFor();
      await collect();
      const r = page.locator("#r");
      await r.getByLabel("Domain names", { exact: true }).fill("ansite.id.vn\nannguyen.id.vn");
      await r.getByRole("button", { name: "Check 2 names" }).click();
      await r.locator(".totals").waitFor();
      await collect();
      seen.events = await page.evaluate(() => window.events.map(({ name, id, detail }) => ({ name, id, detail })));
      assert.deepEqual(errors, []);
    } catch (e) {
      journeyError = e;
    }
    await context.close();
  });

  const journeyDone = () => {
    if (journeyError) throw journeyError;
  };

  it("fires exactly the events the manifest lists, each detail with the manifest's keys and values", () => {
    journeyDone();
    const fired = [...new Set(seen.events.map((e) => e.name))].sort();
    assert.deepEqual(fired, element.events.map((e) => e.name).sort(), "events fired vs manifest events");
    for (const e of seen.events) {
      const fields = detailOf(element.events.find((m) => m.name === e.name));
      assert.deepEqual(Object.keys(e.detail).sort(), Object.keys(fields).sort(), `${e.name} detail keys: ${JSON.stringify(e.detail)}`);
      for (const [key, allowed] of Object.entries(fields)) {
        assert.ok(accepts(allowed, e.detail[key]), `${e.name}.detail.${key} = ${JSON.stringify(e.detail[key])}, manifest: ${JSON.stringify(allowed)}`);
      }
    }
  });

  it("each recorded detail type-checks against the declarations' event map, which has the manifest's events only", async () => {
    journeyDone();
    const names = element.events.map((e) => JSON.stringify(e.name));
    const lines = [
      `import type { VnDomainAssistantEventMap, VndaEventMap } from "${TAG}";`,
      `type Listed = ${names.join(" | ")};`,
      "// Every listed event is in the map, and the map has no other vnda:* event.",
      "const listed: Array<keyof VndaEventMap> = [" + names.join(", ") + "];",
      "const onlyListed: [Exclude<keyof VndaEventMap, Listed>] extends [never] ? true : false = true;",
      "export { listed, onlyListed };",
      ...seen.events.map(
        (e, i) => `export const e${i}: VnDomainAssistantEventMap[${JSON.stringify(e.name)}]["detail"] = ${JSON.stringify(e.detail)};`,
      ),
    ];
    const dir = await mkdtemp(join(scratch, "events-"));
    await writeFile(join(dir, "events.ts"), lines.join("\n") + "\n");
    await writeFile(join(dir, "tsconfig.json"), tsconfig(["events.ts"]));
    const { code, output } = await tsc(dir);
    assert.equal(code, 0, `tsc:\n${output}\n${lines.join("\n")}`);
  });

  it("shows exactly the parts the manifest lists", () => {
    journeyDone();
    assert.deepEqual([...seen.parts].sort(), element.cssParts.map((p) => p.name).sort(), "part= in the shadow DOM vs cssParts");
  });

  it("has exactly the slots the manifest lists", () => {
    journeyDone();
    assert.deepEqual([...seen.slots].sort(), element.slots.map((s) => s.name).sort(), "<slot> in the shadow DOM vs slots");
  });
});

describe("vn-domain-assistant.d.ts", () => {
  it("types an integrator's usage (types/usage.ts) strictly, and refuses its @ts-expect-error lines", async () => {
    const dir = await mkdtemp(join(scratch, "usage-"));
    await copyFile(join(ROOT, "types/usage.ts"), join(dir, "usage.ts"));
    await writeFile(join(dir, "tsconfig.json"), tsconfig(["usage.ts"]));
    const { code, output } = await tsc(dir);
    assert.equal(code, 0, `tsc:\n${output}`);
  });
});

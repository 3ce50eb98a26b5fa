// The npm package as an integrator gets it: `npm pack` of dist/ (its package.json is
// written by tools/package.mjs), the tarball installed offline into a scratch
// project, types/usage.ts type-checked against the installed declarations with the
// pinned tsc, and the element loaded in Chromium from the installed files alone
// (every language and mode, the module pinned by the installed SRI.txt, and the
// iframe mode), so nothing the element loads is missing from the package.
import { after, before, describe, it } from "node:test";
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { access, copyFile, cp, mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { startServer } from "../../tools/serve.mjs";
import { DIST, distReady, launchBrowser, newPage } from "./harness.mjs";

const run = promisify(execFile);
const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const TSC = join(ROOT, "node_modules/typescript/bin/tsc");
const NAME = "vn-domain-assistant";

let scratch; // temp folder: the packed copy, the tarball, npm's cache, the project
let packed; // npm pack --json's report
let installed; // the installed package's folder
let pkg; // its package.json
let browser;

/** dist/ as built, with the integrators' files tools/package.mjs adds. */
async function distWithPackage() {
  await distReady();
  for (let i = 0; i < 120; i++) {
    try {
      await Promise.all(["custom-elements.json", `${NAME}.d.ts`, "package.json"].map((f) => access(join(DIST, f))));
      return;
    } catch {
      await new Promise((ok) => setTimeout(ok, 500));
    }
  }
  throw new Error("dist/ has no package.json: run `make build` (or `node tools/package.mjs dist`)");
}

/** npm, offline, with a cache of its own (nothing read from or written to the user's). */
const npm = (args, cwd) =>
  run("npm", [...args, "--offline", "--no-audit", "--no-fund", "--cache", join(scratch, "npm-cache")], {
    cwd,
    env: { ...process.env, npm_config_update_notifier: "false" },
  });

before(async () => {
  await distWithPackage();
  scratch = await mkdtemp(join(tmpdir(), "vnda-package-"));
  // A copy: dist/ may be rebuilt by someone else while npm reads it.
  const copy = join(scratch, "dist");
  await cp(DIST, copy, { recursive: true });
  const { stdout } = await npm(["pack", copy, "--pack-destination", scratch, "--json"], scratch);
  [packed] = JSON.parse(stdout);
  const project = join(scratch, "project");
  await mkdir(project);
  await writeFile(join(project, "package.json"), JSON.stringify({ name: "scratch", private: true, type: "module" }));
  await npm(["install", join(scratch, packed.filename)], project);
  installed = join(project, "node_modules", NAME);
  pkg = JSON.parse(await readFile(join(installed, "package.json"), "utf8"));
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  if (scratch) await rm(scratch, { recursive: true, force: true });
});

describe("the npm package", () => {
  it("packs what the element loads, SRI.txt, the iframe mode, the manifest and the declarations, and not the demo", async () => {
    const files = packed.files.map((f) => f.path).sort();
    const sri = await readFile(join(installed, "SRI.txt"), "utf8");
    const loaded = sri.trim().split("\n").map((l) => l.split("  ")[1]);
    assert.ok(loaded.length >= 9, sri);
    for (const f of [...loaded, "SRI.txt", "custom-elements.json", `${NAME}.d.ts`, "package.json", "embed.html", "embed.js", "embed.css"]) {
      assert.ok(files.includes(f), `${f} is not in the tarball: ${files.join(", ")}`);
    }
    for (const f of ["index.html", "demo.js", "demo.css"]) assert.ok(!files.includes(f), `the demo's ${f} is in the tarball`);
    assert.deepEqual(files, [...pkg.files, "package.json"].sort(), "the tarball holds exactly package.json's files");
  });

  it("has a package.json an integrator's tools read: name, version, ESM, exports, types, customElements", async () => {
    const cargo = await readFile(join(ROOT, "Cargo.toml"), "utf8");
    assert.equal(pkg.name, NAME);
    assert.equal(pkg.version, cargo.match(/^version\s*=\s*"([^"]+)"/m)[1], "the crate's version");
    assert.equal(pkg.type, "module");
    assert.deepEqual(Object.keys(pkg.dependencies ?? {}), [], "no dependencies: installs offline");
    const main = pkg.exports["."];
    assert.equal(main.default, `./${NAME}.js`);
    assert.equal(main.types, pkg.types);
    for (const f of [main.default, main.types, pkg.types, pkg.customElements]) await access(join(installed, f));
    const manifest = JSON.parse(await readFile(join(installed, pkg.customElements), "utf8"));
    assert.match(manifest.schemaVersion, /^2\./);
    const element = manifest.modules.flatMap((m) => m.declarations).find((d) => d.customElement);
    assert.equal(element.tagName, NAME);
    for (const m of manifest.modules) await access(join(installed, m.path));
  });

  for (const resolution of ["Bundler", "NodeNext"]) {
    it(`types an integrator's usage against the installed declarations (tsc, moduleResolution ${resolution})`, async () => {
      const project = join(scratch, "project");
      await copyFile(join(ROOT, "types/usage.ts"), join(project, "usage.ts"));
      const module = resolution === "Bundler" ? "ESNext" : "NodeNext";
      const config = `tsconfig.${resolution}.json`;
      await writeFile(
        join(project, config),
        JSON.stringify({
          compilerOptions: {
            strict: true, noEmit: true, target: "ES2022", module, moduleResolution: resolution,
            lib: ["ES2022", "DOM", "DOM.Iterable"], types: [], skipLibCheck: false,
          },
          files: ["usage.ts"],
        }),
      );
      try {
        await run(process.execPath, [TSC, "-p", join(project, config), "--pretty", "false"]);
      } catch (e) {
        assert.fail(`tsc:\n${e.stdout}${e.stderr}`);
      }
    });
  }

  it("starts in Chromium from the installed files alone: every language and mode, the module pinned by SRI.txt, and the iframe mode", async () => {
    const sri = await readFile(join(installed, "SRI.txt"), "utf8");
    const integrity = sri.split("\n").find((l) => l.endsWith(`  ${NAME}.js`)).split("  ")[0];
    // A widget of each language and mode the installed manifest lists (unset: the
    // visitor's journey): between them they must load every packaged wasm.
    const manifest = JSON.parse(await readFile(join(installed, pkg.customElements), "utf8"));
    const attribute = (name) =>
      manifest.modules.flatMap((m) => m.declarations).find((d) => d.customElement).attributes.find((a) => a.name === name);
    const literals = (name) => [...attribute(name).type.text.matchAll(/"([^"]+)"/g)].map((m) => m[1]);
    const widgets = literals("lang").flatMap((lang) =>
      [null, ...literals("mode")].map(
        (mode) => `<vn-domain-assistant lang="${lang}"${mode ? ` mode="${mode}"` : ""} loading="eager"></vn-domain-assistant>`,
      ),
    );
    const host = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>package host</title>
<script>
  window.ready = [];
  document.addEventListener("vnda:ready", (e) => window.ready.push(e.detail));
</script></head><body>${widgets.join("\n")}
<script type="module" src="/${NAME}.js" integrity="${integrity}" crossorigin="anonymous"></script></body></html>`;
    // (Chromium asks for /favicon.ico: answered, so a 404 seen is the package's.)
    const server = await startServer({ root: installed, pages: { "/host.html": host, "/favicon.ico": "" } });
    const { page, context, errors } = await newPage(browser, server.url);
    const failed = [];
    page.on("response", (r) => {
      if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`);
    });
    page.on("requestfailed", (r) => failed.push(`${r.failure()?.errorText} ${r.url()}`));
    const wasm = [];
    page.on("response", (r) => {
      if (r.url().endsWith(".wasm") && r.ok()) wasm.push(new URL(r.url()).pathname.slice(1));
    });
    try {
      await page.goto(server.url + "/host.html");
      await page.waitForFunction((n) => window.ready.length >= n, widgets.length, { timeout: 30000 });
      const ready = await page.evaluate(() => window.ready);
      assert.deepEqual(ready.map((d) => d.version), widgets.map(() => pkg.version), "vnda:ready's version is the package's");
      const listed = sri.trim().split("\n").map((l) => l.split("  ")[1]).filter((f) => f.endsWith(".wasm"));
      assert.deepEqual(wasm.sort(), listed.sort(), "each packaged wasm is loaded once by the manifest's languages and modes, from the package");
      // Iframe mode, from the package too.
      await page.goto(server.url + "/embed.html?lang=en&program=id");
      await page.waitForFunction(() => document.querySelector("vn-domain-assistant")?.shadowRoot?.querySelector('[part="panel"]'));
      assert.deepEqual(failed, []);
      assert.deepEqual(errors, []);
    } finally {
      await context.close();
      await server.close();
    }
  });
});

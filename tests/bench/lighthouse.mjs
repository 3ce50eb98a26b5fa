// Lighthouse (npm `lighthouse`, pinned in package.json) on the demo page, its
// default mobile preset (Moto G Power emulation, simulated slow 4G and CPU × 4),
// with Debian's Chromium: the performance, accessibility and best-practices
// scores and the main metrics. dist/ is served the way a static host serves it.
import { execFile } from "node:child_process";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { startSite } from "./common.mjs";

const run = promisify(execFile);
const LIGHTHOUSE = fileURLToPath(new URL("../../node_modules/.bin/lighthouse", import.meta.url));

export async function measureLighthouse() {
  const site = await startSite();
  const dir = await mkdtemp(join(tmpdir(), "vnda-lh-"));
  try {
    const out = join(dir, "report.json");
    await run(
      LIGHTHOUSE,
      [
        `${site.url}/index.html`,
        "--quiet",
        "--output=json",
        `--output-path=${out}`,
        "--only-categories=performance,accessibility,best-practices",
        "--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync",
      ],
      { env: { ...process.env, CHROME_PATH: process.env.CHROMIUM ?? "/usr/bin/chromium" }, timeout: 240000, maxBuffer: 1 << 24 },
    );
    const report = JSON.parse(await readFile(out, "utf8"));
    const score = (c) => Math.round(report.categories[c].score * 100);
    const metric = (a) => report.audits[a].displayValue;
    return {
      version: report.lighthouseVersion,
      performance: score("performance"),
      accessibility: score("accessibility"),
      bestPractices: score("best-practices"),
      fcp: metric("first-contentful-paint"),
      lcp: metric("largest-contentful-paint"),
      tbt: metric("total-blocking-time"),
      cls: metric("cumulative-layout-shift"),
      si: metric("speed-index"),
    };
  } finally {
    await site.close();
    await rm(dir, { recursive: true, force: true });
  }
}

// Shared by the browser benchmarks: a site serving dist/ the way a static host
// does (cacheable), host pages from memory on the same origin without Playwright's
// request routing (routing disables the browser's HTTP cache), the machine the
// figures come from, and small statistics.
import { readFile } from "node:fs/promises";
import { cpus, loadavg, totalmem } from "node:os";
import { resolve } from "node:path";
import { startServer } from "../../tools/serve.mjs";
import { DIST as BUILT } from "../e2e/harness.mjs";
import { dnsParam } from "../e2e/late-doh.mjs";

/** This tree's dist/, or another build to compare with (BENCH_DIST=path). */
export const DIST = process.env.BENCH_DIST ? resolve(process.env.BENCH_DIST) : BUILT;

/**
 * Serves `pages` (path → HTML, `no-store`) and every other path from dist/ with
 * `cache-control: public, max-age=600`, as a versioned static folder would be.
 * Resolves to { url, close() }.
 */
export const startSite = (pages = {}) =>
  startServer({ root: DIST, pages, headers: () => ({ "cache-control": "public, max-age=600" }) });

/** The value at quantile `q` (0..1) of `xs`, nearest rank. */
export function quantile(xs, q) {
  if (xs.length === 0) throw new Error("quantile of no values");
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))];
}
export const median = (xs) => quantile(xs, 0.5);

/** One line about the machine: CPU, cores, memory, load, OS, Node, Chromium, date. */
export async function machine(browserVersion) {
  const cpu = cpus()[0]?.model?.trim() ?? "unknown CPU";
  let os = process.platform;
  try {
    os = (await readFile("/etc/os-release", "utf8")).match(/^PRETTY_NAME="?([^"\n]*)"?$/m)?.[1] ?? os;
  } catch {}
  const load = loadavg()
    .map((l) => l.toFixed(1))
    .join(" ");
  return (
    `${cpu}, ${cpus().length} cores, ${Math.round(totalmem() / 2 ** 30)} GiB, load ${load} at start; ` +
    `${os}; Node ${process.version}; Chromium ${browserVersion}; ${new Date().toISOString().slice(0, 16).replace("T", " ")} UTC`
  );
}

/**
 * `runs` single DoH GETs from `page` (fetch, the widget's headers) to `dohUrl`, one
 * after the other, each for a name nobody asked, after one to warm the connection:
 * their times in ms.
 */
export async function roundTrips(page, dohUrl, runs) {
  const probes = Array.from({ length: runs + 1 }, (_, i) => `${dohUrl}?dns=${dnsParam(`rtt-probe-${Date.now()}-${i}.id.vn`)}`);
  return page.evaluate(async (probes) => {
    const times = [];
    for (const u of probes) {
      const t = performance.now();
      const r = await fetch(u, { headers: { accept: "application/dns-message" }, referrerPolicy: "no-referrer" });
      if (!r.ok || (await r.arrayBuffer()).byteLength < 12) throw new Error(`probe: HTTP ${r.status}`);
      times.push(performance.now() - t);
    }
    return times.slice(1);
  }, probes);
}

// Shared by the browser benchmarks: a site serving dist/ the way a static host
// does (cacheable), host pages from memory on the same origin without Playwright's
// request routing (routing disables the browser's HTTP cache), the machine the
// figures come from, and small statistics.
import { createServer } from "node:http";
import { readFile } from "node:fs/promises";
import { cpus, loadavg, totalmem } from "node:os";
import { extname, join, normalize, resolve, sep } from "node:path";
import { DIST as BUILT } from "../e2e/harness.mjs";

/** This tree's dist/, or another build to compare with (BENCH_DIST=path). */
export const DIST = process.env.BENCH_DIST ? resolve(process.env.BENCH_DIST) : BUILT;

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".wasm": "application/wasm",
};

/**
 * Serves `pages` (path → HTML, `no-store`) and every other path from dist/ with
 * `cache-control: public, max-age=600`, as a versioned static folder would be.
 * Resolves to { url, close() }.
 */
export async function startSite(pages = {}) {
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, "http://x").pathname);
    if (pages[path]) {
      res.writeHead(200, { "content-type": TYPES[".html"], "cache-control": "no-store" }).end(pages[path]);
      return;
    }
    const file = normalize(join(DIST, path));
    if (!file.startsWith(DIST + sep)) {
      res.writeHead(403).end();
      return;
    }
    try {
      const body = await readFile(file);
      res
        .writeHead(200, {
          "content-type": TYPES[extname(file)] ?? "application/octet-stream",
          "cache-control": "public, max-age=600",
        })
        .end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise((ok) => server.listen(0, "127.0.0.1", ok));
  return {
    url: `http://127.0.0.1:${server.address().port}`,
    close: () =>
      new Promise((ok) => {
        server.closeAllConnections?.();
        server.close(() => ok());
      }),
  };
}

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

// A DoH resolver that answers every question a fixed time late (make bench, and
// the names suite's parallelism check): an HTTP/2 (TLS, self-signed for 127.0.0.1)
// proxy in front of dnsdist's plain-HTTP DoH (dns.mjs). HTTP/2, as Cloudflare's
// and Google's resolvers speak it, so the browser's six-connections-per-host limit
// of HTTP/1.1 does not cap how many look-ups are in flight: only the widget does.
// Browser contexts using it need `ignoreHTTPSErrors: true`.
//
// Each question is passed on to dnsdist at once and its answer (with dnsdist's
// headers, plus CORS) sent back `delayMs` after the question arrived, however long
// dnsdist took (a few ms; it answers within the delay), so every round trip is the
// same. It records when each request arrived, what it asked, and the most
// requests it held at once.
import { execFile } from "node:child_process";
import { createSecureServer } from "node:http2";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";

const sleep = (ms) => new Promise((ok) => setTimeout(ok, ms));

/** The name a DoH GET asks (`?dns=` base64url, RFC 1035 question), or null. */
export function askedName(url) {
  const dns = new URL(url, "https://x").searchParams.get("dns");
  if (!dns) return null;
  const msg = Buffer.from(dns, "base64url");
  const labels = [];
  for (let off = 12; off < msg.length && msg[off] !== 0; off += 1 + msg[off]) {
    labels.push(msg.subarray(off + 1, off + 1 + msg[off]).toString("latin1"));
  }
  return labels.join(".");
}

/** `?dns=` value for an NS question about `name`, ID 0, RD set (as the widget asks). */
export function dnsParam(name) {
  const labels = name.split(".").map((l) => Buffer.concat([Buffer.from([l.length]), Buffer.from(l, "latin1")]));
  const head = Buffer.from("000001000001000000000000", "hex");
  return Buffer.concat([head, ...labels, Buffer.from("0000020001", "hex")]).toString("base64url");
}

/**
 * Starts the proxy in front of `upstream`. Resolves to { url, stats, reset(), close() }:
 * `stats.requests` = [{ at (ms, performance.now of this process), name, protocol }],
 * `stats.peak` = the most requests held at once since the last reset().
 */
export async function startDelayProxy(upstream, delayMs) {
  const dir = await mkdtemp(join(tmpdir(), "vnda-bench-tls-"));
  const [keyFile, certFile] = [join(dir, "key.pem"), join(dir, "cert.pem")];
  // prettier-ignore
  await promisify(execFile)("openssl", [
    "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes",
    "-keyout", keyFile, "-out", certFile, "-days", "1",
    "-subj", "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1",
  ]);
  const stats = { requests: [], peak: 0, inFlight: 0 };
  const server = createSecureServer(
    { key: await readFile(keyFile), cert: await readFile(certFile), allowHTTP1: true },
    async (req, res) => {
      stats.requests.push({ at: performance.now(), name: askedName(req.url), protocol: req.httpVersion });
      stats.inFlight++;
      stats.peak = Math.max(stats.peak, stats.inFlight);
      const arrived = performance.now();
      try {
        const query = new URL(req.url, "https://x").search;
        const r = await fetch(upstream + query, { headers: { accept: "application/dns-message" } });
        const body = Buffer.from(await r.arrayBuffer());
        await sleep(arrived + delayMs - performance.now());
        const headers = { "access-control-allow-origin": "*", "content-type": r.headers.get("content-type") ?? "" };
        const cacheControl = r.headers.get("cache-control");
        if (cacheControl) headers["cache-control"] = cacheControl;
        if (!res.closed && !res.destroyed) res.writeHead(r.status, headers).end(body);
      } catch {
        if (!res.closed && !res.destroyed) res.writeHead(502, { "access-control-allow-origin": "*" }).end();
      } finally {
        stats.inFlight--;
      }
    },
  );
  const sockets = new Set();
  server.on("secureConnection", (s) => {
    sockets.add(s);
    s.on("close", () => sockets.delete(s));
  });
  await new Promise((ok) => server.listen(0, "127.0.0.1", ok));
  return {
    url: `https://127.0.0.1:${server.address().port}/dns-query`,
    delayMs,
    stats,
    reset() {
      stats.requests.length = 0;
      stats.peak = stats.inFlight;
    },
    async close() {
      for (const s of sockets) s.destroy();
      await new Promise((ok) => server.close(() => ok()));
      await rm(dir, { recursive: true, force: true });
    },
  };
}

// A small static file server for dist/ on 127.0.0.1 (`make serve`, and the e2e
// tests, which import startServer). Serves .wasm as application/wasm so
// WebAssembly.instantiateStreaming works, sends no-cache so a rebuild shows, and,
// as a static host with nginx's brotli_static/gzip_static would, sends a file's
// precompressed copy (`.br`, else `.gz`, made by tools/dist.py) when the browser
// accepts that encoding.
import { createServer } from "node:http";
import { readFile, stat } from "node:fs/promises";
import { extname, join, normalize, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";

const ENCODINGS = [["br", ".br"], ["gzip", ".gz"]];

/** The body to send for `file`, and its content-encoding (null: as is). */
async function negotiate(file, acceptEncoding = "") {
  const accepted = new Set(acceptEncoding.split(",").map((e) => e.split(";")[0].trim()));
  for (const [encoding, suffix] of ENCODINGS) {
    if (!accepted.has(encoding)) continue;
    try {
      return { body: await readFile(file + suffix), encoding };
    } catch {
      // no precompressed copy of this file
    }
  }
  return { body: await readFile(file), encoding: null };
}

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".wasm": "application/wasm",
  ".json": "application/json; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
};

/**
 * Serves `root` on 127.0.0.1:`port` (0 = any free port). `headers(path)` may add
 * response headers per file (tests use it for CSP and caching); `pages` maps paths
 * to HTML served from memory, never cached (the benchmarks' host pages), or to
 * `{ body, type: ".js", headers }` for another type or extra headers. Resolves
 * to { server, url, close() }.
 */
export function startServer({ root, port = 0, headers = () => ({}), pages = {} }) {
  const base = resolve(root);
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, "http://x").pathname);
    if (Object.hasOwn(pages, path)) {
      const page = typeof pages[path] === "string" ? { body: pages[path] } : pages[path];
      const type = TYPES[page.type ?? ".html"];
      res.writeHead(200, { "content-type": type, "cache-control": "no-store", ...page.headers }).end(page.body);
      return;
    }
    let file = normalize(join(base, path));
    if (file !== base && !file.startsWith(base + sep)) {
      res.writeHead(403).end();
      return;
    }
    try {
      if ((await stat(file)).isDirectory()) file = join(file, "index.html");
      const { body, encoding } = await negotiate(file, req.headers["accept-encoding"]);
      res.writeHead(200, {
        "content-type": TYPES[extname(file)] ?? "application/octet-stream",
        "cache-control": "no-cache",
        vary: "accept-encoding",
        ...(encoding && { "content-encoding": encoding }),
        ...headers(path),
      });
      res.end(req.method === "HEAD" ? undefined : body);
    } catch {
      res.writeHead(404, { "content-type": "text/plain; charset=utf-8" }).end("not found\n");
    }
  });
  return new Promise((ok, fail) => {
    server.once("error", fail);
    server.listen(port, "127.0.0.1", () => {
      const url = `http://127.0.0.1:${server.address().port}`;
      // Open keep-alive connections would hold close() up until they time out.
      const close = () =>
        new Promise((done) => {
          server.close(done);
          server.closeAllConnections();
        });
      ok({ server, url, close });
    });
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [root = "dist", port = "8080"] = process.argv.slice(2);
  const { url } = await startServer({ root, port: Number(port) });
  console.log(`Serving ${root}/ — open ${url}/ (demo) or ${url}/embed.html (iframe mode). Ctrl+C stops.`);
}

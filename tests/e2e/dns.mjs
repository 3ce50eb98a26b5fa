// A real DNS-over-HTTPS service on loopback for the names suites: NSD serves a
// fixture `id.vn` zone, dnsdist answers RFC 8484 GETs over plain HTTP with a CORS
// header in front of it. Both are started here and stopped by their process ids.
import { spawn } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** A port that was free a moment ago (TCP and, by convention here, UDP). */
export function freePort() {
  return new Promise((ok, fail) => {
    const s = createServer();
    s.once("error", fail);
    s.listen(0, "127.0.0.1", () => {
      const { port } = s.address();
      s.close(() => ok(port));
    });
  });
}

const SOA = "@ IN SOA ns1.test. hostmaster.test. 2026112401 3600 600 86400 60";
const DELEGATION = (label) => [`${label} IN NS ns1.example-host.vn.`, `${label} IN NS ns2.example-host.vn.`];

/**
 * The fixture zone: `delegated` names get NS records (a referral, as real id.vn
 * names do), `hosted` names only an A record, `sites` names are delegated to a zone
 * of their own that NSD also serves (so their A, AAAA, CNAME, MX and TXT records
 * answer as a recursive resolver's would); everything else is NXDOMAIN.
 */
export function zoneText({ delegated = [], hosted = [], sites = {} }) {
  const lines = [
    "$ORIGIN id.vn.",
    "$TTL 300",
    SOA,
    "@ IN NS ns1.test.",
    ...[...delegated, ...Object.keys(sites)].flatMap(DELEGATION),
    ...hosted.map((label) => `${label} IN A 192.0.2.10`),
  ];
  return lines.join("\n") + "\n";
}

/** The zone of a `sites` name: its records, relative to it (e.g. `www IN CNAME x.github.io.`). */
function siteZoneText(label, records) {
  return [`$ORIGIN ${label}.id.vn.`, "$TTL 300", SOA, ...DELEGATION("@"), ...records].join("\n") + "\n";
}

function waitForExit(child, ms) {
  return new Promise((ok) => {
    if (child.exitCode !== null || child.signalCode !== null) return ok();
    const t = setTimeout(ok, ms);
    child.once("exit", () => {
      clearTimeout(t);
      ok();
    });
  });
}

/** Stops `child` by its pid: SIGTERM, then SIGKILL after 3 s. */
export async function stopProcess(child) {
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  process.kill(child.pid, "SIGTERM");
  await waitForExit(child, 3000);
  if (child.exitCode === null && child.signalCode === null) process.kill(child.pid, "SIGKILL");
}

/** Polls the DoH endpoint until it answers a query (or throws after `ms`). */
async function waitForDoh(url, ms = 10000) {
  // A query for id.vn SOA, ID 0, RD set.
  const q = Buffer.from("000001000001000000000000" + "026964" + "02766e" + "00" + "0006" + "0001", "hex");
  const dns = q.toString("base64url");
  const deadline = Date.now() + ms;
  let last;
  while (Date.now() < deadline) {
    try {
      const r = await fetch(`${url}?dns=${dns}`, { headers: { accept: "application/dns-message" } });
      if (r.ok && (await r.arrayBuffer()).byteLength > 12) return;
      last = `HTTP ${r.status}`;
    } catch (e) {
      last = e.message;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`DoH server at ${url} did not come up: ${last}`);
}

/**
 * Starts NSD + dnsdist. Resolves to { url, stop() }; `url` is the RFC 8484 endpoint
 * (http://127.0.0.1:PORT/dns-query).
 */
export async function startDoh(zone) {
  const dir = await mkdtemp(join(tmpdir(), "vnda-dns-"));
  const [nsdPort, dohPort] = [await freePort(), await freePort()];
  await writeFile(join(dir, "id.vn.zone"), zoneText(zone));
  const sites = Object.entries(zone.sites ?? {});
  for (const [label, records] of sites) {
    await writeFile(join(dir, `${label}.id.vn.zone`), siteZoneText(label, records));
  }
  const siteZones = sites.map(([label]) => `zone:\n  name: ${label}.id.vn\n  zonefile: ${label}.id.vn.zone\n`).join("");
  // Names (and their subdomains) whose every question dnsdist answers SERVFAIL.
  const servfail = (zone.servfail ?? [])
    .map((label) => `addAction(makeRule("${label}.id.vn."), RCodeAction(DNSRCode.SERVFAIL))\n`)
    .join("");
  await writeFile(
    join(dir, "nsd.conf"),
    `server:
  ip-address: 127.0.0.1@${nsdPort}
  do-ip6: no
  zonesdir: "${dir}"
  pidfile: "${dir}/nsd.pid"
  database: ""
  zonelistfile: "${dir}/zone.list"
  xfrdfile: "${dir}/xfrd.state"
  xfrdir: "${dir}"
  logfile: "${dir}/nsd.log"
  username: ""
  chroot: ""
  server-count: 1
  verbosity: 1
remote-control:
  control-enable: no
zone:
  name: id.vn
  zonefile: id.vn.zone
${siteZones}`,
  );
  await writeFile(
    join(dir, "dnsdist.conf"),
    `setSecurityPollSuffix("")
newServer({address="127.0.0.1:${nsdPort}", healthCheckMode="up"})
addDOHLocal("127.0.0.1:${dohPort}", nil, nil, {"/dns-query"}, {customResponseHeaders={["access-control-allow-origin"]="*"}})
${servfail}`,
  );
  const log = [];
  const keep = (child, name) => {
    child.stdout.on("data", (d) => log.push(`${name}: ${d}`));
    child.stderr.on("data", (d) => log.push(`${name}: ${d}`));
    return child;
  };
  const nsd = keep(spawn("/usr/sbin/nsd", ["-d", "-c", join(dir, "nsd.conf")]), "nsd");
  const dnsdist = keep(
    spawn("dnsdist", ["--supervised", "--disable-syslog", "-C", join(dir, "dnsdist.conf")]),
    "dnsdist",
  );
  const url = `http://127.0.0.1:${dohPort}/dns-query`;
  const stop = async () => {
    await stopProcess(dnsdist);
    await stopProcess(nsd);
    await rm(dir, { recursive: true, force: true });
  };
  try {
    await waitForDoh(url);
  } catch (e) {
    await stop();
    throw new Error(`${e.message}\n${log.join("")}`);
  }
  return { url, stop };
}

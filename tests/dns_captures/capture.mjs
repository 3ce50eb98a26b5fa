// Writes the wire answers that tests/dns_captures.rs reads: the repo's real NSD +
// dnsdist stack (as tests/e2e/dns.mjs starts it) serving a fixture `id.vn` zone with
// A, AAAA, CNAME, MX, TXT records, a delegation and nothing else, asked the questions
// a check asks (`dns::query_for`: ID 0, RD and CD, one question) over DoH.
// Run from the repository root: node tests/dns_captures/capture.mjs
// The files are committed; running it again rewrites them (the SOA serial is fixed).
import { spawn } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { freePort } from "../e2e/dns.mjs";

const ZONE = `$ORIGIN id.vn.
$TTL 300
@ IN SOA ns1.test. hostmaster.test. 2026120301 3600 600 86400 60
@ IN NS ns1.test.
ghpages IN A 185.199.108.153
ghpages IN A 185.199.109.153
ghpages IN A 185.199.110.153
ghpages IN A 185.199.111.153
ghpages IN AAAA 2606:50c0:8000::153
ghpages IN AAAA 2606:50c0:8001::153
ghpages IN AAAA 2606:50c0:8002::153
ghpages IN AAAA 2606:50c0:8003::153
www.ghpages IN CNAME annguyen.github.io.
www.chain IN CNAME web.chain.id.vn.
web.chain IN A 192.0.2.10
mail IN MX 1 smtp.google.com.
mail IN MX 10 mx2.mail.id.vn.
mail IN TXT "v=spf1 include:_spf.google.com ~all"
mail IN TXT "google-site-verification=" "abc123" "Vi\\225\\187\\135t"
delegated IN NS ns1.example-host.vn.
delegated IN NS ns2.example-host.vn.
`;

// [file, name, type]
const QUESTIONS = [
  ["ghpages-a", "ghpages.id.vn", 1],
  ["ghpages-aaaa", "ghpages.id.vn", 28],
  ["ghpages-mx-nodata", "ghpages.id.vn", 15],
  ["www-ghpages-a-cname", "www.ghpages.id.vn", 1],
  ["www-chain-a", "www.chain.id.vn", 1],
  ["mail-mx", "mail.id.vn", 15],
  ["mail-txt", "mail.id.vn", 16],
  ["delegated-ns-referral", "delegated.id.vn", 2],
  ["delegated-a-referral", "delegated.id.vn", 1],
  ["nothing-ns-nxdomain", "nothing.id.vn", 2],
  ["zone-ns", "id.vn", 2],
  ["other-zone-a-refused", "example.com", 1],
];

function query(name, qtype) {
  const parts = [Buffer.from([0, 0, 0x01, 0x10, 0, 1, 0, 0, 0, 0, 0, 0])];
  for (const label of name.split(".")) parts.push(Buffer.from([label.length]), Buffer.from(label));
  parts.push(Buffer.from([0, qtype >> 8, qtype & 255, 0, 1]));
  return Buffer.concat(parts);
}

const dir = await mkdtemp(join(tmpdir(), "vnda-capture-"));
const [nsdPort, dohPort] = [await freePort(), await freePort()];
await writeFile(join(dir, "id.vn.zone"), ZONE);
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
remote-control:
  control-enable: no
zone:
  name: id.vn
  zonefile: id.vn.zone
`,
);
await writeFile(
  join(dir, "dnsdist.conf"),
  `setSecurityPollSuffix("")
newServer({address="127.0.0.1:${nsdPort}", healthCheckMode="up"})
addDOHLocal("127.0.0.1:${dohPort}", nil, nil, {"/dns-query"})
`,
);
const nsd = spawn("/usr/sbin/nsd", ["-d", "-c", join(dir, "nsd.conf")], { stdio: "inherit" });
const dnsdist = spawn("dnsdist", ["--supervised", "--disable-syslog", "-C", join(dir, "dnsdist.conf")], {
  stdio: ["ignore", "ignore", "inherit"],
});
const url = `http://127.0.0.1:${dohPort}/dns-query`;
try {
  for (const [file, name, qtype] of QUESTIONS) {
    let bytes;
    for (let tries = 0; ; tries++) {
      try {
        const r = await fetch(`${url}?dns=${query(name, qtype).toString("base64url")}`);
        bytes = Buffer.from(await r.arrayBuffer());
        if (r.ok && bytes.length > 12) break;
      } catch (e) {
        if (tries > 100) throw e;
      }
      await new Promise((ok) => setTimeout(ok, 100));
    }
    await writeFile(new URL(`${file}.bin`, import.meta.url), bytes);
    console.log(file, bytes.toString("hex"));
  }
} finally {
  process.kill(dnsdist.pid, "SIGTERM");
  process.kill(nsd.pid, "SIGTERM");
  await rm(dir, { recursive: true, force: true });
}

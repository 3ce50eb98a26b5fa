// Just enough PDF reading for the print tests: the pages of a PDF that Chromium's
// `page.pdf()` wrote (Skia: plain objects, no object streams, Flate-compressed
// content, Type0 fonts with ToUnicode maps) and the text drawn on each, in drawing
// order, one line per text object. Not a general PDF parser.
import { inflateSync } from "node:zlib";

/** Each object of the file: its number, dictionary text and (inflated) stream. */
function objects(buffer) {
  const text = buffer.toString("latin1");
  const found = new Map();
  const start = /(\d+) 0 obj\b/g;
  let m;
  while ((m = start.exec(text))) {
    const end = text.indexOf("endobj", start.lastIndex);
    const body = text.slice(start.lastIndex, end);
    const at = body.search(/\bstream\r?\n/);
    let dict = body;
    let stream = null;
    if (at >= 0) {
      dict = body.slice(0, at);
      const length = Number(/\/Length (\d+)/.exec(dict)?.[1]);
      const from = start.lastIndex + at + /\bstream\r?\n/.exec(body.slice(at))[0].length;
      const raw = buffer.subarray(from, from + length);
      stream = /\/FlateDecode/.test(dict) ? inflateSync(raw) : raw;
    }
    found.set(Number(m[1]), { dict, stream });
    start.lastIndex = end;
  }
  return found;
}

const hexes = (s) => [...s.matchAll(/<([0-9A-Fa-f]+)>/g)].map((h) => h[1]);
const utf16 = (hex) => String.fromCharCode(...(hex.match(/.{4}/g) ?? []).map((u) => parseInt(u, 16)));

/** A ToUnicode CMap: code (hex, upper case) → text. */
function cmap(source) {
  const map = new Map();
  for (const block of source.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
    for (const line of block[1].trim().split(/\n/)) {
      const [src, dst] = hexes(line);
      if (src) map.set(src.toUpperCase(), utf16(dst));
    }
  }
  for (const block of source.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
    for (const line of block[1].trim().split(/\n/)) {
      const [lo, hi, ...dst] = hexes(line);
      if (!lo) continue;
      const width = lo.length;
      for (let code = parseInt(lo, 16), i = 0; code <= parseInt(hi, 16); code++, i++) {
        const key = code.toString(16).toUpperCase().padStart(width, "0");
        if (line.includes("[")) map.set(key, utf16(dst[i]));
        else map.set(key, utf16((parseInt(dst[0], 16) + i).toString(16).padStart(dst[0].length, "0")));
      }
    }
  }
  return map;
}

/** `{ pages: [{ text }] }` of a PDF written by Chromium. */
export function readPdf(buffer) {
  const objs = objects(buffer);
  const unicode = new Map();
  for (const [n, o] of objs) {
    const ref = /\/ToUnicode (\d+) 0 R/.exec(o.dict);
    if (ref && objs.get(Number(ref[1]))?.stream) unicode.set(n, cmap(objs.get(Number(ref[1])).stream.toString("latin1")));
  }
  const pages = [];
  for (const o of objs.values()) {
    if (!/\/Type \/Page\b(?!s)/.test(o.dict)) continue;
    const fonts = new Map();
    const fontDict = /\/Font\s*<<([^>]*)>>/.exec(o.dict)?.[1] ?? "";
    for (const f of fontDict.matchAll(/\/(\S+?) (\d+) 0 R/g)) fonts.set(f[1], unicode.get(Number(f[2])));
    const contents = /\/Contents (\d+) 0 R/.exec(o.dict);
    const content = contents ? objs.get(Number(contents[1]))?.stream?.toString("latin1") ?? "" : "";
    const lines = [];
    let font = null;
    let line = "";
    for (const t of content.matchAll(/\/(\S+) [\d.]+ Tf|\[((?:[^\]])*)\]\s*TJ|<([0-9A-Fa-f]*)>\s*Tj|\bET\b/g)) {
      if (t[1] !== undefined) font = fonts.get(t[1]) ?? null;
      else if (t[0] === "ET") {
        if (line) lines.push(line);
        line = "";
      } else {
        for (const hex of t[2] !== undefined ? hexes(t[2]) : [t[3]]) {
          for (const code of hex.toUpperCase().match(/.{4}/g) ?? []) line += font?.get(code) ?? "\uFFFD";
        }
      }
    }
    pages.push({ text: lines.join("\n") });
  }
  return { pages };
}

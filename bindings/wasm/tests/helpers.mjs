// Shared helpers of the binding's tests: the Node package, the corpus and the golden files.
import { createRequire } from "node:module";
import { readFileSync, readdirSync, existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

export const here = dirname(fileURLToPath(import.meta.url));
export const wasmDir = join(here, "..");
export const root = join(wasmDir, "..", "..");

/** The Node build of the package built by build.sh (pkg/node, CommonJS). */
export const baogao = createRequire(import.meta.url)(join(wasmDir, "pkg", "node", "baogao.js"));

/** The test build (pkg-test: the `test-hooks` feature, `__testPanic`); never packaged. */
export const testBuild = () => createRequire(import.meta.url)(join(wasmDir, "pkg-test", "baogao.js"));

/** The corpus files: [{ name, text }]. */
export function corpus() {
  const dir = join(root, "tests", "corpus");
  return readdirSync(dir).filter((f) => f.endsWith(".txt")).sort()
    .map((f) => ({ name: f.replace(/\.txt$/, ""), text: readFileSync(join(dir, f), "utf8") }));
}

/** The Rust golden JSON of a corpus file (byte spans), or null when it is missing. */
export function golden(name) {
  const path = join(root, "tests", "golden", `${name}.json`);
  return existsSync(path) ? JSON.parse(readFileSync(path, "utf8")) : null;
}

/** A table from UTF-8 byte offsets to UTF-16 offsets of `text`, computed in JS, independently of
 * the Rust conversion. Offsets that are not on a character boundary map to undefined. */
export function byteToUtf16(text) {
  const map = new Map([[0, 0]]);
  let bytes = 0, units = 0;
  for (const ch of text) {
    const cp = ch.codePointAt(0);
    bytes += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
    units += ch.length;
    map.set(bytes, units);
  }
  return map;
}

/** A deep copy of a golden report with every `span` rewritten from bytes to UTF-16 units. */
export function goldenInUtf16(report, text) {
  const map = byteToUtf16(text);
  const conv = (n) => {
    if (!map.has(n)) throw new Error(`golden offset ${n} is not a character boundary`);
    return map.get(n);
  };
  const walk = (v) => {
    if (Array.isArray(v)) return v.map(walk);
    if (v === null || typeof v !== "object") return v;
    const out = {};
    for (const [k, x] of Object.entries(v)) {
      out[k] = k === "span" ? { start: conv(x.start), end: conv(x.end) } : walk(x);
    }
    return out;
  };
  return walk(report);
}

/** Every object with a `span` in a report, with the path to it (for messages). */
export function spans(report) {
  const out = [];
  const walk = (v, path) => {
    if (Array.isArray(v)) return v.forEach((x, i) => walk(x, `${path}[${i}]`));
    if (v === null || typeof v !== "object") return;
    if (v.span) out.push({ path, owner: v, span: v.span });
    for (const [k, x] of Object.entries(v)) if (k !== "span") walk(x, `${path}.${k}`);
  };
  walk(report, "report");
  return out;
}

/** The headings of a report in document order. */
export function headings(report) {
  const out = [];
  const walk = (ss) => ss.forEach((s) => { out.push(s.heading); walk(s.children); });
  walk(report.sections);
  return out;
}

/** The leaves of the outline (as Report::leaves in Rust), sorted by position. */
export function leaves(report) {
  const out = [];
  const blocks = (bs) => bs.forEach((b) => out.push(b.span));
  if (report.title) out.push(report.title.span);
  report.meta.lines.forEach((m) => out.push(m.span));
  blocks(report.preamble);
  const walk = (s) => { out.push(s.heading.span); blocks(s.blocks); s.children.forEach(walk); };
  report.sections.forEach(walk);
  if (report.closing) out.push(report.closing.span);
  report.boilerplate.forEach((b) => out.push(b.span));
  return out.sort((a, b) => a.start - b.start || a.end - b.end);
}

/** A small deterministic PRNG (mulberry32), so that random tests are reproducible. */
export function rng(seed) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

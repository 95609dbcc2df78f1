// Native vs WebAssembly throughput of baogao's parse() on the corpus, in one run.
//
//   bash bindings/wasm/build.sh          # builds bindings/wasm/pkg (the Node build: pkg/node)
//   node benches/wasm_bench.mjs [DIR]    # prints the figures (results: benches/wasm.md)
//
// DIR (default bindings/wasm/pkg/node) is a wasm-bindgen `--target nodejs` output directory with
// baogao.js and baogao_bg.wasm, so that a variant build can be timed against the same native run.
//
// Native: bindings/wasm/examples/native_bench.rs (release build, same machine, same files).
// WASM: the Node package's parse(), which includes copying the string into wasm memory, the
// UTF-16 span conversion and building the JS objects; indicators() is timed as well.
import { execFileSync } from "node:child_process";
import { createRequire } from "node:module";
import { readFileSync, readdirSync, statSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { cpus } from "node:os";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const corpusDir = join(root, "tests", "corpus");
const files = readdirSync(corpusDir).filter((f) => f.endsWith(".txt")).sort().map((f) => join(corpusDir, f));
const texts = files.map((f) => readFileSync(f, "utf8"));
const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t), 0);

/** Seconds per pass of `f` over the corpus: the fastest of 10 batches of at least 200 ms each,
 * as in native_bench.rs (the minimum is the figure least disturbed by other work). */
function perPass(f) {
  for (let i = 0; i < 5; i++) f();
  let best = Infinity;
  for (let b = 0; b < 10; b++) {
    const start = performance.now();
    let passes = 0;
    while (performance.now() - start < 200) { f(); passes++; }
    best = Math.min(best, (performance.now() - start) / 1000 / passes);
  }
  return best;
}

const native = JSON.parse(execFileSync("cargo",
  ["run", "--quiet", "--release", "-p", "baogao-wasm", "--example", "native_bench", "--", ...files],
  { cwd: root, encoding: "utf8", stdio: ["ignore", "pipe", "inherit"] }).trim());
if (native.bytes !== bytes) throw new Error(`corpus size differs: native ${native.bytes}, JS ${bytes}`);

const pkgDir = resolve(process.argv[2] ?? join(root, "bindings", "wasm", "pkg", "node"));
const wasm = createRequire(import.meta.url)(join(pkgDir, "baogao.js"));
let sink = 0;
const wasmParse = perPass(() => { for (const t of texts) sink += wasm.parse(t).indicators.length; });
const wasmIndicators = perPass(() => { for (const t of texts) sink += wasm.indicators(t).length; });
const wasmFile = join(pkgDir, "baogao_bg.wasm");

const mbps = (s) => (bytes / s / 1e6).toFixed(2);
const ms = (s) => (s * 1000).toFixed(2);
const rows = [
  ["native parse (Rust)", native.parse_s],
  ["native parse + UTF-16 spans + JSON (Rust)", native.parse_utf16_json_s],
  ["WASM parse() → JS objects (Node)", wasmParse],
  ["WASM indicators() → JS objects (Node)", wasmIndicators],
];
console.log(`corpus: ${files.length} files, ${bytes} bytes (UTF-8); node ${process.version}; ${cpus()[0].model}, ${cpus().length} cores`);
console.log(`wasm module: ${statSync(wasmFile).size} bytes, ${gzipSync(readFileSync(wasmFile), { level: 9 }).length} gzipped`);
console.log("| what | ms per corpus pass | MB/s |");
console.log("| --- | ---: | ---: |");
for (const [what, s] of rows) console.log(`| ${what} | ${ms(s)} | ${mbps(s)} |`);
console.log(`WASM parse() / native parse: ${(wasmParse / native.parse_s).toFixed(2)}× the time ` +
  `(target ≤ 3×); vs native parse + UTF-16 + JSON: ${(wasmParse / native.parse_utf16_json_s).toFixed(2)}×`);
if (sink < 0) console.log(sink);

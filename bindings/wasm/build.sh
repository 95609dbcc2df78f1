#!/usr/bin/env bash
# Builds baogao's npm package from the Rust crate in this directory, in pkg/:
#   pkg/web/   ES module for browsers and bundlers (wasm-bindgen --target web; index.js inits it)
#   pkg/node/  CommonJS module for Node            (wasm-bindgen --target nodejs; index.mjs for import)
#   pkg/package.json  name "baogao", conditional exports: "node" -> node/, otherwise web/
# (`npm pack bindings/wasm/pkg` gives the tarball), and copies the corpus samples next to the demo
# (demo/samples/). With BAOGAO_WASM_TEST_HOOKS=1 also pkg-test/, with BAOGAO_WASM_SMALL=1 also
# pkg-small/ (package `baogao-small`, the build without tables and the gio template: see the end).
#
# Needs (ci.sh installs them): the wasm32-unknown-unknown target, wasm-bindgen-cli of exactly the
# version of the wasm-bindgen crate in Cargo.lock, and `npm ci` here (wasm-opt from npm binaryen;
# Debian's binaryen 108 writes broken modules). Works offline once those are installed.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
cd "$root"

target_dir=${CARGO_TARGET_DIR:-$root/target}
wasm_opt="$here/node_modules/.bin/wasm-opt"

# The crate is pinned with `=` in bindings/wasm/Cargo.toml, so Cargo.lock has that very version.
want=$(sed -n 's/^wasm-bindgen = "=\([0-9.]*\)"$/\1/p' "$here/Cargo.toml")
have=$(wasm-bindgen --version 2>/dev/null | awk '{ print $2 }' || true)
if [ "$want" != "$have" ]; then
  echo "build.sh: wasm-bindgen-cli $want is needed (found '${have:-none}'):" >&2
  echo "  cargo install wasm-bindgen-cli --version $want" >&2
  exit 1
fi
[ -x "$wasm_opt" ] || { echo "build.sh: run 'npm ci' in $here first (for wasm-opt)" >&2; exit 1; }

# Release settings for this module only (the workspace profile is tuned for the native builds):
# one codegen unit and fat LTO make the module both smaller and faster.
export CARGO_PROFILE_RELEASE_LTO=fat
export CARGO_PROFILE_RELEASE_CODEGEN_UNITS=1
export CARGO_PROFILE_RELEASE_PANIC=abort
export CARGO_PROFILE_RELEASE_OPT_LEVEL=${BAOGAO_WASM_OPT_LEVEL:-3}
# WebAssembly SIMD (every current browser since 2023, Node >= 16.4): memchr's line and marker
# searches use it; about 8 % faster on the corpus.
export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS="-C target-feature=+simd128"
# Panic locations left out (rustc's -Zlocation-detail=none; branch wasmsz3, 2026-12-03): each
# bounds check, slice and unwrap in the core carried its own `Location` (file, line, column: a
# 16-byte constant per call site, and the code that passes it); without them the call sites
# share one (`<redacted>`, line 0). Small module 364,934 / 151,897 -> 347,428 / 145,281 bytes
# (-6.6 KB gzipped), full 790,694 / 317,022 -> 774,179 / 309,787 (-7.2 KB gzipped). What the
# exports return is unchanged; only the message of an `internal` Error (a panic, i.e. a bug) no
# longer says where in the source it happened. To see that while chasing such a bug, build with
# BAOGAO_WASM_LOCATIONS=1. The flag is unstable: RUSTC_BOOTSTRAP=1 lets the pinned stable rustc
# (1.95) take it; should a later rustc drop it, the build fails loudly (build with
# BAOGAO_WASM_LOCATIONS=1 and the modules are 6.6-7.2 KB larger gzipped: the small one over the
# issue budget).
if [ -z "${BAOGAO_WASM_LOCATIONS:-}" ]; then
  export RUSTC_BOOTSTRAP=1
  CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS+=" -Zlocation-detail=none"
fi
cargo build --release --target wasm32-unknown-unknown -p baogao-wasm
raw="$target_dir/wasm32-unknown-unknown/release/baogao_wasm.wasm"
# The small build (below) writes the same path: keep this one.
full="$target_dir/wasm32-unknown-unknown/release/baogao_wasm.full.wasm"
cp "$raw" "$full"

version=$(cargo metadata --no-deps --format-version 1 |
  node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>{console.log(JSON.parse(s).packages.find(p=>p.name==="baogao-wasm").version)})')

# The features rustc enables by default for wasm32-unknown-unknown, and SIMD; wasm-opt must accept them.
features=(--enable-simd --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext
  --enable-mutable-globals --enable-reference-types --enable-multivalue
  # and drop the `producers` and `target_features` custom sections, which only tools read (the
  # features are the flags above): 270 bytes, 230 gzipped.
  --strip-producers --strip-target-features)

# One npm package, `baogao`, in pkg/: the web build (pkg/web, ES module) for browsers and bundlers,
# the nodejs build (pkg/node, CommonJS, loads the module synchronously) for Node, chosen by the
# conditional exports of pkg/package.json. `import { parse } from "baogao"` works in both without
# an init() call: pkg/web/index.js instantiates the module with a top-level await.
# wasm-opt's level: -O3 for the full module (speed); the small build below is for size.
opt=(-O3)
bindgen() { # <out dir> <wasm-bindgen target> <module>
  local out=$1
  rm -rf "$out"
  wasm-bindgen --target "$2" --out-dir "$out" --out-name baogao "$module"
  "$wasm_opt" "${opt[@]}" "${features[@]}" "$out/baogao_bg.wasm" -o "$out/baogao_bg.wasm"
}
# package <module> <dir> <npm name> <description>: pkg/ and pkg-small/ have the same layout.
package() {
  module=$1
  pkg=$2
  rm -rf "$pkg"
  bindgen "$pkg/web" web
  bindgen "$pkg/node" nodejs
  # src/tape.js (builds the result objects) is an ES module; the CommonJS build `require`s it,
  # which only Node >= 20.19 accepts for ES modules, so give that build a CommonJS copy.
  for f in "$pkg"/node/snippets/*/src/tape.js; do
    sed -i 's/^export function fromTape(/function fromTape(/' "$f"
    echo 'module.exports = { fromTape };' >>"$f"
  done
  echo '{ "type": "commonjs" }' >"$pkg/node/package.json"
  # The exports, read from the declarations (so that a new export cannot be forgotten here).
  names=$(sed -n 's/^export function \([A-Za-z_][A-Za-z0-9_]*\)(.*/\1/p' "$pkg/node/baogao.d.ts" | sort -u | paste -sd, -)
  [ -n "$names" ] || { echo "build.sh: no exports found in pkg/node/baogao.d.ts" >&2; exit 1; }
  cat >"$pkg/node/index.mjs" <<JS
// ES module entry for Node: the CommonJS build, re-exported by name.
import { createRequire } from "node:module";
const m = createRequire(import.meta.url)("./baogao.js");
export const { ${names//,/, } } = m;
JS
  cat >"$pkg/node/index.d.mts" <<'TS'
export * from "./baogao.js";
TS
  cat >"$pkg/web/index.js" <<'JS'
// Browser and bundler entry: instantiates the module once (fetching baogao_bg.wasm next to this
// file: bundlers follow the `new URL(..., import.meta.url)` inside baogao.js), then re-exports.
import init from "./baogao.js";
await init();
export * from "./baogao.js";
JS
  cat >"$pkg/web/index.d.ts" <<'TS'
export * from "./baogao.js";
TS
  cp "$here/README.md" "$pkg/README.md"
  PKG_VERSION=$version PKG_NAME=$3 PKG_DESCRIPTION=$4 node -e '
    const p = { name: process.env.PKG_NAME, version: process.env.PKG_VERSION,
      description: process.env.PKG_DESCRIPTION,
      license: "MIT OR Apache-2.0", type: "module",
      exports: {
        ".": {
          node: { types: "./node/index.d.mts", import: "./node/index.mjs", require: "./node/baogao.js" },
          default: { types: "./web/index.d.ts", default: "./web/index.js" },
        },
        "./web": { types: "./web/baogao.d.ts", default: "./web/baogao.js" },
        "./package.json": "./package.json",
      },
      main: "./node/baogao.js", module: "./web/index.js", types: "./web/index.d.ts",
      files: ["web/", "node/", "README.md"], sideEffects: ["./web/index.js"],
      engines: { node: ">=18" },
      keywords: ["chinese", "report", "parser", "wasm"] };
    require("fs").writeFileSync(process.argv[1] + "/package.json", JSON.stringify(p, null, 2) + "\n");
  ' "$pkg"
}
rm -rf "$here/pkg-node"
package "$full" "$here/pkg" baogao \
  "Parse Chinese government annual reports (outline and indicator phrases) with WebAssembly."

# The test build (ci.sh sets BAOGAO_WASM_TEST_HOOKS=1): the same crate with the `test-hooks`
# feature (`__testPanic`), as a nodejs module in pkg-test/, never packaged.
if [ -n "${BAOGAO_WASM_TEST_HOOKS:-}" ]; then
  CARGO_PROFILE_RELEASE_LTO=off CARGO_PROFILE_RELEASE_CODEGEN_UNITS=16 \
    cargo build --release --target wasm32-unknown-unknown -p baogao-wasm --features test-hooks \
    --target-dir "$target_dir/wasm-test-hooks"
  module="$target_dir/wasm-test-hooks/wasm32-unknown-unknown/release/baogao_wasm.wasm"
  rm -rf "$here/pkg-test"
  wasm-bindgen --target nodejs --out-dir "$here/pkg-test" --out-name baogao "$module"
  for f in "$here"/pkg-test/snippets/*/src/tape.js; do
    sed -i 's/^export function fromTape(/function fromTape(/' "$f"
    echo 'module.exports = { fromTape };' >>"$f"
  done
  echo '{ "type": "commonjs" }' >"$here/pkg-test/package.json"
fi

# The small build (ci.sh sets BAOGAO_WASM_SMALL=1): the crate without its default features, so
# parse() gives no `tables` (table rows are read as prose, no cell indicators) and skips the
# 政府信息公开 template checks, and there is no gio() or chunks(). It keeps the issues' size budget (400 KB /
# 150 KB gzipped), which the full module is over (benches/wasm.md); pkg-small/ is package
# `baogao-small`, laid out as pkg/. Built for size at opt-level z (2026-12-01 evening: 300,695 /
# 129,085 bytes, parse() 1.76x the full module's time; at opt-level s it was 369,618 / 155,917,
# over the gzipped budget, after this session's label and trap rules; benches/wasm.md); the other
# release settings as above.
if [ -n "${BAOGAO_WASM_SMALL:-}" ]; then
  CARGO_PROFILE_RELEASE_OPT_LEVEL=${BAOGAO_WASM_SMALL_OPT_LEVEL:-z} \
    cargo build --release --target wasm32-unknown-unknown -p baogao-wasm --no-default-features
  small="$target_dir/wasm32-unknown-unknown/release/baogao_wasm.small.wasm"
  cp "$raw" "$small"
  # wasm-opt for size too (2026-12-02, main e14eda8: -O3 347,220 / 150,085 bytes, over the
  # gzipped budget; -Os --converge 345,319 / 149,989; with --low-memory-unused 343,620 /
  # 149,089). --low-memory-unused lets wasm-opt fold a constant added to an address into the
  # load's offset, which differs only when the sum wraps below 1024: no Rust pointer does (the
  # stack comes first in memory, data and heap start above 1 MB). benches/wasm.md.
  # Branch wasmsz (on c9905bc): 344,058 / 149,243 -> 323,588 / 143,775 (talc, the tape's
  # one-byte error, the custom sections stripped, sort::by_key's heapsort).
  # --one-caller-inline-max-function-size=20: wasm-opt inlines a function with one caller only
  # when it is at most 20 bytes (by default whatever its size: about 500 functions went into
  # their callers, making type_all, parse and the scanner 20-40 KB each). The module is 6.6 KB
  # larger but 7.2 KB smaller gzipped (main eeff173: 339,003 / 149,921 -> 345,659 / 142,723;
  # the code section alone 124,200 -> 116,980 gzipped, 841 -> 1,342 functions): gzip finds more
  # repeats among small functions, which number their locals from 0, than in a few huge ones.
  # Limits 10 / 20 / 40 / 200: 142,770 / 142,723 / 143,131 / 148,184 (benches/wasm.md).
  opt=(-Os --converge --low-memory-unused --one-caller-inline-max-function-size=20)
  package "$small" "$here/pkg-small" baogao-small \
    "baogao without tables and the 政府信息公开 template: Chinese government reports (outline and indicator phrases) with WebAssembly, in a smaller module."
fi

# Samples for the demo: the corpus files and an index with their titles (first non-empty line).
samples="$here/demo/samples"
rm -rf "$samples" && mkdir -p "$samples"
cp tests/corpus/*.txt "$samples/"
node -e '
  const fs = require("fs"), dir = process.argv[1];
  const list = fs.readdirSync(dir).filter(f => f.endsWith(".txt")).sort().map(file => {
    const first = fs.readFileSync(dir + "/" + file, "utf8").split("\n").find(l => l.trim()) || file;
    return { file, title: first.trim().slice(0, 40) };
  });
  fs.writeFileSync(dir + "/index.json", JSON.stringify(list, null, 1) + "\n");
' "$samples"

size=$(stat -c %s "$here/pkg/web/baogao_bg.wasm")
gz=$(gzip -9 -c "$here/pkg/web/baogao_bg.wasm" | wc -c)
echo "build.sh: baogao $version -> pkg/ (one package: web/ for browsers and bundlers, node/ for Node); baogao_bg.wasm $size bytes, $gz gzipped"
if [ -n "${BAOGAO_WASM_SMALL:-}" ]; then
  size=$(stat -c %s "$here/pkg-small/web/baogao_bg.wasm")
  gz=$(gzip -9 -c "$here/pkg-small/web/baogao_bg.wasm" | wc -c)
  echo "build.sh: baogao-small $version -> pkg-small/; baogao_bg.wasm $size bytes, $gz gzipped"
fi

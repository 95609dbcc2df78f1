#!/usr/bin/env bash
# Builds baogao's npm packages from the Rust crate in this directory:
#   pkg/       ES module for browsers and bundlers (wasm-bindgen --target web)
#   pkg-node/  CommonJS module for Node            (wasm-bindgen --target nodejs)
# and copies the corpus samples next to the demo (demo/samples/).
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
cargo build --release --target wasm32-unknown-unknown -p baogao-wasm
raw="$target_dir/wasm32-unknown-unknown/release/baogao_wasm.wasm"

version=$(cargo metadata --no-deps --format-version 1 |
  node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>{console.log(JSON.parse(s).packages.find(p=>p.name==="baogao-wasm").version)})')

# The features rustc enables by default for wasm32-unknown-unknown, and SIMD; wasm-opt must accept them.
features=(--enable-simd --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext
  --enable-mutable-globals --enable-reference-types --enable-multivalue)

build_pkg() { # <out dir> <wasm-bindgen target> <npm name> <package.json type>
  local out="$here/$1"
  rm -rf "$out"
  wasm-bindgen --target "$2" --out-dir "$out" --out-name baogao "$raw"
  "$wasm_opt" -O3 "${features[@]}" "$out/baogao_bg.wasm" -o "$out/baogao_bg.wasm"
  # src/tape.js (builds the result objects) is an ES module; the CommonJS package `require`s it,
  # which only Node >= 20.19 accepts for ES modules, so give that package a CommonJS copy.
  if [ "$4" = commonjs ]; then
    for f in "$out"/snippets/*/src/tape.js; do
      sed -i 's/^export function fromTape(/function fromTape(/' "$f"
      echo 'module.exports = { fromTape };' >>"$f"
    done
  fi
  cp "$here/README.md" "$out/README.md"
  PKG_NAME=$3 PKG_TYPE=$4 PKG_VERSION=$version node -e '
    const p = { name: process.env.PKG_NAME, version: process.env.PKG_VERSION,
      description: "Parse Chinese government annual reports (outline and indicator phrases) with WebAssembly.",
      license: "MIT OR Apache-2.0", main: "baogao.js", types: "baogao.d.ts",
      files: ["baogao.js", "baogao.d.ts", "baogao_bg.wasm", "baogao_bg.wasm.d.ts", "snippets/", "README.md"],
      keywords: ["chinese", "report", "parser", "wasm"] };
    if (process.env.PKG_TYPE === "module") Object.assign(p, { type: "module", module: "baogao.js", sideEffects: false });
    require("fs").writeFileSync(process.argv[1] + "/package.json", JSON.stringify(p, null, 2) + "\n");
  ' "$out"
}
build_pkg pkg web baogao module
build_pkg pkg-node nodejs baogao-node commonjs

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

size=$(stat -c %s "$here/pkg/baogao_bg.wasm")
gz=$(gzip -9 -c "$here/pkg/baogao_bg.wasm" | wc -c)
echo "build.sh: baogao $version -> pkg/ (web), pkg-node/ (Node); baogao_bg.wasm $size bytes, $gz gzipped"

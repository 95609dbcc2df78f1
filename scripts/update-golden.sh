#!/usr/bin/env bash
# Regenerates tests/golden/*.json (the whole Report of each corpus file) from the current parser.
# Review the diff line by line before committing: these files are the contract that the Rust,
# Python and WASM conformance tests compare against.
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release -q -p baogao --example golden
mkdir -p tests/golden
for f in tests/corpus/*.txt; do
  name=$(basename "$f" .txt)
  "${CARGO_TARGET_DIR:-target}/release/examples/golden" "$f" > "tests/golden/$name.json"
done
echo "wrote $(ls tests/golden/*.json | wc -l) golden files"

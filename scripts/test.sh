#!/usr/bin/env bash
# The whole test suite: Rust checks and tests, the gold-standard acceptance score, and the
# binding suites when their directories exist. Installs what it needs (see each part).
set -euo pipefail
cd "$(dirname "$0")/.."
step() { printf '\n=== %s\n' "$*"; }

step "rustfmt"
cargo fmt --all --check
step "clippy"
cargo clippy --workspace --all-targets -- -D warnings
step "rustdoc"
RUSTDOCFLAGS="-D warnings" cargo doc --no-deps -p baogao -q
step "cargo test (core, CLI, doc tests)"
cargo test -p baogao -p baogao-cli
step "gold score (issue acceptance thresholds)"
cargo build --release -q -p baogao-cli
python3 ../shared/eval/score.py --bin target/release/baogao --gold tests/gold --texts tests/corpus \
  --min-heading-f1 0.99 ${BAOGAO_INDICATOR_THRESHOLDS:-}

for part in fuzz/replay.sh bindings/python/ci.sh bindings/wasm/ci.sh; do
  if [ -f "$part" ]; then
    step "$part"
    bash "$part"
  fi
done

#!/usr/bin/env bash
# Replays the committed fuzz corpus (fuzz/corpus/parse), the regression inputs (fuzz/regressions)
# and the real reports through the fuzz target's checks, on the stable toolchain (no libFuzzer):
# a plain `cargo test` of the fuzz crate without its `libfuzzer` feature. Called by scripts/test.sh.
# (No --locked: fuzz/Cargo.lock follows the core's dependencies, and cargo refreshes it when they change.)
set -euo pipefail
cd "$(dirname "$0")"
cargo test --no-default-features

#!/usr/bin/env bash
# The Python binding's checks, run by scripts/test.sh (and so by .ci/run) on a fresh machine:
#   1. a venv (bindings/python/.venv) with the pinned tools of requirements-ci.txt;
#   2. `maturin build --release`: the abi3 wheel (CPython >= 3.9) a release ships; installed into
#      .venv, and into a fresh venv with no cargo on PATH (the way a user without Rust installs it);
#   3. the crate's Rust doc tests, then pytest (API, span law, errors, pickling, conformance with the Rust JSON, frames, Dask);
#   4. mypy --strict on a small usage file and on the package; stubtest (stub == runtime);
#   5. executes examples/indicators.ipynb, which writes artifacts/indicators.png (untracked) and
#      must leave every tracked file as it was;
#   6. spark-check.sh: the README's PySpark recipes in a venv of their own (.venv-spark), on a
#      local[2] Spark session (needs Java 17+; skipped with a message without java, or when
#      BAOGAO_SKIP_SPARK is set).
# Idempotent; exits non-zero on any failure (pytest's "no tests ran", exit 5, included).
set -euo pipefail
cd "$(dirname "$0")"
ROOT="$(cd ../.. && pwd)"
step() { printf '\n--- python: %s\n' "$*"; }

export PIP_DISABLE_PIP_VERSION_CHECK=1 PIP_NO_INPUT=1
if ! .venv/bin/python -c 'import sys; assert sys.version_info >= (3, 9)' 2>/dev/null; then
  step "create .venv"
  rm -rf .venv
  "${PYTHON:-python3}" -m venv .venv
fi
PY="$PWD/.venv/bin/python"

step "install tools (requirements-ci.txt)"
"$PY" -m pip install -q --upgrade pip
"$PY" -m pip install -q -r requirements-ci.txt

step "build the wheel (maturin build --release) and install it"
wheels="${CARGO_TARGET_DIR:-$ROOT/target}/wheels"
rm -f "$wheels"/baogao-*.whl
"$PWD/.venv/bin/maturin" build --release --quiet
whl=$(ls "$wheels"/baogao-*-abi3-*.whl)
"$PY" -m pip install -q --force-reinstall --no-deps "$whl"
(cd /tmp && "$PY" -c 'import baogao, sys; print("baogao", baogao.__version__, "from", baogao.__file__)')

step "the wheel in a fresh venv with no Rust toolchain on PATH"
fresh=$(mktemp -d)
env -i HOME="$HOME" PATH=/usr/bin:/bin "${PYTHON:-python3}" -m venv "$fresh/v"
env -i HOME="$HOME" PATH=/usr/bin:/bin sh -c '! command -v cargo' >/dev/null
env -i HOME="$HOME" PATH=/usr/bin:/bin "$fresh/v/bin/pip" install -q --disable-pip-version-check "$whl"
(cd "$fresh" && env -i HOME="$HOME" PATH=/usr/bin:/bin "$fresh/v/bin/python" -c '
import baogao
r = baogao.parse_files(["missing.txt"], errors="collect")
assert isinstance(r[0], baogao.FileError), r
print("fresh venv: baogao", baogao.__version__, "imports and parses without cargo")')
rm -rf "$fresh"

step "cargo test -p baogao-python (the binding's Rust doc examples)"
(cd "$ROOT" && cargo test -q -p baogao-python)

step "pytest"
# The CLI binary, when built (scripts/test.sh builds it), is a second reference for conformance.
"$PY" -m pytest -q -p no:cacheprovider tests

step "mypy --strict"
"$PY" -m mypy --strict --no-incremental typing/usage.py python/baogao
step "stubtest (the .pyi stub matches the compiled module)"
(cd /tmp && "$PY" -m mypy.stubtest baogao --allowlist "$ROOT/bindings/python/typing/stubtest-allowlist.txt")

step "notebook examples/indicators.ipynb (writes artifacts/indicators.png, changes no tracked file)"
# The chart's labels are Chinese: install a CJK font when there is none (best effort; without one
# the notebook numbers the sections instead).
if ! ls /usr/share/fonts/truetype/wqy/wqy-microhei.ttc /usr/share/fonts/opentype/noto/NotoSansCJK* >/dev/null 2>&1; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends fonts-wqy-microhei >/dev/null) \
      || echo "warning: could not install fonts-wqy-microhei; the chart will number the sections"
  fi
fi
"$PY" - "$ROOT" <<'PYEOF'
import pathlib, subprocess, sys, time
import nbformat
from nbclient import NotebookClient

root = pathlib.Path(sys.argv[1])
path = root / "examples" / "indicators.ipynb"
png = root / "artifacts" / "indicators.png"

def tracked_state():
    """Tracked files that differ from HEAD, with their content hashes (None outside a git checkout)."""
    try:
        out = subprocess.run(["git", "-C", str(root), "diff", "HEAD", "--name-only"], capture_output=True,
                             text=True, check=True).stdout.split()
        return {f: subprocess.run(["git", "-C", str(root), "hash-object", f], capture_output=True, text=True).stdout
                for f in out}
    except (OSError, subprocess.CalledProcessError):
        return None

before = tracked_state()
start = time.time()
nb = nbformat.read(path, as_version=4)
NotebookClient(nb, timeout=300, kernel_name="python3",
               resources={"metadata": {"path": str(path.parent)}}).execute()
assert png.is_file() and png.stat().st_mtime >= start - 1, f"{png} was not written"
assert tracked_state() == before, f"running the notebook changed tracked files: {before} -> {tracked_state()}"
print(f"executed {path.name}: {len(nb.cells)} cells, chart {png.stat().st_size} bytes")
PYEOF
step "PySpark recipe: spark-check.sh (its own venv .venv-spark, tests/test_spark.py on local[2])"
# About 3 minutes from a fresh venv with pip's cache warm, 6 the first time on a machine.
if [ -n "${BAOGAO_SKIP_SPARK:-}" ]; then
  echo "skipped: BAOGAO_SKIP_SPARK is set; tests/test_spark.py did not run"
elif ! command -v java >/dev/null && [ -z "${JAVA_HOME:-}" ]; then
  echo "skipped: no java on PATH and no JAVA_HOME (Spark 4 needs Java 17+); tests/test_spark.py did not run"
else
  bash ./spark-check.sh
fi
echo "python binding: all checks passed"

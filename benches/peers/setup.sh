#!/usr/bin/env bash
# Sets up the peer libraries for run.py in benches/peers/.venv (Python) and
# benches/peers/node_modules (npm). Idempotent: re-running only installs what is missing.
#
#   bash benches/peers/setup.sh
set -euo pipefail
cd "$(dirname "$0")"

if [ ! -x .venv/bin/python ]; then
  python3 -m venv .venv
fi
.venv/bin/pip install --quiet --upgrade pip
.venv/bin/pip install --quiet -r requirements.txt

if command -v npm >/dev/null; then
  npm install --silent --no-audit --no-fund
fi
.venv/bin/python -c "import jionlp, cn2an, recognizers_suite" >/dev/null 2>&1 && echo "peers ready"

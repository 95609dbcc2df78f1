#!/usr/bin/env bash
# The PySpark recipe of bindings/python/README.md, run for real (tests/test_spark.py):
#   1. a venv of its own, bindings/python/.venv-spark, with the pins of requirements-spark.txt
#      (pyspark is large; the main .venv of ci.sh stays lean);
#   2. `pip install ./bindings/python`: baogao built from source, as ci.sh does;
#   3. pytest tests/test_spark.py: a local[2] Spark session runs the recipe over the corpus
#      replicated to 500 documents and compares with parse_many / indicators_frame.
# Needs Java 17 or later (`java` on PATH, or JAVA_HOME). Idempotent; exits non-zero on any
# failure, and also when the Spark tests were skipped or none ran.
set -euo pipefail
cd "$(dirname "$0")"
ROOT="$(cd ../.. && pwd)"
step() { printf '\n--- python/spark: %s (at %ss)\n' "$*" "$SECONDS"; }

step "java"
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"
if ! "$JAVA" -version 2>&1 | head -1; then
  echo "spark-check: no Java found (PATH or JAVA_HOME); Spark 4 needs Java 17+" >&2
  exit 1
fi

export PIP_DISABLE_PIP_VERSION_CHECK=1 PIP_NO_INPUT=1
if ! .venv-spark/bin/python -c 'import sys; assert sys.version_info >= (3, 10)' 2>/dev/null; then
  step "create .venv-spark"
  rm -rf .venv-spark
  "${PYTHON:-python3}" -m venv .venv-spark
fi
PY="$PWD/.venv-spark/bin/python"

step "install pyspark and tools (requirements-spark.txt)"
"$PY" -m pip install -q --upgrade pip
"$PY" -m pip install -q -r requirements-spark.txt

step "build and install baogao from source (pip install ./bindings/python)"
"$PY" -m pip install -q --force-reinstall --no-deps "$ROOT/bindings/python"
(cd /tmp && "$PY" -c 'import baogao, pyspark; print("baogao", baogao.__version__, "| pyspark", pyspark.__version__)')

step "pytest tests/test_spark.py (local[2])"
# BAOGAO_SPARK_REQUIRED turns the test's skip (pyspark missing) into a failure here.
BAOGAO_SPARK_REQUIRED=1 "$PY" -m pytest -q -p no:cacheprovider -rs tests/test_spark.py
echo "python/spark: the PySpark recipe passed"

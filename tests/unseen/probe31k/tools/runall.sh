#!/bin/sh
# Re-run the eight joins (sections of PROBE-K) and print the verdict counts.
cd "$(dirname "$0")/.."
python3 tools/cmp.py hebei-gzbg-2000 20 60
python3 tools/cmp.py hebei-gzbg-2002 157 200
python3 tools/cmp.py baoding-gzbg-2019 18 61
python3 tools/cmp.py hebei-gzbg-2020 15 53
python3 tools/cmp.py hebei-gzbg-2009 124 136
python3 tools/cmp.py hebei-gzbg-2023 98 116
python3 tools/cmp.py baoding-gzbg-2014 107 129
python3 tools/cmp.py baoding-gzbg-2026 40 90

#!/bin/sh
# Re-run the eight joins (sections and line ranges of PROBE-D) and print the verdict counts.
cd "$(dirname "$0")/.."
python3 tools/cmp.py hebei-gzbg-2007 48 67
python3 tools/cmp.py hebei-gzbg-2024 42 56
python3 tools/cmp.py baoding-gzbg-2010 17 32
python3 tools/cmp.py baoding-gzbg-2022 49 72
python3 tools/cmp.py tjgb_pingtan-2017 27 36
python3 tools/cmp.py sjbg_zhongyang-2024 164 232
python3 tools/cmp.py zj_pingtan-caijin-2022-part1 2 17
python3 tools/cmp.py fzzf_pingtan-shehuishiye-2022 1 20

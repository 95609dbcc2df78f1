#!/bin/sh
# Re-run the joins of PROBE-D's eight sections and print the count table.
cd "$(dirname "$0")/.."
for n in zj_pingtan-shichangjianguan-2024 zj_pingtan-touzicujin-2024 zj_pingtan-lvyou-2022 gzbg_sichuan-2026-part2 gzbg_heilongjiang-2026-part1 gzbg_heilongjiang-2026-part1b baoding-gzbg-2011 hebei-gzbg-2025; do
  [ -f spec/$n.src ] && python3 tools/mk.py $n
done
python3 tools/cmp.py zj_pingtan-shichangjianguan-2024 1 16
python3 tools/cmp.py zj_pingtan-touzicujin-2024 1 23
python3 tools/cmp.py zj_pingtan-lvyou-2022 1 15
python3 tools/cmp.py gzbg_sichuan-2026-part2 1 8
python3 tools/cmp.py gzbg_heilongjiang-2026-part1 9 13
python3 tools/cmp.py gzbg_heilongjiang-2026-part1 14 19 b
python3 tools/cmp.py baoding-gzbg-2011 1 25
python3 tools/cmp.py hebei-gzbg-2025 1 26
python3 tools/count.py

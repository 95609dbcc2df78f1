#!/bin/sh
# Re-run the joins of PROBE-P's eight sections (spans tagged a/b/c/d) and print the count table.
cd "$(dirname "$0")/.."
python3 tools/cmp.py tjgb_pingtan-2021 28 31 a
python3 tools/cmp.py tjgb_pingtan-2021 32 39
python3 tools/cmp.py tjgb_pingtan-2021 40 46 c
python3 tools/cmp.py gio_shanghai-bgt-2019 12 14 a
python3 tools/cmp.py gio_shanghai-bgt-2019 27 45 b
python3 tools/cmp.py gio_shanghai-bgt-2019 46 77 c
python3 tools/cmp.py sjbg_zhongyang-2024 301 376
python3 tools/cmp.py zj_pingtan-ziyuanshengtai-2022 13 15 a
python3 tools/cmp.py zj_pingtan-ziyuanshengtai-2022 16 20
python3 tools/cmp.py zj_pingtan-ziyuanshengtai-2022 21 22 c
python3 tools/cmp.py gzbg_xizang-2026 8 10 a
python3 tools/cmp.py gzbg_xizang-2026 14 18 d
python3 tools/cmp.py gzbg_xizang-2026 19 19 b
python3 tools/cmp.py gzbg_xizang-2026 40 43 c
python3 tools/cmp.py hebei-gzbg-2003 1 104
python3 tools/cmp.py hebei-gzbg-2003 105 115 b
python3 tools/cmp.py gio_pingtan-zone-2024 12 26 a
python3 tools/cmp.py gio_pingtan-zone-2024 27 60
python3 tools/cmp.py gio_pingtan-zone-2024 61 64 c
python3 tools/cmp.py zj_pingtan-xingzhengshenpi-2022 5 6 a
python3 tools/cmp.py zj_pingtan-xingzhengshenpi-2022 7 8
python3 tools/cmp.py zj_pingtan-xingzhengshenpi-2022 9 9 c
python3 tools/count.py

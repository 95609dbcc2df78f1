#!/bin/sh
# Re-runs every minimal input of probe 29M and writes the exact CLI output to OUTPUT.txt.
# Usage: sh run.sh [BIN]   (default /work/notes/s29/baogao-h0)
B=${1:-/work/notes/s29/baogao-h0}
cd "$(dirname "$0")"
run() { echo "\$ baogao $*"; "$B" "$@"; echo; }
{
echo "# probe 29M minimal inputs, $("$B" --version 2>/dev/null)"
echo
echo "## M1 space-aligned table, one row 2 display columns off the grid (label with half-width digits): whole table dropped"
for f in m1_aligned_table_row_off_grid.txt m1b_control_on_grid.txt; do
  echo "### $f"; cat "$f"; echo
  run tables --format csv "$f"; run indicators --format csv "$f"; run headings --format csv "$f"
done
echo "## M2 2021 表四 whose third header row repeats the 行政复议 outcome words (15 words)"
for f in m2_gio_t4_review_words_repeated_spaces.txt m2b_gio_t4_review_words_repeated_tabs.txt m2c_control_template_header_spaces.txt; do
  echo "### $f"; cat "$f"; echo
  run tables --format csv "$f"; run gio "$f"
done
echo "## M3 unmarked title line directly after a table"
for f in m3_unmarked_title_after_table.txt m3b_control_paragraph_between.txt; do
  echo "### $f"; cat "$f"; echo; run headings --format csv "$f"; run indicators --format csv "$f"
done
echo "## M4 long numbered title + short unmarked subtitle joined as one wrapped title (text not hard-wrapped)"
for f in m4_long_title_then_unmarked_subtitle.txt m4b_control_short_titles.txt; do
  echo "### $f"; cat "$f"; echo; run headings --format csv "$f"
done
for f in m5_unknown_measure_words.txt m6_label_cut_before_jiuzhu.txt m7_zero_rate_gets_percent.txt m8_known_kind_pp_permille.txt m9_known_verb_in_label.txt m10_ambiguous_continuing_clause.txt; do
  echo "## $f"; cat "$f"; echo; run indicators --format csv "$f"
done
} > OUTPUT.txt 2>&1

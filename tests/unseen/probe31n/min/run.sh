#!/bin/sh
# Exact CLI output for every minimal input (python3 make.py rebuilds them). Usage: sh min/run.sh > min/OUTPUT.txt
cd "$(dirname "$0")"
B=${BAOGAO:-/work/notes/s31/baogao-m0}
echo "binary: $B"
for f in t05_label_after.txt t04_threshold_class.txt \
         x06_sup_unit.docx x06b_unit_char.docx x06c_sup_cubic.docx x06d_sup_note.docx x06e_sup_note_before_figure.docx h11_sup_units.html h14_sup_note_before_figure.html \
         t01_chunks_attach.txt t02_chunks_attach_nosig.txt \
         t03_sig_then_notes.txt t06_notes_after_date.txt t06b_notes_no_sig.txt \
         h09_meta_yuedu.html \
         h01_nbsp_unit.html h02_bold_split.html h03_fullwidth.html h04_gb2312_gbk_chars.html h05_layout_table.html h06_cell_pnbsp.html \
         h07_marker_spans.html h08_div_br_only.html h10_script_in_article.html h12_br_in_figure.html h13_th_rowlabels.html \
         x01_num_in_style.docx x01b_num_in_para.docx x02_textbox.docx x03_move.docx x03b_del.docx x04_toc.docx x05_wrappers.docx x07_vmerge_table.docx; do
  echo "### $f"
  python3 show.py "$B" "$f"
  case $f in *.docx) printf 'reader text: '; "$B" chunks --format json "$f" | python3 -c "import json,sys; print(' / '.join(repr(c['text']) for c in json.load(sys.stdin)))";; esac
done
echo "### ../src/d1.html gio diagnostics"
"$B" parse --format json ../src/d1.html | python3 -c "import json,sys; print(json.load(sys.stdin)[0]['diagnostics'])"
echo "### ../src/d4.html and ../src/d4.txt chunks"
"$B" chunks --format json ../src/d4.html | python3 -c "import json,sys; print(len(json.load(sys.stdin)), 'chunks')"
"$B" chunks --format json ../src/d4.txt | python3 -c "import json,sys; print(len(json.load(sys.stdin)), 'chunks')"

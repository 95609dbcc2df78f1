#!/bin/sh
# Re-run every minimal input; writes OUTPUT.txt (label value unit kind extras «text»).
cd "$(dirname "$0")"; B=/work/notes/s27/baogao-head2; : > OUTPUT.txt
for f in p*.txt q*.txt; do echo "== $f: $(sed -n 3p $f)" >> OUTPUT.txt
$B indicators --format csv "$f" | python3 -c "
import csv,sys
for r in csv.DictReader(sys.stdin):
    ex=' '.join(f'{k}={r[k]}' for k in ('direction','approx','basis','from','to','low','high','parent','base') if r[k])
    print(f\"   [{r['label']}] {r['value']} {r['multiplier']}{r['unit']} {r['kind']} {ex} «{r['text']}»\")" >> OUTPUT.txt; done

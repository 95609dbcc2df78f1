#!/bin/sh
# show joined rows: line, figure, my label, parser label, verdict, parser value
awk -F'\t' 'NR>1 && $7!="ok-trap"{printf "%s\t%s\t%s\t[%s]\t%s\t%s\n",$1,$2,$3,$6,$7,$8}' expect/$1.tsv

#!/usr/bin/env python3
"""Every indicator and heading where a form reads differently from its plain text (order-aligned by text)."""
import json, subprocess, sys, difflib
B = '/work/notes/s31/baogao-m0'
FORMS = {'d1': 'd1.html', 'd2': 'd2.html', 'd3': 'd3.docx', 'd4': 'd4.html'}
def cli(v, p):
    return json.loads(subprocess.run([B, v, '--format', 'json', p], capture_output=True).stdout)
def key(i):
    return f"{i['text']}|{i.get('value')}|{i.get('multiplier')}|{i.get('unit')}|{i.get('kind')}|{i.get('direction')}|{i.get('label')}|{i.get('approx')}"
for n, f in FORMS.items():
    a = [key(i) for i in cli('indicators', f'src/{n}.txt')]
    b = [key(i) for i in cli('indicators', f'src/{f}')]
    ha = [f"{h['level']} {h['marker']}{h['title']} inline={h['inline_body']}" for h in cli('headings', f'src/{n}.txt')]
    hb = [f"{h['level']} {h['marker']}{h['title']} inline={h['inline_body']}" for h in cli('headings', f'src/{f}')]
    print(f'== {n}: plain {len(a)} indicators / {len(ha)} headings; {f} {len(b)} / {len(hb)}')
    for l in difflib.unified_diff(a, b, 'plain', f, n=0, lineterm=''): print(l)
    for l in difflib.unified_diff(ha, hb, 'plain', f, n=0, lineterm=''): print(l)

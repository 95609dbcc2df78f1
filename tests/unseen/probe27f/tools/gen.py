#!/usr/bin/env python3
"""src/NAME.src -> docs/NAME.txt + exp/NAME.json.
Line prefixes: '#N ' heading level N (marker/title derived), '#N[marker|title]' explicit (repeatable for
several headings on one line), '@T ' title line, '@M ' meta line, '@C ' chrome, '@X ' closing line.
Header directives before the text: '%key value' (published, source, salutation, speaker, dateline,
signature, date)."""
import json, os, re, sys
MARK = re.compile(r'^(\[\d+\]|第[一二三四五六七八九十百零]+[章节条部分]+[、　 ]?|[一二三四五六七八九十]+[、．.]|[（(][一二三四五六七八九十]+[）)]、?|\d+[.．、](?!\d)|[（(]\d+[）)]|[①-⑳]|[⑴-⒇]|[A-Z][.．]|[IVXⅠ-Ⅻ]+[.．、])')
def derive(rest):
    m = MARK.match(rest)
    mk = m.group(1) if m else ''
    t = rest[len(mk):]
    t = re.split('[。；]', t)[0]
    return mk.strip(), t.strip()
def main(src, root):
    name = os.path.basename(src)[:-4]
    exp = {'headings': [], 'title': [], 'meta_lines': [], 'chrome': [], 'closing': [], 'fields': {}}
    lines = []
    for raw in open(src, encoding='utf-8').read().split('\n'):
        if re.match(r'^%(published|source|salutation|speaker|dateline|signature|date|title|author|views) ', raw):
            k, _, v = raw[1:].partition(' ')
            exp['fields'][k] = v
            continue
        n = len(lines) + 1
        m = re.match(r'^((?:#\d(?:\[[^\]]*\])?)+) ?', raw)
        if m and raw.startswith('#'):
            rest = raw[m.end():]
            for lv, ex in re.findall(r'#(\d)(?:\[([^\]]*)\])?', m.group(1)):
                if ex:
                    mk, t = ex.split('|', 1)
                else:
                    mk, t = derive(rest)
                exp['headings'].append({'line': n, 'level': int(lv), 'marker': mk, 'title': t})
            lines.append(rest)
            continue
        m = re.match(r'^@([TMCX]) ?', raw)
        if m:
            key = {'T': 'title', 'M': 'meta_lines', 'C': 'chrome', 'X': 'closing'}[m.group(1)]
            if raw[m.end():].strip():
                exp[key].append(n)
            lines.append(raw[m.end():])
            continue
        lines.append(raw)
    while lines and lines[-1] == '':
        lines.pop()
    open(os.path.join(root, 'docs', name + '.txt'), 'w', encoding='utf-8').write('\n'.join(lines) + '\n')
    json.dump(exp, open(os.path.join(root, 'exp', name + '.json'), 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
if __name__ == '__main__':
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    for s in sys.argv[1:]:
        main(s, root)

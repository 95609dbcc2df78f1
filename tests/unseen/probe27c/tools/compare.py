"""Run baogao tables/indicators on each doc and compare with expected.py. Prints per-doc details and a summary."""
import csv, io, json, os, subprocess, sys, re
sys.path.insert(0, os.path.dirname(__file__)); sys.path.insert(0, '/work/shared/eval')
from expected import E
import score
B = '/work/notes/s27/baogao-head'
D = os.path.join(os.path.dirname(__file__), '..', 'docs')
OUT = os.path.join(os.path.dirname(__file__), '..', 'out')

def run(args):
    return subprocess.run([B] + args, capture_output=True, text=True).stdout

def close(a, b):
    return score.close(a, b)

def fnum(x):
    try: return float(x)
    except: return x

def pv(p):
    v = p.get('value')
    if v in (None, ''):
        v = p.get('high') if p.get('high') is not None else p.get('low')
    return v

def align(exp, preds, labfn):
    used, res, ptr = set(), [], 0
    for e in exp:
        hit = None
        for j in range(ptr, min(len(preds), ptr + 60)):
            if j in used: continue
            p = preds[j]
            if close(pv(p), e['value']) and score.label_ok({'label': labfn(p)}, {'label': e['label'], 'table': True}):
                hit = j; break
        if hit is None:
            for j in range(ptr, min(len(preds), ptr + 3)):
                if j not in used and close(pv(preds[j]), e['value']):
                    hit = j; break
        res.append(hit)
        if hit is not None:
            used.add(hit); ptr = hit + 1
    return res, used

def main(only=None):
    summ = []
    for doc in sorted(E):
        if only and only not in doc: continue
        path = os.path.join(D, doc)
        tcsv = run(['tables', '--format', 'csv', path])
        tp = [dict(r) for r in csv.DictReader(io.StringIO(tcsv))]
        for r in tp: r['value'] = fnum(r['value']); r['label'] = f"{r['row_label']} / {r['col_label']}"
        ij = json.loads(run(['indicators', '--format', 'json', path]) or '[]')
        ij = ij if isinstance(ij, list) else ij.get('indicators', [])
        lines = open(path, encoding='utf-8').read().split('\n')
        open(os.path.join(OUT, doc + '.tables.csv'), 'w').write(tcsv)
        open(os.path.join(OUT, doc + '.ind.json'), 'w').write(json.dumps(ij, ensure_ascii=False, indent=0))
        exp = E[doc]
        ta, tused = align(exp, tp, lambda p: p['label'])
        ia, iused = align(exp, ij, lambda p: p.get('label'))
        st = dict(doc=doc, exp=len(exp), t_found=0, i_found=0, t_label=0, i_label=0, i_value=0, unit=0, mult=0, kind=0, kind_n=0, all_ok=0, score_ok=0, t_inv=0, i_inv=0)
        det = []
        for e, tj, ij_ in zip(exp, ta, ia):
            p = tp[tj] if tj is not None else None
            q = ij[ij_] if ij_ is not None else None
            probs = []
            if p is None: probs.append('T-MISS')
            if q is None: probs.append('I-MISS')
            if p is not None:
                st['t_found'] += 1
                if score.label_ok({'label': p['label']}, {'label': e['label'], 'table': True}): st['t_label'] += 1
                else: probs.append('T-LABEL')
                pu = p['unit'] or None; pm = p['multiplier'] or None
                if (pu or None) == e['unit'] or (e['unit'] is None and pu is None): st['unit'] += 1
                else: probs.append(f'UNIT {pu}≠{e["unit"]}')
                if pm == e['mult']: st['mult'] += 1
                else: probs.append(f'MULT {pm}≠{e["mult"]}')
                if e['kind']:
                    st['kind_n'] += 1
                    if p['kind'] == e['kind']: st['kind'] += 1
                    else: probs.append(f'KIND {p["kind"]}≠{e["kind"]}')
            if q is not None:
                st['i_found'] += 1
                lk = score.label_ok(q, {'label': e['label'], 'table': True})
                if lk: st['i_label'] += 1
                else: probs.append('I-LABEL')
                g = {'value': e['value'], 'unit': (e['mult'] or '') + e['unit'] if e['unit'] else None}
                if score.value_ok(q, g): st['i_value'] += 1
                else: probs.append(f'I-VALUE {q.get("value")}{q.get("unit") or ""}')
            if not probs: st['all_ok'] += 1
            if not any(x.startswith(('I-MISS', 'I-LABEL', 'I-VALUE')) for x in probs): st['score_ok'] += 1
            if probs:
                det.append(f"  {e['label']} = {e['value']} {e['mult'] or ''}{e['unit'] or ''} {e['kind'] or ''} :: " + ', '.join(probs) +
                           (f" | T: [{p['label']}] {p['value']} {p['multiplier']}{p['unit']} {p['kind']} L{p['line']}" if p else '') +
                           (f" | I: [{q.get('label')}] {q.get('value')} {q.get('multiplier') or ''}{q.get('unit') or ''} {q.get('kind')}" if q else ''))
        for j, p in enumerate(tp):
            if j not in tused:
                st['t_inv'] += 1
                det.append(f"  T-INVENTED L{p['line']} [{p['label']}] {p['value']} {p['multiplier']}{p['unit']} {p['kind']}")
        for j, q in enumerate(ij):
            if j in iused: continue
            ln = int(q.get('line') or 0)
            txt = lines[ln - 1] if doc.endswith('.txt') and 1 <= ln <= len(lines) else ''
            tl = score.is_table_line(txt) or (doc.endswith('.html')) or any(int(p['line']) == ln for p in tp)
            if doc.endswith('.txt') and not tl:
                # a PDF/aligned line with runs of spaces counts as a table line here
                tl = bool(re.search(r'\S {2,}\S', txt.strip())) or txt.strip() == q.get('text', '').strip()
            if tl:
                st['i_inv'] += 1
                det.append(f"  I-EXTRA L{ln} [{q.get('label')}] {q.get('text')} -> {q.get('value')} {q.get('multiplier') or ''}{q.get('unit') or ''} {q.get('kind')}")
        summ.append(st)
        print(f"== {doc}: exp {st['exp']} tables-found {st['t_found']} ind-found {st['i_found']} t-label {st['t_label']} i-label {st['i_label']} i-value {st['i_value']} unit {st['unit']} mult {st['mult']} kind {st['kind']}/{st['kind_n']} all-ok {st['all_ok']} score-ok {st['score_ok']} t-invented {st['t_inv']} i-extra {st['i_inv']}")
        print('\n'.join(det))
    keys = ['exp', 't_found', 'i_found', 't_label', 'i_label', 'i_value', 'unit', 'mult', 'kind', 'kind_n', 'all_ok', 'score_ok', 't_inv', 'i_inv']
    print('TOTAL', {k: sum(s[k] for s in summ) for k in keys}, 'docs', len(summ))

main(sys.argv[1] if len(sys.argv) > 1 else None)

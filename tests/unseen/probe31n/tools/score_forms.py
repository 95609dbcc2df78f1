#!/usr/bin/env python3
"""score.py's matching on the CLI output for a web page / Word file.

score.py runs the CLI on NAME.txt and matches gold items by char ranges on that text. Here the CLI reads
src/NAME.{html,docx} and its spans index the reader's own text, which the CLI does not print. So:
 1. the reader's text T is rebuilt from the CLI's own output (title, boilerplate, chunk, indicator texts at
    their byte spans; bytes no output covers, e.g. meta lines, are filled with spaces / newlines) and saved
    as out/NAME.reader.txt;
 2. my reference text R (src/NAME.txt, where the gold's line/col point) is aligned to T character by
    character (difflib, no autojunk); every gold item and heading is moved to T through that alignment
    (an item whose text is not in T is "lost by the reader");
 3. the items are matched with score.py's own functions (Doc, keyed, value_ok, label_ok, strip_title),
    imported, exactly as score_file does; the SUMMARY line has score.py's format.
Usage: score_forms.py GOLD_DIR [--diff] [names...]
"""
import difflib, json, os, subprocess, sys
sys.path.insert(0, '/work/shared/eval')
import score as S

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
B = os.environ.get('BAOGAO', '/work/notes/s31/baogao-m0')
FORMS = {'d1': 'd1.html', 'd2': 'd2.html', 'd3': 'd3.docx', 'd4': 'd4.html'}


def cli(verb, path, *extra):
    p = subprocess.run([B, verb, '--format', 'json', *extra, path], capture_output=True, timeout=120)
    if p.returncode != 0:
        raise RuntimeError(p.stderr.decode()[:300])
    return json.loads(p.stdout.decode())


def rebuild(name):
    path = os.path.join(ROOT, 'src', FORMS[name])
    parse = cli('parse', path)[0]
    inds = cli('indicators', path)
    heads = cli('headings', path)
    chunks = cli('chunks', path, '--max-chars', '1000000')
    if not chunks and name == 'd4':
        # N-class fault: `chunks` prints [] when a signature/date is followed by a 附件 list (min/n_chunks_*).
        # Work-around for the rebuild only: chunk a copy without the 附件 <div> (the text before it is byte-identical);
        # the 附件 lines come back from the headings below.
        import re as _re
        raw = open(path, 'rb').read()
        cut = _re.sub(rb'<div class="fujian">.*?</div>', b'', raw, flags=_re.S)
        tmp = os.path.join(ROOT, 'out', name + '.nofujian.html'); open(tmp, 'wb').write(cut)
        chunks = cli('chunks', tmp, '--max-chars', '1000000')
        print(f'{name}: chunks empty; rebuilt from a copy without the 附件 div ({len(chunks)} chunks)', file=sys.stderr)
    pieces = []
    if parse.get('title'): pieces.append((parse['title']['span'], parse['title']['text']))
    for b in parse.get('boilerplate', []): pieces.append((b['span'], b['text']))
    for c in chunks: pieces.append((c['span'], c['text']))
    for h in heads:
        base = [h['marker'] + h['title'], h['marker'] + h['title'] + '：', h['marker'] + h['title'] + '。']
        for cand in base + [c + '\n' for c in base]:
            if len(cand.encode('utf-8')) == h['byte_end'] - h['byte_start']:
                pieces.append(({'start': h['byte_start'], 'end': h['byte_end']}, cand)); break
    for i in inds:
        pieces.append(({'start': i['byte_start'], 'end': i['byte_end']}, i['text']))
    end = max(p[0]['end'] for p in pieces)
    for h in heads:
        end = max(end, h.get('byte_end', 0) or 0)
    buf = bytearray(b'\x00' * end)
    bad = 0
    for sp, text in pieces:
        bt = text.encode('utf-8')
        if len(bt) != sp['end'] - sp['start']:
            bad += 1; continue
        buf[sp['start']:sp['end']] = bt
    # fill what no output shows: a newline where a gap is short, else newline + spaces
    i = 0
    while i < len(buf):
        if buf[i] == 0:
            j = i
            while j < len(buf) and buf[j] == 0: j += 1
            buf[i] = 10
            for k in range(i + 1, j): buf[k] = 32
            if j - i > 1: buf[j - 1] = 10
            i = j
        else:
            i += 1
    text = buf.decode('utf-8', errors='replace')
    out = os.path.join(ROOT, 'out', name + '.reader.txt')
    open(out, 'w', encoding='utf-8').write(text)
    json.dump(parse, open(os.path.join(ROOT, 'out', name + '.parse.json'), 'w'), ensure_ascii=False, indent=1)
    json.dump(inds, open(os.path.join(ROOT, 'out', name + '.indicators.json'), 'w'), ensure_ascii=False, indent=1)
    json.dump(heads, open(os.path.join(ROOT, 'out', name + '.headings.json'), 'w'), ensure_ascii=False, indent=1)
    return out, parse, inds, heads, bad


def char_map(R, T):
    sm = difflib.SequenceMatcher(None, R, T, autojunk=False)
    m = {}
    for a, b, n in sm.get_matching_blocks():
        for k in range(n): m[a + k] = b + k
    return m


def main():
    args = [a for a in sys.argv[1:] if not a.startswith('--')]
    gdir = args[0] if args else 'gold'
    names = args[1:] or ['d1', 'd2', 'd3', 'd4']
    show = '--diff' in sys.argv
    tot = dict(hg=0, hp=0, ht=0, hto=0, ig=0, fo=0, vo=0, lo=0, lt=0, fp=0, tr=0, tt=0)
    for name in names:
        gold = json.load(open(os.path.join(ROOT, gdir, name + '.json'), encoding='utf-8'))
        tpath, parse, pred_i, pred_h, bad = rebuild(name)
        doc = S.Doc(tpath)
        R = open(os.path.join(ROOT, 'src', name + '.txt'), encoding='utf-8').read()
        Rlines = R.split('\n')
        Rstart = [0]
        for L in Rlines[:-1]: Rstart.append(Rstart[-1] + len(L) + 1)
        cmap = char_map(R, doc.text)

        def to_T(line, col, n):
            s = Rstart[line - 1] + col
            got = [cmap[k] for k in range(s, s + n) if k in cmap]
            if len(got) < max(1, (n + 1) // 2):  # most of the item's characters must be in the reader's text
                return None
            return (min(got), max(got) + 1)

        def T_line(pos):
            import bisect
            return bisect.bisect_right(doc.line_start, pos)

        # headings keyed by (T line, level, n)
        gh = []
        for h in gold['headings']:
            col = 0
            r = to_T(h['line'], col, max(1, len(h['marker']) + min(len(h['title']), 6)))
            hh = dict(h); hh['line'] = T_line(r[0]) if r else -h['line']
            gh.append(hh)
        ph = []
        for h in pred_h:
            hh = dict(h)
            if h.get('byte_start') in doc.byte_to_char:
                c = doc.byte_to_char[h['byte_start']]
                while c < len(doc.text) and doc.text[c].isspace(): c += 1  # a heading's span may open with the blank line before it
                hh['line'] = T_line(c)
            ph.append(hh)
        pk, gk = S.keyed(ph), S.keyed(gh)
        tp = [k for k in gk if k in pk]
        titles = sum(1 for k in tp if S.strip_title(pk[k].get('title')) == S.strip_title(gk[k].get('title')))
        lines_out = []
        for k in gk:
            if k not in pk: lines_out.append(f'{name} HEAD-MISS T{k[0]} lvl{k[1]} {gk[k]["marker"]}{gk[k]["title"]}' + (' (LOST: not in reader text)' if k[0] < 0 else ''))
            elif S.strip_title(pk[k].get('title')) != S.strip_title(gk[k].get('title')):
                lines_out.append(f'{name} HEAD-TITLE T{k[0]} gold={gk[k]["title"]!r} pred={pk[k].get("title")!r}')
        for k in pk:
            if k not in gk: lines_out.append(f'{name} HEAD-EXTRA T{k[0]} lvl{k[1]} {pk[k].get("marker")}{pk[k].get("title")}')
        # indicators
        pr = []
        for p in pred_i:
            pr.append((doc.byte_to_char[p['byte_start']], doc.byte_to_char[p['byte_end']]))
        used = set(); found = vo = lo = lt = 0
        for g in gold['indicators']:
            r = to_T(g['line'], g['col'], len(g['text']))
            if r is None:
                lines_out.append(f'{name} LOST R{g["line"]} «{g["text"]}» gold[{g["label"]}] (not in the reader text)'); continue
            hit = None
            for j, q in enumerate(pr):
                if j not in used and q and q[0] < r[1] and r[0] < q[1]: hit = j; break
            if hit is None:
                ctx = doc.text[max(0, r[0] - 12):r[1] + 4].replace('\n', '⏎')
                lines_out.append(f'{name} MISS R{g["line"]} «{g["text"]}» gold[{g["label"]}] {g["value"]}{g.get("multiplier") or ""}{g.get("unit") or ""}  T:…{ctx}…'); continue
            used.add(hit); found += 1; p = pred_i[hit]
            desc = f'pred[{p.get("label")}] {p.get("value")} {p.get("multiplier") or ""}{p.get("unit") or ""} {p.get("kind")} dir={p.get("direction")} from={p.get("from")} low={p.get("low")} high={p.get("high")} approx={p.get("approx")} «{p.get("text")}»'
            if S.value_ok(p, g): vo += 1
            else: lines_out.append(f'{name} VALUE R{g["line"]} «{g["text"]}» gold {g["value"]}{g.get("multiplier") or ""}{g.get("unit") or ""} | {desc}')
            lk = S.label_ok(p, g)
            if lk is not None:
                lt += 1; lo += lk
                if not lk: lines_out.append(f'{name} LABEL R{g["line"]} «{g["text"]}» gold[{g["label"]}] | {desc}')
        trap_hits = 0
        for t in gold.get('non_indicators', []):
            r = to_T(t['line'], t['col'], len(t['text']))
            if r is None: continue
            hits = [j for j, q in enumerate(pr) if j not in used and q and q[0] < r[1] and r[0] < q[1]]
            if hits:
                trap_hits += 1
                p = pred_i[hits[0]]
                lines_out.append(f'{name} TRAP R{t["line"]} «{t["text"]}» ({t["why"]}) | pred[{p.get("label")}] {p.get("value")}{p.get("unit") or ""} «{p.get("text")}»')
        fp = len(pred_i) - len(used)
        for j, p in enumerate(pred_i):
            if j in used: continue
            ctx = doc.text[max(0, pr[j][0] - 12):pr[j][1] + 4].replace('\n', '⏎')
            lines_out.append(f'{name} EXTRA T{T_line(pr[j][0])} «{p.get("text")}» [{p.get("label")}] {p.get("value")} {p.get("multiplier") or ""}{p.get("unit") or ""} {p.get("kind")}  T:…{ctx}…')
        hg, hp, ht = len(gk), len(pk), len(tp)
        nt = len(gold.get('non_indicators', []))
        for k, v in dict(hg=hg, hp=hp, ht=ht, hto=titles, ig=len(gold['indicators']), fo=found, vo=vo, lo=lo, lt=lt, fp=fp, tr=trap_hits, tt=nt).items():
            tot[k] += v
        print(summary(name, dict(hg=hg, hp=hp, ht=ht, hto=titles, ig=len(gold['indicators']), fo=found, vo=vo, lo=lo, lt=lt, fp=fp, tr=trap_hits, tt=nt)) + (f'  [rebuild: {bad} pieces off]' if bad else ''))
        if show:
            for l in lines_out: print('   ', l)
    if len(names) > 1: print(summary('all', tot, len(names)))


def summary(name, t, files=1):
    r = lambda a, b: a / b if b else 1.0
    hp_, hr = r(t['ht'], t['hp']), r(t['ht'], t['hg'])
    f1 = 2 * hp_ * hr / (hp_ + hr) if hp_ + hr else 0.0
    prec = r(t['fo'], t['fo'] + t['fp'])
    return (f"{name:4s}SUMMARY files={files} errors=0 heading_f1={f1:.3f} heading_titles={r(t['hto'], t['ht']):.3f} "
            f"indicator_recall={r(t['fo'], t['ig']):.3f} indicator_precision={prec:.3f} value_acc={r(t['vo'], t['fo']):.3f} "
            f"label_acc={r(t['lo'], t['lt']):.3f} traps_hit={t['tr']}/{t['tt']}")


if __name__ == '__main__':
    main()

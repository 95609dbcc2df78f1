#!/usr/bin/env python3
"""Build src/NAME.txt and gold/NAME.json from ann/NAME.ann (the annotated text written by hand).

Annotation syntax (all of it written before the parser was run on the documents):
  %title TEXT                 the gold title (not emitted)
  %note TEXT                  appended to the gold notes (not emitted)
  #N TEXT                     a heading at level N (marker taken from the text); #N! TEXT: unmarked (marker "")
  {TEXT|LABEL|opts}           an indicator; opts comma-separated: d=up|down, k=kind, v=value, u=unit, m=mult,
                              n=normalized, from=X, a=approx, lo=, hi= (range bounds)
  <<TEXT|why>>                a trap (non-indicator)
  @@table SEP                 SEP = tab | spaces (2+ spaces) | space (1 space) ; ends with @@end
  @cols SPEC<TAB>SPEC...      column specs name=unit,mult,kind (empty parts allowed)
  @row[LABEL;u=;m=;k=] CELLS  a body row; leading non-numeric cells are its label unless LABEL is given
  other lines inside a table are emitted as they are (inline markup processed)
"""
import json
import re
import sys

CN = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
CNU = {"十": 10, "百": 100, "千": 1000}
MULT = {"万亿": 1e12, "千万": 1e7, "百万": 1e6, "万": 1e4, "亿": 1e8, "千": 1e3}
KEEP_QIAN = ("千瓦", "千克", "千米", "千瓦时", "千卡", "千伏")


def cn2num(s):
    total, cur = 0, 0
    for ch in s:
        if ch in CN:
            cur = CN[ch]
        elif ch in CNU:
            total += (cur or 1) * CNU[ch]
            cur = 0
    return total + cur


NUM = r"-?\d+(?:,\d{3})*(?:\.\d+)?"
CNNUM = r"[零〇一二两三四五六七八九十百千]+"


def parse_quantity(text, opts):
    """value, unit, multiplier, normalized, kind, approx from an indicator's text (overridable by opts)."""
    t = text.replace(" ", "")
    out = {}
    approx = None
    for p in ("超过", "突破", "最高达", "至少", "不少于", "不超过", "不到", "近", "约", "逾", "超"):
        if t.startswith(p):
            approx, t = p, t[len(p):]
            break
    for s in ("以上", "以下", "以内", "左右", "多"):
        if t.endswith(s):
            approx, t = s, t[: -len(s)]
            break
    # ratio
    if re.fullmatch(rf"{NUM}(?:[∶：:]{NUM})+", t):
        parts = [float(x) for x in re.split(r"[∶：:]", t)]
        return {"value": parts, "unit": "", "multiplier": None, "normalized": parts, "kind": "ratio", "approx": approx}
    m = re.match(rf"({NUM}|{CNNUM})", t) if "from" not in opts else None
    if "from" in opts:
        nums = list(re.finditer(rf"({NUM}|{CNNUM})", t))
        m = nums[-1]
        rest = t[m.end():]
    else:
        if not m:
            m = re.search(rf"({NUM}|{CNNUM})", t)
        rest = t[m.end():]
    raw = m.group(1)
    value = float(raw.replace(",", "")) if re.fullmatch(NUM, raw) else float(cn2num(raw))
    rng = None
    mr = re.match(rf"\s*[-－~～至到]\s*({NUM}|{CNNUM})", rest)
    if mr and "from" not in opts:
        raw2 = mr.group(1)
        v2 = float(raw2.replace(",", "")) if re.fullmatch(NUM, raw2) else float(cn2num(raw2))
        rng = [value, v2]
        rest = rest[mr.end():]
    for s in ("余", "多"):
        if rest.startswith(s):
            approx, rest = s, rest[1:]
    mult = None
    for k in ("万亿", "千万", "百万", "万", "亿", "千"):
        if rest.startswith(k):
            if k == "千" and rest.startswith(KEEP_QIAN):
                break
            mult, rest = k, rest[len(k):]
            break
    for s in ("余", "多"):
        if rest.startswith(s):
            approx, rest = s, rest[1:]
    unit = rest
    unit = {"％": "%"}.get(unit, unit)
    if unit.startswith("％"):
        unit = "%" + unit[1:]
    kind = "count"
    if unit == "%":
        kind = "percent"
    elif unit == "个百分点":
        kind = "percentage_points"
    elif unit.endswith("元") or unit.endswith("美元"):
        kind = "money"
    elif unit == "‰":
        kind = "rate"
    f = MULT.get(mult, 1) if mult else 1
    if rng:
        out = {"value": rng, "unit": unit or None, "multiplier": mult, "normalized": [rng[0] * f, rng[1] * f],
               "kind": "range", "approx": approx}
    else:
        out = {"value": value, "unit": unit or None, "multiplier": mult, "normalized": round(value * f, 4),
               "kind": kind, "approx": approx}
    if "from" in opts:
        fr = opts["from"]
        out["from"] = float(fr)
        out["kind"] = "change"
    return out


def clean_num(x):
    if isinstance(x, float) and x.is_integer():
        return int(x)
    if isinstance(x, list):
        return [clean_num(y) for y in x]
    return x


def apply_opts(q, opts):
    if "d" in opts:
        q["direction"] = opts["d"]
        if q["kind"] not in ("percentage_points",):
            q["kind"] = "change"
    if "from" in opts and "d" not in opts:
        q["direction"] = "up" if q["value"] > q["from"] else "down"
    for key, field in (("k", "kind"), ("u", "unit"), ("m", "multiplier"), ("a", "approx")):
        if key in opts:
            q[field] = opts[key] if opts[key] != "null" else None
    if "per" in opts:
        q["per"] = opts["per"]
    if "v" in opts:
        q["value"] = float(opts["v"])
    if "n" in opts:
        q["normalized"] = float(opts["n"])
    elif "v" in opts or "m" in opts:
        f = MULT.get(q.get("multiplier"), 1) if q.get("multiplier") else 1
        if not isinstance(q["value"], list):
            q["normalized"] = round(q["value"] * f, 4)
    if "lo" in opts or "hi" in opts:
        q["kind"] = "range"
        lo = float(opts.get("lo", "nan")) if "lo" in opts else None
        hi = float(opts.get("hi", "nan")) if "hi" in opts else None
        q["value"] = [lo, hi]
        f = MULT.get(q.get("multiplier"), 1) if q.get("multiplier") else 1
        q["normalized"] = [lo * f if lo is not None else None, hi * f if hi is not None else None]
    for k in list(q):
        q[k] = clean_num(q[k])
    return q


INLINE = re.compile(r"\{([^{}|]+)\|([^{}|]*)(?:\|([^{}]*))?\}|<<([^<>|]+)\|([^<>]*)>>")


def parse_opts(s):
    opts = {}
    if s:
        for part in s.split(","):
            k, _, v = part.partition("=")
            opts[k.strip()] = v.strip()
    return opts


def render_inline(line):
    """Plain text of an annotated line, with the indicator and trap items found in it (col = char offset)."""
    out, items, pos = [], [], 0
    plain_len = 0
    for m in INLINE.finditer(line):
        pre = line[pos:m.start()]
        out.append(pre)
        plain_len += len(pre)
        if m.group(1) is not None:
            text, label, opts = m.group(1), m.group(2), parse_opts(m.group(3))
            items.append(("ind", text, plain_len, label, opts))
        else:
            text, why = m.group(4), m.group(5)
            items.append(("trap", text, plain_len, why, {}))
        out.append(text)
        plain_len += len(text)
        pos = m.end()
    out.append(line[pos:])
    return "".join(out), items


MARKER = re.compile(r"^(第[一二三四五六七八九十]+[章节条]|[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)]|\d+[.．、]|[（(]\d+[）)]|[①-⑳])")


def split_cells(text, sep):
    """Cells of a table row with their char offsets."""
    if sep == "tab":
        pat = r"\t+"
    elif sep == "spaces":
        pat = r"(?: {2,}|\u3000+|\t+)"
    else:
        pat = r"[ \t\u3000]+"
    cells, pos = [], 0
    for m in re.finditer(pat, text):
        if m.start() > pos:
            cells.append((text[pos:m.start()], pos))
        pos = m.end()
    if pos < len(text):
        cells.append((text[pos:], pos))
    # strip leading spaces of a cell
    res = []
    for c, at in cells:
        lead = len(c) - len(c.lstrip(" \u3000"))
        c2 = c.strip(" \u3000")
        if c2:
            res.append((c2, at + lead))
    return res


CELLNUM = re.compile(r"^-?\d+(?:\.\d+)?%?$")


def build(name, base="."):
    src = open(f"{base}/ann/{name}.ann", encoding="utf-8").read().split("\n")
    if src and src[-1] == "":
        src = src[:-1]
    lines, headings, inds, traps = [], [], [], []
    title, notes = None, []
    table = None
    cols = []
    for raw in src:
        if raw.startswith("%title "):
            title = raw[7:]
            continue
        if raw.startswith("%note "):
            notes.append(raw[6:])
            continue
        if raw.startswith("@@table"):
            table = raw.split()[1] if len(raw.split()) > 1 else "tab"
            continue
        if raw.startswith("@@end"):
            table = None
            continue
        if table and raw.startswith("@cols"):
            cols = []
            for spec in raw[6:].split("\t"):
                nm, _, rest = spec.partition("=")
                u, m, k = (rest.split(",") + ["", "", ""])[:3]
                cols.append({"name": nm, "unit": u or None, "mult": m or None, "kind": k or None})
            continue
        lineno = len(lines) + 1
        if table and raw.startswith("@row"):
            mm = re.match(r"@row(?:\[([^\]]*)\])?\s?(.*)$", raw)
            spec, body = mm.group(1), mm.group(2)
            text, items = render_inline(body)
            for it in items:
                kind, t, col, lab, opts = it
                if kind == "trap":
                    traps.append({"text": t, "line": lineno, "col": col, "why": lab})
            lines.append(text)
            over = {}
            rowlabel = None
            if spec:
                parts = spec.split(";")
                if parts[0]:
                    rowlabel = parts[0]
                for p in parts[1:]:
                    k, _, v = p.partition("=")
                    over[k] = v
            cells = split_cells(text, table)
            labcells = []
            vals = []
            for c, at in cells:
                if CELLNUM.match(c):
                    vals.append((c, at))
                elif not vals and not c in ("—", "-", "/", "－", "--"):
                    labcells.append(c)
                else:
                    vals.append((c, at))
            # units written in a unit column: the cell right after the label, when the first column is a unit column
            ci = 0
            if rowlabel is None:
                rowlabel = " ".join(labcells)
                rowlabel = re.sub(r"^其中[：:]", "", rowlabel).strip()
            unitcell = None
            if cols and cols[0]["name"] == "@unitcol":
                # the unit column is the last label cell
                unitcell = labcells[-1]
                rowlabel = " ".join(labcells[:-1])
                rowlabel = re.sub(r"^其中[：:]", "", rowlabel).strip()
                if spec and spec.split(";")[0]:
                    rowlabel = spec.split(";")[0]
                vcols = cols[1:]
            else:
                vcols = cols
            if len(vals) != len(vcols):
                raise SystemExit(f"{name}:{lineno}: {len(vals)} value cells, {len(vcols)} columns: {text!r}")
            for (c, at), colspec in zip(vals, vcols):
                if not CELLNUM.match(c):
                    continue
                v = float(c.rstrip("%"))
                unit, mult, kind = colspec["unit"], colspec["mult"], colspec["kind"]
                if unit == "@row":
                    # unit from the unit column of the row
                    u = unitcell
                    mult = None
                    for k in ("万亿", "千万", "百万", "万", "亿", "千"):
                        if u.startswith(k) and not (k == "千" and u.startswith(KEEP_QIAN)) and len(u) > len(k):
                            mult, u = k, u[len(k):]
                            break
                    unit = u
                unit = over.get("u", unit)
                mult = over.get("m", mult)
                if c.endswith("%"):
                    unit = "%"
                if not kind:
                    kind = "percent" if unit == "%" else ("money" if unit and unit.endswith("元") else "count")
                kind = over.get("k", kind) if kind not in ("change",) else kind
                f = MULT.get(mult, 1) if mult else 1
                ind = {"text": c, "line": lineno, "col": at, "label": colspec['name'] if rowlabel == "@" else f"{rowlabel} / {colspec['name']}",
                       "value": clean_num(v), "unit": unit if unit else None, "multiplier": mult,
                       "normalized": clean_num(round(v * f, 4)), "approx": None, "kind": kind, "table": True}
                if kind == "change":
                    ind["direction"] = "down" if v < 0 else "up"
                inds.append(ind)
            continue
        hm = re.match(r"^#(\d)(!?) (.*)$", raw)
        level = None
        if hm:
            level, unmarked, raw = int(hm.group(1)), hm.group(2) == "!", hm.group(3)
        text, items = render_inline(raw)
        for kind, t, col, lab, opts in items:
            if kind == "trap":
                traps.append({"text": t, "line": lineno, "col": col, "why": lab})
            else:
                q = apply_opts(parse_quantity(t, opts), opts)
                ind = {"text": t, "line": lineno, "col": col, "label": lab}
                ind.update(q)
                inds.append(ind)
        if level is not None:
            if unmarked:
                marker, rest = "", text.strip()
            else:
                mk = MARKER.match(text.strip())
                marker = mk.group(1) if mk else ""
                rest = text.strip()[len(marker):]
            tm = re.match(r"^([^。；]*)([。；]?)(.*)$", rest)
            htitle = tm.group(1)
            inline_body = bool(tm.group(3).strip())
            headings.append({"level": level, "marker": marker, "title": htitle, "line": lineno,
                             "inline_body": inline_body})
        lines.append(text)
    # sanity: every item's text stands at its col
    for it in inds + traps:
        ln = lines[it["line"] - 1]
        assert ln[it["col"]:it["col"] + len(it["text"])] == it["text"], (name, it)
    gold = {"file": f"{name}.txt", "title": title or lines[0], "headings": headings,
            "indicators": inds, "exhaustive_indicators": True, "non_indicators": traps,
            "notes": " ".join(notes)}
    open(f"{base}/src/{name}.txt", "w", encoding="utf-8").write("\n".join(lines) + "\n")
    open(f"{base}/gold/{name}.json", "w", encoding="utf-8").write(json.dumps(gold, ensure_ascii=False, indent=1) + "\n")
    n_tab = sum(1 for i in inds if i.get("table"))
    print(f"{name}: {len(lines)} lines, {sum(len(l) for l in lines)} chars, headings {len(headings)}, "
          f"indicators {len(inds)} (table {n_tab}), traps {len(traps)}")


if __name__ == "__main__":
    for n in sys.argv[1:]:
        build(n)

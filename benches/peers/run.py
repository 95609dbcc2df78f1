#!/usr/bin/env python3
"""baogao against peer libraries, in one run on the same input.

    bash benches/peers/setup.sh                      # once: .venv and node_modules
    cargo build --release -p baogao-cli
    benches/peers/.venv/bin/python benches/peers/run.py [--mb 2] [--markdown out.md]

Input: the real reports in tests/corpus/*.txt. Every tool gets each report as one document.

- Throughput: the reports repeated until they hold at least --mb megabytes of UTF-8 (the same list
  of documents for every tool), timed in one pass; MB/s = UTF-8 bytes / seconds. Python peers are
  timed in-process after import and model construction; the npm Recognizers in one Node process
  after model construction; baogao as the release CLI (process start, decoding, parsing, JSON
  output to /dev/null included), so baogao's figure is the conservative one.
- Recall: each tool's spans on the five reports, matched against the gold indicators
  (tests/gold/*.json) the way score.py does: one-to-one, greedy in gold order, on overlapping
  character ranges (a gold text located at its line and col). A peer's spans contained in another
  of its spans are dropped first, so that a number inside a currency amount does not count twice.

Peers: jionlp (extract_money: it has no general number extractor), Microsoft Recognizers-Text
(Chinese number, percentage, currency and dimension models; Python package and npm suite; each
model alone and the four together) and cn2an (transform cn2an, which rewrites Chinese numerals in
running text: throughput only, it reports no spans).
"""
import argparse
import datetime
import glob
import importlib.util
import io
import json
import os
import platform
import subprocess
import sys
import tempfile
import time
import warnings
from contextlib import redirect_stdout, redirect_stderr

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", ".."))


def load_score(path):
    spec = importlib.util.spec_from_file_location("score", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def dedupe(ranges):
    """Drops ranges (start, end, value) contained in another range of the same tool; sorts by start."""
    ranges = [(r[0], r[1], None if len(r) < 3 or r[2] is None else str(r[2])) for r in ranges if r and r[1] > r[0]]
    ranges = sorted(set(ranges), key=lambda r: (r[0], -(r[1] - r[0]), str(r[2:])))
    out = []
    for r in ranges:
        if not any(o[0] <= r[0] and r[1] <= o[1] for o in out[-8:]):
            out.append(r)
    return out


def peer_value(v):
    """A peer's resolved value as a float ("15.4%" -> 15.4, "2087400.00" -> 2087400.0), or None."""
    if v is None:
        return None
    try:
        return float(str(v).replace(",", "").rstrip("%"))
    except ValueError:
        return None


def value_matches(score, pred, gold):
    """Whether a matched prediction has the gold value: baogao's indicator object through score.py's
    value_ok; a peer's resolved value against the gold value, normalized value or range ends."""
    if isinstance(pred, dict):
        return score.value_ok(pred, gold)
    v = peer_value(pred[2] if len(pred) > 2 else None)
    if v is None:
        return False
    wants = []
    for key in ("value", "normalized", "to"):
        w = gold.get(key)
        wants += w if isinstance(w, list) else [w]
    return any(w is not None and score.close(v, w) for w in wants)


def recall(score, gold_dir, spans_by_name):
    """(found, total, found with the right value, found covering the whole gold text) over all gold files, matched like score.py.
    A prediction is a (start, end, value) tuple in code points, or (range, indicator dict) for baogao."""
    found = total = valued = whole = 0
    for gpath in sorted(glob.glob(os.path.join(gold_dir, "*.json"))):
        name = os.path.basename(gpath)[:-5]
        doc = score.Doc(os.path.join(ROOT, "tests", "corpus", name + ".txt"))
        gold = json.load(open(gpath, encoding="utf-8"))
        gold_i = gold.get("indicators", gold.get("indicators_sample", []))
        preds = spans_by_name.get(name, [])
        pred = [p[0] if isinstance(p[1], dict) else p for p in preds]
        used = set()
        for g in gold_i:
            total += 1
            hit = None
            for gs, ge in doc.gold_ranges(g):
                for j, r in enumerate(pred):
                    if j not in used and r[0] < ge and gs < r[1]:
                        hit, covers = j, r[0] <= gs and ge <= r[1]
                        break
                if hit is not None:
                    break
            if hit is not None:
                used.add(hit)
                found += 1
                p = preds[hit]
                valued += value_matches(score, p[1] if isinstance(p[1], dict) else p, g)
                whole += covers
    return found, total, valued, whole


def quiet(fn, *args):
    with warnings.catch_warnings(), redirect_stdout(io.StringIO()), redirect_stderr(io.StringIO()):
        warnings.simplefilter("ignore")
        return fn(*args)


def python_peers():
    """name -> (function text -> list of (start, end) code point ranges, or None for no spans)."""
    peers = {}
    with redirect_stdout(io.StringIO()), redirect_stderr(io.StringIO()):
        import jionlp
        import cn2an
        from recognizers_text import Culture
        from recognizers_number import NumberRecognizer
        from recognizers_number_with_unit import NumberWithUnitRecognizer
    peers["jionlp extract_money"] = lambda t: [(*m["offset"], m["detail"]["num"]) for m in jionlp.ner.extract_money(t, with_parsing=True)]
    peers["cn2an transform"] = lambda t: (cn2an.transform(t, "cn2an"), None)[1]
    num = NumberRecognizer(Culture.Chinese)
    unit = NumberWithUnitRecognizer(Culture.Chinese)
    models = {"number": num.get_number_model(), "percentage": num.get_percentage_model(),
              "currency": unit.get_currency_model(), "dimension": unit.get_dimension_model()}
    for name, model in models.items():
        # Recognizers' `end` is inclusive.
        peers[f"Recognizers-Text (Python) {name}"] = (lambda m: lambda t: [(r.start, r.end + 1, (r.resolution or {}).get("value")) for r in m.parse(t)])(model)
    return peers


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--mb", type=float, default=2.0, help="throughput input size in MB (default 2)")
    ap.add_argument("--bin", default=os.path.join(ROOT, "target", "release", "baogao"))
    ap.add_argument("--scaling", default=os.path.join(ROOT, "target", "release", "examples", "scaling"),
                    help="the built scaling example, for the in-process figure")
    ap.add_argument("--score", default=os.path.join(ROOT, "..", "shared", "eval", "score.py"))
    ap.add_argument("--gold", default=os.path.join(ROOT, "tests", "gold"))
    ap.add_argument("--markdown", help="also write the table to this file")
    args = ap.parse_args()
    score = load_score(args.score)

    files = sorted(glob.glob(os.path.join(ROOT, "tests", "corpus", "*.txt")))
    texts = [open(f, encoding="utf-8").read() for f in files]
    names = [os.path.basename(f)[:-4] for f in files]
    size = sum(len(t.encode()) for t in texts)
    reps = max(1, int(-(-args.mb * 1e6 // size)))
    big_files, big_texts = files * reps, texts * reps
    big_bytes = size * reps
    rows = []  # (tool, seconds, found, total, found with the right value, found covering the gold text)

    # baogao: release CLI.
    for verb in ("parse", "indicators"):
        t = time.perf_counter()
        subprocess.run([args.bin, verb, "--format", "json", *big_files], check=True, stdout=subprocess.DEVNULL)
        secs = time.perf_counter() - t
        spans = {}
        if verb == "indicators":
            for f, n in zip(files, names):
                doc = score.Doc(f)
                out = json.loads(subprocess.run([args.bin, "indicators", "--format", "json", f], check=True,
                                                capture_output=True).stdout)
                spans[n] = [(doc.pred_range(p), p) for p in out if doc.pred_range(p)]
            rows.append((f"baogao CLI `{verb} --format json`", secs, *recall(score, args.gold, spans)))
        else:
            rows.append((f"baogao CLI `{verb} --format json`", secs, None, None, None, None))
    # baogao in process (no process start, no JSON), when the scaling example is built.
    if os.path.exists(args.scaling):
        out = subprocess.run([args.scaling, "--files", *big_files], check=True, capture_output=True, text=True).stdout
        rows.insert(0, ("baogao `parse` in process", float(out.split()[1]), None, None, None, None))

    # Python peers, in this process.
    for name, fn in python_peers().items():
        t = time.perf_counter()
        for text in big_texts:
            quiet(fn, text)
        secs = time.perf_counter() - t
        spans = {n: quiet(fn, text) for n, text in zip(names, texts)}
        if any(v is None for v in spans.values()):
            rows.append((name, secs, None, None, None, None))
            continue
        rows.append((name, secs, *recall(score, args.gold, {n: dedupe(v) for n, v in spans.items()})))
    # The four Python Recognizers models together.
    rt = [r for r in rows if r[0].startswith("Recognizers-Text (Python)")]
    if rt:
        peers = python_peers()
        spans = {n: dedupe([s for r in rt for s in quiet(peers[r[0]], text)]) for n, text in zip(names, texts)}
        rows.append(("Recognizers-Text (Python) all four", sum(r[1] for r in rt), *recall(score, args.gold, spans)))

    # npm Recognizers, in one Node process.
    js = os.path.join(HERE, "recognizers.js")
    if os.path.isdir(os.path.join(HERE, "node_modules", "@microsoft")):
        with tempfile.TemporaryDirectory() as tmp:
            out = os.path.join(tmp, "rt.json")
            subprocess.run(["node", js, out, *big_files], check=True, cwd=HERE)
            res = json.load(open(out))["models"]
        union = {n: [] for n in names}
        for model, r in res.items():
            spans = {n: dedupe(r["spans"][f]) for f, n in zip(files, names)}
            for n in names:
                union[n] += spans[n]
            rows.append((f"Recognizers-Text (npm) {model}", r["seconds"], *recall(score, args.gold, spans)))
        total_secs = sum(r["seconds"] for r in res.values())
        rows.append(("Recognizers-Text (npm) all four", total_secs,
                     *recall(score, args.gold, {n: dedupe(v) for n, v in union.items()})))

    # Table.
    mbps = {r[0]: big_bytes / 1e6 / r[1] for r in rows}
    cli = mbps["baogao CLI `parse --format json`"]
    base = mbps.get("baogao `parse` in process", cli)
    peers = [r for r in rows if not r[0].startswith("baogao")]
    fastest = max(peers, key=lambda r: mbps[r[0]])
    lines = [
        f"Input: tests/corpus/*.txt ({len(files)} reports, {size:,} bytes) × {reps} = {big_bytes:,} bytes, "
        f"{len(big_files)} documents. Gold: {os.path.relpath(args.gold, ROOT)} (matched as score.py does).",
        f"Machine: {cpu_model()}, {os.cpu_count()} cores; {platform.python_implementation()} {platform.python_version()}, "
        f"node {node_version()}; {datetime.datetime.now(datetime.timezone.utc):%Y-%m-%d %H:%M} UTC.",
        "",
        "| tool | seconds | MB/s | baogao in-process parse ÷ tool | baogao CLI parse ÷ tool | gold indicators found (recall) | found with the gold value | found covering the whole gold phrase |",
        "|---|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for name, secs, found, total, valued, whole in rows:
        ratio = "—" if name.startswith("baogao") else f"{base / mbps[name]:,.0f}×"
        cratio = "—" if name.startswith("baogao") else f"{cli / mbps[name]:,.1f}×"
        rec = "" if found is None else f"{found}/{total} ({found / total:.3f})"
        val = "" if found is None else f"{valued}/{total} ({valued / total:.3f})"
        cov = "" if found is None else f"{whole}/{total} ({whole / total:.3f})"
        if found is None and not name.startswith("baogao"):
            rec = "n/a (no spans)"
        lines.append(f"| {name} | {secs:.3f} | {mbps[name]:.3f} | {ratio} | {cratio} | {rec} | {val} | {cov} |")
    best_recall = max((r for r in peers if r[2] is not None), key=lambda r: r[2])
    ours = next(r for r in rows if r[0].startswith("baogao CLI `indicators"))
    lines += [
        "",
        f"Fastest peer: {fastest[0]} at {mbps[fastest[0]]:.3f} MB/s; baogao's full parse is "
        f"{base / mbps[fastest[0]]:,.0f}× that in process and {cli / mbps[fastest[0]]:,.1f}× through the CLI "
        f"(target ≥ 100×: {'met' if base >= 100 * mbps[fastest[0]] else 'NOT met'}).",
        f"Best peer recall: {best_recall[0]} {best_recall[2]}/{best_recall[3]}; baogao {ours[2]}/{ours[3]} "
        f"(target: higher than every peer: {'met' if ours[2] > best_recall[2] else 'NOT met'}). "
        f"With the gold value: best peer {max(r[4] for r in peers if r[4] is not None)}/{ours[3]}, baogao {ours[4]}/{ours[3]}; "
        f"covering the whole gold phrase (number and unit): best peer {max(r[5] for r in peers if r[5] is not None)}/{ours[3]}, "
        f"baogao {ours[5]}/{ours[3]}.",
    ]
    text = "\n".join(lines)
    print(text)
    if args.markdown:
        with open(args.markdown, "w", encoding="utf-8") as f:
            f.write(text + "\n")


def cpu_model():
    try:
        for line in open("/proc/cpuinfo"):
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown CPU"


def node_version():
    try:
        return subprocess.run(["node", "--version"], capture_output=True, text=True).stdout.strip()
    except OSError:
        return "n/a"


if __name__ == "__main__":
    sys.exit(main())

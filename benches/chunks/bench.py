"""baogao chunks vs LangChain's RecursiveCharacterTextSplitter (Chinese separators) on the same
texts: throughput, chunk counts and sizes, and how many chunks run across the start of a heading
(the headings are those of baogao's outline, which scores heading F1 1.000 on the gold corpus and
0.991 on the devset).

    python3 -m venv benches/chunks/.venv && benches/chunks/.venv/bin/pip install langchain-text-splitters
    cargo build --release -p baogao-cli
    benches/chunks/.venv/bin/python benches/chunks/bench.py [--max-chars 500] [--repeat 20]

baogao is timed in process through the Python binding when bindings/python/.venv has it (after
`BAOGAO_SKIP_SPARK=1 bash bindings/python/ci.sh`): `baogao.parse(t)` alone, and
`baogao.parse(t).chunks(max_chars=N)` (parse + chunk + one dict per chunk); and through the CLI
(`baogao chunks` on all files, repeated: process start, decoding, parsing, chunking and JSON
output included). LangChain's `split_text` is timed in process on the same texts in memory.
Best of 3 runs each.
"""

from __future__ import annotations

import argparse
import json
import pathlib
import statistics
import subprocess
import time

from langchain_text_splitters import RecursiveCharacterTextSplitter

ROOT = pathlib.Path(__file__).resolve().parents[2]
BIN = ROOT / "target" / "release" / "baogao"
SEPARATORS = ["\n\n", "\n", "。", "！", "？", "；", "，", "、", ""]


def files() -> list[pathlib.Path]:
    return sorted((ROOT / "tests" / "corpus").glob("*.txt")) + sorted(
        (ROOT / "tests" / "devset" / "texts").glob("*.txt")
    )


def char_offset(text: str, byte: int) -> int:
    return len(text.encode()[:byte].decode())


def heading_starts(path: pathlib.Path, text: str) -> list[int]:
    out = subprocess.run([str(BIN), "headings", "--format", "json", str(path)], check=True, capture_output=True)
    heads = json.loads(out.stdout)
    rows = heads if isinstance(heads, list) else heads.get("headings", [])
    return [char_offset(text, h["span"]["start"]) for h in rows]


def across(spans: list[tuple[int, int]], heads: list[int]) -> int:
    return sum(1 for s, e in spans if any(s < h < e for h in heads))


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--max-chars", type=int, default=500)
    ap.add_argument("--repeat", type=int, default=20)
    a = ap.parse_args()
    paths = files()
    texts = [p.read_text(encoding="utf-8") for p in paths]
    total_bytes = sum(len(t.encode()) for t in texts)

    splitter = RecursiveCharacterTextSplitter(
        separators=SEPARATORS,
        chunk_size=a.max_chars,
        chunk_overlap=0,
        keep_separator="end",
        add_start_index=True,
        length_function=len,
    )
    lc_n = lc_across = 0
    lc_sizes: list[int] = []
    bg_n = bg_across = 0
    bg_sizes: list[int] = []
    for p, t in zip(paths, texts):
        heads = heading_starts(p, t)
        docs = splitter.create_documents([t])
        spans = [(d.metadata["start_index"], d.metadata["start_index"] + len(d.page_content)) for d in docs]
        for (s, e), d in zip(spans, docs):
            assert t[s:e] == d.page_content
        lc_n += len(docs)
        lc_across += across(spans, heads)
        lc_sizes += [len(d.page_content) for d in docs]
        out = subprocess.run(
            [str(BIN), "chunks", "--max-chars", str(a.max_chars), str(p)], check=True, capture_output=True
        )
        chunks = [json.loads(line) for line in out.stdout.decode().splitlines()]
        bspans = [(char_offset(t, c["span"]["start"]), char_offset(t, c["span"]["end"])) for c in chunks]
        bg_n += len(chunks)
        bg_across += across(bspans, heads)
        bg_sizes += [c["chars"] for c in chunks]

    def best(f) -> float:
        times = []
        for _ in range(3):
            t0 = time.perf_counter()
            f()
            times.append(time.perf_counter() - t0)
        return min(times)

    lc_time = best(lambda: [splitter.split_text(t) for _ in range(a.repeat) for t in texts])
    args = [str(BIN), "chunks", "--max-chars", str(a.max_chars)] + [str(p) for p in paths] * a.repeat
    bg_time = best(lambda: subprocess.run(args, check=True, stdout=subprocess.DEVNULL))
    binding = ROOT / "bindings" / "python" / ".venv" / "bin" / "python"
    py_rows = []
    if binding.exists():
        snippet = f"""
import baogao, pathlib, time, json
texts = [pathlib.Path(p).read_text(encoding="utf-8") for p in {[str(p) for p in paths]!r}]
def best(f):
    ts = []
    for _ in range(3):
        t0 = time.perf_counter(); f(); ts.append(time.perf_counter() - t0)
    return min(ts)
parse = best(lambda: [baogao.parse(t) for _ in range({a.repeat}) for t in texts])
chunk = best(lambda: [baogao.parse(t).chunks(max_chars={a.max_chars}) for _ in range({a.repeat}) for t in texts])
print(json.dumps([parse, chunk]))
"""
        out = subprocess.run([str(binding), "-c", snippet], check=True, capture_output=True, cwd="/tmp")
        parse_t, chunk_t = json.loads(out.stdout)
        py_rows = [
            ("baogao.parse(t) alone (Python binding, in process)", parse_t),
            ("baogao.parse(t).chunks(max_chars) (Python binding, in process)", chunk_t),
        ]
    mb = total_bytes * a.repeat / 1e6
    print(f"input: {len(paths)} texts, {total_bytes} bytes, x{a.repeat} = {mb:.1f} MB; max_chars {a.max_chars}")
    print("| splitter | chunks | mean chars | median chars | chunks across a heading | time | throughput |")
    print("|---|---|---|---|---|---|---|")
    for name, secs in py_rows:
        print(f"| {name} | {bg_n if 'chunks' in name else '–'} | | | | {secs:.3f} s | {mb / secs:.1f} MB/s |")
    for name, n, sizes, acr, secs in [
        ("baogao chunks (CLI, parse + chunk + JSON)", bg_n, bg_sizes, bg_across, bg_time),
        ("LangChain RecursiveCharacterTextSplitter", lc_n, lc_sizes, lc_across, lc_time),
    ]:
        print(
            f"| {name} | {n} | {statistics.mean(sizes):.0f} | {statistics.median(sizes):.0f} | "
            f"{acr} ({100 * acr / n:.0f} %) | {secs:.3f} s | {mb / secs:.1f} MB/s |"
        )


if __name__ == "__main__":
    main()

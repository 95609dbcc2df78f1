"""parse_many alone: 1 vs 2 threads, str vs bytes inputs (best of 10, same 200 documents as
python_bench.py). Run with the venv of bindings/python/ci.sh:

    bindings/python/.venv/bin/python benches/python_parse_many.py
"""

import pathlib
import time

import baogao

ROOT = pathlib.Path(__file__).resolve().parent.parent
texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "tests" / "corpus").glob("*.txt"))] * 40
raw = [t.encode() for t in texts]


def best(f, rounds=10):
    b = float("inf")
    for _ in range(rounds):
        t = time.perf_counter()
        f()
        b = min(b, time.perf_counter() - t)
    return b


print(f"str -> UTF-8 copy alone: {best(lambda: [t.encode() for t in texts]) * 1e3:.1f} ms")
for kind, items in (("str", texts), ("bytes", raw)):
    one = best(lambda: baogao.parse_many(items, threads=1))
    two = best(lambda: baogao.parse_many(items, threads=2))
    print(f"{kind}: 1 thread {one * 1e3:.1f} ms, 2 threads {two * 1e3:.1f} ms, speed-up {one / two:.2f}x")

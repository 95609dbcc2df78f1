#!/usr/bin/env python3
"""Python binding throughput against native Rust, on the corpus, in one run.

    python benches/python_bench.py [--copies 40] [--rounds 5] [--native-bin PATH]

Needs `baogao` importable (bindings/python/ci.sh builds it into bindings/python/.venv, or
`maturin develop --release`). Prints, for the corpus repeated --copies times:

1. Rust-native: `baogao::parse` of every text, timed in process by the core's bench binary
   (`cargo run --release -p baogao --example scaling -- --files ...`; built here unless
   --native-bin is given); and the CLI (`baogao headings --format jsonl <files>`, the whole
   process). Ratios are against the in-process figure.
2. `baogao.parse(text)` from Python (the Report object included; child objects are built when
   read), and the same plus reading every indicator and section (all those objects built).
3. `baogao.parse_many(texts, threads=1)` and `threads=2`, and the speed-up; plus a
   contention-free estimate of that speed-up from per-thread CPU time (see below).

Each figure is the best of --rounds interleaved rounds (the machine may be shared; the best
round is the least disturbed one). Targets (issue 4): Python parse within 1.5x of native; parse_many on 2 threads
>= 1.7x faster than on 1.
"""

from __future__ import annotations

import argparse
import json
import os
import pathlib
import platform
import subprocess
import sys
import threading
import time
from typing import Callable, Dict, List

import baogao

ROOT = pathlib.Path(__file__).resolve().parents[1]


def cargo_bin(args: List[str], name: str) -> str:
    """Builds a release binary with cargo and returns its path."""
    out = subprocess.run(
        ["cargo", "build", "--release", "-q", *args, "--message-format=json"],
        cwd=ROOT, check=True, capture_output=True, text=True,
    ).stdout  # fmt: skip
    for line in out.splitlines():
        msg = json.loads(line)
        if msg.get("reason") == "compiler-artifact" and msg.get("executable") and \
                msg["target"]["name"] == name:  # fmt: skip
            return str(msg["executable"])
    raise SystemExit(f"could not find the {name} binary")


def timed(fn: Callable[[], object]) -> float:
    t = time.perf_counter()
    fn()
    return time.perf_counter() - t


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--copies", type=int, default=40)
    ap.add_argument("--rounds", type=int, default=10)
    ap.add_argument("--native-bin", help="the core's scaling example binary (built if absent)")
    ap.add_argument("--cli", help="the baogao CLI binary (built if absent)")
    args = ap.parse_args()

    files = sorted((ROOT / "tests" / "corpus").glob("*.txt"))
    paths: List[str] = [str(f) for f in files] * args.copies
    texts = [baogao.decode(pathlib.Path(p).read_bytes()) for p in paths]
    mb = sum(len(t.encode()) for t in texts) / 1e6
    n = len(texts)

    binary = args.native_bin or cargo_bin(["-p", "baogao", "--example", "scaling"], "scaling")
    cli = args.cli or cargo_bin(["-p", "baogao-cli"], "baogao")

    def native_cli() -> float:
        return timed(lambda: subprocess.run([cli, "headings", "--format", "jsonl", *paths],
                                            check=True, stdout=subprocess.DEVNULL))  # fmt: skip

    def native() -> float:
        out = subprocess.run([binary, "--files", *paths], check=True, capture_output=True, text=True)
        return float(out.stdout.split()[-1])

    def py_parse() -> float:
        return timed(lambda: [baogao.parse(t) for t in texts])

    def py_parse_all_objects() -> float:
        def run() -> None:
            for t in texts:
                r = baogao.parse(t)
                for i in r.indicators:
                    i.span
                r.sections
        return timed(run)

    def many(threads: int) -> Callable[[], float]:
        return lambda: timed(lambda: baogao.parse_many(texts, threads=threads))

    py_parse()  # warm up
    # Rounds interleave the five measurements, so that a busy spell on a shared machine hits
    # them alike; each figure is its best round.
    runs = {"native": native, "cli": native_cli, "parse": py_parse, "objects": py_parse_all_objects,
            "many1": many(1), "many2": many(2)}  # fmt: skip
    times: Dict[str, float] = {k: float("inf") for k in runs}
    for _ in range(args.rounds):
        for k, fn in runs.items():
            times[k] = min(times[k], fn())
    t_native, t_parse, t_objects = times["native"], times["parse"], times["objects"]
    t_many1, t_many2 = times["many1"], times["many2"]
    indicators = sum(len(r.indicators) for r in baogao.parse_many(texts))

    # Contention-free estimate of the 2-thread speed-up, from CPU time rather than wall time (on a
    # shared machine other processes take cores away from the workers). parse_many's own global
    # pool (threads=None) has one worker per core, which persist, so their CPU time can be read
    # from /proc/self/task/*/schedstat (nanoseconds). The critical path of a call is the calling
    # thread's own CPU time (inputs in, objects out) plus the busiest worker's.
    def task_ns() -> dict:
        out = {}
        for tid in os.listdir("/proc/self/task"):
            try:
                with open(f"/proc/self/task/{tid}/schedstat", encoding="ascii") as f:
                    out[tid] = int(f.read().split()[0])
            except OSError:
                pass
        return out

    me = str(threading.get_native_id())
    baogao.parse_many(texts)  # start the global pool
    path1 = path2 = float("inf")
    for _ in range(args.rounds):
        t = time.thread_time()
        baogao.parse_many(texts, threads=1)
        path1 = min(path1, time.thread_time() - t)
        before, t = task_ns(), time.thread_time()
        baogao.parse_many(texts)
        main = time.thread_time() - t
        after = task_ns()
        workers = [after[k] - before.get(k, 0) for k in after if k != me]
        if workers:
            path2 = min(path2, main + max(workers) / 1e9)
    # Since parse_many pipelines its inputs to workers started per call, the workers have exited
    # when it returns and their CPU time cannot be read: then there is no estimate.
    est = path1 / path2 if path2 != float("inf") else None

    cpu = "?"
    try:
        for line in open("/proc/cpuinfo", encoding="utf-8"):
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    print(f"# baogao Python binding benchmark ({time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())})")
    print(f"machine: {cpu}, {os.cpu_count()} cores, Python {platform.python_version()}, "
          f"load average {os.getloadavg()[0]:.2f}")  # fmt: skip
    print(f"input: corpus x {args.copies} = {n} documents, {mb:.2f} MB UTF-8, {indicators} indicators;"
          f" best of {args.rounds} rounds")  # fmt: skip
    print()
    print("| what | seconds | MB/s | docs/s | vs native |")
    print("| --- | ---: | ---: | ---: | ---: |")

    def row(name: str, secs: float) -> None:
        print(f"| {name} | {secs:.4f} | {mb / secs:.1f} | {n / secs:.0f} | {secs / t_native:.2f}x |")

    row("Rust native `baogao::parse` in process (`scaling --files`)", t_native)
    row("Rust CLI `baogao headings --format jsonl` (whole process: read, decode, parse)", times["cli"])
    row("Python `baogao.parse` (Report object)", t_parse)
    row("Python `baogao.parse` + every indicator and section object", t_objects)
    row("Python `parse_many(threads=1)`", t_many1)
    row("Python `parse_many(threads=2)`", t_many2)
    print()
    ratio = t_parse / t_native
    speedup = t_many1 / t_many2
    print(f"Python parse / native = {ratio:.2f}x (target <= 1.5x): {'OK' if ratio <= 1.5 else 'MISSED'}")
    print(f"parse_many 2 threads speed-up = {speedup:.2f}x (target >= 1.7x): "
          f"{'OK' if speedup >= 1.7 else 'MISSED'}")  # fmt: skip
    if est is not None:
        print(f"parse_many critical path (CPU time, contention-free estimate): 1 thread {path1:.4f} s, "
              f"{os.cpu_count()} workers {path2:.4f} s -> speed-up {est:.2f}x")  # fmt: skip
    else:
        print("parse_many critical path: n/a (workers are started per call and have exited)")
    sys.stdout.flush()


if __name__ == "__main__":
    main()

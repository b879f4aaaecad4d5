#!/usr/bin/env python3
"""Summarise criterion's text output: one row per benchmark with the median
time and throughput, and for size families the time ratio of each 10x step.

    cargo bench --bench parse -- patho ... | tee log; scripts/criterion_table.py log
"""
import re
import sys

UNIT = {"ns": 1e-9, "µs": 1e-6, "us": 1e-6, "ms": 1e-3, "s": 1.0}


def rows(text):
    name = None
    out = []
    lines = text.splitlines()
    for i, line in enumerate(lines):
        m = re.match(r"^(\S+/\S+)\s*(time:.*)?$", line)
        if m and not line.startswith(("Benchmarking", "Found", "Warning")):
            name = m.group(1)
        t = re.search(r"time:\s+\[\S+ \S+ (\S+) (\S+) \S+ \S+\]", line)
        if t and name:
            secs = float(t.group(1)) * UNIT[t.group(2)]
            thr = ""
            for nxt in lines[i + 1:i + 3]:
                m2 = re.search(r"thrpt:\s+\[\S+ \S+ (\S+) (\S+) ", nxt)
                if m2:
                    thr = f"{m2.group(1)} {m2.group(2)}"
                    break
            out.append((name, secs, thr))
            name = None
    return out


def main():
    text = open(sys.argv[1], encoding="utf-8").read() if len(sys.argv) > 1 else sys.stdin.read()
    rs = rows(text)
    prev = {}
    print(f"{'benchmark':55} {'median':>12} {'throughput':>14} {'x10 ratio':>9}")
    for name, secs, thr in rs:
        fam, _, size = name.rpartition("/")
        ratio = ""
        if size.isdigit():
            p = prev.get(fam)
            if p and int(size) == 10 * p[0]:
                ratio = f"{secs / p[1]:.2f}"
            prev[fam] = (int(size), secs)
        print(f"{name:55} {secs * 1e3:10.3f}ms {thr:>14} {ratio:>9}")


main()

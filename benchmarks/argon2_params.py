"""Argon2id parameter candidates on this machine: time per sign-in and memory for 8 at once.

    python benchmarks/argon2_params.py [--rounds 10] [--parallel 8]

Prints one line per candidate: mean and p95 milliseconds of one verify (one thread), the wall time
and the growth of this process's peak RSS while ``--parallel`` threads verify at once. Each candidate
runs in a fresh subprocess so that the peak RSS of one does not hide the next.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys

CANDIDATES = [
    ("OWASP 19 MiB, t=2, p=1 (Phoei's default)", 19456, 2, 1),
    ("OWASP 46 MiB, t=1, p=1", 47104, 1, 1),
    ("OWASP 12 MiB, t=3, p=1", 12288, 3, 1),
    ("RFC 9106 second: 64 MiB, t=3, p=4 (argon2-cffi default)", 65536, 3, 4),
]

CHILD = r"""
import json, resource, statistics, sys, threading, time
from argon2 import PasswordHasher
m, t, p, rounds, parallel = map(int, sys.argv[1:6])
ph = PasswordHasher(memory_cost=m, time_cost=t, parallelism=p)
h = ph.hash("correct horse battery")
times = []
for _ in range(rounds):
    t0 = time.perf_counter(); ph.verify(h, "correct horse battery"); times.append((time.perf_counter() - t0) * 1000)
base = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
threads = [threading.Thread(target=ph.verify, args=(h, "correct horse battery")) for _ in range(parallel)]
t0 = time.perf_counter()
for th in threads: th.start()
for th in threads: th.join()
wall = (time.perf_counter() - t0) * 1000
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
times.sort()
print(json.dumps({"mean": statistics.mean(times), "p95": times[int(0.95 * (len(times) - 1))],
                  "wall": wall, "rss_mib": (peak - base) / 1024}))
"""


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rounds", type=int, default=10)
    ap.add_argument("--parallel", type=int, default=8)
    args = ap.parse_args()
    with open("/proc/loadavg") as fh:
        print(f"load average: {fh.read().split()[0]}; {args.rounds} verifies, then {args.parallel} at once")
    print(f"{'candidate':<58} {'mean ms':>8} {'p95 ms':>8} {'wall ms':>8} {'+RSS MiB':>9}")
    for name, m, t, p in CANDIDATES:
        out = subprocess.run([sys.executable, "-c", CHILD, str(m), str(t), str(p), str(args.rounds),
                              str(args.parallel)], capture_output=True, text=True, check=True).stdout
        r = json.loads(out)
        print(f"{name:<58} {r['mean']:>8.1f} {r['p95']:>8.1f} {r['wall']:>8.0f} {r['rss_mib']:>9.0f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""`pingan extract --json` against the code at another git revision, in the same run.

    python bench/against.py REV                 40 MB input, 9 pairs
    python bench/against.py REV --mb 10 --runs 15

The code at REV is checked out into a temporary worktree. Each pair runs the two
commands one after the other (REV first, then this tree), each in a fresh process with
its own package first on the path, on the bench input of bench/run.py; the order within
a pair never changes, so that a machine's slow spell falls on both. It prints the
medians of wall time and of CPU time (user + system of the process and of the second
process it forks for a large file) and the median of the pairs' ratios, this tree over
REV: 1.10 is 10 % slower. On a shared machine wall time swings by a third from run to
run; CPU time much less, which is why both are printed. Nothing here asserts.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from inputs import ROOT, built_input, child_env  # noqa: E402


def run(code: Path, path: Path) -> tuple[float, float]:
    """(wall seconds, CPU seconds) of `python -m ping_an extract PATH --json` with the
    package at code."""
    # (from a directory outside both trees, so that the current one is not on the path)
    env = dict(child_env(), PYTHONPATH=str(code))
    t0 = time.perf_counter()
    child = subprocess.Popen(
        [sys.executable, "-m", "ping_an", "extract", str(path), "--json"], stdout=subprocess.DEVNULL, env=env, cwd=tempfile.gettempdir()
    )
    _, status, usage = os.wait4(child.pid, 0)
    wall = time.perf_counter() - t0
    if os.waitstatus_to_exitcode(status):
        raise SystemExit(f"against: extract with the code at {code} failed")
    return wall, usage.ru_utime + usage.ru_stime


def compare(base: Path, path: Path, runs: int) -> str:
    run(base, path), run(ROOT, path)  # bytecode and file caches, as on any installed machine
    pairs = [(run(base, path), run(ROOT, path)) for _ in range(runs)]
    lines = []
    for i, what in enumerate(("wall", "CPU")):
        old = statistics.median(a[i] for a, _ in pairs)
        new = statistics.median(b[i] for _, b in pairs)
        ratio = statistics.median(b[i] / a[i] for a, b in pairs)
        spread = sorted(round(b[i] / a[i], 2) for a, b in pairs)
        lines.append(f"{what:4}  base {old:.2f} s  this tree {new:.2f} s  ratio {ratio:.3f}  (pairs: {' '.join(map(str, spread))})")
    return "\n".join(lines)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("base", help="the git revision to compare with")
    ap.add_argument("--mb", type=int, default=40, help="input size (bench/run.py's inputs: 1, 10 or 40)")
    ap.add_argument("--runs", type=int, default=9, help="pairs of runs")
    a = ap.parse_args()
    path = built_input(a.mb)
    with tempfile.TemporaryDirectory() as tree:
        subprocess.run(["git", "-C", str(ROOT), "worktree", "add", "--detach", tree, a.base], check=True, capture_output=True)
        try:
            print(f"pingan extract --json, {a.mb} MB, {a.runs} pairs, {a.base} then this tree:")
            print(compare(Path(tree), path, a.runs))
        finally:
            subprocess.run(["git", "-C", str(ROOT), "worktree", "remove", "--force", tree], capture_output=True, check=False)


if __name__ == "__main__":
    main()

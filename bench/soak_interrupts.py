"""Interrupt soak for `pingan batch`: many runs, each stopped by Ctrl-C at random moments.

    python bench/soak_interrupts.py [--runs 50] [--files 300] [--seed 12] [--sink jsonl --sink sqlite]

For each output kind (JSON Lines, SQLite), RUNS runs of `pingan batch` on an archive of
FILES files (built from ../shared/corpus, else samples/), each in a session of its own
that receives one to three SIGINTs to its whole process group (as a terminal's Ctrl-C
does) at random moments between its start and its expected end, a random 0 to 300 ms
apart. After each run it counts:

- orphans: processes of the run's session still there (running or zombie) once it exited;
- exit codes other than 130 (or death by SIGINT, when the signal beat the interpreter's
  start-up: a shell shows that as 130 too), for runs that did not finish before the signal;
- unparsable records: JSON lines that do not parse or lack their newline;
- failed integrity checks: `PRAGMA integrity_check` / `foreign_key_check` not clean;
- tracebacks and internal errors on stderr;

then re-runs the batch to completion and checks that the output then holds every file.
The figures print as a Markdown table; the run is repeatable with the same --seed (the
moments are drawn from it; the machine's speed decides what they hit).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_batch import build_plain  # noqa: E402
from inputs import pingan_command  # noqa: E402

SUFFIX = {"jsonl": ".jsonl", "sqlite": ".db"}
RUN_BOUND = 600  # seconds: a run that takes longer is a hang, reported as such
INTERRUPTED = (130, -signal.SIGINT)


@dataclass
class Figures:
    runs: int = 0
    interrupts: int = 0
    finished_first: int = 0  # runs that ended before their first SIGINT
    orphans: int = 0
    bad_exit: list[int] = field(default_factory=list)
    unparsable: int = 0
    integrity_failures: int = 0
    tracebacks: int = 0
    hangs: int = 0
    reruns_complete: int = 0


def session_processes(sid: int) -> list[int]:
    """Every process (running or a zombie) of the session `sid`, read from /proc."""
    found = []
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            stat = Path(f"/proc/{entry}/stat").read_text()
        except OSError:
            continue
        fields = stat[stat.rindex(")") + 2 :].split()  # after "pid (name) ": state ppid pgrp session
        if int(fields[3]) == sid:
            found.append(int(entry))
    return found


def end_session(sid: int) -> list[int]:
    """The processes of session `sid` still there, each then killed, so that no run
    leaves one behind whatever it counted."""
    left = session_processes(sid)
    for pid in left:
        try:
            os.kill(pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
    return left


def unparsable_lines(path: Path) -> int:
    if not path.exists():
        return 0
    bad = 0
    for line in path.read_bytes().splitlines(keepends=True):
        try:
            json.loads(line)
            bad += not line.endswith(b"\n")
        except ValueError:
            bad += 1
    return bad


def database_sound(path: Path) -> bool:
    if not path.exists():
        return True
    with sqlite3.connect(path) as conn:
        return (
            conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
            and conn.execute("PRAGMA foreign_key_check").fetchall() == []
        )


def complete(path: Path, sink: str, files: int) -> bool:
    if sink == "jsonl":
        return path.exists() and len(path.read_bytes().splitlines()) == files and unparsable_lines(path) == 0
    with sqlite3.connect(path) as conn:
        return conn.execute("SELECT count(*) FROM documents").fetchone()[0] == files and database_sound(path)


def full_run_seconds(command: list[str]) -> float:
    started = time.perf_counter()
    subprocess.run(command, capture_output=True, check=False, timeout=RUN_BOUND)
    return time.perf_counter() - started


def interrupted_run(command: list[str], moments: list[float]) -> tuple[int | None, bytes, list[int], int, bool]:
    """(exit code, stderr, processes left behind, SIGINTs sent, ended before the first)."""
    with tempfile.TemporaryFile() as err:
        proc = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=err, start_new_session=True)
        started, sent = time.perf_counter(), 0
        for moment in moments:
            time.sleep(max(0.0, started + moment - time.perf_counter()))
            if proc.poll() is not None:
                break
            try:
                os.killpg(proc.pid, signal.SIGINT)
                sent += 1
            except ProcessLookupError:
                break
        try:
            code = proc.wait(timeout=RUN_BOUND)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
            code = None
        time.sleep(0.05)  # a process that is about to go is given its moment
        left = end_session(proc.pid)
        err.seek(0)
        return code, err.read(), left, sent, sent == 0


def soak(sink: str, archive: Path, files: int, runs: int, rng: random.Random, work: Path) -> Figures:
    out = work / f"out{SUFFIX[sink]}"
    command = [*pingan_command(), "batch", str(archive), "-o", str(out)]
    # how long a whole run takes (the faster of two): the first SIGINT falls in its first
    # four fifths, so that nearly every run is interrupted
    span = 0.8 * min(full_run_seconds(command) for _ in range(2))
    figures = Figures()
    for _ in range(runs):
        for side in (out, Path(f"{out}-wal"), Path(f"{out}-shm")):
            side.unlink(missing_ok=True)
        first = rng.uniform(0.0, span)
        moments = [first]
        for _ in range(rng.randint(1, 3) - 1):
            moments.append(moments[-1] + rng.uniform(0.0, 0.3))
        code, err, left, sent, finished = interrupted_run(command, moments)
        figures.runs += 1
        figures.interrupts += sent
        figures.finished_first += finished
        figures.orphans += len(left)
        figures.hangs += code is None
        if not finished and code not in INTERRUPTED and not complete(out, sink, files):
            figures.bad_exit.append(code)
        figures.tracebacks += b"Traceback" in err or b"internal error" in err
        if sink == "jsonl":
            figures.unparsable += unparsable_lines(out)
        else:
            figures.integrity_failures += not database_sound(out)
        subprocess.run(command, capture_output=True, check=False, timeout=RUN_BOUND)
        figures.reruns_complete += complete(out, sink, files)
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=50)
    parser.add_argument("--files", type=int, default=300)
    parser.add_argument("--seed", type=int, default=12)
    parser.add_argument("--sink", action="append", choices=sorted(SUFFIX), help="jsonl, sqlite (default: both)")
    args = parser.parse_args()
    if not sys.platform.startswith("linux"):
        raise SystemExit("soak: reads the process table from /proc (Linux only)")
    rng = random.Random(args.seed)
    with tempfile.TemporaryDirectory(prefix="pingan-soak-") as tmp:
        work = Path(tmp)
        build_plain(work / "archive", args.files)
        rows = []
        for sink in args.sink or ["jsonl", "sqlite"]:
            started = time.perf_counter()
            f = soak(sink, work / "archive", args.files, args.runs, rng, work)
            rows.append((sink, f, time.perf_counter() - started))
    print(f"pingan batch interrupt soak: {args.files} files, {args.runs} runs per output, seed {args.seed}\n")
    print("| output | runs | SIGINTs sent | ended before the first | orphaned processes | exit not 130 "
          "| unparsable records | failed integrity checks | tracebacks | hangs | reruns complete | took |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    for sink, f, took in rows:
        integrity = "–" if sink == "jsonl" else str(f.integrity_failures)
        unparsable = str(f.unparsable) if sink == "jsonl" else "–"
        print(
            f"| {sink} | {f.runs} | {f.interrupts} | {f.finished_first} | {f.orphans} | {len(f.bad_exit)} "
            f"| {unparsable} | {integrity} | {f.tracebacks} | {f.hangs} | {f.reruns_complete}/{f.runs} | {took:.0f} s |"
        )
    bad = any(f.orphans or f.bad_exit or f.unparsable or f.integrity_failures or f.tracebacks or f.hangs
              or f.reruns_complete != f.runs for _, f, _ in rows)
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()

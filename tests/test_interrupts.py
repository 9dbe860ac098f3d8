"""Ctrl-C, as many times as a user presses it, during `pingan batch`: every process of the
run ends, the exit code is 130, and the output is whole records that a re-run completes.

Real signals to a real process group (the installed `pingan` in a session of its own, as a
terminal's Ctrl-C reaches it); every wait is bounded, none is a timed assertion.
"""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from scoring import bench_module

import pytest
from conftest import PINGAN, SAMPLES, needs_cli

pytestmark = [
    needs_cli,
    pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads the process table from /proc (Linux)"),
]

BOUND = 120  # seconds any one run may take before the test gives up on it
# What a shell shows as 130: pingan's own exit, or, when Ctrl-C lands before the interpreter
# has run a line of pingan, death by SIGINT itself
INTERRUPTED = (130, -signal.SIGINT)


def make_archive(root: Path, count: int) -> list[Path]:
    text = (SAMPLES / "compendium.txt").read_bytes()
    root.mkdir()
    files = [root / f"{i:04d}.txt" for i in range(count)]
    for path in files:
        path.write_bytes(text)
    return files


def wait_until(condition, bound: float = BOUND) -> None:
    deadline = time.monotonic() + bound
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError("gave up waiting")
        time.sleep(0.01)


def interrupt_twice(args: list[str], started) -> tuple[int, bytes, list[int]]:
    """Run pingan ARGS in a session of its own; once `started()`, Ctrl-C twice to its whole
    process group. Its exit code, its stderr, and the processes of the session still
    there once it has exited (killed here, so that a failure leaves nothing behind)."""
    # stderr in a file, not a pipe: a process left behind would hold a pipe open
    err_file = tempfile.TemporaryFile()
    proc = subprocess.Popen([PINGAN, *args], stdout=subprocess.DEVNULL, stderr=err_file, start_new_session=True)
    try:
        wait_until(lambda: started() or proc.poll() is not None)
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGINT)
            time.sleep(0.02)  # the second press lands while the first stop is under way
            try:
                os.killpg(proc.pid, signal.SIGINT)
            except ProcessLookupError:
                pass
        proc.wait(timeout=BOUND)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    err_file.seek(0)
    err = err_file.read()
    left = soak().end_session(proc.pid)
    return proc.returncode, err, left


def soak():
    """bench/soak_interrupts.py, whose process-table helpers the tests share."""
    return bench_module("soak_interrupts")


def lines_of(path: Path) -> list[bytes]:
    return path.read_bytes().splitlines(keepends=True) if path.exists() else []


def test_repeated_ctrl_c_ends_every_process_and_leaves_whole_json_lines(tmp_path):
    files = make_archive(tmp_path / "many", 300)
    out = tmp_path / "out.jsonl"
    for _ in range(3):  # a leftover worker was a matter of timing: three chances to show it
        out.unlink(missing_ok=True)
        code, err, left = interrupt_twice(
            ["batch", str(tmp_path / "many"), "-o", str(out), "--jobs", "2"], lambda: len(lines_of(out)) >= 8
        )
        assert left == [], f"processes left behind: {left}"
        assert b"Traceback" not in err and b"internal error" not in err, err
        found = lines_of(out)
        assert all(line.endswith(b"\n") for line in found)
        records = [json.loads(line) for line in found]
        assert [r["source"]["path"] for r in records] == [str(f) for f in files[: len(records)]]
        if len(records) < len(files):
            assert code in INTERRUPTED, err
    rerun = subprocess.run([PINGAN, "batch", str(tmp_path / "many"), "-o", str(out)], capture_output=True, timeout=BOUND)
    assert rerun.returncode == 0, rerun.stderr
    assert len([json.loads(line) for line in lines_of(out)]) == len(files)


def stored(db: Path) -> int:
    if not db.exists():
        return 0
    try:
        with sqlite3.connect(db) as conn:
            return conn.execute("SELECT count(*) FROM documents").fetchone()[0]
    except sqlite3.Error:  # not created yet, or locked for a moment
        return 0


def test_repeated_ctrl_c_leaves_a_sound_database_that_a_rerun_completes(tmp_path):
    files = make_archive(tmp_path / "many", 120)
    db = tmp_path / "out.db"
    for _ in range(2):
        before = stored(db)
        code, err, left = interrupt_twice(
            ["batch", str(tmp_path / "many"), "-o", str(db), "--jobs", "2"], lambda: stored(db) >= before + 3
        )
        assert left == [], f"processes left behind: {left}"
        assert b"Traceback" not in err and b"internal error" not in err, err
        with sqlite3.connect(db) as conn:
            assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
            assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        if stored(db) < len(files):
            assert code in INTERRUPTED, err
    rerun = subprocess.run([PINGAN, "batch", str(tmp_path / "many"), "-o", str(db)], capture_output=True, timeout=BOUND)
    assert rerun.returncode == 0, rerun.stderr
    with sqlite3.connect(db) as conn:
        paths = [row[0] for row in conn.execute("SELECT path FROM documents ORDER BY path")]
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert paths == [str(f) for f in files]

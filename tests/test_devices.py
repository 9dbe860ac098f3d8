"""What is not a regular file: devices, FIFOs, and standard input without an end. Each is
refused with one line and exit 3 (README "Exit codes"), never read without limit."""

from __future__ import annotations

import json
import os
import subprocess

import pytest
from conftest import PINGAN, SAMPLES, needs_cli

pytestmark = needs_cli

BOUND = 60  # seconds: a run that takes longer has hung (the old behaviour), and fails


def run(*args: str, **kw) -> subprocess.CompletedProcess:
    return subprocess.run([PINGAN, *args], capture_output=True, timeout=BOUND, **kw)


@pytest.mark.parametrize("device", ["/dev/zero", "/dev/urandom"])
def test_a_device_is_refused_with_one_line_and_exit_3(device):
    if not os.path.exists(device):
        pytest.skip(f"no {device} here")
    done = run("extract", device, "--json")
    assert done.returncode == 3
    assert done.stderr == f"pingan: {device}: is a character device, not a regular file\n".encode()
    assert done.stdout == b""


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this system")
def test_a_fifo_without_a_writer_is_refused_not_waited_on(tmp_path):
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    done = run("extract", str(fifo), "--json")
    assert done.returncode == 3
    assert done.stderr == f"pingan: {fifo}: is a named pipe (FIFO), not a regular file\n".encode()


@pytest.mark.skipif(not os.path.exists("/dev/zero"), reason="no /dev/zero here")
def test_standard_input_without_an_end_is_cut_off_with_a_clear_error():
    with open("/dev/zero", "rb") as zero:
        done = run("extract", "-", "--json", stdin=zero)
    assert done.returncode == 3
    err = done.stderr.decode()
    assert err.startswith("pingan: -: more than 256 MB on standard input") and err.count("\n") == 1


@pytest.mark.skipif(not os.path.exists("/dev/zero") or not hasattr(os, "mkfifo"), reason="needs /dev/zero and FIFOs")
def test_a_batch_given_a_device_and_a_fifo_reports_them_and_converts_the_rest(tmp_path):
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    sample = str(SAMPLES / "compendium.txt")
    done = run("batch", "/dev/zero", str(fifo), sample)
    assert done.returncode == 1
    records = [json.loads(line) for line in done.stdout.splitlines()]
    assert [r.get("error", {}).get("exit_code") for r in records] == [3, 3, None]
    assert len(records[2]["reports"]) == 5
    assert b"Traceback" not in done.stderr

"""Output that cannot be written, and output whose reader goes away, through the
installed `pingan` with real files and real pipes (README "Exit codes": 74 and 1)."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest
from conftest import PINGAN, SAMPLES, needs_cli

pytestmark = needs_cli

SAMPLE = str(SAMPLES / "compendium.txt")
BOUND = 120  # seconds a run may take before the test gives up on it
full_device = pytest.mark.skipif(not os.path.exists("/dev/full"), reason="no /dev/full on this system")

COMMANDS = {
    "json": ["extract", SAMPLE, "--json"],
    "csv": ["extract", SAMPLE, "--format", "csv"],
    "tree": ["extract", SAMPLE, "--format", "tree"],
    "lines": ["lines", SAMPLE],
    "placeholders": ["placeholders", SAMPLE],
    "schema": ["schema"],
    "batch": ["batch", SAMPLE],
}


@full_device
@pytest.mark.parametrize("name", sorted(COMMANDS))
def test_a_full_device_is_one_line_naming_standard_output_and_exit_74(name):
    with open("/dev/full", "wb") as full:
        done = subprocess.run([PINGAN, *COMMANDS[name]], stdout=full, stderr=subprocess.PIPE, timeout=BOUND)
    assert done.returncode == 74, done.stderr
    assert done.stderr == b"pingan: standard output: no space left on device\n"


@full_device
def test_a_batch_output_file_that_fills_up_is_named(tmp_path):
    done = subprocess.run([PINGAN, "batch", SAMPLE, "-o", "/dev/full"], capture_output=True, timeout=BOUND)
    assert done.returncode == 74, done.stderr
    assert done.stderr == b"pingan: /dev/full: no space left on device\n"


@pytest.mark.parametrize("name", sorted(COMMANDS))
def test_closed_standard_output_is_one_line_and_exit_74(name):
    done = subprocess.run(
        [PINGAN, *COMMANDS[name]], stderr=subprocess.PIPE, timeout=BOUND, preexec_fn=lambda: os.close(1)
    )
    assert done.returncode == 74, done.stderr
    assert done.stderr == b"pingan: standard output: closed\n"


def test_a_batch_into_a_file_needs_no_standard_output(tmp_path):
    out = tmp_path / "out.jsonl"
    done = subprocess.run(
        [PINGAN, "batch", SAMPLE, "-o", str(out)], stderr=subprocess.PIPE, timeout=BOUND, preexec_fn=lambda: os.close(1)
    )
    assert done.returncode == 0, done.stderr
    assert out.read_bytes().count(b"\n") == 1


# ---------------------------------------------------------------- a reader that goes away


@pytest.fixture(scope="module")
def big(tmp_path_factory) -> Path:
    """An input whose every view is far larger than a pipe's buffer."""
    path = tmp_path_factory.mktemp("big") / "big.txt"
    path.write_bytes(b"\n\n".join([(SAMPLES / "compendium.txt").read_bytes()] * 150))
    return path


@pytest.fixture(scope="module")
def folder(tmp_path_factory) -> Path:
    """A folder whose batch output is far larger than a pipe's buffer."""
    root = tmp_path_factory.mktemp("folder")
    for i in range(40):
        (root / f"{i:02d}.txt").write_bytes((SAMPLES / "compendium.txt").read_bytes())
    return root


VIEWS = [
    ["extract", "{big}", "--format", "json"],
    ["extract", "{big}", "--format", "jsonl"],
    ["extract", "{big}", "--format", "csv"],
    ["extract", "{big}", "--format", "markdown"],
    ["extract", "{big}", "--format", "tree"],
    ["extract", "{big}", "--format", "table"],
    ["outline", "{big}"],
    ["lines", "{big}"],
    ["lines", "{big}", "--json"],
    ["placeholders", "{big}"],
    ["placeholders", "{big}", "--json"],
    ["batch", "{folder}"],
]


@pytest.mark.parametrize("args", VIEWS, ids=lambda a: " ".join(a[:1] + a[2:]))
def test_every_view_stops_quietly_with_1_when_its_reader_is_gone(args, big, folder):
    argv = [a.format(big=big, folder=folder) for a in args]
    proc = subprocess.Popen([PINGAN, *argv], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        assert proc.stdout.read(100)  # the reader takes its first bytes (| head -c 100) …
        proc.stdout.close()  # … and goes, long before the output's end
        err = proc.stderr.read()
        code = proc.wait(timeout=BOUND)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    assert (code, err) == (1, b"")

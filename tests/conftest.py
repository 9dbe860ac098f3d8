"""Shared fixtures: where ../shared is, and a skip when it is absent."""

from __future__ import annotations

import atexit
import json
import os
import shutil
import subprocess
import tempfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
CORPUS = SHARED / "corpus"
SAMPLES = ROOT / "samples"

# The compiled-pattern cache (pattern_cache.py) of the runs under test goes into a folder of
# the test session, never the user's own; tests of the cache itself set their own.
# The folder goes when the session ends, so that runs leave nothing in the temp directory.
if "PINGAN_CACHE_DIR" not in os.environ:
    os.environ["PINGAN_CACHE_DIR"] = tempfile.mkdtemp(prefix="pingan-test-cache-")
    atexit.register(shutil.rmtree, os.environ["PINGAN_CACHE_DIR"], ignore_errors=True)

# The installed command, as a user runs it; tests of it skip without it.
PINGAN = shutil.which("pingan")
needs_cli = pytest.mark.skipif(PINGAN is None, reason="the pingan entry point is not installed (pip install -e .)")


def run_pingan(*args: str, stdin: bytes | None = None, timeout: float = 120, **kw) -> subprocess.CompletedProcess:
    """Run `pingan ARGS` to completion, its output captured."""
    return subprocess.run([PINGAN, *args], input=stdin, capture_output=True, timeout=timeout, **kw)

SHARED_REASON = "../shared (SPEC, corpus and gold files) is not beside the repository"


def corpus_files() -> list[Path]:
    return sorted(CORPUS.glob("*.txt")) if CORPUS.is_dir() else []


@pytest.fixture
def corpus() -> list[Path]:
    files = corpus_files()
    if not files:
        pytest.skip(SHARED_REASON)
    return files


@pytest.fixture
def shared() -> Path:
    if not CORPUS.is_dir():
        pytest.skip(SHARED_REASON)
    return SHARED


def gold_of(path: Path) -> dict:
    return json.loads(path.with_suffix("").with_suffix(".gold.json").read_text(encoding="utf-8"))


def read_terminal(fd: int) -> bytes:
    """Everything a child wrote to the pseudo-terminal whose controller side is fd, then close it."""
    chunks = []
    while True:
        try:
            data = os.read(fd, 65536)
        except OSError:  # EIO: the child closed the terminal
            break
        if not data:
            break
        chunks.append(data)
    os.close(fd)
    return b"".join(chunks)

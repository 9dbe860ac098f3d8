"""What the benchmarks and the evaluation run on: ../shared/corpus, inputs built from it, the scorer.

Large inputs are built by concatenating a fixed list of corpus documents (BENCH_FILES,
blank line between them) until the size is reached, into a cache folder under the
system temp directory; they are rebuilt when those documents change and never
committed. The list is pinned so that speed figures compare across corpus growth: with
every document the corpus has now, the concatenation parses as one report, which is a
different benchmark (one report cannot be shared between two processes).
"""

from __future__ import annotations

import hashlib
import importlib.machinery
import importlib.util
import os
import re
import shutil
import subprocess
import sys
import tempfile
from functools import lru_cache
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
CORPUS = SHARED / "corpus"
DEV = SHARED / "dev"  # real reports without gold: batch speed on a real corpus
SCORE_TOOL = SHARED / "tools" / "score"
SEED = CORPUS / "seed-compendium.txt"
README = ROOT / "README.md"
CACHE = Path(tempfile.gettempdir()) / "pingan-bench"
MB = 1_000_000
# The five documents the corpus had when the speed figures of issues 5 and 13 were taken.
BENCH_FILES = ("seed-compendium", "cpc-18", "gwr-2004", "gwr-2022", "gwr-2023")


def corpus_files() -> list[Path]:
    """The corpus documents that have a gold file, in name order."""
    if not CORPUS.is_dir():
        raise SystemExit(f"bench: {CORPUS} is not there: the benchmarks need ../shared/corpus")
    return sorted(p for p in CORPUS.glob("*.txt") if gold_path(p).is_file())


def gold_path(path: Path) -> Path:
    return path.with_name(path.name[: -len(".txt")] + ".gold.json")


def bench_files() -> list[Path]:
    """The corpus documents the speed benchmarks are built from (BENCH_FILES), in name order."""
    files = {p.stem: p for p in corpus_files()}
    missing = [name for name in BENCH_FILES if name not in files]
    if missing:
        raise SystemExit(f"bench: {', '.join(missing)} not in {CORPUS}: the speed benchmarks are pinned to them")
    return sorted(files[name] for name in BENCH_FILES)


def checksum(paths: list[Path]) -> str:
    """sha256 over the names and bytes of the files."""
    h = hashlib.sha256()
    for p in paths:
        h.update(p.name.encode() + b"\0" + p.read_bytes() + b"\0")
    return h.hexdigest()


def corpus_checksum() -> str:
    """sha256 over the names and bytes of every corpus text and gold file."""
    return checksum(sorted(CORPUS.glob("*.txt")) + sorted(CORPUS.glob("*.gold.json")))


def built_input(megabytes: int) -> Path:
    """A file of about `megabytes` MB: the bench documents, concatenated in turn."""
    path = CACHE / f"bench-{checksum(bench_files())[:12]}-{megabytes}mb.txt"
    if path.is_file():
        return path
    texts = [p.read_bytes().decode("utf-8-sig").strip() for p in bench_files()]
    chunks, size, i = [], 0, 0
    while size < megabytes * MB:
        text = texts[i % len(texts)]
        chunks.append(text)
        size += len(text.encode("utf-8")) + 2
        i += 1
    CACHE.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".part")
    tmp.write_text("\n\n".join(chunks) + "\n", encoding="utf-8")
    tmp.replace(path)
    return path


def built_toc_input(megabytes: int) -> Path:
    """A compendium of about `megabytes` MB with a 目录: the bench documents in turn,
    each under a title line of its own that the 目录 lists (the file's reports are then
    found from the 目录, not from title lines)."""
    files = bench_files()
    path = CACHE / f"toc-{checksum(files)[:12]}-{megabytes}mb.txt"
    if path.is_file():
        return path
    texts = [(p.stem, p.read_bytes().decode("utf-8-sig").strip()) for p in files]
    titles, chunks, size, i = [], [], 0, 0
    while size < megabytes * MB:
        stem, text = texts[i % len(texts)]
        titles.append(f"汇编材料之{i + 1}（{stem}）")
        chunks.append(f"{titles[-1]}\n\n{text}")
        size += len(chunks[-1].encode("utf-8")) + 3
        i += 1
    head = "工作报告汇编\n\n目录\n" + "\n".join(f"{k + 1}. {t}" for k, t in enumerate(titles))
    CACHE.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".part")
    tmp.write_text(head + "\n\n\n" + "\n\n\n".join(chunks) + "\n", encoding="utf-8")
    tmp.replace(path)
    return path


def variants() -> list[tuple[str, str]]:
    """(name, text) for per-file latency: each bench document, its halves and its
    quarters (the corpus is small; a prefix is still a document), and the bundled sample."""
    out = []
    for p in bench_files():
        text = p.read_bytes().decode("utf-8-sig")
        lines = text.split("\n")
        out.append((p.stem, text))
        for k, parts in ((2, "half"), (4, "quarter")):
            n = len(lines) // k
            for j in range(k):
                out.append((f"{p.stem}:{parts}{j + 1}", "\n".join(lines[j * n : (j + 1) * n])))
    sample = ROOT / "samples" / "compendium.txt"
    if sample.is_file():
        out.append(("samples/compendium", sample.read_text(encoding="utf-8-sig")))
    return out


def pingan_command() -> list[str]:
    """The installed `pingan`, else the package run as a module."""
    exe = shutil.which("pingan")
    return [exe] if exe else [sys.executable, "-m", "ping_an"]


# Runs one command and reports its wall time and peak memory. A child's ru_maxrss starts
# at its parent's high-water mark (fork and vfork both carry it over), so the timed
# command is spawned from this small interpreter, never from the benchmark process
# that holds 40 MB inputs in memory.
SPAWN = """
import os, sys, time
t0 = time.perf_counter()
pid = os.posix_spawn(sys.argv[1], sys.argv[1:], os.environ,
                     file_actions=[(os.POSIX_SPAWN_OPEN, 1, os.devnull, os.O_WRONLY, 0)])
_, status, usage = os.wait4(pid, 0)
print(time.perf_counter() - t0, usage.ru_maxrss * 1024, os.waitstatus_to_exitcode(status))
"""


def child_env() -> dict[str, str]:
    # users' installs have their bytecode cached; this sandbox's PYTHONDONTWRITEBYTECODE
    # would make every start-up recompile the package
    return {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}


def spawn(cmd: list[str]) -> tuple[float, int, int, str]:
    """(wall seconds, peak RSS in bytes, exit code, last stderr line) of one run of cmd,
    its output thrown away."""
    exe = shutil.which(cmd[0]) or cmd[0]
    done = subprocess.run(
        [sys.executable, "-I", "-S", "-c", SPAWN, exe, *cmd[1:]], capture_output=True, text=True, env=child_env()
    )
    seconds, peak, code = done.stdout.split()
    err = done.stderr.strip().splitlines()
    return float(seconds), int(peak), int(code) or done.returncode, err[-1] if err else ""


@lru_cache(maxsize=1)
def scorer():
    """../shared/tools/score as a module (a stdlib script without a .py suffix)."""
    loader = importlib.machinery.SourceFileLoader("pingan_shared_score", str(SCORE_TOOL))
    spec = importlib.util.spec_from_loader(loader.name, loader)
    module = importlib.util.module_from_spec(spec)
    loader.exec_module(module)
    return module


def write_block(path: Path, name: str, text: str) -> None:
    """Replace what stands between <!-- NAME:begin --> and <!-- NAME:end --> in path."""
    begin, end = f"<!-- {name}:begin -->", f"<!-- {name}:end -->"
    old = path.read_text(encoding="utf-8")
    if begin not in old or end not in old:
        raise SystemExit(f"bench: {path.name} has no {begin} … {end} block to replace")
    new = re.sub(re.escape(begin) + ".*?" + re.escape(end), lambda _: f"{begin}\n{text}\n{end}", old, flags=re.S)
    path.write_text(new, encoding="utf-8")

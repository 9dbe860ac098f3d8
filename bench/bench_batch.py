"""Benchmark and acceptance check for `pingan batch`.

    python bench/bench_batch.py speed [--files 2000] [--runs 3]
        files/s of `--jobs 1` and `--jobs 2` on an archive of N copies of the corpus
        (JSON Lines to a file), median of RUNS runs each, interleaved so that other load
        on the machine hits both alike; and the ratio of the medians.

    python bench/bench_batch.py acceptance [--files 600]
        an archive of the corpus in mixed encodings and formats (UTF-8, UTF-8 with BOM,
        GB18030, UTF-16, .md, .docx) with one binary file: counts the JSON Lines records,
        the binary's error record, and the SQLite `documents` rows after two runs.

Inputs come from ../shared/corpus when it is there, else from samples/.
"""

from __future__ import annotations

import argparse
import json
import os
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from inputs import CORPUS, ROOT, pingan_command  # noqa: E402

# (suffix, how the text becomes bytes) — the mix the acceptance archive cycles through
ENCODINGS = (
    (".txt", lambda t: t.encode("utf-8")),
    (".txt", lambda t: b"\xef\xbb\xbf" + t.encode("utf-8")),
    (".txt", lambda t: t.encode("gb18030")),
    (".txt", lambda t: t.encode("utf-16")),
    (".md", lambda t: t.encode("utf-8")),
)


def texts() -> list[tuple[str, str]]:
    files = sorted(CORPUS.glob("*.txt")) if CORPUS.is_dir() else sorted((ROOT / "samples").glob("*.txt"))
    return [(f.stem, f.read_text(encoding="utf-8")) for f in files]


def build_plain(root: Path, count: int) -> None:
    sources = texts()
    for i in range(count):
        name, text = sources[i % len(sources)]
        folder = root / f"{2015 + i % 9}" / f"单位{i % 13:02d}"
        folder.mkdir(parents=True, exist_ok=True)
        (folder / f"{i:05d} {name}.txt").write_text(text, encoding="utf-8")


def docx_bytes(text: str, path: Path) -> bool:
    try:
        import docx
    except ImportError:
        return False
    document = docx.Document()
    for line in text.splitlines():
        document.add_paragraph(line)
    document.save(path)
    return True


def build_mixed(root: Path, count: int) -> dict[str, int]:
    """count files: one binary, every 10th a .docx (when python-docx is there), the rest cycling encodings."""
    sources, kinds = texts(), {}
    for i in range(count - 1):
        name, text = sources[i % len(sources)]
        folder = root / f"{2015 + i % 9}" / f"单位 {i % 11:02d}"
        folder.mkdir(parents=True, exist_ok=True)
        if i % 10 == 9 and docx_bytes(text, folder / f"{i:05d} {name}.docx"):
            kinds["docx"] = kinds.get("docx", 0) + 1
            continue
        suffix, encode = ENCODINGS[i % len(ENCODINGS)]
        (folder / f"{i:05d} {name}{suffix}").write_bytes(encode(text))
        kind = f"{suffix} #{i % len(ENCODINGS)}"
        kinds[kind] = kinds.get(kind, 0) + 1
    (root / "binary.txt").write_bytes(bytes(range(256)) * 64)
    kinds["binary"] = 1
    return kinds


def timed(args: list[str]) -> float:
    started = time.perf_counter()
    done = subprocess.run(args, capture_output=True)
    seconds = time.perf_counter() - started
    if done.returncode not in (0, 1):
        raise SystemExit(f"{' '.join(args)} failed: {done.stderr.decode(errors='replace')}")
    return seconds


def _spin(n: int) -> int:
    total = 0
    for i in range(n):
        total += i * i
    return total


def ceiling(n: int = 10_000_000) -> float:
    """How much faster two busy processes finish two tasks than one process does, right now:
    the most any 2-process program can gain on this machine while others share it."""
    from concurrent.futures import ProcessPoolExecutor

    started = time.perf_counter()
    _spin(n), _spin(n)
    one = time.perf_counter() - started
    with ProcessPoolExecutor(2) as pool:
        started = time.perf_counter()
        list(pool.map(_spin, [n, n]))
        two = time.perf_counter() - started
    return one / two


def speed(files: int, runs: int) -> None:
    with tempfile.TemporaryDirectory(prefix="pingan-bench-batch-") as tmp:
        archive, out = Path(tmp, "archive"), Path(tmp, "out.jsonl")
        build_plain(archive, files)
        size = sum(p.stat().st_size for p in archive.rglob("*.txt")) / 1e6
        rates: dict[int, list[float]] = {1: [], 2: []}
        ceilings = []
        for run in range(runs):
            ceilings.append(ceiling())
            print(f"run {run + 1} machine ceiling (2 busy processes vs 1): {ceilings[-1]:.2f}x", flush=True)
            for jobs in (1, 2):
                seconds = timed([*pingan_command(), "batch", str(archive), "-o", str(out), "--jobs", str(jobs)])
                rates[jobs].append(files / seconds)
                load = os.getloadavg()[0]
                print(f"run {run + 1} --jobs {jobs}: {seconds:.2f} s, {files / seconds:.1f} files/s (load {load:.1f})", flush=True)
        one, two = statistics.median(rates[1]), statistics.median(rates[2])
        print(f"\n{files} files, {size:.0f} MB, median of {runs} runs (wall clock, start-up included):")
        print(f"  --jobs 1: {one:.1f} files/s")
        print(f"  --jobs 2: {two:.1f} files/s")
        print(f"  ratio: {two / one:.2f} (target ≥ 1.7 on 2 cores; other load on the machine lowers it)")
        print(f"  machine ceiling at the time: {statistics.median(ceilings):.2f}x (a pure busy loop on 2 processes)")
        best_one, best_two = max(rates[1]), max(rates[2])
        print(f"  best runs (least disturbed): --jobs 1 {best_one:.1f}, --jobs 2 {best_two:.1f} files/s, ratio {best_two / best_one:.2f}")


def acceptance(files: int) -> None:
    with tempfile.TemporaryDirectory(prefix="pingan-accept-") as tmp:
        archive = Path(tmp, "archive")
        kinds = build_mixed(archive, files)
        print("archive:", ", ".join(f"{k}: {n}" for k, n in sorted(kinds.items())))
        out = subprocess.run([*pingan_command(), "batch", str(archive)], capture_output=True)
        records = [json.loads(line) for line in out.stdout.decode("utf-8").splitlines()]
        errors = [r for r in records if "error" in r]
        no_reports = [r for r in records if "error" not in r and not r["reports"]]
        print(f"JSON Lines: exit {out.returncode}, {len(records)} records, {len(errors)} error records:")
        for r in errors:
            print(f"  {r['source']['path']}: {r['error']['type']}: {r['error']['message']}")
        print(f"  records without reports (not errors): {len(no_reports)}")
        print("  summary:", out.stderr.decode("utf-8").splitlines()[0])
        db = Path(tmp, "archive.db")
        for run in (1, 2):
            done = subprocess.run([*pingan_command(), "batch", str(archive), "-o", str(db)], capture_output=True)
            with sqlite3.connect(db) as conn:
                rows = conn.execute("SELECT count(*) FROM documents").fetchone()[0]
            print(f"SQLite run {run}: exit {done.returncode}, {rows} documents rows;", done.stderr.decode().splitlines()[0])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="what", required=True)
    s = sub.add_parser("speed")
    s.add_argument("--files", type=int, default=2000)
    s.add_argument("--runs", type=int, default=3)
    a = sub.add_parser("acceptance")
    a.add_argument("--files", type=int, default=600)
    args = parser.parse_args()
    if args.what == "speed":
        speed(args.files, args.runs)
    else:
        acceptance(args.files)


if __name__ == "__main__":
    main()

"""The published evaluation: pingan and bench/baseline.py scored on ../shared/corpus.

    python bench/evaluate.py            print the Markdown table
    python bench/evaluate.py --write    also replace the README "Evaluation" table with it
    python bench/evaluate.py --pin      also pin bench/floors.json at the current F1 - 0.01

Both tools are scored by ../shared/tools/score itself (SPEC §3): precision, recall and
F1 summed over the corpus for reports, headings (strict and lenient) and measures.
Speed is corpus throughput in process (read, decode, parse, serialise to JSON), median
of several runs, and its ratio to bench/floor.py measured in the same run.
"""

from __future__ import annotations

import argparse
import datetime
import json
import math
import platform
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import baseline  # noqa: E402
import floor  # noqa: E402
from inputs import README, corpus_checksum, corpus_files, gold_path, scorer, write_block  # noqa: E402

KINDS = ("reports", "headings", "headings_lenient", "measures")
LABELS = {
    "reports": "reports",
    "headings": "headings (strict)",
    "headings_lenient": "headings (lenient)",
    "measures": "measures",
}
FLOORS = Path(__file__).resolve().parent / "floors.json"
# Floors sit this far under the figures they were pinned from.
MARGIN = 0.01


def run_pingan(path: Path) -> str:
    import ping_an

    return ping_an.parse_file(path).model_dump_json()


def run_baseline(path: Path) -> str:
    return json.dumps(baseline.parse(path.read_bytes().decode("utf-8-sig")), ensure_ascii=False)


TOOLS = {"pingan": run_pingan, "baseline": run_baseline}


def totals(tool: str) -> dict[str, dict[str, int]]:
    """tp/gold/pred per kind, summed over the corpus, for one tool."""
    score = scorer()
    total = {k: {"tp": 0, "gold": 0, "pred": 0} for k in KINDS}
    for path in corpus_files():
        pred = json.loads(TOOLS[tool](path))
        gold = json.loads(gold_path(path).read_text(encoding="utf-8"))
        for kind, counts in score.score_pair(pred, gold).items():
            for field in counts:
                total[kind][field] += counts[field]
    return total


def prf(counts: dict[str, int]) -> tuple[float, float, float]:
    return scorer().prf(counts)


def f1_scores(tool: str = "pingan") -> dict[str, float]:
    return {kind: prf(c)[2] for kind, c in totals(tool).items()}


def speed(tool: str, runs: int) -> float:
    """MB/s over the whole corpus, median of runs."""
    files = corpus_files()
    size = sum(p.stat().st_size for p in files) / 1e6
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        for path in files:
            if tool == "floor":
                floor.floor(path)
            else:
                TOOLS[tool](path)
        times.append(time.perf_counter() - t0)
    return size / statistics.median(times)


def table(runs: int = 5) -> str:
    scores = {tool: totals(tool) for tool in TOOLS}
    speed("pingan", 1)  # warm up imports and caches
    rates = {tool: speed(tool, runs) for tool in ("floor", *TOOLS)}
    files = corpus_files()
    size_kb = sum(p.stat().st_size for p in files) / 1e3
    out = [
        f"Measured {datetime.date.today().isoformat()} on ../shared/corpus ({len(files)} documents, "
        f"{size_kb:.0f} kB, corpus sha256 `{corpus_checksum()[:12]}`), Python {platform.python_version()}, "
        f"by `python bench/evaluate.py --write`.",
        "",
        "| element | pingan P | pingan R | pingan F1 | baseline P | baseline R | baseline F1 |",
        "|---|---:|---:|---:|---:|---:|---:|",
    ]
    for kind in KINDS:
        cells = []
        for tool in TOOLS:
            p, r, f = prf(scores[tool][kind])
            cells += [f"{p:.3f}", f"{r:.3f}", f"**{f:.3f}**" if tool == "pingan" else f"{f:.3f}"]
        out.append(f"| {LABELS[kind]} | " + " | ".join(cells) + " |")
    out += [
        "",
        "| speed on the corpus | MB/s | × floor |",
        "|---|---:|---:|",
        f"| pingan (`parse_file` + JSON) | {rates['pingan']:.1f} | {rates['pingan'] / rates['floor']:.2f} |",
        f"| baseline | {rates['baseline']:.1f} | {rates['baseline'] / rates['floor']:.2f} |",
        f"| floor (`bench/floor.py`) | {rates['floor']:.1f} | 1.00 |",
        "",
        f"Speed is read + decode + parse + JSON of each corpus file in one process, median of {runs} runs. "
        "The floor reads, decodes and splits, then runs one heading regex and one measure scan per line; "
        "the baseline does less than that (no measure scan), pingan far more.",
    ]
    return "\n".join(out)


def document_scores() -> dict[str, dict[str, float]]:
    """pingan's F1 per corpus document and kind."""
    score = scorer()
    out = {}
    for path in corpus_files():
        pred = json.loads(run_pingan(path))
        gold = json.loads(gold_path(path).read_text(encoding="utf-8"))
        out[path.stem] = {kind: prf(c)[2] for kind, c in score.score_pair(pred, gold).items()}
    return out


def _floor(value: float) -> float:
    return math.floor(max(0.0, value - MARGIN) * 1000) / 1000


def pin() -> dict:
    """Pin the floors at the current F1 less the margin: over the whole corpus, and for
    each document, so that no document can slip while others rise."""
    scores = f1_scores("pingan")
    floors = {
        "corpus_sha256": corpus_checksum(),
        "pinned": datetime.date.today().isoformat(),
        "margin": MARGIN,
        "f1": {kind: _floor(scores[kind]) for kind in KINDS},
        "documents": {
            name: {kind: _floor(f1[kind]) for kind in KINDS} for name, f1 in sorted(document_scores().items())
        },
    }
    FLOORS.write_text(json.dumps(floors, indent=2) + "\n", encoding="utf-8")
    return floors


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--write", action="store_true", help="replace the README Evaluation table")
    ap.add_argument("--pin", action="store_true", help="pin bench/floors.json at current F1 - 0.01")
    ap.add_argument("--runs", type=int, default=5, help="speed runs (median)")
    a = ap.parse_args(argv)
    text = table(a.runs)
    print(text)
    if a.write:
        write_block(README, "evaluation", text)
        print(f"\nbench: wrote the table into {README}", file=sys.stderr)
    if a.pin:
        floors = pin()
        print(f"bench: pinned {FLOORS}: {floors['f1']}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

"""SPEC §3 scoring, through ../shared/tools/score itself, so tests and CI judge alike.

The tool is loaded by bench/inputs.py, as the benchmarks load it: one loader, run once."""

from __future__ import annotations

import importlib
import sys

from conftest import ROOT

BENCH = ROOT / "bench"


def bench_module(name: str):
    """A bench/ script as a module. bench/ is scripts, not a package, and its scripts
    import each other by name, so the folder goes on the path once, as they put it."""
    if str(BENCH) not in sys.path:
        sys.path.insert(0, str(BENCH))
    return importlib.import_module(name)


def scorer():
    return bench_module("inputs").scorer()


def f1_scores(pred: dict, gold: dict) -> dict[str, float]:
    s = scorer()
    return {k: s.prf(c)[2] for k, c in s.score_pair(pred, gold).items()}

"""SPEC §3 scoring, through ../shared/tools/score itself, so tests and CI judge alike."""

from __future__ import annotations

import importlib.machinery
import importlib.util
from functools import lru_cache

from conftest import SHARED


@lru_cache(maxsize=1)
def scorer():
    path = SHARED / "tools" / "score"
    loader = importlib.machinery.SourceFileLoader("pingan_shared_score", str(path))
    spec = importlib.util.spec_from_loader(loader.name, loader)
    module = importlib.util.module_from_spec(spec)
    loader.exec_module(module)
    return module


def f1_scores(pred: dict, gold: dict) -> dict[str, float]:
    s = scorer()
    return {k: s.prf(c)[2] for k, c in s.score_pair(pred, gold).items()}


def counts(pred: dict, gold: dict) -> dict[str, dict]:
    return scorer().score_pair(pred, gold)

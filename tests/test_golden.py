"""Golden tests: every ../shared/corpus document against its hand-made gold, scored as SPEC §3."""

from __future__ import annotations

import json

import pytest
from conftest import CORPUS, corpus_files, gold_of

import ping_an

pytestmark = pytest.mark.skipif(not corpus_files(), reason="../shared/corpus is not beside the repository")


def _pred(path) -> dict:
    return json.loads(ping_an.parse_file(path).model_dump_json())


def _document_floors() -> dict:
    from scoring import bench_module

    return json.loads(bench_module("evaluate").FLOORS.read_text(encoding="utf-8")).get("documents", {})


@pytest.mark.parametrize("path", corpus_files(), ids=lambda p: p.stem)
def test_each_document_keeps_its_reports_and_its_pinned_floors(path):
    from scoring import f1_scores

    f1 = f1_scores(_pred(path), gold_of(path))
    assert f1["reports"] == 1.0
    floors = _document_floors().get(path.stem)
    assert floors is not None, f"{path.stem} has no pinned floor: python bench/evaluate.py --pin"
    below = {k: (round(f1[k], 4), v) for k, v in floors.items() if f1[k] < v}
    assert not below, f"{path.stem} below its pinned floors (score, floor): {below}"


def test_seed_compendium_is_exact():
    from scoring import f1_scores

    path = CORPUS / "seed-compendium.txt"
    f1 = f1_scores(_pred(path), gold_of(path))
    assert f1 == {"reports": 1.0, "headings": 1.0, "headings_lenient": 1.0, "measures": 1.0}


def test_whole_corpus_meets_the_acceptance_floors():
    from scoring import bench_module

    # tp/gold/pred summed over the corpus, as the README Evaluation table counts them
    f1 = bench_module("evaluate").f1_scores("pingan")
    assert f1["reports"] == 1.0
    assert f1["headings"] >= 0.97, f1
    assert f1["measures"] >= 0.97, f1


def test_seed_report_titles_in_order():
    doc = ping_an.parse_file(CORPUS / "seed-compendium.txt")
    assert doc.title == "推进平安建设综述汇编（5篇）"
    assert [r.title for r in doc.reports] == [
        "推进平安建设综述（公安）",
        "推进平安建设综述（公安）",
        "推进平安建设综述（街道）",
        "推进平安建设综述（法院）",
        "2023年上半年平安建设工作综述",
    ]
    assert [e.title for e in doc.toc] == [r.title for r in doc.reports]

"""Quality can only go up deliberately: corpus F1 never drops below the pinned floors.

bench/floors.json pins, for reports, headings (strict and lenient) and measures, an F1
a little under what pingan scored when it was pinned, with the checksum of the corpus
it was measured on. When ../shared/corpus has changed since (documents added or gold
corrected), the floors still apply: a failure says the corpus changed and how to re-pin
(`python bench/evaluate.py --pin`), and a pass warns so that someone re-pins on purpose.
"""

from __future__ import annotations

import json
import re
import warnings

from scoring import bench_module


def evaluate():
    """bench/evaluate.py, which computes the README Evaluation table and pins the floors."""
    return bench_module("evaluate")


def floors() -> dict:
    return json.loads(evaluate().FLOORS.read_text(encoding="utf-8"))


def test_floors_file_pins_every_score_and_the_corpus():
    pinned = floors()
    assert re.fullmatch(r"[0-9a-f]{64}", pinned["corpus_sha256"])
    assert set(pinned["f1"]) == set(evaluate().KINDS)
    assert all(0.0 <= pinned["f1"][k] <= 1.0 for k in evaluate().KINDS)


def test_corpus_f1_at_least_the_pinned_floors(corpus):
    ev = evaluate()
    pinned = floors()
    checksum = ev.corpus_checksum()
    changed = checksum != pinned["corpus_sha256"]
    scores = ev.f1_scores("pingan")
    below = {k: (round(scores[k], 4), pinned["f1"][k]) for k in evaluate().KINDS if scores[k] < pinned["f1"][k]}
    note = (
        f" The corpus changed since the floors were pinned ({pinned['corpus_sha256'][:12]} -> {checksum[:12]}):"
        " if the new documents are the cause, re-pin with `python bench/evaluate.py --pin`."
        if changed
        else ""
    )
    assert not below, f"corpus F1 below the pinned floor (score, floor): {below}.{note}"
    if changed:
        warnings.warn(f"floors hold, but were pinned on another corpus.{note}", stacklevel=1)


def test_pingan_beats_the_baseline_on_every_f1(corpus):
    ev = evaluate()
    ours, theirs = ev.f1_scores("pingan"), ev.f1_scores("baseline")
    worse = {k: (round(ours[k], 4), round(theirs[k], 4)) for k in evaluate().KINDS if ours[k] <= theirs[k]}
    assert not worse, f"pingan does not beat bench/baseline.py on (pingan, baseline): {worse}"


def test_baseline_prints_the_json_contract():
    baseline = evaluate().baseline
    doc = baseline.parse("推进平安建设综述\n一、强化组织领导。正文。\n（一）完善机制。正文。\n二、狠抓落实\n")
    (report,) = doc["reports"]
    assert doc["title"] == report["title"] == "推进平安建设综述"
    first, second = report["sections"]
    assert (first["marker"], first["heading"], first["line"]) == ("一、", "强化组织领导", 2)
    assert [(s["marker"], s["heading"], s["line"]) for s in first["sections"]] == [("（一）", "完善机制", 3)]
    assert (second["heading"], second["sections"], second["measures"]) == ("狠抓落实", [], [])

"""Outline snapshots of every real document in ../shared/dev and ../shared/corpus.

One line per report title, heading and measure: its line, depth, marker and text. A
change to the parser shows, in the snapshot diff, exactly what it does to 56 real
documents that nobody tuned on (dev) or that have gold (corpus); read that diff before
each commit. `python -m pytest tests/test_outlines.py --snapshot-update` rewrites them.
"""

from __future__ import annotations

import pytest
from conftest import SHARED, SHARED_REASON

import ping_an
from ping_an.models import Document, Measure, Section

DOCUMENTS = sorted([*(SHARED / "dev").glob("*.txt"), *(SHARED / "corpus").glob("*.txt")]) if SHARED.is_dir() else []
TEXT_MAX = 40  # characters of a text shown: enough to tell one element from another


def _short(text: str | None) -> str:
    text = (text or "").replace("\n", " ")
    return text if len(text) <= TEXT_MAX else text[:TEXT_MAX] + "…"


def _measures(items: list[Measure], depth: int, out: list[str]) -> None:
    for m in items:
        out.append(f"{m.line:>5} {'  ' * depth}- {m.marker} {_short(m.text)}")
        _measures(m.measures, depth + 1, out)


def _sections(items: list[Section], depth: int, out: list[str]) -> None:
    for s in items:
        out.append(f"{s.line:>5} {'  ' * depth}{depth} {s.marker or '◆'} {_short(s.heading)}")
        _measures(s.measures, depth + 1, out)
        _sections(s.sections, depth + 1, out)


def outline(doc: Document) -> str:
    """The compact outline of a document, as the snapshots keep it."""
    out = [f"document: {_short(doc.title)}"]
    for r in doc.reports:
        out.append(f"{r.line or 0:>5} report: {_short(r.title)}")
        _measures(r.measures, 1, out)
        _sections(r.sections, 1, out)
    return "\n".join(out) + "\n"


def test_outline_shows_depth_marker_text_and_line():
    doc = ping_an.parse_text("工作总结\n\n一、强化领导。正文：一是建立机制，压实责任；二是加强督导，确保落实。\n")
    assert outline(doc) == (
        "document: 工作总结\n"
        "    1 report: 工作总结\n"
        "    3   1 一、 强化领导\n"
        "    3     - 一是 建立机制，压实责任\n"
        "    3     - 二是 加强督导，确保落实。\n"
    )


@pytest.mark.skipif(not DOCUMENTS, reason=SHARED_REASON)
@pytest.mark.parametrize("path", DOCUMENTS, ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_outline_snapshot(path, snapshot):
    assert outline(ping_an.parse_file(path)) == snapshot


DEV = [p for p in DOCUMENTS if p.parent.name == "dev"]


@pytest.mark.skipif(not DEV, reason=SHARED_REASON)
@pytest.mark.parametrize("path", DEV, ids=lambda p: p.stem)
def test_every_dev_report_is_one_report(path):
    # each file of ../shared/dev holds one report (sources.json), under its title or none
    assert len(ping_an.parse_file(path).reports) == 1

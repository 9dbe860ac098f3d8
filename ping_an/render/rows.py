"""The flat view of a document: one row per section and per measure, in reading order.

Shared by the CSV and table views. A row's path is the chain of markers from the report
down to the element (一、/（一）/一是); a lead heading has no marker, so its heading text
stands in the path in its place.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass

from ..models import Document, Measure, Report, Section

PATH_SEPARATOR = "/"
# What the views show for a report that has no title line.
UNTITLED = "(untitled report)"


def gap(marker: str | None) -> str:
    """What separates a marker from its heading: 一、坚持… but 第一部分 坚持… and 一是 强化…"""
    return "" if marker and unicodedata.category(marker[-1])[0] == "P" else " "


def label(marker: str | None, heading: str) -> str:
    """A heading as printed, with its marker."""
    return marker + gap(marker) + heading if marker else heading


@dataclass(frozen=True, slots=True)
class Row:
    report: int  # 1-based, in document order
    report_title: str | None
    kind: str  # "section", "measure", or "after": a section's text after its sub-sections
    depth: int  # a section's depth; a measure is one deeper than what holds it
    path: tuple[str, ...]
    marker: str | None
    text: str  # a section's heading, a measure's text
    line: int

    @property
    def path_text(self) -> str:
        return PATH_SEPARATOR.join(self.path)


def _measure_rows(report: int, title: str | None, measures: list[Measure], depth: int, path: tuple[str, ...]) -> Iterator[Row]:
    for m in measures:
        here = (*path, m.marker)
        yield Row(report, title, "measure", depth, here, m.marker, m.text, m.line)
        yield from _measure_rows(report, title, m.measures, depth + 1, here)


def _section_rows(report: int, title: str | None, sections: list[Section], path: tuple[str, ...]) -> Iterator[Row]:
    for s in sections:
        here = (*path, s.marker or s.heading)
        yield Row(report, title, "section", s.depth, here, s.marker, s.heading, s.line)
        # a section's measures stand in its own body, before its sub-sections
        yield from _measure_rows(report, title, s.measures, s.depth + 1, here)
        yield from _section_rows(report, title, s.sections, here)
        if s.after:  # where it stands: after the sub-sections, in the section's own path
            yield Row(report, title, "after", s.depth, here, None, s.after, s.after_line or s.line)


def report_rows(number: int, r: Report) -> Iterator[Row]:
    """The rows of one report, the `number`th of its document."""
    yield from _measure_rows(number, r.title, r.measures, 1, ())
    yield from _section_rows(number, r.title, r.sections, ())


def rows(doc: Document) -> Iterator[Row]:
    for number, r in enumerate(doc.reports, 1):
        yield from report_rows(number, r)

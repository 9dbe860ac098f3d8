"""The views of a large text made on two processes (parallel.py): `extract --json`, as
its Units.

Each unit is made by the functions that print it in one process (write_json's
report_json), from a report parsed by the pipeline's parse_report: the bytes are those
of one process. What stands around the units is written by the parent: the JSON's
fields around its reports.
"""

from __future__ import annotations

from typing import BinaryIO

from . import json_around_reports, report_json
from .parallel import Units, shared
from ..assemble.pipeline import document_head, paragraphs, parse_report, split_reports


def write_units(units: Units, out: BinaryIO) -> None:
    """Write the bytes of units to out as they come (parallel.shared)."""
    with shared(units) as chunks:
        for chunk in chunks:
            out.write(chunk)


def _outline(text: str, source):
    """(the Document without its reports, the reports' spans to parse), as stream_text has them."""
    outline = split_reports(paragraphs(text))
    return document_head(outline, source), outline.reports


def write_json(text: str, source, out: BinaryIO) -> None:
    """Write what `extract --json` writes for text: the bytes of render.write_json of
    parse_text(text, source=source)."""
    head, spans = _outline(text, source)
    before, after = json_around_reports(head)
    out.write(before)
    write_units(Units(len(spans), lambda k: report_json(parse_report(spans, k), k)), out)
    out.write(after)

"""The JSON Lines view: one line per report, each a whole report object that also carries
the document's title and source, so that every line stands alone (grep, split, parallel)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import BinaryIO

from ..models import Document
from .output import compact_json


def report_lines(doc: Document) -> Iterator[str]:
    source = doc.source.model_dump() if doc.source is not None else None
    for number, report in enumerate(doc.reports, 1):
        record = {"document_title": doc.title, "source": source, "report": number, **report.model_dump()}
        yield compact_json(record)


def write_jsonl(doc: Document, out: BinaryIO) -> None:
    for line in report_lines(doc):
        out.write(line.encode("utf-8") + b"\n")

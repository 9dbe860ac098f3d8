"""The CSV view: one row per section and per measure, for spreadsheets and SQLite.

Excel on Chinese Windows reads a CSV without a byte-order mark in the ANSI code page
(GBK) and shows UTF-8 as mojibake; with the mark it reads UTF-8. `excel=True` writes it.
"""

from __future__ import annotations

import csv
import io
from typing import BinaryIO

from ..models import Document
from .rows import rows

COLUMNS = ("report", "report_title", "kind", "depth", "path", "marker", "text", "line")
BOM = "\ufeff"


def to_csv(doc: Document, *, excel: bool = False) -> str:
    buffer = io.StringIO()
    # RFC 4180 line ends (\r\n), which Excel and Python's csv reader both expect
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    for row in rows(doc):
        writer.writerow(
            (row.report, row.report_title or "", row.kind, row.depth, row.path_text, row.marker or "", row.text, row.line)
        )
    return (BOM if excel else "") + buffer.getvalue()


def write_csv(doc: Document, out: BinaryIO, *, excel: bool = False) -> None:
    out.write(to_csv(doc, excel=excel).encode("utf-8"))

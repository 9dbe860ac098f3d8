"""The rich table view: one row per section and per measure, indented by depth.

Columns: the report (its title on its first row), the heading or measure text indented
two cells per depth, the marker, the input line. Long texts are cut with … to the
column width, measured in terminal cells.
"""

from __future__ import annotations

from rich import box
from rich.cells import cell_len
from rich.console import Console
from rich.table import Table
from rich.text import Text

from . import console as standard_console
from ..models import Document
from .rows import UNTITLED, Row, rows

INDENT = "  "
# padding (one cell each side) and rules between the four columns, in cells
FRAME = 9
MIN_TEXT = 8
TEXT_HEADER = "heading / measure"
STYLE_OF_KIND = {"section": "bold", "measure": "", "after": "dim"}


def _text(row: Row) -> Text:
    return Text(INDENT * (row.depth - 1) + row.text.replace("\n", " "), style=STYLE_OF_KIND[row.kind])


def build_table(doc: Document, width: int) -> Table:
    """The table for a console `width` cells wide."""
    everything = list(rows(doc))
    by_report: dict[int, list[Row]] = {n: [] for n in range(1, len(doc.reports) + 1)}
    for row in everything:
        by_report[row.report].append(row)
    # the short columns keep their full width; the two text columns share the rest,
    # the report title at most a third of it
    marker_width = max([cell_len("marker"), *(cell_len(r.marker or "") for r in everything)])
    line_width = max([len("line"), *(len(str(r.line)) for r in everything)])
    titles = [cell_len(r.title or UNTITLED) for r in doc.reports] or [len("report")]
    room = max(width - marker_width - line_width - FRAME, 2 * MIN_TEXT)
    report_width = max(min(max(titles), room // 3), MIN_TEXT)
    texts = [cell_len(_text(r).plain) for r in everything] or [MIN_TEXT]
    text_width = max(min(max(texts), room - report_width), MIN_TEXT, cell_len(TEXT_HEADER))
    table = Table(title=doc.title, box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False)
    table.add_column("report", style="yellow", no_wrap=True, overflow="ellipsis", width=report_width)
    table.add_column(TEXT_HEADER, no_wrap=True, overflow="ellipsis", width=text_width)
    table.add_column("marker", style="cyan", no_wrap=True, width=marker_width)
    table.add_column("line", style="dim", justify="right", no_wrap=True, width=line_width)
    for number, report in enumerate(doc.reports, 1):
        title = report.title or UNTITLED
        members = by_report[number]
        if not members:
            table.add_row(Text(title), Text("(no sections or measures)", style="dim"), "", Text(str(report.line or "")))
        for k, row in enumerate(members):
            # Text, not str: a [ in the input is not rich markup
            table.add_row(Text(title if k == 0 else ""), _text(row), Text(row.marker or ""), Text(str(row.line)))
        table.add_section()
    return table


def print_table(doc: Document, console: Console | None = None) -> None:
    console = console or standard_console()
    console.print(build_table(doc, console.width))

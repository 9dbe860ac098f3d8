"""The rich table view: one row per section and per measure, indented by depth.

Columns: the report (its title on its first row), the heading or measure text indented
two cells per depth, the marker, the input line. Long texts are cut with … to the
column width, measured in terminal cells.

Into a pipe or a file (no colour) write_table lays the rows out itself (cells.py), a
report at a time as the parse yields them: the column widths need every row's, so each
report is first reduced to its rows, each text kept only as far as the widest column
could show it, and its widths (keep_report); then the reports are laid out in the
widths of all (PlainTable), rich printing the title and the header. A large text's
reports are kept and laid out so on two processes (shared.py). On a terminal rich
prints the whole table, in colour.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace

from rich import box
from rich.cells import cell_len
from rich.console import Console
from rich.segment import Segment
from rich.table import Table
from rich.text import Text

from .output import console as standard_console
from .cells import capped_len, fit, plain, plain_console, right
from ..models import Document, Report
from .parallel import combined
from .rows import UNTITLED, Row, report_rows, rows

INDENT = "  "
# padding (one cell each side) and rules between the four columns, in cells
FRAME = 9
MIN_TEXT = 8
TEXT_HEADER = "heading / measure"
STYLE_OF_KIND = {"section": "bold", "measure": "", "after": "dim"}


def _text(row: Row) -> Text:
    return Text(INDENT * (row.depth - 1) + row.text.replace("\n", " "), style=STYLE_OF_KIND[row.kind])


def _widths(width: int, marker_width: int, line_width: int, title_width: int, text_width: int) -> tuple[int, int]:
    """(report column, text column) for a console `width` cells wide: the short columns
    keep their full width; the two text columns share the rest, the report title at most
    a third of it. title_width, text_width: the widest title's and row text's cells."""
    room = max(width - marker_width - line_width - FRAME, 2 * MIN_TEXT)
    report_width = max(min(title_width, room // 3), MIN_TEXT)
    return report_width, max(min(text_width, room - report_width), MIN_TEXT, cell_len(TEXT_HEADER))


def _frame(title: str | None, report_width: int, text_width: int, marker_width: int, line_width: int) -> Table:
    """The table's columns, without rows."""
    table = Table(title=title, box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False)
    table.add_column("report", style="yellow", no_wrap=True, overflow="ellipsis", width=report_width)
    table.add_column(TEXT_HEADER, no_wrap=True, overflow="ellipsis", width=text_width)
    table.add_column("marker", style="cyan", no_wrap=True, width=marker_width)
    table.add_column("line", style="dim", justify="right", no_wrap=True, width=line_width)
    return table


EMPTY_REPORT = "(no sections or measures)"


def _empty_row(title: str, line: int | None) -> tuple:
    return Text(title), Text(EMPTY_REPORT, style="dim"), "", Text(str(line or ""))


def _row(title: str, row: Row, text: str | None = None) -> tuple:
    """A row's cells; text: its text cell as _text(row) holds it, when known."""
    cell = _text(row) if text is None else Text(text, style=STYLE_OF_KIND[row.kind])
    # Text, not str: a [ in the input is not rich markup
    return Text(title), cell, Text(row.marker or ""), Text(str(row.line))


def build_table(doc: Document, width: int) -> Table:
    """The table for a console `width` cells wide."""
    everything = list(rows(doc))
    by_report: dict[int, list[Row]] = {n: [] for n in range(1, len(doc.reports) + 1)}
    for row in everything:
        by_report[row.report].append(row)
    marker_width = max([cell_len("marker"), *(cell_len(r.marker or "") for r in everything)])
    line_width = max([len("line"), *(len(str(r.line)) for r in everything)])
    titles = [cell_len(r.title or UNTITLED) for r in doc.reports] or [len("report")]
    texts = [cell_len(_text(r).plain) for r in everything] or [MIN_TEXT]
    report_width, text_width = _widths(width, marker_width, line_width, max(titles), max(texts))
    table = _frame(doc.title, report_width, text_width, marker_width, line_width)
    for number, report in enumerate(doc.reports, 1):
        title = report.title or UNTITLED
        members = by_report[number]
        if not members:
            table.add_row(*_empty_row(title, report.line))
        for k, row in enumerate(members):
            table.add_row(*_row(title if k == 0 else "", row))
        table.add_section()
    return table


def print_table(doc: Document, console: Console | None = None) -> None:
    console = console or standard_console()
    console.print(build_table(doc, console.width))


def rich_text(console: Console, renderable) -> str:
    """What console.print(renderable) writes on a console without colour."""
    segments = console.render(renderable, console.options)
    return "".join(segment.text for line in Segment.split_and_crop_lines(segments, console.width, pad=False) for segment in line)


# What the layout needs of a report (KeptReport.measure): the widest marker, line number,
# title and text (in cells, a text as far as the widest text column could show it), and
# whether it has rows at all (1 or 0). The reports' measures combine figure by figure, the
# largest kept (parallel.combined); this is the measure of no report: the headers' widths.
NO_REPORT = (cell_len("marker"), len("line"), 0, 0, 0)


@dataclass(frozen=True, slots=True)
class KeptReport:
    """A report reduced to what the table prints of it, once every row's width is known."""

    title: str
    line: int | None
    # each row: the row (its text and path dropped when kept here), its text cell as far
    # as the widest text column could show it, and whether cells.py lays it out
    members: list[tuple[Row, str, bool]]
    measure: tuple[int, ...]


def keep_report(number: int, report: Report, width: int) -> KeptReport:
    """The `number`th report (from 1) as a table `width` cells wide needs it; the report
    itself may then be let go."""
    # no text column is wider than this (_widths): texts are measured and kept up to it
    cap = max(width, 2 * MIN_TEXT)
    marker_width, line_width, _, text_width, any_rows = NO_REPORT
    title = report.title or UNTITLED
    members: list[tuple[Row, str, bool]] = []
    for row in report_rows(number, report):
        marker_width = max(marker_width, cell_len(row.marker or ""))
        line_width = max(line_width, len(str(row.line)))
        text = INDENT * (row.depth - 1) + row.text.replace("\n", " ")
        if plain(text) and plain(row.marker or ""):
            cells = capped_len(text, cap)
            text_width = max(text_width, cells)
            members.append((replace(row, text="", path=()), text[: cap + 1] if cells > cap else text, True))
        else:  # left to rich
            text_width = max(text_width, cell_len(_text(row).plain))
            members.append((replace(row, path=()), _text(row).plain, False))
        any_rows = 1
    return KeptReport(title, report.line, members, (marker_width, line_width, cell_len(title), text_width, any_rows))


class PlainTable:
    """The table laid out on a console without colour (cells.py), given its title, its
    number of reports and the combined measure of them all."""

    def __init__(self, console: Console, title: str | None, count: int, measure: tuple[int, ...]) -> None:
        marker_width, line_width, title_width, text_width, any_rows = measure
        width = console.width
        report_width, text_width = _widths(width, marker_width, line_width, title_width if count else len("report"), text_width if any_rows else MIN_TEXT)
        self.console = console
        self.columns = (report_width, text_width, marker_width, line_width)
        frame = _frame(title, *self.columns)
        self.head = rich_text(console, frame)  # the title and the header
        frame.title, frame.show_header = None, False
        widths = frame._calculate_column_widths(console, console.options.update_width(width - frame._extra_width))
        self.cells = [widths[0] - 1, widths[1] - 2, widths[2] - 2, widths[3] - 1]  # less the padding
        self.table_width = sum(widths) + len(widths) - 1
        self.laid_out = min(self.cells) >= 1 and self.table_width <= width

    def by_rich(self, *cells) -> str:
        """One row as rich lays it out in this table (the columns' widths are fixed)."""
        table = _frame(None, *self.columns)
        table.show_header = False
        table.add_row(*cells)
        return rich_text(self.console, table)

    def report(self, k: int, kept: KeptReport) -> str:
        """The rows of the kth report (from 0)."""
        cells, laid_out = self.cells, self.laid_out
        gap = " " * 3  # the right padding, the column rule (a space in SIMPLE_HEAD), the left padding
        out = []
        if k:
            out.append(" " * min(self.table_width, self.console.width) + "\n")  # the rule between sections: spaces in SIMPLE_HEAD
        title = kept.title
        if not kept.members:
            if laid_out and plain(title):
                out.append(fit(title, cells[0]) + gap + fit(EMPTY_REPORT, cells[1]) + gap + " " * cells[2] + gap + right(str(kept.line or ""), cells[3]) + "\n")
            else:
                out.append(self.by_rich(*_empty_row(title, kept.line)))
        for j, (row, text, simple) in enumerate(kept.members):
            shown = title if j == 0 else ""
            if laid_out and simple and plain(shown):
                out.append(fit(shown, cells[0]) + gap + fit(text, cells[1]) + gap + fit(row.marker or "", cells[2]) + gap + right(str(row.line), cells[3]) + "\n")
            else:
                out.append(self.by_rich(*_row(shown, row, text)))
        return "".join(out)


def write_table(head: Document, count: int, reports: Iterable[Report], console: Console | None = None) -> None:
    """Print the table of a document given as its head (the Document without its
    reports), the number of its reports and the reports, one by one. Byte for byte what
    print_table prints of the whole document; each report is let go once its rows are kept."""
    console = console or standard_console()
    if not plain_console(console):
        print_table(head.model_copy(update={"reports": list(reports)}), console)
        return
    kept = [keep_report(number, report, console.width) for number, report in enumerate(reports, 1)]
    layout = PlainTable(console, head.title, len(kept), combined((k.measure for k in kept), NO_REPORT))
    write = console.file.write
    write(layout.head)
    for k in range(len(kept)):
        one, kept[k] = kept[k], None
        write(layout.report(k, one))

"""The `pingan lines` view: every input line, what it was read as, and why.

On a terminal a table (line, kind, the line's text cut to fit, the reason, wrapped);
`--json` gives one JSON object per line for jq and for bug reports. Lines are printed as
explain yields them; into a pipe or a file the rows are laid out here (PlainLines,
cells.py), the bytes rich would print, each on its own (a large text's on two
processes: shared.py).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import asdict
from functools import lru_cache
from itertools import islice
from typing import BinaryIO

from rich import box
from rich.cells import set_cell_size
from rich.console import Console
from rich.table import Table
from rich.text import Text

from .output import compact_json
from .output import console as standard_console
from .cells import fit, plain, plain_console, right
from .table import rich_text
from ..assemble.explain import KINDS, LineInfo

# the reason column gets this share of the width left after the line and kind columns
WHY_SHARE = 0.55
FRAME = 9
STYLE_OF_KIND = {
    "blank": "dim",
    "title": "bold",
    "toc": "dim",
    "front": "dim",
    "report-title": "bold yellow",
    "heading": "bold cyan",
    "lead": "bold green",
    "salutation": "magenta",
    "item": "magenta",
    "text": "",
    "continuation": "dim",
}
assert STYLE_OF_KIND.keys() == KINDS.keys()


def build_lines_table(infos: list[LineInfo], width: int, total: int | None = None) -> Table:
    """The table of `infos`, its line column wide enough for `total` lines (default: these)."""
    line_width = max(len("line"), len(str(total if total is not None else len(infos))))
    kind_width = max(len(k) for k in KINDS)
    room = max(width - line_width - kind_width - FRAME, 20)
    why_width = int(room * WHY_SHARE)
    table = Table(box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False)
    table.add_column("line", justify="right", style="dim", no_wrap=True, width=line_width)
    table.add_column("read as", no_wrap=True, width=kind_width)
    table.add_column("text", no_wrap=True, overflow="ellipsis", width=room - why_width)
    table.add_column("why", overflow="fold", width=why_width)
    for info in infos:
        table.add_row(Text(str(info.line)), Text(info.kind, style=STYLE_OF_KIND[info.kind]), Text(info.text), Text(info.note))
    return table


# Rows rendered and written at a time. rich renders a table whole before it writes a
# byte: 200,000 lines took two minutes before `| head -1` saw its line. The columns have
# fixed widths, so the pieces print exactly as one table would.
CHUNK_ROWS = 500


def print_lines(infos: Iterable[LineInfo], console: Console | None = None, total: int | None = None) -> None:
    """Print the table of infos, as they come; total: how many there are (the line
    column's width), when infos is not a list."""
    console = console or standard_console()
    if total is None:
        infos = list(infos)
        total = len(infos)
    if plain_console(console):
        _write_plain(iter(infos), console, total)
        return
    infos = iter(infos)
    first = True
    while True:
        chunk = list(islice(infos, CHUNK_ROWS))
        if not chunk and not first:
            break
        table = build_lines_table(chunk, console.width, total=total)
        table.show_header = first
        console.print(table)
        first = False


@lru_cache(maxsize=4096)
def _why_lines(console: Console, note: str, width: int) -> tuple[str, ...]:
    """The reason column's lines for a note, folded to `width` cells as rich folds it."""
    return tuple(set_cell_size(line.plain, width) for line in Text(note).wrap(console, width, justify="left", overflow="fold"))


class PlainLines:
    """The table of `total` lines laid out on a console without colour (cells.py), row by
    row: the bytes rich prints, at a small part of its cost. rich prints the header, and
    any row with a character plain text does not cover."""

    def __init__(self, console: Console, total: int) -> None:
        self.console, self.total = console, total
        frame = build_lines_table([], console.width, total=total)
        self.header = rich_text(console, frame)
        widths = frame._calculate_column_widths(console, console.options.update_width(console.width - frame._extra_width))
        self.line_w, self.kind_w, self.text_w, self.why_w = widths[0] - 1, widths[1] - 2, widths[2] - 2, widths[3] - 1  # less the padding
        self.laid_out = min(self.line_w, self.kind_w, self.text_w, self.why_w) >= 1 and sum(widths) + len(widths) - 1 <= console.width
        self.gap = " " * 3  # right padding, the column rule (a space in SIMPLE_HEAD), left padding
        self.blank = " " * self.line_w + self.gap + " " * self.kind_w + self.gap + " " * self.text_w + self.gap
        self.kinds = {kind: fit(kind, self.kind_w) for kind in STYLE_OF_KIND}

    def rows(self, infos: Iterable[LineInfo]) -> str:
        """The rows of infos, each laid out on its own."""
        console, gap, line_w, text_w, why_w = self.console, self.gap, self.line_w, self.text_w, self.why_w
        laid_out, kinds, blank = self.laid_out, self.kinds, self.blank
        out = []
        for info in infos:
            if laid_out and plain(info.text) and plain(info.note):
                why = _why_lines(console, info.note, why_w)
                out.append(right(str(info.line), line_w) + gap + kinds[info.kind] + gap + fit(info.text, text_w) + gap + why[0] + "\n")
                for more in why[1:]:
                    out.append(blank + more + "\n")
            else:
                table = build_lines_table([info], console.width, total=self.total)
                table.show_header = False
                out.append(rich_text(console, table))
        return "".join(out)


def _write_plain(infos: Iterator[LineInfo], console: Console, total: int) -> None:
    """The table on a console without colour, CHUNK_ROWS rows written at a time."""
    write = console.file.write
    layout = PlainLines(console, total)
    write(layout.header)
    while chunk := list(islice(infos, CHUNK_ROWS)):
        write(layout.rows(chunk))


def json_lines(infos: Iterable[LineInfo]) -> Iterator[str]:
    for info in infos:
        yield compact_json(asdict(info))


def write_json_lines(infos: Iterable[LineInfo], out: BinaryIO) -> None:
    for line in json_lines(infos):
        out.write(line.encode("utf-8") + b"\n")

"""The `pingan lines` view: every input line, what it was read as, and why.

On a terminal a table (line, kind, the line's text cut to fit, the reason, wrapped);
`--json` gives one JSON object per line for jq and for bug reports.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import asdict
from typing import BinaryIO

from rich import box
from rich.console import Console
from rich.table import Table
from rich.text import Text

from . import compact_json
from . import console as standard_console
from ..explain import KINDS, LineInfo

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


def print_lines(infos: list[LineInfo], console: Console | None = None) -> None:
    console = console or standard_console()
    for start in range(0, len(infos), CHUNK_ROWS) or [0]:
        table = build_lines_table(infos[start : start + CHUNK_ROWS], console.width, total=len(infos))
        table.show_header = start == 0
        console.print(table)


def json_lines(infos: Iterable[LineInfo]) -> Iterator[str]:
    for info in infos:
        yield compact_json(asdict(info))


def write_json_lines(infos: Iterable[LineInfo], out: BinaryIO) -> None:
    for line in json_lines(infos):
        out.write(line.encode("utf-8") + b"\n")

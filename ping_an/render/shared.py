"""The views of a large text made on two processes (parallel.py): `extract --json`, the
tree and the table, and `pingan lines`, each as its Units.

Each unit is made by the functions that print it in one process (write_json, write_tree,
write_table, print_lines), from a report parsed by the pipeline's parse_report or from
the input lines of explain's LineReadings: the bytes are those of one process. What
stands around the units is written by the parent: the JSON's fields around its
reports, the tree's root line, the header of the lines' table; the table's header
waits for the widths of every report (a measured view).

The views for people are shared only where they print the plain text of what they lay
out (a pipe or a file: cells.plain_console) in UTF-8, the bytes of which are then
written straight to the output; on a terminal rich prints them in colour, in one process.
"""

from __future__ import annotations

import codecs
import sys
from collections.abc import Callable
from functools import lru_cache
from operator import attrgetter
from typing import BinaryIO

from . import Format, json_around_reports, report_json
from .cells import plain_console
from .output import console as standard_console
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


def text_encoder(console) -> Callable[[str], bytes] | None:
    """How the text a console prints becomes the bytes of standard output, where the views
    may write those bytes themselves: a console without colour or style (cells.plain_console)
    on standard output, in UTF-8. None anywhere else (a terminal)."""
    stdout = sys.stdout
    if not plain_console(console) or console.file is not stdout:
        return None
    try:
        utf8 = codecs.lookup(stdout.encoding).name == "utf-8"
    except (AttributeError, LookupError):
        return None
    errors = stdout.errors or "strict"
    return (lambda text: text.encode("utf-8", errors)) if utf8 else None


def show(text: str, source, fmt: Format, out: BinaryIO, *, width: int | None = None) -> bool:
    """Print the JSON, the tree or the table (STREAMED) of text on standard output (out,
    binary) as render.write_json and render.show_stream print them, in two processes;
    False, having printed nothing, where the bytes of a view for people would not be
    those of one process (a terminal)."""
    if fmt is Format.json:
        write_json(text, source, out)
        return True
    return _on_plain_stdout(width, lambda console, encode: write_view(text, source, fmt, console, out, encode))


def print_lines(text: str, out: BinaryIO, *, width: int | None = None) -> bool:
    """Print the table of `pingan lines` of text on standard output (out, binary) as
    render.lines.print_lines prints it, in two processes; False, having printed nothing,
    where the bytes would not be those of one process (a terminal)."""
    return _on_plain_stdout(width, lambda console, encode: write_lines(text, console, out, encode))


def _on_plain_stdout(width: int | None, write: Callable[[object, Callable[[str], bytes]], None]) -> bool:
    """write(console, encode) with standard output's console, where its text can be
    written as bytes (text_encoder); False, writing nothing, where it cannot."""
    console = standard_console(width)
    encode = text_encoder(console)
    if encode is None:
        return False
    write(console, encode)
    return True


def write_view(text: str, source, fmt: Format, console, out: BinaryIO, encode: Callable[[str], bytes]) -> None:
    """Write the tree or the table (STREAMED) of text as `console` prints it, text
    encoded by `encode` (text_encoder), to out."""
    head, spans = _outline(text, source)
    count = len(spans)
    if fmt is Format.tree:
        from .tree import TreeLines

        lines = TreeLines(console)
        out.write(encode(lines.root(head, count)))
        units = Units(count, lambda k: encode(lines.report_text(k, count, parse_report(spans, k))))
    elif fmt is Format.table:
        from .table import NO_REPORT, PlainTable, keep_report

        @lru_cache(maxsize=1)
        def layout(measure: tuple[int, ...]) -> PlainTable:
            return PlainTable(console, head.title, count, measure)

        units = Units(
            count,
            lambda k: keep_report(k + 1, parse_report(spans, k), console.width),
            measure=attrgetter("measure"),
            floor=NO_REPORT,
            head=lambda measure: encode(layout(measure).head),
            lay_out=lambda k, kept, measure: encode(layout(measure).report(k, kept)),
        )
    else:
        raise ValueError(f"{fmt.value} is not a streamed view")
    write_units(units, out)


def write_lines(text: str, console, out: BinaryIO, encode: Callable[[str], bytes]) -> None:
    """Write the table of `pingan lines` of text as `console` prints it, text encoded by
    `encode` (text_encoder), to out."""
    from ..assemble.explain import explain_units
    from .lines import PlainLines

    readings = explain_units(text)
    layout = PlainLines(console, readings.total)
    out.write(encode(layout.header))
    write_units(Units(readings.count, lambda u: encode(layout.rows(readings.unit(u)))), out)

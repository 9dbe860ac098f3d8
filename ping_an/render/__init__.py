"""Renderers: each turns a Document into one view. Imported only by the commands that use them.

This package's __init__ stays free of rich and of the models, so that the CLI can name the
formats (for --help and shell completion) without paying for the renderers at start-up.
"""

from __future__ import annotations

from enum import Enum

from .output import compact_json, console


class Format(str, Enum):
    """The views `pingan extract --format` prints."""

    json = "json"
    jsonl = "jsonl"
    tree = "tree"
    table = "table"
    csv = "csv"
    markdown = "markdown"


def default_format(stdout_is_terminal: bool) -> Format:
    """A person at a terminal sees the tree; a pipe or a file gets JSON for jq."""
    return Format.tree if stdout_is_terminal else Format.json


def write_json(doc, out, reports_json=None) -> None:
    """Write the bytes of doc.model_dump_json() and a newline to out, field by field and
    report by report: a 40 MB input makes about 60 MB of JSON, which then never sits in
    memory whole (nor twice, as str and as bytes) beside the document.

    reports_json: the bytes of the reports' JSON, commas between them included
    (report_json), in chunks, when they were serialised elsewhere; doc.reports is then
    not written."""
    before, after = json_around_reports(doc)
    out.write(before)
    if reports_json is None:
        reports_json = (report_json(report, k) for k, report in enumerate(doc.reports))
    for chunk in reports_json:
        out.write(chunk)
    out.write(after)


def json_around_reports(doc) -> tuple[bytes, bytes]:
    """What doc.model_dump_json() and a newline hold before its reports' JSON and after it."""
    before, after = [b"{"], []
    part = before
    for name in type(doc).model_fields:
        first = part is before and len(before) == 1
        if name != "reports":
            field = doc.__pydantic_serializer__.to_json(doc, include={name})[1:-1]
            if field:
                part.append(field if first else b"," + field)
        else:
            part.append(b'"reports":[' if first else b',"reports":[')
            part = after
            after.append(b"]")
    after.append(b"}\n")
    return b"".join(before), b"".join(after)


def report_json(report, k: int) -> bytes:
    """The JSON of a document's kth report (from 0), after the comma that parts it from
    the report before."""
    data = report.__pydantic_serializer__.to_json(report)
    return b"," + data if k else data


def _json(doc, out, width, excel) -> None:
    write_json(doc, out)


def _jsonl(doc, out, width, excel) -> None:
    from .jsonl import write_jsonl

    write_jsonl(doc, out)


def _tree(doc, out, width, excel) -> None:
    from .tree import print_tree

    print_tree(doc, console(width))


def _table(doc, out, width, excel) -> None:
    from .table import print_table

    print_table(doc, console(width))


def _csv(doc, out, width, excel) -> None:
    from .csv import write_csv

    write_csv(doc, out, excel=excel)


def _markdown(doc, out, width, excel) -> None:
    from .markdown import to_markdown

    out.write(to_markdown(doc).encode("utf-8"))


WRITERS = {
    Format.json: _json,
    Format.jsonl: _jsonl,
    Format.tree: _tree,
    Format.table: _table,
    Format.csv: _csv,
    Format.markdown: _markdown,
}


def show(doc, fmt: Format, out, *, width: int | None = None, excel: bool = False) -> None:
    """Write doc to out (a binary stream; the rich views print to standard output) as fmt."""
    WRITERS[fmt](doc, out, width, excel)


# The views that print a document given a report at a time (assemble.files.stream_input).
STREAMED = (Format.tree, Format.table)


def show_stream(head, count: int, reports, fmt: Format, *, width: int | None = None) -> None:
    """Print a document given as its head (the Document without its reports), the number
    of its reports and an iterator over them, as fmt (one of STREAMED), on standard output:
    the bytes show() prints of the whole document, each report written as it comes."""
    if fmt is Format.tree:
        from .tree import write_tree

        write_tree(head, count, reports, console(width))
    elif fmt is Format.table:
        from .table import write_table

        write_table(head, count, reports, console(width))
    else:
        raise ValueError(f"{fmt.value} is not a streamed view")

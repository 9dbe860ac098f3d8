"""A file read and parsed in one call: what the reader read (reader.Input), a file by
its path, or its bytes, into a Document.
"""

from __future__ import annotations

import os

from ..models import Document
from .pipeline import parse_lines, parse_text, stream_lines, stream_text
from ..read.reader import Input, read_input, read_path


def parse_input(inp: Input) -> Document:
    if inp.word_lines is not None:
        return parse_lines(inp.word_lines, source=inp.source)
    return parse_text(inp.text, source=inp.source)


def stream_input(inp: Input):
    """parse_input a report at a time: (the Document without its reports, the number of
    reports, an iterator over the reports); see pipeline.stream_paragraphs."""
    if inp.word_lines is not None:
        return stream_lines(inp.word_lines, source=inp.source)
    return stream_text(inp.text, source=inp.source)


def parse_file(path: str | os.PathLike, encoding: str | None = None) -> Document:
    """Read, decode and parse one file (.txt in any common Chinese encoding, or .docx)."""
    return parse_input(read_path(path, encoding))


def parse_bytes(data: bytes, name: str = "-", encoding: str | None = None) -> Document:
    """Parse the bytes of one file; name (for its suffix) is reported as source.path."""
    return parse_input(read_input(data, name, encoding))

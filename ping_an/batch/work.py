"""The unit of work: `convert(path)`, the pure library call on one file, returning the
record already serialised to JSON bytes, so results are cheap to send between
processes; and what an executor offers to run it (Submit).
"""

from __future__ import annotations

import hashlib
import os
from typing import Callable, NamedTuple, Protocol


class Converted(NamedTuple):
    """What a worker sends back: the JSON Lines record as bytes and a few counts."""

    record: bytes
    bytes: int
    reports: int
    sections: int
    measures: int
    error: str | None  # the cause, when the file failed
    warnings: tuple[str, ...] = ()  # --errors replace: each byte replaced


def convert(path: str, shown: str | None = None, errors: str = "strict") -> Converted:
    """Parse one file into its JSON Lines record. Never raises: a failure is an error record.

    `shown` is the path the record names when `path` was made absolute for a worker
    that runs in another folder (a Dask worker); the record is the same either way.
    `errors` is --errors: "replace" turns bytes that do not decode into U+FFFD, each
    listed in the record's `warnings`.
    """
    from ..assemble.files import parse_input
    from ..read.reader import read_path, replaced_warnings

    shown = shown or path
    try:
        inp = read_path(path, errors=errors)
        doc = parse_input(inp)  # its source always holds the path, size and checksum
        if shown != path:
            doc.source = doc.source.model_copy(update={"path": shown})
        record = with_warnings(doc.__pydantic_serializer__.to_json(doc), warnings := replaced_warnings(inp))
        sections, measures = _count(doc.reports)
        return Converted(record, doc.source.bytes, len(doc.reports), sections, measures, None, tuple(warnings))
    except Exception as e:  # any failure of one file is that file's error record, never the batch's
        return error_record(path, e, shown)


def error_record(path: str, error: BaseException, shown: str | None = None) -> Converted:
    kind, message = type(error).__name__, str(error) or type(error).__name__
    sha256, size = _digest(path)
    record = {
        "source": {"path": shown or path, "encoding": None, "sha256": sha256, "bytes": size, "format": None},
        "error": {"type": kind, "message": message, "exit_code": getattr(error, "exit_code", 70)},
    }
    return Converted(compact_json(record), size or 0, 0, 0, 0, f"{message}")


def with_warnings(record: bytes, warnings: list[str]) -> bytes:
    """The record with a last field `warnings` when there are any (the document's own
    fields stay as `extract --json` prints them)."""
    if not warnings:
        return record
    return record[:-1] + b',"warnings":' + compact_json(warnings) + b"}"


def compact_json(value) -> bytes:
    """JSON as pydantic writes the documents: no spaces, Chinese as it is."""
    from ..render import compact_json as dumps

    return dumps(value).encode("utf-8", "backslashreplace")


def convert_chunk(paths: list[str], shown: list[str] | None = None, errors: str = "strict") -> list[Converted]:
    return [convert(p, s, errors) for p, s in zip(paths, shown or paths)]


def _count(reports) -> tuple[int, int]:
    """(sections, measures) in a list of reports, at every depth."""
    sections = measures = 0
    stack = [(r.sections, r.measures) for r in reports]
    while stack:
        subs, items = stack.pop()
        sections += len(subs)
        measures += _count_measures(items)
        stack.extend((s.sections, s.measures) for s in subs)
    return sections, measures


def _count_measures(items) -> int:
    return sum(1 + _count_measures(m.measures) for m in items)


def _digest(path: str) -> tuple[str | None, int | None]:
    """sha256 and size of a regular file that failed; (None, None) for anything else
    (a FIFO would block, /dev/zero never ends)."""
    import stat

    try:
        if not stat.S_ISREG(os.stat(path).st_mode):
            return None, None
        h = hashlib.sha256()
        size = 0
        with open(path, "rb") as f:
            for block in iter(lambda: f.read(1 << 20), b""):
                h.update(block)
                size += len(block)
        return h.hexdigest(), size
    except (OSError, ValueError):
        return None, None


class Future(Protocol):
    def result(self, timeout: float | None = None): ...
    def cancel(self) -> bool: ...


Submit = Callable[[list[str]], Future]

"""`pingan extract --json` of a large text on two processes, split at report boundaries.

The library stays single-process and pure (parse_text); this is only the command's way
to use a second core on one big file. The text is read, cut into paragraphs and split
into reports once; then the process forks: the child parses and serialises the second
half of the reports (by size) while the parent does the first half and writes it; the
child hands its JSON back through a pipe and the parent writes it after its own. Every
report goes through the same pipeline.report_data, models.Report and pydantic serialiser
as in one process, so the output is byte for byte that of `write_json(parse_text(text))`.

If the child fails in any way (no fork, killed, an error), the parent parses the child's
reports itself: the output, or the error, is then exactly the one-process one.
"""

from __future__ import annotations

import os
from collections.abc import Iterator

# Below this many characters (about 600 kB of Chinese text) the fork is not worth it:
# one process parses in tens of milliseconds. At 1 MB two processes take 60 ms, one 87 ms.
PARALLEL_MIN_CHARS = 200_000
# The parent's share of the reports' text: the child is slower (its first writes to the
# pages it shares with the parent copy them), the parent also writes the JSON.
PARENT_SHARE = 0.55


def can_fork() -> bool:
    return hasattr(os, "fork")


def _size(span) -> int:
    return sum(len(p.text) for p in span.front) + sum(len(p.text) for p in span.body)


def cut_at(spans: list, share: float = PARENT_SHARE) -> int:
    """The number of leading reports whose text makes about `share` of the whole."""
    sizes = [_size(s) for s in spans]
    target, running = share * sum(sizes), 0
    for i, size in enumerate(sizes):
        if running + size / 2 > target:
            return i
        running += size
    return len(sizes)


def _report_json(span) -> bytes:
    from .models import Report
    from .pipeline import report_data

    report = Report.model_validate(report_data(span))
    return report.__pydantic_serializer__.to_json(report)


def _child(spans: list, write_fd: int) -> None:
    """In the forked child: serialise spans, comma-joined, into write_fd; never return."""
    code = 1
    try:
        blob = b",".join(_report_json(s) for s in spans)
        with os.fdopen(write_fd, "wb") as pipe:
            pipe.write(blob)
        code = 0
    except BaseException:  # noqa: BLE001 - the parent redoes the work and reports any error
        code = 1
    finally:
        os._exit(code)


def write_json_parallel(text: str, source, out) -> None:
    """Write what `extract --json` writes for text (the bytes of render.write_json of
    parse_text(text, source=source)), the reports parsed in two processes."""
    from .models import Document
    from .pipeline import document_data, paragraphs, split_reports
    from .render import write_json

    outline = split_reports(paragraphs(text))
    head = Document.model_validate(document_data(outline, source, []))
    spans = outline.reports
    cut = cut_at(spans)
    mine, theirs = spans[:cut], spans[cut:]
    pid, read_fd = _fork(theirs) if theirs and mine else (None, None)
    if pid is None:
        mine, theirs = spans, []

    def reports() -> Iterator[bytes]:
        for span in mine:
            yield _report_json(span)
        if pid is not None:
            blob = _collect(pid, read_fd)
            if blob is not None:
                if blob:
                    yield blob
                return
            for span in theirs:  # the child failed: its share is parsed here
                yield _report_json(span)

    try:
        write_json(head, out, reports())
    finally:
        if pid is not None and read_fd is not None:
            _reap(pid, read_fd)


def _fork(spans: list) -> tuple[int | None, int | None]:
    read_fd, write_fd = os.pipe()
    try:
        pid = os.fork()
    except OSError:
        os.close(read_fd)
        os.close(write_fd)
        return None, None
    if pid == 0:
        os.close(read_fd)
        _child(spans, write_fd)
    os.close(write_fd)
    return pid, read_fd


def _collect(pid: int, read_fd: int) -> bytes | None:
    """The child's JSON, or None when it did not finish cleanly."""
    with os.fdopen(read_fd, "rb", closefd=False) as pipe:
        blob = pipe.read()
    _, status = os.waitpid(pid, 0)
    return blob if os.waitstatus_to_exitcode(status) == 0 else None


def _reap(pid: int, read_fd: int) -> None:
    """Close the pipe (a child still writing gets EPIPE and exits) and wait for the child."""
    try:
        os.close(read_fd)
    except OSError:
        pass
    try:
        os.waitpid(pid, 0)
    except ChildProcessError:
        pass  # already collected

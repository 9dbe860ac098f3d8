"""`pingan extract --json` of a large text on two processes, the reports shared out as they go.

The library stays single-process and pure (parse_text); this is only the command's way
to use a second core on one big file. The text is read, cut into paragraphs and split
into reports once; then the process forks. The parent parses reports from the front and
writes each as it is done; the child parses them from the back. Each notes in a shared
page how far it has come, and stops where the other has been: neither waits for the
other, however the reports' sizes or the machine's load fall (a fixed cut left one
process idle for a tenth of a second or more). The child then hands its reports' JSON
back through a pipe and the parent writes it after its own. Every report goes through
the same pipeline.report_data, models.Report and pydantic serialiser as in one process,
so the output is byte for byte that of `write_json(parse_text(text))`.

The two may both take the report where they meet (each reads the other's mark before
the other's write of it shows); the parent then keeps its own. If the child fails in any
way (no fork, killed, an error), the parent parses what the child took itself: the
output, or the error, is then exactly the one-process one.
"""

from __future__ import annotations

import mmap
import os
import struct
from collections.abc import Iterator

# Below this many characters (about 600 kB of Chinese text) the fork is not worth it:
# one process parses in tens of milliseconds. At 1 MB two processes take 60 ms, one 87 ms.
PARALLEL_MIN_CHARS = 200_000
# The child's results: its lowest report, the number of reports, then each one's length.
_HEADER = struct.Struct("<II")
_LENGTH = struct.Struct("<I")
# A pipe this large (Linux) takes the child's JSON in a few hundred writes, not thousands.
_PIPE_SIZE = 1 << 20


def can_fork() -> bool:
    return hasattr(os, "fork")


class Marks:
    """Two counters in a page shared with the forked child: `front`, the number of
    reports the parent has taken from the front; `back`, the first report the child has
    taken from the back. Each process writes only its own (an aligned 4-byte store)."""

    def __init__(self, reports: int) -> None:
        self._page = mmap.mmap(-1, mmap.PAGESIZE)  # anonymous, so shared across fork
        self._ints = memoryview(self._page).cast("i")
        self._ints[0], self._ints[1] = 0, reports

    @property
    def front(self) -> int:
        return self._ints[0]

    @front.setter
    def front(self, value: int) -> None:
        self._ints[0] = value

    @property
    def back(self) -> int:
        return self._ints[1]

    @back.setter
    def back(self, value: int) -> None:
        self._ints[1] = value

    def close(self) -> None:
        self._ints.release()
        self._page.close()


def _report_json(span) -> bytes:
    from .models import Report
    from .pipeline import report_data

    report = Report.model_validate(report_data(span))
    return report.__pydantic_serializer__.to_json(report)


def _child(spans: list, marks: Marks, write_fd: int) -> None:
    """In the forked child: parse reports from the back until the parent's front, then
    write them (in order) into write_fd; never return."""
    code = 1
    try:
        done: list[bytes] = []
        j = len(spans) - 1
        while j >= marks.front:
            marks.back = j
            done.append(_report_json(spans[j]))
            j -= 1
        done.reverse()
        header = _HEADER.pack(j + 1, len(done)) + b"".join(_LENGTH.pack(len(d)) for d in done)
        with os.fdopen(write_fd, "wb") as pipe:
            pipe.write(header)
            for blob in done:
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
    marks = Marks(len(spans))
    pid, read_fd = _fork(spans, marks) if len(spans) > 1 else (None, None)

    def reports() -> Iterator[bytes]:
        i = 0
        while i < marks.back:
            marks.front = i + 1
            yield _report_json(spans[i])
            i += 1
        if pid is not None:
            theirs = _collect(pid, read_fd)
            if theirs is not None:
                first, blobs = theirs
                if first <= i and first + len(blobs) == len(spans):
                    yield from blobs[i - first :]
                    return
        for span in spans[i:]:  # the child failed: what it took is parsed here
            yield _report_json(span)

    try:
        write_json(head, out, reports())
    finally:
        if pid is not None and read_fd is not None:
            _reap(pid, read_fd)
        marks.close()


def _fork(spans: list, marks: Marks) -> tuple[int | None, int | None]:
    read_fd, write_fd = os.pipe()
    try:
        pid = os.fork()
    except OSError:
        os.close(read_fd)
        os.close(write_fd)
        return None, None
    if pid == 0:
        os.close(read_fd)
        _child(spans, marks, write_fd)
    os.close(write_fd)
    try:
        import fcntl

        fcntl.fcntl(read_fd, fcntl.F_SETPIPE_SZ, _PIPE_SIZE)
    except (ImportError, AttributeError, OSError):
        pass  # not Linux, or a smaller limit: the default pipe only costs more writes
    return pid, read_fd


def _collect(pid: int, read_fd: int) -> tuple[int, list[bytes]] | None:
    """(the child's first report, its reports' JSON), or None when it did not finish cleanly."""
    with os.fdopen(read_fd, "rb", closefd=False) as pipe:
        data = pipe.read()
    _, status = os.waitpid(pid, 0)
    if os.waitstatus_to_exitcode(status) != 0 or len(data) < _HEADER.size:
        return None
    first, count = _HEADER.unpack_from(data)
    at = _HEADER.size + count * _LENGTH.size
    view = memoryview(data)
    blobs = []
    for k in range(count):
        (length,) = _LENGTH.unpack_from(data, _HEADER.size + k * _LENGTH.size)
        blobs.append(view[at : at + length])
        at += length
    return (first, blobs) if at == len(data) else None


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

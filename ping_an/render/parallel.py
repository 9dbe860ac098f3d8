"""`pingan extract --json` of a large text on two processes, the reports shared out as they go.

The library stays single-process and pure (parse_text); this is only the command's way
to use a second core on one big file. The text is read, cut into paragraphs and split
into reports once; then the process forks. The parent parses reports from the front and
writes each as it is done; the child parses them from the back. Each notes in a shared
page how far it has come, and stops where the other has been: neither waits for the
other, however the reports' sizes or the machine's load fall (a fixed cut left one
process idle for a tenth of a second or more). The child leaves its reports' JSON in an
anonymous file (memfd) and exits; the parent maps the file and writes that JSON after its
own, straight from the page cache. Every report goes through the same
pipeline.report_data, models.Report and pydantic serialiser as in one process, so the
output is byte for byte that of `write_json(parse_text(text))`.

The two may both take the report where they meet (each reads the other's mark before
the other's write of it shows); the parent then keeps its own. If the child fails in any
way (no fork, killed, an error), the parent parses what the child took itself: the
output, or the error, is then exactly the one-process one.
"""

from __future__ import annotations

import mmap
import os
import signal
import struct
from collections.abc import Iterator

from . import output

# Below this many characters (about 600 kB of Chinese text) the fork is not worth it:
# one process parses in tens of milliseconds. At 1 MB two processes take 60 ms, one 87 ms.
PARALLEL_MIN_CHARS = 200_000
# The child's results: its lowest report, the number of reports, then each one's length.
_HEADER = struct.Struct("<II")
_LENGTH = struct.Struct("<I")


def can_fork() -> bool:
    return hasattr(os, "fork")


class _Counter:
    """One 4-byte counter of a Marks page, read and written as an attribute."""

    def __init__(self, index: int) -> None:
        self.index = index

    def __get__(self, marks: Marks, owner=None) -> int:
        return marks._ints[self.index]

    def __set__(self, marks: Marks, value: int) -> None:
        marks._ints[self.index] = value


class Marks:
    """Two counters in a page shared with the forked child: `front`, the number of
    reports the parent has taken from the front; `back`, the first report the child has
    taken from the back. Each process writes only its own (an aligned 4-byte store)."""

    front = _Counter(0)
    back = _Counter(1)

    def __init__(self, reports: int) -> None:
        self._page = mmap.mmap(-1, mmap.PAGESIZE)  # anonymous, so shared across fork
        self._ints = memoryview(self._page).cast("i")
        self.front, self.back = 0, reports

    def close(self) -> None:
        self._ints.release()
        self._page.close()


def _report_json(span) -> bytes:
    from ..models import Report
    from ..assemble.pipeline import report_data

    report = Report.model_validate(report_data(span))
    return report.__pydantic_serializer__.to_json(report)


def _child(spans: list, marks: Marks, results) -> None:
    """In the forked child: parse reports from the back until the parent's front, then
    write them (in order, after a header of lengths) into the results file; never return."""
    code = 1
    try:
        done: list[bytes] = []
        j = len(spans) - 1
        while j >= marks.front:
            marks.back = j
            done.append(_report_json(spans[j]))
            j -= 1
        done.reverse()
        results.write(_HEADER.pack(j + 1, len(done)) + b"".join(_LENGTH.pack(len(d)) for d in done))
        for blob in done:
            results.write(blob)
        results.flush()
        code = 0
    except BaseException:  # noqa: BLE001 - the parent redoes the work and reports any error
        code = 1
    finally:
        os._exit(code)


def write_json_parallel(text: str, source, out) -> None:
    """Write what `extract --json` writes for text (the bytes of render.write_json of
    parse_text(text, source=source)), the reports parsed in two processes."""
    from ..models import Document
    from ..assemble.pipeline import document_data, paragraphs, split_reports
    from . import write_json

    outline = split_reports(paragraphs(text))
    head = Document.model_validate(document_data(outline, source, []))
    spans = outline.reports
    marks = Marks(len(spans))
    results = _results_file() if len(spans) > 1 else None
    pid = _fork(spans, marks, results) if results is not None else None

    def reports() -> Iterator[bytes]:
        i = 0
        while i < marks.back:
            marks.front = i + 1
            yield _report_json(spans[i])
            i += 1
        if pid is not None:
            theirs = _collect(pid, results)
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
        if pid is not None:
            _reap(pid)
        if results is not None:
            results.close()
        marks.close()


def _results_file():
    """An anonymous file for the child's JSON (in memory where the system has memfd), or
    None when none can be made: the reports are then all parsed here."""
    try:
        if hasattr(os, "memfd_create"):
            return open(os.memfd_create("pingan-reports"), "w+b")
        import tempfile

        return tempfile.TemporaryFile()
    except OSError:
        return None


def _fork(spans: list, marks: Marks, results) -> int | None:
    try:
        pid = os.fork()
    except OSError:
        return None
    if pid == 0:
        # Ctrl-C reaches the whole process group: the parent says so, the child just ends
        signal.signal(signal.SIGINT, signal.SIG_DFL)
        _child(spans, marks, results)
    output.children.add(pid)  # a command that ends at once (its reader gone) ends it too
    return pid


def _collect(pid: int, results) -> tuple[int, list] | None:
    """(the child's first report, its reports' JSON as views of the results file), or
    None when it did not finish cleanly."""
    _, status = os.waitpid(pid, 0)
    output.children.discard(pid)
    size = os.fstat(results.fileno()).st_size
    if os.waitstatus_to_exitcode(status) != 0 or size < _HEADER.size:
        return None
    data = memoryview(mmap.mmap(results.fileno(), size, access=mmap.ACCESS_READ))
    first, count = _HEADER.unpack_from(data)
    at = _HEADER.size + count * _LENGTH.size
    blobs = []
    for k in range(count):
        (length,) = _LENGTH.unpack_from(data, _HEADER.size + k * _LENGTH.size)
        blobs.append(data[at : at + length])
        at += length
    return (first, blobs) if at == size else None


def _reap(pid: int) -> None:
    """End the child if it has not been collected (the parent failed, or the reader of
    the output went away): what it would parse is no longer wanted."""
    try:
        if os.waitpid(pid, os.WNOHANG) == (0, 0):
            os.kill(pid, signal.SIGKILL)
            os.waitpid(pid, 0)
    except ChildProcessError:
        pass  # already collected
    output.children.discard(pid)

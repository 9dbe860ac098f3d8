"""A command's output of a large text made on two processes, its units shared out as they go.

The library stays single-process and pure (parse_text); this is only the commands' way
to use a second core on one big file (shared.py: `extract --json`, `--format tree` and
`table`, `pingan lines`). The text is read, cut into paragraphs and split into reports
once, and the output into units (a report each, or the input lines of some); then the
process forks. The parent makes units from the front and writes each as it is done;
the child makes them from the back. Each notes in a shared page how far it has come,
and stops where the other has been: neither waits for the other, however the units'
sizes or the machine's load fall (a fixed cut left one process idle for a tenth of a
second or more). The child writes its units' bytes into an anonymous file (memfd) as it
makes them, and exits; the parent copies them after its own, a block at a time from the
page cache. Each unit is made by the function that makes it in one process, so the
output is byte for byte the one-process one.

A view laid out from every unit (the table's column widths) measures its units first:
where the two meet, the child sends its units' measure through a pipe (a few integers),
the parent combines it with its own and sends the whole back, and each lays out its own
units. The parent writes nothing before then, as in one process.

The two may both make the unit where they meet (each reads the other's mark before the
other's write of it shows); the parent then keeps its own, and a measure counts a unit
twice to no effect (the largest of each figure is taken). If the child fails in any way
(no fork, killed, an error), the parent makes what the child took itself: the output, or
the error, is then exactly the one-process one.
"""

from __future__ import annotations

import mmap
import os
import signal
import struct
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any, NoReturn

from . import output

# Below this many characters (about 600 kB of Chinese text) the fork is not worth it:
# one process parses in tens of milliseconds. At 1 MB two processes take 60 ms, one 87 ms.
PARALLEL_MIN_CHARS = 200_000
# The end of the child's results: the lengths of its units' bytes (in the order written:
# from the last unit back), then its first unit and the number of its units.
_TRAILER = struct.Struct("<II")
_LENGTH = struct.Struct("<I")
# The parent copies the child's bytes this much at a time (never the whole into memory).
_BLOCK = 1 << 20

Measure = tuple[int, ...]


def can_fork() -> bool:
    return hasattr(os, "fork")


def worth_sharing(text: str) -> bool:
    """A text large enough for two processes, on a system that can fork."""
    return len(text) >= PARALLEL_MIN_CHARS and can_fork()


@dataclass(frozen=True)
class Units:
    """A view's output as `count` units, in order, each made the same in either process."""

    count: int
    # unit k made as far as it goes alone: its bytes, or, for a measured view, what its
    # bytes are laid out from. Called at most once for each unit in each process, so it
    # may let go of what the unit is made from.
    make: Callable[[int], Any]
    # A measured view: what its layout needs of one made unit (the units' measures are
    # combined figure by figure, the largest kept), ...
    measure: Callable[[Any], Measure] | None = None
    # ... the combined measure of no unit, ...
    floor: Measure = ()
    # ... what comes before the units once the measure is known (the table's header),
    head: Callable[[Measure], bytes] | None = None
    # ... and the bytes of made unit k in the layout of that measure.
    lay_out: Callable[[int, Any, Measure], bytes] | None = None


def combined(measures: Iterable[Measure], floor: Measure) -> Measure:
    """The largest of each figure of the measures and of floor."""
    return tuple(map(max, zip(floor, *measures)))


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
    units the parent has taken from the front; `back`, the first unit the child has
    taken from the back. Each process writes only its own (an aligned 4-byte store)."""

    front = _Counter(0)
    back = _Counter(1)

    def __init__(self, units: int) -> None:
        self._page = mmap.mmap(-1, mmap.PAGESIZE)  # anonymous, so shared across fork
        self._ints = memoryview(self._page).cast("i")
        self.front, self.back = 0, units

    def close(self) -> None:
        self._ints.release()
        self._page.close()


class _Pipes:
    """Two pipes between the parent and the child, for a measured view: up, the child's
    measure; down, the combined one. Each process closes the ends that are not its own,
    so that a reader sees the end of the pipe when the other process is gone."""

    def __init__(self) -> None:
        self.up, self.down = os.pipe(), os.pipe()
        self.open = {*self.up, *self.down}
        self.read = self.write = -1  # this process's ends, once it is known which it is

    def _keep(self, read: int, write: int) -> None:
        for fd in self.open - {read, write}:
            os.close(fd)
        self.open = {read, write}
        self.read, self.write = read, write

    def as_parent(self) -> None:
        self._keep(self.up[0], self.down[1])

    def as_child(self) -> None:
        self._keep(self.down[0], self.up[1])

    def close(self) -> None:
        for fd in self.open:
            os.close(fd)
        self.open = set()


def _send(fd: int, measure: Measure) -> None:
    data = _LENGTH.pack(len(measure)) + struct.pack(f"<{len(measure)}q", *measure)
    while data:  # a few bytes: one write, but a pipe promises no more than that it takes some
        data = data[os.write(fd, data) :]


def _read_exactly(fd: int, size: int) -> bytes | None:
    data = b""
    while len(data) < size:
        more = os.read(fd, size - len(data))
        if not more:
            return None  # the other process is gone
        data += more
    return data


def _receive(fd: int) -> Measure | None:
    """A measure sent by the other process, or None when it ended without sending one."""
    head = _read_exactly(fd, _LENGTH.size)
    if head is None:
        return None
    (n,) = _LENGTH.unpack(head)
    body = _read_exactly(fd, 8 * n)
    return None if body is None else struct.unpack(f"<{n}q", body)


@contextmanager
def shared(units: Units) -> Iterator[Iterator[bytes]]:
    """The bytes of units' units in order (after the head of a measured view), made in
    two processes when there are two units or more. The child is ended when the block
    ends, whether or not every chunk was taken."""
    marks = Marks(units.count)
    results = _results_file() if units.count > 1 else None
    pipes = _Pipes() if results is not None and units.measure is not None else None
    pid = _fork(units, marks, results, pipes) if results is not None else None
    try:
        yield _parent(units, marks, pid, results, pipes)
    finally:
        if pid is not None:
            _reap(pid)
        if pipes is not None:
            pipes.close()
        if results is not None:
            results.close()
        marks.close()


def _parent(units: Units, marks: Marks, pid: int | None, results, pipes: _Pipes | None) -> Iterator[bytes]:
    """In the parent: its own units from the front as it makes them (a measured view's
    once the measure of all is known), then the child's, or, if the child failed, the
    units it took made here."""
    measured = units.measure is not None
    mine: list = []
    i = 0
    while i < marks.back:
        marks.front = i + 1
        made = units.make(i)
        if measured:
            mine.append(made)
        else:
            yield made
        i += 1
    fit = None
    if measured:
        theirs = _receive(pipes.read) if pid is not None else None
        if theirs is None:  # no child, or it failed before it measured: its units are made here
            if pid is not None:
                _reap(pid)
                pid = None
            mine.extend(units.make(k) for k in range(i, units.count))
            i = units.count
        fit = combined([*map(units.measure, mine), *([theirs] if theirs is not None else [])], units.floor)
        if pid is not None:
            try:
                _send(pipes.write, fit)
            except OSError:
                pass  # the child is gone (EPIPE, not the output's reader): its units are made below
        if units.head is not None:
            yield units.head(fit)
        for k in range(len(mine)):
            made, mine[k] = mine[k], None  # each unit is let go once it is written
            yield units.lay_out(k, made, fit)
    if pid is not None:
        theirs_bytes = _collect(pid, results, i, units.count)
        if theirs_bytes is not None:
            yield from theirs_bytes
            return
    for k in range(i, units.count):  # the child failed: what it took is made here
        made = units.make(k)
        yield units.lay_out(k, made, fit) if measured else made


def _child(units: Units, marks: Marks, results, pipes: _Pipes | None) -> NoReturn:
    """In the forked child: make units from the back until the parent's front, each
    written into the results file as it is made (a measured view's once the parent sent
    the measure of all), then the trailer; never return."""
    code = 1
    try:
        lengths: list[int] = []
        held: list = []  # a measured view's units, until the measure of all is known
        j = units.count - 1
        while j >= marks.front:
            marks.back = j
            made = units.make(j)
            if pipes is not None:
                held.append(made)
            else:
                lengths.append(results.write(made))
            j -= 1
        first = j + 1
        if pipes is not None:
            _send(pipes.write, combined(map(units.measure, held), units.floor))
            fit = _receive(pipes.read)
            if fit is None:
                raise EOFError("the parent sent no measure")
            for n in range(len(held)):
                made, held[n] = held[n], None
                lengths.append(results.write(units.lay_out(units.count - 1 - n, made, fit)))
        results.write(b"".join(_LENGTH.pack(length) for length in lengths) + _TRAILER.pack(first, len(lengths)))
        results.flush()
        code = 0
    except BaseException:  # noqa: BLE001 - the parent redoes the work and reports any error
        code = 1
    finally:
        os._exit(code)


def _results_file():
    """An anonymous file for the child's bytes (in memory where the system has memfd), or
    None when none can be made: the units are then all made here."""
    try:
        if hasattr(os, "memfd_create"):
            return open(os.memfd_create("pingan-units"), "w+b")
        import tempfile

        return tempfile.TemporaryFile()
    except OSError:
        return None


def _fork(units: Units, marks: Marks, results, pipes: _Pipes | None) -> int | None:
    # Ctrl-C is held back until each process is ready for it: a child that had not yet
    # let go of the parent's handler would say "interrupted" too, and a parent that did
    # not yet know its child would leave it running
    held = _hold(signal.SIG_BLOCK, {signal.SIGINT})
    try:
        pid = os.fork()
    except OSError:
        _hold(signal.SIG_SETMASK, held)
        return None
    if pid == 0:
        # Ctrl-C reaches the whole process group: the parent says so, the child just ends
        signal.signal(signal.SIGINT, signal.SIG_DFL)
        _hold(signal.SIG_SETMASK, held)
        if pipes is not None:
            pipes.as_child()
        _child(units, marks, results, pipes)
    output.children.add(pid)  # a command that ends at once (its reader gone) ends it too
    _hold(signal.SIG_SETMASK, held)
    if pipes is not None:
        pipes.as_parent()
    return pid


def _hold(how: int, signals) -> set:
    """signal.pthread_sigmask where the system has it (the mask before); nothing elsewhere."""
    if not hasattr(signal, "pthread_sigmask"):
        return set()
    return signal.pthread_sigmask(how, signals)


def _collect(pid: int, results, first_wanted: int, count: int) -> Iterator[bytes] | None:
    """The bytes of the child's units from first_wanted on, read a block at a time from
    the results file, or None when it did not finish cleanly."""
    _, status = os.waitpid(pid, 0)
    output.children.discard(pid)
    fd = results.fileno()
    size = os.fstat(fd).st_size
    if os.waitstatus_to_exitcode(status) != 0 or size < _TRAILER.size:
        return None
    first, n = _TRAILER.unpack(os.pread(fd, _TRAILER.size, size - _TRAILER.size))
    table = n * _LENGTH.size
    if not first <= first_wanted or first + n != count or table + _TRAILER.size > size:
        return None
    index = os.pread(fd, table, size - _TRAILER.size - table)
    lengths = [length for (length,) in _LENGTH.iter_unpack(index)]
    if sum(lengths) + table + _TRAILER.size != size:
        return None
    # written from the last unit back: unit count - 1 first
    starts = [0]
    for length in lengths:
        starts.append(starts[-1] + length)
    return _read_units(fd, [(starts[count - 1 - k], lengths[count - 1 - k]) for k in range(first_wanted, count)])


def _read_units(fd: int, places: list[tuple[int, int]]) -> Iterator[bytes]:
    for at, length in places:
        end = at + length
        while at < end:
            block = os.pread(fd, min(_BLOCK, end - at), at)
            if not block:
                raise OSError("the child's results file ended early")
            yield block
            at += len(block)


def _reap(pid: int) -> None:
    """End the child if it has not been collected (the parent failed, or the reader of
    the output went away): what it would make is no longer wanted."""
    try:
        if os.waitpid(pid, os.WNOHANG) == (0, 0):
            os.kill(pid, signal.SIGKILL)
            os.waitpid(pid, 0)
    except ChildProcessError:
        pass  # already collected
    output.children.discard(pid)

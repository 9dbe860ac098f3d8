"""Where a command's output goes, and what happens when it cannot go there.

Three ways writing can end, each with its own exit code (README "Exit codes"):

- the reader of a pipe went away (`| head`): the command stops at once, quietly, exit 1;
  a thread watches the pipe, so a command still computing stops too, not only one
  that is writing;
- the output cannot be written (a full disk, `/dev/full`, standard output closed with
  `>&-`): one line naming the output and the reason, exit 74 (EX_IOERR of sysexits.h);
- Ctrl-C (batch/interrupts.py): exit 130.

Each ends the process with os._exit after killing the processes it started, so that no
worker is left behind and nothing tries to flush into an output that is gone.

The views write there with compact_json (JSON in the style of --json) and console (a
rich console on standard output).
"""

from __future__ import annotations

import io
import os
import sys
from contextlib import contextmanager
from typing import BinaryIO, Iterator, NoReturn

EXIT_READER_GONE = 1
EXIT_OUTPUT = 74
STDOUT = "standard output"

# processes forked outside multiprocessing (parallel.py's child) that must not outlive us
children: set[int] = set()


class OutputError(Exception):
    """The output cannot be written: `pingan: WHAT: reason`, exit 74."""

    exit_code = EXIT_OUTPUT

    def __init__(self, what: str, reason: str) -> None:
        super().__init__(reason)
        self.what = what


def reason(error: OSError) -> str:
    """An OSError in the words of its cause: 'no space left on device'."""
    import errno

    if error.errno == errno.EBADF:
        return "the output is closed"
    words = error.strerror or str(error) or type(error).__name__
    return words[:1].lower() + words[1:]


def stdout_closed() -> bool:
    """Standard output was closed before we started (`>&-`)."""
    if sys.stdout is None:
        return True
    try:
        os.fstat(sys.stdout.fileno())
    except (OSError, ValueError):
        return True
    return False


def stdout_is_terminal() -> bool:
    return not stdout_closed() and sys.stdout.isatty()


class StdoutWriter(io.RawIOBase):
    """Standard output, written with os.write in blocks of at most BLOCK bytes.

    Not sys.stdout.buffer: when the reader of a pipe leaves while a large write is
    blocked, the kernel returns the part written so far, and CPython's BufferedWriter
    then reports the whole write as done, so the command ran on to its end and exited 0.
    Here every byte is accounted for: the next os.write fails with EPIPE."""

    BLOCK = 1 << 16

    def __init__(self, fd: int = 1) -> None:
        super().__init__()
        self.fd = fd
        self.pending = bytearray()

    def writable(self) -> bool:
        return True

    def fileno(self) -> int:
        return self.fd

    def isatty(self) -> bool:
        return os.isatty(self.fd)

    def write(self, data) -> int:
        self.pending += data
        if len(self.pending) >= self.BLOCK:
            self.flush()
        return len(data)

    def flush(self) -> None:
        view = memoryview(self.pending)
        while view:
            view = view[os.write(self.fd, view[: self.BLOCK]) :]
        del view
        self.pending.clear()


def binary_stdout() -> BinaryIO:
    """Standard output as a binary stream, every byte of which is written or fails;
    sys.stdout becomes a text stream over it, for rich and typer. OutputError when
    standard output is closed."""
    if stdout_closed():
        raise OutputError(STDOUT, "closed")
    if isinstance(sys.stdout, io.TextIOWrapper) and isinstance(sys.stdout.buffer, StdoutWriter):
        return sys.stdout.buffer
    sys.stdout.flush()
    writer = StdoutWriter(sys.stdout.fileno())
    sys.stdout = io.TextIOWrapper(writer, encoding=sys.stdout.encoding, errors=sys.stdout.errors, write_through=True)
    return writer


def end_children() -> None:
    """Kill and reap every process this one started: pool workers and forked helpers."""
    import signal

    mp = sys.modules.get("multiprocessing")
    started = mp.active_children() if mp is not None else []
    for child in started:
        try:
            child.kill()
        except (OSError, AttributeError):
            pass
    for pid in list(children):
        try:
            os.kill(pid, signal.SIGKILL)
            os.waitpid(pid, 0)
        except OSError:
            pass
    for child in started:
        child.join(5)  # gone in microseconds once killed; reaped here, not left to init as zombies


def end_process(code: int, message: str = "") -> NoReturn:
    """End at once with `code`, the processes we started first; `message` on stderr."""
    threading = sys.modules.get("threading")
    if threading is not None:
        # a pool's manager thread that sees its workers killed may fail while the process
        # ends: its traceback, half printed before os._exit, is not for the user
        threading.excepthook = lambda args: None
    end_children()
    if message:
        try:
            os.write(2, message.encode("utf-8", "backslashreplace"))
        except OSError:
            pass
    os._exit(code)


def reader_gone() -> NoReturn:
    """The reader of our output went away: stop quietly, exit 1 (README)."""
    end_process(EXIT_READER_GONE)


def fail_output(error: OutputError) -> NoReturn:
    end_process(error.exit_code, f"pingan: {error.what}: {error}\n")


@contextmanager
def writing_to(what: str = STDOUT) -> Iterator[None]:
    """The block writes `what`: a closed pipe ends the command quietly, any other write
    error becomes an OutputError naming `what`. Standard output is flushed inside."""
    try:
        yield
        if what == STDOUT and not stdout_closed():
            sys.stdout.flush()
    except BrokenPipeError:
        reader_gone()
    except OSError as e:
        raise OutputError(what, reason(e)) from None


def watch_reader() -> None:
    """When standard output is a pipe or a socket, end the process as soon as its reader
    is gone, whatever the command is doing: one still parsing or rendering would
    otherwise run to its end before its first write failed."""
    import stat

    try:
        mode = os.fstat(1).st_mode
    except OSError:
        return
    if not (stat.S_ISFIFO(mode) or stat.S_ISSOCK(mode)):
        return
    import select
    import threading

    if not hasattr(select, "poll"):
        return

    def watch() -> None:
        poller = select.poll()
        # no events asked: poll still reports POLLERR (pipe) or POLLHUP (socket) on a write
        # end whose reader has closed
        poller.register(1, 0)
        while True:
            try:
                events = [event for _, event in poller.poll()]
            except InterruptedError:
                continue
            except OSError:
                return
            if any(event & select.POLLNVAL for event in events):
                return  # not ours to watch any more
            if any(event & (select.POLLERR | select.POLLHUP) for event in events):
                reader_gone()

    threading.Thread(target=watch, daemon=True, name="pingan-reader").start()


def compact_json(value) -> str:
    """JSON in the style of --json (no spaces, Chinese as itself), for every view and
    record that writes JSON without the models' serialiser."""
    import json

    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def console(width: int | None = None):
    """A rich console on standard output: colour only on a terminal, none under NO_COLOR
    (rich reads both), `width` cells wide or the terminal's width."""
    from rich.console import Console

    return Console(width=width, highlight=False)

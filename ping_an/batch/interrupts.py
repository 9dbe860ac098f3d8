"""Ctrl-C during a batch: a first one stops cleanly, a second one at once, never in the
middle of a record being written.
"""

from __future__ import annotations

import os
import signal
import threading
from contextlib import contextmanager
from typing import Iterator

from ..render.output import end_process
from .errors import EXIT_INTERRUPTED


@contextmanager
def sigint_held() -> Iterator[None]:
    """Ctrl-C waits until the block is done: a signal that lands in the middle of a large
    write to a pipe cuts the write short, and the record would end without its newline."""
    if not hasattr(signal, "pthread_sigmask"):
        yield
        return
    held = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, held)


class Interrupts:
    """Ctrl-C during a batch. The first asks for a clean stop (`stop` is set: nothing
    more is submitted, what is written is complete, the summary follows). A second one,
    or any later, ends the run at once: every worker process is killed and the process
    exits with 130. It never raises in the middle of a write: a record being written
    (a JSON line, one SQLite transaction) is finished first, so the output is always
    one that a re-run completes."""

    def __init__(self, stop: threading.Event) -> None:
        self.stop = stop
        self.count = 0
        self.writing = False
        self.pending = False
        self.parent = os.getpid()

    def handler(self, signum, frame) -> None:
        if os.getpid() != self.parent:
            return  # a worker just forked, before its start-up ignores Ctrl-C
        self.count += 1
        self.stop.set()
        if self.count > 1:
            if self.writing:
                self.pending = True
            else:
                end_process(EXIT_INTERRUPTED, "pingan: interrupted\n")

    @contextmanager
    def record_written(self) -> Iterator[None]:
        """The block runs to its end whatever Ctrl-C comes meanwhile; an immediate stop
        asked for during it happens right after."""
        self.writing = True
        try:
            with sigint_held():
                yield
        finally:
            self.writing = False
            if self.pending:
                end_process(EXIT_INTERRUPTED, "pingan: interrupted\n")


@contextmanager
def interrupts_handled(stop: threading.Event) -> Iterator[Interrupts]:
    """Ctrl-C handled by an Interrupts for the block (signals reach only the main thread)."""
    interrupts = Interrupts(stop)
    if threading.current_thread() is not threading.main_thread():
        yield interrupts
        return
    previous = signal.signal(signal.SIGINT, interrupts.handler)
    try:
        yield interrupts
    finally:
        signal.signal(signal.SIGINT, previous)

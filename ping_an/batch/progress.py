"""The tally of a batch and what people see of it: a progress bar on a terminal while it
runs, the summary, warnings and failures on stderr at the end.
"""

from __future__ import annotations

import os
import sys
import threading
import time
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Callable, Iterator, Protocol

from .selection import Item
from .work import Converted

FAILURES_KEPT = 1000  # failures listed at the end; the error records hold them all


@dataclass
class Tally:
    files: int = 0
    reports: int = 0
    sections: int = 0
    measures: int = 0
    bytes: int = 0
    failed: int = 0
    failures: list[tuple[str, str]] = field(default_factory=list)
    warnings: list[tuple[str, str]] = field(default_factory=list)  # kept as many as failures
    started: float = field(default_factory=time.perf_counter)

    def add(self, item: Item, result: Converted, error: str | None = None) -> None:
        self.files += 1
        self.reports += result.reports
        self.sections += result.sections
        self.measures += result.measures
        self.bytes += result.bytes
        error = error or result.error
        room = FAILURES_KEPT - len(self.warnings)
        self.warnings.extend((item.path, w) for w in result.warnings[: max(room, 0)])
        if error:
            self.failed += 1
            if len(self.failures) < FAILURES_KEPT:
                self.failures.append((item.path, error))

    def summary(self, interrupted: bool = False, extra: str = "") -> str:
        seconds = max(time.perf_counter() - self.started, 1e-9)
        mb = self.bytes / 1e6
        return (
            f"pingan: {'interrupted after ' if interrupted else ''}{self.files} files, {self.reports} reports, "
            f"{self.sections} sections, {self.measures} measures, {self.failed} failed; "
            f"{mb:.1f} MB in {seconds:.1f} s ({mb / seconds:.2f} MB/s, {self.files / seconds:.1f} files/s){extra}"
        )


class Progress(Protocol):
    def advance(self, item: Item, result: Converted) -> None: ...


class NoProgress:
    def advance(self, item: Item, result: Converted) -> None:
        pass


@contextmanager
def progress_bar(
    inputs: Callable[[list[str]], Iterator[Item]], skip: list[str], enabled: bool, countable: bool = True
) -> Iterator[Progress]:
    """A rich bar on stderr (files, MB, files/s, ETA) when stderr is a terminal; nothing otherwise.

    The total is counted by a background walk, so the bar starts at once and the ETA
    appears as soon as the count is known.
    """
    if not enabled:
        yield NoProgress()
        return
    from rich.console import Console
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress as RichProgress,
        TextColumn,
        TimeElapsedColumn,
        TimeRemainingColumn,
    )

    bar = RichProgress(
        TextColumn("[bold]pingan batch"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("files  {task.fields[mb]:.1f}/{task.fields[total_mb]} MB"),
        TextColumn("{task.fields[rate]} files/s"),
        TimeElapsedColumn(),
        TextColumn("ETA"),
        TimeRemainingColumn(),
        console=Console(stderr=True),
        transient=True,
    )
    task = bar.add_task("batch", total=None, mb=0.0, total_mb="?", rate="–")
    started = time.perf_counter()

    def count() -> None:
        files = size = 0
        for item in inputs(skip):
            files += 1
            size += _size(item.path)
        bar.update(task, total=files, total_mb=f"{size / 1e6:.1f}")

    class Bar:
        mb = 0.0

        def advance(self, item: Item, result: Converted) -> None:
            self.mb += result.bytes / 1e6
            done = bar.tasks[0].completed + 1
            rate = done / max(time.perf_counter() - started, 1e-9)
            bar.update(task, advance=1, mb=self.mb, rate=f"{rate:.1f}")

    if countable:
        threading.Thread(target=count, daemon=True, name="pingan-count").start()
    with bar:
        yield Bar()


def report(tally: Tally, interrupted: bool, extra: str = "") -> None:
    err = sys.stderr
    print(tally.summary(interrupted, extra), file=err)
    for path, warning in tally.warnings:
        print(f"pingan: {path}: {warning}", file=err)
    for path, cause in tally.failures:
        print(f"pingan: {path}: {cause}", file=err)
    if tally.failed > len(tally.failures):
        print(f"pingan: … and {tally.failed - len(tally.failures)} more failed files (see their error records)", file=err)
    err.flush()


def _size(path: str) -> int:
    try:
        return os.path.getsize(path)
    except OSError:
        return 0

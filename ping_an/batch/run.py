"""The command: every input under the PATHs converted by an executor, written in input
order to a sink, tallied, with Ctrl-C handled from before the first worker starts.
"""

from __future__ import annotations

import os
import sys
import threading
from typing import Iterable, Iterator

from ..render.output import OutputError, reader_gone, reason
from .errors import EXIT_INTERRUPTED, EXIT_SOME_FAILED, BatchError
from .executors import default_jobs, executor_for
from .interrupts import interrupts_handled
from .ordering import ordered
from .progress import Tally, progress_bar, report
from .selection import Item, Selection, read_roots, walk
from .sinks import MirrorTree, OutputRefused, SqliteSink, open_sink, output_paths
from .work import Converted

CHUNKS_PER_WORKER = 8  # in-flight window: bounds memory, keeps every worker busy


def run(
    paths: list[str],
    output: str | None = None,
    jobs: int | None = None,
    globs: Iterable[str] = (),
    excludes: Iterable[str] = (),
    scheduler: str | None = None,
    progress: bool | None = None,
    files_from: str | None = None,
    errors: str = "strict",
) -> int:
    """Convert every input under `paths` (and those listed in `files_from`) into `output`;
    the exit code (0, 1 or 130)."""
    if not paths and files_from is None:
        raise BatchError("batch", "give at least one PATH, or --files-from LIST")
    if files_from not in (None, "-") and not os.access(files_from, os.R_OK):
        raise BatchError(files_from, "cannot read the list of files", 3)
    several = files_from is not None or len(paths) > 1

    def inputs(skip: list[str]) -> Iterator[Item]:
        return walk(read_roots(paths, files_from), selection, skip, several)

    jobs = jobs or default_jobs()
    selection = Selection(tuple(globs), tuple(excludes))
    show = sys.stderr.isatty() if progress is None else progress
    tally = Tally()
    stop = threading.Event()
    extra = ""
    # Ctrl-C is handled before the first worker starts, so that no moment of the run
    # can end it with workers left behind
    with interrupts_handled(stop) as interrupts, executor_for(jobs, scheduler, errors) as (submit, workers):
        sink = open_sink(output)
        skip = output_paths(output) + ([str(sink.root)] if isinstance(sink, MirrorTree) else [])
        window = max(workers, 1) * CHUNKS_PER_WORKER
        try:
            countable = files_from != "-"  # standard input cannot be read twice to count
            with progress_bar(inputs, skip, show, countable) as bar:
                for item, result in ordered(inputs(skip), submit, window, stop):
                    with interrupts.record_written():
                        refused = _write(sink, item, result)
                    tally.add(item, result, refused)
                    bar.advance(item, result)
        except BaseException:
            _close(sink, quietly=True)  # the first failure is the one to report
            raise
        _close(sink)
        if isinstance(sink, SqliteSink):
            extra = "; database: " + ", ".join(f"{n} {k}" for k, n in sorted(sink.changes.items()))
    report(tally, stop.is_set(), extra)
    if stop.is_set():
        return EXIT_INTERRUPTED
    return EXIT_SOME_FAILED if tally.failed else 0


def _write(sink, item: Item, result: Converted) -> str | None:
    """Write one record; the cause when the sink refused it. A sink that cannot be
    written at all (a full disk) ends the batch with an OutputError."""
    try:
        sink.write(item, result)
    except OutputRefused as e:
        return str(e)
    except BrokenPipeError:
        reader_gone()
    except OSError as e:
        raise OutputError(sink.name, reason(e)) from None
    return None


def _close(sink, quietly: bool = False) -> None:
    try:
        sink.close()
    except BrokenPipeError:
        reader_gone()
    except OSError as e:
        if not quietly:
            raise OutputError(sink.name, reason(e)) from None

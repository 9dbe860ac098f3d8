"""Where the work runs: in this process (--jobs 1), or in a pool of worker processes that
survives a worker's death; a Dask cluster with --scheduler (distributed.py).
"""

from __future__ import annotations

import os
import signal
import sys
from contextlib import contextmanager
from typing import Iterator

from .work import Converted, Future, Submit, convert_chunk, error_record


def _worker_start(parent: int) -> None:
    """Set up a worker process: Ctrl-C goes to the whole process group, and only the
    parent decides what it means; and the worker dies with its parent."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _die_with_parent(parent)


PR_SET_PDEATHSIG = 1  # linux/prctl.h


def _die_with_parent(parent: int) -> None:
    """Ask Linux to kill this process when its parent dies, however it dies (SIGKILL, a
    crash): a worker left behind would block for ever writing to a pipe nobody reads."""
    if not sys.platform.startswith("linux"):
        return
    import ctypes

    try:
        ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGKILL)
    except (OSError, AttributeError):
        return
    if os.getppid() != parent:  # the parent died before the request was made
        os._exit(1)


def _ready() -> bool:
    return True


@contextmanager
def inline_executor(errors: str = "strict") -> Iterator[tuple[Submit, int]]:
    """--jobs 1: convert in this process, no pickling, no worker start-up."""
    from concurrent.futures import Future as DoneFuture

    def submit(paths: list[str]) -> Future:
        done: DoneFuture = DoneFuture()
        done.set_result(convert_chunk(paths, errors=errors))
        return done

    yield submit, 1


class WorkerDied(Exception):
    """A worker process died (a crash in a C extension, the out-of-memory killer)."""

    exit_code = 70


class RecoveringPool:
    """A process pool that survives a worker's death.

    When the pool breaks, every chunk that was in it is converted again one file per
    fresh process, so the file that kills its worker becomes an error record and the
    others still convert; later chunks go to a new pool.
    """

    def __init__(self, jobs: int, errors: str = "strict") -> None:
        self.jobs, self.errors = jobs, errors
        self.pool = self._new_pool()

    def _new_pool(self):
        from concurrent.futures import ProcessPoolExecutor

        pool = ProcessPoolExecutor(max_workers=self.jobs, initializer=_worker_start, initargs=(os.getpid(),))
        pool.submit(_ready).result()  # start the workers now, before the progress thread exists
        return pool

    def _replace(self, broken) -> None:
        if self.pool is broken:
            broken.shutdown(wait=False, cancel_futures=True)
            self.pool = self._new_pool()

    def submit(self, paths: list[str]) -> Future:
        from concurrent.futures.process import BrokenProcessPool

        pool = self.pool
        try:
            future = pool.submit(convert_chunk, paths, None, self.errors)
        except BrokenProcessPool:
            self._replace(pool)
            return self.submit(paths)
        return _Recovering(self, pool, future, paths)

    def shutdown(self) -> None:
        self.pool.shutdown(wait=True, cancel_futures=True)


class _Recovering:
    def __init__(self, owner: RecoveringPool, pool, future, paths: list[str]) -> None:
        self.owner, self.pool, self.future, self.paths = owner, pool, future, paths

    def result(self, timeout: float | None = None) -> list[Converted]:
        from concurrent.futures.process import BrokenProcessPool

        try:
            return self.future.result(timeout)
        except BrokenProcessPool:
            self.owner._replace(self.pool)
            return [convert_alone(p, self.owner.errors) for p in self.paths]

    def cancel(self) -> bool:
        return self.future.cancel()


def convert_alone(path: str, errors: str = "strict") -> Converted:
    """Convert one file in a process of its own: its death is that file's error record."""
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    with ProcessPoolExecutor(max_workers=1, initializer=_worker_start, initargs=(os.getpid(),)) as alone:
        try:
            return alone.submit(convert_chunk, [path], None, errors).result()[0]
        except BrokenProcessPool:
            return error_record(path, WorkerDied("the worker process died while converting this file"))


@contextmanager
def process_executor(jobs: int, errors: str = "strict") -> Iterator[tuple[Submit, int]]:
    pool = RecoveringPool(jobs, errors)
    try:
        yield pool.submit, jobs
    finally:
        pool.shutdown()


def executor_for(jobs: int, scheduler: str | None, errors: str = "strict"):
    """A context giving (submit, how many tasks run at once)."""
    if scheduler:
        from .distributed import dask_executor

        return dask_executor(scheduler, errors)
    return inline_executor(errors) if jobs == 1 else process_executor(jobs, errors)


def default_jobs() -> int:
    try:
        return len(os.sched_getaffinity(0)) or 1
    except AttributeError:
        return os.cpu_count() or 1

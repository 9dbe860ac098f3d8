"""`pingan batch`: convert a whole archive, in parallel, written in input order.

The stages are small and separate:

    walk (PATHs → Items, sorted, loops and hidden folders skipped)
      → chunks of Items → executor (inline, a process pool, or Dask) runs `convert_chunk`
      → ordered results (bounded window of chunks in flight)
      → a sink (JSON Lines, a mirror tree of .json files, SQLite) and a tally.

The unit of work is `convert(path)`: the pure library call on one file, returning the
record already serialised to JSON bytes, so results are cheap to send between
processes and any executor with `submit(fn, arg) -> future` can run it.
"""

from __future__ import annotations

import fnmatch
import hashlib
import os
import signal
import sys
import threading
import time
from collections import deque
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Callable, Iterable, Iterator, NamedTuple, Protocol

from .render.output import STDOUT, OutputError, end_process, reader_gone, reason, watch_reader

DEFAULT_SUFFIXES = (".txt", ".md", ".docx")
CHUNK_FILES = 4  # files per task: amortises the cost of one round trip to a worker
CHUNKS_PER_WORKER = 8  # in-flight window: bounds memory, keeps every worker busy
FAILURES_KEPT = 1000  # failures listed at the end; the error records hold them all
EXIT_SOME_FAILED = 1
EXIT_USAGE = 2
EXIT_INTERRUPTED = 130


class BatchError(Exception):
    """The batch cannot start (bad output, unreachable scheduler): `pingan: WHAT: message`, exit_code."""

    def __init__(self, what: str, message: str, exit_code: int = EXIT_USAGE) -> None:
        super().__init__(message)
        self.what, self.exit_code = what, exit_code


# ---------------------------------------------------------------- walking


@dataclass(frozen=True)
class Item:
    """One input file: its path as the user will see it, and where it goes in a mirror tree."""

    path: str
    mirror: PurePosixPath


@dataclass(frozen=True)
class Selection:
    """Which files of a folder are inputs. Files named on the command line always are."""

    globs: tuple[str, ...] = ()
    excludes: tuple[str, ...] = ()

    def excluded(self, rel: PurePosixPath) -> bool:
        return any(_matches(rel, pattern) for pattern in self.excludes)

    def wanted(self, rel: PurePosixPath) -> bool:
        if self.excluded(rel):
            return False
        if self.globs:
            return any(_matches(rel, pattern) for pattern in self.globs)
        return rel.suffix.lower() in DEFAULT_SUFFIXES


def _matches(rel: PurePosixPath, pattern: str) -> bool:
    """A pattern with a slash matches the path below the folder given; one without, the name."""
    target = str(rel) if "/" in pattern else rel.name
    return fnmatch.fnmatchcase(target, pattern)


def hidden(name: str) -> bool:
    # .git, .DS_Store, ._x.txt (macOS resource forks), ~$x.docx (Word lock files)
    return name.startswith((".", "~$"))


def _identity(path: str | os.PathLike) -> tuple[int, int] | None:
    try:
        st = os.stat(path)
    except OSError:
        return None
    return st.st_dev, st.st_ino


def walk(
    roots: Iterable[str], selection: Selection = Selection(), skip: Iterable[str] = (), several: bool | None = None
) -> Iterator[Item]:
    """Every input file under `roots`, in the order given and sorted within folders.

    Folders are identified by (device, inode), so a symlink loop, a folder reached twice
    and the output folder (in `skip`) are each walked at most once; memory grows with
    the number of folders, never with the number of files. `roots` is read lazily when
    `several` is given (a --files-from list of any length).
    """
    if several is None:
        roots = list(roots)
        several = len(roots) > 1
    seen: set[tuple[int, int]] = {ident for ident in map(_identity, skip) if ident is not None}
    skip_files = {os.path.realpath(p) for p in skip}
    for root in roots:
        if os.path.isdir(root):
            prefix = given_path(root) if several else PurePosixPath()
            yield from _walk_dir(root, PurePosixPath(), prefix, selection, seen, skip_files)
        else:  # a file, or a path that does not exist: converting it reports why
            yield Item(root, given_path(root) if several else PurePosixPath(given_path(root).name))


def given_path(root: str) -> PurePosixPath:
    """A PATH as given, made relative: where its records go in a mirror tree of several PATHs."""
    parts = Path(root).parts[1:] if Path(root).anchor else Path(root).parts
    parts = [p for p in parts if p not in (".", "..")]
    return PurePosixPath(*parts) if parts else PurePosixPath(Path(os.path.realpath(root)).name or "root")


def read_roots(paths: Iterable[str], files_from: str | None) -> Iterator[str]:
    """The PATHs of the command line, then those listed one per line in FILE (- for stdin)."""
    yield from paths
    if files_from is None:
        return
    stream = sys.stdin if files_from == "-" else open(files_from, encoding="utf-8", errors="surrogateescape")
    with stream:
        for line in stream:
            if line.strip():
                yield line.rstrip("\r\n")


def _walk_dir(
    folder: str,
    rel: PurePosixPath,
    prefix: PurePosixPath,
    selection: Selection,
    seen: set[tuple[int, int]],
    skip_files: set[str],
) -> Iterator[Item]:
    ident = _identity(folder)
    if ident is None or ident in seen:
        return
    seen.add(ident)
    try:
        with os.scandir(folder) as it:
            entries = sorted(it, key=lambda e: e.name)
    except OSError:
        return
    for entry in entries:
        if hidden(entry.name):
            continue
        child = rel / entry.name
        if _is_dir(entry):
            if not selection.excluded(child):
                yield from _walk_dir(entry.path, child, prefix, selection, seen, skip_files)
        elif (
            _is_input_file(entry)
            and selection.wanted(child)
            # realpath costs a system call per folder of the path: asked only when there is
            # an output file or folder to keep out
            and not (skip_files and os.path.realpath(entry.path) in skip_files)
        ):
            yield Item(entry.path, prefix / child)


def _is_dir(entry: os.DirEntry) -> bool:
    try:
        return entry.is_dir()
    except OSError:
        return False


def _is_input_file(entry: os.DirEntry) -> bool:
    """A regular file, or a broken link (converting it reports the cause); never a FIFO or device."""
    try:
        return entry.is_file() or (entry.is_symlink() and not os.path.exists(entry.path))
    except OSError:
        return False


def chunked(items: Iterable[Item], size: int) -> Iterator[list[Item]]:
    chunk: list[Item] = []
    for item in items:
        chunk.append(item)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


# ---------------------------------------------------------------- the unit of work


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
    from .assemble.files import parse_input
    from .read.reader import read_path, replaced_warnings

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
    from .render import compact_json as dumps

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


def _size(path: str) -> int:
    try:
        return os.path.getsize(path)
    except OSError:
        return 0


# ---------------------------------------------------------------- executors


class Future(Protocol):
    def result(self, timeout: float | None = None): ...
    def cancel(self) -> bool: ...


Submit = Callable[[list[str]], Future]


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


# ---------------------------------------------------------------- ordering


def ordered(
    items: Iterable[Item], submit: Submit, window: int, stop: threading.Event, chunk: int = CHUNK_FILES
) -> Iterator[tuple[Item, Converted]]:
    """Results in input order, with at most `window` chunks in flight.

    Workers finish in any order; the head of the queue is waited for, the others wait
    their turn in the bounded queue. When `stop` is set, nothing more is submitted and
    what is in flight is dropped, so every result yielded is complete.
    """
    inflight: deque[tuple[list[Item], Future]] = deque()
    chunks = chunked(items, chunk)

    def fill() -> None:
        while len(inflight) < window and not stop.is_set():
            batch = next(chunks, None)
            if batch is None:
                return
            inflight.append((batch, submit([i.path for i in batch])))

    fill()
    while inflight and not stop.is_set():
        batch, future = inflight[0]
        results = _wait(future, stop, batch)
        if results is None:
            break
        inflight.popleft()
        fill()
        yield from zip(batch, results)
    for _, future in inflight:
        future.cancel()


def _wait(future: Future, stop: threading.Event, batch: list[Item]) -> list[Converted] | None:
    """The future's result, or None when `stop` is set first (checked a few times a second).

    `convert` never raises, so an exception here is the executor's (a Dask worker
    killed, a task cancelled): the chunk's files become error records, the batch goes on.
    """
    while True:
        try:
            return future.result(timeout=0.2)
        except TimeoutError:
            if stop.is_set():
                return None
        except Exception as e:
            return [error_record(item.path, e) for item in batch]


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


# ---------------------------------------------------------------- sinks


class OutputRefused(Exception):
    """A record that must not be written where its name would put it."""


class JsonLinesSink:
    def __init__(self, stream, name: str = STDOUT) -> None:
        self.stream, self.name = stream, name

    def write(self, item: Item, result: Converted) -> None:
        self.stream.write(result.record + b"\n")
        self.stream.flush()  # a reader (jq, tail -f) sees each file as soon as it is done

    def close(self) -> None:
        self.stream.flush()


class JsonLinesFile(JsonLinesSink):
    def __init__(self, path: str) -> None:
        super().__init__(open(path, "wb"), path)

    def close(self) -> None:
        self.stream.close()


class MirrorTree:
    """One .json per input at DIR/<path below the folder given>.json, never outside DIR."""

    def __init__(self, root: str) -> None:
        try:
            Path(root).mkdir(parents=True, exist_ok=True)
        except OSError as e:
            raise BatchError(root, f"cannot create the folder: {e.strerror or e}", 3) from None
        self.root = Path(root).resolve()
        self.name = root

    def target(self, mirror: PurePosixPath) -> Path:
        target = (self.root / (str(mirror) + ".json")).resolve()
        if not target.is_relative_to(self.root) or target == self.root:
            raise OutputRefused(f"would be written outside {self.root}: {target}")
        return target

    def write(self, item: Item, result: Converted) -> None:
        target = self.target(item.mirror)
        target.parent.mkdir(parents=True, exist_ok=True)
        if not target.parent.resolve().is_relative_to(self.root):  # a folder link created meanwhile
            raise OutputRefused(f"would be written outside {self.root}: {target}")
        target.write_bytes(result.record + b"\n")

    def close(self) -> None:
        pass


class SqliteSink:
    def __init__(self, path: str) -> None:
        from .store import Store, StoreError

        try:
            self.store = Store(path)
        except StoreError as e:
            raise BatchError(path, str(e), 3) from None
        self.changes: dict[str, int] = {}
        self.name = path

    def write(self, item: Item, result: Converted) -> None:
        import sqlite3

        try:
            change = self.store.write(result.record)
        except sqlite3.Error as e:  # a full disk: 'database or disk is full'
            raise OutputError(self.name, str(e)) from None
        self.changes[change] = self.changes.get(change, 0) + 1

    def close(self) -> None:
        self.store.close()


SQLITE_SUFFIXES = (".db", ".sqlite", ".sqlite3")


def output_kind(output: str | None) -> str:
    """-o → 'stdout' | 'jsonl' | 'sqlite' | 'tree'."""
    if output in (None, "", "-"):
        return "stdout"
    if output.endswith(("/", os.sep)) or os.path.isdir(output):
        return "tree"
    if output.lower().endswith(SQLITE_SUFFIXES):
        return "sqlite"
    return "jsonl"


def open_sink(output: str | None):
    kind = output_kind(output)
    if kind == "stdout":
        from .render.output import binary_stdout

        stream = binary_stdout()
        watch_reader()  # a reader that goes away ends the run at once
        return JsonLinesSink(stream)
    if kind == "tree":
        return MirrorTree(output)
    try:
        if kind == "sqlite":
            return SqliteSink(output)
        return JsonLinesFile(output)
    except OSError as e:
        raise BatchError(output, f"cannot write: {e.strerror or e}", 3) from None


def output_paths(output: str | None) -> list[str]:
    """What the walk must not read back: the output itself and SQLite's side files."""
    if output_kind(output) == "stdout":
        return []
    return [output] + [output + side for side in ("-wal", "-shm", "-journal")]


# ---------------------------------------------------------------- the tally and the people


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


# ---------------------------------------------------------------- the command


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

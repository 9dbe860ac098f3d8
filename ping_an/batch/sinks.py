"""Where the records go (-o): JSON Lines on standard output or in a file, a mirror tree of
.json files, or SQLite (store.py).
"""

from __future__ import annotations

import os
from pathlib import Path, PurePosixPath

from ..render.output import STDOUT, OutputError, watch_reader
from .errors import BatchError
from .selection import Item
from .work import Converted


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
        from ..render.output import binary_stdout

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

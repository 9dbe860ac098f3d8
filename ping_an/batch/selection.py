"""Which files a batch converts: the PATHs (and a --files-from list) walked into Items,
in the order given and sorted within folders, by --glob and --exclude.
"""

from __future__ import annotations

import fnmatch
import os
import sys
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Iterable, Iterator

DEFAULT_SUFFIXES = (".txt", ".md", ".docx")


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

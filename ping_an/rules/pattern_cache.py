"""The package's `regex` patterns, compiled once per machine instead of once per run.

Compiling the seventy-odd patterns of the rule tables is a fixed cost of every process,
larger than parsing a small file (README "Performance", start-up): the regex module reads
each pattern in Python before its engine gets the program. A compiled pattern pickles as
that program (regex's own reducer: `regex._regex.compile` and its arguments) and loads
back without the reading. So the first run keeps the programs in a file of the user's
cache folder, and the runs after it load them; a pattern missing from the file (a new
version of pingan, another command) is compiled and the file written again.

The standard library's `re` patterns (the rules that run on every line, where `re` is the
cheaper matcher) cost as much to compile: `re` too reads a pattern in Python, and a class
of Chinese characters makes it build a table of all 65,536 code points. `compiled_re`
keeps what `re` hands its engine, the program as a list of numbers with its group names,
and gives it to the engine directly the next time (`_sre.compile`, as `re.compile` does
after its reading). The engine checks every program it is given, so a damaged one fails
there and is compiled over.

The file is named for the Python and regex versions that made it. Loading it calls no
function but `regex._regex.compile`: any other content, a damaged file or an unreadable
folder means compiling as if there were no file, never an error. PINGAN_CACHE_DIR names
another folder; set to the empty string, it turns the file off.
"""

from __future__ import annotations

import _sre
import atexit
import contextlib
import io
import os
import pickle
import re
import sys
from pathlib import Path
from re import _compiler, _parser

import regex

# Patterns an old version used are carried over so that two versions or commands do not
# write the file in turn; past this many, the file keeps only what the last run used.
MAX_PATTERNS = 400

# A `re` program: the flags, code, group count, group index and index group that
# `_sre.compile` takes, after the engine's magic number, which changes with its code.
_Program = tuple[int, int, list[int], int, dict[str, int], tuple[str | None, ...]]
# (pattern, flags) for `regex`, (pattern, flags, "re") for a `re` program
_Key = tuple[str, int] | tuple[str, int, str]
_stored: dict[_Key, regex.Pattern | _Program] | None = None
_used: dict[_Key, regex.Pattern | _Program] = {}
_compiled_here = False


def compiled(pattern: str, flags: int = 0) -> regex.Pattern:
    """regex.compile(pattern, flags), from the cache file when an earlier run compiled it."""
    key = (pattern, int(flags))
    found = _kept(key)
    if not isinstance(found, regex.Pattern):
        found = regex.compile(pattern, flags)
        _compiled_now()
    _used[key] = found
    return found


def compiled_re(pattern: str, flags: int = 0) -> re.Pattern:
    """re.compile(pattern, flags), from the program an earlier run kept when there is one."""
    key = (pattern, int(flags), "re")
    program = _kept(key)
    if program is not None:
        try:
            magic, program_flags, code, groups, groupindex, indexgroup = program
            if magic == _sre.MAGIC:
                found = _sre.compile(pattern, program_flags, code, groups, groupindex, indexgroup)
                _used[key] = program
                return found
        except Exception:  # not a program this engine takes: compile it
            pass
    try:
        program = _program(pattern, int(flags))
        found = _sre.compile(pattern, *program[1:])
    except Exception:  # a Python whose `re` works otherwise: no program to keep
        return re.compile(pattern, flags)
    _used[key] = program
    _compiled_now()
    return found


def _program(pattern: str, flags: int) -> _Program:
    # what re._compiler.compile does before it calls the engine
    parsed = _parser.parse(pattern, flags)
    # the opcodes are named int constants; plain ints pickle as numbers and load back safely
    code = [int(op) for op in _compiler._code(parsed, flags)]
    groupindex = dict(parsed.state.groupdict)
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, number in groupindex.items():
        indexgroup[number] = name
    return _sre.MAGIC, flags | parsed.state.flags, code, parsed.state.groups - 1, groupindex, tuple(indexgroup)


def _kept(key: _Key) -> regex.Pattern | _Program | None:
    """What the cache file keeps under key (read the first time one is asked for)."""
    global _stored
    if _stored is None:
        _stored = _load()
    return _stored.get(key)


def _compiled_now() -> None:
    global _compiled_here
    if not _compiled_here:
        _compiled_here = True
        atexit.register(save)


def cache_file() -> Path | None:
    """Where the programs are kept, or None when PINGAN_CACHE_DIR is set empty."""
    folder = os.environ.get("PINGAN_CACHE_DIR")
    if folder is None:
        base = os.environ.get("LOCALAPPDATA") if sys.platform == "win32" else os.environ.get("XDG_CACHE_HOME")
        folder = str(Path(base or Path.home() / ".cache") / "pingan")
    elif not folder:
        return None
    version = f"{sys.version_info[0]}.{sys.version_info[1]}"
    return Path(folder) / f"patterns-py{version}-regex{regex.__version__}.pickle"


class _ProgramsOnly(pickle.Unpickler):
    """Unpickles compiled patterns and nothing else: a file in a folder other programs can
    write to must not name a function to call."""

    def find_class(self, module: str, name: str):
        if (module, name) == ("regex._regex", "compile"):
            return super().find_class(module, name)
        raise pickle.UnpicklingError(f"{module}.{name} is not a compiled pattern")


def _load() -> dict[_Key, regex.Pattern | _Program]:
    path = cache_file()
    if path is None:
        return {}
    try:
        stored = _ProgramsOnly(io.BytesIO(path.read_bytes())).load()
    except Exception:  # no file yet, or one this version cannot read: compile instead
        return {}
    if not isinstance(stored, dict):
        return {}
    return {k: v for k, v in stored.items() if isinstance(v, regex.Pattern) or (isinstance(k, tuple) and len(k) == 3 and isinstance(v, tuple))}


def save() -> None:
    """Write the cache file when this process compiled a pattern the file lacked.
    A process that ends with os._exit calls this first (atexit does not run then)."""
    global _compiled_here
    path = cache_file()
    if not _compiled_here or path is None:
        return
    _compiled_here = False
    kept = {**(_stored or {}), **_used}
    if len(kept) > MAX_PATTERNS:
        kept = dict(_used)
    part = path.with_name(f"{path.name}.{os.getpid()}.part")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        part.write_bytes(pickle.dumps(kept, protocol=pickle.HIGHEST_PROTOCOL))
        os.replace(part, path)  # whole or not at all, when two runs write at once
    except OSError:
        with contextlib.suppress(OSError):
            part.unlink(missing_ok=True)

"""The package's `regex` patterns, compiled once per machine instead of once per run.

Compiling the seventy-odd patterns of the rule tables is a fixed cost of every process,
larger than parsing a small file (README "Performance", start-up): the regex module reads
each pattern in Python before its engine gets the program. A compiled pattern pickles as
that program (regex's own reducer: `regex._regex.compile` and its arguments) and loads
back without the reading. So the first run keeps the programs in a file of the user's
cache folder, and the runs after it load them; a pattern missing from the file (a new
version of pingan, another command) is compiled and the file written again.

The file is named for the Python and regex versions that made it. Loading it calls no
function but `regex._regex.compile`: any other content, a damaged file or an unreadable
folder means compiling as if there were no file, never an error. PINGAN_CACHE_DIR names
another folder; set to the empty string, it turns the file off.
"""

from __future__ import annotations

import atexit
import contextlib
import io
import os
import pickle
import sys
from pathlib import Path

import regex

# Patterns an old version used are carried over so that two versions or commands do not
# write the file in turn; past this many, the file keeps only what the last run used.
MAX_PATTERNS = 400

_Key = tuple[str, int]
_stored: dict[_Key, regex.Pattern] | None = None
_used: dict[_Key, regex.Pattern] = {}
_compiled_here = False


def compiled(pattern: str, flags: int = 0) -> regex.Pattern:
    """regex.compile(pattern, flags), from the cache file when an earlier run compiled it."""
    global _stored, _compiled_here
    if _stored is None:
        _stored = _load()
    key = (pattern, int(flags))
    found = _stored.get(key)
    if found is None:
        found = regex.compile(pattern, flags)
        if not _compiled_here:
            _compiled_here = True
            atexit.register(save)
    _used[key] = found
    return found


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


def _load() -> dict[_Key, regex.Pattern]:
    path = cache_file()
    if path is None:
        return {}
    try:
        stored = _ProgramsOnly(io.BytesIO(path.read_bytes())).load()
    except Exception:  # no file yet, or one this version cannot read: compile instead
        return {}
    if not isinstance(stored, dict):
        return {}
    return {k: v for k, v in stored.items() if isinstance(v, regex.Pattern)}


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

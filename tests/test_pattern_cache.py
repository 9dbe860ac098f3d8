"""The compiled patterns kept between runs (pattern_cache.py): a second run compiles
nothing, gives the same output, and a damaged, foreign or unwritable cache is no error."""

from __future__ import annotations

import _sre
import io
import os
import pickle
import re
import subprocess
import sys
from pathlib import Path

import pytest
import regex
from conftest import SAMPLES

from ping_an.rules import pattern_cache

# Counts the package's calls of regex.compile and the `re` programs it makes, then parses
# the sample and prints its JSON.
COUNTING_RUN = """
import regex, sys
calls = []
compile = regex.compile
regex.compile = lambda *a, **k: calls.append(a) or compile(*a, **k)
from ping_an.rules import pattern_cache
program = pattern_cache._program
pattern_cache._program = lambda *a: calls.append(a) or program(*a)
import ping_an
doc = ping_an.parse_file(sys.argv[1])
print(len(calls))
print(doc.model_dump_json())
"""


def run(cache: str | None, tmp_path: Path) -> tuple[int, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("PINGAN_CACHE_DIR", "XDG_CACHE_HOME")}
    env["HOME"] = str(tmp_path / "home")
    if cache is not None:
        env["PINGAN_CACHE_DIR"] = cache
    done = subprocess.run(
        [sys.executable, "-c", COUNTING_RUN, str(SAMPLES / "compendium.txt")],
        capture_output=True, text=True, env=env, check=True,
    )
    count, output = done.stdout.split("\n", 1)
    assert done.stderr == ""
    return int(count), output


def cache_files(folder: Path) -> list[Path]:
    return sorted(folder.glob("patterns-*.pickle")) if folder.is_dir() else []


def test_the_second_run_compiles_no_pattern_and_prints_the_same(tmp_path):
    folder = tmp_path / "cache"
    first, output = run(str(folder), tmp_path)
    assert first > 70 and len(cache_files(folder)) == 1
    second, again = run(str(folder), tmp_path)
    assert second == 0 and again == output
    assert run("", tmp_path)[1] == output


def test_the_default_folder_is_the_users_cache(tmp_path):
    run(None, tmp_path)
    assert len(cache_files(tmp_path / "home" / ".cache" / "pingan")) == 1


def test_an_empty_setting_keeps_no_file(tmp_path):
    count, _ = run("", tmp_path)
    again, _ = run("", tmp_path)
    assert count == again > 30 and not (tmp_path / "home").exists()


class _Calls:
    """Pickles as a call of os.system: what a tampered cache file could hold."""

    def __init__(self, marker: Path):
        self.marker = marker

    def __reduce__(self):
        return os.system, (f"touch {self.marker}",)


def test_a_damaged_or_foreign_file_is_compiled_over(tmp_path):
    folder = tmp_path / "cache"
    run(str(folder), tmp_path)
    (path,) = cache_files(folder)
    marker = tmp_path / "called"
    expected = run("", tmp_path)[1]
    for content in (b"not a pickle", pickle.dumps([1, 2]), pickle.dumps({("x", 0): _Calls(marker)})):
        path.write_bytes(content)
        count, output = run(str(folder), tmp_path)
        assert count > 30 and output == expected and not marker.exists()
        assert run(str(folder), tmp_path)[0] == 0  # written again, whole


def test_a_folder_that_cannot_be_made_is_no_error(tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("")
    count, output = run(str(blocker / "cache"), tmp_path)
    assert count > 30 and output == run("", tmp_path)[1]


def test_only_compiled_patterns_unpickle():
    good = pickle.dumps({("a+", 0): regex.compile("a+")})
    assert pattern_cache._ProgramsOnly(io.BytesIO(good)).load()[("a+", 0)].match("aaa")
    with pytest.raises(pickle.UnpicklingError):
        pattern_cache._ProgramsOnly(io.BytesIO(pickle.dumps(os.getcwd))).load()


def test_a_kept_re_program_is_the_pattern_re_compiles(monkeypatch):
    text = "一、总体要求（一）坚持稳中求进。一是抓好落实，二是“三个确保”。2023年12月 第二部分\n"
    monkeypatch.setattr(pattern_cache, "_stored", {})
    fresh = pattern_cache.compiled_re(r"(?P<n>[一二三])(?:是|、)|（(?P<p>[一二三])）", re.M)
    key = (fresh.pattern, int(re.M), "re")
    monkeypatch.setattr(pattern_cache, "_stored", {key: pattern_cache._used[key]})
    monkeypatch.setattr(pattern_cache, "_program", None)  # the kept program, or it fails
    loaded = pattern_cache.compiled_re(fresh.pattern, re.M)
    expected = re.compile(fresh.pattern, re.M)
    for pattern in (fresh, loaded):
        assert (pattern.flags, pattern.groups, pattern.groupindex) == (expected.flags, expected.groups, expected.groupindex)
        assert [m.span("n") + m.span("p") for m in pattern.finditer(text)] == [
            m.span("n") + m.span("p") for m in expected.finditer(text)
        ]


@pytest.mark.parametrize(
    "kept",
    [
        (_sre.MAGIC, 32, [1, 2, 3], 0, {}, ()),  # code the engine refuses
        (_sre.MAGIC - 1, *pattern_cache._program("a+", 0)[1:]),  # another engine's
        ("not", "a", "program"),
        regex.compile("a+"),
    ],
)
def test_a_damaged_re_program_is_compiled_over(monkeypatch, kept):
    monkeypatch.setattr(pattern_cache, "_stored", {("a+", 0, "re"): kept})
    assert pattern_cache.compiled_re("a+").fullmatch("aaa")

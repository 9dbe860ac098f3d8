"""The README's "Recipes" run as written, on the bundled sample.

Every fenced `sh` block runs line by line (a block with a here-document runs whole) and
every `python` block runs as a script, in a scratch copy of the repository's samples so
that the files they write land there. Each must succeed and print something. Recipes
that need a tool the machine lacks (jq, the sqlite3 shell, pandas) skip with the reason.
"""

from __future__ import annotations

import importlib.util
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import PINGAN, ROOT, SAMPLES

README = ROOT / "README.md"
FENCE = re.compile(r"^```(\w+)\n(.*?)^```", re.S | re.M)

# What a recipe needs, by a word in it: (is it there?, the reason to skip).
NEEDS = {
    "jq": (lambda: shutil.which("jq") is not None, "jq is not installed"),
    "sqlite3 ": (lambda: shutil.which("sqlite3") is not None, "the sqlite3 shell is not installed"),
    "import pandas": (lambda: importlib.util.find_spec("pandas") is not None, "pandas is not installed (python -m pip install '.[recipes]')"),
}


def recipes_section(text: str) -> str:
    start = text.index("\n## Recipes\n")
    end = text.find("\n## ", start + 1)
    return text[start : end if end != -1 else len(text)]


def recipes() -> list[tuple[str, str]]:
    """(language, code) of each recipe: each line of a shell block, or a whole block."""
    out = []
    for lang, body in FENCE.findall(recipes_section(README.read_text(encoding="utf-8"))):
        if lang == "sh" and "<<" not in body:
            out += [("sh", line) for line in body.splitlines() if line.strip() and not line.startswith("#")]
        else:
            out.append((lang, body))
    return out


RECIPES = recipes()


def test_there_are_eight_jq_recipes_and_two_for_pandas_or_sqlite():
    assert sum("| jq " in code for _, code in RECIPES) >= 8
    assert sum("pandas" in code or "sqlite3" in code for _, code in RECIPES) >= 2


@pytest.mark.parametrize("lang, code", RECIPES, ids=[code.strip().splitlines()[0][:60] for _, code in RECIPES])
def test_recipe_runs_as_written(lang, code, tmp_path: Path):
    if PINGAN is None:
        pytest.skip("the pingan entry point is not installed (pip install -e .)")
    for word, (present, reason) in NEEDS.items():
        if word in code and not present():
            pytest.skip(reason)
    shutil.copytree(SAMPLES, tmp_path / "samples")
    command = ["bash", "-e", "-o", "pipefail", "-c", code] if lang == "sh" else [sys.executable, "-c", code]
    assert lang in ("sh", "python"), f"a recipe in {lang} cannot be run"
    done = subprocess.run(command, cwd=tmp_path, capture_output=True, timeout=120)
    assert done.returncode == 0, done.stderr.decode("utf-8", "replace")
    assert done.stdout.strip(), "the recipe printed nothing"

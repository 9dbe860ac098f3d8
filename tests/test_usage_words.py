"""Usage errors in the tool's own words (no pydantic phrasing), exit 2; one JSON style."""

from __future__ import annotations

import json

import pytest
from conftest import SAMPLES, needs_cli, run_pingan as run

pytestmark = needs_cli

SAMPLE = str(SAMPLES / "compendium.txt")


@pytest.mark.parametrize(
    "args, words",
    [
        (["extract", SAMPLE, "--format", "xml"], "'xml' is not a view; choose one of json, jsonl, tree, table, csv, markdown"),
        (["extract", SAMPLE, "--width", "5"], "5 columns is too narrow: give 20 or more"),
        (["extract", SAMPLE, "--encoding", "nope"], "unknown encoding 'nope'"),
        (["extract", SAMPLE, "--errors", "ignore"], "'ignore' is neither strict nor replace"),
        (["batch", str(SAMPLES), "--jobs", "0"], "0 workers: give 1 or more"),
    ],
)
def test_usage_errors_exit_2_in_plain_words(args, words):
    done = run(*args)
    err = done.stderr.decode()
    assert done.returncode == 2 and words in err
    assert "Value error" not in err and "Input should" not in err


def test_help_names_values_as_users_write_them():
    out = run("extract", "--help").stdout.decode()
    assert "--width N" in out and "--format VIEW" in out and "<int range>" not in out and "x>=20" not in out
    assert "of the table in" in run("lines", "--help").stdout.decode()


@pytest.mark.parametrize(
    "args", [["extract", SAMPLE, "--json"], ["extract", SAMPLE, "--format", "jsonl"], ["lines", SAMPLE, "--json"],
             ["placeholders", SAMPLE, "--json"], ["batch", SAMPLE, str(SAMPLES / "missing.txt")]]
)
def test_one_json_style_everywhere(args):
    out = run(*args).stdout.decode("utf-8")
    for line in out.splitlines():
        value = json.loads(line)
        assert line == json.dumps(value, ensure_ascii=False, separators=(",", ":"))


@pytest.mark.parametrize(
    "command, usage, argument",
    [
        ("extract", "Usage: pingan extract [OPTIONS] FILE\n", "  FILE  A report file"),
        ("lines", "Usage: pingan lines [OPTIONS] FILE\n", "  FILE  A report file"),
        ("batch", "Usage: pingan batch [OPTIONS] [PATH...]\n", "  PATH...  Files or folders"),
    ],
)
def test_help_names_arguments_as_users_write_them(command, usage, argument):
    out = run(command, "--help").stdout.decode()
    assert out.startswith(usage) and argument in out
    # no Python types, no braces, no range notation
    for python_words in ("<str>", "list[str]", "{FILE}", "x>=", "<int"):
        assert python_words not in out, python_words

"""The views through the installed `pingan` entry point, as a user runs them: in a pipe
and on a terminal (a pseudo-terminal), with and without NO_COLOR."""

from __future__ import annotations

import csv
import io
import json
import os
import pty
import re
import subprocess

import pytest
from conftest import PINGAN, SAMPLES, needs_cli, read_terminal, run_pingan as run

pytestmark = needs_cli

SAMPLE = str(SAMPLES / "compendium.txt")
ANSI = "\x1b["
SGR = re.compile(r"\x1b\[([0-9;]*)m")


def ok(*args: str, **kw) -> str:
    out = run(*args, **kw)
    assert out.returncode == 0, out.stderr.decode()
    return out.stdout.decode("utf-8")


def on_terminal(*args: str, no_color: bool = False) -> str:
    """Run pingan with its standard output on a pseudo-terminal; return what it printed."""
    env = {k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "FORCE_COLOR", "TTY_COMPATIBLE")}
    env.update(TERM="xterm-256color", COLUMNS="120", LINES="40")
    if no_color:
        env["NO_COLOR"] = "1"
    main, child = pty.openpty()
    proc = subprocess.Popen([PINGAN, *args], stdout=child, stderr=subprocess.PIPE, stdin=subprocess.DEVNULL, env=env)
    os.close(child)
    screen = read_terminal(main)
    assert proc.wait(timeout=120) == 0, proc.stderr.read().decode()
    proc.stderr.close()
    return screen.decode("utf-8")


# --- acceptance on the seed ----------------------------------------------------------


@pytest.fixture
def seed(shared) -> str:
    return str(shared / "corpus" / "seed-compendium.txt")


def test_seed_csv_has_48_data_rows(seed):
    table = list(csv.reader(io.StringIO(ok("extract", seed, "--format", "csv"))))
    kinds = [row[2] for row in table[1:]]
    assert table[0] == ["report", "report_title", "kind", "depth", "path", "marker", "text", "line"]
    assert len(kinds) == 48 and kinds.count("section") == 26 and kinds.count("measure") == 22


def test_seed_markdown_has_a_heading_line_per_title_report_and_section(seed):
    heads = [line for line in ok("extract", seed, "--format", "markdown").splitlines() if line.startswith("#")]
    assert len(heads) == 32


@pytest.mark.parametrize("view", ["tree", "table"])
def test_seed_tree_and_table_show_all_five_titles_at_width_200(seed, view):
    text = ok("extract", seed, "--format", view, "--width", "200")
    titles = json.loads(ok("extract", seed, "--json"))["reports"]
    assert len(titles) == 5
    for r in titles:
        assert r["title"] in text
    assert ANSI not in text  # no colour in a pipe


def test_seed_jsonl_prints_five_lines(seed):
    lines = ok("extract", seed, "--format", "jsonl").splitlines()
    assert len(lines) == 5
    assert all(json.loads(line)["document_title"] == "推进平安建设综述汇编（5篇）" for line in lines)


def test_schema_is_a_json_schema():
    schema = json.loads(ok("schema"))
    assert schema["type"] == "object" and "reports" in schema["properties"] and "$defs" in schema


# --- the default view and colour -----------------------------------------------------


def test_default_in_a_pipe_is_json():
    assert json.loads(ok("extract", SAMPLE))["title"] == "平安建设工作材料汇编（5篇）"


def test_default_on_a_terminal_is_a_coloured_tree():
    text = on_terminal("extract", SAMPLE)
    assert "├──" in text and not text.lstrip().startswith("{")
    assert ANSI in text


def colours(text: str) -> set[str]:
    """The colour parameters (30-38, 90-97) of the SGR escape codes in text; bold and dim are not colours."""
    params = {p for codes in SGR.findall(text) for p in codes.split(";")}
    return {p for p in params if p[:1] in ("3", "9") and len(p) == 2}


def test_no_color_on_a_terminal_prints_the_tree_without_colour():
    text = on_terminal("extract", SAMPLE, no_color=True)
    assert "├──" in text and not colours(text)
    assert colours(on_terminal("extract", SAMPLE))


def test_outline_is_the_tree_view():
    assert ok("outline", SAMPLE, "--width", "100") == ok("extract", SAMPLE, "--format", "tree", "--width", "100")


def test_json_is_short_for_format_json():
    assert ok("extract", SAMPLE, "--json") == ok("extract", SAMPLE, "--format", "json")


# --- CSV for Excel -------------------------------------------------------------------


def test_excel_writes_a_utf8_bom_before_the_csv():
    excel = run("extract", SAMPLE, "--format", "csv", "--excel").stdout
    plain = run("extract", SAMPLE, "--format", "csv").stdout
    assert excel[:3] == b"\xef\xbb\xbf" and excel[3:] == plain and plain[:6] == b"report"
    # --excel alone means CSV
    assert run("extract", SAMPLE, "--excel").stdout == excel


@pytest.mark.parametrize("args", [["--json", "--format", "tree"], ["--excel", "--format", "markdown"], ["--json", "--excel"]])
def test_conflicting_views_are_a_usage_error(args):
    out = run("extract", SAMPLE, *args)
    assert out.returncode == 2 and b"Traceback" not in out.stderr and out.stdout == b""


def test_views_read_standard_input():
    data = (SAMPLES / "compendium.txt").read_bytes()
    assert len(ok("extract", "-", "--format", "jsonl", stdin=data).splitlines()) == 5


# --- lines ---------------------------------------------------------------------------


def test_lines_json_explains_every_input_line():
    records = [json.loads(line) for line in ok("lines", SAMPLE, "--json").splitlines()]
    n_lines = (SAMPLES / "compendium.txt").read_text(encoding="utf-8").count("\n")
    assert [r["line"] for r in records] == list(range(1, n_lines + 1))
    assert {"line", "kind", "note", "text", "report"} <= records[0].keys()
    lead = next(r for r in records if r["kind"] == "lead")
    assert "sibling" in lead["note"]


def test_lines_table_names_kind_and_reason():
    text = ok("lines", SAMPLE, "--width", "160")
    assert "report-title" in text and "numbered heading, form cn-comma, depth 1" in text
    assert "paywall marker only" in text


def test_lines_of_a_missing_file_is_one_line_on_stderr():
    out = run("lines", "no/such/file.txt")
    err = out.stderr.decode()
    assert out.returncode == 3 and err.count("\n") == 1 and "no/such/file.txt" in err

"""The installed `pingan` entry point, as a user runs it."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys

import pytest
from conftest import PINGAN, ROOT, SAMPLES, needs_cli, run_pingan as run

pytestmark = needs_cli


def test_version():
    out = run("--version")
    assert out.returncode == 0 and out.stdout.decode().startswith("pingan ")


def test_extract_json_prints_one_object_with_unescaped_chinese():
    out = run("extract", str(SAMPLES / "compendium.txt"), "--json")
    assert out.returncode == 0, out.stderr
    text = out.stdout.decode("utf-8")
    doc = json.loads(text)
    assert text.count("\n") == 1 and "平安建设工作材料汇编" in text
    assert [r["title"] for r in doc["reports"]][0] == "xx县公安局2023年平安建设工作总结"
    assert doc["source"]["path"].endswith("compendium.txt")


def test_extract_reads_standard_input():
    data = (SAMPLES / "compendium.txt").read_bytes()
    out = run("extract", "-", "--json", stdin=data)
    assert out.returncode == 0, out.stderr
    assert len(json.loads(out.stdout)["reports"]) == 5


def test_extract_without_json_prints_a_tree():
    out = run("extract", str(SAMPLES / "compendium.txt"), "--format", "tree")
    assert out.returncode == 0
    text = out.stdout.decode()
    assert "在全县平安建设工作会议上的讲话" in text and "第一部分" in text
    assert not text.lstrip().startswith("{")


@pytest.mark.parametrize(
    "args, code, words",
    [
        (["extract", "no/such/file.txt", "--json"], 3, "no such file"),
        (["extract", str(ROOT / "tests"), "--json"], 3, "directory"),
    ],
)
def test_failures_are_one_line_without_traceback(args, code, words):
    out = run(*args)
    err = out.stderr.decode()
    assert out.returncode == code
    assert err.count("\n") == 1 and words in err and args[1] in err
    assert "Traceback" not in err and out.stdout == b""


def test_usage_error_exits_2():
    assert run("extract").returncode == 2


def test_schema_is_the_committed_schema():
    out = run("schema")
    assert out.returncode == 0
    committed = json.loads((ROOT / "schema" / "pingan.schema.json").read_text(encoding="utf-8"))
    assert json.loads(out.stdout) == committed, "models changed: regenerate with `pingan schema > schema/pingan.schema.json`"


def test_jq_titles_of_the_seed(shared):
    jq = shutil.which("jq")
    if jq is None:
        pytest.skip("jq is not installed")
    extract = subprocess.run([PINGAN, "extract", str(shared / "corpus" / "seed-compendium.txt"), "--json"], capture_output=True)
    titles = subprocess.run([jq, "-r", ".reports[].title"], input=extract.stdout, capture_output=True)
    assert titles.stdout.decode().splitlines() == [
        "推进平安建设综述（公安）",
        "推进平安建设综述（公安）",
        "推进平安建设综述（街道）",
        "推进平安建设综述（法院）",
        "2023年上半年平安建设工作综述",
    ]


@pytest.mark.parametrize("delay", [0.1, 0.25, 0.5, 0.8])
def test_ctrl_c_ends_extract_with_one_line_and_130(tmp_path, delay):
    # at start-up (a KeyboardInterrupt in an import's weakref callback used to be printed
    # as "Exception ignored" and swallowed), and while two processes parse: one line only
    import os
    import signal
    import time

    big = tmp_path / "big.txt"
    big.write_bytes((SAMPLES / "compendium.txt").read_bytes() * 2400)  # about 20 MB
    proc = subprocess.Popen(
        [PINGAN, "extract", str(big), "--json"], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, start_new_session=True
    )
    time.sleep(delay)
    os.killpg(proc.pid, signal.SIGINT)  # as Ctrl-C at a terminal: the whole process group
    err = proc.communicate(timeout=60)[1]
    assert (proc.returncode, err) == (130, b"pingan: interrupted\n")


@pytest.mark.parametrize("plain, spelled_out", [
    (["--json"], ["--format", "json"]),
    ([], ["--format", "json"]),  # in a pipe the default view is JSON
])
@pytest.mark.parametrize("target", ["sample", "missing", "folder", "binary"])
def test_plain_extract_that_skips_typer_answers_as_typer_does(tmp_path, plain, spelled_out, target):
    """`extract FILE [--json]` runs without typer (command.plain_extract);
    what it prints, on stdout and stderr, and its exit code are those of the same command
    spelled so that typer reads it."""
    path = {
        "sample": SAMPLES / "compendium.txt",
        "missing": tmp_path / "nowhere.txt",
        "folder": tmp_path,
        "binary": tmp_path / "image.txt",
    }[target]
    if target == "binary":
        path.write_bytes(bytes(range(256)) * 8)
    short = run("extract", str(path), *plain)
    long = run("extract", *spelled_out, str(path))
    assert (short.returncode, short.stdout, short.stderr) == (long.returncode, long.stdout, long.stderr)
    assert (short.returncode == 0) == (target == "sample")


def test_plain_extract_leaves_other_command_lines_to_typer():
    # an option where FILE stands, or a second file: typer's usage error, exit 2
    assert run("extract", "--width", "--json").returncode == 2
    assert run("extract", "a.txt", "b.txt").returncode == 2
    assert b"Usage" in run("extract", "--help").stdout


@pytest.mark.parametrize("args", [["--json"], []])
def test_plain_extract_does_not_import_typer(args):
    """The forms a shell loop runs once per file never import typer or click, a fifth of
    a small file's run (command.py); any other form is left to typer."""
    probe = (
        "import sys\n"
        "from ping_an import command\n"
        "done = command.plain_extract(sys.argv[1:])\n"
        "print(done, sorted(m for m in ('typer', 'click') if m in sys.modules), file=sys.stderr)\n"
    )
    sample = str(SAMPLES / "compendium.txt")
    out = subprocess.run([sys.executable, "-c", probe, "extract", sample, *args], capture_output=True)
    assert out.returncode == 0 and out.stderr.decode().split("\n")[-2] == "True []", out.stderr
    out = subprocess.run([sys.executable, "-c", probe, "extract", sample, "--width", "40"], capture_output=True)
    assert out.stderr.decode().split("\n")[-2] == "False []"

"""The tree, the table and `pingan lines` of a large text on two processes (render/shared.py
over render/parallel.py): the bytes one process prints, whatever the child does. The
processes are forced on small texts by calling shared.py directly, and through the
installed command on a text above PARALLEL_MIN_CHARS. (--json: test_parallel.py.)"""

from __future__ import annotations

import io
import os
import signal
import subprocess
import time
from contextlib import contextmanager
from dataclasses import replace
from functools import lru_cache

import pytest
from conftest import PINGAN, SAMPLES, needs_cli
from rich.console import Console
from test_parallel import many_reports
from test_stream_views import EDGE

import ping_an
from ping_an.assemble import explain
from ping_an.assemble.explain import explain_stream, explain_units
from ping_an.assemble.pipeline import stream_text
from ping_an.render import Format, output, parallel, shared
from ping_an.render.parallel import combined
from ping_an.render.lines import print_lines
from ping_an.render.table import write_table
from ping_an.render.tree import write_tree

needs_fork = pytest.mark.skipif(not parallel.can_fork(), reason="os.fork is not available on this platform")
pytestmark = needs_fork

VIEWS = ("tree", "table", "lines")
WIDTHS = (20, 33, 80, 141)


def edge_compendium() -> str:
    """The corner cases of test_stream_views (markup, wide and joined characters, tabs
    and control characters, reports without sections), each under a title line of its
    own, and the sample (with its 目录, last: a 目录 at the head would list the reports)
    in one compendium: units of every kind of row."""
    edges = [f"第{k}份材料工作总结\n\n{text}" for k, text in enumerate(EDGE)]
    return "\n\n".join(["材料汇编", *edges, SAMPLES.joinpath("compendium.txt").read_text(encoding="utf-8")])


def console(width: int) -> Console:
    """A console into a string, without colour: what a pipe gets."""
    return Console(width=width, file=io.StringIO(), highlight=False)


def one_process(view: str, text: str, width: int) -> bytes:
    out = console(width)
    if view == "lines":
        total, infos = explain_stream(text)
        print_lines(infos, out, total=total)
    else:
        (write_tree if view == "tree" else write_table)(*stream_text(text), out)
    return out.file.getvalue().encode("utf-8")


@lru_cache(maxsize=None)
def one_process_of(view: str, text: str, width: int) -> bytes:
    return one_process(view, text, width)


def two_processes(view: str, text: str, width: int) -> bytes:
    out = io.BytesIO()
    encode = lambda s: s.encode("utf-8")  # noqa: E731
    if view == "lines":
        shared.write_lines(text, console(width), out, encode)
    else:
        shared.write_view(text, None, Format(view), console(width), out, encode)
    return out.getvalue()


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("view", VIEWS)
def test_two_processes_print_the_bytes_of_one(view, width):
    text = edge_compendium()
    assert two_processes(view, text, width) == one_process_of(view, text, width)


@pytest.mark.parametrize("view", VIEWS)
def test_many_reports_of_every_size(view):
    text = many_reports()
    assert two_processes(view, text, 80) == one_process_of(view, text, 80)


@pytest.mark.parametrize("view", VIEWS)
@pytest.mark.parametrize("text", ["", "   \n\n", "推进平安建设综述\n一、坚持目标导向。正文。", "没有标题的一段话。"])
def test_one_report_or_none_is_printed_in_one_process(view, text):
    assert two_processes(view, text, 80) == one_process(view, text, 80)


# --- whatever the child does --------------------------------------------------------


def dies(units, marks, results, pipes):
    os._exit(1)


def takes_half_and_dies(units, marks, results, pipes):
    marks.back = units.count // 2
    os._exit(1)


def blind(units, marks, results, pipes):
    """A child blind to the parent's marks: it makes every unit, as the parent does."""
    child(units, parallel.Marks(units.count), results, pipes)


child = parallel._child


def fails_once_measured(units, marks, results, pipes):
    """A child that sends its measure and then fails: the parent has the widths of all,
    and lays out the child's reports itself."""

    def lay_out(k, made, measure):
        raise RuntimeError("the child fails while laying out")

    child(replace(units, lay_out=lay_out) if units.lay_out is not None else units, marks, results, pipes)


@pytest.mark.parametrize("view", VIEWS)
@pytest.mark.parametrize("behaviour", [dies, takes_half_and_dies, blind, fails_once_measured], ids=lambda f: f.__name__)
def test_whatever_the_child_does_the_bytes_are_those_of_one(view, behaviour, monkeypatch):
    monkeypatch.setattr(parallel, "_child", behaviour)
    text = edge_compendium()
    assert two_processes(view, text, 80) == one_process_of(view, text, 80)


def test_a_child_gone_before_the_widths_reach_it_is_no_reader_gone(monkeypatch):
    # the table's child sends its measure and ends; the parent, sending the widths of all
    # to a closed pipe, gets EPIPE: not the output's reader leaving, the child failing
    def measures_and_ends(units, marks, results, pipes):
        parallel._send(pipes.write, combined([], units.floor))
        os._exit(1)

    receive = parallel._receive

    def receive_once_it_ended(fd):
        measure = receive(fd)
        for pid in output.children:  # ended, not yet collected
            os.waitid(os.P_PID, pid, os.WEXITED | os.WNOWAIT)
        return measure

    monkeypatch.setattr(parallel, "_child", measures_and_ends)
    monkeypatch.setattr(parallel, "_receive", receive_once_it_ended)
    text = edge_compendium()
    assert two_processes("table", text, 80) == one_process_of("table", text, 80)


@pytest.mark.parametrize("view", VIEWS)
def test_without_a_file_for_the_childs_bytes_the_parent_prints_alone(view, monkeypatch):
    monkeypatch.setattr(parallel, "_results_file", lambda: None)
    monkeypatch.setattr(parallel, "_fork", lambda *a: pytest.fail("forked without a results file"))
    text = edge_compendium()
    assert two_processes(view, text, 80) == one_process_of(view, text, 80)


@pytest.mark.parametrize("view", VIEWS)
@pytest.mark.parametrize("slow", ["parent", "child"])
def test_the_faster_process_makes_more_units_and_the_bytes_stay_those_of_one(view, slow, monkeypatch):
    parent, make_units, counts = os.getpid(), parallel.Units, {"parent": 0, "units": 0}

    def slowed(count, make, **rest):
        def made(k):
            in_parent = os.getpid() == parent
            counts["parent"] += in_parent
            if in_parent == (slow == "parent"):
                time.sleep(0.05)  # (far slower than a unit takes, however loaded the machine)
            return make(k)

        counts["units"] = count
        return make_units(count, made, **rest)

    monkeypatch.setattr(shared, "Units", slowed)
    text = edge_compendium()
    assert two_processes(view, text, 80) == one_process_of(view, text, 80)
    if slow == "parent":
        assert counts["parent"] < counts["units"] / 2
    else:
        assert counts["parent"] > counts["units"] / 2


# --- the lines' units -----------------------------------------------------------------


def in_one_unit(text: str) -> list:
    """The lines as one pass over the whole text reads them: every report in one unit."""
    readings = explain_units(text)
    readings.firsts = [0]
    readings.starts = [0, readings.total]
    return list(readings.unit(0))


@pytest.mark.parametrize("text", [edge_compendium(), many_reports()], ids=["edges", "many"])
def test_the_lines_units_read_alone_and_backwards_as_one_pass_reads_them(text):
    readings = explain_units(text)
    # a unit for most reports (without ../shared beside the clone, many_reports has 5)
    assert readings.count > 1 and readings.count * 5 >= len(ping_an.parse_text(text).reports) * 4
    backwards = [list(readings.unit(u)) for u in reversed(range(readings.count))]
    assert [info for unit in reversed(backwards) for info in unit] == in_one_unit(text)


def test_no_unit_starts_where_a_report_before_it_may_read(monkeypatch):
    # the second report may read any line after its own: no unit starts after it
    text = edge_compendium()
    second = explain_units(text).spans[1].title_line
    last_line = explain._last_line
    monkeypatch.setattr(explain, "_last_line", lambda span, title: float("inf") if span.title_line == second else last_line(span, title))
    readings = explain_units(text)
    assert readings.firsts == [0, 1]
    assert list(readings) == in_one_unit(text)


# --- through the installed command, above PARALLEL_MIN_CHARS ----------------------------


@pytest.fixture(scope="module")
def large(tmp_path_factory):
    """A file of the edge compendium, repeated past PARALLEL_MIN_CHARS: two processes."""
    text = edge_compendium()
    path = tmp_path_factory.mktemp("large") / "large.txt"
    path.write_text("\n\n".join([text] * (parallel.PARALLEL_MIN_CHARS // len(text) + 1)), encoding="utf-8")
    return path


COMMANDS = {"tree": ["extract", "{}", "--format", "tree"], "table": ["extract", "{}", "--format", "table"], "lines": ["lines", "{}"]}


def command(view: str, path) -> list[str]:
    return [PINGAN, *(str(path) if a == "{}" else a for a in COMMANDS[view])]


@needs_cli
@pytest.mark.parametrize("width", [None, 100])
@pytest.mark.parametrize("view", VIEWS)
def test_the_command_prints_the_bytes_of_one_process(view, width, large):
    text, _ = ping_an.read_file(large)
    assert len(text) >= parallel.PARALLEL_MIN_CHARS
    done = subprocess.run(command(view, large) + (["--width", str(width)] if width else []), capture_output=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout == one_process(view, text, width or 80)


def group_members(pgid: int) -> list[int]:
    """The processes of a process group, from /proc."""
    found = []
    for name in os.listdir("/proc"):
        try:
            with open(f"/proc/{name}/stat", "rb") as f:
                fields = f.read().rpartition(b")")[2].split()
        except (OSError, ValueError):
            continue
        if name.isdigit() and int(fields[2]) == pgid and fields[0] != b"Z":
            found.append(int(name))
    return found


def run_in_own_group(argv: list[str]) -> subprocess.Popen:
    return subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True)


def until(condition, seconds: float = 60) -> bool:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        if condition():
            return True
        time.sleep(0.005)
    return False


@pytest.fixture(scope="module")
def larger(tmp_path_factory):
    """A file that takes the command seconds: long enough to find it on two processes."""
    path = tmp_path_factory.mktemp("larger") / "larger.txt"
    path.write_bytes(b"\n\n".join([(SAMPLES / "compendium.txt").read_bytes()] * 600))
    return path


needs_proc = pytest.mark.skipif(not os.path.isdir("/proc/self"), reason="the test finds the processes in /proc")


@contextmanager
def two_processes_running(argv: list[str]):
    """The command started in a process group of its own, once its second process shows;
    whatever of the group is left is killed afterwards."""
    proc = run_in_own_group(argv)
    try:
        assert until(lambda: len(group_members(proc.pid)) == 2), "never saw the second process"
        yield proc
    finally:
        if group_members(proc.pid):
            os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()


@needs_cli
@needs_proc
@pytest.mark.parametrize("view", VIEWS)
def test_a_reader_that_goes_leaves_no_process_behind(view, larger):
    with two_processes_running(command(view, larger)) as proc:
        assert proc.stdout.readline()  # | head -1
        proc.stdout.close()
        code = proc.wait(timeout=120)
        assert until(lambda: not group_members(proc.pid), 1), "a process outlived the command"
        assert (code, proc.stderr.read()) == (1, b"")


@needs_cli
@needs_proc
@pytest.mark.parametrize("to", ["group", "parent"])
@pytest.mark.parametrize("view", VIEWS)
def test_ctrl_c_ends_both_processes_with_130(view, to, larger):
    with two_processes_running(command(view, larger)) as proc:
        if to == "group":
            os.killpg(proc.pid, signal.SIGINT)  # what a terminal sends its foreground group
        else:
            os.kill(proc.pid, signal.SIGINT)  # kill -INT PID: the child is not told
        code = proc.wait(timeout=120)
        # at once: a child left running would hold the output open until it ended
        assert until(lambda: not group_members(proc.pid), 1), "a process outlived the command"
        assert (code, proc.stderr.read()) == (130, b"pingan: interrupted\n")

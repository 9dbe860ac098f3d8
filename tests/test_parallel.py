"""extract --json of a large text on two processes: the same bytes as one process.
(The views for people on two processes: test_shared_views.py.)"""

from __future__ import annotations

import io
from functools import lru_cache
import os
import subprocess
import time

import pytest
from conftest import PINGAN, SAMPLES, corpus_files, needs_cli

import ping_an
from ping_an.render import parallel, shared
from ping_an.models import Source
from ping_an.render import write_json

needs_fork = pytest.mark.skipif(not parallel.can_fork(), reason="os.fork is not available on this platform")


@lru_cache(maxsize=1)
def many_reports() -> str:
    """The samples and corpus texts, one after another under a compendium's title (so
    that every title line starts a report): many reports of different sizes."""
    texts = [p.read_text(encoding="utf-8") for p in [*corpus_files(), SAMPLES / "compendium.txt"]]
    # the texts that open with a 目录 go last: a 目录 at the head would list the reports
    texts.sort(key=lambda t: "目" in t[:40])
    return "\n\n".join(["材料汇编", *texts * 3])


def one_process(text: str, source=None) -> bytes:
    out = io.BytesIO()
    write_json(ping_an.parse_text(text, source=source), out)
    return out.getvalue()


@lru_cache(maxsize=1)
def one_process_of_many() -> bytes:
    """one_process(many_reports()), parsed once for the tests that compare with it."""
    return one_process(many_reports())


def two_processes(text: str, source=None) -> bytes:
    out = io.BytesIO()
    shared.write_json(text, source, out)
    return out.getvalue()


@needs_fork
@pytest.mark.parametrize("source", [None, Source(path="many.txt", encoding="utf-8", bytes=1, format="text")])
def test_two_processes_write_the_bytes_of_one(source):
    text = many_reports()
    assert two_processes(text, source) == one_process(text, source)


@needs_fork
@pytest.mark.parametrize("text", ["", "推进平安建设综述\n一、坚持目标导向。正文。", "没有标题的一段话。"])
def test_one_report_or_none_is_parsed_in_one_process(text):
    assert two_processes(text) == one_process(text)


@needs_fork
def test_a_failed_child_costs_nothing_but_time(monkeypatch):
    # the child dies before writing: the parent parses the child's share itself
    monkeypatch.setattr(parallel, "_child", lambda units, marks, results, pipes: os._exit(1))
    assert two_processes(many_reports()) == one_process_of_many()


@needs_fork
def test_a_child_that_dies_after_taking_reports_leaves_them_to_the_parent(monkeypatch):
    def take_half_and_die(units, marks, results, pipes):
        marks.back = units.count // 2
        os._exit(1)

    monkeypatch.setattr(parallel, "_child", take_half_and_die)
    assert two_processes(many_reports()) == one_process_of_many()


@needs_fork
def test_without_a_file_for_the_childs_json_the_parent_parses_alone(monkeypatch):
    monkeypatch.setattr(parallel, "_results_file", lambda: None)
    monkeypatch.setattr(parallel, "_fork", lambda *a: pytest.fail("forked without a results file"))
    assert two_processes(many_reports()) == one_process_of_many()


@needs_fork
def test_reports_both_processes_took_are_written_once(monkeypatch):
    # a child blind to the parent's marks parses every report; the parent, which parsed
    # them all too, keeps its own and takes none of the child's twice
    child = parallel._child
    monkeypatch.setattr(parallel, "_child", lambda units, marks, *rest: child(units, parallel.Marks(units.count), *rest))
    assert two_processes(many_reports()) == one_process_of_many()


def slowed_in(which: str, monkeypatch) -> dict[str, int]:
    """Make the parent's or the child's reports slow; count the reports the parent parses."""
    parent, parse, counts = os.getpid(), shared.parse_report, {"parent": 0}

    def parse_report(spans, k):
        in_parent = os.getpid() == parent
        counts["parent"] += in_parent
        if in_parent == (which == "parent"):
            time.sleep(0.05)  # (far slower than a report takes, however loaded the machine)
        return parse(spans, k)

    monkeypatch.setattr(shared, "parse_report", parse_report)
    return counts


@needs_fork
@pytest.mark.parametrize("slow", ["parent", "child"])
def test_the_faster_process_takes_more_reports_and_the_bytes_stay_those_of_one(slow, monkeypatch):
    text = many_reports()
    expected = one_process_of_many()
    reports = len(ping_an.parse_text(text).reports)
    counts = slowed_in(slow, monkeypatch)
    assert two_processes(text) == expected
    if slow == "parent":
        assert counts["parent"] < reports / 2
    else:
        assert counts["parent"] > reports / 2


@needs_fork
@needs_cli
def test_cli_json_of_a_large_file_is_that_of_the_library(tmp_path):
    text = many_reports()
    text = text * (parallel.PARALLEL_MIN_CHARS // len(text) + 1)  # above the threshold: two processes
    path = tmp_path / "large.txt"
    path.write_text(text, encoding="utf-8")
    done = subprocess.run([PINGAN, "extract", str(path), "--json"], capture_output=True)
    assert done.returncode == 0, done.stderr
    read_text, source = ping_an.read_file(path)
    assert done.stdout == one_process(read_text, source)

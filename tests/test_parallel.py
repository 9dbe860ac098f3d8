"""extract --json of a large text on two processes: the same bytes as one process."""

from __future__ import annotations

import io
import os
import shutil
import subprocess

import pytest
from conftest import SAMPLES, corpus_files

import ping_an
from ping_an import parallel
from ping_an.models import Source
from ping_an.render import write_json

PINGAN = shutil.which("pingan")
needs_fork = pytest.mark.skipif(not parallel.can_fork(), reason="os.fork is not available on this platform")


def many_reports() -> str:
    """The samples and corpus texts, one after another: many reports of different sizes."""
    texts = [p.read_text(encoding="utf-8") for p in [*corpus_files(), SAMPLES / "compendium.txt"]]
    return "\n\n".join(texts * 3)


def one_process(text: str, source=None) -> bytes:
    out = io.BytesIO()
    write_json(ping_an.parse_text(text, source=source), out)
    return out.getvalue()


def two_processes(text: str, source=None) -> bytes:
    out = io.BytesIO()
    parallel.write_json_parallel(text, source, out)
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
    monkeypatch.setattr(parallel, "_child", lambda spans, fd: os._exit(1))
    text = many_reports()
    assert two_processes(text) == one_process(text)


def test_the_cut_gives_the_parent_its_share_of_the_text():
    from ping_an.pipeline import paragraphs, split_reports

    doc_spans = split_reports(paragraphs(many_reports())).reports
    cut = parallel.cut_at(doc_spans)
    sizes = [parallel._size(s) for s in doc_spans]
    assert 0 < cut < len(sizes)
    assert abs(sum(sizes[:cut]) - parallel.PARENT_SHARE * sum(sizes)) <= max(sizes)


@needs_fork
@pytest.mark.skipif(PINGAN is None, reason="the pingan entry point is not installed (pip install -e .)")
def test_cli_json_of_a_large_file_is_that_of_the_library(tmp_path):
    text = many_reports()
    text = text * (parallel.PARALLEL_MIN_CHARS // len(text) + 1)  # above the threshold: two processes
    path = tmp_path / "large.txt"
    path.write_text(text, encoding="utf-8")
    done = subprocess.run([PINGAN, "extract", str(path), "--json"], capture_output=True)
    assert done.returncode == 0, done.stderr
    read_text, source = ping_an.read_file(path)
    assert done.stdout == one_process(read_text, source)

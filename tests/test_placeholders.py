"""Redaction placeholders: `pingan placeholders FILE [--json]` and ping_an.enrich.placeholders.find."""

from __future__ import annotations

import json
import re
from collections import Counter

import pytest
from conftest import CORPUS, needs_cli, run_pingan as run
from hypothesis import given, settings
from hypothesis import strategies as st

import ping_an
from ping_an.enrich.placeholders import find

SEED = CORPUS / "seed-compendium.txt"
# The definition, written independently of the module: a maximal x/X/× run (with an
# optional .decimal part) with no ASCII letter on either side.
PLAIN = re.compile(r"(?<![A-Za-z×])[xX×]+(?:\.[xX×]+)?(?![A-Za-z×])")


def blanks(text: str) -> list[str]:
    return [p.text for p in find(text, ping_an.parse_text(text))]


def test_seed_has_112_placeholders_by_report(shared):
    text = SEED.read_text(encoding="utf-8")
    found = find(text, ping_an.parse_text(text))
    assert len(found) == 112 == len(PLAIN.findall(text))
    assert [p.text for p in found] == PLAIN.findall(text)
    # counted by hand, report by report
    assert Counter(p.report for p in found) == {1: 3, 2: 10, 3: 18, 4: 42, 5: 39}
    first = found[0]
    assert (first.text, first.line, first.report, first.title) == ("xx", 15, 1, "推进平安建设综述（公安）")
    assert first.after.startswith("市公安局")
    lines = text.split("\n")
    for p in found:
        assert lines[p.line - 1][p.column - 1 :].startswith(p.text)
        assert p.before + p.text + p.after in lines[p.line - 1].replace("##paidbegin##", "").replace("##paidend##", "")


def test_placeholders_do_not_touch_latin_letters():
    text = "推进综述\nXbox与KTV不是空白，xx件、x.xx万、××名、XX.X%要填，taxi也不是，x+x+N模式。"
    assert blanks(text) == ["xx", "x.xx", "××", "XX.X", "x", "x"]


def test_lines_before_the_first_report_have_no_report():
    text = "xx汇编\n\n目录\n1.综述（公安）\n\n综述（公安）\n\n今年以来，xx县公安局抓获xx名。\n一、强化。正文。\n二、推进。正文。"
    found = find(text, ping_an.parse_text(text))
    assert [(p.text, p.report) for p in found][-2:] == [("xx", 1), ("xx", 1)]


def test_corpus_without_placeholders(corpus):
    for path in corpus:
        text = path.read_text(encoding="utf-8")
        found = find(text, ping_an.parse_text(text))
        assert len(found) == len(PLAIN.findall(text))


@given(st.lists(st.sampled_from(["xx", "x", "×", "X", ".", "a", "Z", "件", "。", "\n", "xxx.xx", "1"]), max_size=40))
@settings(max_examples=200, deadline=None)
def test_property_matches_the_plain_definition(tokens):
    text = "".join(tokens)
    found = find(text, ping_an.parse_text(text))
    expected = [m.group() for line in text.split("\n") for m in PLAIN.finditer(line)]
    assert [p.text for p in found] == expected


@needs_cli
def test_cli_json_lists_every_placeholder(shared):
    out = run("placeholders", str(SEED), "--json")
    assert out.returncode == 0, out.stderr
    items = json.loads(out.stdout)
    assert len(items) == 112
    assert set(items[0]) == {"text", "line", "column", "report", "title", "before", "after"}
    assert items[-1]["report"] == 5


@needs_cli
def test_cli_table_for_a_writer(shared):
    out = run("placeholders", str(SEED))
    assert out.returncode == 0, out.stderr
    view = out.stdout.decode("utf-8")
    assert "112 placeholders in 5 reports" in view
    assert "推进平安建设综述（法院）" in view


@needs_cli
def test_cli_reads_word_files_as_extract_does(tmp_path):
    docx = pytest.importorskip("docx")
    document = docx.Document()
    for text in ["推进平安建设综述（公安）", "今年以来，xx县公安局抓获xx名。", "一、强化。整改隐患xxx处。", "二、推进。收缴x.xx万元。"]:
        document.add_paragraph(text)
    path = tmp_path / "report.docx"
    document.save(path)
    out = run("placeholders", str(path), "--json")
    assert out.returncode == 0, out.stderr
    found = [(p["text"], p["line"], p["report"]) for p in json.loads(out.stdout)]
    assert found == [("xx", 2, 1), ("xx", 2, 1), ("xxx", 3, 1), ("x.xx", 4, 1)]


@needs_cli
def test_cli_says_when_there_is_nothing_to_fill(shared):
    out = run("placeholders", str(CORPUS / "gwr-2023.txt"))
    assert out.returncode == 0
    assert out.stdout.decode("utf-8").strip().endswith("gwr-2023.txt: no placeholders")
    assert json.loads(run("placeholders", str(CORPUS / "gwr-2023.txt"), "--json").stdout) == []


@needs_cli
def test_cli_missing_file_is_one_line():
    out = run("placeholders", "no/such/file.txt", "--json")
    assert out.returncode == 3
    assert out.stderr.decode("utf-8").count("\n") == 1 and b"Traceback" not in out.stderr

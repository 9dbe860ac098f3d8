"""Reading order inside a section: the text after a section's last sub-section is kept
apart, with its line, in the JSON (and schema) and in the csv, table and tree views."""

from __future__ import annotations

import csv
import io
import json

from conftest import needs_cli, run_pingan as run

pytestmark = needs_cli

SPEECH = "政府工作报告\n\n一、总体要求\n前言正文。\n（一）甲\n正文二。\n（二）乙\n正文三。\n各位代表！结束语。\n".encode("utf-8")


def test_text_after_the_sub_sections_is_its_own_field_with_its_line():
    done = run("extract", "-", "--json", stdin=SPEECH)
    assert done.returncode == 0, done.stderr
    section = json.loads(done.stdout)["reports"][0]["sections"][0]
    assert (section["body"], section["after"], section["after_line"]) == ("前言正文。", "各位代表！结束语。", 9)
    assert [s["body"] for s in section["sections"]] == ["正文二。", "正文三。"]


def test_a_section_without_closing_text_has_an_empty_after():
    done = run("extract", "-", "--json", stdin="报告\n\n一、甲\n正文。\n二、乙\n正文。\n".encode("utf-8"))
    sections = json.loads(done.stdout)["reports"][0]["sections"]
    assert [(s["after"], s["after_line"]) for s in sections] == [("", None), ("", None)]


def test_the_schema_describes_after():
    properties = json.loads(run("schema").stdout)["$defs"]["Section"]["properties"]
    assert {"after", "after_line"} <= properties.keys()


def test_the_csv_and_the_tree_show_it_after_the_sub_sections():
    rows = list(csv.DictReader(io.StringIO(run("extract", "-", "--format", "csv", stdin=SPEECH).stdout.decode("utf-8"))))
    assert [(r["kind"], r["text"], r["line"]) for r in rows][-1] == ("after", "各位代表！结束语。", "9")
    tree = run("extract", "-", "--format", "tree", stdin=SPEECH).stdout.decode("utf-8").splitlines()
    assert "9  ↩ 各位代表！结束语。" in tree[-1] and "（二）乙" in tree[-2]
    table = run("extract", "-", "--format", "table", stdin=SPEECH).stdout.decode("utf-8")
    assert table.index("乙") < table.index("各位代表！结束语。")

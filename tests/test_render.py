"""The views, as library calls: rows, CSV, Markdown, JSON Lines, tree, table, and `lines`."""

from __future__ import annotations

import csv
import io
import json

import pytest
from conftest import SAMPLES
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rich.cells import cell_len
from rich.console import Console

import ping_an
from ping_an.assemble.explain import KINDS, explain
from ping_an.models import Report
from ping_an.render import Format, default_format
from ping_an.render.csv import BOM, COLUMNS, to_csv
from ping_an.render.jsonl import report_lines
from ping_an.render.lines import print_lines
from ping_an.render.markdown import to_markdown
from ping_an.render.rows import label, rows
from ping_an.render.table import print_table
from ping_an.render.tree import print_tree

SAMPLE = SAMPLES / "compendium.txt"


def seed_doc(shared) -> ping_an.Document:
    return ping_an.parse_file(shared / "corpus" / "seed-compendium.txt")


def sample_doc() -> ping_an.Document:
    return ping_an.parse_file(SAMPLE)


def rendered(printer, doc, width: int) -> str:
    console = Console(width=width, record=True, file=io.StringIO(), highlight=False)
    printer(doc, console)
    return console.export_text()


def counts(doc: ping_an.Document) -> tuple[int, int]:
    """(sections, measures) counted from the model, independently of rows()."""
    n_sections = n_measures = 0
    measures = [m for r in doc.reports for m in r.measures]
    sections = [s for r in doc.reports for s in r.sections]
    while sections:
        s = sections.pop()
        n_sections += 1
        measures.extend(s.measures)
        sections.extend(s.sections)
    while measures:
        m = measures.pop()
        n_measures += 1
        measures.extend(m.measures)
    return n_sections, n_measures


def test_default_format_is_tree_on_a_terminal_and_json_in_a_pipe():
    assert default_format(True) is Format.tree
    assert default_format(False) is Format.json


# --- rows and CSV ------------------------------------------------------------------


def test_seed_has_48_rows_26_sections_22_measures(shared):
    kinds = [r.kind for r in rows(seed_doc(shared))]
    assert len(kinds) == 48 and kinds.count("section") == 26 and kinds.count("measure") == 22


def test_csv_columns_and_paths_follow_the_markers():
    table = list(csv.DictReader(io.StringIO(to_csv(sample_doc()))))
    assert tuple(table[0]) == COLUMNS
    by_path = {r["path"]: r for r in table}
    first = by_path["一、/（一）/一是"]
    assert first["kind"] == "measure" and first["marker"] == "一是" and first["line"] == "15"
    assert first["text"].startswith("强化理论武装") and first["depth"] == "3" and first["report"] == "1"
    assert first["report_title"] == "xx县公安局2023年平安建设工作总结"
    # a lead heading has no marker: its heading text stands in the path
    lead = next(r for r in table if r["kind"] == "section" and r["marker"] == "")
    assert lead["path"] == lead["text"] == "强化组织引领，织密基层治理“责任网”"
    assert {r["kind"] for r in table} == {"section", "measure"}


def test_csv_rows_are_in_reading_order_within_each_report():
    for report_rows in _by_report(rows(sample_doc())).values():
        lines = [r.line for r in report_rows]
        assert lines == sorted(lines)


def _by_report(items):
    out: dict[int, list] = {}
    for r in items:
        out.setdefault(r.report, []).append(r)
    return out


def test_excel_csv_starts_with_a_byte_order_mark_and_reads_back_the_same():
    doc = sample_doc()
    plain, excel = to_csv(doc), to_csv(doc, excel=True)
    assert excel.encode("utf-8")[:3] == b"\xef\xbb\xbf" and not plain.startswith(BOM)
    assert excel[1:] == plain
    # what Excel (and pandas with utf-8-sig) reads: the same header, no stray BOM in the first name
    assert next(csv.reader(io.StringIO(excel.encode("utf-8").decode("utf-8-sig")))) == list(COLUMNS)


def test_label_spaces_a_marker_that_ends_in_a_word():
    assert label("一、", "坚持") == "一、坚持"
    assert label("第一部分", "坚持") == "第一部分 坚持"
    assert label(None, "坚持") == "坚持"


# --- Markdown ------------------------------------------------------------------------


def heading_lines(markdown: str) -> list[str]:
    return [line for line in markdown.splitlines() if line.startswith("#")]


def test_markdown_heading_per_title_report_and_section(shared):
    doc = seed_doc(shared)
    md = to_markdown(doc)
    heads = heading_lines(md)
    assert len(heads) == 1 + len(doc.reports) + 26 == 32
    assert heads[0] == "# 推进平安建设综述汇编（5篇）"
    assert sum(h.startswith("## ") for h in heads) == 5
    # measures are list items, never headings
    assert sum(line.lstrip().startswith("- **") for line in md.splitlines()) == 22


def test_markdown_nests_sections_by_depth_and_measures_as_list_items():
    md = to_markdown(sample_doc())
    lines = md.splitlines()
    assert "### 一、主要工作成效" in lines and "#### （一）坚持党建引领，筑牢忠诚警魂" in lines
    assert "### 第一部分 充分肯定过去一年的平安建设成绩" in lines
    assert "###### （1）完善巡逻防控体系" in lines  # depth 4 under title and report
    assert any(line.startswith("- **一是** 强化理论武装") for line in lines)


def test_markdown_of_a_single_report_uses_its_title_once():
    doc = ping_an.parse_text("推进平安建设综述\n一、坚持目标导向。正文一是甲。二是乙。\n二、坚持问题导向。正文。")
    heads = heading_lines(to_markdown(doc))
    assert heads == ["# 推进平安建设综述", "## 一、坚持目标导向", "## 二、坚持问题导向"]


def test_markdown_escapes_emphasis_characters():
    doc = ping_an.parse_text("推进平安建设综述\n一、坚持*目标*导向。正文。\n二、坚持_问题_导向。正文。")
    assert "## 一、坚持\\*目标\\*导向" in to_markdown(doc)


# --- JSON Lines ----------------------------------------------------------------------


def test_jsonl_one_full_report_per_line_with_the_document_title_and_source():
    doc = sample_doc()
    lines = list(report_lines(doc))
    assert len(lines) == len(doc.reports) == 5
    for number, (line, report) in enumerate(zip(lines, doc.reports), 1):
        record = json.loads(line)
        assert record["document_title"] == "平安建设工作材料汇编（5篇）"
        assert record["source"]["path"].endswith("compendium.txt") and record["report"] == number
        fields = {k: v for k, v in record.items() if k not in ("document_title", "source", "report")}
        assert Report.model_validate(fields) == report


# --- tree and table ------------------------------------------------------------------


@pytest.mark.parametrize("printer", [print_tree, print_table], ids=["tree", "table"])
def test_all_report_titles_show_at_width_200(shared, printer):
    doc = seed_doc(shared)
    text = rendered(printer, doc, 200)
    for r in doc.reports:
        assert r.title in text


@pytest.mark.parametrize("width", [40, 60, 100])
def test_long_lines_are_cut_to_the_width_in_terminal_cells(width):
    doc = sample_doc()
    n_sections, n_measures = counts(doc)
    tree = rendered(print_tree, doc, width).splitlines()
    table = rendered(print_table, doc, width).splitlines()
    for lines in (tree, table):
        assert max(cell_len(line) for line in lines) <= width
        if width <= 60:
            assert any("…" in line for line in lines)
    # nothing wraps onto a second line: one line per element
    assert len(tree) == 1 + len(doc.reports) + n_sections + n_measures
    assert sum(line.rstrip()[-1:].isdigit() for line in table) == n_sections + n_measures


def test_tree_shows_line_numbers_markers_and_lead_marks():
    text = rendered(print_tree, sample_doc(), 120)
    assert "11  xx县公安局2023年平安建设工作总结" in text
    assert "15  一是 强化理论武装" in text
    assert "33  ◆ 强化组织引领" in text


def test_rich_markup_in_the_input_is_printed_as_text():
    doc = ping_an.parse_text("推进平安建设综述\n一、坚持[bold]目标[/bold]导向。正文。\n二、坚持问题导向。正文。")
    for printer in (print_tree, print_table):
        assert "[bold]目标[/bold]" in rendered(printer, doc, 120)


# --- lines: why each line was read as it was ----------------------------------------


def test_every_input_line_is_explained_once_with_a_known_kind():
    text = SAMPLE.read_text(encoding="utf-8")
    infos = explain(text)
    assert text.endswith("\n")  # the newline that ends the last line opens no line
    assert [i.line for i in infos] == list(range(1, text.count("\n") + 1))
    assert {i.kind for i in infos} <= KINDS.keys()
    assert all(i.note for i in infos)


def test_explain_names_title_toc_front_headings_and_leads():
    by_line = {i.line: i for i in explain(SAMPLE.read_text(encoding="utf-8"))}
    assert by_line[1].kind == "title"
    assert by_line[3].kind == "toc" and by_line[4].kind == "toc"
    assert by_line[10].note == "paywall marker only"
    assert by_line[11].kind == "report-title" and by_line[11].report == 1
    assert by_line[14].kind == "heading" and "depth 1" in by_line[14].note
    assert "measures 一是 二是 三是" in by_line[15].note
    assert by_line[33].kind == "lead" and "3 sibling paragraphs" in by_line[33].note
    assert by_line[34].note == "body of the heading on line 33"
    assert by_line[53].kind == "front" and by_line[53].report == 4


def test_explain_says_which_lines_were_glued_to_the_line_before():
    text = "推进平安建设综述\n一、坚持目标导向。我们坚持把平安建设作为（重点\n工作）抓紧抓实。\n二、坚持问题导向。正文。"
    by_line = {i.line: i for i in explain(text)}
    assert by_line[3].kind == "continuation" and "line 2" in by_line[3].note


def test_explain_says_a_title_was_printed_on_two_lines():
    text = "关于xx镇2023年度\n综治维稳工作情况的报告\n\n一、主要工作。我们做了很多工作，\n取得了成效。\n二、存在问题。问题不少。"
    by_line = {i.line: i for i in explain(text)}
    assert by_line[1].kind == "report-title" and by_line[2].kind == "continuation"
    assert "title printed on two lines" in by_line[2].note
    assert by_line[5].note == "glued to line 4: the line before ends with ，"


def test_seed_leads_are_explained_by_their_siblings(shared):
    infos = explain((shared / "corpus" / "seed-compendium.txt").read_text(encoding="utf-8"))
    leads = [i for i in infos if i.kind == "lead"]
    assert len(leads) == 12 and all("sibling" in i.note for i in leads)


@pytest.mark.parametrize("text, n", [("", 0), ("\n", 1), ("a", 1), ("a\n", 1), ("a\n\n", 2), ("a\r\nb", 2)])
def test_a_final_newline_ends_a_line_and_opens_none(text, n):
    assert len(explain(text)) == n


def test_lines_table_fits_the_width():
    console = Console(width=100, record=True, file=io.StringIO())
    print_lines(explain(SAMPLE.read_text(encoding="utf-8")), console)
    assert max(cell_len(line) for line in console.export_text().splitlines()) <= 100


# --- properties ----------------------------------------------------------------------

TOKENS = [
    "推进平安建设综述", "工作总结", "目录", "一、", "二、", "（一）", "（二）", "1.", "2.", "（1）", "①", "②",
    "第一部分", "一是", "二是", "首先，", "其次，", "——", "坚持", "聚焦", "狠抓", "加强组织领导", "xx",
    "。", "，", "：", "*", "[", "#", "\n", "\n", "\n\n", "##paidbegin##", "\u3000",
]
genre_text = st.lists(st.sampled_from(TOKENS) | st.text(max_size=4), max_size=60).map("".join)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(genre_text)
def test_views_agree_with_the_model_on_any_text(text):
    doc = ping_an.parse_text(text)
    n_sections, n_measures = counts(doc)
    table = list(csv.DictReader(io.StringIO(to_csv(doc))))
    assert [r["kind"] for r in table].count("section") == n_sections
    assert [r["kind"] for r in table].count("measure") == n_measures
    single = len(doc.reports) == 1 and doc.reports[0].title == doc.title
    titled = 0 if single or doc.title is None else 1
    assert len(heading_lines(to_markdown(doc))) == titled + len(doc.reports) + n_sections
    assert len(list(report_lines(doc))) == len(doc.reports)
    infos = explain(text)
    assert [i.line for i in infos] == list(range(1, len(infos) + 1))


def test_explain_of_a_word_file_keeps_paragraph_numbers_across_line_breaks():
    # a line break (w:br) splits one Word paragraph into two lines of the same number:
    # numbering the lines by position shifted every later line onto the wrong reading
    import io

    import docx

    from ping_an.assemble.explain import explain_input
    from ping_an.read.reader import read_input

    document = docx.Document()
    document.add_paragraph("xx县平安建设工作总结")
    broken = document.add_paragraph("一、坚持目标导向")
    broken.add_run().add_break()
    broken.add_run("正文第一行。一是加强领导，二是完善机制。")
    document.add_paragraph("二、坚持问题导向")
    document.add_paragraph("正文第二段。")
    buf = io.BytesIO()
    document.save(buf)
    infos = explain_input(read_input(buf.getvalue(), "x.docx"))
    assert [(i.line, i.kind, i.text[:8]) for i in infos] == [
        (1, "report-title", "xx县平安建设工"),
        (2, "heading", "一、坚持目标导向"),
        (2, "continuation", "正文第一行。一是"),
        (3, "heading", "二、坚持问题导向"),
        (4, "text", "正文第二段。"),
    ]


def test_the_two_cell_characters_of_the_fast_cut_are_two_cells_for_rich():
    from rich.cells import get_character_cell_size

    from ping_an.render.cells import _WIDE_ONLY

    wide = [chr(c) for c in range(0x3000, 0x10000) if _WIDE_ONLY.fullmatch(chr(c))]
    assert len(wide) > 20_000
    assert [c for c in wide if get_character_cell_size(c) != 2] == []


@pytest.mark.parametrize("seed", range(5))
def test_cutting_chinese_text_by_arithmetic_is_cutting_it_as_rich_does(seed):
    import random

    from rich.cells import set_cell_size

    from ping_an.render.cells import cut, fit

    rng = random.Random(seed)
    alphabet = "平安建设工作总结，。、：；！？（）《》“”〔〕ａ１ab 1…"
    for _ in range(3000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 60)))
        width = rng.randint(0, 90)
        # rich's own rules (overflow="ellipsis", then padding), as cells.py states them
        if cell_len(text) > width:
            expected_cut = set_cell_size(text, width - 1) + "…" if width > 0 else "…"
        else:
            expected_cut = text
        assert cut(text, width) == expected_cut, (text, width)
        assert fit(text, width) == set_cell_size(expected_cut, width), (text, width)

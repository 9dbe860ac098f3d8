"""The tree, table and lines views as they are printed into a pipe or a file: a report (or
a line) at a time, laid out without rich's Table and Tree (render/cells.py). Their bytes
must be those rich prints when it lays out the whole document at once, whatever the text
and the width: these tests compare the two, in process and through the installed
`pingan` entry point."""

from __future__ import annotations

import io

import pytest
from conftest import SAMPLES, needs_cli, run_pingan
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rich.console import Console

import ping_an
from ping_an.assemble.explain import explain, explain_stream
from ping_an.assemble.pipeline import stream_text
from ping_an.render.cells import fit, plain
from ping_an.render.lines import build_lines_table, print_lines
from ping_an.render.table import print_table, write_table
from ping_an.render.tree import print_tree, write_tree

SAMPLE = SAMPLES / "compendium.txt"
WIDTHS = (20, 33, 80, 141)

# Texts that reach the corners: rich markup and brackets, wide and narrow characters,
# an emoji and a joined emoji, a combining mark, a tab and control characters, long
# lines, a title that is markup, reports without sections, closing words after sections.
EDGE = (
    "关于[bold]标记[/bold]的工作总结\n\n一、[red]加强[/red]基层治理\n一是[link=x]推进[/link]。二是完善。\n（一）细化\\[x]内容\n",
    "xx县工作总结\n\n一、" + "加强基层治理推进平安建设😀ａｂｃ\t制表" * 20 + "\n（一）短\n" + "1.ABCdef" * 50 + "。\n各位代表！最后的话。\n",
    "工作总结\n\n今年以来，我们做了很多工作。\n",
    "甲县工作总结\n\n一、加强👨\u200d👩\u200d👧治理\n一是e\u0301x\u0007y\u000bz。二是再\r进。\n\n乙县工作总结\n\n没有标题的正文。"
    + "一段正文。" * 40  # the reader refuses a text mostly of control characters
    + "\n",
    "",
    "   \n\n",
)


def texts() -> list[str]:
    return [SAMPLE.read_text(encoding="utf-8"), *EDGE]


def console(width: int) -> Console:
    """A console into a string: no terminal, so no colour, as in a pipe."""
    return Console(width=width, file=io.StringIO(), highlight=False)


def at_once(printer, doc, width: int) -> str:
    """What rich prints when it lays out the whole document at once."""
    out = console(width)
    printer(doc, out)
    return out.file.getvalue()


def streamed(writer, text: str, width: int) -> str:
    out = console(width)
    head, count, reports = stream_text(text)
    writer(head, count, reports, out)
    return out.file.getvalue()


def lines_at_once(text: str, width: int) -> str:
    out = console(width)
    out.print(build_lines_table(explain(text), width))
    return out.file.getvalue()


def lines_streamed(text: str, width: int) -> str:
    out = console(width)
    total, infos = explain_stream(text)
    print_lines(infos, out, total=total)
    return out.file.getvalue()


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("k", range(len(EDGE) + 1))
def test_streamed_tree_and_table_are_rich_s_bytes(k, width):
    text = texts()[k]
    doc = ping_an.parse_text(text)
    assert streamed(write_tree, text, width) == at_once(print_tree, doc, width)
    assert streamed(write_table, text, width) == at_once(print_table, doc, width)


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("k", range(len(EDGE) + 1))
def test_streamed_lines_are_rich_s_bytes(k, width):
    text = texts()[k]
    assert lines_streamed(text, width) == lines_at_once(text, width)


def test_the_streamed_reports_are_the_parsed_ones():
    text = SAMPLE.read_text(encoding="utf-8")
    doc = ping_an.parse_text(text, source={"path": "x"})
    head, count, reports = stream_text(text, source={"path": "x"})
    assert count == len(doc.reports)
    assert head.model_copy(update={"reports": list(reports)}) == doc


def test_a_streamed_table_keeps_no_more_of_a_long_text_than_it_can_show():
    # a measure of 100,000 characters is measured and kept up to the widest column
    text = "工作总结\n\n一、加强治理\n一是" + "推进平安建设" * 20_000 + "。二是完善。\n"
    doc = ping_an.parse_text(text)
    assert streamed(write_table, text, 80) == at_once(print_table, doc, 80)


def test_a_recording_or_capturing_console_gets_the_views_too():
    text = SAMPLE.read_text(encoding="utf-8")
    expected = at_once(print_table, ping_an.parse_text(text), 80)
    recording = Console(width=80, record=True, file=io.StringIO(), highlight=False)
    write_table(*stream_text(text), recording)
    assert recording.export_text() == expected
    capturing = Console(width=80, file=io.StringIO(), highlight=False)
    with capturing.capture() as captured:
        write_tree(*stream_text(text), capturing)
    assert captured.get() == at_once(print_tree, ping_an.parse_text(text), 80)


def test_cells_cut_and_pad_as_rich_does():
    from rich.cells import set_cell_size
    from rich.text import Text

    for text in ("", "abc", "中文中文中文", "中a文b", "ａｂ1\u200b2", "x" * 50):
        for width in range(1, 12):
            lines = Text(text, no_wrap=True, overflow="ellipsis", justify="left").wrap(console(80), width)
            assert fit(text, width) == set_cell_size(lines[0].plain, width)
    assert not plain("a\tb") and not plain("e\u0301") and plain("中文 [b]")


TOKENS = [
    "工作总结", "目录", "一、", "二、", "（一）", "（二）", "1.", "2.", "（1）", "①", "②", "一是", "二是",
    "坚持", "聚焦", "加强组织领导", "xx", "。", "，", "：", "[", "[bold]", "\t", "😀", "ａ", "\n", "\n", "\n\n",
]
genre_text = st.lists(st.sampled_from(TOKENS) | st.text(max_size=3), max_size=50).map("".join)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(genre_text, st.sampled_from(WIDTHS))
def test_streamed_views_are_rich_s_bytes_on_any_text(text, width):
    doc = ping_an.parse_text(text)
    assert streamed(write_tree, text, width) == at_once(print_tree, doc, width)
    assert streamed(write_table, text, width) == at_once(print_table, doc, width)
    assert lines_streamed(text, width) == lines_at_once(text, width)


# --- through the installed command ---------------------------------------------------


@needs_cli
@pytest.mark.parametrize("width", (20, 80, 200))
def test_the_command_prints_rich_s_bytes_into_a_pipe(tmp_path, width):
    for k, text in enumerate(texts()):
        path = tmp_path / f"{k}.txt"
        path.write_text(text, encoding="utf-8")
        doc = ping_an.parse_file(path)
        views = {
            ("extract", "--format", "tree"): at_once(print_tree, doc, width),
            ("extract", "--format", "table"): at_once(print_table, doc, width),
            ("lines",): lines_at_once(text, width),
        }
        for args, expected in views.items():
            out = run_pingan(*args[:1], str(path), *args[1:], "--width", str(width))
            assert out.returncode == 0, out.stderr.decode()
            assert out.stdout.decode("utf-8") == expected, (k, args, width)

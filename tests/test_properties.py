"""Property tests: the parser never raises, never loses text, and its lines make sense."""

from __future__ import annotations

from collections import Counter

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import pytest

import ping_an
from ping_an.read.lines import PAYWALL

# Pieces of the genre, so that random texts hit the interesting paths, plus raw noise.
TOKENS = [
    "一、", "二、", "十二、", "（一）", "(二)", "〔三〕", "1.", "2．", "3、", "（1）", "(2)", "①", "②",
    "第一部分", "第二章", "第一，", "第二，", "一是", "二是", "三是", "一要", "二要", "首先，", "其次，",
    "再次，", "最后，", "——", "———", "坚持", "聚焦", "狠抓", "强化", "我们", "今年以来，", "过去一年，",
    "加强组织领导", "推动平安建设规范化", "是", "统一是", "目录", "汇编", "工作总结", "综述（公安）",
    "讲话", "各位代表：", "同志们！", "xx", "xxx.xx", "××", "2.5", "（PM", "《", "》", "“", "”", "（", "）",
    "。", "，", "；", "：", "！", "？", "、", "\n", "\n", "\n\n", "\r\n", "\r", "\u3000\u3000", " ", "\t",
    "##paidbegin##", "##paidend##", "\ufeff", "&nbsp;",
    # title blocks, page furniture, issuing notices, part titles, frames and lost breaks
    "首页 > 政务公开", "发布时间：2023-01-01", "字号 大 中 小", "| 某某 |", "\u200b", "——在会议上的讲话",
    "（2017年10月18日）", "习　近　平", "关于印发《某某方案》的通知", "某某方案", "结束语", "上半年工作回顾",
    "在住房方面。", "教育是强国之基。", "。一、", "。二、", "主要任务是：", "第一篇",
]
genre_text = st.lists(st.sampled_from(TOKENS) | st.text(max_size=6), max_size=80).map("".join)

SPACE = set(" \t\r\n\u3000\u00a0\u2002\u2003\u2009\u200b\ufeff\f\v\x1c\x1d\x1e\x85\u2028\u2029")


def visible(text: str) -> Counter:
    text = PAYWALL.sub("", text).replace("&nbsp;", "")
    return Counter(ch for ch in text if ch not in SPACE and not ch.isspace())


def output_text(doc: ping_an.Document) -> str:
    parts = [doc.title or "", *doc.front]
    parts += [(e.number or "") + e.title + (e.page or "") for e in doc.toc]

    def sections(items):
        for s in items:
            parts.extend([s.dash or "", s.marker or "", s.heading, s.punct, s.body])
            sections(s.sections)
            parts.append(s.after)  # in reading order: after the sub-sections

    for r in doc.reports:
        parts.extend([r.title or "", *r.front, r.preamble])
        sections(r.sections)
    return "".join(parts)


def elements(doc: ping_an.Document):
    """(kind, line) of every element, reports and sections in document order."""
    for r in doc.reports:
        if r.line is not None:
            yield "report", r.line
        stack = list(reversed(r.sections))
        while stack:
            s = stack.pop()
            yield "section", s.line
            stack.extend(reversed(s.sections))


def measure_lines(doc: ping_an.Document):
    def walk(items, floor):
        lines = [m.line for m in items]
        assert lines == sorted(lines)
        for m in items:
            assert m.line >= floor
            yield m.line
            yield from walk(m.measures, m.line)

    for r in doc.reports:
        yield from walk(r.measures, 1)
        stack = list(r.sections)
        while stack:
            s = stack.pop()
            yield from walk(s.measures, s.line)
            stack.extend(s.sections)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(genre_text)
def test_never_raises_and_never_loses_text(text):
    doc = ping_an.parse_text(text)
    missing = visible(text) - visible(output_text(doc))
    assert not missing, f"lost {missing!r}"


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(genre_text)
def test_lines_are_in_range_and_in_document_order(text):
    doc = ping_an.parse_text(text)
    n_lines = text.replace("\r\n", "\n").replace("\r", "\n").count("\n") + 1
    lines = [line for _, line in elements(doc)]
    assert lines == sorted(lines)
    for line in lines + list(measure_lines(doc)):
        assert 1 <= line <= n_lines


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=300))
def test_arbitrary_unicode_never_raises(text):
    doc = ping_an.parse_text(text)
    assert not visible(text) - visible(output_text(doc))


@pytest.mark.parametrize(
    "text",
    [
        # a page's note after the file's title, which the title leaves out
        "某镇工作总结5篇(全文)\n\n时间:2023-07-29 20:00:02 浏览次数:\n\n下面是小编为大家整理的某镇工作总结5篇，供大家参考。\n\n"
        "某镇工作总结篇1\n\n今年以来，我镇扎实推进各项工作，取得明显成效。\n\n某镇工作总结篇2\n\n去年以来，我镇扎实推进各项工作，取得明显成效。\n",
        # an outline a page cut short (……)
        "目录\n一、认清形势……\n二、突出重点\n同志们：\n今天召开会议。一、认清形势。我们要认清形势。\n",
    ],
)
def test_what_a_title_or_an_outline_leaves_out_stays_in_the_output(text):
    assert not visible(text) - visible(output_text(ping_an.parse_text(text)))


def test_a_toc_keeps_the_page_numbers_set_before_it_as_front_matter():
    from ping_an.parse.reports import split_reports
    from ping_an.read.lines import Paragraph

    lines = ["1、", "2、", "某县工作报告汇编", "目录", "1.甲镇工作报告", "2.乙镇工作报告", "甲镇工作报告", "各位代表：现在我代表镇政府报告工作。", "乙镇工作报告", "各位代表：现在我代表乡政府报告工作。"]
    out = split_reports([Paragraph(t, i + 1, [(0, i + 1)]) for i, t in enumerate(lines)])
    assert [p.text for p in out.front] == ["1、", "2、", "目录"]
    assert [r.title for r in out.reports] == ["甲镇工作报告", "乙镇工作报告"]


def test_corpus_loses_no_text(corpus):
    for path in corpus:
        text = path.read_text(encoding="utf-8")
        doc = ping_an.parse_text(text)
        assert not visible(text) - visible(output_text(doc)), path.name


def test_dev_loses_no_text(shared):
    # the 45 real reports nobody tuned on
    for path in sorted((shared / "dev").glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        assert not visible(text) - visible(output_text(ping_an.parse_text(text))), path.name


# what measure markers and their surroundings are made of, and some prose
MARKER_PIECES = (
    "一是", "二是", "十二要", "两要", "首先", "其次", "再次", "最后", "第三，", "第一,", "1.", "12、", "3.5", "（3）", "(4)",
    "〔5〕", "［6］", "[7]", "①", "⑳", "１.", "２．", "统", "，", "。", "；", "：", "、", "）", "a", " ", "\n", "%",
)
MARKER_TEXT = st.lists(st.sampled_from(MARKER_PIECES), max_size=30).map("".join)


@settings(max_examples=400, deadline=None)
@given(MARKER_TEXT)
def test_property_every_marker_starts_with_a_measure_start(text):
    import re

    from ping_an.parse.measures import _FAMILY_RE
    from ping_an.rules.patterns import MEASURE_START

    for pattern in _FAMILY_RE.values():
        for m in pattern.finditer(text):
            assert re.match(MEASURE_START, m.group()), (pattern.pattern, m.group())


@settings(max_examples=400, deadline=None)
@given(MARKER_TEXT)
def test_property_a_body_without_a_marker_where_one_counts_has_no_marks(text):
    # split_measures skips the seven family scans when _ANY_MARKER_RE finds nothing
    # (asked as holds_marker, which must say the same)
    from ping_an.parse.measures import _ANY_MARKER_RE, _FAMILY_RE, _marks, holds_marker

    assert holds_marker(text) == (_ANY_MARKER_RE.search(text) is not None)
    if not _ANY_MARKER_RE.search(text):
        assert all(_marks(text, family) == [] for family in _FAMILY_RE)

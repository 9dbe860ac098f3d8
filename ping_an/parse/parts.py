"""Unnumbered part titles.

`结束语` on a line of its own after `七、…`, with body text under it, is the last part of
the report (CONVENTIONS, "Unnumbered part titles"): it takes the style of the report's
top numbered headings, so the tree builder closes their sub-sections under it.

A short line that opens a numbered series (`2023年工作回顾`, then an intro, then `一、…`
`二、…`) is the title of the part that series makes up: a heading of a style of its own,
above the series, as a reader sees it.
"""

from __future__ import annotations

import re

from .classify import Block
from ..rules.pattern_cache import compiled_re
from ..rules.patterns import HAN_RE, KIND_WORDS, LEAD_IN_END, PERIOD_REVIEW_RE, SALUTATION_RE, SENTENCE_END, STATEMENT_RE, is_furniture_text, numbered_value

# A part title is a few words: 结束语, 关于外交工作.
PART_TITLE_MAX = 10
# A line over a numbered series is short: it names a period and its work (过去五年工作回顾,
# “十五五”时期主要目标和2026年重点工作). The series' first heading follows it within this
# many paragraphs, its intro before it (a few paragraphs of prose).
PART_LINE_MIN, PART_LINE_MAX = 4, 24
PART_LINE_REACH = 6
PART_LINE = "part-line"
# a line that names a kind of text is a title, not a part (…工作总结报告), nor is a
# site's label for it (…工作总结范文)
KIND_END_RE = compiled_re(f"(?:{KIND_WORDS})(?:范文|范例|模板)?\\d{{0,2}}$")
# a sentence or clause mark: a part title has none
SENTENCE_MARKS_RE = compiled_re(f"[{re.escape(SENTENCE_END)}，,]")


def _as_part(block: Block, style: str, note: str) -> None:
    """Make block, a line of its own, an unnumbered heading of style: the line is its
    heading, its body the paragraphs under it."""
    block.kind, block.style, block.marker, block.heading, block.punct, block.rest = "numbered", style, None, block.text, "", ""
    block.body_start = len(block.text)
    block.topic = None
    block.note = note


def _part_title_shaped(block: Block) -> bool:
    t = block.text
    return (
        block.kind == "text"
        and not block.lead
        and not block.starts_measure
        and len(t) <= PART_TITLE_MAX
        and len(HAN_RE.findall(t)) == len(t)
        and SALUTATION_RE.match(t) is None
        and not any(ch in SENTENCE_END for ch in t)
    )


def _opens_series(blocks: list[Block], k: int) -> bool:
    """A series opens within PART_LINE_REACH paragraphs after block k: a numbered heading
    numbered one, the first of a series of lead headings, or a list of items that
    paragraphs open (一是…。 / 二是…。)."""
    for b in blocks[k + 1 : k + 1 + PART_LINE_REACH]:
        if b.kind == "numbered":
            return numbered_value(b.marker) == 1
        if b.lead:
            return b.lead_level == 1
        if b.starts_measure:
            return True
        if is_furniture_text(b.text):
            continue
        # only its intro stands between: prose or a lead-in (…要努力实现以下目标任务：),
        # not another short line (a title's second line, a lead line)
        if b.kind != "text" or (len(b.text) <= PART_LINE_MAX and b.text[-1] not in LEAD_IN_END):
            return False
    return False


def _part_line_shaped(blocks: list[Block], k: int) -> bool:
    b, t = blocks[k], blocks[k].text
    return (
        # the cheap tests first: most paragraphs are long
        PART_LINE_MIN <= len(t) <= PART_LINE_MAX
        and b.kind == "text"
        and not b.lead
        and not b.starts_measure
        # a note in brackets ((此件公开发布)) or furniture titles nothing
        and t[0] not in "（(〔【[<《"
        # the text before it finished (a word a link broke out of a sentence did not), or
        # its words say it is a part's title (过去五年的主要工作 under a photo's caption)
        and (blocks[k - 1].text[-1] in SENTENCE_END + "”" or PERIOD_REVIEW_RE.fullmatch(t) is not None)
        and SENTENCE_MARKS_RE.search(t) is None
        and HAN_RE.search(t) is not None
        and STATEMENT_RE.search(t) is None
        and KIND_END_RE.search(t) is None
        and SALUTATION_RE.match(t) is None
        and not is_furniture_text(t)
    )


def _mark_part_lines(blocks: list[Block]) -> None:
    prose = False  # the text has begun: a title printed again above it is no part
    for k, b in enumerate(blocks):
        if not prose:
            t = b.text
            if k == 0 and b.kind == "text" and PERIOD_REVIEW_RE.fullmatch(t) and len(blocks) > 1 and blocks[1].kind == "text":
                # a text that opens with its first part's title, no title of its own (2015年
                # 工作回顾 / 2015年，全市…)
                _as_part(b, PART_LINE, "the text's first line names a period's work under review: the title of its first part")
                prose = True
                continue
            # (a sentence or a clause has begun it: a title block holds none)
            prose = b.kind != "text" or SENTENCE_MARKS_RE.search(t) is not None
            continue
        # (the length first, here: most paragraphs are longer than a part line)
        if len(b.para.text) <= PART_LINE_MAX and _part_line_shaped(blocks, k):
            if _opens_series(blocks, k):
                _as_part(b, PART_LINE, "a short line over a numbered series: the title of the part it makes up")
            elif PERIOD_REVIEW_RE.fullmatch(b.text):
                # (its words say so where the series is out of sight: a page cut after its intro)
                _as_part(b, PART_LINE, "a short line that names a period's work under review: the title of a part")


def _mark_opening_part(blocks: list[Block]) -> None:
    """A text with no title of its own that opens with a short name over prose (引言 /
    在过去的一年里，…), where part lines stand further down, opens with its first part."""
    if (
        len(blocks) > 2
        and _part_title_shaped(blocks[0])
        and blocks[1].kind == "text"
        and not blocks[1].lead
        and len(blocks[1].text) > PART_LINE_MAX
        and any(b.style == PART_LINE for b in blocks[2:])
    ):
        _as_part(blocks[0], PART_LINE, "the text's first line, a short name over prose, where part lines follow: the title of its first part")


def mark_part_titles(blocks: list[Block]) -> None:
    _mark_part_lines(blocks)
    _mark_opening_part(blocks)
    numbered = [b for b in blocks if b.kind == "numbered"]
    if not numbered:
        return
    # the report's parts: its part lines where it has them, else its top numbered headings
    top = PART_LINE if any(b.style == PART_LINE for b in numbered) else numbered[0].style
    parts = [b for b in numbered if b.style == top]
    # the numbered parts stand on lines of their own, their body below them
    if (top != PART_LINE and len(parts) < 2) or any(b.rest for b in parts):
        return
    seen_part = False
    for k, b in enumerate(blocks):
        if b.kind == "numbered" and b.style == top:
            seen_part = True
            continue
        # (the cheap tests first: most paragraphs are longer than a part title)
        if not seen_part or len(b.para.text) > PART_TITLE_MAX:
            continue
        after = blocks[k + 1] if k + 1 < len(blocks) else None
        before = blocks[k - 1]
        # set apart as the numbered parts are: blank lines around it, the part before
        # it finished (not a word a link broke out of a sentence)
        if (
            seen_part
            and _part_title_shaped(b)
            and b.para.after_blank
            and before.text[-1] in SENTENCE_END + "”"
            and after is not None
            and after.para.after_blank
            and (after.kind == "salutation" or (after.kind == "text" and len(after.text) > PART_TITLE_MAX))
        ):
            _as_part(b, top, f"an unnumbered part title laid out like the numbered parts ({top})")

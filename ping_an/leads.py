"""Stage 4a: decide which topic sentences are lead headings.

A topic sentence alone proves nothing: a paragraph may open with a short sentence by
chance. It is a lead heading when its siblings do the same, that is when at least one
other paragraph in the same scope opens with a topic sentence of the same kind
(CONVENTIONS.md). A scope is the run of paragraphs between two structural breaks:
numbered headings, salutations, the report's start and end.
"""

from __future__ import annotations

import bisect
from collections import Counter

from .classify import Block
from .patterns import HAN_RE

# A body paragraph is prose: this long, or holding a sentence end.
BODY_MIN = 20
# The paragraph under a numbered heading line is its intro when it is less than
# 1/INTRO_RATIO as long as the typical paragraph of the series that follows.
INTRO_RATIO = 2

# Topic kinds that form one series: a standalone lead whose line break was lost reads
# as an inline one and keeps its place in the series.
SERIES_OF = {"standalone": "topic", "inline": "topic", "dash": "dash"}


def scopes(blocks: list[Block]) -> list[list[int]]:
    out: list[list[int]] = [[]]
    for i, b in enumerate(blocks):
        if b.kind in ("numbered", "salutation"):
            out.append([])
        else:
            out[-1].append(i)
    return [s for s in out if s]


def _is_body(block: Block | None) -> bool:
    """A paragraph that can be the body under a standalone lead line: prose, not another such line."""
    if block is None:
        return False
    if block.starts_measure:
        return True  # 一是… under a lead line
    if block.kind != "text":
        return False
    t = block.topic
    if t is not None and t.kind == "standalone" and not t.punct:
        return False
    text = block.text
    return HAN_RE.search(text) is not None and (len(text) >= BODY_MIN or any(ch in "。！？；" for ch in text))


def _one_sentence(block: Block) -> bool:
    text = block.text.rstrip("。；;")
    return not any(ch in "。！？；" for ch in text)


def _eligible_in(blocks: list[Block], scope: list[int]) -> tuple[list[int], list[int]]:
    """The topic paragraphs of a scope that may be lead headings, in order, and the
    inline topics that open the body of a standalone lead line (a level of their own
    when they form series there)."""
    out: list[int] = []
    under_lines: list[int] = []
    body_line_before = False  # the previous paragraph was a lead or item line alone
    intro: int | None = None
    for i in scope:
        b = blocks[i]
        prev = blocks[i - 1] if i else None
        after_item = body_line_before
        body_line_before = False
        t = b.topic
        if b.starts_measure:
            body_line_before = _one_sentence(b)
            continue
        if t is None:
            continue
        if after_item:
            b.note = "body of the line before"
            if t.kind == "inline" and prev is not None and prev.topic is not None:
                under_lines.append(i)
            continue
        under_heading = prev is not None and prev.kind == "numbered" and prev.standalone
        if under_heading and t.kind == "standalone" and t.punct:
            # one full sentence under a heading line introduces the section; it heads nothing
            b.note = "intro sentence of the numbered heading before"
            continue
        if t.kind == "standalone":
            if not _is_body(blocks[i + 1] if i + 1 < len(blocks) else None):
                b.note = "short line, but no body follows"
                continue
            body_line_before = True
        if under_heading:
            intro = i
        out.append(i)
    if intro is not None and len(out) > 1 and _reads_as_intro(blocks, intro, out):
        blocks[intro].note = "intro of the numbered heading before: shorter than the series after it"
        out.remove(intro)
    return out, under_lines


def _reads_as_intro(blocks: list[Block], intro: int, members: list[int]) -> bool:
    """The paragraph under a numbered heading introduces its content when it is much
    shorter than the topic paragraphs after it; of their length, it is one of them."""
    others = sorted(len(blocks[i].text) for i in members if i != intro)
    median = others[len(others) // 2]
    return len(blocks[intro].text) * INTRO_RATIO < median


def _drop_repeated_subjects(blocks: list[Block], candidates: list[int]) -> list[int]:
    """One subject with different comments (加强社会建设，是… / 加强社会建设，必须…) is not a series."""
    clauses = Counter(blocks[i].topic.first_clause for i in candidates if "，" in blocks[i].topic.heading)
    repeated = {c for c, n in clauses.items() if n > 1}
    kept = []
    for i in candidates:
        t = blocks[i].topic
        if "，" in t.heading and t.first_clause in repeated:
            blocks[i].note = f"one subject repeated ({t.first_clause})"
        else:
            kept.append(i)
    return kept


def _sub_series(lines: list[int], inline: list[int]) -> list[int]:
    """Inline topics that form a series inside the body of one standalone lead line."""
    groups: dict[int, list[int]] = {}
    for i in inline:
        k = bisect.bisect_left(lines, i)
        if k:
            groups.setdefault(lines[k - 1], []).append(i)
    return [i for members in groups.values() if len(members) >= 2 for i in members]


def decide_leads(blocks: list[Block]) -> None:
    for scope in scopes(blocks):
        candidates, under_lines = _eligible_in(blocks, scope)
        candidates = _drop_repeated_subjects(blocks, candidates)
        lines = [i for i in candidates if blocks[i].topic.kind == "standalone"]
        sub: set[int] = set()
        if len(lines) >= 2:
            # the inline topics opening the bodies of lead lines count too, as a level below them
            inline = [i for i in candidates if blocks[i].topic.kind == "inline"]
            inline = sorted(inline + _drop_repeated_subjects(blocks, under_lines))
            sub = set(_sub_series(lines, inline))
        series: dict[str, list[int]] = {}
        for i in candidates:
            if i not in sub:
                series.setdefault(SERIES_OF[blocks[i].topic.kind], []).append(i)
        if sub:
            series["sub"] = sorted(sub)
        for kind, members in series.items():
            if len(members) < 2:
                for i in members:
                    blocks[i].note = "lone topic sentence: no sibling opens the same way"
                continue
            for i in members:
                blocks[i].lead = True
                blocks[i].lead_level = 2 if kind == "sub" else 1
                blocks[i].note = (
                    f"lead: {len(members)} sibling paragraphs open with a topic sentence ({kind})"
                    if kind != "sub"
                    else f"lead under a lead line: {len(members)} paragraphs in its body open with a topic sentence"
                )

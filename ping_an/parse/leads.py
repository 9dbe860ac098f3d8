"""Decide which topic sentences are lead headings.

A topic sentence alone proves nothing: a paragraph may open with a short sentence by
chance. It is a lead heading when its siblings do the same, that is when at least one
other paragraph in the same scope opens with a topic sentence of the same kind
(CONVENTIONS.md). A scope is the run of paragraphs between two structural breaks:
numbered headings, salutations, the report's start and end.
"""

from __future__ import annotations

import bisect
from collections import Counter

from .classify import LAYOUT, LONG, TOPIC, Block
from .measures import opens_list
from ..rules.patterns import HAN_RE

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
        # 一是… under a lead line; a later item (四是 after 三是) goes on a list begun
        # above the line, which is then one of its paragraphs, not their head
        return opens_list(block.text)
    if block.kind != "text":
        return False
    t = block.topic
    # another short lead line is no body; a long line without a sentence end is
    if t is not None and t.kind == "standalone" and not t.punct and t.grade == TOPIC:
        return False
    text = block.text
    return HAN_RE.search(text) is not None and (len(text) >= BODY_MIN or any(ch in "。！？；" for ch in text))


def _dash_line(block: Block) -> bool:
    t = block.topic
    return t is not None and t.kind == "standalone" and t.dash is not None


def _one_sentence(block: Block) -> bool:
    text = block.text.rstrip("。；;")
    return not any(ch in "。！？；" for ch in text)


def _weak_line(block: Block) -> bool:
    """A standalone line whose topic sentence cannot anchor a series (long, or a lead
    only by its layout)."""
    t = block.topic
    # (a dash line alone is laid out as a lead, however long its sentence)
    return t is not None and t.kind == "standalone" and t.grade != TOPIC and t.dash is None


def _unframed(block: Block, framed: set[int], i: int) -> bool:
    """A framing or scene-setting inline or dash topic that shares no frame in its
    scope: no candidate at all."""
    t = block.topic
    return t is not None and t.kind in ("inline", "dash") and t.grade == LAYOUT and i not in framed


def _eligible_in(
    blocks: list[Block], scope: list[int], weak_lines: bool, framed: set[int] = frozenset()
) -> tuple[list[int], list[int]]:
    """The topic paragraphs of a scope that may be lead headings, in order, and the
    inline topics that open the body of a standalone lead line (a level of their own
    when they form series there). Weak standalone lines (_weak_line) count only with
    weak_lines, once the scope is known to hold a series of strong ones."""
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
        if t is None or (not weak_lines and _weak_line(b) and i not in framed) or _unframed(b, framed, i):
            continue
        if after_item:
            b.note = "body of the line before"
            if t.kind == "inline" and prev is not None and prev.topic is not None:
                under_lines.append(i)
            continue
        under_heading = prev is not None and prev.kind == "numbered" and prev.standalone
        if under_heading and t.kind == "standalone" and t.punct and t.dash is None:
            # one full sentence under a heading line introduces the section; it heads nothing
            b.note = "intro sentence of the numbered heading before"
            continue
        if t.kind == "standalone":
            after = blocks[i + 1] if i + 1 < len(blocks) else None
            if not _is_body(after):
                b.note = "short line, but no body follows"
                continue
            if t.dash is not None and after.topic is not None and after.topic.dash is not None:
                # a list of dash lines (targets, slogans) is text
                b.note = "a dash line over another: an item of a list"
                continue
            body_line_before = True
        if under_heading and t.kind == "inline" and b.line != prev.line:
            # (a lead line is laid out as a heading, no intro; and a part of the heading's
            # own line, set apart where the line lost its breaks (runin.py), is a
            # sub-section's opening)
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


def _drop_repeated_subjects(blocks: list[Block], candidates: list[int], framed: set[int] = frozenset()) -> list[int]:
    """One subject with different comments (加强社会建设，是… / 加强社会建设，必须…) is not a
    series; with comments built on one frame (过去五年，是…的五年 / 过去五年，是…的五年) it is."""
    if not any("，" in blocks[i].topic.heading for i in candidates):
        return candidates  # (no comment after a subject: nothing to count)
    clauses = Counter(blocks[i].topic.first_clause for i in candidates if "，" in blocks[i].topic.heading)
    repeated = {c for c, n in clauses.items() if n > 1}
    kept = []
    for i in candidates:
        t = blocks[i].topic
        if "，" in t.heading and t.first_clause in repeated and i not in framed:
            blocks[i].note = f"one subject repeated ({t.first_clause})"
        else:
            kept.append(i)
    return kept


# The topic sentences of a series inside a lead line's body are short, as the line's
# own is, or open with one word (聚焦… / 聚焦…).
SUB_TOPIC_MAX = 16


def _sub_series(blocks: list[Block], lines: list[int], inline: list[int]) -> list[int]:
    """Inline topics that form a series inside the body of one standalone lead line:
    short topic sentences, or ones sharing their first word. The long sentences that
    open the paragraphs of a line's body are its body."""
    groups: dict[int, list[int]] = {}
    for i in inline:
        k = bisect.bisect_left(lines, i)
        if k and blocks[i].topic.grade == TOPIC:
            groups.setdefault(lines[k - 1], []).append(i)
    out = []
    others = []
    for members in groups.values():
        heads = [blocks[i].topic.heading for i in members]
        lengths = sorted(map(len, heads))
        # (one a little longer than the rest, as a series' long member may be)
        alike = len({h[:2] for h in heads}) == 1 or (lengths[(len(lengths) - 1) // 2] <= SUB_TOPIC_MAX and lengths[-1] <= LONG_MEMBER_RATIO * SUB_TOPIC_MAX)
        if len(members) >= 2 and alike:
            out.extend(members)
        elif len(members) >= 2:
            others.append(members)
    if out:
        # the bodies of the other lines of the series, laid out as the one that holds such
        # a series, hold one too, whatever its sentences' length
        for members in others:
            out.extend(members)
    return sorted(out)


# A long topic sentence belongs to a series when it is at most this many times as long
# as the series' short ones: laid out as they are, not a paragraph of another kind.
LONG_MEMBER_RATIO = 1.5
# In a series of three inline members or more, one whose sentence is this many times
# the series' median (and longer than CONTINUATION_MIN) names no topic of the series'
# kind: it is one action in a row that carries on the paragraph before it.
CONTINUATION_RATIO = 1.8
CONTINUATION_MIN = 16


def _median(values: list[int]) -> float:
    values = sorted(values)
    return values[len(values) // 2]


# A series' shared opening is a word at least: two characters.
SHARED_OPENING_MIN = 2


def _shared_opening(heads: list[str]) -> str:
    """The first SHARED_OPENING_MIN characters, when every one of heads (three or more)
    opens with them, else ""."""
    if len(heads) < 3:
        return ""
    opening = heads[0][:SHARED_OPENING_MIN]
    return opening if len(opening) == SHARED_OPENING_MIN and all(h.startswith(opening) for h in heads) else ""


def _members(blocks: list[Block], candidates: list[int], framed: set[int]) -> list[int]:
    """The candidates that make a series: the short topic sentences anchor it (two at
    least); a long one joins when it is not much longer than they are; a one-sentence
    line that only its layout marks joins a series of such lines; framing sentences
    join where they share a frame (framed, as _framed found them in the scope)."""
    framed = framed & set(candidates)
    anchors = [i for i in candidates if blocks[i].topic.grade == TOPIC or _dash_line(blocks[i])]
    if len(anchors) < 2:
        if len(framed) >= 2:
            return sorted(framed)  # 教育是强国之基。/ 人才是发展之本。/ 创新是动力之源。
        return candidates if len(anchors) == len(candidates) else []
    median = _median([len(blocks[i].topic.heading) for i in anchors])
    lines = sum(1 for i in anchors if blocks[i].topic.kind == "standalone")
    # the words every anchor opens with (高水平…, 高水平…): a long member opening so is one
    # of them, however long (parallel by its words, not by its length)
    opening = _shared_opening([blocks[i].topic.heading for i in anchors])
    kept: list[int] = []
    for i in candidates:
        t = blocks[i].topic
        if lines >= 2 and t.kind == "inline" and kept and kept[-1] == i - 1 and blocks[i - 1].topic.kind == "inline":
            # in a series of lead lines, a paragraph right after a member that holds its
            # own body is that member's body
            blocks[i].note = "body of the lead before it"
            continue
        if t.grade == TOPIC:
            kept.append(i)
        elif lines >= 2 and (t.kind == "standalone" or t.grade == LONG):
            # a line laid out as the series' lines are, or one whose break was lost
            kept.append(i)
        elif t.grade == LONG and (len(t.heading) <= LONG_MEMBER_RATIO * median or (opening and t.heading.startswith(opening))):
            kept.append(i)
        elif i in framed:
            kept.append(i)
        else:
            blocks[i].note = "longer or otherwise unlike the short topic sentences of its series"
    return _drop_continuations(blocks, kept)


# A frame is a short sentence's: 教育是强国之基, 在住房方面.
FRAME_MAX = 20


def frames_alike(a: str, b: str) -> bool:
    """Two short sentences of one length built on one frame: two Chinese characters or
    more at the same places, one of them past the opening word (X是…之本 / Y是…之源,
    在X方面 / 在Y方面)."""
    if len(a) != len(b) or a == b or len(a) > FRAME_MAX:
        return False
    same = [k for k, (x, y) in enumerate(zip(a, b)) if x == y and HAN_RE.match(x)]
    return len(same) >= 2 and same[-1] >= 2


# A frame with a slot of any length (这是…的五年) holds this much of each member on
# either side of the slot, and takes this many members: two such sentences may share
# their ends by chance, a run of them is built so.
SLOT_FRAME_END = 2
SLOT_FRAME_MEMBERS = 3


def slot_frame(sentence: str) -> tuple[str, str] | None:
    """The frame a short sentence may share with others around a slot of any length:
    its first and last words (这是…的五年 → 这是, 年), or None when it is too long or too
    short to hold one, or ends in no Chinese character."""
    if not 2 * SLOT_FRAME_END < len(sentence) <= FRAME_MAX or HAN_RE.match(sentence[-1]) is None:
        return None
    return sentence[:SLOT_FRAME_END], sentence[-SLOT_FRAME_END:]


def _framed(blocks: list[Block], candidates: list[int]) -> set[int]:
    """The framing or scene-setting candidates that share a frame with others, and
    those others: a standalone line only by a frame with a slot, which a run of them
    shares (grouped by frame, so that a long scope costs no more than its length)."""
    out: set[int] = set()
    # (a frame is shared only where a framing or scene-setting sentence stands: most
    # scopes hold none, and need no grouping)
    if not any(blocks[i].topic.grade == LAYOUT for i in candidates):
        return out
    by_frame: dict[tuple[str, str], list[int]] = {}
    by_length: dict[int, list[int]] = {}  # (a frame without a slot: one length)
    for i in candidates:
        heading = blocks[i].topic.heading
        frame = slot_frame(heading)
        if frame is not None:
            by_frame.setdefault(frame, []).append(i)
        if blocks[i].topic.kind == "dash":
            # a run of dash items that open with the same words is a list whatever those
            # words are (——这五年…。 / ——这五年…。 / ——这五年…。)
            by_frame.setdefault(("——", heading[:SLOT_FRAME_END]), []).append(i)
        if len(heading) <= FRAME_MAX:
            by_length.setdefault(len(heading), []).append(i)
    for same in by_length.values():
        for i in same:
            t = blocks[i].topic
            if t.grade == LAYOUT and t.kind == "inline":
                for j in same:
                    if j != i and frames_alike(t.heading, blocks[j].topic.heading):
                        out.update((i, j))
    for members in by_frame.values():
        headings = {blocks[i].topic.heading for i in members}
        if len(headings) >= SLOT_FRAME_MEMBERS and any(blocks[i].topic.grade == LAYOUT for i in members):
            out.update(members)
    return out


def _drop_continuations(blocks: list[Block], members: list[int]) -> list[int]:
    """Inline members far longer than the series' own topic sentences carry on the
    paragraph before them (实行…绩效工资制度。 after 进一步促进教育公平。)."""
    inline = [i for i in members if blocks[i].topic.kind == "inline"]
    if len(inline) < 3:
        return members
    median = _median([len(blocks[i].topic.heading) for i in inline])
    limit = max(CONTINUATION_MIN, CONTINUATION_RATIO * median)
    # members opening with the same word as another (坚持…，… / 坚持…，…) are laid
    # out alike, whatever their length
    openings = Counter(blocks[i].topic.heading[:2] for i in inline)
    kept = []
    for i in members:
        t = blocks[i].topic
        if t.kind == "inline" and len(t.heading) > limit and openings[t.heading[:2]] < 2:
            blocks[i].note = f"carries on the paragraph before: far longer than its series' topic sentences ({median:g})"
        else:
            kept.append(i)
    return kept


def decide_leads(blocks: list[Block]) -> None:
    for scope in scopes(blocks):
        topics = [i for i in scope if blocks[i].topic is not None]
        if not topics:
            continue  # no candidate: nothing to decide, no note to leave
        framed = _framed(blocks, topics)
        candidates, under_lines = _eligible_in(blocks, scope, weak_lines=False, framed=framed)
        strong_lines = [i for i in candidates if blocks[i].topic.kind == "standalone"]
        if len(strong_lines) >= 2 and any(_weak_line(blocks[i]) for i in scope):
            candidates, under_lines = _eligible_in(blocks, scope, weak_lines=True, framed=framed)
        candidates = _drop_repeated_subjects(blocks, candidates, framed)
        lines = [i for i in candidates if blocks[i].topic.kind == "standalone"]
        sub: set[int] = set()
        if len(lines) >= 2:
            # the inline topics opening the bodies of lead lines count too, as a level below them
            inline = [i for i in candidates if blocks[i].topic.kind == "inline"]
            inline = sorted(inline + _drop_repeated_subjects(blocks, under_lines))
            sub = set(_sub_series(blocks, lines, inline))
        series: dict[str, list[int]] = {}
        for i in candidates:
            if i not in sub:
                series.setdefault(SERIES_OF[blocks[i].topic.kind], []).append(i)
        if sub:
            series["sub"] = sorted(sub)
        for kind, members in series.items():
            members = _members(blocks, members, framed)
            # (a dash item that opens with a short topic sentence over its body is a point
            # by its dash, the list around it cut off or its siblings laid out apart)
            lone_point = len(members) == 1 and kind == "dash" and blocks[members[0]].topic.grade == TOPIC
            if len(members) < 2 and not lone_point:
                for i in members:
                    blocks[i].note = "lone topic sentence: no sibling opens the same way"
                continue
            for i in members:
                blocks[i].lead = True
                blocks[i].lead_level = 2 if kind == "sub" else 1
                blocks[i].note = (
                    "lead: a dash item, its topic sentence over its body"
                    if lone_point
                    else f"lead: {len(members)} sibling paragraphs open with a topic sentence ({kind})"
                    if kind != "sub"
                    else f"lead under a lead line: {len(members)} paragraphs in its body open with a topic sentence"
                )

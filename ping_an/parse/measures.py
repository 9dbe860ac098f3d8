"""Split the enumerated measures out of a body: 一是…二是…, 首先…其次…, 第一，…

Every family of MEASURE_FAMILIES is scanned over the body; its markers form a list only
in ordinal sequence from the first (二是 with no 一是 before it is no list, 首先 with no
其次 after it is the plain word). Lists nest where one lies inside an item of another;
an item runs from its marker to its next sibling's, or to the end of its paragraph (of
its run of paragraphs, where the items are whole paragraphs).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

import regex

from .classify import MEASURE_START_RE
from ..read.lines import Paragraph
from ..rules.pattern_cache import compiled, compiled_re
from ..rules.patterns import CIRCLED, MARKER_BOUNDARY, MEASURE_FAMILIES, MEASURE_MARKER, MEASURE_START, cn_number, numbered_value

_FAMILY_RE = {f.name: compiled(f.marker) for f in MEASURE_FAMILIES}
_FAMILY_CHARS = {f.name: f.chars for f in MEASURE_FAMILIES}
# Whether a body holds any family's marker where a marker counts (its start, or after
# punctuation: see _marks). Most bodies hold none, which one scan tells before seven
# would. It runs on the standard library's re: with a marker's first characters said up front, re skips in C to the places one can stand,
# half again as fast as regex here (bench/run.py).
_BOUNDARY_CLASS = "".join(re.escape(c) for c in sorted(MARKER_BOUNDARY))
_ANY_MARKER_RE = compiled_re(rf"(?={MEASURE_START})(?:\A|(?<=[{_BOUNDARY_CLASS}]))(?:{MEASURE_MARKER})")
# The same question asked as two: a marker at the start, or a boundary's character with
# a marker after it. A pattern that opens with a character class is scanned in C to the
# next place that class holds; one that opens with a lookahead is tried at every
# character, which cost _ANY_MARKER_RE.search twice as much.
_MARKER_AT_START_RE = compiled_re(rf"(?={MEASURE_START})(?:{MEASURE_MARKER})")
_MARKER_AFTER_BOUNDARY_RE = compiled_re(rf"[{_BOUNDARY_CLASS}](?={MEASURE_START})(?:{MEASURE_MARKER})")


def holds_marker(text: str) -> bool:
    """Whether _ANY_MARKER_RE finds a marker in text."""
    return _MARKER_AT_START_RE.match(text) is not None or _MARKER_AFTER_BOUNDARY_RE.search(text) is not None


_SEQ_WORDS = {"首先": 1, "其次": 2, "再次": 3}


def opens_list(text: str) -> bool:
    """Whether a paragraph that opens with a measure marker opens a list: its first item
    (一是, 首先, 1.), not a later one (四是, 其次, 最后); a paragraph that opens with no
    marker (an item marked by items.py) is a list of its own."""
    m = MEASURE_START_RE.match(text)
    if m is None:
        return True
    word = m.group()
    if word[:2] in _SEQ_WORDS or word[:2] == "最后":
        return word[:2] == "首先"
    value = numbered_value(word)
    return value is None or value == 1
_LEADING = " \u3000，,、：:．.。"
# The lists whose first item alone is kept where the text ends in it (a page cut off
# before 二是): their markers are never a heading's numbering, as 一、 or 1. may be.
CUT_SHORT_FAMILIES = frozenset({"shi", "yao"})
# Real documents nest enumerations two or three deep; deeper is a chain of restarts.
MAX_NESTING = 4
_TRAILING = " \u3000\n，,、；;"


@dataclass(slots=True)
class Mark:
    family: str
    start: int  # marker start in the joined body
    end: int  # marker end
    ordinal: int  # 0 for 最后
    marker: str


@dataclass(slots=True)
class MeasureNode:
    marker: str
    text: str
    line: int
    start: int
    end: int
    children: list[MeasureNode] = field(default_factory=list)
    # where the item was written out, (the list, the item), for a first item whose list
    # may never go on (OpenLists.waiting)
    written: tuple[list, dict] | None = None


@dataclass(slots=True)
class OpenLists:
    """The lists of whole-paragraph items that bodies read so far leave open, carried
    from body to body in reading order (一是… 二是… then lead paragraphs, then 三是…)."""

    next: dict[str, int] = field(default_factory=dict)  # family → its next ordinal
    # family → a first item alone opening a paragraph: a measure only if a later body
    # goes on with its list, or if the text ends in it (cut_short)
    waiting: dict[str, MeasureNode] = field(default_factory=dict)
    # the last body read, and family → the body its waiting item runs to the end of
    last_body: Body | None = None
    reaches_end: dict[str, Body | None] = field(default_factory=dict)

    def cut_short(self, family: str, last_line: int) -> bool:
        """Whether the text ends inside the waiting first item of family: it runs to the
        end of the last body, which holds the text's last line (a page cut off before the
        list went on: 一是… and nothing after)."""
        body = self.last_body
        return (
            family in CUT_SHORT_FAMILIES
            and body is not None
            and self.reaches_end.get(family) is body
            and body.line_at(max(len(body.text) - 1, 0)) >= last_line
        )


def _ordinal(family: str, m: regex.Match) -> int | None:
    word = m.group()
    if family == "seq":
        if word in _SEQ_WORDS:
            return _SEQ_WORDS[word]
        if word == "最后":
            return 0
    if family == "circled":
        return CIRCLED.index(word[0]) + 1
    n = m.groupdict().get("n")
    if n is None:
        return None
    return int(n) if n.isdigit() else cn_number(n)


def _marks(body: str, family: str) -> list[Mark]:
    if not any(c in body for c in _FAMILY_CHARS[family]):
        return []  # (a scan of the body by the family's pattern finds nothing)
    out = []
    for m in _FAMILY_RE[family].finditer(body):
        if m.start() and body[m.start() - 1] not in MARKER_BOUNDARY:
            continue
        n = _ordinal(family, m)
        if n is None:
            continue
        out.append(Mark(family, m.start(), m.end(), n, m.group()))
    return out


def _sequences(marks: list[Mark], family: str, resume: int | None = None) -> list[list[Mark]]:
    """The lists the marks of one family make, in ordinal sequence from the first; with
    resume, a list left open before this body (whose next ordinal is resume) may go on
    at its first marks."""
    lists: list[list[Mark]] = []
    current: list[Mark] = []
    # the counted lists still open, innermost last: a list may start inside an item of
    # another of its family and the outer one go on after it (一是…：一是…；二是…。二是…)
    open_lists: list[list[Mark]] = []
    if resume is not None and marks and marks[0].ordinal == resume and family != "seq":
        current = [marks[0]]
        lists.append(current)
        open_lists.append(current)
        marks = marks[1:]
    for mk in marks:
        if family == "seq":
            if mk.marker == "首先":
                current = [mk]
                lists.append(current)
            elif current and mk.ordinal == 0 and len(current) >= 2:
                current.append(mk)
                current = []
            elif current and mk.ordinal == len(current) + 1 and (mk.ordinal == 2) == (mk.marker == "其次"):
                current.append(mk)
            continue
        if mk.ordinal == 1:
            current = [mk]
            lists.append(current)
            open_lists.append(current)
            del open_lists[:-MAX_NESTING]  # (real lists nest two or three deep)
            continue
        for depth in range(len(open_lists) - 1, -1, -1):
            if mk.ordinal == open_lists[depth][-1].ordinal + 1:
                del open_lists[depth + 1 :]
                current = open_lists[depth]
                current.append(mk)
                break
    resumed = lists[0] if resume is not None and lists and lists[0][0].ordinal == resume else None
    return [seq for seq in lists if len(seq) >= 2 or seq is resumed or seq is lists[-1]]


@dataclass(slots=True)
class Body:
    """A section's own paragraphs joined into one string, with the way back to lines."""

    text: str
    starts: list[int]  # offset of each paragraph in text
    parts: list[tuple[Paragraph, int]]  # (paragraph, offset of the body in it)
    run_ends: list[int]  # end offsets of runs of adjacent paragraphs

    def line_at(self, offset: int) -> int:
        i = bisect.bisect_right(self.starts, offset) - 1
        para, start = self.parts[i]
        return para.line_at(start + offset - self.starts[i])

    def paragraph_end(self, offset: int) -> int:
        i = bisect.bisect_right(self.starts, offset) - 1
        return self.starts[i] + len(self.parts[i][0].text) - self.parts[i][1]

    def run_end(self, offset: int) -> int:
        return self.run_ends[bisect.bisect_right(self.run_ends, offset)] if offset < self.run_ends[-1] else self.run_ends[-1]


def make_body(parts: list[tuple[Paragraph, int, int]]) -> Body:
    """parts: (paragraph, offset where the body starts in it, run number)."""
    chunks, starts, plain, run_ends = [], [], [], []
    pos = 0
    last_run = None
    for para, start, run in parts:
        if last_run is not None and run != last_run:
            run_ends.append(pos - 1)
        if chunks:
            chunks.append("\n")
            pos += 1
        starts.append(pos)
        piece = para.text[start:]
        chunks.append(piece)
        plain.append((para, start))
        pos += len(piece)
        last_run = run
    run_ends.append(pos)
    return Body("".join(chunks), starts, plain, run_ends)


def split_measures(body: Body, open_lists: OpenLists | None = None) -> list[MeasureNode]:
    """The measures of one body. open_lists holds the lists of whole-paragraph items
    that earlier bodies left open (一是… 二是… then lead paragraphs, then 三是…): this
    body may go on with them. It is updated with the lists this body leaves open."""
    text = body.text
    if open_lists is not None:
        open_lists.last_body = body
    if not text or not holds_marker(text):
        return []
    # (list, where the next list of its family starts, whether one item makes it: it goes
    # on from a body before, or waits for its second item in a body after)
    lists: list[tuple[list[Mark], int, bool]] = []
    waiting_first: dict[str, Mark] = {}
    taken: set[int] = set()
    for family in _FAMILY_RE:
        found = [mk for mk in _marks(text, family) if mk.start not in taken]
        # an open list waits for the next body that holds marks of its family
        resume = open_lists.next.pop(family, None) if open_lists is not None and found else None
        seqs = _sequences(found, family, resume)
        # the last list whose items open paragraphs may go on in a later body (a list
        # inside one paragraph after it does not close it); a first item alone that
        # opens a paragraph, the body's last list, waits for its second in a later body
        # (一是… opening a paragraph, then lead paragraphs, then 二是…)
        resumed = seqs[0] if resume is not None and family != "seq" and seqs and seqs[0][0].ordinal == resume else None
        if open_lists is not None and found:
            # a first item waiting in an earlier body is answered, or never will be
            waiting = open_lists.waiting.pop(family, None)
            if waiting is not None and resumed is None:
                open_lists.waiting[family] = waiting
        if seqs and len(seqs[-1]) == 1 and seqs[-1] is not resumed:
            if open_lists is not None and (_may_open(body, seqs[-1][0]) or _in_last_paragraph(body, seqs[-1][0])):
                waiting_first[family] = seqs[-1][0]
            else:
                seqs.pop()
        items = [seq for seq in seqs if _opens_paragraphs(body, seq)] if open_lists is not None else []
        if items:
            open_lists.next[family] = items[-1][-1].ordinal + 1
        # a list of the same family starting again (一是… after 一是…二是…) is the next
        # list, not part of the last item of this one; one that starts before this one's
        # last item is inside it
        for seq, after in zip(seqs, _next_starts(seqs, len(text))):
            lists.append((seq, after, seq is resumed or len(seq) == 1))
            taken.update(mk.start for mk in seq)
    if not lists:
        return []
    lists.sort(key=lambda item: item[0][0].start)
    roots: list[MeasureNode] = []
    for seq, after, single in lists:
        container = _container(roots, seq[0].start)
        limit = min(container.end if container else len(text), after)
        seq = [mk for mk in seq if mk.start < limit]
        if len(seq) < (1 if single else 2):
            continue
        # lists come in order of their start and never interleave as siblings (a list that
        # starts inside an item nests in it), so appending keeps siblings in order
        siblings = container.children if container else roots
        items = _items(body, seq, limit)
        siblings.extend(items)
        if open_lists is not None and len(seq) == 1 and waiting_first.get(seq[0].family) is seq[0]:
            open_lists.waiting[seq[0].family] = items[0]
            open_lists.reaches_end[seq[0].family] = body if items[0].end >= len(text) else None
    return roots


def _next_starts(seqs: list[list[Mark]], end: int) -> list[int]:
    """For each list (in order of start), where the next list of its family that starts
    after its last item starts, or end."""
    starts = [seq[0].start for seq in seqs]
    out = []
    for k, seq in enumerate(seqs):
        i = bisect.bisect_right(starts, seq[-1].start, lo=k + 1)
        out.append(starts[i] if i < len(starts) else end)
    return out


def _may_open(body: Body, mark: Mark) -> bool:
    """A first item alone may open a list that goes on in a later body: it opens a
    paragraph, and is counted (一是, 1., not 首先, which needs its 其次 in sight)."""
    return mark.family != "seq" and mark.ordinal == 1 and mark.start in body.starts


def _in_last_paragraph(body: Body, mark: Mark) -> bool:
    """A first item of a list that is never a heading's (一是, 一要) inside the body's last
    paragraph: a measure only if the text ends in it (OpenLists.cut_short)."""
    return mark.family in CUT_SHORT_FAMILIES and mark.ordinal == 1 and mark.start >= body.starts[-1]


def _opens_paragraphs(body: Body, seq: list[Mark]) -> bool:
    """The items of the list open paragraphs (一是… on a line of its own, and so on)."""
    return all(mk.start == body.starts[bisect.bisect_right(body.starts, mk.start) - 1] for mk in seq)


def _container(nodes: list[MeasureNode], pos: int) -> MeasureNode | None:
    """The innermost item holding pos, no deeper than MAX_NESTING levels."""
    found = None
    for _ in range(MAX_NESTING):
        i = bisect.bisect_right(nodes, pos, key=lambda n: n.start) - 1
        if i < 0 or not (nodes[i].start <= pos < nodes[i].end):
            return found
        found = nodes[i]
        nodes = found.children
    return found


def _items(body: Body, seq: list[Mark], limit: int) -> list[MeasureNode]:
    text = body.text
    one_paragraph = body.paragraph_end(seq[0].start) == body.paragraph_end(seq[-1].start)
    out = []
    for k, mk in enumerate(seq):
        if k + 1 < len(seq):
            end = seq[k + 1].start
        elif one_paragraph:
            end = body.paragraph_end(mk.start)
        else:
            # items that are whole paragraphs run to the end of their run of paragraphs
            end = body.run_end(mk.start)
        end = min(end, limit)
        # the separators between items (，；) belong to no item
        lead = text[mk.end : end].strip().lstrip(_LEADING).rstrip(_TRAILING)
        out.append(MeasureNode(mk.marker, lead, body.line_at(mk.start), mk.start, end))
    return out

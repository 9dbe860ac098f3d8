"""Why each input line was read as it was: the data behind `pingan lines`.

The parse stages keep their reasons where they decide: the classifier and the lead
decision write a note on each Block. This module runs the same stages as parse_text and
lays those reasons out line by line, adding the decisions taken before classification
(blank lines, the title, the 目录, front matter, lines glued to the line before).
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..parse.classify import Block
from ..read.lines import CONTINUES, OPENERS, Paragraph, bracket_depth, clean_line, split_lines
from ..rules.patterns import TOC_RE
from .pipeline import classify_report, paragraphs, report_fields, word_paragraphs
from ..parse.reports import ReportSpan, merge_split_titles, split_reports
from ..parse.tree import Node, build_tree

if TYPE_CHECKING:
    from ..read.reader import Input


@dataclass(frozen=True, slots=True)
class LineInfo:
    line: int  # 1-based input line
    kind: str  # one of KINDS
    note: str  # the rule or evidence that decided it
    text: str  # the line as cleaned (white space and paywall markers removed)
    report: int | None = None  # 1-based report the line belongs to, if any


# What each kind means, for `pingan lines --help` and the README.
KINDS = {
    "blank": "empty after removing white space and paywall markers",
    "title": "the document's title",
    "toc": "the 目录 heading or one of its entries",
    "front": "text before the first report, or under a report's title (subtitle, date, author, addressee, page furniture)",
    "report-title": "the title line a report starts at",
    "heading": "a numbered section heading",
    "lead": "an un-numbered lead heading (decided from its siblings)",
    "salutation": "the speech turns to its audience (同志们：)",
    "item": "a paragraph that opens with a measure marker (一是, 1., （1）…)",
    "text": "body text",
    "continuation": "a broken line glued to the line before",
}


def _depths(node: Node, out: dict[int, int]) -> dict[int, int]:
    for child in node.children:
        out[child.line] = child.depth
        _depths(child, out)
    return out


def _block_reading(block: Block, depth: int | None) -> tuple[str, str]:
    where = f", depth {depth}" if depth else ""
    if block.kind == "numbered":
        return "heading", f"{block.note or 'numbered heading'}{where}"
    if block.lead:
        return "lead", f"{block.note}{where}"
    if block.kind == "salutation":
        return "salutation", block.note
    if block.starts_measure:
        return "item", block.note
    if block.note:
        return "text", block.note
    if block.topic is not None:
        return "text", f"opens with a topic sentence ({block.topic.kind}), not decided a heading"
    return "text", "body text"


def _report_readings(
    span: ReportSpan, number: int, from_toc: bool, title_para: Paragraph | None, blocks: list[Block]
) -> list[tuple[Paragraph, str, str]]:
    """How each paragraph of a report was read; blocks: classify_report(span)."""
    out: list[tuple[Paragraph, str, str]] = []
    if span.title is not None and span.title_line is not None:
        why = "a 目录 entry found again as a line" if from_toc else "a title line: short, no sentence end, heading the text or naming a kind of text"
        title_para = title_para or Paragraph(span.title, span.title_line, [(0, span.title_line)])
        out.append((title_para, "report-title", f"report {number}: {why}"))
    where = f"under the title of report {number}" if span.title is not None else f"before the text of report {number}"
    for p in span.front:
        out.append((p, "front", f"{where}: subtitle, date, author, addressee, salutation or page furniture"))
    depths = _depths(build_tree(blocks), {})
    before: Block | None = None
    for b in blocks:
        kind, why = _block_reading(b, depths.get(b.line))
        body = why in ("body text", "body of the line before") or why.startswith("opens with a topic sentence")
        if kind == "text" and body and before is not None and before.is_heading and before.standalone:
            why = f"body of the heading on line {before.line}"
        out.append((b.para, kind, why))
        before = b
    return out


def _markers_of_data(measures: list[dict], out: dict[int, list[str]]) -> None:
    for m in measures:
        out.setdefault(m["line"], []).append(m["marker"])
        _markers_of_data(m["measures"], out)


def _report_markers(span: ReportSpan, blocks: list[Block], out: dict[int, list[str]]) -> None:
    """The measure markers that stand on each input line of a report, in the order the
    parsed Report lists them: its own measures, then its sections' from the last one back,
    each section's before its sub-sections'. blocks: classify_report(span)."""
    data = report_fields(span, blocks)  # the report's measures as the parse finds them
    _markers_of_data(data["measures"], out)
    sections = list(data["sections"])
    while sections:
        s = sections.pop()
        _markers_of_data(s["measures"], out)
        sections.extend(s["sections"])


def _glue_reason(before: str, line: str, still_open: bool) -> str:
    """The evidence that a line continues the one before (the rules are in lines.py)."""
    if line[:1] in CONTINUES:
        return f"it opens with {line[0]}, which never begins a sentence"
    if before and (before[-1] in OPENERS or before[-1] in "，,、"):
        return f"the line before ends with {before[-1]}"
    if still_open:
        return "a bracket or quote is still open"
    return "the line before stops mid-sentence (a broken or hard-wrapped line)"


def _glued(p: Paragraph) -> list[tuple[int, str]]:
    """(line, why) for each piece of p after its first."""
    out = []
    bounds = [offset for offset, _ in p.pieces] + [len(p.text)]
    for k in range(1, len(p.pieces)):
        before = p.text[bounds[k - 1] : bounds[k]]
        line = p.text[bounds[k] : bounds[k + 1]]
        reason = _glue_reason(before, line, bracket_depth(p.text[: bounds[k]]) > 0)
        out.append((p.pieces[k][1], f"glued to line {p.line}: {reason}"))
    return out


def explain(text: str) -> list[LineInfo]:
    """Every input line of text, with what it was read as and why."""
    return list(explain_stream(text)[1])


def explain_stream(text: str) -> tuple[int, Iterator[LineInfo]]:
    """explain(text) a line at a time: (the number of lines, the lines' LineInfo in order)."""
    return explain_paragraphs(list(enumerate(split_lines(text), 1)), lambda: paragraphs(text))


def explain_input(inp: Input) -> list[LineInfo]:
    """Every line of what the reader read (a .docx: one line per Word paragraph)."""
    return list(explain_input_stream(inp)[1])


def explain_input_stream(inp: Input) -> tuple[int, Iterator[LineInfo]]:
    """explain_input a line at a time: (the number of lines, their LineInfo in order).
    The reports are read as the lines reach them, so only the lines of one report and
    what it was read as are held at a time beside the input's paragraphs."""
    if inp.word_lines is None:
        return explain_stream(inp.text)
    lines = inp.word_lines
    # a line break inside a Word paragraph gives it several lines, all of its number
    numbered = [(line.number, line.raw) for line in lines]
    return explain_paragraphs(numbered, lambda: word_paragraphs(lines))


def _first_line(span: ReportSpan) -> float:
    """The first input line any reading of the report can be on."""
    lines = [p.line for p in (*span.front, *span.body)]
    if span.title_line is not None:
        lines.append(span.title_line)
    return min(lines, default=float("inf"))


def _note(by_line: dict, readings, toc_lines=()) -> None:
    """Each reading's line and the lines glued to it, where no reading before took them."""
    for p, kind, why, report in readings:
        by_line.setdefault(p.line, (kind, why, report))
        for line, glue in _glued(p):
            if kind in ("title", "report-title"):
                glue = f"glued to line {p.line}: a title printed on two lines"
            by_line.setdefault(line, ("continuation", glue, report))


def explain_paragraphs(raw_lines: list[tuple[int, str]], make_paragraphs: Callable[[], list[Paragraph]]) -> tuple[int, Iterator[LineInfo]]:
    """raw_lines are the input lines with their numbers; make_paragraphs() gives their
    paragraphs. Returns (the number of lines, their LineInfo in order, a report read as
    the lines come to it)."""
    readings = read_lines(raw_lines, make_paragraphs)
    return readings.total, iter(readings)


def explain_units(text: str) -> LineReadings:
    """explain_stream(text) in units that can be read apart, in any order or process."""
    return read_lines(list(enumerate(split_lines(text), 1)), lambda: paragraphs(text))


def read_lines(raw_lines: list[tuple[int, str]], make_paragraphs: Callable[[], list[Paragraph]]) -> LineReadings:
    """What comes before the reports' readings (the title, the 目录, front matter), and
    the reports to read: see explain_paragraphs."""
    paras = make_paragraphs()
    outline = split_reports(paras)
    # The title and 目录 lines are not kept as paragraphs in the outline: find them again
    # among the paragraphs as split_reports saw them (titles on two lines joined).
    merged = merge_split_titles(paras)
    del paras
    readings: list[tuple[Paragraph, str, str, int | None]] = []
    toc_lines = {line for *_, line in outline.toc}
    title_lines = {r.title_line for r in outline.reports}
    title_paras: dict[int, Paragraph] = {}
    for p in merged:
        if p.line in title_lines:
            title_paras[p.line] = p
        if p.line in toc_lines:
            readings.append((p, "toc", "an entry of the 目录", None))
        elif outline.title is not None and p.text == outline.title and p.line not in title_lines:
            readings.append((p, "title", "the document's title: the first line, above the reports", None))
    del merged
    for p in outline.front:
        if TOC_RE.fullmatch(p.text):
            readings.append((p, "toc", "the 目录 heading", None))
        else:
            readings.append((p, "front", "before the first report: neither title nor 目录 (a site name, page furniture)", None))
    before: dict[int, tuple[str, str, int | None]] = {}
    _note(before, readings)
    if raw_lines and raw_lines[-1][1] == "":
        raw_lines = raw_lines[:-1]  # the newline that ends the last line opens no line
    return LineReadings(raw_lines, outline.reports, bool(outline.toc), title_paras, before)


def _last_line(span: ReportSpan, title_para: Paragraph | None) -> float:
    """The last input line any reading of the report can be on: its paragraphs' lines
    (a paragraph cut in two keeps the lines of its pieces)."""
    paras = [*span.front, *span.body, *([title_para] if title_para is not None else [])]
    lines = [line for p in paras for _, line in p.pieces]
    lines.extend(p.line for p in paras)
    if span.title_line is not None:
        lines.append(span.title_line)
    return max(lines, default=float("-inf"))


class LineReadings:
    """The input lines of a text and what each was read as, in units: runs of lines, each
    with the reports that are read on its lines (a report is read once the lines reach
    it). A unit starts where no reading of an earlier report can fall, so each unit reads
    as it would after the ones before it: the units can be read apart, in any order or
    process, and make the lines of explain_paragraphs together."""

    def __init__(
        self,
        raw_lines: list[tuple[int, str]],
        spans: list[ReportSpan],
        from_toc: bool,
        title_paras: dict[int, Paragraph],
        before: dict[int, tuple[str, str, int | None]],
    ) -> None:
        self.raw_lines = raw_lines
        self.total = len(raw_lines)
        self.spans: list[ReportSpan | None] = list(spans)
        self.from_toc = from_toc
        self.title_paras = title_paras
        self.before = before  # the readings before the reports': they take a line first
        # a report is read once the lines reach the first line of it or of any report after it
        reach = [_first_line(span) for span in spans]
        for k in range(len(reach) - 2, -1, -1):
            reach[k] = min(reach[k], reach[k + 1])
        self.reach = reach
        self.firsts = self._first_reports()  # the first report of each unit
        numbers = [number for number, _ in raw_lines]
        self.starts = [0, *(bisect_left(numbers, reach[k]) for k in self.firsts[1:]), len(raw_lines)]

    def _first_reports(self) -> list[int]:
        """0, and each report that no reading of a report before it reaches: every line
        those may read lies before the line at which it is read."""
        firsts, last = [0], float("-inf")
        for k, span in enumerate(self.spans):
            if k and last < self.reach[k] < float("inf") and (len(firsts) == 1 or self.reach[firsts[-1]] < self.reach[k]):
                firsts.append(k)
            last = max(last, _last_line(span, self.title_paras.get(span.title_line)))
        return firsts

    @property
    def count(self) -> int:
        return len(self.firsts)

    def __iter__(self) -> Iterator[LineInfo]:
        for u in range(self.count):
            yield from self.unit(u)

    def unit(self, u: int) -> Iterator[LineInfo]:
        """The LineInfo of the lines of unit u, its reports read as the lines reach them
        and then let go. Each unit is read once in each process."""
        end = self.firsts[u + 1] if u + 1 < self.count else len(self.spans)
        notes: dict[int, tuple[str, str, int | None]] = {}
        markers: dict[int, list[str]] = {}
        k = self.firsts[u]
        previous = None
        for number, raw in self.raw_lines[self.starts[u] : self.starts[u + 1]]:
            while k < end and self.reach[k] <= number:
                self._read(k, notes, markers)
                k += 1
            same_paragraph = number == previous
            if not same_paragraph and previous is not None:
                notes.pop(previous, None)
                markers.pop(previous, None)
            previous = number
            cleaned = clean_line(raw)
            if not cleaned:
                why = "paywall marker only" if raw.strip() else "blank"
                yield LineInfo(number, "blank", why, "")
                continue
            kind, why, report = self.before.get(number) or notes.get(number) or ("text", "(not reached by any stage)", None)
            if same_paragraph:
                kind, why = "continuation", f"after a line break inside Word paragraph {number}, whose number it carries"
            elif number in markers:
                why += "; measures " + " ".join(markers[number])
            yield LineInfo(number, kind, why, cleaned, report)

    def _read(self, k: int, notes: dict, markers: dict[int, list[str]]) -> None:
        """Note what report k read each of its lines as, and the measures on them."""
        span, self.spans[k] = self.spans[k], None  # read, then let go
        blocks = classify_report(span)
        found = _report_readings(span, k + 1, self.from_toc, self.title_paras.get(span.title_line), blocks)
        _note(notes, [(p, kind, why, k + 1) for p, kind, why in found])
        _report_markers(span, blocks, markers)

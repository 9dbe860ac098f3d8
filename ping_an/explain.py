"""Why each input line was read as it was: the data behind `pingan lines`.

The parse stages keep their reasons where they decide: the classifier and the lead
decision write a note on each Block. This module runs the same stages as parse_text and
lays those reasons out line by line, adding the decisions taken before classification
(blank lines, the title, the 目录, front matter, lines glued to the line before).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .classify import Block
from .lines import CONTINUES, OPENERS, Paragraph, bracket_depth, clean_line, split_lines
from .models import Document, Measure
from .patterns import TOC_RE
from .pipeline import classify_report, paragraphs, parse_paragraphs, word_paragraphs
from .reports import ReportSpan, merge_split_titles, split_reports
from .tree import Node, build_tree

if TYPE_CHECKING:
    from .reader import Input


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
    span: ReportSpan, number: int, from_toc: bool, by_line: dict[int, Paragraph]
) -> list[tuple[Paragraph, str, str]]:
    out: list[tuple[Paragraph, str, str]] = []
    if span.title is not None and span.title_line is not None:
        why = "a 目录 entry found again as a line" if from_toc else "a title line: short, no sentence end, heading the text or naming a kind of text"
        title_para = by_line.get(span.title_line) or Paragraph(span.title, span.title_line, [(0, span.title_line)])
        out.append((title_para, "report-title", f"report {number}: {why}"))
    where = f"under the title of report {number}" if span.title is not None else f"before the text of report {number}"
    for p in span.front:
        out.append((p, "front", f"{where}: subtitle, date, author, addressee, salutation or page furniture"))
    blocks = classify_report(span)
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


def _measure_markers(measures: list[Measure], out: dict[int, list[str]]) -> dict[int, list[str]]:
    for m in measures:
        out.setdefault(m.line, []).append(m.marker)
        _measure_markers(m.measures, out)
    return out


def _markers_by_line(doc: Document) -> dict[int, list[str]]:
    """The measure markers that stand on each input line."""
    out: dict[int, list[str]] = {}
    sections = [s for r in doc.reports for s in r.sections]
    for r in doc.reports:
        _measure_markers(r.measures, out)
    while sections:
        s = sections.pop()
        _measure_markers(s.measures, out)
        sections.extend(s.sections)
    return out


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
    return explain_paragraphs(list(enumerate(split_lines(text), 1)), lambda: paragraphs(text))


def explain_input(inp: Input) -> list[LineInfo]:
    """Every line of what the reader read (a .docx: one line per Word paragraph)."""
    if inp.word_lines is None:
        return explain(inp.text)
    lines = inp.word_lines
    # a line break inside a Word paragraph gives it several lines, all of its number
    numbered = [(line.number, line.raw) for line in lines]
    return explain_paragraphs(numbered, lambda: word_paragraphs(lines))


def explain_paragraphs(raw_lines: list[tuple[int, str]], make_paragraphs: Callable[[], list[Paragraph]]) -> list[LineInfo]:
    """raw_lines are the input lines with their numbers; make_paragraphs() gives a fresh
    list of their paragraphs (each stage gets its own, as in parse_text)."""
    outline = split_reports(make_paragraphs())
    # The title and 目录 lines are not kept as paragraphs in the outline: find them again
    # among the paragraphs as split_reports saw them (titles on two lines joined).
    merged = merge_split_titles(make_paragraphs())
    para_at = {p.line: p for p in merged}
    readings: list[tuple[Paragraph, str, str, int | None]] = []
    toc_lines = {line for *_, line in outline.toc}
    for p in merged:
        if p.line in toc_lines:
            readings.append((p, "toc", "an entry of the 目录", None))
        elif outline.title is not None and p.text == outline.title and not any(
            r.title_line == p.line for r in outline.reports
        ):
            readings.append((p, "title", "the document's title: the first line, above the reports", None))
    for p in outline.front:
        if TOC_RE.fullmatch(p.text):
            readings.append((p, "toc", "the 目录 heading", None))
        else:
            readings.append((p, "front", "before the first report: neither title nor 目录 (a site name, page furniture)", None))
    for number, span in enumerate(outline.reports, 1):
        for p, kind, why in _report_readings(span, number, bool(outline.toc), para_at):
            readings.append((p, kind, why, number))

    by_line: dict[int, tuple[str, str, int | None]] = {}
    for p, kind, why, report in readings:
        by_line.setdefault(p.line, (kind, why, report))
        for line, glue in _glued(p):
            if kind in ("title", "report-title"):
                glue = f"glued to line {p.line}: a title printed on two lines"
            by_line.setdefault(line, ("continuation", glue, report))

    markers = _markers_by_line(parse_paragraphs(make_paragraphs()))
    if raw_lines and raw_lines[-1][1] == "":
        raw_lines = raw_lines[:-1]  # the newline that ends the last line opens no line
    out = []
    previous = None
    for number, raw in raw_lines:
        same_paragraph, previous = number == previous, number
        cleaned = clean_line(raw)
        if not cleaned:
            why = "paywall marker only" if raw.strip() else "blank"
            out.append(LineInfo(number, "blank", why, ""))
            continue
        kind, why, report = by_line.get(number, ("text", "(not reached by any stage)", None))
        if same_paragraph:
            kind, why = "continuation", f"after a line break inside Word paragraph {number}, whose number it carries"
        elif number in markers:
            why += "; measures " + " ".join(markers[number])
        out.append(LineInfo(number, kind, why, cleaned, report))
    return out

"""The extraction pipeline: text → paragraphs → reports → blocks → tree → measures → models.

Every stage is a pure function of its input; nothing here keeps state between calls,
so parse_text can be mapped over millions of files by any executor.
"""

from __future__ import annotations

import dataclasses
import functools
import gc
from collections.abc import Iterable, Iterator

from ..parse.classify import Block, classify, starts_block
from ..parse.items import mark_listed_items, mark_narrative_items
from ..parse.leads import decide_leads
from ..parse.parts import mark_part_titles
from ..parse.runin import split_run_in_topics
from ..rules.hanzi import Restore, reading, readable, restored
from ..read.lines import Paragraph, Paragraphs, SourceLine, join_pages, paragraphs_of_lines, split_inline_toc, split_lost_breaks, split_piece_labels, split_run_in_dashes, split_run_in_part_titles, split_spaced_breaks, split_title_salutation, to_paragraphs
from ..enrich import BODY_KEY, START_KEY, enrich
from ..parse.measures import Body, MeasureNode, OpenLists, make_body, split_measures
from ..models import Document, Measure, Report, Section, Source, TocEntry
from ..parse.reports import Outline, ReportSpan, split_reports
from ..parse.tree import Node, build_tree


def _measures(nodes: list[MeasureNode]) -> list[dict]:
    out: list[dict] = []
    for n in nodes:
        item = {"marker": n.marker, "text": n.text, "line": n.line, "measures": _measures(n.children), START_KEY: n.start}
        n.written = (out, item)
        out.append(item)
    return out


def _drop_unanswered(open_lists: OpenLists, last_line: int) -> None:
    """A first item whose list no later body went on with is no measure (二是 with no
    一是, or 一是 with no 二是): its own items, if any, take its place. One that the text
    ends in is the first of a list cut short, and stays."""
    for family, node in open_lists.waiting.items():
        if open_lists.cut_short(family, last_line):
            continue
        siblings, item = node.written
        k = next(k for k, other in enumerate(siblings) if other is item)
        siblings[k : k + 1] = item["measures"]


def _body(parts, open_lists: OpenLists) -> tuple[str, list[dict], Body | None]:
    if not parts:
        return "", [], None
    body = make_body(parts)
    return body.text, _measures(split_measures(body, open_lists)), body


def _after(text: str, body: Body | None, own: int, has_tail: bool) -> tuple[str, str, int | None]:
    """Split a section's text into its body and what stands after its sub-sections:
    (body, after, the line `after` starts on). `own`: how many paragraphs are the body's.
    Measures and figures are found in the whole, as when it was one body."""
    if not has_tail or body is None:
        return text, "", None
    start = body.starts[own]
    return text[: max(start - 1, 0)], text[start:], body.line_at(start)


def _section(node: Node, open_lists: OpenLists) -> dict:
    text, measures, body = _body(node.parts + node.tail, open_lists)
    text, after, after_line = _after(text, body, len(node.parts), bool(node.tail))
    return {
        BODY_KEY: body,
        "marker": node.marker,
        "heading": node.heading,
        "line": node.line,
        "depth": node.depth,
        "style": node.style,
        "dash": node.dash,
        "punct": node.punct,
        "body": text,
        "after": after,
        "after_line": after_line,
        "sections": [_section(c, open_lists) for c in node.children],
        "measures": measures,
    }


def classify_report(span: ReportSpan) -> list[Block]:
    # lost line breaks are opened per report, in whichever process parses it
    blocks = [classify(p) for p in split_run_in_topics(split_lost_breaks(split_run_in_part_titles(split_spaced_breaks(split_run_in_dashes(span.body)))))]
    mark_listed_items(blocks)
    mark_narrative_items(blocks)
    decide_leads(blocks)
    mark_part_titles(blocks)
    return blocks


def _report(span: ReportSpan, blocks: list[Block] | None = None) -> dict:
    """A report's fields before enrichment; blocks: its classify_report(span), when the
    caller has them already (explain.py reads the same blocks line by line)."""
    root = build_tree(classify_report(span) if blocks is None else blocks)
    # a list of whole-paragraph items goes on across the sections between its items;
    # bodies are taken in reading order
    open_lists = OpenLists()
    preamble, measures, body = _body(root.parts, open_lists)
    first = span.title_line or (span.front[0].line if span.front else span.body[0].line if span.body else None)
    sections = [_section(c, open_lists) for c in root.children]
    last = span.body[-1] if span.body else None
    _drop_unanswered(open_lists, last.line_at(max(len(last.text) - 1, 0)) if last else 0)
    return {
        "title": span.title,
        "line": first,
        "front": [p.text for p in span.front],
        "preamble": preamble,
        "sections": sections,
        "measures": measures,
        BODY_KEY: body,
    }


def report_fields(span: ReportSpan, blocks: list[Block]) -> dict:
    """A report's structure (sections and measures as dicts, without metadata, figures
    and terms) from its blocks, classify_report(span): what `pingan lines` needs of the
    parse, without parsing the report a second time."""
    return _report(span, blocks)


def _split(paras: list[Paragraph], restore: Restore | None) -> Paragraphs:
    out = Paragraphs(split_piece_labels(split_inline_toc(split_title_salutation(join_pages(paras)))))
    out.restore = restore
    return out


def paragraphs(text: str) -> Paragraphs:
    """The paragraphs of a text, read in simplified characters (hanzi.readable)."""
    text, restore = readable(text)
    return _split(to_paragraphs(text, starts_block), restore)


def word_paragraphs(lines: Iterable[SourceLine]) -> Paragraphs:
    """The paragraphs of prepared input lines (a Word file's)."""
    lines = list(lines)
    tables = reading("\n".join(line.raw for line in lines))
    if tables is None:
        return _split(paragraphs_of_lines(lines, starts_block), None)
    lines = [dataclasses.replace(line, raw=line.raw.translate(tables[0])) for line in lines]
    return _split(paragraphs_of_lines(lines, starts_block), tables[1])


def _collector_paused(parse):
    """Run parse with the cyclic garbage collector paused. The parser makes no reference
    cycles, and on a large file the collector's repeated passes over the growing document
    cost a quarter of the time and made the time per MB grow with the size (bench/run.py).
    It is switched back on only by the call that switched it off."""

    @functools.wraps(parse)
    def run(*args, **kwargs):
        if not gc.isenabled():
            return parse(*args, **kwargs)
        gc.disable()
        try:
            return parse(*args, **kwargs)
        finally:
            gc.enable()

    return run


@_collector_paused
def parse_text(text: str, *, source: Source | dict | None = None) -> Document:
    """Parse the text of one file (a report or a compendium) into a Document."""
    return parse_paragraphs(paragraphs(text), source=source)


@_collector_paused
def parse_lines(lines: Iterable[SourceLine], *, source: Source | dict | None = None) -> Document:
    """Parse prepared input lines (a Word file's paragraphs with their heading levels)."""
    return parse_paragraphs(word_paragraphs(lines), source=source)


def document_data(outline: Outline, source: Source | dict | None, reports: list[dict]) -> dict:
    """The Document's fields as plain dicts, around the report dicts given."""
    own = restored(
        {
            "title": outline.title,
            "toc": [{"number": n, "title": t, "page": pg, "line": ln} for n, t, pg, ln in outline.toc],
            "front": [p.text for p in outline.front],
        },
        outline.restore,
    )
    return {**own, "reports": reports, "source": source.model_dump() if isinstance(source, Source) else source}


def report_data(span: ReportSpan) -> dict:
    """One report's fields as plain dicts, enriched: what Report.model_validate takes.
    Each report is parsed on its own, so reports can be parsed in any order or process."""
    return restored(enrich(_report(span)), span.restore)


def document_head(outline: Outline, source: Source | dict | None) -> Document:
    """The Document of an outline without its reports."""
    return Document.model_validate(document_data(outline, source, []))


def parse_report(spans: list[ReportSpan | None], k: int) -> Report:
    """The kth report of spans, parsed; its paragraphs are let go (spans[k] becomes None).
    Each report is parsed on its own, in any order or process."""
    span, spans[k] = spans[k], None
    return Report.model_validate(report_data(span))


def stream_paragraphs(paras: list[Paragraph], *, source: Source | dict | None = None) -> tuple[Document, int, Iterator[Report]]:
    """What parse_paragraphs returns, a report at a time: (the Document without its
    reports, the number of reports, the reports in order as each is parsed). A view that
    prints each report as it comes holds one report's models at a time, not the whole
    document's; the reports are those of parse_paragraphs, field for field."""
    outline = split_reports(paras)
    spans: list[ReportSpan | None] = outline.reports
    return document_head(outline, source), len(spans), (parse_report(spans, k) for k in range(len(spans)))


def stream_text(text: str, *, source: Source | dict | None = None) -> tuple[Document, int, Iterator[Report]]:
    """parse_text a report at a time (see stream_paragraphs)."""
    return stream_paragraphs(paragraphs(text), source=source)


def stream_lines(lines: Iterable[SourceLine], *, source: Source | dict | None = None) -> tuple[Document, int, Iterator[Report]]:
    """parse_lines a report at a time (see stream_paragraphs)."""
    return stream_paragraphs(word_paragraphs(lines), source=source)


@_collector_paused
def parse_paragraphs(paras: list[Paragraph], *, source: Source | dict | None = None) -> Document:
    """Parse paragraphs that remember their input lines into a Document."""
    outline = split_reports(paras)
    return Document.model_validate(document_data(outline, source, [report_data(span) for span in outline.reports]))


__all__ = ["parse_text", "parse_lines", "parse_paragraphs", "stream_text", "stream_lines", "stream_paragraphs", "document_data", "document_head", "report_data", "parse_report", "paragraphs", "Document", "Report", "Section", "Measure", "TocEntry", "Source"]

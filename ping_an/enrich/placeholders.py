"""Redaction placeholders: the blanks (`xx`, `xxx.xx`, `××`) a writer must fill in.

A placeholder is a maximal run of x, X or × (full-width ｘ Ｘ too), with an optional
decimal part (`xx.xx`), that does not touch a Latin letter (so `Xbox`, `KTV` and
`xx-large` words are no blanks). They are found in the input lines as read, so each has
its exact line and column, and belongs to the report that starts on or before its line
(none for the compendium title and 目录).
"""

from __future__ import annotations

import bisect

from ..read.lines import PAYWALL, SPACE, split_lines
from ..models import Document, Placeholder
from ..rules.pattern_cache import compiled
from ..rules.patterns import PLACEHOLDER_CHARS as BLANK
# (the decimal part is dropped, not the whole blank, when a letter follows it: xx.xxa → xx)
PLACEHOLDER_RE = compiled(rf"(?<![\p{{Latin}}{BLANK}])[{BLANK}]++(?:[.．][{BLANK}]++)?(?![\p{{Latin}}{BLANK}])")
# characters of context shown either side, enough to recognise the sentence
CONTEXT = 16


def _report_starts(doc: Document) -> tuple[list[int], list[tuple[int, str | None]]]:
    starts, reports = [], []
    for number, report in enumerate(doc.reports, 1):
        if report.line is not None:
            starts.append(report.line)
            reports.append((number, report.title))
    return starts, reports


def _context(text: str) -> str:
    return PAYWALL.sub("", text).strip(SPACE)


def find(text: str, doc: Document) -> list[Placeholder]:
    """Every placeholder of text (the input doc was parsed from), in reading order."""
    starts, reports = _report_starts(doc)
    found = []
    for number, line in enumerate(split_lines(text), 1):
        if not any(c in line for c in BLANK):
            continue
        i = bisect.bisect_right(starts, number) - 1
        report, title = reports[i] if i >= 0 else (None, None)
        for m in PLACEHOLDER_RE.finditer(line):
            found.append(
                Placeholder(
                    text=m.group(),
                    line=number,
                    column=m.start() + 1,
                    report=report,
                    title=title,
                    before=_context(line[: m.start()])[-CONTEXT:],
                    after=_context(line[m.end() :])[:CONTEXT],
                )
            )
    return found

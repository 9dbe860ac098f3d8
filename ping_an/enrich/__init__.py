"""Enrich the document dicts with metadata, figures and terms, before validation.

pipeline.parse_paragraphs builds plain dicts; for each body it leaves the measures.Body under
the private key `_body` (and each measure's marker offset under `_start`) so that every
figure found here gets the input line it stands on. enrich() consumes those keys, so
what reaches the models is exactly their shape.

Each text is scanned once (figures.scan): a section's heading and body together, a
report's preamble. A measure's text is a slice of its body, so its figures and terms are the
body's that fall inside that slice: no second scan.

Beside this module: metadata.py (a report's organization, period and kind), figures.py
(quantities, and the one scanner), terms.py (quoted names); placeholders.py lists the
redaction blanks of a parsed document for `pingan placeholders`.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right

from .figures import Found, scan
from ..parse.measures import Body
from .metadata import metadata
from .terms import unique

BODY_KEY = "_body"
START_KEY = "_start"

_Located = tuple[list[tuple[int, int, dict]], list[tuple[int, int, str]]]


def enrich(report: dict) -> dict:
    """Fill a report's organization/period/kind, figures and terms in place; return it."""
    _report(report)
    return report


def _with_line(fields: dict, line: int) -> dict:
    # each Found's fields are its own (scan made them for this call): filled in place
    fields["line"] = line
    return fields


def _located(found: list[Found], line_at) -> list[tuple[int, int, dict]]:
    return [(f.start, f.end, _with_line(f.fields, line_at(f.start))) for f in found]


def _scan_body(body: Body | None) -> _Located:
    if body is None or not body.text:
        return [], []
    found, quoted = scan(body.text)
    return _located(found, body.line_at), quoted


def _measures(measures: list[dict], body: Body | None, located: _Located, starts=None) -> None:
    if not measures:
        return
    figures, quoted = located
    if starts is None:
        # figures and terms come in text order, so a measure's are a slice found by
        # bisection: filtering all of them for every measure was quadratic in long bodies
        starts = ([s for s, _, _ in figures], [s for s, _, _ in quoted])
    figure_starts, term_starts = starts
    for m in measures:
        marker_at = m.pop(START_KEY, 0)
        start = body.text.find(m["text"], marker_at) if body is not None and m["text"] else -1
        if start < 0:
            m["figures"], m["terms"] = [], []
        else:
            end = start + len(m["text"])
            inside = figures[bisect_left(figure_starts, start) : bisect_right(figure_starts, end)]
            m["figures"] = [f for s, e, f in inside if e <= end]
            inside = quoted[bisect_left(term_starts, start) : bisect_right(term_starts, end)]
            m["terms"] = unique(t for s, e, t in inside if e <= end)
        _measures(m["measures"], body, located, starts)


def _report(report: dict) -> None:
    body = report.pop(BODY_KEY, None)
    located = _scan_body(body)
    report.update(metadata(report))
    report["figures"] = [f for _, _, f in located[0]]
    report["terms"] = unique(t for _, _, t in located[1])
    _measures(report["measures"], body, located)
    for s in report["sections"]:
        _section(s)


def _section(section: dict) -> None:
    body = section.pop(BODY_KEY, None)
    # heading and body in one scan; body offsets are what the measures' spans use
    heading, line = section["heading"], section["line"]
    shift = len(heading) + 1
    found, quoted = scan(heading + "\n" + body.text if body is not None else heading)

    def line_at(offset: int) -> int:
        return line if offset < shift else body.line_at(offset - shift)

    figures = [(f.start - shift, f.end - shift, _with_line(f.fields, line_at(f.start))) for f in found]
    located = (figures, [(s - shift, e - shift, t) for s, e, t in quoted])
    section["figures"] = [f for _, _, f in figures]
    section["terms"] = unique(t for _, _, t in quoted)
    _measures(section["measures"], body, located)
    for c in section["sections"]:
        _section(c)

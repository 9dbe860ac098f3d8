"""The Markdown view: the outline a writer pastes into Word or a Markdown editor.

Headings are the compendium title, each report title one level below it, and each
section one level deeper per depth; measures are nested list items under their section.
Body text is left out: this is the outline, not the document. Markdown has six heading
levels, so anything deeper stays at level six.
"""

from __future__ import annotations

from ..models import Document, Measure, Report, Section
from ..rules.pattern_cache import compiled
from .rows import UNTITLED
from .rows import label

MAX_LEVEL = 6
# Characters that would turn into emphasis, code or links.
SPECIAL = compiled(r"([\\`*_\[\]<>])")


def _escape(text: str) -> str:
    return SPECIAL.sub(r"\\\1", " ".join(text.split()))


def _heading(level: int, text: str) -> list[str]:
    return ["#" * min(level, MAX_LEVEL) + " " + text, ""]


def _measures(measures: list[Measure], indent: int = 0) -> list[str]:
    out = []
    for m in measures:
        out.append(f"{'  ' * indent}- **{_escape(m.marker)}** {_escape(m.text)}")
        out.extend(_measures(m.measures, indent + 1))
    return out


def _items(measures: list[Measure]) -> list[str]:
    lines = _measures(measures)
    return [*lines, ""] if lines else []


def _section(s: Section, level: int) -> list[str]:
    out = _heading(level + s.depth - 1, _escape(label(s.marker, s.heading)))
    out += _items(s.measures)
    for child in s.sections:
        out += _section(child, level)
    return out


def _report(r: Report, level: int) -> list[str]:
    out = _heading(level, _escape(r.title or UNTITLED)) + _items(r.measures)
    for s in r.sections:
        out += _section(s, level + 1)
    return out


def to_markdown(doc: Document) -> str:
    # A single report whose title is the document's title is the top heading itself.
    single = len(doc.reports) == 1 and doc.reports[0].title == doc.title
    out: list[str] = [] if single or doc.title is None else _heading(1, _escape(doc.title))
    level = 1 if single or doc.title is None else 2
    for r in doc.reports:
        out += _report(r, level)
    return "\n".join(out).rstrip("\n") + "\n" if out else ""

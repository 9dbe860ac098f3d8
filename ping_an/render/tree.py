"""The rich tree view: compendium → reports → sections → measures, with line numbers.

Each label is one line, cut with … to the width left beside the tree guides. rich
measures that width in terminal cells (a Chinese character takes two), so the cut
falls right for CJK text too.
"""

from __future__ import annotations

from rich.console import Console
from rich.text import Text
from rich.tree import Tree

from . import console as standard_console
from ..models import Document, Measure, Section
from .rows import UNTITLED, gap

LEAD_MARK = "◆"  # stands in the marker column for a lead heading, which has none
AFTER_MARK = "↩"  # a section's text after its sub-sections


def _label(line: int | None, *parts: tuple[str, str]) -> Text:
    text = Text(no_wrap=True, overflow="ellipsis", end="")
    if line is not None:
        text.append(f"{line:>5}  ", style="dim")
    for content, style in parts:
        text.append(content.replace("\n", " "), style=style)
    return text


def _measure(parent: Tree, m: Measure) -> None:
    node = parent.add(_label(m.line, (m.marker, "magenta"), (" " + m.text, "")))
    for c in m.measures:
        _measure(node, c)


def _section(parent: Tree, s: Section) -> None:
    marker = (s.marker, "cyan") if s.marker else (LEAD_MARK, "green")
    node = parent.add(_label(s.line, marker, (gap(s.marker) + s.heading, "bold")))
    for m in s.measures:
        _measure(node, m)
    for c in s.sections:
        _section(node, c)
    if s.after:  # the section's closing text, where it stands: after its sub-sections
        node.add(_label(s.after_line, (AFTER_MARK, "dim"), (" " + s.after, "dim")))


def build_tree(doc: Document) -> Tree:
    count = f"  {len(doc.reports)} report{'s' if len(doc.reports) != 1 else ''}"
    root = Tree(_label(None, (doc.title or "(untitled)", "bold"), (count, "dim")))
    for r in doc.reports:
        node = root.add(_label(r.line, (r.title or UNTITLED, "bold yellow")))
        for m in r.measures:
            _measure(node, m)
        for s in r.sections:
            _section(node, s)
    return root


def print_tree(doc: Document, console: Console | None = None) -> None:
    (console or standard_console()).print(build_tree(doc))

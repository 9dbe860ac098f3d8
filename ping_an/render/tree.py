"""The rich tree view: compendium → reports → sections → measures, with line numbers.

Each label is one line, cut with … to the width left beside the tree guides. rich
measures that width in terminal cells (a Chinese character takes two), so the cut
falls right for CJK text too.

Into a pipe or a file (no colour) the tree is written a report at a time as the parse
yields them (write_tree): the same lines rich lays out, guides and cuts included
(cells.py), without a Tree of the whole document in memory. On a terminal rich prints
it, in colour.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from rich.console import Console
from rich.text import Text
from rich.tree import Tree

from .output import console as standard_console
from .cells import cut, plain, plain_console
from ..models import Document, Measure, Report, Section
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


def _count(reports: int) -> str:
    return f"  {reports} report{'s' if reports != 1 else ''}"


def build_tree(doc: Document) -> Tree:
    root = Tree(_label(None, (doc.title or "(untitled)", "bold"), (_count(len(doc.reports)), "dim")))
    for r in doc.reports:
        node = root.add(_label(r.line, (r.title or UNTITLED, "bold yellow")))
        for m in r.measures:
            _measure(node, m)
        for s in r.sections:
            _section(node, s)
    return root


def print_tree(doc: Document, console: Console | None = None) -> None:
    (console or standard_console()).print(build_tree(doc))


# rich's tree guides (Tree.TREE_GUIDES[0]): beside a later sibling, beside the last
# one, before a node with siblings after it, before the last
CONTINUE, SPACE, FORK, END = "│   ", "    ", "├── ", "└── "
GUIDE = 4  # cells of each guide


def _plain_label(line: int | None, *parts: str) -> str:
    """What _label's Text holds, as plain text."""
    return (f"{line:>5}  " if line is not None else "") + "".join(p.replace("\n", " ") for p in parts)


def _rich_lines(console: Console, label: Text, width: int) -> list[str]:
    """The lines rich prints for a label `width` cells wide (a label with a tab or a
    control character, which plain text does not cover)."""
    options = console.options.update(width=width, highlight=False, height=None)
    return ["".join(segment.text for segment in line) for line in console.render_lines(label, options, pad=False)]


class TreeLines:
    """The tree's lines for a console `width` cells wide, node by node."""

    def __init__(self, console: Console) -> None:
        self.console = console
        self.width = console.width

    def node(self, guides: str, last: bool, line: int | None, *parts: tuple[str, str]) -> Iterator[str]:
        """The line(s) of one node under `guides` (its ancestors' guides), as rich's Tree
        lays them out: no line at all when the guides leave no room."""
        room = self.width - len(guides) - GUIDE if guides is not None else self.width
        if room < 1:
            return
        head = "" if guides is None else guides + (END if last else FORK)
        text = _plain_label(line, *(content for content, _ in parts))
        if plain(text):
            yield head + cut(text, room) + "\n"
            return
        lines = _rich_lines(self.console, _label(line, *parts), room)
        for k, one in enumerate(lines):
            yield head + one + "\n"
            if k == 0 and guides is not None:
                head = guides + (SPACE if last else CONTINUE)

    def measure(self, guides: str, last: bool, m: Measure) -> Iterator[str]:
        yield from self.node(guides, last, m.line, (m.marker, "magenta"), (" " + m.text, ""))
        below = guides + (SPACE if last else CONTINUE)
        for k, c in enumerate(m.measures):
            yield from self.measure(below, k == len(m.measures) - 1, c)

    def section(self, guides: str, last: bool, s: Section) -> Iterator[str]:
        marker = (s.marker, "cyan") if s.marker else (LEAD_MARK, "green")
        yield from self.node(guides, last, s.line, marker, (gap(s.marker) + s.heading, "bold"))
        below = guides + (SPACE if last else CONTINUE)
        children = len(s.measures) + len(s.sections) + bool(s.after)
        k = 0
        for m in s.measures:
            k += 1
            yield from self.measure(below, k == children, m)
        for c in s.sections:
            k += 1
            yield from self.section(below, k == children, c)
        if s.after:
            yield from self.node(below, True, s.after_line, (AFTER_MARK, "dim"), (" " + s.after, "dim"))

    def root(self, head: Document, count: int) -> str:
        """The tree's first line: the document's title and its number of reports."""
        return "".join(self.node(None, True, None, (head.title or "(untitled)", "bold"), (_count(count), "dim")))

    def report_text(self, k: int, count: int, r: Report) -> str:
        """The lines of the kth of count reports (from 0), under the root."""
        return "".join(self.report(k == count - 1, r))

    def report(self, last: bool, r: Report) -> Iterator[str]:
        yield from self.node("", last, r.line, (r.title or UNTITLED, "bold yellow"))
        below = SPACE if last else CONTINUE
        children = len(r.measures) + len(r.sections)
        for k, m in enumerate(r.measures, 1):
            yield from self.measure(below, k == children, m)
        for k, s in enumerate(r.sections, len(r.measures) + 1):
            yield from self.section(below, k == children, s)


def write_tree(head: Document, count: int, reports: Iterable[Report], console: Console | None = None) -> None:
    """Print the tree of a document given as its head (the Document without its reports),
    the number of its reports and the reports, one by one: each is written as it comes
    and then let go. Byte for byte what print_tree prints of the whole document."""
    console = console or standard_console()
    if not plain_console(console):
        # a terminal: rich prints the tree in colour
        print_tree(head.model_copy(update={"reports": list(reports)}), console)
        return
    lines = TreeLines(console)
    write = console.file.write
    write(lines.root(head, count))
    for k, r in enumerate(reports):
        write(lines.report_text(k, count, r))

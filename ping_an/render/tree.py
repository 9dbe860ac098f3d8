"""The rich tree view: compendium → reports → sections → measures, with line numbers."""

from __future__ import annotations

from rich.console import Console
from rich.markup import escape
from rich.tree import Tree

from ..models import Document, Measure, Section

PREVIEW = 40


def _short(text: str, n: int = PREVIEW) -> str:
    text = text.replace("\n", " ")
    return text if len(text) <= n else text[: n - 1] + "…"


def _measure(parent: Tree, m: Measure) -> None:
    node = parent.add(f"[dim]{m.line:>5}[/dim]  [magenta]{escape(m.marker)}[/magenta] {escape(_short(m.text))}")
    for c in m.measures:
        _measure(node, c)


def _section(parent: Tree, s: Section) -> None:
    marker = f"[cyan]{escape(s.marker)}[/cyan]" if s.marker else "[green]◆[/green]"
    node = parent.add(f"[dim]{s.line:>5}[/dim]  {marker} [bold]{escape(s.heading)}[/bold]")
    for m in s.measures:
        _measure(node, m)
    for c in s.sections:
        _section(node, c)


def build_tree(doc: Document) -> Tree:
    root = Tree(f"[bold]{escape(doc.title or '(untitled)')}[/bold]  [dim]{len(doc.reports)} report(s)[/dim]")
    for r in doc.reports:
        where = f"[dim]{r.line:>5}[/dim]  " if r.line else ""
        node = root.add(f"{where}[bold yellow]{escape(r.title or '(untitled report)')}[/bold yellow]")
        for m in r.measures:
            _measure(node, m)
        for s in r.sections:
            _section(node, s)
    return root


def print_tree(doc: Document, console: Console | None = None) -> None:
    (console or Console()).print(build_tree(doc))

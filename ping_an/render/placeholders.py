"""The placeholder table: one row per blank to fill, in reading order, for a writer to work down."""

from __future__ import annotations

from rich.console import Console
from rich.markup import escape
from rich.table import Table

from ..models import Placeholder


def print_placeholders(found: list[Placeholder], path: str, console: Console | None = None) -> None:
    console = console or Console()
    if not found:
        console.print(f"{escape(path)}: no placeholders", highlight=False)
        return
    titles = {p.report: p.title for p in found if p.report is not None}
    table = Table(
        title=f"{escape(path)}: {len(found)} placeholders in {len(titles)} reports",
        title_justify="left",
        caption="\n".join(f"{n}. {escape(t or '(untitled)')}" for n, t in titles.items()) or None,
        caption_justify="left",
    )
    table.add_column("#", justify="right", style="dim")
    table.add_column("line", justify="right")
    table.add_column("col", justify="right", style="dim")
    table.add_column("report", justify="right")
    table.add_column("in context", overflow="fold")
    for n, p in enumerate(found, 1):
        report = "" if p.report is None else str(p.report)
        context = f"{escape(p.before)}[bold reverse]{escape(p.text)}[/bold reverse]{escape(p.after)}"
        table.add_row(str(n), str(p.line), str(p.column), report, context)
    console.print(table)

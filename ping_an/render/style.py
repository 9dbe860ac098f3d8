"""How every view writes: JSON in the style of --json, and the rich console on standard
output. Free of rich until a console is asked for (the CLI imports this at start-up).
"""

from __future__ import annotations


def compact_json(value) -> str:
    """JSON in the style of --json (no spaces, Chinese as itself), for every view and
    record that writes JSON without the models' serialiser."""
    import json

    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def console(width: int | None = None):
    """A rich console on standard output: colour only on a terminal, none under NO_COLOR
    (rich reads both), `width` cells wide or the terminal's width."""
    from rich.console import Console

    return Console(width=width, highlight=False)

"""The `pingan` console script.

Ctrl-C ends a single-file command at once, with one line and exit code 130. Python's own
KeyboardInterrupt cannot be trusted for that while the program is still starting: one
that lands in a weak-reference callback during the imports is printed as "Exception
ignored … KeyboardInterrupt" and swallowed, and the run goes on to exit 0. The handler is
set before anything else is imported; `pingan batch` puts its own in place for the run
(a first Ctrl-C asks for a clean stop, see batch/interrupts.py).
"""

from __future__ import annotations

import os
import signal
import sys


def _interrupted(signum, frame) -> None:
    os.write(2, b"pingan: interrupted\n")
    # a second process of a large file's view (render/parallel.py) ends with this one,
    # even when the signal was sent to this process alone
    output = sys.modules.get("ping_an.render.output")
    if output is not None:
        output.end_children()
    os._exit(130)


def main() -> None:
    signal.signal(signal.SIGINT, _interrupted)
    from . import command

    command.own_process = True
    # the forms a shell loop runs once per file skip typer, import and all (command.py)
    if not command.guarded(lambda: command.plain_extract(sys.argv[1:])):
        from .cli import main as cli_main

        cli_main()

"""What ends a batch as a whole: its exit codes, and BatchError for a batch that cannot
start (bad output, unreachable scheduler); a file that fails is only that file's
error record (work.py).
"""

from __future__ import annotations

EXIT_SOME_FAILED = 1
EXIT_USAGE = 2
EXIT_INTERRUPTED = 130


class BatchError(Exception):
    """The batch cannot start (bad output, unreachable scheduler): `pingan: WHAT: message`, exit_code."""

    def __init__(self, what: str, message: str, exit_code: int = EXIT_USAGE) -> None:
        super().__init__(message)
        self.what, self.exit_code = what, exit_code

"""What reading a file can fail with: an InputError whose message is one short line and
whose exit_code is the documented one (README "Exit codes"). The reader and the Word
reader both raise them.
"""

from __future__ import annotations


class InputError(Exception):
    """A file that cannot be read as a report; the message names the cause."""

    exit_code = 3


class UnsupportedFormat(InputError):
    exit_code = 4


class DecodeError(InputError):
    exit_code = 5


CONVERT = "unsupported format, convert to .docx or .txt"

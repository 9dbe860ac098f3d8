"""Stage 1: read a file and decode it to text, with what we learnt about the source."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

from .models import Document, Source


class InputError(Exception):
    """A file that cannot be read as a report; the message names the cause."""

    exit_code = 3


class UnsupportedFormat(InputError):
    exit_code = 4


class DecodeError(InputError):
    exit_code = 5


def decode(data: bytes) -> tuple[str, str]:
    """Bytes → (text, encoding name)."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="strict"), "utf-8-sig"
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as e:
        raise DecodeError(f"not valid UTF-8 text (byte {e.start})") from None


def read_file(path: str | os.PathLike) -> tuple[str, Source]:
    p = Path(path)
    try:
        data = p.read_bytes()
    except IsADirectoryError:
        raise InputError("is a directory") from None
    except FileNotFoundError:
        raise InputError("no such file") from None
    except PermissionError:
        raise InputError("permission denied") from None
    except OSError as e:
        raise InputError(e.strerror or str(e)) from None
    text, encoding = decode(data)
    source = Source(
        path=str(path), encoding=encoding, sha256=hashlib.sha256(data).hexdigest(), bytes=len(data), format="text"
    )
    return text, source


def parse_file(path: str | os.PathLike) -> Document:
    """Read, decode and parse one file."""
    from .pipeline import parse_text

    text, source = read_file(path)
    return parse_text(text, source=source)

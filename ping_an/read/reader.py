"""Read a file and decode it to text, with what we learnt about the source.

Plain text is decoded after cheap checks (byte-order marks, binary signatures, NUL
bytes, strict UTF-8); only text that is not UTF-8 goes to the encoding detector
(charset-normalizer), restricted to the encodings Chinese reports come in. A .docx is
checked as untrusted input (zip bomb, XML entities) before python-docx opens it; see
docx_reader.py. Every failure is an InputError whose message is one short line and
whose exit_code is the documented one (README "Exit codes").
"""

from __future__ import annotations

import hashlib
import os
import re
import stat
from dataclasses import dataclass
from pathlib import Path

from .errors import CONVERT, DecodeError, InputError, UnsupportedFormat
from .lines import SourceLine
from ..models import Source
from ..rules.pattern_cache import compiled_re


# Suffixes read as Word 2007+ documents, and formats we cannot read (by suffix).
DOCX_SUFFIXES = frozenset({".docx", ".docm", ".dotx", ".dotm"})
UNSUPPORTED_SUFFIXES = {
    ".doc": "old binary Word document (.doc)",
    ".dot": "old binary Word template (.dot)",
    ".wps": "WPS document (.wps)",
    ".pdf": "PDF document",
    ".rtf": "RTF document",
    ".odt": "OpenDocument text (.odt)",
    ".pages": "Pages document",
    ".xls": "Excel workbook",
    ".xlsx": "Excel workbook",
    ".et": "WPS spreadsheet",
    ".ppt": "PowerPoint presentation",
    ".pptx": "PowerPoint presentation",
    ".dps": "WPS presentation",
}

# Byte-order marks, longest first (UTF-32 LE starts like UTF-16 LE).
BOMS = (
    (b"\xff\xfe\x00\x00", "utf-32-le", "utf-32"),
    (b"\x00\x00\xfe\xff", "utf-32-be", "utf-32"),
    (b"\xef\xbb\xbf", "utf-8-sig", "utf-8-sig"),
    (b"\xff\xfe", "utf-16-le", "utf-16"),
    (b"\xfe\xff", "utf-16-be", "utf-16"),
)

# Signatures of formats that are not text: (magic, what it is, unsupported document?).
SIGNATURES = (
    (b"%PDF-", "PDF document", True),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "old binary Office document (.doc/.xls/.wps)", True),
    (b"{\\rtf", "RTF document", True),
    (b"\x89PNG\r\n\x1a\n", "PNG image", False),
    (b"\xff\xd8\xff", "JPEG image", False),
    (b"GIF87a", "GIF image", False),
    (b"GIF89a", "GIF image", False),
    (b"\x1f\x8b", "gzip archive", False),
    (b"7z\xbc\xaf\x27\x1c", "7-Zip archive", False),
    (b"Rar!\x1a\x07", "RAR archive", False),
    (b"\x7fELF", "ELF executable", False),
)
ZIP_MAGIC = b"PK\x03\x04"

# Encodings the detector may choose between, once the text is known not to be UTF-8.
# GBK and GB2312 are read as GB18030, their superset; Big5 only when it is clearly Big5.
DETECT_AMONG = ["gb18030", "big5"]
BIG5_MARGIN = 0.1  # Big5 must be this much less chaotic than GB18030 to win
SNIFF_BYTES = 1 << 18  # the detector looks at this much of the file
# Text holds at most this share of control characters (other than tab, line and page
# breaks); more, and the bytes are binary data, whatever they decoded to.
CONTROL_SHARE = 0.01
CONTROL_CHARS = frozenset(chr(c) for c in range(32) if chr(c) not in "\t\n\r\f\v\x1a") | {"\x7f", "\ufffd"}
CONTROL_RE = compiled_re("[" + re.escape("".join(sorted(CONTROL_CHARS))) + "]")
# From this size on, the checksum is computed beside the decoding: 20 ms at 40 MB.
HASH_ASIDE_BYTES = 1 << 20


@dataclass(frozen=True, slots=True)
class Input:
    """What was read: the source, its text (one line per Word paragraph for a .docx),
    and for a .docx the paragraphs with their Word heading levels."""

    source: Source
    text: str
    word_lines: list[SourceLine] | None = None
    replaced: tuple[int, ...] = ()  # --errors replace: offsets of the bytes that became U+FFFD


def _binary_kind(data: bytes) -> str | None:
    head = data[:16]
    return next((kind for magic, kind, _ in SIGNATURES if head.startswith(magic)), None)


def _unsupported_kind(data: bytes) -> str | None:
    head = data[:16]
    return next((kind for magic, kind, unsupported in SIGNATURES if unsupported and head.startswith(magic)), None)


def _check_text(text: str) -> str:
    """Refuse decoded text that is mostly control characters: binary data, not a report."""
    sample = text[:SNIFF_BYTES]
    controls = len(CONTROL_RE.findall(sample))
    if controls > CONTROL_SHARE * len(sample):
        raise DecodeError(f"binary data, not text ({controls} control characters in the first {len(sample)})")
    return text


def _strict(data: bytes, codec: str, name: str) -> str:
    try:
        return data.decode(codec)
    except UnicodeDecodeError as e:
        raise DecodeError(f"not valid {name} text (byte {e.start}); try --encoding, or --errors replace") from None


def _mostly_utf8(data: bytes) -> bool:
    """UTF-8 with a few bad bytes (a damaged file), not text in another encoding."""
    sample = data[:SNIFF_BYTES].decode("utf-8", "replace")
    bad = sample.count("\ufffd")
    multibyte = sum(1 for ch in sample if ord(ch) > 0x7F) - bad
    return bad <= max(8, len(sample) // 1000) and multibyte > 20 * bad


def _detect(data: bytes) -> str:
    """The encoding of bytes that are not UTF-8: GB18030 unless clearly Big5."""
    from charset_normalizer import from_bytes  # heavy: only for text that is not UTF-8

    sample = data[:SNIFF_BYTES]
    if len(data) > SNIFF_BYTES:
        # cut at a line end, which is never inside a GB18030 or Big5 character
        cut = sample.rfind(b"\n")
        sample = sample[: cut + 1] if cut > 0 else sample
    chaos = {m.encoding: m.chaos for m in from_bytes(sample, cp_isolation=DETECT_AMONG)}
    gb, big5 = chaos.get("gb18030"), chaos.get("big5")
    if big5 is not None and (gb is None or big5 + BIG5_MARGIN < gb):
        return "big5"
    if gb is not None:
        return "gb18030"
    raise DecodeError("not UTF-8, GB18030 or Big5 text; name the encoding with --encoding")


def decode(data: bytes, encoding: str | None = None) -> tuple[str, str]:
    """Bytes → (text, the name of the encoding used). Raises DecodeError."""
    if encoding is not None:
        import codecs

        try:
            name = codecs.lookup(encoding).name
        except LookupError:
            raise DecodeError(f"unknown encoding {encoding!r}") from None
        if name in ("gbk", "gb2312"):
            name = "gb18030"  # a superset: the characters GBK files really hold
        return _check_text(_strict(data, name, name)), name
    for bom, name, codec in BOMS:
        if data.startswith(bom):
            return _check_text(_strict(data, codec, name)), name
    kind = _binary_kind(data)
    if kind:
        raise DecodeError(f"binary data ({kind}), not text")
    if b"\x00" in data[:SNIFF_BYTES]:
        raise DecodeError(
            "binary data (NUL bytes), not text; UTF-16 text needs a byte-order mark or --encoding;"
            " --errors replace reads it anyway"
        )
    try:
        return _check_text(data.decode("utf-8")), "utf-8"
    except UnicodeDecodeError as e:
        if e.end == len(data) and len(data) - e.start < 4 and e.reason == "unexpected end of data":
            # a UTF-8 file cut short inside its last character: that was no character yet
            return _check_text(data[: e.start].decode("utf-8")), "utf-8"
        if _mostly_utf8(data):
            raise DecodeError(
                f"not valid UTF-8 text: a stray byte at offset {e.start} (UTF-8 elsewhere); --errors replace reads it anyway"
            ) from None
    name = _detect(data)
    return _check_text(_strict(data, name, name.upper())), name


ERRORS = ("strict", "replace")  # --errors: what a byte that does not decode does


def _decode_recording(data: bytes, codec: str) -> tuple[str, list[int]]:
    """data decoded by codec, each byte run that does not decode replaced by U+FFFD; the
    offsets of those runs."""
    import codecs
    import threading

    global _recording
    if _recording is None:
        _recording = threading.local()  # a batch may decode in several threads (Dask)
        codecs.register_error(RECORDING, _record)
    _recording.offsets = offsets = []
    return data.decode(codec, RECORDING), offsets


RECORDING = "pingan-replace"
_recording = None


def _record(error: UnicodeDecodeError) -> tuple[str, int]:
    _recording.offsets.append(error.start)
    return "\ufffd", error.end


def decode_replacing(data: bytes, encoding: str | None = None) -> tuple[str, str, list[int]]:
    """decode(), except that bytes which do not decode, and NUL bytes in text without a
    byte-order mark, become U+FFFD: (text, encoding, the offsets replaced). Binary
    formats and text mostly made of replacements are still refused."""
    try:
        text, name = decode(data, encoding)
        return text, name, []
    except DecodeError:
        if encoding is not None:
            decode(b"", encoding)  # an unknown encoding stays an error
    if encoding is not None:
        import codecs

        name = codecs.lookup(encoding).name
        name = "gb18030" if name in ("gbk", "gb2312") else name
        codec = name
    else:
        bom = next(((b, n, c) for b, n, c in BOMS if data.startswith(b)), None)
        kind = _binary_kind(data)
        if kind and bom is None:
            raise DecodeError(f"binary data ({kind}), not text")
        if bom is not None:
            name, codec = bom[1], bom[2]
        else:
            utf8, bad = _decode_recording(data, "utf-8")
            name = codec = "utf-8" if len(bad) <= max(8, len(utf8) // 1000) else _detect(data)
    text, offsets = _decode_recording(data, codec)
    if encoding is None and not data.startswith(tuple(b for b, _, _ in BOMS)) and "\x00" in text:
        offsets = sorted(offsets + [i for i, byte in enumerate(data) if byte == 0])
        text = text.replace("\x00", "\ufffd")
    return _check_text(text), name, offsets


def read_input(data: bytes, name: str = "-", encoding: str | None = None, errors: str = "strict") -> Input:
    """Read the bytes of one file (named name, for its suffix) into an Input."""
    suffix = Path(name).suffix.lower() if name != "-" else ""
    digest = _Digest(data)
    if suffix in UNSUPPORTED_SUFFIXES:
        raise UnsupportedFormat(f"{UNSUPPORTED_SUFFIXES[suffix]}: {CONVERT}")
    if suffix in DOCX_SUFFIXES or (data.startswith(ZIP_MAGIC) and encoding is None):
        from .docx_reader import read_docx

        word_lines = read_docx(data, must_be_word=suffix in DOCX_SUFFIXES)
        text = "\n".join(line.raw for line in word_lines)
        return Input(_source(name, data, digest, None, "docx"), text, word_lines)
    if encoding is None:
        kind = _unsupported_kind(data)
        if kind:
            raise UnsupportedFormat(f"{kind}: {CONVERT}")
    if errors == "replace":
        text, used, replaced = decode_replacing(data, encoding)
        return Input(_source(name, data, digest, used, "text"), text, replaced=tuple(replaced))
    text, used = decode(data, encoding)
    return Input(_source(name, data, digest, used, "text"), text)


def _source(name: str, data: bytes, digest: _Digest, encoding: str | None, fmt: str) -> Source:
    return Source(path=name, sha256=digest.hexdigest(), bytes=len(data), encoding=encoding, format=fmt)


class _Digest:
    """The sha256 of data: computed at once for a small file, and for a large one in a
    thread beside the decoding (hashlib lets go of the interpreter lock)."""

    def __init__(self, data: bytes) -> None:
        self._hash = hashlib.sha256()
        self._thread = None
        if len(data) < HASH_ASIDE_BYTES:
            self._hash.update(data)
            return
        import threading

        self._thread = threading.Thread(target=self._hash.update, args=(data,), daemon=True)
        self._thread.start()

    def hexdigest(self) -> str:
        if self._thread is not None:
            self._thread.join()
        return self._hash.hexdigest()


# What stat says a path is, for those that are not files to read.
NOT_REGULAR = (
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
    (stat.S_ISFIFO, "a named pipe (FIFO)"),
    (stat.S_ISSOCK, "a socket"),
)
# Standard input has no size to check beforehand (`< /dev/zero` never ends): past this
# much it is refused. A file given by its path has no limit.
STDIN_LIMIT = 256 * 1024 * 1024


def _not_a_file(mode: int) -> str | None:
    """Why a path of this mode is not read, or None for a regular file."""
    if stat.S_ISDIR(mode):
        return "is a directory"
    if stat.S_ISREG(mode):
        return None
    what = next((name for test, name in NOT_REGULAR if test(mode)), "not a regular file")
    return f"is {what}, not a regular file"


def _read_bytes(path: str | os.PathLike) -> bytes:
    # Opened without blocking and checked before reading: a FIFO with no writer would
    # block for ever, /dev/zero would fill the memory.
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    except IsADirectoryError:
        raise InputError("is a directory") from None
    except FileNotFoundError:
        raise InputError("no such file") from None
    except PermissionError:
        # Windows refuses to open a folder this way; os.path.isdir, unlike Path.is_dir,
        # answers False where the folder above cannot be entered
        raise InputError("is a directory" if os.path.isdir(path) else "permission denied") from None
    except OSError as e:
        raise InputError(e.strerror or str(e)) from None
    try:
        refused = _not_a_file(os.fstat(fd).st_mode)
    except OSError as e:
        os.close(fd)
        raise InputError(e.strerror or str(e)) from None
    if refused:
        os.close(fd)
        raise InputError(refused)
    with open(fd, "rb") as f:
        try:
            return f.read()
        except OSError as e:
            raise InputError(e.strerror or str(e)) from None


def read_stdin(stream, limit: int = STDIN_LIMIT) -> bytes:
    """All of a binary stream, up to `limit` bytes; InputError past it."""
    chunks, size = [], 0
    while True:
        chunk = stream.read(min(1 << 20, limit + 1 - size))
        if not chunk:
            return b"".join(chunks)
        chunks.append(chunk)
        size += len(chunk)
        if size > limit:
            raise InputError(f"more than {limit // (1024 * 1024)} MB on standard input; save it to a file and give its path")


def read_path(path: str | os.PathLike, encoding: str | None = None, errors: str = "strict") -> Input:
    return read_input(_read_bytes(path), str(path), encoding, errors)


def replaced_warnings(inp: Input) -> list[str]:
    """One line for each byte run --errors replace turned into U+FFFD."""
    return [f"byte {offset}: not {inp.source.encoding or 'text'}, replaced by U+FFFD" for offset in inp.replaced]


def read_file(path: str | os.PathLike, encoding: str | None = None) -> tuple[str, Source]:
    """Read and decode one file: (text, Source). A .docx gives one line per paragraph."""
    inp = read_path(path, encoding)
    return inp.text, inp.source

"""Metamorphic tests: the same document in another form gives the same outline.

Every ../shared/corpus document is re-encoded (GB18030, UTF-16), re-ended (CRLF),
re-indented (full-width spaces), hard-wrapped at 38 characters (and at 76 display
columns, as a PDF copy with digits and Latin letters is; and as a PDF copy: paragraphs
indented, wrapped, no blank lines; and wrapped with a blank line after every line), and
written to .docx
(plain paragraphs, and with Word heading styles in place of the typed numbers of
standalone numbered headings), and, for each single report, run into one line with its
breaks turned into spaces. Each variant must score within 0.02 of the original on
reports, headings and measures (SPEC §3, through ../shared/tools/score). A copy set in
traditional characters must give the original's outline, character for character once
read back in simplified ones.
"""

from __future__ import annotations

import io
import unicodedata
from functools import lru_cache
from pathlib import Path

import pytest
from conftest import SHARED_REASON, corpus_files, gold_of
from scoring import f1_scores

import ping_an
from ping_an.rules.hanzi import SIMPLE_OF, TRADITIONAL
from ping_an.read.lines import clean_line, split_lines
from ping_an.assemble.files import parse_bytes

TOLERANCE = 0.02
WRAP_AT = 38
KEYS = ("reports", "headings", "headings_lenient", "measures")


def wrap(text: str, width: int = WRAP_AT) -> str:
    """Break every line at a fixed width, as a PDF or web copy does."""
    out = []
    for line in split_lines(text):
        out.extend([line[i : i + width] for i in range(0, len(line), width)] or [""])
    return "\n".join(out)


def wrap_columns(text: str, columns: int = 2 * WRAP_AT) -> str:
    """Break lines at a fixed display width, as a PDF does: a Chinese character or mark
    takes two columns, a Latin letter or digit one."""
    out = []
    for line in split_lines(text):
        piece, used = "", 0
        for ch in line:
            w = 2 if unicodedata.east_asian_width(ch) in "WFA" else 1
            if used + w > columns:
                out.append(piece)
                piece, used = "", 0
            piece, used = piece + ch, used + w
        out.append(piece)
    return "\n".join(out)


def pdf_copy(text: str, width: int = WRAP_AT) -> str:
    """Text copied out of a PDF: each paragraph indented and broken at a fixed width, no
    blank lines between paragraphs."""
    from ping_an.assemble.pipeline import paragraphs

    lines = []
    for p in paragraphs(text):
        indented = "\u3000\u3000" + p.text
        lines.extend(indented[i : i + width] for i in range(0, len(indented), width))
    return "\n".join(lines)


def reindent(text: str) -> str:
    return "\n".join("\u3000\u3000" + line if line.strip() else line for line in split_lines(text))


def docx_bytes(lines: list[tuple[str, int | None]]) -> bytes:
    """A .docx with one paragraph per (text, heading level or None)."""
    import docx

    document = docx.Document()
    for text, level in lines:
        document.add_paragraph(text, style=f"Heading {level}" if level else None)
    buf = io.BytesIO()
    document.save(buf)
    return buf.getvalue()


def numbered_headings(doc: ping_an.Document):
    """(line, depth, marker, heading, punct) of every numbered heading."""

    def walk(sections, depth):
        for s in sections:
            if s.marker is not None:
                yield s.line, depth, s.marker, s.heading, s.punct
            yield from walk(s.sections, depth + 1)

    for r in doc.reports:
        yield from walk(r.sections, 1)


def word_styled(text: str) -> list[tuple[str, int | None]]:
    """Every numbered heading in a Word heading style of its depth; a standalone one (the
    line holds only the heading) loses its typed number, which Word would show."""
    lines = [(line, None) for line in split_lines(text)]
    for line, depth, marker, heading, punct in numbered_headings(ping_an.parse_text(text)):
        raw = clean_line(lines[line - 1][0])
        standalone = raw == f"{marker}{heading}{punct}" or raw == f"{marker}{heading}"
        lines[line - 1] = (heading + punct if standalone else raw, min(depth, 9))
    return lines


# What a government site prints around an article copied as text: its name, the trail,
# the metadata row, the font-size switch and a print link.
WEB_PAGE_HEAD = "某某市人民政府门户网站\n首页 > 政务公开 > 计划总结\n发布时间：2024-03-05 10:00　来源：市政府办公室\n【字体：大 中 小】\n打印本页\n\n"


def web_page(text: str) -> str:
    return WEB_PAGE_HEAD + text


# Each variant: (bytes of the file, its name), built only for the case that uses it.
VARIANTS = {
    "gb18030": lambda text: (text.encode("gb18030"), "x.txt"),
    "utf-16": lambda text: (text.encode("utf-16"), "x.txt"),
    "crlf": lambda text: (text.replace("\n", "\r\n").encode("utf-8"), "x.txt"),
    "indented": lambda text: (reindent(text).encode("utf-8"), "x.txt"),
    "wrapped": lambda text: (wrap(text).encode("utf-8"), "x.txt"),
    "wrapped-columns": lambda text: (wrap_columns(text).encode("utf-8"), "x.txt"),
    "pdf-copy": lambda text: (pdf_copy(text).encode("utf-8"), "x.txt"),
    "wrapped-double-spaced": lambda text: ("\n\n".join(wrap(text).split("\n")).encode("utf-8"), "x.txt"),
    "docx": lambda text: (docx_bytes([(line, None) for line in split_lines(text)]), "x.docx"),
    "docx-headings": lambda text: (docx_bytes(word_styled(text)), "x.docx"),
    "web-page": lambda text: (web_page(text).encode("utf-8"), "x.txt"),
}


@lru_cache(maxsize=None)
def original(path: Path) -> dict[str, float]:
    return f1_scores(ping_an.parse_text(path.read_text(encoding="utf-8")).model_dump(), gold_of(path))


CASES = [(p, v) for p in corpus_files() for v in VARIANTS] or [pytest.param(None, None, marks=pytest.mark.skip(reason=SHARED_REASON))]


@pytest.mark.parametrize("path, variant", CASES, ids=lambda x: x.stem if isinstance(x, Path) else x)
def test_variant_scores_as_the_original(path, variant):
    text = path.read_text(encoding="utf-8")
    data, name = VARIANTS[variant](text)
    doc = parse_bytes(data, name)
    scores = f1_scores(doc.model_dump(), gold_of(path))
    base = original(path)
    worse = {k: (round(base[k], 3), round(scores[k], 3)) for k in KEYS if scores[k] < base[k] - TOLERANCE}
    assert not worse, f"{path.stem} as {variant}: (original, variant) F1 {worse}"


def lost_breaks(text: str) -> str:
    """The text as a page copied without its paragraph breaks gives it: one line, each
    break turned into a space (CONVENTIONS "Lost line breaks")."""
    return " ".join(stripped for line in split_lines(text) if (stripped := line.strip(" \u3000\t")))


# A compendium run into one line (its 目录 and every piece on the one line) is not read as
# a compendium; the single reports of the corpus are.
ONE_REPORT = [p for p in corpus_files() if len(gold_of(p)["reports"]) == 1] or [
    pytest.param(None, marks=pytest.mark.skip(reason=SHARED_REASON))
]


@pytest.mark.parametrize("path", ONE_REPORT, ids=lambda x: x.stem if isinstance(x, Path) else x)
def test_a_copy_that_lost_its_line_breaks_scores_as_the_original(path):
    doc = ping_an.parse_text(lost_breaks(path.read_text(encoding="utf-8")))
    scores = f1_scores(doc.model_dump(), gold_of(path))
    base = original(path)
    worse = {k: (round(base[k], 3), round(scores[k], 3)) for k in KEYS if scores[k] < base[k] - TOLERANCE}
    assert not worse, f"{path.stem} on one line: (original, one line) F1 {worse}"


def test_corpus_is_there(corpus):
    """Reports the skip reason when ../shared is absent (the cases above are then empty)."""
    assert corpus


def test_wrapped_lines_refer_to_the_wrapped_input(corpus):
    path = next(p for p in corpus if p.stem == "seed-compendium")
    wrapped = wrap(path.read_text(encoding="utf-8"))
    lines = split_lines(wrapped)
    doc = ping_an.parse_text(wrapped)
    for line, _, marker, heading, _ in numbered_headings(doc):
        assert lines[line - 1].startswith(marker), (line, marker, heading)
    for r in doc.reports:
        for s in r.sections:
            assert s.heading[:4] in lines[s.line - 1] or s.heading[:4] in lines[s.line - 1] + lines[s.line]


def test_docx_lines_are_paragraph_numbers(corpus):
    path = next(p for p in corpus if p.stem == "seed-compendium")
    text = path.read_text(encoding="utf-8")
    lines = split_lines(text)
    doc = parse_bytes(docx_bytes(word_styled(text)), "x.docx")
    for line, _, marker, heading, _ in numbered_headings(doc):
        assert heading in lines[line - 1]
    assert doc.source.format == "docx"


# A copy set in traditional characters (a page from a traditional-character mirror):
# each character with a traditional form written in it (its first in hanzi.VARIANTS).
TO_TRADITIONAL = str.maketrans({s: t[0] for s, t in TRADITIONAL.items()})
TO_SIMPLIFIED = str.maketrans(SIMPLE_OF)


def outline_of(doc) -> list[tuple]:
    """Every report, heading and measure with its line, in simplified characters."""
    rows = []

    def walk(sections, depth):
        for s in sections:
            rows.append(("heading", depth, s.marker, s.heading, s.line))
            rows.extend(("measure", m.marker, m.text, m.line) for m in s.measures)
            walk(s.sections, depth + 1)

    for r in doc.reports:
        rows.append(("report", r.title, r.line))
        walk(r.sections, 1)
        rows.extend(("measure", m.marker, m.text, m.line) for m in r.measures)
    return [tuple(x.translate(TO_SIMPLIFIED) if isinstance(x, str) else x for x in row) for row in rows]


@pytest.mark.parametrize("path", corpus_files() or [pytest.param(None, marks=pytest.mark.skip(reason=SHARED_REASON))], ids=lambda p: p.stem if p else "none")
def test_a_copy_in_traditional_characters_has_the_same_outline(path):
    text = path.read_text(encoding="utf-8")
    copy = text.translate(TO_TRADITIONAL)
    assert copy != text
    assert outline_of(ping_an.parse_text(copy)) == outline_of(ping_an.parse_text(text))

"""Stage 2: normalise the decoded text into paragraphs that remember their input lines.

A paragraph is a non-blank line, or several lines that belong together because the
line break was an accident of extraction (a link broken out of a web page, an unclosed
bracket, a line that starts with closing punctuation). Every paragraph keeps the input
line of each of its pieces, so any character offset maps back to a 1-based line.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field

import regex

# Paywall markers sit anywhere, even mid-line, and are the only text we drop on purpose.
PAYWALL = regex.compile(r"##\s*paid\s*(?:begin|end)\s*##", regex.IGNORECASE)
# HTML leftovers from web copies.
ENTITIES = regex.compile(r"&(?:nbsp|ensp|emsp|thinsp|#160|#12288);?", regex.IGNORECASE)
SPACE = " \t\u3000\u00a0\u2002\u2003\u2009\u200b\ufeff"

# A line that opens with one of these continues the previous line (the break came from a link).
CONTINUES = set("》〉）)”’」』】〕，,、。．；;：:！!？?…")
OPENERS = {"（": "）", "(": ")", "《": "》", "“": "”", "〔": "〕", "【": "】", "「": "」", "〈": "〉"}
CLOSERS = {v: k for k, v in OPENERS.items()}


@dataclass(slots=True)
class Paragraph:
    text: str
    line: int
    # (offset in text, input line) for each piece joined into this paragraph
    pieces: list[tuple[int, int]] = field(default_factory=list)
    # input lines are separated from the previous paragraph by at least one blank line
    after_blank: bool = False
    # the paragraph was a single physical line, or several lines joined
    joined: bool = False

    def line_at(self, offset: int) -> int:
        if len(self.pieces) <= 1:
            return self.line
        i = bisect.bisect_right(self.pieces, (offset, 1 << 30)) - 1
        return self.pieces[max(i, 0)][1]


def clean_line(raw: str) -> str:
    if "#" in raw:
        raw = PAYWALL.sub("", raw)
    if "&" in raw:
        raw = ENTITIES.sub(" ", raw)
    return raw.strip(SPACE + "\r\n\f\v")


def bracket_depth(text: str, depth: int = 0) -> int:
    """Brackets and quotes left open after text, starting from depth."""
    for ch in text:
        if ch in OPENERS:
            depth += 1
        elif ch in CLOSERS and depth:
            depth -= 1
    return depth


def split_lines(text: str) -> list[str]:
    if text.startswith("\ufeff"):
        text = text[1:]
    # str.splitlines also breaks on \x1c-\x1e, \x85 and \u2028/9: keep to real line ends
    return text.replace("\r\n", "\n").replace("\r", "\n").split("\n")


TERMINATORS = "。！？；：!?;:…”"
# A line this long that stops without closing punctuation was broken mid-sentence.
BROKEN_LINE = 45


def _continues(prev: Paragraph, depth: int, line: str, starts_block) -> bool:
    if line[0] in CONTINUES or prev.text[-1] in OPENERS:
        return True
    if starts_block(line):
        return False
    if prev.text[-1] in TERMINATORS:
        return False
    if prev.text[-1] in "，,、":
        return True
    return depth > 0 or len(prev.text) >= BROKEN_LINE


def to_paragraphs(text: str, starts_block=lambda line: False) -> list[Paragraph]:
    """Group input lines into paragraphs.

    starts_block(line) tells whether a line opens a heading or an item of its own,
    which a broken line never does: such a line is never glued to the one before.
    """
    paragraphs: list[Paragraph] = []
    blank = True
    depth = 0
    for number, raw in enumerate(split_lines(text), 1):
        line = clean_line(raw)
        if not line:
            blank = True
            continue
        prev = paragraphs[-1] if paragraphs else None
        if prev is not None and not blank and _continues(prev, depth, line, starts_block):
            prev.pieces.append((len(prev.text), number))
            prev.text += line
            prev.joined = True
            depth = bracket_depth(line, depth)
            continue
        paragraphs.append(Paragraph(line, number, [(0, number)], after_blank=blank))
        depth = bracket_depth(line)
        blank = False
    return paragraphs

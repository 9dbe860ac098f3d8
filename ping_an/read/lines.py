"""Normalise the decoded text into paragraphs that remember their input lines.

A paragraph is a non-blank line, or several lines that belong together because the
line break was an accident of extraction (a link broken out of a web page, an unclosed
bracket, a line that starts with closing punctuation, a fixed-width hard wrap from a
PDF or web copy). Every paragraph keeps the input line of each of its pieces, so any
character offset maps back to a 1-based line.
"""

from __future__ import annotations

import bisect
import difflib
import re
from collections import Counter
from collections.abc import Callable, Iterable
from itertools import compress, repeat
from dataclasses import dataclass, field

import regex

from ..rules.hanzi import Restore
from ..rules.pattern_cache import compiled, compiled_re
from ..rules.patterns import (
    CLAUSE_MARKS,
    COUNTED_TITLE_LABEL_RE,
    COUNTED_TITLE_RUN_RE,
    GLUED_PAREN_RE,
    HAN_RE,
    HEADING_RE,
    HEADING_TEXT_START_RE,
    KIND_WORD_RE,
    LOST_BREAK_RE,
    LONE_MARKS,
    LOST_BREAK_START_RE,
    PAGE_COUNT,
    PERIOD_REVIEW_OPENING_RE,
    PERIOD_REVIEW_RUN_IN_RE,
    SENTENCE_END_RE,
    SITE_BANNER,
    WATERMARK_SLOGAN,
    PIECE_LABEL_OPEN_RE,
    PIECE_LABEL_RE,
    SAME_TITLE_RATIO,
    TITLE_BLOCK_RE,
    SUBTITLE_RE,
    TITLE_DASH_SUBTITLE_RE,
    TITLE_RUN_ON_RE,
    TITLE_SALUTATION_RE,
    TOC_RE,
    TRAIL_ARROWS,
    cn_number,
    holds_numeral_mark_end,
    is_furniture_text,
)

# Paywall markers sit anywhere, even mid-line, and are the only text we drop on purpose.
PAYWALL = compiled(r"##\s*paid\s*(?:begin|end)\s*##", regex.IGNORECASE)
# HTML leftovers from web copies.
ENTITIES = compiled(r"&(?:nbsp|ensp|emsp|thinsp|#160|#12288);?", regex.IGNORECASE)
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
    # a Word heading level (1-9) from the paragraph's style or outline level, when the
    # source says so; the text then needs no typed marker to be a heading
    level_hint: int | None = None

    @property
    def joined(self) -> bool:
        """Several input lines were joined into this paragraph."""
        return len(self.pieces) > 1

    def line_at(self, offset: int) -> int:
        if len(self.pieces) <= 1:
            return self.line
        i = bisect.bisect_right(self.pieces, (offset, 1 << 30)) - 1
        return self.pieces[max(i, 0)][1]


class Paragraphs(list):
    """A text's paragraphs, read in simplified characters, and the table that gives the
    output the text's own characters back (hanzi.readable; None for most texts)."""

    restore: Restore | None = None


@dataclass(frozen=True, slots=True)
class SourceLine:
    """One physical line of the input: its 1-based number (a paragraph number for Word
    files), its raw text and the Word heading level its paragraph carries, if any."""

    number: int
    raw: str
    level_hint: int | None = None


STRIP = SPACE + "\r\n\f\v"


def clean_line(raw: str) -> str:
    if "#" in raw:
        raw = PAYWALL.sub("", raw)
    if "&" in raw:
        raw = ENTITIES.sub(" ", raw)
    return raw.strip(STRIP)


# Every bracket and quote, so that bracket_depth walks only those, not every character.
# (a plain character class: the standard library's re scans it several times faster than regex)
BRACKET_RE = compiled_re("[" + re.escape("".join(OPENERS) + "".join(CLOSERS)) + "]")


def bracket_depth(text: str, depth: int = 0) -> int:
    """Brackets and quotes left open after text, starting from depth."""
    for ch in BRACKET_RE.findall(text):
        if ch in OPENERS:
            depth += 1
        elif depth:
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
# ... but a numbered heading's line up to this long, which ends its heading, unless
# the line holds a sentence end or leaves a bracket open: then its body began on it.
HEADING_LINE_MAX = 80
HEADING_LINE_BODY_RE = compiled_re("[。！？；!?;]")

# Hard wrap (PDF or web copy): most lines stop at one width, mid-sentence. The width is
# the commonest line length (at least WRAP_MIN), counted in characters or, where Latin
# letters and digits take half a cell, in display columns; there a line one column short
# is full too (the next character was a wide one).
WRAP_MIN = 16
WRAP_SHARE = 0.3  # at least this share of the non-blank lines are full
WRAP_MIN_LINES = 5
WRAP_OPEN_SHARE = 0.5  # at least this share of the full lines end mid-sentence
WRAP_LONGER_SHARE = 0.2  # at most this share (of the full lines) is longer than the width
WRAP_OVERFLOW = 2  # marks a full line may carry past the width
WRAP_SAMPLE = 5_000  # lines looked at, at most: enough to judge, and cheap on a 40 MB file


def char_width(line: str) -> int:
    return len(line)


def column_width(line: str) -> int:
    """Display columns: a CJK character or mark takes two, ASCII one (the UTF-8 length
    tells which, in C)."""
    return len(line) + (len(line.encode("utf-8", "surrogatepass")) - len(line)) // 2


# Marks of ambiguous width (quotes, dashes, ellipsis, circled numbers): wide in most
# Chinese fonts, narrow in some; both readings are tried.
# (the one range that holds them all first, which Chinese characters and marks, all past
# it, fail at one test; the exact set looked back on only for those inside it)
AMBIGUOUS_RE = compiled_re(r"[\u00b0-\u2606](?<=[\u00b0\u00b7\u2013-\u2026\u2030-\u203b\u2160-\u217f\u2460-\u24ff\u2500-\u25ff\u2605\u2606])")


def narrow_column_width(line: str) -> int:
    """Display columns with the marks of ambiguous width taking one."""
    return column_width(line) - len(AMBIGUOUS_RE.findall(line))


MEASURES = ((char_width, 0), (column_width, 1), (narrow_column_width, 1))  # (measure, slack)


# A wrapped line that stopped short of the width by at most a tenth of it.
NEARLY_FULL = 0.9


@dataclass(frozen=True, slots=True)
class Wrap:
    """The fixed width a text was hard-wrapped at, in characters or display columns."""

    width: int
    measure: Callable[[str], int]
    slack: int = 0

    def full(self, line: str) -> bool:
        return self.measure(line) >= self.width - self.slack

    def nearly_full(self, line: str) -> bool:
        return self.measure(line) >= NEARLY_FULL * self.width


def _wrap_by(lines: list[str], measured: list[int], measure: Callable[[str], int], slack: int) -> tuple[float, Wrap | None]:
    """(how well the width explains the lines, the Wrap) for one way of measuring;
    measured: each line's width by it."""
    counts = Counter(measured)
    widths = [w for w in counts if w >= WRAP_MIN]
    if not widths:
        return 0.0, None
    width = max(widths, key=lambda w: (counts[w], w))
    wrap = Wrap(width, measure, slack)
    # (a justified CJK line may take a mark or two past the width: the punctuation that
    # may not open a line is squeezed onto the end of the one before)
    full = [line for line, w in zip(lines, measured) if width - slack <= w <= width + WRAP_OVERFLOW]
    longer = sum(n for w, n in counts.items() if w > width + WRAP_OVERFLOW)
    open_ended = sum(1 for line in full if line[-1] not in TERMINATORS)
    fit = (len(full) - longer) / len(lines)
    if (
        len(full) < WRAP_MIN_LINES
        or len(full) < WRAP_SHARE * len(lines)
        or open_ended < WRAP_OPEN_SHARE * len(full)
        or longer > WRAP_LONGER_SHARE * len(full)
    ):
        return fit, None
    return fit, wrap


def detect_wrap(lines: list[str], printed: bool = False) -> Wrap | None:
    """The hard-wrap width of these cleaned non-blank lines, or None when they were not
    wrapped: many lines of (nearly) one width, few longer, most ending mid-sentence.
    printed: the lines are raw, and only those looked at are stripped of their line end."""
    if len(lines) < WRAP_MIN_LINES:
        return None
    if len(lines) > WRAP_SAMPLE:
        lines = lines[:: len(lines) // WRAP_SAMPLE]  # evenly spread: a long text is judged as a whole
    if printed:
        lines = [line.rstrip() for line in lines]
    # (each line's display width is taken once: the narrow reading is it less the line's
    # ambiguous marks)
    columns = [column_width(line) for line in lines]
    widths = {
        char_width: list(map(len, lines)),
        column_width: columns,
        narrow_column_width: [w - len(AMBIGUOUS_RE.findall(line)) for w, line in zip(columns, lines)],
    }
    found = [f for f in (_wrap_by(lines, widths[m], m, slack) for m, slack in MEASURES) if f[1] is not None]
    return max(found, key=lambda f: f[0])[1] if found else None


def double_spaced(lines: list[str]) -> bool:
    """A blank line after (nearly) every text line: blank lines are spacing, not breaks.
    Most text lines are followed by exactly one blank line, hardly any by a text line."""
    texts = singles = adjacent = 0
    for i, line in enumerate(lines[:-2]):
        if line:
            texts += 1
            singles += not lines[i + 1] and bool(lines[i + 2])
            adjacent += bool(lines[i + 1])
    return texts >= WRAP_MIN_LINES and singles >= texts / 2 and adjacent <= DOUBLE_SPACED_ADJACENT * texts


DOUBLE_SPACED_ADJACENT = 0.1
INDENT = " \t\u3000\u00a0"
# Indentation tells where paragraphs open when some lines have it and most do not.
INDENT_SHARE = 0.6


def indentation_marks_paragraphs(raw_lines: list[str]) -> bool:
    indented = sum(1 for raw in raw_lines if raw[0] in INDENT)
    return 0 < indented < INDENT_SHARE * len(raw_lines)


def paragraphs_of_lines(lines: Iterable[SourceLine], starts_block=lambda line: False) -> list[Paragraph]:
    """Group physical lines into paragraphs (see to_paragraphs).

    A line with a Word heading level is a paragraph of its own: nothing is glued to it
    or onto it.
    """
    sources = list(lines)
    return _group([s.number for s in sources], [s.raw for s in sources], [s.level_hint for s in sources], starts_block)


def _group(numbers, raws: list[str], hints: list[int | None] | None, starts_block) -> list[Paragraph]:
    """paragraphs_of_lines over parallel lists (hints None: no line has a heading level).

    One pass over the lines, written for speed: the open paragraph lives in local
    variables and becomes a Paragraph once, when it closes; the bracket depth of its
    lines is counted only when a decision needs it (a line that ends mid-sentence)."""
    cleaned = list(map(clean_line, raws))
    text_raws = list(compress(raws, cleaned))
    # the width is the printed one, indentation included
    wrap = detect_wrap(
        text_raws if hints is None else [r for r, t, h in zip(raws, cleaned, hints) if t and h is None], printed=True
    )
    # in hard-wrapped text whose paragraphs open indented, an indented line opens one
    indent_opens = wrap is not None and indentation_marks_paragraphs(text_raws)
    # in hard-wrapped text with a blank line after every line, it takes two to part paragraphs
    parting = 2 if wrap is not None and double_spaced(cleaned) else 1
    if hints is None:
        hints = repeat(None)
    paragraphs: list[Paragraph] = []
    # the open paragraph: its parts and pieces, first line, blank before it, heading level
    parts: list[str] = []
    pieces: list[tuple[int, int]] = []
    first = 0
    opened_blank = False
    hint: int | None = None
    length = 0
    last_line = last_raw = ""
    depth = counted = 0  # bracket depth after parts[:counted]
    blanks = parting  # blank lines since the last text line; the text opens after a "blank"
    link_break = False  # a zero-width line (a link's place) since the last text line

    def close() -> None:
        if parts:
            text = parts[0] if len(parts) == 1 else "".join(parts)
            paragraphs.append(Paragraph(text, first, pieces, opened_blank, hint))

    # the lines that the next line carries on (it opens with closing punctuation): the
    # words of a link set on a line of their own (…已经缔结了 / 友好同盟互助条约 / 。…)
    carried = [bool(after) and after[0] in CONTINUES for after in cleaned[1:]] + [False]
    for number, raw, line, line_hint, carried_on in zip(numbers, raws, cleaned, hints, carried):
        if not line:
            # a line that held only a paywall marker, or only a zero-width space (what a
            # web archive leaves where a link broke a word), was never a line of the text
            zero_width = "\u200b" in raw
            link_break = link_break or zero_width
            blanks += ("#" not in raw or not PAYWALL.search(raw)) and not zero_width
            continue
        blank = blanks >= parting
        if blank and parts and last_line[-1] in "，," and length >= COMMA_BREAK_MIN and line_hint is None and not starts_block(line):
            # a sentence that a copy broke at a comma, a blank line after it (…积极应对， /
            # / 第一时间成立…): no paragraph ends at a comma
            blank = False
        blanks = 0
        after_link, link_break = link_break, False
        if parts and not blank and line_hint is None and hint is None and not (indent_opens and raw[0] in INDENT):
            prev_last = last_line[-1]
            if after_link and prev_last not in TERMINATORS and not starts_block(line):
                # a zero-width line between two lines is where a link broke a sentence
                joins = True
            elif (
                wrap
                and not wrap.full(last_raw)
                and wrap.nearly_full(last_raw)
                and prev_last not in TERMINATORS
                and not starts_block(line)
                and not _names_kind_last(last_line)
            ):
                # a line a little short of the width, stopped mid-sentence, wrapped too: a
                # heading set in a wider face, blanks a PDF copy put around figures (not
                # a title line, …工作计划, which ends where it stops)
                joins = True
            elif wrap and wrap.full(last_raw):
                # In hard-wrapped text a full line runs on into the next one, unless it
                # finished a sentence and the next line opens a heading or an item, or
                # stands alone (short and open-ended: a lead line, not the tail of a
                # paragraph). Widths are those of the printed lines (raw), ends those of
                # the cleaned ones. A shorter line ends its paragraph as in any text
                # (below), so a short lead line keeps its body apart.
                alone = line[-1] not in TERMINATORS and not wrap.full(raw.rstrip())
                joins = prev_last not in TERMINATORS or not (starts_block(line) or alone)
            else:
                # a line that opens with closing punctuation, or follows an opening one,
                # continues; after a finished sentence, or opening a block, none does;
                # the tests in the order that skips the costly ones
                if (line[0] in CONTINUES and not (line[0] == "…" and is_furniture_text(line))) or prev_last in OPENERS:
                    # (a site's note that opens with …, ……(开头部分已省略310字), is its own line)
                    joins = True
                elif prev_last in TERMINATORS or prev_last in "|｜" or starts_block(line) or (len(parts) == 1 and _stands_alone(parts[0])):
                    # (a line ending in a table's cell separator is a row of the page's,
                    # and a page's metadata row or a piece's label (…工作总结 篇1) ends
                    # where its line does: never a sentence broken off)
                    joins = False
                elif (
                    prev_last not in "，,、"
                    and len(parts) == 1
                    and length <= HEADING_LINE_MAX
                    and HEADING_RE.match(parts[0])
                    and not HEADING_LINE_BODY_RE.search(parts[0])
                    and bracket_depth(parts[0], 0) == 0
                ):
                    # a numbered heading alone on its line needs no closing mark: the
                    # line ends it, its body starts on the next (一、统一思想，提高认识 / 这次…)
                    joins = False
                elif prev_last in "，,、" or length >= BROKEN_LINE or _fragment(parts, line, length):
                    joins = True
                elif carried_on and len(line) <= LINK_TEXT_MAX:
                    # a short line between a sentence left open and the punctuation
                    # that closes it is the sentence's middle
                    joins = True
                else:
                    if counted < len(parts):
                        depth, counted = _depth_of(parts, counted, depth), len(parts)
                    joins = depth > 0
            if joins:
                pieces.append((length, number))
                parts.append(line)
                length += len(line)
                last_line = line
                if wrap:
                    last_raw = raw.rstrip()
                continue
        close()
        parts, pieces = [line], [(0, number)]
        first, opened_blank, hint, length, last_line = number, blank, line_hint, len(line), line
        depth = counted = 0
        if wrap:
            last_raw = raw.rstrip()
    close()
    return paragraphs


# The words of a link are a name or a title: this long at most.
LINK_TEXT_MAX = 30
# A line that ends at a comma carries on across a blank line when it is this long at least
# (a salutation, 同志们，, is shorter, and stands alone).
COMMA_BREAK_MIN = 20

# A number's units: 2023 / 年政府工作报告 is one line broken after the number.
UNITS = set("年月日号时分万亿元个人次项件家所%％倍")
# Words of measure and approximation that go on after a number (8000 / 余人次, 3 / 名干部).
MEASURE_WORDS = set("余多名位户次台套辆座条处批场期周岁亩吨米斤公千百")
FRAGMENT_MAX = 4


NUMBER_LINE_RE = compiled_re(r"\d{1,12}(?:[.．]\d{1,6})?[%％]?")


def _fragment(parts: list[str], line: str, length: int) -> bool:
    """Pieces of one line broken around links or numbers, never paragraphs of their own:
    a line of one character (政府工作报 / 告), the words after a dash alone, a number's
    unit after the number (2023 / 年…), or anything after a few characters with no
    Chinese in them (XX / 镇, 1. / 加强…) (the line so far unfinished: the caller has
    checked its end)."""
    if len(line) == 1:
        # (a list's bullet or a page's expander alone, - or +, is no broken-off word)
        return line not in LONE_MARKS
    # a dash alone opens an item whose words a link broke off (—— / 改革开放 / 深入推进。…)
    if len(parts) <= 2 and not parts[0].strip("—－―-"):
        return True
    last = parts[-1]
    if last[-1].isdigit() and line[0] in UNITS:
        return True
    # a PDF copy sets each number on a line of its own (…创建示范基地 / 2 / 个。, 出动 /
    # 8000 / 余人次): it carries on the line before, and the line after carries it on with
    # the number's unit or word of measure, or where the number finished a name that a
    # letter opened (广义货币M / 2 / 预期增长…); a line of words after a number that closed
    # a line of words does not (a 目录's page number on its own line: …新局面 / 3 / 在市…)
    if NUMBER_LINE_RE.fullmatch(line):
        return True
    if NUMBER_LINE_RE.fullmatch(last):
        before = parts[-2][-1] if len(parts) > 1 else ""
        return line[0] in UNITS or line[0] in MEASURE_WORDS or not HAN_RE.match(line[0]) or not before or (before.isascii() and before.isalpha())
    return length <= FRAGMENT_MAX and HAN_RE.search("".join(parts)) is None


def _depth_of(parts: list[str], counted: int, depth: int) -> int:
    """The bracket depth after parts, knowing the depth after parts[:counted]."""
    for part in parts[counted:]:
        depth = bracket_depth(part, depth)
    return depth


def to_paragraphs(text: str, starts_block=lambda line: False) -> list[Paragraph]:
    """Group input lines into paragraphs.

    starts_block(line) tells whether a line opens a heading or an item of its own,
    which a broken line never does: such a line is never glued to the one before.
    """
    raws = split_lines(text)
    return _group(range(1, len(raws) + 1), raws, None, starts_block)


# A title run into its salutation stands in the text's first paragraphs, this far in.
TITLE_SALUTATION_PARAGRAPHS = 3
TITLE_SALUTATION_REACH = 300
# a line that holds a title and the text after it is long
TITLE_RUN_ON_MIN = 80
# Only a line this long can have lost the breaks between paragraphs.
LOST_BREAK_MIN = 40


def _numbered(m: re.Match) -> tuple[str, int | None]:
    for style in ("part", "comma", "paren"):
        if m.group(style) is not None:
            return style, cn_number(m.group(style))
    return "", None


def _under_heading(before: str, style: str) -> bool:
    """Whether before, a paragraph's text up to a first marker of style, is a heading of
    another form and nothing else: the sub-heading glued to its parent's heading
    (一、深学细悟，把握要义（一）首次提出…), which opens a paragraph even when the text was
    cut before its second."""
    # (the heading opens the paragraph, or opens one after a sentence end in a line that
    # lost its breaks: …做个交流。一、深学细悟…（一）…)
    start = max(before.rfind(ch) for ch in "。！？；!?;") + 1
    head = before[start:].lstrip(" \u3000")
    m = LOST_BREAK_START_RE.match(head)
    return m is not None and _numbered(m)[0] != style and len(head) <= HEADING_LINE_MAX


def split_lost_breaks(paragraphs: list[Paragraph]) -> list[Paragraph]:
    """Open a paragraph (of one report's) at each numbered heading that a line holds after a sentence end
    or a space, where the line lost its paragraph breaks (a page copied as one line):
    …三点意见。一、明确目标… A marker opens a paragraph only in sequence: 二、 right
    after a 一、 that opened a paragraph (or was opened so); and, in a text where no
    paragraph opens with that form, a 一、 with a 二、 after it, or the one 一、 of its
    form after a sentence end (a text cut short). A list of the form inside a paragraph
    of a text whose paragraphs open with it (（一）…（二）… as items) opens nothing."""
    # markers inside lines first: most texts have none, and then nothing else is looked at
    inner: list[tuple[str, int, int, int]] = []  # (style, paragraph, offset, number)
    # (such a marker ends at offset 3 at the earliest, a 、 at 2: the mark ending at 2
    # of the paragraph's own opening （一） is none; the paragraphs that may hold one are
    # found in one comprehension)
    for i in [
        i
        for i, p in enumerate(paragraphs)
        if len(p.text) >= LOST_BREAK_MIN
        and (holds_numeral_mark_end(p.text, 3) or p.text[2] == "、" or ("第" in p.text and ("部分" in p.text or "章" in p.text)))
    ]:
        text = paragraphs[i].text
        for m in LOST_BREAK_RE.finditer(text):
            if text[m.start()] in " \u3000" and not (m.start() and HAN_RE.match(text[m.start() - 1])):
                continue
            if not HEADING_TEXT_START_RE.match(text, m.end()):
                continue
            style, n = _numbered(m)
            if n:
                inner.append((style, i, m.start("m"), n))
        if "）" in text or ")" in text or "〕" in text:
            for m in GLUED_PAREN_RE.finditer(text):
                n = cn_number(m.group("paren"))
                if n and HEADING_TEXT_START_RE.match(text, m.end()):
                    inner.append(("paren", i, m.start(), n))
    found: dict[str, list[tuple[int, int, int]]] = {}  # style -> [(paragraph, offset, number)] in order
    if inner:
        styles = {style for style, *_ in inner}
        for i, p in enumerate(paragraphs):
            m = LOST_BREAK_START_RE.match(p.text)
            if m:
                style, n = _numbered(m)
                if n and style in styles:
                    found.setdefault(style, []).append((i, 0, n))
        for style, i, offset, n in inner:
            found.setdefault(style, []).append((i, offset, n))
        for marks in found.values():
            marks.sort()
    cuts: dict[int, list[int]] = {}
    for marks in found.values():
        opens_paragraphs = any(offset == 0 for _, offset, _ in marks)
        firsts = sum(1 for *_, n in marks if n == 1)
        last_two = max((k for k, m in enumerate(marks) if m[2] == 2), default=-1)
        last = None  # the number of the last marker that opened a paragraph
        titled = False
        chain: list[tuple[int, int]] = []
        for k, (i, offset, n) in enumerate(marks):
            if offset == 0:
                last = n
                continue
            if n == 1:
                if opens_paragraphs:
                    continue
                before = paragraphs[i].text[:offset].rstrip(" \u3000")
                # (after a sentence end, or after a title the line opens with, a blank
                # between: 政治方面存在的问题及整改措施 一、存在的主要问题)
                titled = firsts == 1 and _title_before(before, paragraphs[i].text[len(before) : offset])
                alone = firsts == 1 and before[-1:] in tuple("。！？；：!?;:") or titled or _under_heading(before, style)
                ok = last_two > k or alone
            else:
                ok = last == n - 1
            if ok:
                chain.append((i, offset))
                last = n
        # where no paragraph opens with the form, only parts a paragraph long are
        # paragraphs run together; short ones are the items of a list in one paragraph.
        # A text that is all one line has lost its breaks whatever its parts' length.
        # (a 一、 under a title run into its line opens a paragraph however short)
        if not opens_paragraphs and chain and not titled and _median_part(paragraphs, chain) < LOST_BREAK_PART and not _all_one_line(paragraphs):
            continue
        for i, offset in chain:
            cuts.setdefault(i, []).append(offset)
    return cut_paragraphs(paragraphs, cuts)


# (a line that holds a sentence and a part title after it is longer than this)
PART_TITLE_RUN_IN_MIN = 12
# (a part title run into its body at a paragraph's start has this much body after it)
PART_TITLE_BODY_MIN = 20


def split_run_in_part_titles(paragraphs: list[Paragraph]) -> list[Paragraph]:
    """Open a paragraph at a part title that names a period's work under review
    (PERIOD_REVIEW_RE), run into a line that lost its breaks after a sentence end and
    ending at a blank or at the line's end: …请予审议。过去一年的主要工作. The part title
    is a line of its own, as it was printed."""
    cuts: dict[int, list[int]] = {}
    # (the paragraphs that name such work at all, …回顾 or …主要工作, found in one comprehension)
    for i in [i for i, p in enumerate(paragraphs) if ("回顾" in p.text or "主要工作" in p.text) and len(p.text) > PART_TITLE_RUN_IN_MIN]:
        text = paragraphs[i].text
        for m in PERIOD_REVIEW_RUN_IN_RE.finditer(text):
            cuts.setdefault(i, []).extend(k for k in (m.start(1), _skip_spaces(text, m.end(1))) if 0 < k < len(text))
        # (or at the paragraph's start, its body run on after it: …工作回顾本届政府…)
        opening = PERIOD_REVIEW_OPENING_RE.match(text)
        if opening and len(text) - opening.end() >= PART_TITLE_BODY_MIN and SENTENCE_END_RE.search(text, opening.end()):
            cuts.setdefault(i, []).append(opening.end())
    return cut_paragraphs(paragraphs, cuts)


# A page copied as one line often keeps its paragraph breaks as a space after a sentence
# end (…各项预期目标。 紧盯关键指标。…). Within a paragraph a space so placed is rare:
# the spaced ends are at most this share of its sentence ends, and the parts they open
# are paragraphs, this long at the median.
# (a line that ends in ：, a lead-in or a salutation, is a paragraph's end too; a dash
# item opens a paragraph as a character does)
SPACED_ENDS = "[。！？!?：:]"
SPACED_BREAK_RE = compiled(rf"(?<={SPACED_ENDS})[ \u3000]+(?=[\p{{Han}}“（(—－―])")
SPACED_END_RE = compiled_re(SPACED_ENDS)
SPACED_BREAK_SHARE = 0.5
SPACED_BREAK_PART = 80


def split_spaced_breaks(paragraphs: list[Paragraph]) -> list[Paragraph]:
    """Open a paragraph at each sentence end followed by a space in a long line whose
    paragraph breaks were turned into spaces (CONVENTIONS "Lost line breaks")."""
    cuts: dict[int, list[int]] = {}
    # (asked of every paragraph of a report: the few that may hold such a space are found
    # in one comprehension, not one turn of the loop each)
    for i in [i for i, p in enumerate(paragraphs) if len(p.text) >= 2 * SPACED_BREAK_PART and ("。 " in p.text or "。\u3000" in p.text)]:
        text = paragraphs[i].text
        breaks = list(SPACED_BREAK_RE.finditer(text))
        ends = len(SPACED_END_RE.findall(text))
        if not breaks or len(breaks) > SPACED_BREAK_SHARE * ends:
            continue
        spaced = [m.end() for m in breaks]
        # (paragraphs are this long between sentence ends; a salutation or a lead-in that
        # ends in ： is short by nature, and bounds no part)
        bounds = [0, *(m.end() for m in breaks if text[m.start() - 1] not in "：:"), len(text)]
        parts = sorted(b - a for a, b in zip(bounds, bounds[1:]))
        if parts[len(parts) // 2] >= SPACED_BREAK_PART:
            cuts[i] = spaced
    return cut_paragraphs(paragraphs, cuts)


# Dash items run together in a line that lost its breaks (…的五年。——过去五年，是…。——…):
# after a sentence end, a dash opens an item. Two such dashes in a line make a list, and
# where its parts are paragraph-long (LOST_BREAK_PART at the median) they are paragraphs;
# short ones are the items of a list inside one paragraph (targets, slogans).
RUN_IN_DASH_RE = compiled(r"(?<=[。！？；!?;])[ \u3000]*(?=(?:[—－―]{2,3}|--)[\p{Han}“])")
RUN_IN_DASHES_MIN = 2
# (what such a line holds at least once; a space may stand before the dash where the
# breaks became spaces. Most lines hold no dash at all, which `in` tells at a fraction of
# the cost of this pattern's scan)
DASH_AFTER_END_RE = compiled_re(r"[。！？；!?;][ \u3000]*[—－―-]")


def split_run_in_dashes(paragraphs: list[Paragraph]) -> list[Paragraph]:
    """Open a paragraph at each dash item that a line which lost its breaks holds after a
    sentence end (CONVENTIONS "Lost line breaks", "Dash items")."""
    cuts: dict[int, list[int]] = {}
    # (the few paragraphs that may hold such items, found in one comprehension)
    long_enough = RUN_IN_DASHES_MIN * LOST_BREAK_PART
    for i in [i for i, p in enumerate(paragraphs) if len(p.text) >= long_enough and ("—" in p.text or "－" in p.text or "―" in p.text or "--" in p.text)]:
        text = paragraphs[i].text
        if DASH_AFTER_END_RE.search(text) is None:
            continue
        starts = [m.end() for m in RUN_IN_DASH_RE.finditer(text)]
        if len(starts) < RUN_IN_DASHES_MIN:
            continue
        bounds = [*starts, len(text)]
        parts = sorted(b - a for a, b in zip(bounds, bounds[1:]))
        if parts[len(parts) // 2] >= LOST_BREAK_PART:
            cuts[i] = starts
    return cut_paragraphs(paragraphs, cuts)


# The last step of a page's trail (…> 办公文档 > 某局2023年工作总结), and how long it is at
# least to be an article's title rather than a column's name.
TRAIL_END_RE = compiled(r"[>＞»›]\s*([^>＞»›。，,：:\s][^>＞»›。，,：:]*?)\s*$")
CRUMB_TITLE_MIN = 8


def _crumb_title(line: str) -> str | None:
    """The last step of a page's trail when it is long enough to be an article's title."""
    if not any(arrow in line for arrow in TRAIL_ARROWS) or not is_furniture_text(line):
        return None
    m = TRAIL_END_RE.search(line)
    return m.group(1) if m and len(m.group(1)) >= CRUMB_TITLE_MIN else None


def split_title_salutation(paragraphs: list[Paragraph]) -> list[Paragraph]:
    """A title run into its salutation on the text's first lines (…上的讲话同志们：今天…):
    the title, the salutation and the text open paragraphs of their own, so that the
    report split sees the title line."""
    cuts: dict[int, list[int]] = {}
    # (after the page numbers join_pages set first, and a page's furniture above the text)
    first = 0
    while first < len(paragraphs) and (PAGE_LABEL_RE.fullmatch(paragraphs[first].text) or is_furniture_text(paragraphs[first].text)):
        first += 1
    for i, p in enumerate(paragraphs[first : first + TITLE_SALUTATION_PARAGRAPHS], first):
        if i and (title := _crumb_title(paragraphs[i - 1].text)) and p.text.startswith(title) and len(p.text) > len(title):
            # a page's trail ends in the article's title; a line under it that opens with
            # the title runs it into the text (…> 某局2023年工作总结 / 某局2023年工作总结2023年，…)
            cuts[i] = [_skip_spaces(p.text, len(title))]
            continue
        # a document site's watermark run into the first line (精选优质文档-倾情为你奉上…)
        mark = WATERMARK_RE.match(p.text) if i == first else None
        at = mark.end() if mark else 0
        block = None
        # (or a document site's number for its one page, 1、, before a title block: no heading)
        if (
            i == first
            and not mark
            and (page := PAGE_LABEL_RE.match(p.text))
            and page.group(1) == "1"
            and (block := TITLE_BLOCK_RE.match(p.text, page.end(), TITLE_SALUTATION_REACH))
        ):
            at = page.end()
        block = block or TITLE_BLOCK_RE.match(p.text, at, TITLE_SALUTATION_REACH)
        m = TITLE_SALUTATION_RE.search(p.text, at, TITLE_SALUTATION_REACH)
        if block and (m is None or m.start("salutation") >= block.start("salutation")):
            # each line of a title block set on one line opens a paragraph of its own
            groups = ("title", "subtitle", "date", "byline", "salutation")
            # (the title perhaps printed twice, a space between: a page's name for it, then its own)
            starts = sorted({*(block.start(g) for g in groups), *_later_printing(p.text, block)})
            cuts[i] = [k for k in (*starts, _skip_spaces(p.text, block.end())) if 0 < k < len(p.text)]
        elif m:
            second = _later_printing(p.text, m)
            cuts[i] = [k for k in (at, m.start("title"), *second, _skip_spaces(p.text, m.start("salutation")), _skip_spaces(p.text, m.end())) if 0 < k < len(p.text)]
        elif (m := TITLE_RUN_ON_RE.match(p.text, at)) and (len(p.text) >= TITLE_RUN_ON_MIN or _first_part_after(p.text, m.end("title"))):
            second = _later_printing(p.text, m)
            cuts[i] = [k for k in (at, *second, _skip_spaces(p.text, m.end("title"))) if k]
            # a page's heading, then the article's own run into its text (…工作总结 某某工作总结今年以来，…)
            if m := TITLE_RUN_ON_RE.match(p.text, m.end("title")):
                cuts[i].append(_skip_spaces(p.text, m.end("title")))
        elif (m := TITLE_DASH_SUBTITLE_RE.match(p.text, at)) and (_subtitle_only(p.text, m.end()) or len(p.text) >= TITLE_RUN_ON_MIN):
            # a title and its subtitle on one line, the subtitle a line of the title block;
            # on a line that runs on into the text, the title still ends at its dash
            cuts[i] = [k for k in (at, m.end()) if k]
        elif 0 < at < len(p.text):
            cuts[i] = [at]  # the watermark alone
    return cut_paragraphs(paragraphs, cuts)


def _first_part_after(text: str, end: int) -> bool:
    """Whether the text's first part heading (一、, 第一部分) follows a title at end: a short
    line that runs a title into it (…建设方案一、项目背景与意义) holds the two, as a long
    line that runs the title into its first sentence does."""
    m = LOST_BREAK_START_RE.match(text, _skip_spaces(text, end))
    # (not a list of numerals, 方案一、二、三)
    return m is not None and (m.group("comma") == "一" or m.group("part") == "一") and LOST_BREAK_START_RE.match(text, m.end()) is None


# A subtitle on a title's line is short: a date and a venue.
SUBTITLE_MAX = 60


def _subtitle_only(text: str, start: int) -> bool:
    """Whether text from start is a subtitle and nothing else (——2025年2月26日在…会议上)."""
    return len(text) - start <= SUBTITLE_MAX and SUBTITLE_RE.match(text, start) is not None and not any(ch in "。！？!?；;" for ch in text[start:])


# A document-sharing site's watermark or banner run into the first line of a page, or its
# page count (第1页共10页).
WATERMARK_RE = compiled(rf"(?:{WATERMARK_SLOGAN}[-－—_\s]*|{SITE_BANNER}\s*|{PAGE_COUNT}\s*)")
# Each of two printings of one title run together is this long at least.
PRINTING_MIN = 6


def _second_printing(title: str, offset: int) -> list[int]:
    """Where a title run into its own second printing (a page's heading, then the
    article's: …与下一步工作计划…与下一步工作打算) starts its second printing, after the
    name of a kind of text that ends the first."""
    for m in KIND_WORD_RE.finditer(title):
        first, second = title[: m.end()], title[m.end() :]
        if min(len(first), len(second)) >= PRINTING_MIN and (
            difflib.SequenceMatcher(None, first, second, autojunk=False).ratio() >= SAME_TITLE_RATIO
        ):
            return [offset + m.end()]
    return []


def _later_printing(text: str, m) -> list[int]:
    """Where the title that match m found in text holds a second printing of itself,
    worded alike or, a space between, otherwise: its start, past any blank."""
    title, offset = m.group("title"), m.start("title")
    return [_skip_spaces(text, k) for k in _second_printing(title, offset) or _spaced_printing(title, offset)]


def _spaced_printing(title: str, offset: int) -> list[int]:
    """Where a title run into another printing of it worded otherwise, a space between
    (a page's name for the text, then the text's own title line: …讲话稿 在…上的讲话),
    starts its second printing: each side of the space ends in the name of a kind of
    text, as a whole title does. (Two printings and one space: a line with more holds
    more, a 目录 run into the title, say.)"""
    parts = title.split()
    if len(parts) != 2:
        return []
    first, second = parts
    if min(len(first), len(second)) >= PRINTING_MIN and _names_kind_last(first) and _names_kind_last(second):
        return [offset + title.rindex(second)]
    return []


def _names_kind_last(text: str) -> bool:
    # (a kind's name is two or three characters: 讲话, 讲话稿)
    return any(KIND_WORD_RE.fullmatch(text, k) for k in range(max(0, len(text) - 3), len(text) - 1))


# A compendium copied as one line keeps its 目录 inline: 目录 1. 某某报告 2 2.某某总结 10 …
# then the first piece. Entries are numbered in sequence from 1, short, and end at a
# space (after their page number, when they have one).
INLINE_TOC_ENTRY_RE = compiled(r"(\d{1,3})[.．、]\s*[^\s。！？，,]{2,40}(?:\s+\d{1,4}(?=\s))?")
INLINE_TOC_MIN = 2
# the 目录 stands in one of the text's first paragraphs, near the head of its line
INLINE_TOC_PARAGRAPHS = 3
INLINE_TOC_REACH = 300


def split_inline_toc(paragraphs: list[Paragraph]) -> list[Paragraph]:
    """A 目录 run into one line with what stands around it: the 目录 heading, each entry,
    and the text after the last entry open paragraphs of their own (and, before the
    目录, a sentence that ends in a space: a site's note)."""
    first = 0
    while first < len(paragraphs) and PAGE_LABEL_RE.fullmatch(paragraphs[first].text):
        first += 1
    for i, p in enumerate(paragraphs[first : first + INLINE_TOC_PARAGRAPHS], first):
        text = p.text
        toc = TOC_RE.search(text, 0, INLINE_TOC_REACH)
        if toc is None:
            continue
        entries = []
        pos = toc.end()
        while (m := INLINE_TOC_ENTRY_RE.match(text, _skip_spaces(text, pos))) and int(m.group(1)) == len(entries) + 1:
            entries.append(m)
            pos = m.end()
        if len(entries) < INLINE_TOC_MIN:
            continue
        cuts = [toc.start(), entries[0].start(), *(m.start() for m in entries[1:]), entries[-1].end()]
        before = text[: toc.start()]
        note = max(before.rfind("。 "), before.rfind("！ "))
        if note > 0:
            cuts.append(note + 1)
        rest = _skip_spaces(text, entries[-1].end())
        tail = text[rest : rest + TITLE_SALUTATION_REACH]
        m = TITLE_SALUTATION_RE.match(tail)
        if m:
            cuts.extend((rest + m.end("title"), rest + m.end()))
        elif m := TITLE_RUN_ON_RE.match(tail):
            cuts.append(rest + m.end("title"))
        return cut_paragraphs(paragraphs, {i: [_skip_spaces(text, c) for c in cuts if 0 < c < len(text)]})
    return paragraphs


def _skip_spaces(text: str, pos: int) -> int:
    while pos < len(text) and text[pos] in " \u3000":
        pos += 1
    return pos


# a piece's first line after its label holds its text
PIECE_TEXT_MIN = 40


def split_piece_labels(paragraphs: list[Paragraph]) -> list[Paragraph]:
    """A compendium piece's label run into its first line (第一篇 在县委的领导下，…):
    the label is a line of its own, the piece's title line."""
    cuts: dict[int, list[int]] = {}
    # (the text's first paragraphs, after the page numbers join_pages set first)
    first = 0
    while first < len(paragraphs) and PAGE_LABEL_RE.fullmatch(paragraphs[first].text):
        first += 1
    for i, p in enumerate(paragraphs):
        if p.text[:1] in "第篇" and len(p.text) >= PIECE_TEXT_MIN and (m := PIECE_LABEL_OPEN_RE.match(p.text)):
            cuts[i] = [len(p.text) - len(p.text[m.end() :].lstrip(" \u3000"))]
        elif i < first + TITLE_SALUTATION_PARAGRAPHS and len(p.text) >= PIECE_TEXT_MIN and (m := COUNTED_TITLE_LABEL_RE.match(p.text)):
            # (…工作总结三篇篇一纳税服务是…: the compendium's title, the label, the text)
            cuts[i] = [m.end("title"), m.end("label")]
        elif m := COUNTED_TITLE_RUN_RE.match(p.text):
            # (…自查报告(精选3篇)…自查报告 篇1: the compendium's title, then its first piece's,
            # the line nothing but the two)
            cuts[i] = [m.end("title")]
    return cut_paragraphs(paragraphs, cuts)


def cut_paragraphs(paragraphs: list[Paragraph], cuts: dict[int, list[int]]) -> list[Paragraph]:
    """paragraphs, each paragraph i cut at the offsets cuts[i] into paragraphs that keep
    their input lines."""
    if not cuts:
        return paragraphs
    for i, offsets in cuts.items():
        cuts[i] = sorted(set(offsets))
    out: list[Paragraph] = []
    for i, p in enumerate(paragraphs):
        if i not in cuts:
            out.append(p)
            continue
        bounds = [0, *cuts[i], len(p.text)]
        for a, b in zip(bounds, bounds[1:]):
            text = p.text[a:b].rstrip(" \u3000")
            if text:
                out.append(_part_of(p, a, text))
    return out


# A part that a lost break set apart holds a heading and its body: about this long.
LOST_BREAK_PART = 100


# A text this long (a few sentences) all in one line is a page copied as one line.
ONE_LINE_MIN = 200


# A title run into the line it heads is short, and holds no punctuation.
RUN_IN_TITLE_MAX = 40


def _title_before(before: str, gap: str) -> bool:
    """Whether before, the start of a line up to a numbered heading, a blank between
    them, reads as a title run into it: short, with no punctuation."""
    return bool(gap) and 0 < len(before) <= RUN_IN_TITLE_MAX and not any(ch in CLAUSE_MARKS for ch in before)


def _all_one_line(paragraphs: list[Paragraph]) -> bool:
    """Whether the text is all one long line."""
    return len(paragraphs) == 1 and len(paragraphs[0].text) >= ONE_LINE_MIN


def _median_part(paragraphs: list[Paragraph], chain: list[tuple[int, int]]) -> int:
    """The median length of the parts the markers of chain would open."""
    lengths = []
    for k, (i, offset) in enumerate(chain):
        nxt = chain[k + 1] if k + 1 < len(chain) else None
        end = nxt[1] if nxt is not None and nxt[0] == i else len(paragraphs[i].text)
        lengths.append(end - offset)
    lengths.sort()
    return lengths[len(lengths) // 2]


def _part_of(p: Paragraph, start: int, text: str) -> Paragraph:
    """The part of p that starts at offset start, with the input lines of its pieces."""
    if start == 0:
        return Paragraph(text, p.line, [(o, n) for o, n in p.pieces if o < len(text)] or [(0, p.line)], p.after_blank, p.level_hint)
    line = p.line_at(start)
    pieces = [(0, line)] + [(o - start, n) for o, n in p.pieces if start < o < start + len(text)]
    return Paragraph(text, line, pieces, False, None)


# A document-sharing site shows a file as numbered pages (1、… 2、… 3、…), each cut at a
# fixed length, mid-word as often as not: the numbers are the site's, not the text's.
PAGE_LABEL_RE = compiled_re(r"(\d{1,3})、")
PAGE_LABELS_MIN = 2
# the text opens with its pages within this many paragraphs (a site's note above them)
PAGE_LABELS_REACH = 3
PAGE_MIN = 200  # a page (the last aside) is at least this long
PAGE_CUT_SHARE = 0.5  # at least this share of the pages end mid-sentence
PAGE_END = "。！？!?；;：:”…"


def _page_starts(paragraphs: list[Paragraph]) -> list[tuple[int, int, int]] | None:
    """(paragraph, offset, line) of every page of a document-sharing site's copy, or None
    when the text is not one: from one of its first paragraphs to the end, every input
    line opens with the next page number, and the pages are long and cut mid-sentence."""
    starts: list[tuple[int, int, int]] = []
    # (the site's furniture above the pages, its page list, 下载本文档, does not count)
    above = 0
    for i, p in enumerate(paragraphs):
        for offset, line in p.pieces or [(0, p.line)]:
            m = PAGE_LABEL_RE.match(p.text, offset)
            if m is None or int(m.group(1)) != len(starts) + 1:
                if starts or above >= PAGE_LABELS_REACH:
                    return None
                continue
            starts.append((i, offset, line))
        if not starts:
            above += not is_furniture_text(p.text)
            if above >= PAGE_LABELS_REACH:
                return None
    if len(starts) < PAGE_LABELS_MIN:
        return None
    pages = [_page_text(paragraphs, starts, k) for k in range(len(starts))]
    inner = pages[:-1]
    if any(len(t) < PAGE_MIN for t in inner):
        return None
    cut = sum(1 for t in inner if t.rstrip()[-1:] not in PAGE_END)
    return starts if cut >= PAGE_CUT_SHARE * len(inner) else None


def _page_text(paragraphs: list[Paragraph], starts: list[tuple[int, int, int]], k: int) -> str:
    i, offset, _ = starts[k]
    if k + 1 < len(starts) and starts[k + 1][0] == i:
        return paragraphs[i].text[offset : starts[k + 1][1]]
    return paragraphs[i].text[offset:]


def _stands_alone(line: str) -> bool:
    """A line that is a page's furniture or a piece's label (…工作总结 篇1, 第二篇)."""
    return is_furniture_text(line) or (len(line) <= PIECE_LABEL_MAX and "篇" in line and PIECE_LABEL_RE.fullmatch(line) is not None)


# A piece's label line is short: a title and its number at most.
PIECE_LABEL_MAX = 40


def join_pages(paragraphs: list[Paragraph]) -> list[Paragraph]:
    """A document-sharing site's numbered pages joined back into the text: a page cut
    mid-sentence carries on the paragraph before it. The page numbers come first, as
    paragraphs of their own, for the report split to keep as front matter."""
    starts = _page_starts(paragraphs)
    if starts is None:
        return paragraphs
    labels: list[Paragraph] = []
    joined: list[Paragraph] = []
    for k, (i, offset, line) in enumerate(starts):
        page = _page_text(paragraphs, starts, k)
        label = PAGE_LABEL_RE.match(page).group(0)
        labels.append(Paragraph(label, line, [(0, line)]))
        text = page[len(label) :].strip(" \u3000")
        if not text:
            continue
        # the lines of a page joined into one paragraph before: each page is one line
        if joined and joined[-1].text[-1:] not in PAGE_END:
            last = joined[-1]
            joined[-1] = Paragraph(last.text + text, last.line, [*last.pieces, (len(last.text), line)], last.after_blank)
        else:
            joined.append(Paragraph(text, line, [(0, line)], paragraphs[i].after_blank and offset == 0))
    return labels + paragraphs[: starts[0][0]] + joined

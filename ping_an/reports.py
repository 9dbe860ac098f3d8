"""Stage 3a: find the compendium title, the 目录 and where each report starts.

With a 目录 the reports are the entries found again, in order, as title lines. Without
one, a report starts at a title line: a short line without sentence punctuation that
ends in the name of a kind of text (综述, 工作总结, 讲话, 报告 …). A file with one report
yields one report; a file that opens straight with its text has a report titled null.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from dataclasses import dataclass, field

import regex

from .lines import Paragraph
from .patterns import (
    COMPENDIUM_RE,
    HAN_RE,
    HEADING_RE,
    SALUTATION_RE,
    SUBTITLE_RE,
    TOC_NUMBER_RE,
    TOC_PAGE_RE,
    TOC_RE,
)

# Kinds of text whose title line may start a new report inside a file.
REPORT_TITLE_RE = regex.compile(
    r"[^。！？；!?;：:]{2,60}?(?:综述|总结|报告|讲话|发言|致辞|汇报|述职|工作要点)"
    r"(?:[（(][^）)]{1,20}[）)])?"
)
SPACES_RE = regex.compile(r"\s+")
SENTENCE_PUNCT = set("。！？；!?;")
SENTENCE_PUNCT_RE = re.compile("[" + re.escape("".join(sorted(SENTENCE_PUNCT))) + "]")
CLAUSE_PUNCT = set("。！？；!?;，,：:")
TITLE_MAX = 60
SHORT_TITLE_MAX = 40
FRONT_LINE_MAX = 20
# Reports in a compendium are set apart by at least this many blank lines.
COMPENDIUM_GAP = 2


@dataclass(slots=True)
class ReportSpan:
    title: str | None
    title_line: int | None
    front: list[Paragraph] = field(default_factory=list)
    body: list[Paragraph] = field(default_factory=list)


@dataclass(slots=True)
class Outline:
    title: str | None = None
    toc: list[tuple[str | None, str, str | None, int]] = field(default_factory=list)  # (number, title, page, line)
    front: list[Paragraph] = field(default_factory=list)
    reports: list[ReportSpan] = field(default_factory=list)


# A paragraph's title key is at least a quarter as long as what is not white space in it:
# NFKC never shortens by decomposing, and a composition takes at most four code points into
# one (U+1F82 is α + three marks); the 目录 number it may drop is at most 7 characters
# (第十二篇章、). Longer paragraphs cannot be an entry's title.
NFKC_SHRINK = 4
TOC_NUMBER_MAX = 7


def norm_title(text: str) -> str:
    return SPACES_RE.sub("", unicodedata.normalize("NFKC", text))


def _title_shaped(p: Paragraph) -> bool:
    # asked of every paragraph: the cheap tests first, the sentence marks found in C
    t = p.text
    if len(t) > TITLE_MAX or t[-1] in "，,、：:" or SENTENCE_PUNCT_RE.search(t):
        return False
    return not (HEADING_RE.match(t) or SALUTATION_RE.match(t))


def is_report_title(p: Paragraph) -> bool:
    return _title_shaped(p) and REPORT_TITLE_RE.fullmatch(p.text) is not None


def _short_title(p: Paragraph) -> bool:
    """Shaped like a title, short, and in Chinese: what a file's first line or a line set
    apart in a compendium must be to stand as a title without naming a kind of text."""
    return _title_shaped(p) and len(p.text) <= SHORT_TITLE_MAX and HAN_RE.search(p.text) is not None


def is_opening_title(p: Paragraph, following: Paragraph | None) -> bool:
    """The first line of a file is its title when it is shaped like one and text follows."""
    if following is None or not _short_title(p):
        return False
    # a comma reads like a lead line, unless a blank line sets the line apart as a title
    return "，" not in p.text or following.after_blank


def _toc_entry(p: Paragraph) -> tuple[str | None, str, str | None] | None:
    """(number, title, page) of a 目录 line, or None when the line is not one."""
    t = p.text
    if len(t) > TITLE_MAX + 10 or SENTENCE_PUNCT_RE.search(t):
        return None
    m = TOC_NUMBER_RE.match(t)
    number = m.group().strip() if m and m.group().strip() else None
    rest = t[m.end() :] if m else t
    page = TOC_PAGE_RE.search(rest)
    title = rest[: page.start()].strip() if page else rest.strip()
    if not title:
        return None
    return number, title, page.group().strip() if page else None


def _front(paras: list[Paragraph], i: int) -> int:
    """Skip subtitle, date, author, addressee and salutation lines from i; return the first body index."""
    while i < len(paras):
        t = paras[i].text
        # a Word heading (level_hint) is a section heading, as a typed 一、 is
        plain = not HEADING_RE.match(t) and paras[i].level_hint is None and len(t) <= FRONT_LINE_MAX
        short = plain and not any(ch in CLAUSE_PUNCT for ch in t)
        # 县委政法委： the body the report is addressed to
        addressee = plain and t[-1] in "：:" and not any(ch in CLAUSE_PUNCT for ch in t[:-1])
        if SUBTITLE_RE.match(t) or short or addressee or (SALUTATION_RE.fullmatch(t) and len(t) <= 16):
            i += 1
            continue
        break
    return i


def _span(paras: list[Paragraph], start: int, end: int, titled: bool) -> ReportSpan:
    if titled:
        title_para = paras[start]
        body_from = _front(paras, start + 1)
        span = ReportSpan(title_para.text, title_para.line, paras[start + 1 : body_from], paras[body_from:end])
    else:
        body_from = _front(paras, start)
        span = ReportSpan(None, None, paras[start:body_from], paras[body_from:end])
    return span


def _gap_before(paras: list[Paragraph], k: int) -> int:
    """Blank lines between paragraph k and the one before it."""
    if k == 0:
        return 0
    prev = paras[k - 1]
    return paras[k].line - prev.pieces[-1][1] - 1


def _set_apart_title(paras: list[Paragraph], k: int) -> bool:
    """In a compendium, a short title-shaped line set apart by blank lines starts a report
    even when it does not name a kind of text."""
    p = paras[k]
    return (
        _short_title(p)
        and "，" not in p.text
        and _gap_before(paras, k) >= COMPENDIUM_GAP
        and not HEADING_RE.match(paras[k + 1].text)
    )


def _title_starts(paras: list[Paragraph], begin: int, compendium: bool = False) -> list[int]:
    starts = []
    for k in range(begin, len(paras)):
        p = paras[k]
        # a Word heading is a section heading whose number Word shows, as a typed one is
        if k + 1 >= len(paras) or p.level_hint is not None:
            continue
        if not is_report_title(p) and not (compendium and _set_apart_title(paras, k)):
            continue
        if k > begin and paras[k - 1].text[-1] not in SENTENCE_PUNCT and not p.after_blank:
            continue
        if is_report_title(paras[k + 1]):
            continue
        starts.append(k)
    return starts


def merge_split_titles(paras: list[Paragraph]) -> list[Paragraph]:
    """A title printed on two lines (关于xx镇2023年度 / 综治维稳工作情况的报告) is one title,
    joined with a space."""
    out: list[Paragraph] = []
    for p in paras:
        a = out[-1] if out else None
        if (
            a is not None
            and not p.after_blank
            and len(a.text) <= 30
            and not a.joined
            and is_report_title(p)
            and _title_shaped(a)
            and not REPORT_TITLE_RE.fullmatch(a.text)
            and not COMPENDIUM_RE.search(a.text)
            and not TOC_RE.fullmatch(a.text)
            and (len(out) == 1 or a.after_blank)
        ):
            out[-1] = Paragraph(
                a.text + " " + p.text, a.line, [(0, a.line), (len(a.text) + 1, p.line)], a.after_blank
            )
            continue
        out.append(p)
    return out


def _read_toc(paras: list[Paragraph], head: int, out: Outline) -> int:
    """Read the 目录 that follows paragraph head into out; return the index after it."""
    if head > 0 and _title_shaped(paras[0]):
        out.title = paras[0].text
        out.front = paras[1 : head + 1]
    else:
        out.front = paras[: head + 1]
    numbers_of: dict[str, set[str | None]] = {}  # normalised title → the numbers it was listed with
    j = head + 1
    while j < len(paras):
        entry = _toc_entry(paras[j])
        if entry is None:
            break
        # the first report's title line, not an entry: an entry's title again, with no
        # number or with the same number (a 目录 never lists one entry twice)
        key = norm_title(entry[1])
        if key in numbers_of and (entry[0] is None or entry[0] in numbers_of[key]):
            break
        numbers_of.setdefault(key, set()).add(entry[0])
        out.toc.append((*entry, paras[j].line))
        j += 1
    return j


def _toc_starts(paras: list[Paragraph], begin: int, toc: list) -> list[int]:
    """Where each 目录 entry is found again as a title line, in order."""
    # Each paragraph is normalised once, into an index of where every title stands: an
    # entry that is never found costs a lookup, not another pass over the whole file.
    keys = [norm_title(entry[1]) for entry in toc]
    limit = max(map(len, keys), default=0) * NFKC_SHRINK + TOC_NUMBER_MAX
    found_at: dict[str, list[int]] = {}
    for k in range(begin, len(paras)):
        text = paras[k].text
        # normalising costs 12 µs a paragraph (Chinese text is full of full-width marks,
        # which NFKC changes): a body paragraph too long to become any entry's title is
        # passed over, after a cheap count of what is not white space in it
        if len(text) > limit and len(SPACES_RE.sub("", text)) > limit:
            continue
        # the title may carry the entry's number again (一、推进…综述)
        key = norm_title(text)
        found_at.setdefault(key, []).append(k)
        unnumbered, numbers = TOC_NUMBER_RE.subn("", text, count=1)
        if numbers and (other := norm_title(unnumbered)) != key:
            found_at.setdefault(other, []).append(k)
    starts: list[int] = []
    cursor = begin
    for key in keys:
        places = found_at.get(key, [])
        i = bisect.bisect_left(places, cursor)
        if i < len(places):
            starts.append(places[i])
            cursor = places[i] + 1
    return starts


def _spans(paras: list[Paragraph], begin: int, heads: list[int]) -> list[ReportSpan]:
    """Reports starting at the title lines heads; text before the first is an untitled report."""
    spans = [] if heads and heads[0] == begin else [_span(paras, begin, heads[0] if heads else len(paras), False)]
    ends = heads[1:] + [len(paras)]
    spans.extend(_span(paras, s, e, True) for s, e in zip(heads, ends))
    return spans


def split_reports(paras: list[Paragraph]) -> Outline:
    paras = merge_split_titles(paras)
    out = Outline()
    if not paras:
        return out
    begin = 0
    head = next((i for i, p in enumerate(paras[:6]) if TOC_RE.fullmatch(p.text)), None)
    if head is not None:
        begin = _read_toc(paras, head, out)
        starts = _toc_starts(paras, begin, out.toc)
        if starts:
            out.front.extend(paras[begin : starts[0]])
            out.reports = _spans(paras, starts[0], starts)
            return out
        if begin >= len(paras):
            return out
    # no usable 目录: title lines
    first = paras[begin]
    opening = is_opening_title(first, paras[begin + 1] if begin + 1 < len(paras) else None)
    compendium = opening and COMPENDIUM_RE.search(first.text) is not None
    starts = _title_starts(paras, begin + 1 if opening else begin, compendium)
    if opening and out.title is None and (compendium or (starts and starts[0] == begin + 1)):
        # the first line names the whole file; the reports follow under their own titles
        out.title = first.text
        begin += 1
        if starts and starts[0] > begin:
            out.front.extend(paras[begin : starts[0]])
            begin = starts[0]
    elif opening:
        starts = [begin] + starts
    out.reports = _spans(paras, begin, starts)
    if out.title is None and len(out.reports) == 1:
        out.title = out.reports[0].title
    return out

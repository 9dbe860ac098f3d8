"""Find the compendium title, the 目录 and where each report starts.

With a 目录 the reports are its entries found again, in order: as title lines worded
as the entry or nearly, as part labels (第一篇), or as pieces that open as the first one
does. Without one, a report starts at a title line: a short line without sentence
punctuation that ends in the name of a kind of text (综述, 工作总结, 讲话, 报告 …), in a
compendium anywhere, elsewhere only with a title block around it. Each report's head
is read as a title page: the title over one to three lines, then what only a title
block holds (subtitle, date line, author, addressee, salutation) and the furniture of
a page copied from the web. A file with one report yields one report; a file that
opens straight with its text has a report titled null.
"""

from __future__ import annotations

import bisect
import difflib
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache

from ..read.lines import PAGE_LABEL_RE, Paragraph
from ..rules.hanzi import Restore
from ..rules.pattern_cache import compiled, compiled_re
from ..rules.patterns import (
    AUTHOR_LINE_RE,
    BARE_FURNITURE_LABELS,
    CELL_SEPARATORS,
    CELL_SPLIT_RE,
    CN_DIGITS,
    COMPENDIUM_RE,
    COPY_LABEL_RE,
    DASH_RE,
    DATE_LINE_RE,
    DATED_VENUE_RE,
    DOC_NUMBER_RE,
    FURNITURE_FIELD_RE,
    HAN_RE,
    HEADING_RE,
    KIND_WORD_RE,
    KIND_WORDS,
    PAGE_COUNT,
    PERIOD_REVIEW_RE,
    PIECE_LABEL_PREFIX,
    PIECE_LABEL_PREFIX_RE,
    PIECE_LABEL_RE,
    PIECE_TITLE_RE,
    PLACEHOLDER_CHARS,
    SALUTATION_RE,
    SAME_TITLE_RATIO,
    SENTENCE_END_RE,
    SITE_BLURB_RE,
    SPACED_NAME_RE,
    STUDY_SUBTITLE_RE,
    SUBTITLE_RE,
    TITLE_TAIL_RE,
    TOC_NUMBER_RE,
    TOC_PAGE_RE,
    TOC_RE,
    TRAIL_ARROWS,
    TRAIL_RE,
    VENUE_SUBTITLE_RE,
    VENUE_TAIL_RE,
    WEB_DATE,
    Prefiltered,
    is_bracketed_note,
    is_furniture_text,
    numbered_value,
    unglossed,
)

# Kinds of text whose title line may start a new report inside a file.
# (a bracketed qualifier after the kind, or a piece's number: …工作总结1, …总结（2）; an
# abridgement: …讲话摘要版, …报告（摘要）)
# (what such a title can end in: a kind's last character, an abridgement's, a bracket, a digit)
_TITLE_LAST = frozenset("".join(w[-1] for w in KIND_WORDS.split("|")) + "要版文编选登）)")
REPORT_TITLE_RE = Prefiltered(
    compiled(rf"[^。！？；!?;：:]{{2,60}}?(?:{KIND_WORDS})(?:摘要版?|全文|摘编|节选|摘登)?(?:[（(][^）)]{{1,20}}[）)]|\d{{1,2}})?"),
    lambda text: text[-1:] in _TITLE_LAST or text[-1:].isdigit(),
)
SPACES_RE = compiled(r"\s+")
# the same white space (regex's \s is Unicode's, as re's is on str), found in C
ANY_SPACE_RE = compiled_re(r"\s")
SENTENCE_PUNCT = set("。！？；!?;")
SENTENCE_PUNCT_RE = compiled_re("[" + re.escape("".join(sorted(SENTENCE_PUNCT))) + "]")


def has_sentence_end(text: str) -> bool:
    """Whether text holds a sentence end (SENTENCE_PUNCT). Asked of every paragraph:
    most hold a 。, which `in` finds at a fraction of the cost of a pattern's call."""
    return "。" in text or SENTENCE_PUNCT_RE.search(text) is not None

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
    restore: Restore | None = None  # the text's own characters (Paragraphs.restore)


@dataclass(slots=True)
class Outline:
    title: str | None = None
    toc: list[tuple[str | None, str, str | None, int]] = field(default_factory=list)  # (number, title, page, line)
    front: list[Paragraph] = field(default_factory=list)
    reports: list[ReportSpan] = field(default_factory=list)
    restore: Restore | None = None  # the text's own characters (Paragraphs.restore)
    by_toc: bool = False  # its reports were found from its 目录
    head_title: str | None = None  # a compendium's title in the page's head, above the first piece's


# A paragraph's title key is at least a quarter as long as what is not white space in it:
# NFKC never shortens by decomposing, and a composition takes at most four code points into
# one (U+1F82 is α + three marks); the 目录 number it may drop is at most 7 characters
# (第十二篇章、). Longer paragraphs cannot be an entry's title.
NFKC_SHRINK = 4
TOC_NUMBER_MAX = 7


# The full-width marks of Chinese text that NFKC turns into ASCII, each into its whole
# compatibility decomposition (a character of its own, which composes with nothing before
# it): NFKC of a text with these replaced is NFKC of the text.
_WIDE_MARKS = tuple((wide, unicodedata.normalize("NFKD", wide)) for wide in "，（）：；！？\u3000")


def nfkc(text: str) -> str:
    """unicodedata.normalize("NFKC", text), the common case taken cheaply: composing
    costs some hundred instructions a character, and a Chinese line is most often
    normalised once its full-width marks are replaced."""
    plain = text
    for wide, narrow in _WIDE_MARKS:
        if wide in plain:
            plain = plain.replace(wide, narrow)
    return plain if unicodedata.is_normalized("NFKC", plain) else unicodedata.normalize("NFKC", text)


def norm_title(text: str) -> str:
    return SPACES_RE.sub("", nfkc(text))


def is_furniture(p: Paragraph) -> bool:
    return is_furniture_text(p.text)


def is_front_evidence(p: Paragraph) -> bool:
    """A line that only a title block holds: where and when the text was given, or
    its author's name spaced out."""
    return len(p.text) <= FRONT_EVIDENCE_MAX and _front_evidence(p.text)


# (a subtitle, a date or an author line is one short line)
FRONT_EVIDENCE_MAX = 120


@lru_cache(maxsize=4096)  # (asked of the same short lines several times by the split)
def _front_evidence(t: str) -> bool:
    return bool(
        VENUE_SUBTITLE_RE.fullmatch(t)
        or STUDY_SUBTITLE_RE.fullmatch(t)
        or DATE_LINE_RE.fullmatch(t)
        # (a name spaced out, not a kind of text spaced out: 工 作 报 告 is a title's line)
        or (SPACED_NAME_RE.fullmatch(t) is not None and not _names_kind(t))
        or DATED_VENUE_RE.fullmatch(t)
        or _author_line(t)
    )


def _author_line(t: str) -> bool:
    """An office and a name (某某区审计局局长 某某某), never an office's speech, which names
    its kind of text (某镇党委书记讲话)."""
    return AUTHOR_LINE_RE.fullmatch(t) is not None and not _names_kind(t)


# A site's number for an entry of its list of pieces (1.…篇一).
SITE_LIST_NUMBER_RE = compiled(r"\d{1,2}[.．、]\s*(?=\S)")


def _is_piece_label(p: Paragraph) -> bool:
    """A piece's label line: 篇2, 第二篇, or a copy's title and number (…方案(二)：)."""
    t = p.text
    if len(t) > SHORT_TITLE_MAX:
        return False
    if PIECE_LABEL_RE.fullmatch(t):
        # (a site may number the labels in its list: 1.…工作总结 篇一)
        listed = SITE_LIST_NUMBER_RE.match(t)
        return _title_shaped(Paragraph(t[listed.end() :], p.line, p.pieces) if listed else p)
    # (the cheap test first: a copy's label ends in its number, a bracket or a colon)
    ends_as_label = t[-1] in "）)：: \u3000" or t[-1].isdigit() or t[-1] in CN_DIGITS
    return ends_as_label and COPY_LABEL_RE.fullmatch(t) is not None and not has_sentence_end(t)


def _title_shaped(p: Paragraph) -> bool:
    # asked of every paragraph: the cheap tests first, the sentence marks found in C
    t = p.text
    if len(t) > TITLE_MAX or t[-1] in "，,、：:" or has_sentence_end(t):
        return False
    # a line opening with a dash is a subtitle (——在…上的报告) or a dash item, also
    # under a site's label run into it (文档介绍：——2009年5月16日在…); one dash opens a
    # subtitle too (—在某某第三次代表大会上的报告)
    return not (
        HEADING_RE.match(t) or SALUTATION_RE.match(t) or DASH_RE.match(t) or LABELLED_DASH_RE.match(t)
        or (t[0] in "—－―" and SUBTITLE_RE.match(t))
    )


# A site's label run into the subtitle under it (文档介绍：——…, 摘要：——…).
LABELLED_DASH_RE = compiled(r"\p{Han}{2,6}[：:][ \u3000]*(?=[—－―]{2,3}|--)")


def is_report_title(p: Paragraph) -> bool:
    # a title may be spaced out (政 府 工 作 报 告), or carry what a page printed after it
    # (…工作报告—全文); a page's metadata line may name a kind of text too (2021-06-18
    # 总结: its date and its category) and is no title
    return _title_shaped(p) and _names_kind(p.text) and not is_furniture(p)


@lru_cache(maxsize=4096)  # (asked of the same short lines several times by the split)
def _names_kind(text: str) -> bool:
    return REPORT_TITLE_RE.fullmatch(SPACES_RE.sub("", unglossed(clean_title(text)))) is not None


def _short_title(p: Paragraph) -> bool:
    """Shaped like a title, short, and in Chinese: what a file's first line or a line set
    apart in a compendium must be to stand as a title without naming a kind of text.
    A date line alone ((2012年8月2日)) is a title block's, never its title."""
    return (
        _title_shaped(p)
        and _lines_short(p)
        and HAN_RE.search(p.text) is not None
        and not ("年" in p.text and DATE_LINE_RE.fullmatch(p.text))
    )


def _lines_short(p: Paragraph) -> bool:
    """Every line of p is short (a title set over lines, joined, is as long as its lines)."""
    if len(p.text) <= SHORT_TITLE_MAX:
        return True
    if not p.joined:
        return False
    ends = [offset for offset, _ in p.pieces[1:]] + [len(p.text)]
    return all(end - start <= SHORT_TITLE_MAX for (start, _), end in zip(p.pieces, ends))


def is_opening_title(p: Paragraph, following: Paragraph | None) -> bool:
    """The first line of a file is its title when it is shaped like one and text follows
    (a long one when it names its kind of text: 中共某某区委关于制定…规划的建议)."""
    if following is None or not (_short_title(p) or (len(p.text) <= TITLE_MAX and is_report_title(p))) or is_front_evidence(p):
        return False
    # (a line that names a period's work under review titles the text's first part: parts.py)
    if PERIOD_REVIEW_RE.fullmatch(p.text.strip()):
        return False
    # (a name alone, two or three characters, is a byline over the text, no title: a title
    # that short names its kind, 讲话, 主持词)
    if len(p.text) <= PERSON_NAME_MAX and NAME_LINE_RE.fullmatch(p.text) and KIND_WORD_RE.search(p.text) is None:
        return False
    # a comma reads like a lead line, unless a blank line sets the line apart as a title
    return "，" not in p.text or following.after_blank


# A person's name alone on a line: two or three Chinese characters.
PERSON_NAME_MAX = 3
NAME_LINE_RE = compiled(rf"\p{{Han}}{{2,{PERSON_NAME_MAX}}}")


TOC_LEADERS = " \u3000.．·…"


def _toc_entry(p: Paragraph) -> tuple[str | None, str, str | None] | None:
    """(number, title, page) of a 目录 line, or None when the line is not one."""
    t = p.text
    if len(t) > TITLE_MAX + 10 or has_sentence_end(t):
        return None
    m = TOC_NUMBER_RE.match(t)
    number = m.group().strip() if m and m.group().strip() else None
    rest = t[m.end() :] if m else t
    page = TOC_PAGE_RE.search(rest)
    # (leader dots with no page after them: an outline that a page cut short, 二、…工作……)
    title = rest[: page.start()].strip() if page else rest.rstrip(TOC_LEADERS).strip()
    if not title:
        return None
    return number, title, page.group().strip() if page else None


def _listed(entry: tuple[str | None, str, str | None], p: Paragraph) -> tuple[str | None, str, str | None, int]:
    """An entry as the output lists it: what the line prints after the title, the leader
    dots of an outline a page cut short (二、…工作……) too, stands as its page."""
    number, title, page = entry
    if page is None:
        page = p.text[len(p.text.rstrip(TOC_LEADERS)) :].strip() or None
    return number, title, page, p.line


def _plain(p: Paragraph) -> bool:
    """A short line that is no heading (a Word heading, level_hint, is one, as a typed
    一、 is)."""
    return p.level_hint is None and len(p.text) <= FRONT_LINE_MAX and not HEADING_RE.match(p.text)


def _is_addressee(p: Paragraph) -> bool:
    """县委政法委： the body a report is addressed to."""
    t = p.text
    return _plain(p) and t[-1] in "：:" and not any(ch in CLAUSE_PUNCT for ch in t[:-1])


def _is_salutation_line(p: Paragraph) -> bool:
    """A line that holds only a salutation (各位代表：, 同志们！)."""
    return len(p.text) <= 16 and SALUTATION_RE.fullmatch(p.text) is not None


def _is_subtitle(text: str) -> bool:
    return SUBTITLE_RE.match(text) is not None or VENUE_SUBTITLE_RE.fullmatch(text) is not None


def _front(paras: list[Paragraph], i: int, title: str | None = None) -> int:
    """Skip subtitle, date, author, addressee, salutation and page-furniture lines from i,
    and the title printed again; return the first body index."""
    key = title_key(title) if title else None

    def front_line(k: int) -> bool | None:
        """True for a line only a title block holds; None for a short plain line (an
        office or a name: front matter only when more front matter follows it, since a
        short line right above the text is a lead line); False for the text."""
        p = paras[k]
        t = p.text
        if (
            SUBTITLE_RE.match(t)
            or ((label := LABELLED_DASH_RE.match(t)) and SUBTITLE_RE.match(t, label.end()))
            or (k < PAGE_HEAD_MAX and _is_head_furniture(paras, k))
            or _is_addressee(p)
            or _is_salutation_line(p)
            or is_front_evidence(p)
            or is_furniture(p)
            or (key is not None and len(t) <= TITLE_MAX and title_key(t) == key)
            # (the article's spaced masthead under the page's printing that says whose)
            or (title is not None and _names_whose(title, t))
            or (k > i and VENUE_TAIL_RE.fullmatch(t) and _is_subtitle(paras[k - 1].text))
        ):
            return True
        return None if _plain(p) and not any(ch in CLAUSE_PUNCT for ch in t) else False

    end = i
    pending = i  # where a run of short plain lines began
    while end < len(paras):
        kind = front_line(end)
        if kind is False:
            break
        end += 1
        if kind:
            pending = end
    # short lines that only the text follows are its first lines, not front matter
    if end == len(paras) or pending == end or end - pending >= 2:
        return end
    return pending


# The marks a copy redacts a name with (在**县…, xx镇…): a title printed twice, once
# masked, is one title.
MASKS_RE = compiled(f"[*＊{PLACEHOLDER_CHARS}]+")


def title_key(text: str) -> str:
    """What two printings of one title share: the title without what a page adds to
    it, white space, width and masks."""
    return MASKS_RE.sub("", norm_title(clean_title(text)))


# A site's tag or category label set before an article's title ([讲话稿], 范文资料：), or
# a compendium piece's number (第1篇 , 篇一：); only before a title that names a kind of
# text, so that a title's own colon stays.
# A document-sharing site's page number run into a title that opens with a year
# (12023年…工作规划: page 1) is such a label too, as is a page's count or its number between
# dashes (- 1 - …工作总结), and so is the site's column set before
# the title with a bar (乡镇工作总结|某某镇五年工作总结).
TITLE_LABEL_RE = compiled(
    rf"^(?:[\[【][^\]】]{{1,12}}[\]】]|-[^-\s]{{2,10}}-|{PAGE_COUNT}[ \u3000]*|[^\s：:，,。\[【-]{{2,8}}[：:]|[^\s|｜。，,]{{2,16}}[ \u3000]*[|｜][ \u3000]*|{PIECE_LABEL_PREFIX}|\d(?=(?:19|20)\d\d年)|全文共?计?\d{{3,6}}字[ \u3000]*|下载后可(?:任意)?编辑[ \u3000]*|\d{{1,2}}(?![号年月日期个项条])(?=\p{{Han}})"
    # (a site's name run into the line before the title: 某某(中国)官方网站 …工作总结; a
    # date row, • 2021-04-12 发布 …工作总结)
    r"|[^\s。，,：:]{2,20}(?:官方网站|官网)\s+"
    # (the site's category after the page's heading, left on the article's: -总结…)
    rf"|[-_－](?:{KIND_WORDS})(?=\p{{Han}})"
    rf"|[•·●]?\s*{WEB_DATE}\s*(?:发布|更新|上传)?\s+)"
    # (the title may end in a bracketed period or status after its kind: …方案(2023—2025年), （试行）)
    rf"\s*(?=[^：:]{{4,60}}(?:{KIND_WORDS})(?:[（(][^（()）]{{2,16}}[）)])?$)"
)
# A title set in 【】 as a whole (【医院年度工作总结范文】): the brackets are the site's
# emphasis, not the title's
WRAPPED_TITLE_RE = compiled(r"【([^【】]{4,60})】")


TITLE_BULLETS = "•●▪■◆"


def clean_title(text: str) -> str:
    """A title line without the table-cell separators a web page left on it, nor what
    the page printed before the title (a site's tag) or after it (its date, a copy's
    number, a note on the copy), nor the colon of a piece's label (…方案(一)：)."""
    text = text.strip(CELL_SEPARATORS + " \u3000")
    # (a list's bullet where a page set its fields as a list: • 中共…的通报)
    if text[:1] in TITLE_BULLETS:
        text = text.lstrip(TITLE_BULLETS + " \u3000") or text
    if text[-1:] in ("：", ":"):
        text = text.rstrip("：:").rstrip(CELL_SEPARATORS + " \u3000")
    cut = TITLE_TAIL_RE.sub("", text).strip(CELL_SEPARATORS + " \u3000")
    cut = TITLE_LABEL_RE.sub("", cut)
    if cut[:1] == "【" and (wrapped := WRAPPED_TITLE_RE.fullmatch(cut)):
        cut = wrapped.group(1)
    return cut or text


def piece_title(text: str) -> str:
    """A report's title as its line prints it: clean_title, with the piece's label that
    opens the line kept (第1篇：…工作总结; CONVENTIONS: a piece is titled by its label
    line as printed)."""
    title = clean_title(text)
    label = PIECE_LABEL_PREFIX_RE.match(text.strip(CELL_SEPARATORS + " \u3000"))
    if label is None or title.startswith(label.group()):
        return title
    return label.group() + title


def _kept_from(line: Paragraph, title: str) -> int:
    """0 when a title line lost something to clean_title (a page's note after it, a
    separator), so that the line as it stood stays in the output as front matter; else
    1, the title alone holding all of it."""
    return 1 if title == line.text.strip(" \u3000") else 0


def _own_title_under_label(paras: list[Paragraph], start: int) -> bool:
    """A line opening with a piece's label (第一篇：…) over a title line of the piece's
    own: one a title block stands under (its subtitle, date or author), or the label's
    words as a site printed them, a note after them (第一篇：X大全 over X)."""
    label = PIECE_LABEL_PREFIX_RE.match(paras[start].text)
    own = paras[start + 1]
    if label is None or len(own.text) > TITLE_MAX or not _title_shaped(own):
        return False
    words = title_key(paras[start].text[label.end() :])
    key = title_key(own.text)
    return _under_title(paras, start + 2, False) or (len(key) >= ISSUED_TITLE_MIN and words.startswith(key) and len(words) - len(key) <= SITE_NOTE_MAX)


def _span(paras: list[Paragraph], start: int, end: int, titled: bool, title: str | None = None) -> ReportSpan:
    """The report in paras[start:end]: its title line first when titled; an untitled
    piece may be titled by its 目录 entry (title)."""
    if titled:
        label = []
        if start + 2 < end and (
            (PIECE_LABEL_RE.fullmatch(paras[start].text) and is_report_title(paras[start + 1]))
            or ((m := PIECE_TITLE_RE.fullmatch(paras[start].text)) and same_title(m.group("title"), paras[start + 1].text))
            or _own_title_under_label(paras, start)
        ):
            # a piece's label (篇1, 第一篇) above the piece's own title line, or a label
            # with the title printed again under it: the title is the title line's, the
            # label front matter
            label, start = [paras[start]], start + 1
        title_para = paras[start]
        title = piece_title(title_para.text)
        body_from = _front(paras, start + 1, clean_title(title_para.text))
        # (what clean_title cut off the title line stays in the output, the line as front matter)
        front = [*label, *paras[start + _kept_from(title_para, title) : body_from]]
        return ReportSpan(title, title_para.line, front, paras[body_from:end])
    body_from = _front(paras, start)
    return ReportSpan(title, None, paras[start:body_from], paras[body_from:end])


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


def _over_byline(paras: list[Paragraph], k: int) -> bool:
    """A short title line over its author's office and name (做强平台 纵深推进 / 某某省政协主席
    某某某), after a text that ended or the compendium's title: a text's title block, as
    the pieces of a page of speeches are printed, even when the title names no kind of
    text. (A subtitle or a date line over the author belongs to the title block above it.)"""
    p = paras[k]
    return (
        (k == 0 or paras[k - 1].text[-1] in SENTENCE_PUNCT or COMPENDIUM_RE.search(paras[k - 1].text) is not None)
        and _short_title(p)
        and _author_line(paras[k + 1].text)
        and not is_front_evidence(p)
        and not _is_subtitle(p.text)
    )


def _opens_title_block(paras: list[Paragraph], k: int) -> bool:
    """Outside a compendium, a title line inside the text starts another report only
    with what a report's head holds around it: a subtitle, date line, spaced author,
    salutation, addressee or page furniture under it, or the date line that signs off
    the text before it. A part title (过去五年工作的基本总结) has none of these."""
    after = paras[k + 1]
    return (
        is_front_evidence(after)
        or is_furniture(after)
        or _is_addressee(after)
        or _is_salutation_line(after)
        or (k > 0 and DATE_LINE_RE.fullmatch(paras[k - 1].text) is not None)
    )


def _title_starts(
    paras: list[Paragraph], begin: int, compendium: bool = False, titled: bool = False, opening: str | None = None
) -> list[int]:
    """Title lines that start a report. In a compendium any title line does; in a file
    that opens under a title naming a kind of text (titled), a title line naming one
    too does; in any other file only one that opens a title block (_opens_title_block).
    The file's opening title printed again is a running header (a page break in a
    copied document; a compendium's title that a site set again inside a piece), not
    another report."""
    header = title_key(opening) if opening else None
    starts = []
    # (most paragraphs are prose, longer than any title: passed over on their length, in
    # one comprehension rather than one turn of this loop each)
    # (every start is title-shaped: it holds no sentence end)
    for k in [k for k in range(begin, len(paras)) if len(paras[k].text) <= TITLE_MAX and not has_sentence_end(paras[k].text)]:
        p = paras[k]
        # (the cheap test first: the header's last character stands in the line)
        if header is not None and header[-1:] in p.text and title_key(p.text) == header:
            continue
        # (nor is the spaced-out masthead under a page's printing that names whose, only
        # furniture between them: 某县2021年政府工作报告 / 发布时间：… / 政 府 工 作 报 告)
        if (
            header is not None and not compendium and k - begin < PAGE_HEAD_MAX and _names_whose(opening, p.text)
            and all(is_furniture(q) or is_front_evidence(q) for q in paras[begin:k])
        ):
            continue
        # a Word heading is a section heading whose number Word shows, as a typed one is
        if k + 1 >= len(paras) or p.level_hint is not None:
            continue
        if _is_piece_label(p):
            # a piece's label (篇2, 第二篇, …方案(二)：) starts a piece wherever it stands
            starts.append(k)
            continue
        if compendium and p.text[:1] in "第篇【[" and PIECE_TITLE_RE.fullmatch(p.text) and _title_shaped(p):
            # in a compendium, a piece's label and its title (第一篇：推进…建设)
            starts.append(k)
            continue
        if not is_report_title(p) and not (compendium and _set_apart_title(paras, k)) and not _over_byline(paras, k):
            continue
        if not (compendium or (titled and is_report_title(p)) or _opens_title_block(paras, k)):
            continue
        # (a line that goes on from a line broken mid-sentence is none; one under a date line
        # over a title block of its own is one)
        if (
            k > begin
            and paras[k - 1].text[-1] not in SENTENCE_PUNCT
            and not p.after_blank
            and not (is_front_evidence(paras[k - 1]) and (is_front_evidence(paras[k + 1]) or _is_salutation_line(paras[k + 1])))
        ):
            continue
        if is_report_title(paras[k + 1]):
            continue
        starts.append(k)
    return starts


# The end of a title a wrap cut off is a few characters.
WRAPPED_TAIL_MAX = 8
# A title line that ends where no title ends, on a conjunction or a bare year (…工作总结和
# 2021年 / 工作重点): the title goes on in the next line, whatever that one names.
UNFINISHED_TITLE_RE = compiled(r"(?:[和及与暨、]|以及|[\d〇零一二三四五六七八九]{4}年度?)$")
# A title is set over three lines at most (决胜全面建成小康社会 / 为夺取…伟大胜利).
TITLE_LINES_MAX = 3


def _title_piece(p: Paragraph) -> bool:
    """A line that may be one line of a title set over several."""
    return (
        p.level_hint is None
        and len(p.text) <= SHORT_TITLE_MAX
        and _title_shaped(p)
        and HAN_RE.search(p.text) is not None
        and not COMPENDIUM_RE.search(p.text)
        and not TOC_RE.fullmatch(p.text)
        and not is_furniture(p)
        and not is_front_evidence(p)
        # (a note in brackets under a notice, (此件公开发布), is no line of the title below it)
        and not is_bracketed_note(p.text)
    )


def _joined(lines: list[Paragraph]) -> Paragraph:
    text, pieces = "", []
    for q in lines:
        if text:
            text += " "
        pieces.extend((len(text) + offset, line) for offset, line in q.pieces or [(0, q.line)])
        text += q.text
    return Paragraph(text, lines[0].line, pieces, lines[0].after_blank)


def _title_run(paras: list[Paragraph], k: int, under_furniture: bool = False) -> int:
    """How many paragraphs from k make one title (1 when it is set on one line).

    The lines of a title stand together above what only a title block holds (a
    subtitle, a date line, a spaced-out author): 决胜全面建成小康社会 / 为夺取…伟大胜利 /
    ——在…上的报告. Without that, two lines are one title when the second names the
    kind of text and the first does not (关于xx镇2023年度 / 综治维稳工作情况的报告)."""
    # (a title on several lines needs a second short line: most paragraphs end it here)
    if k + 1 >= len(paras) or len(paras[k + 1].text) > SHORT_TITLE_MAX:
        return 1
    # a title wrapped mid-word by a PDF copy (…2026 年工 / 作计划): the kind of text is
    # named only by the two lines together
    second = paras[k + 1].text
    # (a numbered heading under a title opens the text: 一、总体思路)
    if not second[:1].isspace() and not HEADING_RE.match(second) and _title_piece(paras[k]):
        if (
            len(second) <= WRAPPED_TAIL_MAX
            and not paras[k + 1].after_blank
            and not is_report_title(paras[k])
            and REPORT_TITLE_RE.fullmatch(SPACES_RE.sub("", paras[k].text + second))
        ):
            return 2
        # (a line that ends where no title ends goes on in the next, a blank line between
        # or not: …工作总结及 / 下半年工作计划)
        if UNFINISHED_TITLE_RE.search(SPACES_RE.sub("", paras[k].text)) and KIND_WORD_RE.search(paras[k].text) and _title_piece(paras[k + 1]):
            return 2
    n = _title_pieces(paras, k)
    if n >= 2 and _under_title(paras, k + n, k == 0):
        return n
    # (under a page's furniture the article's heading stands alone: a blank line inside
    # it does not end it; nor under the line that prints the same title whole, a piece's
    # label over it: 第一篇:某省乡镇企业发展考察报告 / 某省乡镇企业 / 发展考察报告)
    if (
        n >= 2
        and (under_furniture or not paras[k + 1].after_blank or _printed_whole_above(paras, k))
        and is_report_title(paras[k + 1])
        and not is_report_title(paras[k])
    ):
        return 2
    return 1


def _printed_whole_above(paras: list[Paragraph], k: int) -> bool:
    """Whether the line above paras[k] prints, whole, the title that paras[k] and the line
    under it hold (a piece's label and its title, or the page's heading, over the article's
    title set over two lines)."""
    if k == 0:
        return False
    above = paras[k - 1].text
    label = PIECE_LABEL_PREFIX_RE.match(above)
    return title_key(above[label.end() :] if label else above) == title_key(paras[k].text + paras[k + 1].text)


def _under_title(paras: list[Paragraph], j: int, file_head: bool) -> bool:
    """Line j holds what only a title block holds under a title: a subtitle, a date line,
    a spaced author, an official document's number (under a notice's title); at the head
    of the file, the salutation (a speech's title with no subtitle)."""
    return j < len(paras) and (
        is_front_evidence(paras[j]) or DOC_NUMBER_RE.fullmatch(paras[j].text.strip()) is not None or (file_head and _is_salutation_line(paras[j]))
    )


def _reprints(above: str, line: str) -> bool:
    """Whether line prints the line above it again, with words more or fewer (a site's
    label around the title: 某网 资料文库 镇政府报告范文 / 镇政府报告范文 / 镇政府报告)."""
    a, b = title_key(above), title_key(line)
    return min(len(a), len(b)) >= ISSUED_TITLE_MIN and (a in b or b in a)


def _title_pieces(paras: list[Paragraph], k: int) -> int:
    """How many lines from k may be the lines of one title (a row of cells, 注册 | 登录,
    is none)."""
    n = 0
    while n < TITLE_LINES_MAX and k + n < len(paras) and _title_piece(paras[k + n]) and CELL_SPLIT_RE.search(paras[k + n].text) is None:
        # (a line printed again is a second printing of the title, never its next line;
        # so is one that prints the line above it again, shorter or longer: 镇政府报告范文 /
        # 镇政府报告)
        if n and (same_title(paras[k + n].text, paras[k].text) or _reprints(paras[k + n - 1].text, paras[k + n].text)):
            break
        n += 1
        # the line that names the kind of text ends a title: two such lines are two
        # printings (a page's heading, then the article's own), not one title
        if is_report_title(paras[k + n - 1]):
            break
    return n


def _title_block_run(paras: list[Paragraph], k: int) -> int:
    """Lines of one title with no blank line above them (a page that keeps none): they
    stand over a subtitle, date line or spaced author, and the first is no note in
    brackets ((此件公开发布))."""
    text = paras[k].text
    if k + 1 >= len(paras) or len(paras[k + 1].text) > SHORT_TITLE_MAX:
        return 1  # (most short lines: the next is prose)
    if is_bracketed_note(text):
        return 1
    n = _title_pieces(paras, k)
    return n if n >= 2 and _under_title(paras, k + n, k == 0) else 1


def merge_split_titles(paras: list[Paragraph]) -> list[Paragraph]:
    """A title printed on several lines is one title, its lines joined with a space."""
    out: list[Paragraph] = []
    # (a title's first line is short: the paragraphs between short ones pass in bulk)
    # (and title-shaped, as every line of a title is: no sentence end in it)
    short = [k for k, p in enumerate(paras) if len(p.text) <= SHORT_TITLE_MAX and not has_sentence_end(p.text)]
    k = 0
    for nxt in short:
        if nxt < k:
            continue  # joined into the title before it
        out.extend(paras[k:nxt])
        k = nxt
        p = paras[k]
        # a title opens the file or stands apart after a blank line
        under_furniture = k > 0 and (is_furniture(paras[k - 1]) or (k < PAGE_HEAD_MAX and _is_head_furniture(paras, k - 1)))
        if k < PAGE_HEAD_MAX and ((under_furniture and _is_head_furniture(paras, k)) or _kind_column(paras, k)):
            # (furniture itself: the column's name under the trail, or named by a kind alone)
            out.append(p)
            k += 1
            continue
        # (or under another printing of the title, one that names its kind of text)
        starts_title = k == 0 or p.after_blank or under_furniture or is_report_title(paras[k - 1])
        n = _title_run(paras, k, under_furniture) if starts_title else _title_block_run(paras, k)
        out.append(_joined(paras[k : k + n]) if n > 1 else p)
        k += n
    out.extend(paras[k:])
    return out


def _read_toc(paras: list[Paragraph], head: int, out: Outline) -> int:
    """Read the 目录 that follows paragraph head into out; return the index after it.

    The entries end where a line is no entry: a sentence, a salutation (各位代表：), a
    line of a title block, or, once entries have carried a number or a page, a line
    with neither (the first report's title, not an entry)."""
    if head > 0 and _title_shaped(paras[0]):
        out.title = clean_title(paras[0].text)
        out.front.extend(paras[_kept_from(paras[0], out.title) : head + 1])
    else:
        # (after what stands before the text: a document site's page numbers)
        out.front.extend(paras[: head + 1])
    numbers_of: dict[str, set[str | None]] = {}  # normalised title → the numbers it was listed with
    numbered = False
    j = head + 1
    while j < len(paras):
        p = paras[j]
        entry = _toc_entry(p)
        if entry is None or SALUTATION_RE.match(p.text) or is_front_evidence(p) or is_furniture(p):
            break
        if numbered and entry[0] is None and entry[2] is None:
            break
        # the first report's title line, not an entry: an entry's title again, with no
        # number or with the same number (a 目录 never lists one entry twice)
        key = norm_title(entry[1])
        if key in numbers_of and (entry[0] is None or entry[0] in numbers_of[key]):
            break
        numbers_of.setdefault(key, set()).add(entry[0])
        numbered = numbered or entry[0] is not None or entry[2] is not None
        out.toc.append(_listed(entry, p))
        j += 1
    return j


# An outline printed above a text, or under its title, with no 目录 line over it (a
# document site prints one so): this many numbered lines in a row at least.
OUTLINE_MIN = 3


def _outline_end(paras: list[Paragraph], start: int) -> int:
    """The index after an outline without a 目录 line that opens at paras[start]: numbered
    lines in a row, no text between them, the first of which the text prints again
    further down as its own first heading; start when there is none."""
    end = start
    while end < len(paras) and HEADING_RE.match(paras[end].text) and _toc_entry(paras[end]) is not None:
        end += 1
    if end - start < OUTLINE_MIN:
        return start
    first = paras[start].text
    key = norm_title(first)
    for p in paras[end:]:
        # the heading with its body run on after it, or worded with other brackets or blanks
        if p.text[:1] == first[:1] and (p.text.startswith(first) or norm_title(p.text[: len(first) + 4]).startswith(key)):
            return end
    return start


def _drop_outline(paras: list[Paragraph], near_top: list[int], out: Outline) -> list[Paragraph]:
    """The paragraphs without an outline at the top of the text (on the first line that
    is no furniture, or under a title there), whose lines become out's 目录 entries."""
    for start in near_top[:2]:
        end = _outline_end(paras, start)
        if end > start:
            out.toc.extend(_listed(_toc_entry(p), p) for p in paras[start:end])
            return paras[:start] + paras[end:]
        if not _short_title(paras[start]):
            break
    return paras


# What a 目录 entry may say that its report's title line does not, or the other way
# round: a year (2023年, 2023年度), a bracketed qualifier, a part label (第一篇).
LOOSE_DROP_RE = compiled(
    r"[（(〔\[【][^）)〕\]】]{0,20}[）)〕\]】]|[\d〇零一二三四五六七八九十○]{2,4}年度?|第[一二三四五六七八九十\d]{1,3}[篇章部分]{1,2}"
    r"|[^\p{Han}\p{L}\p{N}]"
)
PART_LABEL_RE = compiled(r"第[一二三四五六七八九十\d]{1,3}(?:篇|章|部分|编)")


def loose_title(key: str) -> str:
    """A normalised title without what an entry and its title line may word differently."""
    return LOOSE_DROP_RE.sub("", key)


@dataclass(frozen=True, slots=True)
class PieceStart:
    """Where one 目录 entry's report starts: at its title line, or (titled False) at the
    opening of a piece that has no title line of its own."""

    index: int
    entry: int
    titled: bool = True


def _toc_starts(paras: list[Paragraph], begin: int, toc: list) -> list[PieceStart]:
    """Where each 目录 entry is found again, in order: as a title line worded as the
    entry or nearly (loose_title), as its part label alone (第一篇), or else as the
    opening of a piece with no title line (a salutation after a wide gap)."""
    # Each paragraph is normalised once, into an index of where every title stands: an
    # entry that is never found costs a lookup, not another pass over the whole file.
    keys = [norm_title(entry[1]) for entry in toc]
    limit = max(map(len, keys), default=0) * NFKC_SHRINK + TOC_NUMBER_MAX
    found_at: dict[str, list[int]] = {}
    # (paragraph, its title key without the entry's number): what the loose index is made
    # of, should an entry not be found as worded
    unnumbered_keys: list[tuple[int, str]] = []
    # An entry holds no sentence end, and a title line none (nor its key: NFKC keeps
    # them): most paragraphs, which hold one, are passed over in one comprehension.
    for k in [k for k in range(begin, len(paras)) if not has_sentence_end(paras[k].text)]:
        text = paras[k].text
        # normalising costs 12 µs a paragraph (Chinese text is full of full-width marks,
        # which NFKC changes): a paragraph too long to become any entry's title is passed
        # over, after a cheap count of what is not white space in it (most hold none in
        # their first limit + 1 characters, and then need no count)
        if len(text) > limit and (ANY_SPACE_RE.search(text, 0, limit + 1) is None or len(SPACES_RE.sub("", text)) > limit):
            continue
        # the title may carry the entry's number again (一、推进…综述)
        key = norm_title(text)
        found_at.setdefault(key, []).append(k)
        unnumbered, numbers = TOC_NUMBER_RE.subn("", text, count=1)
        if numbers and (other := norm_title(unnumbered)) != key:
            found_at.setdefault(other, []).append(k)
        unnumbered_keys.append((k, other if numbers else key))
    loose_index: list[dict[str, list[int]]] = []

    def loose_at() -> dict[str, list[int]]:
        """Where every loose title stands (loose_title), made the first time an entry is
        not found as worded: most 目录s find every entry so, and need none."""
        if not loose_index:
            index: dict[str, list[int]] = {}
            for k, unnumbered_key in unnumbered_keys:
                if _title_shaped(paras[k]) and (loose := loose_title(unnumbered_key)):
                    index.setdefault(loose, []).append(k)
            loose_index.append(index)
        return loose_index[0]

    def after(places: list[int], cursor: int) -> int | None:
        i = bisect.bisect_left(places, cursor)
        return places[i] if i < len(places) else None

    found: list[PieceStart | None] = []
    cursor = begin
    for e, (entry, key) in enumerate(zip(toc, keys)):
        places = [after(found_at.get(key, []), cursor)]
        if places[0] is None:
            places.append(after(loose_at().get(loose_title(key), []), cursor))
        number = entry[0]
        if number and PART_LABEL_RE.fullmatch(norm_title(number).rstrip("、：:．.")):
            places.append(after(found_at.get(norm_title(number).rstrip("、：:．."), []), cursor))
        places = [k for k in places if k is not None]
        if places:
            found.append(PieceStart(min(places), e))
            cursor = min(places) + 1
        else:
            found.append(None)
    _place_untitled(paras, begin, found)
    return [f for f in found if f is not None]


def _title_over_outline(paras: list[Paragraph], begin: int, first: int) -> int | None:
    """Where the title of the one text that a 目录 outlines stands, when it does: the
    first entry is found again as a numbered heading (一、…) with a line that names a
    kind of text just above it (the text's title, the 目录 listing only its headings);
    None for a compendium's 目录, whose entries are found as the pieces' titles."""
    if first - 1 < begin or not HEADING_RE.match(paras[first].text) or is_report_title(paras[first]):
        return None
    for k in range(first - 1, max(begin, first - TITLE_OVER_OUTLINE_REACH) - 1, -1):
        if is_report_title(paras[k]):
            return k
    return None


# How far above the text's first heading its title stands (a preamble between them).
TITLE_OVER_OUTLINE_REACH = 4


def _place_untitled(paras: list[Paragraph], begin: int, found: list[PieceStart | None]) -> None:
    """Entries whose report has no title line start where a piece opens between the
    reports found around them: right after the 目录, or at a salutation or a short
    title-shaped line after a wide gap, those that open as the first piece does first."""
    opening = norm_title(paras[begin].text) if begin < len(paras) else ""
    e = 0
    while e < len(found):
        if found[e] is not None:
            e += 1
            continue
        run_end = e
        while run_end < len(found) and found[run_end] is None:
            run_end += 1
        lo = found[e - 1].index + 1 if e else begin
        hi = found[run_end].index if run_end < len(found) else len(paras)
        candidates = []
        for k in range(lo, hi):
            p = paras[k]
            first = k == begin
            shaped = SALUTATION_RE.match(p.text) is not None and len(p.text) <= 16 or _short_title(p)
            alike = shaped and norm_title(p.text) == opening
            # a text copied without blank lines keeps no gaps: there the pieces still
            # open as the first one does
            if first or (shaped and (alike or _gap_before(paras, k) >= COMPENDIUM_GAP)):
                candidates.append((first, alike, _gap_before(paras, k), -k))
        if len(candidates) < run_end - e:
            # fewer openings than entries: not pieces of a compendium (a 目录 of one
            # report's own parts, worded otherwise); those entries find no report
            e = run_end
            continue
        best = sorted(candidates, reverse=True)[: run_end - e]
        for entry, (*_, neg_k) in zip(range(e, run_end), sorted(best, key=lambda c: -c[-1])):
            found[entry] = PieceStart(-neg_k, entry, titled=False)
        e = run_end


# Text above the first title that holds no heading and is this short is what the page
# printed above the article (a site's notice), not a report.
PAGE_TOP_MAX = 200


def _page_top(paras: list[Paragraph]) -> bool:
    return sum(len(p.text) for p in paras) <= PAGE_TOP_MAX and not any(HEADING_RE.match(p.text) for p in paras)


def _opens_its_text(span: ReportSpan) -> bool:
    """Whether a report's text starts where a text starts: at its first numbered heading
    (一、, （一）, 1.), or at prose or a salutation, not at a later heading (（三）…)."""
    if not span.body:
        return False
    m = HEADING_RE.match(span.body[0].text)
    return m is None or numbered_value(m.group().strip()) in (1, None)


def _spans(paras: list[Paragraph], begin: int, heads: list[int], out: Outline | None = None) -> list[ReportSpan]:
    """Reports starting at the title lines heads; text before the first is an untitled
    report, or, when short and without headings, the document's front matter (out)."""
    if out is not None and heads and heads[0] > begin and _page_top(paras[begin : heads[0]]):
        out.front.extend(paras[begin : heads[0]])
        begin = heads[0]
    spans = [] if heads and heads[0] == begin else [_span(paras, begin, heads[0] if heads else len(paras), False)]
    ends = heads[1:] + [len(paras)]
    spans.extend(_span(paras, s, e, True) for s, e in zip(heads, ends))
    return spans


# How many paragraphs (furniture aside) may stand above a 目录.
TOC_REACH = 6
# A 目录 line is short: 目录, 目 录, - 目录, 目录/提纲:…… (TOC_RE)
TOC_LINE_MAX = 16
# How far down a page copied from the web its title may stand, below site names,
# breadcrumbs and metadata rows.
PAGE_HEAD_MAX = 20


def _page_head(paras: list[Paragraph], begin: int, out: Outline) -> int:
    """Where the title stands in a page copied with its furniture (breadcrumbs, metadata
    rows, the site's name above them): the title line that names a kind of text, else
    the one right above a furniture line, else the first. What stands above it is the
    document's front matter. A text with no furniture at its head starts at begin."""
    head: list[int] = []
    furniture: set[int] = set()
    for k in range(begin, min(len(paras), begin + PAGE_HEAD_MAX)):
        p = paras[k]
        if is_furniture(p) or _is_head_furniture(paras, k):
            furniture.add(k)
        elif not (is_front_evidence(p) or _short_title(p) or _slogan(p)):
            break
        head.append(k)
    if not furniture:
        return begin
    # (a field's value printed again on a line of its own, 发布单位：农业农村局 / 农业农村局, is
    # no title, unless it names a kind of text: 标题：…工作报告 / …工作报告)
    values = {value for k in furniture for value in _field_values(paras[k].text)}
    titles = [
        k for k in head
        if k not in furniture and _short_title(paras[k]) and not is_front_evidence(paras[k])
        and (paras[k].text.strip() not in values or is_report_title(paras[k]))
    ]
    # (a site's label before the title aside: 范文资料：…实施方案)
    named = [k for k in titles if is_report_title(paras[k]) or REPORT_TITLE_RE.fullmatch(clean_title(paras[k].text))]
    # a line above the page's trail (首页 > …) is the site's name; the title stands
    # under the trail, or above the article's metadata
    trail = [k for k in head if is_trail(paras[k])]
    titles = [k for k in titles if not trail or k > trail[0] or (k + 1 < len(paras) and is_furniture(paras[k + 1]) and not is_trail(paras[k + 1]))]
    above_furniture = [k for k in titles if k + 1 in furniture]
    if above_furniture and all(len(paras[k].text) <= COLUMN_NAME_MAX for k in above_furniture):
        # a column's name above the page's metadata (调查研究 / 来源：… 时间：…), the
        # article's heading under it
        under = [k for k in titles if k > above_furniture[-1] and len(paras[k].text) > COLUMN_NAME_MAX]
        above_furniture = under[:1] or above_furniture
    picks = named or above_furniture or titles
    if not picks:
        # only a site's name above the trail: the text has no title line
        end = head[-1] + 1
        out.front.extend(paras[begin:end])
        return end
    pick = picks[0]
    # (a compendium's title above its first piece's titles the document, unless the text
    # names another)
    out.head_title = next((clean_title(paras[k].text) for k in titles if k < pick and COMPENDIUM_RE.search(clean_title(paras[k].text))), None)
    out.front.extend(paras[begin:pick])
    return pick


def _field_values(text: str) -> list[str]:
    """The values a page's metadata line or row gives, its label and value in one cell or
    in two (发布单位: | 农业农村局, 公开方式：主动公开), but the title's own (标题：…)."""
    values, label = [], None
    for cell in (c.strip() for c in CELL_SPLIT_RE.split(text)):
        m = FIELD_LABEL_RE.match(cell)
        if m:
            label, value = m.group("label"), cell[m.end() :].strip()
        else:
            value = cell
        if value and label is not None and not TITLE_LABEL_FIELD_RE.fullmatch(SPACES_RE.sub("", label)):
            values.append(value)
        if value:
            label = None
    return values


FIELD_LABEL_RE = compiled(r"(?P<label>[^：:]{1,10})[：:]")
# the fields whose value is the page's title
TITLE_LABEL_FIELD_RE = compiled(r"(?:文章|文件|信息|文档)?(?:标题|名称|题目)")


def _kind_column(paras: list[Paragraph], k: int) -> bool:
    """A site's column named by a kind of text alone (主持词), over a title of that kind
    (…表彰大会主持词): the title is the line that names what the text is about."""
    p = paras[k]
    return bool(
        len(p.text) <= COLUMN_NAME_MAX
        and (kind := BARE_KIND_RE.fullmatch(p.text.strip()))
        and k + 1 < len(paras)
        and len(paras[k + 1].text) > len(p.text)
        and is_report_title(paras[k + 1])
        and clean_title(paras[k + 1].text).endswith(kind.group("kind"))
    )


def _is_head_furniture(paras: list[Paragraph], k: int) -> bool:
    """Furniture that only the head of a page shows: the site's note to its reader
    (为您整理…，供您参考), and a metadata field's value set on the line under its
    label (• 发布机构： / 某某区人民政府)."""
    p = paras[k]
    # (a note is a line of its own: a long line that mentions a site holds text too)
    if len(p.pieces) <= 1 and len(p.text) <= BLURB_MAX and SITE_BLURB_RE.search(p.text):
        return True
    # the author's name alone in brackets over the text ((某某某))
    if len(p.text) <= BRACKETED_NAME_MAX and BRACKETED_NAME_RE.fullmatch(p.text):
        return True
    if _kind_column(paras, k):
        return True
    # a field's label alone, its value on the next line, among the page's metadata
    # (发布机构: / 某局 / 责任部门: / 某局 / 生成日期:): a label of any name; or a row of
    # the page's table that holds a label and empty cells (内容概览: | |||)
    if _empty_field(p.text) and any(is_furniture(q) or _empty_field(q.text) for q in paras[max(0, k - 2) : k]):
        return True
    # a row of tags or related titles, one line (实施方案 某某工作方案 某某实施方案), not a
    # title set in spaced phrases over its subtitle (深化改革 突破创新 … / ——在…上的报告)
    if len(p.pieces) <= 1 and TAG_ROW_RE.fullmatch(p.text) and not _over_subtitle(paras, k):
        return True
    # a site's summary that opens with the page's title in book marks, printed just
    # above it (…工作报告(全文) / 《…工作报告(全文)》2024年1月23日在…)
    # (the title in book marks alone is a title line, 《…的通知》)
    if (
        p.text[:1] == "《"
        and 0 < k
        and len(p.pieces) <= 1
        and len(p.text) <= BLURB_MAX
        and (quoted := BOOK_TITLE_OPENING_RE.match(p.text))
        and len(p.text) - quoted.end() >= BLURB_RUN_ON
        and any(same_title(quoted.group(1), q.text) for q in paras[max(0, k - SUBTITLE_REACH) : k])
    ):
        return True
    if k == 0 or len(p.text) > FIELD_VALUE_MAX:
        return False
    before = paras[k - 1].text.strip()
    # (a value under a label with no colon, a table's cell a line: 主题分类 / 综合政务;政务公开)
    if before in BARE_FURNITURE_LABELS and not SENTENCE_END_RE.search(p.text):
        return True
    if has_sentence_end(p.text):
        return False
    # a trail set one item a line (首页 / > / 云南要闻), and the column's name printed
    # again under the trail (首页 >云南要闻 / 云南要闻); a trail that ends in the
    # article's title has the title printed under it (… > 区委书记在…上的讲话 / the same)
    if before in TRAIL_ARROWS or (
        before.endswith(p.text.strip())
        and (is_trail(paras[k - 1]) or _is_head_furniture(paras, k - 1))
        and not (len(p.text) > COLUMN_NAME_MAX and KIND_WORD_RE.search(p.text))
    ):
        return True
    # (the label alone on its line: a row of fields that ends in an empty one, 浏览量：,
    # holds a counter the page fills in, not a value on the next line)
    if FURNITURE_FIELD_RE.fullmatch(before) is not None:
        return True
    # (the value of such a label of any name, but the title's own: 标题: / …工作总结)
    return (
        EMPTY_FIELD_RE.fullmatch(before) is not None
        and TITLE_LABEL_FIELD_RE.match(SPACES_RE.sub("", before)) is None
        and _is_head_furniture(paras, k - 1)
    )


# An author's name in brackets, alone on a line at the page's head ((某某某)).
BRACKETED_NAME_RE = compiled(r"[（(]\p{Han}{2,4}[）)]")
BRACKETED_NAME_MAX = 6
# A metadata field's label alone on its line, blanks perhaps between its characters
# (责任部门:, 有 效 性:).
EMPTY_FIELD_RE = compiled(r"\p{Han}[\p{Han} \u3000]{1,8}[：:]")


def _empty_field(text: str) -> bool:
    """A field's label with no value: alone on its line, or in a table's row whose other
    cells are empty (内容概览: | |||)."""
    return EMPTY_FIELD_RE.fullmatch(text.rstrip(CELL_SEPARATORS + " \u3000")) is not None
# A kind of text named alone (讲话稿, 主持词, 工作总结范文).
BARE_KIND_RE = compiled(rf"(?:工作)?(?P<kind>{KIND_WORDS})(?:范文|大全|精选)?")
# A title's subtitle stands this many lines under it at most, page furniture between.
SUBTITLE_REACH = 3


def _over_subtitle(paras: list[Paragraph], k: int) -> bool:
    """Whether a subtitle or venue line (——在…上的报告) follows line k, past furniture."""
    for p in paras[k + 1 : k + 1 + SUBTITLE_REACH]:
        if is_front_evidence(p):
            return True
        if not is_furniture(p):
            return False
    return False


def _over_dash_subtitle(paras: list[Paragraph], k: int) -> bool:
    """Whether the line under line k is a subtitle that opens with a dash (——在…上的报告)."""
    return k + 1 < len(paras) and paras[k + 1].text[:1] in "—-－" and SUBTITLE_RE.match(paras[k + 1].text) is not None


# A site's column (云南要闻, 讲话发言, 工作总结) has a short name; a title is longer, and
# names a kind of text (…的讲话, …工作方案2022年范文精选).
COLUMN_NAME_MAX = 8
# A site's slogan over its pages (…，您身边的科技专家！) is short and ends in ！.
SLOGAN_MAX = 24


def _slogan(p: Paragraph) -> bool:
    t = p.text
    return len(t) <= SLOGAN_MAX and t[-1] in "！!" and not has_sentence_end(t[:-1])


# A news caption over a speech or report names who gave it: 省长某某作政府工作报告,
# 某某同志发表重要讲话 (a title says 在…上的讲话, or names the text alone).
CAPTION_RE = compiled(rf"(?:(?<![工合操创写制协])作|做|发表|宣读)(?:了)?(?:重要)?[^的，。]{{0,12}}(?:{KIND_WORDS})$")


# A site's label for an article it offers as a model (…工作总结范文), which the site
# prints beside the article's own heading.
SITE_LABEL_RE = compiled(r"(?:范文|范例|例文|模板|样文)(?:[（(【\[][^）)】\]]{0,8}[）)】\]])?$")
# (title keys compared by SAME_TITLE_RATIO: a piece's label …述职报告篇1 and masks aside too)
_NOT_TITLE_CHARS_RE = compiled(r"[^\p{Han}A-Za-z]+")
HEAD_LINE_MIN = 3  # (shorter lines at a page head are a menu's or a widget's pieces: 首页, 小)


def _printing_key(text: str) -> str:
    return _NOT_TITLE_CHARS_RE.sub("", SITE_LABEL_RE.sub("", title_key(text)))


def same_title(a: str, b: str) -> bool:
    """Two lines that print one title: alike but for a word, a year, masks, a piece's
    number or a site's label."""
    ka, kb = _printing_key(a), _printing_key(b)
    if min(len(ka), len(kb)) < 4:
        return False
    return ka == kb or difflib.SequenceMatcher(None, ka, kb, autojunk=False).ratio() >= SAME_TITLE_RATIO


def nearest_printing(paras: list[Paragraph], begin: int, out: Outline) -> int:
    """Of a title printed more than once above a text (a page's heading and the
    article's own, a piece's label and its title line, a site's label …范文), the
    printing nearest the text is the title, unless it is the site's label; the ones
    above it are front matter, and a compendium's title among them titles the document.
    A printing is a title line that names a kind of text, or one that prints such a line
    again (same_title). Returns where the report's title now stands."""
    run: list[int] = []
    for k in range(begin, min(len(paras), begin + PAGE_HEAD_MAX)):
        p = paras[k]
        if is_furniture(p) or _is_head_furniture(paras, k) or is_front_evidence(p) or SUBTITLE_RE.match(p.text):
            continue
        # (a piece's label, even under a site's list number, 1.…总结 篇一, is no heading)
        if not (_short_title(p) or _is_piece_label(p)) or p.level_hint is not None:
            break
        if len(p.text) >= HEAD_LINE_MIN:
            run.append(k)
    if len(run) < 2:
        return begin
    # (a compendium's title, or a news caption that says who gave the text: 省长某某作政府工作报告)
    shown = [k for k in run if not COMPENDIUM_RE.search(clean_title(paras[k].text)) and not CAPTION_RE.search(paras[k].text)]
    # (lines that name a kind of text, the lines that print one of them again, and a
    # title over its own —— subtitle, the text's own title block under a page's
    # headline: an office and a name printed twice is no title)
    named = [k for k in shown if is_report_title(paras[k])]
    # (and a line printed again, word for word or nearly, which names no kind: 党课：… /
    # 党课：…; a speaker's name before one printing, 某某：在…上推动… / 在…上推动…)
    keys = Counter(_printing_key(paras[k].text) for k in shown)
    printings = [
        k for k in shown
        if k in named
        or _over_dash_subtitle(paras, k)
        or (keys[key := _printing_key(paras[k].text)] > 1 and len(key) >= 4)
        or any(j != k and same_title(paras[k].text, paras[j].text) for j in named)
        or (not _labelled(paras[k]) and any(j != k and not _labelled(paras[j]) and same_title(paras[k].text, paras[j].text) for j in shown))
    ]
    if len(printings) < 2:
        return begin
    pick = printings[-1]
    # (a piece's own label line, 第1篇：…工作总结范文, is no site's printing)
    if SITE_LABEL_RE.search(title_key(paras[pick].text)) and not _labelled(paras[pick]):
        own = [k for k in printings if not SITE_LABEL_RE.search(title_key(paras[k].text))]
        pick = own[-1] if own else pick
    # (a masthead set out in spaced characters, 工 作 报 告, names no one: the page's
    # printing that holds its words and says whose is the title)
    # (a line as printed, not a column's name joined to it)
    fuller = [k for k in printings if k < pick and not paras[k].joined and _names_whose(paras[k].text, paras[pick].text)]
    pick = fuller[-1] if fuller else pick
    for k in range(begin, pick):
        if out.title is None and k in run and k not in shown:
            out.title = clean_title(paras[k].text)
    out.front.extend(paras[begin:pick])
    return pick


# A masthead set out in spaced characters (政 府 工 作 报 告).
SPACED_MASTHEAD_RE = compiled(r"\p{Han}(?:[ \u3000]+\p{Han}){3,}")


def _names_whose(page: str, masthead: str) -> bool:
    """A page's printing of a title holds the words of masthead, a spaced-out masthead,
    and more (an office, a place, a year)."""
    if not SPACED_MASTHEAD_RE.fullmatch(masthead):
        return False
    key, full = title_key(masthead), title_key(page)
    return key in full and len(full) > len(key)


def _labelled(p: Paragraph) -> bool:
    """A line that labels a piece (第一篇：…, …工作方案(一)：): the piece's own, not a page's
    printing of a title."""
    return PIECE_LABEL_PREFIX_RE.match(p.text) is not None or COPY_LABEL_RE.match(p.text) is not None


BLURB_MAX = 200
BOOK_TITLE_OPENING_RE = compiled(r"《([^《》]{4,60})》")
BLURB_RUN_ON = 8
TAG_ROW_RE = compiled(r"\p{Han}{2,20}(?:[ \u3000]+\p{Han}{2,20}){2,}")
# A field's value on a line of its own is short.
FIELD_VALUE_MAX = 40
def is_trail(p: Paragraph) -> bool:
    """A page's location trail or menu: 首页 > 政务公开, 您的位置：…, • 长辈版."""
    return is_furniture(p) and TRAIL_RE.fullmatch(p.text) is not None


def split_reports(paras: list[Paragraph]) -> Outline:
    out = _split_reports(paras)
    out.restore = getattr(paras, "restore", None)
    for span in out.reports:
        span.restore = out.restore
    return out


def _split_reports(paras: list[Paragraph]) -> Outline:
    out = Outline()
    # a document-sharing site's page numbers, set apart by join_pages
    pages = 0
    while pages < len(paras) and PAGE_LABEL_RE.fullmatch(paras[pages].text):
        pages += 1
    out.front.extend(paras[:pages])
    return _split_titled(merge_split_titles(paras[pages:]), out)


def _later_compendiums(paras: list[Paragraph]) -> list[int]:
    """Where compendiums further down the file may start: a title over a 目录 line, below
    where a file's own 目录 may stand. A file that joins several texts (cat *.txt) holds
    them; their pieces are found from their 目录, as at the head of a file."""
    return [
        k - 1
        for k in range(TOC_REACH + PAGE_HEAD_MAX, len(paras))
        # (a 目录 line holds 目: the cheap test first, on every short line of the file)
        if len(paras[k].text) <= TOC_LINE_MAX and "目" in paras[k].text and TOC_RE.fullmatch(paras[k].text) and _short_title(paras[k - 1])
    ]


def _split_titled(paras: list[Paragraph], out: Outline) -> Outline:
    if not paras:
        return out
    # Each compendium further down is split on its own, from the last up, up to where the
    # next one starts. One whose first piece is not found is no compendium: its text stays
    # with the text above it. (The paragraphs split to no avail are at most the file's
    # own count: no run of false 目录 makes this quadratic.)
    end, wasted, tails = len(paras), 0, []
    for start in reversed(_later_compendiums(paras)):
        if wasted > len(paras):
            break
        tail = _split_one(paras[start:end], Outline())
        if tail.by_toc and tail.reports[0].title_line is not None:
            # its title, 目录 and anything above the first piece are the first piece's front
            tail.reports[0].front[:0] = ([paras[start]] if tail.title is not None else []) + tail.front
            tails.append(tail)
            end = start
        else:
            wasted += end - start
    out = _split_one(paras[:end], out)
    for tail in reversed(tails):
        out.reports.extend(tail.reports)
        out.toc.extend(tail.toc)
    if tails and out.title is not None and out.reports and out.reports[0].title == out.title:
        out.title = None  # the first text's title, taken as the file's while it stood alone
    return out


def _split_one(paras: list[Paragraph], out: Outline) -> Outline:
    if not paras:
        return out
    begin = 0
    # the 目录 stands near the top, below the compendium's title and any page furniture
    near_top = [i for i, p in enumerate(paras[: TOC_REACH + PAGE_HEAD_MAX]) if not is_furniture(p)][:TOC_REACH]
    head = next((i for i in near_top if TOC_RE.fullmatch(paras[i].text)), None)
    if head is None and near_top:
        paras = _drop_outline(paras, near_top, out)
    if head is not None:
        begin = _read_toc(paras, head, out)
        starts = _toc_starts(paras, begin, out.toc)
        if starts and (title := _title_over_outline(paras, begin, starts[0].index)) is not None:
            # the 目录 outlines one text, whose title stands over its first heading: the
            # outline's lines past the entries read are front matter of that one report
            out.front.extend(paras[begin:title])
            out.reports = [_span(paras, title, len(paras), True)]
            return out
        if starts:
            out.front.extend(paras[begin : starts[0].index])
            # texts after the last piece (a file that joins several) start at their titles
            after = _title_starts(paras, starts[-1].index + 1)
            ends = [s.index for s in starts[1:]] + after[:1] + [len(paras)]
            out.reports = [
                _span(paras, s.index, e, s.titled, None if s.titled else out.toc[s.entry][1])
                for s, e in zip(starts, ends)
            ]
            out.reports.extend(_span(paras, s, e, True) for s, e in zip(after, [*after[1:], len(paras)]))
            out.by_toc = True
            return out
        if begin >= len(paras):
            return out
    # no usable 目录: title lines
    begin = nearest_printing(paras, _page_head(paras, begin, out), out)
    if begin >= len(paras):
        return out
    first = paras[begin]
    opening = is_opening_title(first, paras[begin + 1] if begin + 1 < len(paras) else None)
    # (a compendium's title may stand above its first piece's printings: nearest_printing)
    compendium = (opening and COMPENDIUM_RE.search(first.text) is not None) or (
        out.title is not None and COMPENDIUM_RE.search(out.title) is not None
    )
    titled = opening and is_report_title(first)
    starts = _title_starts(paras, begin + 1 if opening else begin, compendium, titled, first.text if opening else None)
    if opening and out.title is None and (compendium or (starts and _front(paras, begin + 1, first.text) >= starts[0])):
        # the first line names the whole file (only front matter stands under it, a date,
        # a site's blurb); the reports follow under their own titles
        out.title = clean_title(first.text)
        out.front.extend(paras[begin : begin + 1 - _kept_from(first, out.title)])
        begin += 1
        if starts and starts[0] > begin:
            out.front.extend(paras[begin : starts[0]])
            begin = starts[0]
    elif opening:
        starts = [begin] + starts
    out.reports = _spans(paras, begin, starts, out)
    if compendium and out.title is not None and len(out.reports) == 1 and out.reports[0].title is None and _opens_its_text(out.reports[0]):
        # a compendium's one piece on the page, with no title line or label of its own and
        # its text from its start: the compendium's title line is the only title it has
        # (…述职报告(精选8篇) / 一、…); a page from the middle of a piece (（三）…) has none
        out.reports[0].title = out.title
    if len(out.reports) == 2 and _issues(out.reports[0], out.reports[1]):
        # the issued text's title started a report of its own: the notice is front matter
        notice, text = out.reports
        out.title = out.title or notice.title
        _notice_to_front(out, notice, len(notice.body))
        out.reports = [text]
    elif len(out.reports) == 1:
        _unwrap_issued(out)
    if out.title is None:
        out.title = out.head_title or (out.reports[0].title if len(out.reports) == 1 else None)
    return out


# A notice that issues a text (关于印发《X》的通知) and is followed by the text itself.
ISSUING_RE = compiled(
    r"(?:印发|转发|下发|颁布)[^《]{0,10}?(?:《(?P<inner>[^》]{4,60})》[^《》]{0,10}?|\s*(?P<bare>[^《》\s][^《》]{3,59}?))的?(?:通知|决定|函)$"
)
# A notice's body hands the text over by its title (《X》已经市政府同意，现印发给你们; 现将《X》
# 印发给你们): where a page starts at the notice's addressee, its title lost, this names X.
HANDOVER_RE = compiled(r"《(?P<inner>[^》]{4,60})》[^《》。！？]{0,30}?(?:印发|转发|下发)给你们")
HANDOVER_REACH = 3
# How far into the notice the issued text's own title may stand; how long the notice's
# first line may be.
ISSUED_TITLE_REACH = 40
NOTICE_MAX = 120
# A site's note after a title it printed again (…大全, …范文): a few characters.
SITE_NOTE_MAX = 4
# An issuer's or a place's name set before a title (某某省, 某某市人民政府办公室), and the
# words a title must keep without it to be known again.
ISSUER_NAME_MAX = 14
ISSUED_TITLE_MIN = 6
# What joins the titles of two texts issued by one notice.
ISSUED_JOINS = ("和", "及", "与", "、", "以及")


def _issued_title(notice: str) -> str | None:
    """The title_key of the text an issuing notice issues (X of 关于印发《X》的通知)."""
    # (a table's cell separator may stand after it: 关于印发…的通知 |)
    m = ISSUING_RE.search(notice.rstrip(CELL_SEPARATORS + " \u3000"))
    return title_key(m.group("inner") or m.group("bare")) if m else None


def _is_issued(title: str, issued: str) -> bool:
    """title is the issued text's own title line, a year or a qualifier aside; or, set
    over lines (its issuer's name above it), its last line is."""
    for line in (title, title.rpartition(" ")[2]) if " " in title else (title,):
        key = title_key(line)
        if key == issued or loose_title(key) == loose_title(issued) != "":
            return True
        # (one of the two names the issuer or its place before the words they share:
        # 印发技工教育“十四五”规划 over 某某省技工教育“十四五”规划)
        # (or words it with a particle more or less: …生长实行方案 for …生长的实行方案)
        longer, shorter = sorted((loose_title(key), loose_title(issued)), key=len, reverse=True)
        if len(shorter) >= ISSUED_TITLE_MIN and (
            (longer.endswith(shorter) and len(longer) - len(shorter) <= ISSUER_NAME_MAX) or same_title(key, issued)
        ):
            return True
        # (a notice that issues two texts at once, 印发A和B的通知, over A's title line)
        if len(key) >= ISSUED_TITLE_MIN and any(issued.startswith(key + c) or issued.endswith(c + key) for c in ISSUED_JOINS):
            return True
    return False


def _issues(notice: ReportSpan, text: ReportSpan) -> bool:
    """notice is an issuing notice of text (关于印发《X》的通知, then X)."""
    issued = _issued_title(notice.title or "")
    return issued is not None and text.title is not None and _is_issued(text.title, issued)


def _notice_to_front(out: Outline, notice: ReportSpan, upto: int) -> None:
    """The notice's title line as it stood, its front matter and its body up to upto
    become the document's front matter."""
    if notice.title_line is not None:
        out.front.append(Paragraph(notice.title, notice.title_line, [(0, notice.title_line)]))
    out.front.extend([*notice.front, *notice.body[:upto]])


def _unwrap_issued(out: Outline) -> None:
    """A file that is an issuing notice wrapped around the text it issues is that text:
    the report starts at the issued text's own title line, printed under the notice (a
    year or a qualifier may differ); the notice is the document's front matter. The
    notice's title is the report's title line, or its first line where that was too
    long to be one."""
    span = out.reports[0]
    notice = span.title or (span.body[0].text if span.body and len(span.body[0].text) <= NOTICE_MAX else "")
    issued = _issued_title(notice)
    if issued is None and span.title is None:
        # a disclosure page prints the notice's title in its metadata (名称： | 关于印发…的通知 |)
        cells = (c.strip() for p in out.front for c in CELL_SPLIT_RE.split(p.text))
        notice = next((c for c in cells if c and len(c) <= NOTICE_MAX and _issued_title(c)), "")
        issued = _issued_title(notice)
    if issued is None and span.title is None:
        handover = next((m for p in span.body[:HANDOVER_REACH] if "《" in p.text and (m := HANDOVER_RE.search(p.text))), None)
        if handover is not None:
            notice, issued = "", title_key(handover.group("inner"))
    if issued is None:
        return
    for k, p in enumerate(span.body[:ISSUED_TITLE_REACH]):
        if len(p.text) > TITLE_MAX or not _title_shaped(p) or p.text == notice:
            continue
        # (the issued text's title set over two lines, a blank line between them)
        lines = _issued_lines(span.body, k, issued)
        if lines:
            out.title = out.title or (clean_title(notice) if notice else None)
            _notice_to_front(out, span, k)
            body = span.body[k:]
            title = _joined(body[:lines])
            rest = _front(body, lines, title.text)
            cleaned = clean_title(title.text)
            out.reports = [ReportSpan(cleaned, p.line, body[_kept_from(title, cleaned) * lines : rest], body[rest:])]
            return


def _issued_lines(body: list[Paragraph], k: int, issued: str) -> int:
    """How many lines from k print the issued text's title: 1, or 2 where it is set over
    two lines (a blank line between them) and neither prints it alone; 0 for none."""
    if _is_issued(body[k].text, issued):
        return 1
    if k + 1 >= len(body) or is_bracketed_note(body[k].text) or _front_evidence(body[k].text):
        return 0
    second = body[k + 1]
    if len(second.text) > SHORT_TITLE_MAX or not _title_shaped(second) or _is_issued(second.text, issued):
        return 0
    return 2 if _is_issued(_joined(body[k : k + 2]).text, issued) else 0

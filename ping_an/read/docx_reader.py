"""Read a Word 2007+ (.docx) file into lines: one per paragraph, with Word's own structure.

A .docx is untrusted input: before python-docx parses anything, the zip archive is
checked for parts that would decompress beyond a sane limit (a zip bomb) and for XML
that declares a document type or entities (billion laughs, external entities).

Each paragraph of the body, in order, including the paragraphs of table cells, is one
SourceLine whose number is its 1-based paragraph number (a soft line break inside a
paragraph gives further lines with the same number). Word's structure is kept as
evidence: a heading style (Heading 1-9, 标题 1-9) or an outline level gives the line a
level hint, and automatic list numbering, which Word shows but the text does not hold,
is written back in front of the text as the reader sees it (一、, （一）, 1.).
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field

import regex

from .lines import SourceLine
from ..rules.pattern_cache import compiled
from ..rules.patterns import CIRCLED
from .errors import CONVERT, InputError, UnsupportedFormat

# A zip bomb: parts that decompress to more than this, or far more than they weigh.
MAX_UNPACKED = 200 * 1024 * 1024
MAX_RATIO = 100
RATIO_FLOOR = 10 * 1024 * 1024  # small archives may compress as well as they like
# XML that declares a document type can declare entities: refused in every part.
DECLARATIONS = tuple(
    marker.encode(codec) for marker in ("<!DOCTYPE", "<!ENTITY") for codec in ("utf-8", "utf-16-le", "utf-16-be")
)
MAIN_PART = "word/document.xml"

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
HEADING_NAME_RE = compiled(r"(?:heading|标题)\s*([1-9])", regex.IGNORECASE)
BODY_LEVEL = 9  # w:outlineLvl 9 is body text; 0-8 are heading levels 1-9
STYLE_CHAIN_MAX = 16

CN_DIGITS = "零一二三四五六七八九"
TIANGAN = "甲乙丙丁戊己庚辛壬癸"


def _chinese(n: int) -> str:
    if n < 10:
        return CN_DIGITS[n]
    if n < 100:
        tens, ones = divmod(n, 10)
        return ("" if tens == 1 else CN_DIGITS[tens]) + "十" + (CN_DIGITS[ones] if ones else "")
    return str(n)


def _roman(n: int) -> str:
    out = ""
    for value, digits in ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
                          (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        while n >= value:
            out, n = out + digits, n - value
    return out


def _letter(n: int) -> str:
    return chr(ord("A") + (n - 1) % 26) * ((n - 1) // 26 + 1)


# Word's number formats (w:numFmt) as the reader sees them.
NUMBER_FORMATS = {
    "decimal": str,
    "decimalZero": lambda n: f"{n:02d}",
    "decimalFullWidth": lambda n: str(n).translate(str.maketrans("0123456789", "０１２３４５６７８９")),
    "chineseCounting": _chinese,
    "chineseCountingThousand": _chinese,
    "chineseLegalSimplified": _chinese,
    "ideographDigital": _chinese,
    "japaneseCounting": _chinese,
    "taiwaneseCounting": _chinese,
    "taiwaneseCountingThousand": _chinese,
    "ideographTraditional": lambda n: TIANGAN[(n - 1) % 10],
    "decimalEnclosedCircle": lambda n: CIRCLED[n - 1] if 0 < n <= 20 else str(n),
    "decimalEnclosedCircleChinese": lambda n: CIRCLED[n - 1] if 0 < n <= 20 else str(n),
    "decimalEnclosedParen": lambda n: f"({n})",
    "decimalEnclosedFullstop": lambda n: f"{n}.",
    "upperRoman": _roman,
    "lowerRoman": lambda n: _roman(n).lower(),
    "upperLetter": _letter,
    "lowerLetter": lambda n: _letter(n).lower(),
    "none": lambda n: "",
}
LEVEL_TEXT_RE = compiled(r"%([1-9])")


def check_archive(data: bytes, must_be_word: bool) -> None:
    """Refuse a zip that is no Word document, or that could exhaust memory or expand entities."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        members = archive.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError) as e:
        raise InputError(f"not a valid .docx (broken zip archive: {e})") from None
    with archive:
        _check_members(archive, members, must_be_word)


def _check_members(archive: zipfile.ZipFile, members: list[zipfile.ZipInfo], must_be_word: bool) -> None:
    names = {m.filename for m in members}
    if MAIN_PART not in names:
        if must_be_word:
            raise InputError(f"not a valid .docx (no {MAIN_PART} in the archive)")
        raise UnsupportedFormat(f"a zip archive, not a Word document: {CONVERT}")
    unpacked = sum(m.file_size for m in members)
    packed = sum(m.compress_size for m in members) or 1
    if unpacked > MAX_UNPACKED or (unpacked > RATIO_FLOOR and unpacked > MAX_RATIO * packed):
        raise InputError(
            f"refused: its parts would decompress to {unpacked / 2**20:.0f} MB from {packed / 2**20:.1f} MB "
            f"(limit {MAX_UNPACKED // 2**20} MB, ratio {MAX_RATIO}); a zip bomb?"
        )
    for m in members:
        if m.filename.endswith((".xml", ".rels")) or m.filename == "[Content_Types].xml":
            try:
                part = archive.read(m)
            except Exception as e:  # a broken member: CRC, bad compression, truncated
                raise InputError(f"not a valid .docx (part {m.filename}: {e})") from None
            if any(d in part for d in DECLARATIONS):
                raise InputError(f"refused: part {m.filename} declares XML entities or a DTD")


@dataclass(slots=True)
class Styles:
    """Paragraph styles by id: the heading level and list numbering each one gives."""

    by_id: dict
    default_id: str | None

    @classmethod
    def of(cls, document) -> Styles:
        by_id, default_id = {}, None
        for s in document.styles.element.findall(f"{W}style"):
            if s.get(f"{W}type") not in (None, "paragraph"):
                continue
            sid = s.get(f"{W}styleId")
            by_id[sid] = s
            if s.get(f"{W}default") in ("1", "true", "on"):
                default_id = sid
        return cls(by_id, default_id)

    def chain(self, style_id: str | None) -> Iterator:
        seen = 0
        style = self.by_id.get(style_id if style_id is not None else self.default_id)
        while style is not None and seen < STYLE_CHAIN_MAX:
            yield style
            based = style.find(f"{W}basedOn")
            style = self.by_id.get(based.get(f"{W}val")) if based is not None else None
            seen += 1


def _val(element, path: str) -> str | None:
    found = element.find(path) if element is not None else None
    return found.get(f"{W}val") if found is not None else None


def _outline_level(ppr) -> int | None:
    value = _val(ppr, f"{W}outlineLvl")
    if value is None or not value.isdigit():
        return None
    level = int(value)
    return level + 1 if level < BODY_LEVEL else 0  # 0: explicitly body text


def heading_level(ppr, styles: Styles) -> int | None:
    """Word's heading level of a paragraph (1-9), from its outline level or its style."""
    level = _outline_level(ppr)
    if level is not None:
        return level or None
    for style in styles.chain(_val(ppr, f"{W}pStyle")):
        level = _outline_level(style.find(f"{W}pPr"))
        if level is not None:
            return level or None
        name = _val(style, f"{W}name") or ""
        m = HEADING_NAME_RE.fullmatch(name.strip())
        if m:
            return int(m.group(1))
    return None


def _num_ref(ppr, styles: Styles) -> tuple[str, int] | None:
    """(numId, level) of the list a paragraph belongs to, directly or through its style."""
    num_pr = ppr.find(f"{W}numPr") if ppr is not None else None
    if num_pr is None:
        for style in styles.chain(_val(ppr, f"{W}pStyle")):
            num_pr = style.find(f"{W}pPr/{W}numPr")
            if num_pr is not None:
                break
    if num_pr is None:
        return None
    num_id = _val(num_pr, f"{W}numId")
    ilvl = _val(num_pr, f"{W}ilvl")
    if num_id in (None, "0"):  # numId 0 switches numbering off
        return None
    return num_id, int(ilvl) if ilvl and ilvl.isdigit() else 0


@dataclass(slots=True)
class Numbering:
    """Word's list counters, as the numbers it shows are counted while reading in order."""

    nums: dict = field(default_factory=dict)  # numId -> (abstractNumId, {ilvl: start override})
    levels: dict = field(default_factory=dict)  # (abstractNumId, ilvl) -> (numFmt, lvlText, start)
    counters: dict = field(default_factory=dict)  # abstractNumId -> {ilvl: count}
    started: set = field(default_factory=set)  # numIds met so far

    @classmethod
    def of(cls, document) -> Numbering:
        out = cls()
        try:
            root = document.part.numbering_part.element
        except (KeyError, NotImplementedError, AttributeError):
            return out
        for absn in root.findall(f"{W}abstractNum"):
            aid = absn.get(f"{W}abstractNumId")
            for lvl in absn.findall(f"{W}lvl"):
                start = _val(lvl, f"{W}start")
                out.levels[(aid, int(lvl.get(f"{W}ilvl") or 0))] = (
                    _val(lvl, f"{W}numFmt") or "decimal",
                    _val(lvl, f"{W}lvlText") or "",
                    int(start) if start and start.isdigit() else 1,
                )
        for num in root.findall(f"{W}num"):
            overrides = {}
            for o in num.findall(f"{W}lvlOverride"):
                start = _val(o, f"{W}startOverride")
                if start and start.isdigit():
                    overrides[int(o.get(f"{W}ilvl") or 0)] = int(start)
            out.nums[num.get(f"{W}numId")] = (_val(num, f"{W}abstractNumId"), overrides)
        return out

    def marker(self, num_id: str, ilvl: int) -> str:
        """The number Word shows for the next paragraph of this list at this level."""
        aid, overrides = self.nums.get(num_id, (None, {}))
        if (aid, ilvl) not in self.levels:
            return ""
        counts = self.counters.setdefault(aid, {})
        if num_id not in self.started:
            self.started.add(num_id)
            for level, start in overrides.items():
                counts[level] = start - 1
        fmt, text, start = self.levels[(aid, ilvl)]
        counts[ilvl] = counts.get(ilvl, start - 1) + 1
        for deeper in [k for k in counts if k > ilvl]:
            del counts[deeper]
        if fmt == "bullet":
            return ""

        def number(m) -> str:
            level = int(m.group(1)) - 1
            lfmt, _, lstart = self.levels.get((aid, level), ("decimal", "", 1))
            return NUMBER_FORMATS.get(lfmt, str)(counts.get(level, lstart))

        return LEVEL_TEXT_RE.sub(number, text)


def _text(p) -> str:
    """The text Word shows for one paragraph: runs, tabs and line breaks, insertions kept,
    deletions (w:delText) left out. A text box is written twice (DrawingML and a VML
    fallback for old readers): the fallback copy is skipped."""
    for fallback in list(p.iter(f"{MC}Fallback")):
        fallback.getparent().remove(fallback)
    parts = []
    for el in p.iter(f"{W}t", f"{W}tab", f"{W}br", f"{W}cr", f"{W}noBreakHyphen"):
        tag = el.tag
        if tag == f"{W}t":
            parts.append(el.text or "")
        elif tag == f"{W}tab":
            if el.getparent().tag == f"{W}r":  # not a tab stop definition in pPr
                parts.append("\t")
        elif tag == f"{W}noBreakHyphen":
            parts.append("-")
        else:  # a line, page or column break
            parts.append("\n")
    return "".join(parts)


def _paragraphs(container) -> Iterator:
    """Block-level paragraphs in reading order: body paragraphs, table cells row by row,
    content controls opened."""
    for child in container:
        tag = child.tag
        if tag == f"{W}p":
            yield child
        elif tag == f"{W}tbl":
            for row in child.iter(f"{W}tr"):
                if row.getparent() is not child:
                    continue  # a nested table's row: reached through its cell
                for cell in row.findall(f"{W}tc"):
                    yield from _paragraphs(cell)
        elif tag in (f"{W}sdt", f"{W}sdtContent", f"{W}customXml", f"{W}smartTag"):
            yield from _paragraphs(child)


def word_lines(document) -> list[SourceLine]:
    styles, numbering = Styles.of(document), Numbering.of(document)
    out: list[SourceLine] = []
    for number, p in enumerate(_paragraphs(document.element.body), 1):
        ppr = p.find(f"{W}pPr")
        text = _text(p)
        ref = _num_ref(ppr, styles)
        if ref is not None:
            text = numbering.marker(*ref) + text
        level = heading_level(ppr, styles)
        first, *more = text.split("\n")
        out.append(SourceLine(number, first, level))
        out.extend(SourceLine(number, piece) for piece in more)
    return out


def read_docx(data: bytes, must_be_word: bool = True) -> list[SourceLine]:
    """The lines of a .docx: one per paragraph (see the module doc). Raises InputError."""
    check_archive(data, must_be_word)
    import docx  # heavy: only for Word files
    from docx.opc.exceptions import PackageNotFoundError

    try:
        document = docx.Document(io.BytesIO(data))
    except PackageNotFoundError:
        raise InputError("not a valid .docx (no Word package in the archive)") from None
    except Exception as e:  # python-docx and lxml raise many kinds for a broken package
        cause = str(e).splitlines()[0] if str(e) else type(e).__name__
        raise InputError(f"not a valid .docx ({cause})") from None
    return word_lines(document)

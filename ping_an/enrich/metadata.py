"""Report metadata: who issued a report (organization), what time it covers (period),
and what kind of text it is (kind), each null when the text does not say.

* **kind** is the last kind word of the title (`…工作综述` → 综述, `政府工作报告` → 工作报告),
  else the text's own words about itself (`向大会作政府工作报告` → 工作报告).
* **period** is the first time expression of the title (`2023年上半年…综述`), else the
  first one that opens a clause of the opening text (`今年以来，…`, `xxxx年，…`,
  `一、过去一年和五年工作回顾` → 过去一年); dates (`2023年3月5日`) are not periods.
* **organization** is a body the text names: a place followed by a unit
  (`xx县公安局`, `xx区铁路街道`, `xx县人民法院`, `广东省广州市医疗保障局`), chosen by the
  first evidence found of: the body the speaker represents (`我代表国务院，…`), the
  title's bracketed unit (`综述（法院）` → the first named body containing 法院, else 法院),
  a self-reference (`我局`, `本院`, `该局` → the first named body ending in 局, 院 …),
  and last the first named body of the opening paragraph.

All rules are tables of words (ORG_SUFFIXES, PLACE_LEVELS, SELF_UNITS, KINDS, PERIODS);
nothing is fitted to one file.
"""

from __future__ import annotations

import itertools

import regex

from ..rules.pattern_cache import compiled
from ..rules.patterns import alternation

# Kinds of text, as titles end (longest first in the regex): 工作汇报 is a 汇报, 讲话稿 a 讲话.
KINDS: tuple[str, ...] = (
    "综述", "工作总结", "总结", "工作报告", "调研报告", "述职报告", "述职述廉报告", "报告", "讲话", "发言", "致辞",
    "汇报", "工作要点", "工作计划", "计划", "实施方案", "方案", "心得体会", "经验材料", "事迹材料", "主持词", "党课",
)
# Administrative levels that end a place name: xx省 xx市 xx县 xx区 …
PLACE_LEVELS: tuple[str, ...] = ("自治区", "自治州", "自治县", "地区", "省", "市", "州", "盟", "县", "区", "旗")
# What an issuing body's name ends with.
ORG_SUFFIXES: tuple[str, ...] = (
    "公安分局", "公安局", "派出所", "中级人民法院", "人民法院", "法院", "人民检察院", "检察院", "司法局",
    "街道办事处", "街道办", "街道", "人民政府", "政府", "党工委", "党委", "委员会", "管委会", "纪委监委", "纪委",
    "人大常委会", "政协", "办公室", "办事处", "分局", "局", "厅", "委", "办", "中心", "所", "院", "镇", "乡",
    "社区", "公司", "集团", "医院", "学校", "大学", "站", "队",
)
# Units that are places themselves, named without a higher place: xx镇, 铁路街道.
LOCAL_UNITS: tuple[str, ...] = ("街道办事处", "街道", "镇", "乡", "村", "社区")
# 我局 / 本院 / 该局 → the named body ends with one of these.
SELF_UNITS: dict[str, tuple[str, ...]] = {
    "分局": ("分局",),
    "局": ("局",),
    "院": ("院",),
    "委": ("委", "委员会", "党工委", "管委会"),
    "办": ("办", "办公室", "办事处"),
    "街道": ("街道", "街道办事处", "街道办"),
    "镇": ("镇",),
    "乡": ("乡",),
    "所": ("所",),
    "中心": ("中心",),
    "厅": ("厅",),
    "公司": ("公司",),
    "站": ("站",),
    "队": ("队",),
}
PERIODS: tuple[str, ...] = (
    # a year, with the part of it: 2023年上半年, xxxx年, 二〇二二年度
    r"(?:\d{4}|[xX×]{4}|[〇零一二三四五六七八九]{4})年度?"
    r"(?:上半年|下半年|前三季度|第?[一二三四1-4]季度|1[-—至~]\d{1,2}月)?(?![\dxX×一二三四五六七八九十]{1,2}月)",
    r"今年以来", r"今年上半年", r"今年下半年", r"今年来", r"今年", r"去年以来", r"去年", r"本年度",
    r"近年来", r"近几年来", r"近几年", r"近些年来", r"近些年", r"多年来",
    r"近[\d一二三四五六七八九十两]{1,3}年来?", r"过去的?[\d一二三四五六七八九十两]{1,3}年",
    r"[\d一二三四五六七八九十两]{1,3}年来", r"上半年", r"下半年",
)

_HAN_NAME = r"[\p{Han}--[的地得在和与及对为把被将由从向我你他是了着等各全本该其这那有之以于就也都已经将要所并而或但]]"
# A run of x is one placeholder, taken whole (possessive) and only from its first x:
# split between repetitions or tried from every x, a long run backtracked polynomially
# (4,000 x cost a second per report).
_PH = r"(?<![xX×])[xX×]++"


_LEVEL = alternation(PLACE_LEVELS)
# the first place name starts a clause (a Han name has no other boundary) or a title after
# its year (2024年某某县…; never right after a number, whose unit it would take), or is a
# placeholder
# or, for a local unit that is itself a place (xx镇, 铁路街道), its name alone
_NAME_START = r"(?:(?<![\p{Han}\d])|(?<=\d年)(?![度上下])|(?<=\d年度)(?![上下])|(?<=半年))"
ORG_RE = compiled(
    rf"(?:{_PH}|{_NAME_START}{_HAN_NAME}{{2,6}}?)(?:{_LEVEL})"
    rf"(?:(?:{_PH}|{_HAN_NAME}{{2,5}}?)(?:{_LEVEL})){{0,2}}"
    rf"(?:{_PH}|{_HAN_NAME}){{0,8}}?(?:{alternation(ORG_SUFFIXES)})"
    rf"|(?:{_PH}|{_NAME_START}{_HAN_NAME}{{2,4}}?)(?:{alternation(LOCAL_UNITS)})(?<![农乡]村)(?!(?<=乡)村)",
    regex.V1,
)
REPRESENTS_RE = compiled(r"我代表(?P<org>[^，,。；：向作]{2,20}?)(?:[，,]|向|作)")
SELF_RE = compiled(rf"(?:我|本|该)(?P<unit>{alternation(SELF_UNITS)})(?![门分届级年])")
BRACKET_RE = compiled(r"[（(](?P<unit>\p{Han}{1,8})[）)]\s*$")
# a bracketed note that is no unit: （5篇）, （2023年）, （修订稿）, （摘要）
NOT_UNIT = compiled(r"篇|稿|年|摘要|草案|全文|节选|范文|\d")
KIND_RE = compiled(alternation(KINDS))
SELF_KIND_RE = compiled(rf"[作做]了?\p{{Han}}{{0,4}}?(?P<kind>{alternation(KINDS)})(?=[，。；：、,]|$)")
PERIOD_RE = compiled("|".join(sorted(PERIODS, key=len, reverse=True)))
# 在xx市委、市政府的正确领导下 / 在xx市公安局的指导下: the bodies above the writer
SUPERIOR_RE = compiled(r"在[^，。；：\n]{1,40}?(?:领导|指导|关心|支持|帮助|部署|要求)下")
CLAUSE_START = "。；！？，：、\n"
# How much of a report's text the organization may be looked for in.
OPENING_CHARS = 4000


def kind(title: str | None, opening: str) -> str | None:
    if title:
        found = KIND_RE.findall(BRACKET_RE.sub("", title))
        if found:
            return found[-1]
    m = SELF_KIND_RE.search(opening)
    return m.group("kind") if m else None


def period(title: str | None, openings: list[str]) -> str | None:
    if title:
        m = PERIOD_RE.search(title)
        if m:
            return m.group()
    for text in openings:
        for m in PERIOD_RE.finditer(text):
            if m.start() == 0 or text[m.start() - 1] in CLAUSE_START:
                return m.group()
    return None


def organization(title: str | None, front: list[str], opening: str) -> str | None:
    # a body the text works under (在xx市委的领导下) is not the one that writes
    window = SUPERIOR_RE.sub("，", opening[:OPENING_CHARS])
    first = _opening_paragraph(window)
    m = REPRESENTS_RE.search(first)
    if m:
        return m.group("org")
    heads = [title or "", *front]
    # the named bodies, found lazily: most reports are settled by the first few
    named = (m.group() for text in [*heads, window] for m in ORG_RE.finditer(text))
    unit = _title_unit(title)
    if unit:
        return next((n for n in named if unit in n), unit)
    m = SELF_RE.search(first)
    if m:
        endings = SELF_UNITS[m.group("unit")]
        found = next((n for n in named if n.endswith(endings)), None)
        if found:
            return found
    # the body named in the title or the author line, else in the opening paragraph
    return next((m.group() for text in [*heads, first] for m in ORG_RE.finditer(text)), None)


def _title_unit(title: str | None) -> str | None:
    m = BRACKET_RE.search(title or "")
    if m and not NOT_UNIT.search(m.group("unit")):
        return m.group("unit")
    return None


def _first_paragraph(text: str) -> str:
    return text.split("\n", 1)[0]


def _opening_paragraph(text: str) -> str:
    """The first paragraph, and the one after it when the first ends in a colon: it
    turned to the audience (…各位代表：), and the opening statement follows."""
    first, _, rest = text.partition("\n")
    if rest and first.rstrip().endswith(("：", ":")):
        return f"{first}\n{_first_paragraph(rest)}"
    return first


def _section_texts(sections: list[dict]):
    for s in sections:
        yield s["heading"]
        if s["body"]:
            yield s["body"]
        yield from _section_texts(s["sections"])


def opening_texts(report: dict) -> list[str]:
    """The report's text in reading order, preamble first, as far as OPENING_CHARS."""
    texts, size = [], 0
    for text in itertools.chain([report["preamble"]] if report["preamble"] else [], _section_texts(report["sections"])):
        texts.append(text)
        size += len(text)
        if size >= OPENING_CHARS:
            break
    return texts


def metadata(report: dict) -> dict:
    """organization, period and kind of a report dict (as pipeline builds it)."""
    texts = opening_texts(report)
    opening = "\n".join(texts)
    first_heading = report["sections"][0]["heading"] if report["sections"] else ""
    first_body = report["sections"][0]["body"] if report["sections"] else ""
    period_from = [_opening_paragraph(report["preamble"]), first_heading, _first_paragraph(first_body)]
    # (a title as a PDF copy prints it, XX 区卫生健康局 2022 年工作总结, is read without its blanks)
    title = TITLE_BLANKS_RE.sub("", report["title"]) if report["title"] else report["title"]
    return {
        "organization": organization(title, report["front"], opening),
        "period": period(title, [t for t in period_from if t]),
        "kind": kind(title, "\n".join(report["front"] + [_opening_paragraph(report["preamble"])])),
    }


TITLE_BLANKS_RE = compiled(r"[ \u3000]+")

"""Figures: the quantities a text reports (counts, rates, money), as written and as numbers.

A figure is a number followed by a unit from UNITS: Arabic (`1206万人`, `5.1%`), a
redaction placeholder (`xxx件`, `xx.xx%`, `××名`; value null), or a Chinese numeral of
some size (`一万余元`, `九十多年`, `百分之九十六`). Around it: an approximation
(`约`, `近`, `超过` before; `余`, `多` between number and unit; `左右`, `以上` after), a
range (`5%—6%`, `3至5年`) and the verb of a change just before it (`增长5.1%`,
`上升xx.xx%` → change 增长, 上升).

Not figures: years (`2022年`, `xxxx年`, `2023年上半年`), dates (`x月x日`: 月 and 日 are no
units), ordinals (`第三`, `第x批`), markers (`1.` `（1）`), names in quotes (“十四五”,
“两个维护”), planned periods and sessions (`五年规划`, `五次会议`), and small Chinese
numerals before a measure word (`两个市场`, `八项规定`, `一是`): in these texts they
count concepts, not things, while real statistics are written in digits.

The magnitude written after a number stays in the unit, as the text writes it
(`1.37万亿斤` → 1.37 万亿斤; `3200万人` → 3200 万人; `三千二百万人` → 3200 万人);
inside a Chinese numeral it is part of the number (`一万余元` → 10000 余 元).

One compiled regex scans a text once (terms.QUOTE first, so quoted text is skipped and
its names collected in the same pass); every quantifier is bounded or possessive, so
no input makes it backtrack badly.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from ..rules.pattern_cache import compiled, compiled_re
from ..rules.patterns import PLACEHOLDER_CHARS, alternation
from .terms import QUOTE, name_of, unique

# Units a number may carry. Longer units first where one is a prefix of another is not
# needed: the regex is built longest-first. ARABIC_ONLY units never follow a Chinese
# numeral (`十分重要` is no score of ten).
UNITS: tuple[str, ...] = (
    # rates and ratios
    "个百分点", "百分点", "%", "％", "‰", "倍",
    # money
    "元", "美元", "欧元", "港元",
    # people and bodies
    "人次", "人", "名", "位", "户", "家", "所", "支",
    # things and events
    "个", "件", "起", "宗", "笔", "例", "项", "批", "种", "类", "处", "次", "场", "轮",
    "份", "条", "张", "篇", "册", "座", "台", "辆", "套", "架", "艘", "栋", "床", "个工作日", "件次", "部", "届",
    # time (a year only when it is a span: `40多年`, not `2022年`)
    "年", "周年", "个月", "周", "天", "工作日", "小时", "分钟", "岁", "周岁",
    # weights, lengths, areas, volumes, power
    "吨", "公斤", "千克", "斤", "公里", "千米", "米", "平方米", "平方公里", "立方米",
    "亩", "公顷", "千瓦", "千瓦时", "兆瓦", "标准箱",
    # scores
    "分",
)
UNIT_ALIASES = {"％": "%"}
ARABIC_ONLY = frozenset({"分", "届"})  # 十三届 is a session's ordinal
MAGNITUDES: tuple[str, ...] = ("万亿", "千亿", "百亿", "亿", "千万", "百万", "万")
# the magnitudes a Chinese numeral may end in and hand over to its unit (百万, 千万 are inside it)
CN_TRAILING_MAGNITUDES: tuple[str, ...] = ("万亿", "亿", "万")
APPROX_BEFORE: tuple[str, ...] = (
    "大约", "约", "将近", "接近", "近", "超过", "逾", "不足", "不到", "不少于", "不低于", "不超过", "至少", "多达",
)
APPROX_BETWEEN: tuple[str, ...] = ("余", "多")
APPROX_AFTER: tuple[str, ...] = ("左右", "以上", "以下", "以内", "上下")
RANGE_SEPARATORS = "-—–~～至到"
# A change verb right before a figure; 增至/降至 (to a level) and 新增 (newly added) are not changes.
CHANGES: tuple[str, ...] = (
    "增长", "增加", "上升", "提高", "上涨", "增幅", "下降", "减少", "降低", "下滑", "下跌", "回落", "缩短", "缩小",
    "扩大", "增", "降", "涨", "升", "减",
)
# Words after a unit that make the number a name: 五年规划, 五次会议, 三中全会.
NOT_AFTER: tuple[str, ...] = ("规划", "计划", "会议", "全会", "全体会议", "代表大会")
# A 年 followed by these is a point in time (xx年底, 2023年度), not a span.
YEAR_FOLLOWERS = "度底初末中月"

CN_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
CN_SMALL = {"十": 10, "百": 100, "千": 1000}
CN_BIG = {"万": 10**4, "亿": 10**8}
# A Chinese numeral is a figure when it has some size (十 百 千 万 亿, a decimal 点, 余/多
# after it) or counts in one of CN_SMALL_OK (增长近两倍, 下降两个百分点).
CN_SIZE = "十百千万亿点"
CN_SMALL_OK = frozenset({"倍", "个百分点", "百分点"})


_PH = f"[{PLACEHOLDER_CHARS}]"
# The regex module's \p{Latin}, spelt out for the standard library's re, which has no
# script classes (tests/test_figures.py checks the two agree on every code point).
LATIN = (
    "A-Za-z\u00aa\u00ba\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u02b8\u02e0-\u02e4\u1d00-\u1d25\u1d2c-\u1d5c"
    "\u1d62-\u1d65\u1d6b-\u1d77\u1d79-\u1dbe\u1e00-\u1eff\u2071\u207f\u2090-\u209c\u212a-\u212b\u2132"
    "\u214e\u2160-\u2188\u2c60-\u2c7f\ua722-\ua787\ua78b-\ua7dc\ua7f1-\ua7ff\uab30-\uab5a\uab5c-\uab64"
    "\uab66-\uab69\ufb00-\ufb06\uff21-\uff3a\uff41-\uff5a\U00010780-\U00010785\U00010787-\U000107b0"
    "\U000107b2-\U000107ba\U0001df00-\U0001df1e\U0001df25-\U0001df2a"
)
_AR = r"(?<![\d.,A-Za-z第零〇一二两三四五六七八九十])\d++(?:,\d{3}(?!\d))*+(?:\.\d++)?+"
# a placeholder is taken only from the first mark of its run: × is no Latin letter, and
# started again from every × of a long run (no unit after it) the scan was quadratic
_PHN = rf"(?<![{LATIN}第×]){_PH}++(?:[.．]{_PH}++)?+"
# a Chinese numeral starts with a digit or 十, never inside a longer one or after 第
# 四十七点三万亿: a decimal part after 点, and the magnitude after it
_CN_FIRST = "零〇一二两三四五六七八九十"
_CN_BODY = rf"[{_CN_FIRST}][零〇一二两三四五六七八九十百千万亿]{{0,11}}(?:点[零〇一二三四五六七八九]{{1,6}}(?:万亿|亿|万)?)?"
# ... and only when it can be a figure (see figure_of): it has some size or is followed
# by 余/多/倍/百分点. Checked up front, this spares the scan the many 一 and 二 of prose.
_CN_SIZED = r"(?=[零〇一二两三四五六七八九十百千万亿]{0,11}(?:[十百千万亿点余多倍]|个?百分点))"
_CN_AT = rf"(?<![零〇一二两三四五六七八九十百千万亿第之统唯初]){_CN_SIZED}"
_CN = rf"{_CN_AT}{_CN_BODY}"
# 7万多家: an approximation may stand between the magnitude and the unit
_UNIT = (
    rf"(?:(?P<mag>{alternation(MAGNITUDES)})(?P<mid2>{alternation(APPROX_BETWEEN)})?(?P<base>{alternation(UNITS)})?|(?P<base0>{alternation(UNITS)}))"
    rf"(?!{alternation(NOT_AFTER)})"
)
# every number starts with one of these: a cheap test before the three number forms
_NUMBER_START = rf"\d{PLACEHOLDER_CHARS}零〇一二两三四五六七八九十"
# the first unit of a range (5%—6%, 1.2万亿至1.5万亿元), without groups of its own
_UNIT1 = rf"(?:{alternation(MAGNITUDES)})?(?:{alternation(UNITS)})|(?:{alternation(MAGNITUDES)})"
# The approximation before a number (约, 超过) is read back from the text in figure_of:
# trying its words at every position would cost the scan a quarter of its time.
FIGURE = (
    r"(?:"
    rf"百分之(?P<pct>\d++(?:\.\d++)?+|{_CN_BODY})"
    rf"|(?=[{_NUMBER_START}])(?P<num>{_AR}|{_PHN}|{_CN})"
    rf"(?:(?P<unit1>{_UNIT1})?(?P<sep>[{RANGE_SEPARATORS}])(?P<num2>{_AR}|{_PHN}|{_CN}))?"
    rf"(?P<mid>{alternation(APPROX_BETWEEN)})?"
    rf"(?P<unit>{_UNIT})"
    r")"
    rf"(?P<post>{alternation(APPROX_AFTER)})?"
)
_FIELDS = ("pct", "num", "num2", "mid", "mag", "mid2", "base", "base0", "post")
# Every match starts with a quote, 百分之 or a number's first character (MATCH_START).
SCAN = compiled_re(rf"(?=[“《百{_NUMBER_START}])(?:(?P<quote>{QUOTE})|(?P<figure>{FIGURE}))")
# Where a match can start. A pattern that opens with a character class is scanned in C
# to the next place the class holds; one that opens with a lookahead, as SCAN, is tried
# at every character. So MATCH_START finds each place and SCAN is tried there only:
# the scan costs a third of what SCAN.finditer did (the standard library's re is used,
# which scans such classes faster than regex, the rest of the package's engine).
# A Chinese numeral's first character is a place only where _CN may start (a lookbehind
# of one character looks at it): most of the numerals of prose (一些, 统一) are passed
# over in C.
MATCH_START = compiled_re(rf"[“《百{_NUMBER_START}](?<=(?:(?![{_CN_FIRST}])|{_CN_AT}).)")
_FIELD_INDEX = tuple(SCAN.groupindex[name] for name in _FIELDS)
_UNIT_INDEX = SCAN.groupindex["unit"]
_QUOTE_INDEX = SCAN.groupindex["quote"]
_NAME_INDEX = (SCAN.groupindex["dq"], SCAN.groupindex["book"])
APPROX_BEFORE_RE = compiled(rf"(?:{alternation(APPROX_BEFORE)})$")
APPROX_WINDOW = max(map(len, APPROX_BEFORE))
CHANGE_BEFORE = compiled(rf"(?<!新)(?:{alternation(CHANGES)})了?$")
CHANGE_WINDOW = 3
# The characters those words end with (and the line end, before which $ matches too):
# where the character before a figure is none of them, neither pattern can match, and
# the search is not run (most figures).
APPROX_LAST = frozenset([*(w[-1] for w in APPROX_BEFORE), "\n"])
CHANGE_LAST = frozenset([*(w[-1] for w in CHANGES), "了", "\n"])
# Between two figures, these words carry the first one's change to the second: 分别增长4.9%和3.1%.
CHANGE_JOINS = frozenset({"和", "、", "与", "及"})


def cn_value(numeral: str) -> int | float | None:
    """一万 → 10000, 三千二百 → 3200, 九十六 → 96, 二〇二二 → 2022, 四十七点三 → 47.3; None when malformed."""
    whole, dot, fraction = numeral.partition("点")
    scale = 1
    if dot:
        for mag in CN_TRAILING_MAGNITUDES:
            if fraction.endswith(mag):
                fraction, scale = fraction[: -len(mag)], _cn_integer("一" + mag)
                break
        if not fraction or any(c not in CN_DIGITS for c in fraction):
            return None
    value = _cn_integer(whole)
    if value is None or not dot:
        return value
    return round((value + float("0." + "".join(str(CN_DIGITS[c]) for c in fraction))) * scale, 6)


def _cn_integer(numeral: str) -> int | None:
    if not numeral:
        return None
    # digit by digit (二〇二二) only where it cannot be two numbers side by side (三五成群)
    if all(c in CN_DIGITS for c in numeral) and (len(numeral) >= 3 or "〇" in numeral or "零" in numeral):
        return int("".join(str(CN_DIGITS[c]) for c in numeral))
    above_yi = above_wan = current = 0
    digit: int | None = None
    for c in numeral:
        if c in CN_DIGITS:
            if digit is not None and CN_DIGITS[c]:
                return None  # 三五: two digits without a unit between them
            digit = CN_DIGITS[c] or None
        elif c in CN_SMALL:
            current += (1 if digit is None else digit) * CN_SMALL[c]
            digit = None
        elif c == "万":
            above_wan = (above_wan + current + (digit or 0)) * CN_BIG[c]
            current, digit = 0, None
        else:  # 亿
            above_yi = (above_yi + above_wan + current + (digit or 0)) * CN_BIG[c]
            above_wan = current = 0
            digit = None
    return above_yi + above_wan + current + (digit or 0)


def _is_placeholder(token: str) -> bool:
    return token[0] in PLACEHOLDER_CHARS


def _is_chinese(token: str) -> bool:
    return token[0] in CN_DIGITS or token[0] == "十"


def _number(token: str) -> int | float | None:
    if _is_placeholder(token):
        return None
    if _is_chinese(token):
        return cn_value(token)
    plain = token.replace(",", "")
    return float(plain) if "." in plain else int(plain)


def _is_year(token: str, unit: str, after: str) -> bool:
    """2022年, xxxx年, 二〇二二年, xx年底: a point in time, not a span of years."""
    if not unit.startswith("年"):
        return False
    if after[:1] and after[0] in YEAR_FOLLOWERS:
        return True
    if _is_chinese(token):
        return len(token) == 4 and all(c in CN_DIGITS for c in token)
    return len(token) == 4 and "." not in token


@dataclass(slots=True)
class Found:
    """A figure found in a text: where it is, and the fields of models.Figure but the line."""

    start: int
    end: int
    fields: dict


def figure_of(m: re.Match, text: str, floor: int = 0) -> Found | None:
    """The figure a FIGURE match stands for, or None when the match is a year or a name.

    floor is where the text before it is free to hold its approximation word (the end of
    the previous match)."""
    # the groups by number, into locals: a group name costs a lookup per call
    pct, token, num2, mid, mag, mid2, base, base0, post = m.group(*_FIELD_INDEX)
    start, end = m.span()
    before = (
        APPROX_BEFORE_RE.search(text, max(floor, start - APPROX_WINDOW), start)
        if start > floor and text[start - 1] in APPROX_LAST
        else None
    )
    if before:
        start = before.start()
    approx = (before and before.group()) or mid or mid2 or post
    if pct is not None:
        value = _number(pct)
        if value is None:
            return None
        return Found(start, end, _fields(text[start:end], value, None, "%", False, approx))
    unit = (mag or "") + (base or base0 or "")
    unit = UNIT_ALIASES.get(unit, unit)
    if unit.startswith("年"):  # only a 年 unit can make the figure a year
        unit_end = m.end(_UNIT_INDEX)
        after = text[unit_end : unit_end + 1]
        if _is_year(token, unit, after) or (num2 and _is_year(num2, unit, after)):
            return None
    value = _number(token)
    high = _number(num2) if num2 else None
    placeholder = _is_placeholder(token) or bool(num2 and _is_placeholder(num2))
    if _is_chinese(token):
        sized = any(c in CN_SIZE for c in token) or mid or mid2 or unit in CN_SMALL_OK
        if unit in ARABIC_ONLY or not sized:
            return None
        if value is None:
            return None
        if not mid and not num2:
            # 三千二百万人 → 3200 万人, as 3200万人 is written
            for magnitude in CN_TRAILING_MAGNITUDES:
                head = token[: -len(magnitude)]
                if token.endswith(magnitude) and head and (head_value := cn_value(head)) is not None:
                    value, unit = head_value, magnitude + unit
                    break
    if not placeholder and value is None:
        return None
    return Found(start, end, _fields(text[start:end], value, high, unit, placeholder, approx))


def _fields(text, value, high, unit, placeholder, approx) -> dict:
    return {
        "text": text,
        "value": value,
        "high": high,
        "unit": unit,
        "change": None,
        "placeholder": placeholder,
        "approx": approx,
    }


def _change(text: str, start: int) -> str | None:
    if not start or text[start - 1] not in CHANGE_LAST:
        return None
    m = CHANGE_BEFORE.search(text, max(0, start - CHANGE_WINDOW), start)
    return m.group().rstrip("了") if m else None


def _matches(text: str) -> Iterator[re.Match]:
    """SCAN.finditer(text), SCAN tried only where MATCH_START finds a place."""
    search, match = MATCH_START.search, SCAN.match
    pos = 0
    while (start := search(text, pos)) is not None:
        m = match(text, start.start())
        if m is None:
            pos = start.start() + 1
        else:
            yield m
            pos = m.end()  # (no match is empty)


def scan(text: str) -> tuple[list[Found], list[tuple[int, int, str]]]:
    """One pass over text: its figures, and its quoted names as (start, end, name)."""
    found: list[Found] = []
    quoted: list[tuple[int, int, str]] = []
    floor = 0
    for m in _matches(text):
        previous_end, floor = floor, m.end()
        if m.start(_QUOTE_INDEX) >= 0:
            name = name_of(*m.group(*_NAME_INDEX))
            if name:
                quoted.append((m.start(), m.end(), name))
            continue
        f = figure_of(m, text, previous_end)
        if f is None:
            continue
        change = _change(text, f.start)
        if change is None and found and text[found[-1].end : f.start] in CHANGE_JOINS:
            change = found[-1].fields["change"]
        f.fields["change"] = change
        found.append(f)
    if len(found) > 1:
        _share_units(found, text)
    return found, quoted


def _share_units(found: list[Found], text: str) -> None:
    """10.6万、3.8万、3.3万平方公里: a list's last figure names the unit of the bare magnitudes before it."""
    for a, b in zip(reversed(found[:-1]), reversed(found[1:])):
        unit, following = a.fields["unit"], b.fields["unit"]
        if unit in MAGNITUDES and following != unit and following.startswith(unit):
            if text[a.end : b.start] in CHANGE_JOINS:
                a.fields["unit"] = following


def figures(text: str) -> list[dict]:
    """The figures of text (without lines), in order.

    >>> [(f["value"], f["unit"], f["approx"]) for f in figures("收缴赌资一万余元，结案率为xx.xx%")]
    [(10000, '元', '余'), (None, '%', None)]
    """
    return [f.fields for f in scan(text)[0]]


def terms(text: str) -> list[str]:
    """The quoted names of text, in order, without duplicates.

    >>> terms("开展“春风利剑”专项行动，学习《民法典》，再次部署“春风利剑”")
    ['春风利剑', '民法典']
    """
    return unique(name for _, _, name in scan(text)[1])


__all__ = ["UNITS", "FIGURE", "SCAN", "Found", "figure_of", "figures", "terms", "scan", "cn_value", "unique"]

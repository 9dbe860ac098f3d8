"""Declarative tables: the heading forms, the measure families and the word lists.

Adding a heading form is one row in HEADING_FORMS; adding a kind of enumeration is one
row in MEASURE_FAMILIES. Every pattern is anchored and free of nested quantifiers, so
none can backtrack catastrophically.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import regex

from .pattern_cache import compiled, compiled_re


CN_DIGITS = "一二三四五六七八九十"
CN = f"[{CN_DIGITS}百零〇两]"
CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"
PAREN_DIGITS = "⑴⑵⑶⑷⑸⑹⑺⑻⑼⑽⑾⑿⒀⒁⒂⒃⒄⒅⒆⒇"
DOT_DIGITS = "⒈⒉⒊⒋⒌⒍⒎⒏⒐⒑⒒⒓⒔⒕⒖⒗⒘⒙⒚⒛"
# （一） to （十） as one character each (U+3220-3229), as some editors type them
PAREN_IDEOGRAPHS = "㈠㈡㈢㈣㈤㈥㈦㈧㈨㈩"
_IDEOGRAPH_NUMERALS = str.maketrans(PAREN_IDEOGRAPHS, "一二三四五六七八九十")
# the marks a redacted number is written with: xx, xxx.xx, ××
PLACEHOLDER_CHARS = "xX×ｘＸ"
OPEN = "[（(〔［\\[]"
CLOSE = "[）)〕］\\]]"
HAN_RE = compiled(r"\p{Han}")


_CN_VALUE = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}


def cn_number(text: str) -> int | None:
    """一→1, 十→10, 十二→12, 二十三→23 (enough for ordinals)."""
    if not text:
        return None
    if "十" in text:
        tens, _, units = text.partition("十")
        t = _CN_VALUE.get(tens, 0) if tens else 1
        u = _CN_VALUE.get(units, 0) if units else 0
        if (tens and tens not in _CN_VALUE) or (units and units not in _CN_VALUE):
            return None
        return t * 10 + u
    if len(text) == 1:
        return _CN_VALUE.get(text)
    return None


def alternation(words) -> str:
    """A regex alternation of words, longest first (so that 工作总结 is tried before 总结)."""
    return "|".join(regex.escape(w) for w in sorted(words, key=len, reverse=True))


@dataclass(frozen=True, slots=True)
class HeadingForm:
    """One numbered heading form of SPEC §1, in GB/T 9704-2012 order."""

    style: str  # the name depth is tracked by
    marker: str  # regex for the marker at the start of a paragraph
    example: str


# what a decimal clause number is followed by: a Chinese word that is no unit of a figure
_CLAUSE_WORD = r"(?![万亿千百十元倍个%％])\p{Han}"

# (一、二期 and 一、二季度 count phases and quarters, one and two: no heading, no item)
_COUNTED_UNIT = "[期季级类批号线产次轮档届]"
HEADING_FORMS: tuple[HeadingForm, ...] = (
    HeadingForm("part", rf"第{CN}+部分[、，,：:．.\s]?", "第一部分"),
    HeadingForm("chapter", rf"第{CN}+章[、，,：:．.\s]?", "第一章"),
    HeadingForm("jie", rf"第{CN}+节[、，,：:．.\s]?", "第一节"),
    # a plan's stages (第一阶段：宣传动员阶段), set off by a mark: 第一阶段为… is a sentence
    HeadingForm("stage", rf"第{CN}{{1,3}}阶段[、，,：:．.\s]", "第一阶段："),
    # a talk's parts (第一个方面：…, 第一个问题：…), set off by a mark as a stage is
    HeadingForm("aspect", rf"第{CN}{{1,3}}个(?:方面|问题)[、，,：:．.\s]", "第一个方面："),
    # 一、 and what people type for it, or a PDF copy leaves of it (一 调研背景: a blank,
    # then words, never spaced-out characters); not 一、二季度 (a list of numbers)
    HeadingForm(
        "cn-comma",
        rf"{CN}{{1,3}}(?:[ \u3000]?、|[．.]|[，,](?!\d)|[ \u3000]+(?=(?!{CN})\p{{Han}}{{2}}))(?!{CN}{{1,3}}(?:[、，,]|{_COUNTED_UNIT}))",
        "一、",
    ),
    # (and 一) as people type it, the opening bracket left out)
    HeadingForm("cn-paren", rf"{OPEN}?{CN}{{1,3}}{CLOSE}[、．.]?|[{PAREN_IDEOGRAPHS}][、．.]?", "（一）"),
    # a plan's or an emergency plan's numbered clauses (1.1 编制目的, 1.4.1 …): a level for
    # each count of numbers, a Chinese word after them (not 1.5亿元, a figure)
    HeadingForm("decimal-3", rf"\d{{1,2}}[.．]\d{{1,2}}[.．]\d{{1,2}}(?![\d.．%％])[、．.]?(?=[ \u3000]*{_CLAUSE_WORD})", "1.1.1"),
    HeadingForm("decimal-2", rf"\d{{1,2}}[.．]\d{{1,2}}(?![\d.．%％])[、．.]?(?=[ \u3000]*{_CLAUSE_WORD})", "1.1"),
    # 1. but not 2.5 or 2023.5 (decimals, dates) and not 3、4月 (a list of numbers)
    # (a PDF copy may set a blank before the 、: 5 、安全工作…)
    HeadingForm("arabic-dot", rf"\d{{1,2}}(?:[.．](?![\d%％])|[ \u3000]?、(?!\d))|[{DOT_DIGITS}]", "1."),
    HeadingForm("arabic-paren", rf"{OPEN}\d{{1,2}}{CLOSE}[、．.]?|[{PAREN_DIGITS}]", "（1）"),
    HeadingForm("circled", rf"[{CIRCLED}][、．.]?", "①"),
    # 第一，at the start of a paragraph is a heading; inside a paragraph it is a measure
    HeadingForm("ordinal", rf"第{CN}{{1,3}}[，,、](?!{CN}[、，,])", "第一，"),
)

class Prefiltered:
    """A pattern asked of every line or sentence, and a cheap test on the text that must
    hold for it to match: most texts fail the test and never reach the engine."""

    __slots__ = ("regex", "can_match", "pattern")

    def __init__(self, pattern, can_match):
        self.regex, self.can_match, self.pattern = pattern, can_match, pattern.pattern

    def match(self, text: str):
        return self.regex.match(text) if self.can_match(text) else None

    def fullmatch(self, text: str):
        return self.regex.fullmatch(text) if self.can_match(text) else None

    def search(self, text: str):
        return self.regex.search(text) if self.can_match(text) else None


# what a numbered heading opens with: 第, a Chinese numeral, a bracket, a digit, ① ⑴ ⒈
HEADING_FIRST = frozenset(f"第{CN_DIGITS}百零〇两（(〔［[{CIRCLED}{PAREN_DIGITS}{DOT_DIGITS}{PAREN_IDEOGRAPHS}")
HEADING_RE = Prefiltered(
    compiled("|".join(f"(?P<{f.style.replace('-', '_')}>{f.marker})" for f in HEADING_FORMS)),
    lambda text: text[:1] in HEADING_FIRST or text[:1].isdigit(),
)
STYLE_OF_GROUP = {f.style.replace("-", "_"): f.style for f in HEADING_FORMS}


@dataclass(frozen=True, slots=True)
class MeasureFamily:
    """A kind of enumeration inside body text; items must come in ordinal sequence."""

    name: str
    marker: str  # regex; group "n" holds the ordinal when there is one
    example: str
    # Every marker of the family holds one of these characters: a body that holds none
    # is not scanned for the family (most bodies hold no bracket, no ①).
    chars: str


_OPEN_CHARS = "（(〔［["
MEASURE_FAMILIES: tuple[MeasureFamily, ...] = (
    # (a PDF copy may leave a blank inside the marker where a line broke: 一 是)
    MeasureFamily("shi", rf"(?P<n>{CN}{{1,3}})[ \u3000]?是", "一是…二是…", "是"),
    # (or counted: 第一要…第二要…; not 第一要务, 第一要义, a noun, which only holds the words)
    MeasureFamily("yao", rf"(?:第(?={CN}{{1,3}}[ \u3000]?要(?![务义求素点件]))|(?<!第))(?P<n>{CN}{{1,3}})[ \u3000]?要", "一要…二要…", "要"),
    # 首先/其次/再次/最后; a 第三， may stand for 再次 (首先…其次…第三…最后)
    MeasureFamily("seq", rf"首先|其次|再次|最后|第(?P<n>{CN}{{1,3}})(?=[，,])", "首先…其次…最后…", "首其再最第"),
    MeasureFamily("di", rf"第(?P<n>{CN}{{1,3}})(?=[，,])", "第一，…第二，…", "第"),
    MeasureFamily("arabic", r"(?P<n>\d{1,2})(?:[.．](?![\d%％])|、(?!\d))", "1.…2.…", ".．、"),
    # (a note's number after a word, followed by the clause's mark, is no item: “破网打伞”[1]，)
    MeasureFamily("arabic-paren", rf"{OPEN}(?P<n>\d{{1,2}}){CLOSE}(?![，,、；;])", "（1）…（2）…", _OPEN_CHARS),
    # lines under a lead-in (items.py), and the same inside a body; not 一、二季度
    MeasureFamily("cn-paren", rf"{OPEN}(?P<n>{CN}{{1,3}}){CLOSE}", "（一）…（二）…", _OPEN_CHARS),
    MeasureFamily("cn-comma", rf"(?P<n>{CN}{{1,3}})、(?!{CN}{{1,3}}(?:[、，,]|{_COUNTED_UNIT}))", "一、…二、…", "、"),
    MeasureFamily("circled", rf"[{CIRCLED}]", "①…②…", CIRCLED),
)

# Every family's marker starts with one of these (a character class; tests check it).
MEASURE_START = rf"[\d{CN_DIGITS}百零〇两首其再最第（(〔［\[{CIRCLED}]"
# Any family's marker, without the groups (the standard library's re takes a group name
# once only), for the tests that only ask whether one stands somewhere.
MEASURE_MARKER = "|".join(f.marker.replace("(?P<n>", "(?:") for f in MEASURE_FAMILIES)

# A marker counts only at the start of a paragraph or right after punctuation, the
# half-width full stop of pages typed in half-width marks included: 统一是 holds no 一是.
MARKER_BOUNDARY = set("。.．；;：:，,、！!？?）)”’」』】〕》 \u3000\n")

# Salutations turn the speech back to the audience: 各位代表！ 同志们：
# (a salutation ends in its mark within its first 16 characters)
_SALUTATION_END = compiled_re("[！!：:]|好")
SALUTATION_RE = Prefiltered(
    compiled(
        r"(?:(?:各位|尊敬的|亲爱的)[\p{Han}、，,]{0,8}?(?:代表|委员|领导|来宾|嘉宾|同志|朋友|同事|同仁|老师|同学)们?"
        r"|[\p{Han}、，,]{0,8}?(?:同志|朋友|女士|先生|同学|同事|代表|委员)们)[！!：:]"
        # the audience called on with a comma, the speech going on after it (各位代表，刚刚过去的…)
        r"|各位(?:代表|委员)[，,](?=\p{Han})"
        # a greeting (大家好！, 各位领导、各位来宾，大家下午好。)
        r"|(?:[\p{Han}、，,]{2,20}[，,])?大家(?:早上|上午|中午|下午|晚上)?好[！!。：:]"
    ),
    lambda text: text[:2] == "各位" or _SALUTATION_END.search(text, 0, 24) is not None,
)

# A purpose clause opening a sentence: 为继续落实… (为民办实事 is a task, no purpose clause).
PURPOSE_OPENING = "为(?:了|进一步|继续|全面|确保|切实|加快|推动|贯彻|落实|深入|做好|加强)"

# Openings that make a sentence narrative or framing, not a topic (CONVENTIONS.md):
# a time, a pronoun or the speaker, a connective, a circumstance.
_TIME_OR_SPEAKER = (
    r"过去|去年|今年|明年|前年|当前|目前|现在|此时|近[几两三]?年|近期|近来|近日|日前|如今|眼下|迄今|至今|"
    # the day of the meeting, and a chair turning to the next item (下面，请…; 刚才，…)
    r"今天|今日|昨天|明天|下面|接下来|刚才|方才|刚刚|"
    r"截至|截止|自(?=[^，。]{1,20}?(?:以来|开始|起))|据(?:统计|悉|了解|初步|不完全)|以来|多年来|今后|未来|新的一年|"
    r"上半年|下半年|全年|年初|年底|岁末|"
    r"[\dxX×〇○零一二三四五六七八九十百两几多]{1,4}(?:年|个月|月|天|周)(?:来|以来|多来|中|里|间|，|,)|"
    r"[\dxX×〇○零]{2,4}年|[〇○零一二三四五六七八九]{4}年|这些年|这一年|那一年|一年来|"
    r"我|咱们|你|您|他|她|它|其|这|那|此|该|本|"
    r"进入新时代|新时代"
)
# (a time or the speaker opening the sentence: the "time" group of NARRATIVE_OPENING_RE;
# on re, which matches this alternation of literals twice as fast as regex)
NARRATIVE_OPENING_RE = compiled_re(
    r"(?:(?P<time>" + _TIME_OR_SPEAKER + ")|"
    r"同时|与此同时|此外|另外|总之|因此|所以|但是|但|然而|而且|并且|如果|虽然|尽管|只要|只有|"
    # concessions: 不管国际风云如何变幻，我们…
    r"不管|不论|无论|即使|即便|哪怕|纵然|假如|"
    # the audience called on: a speaker's words to it, no topic (同志们，历史从不…)
    r"(?:同志|朋友|同学|同事|代表|委员|老师)们[，,]|各位(?:代表|委员|领导|同志|来宾)[，,]|"
    # 在…中，/在…的同时， sets a scene for the clause after its comma; 在…上下功夫 names a
    # task, and so does 在…中 run on into its verb (在交流交往中增进认同。): they stay topics
    r"(?P<scene>在(?=[^，,。；;：:！？!?]{1,40}[，,])(?![^，。]{1,15}?上(?:下|用|发|着|求|见|出|做|抓|动|突|有|更|再|加|狠|聚|提))|"
    # 为继续落实… is a purpose clause; 为民办实事 is a task
    rf"{PURPOSE_OPENING})|"
    r"经过|随着|面对|面向|按照|根据|依据|通过|回顾|回首|综观|纵观|展望|"
    # an assessment of the situation opens a section's intro: 综合分析国内外形势，…
    r"综合(?:分析|考虑|判断|研判)|总的(?:看|来看|来说)|总体(?:看|来看)|从(?:国际|国内|全局|长远)(?:看|来看)|"
    r"(?:中国|中方|我国|全党|全国|党中央|中央|国务院|政府|各级政府)"
    r"(?:将|要|坚持|主张|愿|始终|一贯|一定|必须|坚决|决不|绝不|作出|已经|已))"
)

# A time or a pronoun as the subject of 是 (这是…的五年, 过去五年，是…的五年) opens a
# framing statement, not a narrative: matched where NARRATIVE_OPENING_RE's "time" ends.
TIME_SUBJECT_RE = compiled_re(r"[^，,。是]{0,6}[，,]?是(?!否|非)")

# Relational predicates make a sentence a framing statement (X是Y, X决定着Y), not a task.
_FRAMING = r"(?<!实事求|于|但|还|凡|或|若|只|不)是(?!否|非)|决定着|关系到|关系着|关乎|事关|在于|取决于|意味着|标志着|有利于"

# A topic names a task or a field; a statement tells what happened or what is so. These
# mark a statement anywhere in the sentence: an aspect 了 (丰富了), a subject of the
# speaker's side (我们寄希望于…), seeing or showing (必须清醒地看到…), a progressive
# (正向着…迈进), revealing (…暴露出…), an announcement (即将).
# (searched anywhere in the sentence, on the standard library's re, which scans such
# alternations of literals several times faster than regex: every alternative opens with
# a literal, so that re skips in C to where one of their first characters stands)
STATEMENT_RE = compiled_re(
    r"了(?<!为了)(?<!除了)(?<!末了)(?!解|不起|如指掌)|我们|咱们|他们|看到|认识到|意识到|指出|表明|证明|正(?:在|向|朝)"
    r"|暴露出|反映出|显示出|凸显出|折射出|预见到|预料到|即将"
)
# A request to the audience (同意的请举手, 有什么意见，请发表) names no task either.
# (searched only where a 请 stands: an alternative of STATEMENT_RE that opens with no
# literal would cost re its skip to the literals' first characters)
REQUEST_RE = compiled_re(r"(?:^|(?<=[，,的]))请(?![示求柬])")
# ... or at its start: a first clause that sets a time or circumstance (…回归祖国以来，),
# or a speaker taking up a subject (谈到…的问题，…). (Concessions are narrative openings.)
STATEMENT_OPENING_RE = compiled_re(r"[^，,。]{2,25}(?:以来|之际|期间|之后|以后|以前)[，,]|谈到|说到|讲到|提到")
# Sayings and maxims name no topic (大道之行，天下为公): a classical 则 (青年兴则国家兴),
# a closing 者X (上下同欲者胜), or a couplet of two clauses that echo each other at the
# same places (安不忘危，兴不忘忧), or of four characters each with a classical 之.
# (on regex: \p{Han} compiles in a tenth of a millisecond, where re takes one or two
# for each class of the CJK range, and these are searched only after the cheap tests)
# (the couplet with 之 is nine characters, and $ matches before a closing line break too)
MAXIM_RE = Prefiltered(
    compiled(r"\p{Han}则\p{Han}|\p{Han}者\p{Han}$|^\p{Han}{2}之\p{Han}[，,]\p{Han}{4}$"),
    lambda sentence: "则" in sentence or "者" in sentence or (len(sentence) in (9, 10) and sentence[2] == "之"),
)


def echoes(sentence: str) -> bool:
    """Two clauses of one length that share two characters or more at the same places."""
    n = len(sentence)
    # two clauses of 3-7 characters and a comma between them: 7 to 15 characters
    if not 7 <= n <= 15 or n % 2 == 0:
        return False
    first, comma, second = sentence[: n // 2], sentence[n // 2], sentence[n // 2 + 1 :]
    if comma not in "，," or "，" in first or "," in first or "，" in second or "," in second:
        return False
    return sum(a == b for a, b in zip(first, second)) >= 2


# A topic sentence stands on its own; one that points back (这些, 上述) continues the text.
_ANAPHORA = r"这些|这个|这种|这一|这项|这样|此类|此项|上述|以上|前述|如此"
# What leaves a sentence a lead by its layout only, in one scan: framing, pointing
# back, a figure, an intro (如下, 以下).
LAYOUT_ONLY_RE = compiled(f"{_FRAMING}|{_ANAPHORA}|\\d|如下|以下|下列")

# A compendium names itself, or counts its pieces (…讲话【通用三篇】, …工作总结3篇,
# …（共五则范文）), with maybe a site's note on the copy after the count (…7篇（全文完整）).
# Excerpts of speeches are several (发言摘编); a report's 摘编 is one report abridged.
_PIECES = r"(?:[\d一二三四五六七八九十两]{1,2}|多|几)[篇则]"
COMPENDIUM_RE = compiled(
    rf"汇编|选编|合集|汇总|文集|(?:发言|讲话|论述|文章)摘编|(?<!第){_PIECES}(?:范文|精选)?[）)】]?(?:[（(【][^（(【）)】]{{1,20}}[）)】])?$"
)
# A piece of such a compendium labelled by its number (…讲话 篇1, 第二篇, 【篇三】),
# and such a label opening the piece's first line (第一篇 在县委的领导下，…).
PIECE = r"(?:篇\s*[\d一二三四五六七八九十]{1,2}|第[\d一二三四五六七八九十]{1,2}篇)"
# (asked of every short line by the report split: one without 篇 never reaches the engine)
PIECE_LABEL_RE = Prefiltered(compiled(rf"(?:[^。！？，,：:]{{0,40}}?[ \u3000]*)?[【\[]?{PIECE}[】\]]?[：:]?"), lambda text: "篇" in text)
PIECE_LABEL_OPEN_RE = compiled(rf"{PIECE}(?=[ \u3000]+\p{{Han}})")
# A piece's label opening a line, with what parts it from a title after it (第一篇：, 篇二 ).
PIECE_LABEL_PREFIX = rf"[【\[]?{PIECE}[】\]]?(?:[：:][ \u3000]*|[ \u3000]+)"
PIECE_LABEL_PREFIX_RE = compiled(PIECE_LABEL_PREFIX)
# A piece's label and its title on one line (第一篇：推进…建设, 篇二 …工作总结).
PIECE_TITLE_RE = compiled(rf"{PIECE_LABEL_PREFIX}(?P<title>[^。！？，,：:]{{4,60}})")
# A compendium's title that counts its pieces run into the first piece's label and its
# text, as a document-sharing site prints them (…工作总结三篇篇一纳税服务是…).
COUNTED_TITLE_LABEL_RE = compiled(rf"(?P<title>[^。！？，,：:]{{4,60}}?{_PIECES})(?P<label>{PIECE})(?=\p{{Han}})")
# The same title, its count in brackets, run into the first piece's title line, which ends
# in the piece's label (…自查报告(精选3篇)…自查报告 篇1).
# (asked of every paragraph: one without 篇 never reaches the engine)
COUNTED_TITLE_RUN_RE = Prefiltered(
    compiled(rf"(?P<title>[^。！？，,：:（(【]{{4,60}}?[（(【](?:精选|共|合集)?{_PIECES}[）)】])(?=[^。！？，,：:]{{4,60}}{PIECE}$)"),
    lambda text: "篇" in text,
)
# (a list bullet before it where a page was copied as Markdown: - 目录)
# (a page of speeches labels it 目录/提纲:……)
TOC_RE = compiled(r"(?:[-*•·]\s*)?(?:目\s*录|目\s*次)(?:\s*[/／]\s*提\s*纲)?(?:\s*[：:]\s*…*)?")
# 1. / 1、 / 1 (then a space) / （一） / 一、 / 第一篇: never a bare numeral, which may open a title (2023年…, 一流…)
TOC_NUMBER_RE = compiled(
    r"(?:\d{1,3}(?:[.．、]|\s+)|[（(][一二三四五六七八九十\d]{1,3}[）)]|[一二三四五六七八九十]{1,3}[、.．]"
    r"|第[一二三四五六七八九十\d]{1,3}[篇章部分]{1,2}[、：:．.]?)\s*"
)
TOC_PAGE_RE = compiled(r"[\s.．·…—-]*\d{1,4}$")

# A subtitle line: ——2023年3月5日在…上, or a date line. (A dash item that tells of a
# year, ——过去五年，是…。, holds a sentence end before its 年 or after it.) (Or the
# congress it was given at: —某某第三次代表大会的工作报告.)
SUBTITLE_RE = compiled(r"[—\-－]{1,3}[^。！？!?；;]{0,60}(?:年|日|会上|会议|上的|讲话|发言|大会的?(?:工作)?报告)(?![^。！？!?；;]*[。！？!?；;].)|[\dxX×〇零一二三四五六七八九十]{2,4}年.{0,8}月.{0,4}日$")
# What sets a title block apart from body text: a subtitle saying where the text was
# given (——在…上的报告, even cut short; ——2023年3月5日在…), a date line on its own
# (（2017年10月18日）, 2023年12月), an author's name spaced out (习　近　平).
_DATE = r"[\dxX×〇零一二三四五六七八九十○]{2,4}\s*年(?:\s*[\d〇零一二三四五六七八九十]{1,2}\s*月(?:\s*[\d〇零一二三四五六七八九十]{1,3}\s*日)?)?"
# (a newspaper's page dates itself with the day of the week: 2023年12月22日 星期五)
DATE_LINE_RE = compiled(rf"[（(〔]?\s*{_DATE}\s*[）)〕]?(?:\s*星期[一二三四五六日天]?)?")
VENUE_SUBTITLE_RE = compiled(
    rf"[—\-－―]{{1,3}}\s*(?:{_DATE}\s*)?(?:在[^。！？]{{2,60}}|[^。！？]{{0,40}}(?:讲话|发言|报告|致辞|汇报|大会|会议|会上))"
)
# A study's subtitle, naming what it looked into (——关于某市城镇化发展模式的调查与思考,
# ——某县…的实践与探索): a line only a title block holds.
STUDY_SUBTITLE_RE = compiled(r"[—\-－―]{1,3}\s*[^。！？!?；;，,]{4,60}(?:调查|调研|思考|探索|实践|启示|纪实|报告)")
# The end of a subtitle cut onto a line of its own (——某某区第十一届人民代表大会 / 第五次会议).
VENUE_TAIL_RE = compiled(r"[^。！？!?；;，,：:]{0,20}(?:会议|大会)上?")
# the same without its dash, dated, perhaps with the speaker after it (2026年1月27日在…
# 人民代表大会第四次会议上 某某省省长 某某)
DATED_VENUE_RE = compiled(
    rf"[（(]?{_DATE}\s*在[^。！？]{{2,60}}?(?:会议|大会|全会|会)上(?:的(?:讲话|报告|发言))?[）)]?(?:[ \u3000]+[^。！？，,]{{2,20}})?"
)
# who gave the text: an office and a name (某某区审计局局长 某某某, 省长　某某某)
AUTHOR_LINE_RE = Prefiltered(
    compiled(
        r"[^。！？，,：:\s]{0,24}(?:长|书记|主任|主席|委员|代表|专员|总监|经理|秘书|干事|组长|记者|通讯员)[ \u3000]+\p{Han}(?:[ \u3000]?\p{Han}){1,3}"
        # (or the name right after the office: 某某省人民检察院检察长某某)
        r"|[^。！？，,：:\s]{2,24}(?:检察长|院长|局长|厅长|县长|市长|省长|区长|镇长|乡长|书记|主任|主席)\p{Han}{2,3}"
        # (or a writer's byline: 文/某某某, 文 | 记者 某某)
        r"|文[ \u3000]*[/／|｜][ \u3000]*(?:记者|通讯员|作者)?[ \u3000]*\p{Han}{2,4}(?:[ \u3000]+\p{Han}{2,4}){0,2}"
    ),
    # (asked of the line under every short title line: a sentence or a clause, the text
    # under most, never is one)
    lambda text: "。" not in text and "，" not in text,
)
SPACED_NAME_RE = compiled(r"\p{Han}(?:[ \u3000]+\p{Han}){1,3}")

# The labels of an editor's note on a text and of its abstract (编者按：本文…, 内容提要：).
NOTE_LABELS = "编者按|编者的话|内容摘要|内容提要"

# Page furniture copied in with a web or disclosure page (CONVENTIONS "Page furniture"):
# metadata fields (label：value), a breadcrumb trail, the font-size switch, print and
# share links, and table rows split by |. One row per kind; a line is furniture when
# it is made of these and nothing else.
FURNITURE_LABELS = (
    "索引号", "发布机构", "发文机关", "发布单位", "发布日期", "发布时间", "成文日期", "印发日期", "生效日期",
    "信息来源", "来源", "作者", "编辑", "责任编辑", "审核", "校对", "浏览次数", "浏览量", "访问量", "点击数",
    "点击量", "阅读数", "阅读量", "文号", "发文字号", "主题分类", "主题词", "公开方式", "公开范围", "公开时限",
    "时效", "字号", "字体", "分类", "所属机构", "信息分类", "体裁分类", "组配分类", "文件编号", "有效性",
    "时效性", "时间", "日期", "更新时间", "上传时间", "发表时间", "栏目", "访问次数", "下载次数", "投稿", "标签", "关键词",
    "名称", "文件名称", "信息索引号", "稿件来源", "发布", "阅读次数", "成文时间", "文种", "有效期", "废止日期",
    "发文单位", "发文日期", "公开日期", "信息名称", "本文标题", "本文链接", "链接地址", "原文链接", "原文地址",
    "文章链接", "发布机关",
    # (a news repost's note of the headline it first ran under: 原标题：…)
    "原标题",
    # (a law database's citation code, 【法宝引证码】CLI.1.…)
    "法宝引证码",
    # (a counter that lost its number: 访问：次, 点击： 次)
    "访问", "点击", "浏览",
    # (a document-sharing site's card for a file: ID:10293847, 大小:45.3 KB, 页数:5页)
    "ID", "大小", "文件大小", "页数", "文档格式", "文件格式",
)
_LABEL = alternation(FURNITURE_LABELS)
# (a disclosure page's table set one cell a line gives a label with no colon: 发布机关 /
# 某县政府; two-letter ones, 来源 and the like, say too little alone)
BARE_FURNITURE_LABELS = frozenset(label for label in FURNITURE_LABELS if len(label) >= 3)
# a page's date and time: 2016-03-07 15:42:29
WEB_DATE = r"\d{4}[-/.]\d{1,2}[-/.]\d{1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?"
# a disclosure page pads a short label to the width of a long one (索 引 号, 名　　称)
_SPACED_LABEL = "|".join("[ \u3000]{1,3}".join(label) for label in FURNITURE_LABELS if 2 <= len(label) <= 3)
# (or closed by a bracket: 【时效性】尚未施行)
FURNITURE_FIELD_RE = compiled(rf"[【\[•·●]?\s*(?:{_LABEL}|{_SPACED_LABEL})\s*[：:]|[【\[]\s*(?:{_LABEL})\s*[】\]]")
# label：value pairs, at least two on one line (发布时间：2023-05-08 来源：县政府办), a
# value perhaps left empty or carrying its unit after a space (推荐人： 来源： 阅读：2.08W 次)
FIELD_ROW_RE = compiled(
    r"(?:[【\[]?\s*\p{Han}{2,6}\s*[：:]\s*[^：:\s|｜】\]]{0,40}(?:\s+[^：:\s|｜】\]]{1,2}(?=\s|$))?\s*[】\]]?(?:[\s|｜/]+|$)){2,}"
)
# The arrows of a page's location trail (首页 > 工作总结 > …).
TRAIL_ARROWS = frozenset(">＞»›")
# A list's bullet, a page's expander or a pop-up's close button, left alone on a line:
# furniture, and never a piece of a word broken off the line before.
LONE_MARKS = frozenset("-－•·●▪+＋×✕")
# A page's location trail or menu (the furniture a site's name stands above).
_TRAIL = (
    r"[^：:。，]{0,6}位置[：:].*"  # 当前位置：, 您现在所在的位置：
    r"|\s*[>＞»›].*"  # a breadcrumb trail carried on to the next line
    r"|[^>＞»›]{1,20}(?:\s*[>＞»›]+\s*[^>＞»›]{1,30}){1,8}(?:\s*[>＞»›]+)?"  # 首页 > 政务公开 > 工作总结 (>)
    r"|[•·●▪■◆]\s*[^。，,：:]{0,8}"  # a menu's bullet item (• 长辈版)
    r"|首页(?:\s*[-－/|｜]\s*[^-－/|｜。，,：:]{1,20}){1,8}"  # 首页-政务公开-政策文件 (a hyphen)
)
TRAIL_RE = compiled(_TRAIL)
# A document site's page count: 第1页共10页, 第 2 页 / 共 5 页.
# (or a page's number between dashes, - 1 -, where a Word copy left it)
PAGE_COUNT = r"(?:第\s*\d{1,4}\s*页\s*[，,/]?\s*共\s*\d{1,4}\s*页|-[ \u3000]?\d{1,3}[ \u3000]?-(?=[ \u3000]|$))"
# A document-sharing site's watermark at the head of each page: a slogan that offers the
# document to its reader (精选优质文档-----倾情为你奉上).
WATERMARK_SLOGAN = r"[^。！？，,：:\s]{0,12}[-－—_\s]*[^。！？，,：:\s]{0,6}(?:为你|为您|为大家)(?:奉上|呈现|献上)"
# A site's banner that ends in its address (某某之家—全网资源每日更新 www.example.com).
SITE_BANNER = r"[^。！？，,：:]{0,30}?www\.[A-Za-z0-9-]+(?:\.[A-Za-z]{2,6}){1,2}"
# An official document's number (京政办发〔2016〕26号, 冀人社发〔2022〕11 号).
DOC_NUMBER = r"\p{Han}{1,12}[〔\[［（(]\d{4}[〕\]］）)]\s*\d{1,4}\s*号"
DOC_NUMBER_RE = compiled(DOC_NUMBER)
# How a site's service is reached (网站客服QQ：…, 在线客服电话).
_CONTACT_CHANNEL = r"(?:QQ|qq|微信|电话|热线|邮箱)"
FURNITURE_LINE_RE = compiled(
    _TRAIL
    + r"|[•·●▪■◆]\s*\p{Han}{2,6}[：:].*"  # a metadata field as a bullet item
    # a date and time, with at most a short tag or note (2021-06-18 总结, 2022-11-08 某某网的版权声明)
    rf"|{WEB_DATE}(?:\s*[^。，,！？；\d]{{1,24}})?"
    # (or with the count of its readers after it: 2025-11-08 07:03:52 99)
    rf"|{WEB_DATE}\s+\d{{1,7}}"
    # a field of any name that holds only a date (来源时间为:2022-03-15; after the page's
    # column, 大学 时间:2024-04-09), and a site's note of when it updated the page, after
    # its column (General 更新 2023年11月02日)
    rf"|(?:[^。，,：:\s]{{1,8}}\s+)?\p{{Han}}{{2,8}}\s*[：:]\s*{WEB_DATE}"
    # a label for the text's abstract or an editor's note, alone on its line (摘要; 导读
    # is among the guides' labels further down)
    rf"|(?:{NOTE_LABELS}|摘要|提要)[：:]?"
    rf"|[^。，,：:]{{0,20}}\s(?:更新|发布|发表|上传)(?:于|时间)?\s*[：:]?\s*(?:{WEB_DATE}|\d{{4}}年\d{{1,2}}月\d{{1,2}}日)"
    # a news agency's dateline (新华社北京3月11日电, 本报讯)
    r"|[^。，,：:\s]{1,8}(?:社|网|报|台)[^。，,：:\s]{0,10}(?:\d{1,2}月\d{1,2}日)?(?:电|讯)(?:\s*[（(][^）)]{1,20}[）)])?"
    # a date row of cells, the year left out (10-28 | 移动端：…)
    r"|(?:\d{4}[-/.])?\d{1,2}[-/.]\d{1,2}(?:\s+\d{1,2}:\d{2})?\s*[|｜].{0,60}"
    # a site's name and an editor's or author's field after it (某某范文网 编辑：小景)
    r"|[^。，,：:]{2,20}(?:网|站)\s+(?:编辑|责任编辑|作者|来源|发布时间|发布日期)[：:].{0,30}"
    r"|[【\[]?\s*(?:字号|字体)\s*[：:]?\s*(?:[【\[]?\s*[大中小]\s*[】\]]?\s*){2,3}[】\]]?"
    # a row of a page's buttons, perhaps after the site's name (某某网 打印 纠错)
    # (its first bracket's close perhaps left from the line above, its words spaced: 】 【打 印】)
    r"|[】\]]?\s*(?:[^。，,：:\s]{2,12}(?:网|站)\s+)?(?:[【\[]?\s*(?:打印本页|打[ \u3000]?印|关闭窗口|关闭|收藏|分享到?|返回顶部|纠错|侵权投诉|举报|扫一扫在手机打开当前页|朗读|语音播报|下载|全屏|(?:正文|全文)?复制(?:正文|全文)?)\s*[】\]]?[\s|｜:：]*){1,6}"
    # a row of a site's buttons, each in 【】, the row's first bracket perhaps lost with the
    # line above (相关文章】 【投稿】 【查看全文】): three in a row say nothing of the text
    r"|[^【】\s]{1,12}】\s*(?:【[^【】]{1,16}】\s*){2,}|(?:【[^【】]{1,16}】\s*){3,}"
    # a prompt to share the page and the site's links under an article (微信扫一扫在手机阅读、
    # 分享本文, 版权声明, 微信订阅号, 联系客服)
    r"|(?:微信)?扫一扫[^。，,]{0,4}(?:在手机|分享|关注|打开|阅读|下载)[^。]{0,16}|(?:版权|免责)声明"
    # (the prompt alone, with the button that closes it: 微信扫一扫 ×), and a player that
    # reads the page aloud (收听本文 00:00/00:00)
    r"|(?:微信|手机)?扫一扫\s*[×✕]?|(?:收听本文|收听|听全文|朗读本文|语音播报)?\s*\d{1,2}:\d{2}\s*/\s*\d{1,2}:\d{2}"
    # (the same with its code: 用微信扫描二维码 / 分享至好友和朋友圈)
    r"|用?(?:微信|手机)?扫(?:描|一扫)?二维码[^。，,]{0,12}|分享(?:至|到)(?:好友|朋友圈|微信)[^。，,]{0,10}|微信(?:订阅号|公众号|服务号)|联系(?:客服|我们)|关于我们|网站地图|意见反馈"
    # a site's tag for the pieces it offers, which names no kind of text (优秀实用范文分享)
    r"|[^。，,：:\s]{0,8}(?:范文|范例|文档|资料)(?:分享|推荐|下载|精选)"
    # a member's links and a paywall's preview button (会员中心, 免费试读)
    r"|(?:会员|个人|用户)中心|免费(?:试读|阅读|预览)|(?:浏览|阅读|下载)记录"
    # a site's menu label, and a document site's buttons and notes on what is left to
    # read (导航菜单, 下载本文档, 文档简介, 已阅读5页,还剩23页未读 继续免费阅读), and the
    # links to its pages (…实施方案(五篇)_第1页)
    r"|(?:网站|网页)?导航(?:菜单|栏)?|下载(?:本|此|该)?文档|文档(?:简介|介绍|信息)|资源(?:描述|简介|信息)"
    r"|已(?:阅读|浏览)\d{1,4}页[,，]\s*还剩\d{1,4}页未读.{0,12}|[^。，,：:]{2,60}_第\d{1,4}页"
    # its note that the preview ended (全文预览已结束, 试读已结束), and its label over the
    # preview, whose text is the page's, no field's value (内容预览：)
    r"|(?:全文|文档)?(?:预览|试读)已?结束.{0,20}|(?:内容|文档|全文)预览[：:]?"
    # a picture a page copied as Markdown, its text perhaps empty (![]() |)
    r"|!\[[^\]]{0,80}\]\([^)\s]{0,300}\)[ \u3000|｜]*"
    # a news page's pager (【 第1頁 第2頁 第3頁 】)
    r"|[【\[]?\s*(?:第\d{1,3}[页頁][ \u3000]*){2,}[】\]]?"
    # a site's banner, and a document site's watermark on a line of its own
    rf"|{SITE_BANNER}|{WATERMARK_SLOGAN}[-－—_\s]*"
    # a site's name set over and over as a watermark (某某网某某网某某网), a date of the
    # month and day with the site's name (10-28 某某素材库), and a document site's note
    # that its copy can be edited (下载后可任意编辑)
    r"|(?P<watermark>\p{Han}{2,6})(?P=watermark){2,}|\d{2}-\d{2}[ \u3000]+[^。，,：:\s\d]{2,12}|下载后可(?:任意)?编辑"
    # a document site's card for a file, its values with no labels: its pages, its count
    # of reads (89 页, 999+; its size, 57.85KB, is the file size below)
    r"|\d{1,4}\s*页|\d{1,6}\+"
    # a teaser cut short before its link to the rest (…公文写作专家、公务...[详细])
    r"|[^。]{0,80}(?:\.{3}|…{1,2})\s*[\[【]\s*(?:详细|详情|更多|全文|阅读全文)\s*[\]】]|(?:查看)?更多\s*(?:>>|»|＞＞|›+)"
    # a disclosure page's index number under its label, or alone (11371525004442211X/2022-26727573)
    r"|[0-9A-Za-z]{6,20}-?\s*/\s*(?:19|20)\d{2,4}-\d{2,10}"
    # a site's hotlines, with whom to ask for (24小时求稿热线:13220535006 王老师)
    rf"|(?:[^。，,：:\s]{{0,10}}(?:{_CONTACT_CHANNEL}|手机)\s*[：:]?\s*\d[\d\-]{{6,}}\s*[^。，,：:\s\d]{{0,4}}\s*){{1,3}}"
    # the file name a picture left where it stood (2.jpg, 会场照片.png)
    r"|[^。，,：:\s]{1,40}\.(?i:jpe?g|png|gif|bmp|webp)"
    # the font-size switch set one choice a line (【字号： / 加大 / 还原 / 减小 / 】)
    r"|[【\[]?\s*(?:加大|减小|还原|默认|放大|缩小|大|中|小)\s*[】\]]?|[【】\[\]]"
    # a search box and the pickers beside it (请输入关键词, 选择搜索类型)
    r"|请(?:输入|选择)[^。，,：:\s]{0,6}|[^。，,：:\s]{0,6}(?:搜索|检索)|选择[^。，,：:\s]{0,4}(?:类型|符号|语言|字号|站点|栏目|范围)"
    # the searches a site offers beside its box (热门搜索：组织生活会 讲话 述职)
    r"|(?:热门|热点|大家都在|快捷)(?:搜索|搜|关键词|标签)[：:].{0,60}"
    # the label a conference prints above the texts it hands out (某某县人大四次会议文件)
    r"|[^。，,：:]{2,30}(?:会议|大会)(?:文件|材料|资料)(?:之[一二三四五六七八九十]{1,3})?"
    # an official document's label above an attachment (附件2, 附件：), a line of its own
    r"|附\s*件\s*[\d一二三四五六七八九十]{0,3}\s*[：:]?"
    # a site's greeting (欢迎来到某某网！)
    r"|欢迎(?:来到|访问|光临|您访问)[^。，,]{1,24}[!！。]?"
    # a newspaper's page label (第02版：要闻), a list's or a link's label, a reading prompt
    r"|第\s*[\dA-Z]{1,3}\s*版[：:].{0,30}|(?:本版|相关|推荐|热门|最新)?(?:新闻|文章)?列表|(?:相关|推荐|延伸|热门)(?:阅读|文章|推荐)"
    # a link to another article with its rating (…调研报告 推荐度：★★★), and a list's
    # bullet left alone on its line
    r"|(?:[^。，,：:]{2,40}\s+)?(?:推荐度|推荐指数|评分|热度)\s*[：:]\s*[★☆\d.]{0,10}|[" + re.escape("".join(sorted(LONE_MARKS))) + "]"
    # a disclosure page's category over the article (法定主动公开内容)
    r"|(?:法定)?主动公开(?:内容|目录|信息)?"
    r"|(?:文章|本文|内容)?导读[：:]?|上一篇[：:]?.{0,40}|下一篇[：:]?.{0,40}|(?:阅读|展开|查看|显示)(?:全文|更多|剩余全文)|继续阅读|全文|正文|温馨提示[：:].{0,40}"
    # a document site's page count (第1页共10页, 第 2 页 / 共 5 页)
    rf"|{PAGE_COUNT}"
    # an official document's number on a line of its own (京政办发〔2016〕26号), or as a
    # page heads the document: the number, then its title in book-title marks
    r"|" + DOC_NUMBER + r"(?:\s*《[^《》]{4,80}(?:〈[^〈〉]{1,60}〉[^《》]{0,20})?》)?"
    # a site's contact line (网站客服QQ：…) and a document's file size (25.50 KB)
    rf"|(?:网站|在线|官方)?客服{_CONTACT_CHANNEL}?\s*[：:]?\s*[\w@.\-]{{3,40}}|\d{{1,5}}(?:\.\d{{1,2}})?\s*[KMG]B"
)
# A site's note to its reader above an article copied from an essay or document-sharing
# site: what it gathered for you, that it is for reference, where to download it.
SITE_BLURB_RE = compiled(
    r"(?:为你|为您|为大家)[^。！]{0,12}(?:整理|收集|精选|精心|编辑|提供|推荐|分享|搜集)"
    r"|供(?:你|您|大家)(?:参考|借鉴|阅读|学习)|希望[^。！]{0,6}(?:对|给|帮)(?:你|您|大家)[^。！]{0,8}(?:帮助|启发|参考)"
    # (请欣赏…，由某某网整理，希望能够帮助到大家)
    r"|由[^。！，,]{2,12}(?:网|站)(?:整理|收集|编辑|精选)|帮助到(?:你|您|大家)"
    r"|小编|会员分享|在线阅读|免费下载|下载网址|本站|本文档|用户上传|内容提供方|www\.|https?://"
    # a site's slogan under its name (某某素材网提供各类范文写作素材！)
    r"|^\p{Han}{2,10}网(?:站)?(?:提供|收集|汇集|分享|精选)"
    # a site's address (SUCAI198.COM), its paywall (开通VIP会员, 单篇付费下载)
    r"|[A-Za-z0-9-]{2,}\.(?i:com|cn|net|org)\b|VIP|付费"
    # an advertisement's call to act (…写作神器！立即了解, 点击下载, 扫码关注)
    r"|(?:立即|马上|点击|扫码)(?:了解|下载|购买|咨询|体验|使用|查看|领取|注册|关注|开通)"
)
CELL_SEPARATORS = "|｜"
CELL_SPLIT_RE = compiled(f"[{CELL_SEPARATORS}]")
# A site's notice to its users, wherever the page prints it (a numbered list under the
# article: 2. …本站部分文稿需要会员才可阅读…): what only a site says of itself.
SITE_NOTICE_RE = compiled(
    r"本(?:站|网站|平台)[^。！]{0,30}(?:会员|侵权|下载|资源|上传|删除|版权)"
    r"|(?:会员|登录)(?:后|才)?(?:可|方可|才能)(?:阅读|下载|查看|浏览)|如有侵权|联系站长|用户上传|收益[^。]{0,6}内容提供方|联系网站客服"
    # (its service contact, numbered among its notices: 4. 网站客服QQ:…)
    rf"|网站客服{_CONTACT_CHANNEL}"
    # (a document site's notes on its previews and downloads: 查看预览时可能会显示错乱，
    # 文件下载后无此问题; 下载前请仔细阅读文档内容; 未能成功下载的用户请联系客服处理)
    r"|预览时[^。]{0,12}(?:错乱|异常)|下载后无此问题|下载前请仔细阅读|(?:未能成功下载|下载错误)[^。]{0,12}联系客服"
    # (下载文档前请自行甄别文档内容的完整性; “仅部分预览”的文档…申请退款; 如文档侵犯您的权益)
    r"|下载文档前请|仅部分预览|申请退款|文档侵犯您的权益|下载文档原格式"
    # (a copyright notice: 作者原创，不允许二次传播…; 转载请注明出处)
    r"|(?:不允许|禁止|严禁|未经[^。，,]{0,8}不得)(?:二次传播|转载|复制)|转载请注明"
    # (a document site's preview, cut: ……(开头部分已省略310字))
    r"|(?:已|被)?省略(?:了)?\s*\d+\s*字"
)
# A photo's caption, its photographer's credit perhaps after it (图为某市…会场。 某某 摄).
PHOTO_CAPTION_RE = compiled(r"图为[^。！？，,]{2,60}。?(?:\s*\p{Han}{2,4}\s*摄)?")
# A news photo's caption ends in its credit (…开幕。 某某日报记者 某某 摄)
# (or a name alone over the credit in brackets: 某某(摄))
PHOTO_CREDIT_RE = compiled(r"(?:(?:记者|通讯员|摄影|图)[ \u3000/：:]*(?:\p{Han}{2,4}[ \u3000、]*)+摄|(?:\p{Han}{2,4}[ \u3000、]*){1,3}[（(]摄[）)])$")
# What a page printed where a picture or a video stood, in brackets: (资料图片), 【视频】,
# （图片来源：新华社）
# (or a document site's label for a part of the page, 【正文】, 【概述】)
MEDIA_NOTE_RE = compiled(
    r"[（(【\[]\s*(?:(?:资料)?(?:图片?|照片|视频|配图)(?:\s*(?:来源|由)[^）)】\]]{0,20})?|正文|全文|概述|摘要|导读)\s*[）)】\]]"
)
# A furniture line is short: a metadata row, a breadcrumb, a switch or a link bar.
FURNITURE_MAX = 160
CELL_MAX = 40


# A reading in pinyin that a page set after a character, in brackets (時(shí)間, 報(bào)告):
# a mirror site's gloss, not the text's words. Tests of a whole line read it without them.
PINYIN_GLOSS_RE = compiled_re(
    r"(?<=[\u4e00-\u9fff])[(（](?=[a-zü]{0,6}[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ])[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,7}[)）]"
)


def unglossed(text: str) -> str:
    """text without the pinyin readings a page set after its characters."""
    return PINYIN_GLOSS_RE.sub("", text) if "(" in text or "（" in text else text


@lru_cache(maxsize=4096)  # (asked of the same short lines by several stages)
def is_furniture_text(t: str) -> bool:
    """Page furniture copied in with a web or disclosure page: metadata fields, a
    breadcrumb, the font-size switch, print links, a table row split by |, a photo's
    caption; also as an item of a list where the page was copied as Markdown (- …)."""
    if not t or len(t) > FURNITURE_MAX:
        return False
    t = unglossed(t)
    if t[:2] in ("- ", "* "):
        t = t[2:].lstrip()
        if not t:
            return False
        # (a counter in a site's list: - 0, - 12)
        if t.isdigit() and len(t) <= 6:
            return True
    if SITE_NOTICE_RE.search(t):
        return True
    if "摄" in t[-2:] and PHOTO_CREDIT_RE.search(t):
        return True
    if t[:2] == "图为" and PHOTO_CAPTION_RE.fullmatch(t):
        return True
    if t[0] in "（(【[" and MEDIA_NOTE_RE.fullmatch(t):
        return True
    if "。" in t:
        return False
    if FURNITURE_FIELD_RE.match(t) or FURNITURE_LINE_RE.fullmatch(t) or FIELD_ROW_RE.fullmatch(t):
        return True
    if t in BARE_FURNITURE_LABELS:
        return True
    if ("," in t or "，" in t) and KEYWORD_ROW_RE.fullmatch(t) and any(KEYWORD_RE.fullmatch(word) for word in KEYWORD_SPLIT_RE.split(t)):
        return True
    if ("/" in t or "／" in t) and SITE_COLUMN_RE.fullmatch(t):
        return True
    if not any(c in t for c in CELL_SEPARATORS):
        return False
    cells = [c.strip() for c in CELL_SPLIT_RE.split(t)]
    # a table row: two separators or more, every cell short; a line with one cell of
    # text is that text with the separators a page left on it (a title's, say)
    filled = [c for c in cells if c]
    # (separators alone: the bar between a menu's links, each on a line of its own)
    if not filled or (len(cells) >= 3 and all(len(c) <= CELL_MAX for c in cells) and len(filled) != 1):
        return True
    # (one cell: furniture in a cell, | 字号: |, is furniture)
    return len(filled) == 1 and is_furniture_text(filled[0])

# The kinds of text a report's title names (…工作总结, …的讲话).
# Two printings of one title are this alike at least (difflib's ratio): a page's heading
# and the article's own may differ by a word or a year (…全会闭幕时讲话 / …全会闭幕时的讲话).
SAME_TITLE_RATIO = 0.8

KIND_WORDS = (
    r"综述|总结|报告|讲话|发言|致辞|汇报|述职|要点|计划|方案|规划|预案|意见|决定|打算|思路|谋划|安排|心得|体会|材料"
    # (a speech's draft names its kind too: …发言稿; tried after 发言, where a match needs it)
    r"|讲话稿|发言稿"
    # (and the drafts a meeting hears besides: …镇长部署稿, …汇报稿, …表态稿)
    r"|(?:部署|汇报|表态|宣讲|交流|动员)稿"
    # (what is spoken from: a talk's script, an outline, a chair's words)
    r"|讲稿|提纲|大纲|主持词"
    # (a party committee's proposal for a plan, …关于制定…规划的建议: named with its 的,
    # where 对策建议 heads a part of a report)
    r"|的建议"
)

# A page's keyword row: a few short words split by commas, one of them a kind of text or
# a year (镇政府,工作报告,2023): the site's tags for the piece, never a title or a heading
# (a heading's phrases, 加强领导,明确责任, name no kind and no year alone).
KEYWORD_ROW_RE = compiled(r"(?:[^\s,，、。：:；;！？]{1,8}[,，]){2,5}[^\s,，、。：:；;！？]{1,8}")
KEYWORD_SPLIT_RE = compiled(r"[,，]")
# A site's column named by the kinds of text it holds (工作总结/工作汇报, 讲话稿／致辞).
SITE_COLUMN_RE = compiled(rf"\s*(?:\p{{Han}}{{0,4}}(?:{KIND_WORDS})\s*[/／]\s*){{1,4}}\p{{Han}}{{0,4}}(?:{KIND_WORDS})\s*")
KEYWORD_RE = compiled(rf"(?:工作)?(?:{KIND_WORDS})|(?:19|20)\d\d年?")
KIND_WORD_RE = compiled(f"(?:{KIND_WORDS})")
# A page that prints several texts of one kind labels each by the title and a number,
# in brackets or after 范文, its colon left on (…规划方案(一)：, …工作总结范文（二）,
# …工作总结范文一), as a document site numbers its copies.
COPY_LABEL_RE = compiled(
    rf"[^。！？，,：:]{{2,40}}?(?:{KIND_WORDS})"
    r"(?:(?:范文|模板)?[ \u3000]*[（(][一二三四五六七八九十\d]{1,2}[）)]|(?:范文|模板)[ \u3000]*[一二三四五六七八九十\d]{1,2})"
    r"[ \u3000]*[：:]?"
)

# What a web page prints after an article's title: its date and time (2016-03-07
# 15:42), its length (3850字), a note on the copy ((全文), (图)), the dash of a subtitle
# the line break cut off. (A copy's number, …述职报告(2), is printed as the title's.)
# A page's own title (its browser title) may end in the site's name after a hyphen, an
# underscore or a bar (…述职报告范文五篇-某某网), or in a dash and 全文 (…工作报告—全文).
TITLE_TAIL_RE = compiled(
    rf"(?:\s+{WEB_DATE}|\s+\d{{3,5}}字|\s*[（(\[【](?:全文|本页|本文)?共?约?\d{{3,6}}\+?字[）)\]】]|\s*[（(](?:图|组图|图文|视频)[）)]"
    rf"|\s*[-_|｜]\s*(?![^-_|｜]*(?:{KIND_WORDS}))[^-_|｜\s。，,]{{2,16}}"
    # a site's category run on after the title that names its kind (…述职报告述职报告范文大全)
    rf"|(?<=(?:{KIND_WORDS}))\s*(?:{KIND_WORDS})范文(?:大全|精选|汇总)"
    # the dash of a subtitle cut onto the next line (…工作报告—— / 2023年1月14日在…)
    r"|\s*[—－―]{1,3}"
    # the extension of the file a document site offers (…工作计划.docx)
    r"|\.(?i:docx?|pdf|txt|wps)"
    # the day it was given and by whom, in brackets after a speech's or report's title
    # (…工作报告(2023年1月12日 某某某)), as a date line under it is front matter
    r"|\s*[（(](?:19|20)\d{2}年\d{1,2}月\d{1,2}日(?:[ \u3000]*\p{Han}{2,4})?[）)]"
    # a site's tag for the copy (…工作总结【精品】, 【推荐】, 【word版】, (精选文档)), and the
    # page of it that a running header names (…工作总结第2页)
    r"|\s*【(?:精品|精选|推荐|荐|原创|热门|最新|必备|优秀|(?i:word)版?|可编辑|完整版|通用版?|范文)】"
    # ((通用) is a compendium's note on its pieces: kept)
    r"|\s*[（(](?:精选|精品|推荐|原创|(?i:word)版?|可编辑|完整版|范文)(?:文档|资料)?[）)]|\s*第\d{1,3}页)+\s*$"
)

DASH_RE = compiled(r"[—－―]{2,3}|--")

# Sentence ends for topic sentences: the heading is the first sentence.
SENTENCE_END = "。！？；!?;：:"
# ... and the marks that end a clause within one.
CLAUSE_MARKS = SENTENCE_END + "，,、"
# The marks that end a sentence of prose (no ；, no ：), found by the standard library's
# re, which scans a class in C.
SENTENCE_END_RE = compiled_re("[。！？!?]")
# A note in brackets that is the whole line ((此件公开发布)): never a title's line or a lead.
# (brackets may stand inside it: （责任单位：各县（市、区）人民政府）)
BRACKETED_RE = compiled(r"[（(〔【\[](?:[^（(〔【\[）)〕】\]]|[（(][^（(〔【\[）)〕】\]]*[）)])*[）)〕】\]]")


def is_bracketed_note(text: str) -> bool:
    return text[:1] in "（(〔【[" and BRACKETED_RE.fullmatch(text) is not None

# A title run into the salutation after it on one line (…上的讲话同志们：今天…), at
# the start of the text or after a sentence end.
# (the same audience as SALUTATION_RE's; 领导, 老师 and 同学 only when called on: 各位领导)
def _audience(gap: str) -> str:
    """The audience a speech turns to, its words apart by gap, a class of one character."""
    return (
        rf"(?:(?:各位|尊敬的|亲爱的){gap}{{0,8}}?(?:领导|老师|同学|同仁)"
        rf"|(?:各位|尊敬的|亲爱的)?{gap}{{0,8}}?(?:同志|代表|委员|朋友|女士|先生|同事|同仁|来宾|嘉宾))们?"
    )


_AUDIENCE = _audience("[^。！？，,：:、]")
_AUDIENCE_WORD = _audience(r"[^。！？，,：:、\s]")  # (no white space inside it)
_KIND_WORDS_LONGEST_FIRST = "|".join(sorted(KIND_WORDS.split("|"), key=len, reverse=True))
TITLE_SALUTATION_RE = compiled(
    # (a compendium piece's title may carry its number: …述职报告 篇1尊敬的各位领导：)
    # (a page may set the speaker's name before the title: 某某：在…会议上的讲话)
    # (the longer names first: …讲话稿同志们： ends in 讲话稿, its 稿 no part of the audience)
    # (\G: where the search starts, after a site's watermark or page count run into the line)
    rf"(?:^|\G|(?<=[。！？!?]))(?P<title>(?:\p{{Han}}{{2,4}}[：:])?[^。！？；!?;：:，,]{{4,60}}(?:{_KIND_WORDS_LONGEST_FIRST})(?:[ \u3000]*篇[\d一二三四五六七八九十]{{1,2}}|\d{{1,2}})?)"
    # (a salutation typed with a full stop, 各位代表。, still turns to the audience)
    # (the audience named in a list, and greeted: 同志们，市民朋友们，大家好：)
    rf"(?P<salutation>{_AUDIENCE}(?:[，,、]{_AUDIENCE})*(?:[，,、]大家(?:早上|上午|中午|下午|晚上)?好)?[：:！!。])"
)

# A title block run into one line with the salutation under it (a page copied as one line):
# the title, its subtitle (——在…上的报告, ——2022年3月5日在…上), the date in brackets and
# the speaker's office and name, each set apart by a space at most, and no sentence.
_BLOCK_DATE = r"[（(][\d〇零一二三四五六七八九十○]{4}\s*年[^）)]{2,14}日[）)]"
TITLE_BLOCK_RE = compiled(
    # (the longest title that the block follows: a kind's name inside it, …全体会议…, is
    # no end of it)
    r"(?P<title>[^。！？；!?;：:，,—]{4,60})[ \u3000]*"
    r"(?:"
    rf"(?P<subtitle>——[^。！？；!?;：:，,\s]{{4,60}})(?:[ \u3000]*(?P<date>{_BLOCK_DATE}))?"
    r"(?:[ \u3000]+(?P<byline>[^。！？；!?;：:，,（(]{2,24}?))?"
    # (or, with no subtitle, a title that names its kind, the speaker's office and name
    # and the date: …表态发言遂昌县县长某某(2026 年 2 月 6 日)各位代表，同志们：)
    rf"|(?<=(?:{KIND_WORDS}))[ \u3000]*(?P<byline>[^。！？；!?;：:，,（(\s]{{2,24}}?)[ \u3000]*(?P<date>{_BLOCK_DATE})"
    # (or the date first, then the office and name, as a work report sets them: …政府工作报告
    # (2023年2月22日) 乡人民政府乡长某某 各位代表：)
    rf"|(?<=(?:{KIND_WORDS}))[ \u3000]*(?P<date>{_BLOCK_DATE})[ \u3000]*(?P<byline>[^。！？；!?;：:，,（(\s]{{2,24}})"
    r")[ \u3000]*"
    # (the audience in one word, or a list of them, a blank perhaps after a comma: a space
    # before it ends the byline)
    rf"(?P<salutation>{_AUDIENCE_WORD}(?:[，,、][ \u3000]?{_AUDIENCE_WORD})*[：:！!])"
)

# A title run into the text's first sentence on the text's first line (…工作总结一年来，
# 我们…; …工作计划2023年，在区委…): the sentence opens as a preamble does, with a time,
# a circumstance or a purpose, and reaches a comma soon.
# A title run into its own —— subtitle on one line (…工作报告——2025年2月26日在…上): the
# title names its kind of text, the subtitle is SUBTITLE_RE's (the caller checks it).
TITLE_DASH_SUBTITLE_RE = compiled(rf"[ \u3000]*(?P<title>[^。！？!?，,：:；;—]{{4,50}}?(?:{KIND_WORDS}))(?=[—－]{{2}}|--)")
TITLE_RUN_ON_RE = compiled(
    rf"[ \u3000]*(?P<title>【?[^。！？；!?;：:，,、【】]{{4,50}}?(?:{KIND_WORDS})(?:模板|范本)?(?:范文|范例)?(?:(?<=【[^】]*)】)?"
    # (or a title under a label that names its kind: 党课讲稿：忠诚担当…高质量发展今天，…)
    rf"|\p{{Han}}{{0,4}}(?:{KIND_WORDS})[：:][^。！？；!?;：:，,、【】]{{4,50}}?)"
    # (or the text's first numbered heading, after a space or none: …工作计划 一、指导思想 …,
    # …工作总结一、主要工作…; a bracketed one only after a space, （一） after a title being
    # the number of its copy)
    r"(?=[ \u3000]*(?:一[、．.]|第一(?:部分|章))|[ \u3000]+(?:[（(]一[）)]|第一、)"
    # or, the title set in 【】 as a whole, whatever text follows it (【…事迹材料】在大山深处…)
    r"|(?<=^【[^【】]{4,50}】)[ \u3000]*[\p{Han}“]"
    rf"|[ \u3000]*(?:一年来|今年以来|年初以来|年初至今|近年来|过去(?:的)?一年|[\d{PLACEHOLDER_CHARS}〇零一二三四五六七八九十]{{2,4}}[ \u3000]?年(?:以来|来|上半年|度)?"
    # (a part of the year, 一季度，, 上半年，; an event since which, 汛期来临以来，)
    r"|第?[一二三四]季度|前三季度|[上下]半年|[^。！？，,：:\s]{3,12}以来"
    rf"|根据|按照|{PURPOSE_OPENING}|在[^，,。]{{2,24}}(?:下|中)|面对|随着"
    # a speech's opening words (…的讲话今天是…, …的讲话刚才，…)
    r"|今天|刚才|方才|刚刚|当前|目前|今年|去年)[，,]?[^。！？]{0,30}[，,：:]"
    # or the instruction a report answers, however long its name (…自查报告根据市委办公室
    # 关于…的通知文件要求，…)
    r"|[ \u3000]*(?:根据|按照)[^。！？]{2,80}?(?:要求|精神|部署|安排|规定)[，,]"
    # or the addressees of a plan or a notice (…实施方案各村、各单位党支部：为…)
    r"|[ \u3000]*各[^。！？：:]{1,40}[：:]"
    # or the sentence that hands the report over (…工作总结现将…工作情况汇报如下：)
    r"|[ \u3000]*现将[^。！？]{2,60}如下[：:。]"
    # or an editor's note on the text (…的讲话编者按：本文…), or its abstract
    rf"|[ \u3000]*(?:{NOTE_LABELS}|导读)[：:]"
    # or, after a blank, the text's first sentence (…工作总结 自4月1日召开…以来，…。), or
    # the name of its first part between blanks (…工作报告 总述 本报告旨在…)
    r"|[ \u3000]+[^。！？：:\s]{2,60}[，,。]|[ \u3000]+\p{Han}{2,6}[ \u3000]+(?=\p{Han}))"
)

# A numbered heading that opens a paragraph inside a line that lost its breaks: after a
# sentence end, or after a space that follows Chinese text (…三点意见。一、明确目标…).
# Only the forms that do not enumerate inside a body (第一部分, 一、, （一）); 1. and
# （1） there are measures.
# (the pattern opens with the boundary's characters, so that re skips in C to where a
# marker can stand; after spaces alone the caller checks that Chinese text precedes)
LOST_BREAK_RE = compiled_re(
    # (a run of spaces is tried from its first space only: from every one of them, a long
    # run would be read to its end again and again. One class first, the lookbehind after
    # it: an alternation first would cost re its skip to the class's characters, and the
    # scan five times as much)
    r"[。！？；：!?;: \u3000](?<![ \u3000][ \u3000])[ \u3000]*"
    rf"(?P<m>第(?P<part>{CN}{{1,3}})(?:部分|章)|(?P<comma>{CN}{{1,3}})、(?!{CN}{{1,3}}(?:[、，,]|{_COUNTED_UNIT}))|[（(〔](?P<paren>{CN}{{1,3}})[）)〕])"
)
# Where those markers (and the glued one below) can end: 、 or a closing bracket right
# after a Chinese numeral. A line without one, and without 第…部分/章, holds no such
# marker, which this tells at a tenth of the cost of looking for the markers themselves.
# (one pattern for each mark, opening with it: re finds a literal first character in a
# tight loop in C, where it tests a class character by character at many times the
# cost; and each runs only on a line that holds its mark: a third of the cost of one
# scan for the class [、）)〕])
NUMERAL_MARK_ENDS = tuple((mark, compiled_re(rf"{re.escape(mark)}(?<={CN}{re.escape(mark)})")) for mark in "、）)〕")


def holds_numeral_mark_end(text: str, pos: int = 0) -> bool:
    """Whether a 、 or a closing bracket right after a Chinese numeral ends at pos or later."""
    # (a loop, not any() over a generator: asked of most paragraphs, whose lines hold none)
    for mark, pattern in NUMERAL_MARK_ENDS:
        if mark in text and pattern.search(text, pos) is not None:
            return True
    return False


# A （一） marker glued to the Chinese text before it, in a line that lost its breaks and
# the punctuation before them (…主要工作情况（一）多方联动…（二）积极谋划…).
# (on re, the bracket up front: re skips in C to where one stands)
GLUED_PAREN_RE = compiled_re(rf"[（(〔](?<=[\u4e00-\u9fff][（(〔])(?P<paren>{CN}{{1,3}})[）)〕]")
# what a heading's text opens with after such a marker (checked by the caller)
HEADING_TEXT_START_RE = compiled(rf"[\p{{Han}}“\d{PLACEHOLDER_CHARS}]")
# The same forms opening a paragraph, with their numbers.
LOST_BREAK_START_RE = compiled_re(
    rf"(?:第(?P<part>{CN}{{1,3}})(?:部分|章)|(?P<comma>{CN}{{1,3}})[、．.]|[（(〔](?P<paren>{CN}{{1,3}})[）)〕])"
)

# Inside a heading whose line lost its break, the next paragraph's opening: a time
# since which (今年以来，…) never continues a heading (…新局面今年以来，在县委…).
RUN_ON_OPENING_RE = compiled(
    # (not after a conjunction, which holds it inside the heading: 2019年和今年以来工作回顾)
    r"(?<=\p{Han})(?<![和及与暨])[ \u3000]*(?:今年以来|去年以来|近年来|近年以来|年初以来|一年来|[\d〇零一二三四五六七八九十]{2,4}年以来"
    # (a part of the year and a comma: …党风廉政建设年初，我们…; a time framed by what
    # happened: …确保工作落实在认真学习文件之后，…)
    r"|(?:年初|[上下]半年)[，,]|在[^，,。！？]{2,16}(?:之后|以后|之前|之际|期间|过程中)[，,]"
    # (the present and a comma: …明确主攻方向当前，我们…)
    r"|(?:当前|目前|眼下|现阶段)[，,]"
    r"|(?:今年|去年)[\dxX×一二三四五六七八九十]{1,2}月|[\d〇零一二三四五六七八九十]{4}年是"
    # the year or the months just past (刚刚过去的一年, 1-11月，…, 3月份以来)
    # a congress since which (…时代意义党的十九大以来，…), and the speaker's role (…较大提高
    # 作为一名党员，…)
    r"|(?:党的)?[十二][一二三四五六七八九十]{0,2}大(?:召开)?以来[，,]|作为一(?:名|个|位)[^，,。]{1,12}[，,]"
    # a speaker's pledge (…讲政治我将深刻领悟…), not after a time it names (2024年我们将…)
    r"|(?<![年月日])我(?:们)?将(?=\p{Han})"
    # what the figures show (…基本情况据统计，…; its colon may end the heading's sentence)
    r"|据(?:统计|初步统计|不完全统计|了解|悉)(?:[，,：:]|$)"
    r"|刚刚过去的|过去的一(?:学)?年|过去的?[一二三四五六七八九十两几\d]{1,2}年(?:[，,]|[里来中间是](?=\p{Han}))|\d{1,2}[-—–~至]\d{1,2}月(?=[，,份])|[\d一二三四五六七八九十]{1,2}月份?以来"
    # a year (or a date) and a comma open a sentence (…成效明显2021年，全市…; …首次提出2019年7月9日，
    # 党中央…; a template's 20xx 年，), or a period named in
    # quotes (…紧抓项目不动摇“十三五”时期，我们…)
    r"|(?:19|20)(?:\d\d|[xX×]{2})[ \u3000]?年(?:\d{1,2}月(?:\d{1,2}日)?)?[，,]|“[^”]{2,8}”(?:时期|期间|以来)[，,]"
    # the first item or sub-heading under it (…主要工作情况（一）多方联动…, …工作目标1、力争…)
    r"|[（(〔]一[）)〕]|1[、．.](?![\d%％]))"
)

# A part's title by its words alone: a period and its work under review (2024年工作回顾,
# 过去一年主要工作, 过去五年工作回顾); never a text's title, which names its kind (…工作总结).
_PERIOD_REVIEW = (
    r"(?:(?:19|20)\d\d年度?|过去(?:的)?[一二三四五六七八九十两\d]{1,2}年|今年|上半年|“十[一二三四五六七八九十]{1,2}五”(?:时期)?)"
    # (or its field: 2022年经济社会发展回顾, “十一五”经济社会发展回顾)
    r"(?:的)?(?:主要工作|工作回顾|[\u4e00-\u9fff]{2,8}?发展回顾)"
)
# (or the year's work of a whole jurisdiction, as a court's or a procuratorate's report
# names its first part: 2022年全省法院工作, 2023年全市检察工作)
PERIOD_REVIEW_RE = compiled_re(rf"{_PERIOD_REVIEW}|[^，,。]{{2,24}}工作回顾|(?:19|20)\d\d年(?:全[省市区县州]|本[省市区县])[\u4e00-\u9fff]{{0,6}}工作")
# The same title inside a line, where no sentence mark or blank is part of it.
_REVIEW_NAME = rf"{_PERIOD_REVIEW}|[^，,。！？!?\s]{{2,24}}工作回顾"
# ... run into a line that lost its breaks, after a sentence end and before a blank or the
# line's end (…请予审议。过去一年的主要工作 / …提出意见。  过去五年的工作回顾  20xx年…)
PERIOD_REVIEW_RUN_IN_RE = compiled_re(rf"(?<=[。！？!?])[ \u3000]*({_REVIEW_NAME})(?=[ \u3000]|$)")
# ... and run into its body at a paragraph's start, no mark between (过去五年工作回顾本届政府
# 任期自…): the body opens with a word or a figure, not with a conjunction that holds more
# in the title (…工作回顾和…的总体要求)
PERIOD_REVIEW_OPENING_RE = compiled_re(rf"(?:{_REVIEW_NAME})(?=[\u4e00-\u9fff\d])(?![和及与暨并以的])")

# The parts a plan or a scheme (工作方案, 实施意见) is laid out in, by their usual names:
# a numbered heading that opens with one and runs on into its text with no mark between
# (一、指导思想以…理论为指导，…) ends after the name.
PLAN_PART_RE = compiled(
    r"(?:指导思想|总体要求|总体思路|基本原则|工作原则|工作目标|目标任务|主要目标|总体目标|主要任务|工作任务|重点任务|重点工作"
    r"|工作措施|主要措施|保障措施|工作步骤|实施步骤|方法步骤|步骤安排|进度安排|时间安排|工作安排|组织领导|组织保障"
    r"|工作要求|有关要求|实施范围|工作内容|主要内容|工作重点|责任分工|职责分工"
    # (and a report's: 基本情况, 存在的问题, 意见建议; a conjunction after the name goes on
    # with the heading: 存在问题和下一步工作打算)
    r"|基本情况|主要做法|存在的?问题|主要问题|意见建议|对策建议|几点建议|主要成效|工作成效)(?![和及与暨并、])(?=[\p{Han}“\dxX×])"
)
# Run into such a heading, the first of a list of items (…工作目标一是…；二是…) with
# what shows the list: its second item.
FIRST_ITEM_RE = compiled(r"(?<=\p{Han})(?:一是|一要|首先)(?=[\p{Han}“])")
SECOND_ITEM = {"一是": "二是", "一要": "二要", "首先": "其次"}

# A paragraph that ends so announces a list (…主要任务是：).
LEAD_IN_END = "：:"
# A sentence that ends in a colon after a copula or a verb of having or including
# announces what follows (主要任务是：, 参加今天会议的有：, 主要包括：): a lead-in, not a topic;
# so does one after a verb of saying or knowing, which introduces a quotation or a claim
# (恩格斯说得好：, 大家知道：, 总书记强调：).
LEAD_IN_RE = compiled_re(
    r"(?:是|有|为|如下|包括|包含|分别|即|"
    r"说|说过|说得好|讲|讲过|讲得好|写道|道|知道|认为|强调|指出|提出|表示|告诉我们|教导我们|号召)$"
)
_MARKER_NUMBER_RE = compiled_re(rf"\d{{1,2}}|{CN}{{1,3}}")


def numbered_value(marker: str | None) -> int | None:
    """The number a heading marker carries: 3. → 3, （三） → 3, 第三部分 → 3, ③ → 3."""
    if marker and marker[0] in CIRCLED:
        return CIRCLED.index(marker[0]) + 1
    # (a decimal clause number counts by its last number: 1.2 → 2)
    numbers = _MARKER_NUMBER_RE.findall((marker or "").translate(_IDEOGRAPH_NUMERALS))
    if not numbers:
        return None
    return int(numbers[-1]) if numbers[-1].isdigit() else cn_number(numbers[-1])

"""Classify each paragraph against the pattern tables.

A paragraph becomes a Block: a numbered heading (with its marker, heading sentence and
the body that follows on the same line), a salutation, or text. Text blocks that open
with a short topic sentence carry it as a Topic: whether that topic is a lead heading
is decided later, from its siblings (see leads.py), never from the paragraph alone.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..read.lines import CLOSERS, OPENERS, Paragraph, bracket_depth
from ..rules.pattern_cache import compiled, compiled_re
from ..rules.patterns import (
    CELL_SEPARATORS,
    DASH_RE,
    FIRST_ITEM_RE,
    HAN_RE,
    HEADING_RE,
    LAYOUT_ONLY_RE,
    LEAD_IN_END,
    LEAD_IN_RE,
    MAXIM_RE,
    MEASURE_MARKER,
    MEASURE_START,
    NARRATIVE_OPENING_RE,
    PERIOD_REVIEW_OPENING_RE,
    PLAN_PART_RE,
    REQUEST_RE,
    RUN_ON_OPENING_RE,
    SALUTATION_RE,
    SECOND_ITEM,
    SENTENCE_END,
    STATEMENT_OPENING_RE,
    STATEMENT_RE,
    STYLE_OF_GROUP,
    TIME_SUBJECT_RE,
    echoes,
    is_bracketed_note,
    is_furniture_text,
)

# A topic sentence is short (SPEC: typically 4-30 characters; CONVENTIONS: "about 30");
# a longer one (up to 70) belongs to a series anchored by short ones (CONVENTIONS,
# "Series members").
TOPIC_MIN, TOPIC_MAX = 4, 32
LONG_TOPIC_MAX = 70

# How sure a paragraph's opening is a topic sentence: "topic" (short, names a task or
# field: it can anchor a series), "long" (the same, but 33-70 characters: a member only
# beside short ones), "layout" (a one-sentence line that only its place can make a lead:
# a member of a series of such lines, whatever it says, unless a time or the speaker
# opens it or it states a fact or a saying).
TOPIC, LONG, LAYOUT = "topic", "long", "layout"
# A numbered heading with no sentence end this early is cut at a comma.
HEADING_MAX = 120
# A heading ends at a space between Chinese characters (明确目标 今年以来…) once it
# holds this many characters.
HEADING_MIN = 4
# A heading's motto after its colon: a phrase, no figures, no sentence in it.
# (a sentence after the colon, 社区卫生站开展义诊活动。, ends in its full stop: a body)
HEADING_MOTTO_RE = compiled(r"[\p{Han}“”‘’\"、 \u3000]{4,24}")
# A plan's part name (工作目标) ends its heading when this many characters or more run on
# after it in the first sentence: 工作目标和任务 is a heading of its own, 工作目标到2025年，
# 全县… a name run into its text.
PLAN_PART_RUN_ON = 8
SPACE_RUN_RE = compiled(r"(?<=\p{Han})[ \u3000]+(?=\p{Han})")
# Words said twice in a row, three characters or more (统计工作统计工作): where a heading
# that lost its break runs into a sentence about its own subject.
REPEATED_WORDS_RE = compiled(r"(\p{Han}{3,6})\1")
REPEATED_MIN = 3


def repeated_words(text: str):
    """REPEATED_WORDS_RE.search(text). Words said twice hold some three characters twice:
    a text that holds no three twice (most headings) is not searched, for the pattern
    tries every length at every character (a tenth of a heading's classifying)."""
    pieces = len(text) - REPEATED_MIN + 1
    if pieces <= REPEATED_MIN or len({text[i : i + REPEATED_MIN] for i in range(pieces)}) == pieces:
        return None
    return REPEATED_WORDS_RE.search(text)

# four Chinese characters opening a sentence (then none need counting)
HAN_OPENING_RE = compiled(f"(?:{HAN_RE.pattern}){{{TOPIC_MIN}}}")
COMMA_RE = compiled(r"[，,]")
# A paragraph or line that opens with a measure marker (asked of every line and paragraph:
# on re, with the marker's first characters up front, as measures._ANY_MARKER_RE)
MEASURE_START_RE = compiled_re(rf"(?={MEASURE_START})(?:{MEASURE_MARKER})")
# The characters first_sentence looks at, so that it skips the others in C.
# (a plain character class: the standard library's re scans it several times faster than regex)
SENTENCE_MARKS_RE = compiled_re("[" + re.escape("".join(OPENERS) + "".join(CLOSERS) + SENTENCE_END) + "]")


@dataclass(slots=True)
class Topic:
    """A short sentence opening a paragraph, a lead heading if its siblings agree."""

    kind: str  # "standalone" (the whole paragraph), "inline" (body follows), "dash"
    heading: str
    punct: str
    rest: str
    dash: str | None = None
    body_start: int = 0  # offset of rest in the paragraph
    grade: str = TOPIC

    @property
    def first_clause(self) -> str:
        return COMMA_RE.split(self.heading, maxsplit=1)[0]


@dataclass(slots=True)
class Block:
    para: Paragraph
    kind: str = "text"  # "numbered", "salutation", "text"
    style: str | None = None
    marker: str | None = None
    heading: str = ""
    punct: str = ""
    rest: str = ""  # the body on the heading's own line
    body_start: int = 0  # offset of rest in the paragraph text
    topic: Topic | None = None
    starts_measure: bool = False
    lead: bool = False  # decided: this text block is a lead heading
    lead_level: int = 1  # 2 for a lead inside the body of a standalone lead line
    note: str = ""  # why it was read so (for `pingan lines`)

    @property
    def line(self) -> int:
        return self.para.line

    @property
    def text(self) -> str:
        return self.para.text

    @property
    def is_heading(self) -> bool:
        return self.kind == "numbered" or self.lead

    @property
    def standalone(self) -> bool:
        """The paragraph holds only a heading or item lead; its body is the next paragraph."""
        if self.kind == "numbered":
            return not self.rest
        if self.lead and self.topic is not None:
            return not self.topic.rest
        return False


def _time_colon(text: str, i: int) -> bool:
    """Whether the mark at i is the colon of a time of day (10:00), which ends nothing."""
    return text[i] in ":：" and 0 < i < len(text) - 1 and text[i - 1].isdigit() and text[i + 1].isdigit()


def first_sentence(text: str, limit: int | None = None) -> tuple[str, str, str]:
    """Split text into (first sentence, its closing punctuation, the rest).

    Punctuation inside brackets or quotes does not end the sentence. With a limit, a
    sentence longer than that is not looked for: the whole text comes back as rest.
    """
    end = len(text) if limit is None else min(len(text), limit + 1)
    first = SENTENCE_MARKS_RE.search(text, 0, end)
    if first is None:
        marks = ()
    elif (ch := first.group()) not in OPENERS and ch not in CLOSERS and (ch not in ":：" or not _time_colon(text, first.start())):
        # (most sentences hold no bracket or quote before their end: one search finds it)
        i = first.start()
        return text[:i], ch, text[i + 1 :]
    else:
        marks = SENTENCE_MARKS_RE.finditer(text, first.start(), end)
    depth = 0
    for m in marks:
        ch = m.group()
        if ch in OPENERS:
            depth += 1
        elif ch in CLOSERS:
            if depth:
                depth -= 1
        elif depth == 0 and (ch not in ":：" or not _time_colon(text, m.start())):
            i = m.start()
            return text[:i], ch, text[i + 1 :]
    if limit is not None and len(text) > limit:
        return "", "", text
    return text, "", ""


# An opening that a heading runs on into is this long at most (a space, 2023年以来，).
RUN_ON_OPENING_MAX = 16


def heading_sentence(text: str) -> tuple[str, str, str]:
    """A numbered heading's sentence: to its sentence end, or to a space or the opening
    of the next paragraph where its line lost its break; else to a comma."""
    head, punct, rest = first_sentence(text, HEADING_MAX)
    if punct in LEAD_IN_END and len(head) >= HEADING_MIN and rest and HEADING_MOTTO_RE.fullmatch(rest):
        # a heading and its motto after a colon, the line's whole text (干部队伍建设：夯实管理
        # 核心): not a lead-in to a body, there being none
        return text.rstrip(" \u3000"), "", ""
    reach = head or text[:HEADING_MAX]
    # (a plan's part, 指导思想以…, or a period's work under review, 过去五年工作回顾本届…,
    # run on into its text with no mark between ends after its name)
    part = PLAN_PART_RE.match(reach) or PERIOD_REVIEW_OPENING_RE.match(reach)
    if part and len(reach) - part.end() >= PLAN_PART_RUN_ON:
        return text[: part.end()], "", text[part.end() :]
    item = FIRST_ITEM_RE.search(reach)
    if item and item.start() >= HEADING_MIN and SECOND_ITEM[item.group()] in text[item.end() :]:
        return text[: item.start()], "", text[item.start() :]
    # (a space inside brackets is a blank left to fill in, （ 月  日—  月  日）, not a break)
    spaces = (m for m in SPACE_RUN_RE.finditer(reach) if bracket_depth(reach[: m.start()]) == 0)
    # (whichever comes first: a space between words, or what opens the next paragraph,
    # a sub-heading's marker after a space among them: 工作内容 1. 提升…; an opening is
    # looked for only up to the space, and is short)
    space = next(spaces, None)
    opening = RUN_ON_OPENING_RE.search(reach, 0, len(reach) if space is None else space.start() + RUN_ON_OPENING_MAX)
    run_on = opening if space is None or (opening is not None and opening.start() < space.start()) else space
    if run_on and run_on.start() >= HEADING_MIN:
        cut = run_on.start()
        return text[:cut], "", text[cut:].lstrip(" \u3000")
    # the text's first sentence taking up the heading's last words as its subject
    # (…关于今年的统计工作统计工作是…)
    repeated = repeated_words(reach)
    if repeated and repeated.end(1) >= HEADING_MIN:
        cut = repeated.end(1)
        return text[:cut], "", text[cut:]
    if head or not rest:
        return head, punct, rest
    # no sentence end within reach: the heading runs to the first comma
    cut = COMMA_RE.search(text[:HEADING_MAX])
    if cut:
        return text[: cut.start()], text[cut.start()], text[cut.end() :]
    return text[:HEADING_MAX], "", text[HEADING_MAX:]


# An item of a list a page was copied as (- 0, - 约4.5千字).
LIST_ITEM_OPENINGS = ("- ", "* ")


def starts_block(line: str) -> bool:
    """Whether a line opens a heading, an item, a list's item or a salutation, or is page
    furniture (never a broken-line tail)."""
    return bool(line[:2] in LIST_ITEM_OPENINGS or HEADING_RE.match(line) or MEASURE_START_RE.match(line) or DASH_RE.match(line) or is_furniture_text(line))


def topic_grade(sentence: str) -> str | None:
    """TOPIC, LONG or LAYOUT for a paragraph's first sentence, or None when it can
    never be a lead heading."""
    n = len(sentence)
    if n < TOPIC_MIN or n > LONG_TOPIC_MAX:
        return None
    # (most sentences open with four Chinese characters: then none need counting)
    if not HAN_OPENING_RE.match(sentence) and len(HAN_RE.findall(sentence)) < TOPIC_MIN:
        return None
    opening = NARRATIVE_OPENING_RE.match(sentence)
    # an opening makes a narrative whatever the layout, but for one that sets a scene
    # (在…中, 为了…), where a lead line may open so, and a time or pronoun that is the
    # subject of 是 (这是…的五年), a framing statement that may share a frame
    framing = _time_frames(sentence, opening)
    if (
        (opening and not opening.group("scene") and not framing)
        or STATEMENT_OPENING_RE.match(sentence)
        or STATEMENT_RE.search(sentence)
        or ("请" in sentence and REQUEST_RE.search(sentence))
        or MAXIM_RE.search(sentence)
        or echoes(sentence)
    ):
        return None
    if opening or LAYOUT_ONLY_RE.search(sentence):
        return LAYOUT
    return TOPIC if n <= TOPIC_MAX else LONG


def _time_frames(sentence: str, opening) -> bool:
    """Whether a time or a pronoun is the subject of 是 in sentence (这五年是…的五年,
    2022年是…的一年): a framing statement, opening as NARRATIVE_OPENING_RE matched it."""
    return opening is not None and opening.group("time") is not None and TIME_SUBJECT_RE.match(sentence, opening.end()) is not None


# The persons that open a speaker's narrative (我们…, 你们…, 他们…).
SPEAKERS = frozenset("我咱你您他她它")


def _listed_narrative(sentence: str) -> str | None:
    """LAYOUT for a dash item's sentence that opens with a time (这五年, 今年) and names a
    topic after it (——这五年综合经济实力大幅提升。): the dash lists it as a point, which a
    narrative paragraph is not; it is a lead only in a run of dash items that open with
    the same words (leads.py), else None."""
    opening = NARRATIVE_OPENING_RE.match(sentence)
    # (a speaker's 我们要… stays a narrative: the time names the point's period, a
    # person its doer)
    if opening is None or opening.group("time") is None or opening.group()[0] in SPEAKERS:
        return None
    after = sentence[opening.end() :].lstrip("，,")
    return LAYOUT if topic_grade(after) in (TOPIC, LONG) else None


def is_topic_sentence(sentence: str) -> bool:
    return topic_grade(sentence) == TOPIC


def _topic(text: str) -> Topic | None:
    full = text
    dash = None
    m = DASH_RE.match(text)
    if m:
        dash, text = m.group(), text[m.end() :]
    head, punct, rest = first_sentence(text, LONG_TOPIC_MAX)
    grade = topic_grade(head) if head else None
    if grade is None and dash and rest and head:
        grade = _listed_narrative(head)
    if grade is None:
        return None
    start = len(full) - len(rest)
    if dash:
        # a dash item is a heading only when a body follows its topic sentence
        if rest:
            # (a framing one, 过去五年，是…的五年, only in a series that shares its frame; a
            # long one only in a series it matches, by length or by its opening: leads.py)
            return Topic("dash", head, punct, rest, dash, start, grade) if grade in (TOPIC, LAYOUT, LONG) and punct in "。：:" else None
        # a dash line alone over the paragraphs it heads (——扎实抓好…，高质量发展的底盘持续
        # 夯实。): a lead line when prose follows it, not another dash line (leads.py)
        return Topic("standalone", head, punct, rest, dash, start, grade) if punct in ("", "。") and grade in (TOPIC, LONG) else None
    if not rest:
        if punct in ("", "。"):
            return Topic("standalone", head, punct, rest, None, start, grade)
        return None
    if punct in "。：:":
        if punct != "。" and LEAD_IN_RE.search(head):
            return None  # …的有：, …主要包括： announce a list
        # a framing or scene-setting sentence (X是…之本, 在X方面) is a lead only in a
        # series that shares its frame (leads.py); but a time that frames the paragraph it
        # opens (这五年是…的五年。我们…) is a framing statement, no topic (CONVENTIONS): only
        # a line of its own or a dash item, set out as a lead is, may share its frame
        if grade == LAYOUT and _time_frames(head, NARRATIVE_OPENING_RE.match(head)):
            return None
        return Topic("inline", head, punct, rest, None, start, grade)
    return None


def word_style(para: Paragraph) -> str | None:
    """The heading style of a Word heading level: one style per level, typed number or not."""
    return f"docx-h{para.level_hint}" if para.level_hint is not None else None


def _as_heading(block: Block, after: str, style: str, marker: str | None, note: str) -> Block:
    """Make block a numbered heading whose text after the marker is `after`."""
    head, punct, rest = heading_sentence(after)
    block.kind, block.style, block.marker = "numbered", style, marker
    block.heading, block.punct = head.strip(), punct
    block.rest = rest.lstrip(" \u3000")
    block.body_start = len(block.text) - len(block.rest)
    block.note = note
    return block


def classify(para: Paragraph) -> Block:
    text = para.text
    block = Block(para)
    m = HEADING_RE.match(text)
    # (a site's notices may be numbered as headings are: 2. 本站所有资源…)
    if m and not is_furniture_text(text):
        after = text[m.end() :].lstrip(" \u3000")
        if after:
            style = word_style(para) or STYLE_OF_GROUP[m.lastgroup]
            return _as_heading(block, after, style, m.group().strip(), f"numbered heading, form {style}")
    if para.level_hint is not None:
        # a Word heading (style or outline level): Word shows its number, the text has none
        return _as_heading(block, text, word_style(para), None, f"Word heading, level {para.level_hint}")
    s = SALUTATION_RE.match(text)
    if s and len(s.group()) <= 16:
        block.kind = "salutation"
        block.rest = text[s.end() :].lstrip(" \u3000")
        block.body_start = len(text) - len(block.rest)
        block.note = "salutation: the speech turns to its audience"
        return block
    if MEASURE_START_RE.match(text):
        block.starts_measure = True
        block.note = "opens with a measure marker"
        return block
    if is_furniture_text(text) or is_bracketed_note(text) or text[0] in CELL_SEPARATORS:
        # page furniture, a note in brackets ((此件公开发布)) or a table's row: never a lead
        block.note = "page furniture or a note in brackets"
        return block
    block.topic = _topic(text)
    return block

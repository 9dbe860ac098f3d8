"""Sub-paragraphs run together in the paragraph of a numbered heading or a dash item.

A copy that lost the paragraph breaks inside each section (a newspaper page stored as
one line per section) sets a numbered heading, its sub-sections' topic sentences and
their bodies in one paragraph: `（一）强化创新驱动。提升科技创新质效。完善投入机制，…。
加快人工智能创新发展。…`. The topic sentences, in bold in print, open paragraphs a
reader sees (CONVENTIONS, "Lost line breaks"). Plain text keeps no bold, and a short task
sentence inside an intact paragraph has the same shape (`…。加强老龄工作。…`), so the
paragraph must show its breaks were lost: it holds its whole section (the next paragraph
is the next heading), it is long, its body opens with such a sentence (right after the
heading's, or after one sentence that introduces the section), and two more follow.
A report whose body is one long line lost its breaks for certain: there each such
sentence after the first opens a paragraph, when there are three or more.
"""

from __future__ import annotations

from collections.abc import Iterator
from itertools import pairwise

from .classify import TOPIC, first_sentence, topic_grade
from ..read.lines import Paragraph, cut_paragraphs
from ..rules.pattern_cache import compiled_re
from ..rules.patterns import DASH_RE, HEADING_RE, SALUTATION_RE, SENTENCE_END_RE

# A section run together into one paragraph is this long at least.
RUN_IN_SECTION_MIN = 300
# Its sub-sections' topic sentences are short (as a lead line's sub-series', leads.py)
# and hold no clause, figure or list: 提升科技创新质效, 扩大有效投资.
RUN_IN_TOPIC_MIN, RUN_IN_TOPIC_MAX = 4, 16
RUN_IN_TOPICS_MIN = 3
# The first of them opens the body, or follows one sentence that introduces the section
# (…因地制宜加快发展新质生产力，打造…中心成势见效。).
RUN_IN_INTRO_SENTENCES = 1
_NOT_IN_TOPIC_RE = compiled_re(r"[，,、；;：:\d%％]")


def _sentences(text: str) -> Iterator[str]:
    """The sentences of text, each with its end, as they are read (the caller most often
    stops after the first two); a last one left without an end is none."""
    # (each sentence ends at the next end found, not matched by a pattern, which would
    # scan a text without one again from each of its characters)
    start = 0
    for end in SENTENCE_END_RE.finditer(text):
        yield text[start : end.end()]
        start = end.end()


def _topic_shaped(sentence: str) -> bool:
    return RUN_IN_TOPIC_MIN <= len(sentence) <= RUN_IN_TOPIC_MAX and _NOT_IN_TOPIC_RE.search(sentence) is None


def _is_run_in_topic(sentence: str, after: str) -> bool:
    """A sentence (without its end) that opens a sub-paragraph: short, one clause, a topic,
    and a sentence of body after it: longer, or holding a figure or a clause."""
    return (
        _topic_shaped(sentence)
        and (len(after) > len(sentence) + 1 or not _topic_shaped(after[:-1]))
        and topic_grade(sentence) == TOPIC
    )


def _run_in_starts(text: str) -> list[int]:
    """The offsets in a numbered heading's or a dash item's paragraph where run-in
    sub-paragraphs start, or [] when its body does not open with one (right after the
    heading's sentence, or after one sentence of intro)."""
    marker = _section_marker(text)
    if marker is None:
        return []
    _, punct, rest = first_sentence(text[marker.end() :])
    if not punct or not rest:
        return []
    starts: list[int] = []
    at = len(text) - len(rest)  # where the sentence looked at starts
    for k, (sentence, following) in enumerate(pairwise(_sentences(rest))):
        if _is_run_in_topic(sentence[:-1], following):
            starts.append(at)
        elif k >= RUN_IN_INTRO_SENTENCES and not starts:
            return []  # the body opens with prose: an intact paragraph
        at += len(sentence)
    return starts if len(starts) >= RUN_IN_TOPICS_MIN else []


def _one_line_starts(text: str) -> list[int]:
    """The offsets where run-in paragraphs start in a body that is all one line (a page
    copied as one line, its breaks lost for certain): at each topic sentence after the
    first sentence, when there are enough of them."""
    # (the text's last words count as a topic's body even without an end: a page cut short)
    sentences = list(_sentences(text))
    tail = text[sum(map(len, sentences)) :]
    if tail:
        sentences.append(tail)
    starts: list[int] = []
    at = len(sentences[0]) if sentences else 0
    for k in range(1, len(sentences) - 1):
        if _is_run_in_topic(sentences[k][:-1], sentences[k + 1]):
            starts.append(at)
        at += len(sentences[k])
    return starts if len(starts) >= RUN_IN_TOPICS_MIN else []


def _section_marker(text: str):
    """The marker of a numbered heading's paragraph or a dash item's (——“向新”的动能持续增强。…)."""
    return HEADING_RE.match(text) or DASH_RE.match(text)


def _opens_section(text: str) -> bool:
    """A section's paragraph, or a salutation's, which turns the speech to a new part."""
    return _section_marker(text) is not None or SALUTATION_RE.match(text) is not None


def _whole_section(text: str) -> bool:
    return len(text) >= RUN_IN_SECTION_MIN and _section_marker(text) is not None


def split_run_in_topics(paragraphs: list[Paragraph]) -> list[Paragraph]:
    """Open a paragraph at each sub-section's topic sentence that a numbered heading's or
    a dash item's paragraph, holding its whole section, has run together."""
    cuts: dict[int, list[int]] = {}
    if len(paragraphs) == 1 and len(paragraphs[0].text) >= RUN_IN_SECTION_MIN and _section_marker(paragraphs[0].text) is None:
        starts = _one_line_starts(paragraphs[0].text)
        return cut_paragraphs(paragraphs, {0: starts}) if starts else paragraphs
    for i, p in enumerate(paragraphs):
        if not _whole_section(p.text):
            continue
        # the section ends where the next one opens, or this is the last of a run of
        # sections run together (the paragraph before is one) that text after them closes
        if i + 1 < len(paragraphs) and not _opens_section(paragraphs[i + 1].text) and not (i and _whole_section(paragraphs[i - 1].text)):
            continue  # the section goes on in paragraphs of its own
        starts = _run_in_starts(p.text)
        if starts:
            cuts[i] = starts
    return cut_paragraphs(paragraphs, cuts)

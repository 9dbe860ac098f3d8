"""Build the section tree of one report with a stack of heading styles.

The first heading style met is depth 1, a different style met under it depth 2, and so
on; a style seen before closes the deeper levels, as a reader reads it (SPEC §1). Lead
headings nest under the numbered heading they follow and hold no numbered heading:
a numbered heading after a series of leads is their sibling. A dash item is one
paragraph, so the paragraph after it returns to the parent. A salutation turns the
speech back to its top level.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .classify import Block
from .parts import PART_LINE
from ..read.lines import Paragraph
from ..rules.patterns import numbered_value

LEAD = "lead"
LEAD_SUB = "lead-sub"  # a lead inside the body of a standalone lead line
LEAD_STYLES = (LEAD, LEAD_SUB)


@dataclass(slots=True)
class Node:
    marker: str | None = None
    heading: str = ""
    line: int = 1
    style: str = ""
    depth: int = 0
    dash: str | None = None
    punct: str = ""
    one_paragraph: bool = False  # a dash item: its body is its own paragraph
    parts: list[tuple[Paragraph, int, int]] = field(default_factory=list)  # (para, body offset, run)
    children: list[Node] = field(default_factory=list)
    # a section's text that comes after its sub-sections (closing words after a
    # salutation), kept apart so that the output still says where it stood
    tail: list[tuple[Paragraph, int, int]] = field(default_factory=list)


def _titles_leads(node: Node) -> bool:
    """A part line (parts.py) whose series so far is one of lead headings."""
    return node.style == PART_LINE and bool(node.children) and all(c.style in LEAD_STYLES for c in node.children)


def _level_closed_by(stack: list[Node], b: Block) -> int:
    """Where a numbered heading of a style already open closes the stack: at the level
    whose count it goes on (二、 after 一、), the deepest such where a list of the style
    stands inside another; a list that starts again at one right under an open 一、 of
    its style that holds no heading yet (一、2023年工作回顾 / 一年来，… / 一、提升…) is a
    list inside it, as a reader sees it; else at the style's first level."""
    levels = [i for i, n in enumerate(stack) if n.style == b.style]
    n = numbered_value(b.marker)
    if n is not None:
        going_on = [i for i in levels if numbered_value(stack[i].marker) == n - 1]
        if going_on:
            return going_on[-1]
        open_one = stack[levels[-1]]
        if n == 1 and numbered_value(open_one.marker) == 1 and not open_one.children:
            return levels[-1] + 1
    return levels[0]


def build_tree(blocks: list[Block]) -> Node:
    root = Node(depth=0)
    stack: list[Node] = []
    run = 0
    owner: Node | None = None

    def add_text(para: Paragraph, start: int) -> None:
        nonlocal run, owner
        target = stack[-1] if stack else root
        if target is not owner:
            run += 1
            owner = target
        if start < len(para.text):
            after_children = target.children and target is not root
            (target.tail if after_children else target.parts).append((para, start, run))

    def push(node: Node) -> None:
        parent = stack[-1] if stack else root
        node.depth = len(stack) + 1
        parent.children.append(node)
        stack.append(node)

    for b in blocks:
        if b.kind == "numbered":
            # (a part line over a series of leads holds no numbered heading either)
            while stack and (stack[-1].style in LEAD_STYLES or _titles_leads(stack[-1])):
                stack.pop()
            styles = [n.style for n in stack]
            if b.style == PART_LINE:
                stack.clear()  # a part line titles a part of the report: it closes every level
            elif b.style in styles:
                del stack[_level_closed_by(stack, b) :]
            push(Node(b.marker, b.heading, b.line, b.style, punct=b.punct))
            add_text(b.para, b.body_start)
        elif b.lead and b.topic is not None:
            style = LEAD_SUB if b.lead_level == 2 else LEAD
            styles = [n.style for n in stack]
            if style in styles:
                del stack[styles.index(style) :]
            elif style == LEAD_SUB and not (stack and stack[-1].style == LEAD):
                style = LEAD  # no lead line above it: it stands at the lead level
                if LEAD in styles:
                    del stack[styles.index(LEAD) :]
            t = b.topic
            push(Node(None, t.heading, b.line, style, dash=t.dash, punct=t.punct, one_paragraph=t.kind == "dash"))
            add_text(b.para, t.body_start)
        elif b.kind == "salutation":
            del stack[1 if stack and stack[0].style not in LEAD_STYLES else 0 :]
            add_text(b.para, 0)
        else:
            if stack and stack[-1].one_paragraph:
                stack.pop()
            add_text(b.para, 0)
    return root

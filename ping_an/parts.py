"""Stage 3c: an unnumbered part title laid out like the numbered parts sits at their level.

`结束语` on a line of its own after `七、…`, with body text under it, is the last part of
the report (CONVENTIONS, "Unnumbered part titles"): it takes the style of the report's
top numbered headings, so the tree builder closes their sub-sections under it.
"""

from __future__ import annotations

from .classify import Block
from .patterns import HAN_RE, SALUTATION_RE, SENTENCE_END

# A part title is a few words: 结束语, 关于外交工作.
PART_TITLE_MAX = 10


def _part_title_shaped(block: Block) -> bool:
    t = block.text
    return (
        block.kind == "text"
        and not block.lead
        and not block.starts_measure
        and len(t) <= PART_TITLE_MAX
        and len(HAN_RE.findall(t)) == len(t)
        and SALUTATION_RE.match(t) is None
        and not any(ch in SENTENCE_END for ch in t)
    )


def mark_part_titles(blocks: list[Block]) -> None:
    numbered = [b for b in blocks if b.kind == "numbered"]
    if not numbered:
        return
    top = numbered[0].style
    parts = [b for b in numbered if b.style == top]
    # the numbered parts stand on lines of their own, their body below them
    if len(parts) < 2 or any(b.rest for b in parts):
        return
    seen_part = False
    for k, b in enumerate(blocks):
        if b.kind == "numbered" and b.style == top:
            seen_part = True
            continue
        after = blocks[k + 1] if k + 1 < len(blocks) else None
        before = blocks[k - 1]
        # set apart as the numbered parts are: blank lines around it, the part before
        # it finished (not a word a link broke out of a sentence)
        if (
            seen_part
            and _part_title_shaped(b)
            and b.para.after_blank
            and before.text[-1] in SENTENCE_END + "”"
            and after is not None
            and after.para.after_blank
            and (after.kind == "salutation" or (after.kind == "text" and len(after.text) > PART_TITLE_MAX))
        ):
            b.kind, b.style, b.marker, b.heading, b.punct, b.rest = "numbered", top, None, b.text, "", ""
            b.body_start = len(b.text)
            b.topic = None
            b.note = f"an unnumbered part title laid out like the numbered parts ({top})"

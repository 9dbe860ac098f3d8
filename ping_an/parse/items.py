"""Numbered lines under a lead-in are the items of a list, not headings.

`…主要任务是：` followed by `1.` `2.` `3.` lines of one sentence each, with no body of
their own, enumerates (CONVENTIONS, "Numbered lines under a lead-in"): the lines are
measures of the section that holds them. A numbered heading with no text of its own
(`二、存在的问题`) announces such lines as a lead-in does, when they are all it holds.
Numbered paragraphs that open with a heading sentence and carry a body, inside the
heading hierarchy, stay headings; those of the lower forms that open with a narrative
instead (`1、活动开展以来，社区组织召开了…`) are items too.
"""

from __future__ import annotations

from .classify import Block, first_sentence
from ..rules.pattern_cache import compiled_re
from ..rules.patterns import CLAUSE_MARKS, LEAD_IN_END, SENTENCE_END_RE, STATEMENT_RE, is_bracketed_note, numbered_value

# An item is one sentence, with nothing after its end; one longer than this is a
# heading run into its body without a sentence end, not an item.
ITEM_MAX = 160
# the marks a clause of an enumerating sentence ends in: ；, the last one 。
CLAUSE_LIST_ENDS = "；;。"


# The mark that ends an item of a list (1、…；2、…): a set, not a string, so that a
# heading that ends at no mark (punct "") is never taken for one.
ITEM_END_MARKS = frozenset("；;")


def _one_sentence_line(block: Block, before: Block) -> bool:
    """A numbered line with no paragraph of its own under it that states one thing: one
    sentence, or more where the first is no heading's (a clause that ends in ；, or a
    sentence longer than a heading's): a heading's first sentence is short and ends in
    。 or nothing, its body run on after it. The second reading needs the line to be a
    line of its own: in a text that lost its line breaks (its paragraphs cut from one
    input line), a heading run into its body without a mark reads as a long sentence."""
    if block.kind != "numbered" or len(block.text) > ITEM_MAX:
        return False
    if block.rest:
        # (第一、 opening a paragraph is a heading by CONVENTIONS, whatever follows it)
        return (
            block.style != "ordinal"
            and block.line != before.line
            and (
                block.punct in ITEM_END_MARKS
                or block.punct in ("，", ",")
                or len(block.heading) > HEADING_SENTENCE_MAX
                # (a line that ends in ； is a clause of a list, whatever its first sentence)
                or block.text.rstrip()[-1:] in ITEM_END_MARKS
            )
        )
    head, _, rest = first_sentence(block.heading)
    return not rest and head == block.heading


def _lead_in(block: Block) -> bool:
    """A paragraph, or a heading's own text, that announces a list: it ends in ：."""
    text = block.text.rstrip()
    return bool(text) and text[-1] in LEAD_IN_END


# A line that names the list under it (2026年民生实事 / 1.… / 2.…) is a title's length.
LIST_NAME_MAX = 24


def _names_list(block: Block) -> bool:
    """A short line of text with no sentence or clause mark over a list: the list's
    name, which announces it as a lead-in does."""
    text = block.text
    return block.kind == "text" and not block.lead and len(text) <= LIST_NAME_MAX and not any(ch in CLAUSE_MARKS for ch in text)


def _over_list(before: Block, first: Block) -> str | None:
    """What the block before a numbered one-sentence line is to the list that line may
    open: "announced" (a lead-in, or a line that names the list), "bare" (a numbered
    heading with no text of its own), "plain" (text that announces nothing: then the list
    is one of short lines of the lower forms, none with a body, since a long line with no
    sentence end is a heading run into its body), or None (no list opens there)."""
    if _lead_in(before) or _names_list(before):
        return "announced"
    if _bare_heading(before, first):
        return "bare"
    if before.kind == "text" and first.style in ITEM_FORMS and _short_line(first):
        return "plain"
    return None


def _short_line(block: Block) -> bool:
    """A numbered line no longer than a heading's sentence."""
    return len(block.text) <= HEADING_SENTENCE_MAX + len(block.marker or "")


def _bare_heading(block: Block, first: Block) -> bool:
    """A numbered heading with no text of its own over a list of another form
    (二、存在的问题 / 1. …。 / 2. …。): its title announces the list as a lead-in does."""
    return block.kind == "numbered" and not block.rest and block.style != first.style


# Numbered paragraphs of the lower forms (1. （1） ①) that open with no heading: every
# first sentence longer than a heading's, and one at least telling what was done
# (…组织召开了…大会): the items of a list in the section's body, not its sub-headings.
ITEM_FORMS = frozenset(("arabic-dot", "arabic-paren", "circled"))
HEADING_SENTENCE_MAX = 40


def _opens_with_no_heading(block: Block) -> bool:
    return block.kind == "numbered" and block.style in ITEM_FORMS and len(block.heading) > HEADING_SENTENCE_MAX


def _as_item(block: Block, note: str) -> None:
    block.kind, block.style, block.marker, block.heading, block.punct = "text", None, None, "", ""
    block.starts_measure = True
    block.note = note


def mark_narrative_items(blocks: list[Block]) -> None:
    """Turn runs of numbered paragraphs that open with no heading sentence into measure items."""
    i = 0
    while i < len(blocks):
        if not (_opens_with_no_heading(blocks[i]) and numbered_value(blocks[i].marker) == 1):
            i += 1
            continue
        style = blocks[i].style
        run = [i]
        j = i + 1
        while j < len(blocks) and blocks[j].style == style and numbered_value(blocks[j].marker) == len(run) + 1:
            run.append(j)
            j += 1
        if len(run) >= 2 and all(_opens_with_no_heading(blocks[k]) for k in run) and any(STATEMENT_RE.search(blocks[k].heading) for k in run):
            for n, k in enumerate(run, 1):
                _as_item(blocks[k], f"item {n} of a numbered list whose paragraphs open with no heading: longer than a heading, telling what was done")
        i = j


def _clause_line(block: Block) -> bool:
    """A numbered line that is a clause of one enumerating sentence: short, ending in ；
    (the last one in 。), no sentence end before that (1.某某镇2个：甲村、乙村；)."""
    text = block.text
    return (
        block.kind == "numbered"
        and len(text) <= ITEM_MAX
        and text[-1] in CLAUSE_LIST_ENDS
        and SENTENCE_END_RE.search(text, 0, len(text) - 1) is None
    )


def _mark_clause_lists(blocks: list[Block]) -> None:
    """Runs of numbered lines, from one, each a clause of one sentence that the last one
    closes (all but the last end in ；, the last in 。), are the items of that sentence's
    list, whatever stands above them: a heading's sentence never ends in ；. (第一，…
    opening a paragraph is a heading by CONVENTIONS, whatever it ends in.)"""
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if not (
            b.kind == "numbered"
            and b.style != "ordinal"
            and b.text[-1:] in "；;"
            and _clause_line(b)
            and numbered_value(b.marker) == 1
        ):
            i += 1
            continue
        run = [i]
        j = i + 1
        while (
            j < len(blocks)
            and blocks[j].style == b.style
            and _clause_line(blocks[j])
            and numbered_value(blocks[j].marker) == len(run) + 1
            and blocks[run[-1]].text[-1] in "；;"
        ):
            run.append(j)
            j += 1
        if len(run) >= 2 and blocks[run[-1]].text[-1] == "。":
            for n, k in enumerate(run, 1):
                _as_item(blocks[k], f"item {n} of a list set as the clauses of one sentence: its lines end in ；")
        i = j


# The second item of a list run on in the first one's paragraph: after a clause's end
# (1、建立…；2、做好…；3、…。), the next number of the first's form.
_NEXT_CLAUSE_ITEM = {
    "arabic-dot": compiled_re(r"[；;][ \u3000]*2[、.．]"),
    "arabic-paren": compiled_re(r"[；;][ \u3000]*[（(]2[）)]"),
    "circled": compiled_re(r"[；;][ \u3000]*②"),
}


def _mark_run_on_clause_lists(blocks: list[Block]) -> None:
    """A paragraph that opens with item one of a list whose next items run on in it,
    each after the last one's ； (1、…；2、…；3、…。), is that list: its items are
    measures, the paragraph no heading (whose sentence never ends in ；)."""
    for b in blocks:
        if b.kind != "numbered" or b.style not in _NEXT_CLAUSE_ITEM or b.punct not in ITEM_END_MARKS or numbered_value(b.marker) != 1:
            continue
        if _NEXT_CLAUSE_ITEM[b.style].match(b.text, len(b.text) - len(b.rest) - 1):
            _as_item(b, "item 1 of a list whose items run on in its paragraph, each after a ；")


def mark_listed_items(blocks: list[Block]) -> None:
    """Turn runs of numbered one-sentence lines after a lead-in or a bare heading, and
    runs of numbered clauses of one sentence, into measure items."""
    _mark_run_on_clause_lists(blocks)
    _mark_clause_lists(blocks)
    i = 1
    while i < len(blocks):
        before = blocks[i - 1]
        # (the numbered line first: most paragraphs are not numbered)
        over = _over_list(before, blocks[i]) if blocks[i].kind == "numbered" and _one_sentence_line(blocks[i], before) else None
        if over is None:
            i += 1
            continue
        style = blocks[i].style
        announced, plain = over == "announced", over == "plain"
        run = [i]
        j = i + 1
        # (the run ends where its numbers do: 1、…4、 under a lead-in, then 3、 of the
        # headings around the list)
        while (
            j < len(blocks)
            and blocks[j].style == style
            and numbered_value(blocks[j].marker) == len(run) + 1
            and _one_sentence_line(blocks[j], blocks[j - 1])
        ):
            run.append(j)
            j += 1
        numbers = [numbered_value(blocks[k].marker) for k in run]
        # (a plan's note on who carries the list out, （责任单位：…）, is no item's body)
        after = j
        while after < len(blocks) and blocks[after].kind == "text" and is_bracketed_note(blocks[after].text):
            after += 1
        # the list goes on with a paragraph that has a body: the whole run is headings
        goes_on = j < len(blocks) and blocks[j].style == style and numbered_value(blocks[j].marker) == len(run) + 1
        # under a bare heading, or under text that does not announce it, the list is all
        # that stands there: text after the last line would be that line's body, and the
        # lines headings
        whole = (announced or after == len(blocks) or blocks[after].kind == "numbered") and not (
            plain and not all(_short_line(blocks[k]) for k in run)
        )
        where = f"a list of short lines under line {before.line}" if plain else f"the list announced by line {before.line}"
        if len(run) >= 2 and numbers == list(range(1, len(run) + 1)) and not goes_on and whole:
            for k in run:
                _as_item(blocks[k], f"item {k - i + 1} of {where}: one sentence, no body")
            j = _mark_sub_items(blocks, j)
            # the list goes on after a list inside its last item
            n = len(run)
            while (
                j < len(blocks)
                and blocks[j].style == style
                and numbered_value(blocks[j].marker) == n + 1
                and _one_sentence_line(blocks[j], blocks[j - 1])
                and (j + 1 == len(blocks) or blocks[j + 1].kind == "numbered")
            ):
                n += 1
                _as_item(blocks[j], f"item {n} of {where}: one sentence, no body")
                j = _mark_sub_items(blocks, j + 1)
        i = j


def _sub_item_line(block: Block) -> bool:
    """A numbered line that may be an item of a list inside an item: an item's length
    (先锋行动：市委组织部组织党员开展…活动。)."""
    return block.kind == "numbered" and len(block.text) <= ITEM_MAX


def _mark_sub_items(blocks: list[Block], j: int) -> int:
    """Numbered lines of another form right under an item, from one, each a line with
    no body (the next is numbered too, or nothing follows): the items of a list inside
    that item, never headings, which an item cannot hold. Returns where they end."""
    if j >= len(blocks) or blocks[j].kind != "numbered" or numbered_value(blocks[j].marker) != 1 or not _sub_item_line(blocks[j]):
        return j
    style = blocks[j].style
    end = j
    while end < len(blocks) and blocks[end].style == style and _sub_item_line(blocks[end]) and numbered_value(blocks[end].marker) == end - j + 1:
        end += 1
    if end - j < 2 or (end < len(blocks) and blocks[end].kind != "numbered"):
        return j
    for n, k in enumerate(range(j, end), 1):
        _as_item(blocks[k], f"item {n} of a list inside the item on line {blocks[j - 1].line}: one line, no body")
    return end

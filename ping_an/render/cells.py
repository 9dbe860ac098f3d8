"""Plain text cut and padded in terminal cells, as rich prints it without colour.

The tree, table and lines views print one line per section, measure or input line. rich
lays out a whole Tree or Table before it writes a byte, at a cost that made those views
take several times as long as the parse of a large file (README "Performance"). Where
the output goes to a pipe or a file (no colour, no style: rich then writes the plain
text of what it lays out), the views lay out their lines here instead, one report or
one line at a time, with rich's own measures (rich.cells) and rich's own rules: a text
longer than its cell is cut to one cell less and ends in …, a shorter one is padded
with spaces, a wide character cut in half becomes a space. Anything these rules do not
cover (a tab, a line break, a control character, an emoji sequence rich measures
otherwise) is left to rich: `plain(text)` is None for it, and the views hand that row
to rich.

tests/test_render.py compares every view printed this way with rich's own output.
"""

from __future__ import annotations


from rich.cells import cell_len, set_cell_size

from ..rules.pattern_cache import compiled, compiled_re

# What rich's Text treats specially: it expands tabs, splits at line breaks and drops
# control characters (rich.control.strip_control_codes); and what rich measures as one
# cluster of characters (a joiner, a variation selector, a combining mark, a skin tone, a
# flag's letters, Hangul jamo), whose width is not the sum of its characters'.
_SPECIAL = compiled(
    r"[\t\n\r\x07\x08\x0b\x0c\u200d\ufe00-\ufe0f\p{M}\U0001F1E6-\U0001F1FF\U0001F3FB-\U0001F3FF\u1160-\u11ff\U000E0000-\U000E007F]"
)


def plain(text: str) -> bool:
    """The text prints as its characters, each as wide as rich measures it alone: cut
    and padded here exactly as rich cuts and pads it."""
    return _SPECIAL.search(text) is None


def plain_console(console) -> bool:
    """rich writes this console's output as the plain text of what it lays out: no colour
    or style (a pipe, a file), UTF-8 (so the same box and tree characters), straight to its
    file (not recording or capturing what is printed, which the views' own writes would
    pass by)."""
    return (
        console.color_system is None
        and not console.legacy_windows
        and console.encoding.lower().startswith("utf")
        and not console.record
        and getattr(console, "_buffer_index", 0) == 0  # inside console.capture()
    )


# Characters that take two cells for rich (tests/test_render.py checks each): CJK
# ideographs, CJK punctuation (not its tone marks, which combine), full-width forms. A
# text of these only, most of a Chinese report, is cut by arithmetic, where rich measures
# it a character at a time in Python: most of the time of a large file's lines view.
_WIDE_ONLY = compiled_re("[\u4e00-\u9fff\u3000-\u3029\u3030-\u303e\uff01-\uff60\uffe0-\uffe6]+")


def _wide_cut(text: str, width: int) -> tuple[str, int] | None:
    """cut(text, width) and its cells, by arithmetic, when the characters that decide the
    cut (the first width + 1) all take two cells; None for any other text."""
    if width <= 1 or not _WIDE_ONLY.fullmatch(text, 0, width + 1):
        return None
    if 2 * len(text) <= width:
        return text, 2 * len(text)
    # rich keeps whole characters to width - 1 cells and fills a half one with a space
    keep, half = divmod(width - 1, 2)
    return text[:keep] + " " * half + "…", width


def capped_len(text: str, cap: int) -> int:
    """cell_len(text), or any number above `cap` when the text is wider than `cap` cells:
    a long text is measured as far as the cells that decide."""
    if len(text) <= cap:
        return cell_len(text)
    head = cell_len(text[: cap + 1])
    # a character takes at least one cell, but for zero-width ones (combining marks)
    return head if head > cap else cell_len(text)


def cut(text: str, width: int) -> str:
    """The text cut to `width` cells with … when it is wider (rich's overflow="ellipsis"),
    as it stands (no padding)."""
    if wide := _wide_cut(text, width):
        return wide[0]
    if capped_len(text, width) > width:
        head = text[: width + 1]
        # the cut falls inside the first width + 1 characters when they overflow
        return set_cell_size(head if width > 1 and cell_len(head) > width else text, width - 1) + "…"
    return text


def fit(text: str, width: int) -> str:
    """The text cut with … to `width` cells, or padded with spaces to them (a cell of a
    table whose column does not wrap)."""
    if wide := _wide_cut(text, width):
        shown, cells = wide
        return shown + " " * (width - cells)
    return set_cell_size(cut(text, width), width)


def right(text: str, width: int) -> str:
    """A right-justified cell (the line numbers): the text cut to `width`, spaces before it."""
    text = cut(text.rstrip(), width)
    return " " * (width - cell_len(text)) + text
